/* view.c - building a seat's view: whitelisted copies, never redaction. */
#include "view.h"

#include <stddef.h>
#include <string.h>

#include "internal.h"
#include "score.h"

/* What orders are checked against (view_check_orders): the week, the
 * map's deployments and the network's equipment, as every seat knows
 * them (whether an item is backdoored: copy_backdoors). */
static void copy_ground(const struct game *g, struct view *v)
{
    v->pub = g->pub;
    v->turn = g->turn;
    v->turns = g->pub->turns;
    v->phase = g->phase;
    v->outcome = g->outcome;
    v->collapsed = g->collapsed;
    v->nseats = g->nseats;
    v->nsectors = g->nsectors;
    for (int s = 0; s < g->nsectors; s++) {
        struct view_sector *vs = &v->sectors[s];
        vs->stability = g->sectors[s].stability;
        vs->threat = g->sectors[s].threat;
        vs->deployed = g->sectors[s].deployed;
    }
    v->neq = g->neq;
    for (int i = 0; i < g->neq; i++) {
        v->eq[i].supplier = g->eq[i].supplier;
        v->eq[i].since = g->eq[i].since;
        v->eq[i].discovered = g->eq[i].discovered;
        v->eq[i].user = g->eq[i].user;
    }
}

/* The rest of what every seat knows: standing, trust, the mission. */
static void copy_public(const struct game *g, struct view *v)
{
    for (int i = 0; i < g->nseats; i++) {
        struct view_contingent *c = &v->c[i];
        c->share = g->seats[i].share;
        c->pacts = g->seats[i].pacts;
    }
    /* reputation: the others' trust in each, summed in one pass */
    int sum[MAX_SEATS] = {0};
    for (int i = 0; i < g->nseats; i++)
        for (int j = 0; j < g->nseats; j++) {
            int t = i == j ? 0 : g->seats[i].trust[j];
            v->trust[i][j] = t;
            sum[j] += t;
        }
    for (int j = 0; j < g->nseats; j++)
        v->c[j].reputation = g->nseats > 1 ? sum[j] / (g->nseats - 1) : 0;
    v->centralisation = g->centralisation;
    v->net_security = g->net_security;
    v->pool = g->pool;
    for (int i = 0; i < g->neq; i++)
        v->c[g->eq[i].supplier].supplied++;
    v->avg_stability = game_avg_stability(g);
    v->min_stability = game_min_stability(g);
    v->incidents = g->incidents;
}

/* Whether each item is backdoored, as seat knows: the facilitator every
 * backdoor, the public the discovered ones, a seat those and its own. */
static void copy_backdoors(const struct game *g, int seat, struct view *v)
{
    for (int i = 0; i < g->neq; i++) {
        int known = seat == VIEW_FACILITATOR || g->eq[i].discovered ||
                    (seat >= 0 && g->eq[i].supplier == seat);
        v->eq[i].backdoor = g->eq[i].backdoor && known;
    }
}

/* The published figures of the contingents other than seat, as they
 * were declared at deployment (the scenario), never their present state. */
static void copy_published(const struct scenario *sc, int seat, struct view_published *p)
{
    int n = 0, ci = 0, comms = 0;
    p->ci_lo = p->comms_lo = 1000;
    p->ci_hi = p->comms_hi = -1;
    for (int i = 0; i < sc->nseats; i++) {
        if (i == seat)
            continue;
        int c = sc->seats[i].caps[CAP_COUNTERINTEL], m = sc->seats[i].comms;
        p->ci_lo = c < p->ci_lo ? c : p->ci_lo;
        p->ci_hi = c > p->ci_hi ? c : p->ci_hi;
        p->comms_lo = m < p->comms_lo ? m : p->comms_lo;
        p->comms_hi = m > p->comms_hi ? m : p->comms_hi;
        ci += c;
        comms += m;
        n++;
    }
    if (!n) {
        memset(p, 0, sizeof *p);
        return;
    }
    p->ci10 = (ci * 10 + n / 2) / n;
    p->comms = (comms + n / 2) / n;
}

/* The seat's own state, field by field (struct view_self): nothing of
 * struct seat reaches the view unless it is named here. */
/* The part of the seat's own state its orders are checked against. */
static void copy_self_for_check(const struct seat *st, struct view_self *me)
{
    me->ap = st->ap;
    memcpy(me->caps, st->caps, sizeof me->caps);
    me->pacts = st->pacts;
    me->nins = st->nins;
    for (int k = 0; k < st->nins; k++)
        me->ins[k] = st->ins[k];
}

/* A row of dossiers on a seat not in the game: none of any category. */
_Static_assert(offsetof(struct view_self, ins) ==
                   offsetof(struct view_self, dos) + sizeof(((struct view_self *)0)->dos),
               "copy_self clears around the dossiers: the insiders follow them");
#define NONE_DOSSIER(id, name) [id] = {.turn = -1},
static const struct dossier none_row[DOS_COUNT] = {DOSSIER_LIST(NONE_DOSSIER)};
#undef NONE_DOSSIER

static void copy_self(const struct game *g, int seat, struct view_self *me)
{
    const struct seat *st = &g->seats[seat];
    /* cleared but for the dossiers, written whole below (padding and
     * slots past the counts included) */
    memset(me, 0, offsetof(struct view_self, dos));
    memset(me->ins, 0, sizeof *me - offsetof(struct view_self, ins));
    copy_self_for_check(st, me);
    me->ap_bonus = st->ap_bonus;
    me->comms = st->comms;
    me->influence = st->influence;
    for (int i = 0; i < g->nseats; i++) {
        me->trust[i] = st->trust[i];
        me->evidence[i] = st->evidence[i];
    }
    me->share = st->share;
    me->hardened = st->hardened;
    me->compartment = st->compartment;
    me->swept = st->swept;
    me->false_flag = st->false_flag;
    me->canary_until = st->canary_until;
    me->pact_offer = st->pact_offer;
    me->pact_offer_turn = st->pact_offer_turn;
    me->taps = st->taps;
    /* the game's seats' and mission HQ's; none on a seat not in the game */
    memcpy(me->dos, st->dos, sizeof me->dos[0] * (size_t)g->nseats);
    for (int t = g->nseats; t < MAX_SEATS; t++)
        memcpy(me->dos[t], none_row, sizeof none_row);
    memcpy(me->dos[TARGET_HQ], st->dos[TARGET_HQ], sizeof me->dos[TARGET_HQ]);
    me->nimp = st->nimp;
    for (int k = 0; k < st->nimp; k++)
        me->imp[k] = st->imp[k];
}

/* One of the seat's objectives (an index into the scenario's), field by
 * field, and whether it holds now; with its text when texts (else the
 * text is empty: a text is written whole, so one that begins with its
 * end is zero to the last byte). */
static void copy_objective(const struct game *g, int seat, int index, int texts,
                           struct view_objective *vo)
{
    const struct objective_def *d = &g->sc->objectives[index];
    vo->kind = d->kind;
    vo->target = d->target;
    vo->sector = d->sector;
    vo->value = d->value;
    vo->points = d->points;
    if (texts)
        str_field(vo->text, d->text, sizeof vo->text);
    else if (vo->text[0])
        memset(vo->text, 0, sizeof vo->text);
    vo->done = objective_done(g, seat, index);
}

/* Kinds of event whose outcome says how an operation was attributed. */
static int blames(int kind)
{
    return kind == EV_INCIDENT || kind == EV_DETECTED || kind == EV_INSIDER_BLOWN ||
           kind == EV_IMPLANT_FOUND || kind == EV_BACKDOOR_FOUND;
}

/* 1 when only cause_seat may know the event's cause: a secret order's
 * (the seat that gave it), a private inject's (its audience). */
static int cause_private(const struct event *e)
{
    if (e->cause == CAUSE_ORDER)
        return e->cause_arg < 0 || e->cause_arg >= ORD_COUNT || !order_is_public(e->cause_arg);
    return e->cause == CAUSE_INJECT && e->cause_seat >= 0;
}

/* One event as a seat may see it: who ran an operation
 * is never given to others (only whom the victim blamed), nor whether a
 * blame was right - that is the facilitator's truth. */
static void event_for_seat(const struct event *e, int seat, struct event *out)
{
    *out = *e;                   /* every bit a field's (event.h): then hide */
    if (e->kind == EV_INSIDER_BLOWN && e->actor != seat)
        out->actor = -1;
    if (blames(e->kind) && (e->outcome == ATTR_RIGHT || e->outcome == ATTR_WRONG))
        out->outcome = ATTR_CLAIMED;
    if (cause_private(e) && e->cause_seat != seat) {
        out->cause = CAUSE_HIDDEN;
        out->cause_seat = -1;
        out->cause_arg = -1;
    }
}

/* The audience bits of the events a seat (or VIEW_PUBLIC) is told of. */
static unsigned audience_of(int seat)
{
    return AUDIENCE_PUBLIC | (seat >= 0 && seat < MAX_SEATS ? AUDIENCE_SEAT(seat) : 0);
}

int view_event(const struct event *e, int seat, struct event *out)
{
    if (seat == VIEW_FACILITATOR) {
        *out = *e;
        return 1;
    }
    if (!(e->audience & audience_of(seat)))
        return 0;
    event_for_seat(e, seat, out);
    return 1;
}

/* The events of a kind the game did not keep (game_keep_events) that
 * the seat would have seen before g->events[g->kept_all_from]. */
static int events_lost(const struct game *g, int seat)
{
    if (seat == VIEW_FACILITATOR)
        return g->lost_all;
    return g->lost_public + (seat >= 0 && seat < MAX_SEATS ? g->lost_seat[seat] : 0);
}

/* The events the seat is told of (view_event), each as it may know it. */
static void copy_events(const struct game *g, int seat, struct view *v)
{
    int seen = 0;                /* towards the bound: kept or not */
    int all = seat == VIEW_FACILITATOR;
    unsigned mine = audience_of(seat);
    for (int k = 0; k < g->nevents; k++) {
        const struct event *e = &g->events[k];
        if (k == g->kept_all_from)
            seen += events_lost(g, seat);
        if (!all && !(e->audience & mine))
            continue;
        if (seen++ >= MAX_VIEW_EVENTS)
            v->events_dropped++;
        else if (all)
            v->events[v->nevents++] = *e;
        else
            event_for_seat(e, seat, &v->events[v->nevents++]);
    }
}

/* What build makes: the whole view (with events and objectives), and
 * the texts of injects in it; in a buffer reused (VB_REUSED: built
 * before, or given to view_init), clearing only what its last build
 * filled; keeping the public part a build of another seat left in it
 * (VB_SAME_WEEK). Without VB_FULL the view is partial (view_build_for_check). */
enum { VB_FULL = 1, VB_TEXTS = 2, VB_REUSED = 4, VB_SAME_WEEK = 8 };

/* An effect as a view carries it: whether offered equipment carries a
 * backdoor is its supplier's secret, never copied. */
static void copy_effect(const struct effect *ef, struct effect *out)
{
    memset(out, 0, sizeof *out);
    out->kind = ef->kind;
    out->seat = ef->seat;
    out->target = ef->target;
    out->sector = ef->sector;
    out->amount = ef->amount;
    out->nobjectives = ef->nobjectives;
    memcpy(out->objectives, ef->objectives, sizeof out->objectives);
}

/* A live inject as the view carries it. */
static void copy_inject(const struct inject *in, const struct live_inject *live, int parts,
                        struct view_inject *vi)
{
    vi->index = live->index;
    vi->audience = in->audience;
    vi->choice = live->choice;
    vi->nchoices = in->nchoices;
    if (!(parts & VB_FULL))
        return;
    if (parts & VB_TEXTS) {
        str_field(vi->title, in->title, sizeof vi->title);
        str_field(vi->text, in->text, sizeof vi->text);
    }
    for (int c = 0; c < in->nchoices; c++) {
        const struct choice *ch = &in->choices[c];
        struct view_choice *vc = &vi->choices[c];
        if (parts & VB_TEXTS)
            str_field(vc->label, ch->label, sizeof vc->label);
        vc->neffects = ch->neffects;
        for (int e = 0; e < ch->neffects; e++)
            copy_effect(&ch->effects[e], &vc->effects[e]);
    }
}

/* The slots a count says are filled in a view filled whole (built):
 * those past it are zero. */
static int filled(int n, int max)
{
    return n >= 0 && n <= max ? n : max;
}

/* Zeroes items [from, to) of an array of items of size bytes each. */
static void clear_slots(void *items, size_t size, int from, int to)
{
    if (to > from)
        memset((char *)items + size * (size_t)from, 0, size * (size_t)(to - from));
}

/* The padding after the injects' slots, which end a view. */
#define VIEW_TAIL \
    (sizeof(struct view) - offsetof(struct view, injects) - sizeof(struct view_inject) * MAX_VIEW_INJECTS)
_Static_assert(VIEW_TAIL < _Alignof(struct view),
               "the injects' slots end a view, but for the padding to its alignment");

/* Clears an inject's slot that a build filled (or a decode: choices past
 * nchoices and effects past neffects are zero). A text is written whole
 * (str_field: its bytes past the end are zero), so a slot whose texts
 * all begin with their end holds no text: a lean build's, the AI's every
 * week. Then only its numbers and effects are cleared. */
static void clear_inject(struct view_inject *vi)
{
    int nchoices = filled(vi->nchoices, MAX_CHOICES);
    int texts = vi->title[0] || vi->text[0];
    for (int c = 0; c < nchoices; c++)
        texts |= vi->choices[c].label[0];
    if (texts) {
        memset(vi, 0, sizeof *vi);
        return;
    }
    vi->index = vi->audience = vi->choice = vi->nchoices = 0;
    for (int c = 0; c < nchoices; c++) {
        struct view_choice *ch = &vi->choices[c];
        clear_slots(ch->effects, sizeof ch->effects[0], 0, filled(ch->neffects, MAX_EFFECTS));
        ch->neffects = 0;
    }
}

/* Clears v for a full build from byte from on. Unknown: the whole of it.
 * Known (a reused buffer built before): the public part from from on,
 * and the injects' and events' slots its last build filled; the seat's
 * own part is left to copy_own, which writes it whole. */
static void clear(struct view *v, int known, size_t from)
{
    if (!known) {
        memset((char *)v + from, 0, sizeof *v - from);
        return;
    }
    int dirty = filled(v->ninjects, MAX_VIEW_INJECTS);
    if (from < offsetof(struct view, published))
        memset((char *)v + from, 0, offsetof(struct view, published) - from);
    memset(v->events, 0, sizeof v->events[0] * (size_t)filled(v->nevents, MAX_VIEW_EVENTS));
    memset(&v->nevents, 0, offsetof(struct view, injects) - offsetof(struct view, nevents));
    for (int k = 0; k < dirty; k++)
        clear_inject(&v->injects[k]);
    memset((char *)v + sizeof *v - VIEW_TAIL, 0, VIEW_TAIL);   /* padding: never data */
}

/* The seat's own part: its state, objectives, orders (none for
 * VIEW_FACILITATOR and VIEW_PUBLIC), written whole, and the slots past
 * them zero: those a known buffer's last build filled (old_obj, old_ord),
 * the rest being zero already. */
static void copy_own(const struct game *g, int seat, int parts, int old_obj, int old_ord,
                     struct view *v)
{
    v->nobjectives = v->norders = v->confirmed = 0;
    if (seat < 0) {
        memset(&v->me, 0, sizeof v->me);
    } else {
        const struct seat *st = &g->seats[seat];
        copy_self(g, seat, &v->me);
        v->nobjectives = st->nobjectives;
        for (int k = 0; k < v->nobjectives; k++)
            copy_objective(g, seat, st->objectives[k], parts & VB_TEXTS, &v->objectives[k]);
        v->norders = g->norders[seat];
        memcpy(v->orders, g->orders[seat], sizeof(struct order) * (size_t)v->norders);
        v->confirmed = g->confirmed[seat];
    }
    clear_slots(v->objectives, sizeof v->objectives[0], v->nobjectives, old_obj);
    clear_slots(v->orders, sizeof v->orders[0], v->norders, old_ord);
}

/* The live injects addressed to seat or to all (turn_begin keeps at
 * most MAX_VIEW_INJECTS live). */
static void copy_injects(const struct game *g, int seat, int parts, struct view *v)
{
    for (int k = 0; k < g->nlive && v->ninjects < MAX_VIEW_INJECTS; k++) {
        const struct inject *in = &g->sc->injects[g->live[k].index];
        if (seat != VIEW_FACILITATOR && in->audience >= 0 && in->audience != seat)
            continue;            /* VIEW_PUBLIC: the public ones */
        copy_inject(in, &g->live[k], parts, &v->injects[v->ninjects++]);
    }
}

static void build(const struct game *g, int seat, struct view *v, int parts)
{
    int known = (parts & VB_REUSED) && v->built == VIEW_BUILT;
    int same = known && (parts & VB_SAME_WEEK) && v->pub == g->pub && v->turn == g->turn &&
               v->phase == g->phase && v->nseats == g->nseats;
    /* the own part's slots the last build filled (unknown: cleared here) */
    int old_obj = known ? filled(v->nobjectives, MAX_OBJECTIVES) : 0;
    int old_ord = known ? filled(v->norders, MAX_ORDERS) : 0;
    clear(v, known, same ? offsetof(struct view, published) : 0);
    v->built = VIEW_BUILT;
    v->seat = seat;
    if (!same) {
        copy_ground(g, v);
        copy_public(g, v);
    }
    copy_backdoors(g, seat, v);
    copy_published(g->sc, seat, &v->published);
    copy_own(g, seat, parts, old_obj, old_ord, v);
    copy_injects(g, seat, parts, v);
    copy_events(g, seat, v);
}

void view_build(const struct game *g, int seat, struct view *v)
{
    build(g, seat, v, VB_FULL | VB_TEXTS);
}

static void copy_tallies(const struct seat *st, struct fview_tallies *t)
{
    t->ops_run = st->ops_run;
    t->ops_succeeded = st->ops_succeeded;
    t->detected_against = st->detected_against;
    t->blown = st->blown;
    t->attributed = st->attributed;
    t->blamed_falsely = st->blamed_falsely;
    t->accusations_true = st->accusations_true;
    t->accusations_false = st->accusations_false;
    for (int i = 0; i < MAX_SEATS; i++)
        t->times_victim[i] = st->times_victim[i];
}

void view_build_facilitator(const struct game *g, struct fview *f)
{
    build(g, VIEW_FACILITATOR, &f->pub_part, VB_FULL | VB_TEXTS);   /* cleared whole */
    memset(f->seats, 0, sizeof *f - offsetof(struct fview, seats));
    for (int i = 0; i < g->nseats; i++) {
        const struct seat *st = &g->seats[i];
        struct fview_seat *fs = &f->seats[i];
        copy_self(g, i, &fs->self);
        fs->nobjectives = st->nobjectives;
        for (int k = 0; k < st->nobjectives; k++)
            copy_objective(g, i, st->objectives[k], 1, &fs->objectives[k]);
        fs->norders = g->norders[i];
        memcpy(fs->orders, g->orders[i], sizeof(struct order) * (size_t)fs->norders);
        fs->confirmed = g->confirmed[i];
        score_seat(g, i, &fs->score);
        copy_tallies(st, &fs->tallies);
        f->last_attacker[i] = g->last_attacker[i];
        f->last_attack_turn[i] = g->last_attack_turn[i];
    }
    f->db_compromised = g->db_compromised;
    f->central_support = g->central_support;
    f->winner = score_winner(g);
}

void view_build_lean(const struct game *g, int seat, struct view *v)
{
    build(g, seat, v, VB_FULL);
}

void view_init(struct view *v)
{
    memset(v, 0, sizeof *v);
    v->built = VIEW_BUILT;
}

void view_rebuild(const struct game *g, int seat, struct view *v, int flags)
{
    int parts = VB_FULL | VB_REUSED | (flags & VIEW_LEAN ? 0 : VB_TEXTS);
    build(g, seat, v, parts | (flags & VIEW_SAME_WEEK ? VB_SAME_WEEK : 0));
}

/* Only what view_check_orders reads: the rest of v is left as it was. */
void view_build_for_check(const struct game *g, int seat, struct view *v)
{
    v->built = 0;
    v->seat = seat;
    copy_ground(g, v);
    copy_backdoors(g, seat, v);
    v->nobjectives = v->nevents = v->events_dropped = v->ninjects = 0;
    v->norders = v->confirmed = 0;
    if (seat >= 0) {
        copy_self_for_check(&g->seats[seat], &v->me);
        v->norders = g->norders[seat];
        memcpy(v->orders, g->orders[seat], sizeof(struct order) * (size_t)v->norders);
        v->confirmed = g->confirmed[seat];
    }
    copy_injects(g, seat, 0, v);
}

const char *view_seat_name(const struct view *v, int seat)
{
    if (seat == TARGET_HQ)
        return "mission HQ";
    return seat >= 0 && seat < v->nseats ? v->pub->seats[seat].name : "unknown";
}

const char *view_sector_name(const struct view *v, int sector)
{
    return sector >= 0 && sector < v->nsectors ? v->pub->sectors[sector].name : "?";
}

int view_fresh(const struct view *v, int target, int cat)
{
    int turn = v->me.dos[target][cat].turn;
    return turn >= 0 && v->turn - turn < v->pub->cat.rules.dossier_max_age;
}

int view_fresh_count(const struct view *v, int target)
{
    const struct dossier *d = v->me.dos[target];
    int n = 0, age = v->pub->cat.rules.dossier_max_age;
    for (int c = 0; c < DOS_COUNT; c++) {
        int turn = d[c].turn;
        n += turn >= 0 && v->turn - turn < age;
    }
    return n;
}

/* The target's counter-intelligence and comms security as the seat can
 * tell: from a fresh dossier within its error, else the published figures. */
static void estimate_figures(const struct view *v, int t, struct odds_estimate *e)
{
    if (t == TARGET_HQ) {                     /* public */
        e->ci_src = e->comms_src = SRC_KNOWN;
        e->ci_lo = e->ci_hi = v->net_security / 20;
        e->ci10 = e->ci_lo * 10;
        e->comms = e->comms_lo = e->comms_hi = v->net_security;
        return;
    }
    const struct dossier *d = NULL;
    int est = 0;
    if (view_fresh(v, t, DOS_PROCEDURES)) {
        d = &v->me.dos[t][DOS_PROCEDURES];
        est = d->est[0];
    } else if (view_fresh(v, t, DOS_CAPABILITIES)) {
        d = &v->me.dos[t][DOS_CAPABILITIES];
        est = d->est[CAP_COUNTERINTEL];
    }
    if (d) {
        /* a level errs by one at a glimpse; and capabilities never change,
         * so the truth is also within the published figures */
        int err = d->quality <= 1;
        int lo = est - err > v->published.ci_lo ? est - err : v->published.ci_lo;
        int hi = est + err < v->published.ci_hi ? est + err : v->published.ci_hi;
        if (lo > hi) {                        /* figures that disagree: the dossier */
            lo = est - err;
            hi = est + err;
        }
        e->ci_src = SRC_DOSSIER;
        e->ci_lo = lo < 0 ? 0 : lo;
        e->ci_hi = hi > 5 ? 5 : hi;
        e->ci10 = clampi(est, e->ci_lo, e->ci_hi) * 10;
    } else {
        e->ci_src = SRC_PUBLISHED;
        e->ci10 = v->published.ci10;
        e->ci_lo = v->published.ci_lo;
        e->ci_hi = v->published.ci_hi;
    }
    if (view_fresh(v, t, DOS_COMMUNICATIONS)) {
        const struct dossier *c = &v->me.dos[t][DOS_COMMUNICATIONS];
        e->comms_src = SRC_DOSSIER;
        e->comms = c->est[0];
        e->comms_lo = c->est[0] - c->err < 0 ? 0 : c->est[0] - c->err;
        e->comms_hi = c->est[0] + c->err > 100 ? 100 : c->est[0] + c->err;
    } else {
        e->comms_src = SRC_PUBLISHED;
        e->comms = v->published.comms;
        e->comms_lo = v->published.comms_lo;
        e->comms_hi = v->published.comms_hi;
    }
}

/* The figures of an estimate into out and the input of its mid odds into
 * in; returns the target. The rest of out is left as it was. */
static int estimate_input(const struct view *v, const struct order *o, struct odds_estimate *out,
                          struct odds_input *in)
{
    int t = order_victim(o);
    if (t != TARGET_HQ && (t < 0 || t >= MAX_SEATS))
        t = TARGET_HQ;
    estimate_figures(v, t, out);
    out->guess = out->ci_src == SRC_PUBLISHED || out->comms_src == SRC_PUBLISHED;
    *in = (struct odds_input){ o->kind, 0, 0, 0, 0, 0, 0, 0, 0 };
    in->skill = odds_skill(v->me.caps, o->kind, &v->pub->cat);
    if (t != TARGET_HQ) {
        /* what nobody sees before resolution: the target's posture this
         * week, and hardening since its figures were known */
        in->unseen10 = v->pub->cat.rules.estimate_posture;
        in->alert = v->pub->cat.rules.estimate_alert;
    }
    int rel = odds_relevant_dossier(o->kind);
    in->dossier = rel >= 0 && view_fresh(v, t, rel);
    in->target_ci = out->ci10 / 10;
    in->ci_tenths = out->ci10 % 10;
    in->target_comms = out->comms;
    return t;
}

int view_estimate_mid(const struct view *v, const struct order *o, int *detect, int *guess)
{
    struct odds_estimate e;
    struct odds_input in;
    estimate_input(v, o, &e, &in);
    *guess = e.guess;
    return odds_chance(&v->pub->cat, &in, detect);
}

void view_estimate(const struct view *v, const struct order *o, struct odds_estimate *out)
{
    struct odds_input in;
    memset(out, 0, sizeof *out);
    int t = estimate_input(v, o, out, &in);
    odds_compute(&v->pub->cat, &in, &out->mid);
    struct odds worst, best;
    in.ci_tenths = 0;
    in.target_ci = out->ci_hi;
    in.target_comms = out->comms_hi;
    odds_compute(&v->pub->cat, &in, &worst);
    in.target_ci = out->ci_lo;
    in.target_comms = out->comms_lo;
    odds_compute(&v->pub->cat, &in, &best);
    out->lo = worst.success;
    out->hi = best.success;
    out->floor = out->lo;
    if (t != TARGET_HQ) {
        struct odds guarded;
        in.target_ci = out->ci_hi;
        in.target_comms = clampi(out->comms_hi + v->pub->cat.orders[ORD_HARDEN].base, 0, 100);
        in.unseen10 = 0;
        in.posture = 2;
        odds_compute(&v->pub->cat, &in, &guarded);
        out->floor = guarded.success;
    }
    out->detect_lo = odds_detection(&best);
    out->detect_hi = odds_detection(&worst);
}

void view_odds(const struct view *v, const struct order *o, struct odds *out)
{
    struct odds_estimate e;
    view_estimate(v, o, &e);
    *out = e.mid;
}
