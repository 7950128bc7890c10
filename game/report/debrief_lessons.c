/* debrief_lessons.c - when each learning objective of assets/RULES.md
 * section 1 came up in a game, its evidence and its HSEEP rating (the strengths,
 * areas for improvement, plan and questions are in debrief_points.c).
 *
 * An objective comes up only through what was played:
 *  1 national interests: a contingent courted the host government; or ran
 *    observe, intercept or cultivate_insider against a contingent that a
 *    secret objective of its capital names (dossiers_on, insider_in), or
 *    backdoored equipment holding a backdoor_live objective; or ended with
 *    such an objective completed (an influence objective only if it also
 *    courted the host).
 *  2 proximity: observe succeeded (it needs a shared sector), or
 *    retain_surveillance gave dossiers on contingents sharing a sector.
 *  3 insiders: an insider network reached developed or recruited, or was
 *    blown: found by a sweep, burnt by its exposure, or its operation
 *    detected.
 *  4 centralisation: an intrusion gave dossiers on contingents while the
 *    mission database stood at centralisation 2 or more, or the
 *    compromised database leaked to the spoilers.
 *  5 contingent-owned equipment and surveillance: retain_surveillance or
 *    backdoor_equipment was run, a contingent's communications took
 *    equipment a partner supplied (an inject's gift: a threat when it
 *    carried its supplier's backdoor), or an audit or a sweep found a
 *    backdoor.
 *  6 allies spy: observe, intercept or cultivate_insider was run between
 *    two contingents when either's trust in the other stood at
 *    DB_ALLY_TRUST or more at the start of the turn, or they had a pact.
 *  7 sharing shrinks: after a public incident a contingent lowered its
 *    share level or compartmentalised, or the intelligence pool fell below
 *    its starting level after an incident.
 *  8 weakest link: an intercept succeeded against a contingent whose
 *    communications security was below the catalogue's
 *    intercept_read_below, so that its orders - and the partners they
 *    name - could be read.
 *
 * The rating of an objective that came up: a piece of evidence may be a
 * threat - a hostile act the mission had to counter: an operation that
 * succeeded or was detected, an insider network, a leak (a failed
 * operation nobody saw is evidence, not a threat). Each threat scores 2
 * when it was detected and rightly attributed (or found by a sweep or an
 * audit), 1 when it was detected but not rightly attributed, 0 when
 * nobody saw it. Base: P when every threat scored 2 (or there was none),
 * S when the threats scored at least half of that, M when anything, U
 * when nothing. Objective 7 has no threats: its base is the pool at the
 * end against its start (P at 100% or more, S 75%, M 50%, else U). More
 * threats blamed on the wrong contingent than on the right one make it
 * at best M; the mandate caps the rating: partial at best S, failure at
 * best M. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../session/session.h"
#include "../text/evtext.h"
#include "../text/words.h"
#include "debrief_evidence.h"
#include "debrief_int.h"

/* ---- 1: national interests ------------------------------------------------- */

/* The secret objective of seat at turn t of one of two kinds naming
 * target, or -1. */
static int objective_on(const struct dbctx *c, int t, int seat, int kind1, int kind2, int target)
{
    const struct hist_state *st = &c->pre[t];
    const struct scenario *sc = c->d->sc;
    for (int k = 0; k < st->nobjectives[seat] && k < MAX_OBJECTIVES; k++) {
        int i = st->objectives[seat][k];
        if (i < 0 || i >= sc->nobjectives)
            continue;
        const struct objective_def *o = &sc->objectives[i];
        if ((o->kind == kind1 || o->kind == kind2) && (target < 0 || o->target == target))
            return i;
    }
    return -1;
}

static const char *objective_words(const struct debrief *d, const struct quiet *q, char *buf,
                                   size_t n)
{
    return db_fmt(buf, n, "It served its capital's secret objective: \"%s\"",
                  d->sc->objectives[q->extra].text);
}

static void lesson1(struct dbctx *c, struct db_lesson *L)
{
    struct debrief *d = c->d;
    struct quiet q[MAX_QUIET];
    int nq = 0;
    unsigned courted = 0;
    for (int k = 0; k < d->nops; k++) {
        const struct db_op *op = &d->ops[k];
        int obj = -1;
        if (op->kind == ORD_COURT) {
            courted |= 1u << op->seat;
            dbl_add_op(d, L, k, "");
            continue;
        }
        if (op->kind == ORD_OBSERVE || op->kind == ORD_INTERCEPT || op->kind == ORD_INSIDER)
            obj = dbl_is_seat(d, op->target) ? objective_on(c, op->turn, op->seat, OBJ_DOSSIERS_ON,
                                                        OBJ_INSIDER_IN, op->target)
                                         : -1;
        else if (op->kind == ORD_BACKDOOR)
            obj = objective_on(c, op->turn, op->seat, OBJ_BACKDOOR_LIVE, -1, -1);
        if (obj < 0 || dbl_quiet_add(d, q, &nq, k, obj))
            continue;
        char x[DB_TEXT];
        db_fmt(x, sizeof x, "It served its capital's secret objective: \"%s\"",
               d->sc->objectives[obj].text);
        dbl_add_op(d, L, k, x);
    }
    dbl_quiet_flush(d, L, q, nq, objective_words);
    for (int i = 0; i < d->nseats; i++) {
        const struct seat *st = &c->s->g.seats[i];
        for (int k = 0; k < st->nobjectives && k < MAX_OBJECTIVES; k++) {
            int idx = st->objectives[k];
            if (!d->seat[i].national.done[k] || idx < 0 || idx >= d->sc->nobjectives)
                continue;
            const struct objective_def *o = &d->sc->objectives[idx];
            int national = o->kind == OBJ_DOSSIERS_ON || o->kind == OBJ_INSIDER_IN ||
                           o->kind == OBJ_BACKDOOR_LIVE ||
                           (o->kind == OBJ_INFLUENCE && (courted & (1u << i)));
            if (!national)
                continue;
            struct db_evidence *e =
                dbl_add_ev(L, 1, d->turns,
                       "%s %s its capital's secret objective: \"%s\" "
                       "(%d points)",
                       debrief_seat(d, i), d->ended ? "completed" : "holds", o->text, o->points);
            if (e)
                e->seat = i;
        }
    }
}

/* ---- 2: proximity ------------------------------------------------------------ */

static void lesson2(struct dbctx *c, struct db_lesson *L)
{
    struct debrief *d = c->d;
    for (int k = 0; k < d->nops; k++) {
        const struct db_op *op = &d->ops[k];
        if (op->kind == ORD_OBSERVE && op->success)
            dbl_add_op(d, L, k, "Observing needs a shared sector: the two were deployed side by side");
        else if (op->kind == ORD_RETAIN && op->success && op->dossiers > 0) {
            char x[DB_TEXT], who[DB_TEXT];
            db_fmt(x, sizeof x,
                   "Its patrols' own surveillance recorded %s, deployed in "
                   "its sectors",
                   dbl_seat_list(d, op->on, who, sizeof who));
            dbl_add_op(d, L, k, x);
        }
    }
    (void)c;
}

/* ---- 3: insiders ------------------------------------------------------------- */

struct network {
    int holder, target;
    int start, developed, recruited; /* turns, 0 = never */
    int end;                         /* turn it ended, 0 = alive */
    int how;                         /* 1 found by a sweep, 2 burnt by its
                                      * exposure, 3 its operation detected */
    int blamed, attribution;
};

static void network_text(const struct debrief *d, const struct network *w, char *buf, size_t n)
{
    static const char *const how[] = {
        "",
        "found by %s's sweep",
        "burnt by its own exposure",
        "its operation detected by %s",
    };
    if (!w->start && w->how == 3) { /* no approach succeeded: never a network */
        db_fmt(buf, n,
               "%s tried to cultivate an insider in %s: the approach failed and was "
               "detected by %s",
               debrief_seat(d, w->holder), debrief_seat(d, w->target),
               debrief_seat(d, w->target));
    } else {
        db_fmt(buf, n, "%s's insider network in %s:", debrief_seat(d, w->holder),
               debrief_seat(d, w->target));
        if (w->start)
            db_cat(buf, n, " approached turn %d", w->start);
        if (w->developed)
            db_cat(buf, n, ", developed turn %d", w->developed);
        if (w->recruited)
            db_cat(buf, n, ", recruited turn %d (reporting every turn after)", w->recruited);
        if (!w->end) {
            db_cat(buf, n, "; still in place at the end");
            return;
        }
        db_cat(buf, n, "; blown turn %d, ", w->end);
        if (w->how == 2)
            db_cat(buf, n, "%s", how[2]);
        else
            db_cat(buf, n, w->how == 1 ? how[1] : how[3], debrief_seat(d, w->target));
    }
    if (w->how != 2) {
        char b[NAME_LEN + 32];
        db_cat(buf, n, " (%s)",
               evtext_blame_aside(d->pub, w->blamed, w->attribution, b, sizeof b));
    }
}

static void lesson3(struct dbctx *c, struct db_lesson *L)
{
    struct debrief *d = c->d;
    struct network nets[MAX_SEATS * MAX_INSIDERS * 2];
    int nnet = 0, cap = (int)(sizeof nets / sizeof nets[0]);
    for (int t = 1; t <= d->turns; t++) {
        int dend = db_defence_end(c, t);
        for (int k = c->first[t]; k < c->end[t]; k++) {
            const struct event *e = &c->ev[k];
            int holder = e->actor, target = e->target;
            if (e->kind == EV_COVERT && e->order == ORD_INSIDER && e->blamed != -2)
                ; /* detected: the network is lost */
            else if (e->kind != EV_INSIDER && e->kind != EV_INSIDER_BLOWN)
                continue;
            if (!dbl_is_seat(d, holder) || !dbl_is_seat(d, target))
                continue;
            struct network *w = NULL;
            for (int i = 0; i < nnet && !w; i++)
                if (nets[i].holder == holder && nets[i].target == target && !nets[i].end)
                    w = &nets[i];
            if (!w) {
                if (nnet >= cap)
                    continue;
                w = &nets[nnet++];
                memset(w, 0, sizeof *w);
                w->holder = holder;
                w->target = target;
                w->blamed = -1;
            }
            if (e->kind == EV_INSIDER) {
                if (e->a >= STAGE_APPROACHED && !w->start)
                    w->start = t;
                if (e->a >= STAGE_DEVELOPED && !w->developed)
                    w->developed = t;
                if (e->a >= STAGE_RECRUITED && !w->recruited)
                    w->recruited = t;
                continue;
            }
            w->end = t;
            w->blamed = e->blamed;
            if (e->kind == EV_COVERT) {
                w->how = 3;
                w->attribution = e->blamed == holder ? ATTR_RIGHT
                                 : e->blamed >= 0    ? ATTR_WRONG
                                                     : ATTR_UNKNOWN;
            } else {
                w->how = k < dend ? 1 : 2;
                w->attribution = e->outcome;
            }
        }
    }
    for (int i = 0; i < nnet; i++) {
        const struct network *w = &nets[i];
        if (!w->developed && !w->end)
            continue; /* approached only: nothing yet */
        char b[DB_TEXT];
        network_text(d, w, b, sizeof b);
        int turn = w->recruited ? w->recruited : w->developed ? w->developed : w->end;
        struct db_evidence *e = dbl_add_ev(L, 1, turn, "%s", b);
        if (!e)
            continue;
        e->seat = w->holder;
        e->target = w->target;
        e->order = ORD_INSIDER;
        e->stage = w->recruited ? STAGE_RECRUITED : w->developed ? STAGE_DEVELOPED
                   : w->start   ? STAGE_APPROACHED : 0;
        e->threat = 1;
        e->detected = w->how == 1 || w->how == 3;
        e->countered = e->detected && w->attribution == ATTR_RIGHT;
        e->wrong = e->detected && w->attribution == ATTR_WRONG;
    }
}

/* ---- 4: centralisation --------------------------------------------------------- */

/* 1 when an audit at or after turn t found seat's network implant at HQ
 * and rightly named it. */
static int implant_found_later(const struct dbctx *c, int seat, int t, int *when)
{
    for (int tt = t; tt <= c->d->turns; tt++)
        for (int k = c->first[tt]; k < c->end[tt]; k++) {
            const struct event *e = &c->ev[k];
            if (e->kind == EV_IMPLANT_FOUND && e->target == TARGET_HQ && e->blamed == seat &&
                e->outcome == ATTR_RIGHT) {
                *when = tt;
                return 1;
            }
        }
    return 0;
}

/* 1 when the leak at event k follows a blown insider network (its leak
 * belongs to objective 3), not the database. */
static int insider_leak(const struct dbctx *c, int t, int k)
{
    for (int i = k - 1; i >= c->first[t]; i--) {
        if (c->ev[i].kind == EV_TRUST)
            continue;
        return c->ev[i].kind == EV_INSIDER_BLOWN;
    }
    return 0;
}

static void lesson4(struct dbctx *c, struct db_lesson *L)
{
    struct debrief *d = c->d;
    for (int k = 0; k < d->nops; k++) {
        const struct db_op *op = &d->ops[k];
        if (op->kind != ORD_INTRUDE || !op->success || op->dossiers == 0)
            continue;
        /* the contribution phase, before every covert operation, is the
         * only one in a turn that moves centralisation */
        int level = db_central_at(c, op->turn, c->end[op->turn]);
        if (level < 2)
            continue;
        char x[DB_TEXT], who[DB_TEXT];
        db_fmt(x, sizeof x,
               "The database stood at centralisation %d: it gave %d dossier%s "
               "on %s, who had shared with the mission",
               level, op->dossiers, words_s(op->dossiers),
               dbl_seat_list(d, op->on, who, sizeof who));
        struct db_evidence *e = dbl_add_op(d, L, k, x);
        int when;
        if (e && !e->countered && implant_found_later(c, op->seat, op->turn, &when)) {
            e->countered = e->detected = 1;
            e->wrong = 0;
            db_cat(e->text, sizeof e->text, "; its implant was found by an audit on turn %d", when);
        }
    }
    for (int t = 1; t <= d->turns; t++)
        for (int k = c->first[t]; k < c->end[t]; k++) {
            const struct event *e = &c->ev[k];
            if (e->kind == EV_LEAK && !insider_leak(c, t, k)) {
                struct db_evidence *x = dbl_add_ev(
                    L, 1, t,
                    "The compromised mission database leaked to the spoilers in %s "
                    "(threat %+d)%s%s",
                    e->sector >= 0 && e->sector < d->nsectors ? d->sc->sectors[e->sector].name
                                                              : "a sector",
                    e->a, dbl_is_seat(d, e->target) ? ": it exposed the broadest sharer, " : "",
                    dbl_is_seat(d, e->target) ? debrief_seat(d, e->target) : "");
                if (x) {
                    x->target = e->target;
                    x->threat = 1;
                }
            } else if (e->kind == EV_IMPLANT_FOUND && e->target == TARGET_HQ && L->arose) {
                char b[NAME_LEN + 32];
                struct db_evidence *x = dbl_add_ev(
                    L, 0, t, "%s's audit found a network implant at mission HQ (%s)",
                    debrief_seat(d, e->actor),
                    evtext_blame_aside(d->pub, e->blamed, e->outcome, b, sizeof b));
                if (x) {
                    x->seat = e->actor;
                    x->target = TARGET_HQ;
                    x->order = ORD_AUDIT;
                    x->detected = 1;
                    x->countered = e->outcome == ATTR_RIGHT;
                }
            }
        }
}

/* ---- 5: contingent-owned equipment and surveillance ------------------------ */

/* "audit" or "sweep": how a backdoor was found. */
static const char *finding(int order)
{
    return order == ORD_SWEEP ? "sweep" : "audit";
}

/* Whether item's backdoor was found from turn from on: when, by whom and
 * how ("audit" or "sweep"). */
static int backdoor_found(const struct dbctx *c, int item, int from, int *when, int *by,
                          const char **how)
{
    for (int t = from; t <= c->d->turns; t++)
        for (int k = c->first[t]; k < c->end[t]; k++)
            if (c->ev[k].kind == EV_BACKDOOR_FOUND && c->ev[k].a == item) {
                *when = t;
                *by = c->ev[k].actor;
                *how = finding(c->ev[k].order);
                return 1;
            }
    return 0;
}

/* Whether item came with its supplier's backdoor: backdoored at the end
 * and by no backdoor_equipment order of the game. */
static int gift_backdoored(const struct dbctx *c, int item)
{
    if (item < 0 || item >= c->s->g.neq || !c->s->g.eq[item].backdoor)
        return 0;
    for (int k = 0; k < c->d->nops; k++)
        if (c->d->ops[k].kind == ORD_BACKDOOR && c->d->ops[k].item == item)
            return 0;
    return 1;
}

/* Equipment a partner supplied to a contingent's communications (e, an
 * inject's gift at turn t): evidence, a threat when it was backdoored,
 * countered when found. */
static void gift_evidence(struct dbctx *c, struct db_lesson *L, const struct event *e, int t)
{
    struct debrief *d = c->d;
    int item = e->a, bad = gift_backdoored(c, item), when, by;
    const char *how;
    int found = bad && backdoor_found(c, item, t, &when, &by, &how);
    char x[DB_TEXT];
    db_fmt(x, sizeof x, "%s supplied equipment item %d to %s's communications",
           debrief_seat(d, e->actor), item + 1, debrief_seat(d, e->target));
    if (!bad)
        db_cat(x, sizeof x, ": clean, though its maker knows it");
    else if (found)
        db_cat(x, sizeof x, ". Its hidden backdoor gave %s %s's traffic and orders until %s's "
               "%s found it on turn %d", debrief_seat(d, e->actor), debrief_seat(d, e->target),
               debrief_seat(d, by), how, when);
    else
        db_cat(x, sizeof x, ". Its hidden backdoor gave %s %s's traffic and orders, "
               "never found", debrief_seat(d, e->actor), debrief_seat(d, e->target));
    struct db_evidence *v = dbl_add_ev(L, 1, t, "%s", x);
    if (!v)
        return;
    v->seat = e->actor;
    v->target = e->target;
    v->threat = bad;
    v->detected = v->countered = found;
}

static void lesson5(struct dbctx *c, struct db_lesson *L)
{
    struct debrief *d = c->d;
    for (int k = 0; k < d->nops; k++) {
        const struct db_op *op = &d->ops[k];
        if (op->kind == ORD_RETAIN) {
            dbl_add_op(d, L, k,
                   op->success ? "Data its patrols' own sensors gathered went to "
                                 "its capital, out of the mission's control"
                               : "");
        } else if (op->kind == ORD_BACKDOOR) {
            int when, by;
            const char *how;
            char x[DB_TEXT] = "";
            int found = op->item >= 0 && backdoor_found(c, op->item, op->turn, &when, &by, &how);
            int user = op->item >= 0 && op->item < c->s->g.neq ? c->s->g.eq[op->item].user : -1;
            if (op->item >= 0 && dbl_is_seat(d, user))
                db_fmt(x, sizeof x,
                       "Equipment item %d it supplied to %s's communications carried "
                       "%s's traffic and orders to its capital",
                       op->item + 1, debrief_seat(d, user), debrief_seat(d, user));
            else if (op->item >= 0)
                db_fmt(x, sizeof x,
                       "Equipment item %d it gave the mission network carried "
                       "the mission's traffic to its capital",
                       op->item + 1);
            if (found)
                db_cat(x, sizeof x, "%suntil %s's %s found it on turn %d", x[0] ? " " : "",
                       debrief_seat(d, by), how, when);
            struct db_evidence *e = dbl_add_op(d, L, k, x);
            if (e && found) {
                e->threat = e->detected = e->countered = 1;
                e->wrong = 0;
            }
        }
    }
    for (int t = 1; t <= d->turns; t++)
        for (int k = c->first[t]; k < c->end[t]; k++) {
            const struct event *e = &c->ev[k];
            if (e->kind == EV_EQUIPMENT && dbl_is_seat(d, e->target) && dbl_is_seat(d, e->actor)) {
                gift_evidence(c, L, e, t);
                continue;
            }
            if (e->kind != EV_BACKDOOR_FOUND)
                continue;
            struct db_evidence *x =
                dbl_is_seat(d, e->target)
                    ? dbl_add_ev(L, 1, t,
                             "%s's %s found a backdoor in equipment item %d of %s's "
                             "communications, supplied by %s",
                             debrief_seat(d, e->actor), finding(e->order), e->a + 1,
                             debrief_seat(d, e->target), debrief_seat(d, e->blamed))
                    : dbl_add_ev(L, 1, t,
                             "%s's audit of the mission network found "
                             "a backdoor in equipment item %d, supplied by %s",
                             debrief_seat(d, e->actor), e->a + 1, debrief_seat(d, e->blamed));
            if (x) {
                x->seat = e->actor;
                x->target = e->blamed;
                x->order = e->order == ORD_SWEEP ? ORD_SWEEP : ORD_AUDIT;
                x->detected = x->countered = 1;
            }
        }
}

/* ---- 6: allies spy -------------------------------------------------------------- */

static const char *partner_words(const struct debrief *d, const struct quiet *q, char *buf,
                                 size_t n)
{
    (void)q;
    (void)d;
    return db_fmt(buf, n, "The two were partners (trust %d or more, or a pact)", DB_ALLY_TRUST);
}

static void lesson6(struct dbctx *c, struct db_lesson *L)
{
    struct debrief *d = c->d;
    struct quiet q[MAX_QUIET];
    int nq = 0;
    for (int k = 0; k < d->nops; k++) {
        const struct db_op *op = &d->ops[k];
        if (op->kind != ORD_OBSERVE && op->kind != ORD_INTERCEPT && op->kind != ORD_INSIDER)
            continue;
        if (!dbl_is_seat(d, op->target) || op->turn < 1)
            continue;
        int a = op->seat, b = op->target, t = op->turn;
        int ab = d->trust[t - 1][a][b], ba = d->trust[t - 1][b][a];
        int pact = (c->pre[t].pacts[a] >> b) & 1;
        if (ab < DB_ALLY_TRUST && ba < DB_ALLY_TRUST && !pact)
            continue;
        if (dbl_quiet_add(d, q, &nq, k, 0))
            continue;
        char x[DB_TEXT];
        db_fmt(x, sizeof x, "%s's trust in %s stood at %d and %s's in it at %d%s",
               debrief_seat(d, a), debrief_seat(d, b), ab, debrief_seat(d, b), ba,
               pact ? "; the two had an intelligence-sharing pact" : "");
        dbl_add_op(d, L, k, x);
    }
    dbl_quiet_flush(d, L, q, nq, partner_words);
}

/* ---- 7: sharing shrinks ----------------------------------------------------------- */

static void lesson7(struct dbctx *c, struct db_lesson *L)
{
    struct debrief *d = c->d;
    int compartments[MAX_SEATS] = {0}, first_comp[MAX_SEATS] = {0};
    for (int t = 1; t <= d->turns; t++) {
        const struct record_turn *rec = &c->s->rec.turns[t - 1];
        const struct hist_state *st = &c->pre[t];
        if (st->incidents == 0)
            continue;
        for (int i = 0; i < d->nseats; i++)
            for (int k = 0; k < rec->norders[i] && k < MAX_ORDERS; k++) {
                const struct order *o = &rec->orders[i][k];
                if (o->kind == ORD_SHARE && o->level < st->share[i]) {
                    struct db_evidence *e =
                        dbl_add_ev(L, 1, t,
                               "%s cut its sharing with the mission from %s to %s, after "
                               "%d public incident%s",
                               debrief_seat(d, i), share_name(st->share[i]), share_name(o->level),
                               st->incidents, words_s(st->incidents));
                    if (e) {
                        e->seat = i;
                        e->order = ORD_SHARE;
                    }
                } else if (o->kind == ORD_COMPARTMENT) {
                    if (!compartments[i]++)
                        first_comp[i] = t;
                }
            }
    }
    for (int i = 0; i < d->nseats; i++) {
        if (!compartments[i])
            continue;
        struct db_evidence *e = dbl_add_ev(
            L, 1, first_comp[i],
            "%s compartmentalised on %d turn%s from turn %d, after "
            "%d public incident%s: it shared less and its own mandate operations lost "
            "effect",
            debrief_seat(d, i), compartments[i], words_s(compartments[i]), first_comp[i],
            c->pre[first_comp[i]].incidents, words_s(c->pre[first_comp[i]].incidents));
        if (e) {
            e->seat = i;
            e->order = ORD_COMPARTMENT;
        }
    }
    for (int t = 1; t <= d->turns; t++) {
        int incidents = c->pre[t].incidents + d->turn[t].incidents;
        if (d->pool[t] < d->pool[0] && incidents > 0) {
            dbl_add_ev(L, 1, t,
                   "The mission's intelligence pool fell to %d, below its "
                   "starting %d, after %d public incident%s",
                   d->pool[t], d->pool[0], incidents, words_s(incidents));
            break;
        }
    }
}

/* ---- 8: the weakest link ------------------------------------------------------- */

static void lesson8(struct dbctx *c, struct db_lesson *L)
{
    struct debrief *d = c->d;
    int below = d->cat->rules.intercept_read_below;
    for (int k = 0; k < d->nops; k++) {
        const struct db_op *op = &d->ops[k];
        if (op->kind != ORD_INTERCEPT || !op->success || !dbl_is_seat(d, op->target))
            continue;
        int comms = db_comms_at_covert(c, op->turn, op->target);
        if (comms >= below)
            continue;
        char x[DB_TEXT];
        db_fmt(x, sizeof x,
               "%s's communications security was %d, below the %d that keeps "
               "orders unread",
               debrief_seat(d, op->target), comms, below);
        dbl_add_op(d, L, k, x);
        /* what reading its orders the next turn exposed */
        int t = op->turn + 1, read = 0, others = 0;
        char who[DB_TEXT] = "";
        for (int i = t <= d->turns ? c->first[t] : 0; t <= d->turns && i < c->end[t]; i++) {
            const struct event *e = &c->ev[i];
            if (e->kind != EV_ORDERS_READ || e->actor != op->seat || e->target != op->target)
                continue;
            read++;
            int other = e->b;
            if (e->order >= 0 && e->order < ORD_COUNT && dbl_is_seat(d, other) && other != op->seat) {
                others++;
                db_cat(who, sizeof who, "%s%s with or against %s", who[0] ? ", " : "",
                       debrief_order(d, e->order), debrief_seat(d, other));
            }
        }
        if (read) {
            struct db_evidence *e =
                dbl_add_ev(L, 0, t, "%s read %d of %s's orders%s%s", debrief_seat(d, op->seat), read,
                       debrief_seat(d, op->target), others ? ", exposing its partners: " : "", who);
            if (e) {
                e->seat = op->seat;
                e->target = op->target;
                e->order = ORD_INTERCEPT;
            }
        }
    }
    if (!L->arose)
        return;
    for (int k = 0; k < d->nops; k++) {
        const struct db_op *op = &d->ops[k];
        if (op->kind != ORD_HARDEN)
            continue;
        int was_low = 0;
        for (int j = 0; j < L->nev; j++)
            was_low |= L->ev[j].threat && L->ev[j].target == op->seat && L->ev[j].turn <= op->turn;
        if (!was_low)
            continue;
        struct db_evidence *e = dbl_add_ev(L, 0, op->turn, "%s hardened its communications (%s)",
                                       debrief_seat(d, op->seat), op->result);
        if (e) {
            e->seat = op->seat;
            e->order = ORD_HARDEN;
        }
    }
}

void db_lessons(struct dbctx *c)
{
    struct debrief *d = c->d;
    void (*detect[LESSON_COUNT])(struct dbctx *, struct db_lesson *) = {
        lesson1, lesson2, lesson3, lesson4, lesson5, lesson6, lesson7, lesson8,
    };
    for (int k = 0; k < LESSON_COUNT; k++) {
        struct db_lesson *L = &d->lesson[k];
        memset(L, 0, sizeof *L);
        L->number = k + 1;
        if (d->turns > 0)
            detect[k](c, L);
        if (!L->arose)
            L->nev = L->dropped = 0;
        dbl_sort_evidence(L);
        dbl_rate(d, L);
    }
    db_points(c);
}
