/* view.c - building a seat's view: whitelisted copies, never redaction. */
#include "view.h"

#include <stddef.h>
#include <string.h>

#include "internal.h"
#include "score.h"

static void copy_public(const struct game *g, struct view *v)
{
    const struct scenario *sc = g->sc;
    v->turn = g->turn;
    v->turns = sc->turns;
    v->phase = g->phase;
    v->outcome = g->outcome;
    v->collapsed = g->collapsed;
    v->nseats = g->nseats;
    v->nsectors = g->nsectors;
    v->scenario = sc->name;
    v->host = sc->host;
    v->cat = g->cat;
    for (int s = 0; s < g->nsectors; s++) {
        struct view_sector *vs = &v->sectors[s];
        vs->id = sc->sectors[s].id;
        vs->name = sc->sectors[s].name;
        vs->population = sc->sectors[s].population;
        vs->stability = g->sectors[s].stability;
        vs->threat = g->sectors[s].threat;
        vs->neighbours = sc->sectors[s].neighbours;
        vs->features = sc->sectors[s].features;
        vs->deployed = g->sectors[s].deployed;
    }
    for (int i = 0; i < g->nseats; i++) {
        struct view_contingent *c = &v->c[i];
        const struct contingent_def *d = &sc->seats[i];
        c->id = d->id;
        c->name = d->name;
        c->colour = d->colour;
        c->profile = d->profile;
        c->share = g->seats[i].share;
        c->reputation = game_reputation(g, i);
        c->pacts = g->seats[i].pacts;
        for (int j = 0; j < g->nseats; j++)
            v->trust[i][j] = i == j ? 0 : g->seats[i].trust[j];
    }
    v->centralisation = g->centralisation;
    v->net_security = g->net_security;
    v->pool = g->pool;
    v->neq = g->neq;
    for (int i = 0; i < g->neq; i++) {
        v->eq[i].supplier = g->eq[i].supplier;
        v->eq[i].since = g->eq[i].since;
        v->eq[i].discovered = g->eq[i].discovered;
        v->c[g->eq[i].supplier].supplied++;
    }
    v->avg_stability = game_avg_stability(g);
    v->min_stability = game_min_stability(g);
    v->incidents = g->incidents;
    v->success_avg = sc->success_avg;
    v->success_min = sc->success_min;
    v->partial_avg = sc->partial_avg;
    v->collapse_floor = sc->collapse_floor;
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

/* One event as a seat may see it, field by field: who ran an operation
 * is never given to others (only whom the victim blamed), nor whether a
 * blame was right - that is the facilitator's truth. */
static void event_for_seat(const struct event *e, int seat, struct event *out)
{
    memset(out, 0, sizeof *out);
    out->kind = e->kind;
    out->turn = e->turn;
    out->audience = e->audience;
    out->target = e->target;
    out->sector = e->sector;
    out->order = e->order;
    out->blamed = e->blamed;
    out->outcome = e->outcome;
    out->a = e->a;
    out->b = e->b;
    out->c = e->c;
    out->d = e->d;
    out->actor = e->kind == EV_INSIDER_BLOWN && e->actor != seat ? -1 : e->actor;
    if (blames(e->kind) && (e->outcome == ATTR_RIGHT || e->outcome == ATTR_WRONG))
        out->outcome = ATTR_CLAIMED;
    out->cause = e->cause;
    out->cause_seat = e->cause_seat;
    out->cause_arg = e->cause_arg;
    if (cause_private(e) && e->cause_seat != seat) {
        out->cause = CAUSE_HIDDEN;
        out->cause_seat = -1;
        out->cause_arg = -1;
    }
}

int view_event(const struct event *e, int seat, struct event *out)
{
    if (seat == VIEW_FACILITATOR) {
        *out = *e;
        return 1;
    }
    unsigned mine = AUDIENCE_PUBLIC | (seat >= 0 && seat < MAX_SEATS ? AUDIENCE_SEAT(seat) : 0);
    if (!(e->audience & mine))
        return 0;
    event_for_seat(e, seat, out);
    return 1;
}

static void copy_events(const struct game *g, int seat, struct view *v)
{
    for (int k = 0; k < g->nevents; k++) {
        struct event one;
        if (!view_event(&g->events[k], seat, &one))
            continue;
        if (v->nevents >= MAX_VIEW_EVENTS) {
            v->events_dropped++;
            continue;
        }
        v->events[v->nevents++] = one;
    }
}

/* Builds the view; a partial one (full == 0) leaves out the events and
 * the objectives and is not zeroed beyond what it fills: enough to check
 * orders, cheaper to make. */
static void build(const struct game *g, int seat, struct view *v, int full)
{
    if (full) {
        memset(v, 0, sizeof *v);
    } else {
        memset(v, 0, offsetof(struct view, me));
        v->nobjectives = v->ninjects = v->nevents = v->events_dropped = 0;
        v->all = NULL;
    }
    v->seat = seat;
    copy_public(g, v);
    copy_published(g->sc, seat, &v->pub);
    if (seat == VIEW_FACILITATOR) {
        v->all = g;
        for (int i = 0; i < g->neq; i++)
            v->eq[i].backdoor = g->eq[i].backdoor;
    } else {
        const struct seat *st = &g->seats[seat];
        v->me = *st;
        for (int i = 0; i < g->neq; i++)
            v->eq[i].backdoor = g->eq[i].backdoor &&
                                (g->eq[i].supplier == seat || g->eq[i].discovered);
        v->nobjectives = full ? st->nobjectives : 0;
        for (int k = 0; k < v->nobjectives; k++) {
            v->objectives[k].def = g->sc->objectives[st->objectives[k]];
            v->objectives[k].done = objective_done(g, seat, st->objectives[k]);
        }
        v->norders = g->norders[seat];
        memcpy(v->orders, g->orders[seat], sizeof(struct order) * (size_t)v->norders);
        v->confirmed = g->confirmed[seat];
    }
    for (int k = 0; k < g->nlive; k++) {
        const struct inject *in = &g->sc->injects[g->live[k].index];
        if (seat != VIEW_FACILITATOR && in->audience >= 0 && in->audience != seat)
            continue;
        struct view_inject *vi = &v->injects[v->ninjects++];
        vi->index = g->live[k].index;
        vi->def = in;
        vi->choice = g->live[k].choice;
    }
    if (full)
        copy_events(g, seat, v);
}

void view_build(const struct game *g, int seat, struct view *v)
{
    build(g, seat, v, 1);
}

void view_build_for_check(const struct game *g, int seat, struct view *v)
{
    build(g, seat, v, 0);
}

int view_fresh(const struct view *v, int target, int cat)
{
    const struct dossier *d = &v->me.dos[target][cat];
    return d->turn >= 0 && v->turn - d->turn < v->cat->rules.dossier_max_age;
}

int view_fresh_count(const struct view *v, int target)
{
    int n = 0;
    for (int c = 0; c < DOS_COUNT; c++)
        n += view_fresh(v, target, c);
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
        int lo = est - err > v->pub.ci_lo ? est - err : v->pub.ci_lo;
        int hi = est + err < v->pub.ci_hi ? est + err : v->pub.ci_hi;
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
        e->ci10 = v->pub.ci10;
        e->ci_lo = v->pub.ci_lo;
        e->ci_hi = v->pub.ci_hi;
    }
    if (view_fresh(v, t, DOS_COMMUNICATIONS)) {
        const struct dossier *c = &v->me.dos[t][DOS_COMMUNICATIONS];
        e->comms_src = SRC_DOSSIER;
        e->comms = c->est[0];
        e->comms_lo = c->est[0] - c->err < 0 ? 0 : c->est[0] - c->err;
        e->comms_hi = c->est[0] + c->err > 100 ? 100 : c->est[0] + c->err;
    } else {
        e->comms_src = SRC_PUBLISHED;
        e->comms = v->pub.comms;
        e->comms_lo = v->pub.comms_lo;
        e->comms_hi = v->pub.comms_hi;
    }
}

void view_estimate(const struct view *v, const struct order *o, struct odds_estimate *out)
{
    memset(out, 0, sizeof *out);
    int t = order_victim(o);
    if (t != TARGET_HQ && (t < 0 || t >= MAX_SEATS))
        t = TARGET_HQ;
    estimate_figures(v, t, out);
    out->guess = out->ci_src == SRC_PUBLISHED || out->comms_src == SRC_PUBLISHED;
    struct odds_input in = { o->kind, 0, 0, 0, 0, 0, 0, 0, 0 };
    in.skill = odds_skill(v->me.caps, o->kind, v->cat);
    if (t != TARGET_HQ) {
        /* what nobody sees before resolution: the target's posture this
         * week, and hardening since its figures were known */
        in.unseen10 = v->cat->rules.estimate_posture;
        in.alert = v->cat->rules.estimate_alert;
    }
    int rel = odds_relevant_dossier(o->kind);
    in.dossier = rel >= 0 && view_fresh(v, t, rel);
    in.target_ci = out->ci10 / 10;
    in.ci_tenths = out->ci10 % 10;
    in.target_comms = out->comms;
    odds_compute(v->cat, &in, &out->mid);
    struct odds worst, best;
    in.ci_tenths = 0;
    in.target_ci = out->ci_hi;
    in.target_comms = out->comms_hi;
    odds_compute(v->cat, &in, &worst);
    in.target_ci = out->ci_lo;
    in.target_comms = out->comms_lo;
    odds_compute(v->cat, &in, &best);
    out->lo = worst.success;
    out->hi = best.success;
    out->floor = out->lo;
    if (t != TARGET_HQ) {
        struct odds guarded;
        in.target_ci = out->ci_hi;
        in.target_comms = clampi(out->comms_hi + v->cat->orders[ORD_HARDEN].base, 0, 100);
        in.unseen10 = 0;
        in.posture = 2;
        odds_compute(v->cat, &in, &guarded);
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
