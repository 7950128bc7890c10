/* ai_master.c - the master level. It asks the expert for a few plans
 * (its own first, then with its appetites tilted one way each), draws
 * worlds it can
 * believe in from its own view (ai_world.c), lets every other seat decide
 * in each world as the standard AI of a believed personality would, plays
 * each plan forward a week with the engine, values it by its margin over
 * the best rival now and as the end would count it, and gives another
 * plan than the expert's only when it ends ahead of it world by world
 * beyond the noise of the draws. Its budget is counted in simulated decisions
 * (ai_master.h), never timed, and its worlds are drawn from the decision's
 * own generator: the same seed gives the same game. */
#include "ai_master.h"

#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/record.h"
#include "../core/score.h"
#include "../core/view.h"

#define AIM_PLANS 6              /* the expert's plan and up to five others */
#define AIM_WORLDS_MIN 2         /* fewer is no look ahead: the expert's plan */
#define AIM_WORLDS_MAX 32        /* more (--think 6: 32) measured no better */
/* Weeks played forward. Measured over 2,000 default games per seat with
 * the tilted plans (tools/master-figures.py), two weeks did worse than one
 * in 4 of 5 seats (win rate over the expert's +13 points summed over the
 * seats against +17): the second week's decisions cost worlds. */
#define AIM_WEEKS 1
/* Standard errors by which another plan must beat the expert's first on
 * average: the winner of several noisy estimates is flattered by its
 * noise. Over 2,000 games per seat, 1.0 did better than 1.5 (the sum of
 * the seats' gains in win rate +21.5 points against +17.4; 0.5: +23.5,
 * but more chance winners). */
#define AIM_MARGIN 1.0

_Static_assert(AI_THINK_MAX == RECORD_THINK_MAX, "a save keeps any --think");

struct aim_plan {
    struct ai_choice c[MAX_ORDERS];
    int n;
    int tilt;                    /* its aim_tilts entry */
    struct ai_mind mind;         /* the mind once it chose this plan */
    long total;                  /* its values (aim_value) summed over worlds */
    int value[AIM_WORLDS_MAX];   /* what it is worth in each world (aim_value) */
    int ok[MAX_ORDERS], seen[MAX_ORDERS], ran[MAX_ORDERS];  /* covert: per order */
    int gain[MAX_ORDERS];        /* mandate: stability gained, summed */
    int up[MAX_ORDERS];          /* mandate: worlds in which it gained */
};

struct aim_work {
    struct scenario sc;          /* the book the seat believes in */
    struct game base, world, run;
    struct view view;            /* a seat's view of a world */
    struct aim_plan plan[AIM_PLANS];
    int nplans;
    struct order orders[MAX_SEATS][MAX_ORDERS];   /* the others' first week */
    int norders[MAX_SEATS];
    struct ai_mind minds[MAX_SEATS];
    const struct personality *who[MAX_SEATS];    /* the others, as believed */
    int worlds, weeks;
};

static int same_plan(const struct aim_plan *a, const struct aim_plan *b)
{
    if (a->n != b->n)
        return 0;
    for (int i = 0; i < a->n; i++)
        if (memcmp(&a->c[i].o, &b->c[i].o, sizeof a->c[i].o) != 0)
            return 0;
    return 1;
}

/* Public blames on us this week, by victim, into the mind (once a week):
 * each is a piece of evidence the victim holds against us. */
static void remember_blames(const struct view *v, struct ai_mind *m)
{
    if (m->blamed_turn == v->turn)
        return;
    m->blamed_turn = v->turn;
    for (int k = 0; k < v->nevents; k++) {
        const struct event *e = &v->events[k];
        if ((e->kind == EV_INCIDENT || e->kind == EV_INSIDER_BLOWN ||
             e->kind == EV_IMPLANT_FOUND || e->kind == EV_BACKDOOR_FOUND) &&
            e->blamed == v->seat && e->target >= 0 && e->target < MAX_SEATS)
            m->blamed_by[e->target]++;
    }
}

/* The candidate plans: the expert's own (first: kept on a tie), then the
 * expert's with its appetites tilted one way each (aim_tilts), on
 * generators of their own, duplicates dropped. A tilt changes what the
 * plan does (a covert operation dropped for the mandate, another target,
 * counter-intelligence, less shared), where the expert's noise alone
 * mostly gave its own plan again. The standard level's plans were tried
 * as variants: they lose the expert's finer rules and did worse. */
struct aim_tilt {
    const char *what;            /* what the plan does otherwise, for reasons */
    int mandate, collection, security, influence, risk, share;
};
static const struct aim_tilt aim_tilts[] = {
    { "the expert's plan", 0, 0, 0, 0, 0, 0 },
    { "a bolder collection", -15, 30, 0, 0, 25, 0 },
    { "the mandate first", 30, -35, 0, 0, -25, 0 },
    { "guarding our secrets", 0, -10, 40, 0, -10, -1 },
    { "courting the host", -10, 0, 0, 40, 0, 0 },
    { "sharing less", 0, 10, 10, 0, 0, -2 },
};
#define AIM_TILTS ((int)(sizeof aim_tilts / sizeof aim_tilts[0]))

static int clamp100(int x)
{
    return x < 0 ? 0 : x > 100 ? 100 : x;
}

static void tilt(struct personality *t, const struct personality *p, const struct aim_tilt *d)
{
    *t = *p;
    t->w_mandate = clamp100(p->w_mandate + d->mandate);
    t->w_collection = clamp100(p->w_collection + d->collection);
    t->w_security = clamp100(p->w_security + d->security);
    t->w_influence = clamp100(p->w_influence + d->influence);
    t->risk = clamp100(p->risk + d->risk);
    t->share = p->share + d->share < 0 ? 0 : p->share + d->share > 2 ? 2 : p->share + d->share;
}

static void make_plans(struct aim_work *w, const struct view *v, const struct personality *p,
                       struct rng *rng, const struct ai_mind *mind, int max, int reasons)
{
    uint64_t seed = rng_next(rng);
    w->nplans = 0;
    for (int k = 0; k < AIM_PLANS; k++) {
        struct aim_plan *pl = &w->plan[w->nplans];
        struct rng r;
        struct personality t;
        rng_seed(&r, seed, (uint64_t)k + 1);
        tilt(&t, p, &aim_tilts[k]);
        pl->tilt = k;
        pl->mind = *mind;
        pl->n = ai_decide(v, &t, AI_EXPERT, k ? &r : rng, &pl->mind, pl->c, max, reasons);
        pl->total = 0;
        memset(pl->ok, 0, sizeof pl->ok);
        memset(pl->seen, 0, sizeof pl->seen);
        memset(pl->ran, 0, sizeof pl->ran);
        memset(pl->gain, 0, sizeof pl->gain);
        memset(pl->up, 0, sizeof pl->up);
        int dup = 0;
        for (int j = 0; j < w->nplans && !dup; j++)
            dup = same_plan(&w->plan[j], pl);
        if (!dup)
            w->nplans++;
    }
}

/* Orders of a plan a world can play: an answer to an inject is left out
 * (a believed world has no injects; it is the same in every plan). */
static int playable(const struct aim_plan *pl, struct order *o)
{
    int n = 0;
    for (int i = 0; i < pl->n; i++)
        if (pl->c[i].o.kind != ORD_RESPOND)
            o[n++] = pl->c[i].o;
    return n;
}

/* A copy of a world between weeks (its events list empty: half of a
 * game's bytes are the events' slots, which need no copy). The fields
 * after the slots (which kinds of event it keeps) are copied too: left
 * out, the worlds kept no events and foresaw no covert outcome. */
static void copy_world(struct game *to, const struct game *from)
{
    size_t slots = offsetof(struct game, events), tail = slots + sizeof from->events;
    memcpy(to, from, slots);
    memcpy((char *)to + tail, (const char *)from + tail, sizeof *to - tail);
    to->nevents = 0;
    to->events_dropped = 0;
}

/* Seat's decision in g (its view built into w->view), stored in g.
 * same: w->view holds another seat's view of g as it stands (but in
 * seats' orders), whose public part is kept (VIEW_SAME_WEEK): half of a
 * world's cost was building views whole. */
static void decide_in(struct aim_work *w, struct game *g, int seat, const struct personality *p,
                      int level, struct ai_mind *m, uint64_t seed, int same)
{
    struct ai_choice c[MAX_ORDERS];
    struct order o[MAX_ORDERS];
    struct rng r;
    rng_seed(&r, seed, (uint64_t)(g->turn * MAX_SEATS + seat) + 16);
    view_rebuild(g, seat, &w->view, VIEW_LEAN | (same ? VIEW_SAME_WEEK : 0));
    int n = ai_decide(&w->view, p, level, &r, m, c, MAX_ORDERS, 0);
    for (int i = 0; i < n; i++)
        o[i] = c[i].o;
    game_store_orders(g, seat, o, n);
}

/* What plan pl's orders did in the week just resolved in g. */
static void foresee(struct aim_plan *pl, const struct game *g, int me)
{
    for (int i = 0; i < pl->n; i++) {
        const struct order *o = &pl->c[i].o;
        int covert = order_family(o->kind) == FAM_COVERT;
        for (int k = 0; k < g->nevents; k++) {
            const struct event *e = &g->events[k];
            if (e->actor != me || e->order != o->kind)
                continue;
            if (covert && e->kind == EV_COVERT &&
                (o->target < 0 || o->target >= MAX_SEATS || e->target == o->target)) {
                pl->ran[i]++;
                pl->ok[i] += e->outcome == 1;
                pl->seen[i] += e->blamed != -2;
                break;
            }
            if (!covert && e->kind == EV_MANDATE_OP && e->sector == o->sector) {
                pl->gain[i] += e->a;
                pl->up[i] += e->a > 0;
                break;
            }
        }
    }
}

/* Seat me's national score in g less the best of the others' (raw:
 * before the mandate's factor, which is judged at the end, not now). */
static int aim_margin(const struct game *g, int me)
{
    struct score s;
    int best = -1000000;
    for (int i = 0; i < g->nseats; i++) {
        if (i == me)
            continue;
        score_seat(g, i, &s);
        best = s.raw > best ? s.raw : best;
    }
    score_seat(g, me, &s);
    return s.raw - best;
}

/* What a world at the horizon is worth to seat me: its margin now plus
 * its margin as the last week would count it (a dossier scores then only
 * if it is still fresh), in half-points of the two's mean. The end alone
 * sees no worth in a dossier that will be stale by then and turned the
 * collectors away from collection (kestria lost 5 points a game); now
 * alone forgets that the end is what scores. g is scratch: its clock is
 * moved on. */
static int aim_value(struct game *g, int me)
{
    int now = aim_margin(g, me);
    if (g->turn < g->sc->turns)
        g->turn = g->sc->turns;
    return now + aim_margin(g, me);
}

/* The plan to give: the expert's (plan 0) unless another beats it world
 * by world, on average, by more than the noise of the worlds' draws
 * (a paired comparison: each plan met the same worlds). */
static int aim_pick(const struct aim_work *w)
{
    int best = 0;
    double best_gain = 0;
    for (int j = 1; j < w->nplans; j++) {
        double sum = 0, sq = 0;
        for (int k = 0; k < w->worlds; k++) {
            double d = w->plan[j].value[k] - w->plan[0].value[k];
            sum += d;
            sq += d * d;
        }
        double n = w->worlds, mean = sum / n, var = sq / n - mean * mean;
        /* mean > AIM_MARGIN standard errors */
        if (mean > best_gain && mean * mean * n > AIM_MARGIN * AIM_MARGIN * var) {
            best = j;
            best_gain = mean;
        }
    }
    return best;
}

/* Plays plan pl forward from w->world, whose other seats' first week is
 * in w->orders: what it is worth in that world (aim_value). */
static void play_plan(struct aim_work *w, struct aim_plan *pl, const struct personality *p,
                      int me, uint64_t seed, int world)
{
    struct game *g = &w->run;
    copy_world(g, &w->world);
    struct order o[MAX_ORDERS];
    for (int i = 0; i < g->nseats; i++)
        if (i != me)
            game_store_orders(g, i, w->orders[i], w->norders[i]);
    game_store_orders(g, me, o, playable(pl, o));
    game_resolve(g);
    foresee(pl, g, me);
    struct ai_mind minds[MAX_SEATS];
    memcpy(minds, w->minds, sizeof minds);
    minds[me] = pl->mind;
    for (int week = 1; week < w->weeks && g->phase == PHASE_ORDERS; week++) {
        for (int i = 0; i < g->nseats; i++)
            decide_in(w, g, i, i == me ? p : w->who[i], i == me ? AI_EXPERT : AI_STANDARD,
                      &minds[i], seed, i > 0);
        game_resolve(g);
    }
    pl->value[world] = aim_value(g, me);
    pl->total += pl->value[world];
}

/* Worlds and weeks the budget buys (ai_master.h): the plans' own
 * decisions, then per world the others' first decisions and each plan's
 * weeks (a week after the first: every seat decides, then it is played). */
static void plan_budget(struct aim_work *w, const struct view *v, int think)
{
    long units = (long)(think > 0 ? think : AI_THINK_DEFAULT) * AIM_UNITS_PER_MS
               - (long)AIM_PLANS * AIM_DECISION_UNITS;
    int left = v->turns - v->turn + 1;
    w->weeks = left < AIM_WEEKS ? left : AIM_WEEKS;
    for (;;) {
        long week = (long)v->nseats * AIM_DECISION_UNITS + AIM_PLAY_UNITS;
        long per = (long)(v->nseats - 1) * AIM_DECISION_UNITS +
                   (long)w->nplans * (AIM_PLAY_UNITS + (w->weeks - 1) * week);
        w->worlds = (int)(units / per);
        if (w->worlds >= AIM_WORLDS_MIN || w->weeks == 1)
            break;
        w->weeks--;
    }
    if (w->worlds > AIM_WORLDS_MAX)
        w->worlds = AIM_WORLDS_MAX;
}

/* Worlds in which plan a ends better than plan b. */
static int worlds_better(const struct aim_work *w, const struct aim_plan *a,
                         const struct aim_plan *b)
{
    int k = 0;
    for (int i = 0; i < w->worlds; i++)
        k += a->value[i] > b->value[i];
    return k;
}

/* What the plan as a whole foresaw, against the others (best: its index):
 * "points" are its margin over the best rival (aim_value: now and at the
 * end, averaged). */
static void plan_said(const struct aim_work *w, int best, char *out, size_t len)
{
    const struct aim_plan *pl = &w->plan[best], *ex = &w->plan[0];
    int n = w->worlds, ahead = 0;
    for (int i = 0; i < n; i++)
        ahead += pl->value[i] > 0;
    if (best) {
        snprintf(out, len, "foreseen in %d of %d worlds: %s does better than the expert's plan "
                 "(worse in %d; %+.1f points against the best rival on average, not %+.1f)",
                 worlds_better(w, pl, ex), n, aim_tilts[pl->tilt].what,
                 worlds_better(w, ex, pl), (double)pl->total / (2 * n),
                 (double)ex->total / (2 * n));
        return;
    }
    int alt = -1, k = 0;
    for (int j = 1; j < w->nplans; j++) {
        int b = worlds_better(w, &w->plan[j], pl);
        if (alt < 0 || b > k) {
            alt = j;
            k = b;
        }
    }
    if (alt < 0 || k == 0)
        snprintf(out, len, "foreseen in %d of %d worlds: we stay ahead of every rival "
                 "(on average %+.1f points against the best)%s", ahead, n, (double)pl->total / (2 * n),
                 alt < 0 ? "" : "; no other plan does better in any");
    else
        snprintf(out, len, "foreseen in %d of %d worlds: we stay ahead of every rival "
                 "(on average %+.1f points against the best); %s does better in only %d", ahead, n,
                 (double)pl->total / (2 * n), aim_tilts[w->plan[alt].tilt].what, k);
}

/* reason (REASON_LEN) followed by "; " and saw; when both do not fit,
 * reason's description is cut ("...") before its " - rule" part, which
 * names the rule and personality the order came from. */
static void append_foresight(char *reason, const char *saw)
{
    char said[REASON_LEN], all[3 * REASON_LEN];
    snprintf(said, sizeof said, "%s", reason);
    size_t room = REASON_LEN - 1 - 2 - strlen(saw), len = strlen(said);
    const char *rule = strstr(said, " - rule ");
    if (len > room && rule && strlen(rule) + 3 < room)
        snprintf(all, sizeof all, "%.*s...%s; %s", (int)(room - strlen(rule) - 3), said, rule,
                 saw);
    else
        snprintf(all, sizeof all, "%.*s; %s", (int)(len < room ? len : room), said, saw);
    size_t n = strlen(all);
    n = n < REASON_LEN ? n : REASON_LEN - 1;
    memcpy(reason, all, n);
    reason[n] = 0;
}

/* The chosen plan's reasons say what it foresaw: a covert order's
 * outcomes, a mandate operation's gain, and what the plan as a whole
 * does against the other plans. */
static void explain(const struct aim_work *w, int best, struct ai_choice *out)
{
    const struct aim_plan *pl = &w->plan[best];
    int n = w->worlds;
    char plan[REASON_LEN];
    plan_said(w, best, plan, sizeof plan);
    for (int i = 0; i < pl->n; i++) {
        char saw[REASON_LEN];
        const struct order *o = &pl->c[i].o;
        if (best && i == 0)   /* another plan than the expert's says so first */
            snprintf(saw, sizeof saw, "%s", plan);
        else if (pl->ran[i])
            snprintf(saw, sizeof saw, "foreseen in %d of %d worlds: it succeeds in %d, is "
                     "detected in %d", pl->ran[i], n, pl->ok[i], pl->seen[i]);
        else if (order_family(o->kind) == FAM_MANDATE && pl->up[i])
            snprintf(saw, sizeof saw, "foreseen in %d of %d worlds: it raises stability "
                     "(%+.1f on average)", pl->up[i], n, (double)pl->gain[i] / n);
        else
            snprintf(saw, sizeof saw, "%s", plan);
        append_foresight(out[i].reason, saw);
    }
}

int ai_master_decide(const struct view *v, const struct personality *p, int think,
                     struct rng *rng, struct ai_mind *mind, struct ai_choice *out, int max,
                     int reasons)
{
    if (v->seat < 0 || v->phase != PHASE_ORDERS || max <= 0)
        return 0;
    struct aim_work *w = malloc(sizeof *w);
    if (!w)   /* no room to look ahead: the expert's plan */
        return ai_decide(v, p, AI_EXPERT, rng, mind, out, max, reasons);
    remember_blames(v, mind);
    view_init(&w->view);
    make_plans(w, v, p, rng, mind, max < MAX_ORDERS ? max : MAX_ORDERS, reasons);
    plan_budget(w, v, think);
    int best = 0;
    /* one plan is still played forward: its reasons say what it foresaw */
    int ahead = w->worlds >= AIM_WORLDS_MIN && !p->random;
    if (ahead) {
        uint64_t seed = rng_next(rng);
        aiw_base(&w->base, &w->sc, v, mind);
        /* what foresee and the others' later decisions read */
        game_keep_events(&w->base, AI_EVENT_KINDS | EVENT_KIND(EV_COVERT) |
                                       EVENT_KIND(EV_MANDATE_OP));
        for (int k = 0; k < w->worlds; k++) {
            struct rng r;
            rng_seed(&r, seed, (uint64_t)k + 1);
            copy_world(&w->world, &w->base);
            aiw_sample(&w->world, v, &r);
            uint64_t wseed = rng_next(&r);
            for (int i = 0; i < v->nseats; i++) {
                if (i == v->seat)
                    continue;
                ai_mind_init(&w->minds[i]);
                struct game *g = &w->world;
                w->who[i] = aiw_believe(&r);
                decide_in(w, g, i, w->who[i], AI_STANDARD, &w->minds[i], wseed,
                          i > (v->seat == 0));
                w->norders[i] = g->norders[i];
                memcpy(w->orders[i], g->orders[i], sizeof w->orders[i]);
                game_unconfirm(g, i);
            }
            for (int j = 0; j < w->nplans; j++)
                play_plan(w, &w->plan[j], p, v->seat, wseed, k);
        }
        best = aim_pick(w);
    }
    const struct aim_plan *pl = &w->plan[best];
    int n = pl->n;
    memcpy(out, pl->c, sizeof *out * (size_t)n);
    *mind = pl->mind;
    if (reasons && ahead)
        explain(w, best, out);
    free(w);
    return n;
}
