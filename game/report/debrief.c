/* debrief.c - builds the debrief of a session from its history (rebuilt
 * by the replay routine when the session did not keep it): the declassified timeline,
 * who spied on whom, the series, both scores and the AI's key reasons.
 * The learning objectives are in debrief_lessons.c, the wording of
 * operations in debrief_text.c. */
#include "debrief.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../session/load.h"
#include "../session/session.h"
#include "../text/evtext.h"
#include "../text/words.h"
#include "debrief_int.h"

/* ---- events by turn and phase ------------------------------------------------ */

static void index_turns(struct dbctx *c)
{
    for (int t = 0; t <= MAX_TURNS + 1; t++)
        c->first[t] = c->end[t] = 0;
    for (int k = 0; k < c->nev; k++) {
        int t = c->ev[k].turn;
        if (t < 1 || t > MAX_TURNS + 1)
            continue;
        if (c->end[t] == 0)
            c->first[t] = k;
        c->end[t] = k + 1;
    }
}

int db_defence_end(const struct dbctx *c, int t)
{
    for (int k = c->first[t]; k < c->end[t]; k++) {
        switch (c->ev[k].kind) {
        case EV_EQUIPMENT:
        case EV_NETWORK:
        case EV_COVERT:
        case EV_DETECTED:
        case EV_INCIDENT:
        case EV_DOSSIER:
        case EV_INSIDER:
        case EV_BACKDOOR:
        case EV_INFLUENCE:
        case EV_MANDATE_OP:
        case EV_ACCUSE:
        case EV_PACT:
        case EV_INVESTIGATION:
        case EV_STABILITY:
        case EV_THREAT:
        case EV_POOL:
        case EV_MANDATE:
        case EV_CANARY:
        case EV_INJECT_CHOICE:
        case EV_GAME_END:
        case EV_OBJECTIVES:
            return k;
        default:
            break;
        }
    }
    return c->end[t];
}

int db_comms_at_covert(const struct dbctx *c, int t, int seat)
{
    int v = c->pre[t].comms[seat];
    for (int k = c->first[t]; k < c->end[t]; k++)   /* hardening: before the operations */
        if (c->ev[k].kind == EV_COMMS && c->ev[k].actor == seat &&
            c->ev[k].cause == CAUSE_ORDER && c->ev[k].cause_arg == ORD_HARDEN)
            v = c->ev[k].b;
    return v;
}

int db_central_at(const struct dbctx *c, int t, int k)
{
    int v = c->pre[t].centralisation;
    for (int i = c->first[t]; i < k && i < c->end[t]; i++)
        if (c->ev[i].kind == EV_NETWORK)
            v = c->ev[i].a;
    return v;
}

/* ---- the timeline ------------------------------------------------------------ */

/* The index of the nth EV_COVERT of turn t for (seat, kind, victim), or -1. */
static int find_covert(const struct dbctx *c, int t, int seat, int kind, int victim, int nth)
{
    for (int k = c->first[t]; k < c->end[t]; k++) {
        const struct event *e = &c->ev[k];
        if (e->kind == EV_COVERT && e->actor == seat && e->order == kind && e->target == victim &&
            nth-- == 0)
            return k;
    }
    return -1;
}

/* The events an operation produced: those just before its EV_COVERT. */
static int op_window(const struct dbctx *c, int t, int k)
{
    int i = k;
    while (i > c->first[t]) {
        switch (c->ev[i - 1].kind) {
        case EV_DOSSIER:
        case EV_CANARY:
        case EV_INSIDER:
        case EV_BACKDOOR:
        case EV_INFLUENCE:
        case EV_DETECTED:
        case EV_INCIDENT:
        case EV_TRUST:
            i--;
            continue;
        default:
            break;
        }
        break;
    }
    return i;
}

/* "dossiers: Garrovia (equipment, procedures); mission HQ (communications)",
 * or with many, "12 dossiers: Morvane 4, Lisselund 5; mission HQ 3". */
static void dossier_text(const struct dbctx *c, struct db_op *op, int from, int to, char *buf,
                         size_t n)
{
    const struct debrief *d = c->d;
    int count[MAX_TARGETS] = {0}, total = 0;
    for (int k = from; k < to; k++) {
        const struct event *e = &c->ev[k];
        if (e->kind == EV_DOSSIER && e->actor == op->seat && e->target >= 0 &&
            e->target < MAX_TARGETS) {
            count[e->target]++;
            total++;
            if (e->target < d->nseats) {
                op->dossiers++;
                op->on |= 1u << e->target;
            }
        }
    }
    buf[0] = '\0';
    if (total > 6) {
        db_fmt(buf, n, "%d dossiers:", total);
        for (int target = 0; target < MAX_TARGETS; target++)
            if (count[target])
                db_cat(buf, n, "%s %s %d", buf[strlen(buf) - 1] == ':' ? "" : ",",
                       debrief_seat(d, target), count[target]);
        return;
    }
    for (int target = 0; target < MAX_TARGETS; target++) {
        if (!count[target])
            continue;
        db_cat(buf, n, "%s%s (", buf[0] ? "; " : "dossiers: ", debrief_seat(d, target));
        int any = 0;
        for (int k = from; k < to; k++) {
            const struct event *e = &c->ev[k];
            if (e->kind != EV_DOSSIER || e->actor != op->seat || e->target != target)
                continue;
            db_cat(buf, n, "%s%s", any ? ", " : "",
                   e->a >= 0 && e->a < DOS_COUNT ? dossier_name(e->a) : "?");
            any = 1;
        }
        db_cat(buf, n, ")");
    }
}

static void covert_result(const struct dbctx *c, struct db_op *op, int k)
{
    const struct debrief *d = c->d;
    const struct event *e = &c->ev[k];
    int from = op_window(c, op->turn, k);
    char dos[DB_TEXT];
    dossier_text(c, op, from, k, dos, sizeof dos);
    op->chance = e->a;
    op->roll = e->b;
    op->detect_chance = e->c;
    op->detect_roll = e->d;
    op->success = e->outcome == 1;
    op->detected = e->blamed != -2;
    op->detected_by = op->detected ? e->target : -1;
    op->blamed = op->detected ? e->blamed : -1;
    op->attribution = !op->detected           ? ATTR_NONE
                      : e->blamed == op->seat ? ATTR_RIGHT
                      : e->blamed >= 0        ? ATTR_WRONG
                                              : ATTR_UNKNOWN;
    for (int i = from; i < k; i++) {
        const struct event *x = &c->ev[i];
        if (x->kind == EV_INSIDER && x->actor == op->seat)
            op->stage = x->a;
        if (x->kind == EV_BACKDOOR && x->actor == op->seat)
            op->item = x->a;
    }
    char *r = op->result;
    size_t n = sizeof op->result;
    r[0] = '\0';
    if (!op->success) {
        db_fmt(r, n,
               op->kind == ORD_INSIDER ? "no progress; the network's exposure rose"
                                       : "nothing gained");
    } else {
        switch (op->kind) {
        case ORD_OBSERVE:
        case ORD_RETAIN:
            db_fmt(r, n, "%s", dos[0] ? dos : "no dossier gained");
            if (op->kind == ORD_RETAIN && d->cat->rules.retain_pool_loss)
                db_cat(r, n, "; the mission pool lost %d", d->cat->rules.retain_pool_loss);
            break;
        case ORD_INTERCEPT:
            db_fmt(r, n, "%s", dos[0] ? dos : "no dossier gained");
            /* the target's true comms security: the facilitator's to say */
            if (debrief_declassified(d) && op->target >= 0 && op->target < d->nseats &&
                db_comms_at_covert(c, op->turn, op->target) < d->cat->rules.intercept_read_below)
                db_cat(r, n, "; %s's comms security was low enough to read its orders",
                       debrief_seat(d, op->target));
            break;
        case ORD_INSIDER:
            db_fmt(r, n, "insider network in %s: %s", debrief_seat(d, op->target),
                   op->stage > 0 && op->stage < STAGE_COUNT ? stage_name(op->stage) : "?");
            break;
        case ORD_INTRUDE:
            db_fmt(r, n, "%s; a network implant placed at mission HQ",
                   dos[0] ? dos : "no dossier gained");
            break;
        case ORD_BACKDOOR:
            if (op->item >= 0)
                db_fmt(r, n, "backdoored its equipment item %d", op->item + 1);
            else
                db_fmt(r, n, "no clean contributed item to backdoor");
            break;
        case ORD_COURT:
            for (int i = from; i < k; i++)
                if (c->ev[i].kind == EV_INFLUENCE && c->ev[i].actor == op->seat)
                    db_fmt(r, n, "influence with the host %+d -> %d", c->ev[i].a, c->ev[i].b);
            break;
        case ORD_FALSE_FLAG:
            db_fmt(r, n, "its next detected operation would point at %s",
                   debrief_seat(d, op->aimed));
            break;
        default:
            break;
        }
    }
    if (op->detected && op->kind == ORD_INSIDER)
        db_cat(r, n, "; the network was lost");
}

/* "found Kestria's insider network (blamed Kestria, right)" items. */
static void add_find(char *r, size_t n, int *found, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void add_find(char *r, size_t n, int *found, const char *fmt, ...)
{
    char one[DB_TEXT];
    va_list ap;
    va_start(ap, fmt);
    int w = vsnprintf(one, sizeof one, fmt, ap);
    va_end(ap);
    if (w < 0)
        return;
    db_cat(r, n, "%s%s", *found ? "; " : "found ", one);
    (*found)++;
}

static void blame_text(const struct debrief *d, int blamed, int how, char *buf, size_t n)
{
    evtext_blame_aside(d->pub, blamed, how, buf, n);
}

static void counter_result(const struct dbctx *c, struct db_op *op, int nth_same)
{
    const struct debrief *d = c->d;
    int t = op->turn, found = 0, dend = db_defence_end(c, t);
    char *r = op->result, b[96];
    size_t n = sizeof op->result;
    r[0] = '\0';
    op->resolved = 1;
    switch (op->kind) {
    case ORD_HARDEN:
        for (int k = c->first[t]; k < c->end[t]; k++)
            if (c->ev[k].kind == EV_COMMS && c->ev[k].actor == op->seat &&
                c->ev[k].cause == CAUSE_ORDER && c->ev[k].cause_arg == ORD_HARDEN)
                db_fmt(r, n, "comms security %+d -> %d", c->ev[k].a, c->ev[k].b);
        op->success = 1;
        break;
    case ORD_COMPARTMENT:
        db_fmt(r, n, "shared at most %s this turn; its own mandate operations weakened",
               share_name(SHARE_TACTICAL));
        op->success = 1;
        break;
    case ORD_SWEEP:
        if (nth_same > 0) {
            db_fmt(r, n, "(results with its first sweep this turn)");
            break;
        }
        for (int k = c->first[t]; k < dend; k++) {
            const struct event *e = &c->ev[k];
            if (e->kind == EV_INSIDER_BLOWN && e->target == op->seat) {
                blame_text(d, e->blamed, e->outcome, b, sizeof b);
                if (e->actor < 0) /* a seat's view: whose, it cannot know */
                    add_find(r, n, &found, "an insider network (%s)", b);
                else
                    add_find(r, n, &found, "%s's insider network (%s)",
                             debrief_seat(d, e->actor), b);
            } else if (e->kind == EV_IMPLANT_FOUND && e->target == op->seat) {
                blame_text(d, e->blamed, e->outcome, b, sizeof b);
                add_find(r, n, &found, "an implant (%s; %s)",
                         words_implant(e->a), b);
            } else if (e->kind == EV_BACKDOOR_FOUND && e->order == ORD_SWEEP &&
                       e->actor == op->seat) {
                add_find(r, n, &found, "a backdoor in equipment item %d of its communications, "
                         "supplied by %s", e->a + 1, debrief_seat(d, e->blamed));
            }
        }
        break;
    case ORD_CANARY: {
        int last =
            t + (d->cat->orders[ORD_CANARY].base > 0 ? d->cat->orders[ORD_CANARY].base - 1 : 0);
        for (int tt = t; tt <= last && tt <= d->turns && !found; tt++)
            for (int k = c->first[tt]; k < c->end[tt]; k++)
                if (c->ev[k].kind == EV_CANARY && c->ev[k].actor == op->seat) {
                    add_find(r, n, &found, "%s reading its marked reports (turn %d)",
                             debrief_seat(d, c->ev[k].target), tt);
                    break;
                }
        if (!found)
            db_fmt(r, n, "set through turn %d; nobody caught", last);
        break;
    }
    case ORD_AUDIT:
        if (nth_same > 0) {
            db_fmt(r, n, "(results with its first audit this turn)");
            break;
        }
        for (int k = c->first[t]; k < dend; k++) {
            const struct event *e = &c->ev[k];
            if (e->kind == EV_BACKDOOR_FOUND && e->actor == op->seat && e->order != ORD_SWEEP)
                add_find(r, n, &found, "a backdoor in equipment item %d supplied by %s", e->a + 1,
                         debrief_seat(d, e->blamed));
            else if (e->kind == EV_IMPLANT_FOUND && e->actor == op->seat &&
                     e->target == TARGET_HQ) {
                blame_text(d, e->blamed, e->outcome, b, sizeof b);
                add_find(r, n, &found, "a network implant at mission HQ (%s)", b);
            }
        }
        break;
    default:
        break;
    }
    if (op->kind == ORD_SWEEP || op->kind == ORD_AUDIT || op->kind == ORD_CANARY)
        op->success = found > 0;
    if (!r[0])
        db_fmt(r, n, "nothing found");
}

static void build_timeline(struct dbctx *c)
{
    struct debrief *d = c->d;
    const struct session *s = c->s;
    for (int t = 1; t <= d->turns; t++) {
        const struct record_turn *rec = &s->rec.turns[t - 1];
        struct db_turn *tu = &d->turn[t];
        tu->first = d->nops;
        for (int seat = 0; seat < d->nseats; seat++) {
            /* public: the status showed who had not confirmed */
            tu->flags[seat] = rec->flags[seat];
            if (!debrief_declassified(d) && seat != d->viewer)
                continue; /* another seat's orders: never read */
            int nrec = rec->norders[seat] < MAX_ORDERS ? rec->norders[seat] : MAX_ORDERS;
            for (int k = 0; k < nrec && d->nops < DB_MAX_OPS; k++) {
                const struct order *o = &rec->orders[seat][k];
                int fam = o->kind < ORD_COUNT ? order_family(o->kind) : -1;
                if (fam != FAM_COVERT && fam != FAM_COUNTER)
                    continue;
                struct db_op *op = &d->ops[d->nops++];
                memset(op, 0, sizeof *op);
                op->turn = t;
                op->seat = seat;
                op->kind = o->kind;
                op->covert = fam == FAM_COVERT;
                op->aimed = o->target;
                op->target = op->covert ? order_victim(o) : -1;
                op->chance = op->roll = op->detect_chance = op->detect_roll = -1;
                op->detected_by = op->blamed = -1;
                op->item = -1;
                op->reason = -1;
                /* the how-manieth such order of this seat this turn */
                int nth = 0;
                for (int j = 0; j < k; j++)
                    nth += rec->orders[seat][j].kind == o->kind &&
                           (!op->covert || order_victim(&rec->orders[seat][j]) == op->target);
                if (op->covert) {
                    int e = find_covert(c, t, seat, o->kind, op->target, nth);
                    if (e >= 0) {
                        op->resolved = 1;
                        covert_result(c, op, e);
                    } else {
                        db_fmt(op->result, sizeof op->result, "its resolution was not recorded");
                    }
                } else {
                    counter_result(c, op, nth);
                }
            }
        }
        tu->nops = d->nops - tu->first;
    }
}

/* ---- who spied on whom, turns, series, scores ------------------------------ */

static int is_collection(int kind)
{
    return kind == ORD_OBSERVE || kind == ORD_INTERCEPT || kind == ORD_INSIDER ||
           kind == ORD_INTRUDE || kind == ORD_BACKDOOR || kind == ORD_RETAIN;
}

static void build_spying(struct debrief *d)
{
    for (int k = 0; k < d->nops; k++) {
        const struct db_op *op = &d->ops[k];
        if (!op->covert || !is_collection(op->kind) || op->target < 0 || op->target >= MAX_TARGETS)
            continue;
        struct db_cell *cell = &d->spy[op->seat][op->target];
        cell->ops++;
        cell->succeeded += op->success;
        cell->detected += op->detected;
        cell->attributed += op->attribution == ATTR_RIGHT;
    }
}

static int is_incident(const struct event *e)
{
    return e->kind == EV_INCIDENT || e->kind == EV_INSIDER_BLOWN || e->kind == EV_BACKDOOR_FOUND ||
           (e->kind == EV_IMPLANT_FOUND && e->target == TARGET_HQ);
}

static void build_turns(struct dbctx *c)
{
    struct debrief *d = c->d;
    for (int t = 1; t <= d->turns; t++) {
        struct db_turn *tu = &d->turn[t];
        for (int k = c->first[t]; k < c->end[t]; k++) {
            const struct event *e = &c->ev[k];
            tu->incidents += is_incident(e);
            if (e->kind == EV_INJECT && tu->ninjects < DB_MAX_INJECTS)
                tu->injects[tu->ninjects++] = e->a;
        }
    }
}

static void build_series(struct debrief *d, const struct history *h)
{
    d->npoints = d->turns + 1;
    for (int t = 0; t < d->npoints; t++) {
        const int *stab = h->stability[t];
        d->avg[t] = h->avg[t];
        d->pool[t] = h->pool[t];
        d->min[t] = 100;
        for (int k = 0; k < d->nsectors; k++) {
            d->stability[t][k] = stab[k];
            if (stab[k] < d->min[t])
                d->min[t] = stab[k];
        }
        for (int a = 0; a < d->nseats; a++) {
            int sum = 0;
            for (int b = 0; b < d->nseats; b++) {
                d->trust[t][a][b] = h->trust[t][a][b];
            }
            for (int b = 0; b < d->nseats; b++)
                if (b != a)
                    sum += h->trust[t][b][a];
            d->reputation[t][a] = d->nseats > 1 ? sum / (d->nseats - 1) : 0;
        }
    }
}

static void build_scores(struct dbctx *c)
{
    struct debrief *d = c->d;
    const struct session *s = c->s;
    for (int i = 0; i < d->nseats; i++) {
        struct db_seat *st = &d->seat[i];
        const struct seat_ctl *ctl = &s->ctl[i];
        st->human = ctl->human;
        st->level = ctl->level;
        if (ctl->human)
            db_fmt(st->team, sizeof st->team, "%s",
                   s->rec.seats[i].team[0] ? s->rec.seats[i].team : d->sc->seats[i].name);
        if (!ctl->human && ctl->p)
            db_fmt(st->personality, sizeof st->personality, "%s", ctl->p->name);
        if (debrief_score_known(d, i))
            score_seat(&s->g, i, &st->national);
        st->share = s->g.seats[i].share;
    }
    for (int k = 0; k < c->nev; k++) {
        const struct event *e = &c->ev[k];
        if (e->kind != EV_MANDATE_OP || e->actor < 0 || e->actor >= d->nseats)
            continue;
        d->seat[e->actor].mandate_ops++;
        d->seat[e->actor].stability_added += e->a;
        d->stability_added += e->a;
    }
    for (int i = 0; i < d->nseats; i++)
        d->seat[i].mandate_permille =
            d->stability_added > 0 ? d->seat[i].stability_added * 1000 / d->stability_added : 0;
    for (int k = 0; k < d->nops; k++) {
        const struct db_op *op = &d->ops[k];
        if (!op->covert)
            continue;
        struct db_seat *st = &d->seat[op->seat];
        st->covert_ops++;
        st->covert_succeeded += op->success;
        st->covert_detected += op->detected;
        st->covert_attributed += op->attribution == ATTR_RIGHT;
        if (op->detected && op->detected_by >= 0 && op->detected_by < d->nseats)
            d->seat[op->detected_by].detections++;
    }
    /* a seat's document: the detections it made itself, from its reports */
    if (!debrief_declassified(d) && d->viewer >= 0)
        for (int k = 0; k < c->nev; k++)
            d->seat[d->viewer].detections +=
                c->ev[k].kind == EV_DETECTED && c->ev[k].target == d->viewer;
    d->winner = debrief_declassified(d) || d->ended ? score_winner(&s->g) : -1;
}

/* ---- the AI's key reasons ---------------------------------------------------- */

static void build_reasons(struct debrief *d, const struct history *h)
{
    if (!h || !h->reasons)
        return;
    d->has_reasons = h->nreasons > 0;
    _Static_assert(AIR_COUNT <= 16, "a rule is a bit of uint16_t");
    uint16_t used[MAX_SEATS] = {0}; /* rules seen, bit per rule */
    for (int i = 0; i < h->nreasons; i++) {
        const struct reason *r = &h->reasons[i];
        if (r->seat < 0 || r->seat >= d->nseats || r->o.kind >= ORD_COUNT)
            continue;
        if (!debrief_declassified(d) && r->seat != d->viewer)
            continue; /* another seat's reasons: never read */
        int fam = order_family(r->o.kind);
        int hidden = fam == FAM_COVERT || fam == FAM_COUNTER;
        int rule = r->rule >= 0 && r->rule < AIR_COUNT ? r->rule : AIR_COUNT - 1;
        int first = !(used[r->seat] & (1u << rule));
        used[r->seat] |= (uint16_t)(1u << rule);
        if (!hidden && !first)
            continue;
        if (d->nreasons >= DB_MAX_REASONS) {
            d->reasons_dropped++;
            continue;
        }
        struct db_reason *x = &d->reasons[d->nreasons++];
        x->turn = r->turn;
        x->seat = r->seat;
        x->rule = r->rule;
        x->o = r->o;
        memcpy(x->text, r->text, sizeof x->text);
        x->text[sizeof x->text - 1] = '\0';
    }
    for (int k = 0; k < d->nops; k++) {
        struct db_op *op = &d->ops[k];
        for (int i = 0; i < d->nreasons && op->reason < 0; i++) {
            const struct db_reason *x = &d->reasons[i];
            if (x->turn == op->turn && x->seat == op->seat && x->o.kind == op->kind &&
                (!op->covert || x->o.target == op->aimed))
                op->reason = i;
        }
    }
}

/* ---- the whole --------------------------------------------------------------- */

/* The events the viewer was told of, each as it was told (view_event),
 * into a new array; NULL when out of memory. */
static struct event *seen_events(const struct event *ev, int n, int viewer, int *nseen)
{
    struct event *out = malloc((size_t)(n > 0 ? n : 1) * sizeof *out);
    *nseen = 0;
    for (int k = 0; out && k < n; k++)
        *nseen += view_event(&ev[k], viewer, &out[*nseen]);
    return out;
}

static void viewer_objectives(struct debrief *d, const struct game *g)
{
    if (d->viewer < 0)
        return;
    const struct seat *st = &g->seats[d->viewer];
    for (int k = 0; k < st->nobjectives && k < MAX_OBJECTIVES; k++)
        d->objectives[d->nobjectives++] = st->objectives[k];
}

/* The state of each snapshot the lessons read, and the centralisation
 * series, from the history. */
static void keep_states(struct dbctx *c, const struct history *h)
{
    for (int t = 0; t <= c->d->turns; t++) {
        c->d->centralisation[t] = h->state[t].centralisation;
        if (t < c->d->turns)
            c->pre[t + 1] = h->state[t];
    }
}

struct debrief *debrief_build_for(const struct session *s, const struct history *h,
                                  const struct lesson_book *book, int viewer)
{
    const struct game *g = &s->g;
    if (viewer != VIEW_FACILITATOR && viewer != VIEW_PUBLIC && (viewer < 0 || viewer >= g->nseats))
        return NULL;
    struct debrief *d = calloc(1, sizeof *d);
    struct dbctx *c = calloc(1, sizeof *c);
    struct session *rebuilt = NULL;
    struct event *seen = NULL;
    if (!h)
        h = s->hist;
    int turns = s->rec.nturns < MAX_TURNS ? s->rec.nturns : MAX_TURNS;
    if (!d || !c)
        goto fail;
    if (!h || h->nsnap < turns + 1) {
        /* kept too late, or not at all: the record replayed again */
        rebuilt = session_rebuilt(s, NULL);
        if (!rebuilt || !rebuilt->hist)
            goto fail;
        h = rebuilt->hist;
    }
    d->viewer = viewer;
    d->sc = g->sc;
    d->pub = g->pub;
    d->cat = g->cat;
    d->book = book;
    d->seed = g->seed;
    db_fmt(d->started_at, sizeof d->started_at, "%s", s->rec.started_at);
    d->nseats = g->nseats;
    d->nsectors = g->nsectors;
    d->turns = turns;
    d->scheduled = g->sc->turns;
    d->ended = g->phase == PHASE_ENDED;
    d->outcome = d->ended ? g->outcome : game_mandate_outcome(g);
    d->collapsed = g->collapsed;
    d->exact = !h->drift_turn;
    c->s = s;
    c->d = d;
    keep_states(c, h);
    c->ev = h->events;
    c->nev = h->nevents;
    if (!debrief_declassified(d)) {
        /* from here on, only what the viewer was told */
        seen = seen_events(c->ev, c->nev, viewer, &c->nev);
        if (!seen)
            goto fail;
        c->ev = seen;
    }
    index_turns(c);
    build_timeline(c);
    build_spying(d);
    build_turns(c);
    build_series(d, h);
    build_scores(c);
    build_reasons(d, h);
    if (debrief_declassified(d)) {
        db_lessons(c);
        if (!db_journal(d, s))
            goto fail;
    } else {
        viewer_objectives(d, g);
        db_notes(c);
    }
    free(seen);
    session_free(rebuilt);
    free(rebuilt);
    free(c);
    return d;
fail:
    free(seen);
    session_free(rebuilt);
    free(rebuilt);
    free(c);
    free(d);
    return NULL;
}

struct debrief *debrief_build(const struct session *s, const struct history *h,
                              const struct lesson_book *book)
{
    return debrief_build_for(s, h, book, VIEW_FACILITATOR);
}

void debrief_free(struct debrief *d)
{
    if (d)
        free(d->journal);
    free(d);
}

int debrief_declassified(const struct debrief *d)
{
    return d->viewer == VIEW_FACILITATOR;
}

int debrief_score_known(const struct debrief *d, int seat)
{
    return debrief_declassified(d) || d->ended || seat == d->viewer;
}
