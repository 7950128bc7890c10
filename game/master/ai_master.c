/* ai_master.c - the master level. It asks the expert for a few plans
 * (its own first, then on generators of their own), draws worlds it can
 * believe in from its own view (ai_world.c), lets every other seat decide
 * in each world as the standard AI of a believed personality would, plays
 * each plan forward with the engine, and gives another plan than the
 * expert's first only when it ends ahead of it world by world beyond the
 * noise of the draws. Its budget is counted in simulated decisions
 * (ai_master.h), never timed, and its worlds are drawn from the decision's
 * own generator: the same seed gives the same game. */
#include "ai_master.h"

#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/score.h"
#include "../core/view.h"

#define AIM_PLANS 4              /* the expert's plan and up to three others */
#define AIM_WORLDS_MIN 2         /* fewer is no look ahead: the expert's plan */
#define AIM_WORLDS_MAX 32        /* more (--think 6: 32) measured no better */
/* Weeks played forward. Measured over 400 default games per seat, one
 * week with end-of-game dossier freshness (aim_value) did better than
 * two: the second week's decisions cost worlds. */
#define AIM_WEEKS 1
/* Standard errors by which another plan must beat the expert's first on
 * average: the winner of four noisy estimates is flattered by its noise
 * (1.0 let too many chance winners through; 2.0 too few). */
#define AIM_MARGIN 1.5

struct aim_plan {
    struct ai_choice c[MAX_ORDERS];
    int n;
    struct ai_mind mind;         /* the mind once it chose this plan */
    long total;                  /* its values (aim_value) summed over worlds */
    int value[AIM_WORLDS_MAX];   /* what it is worth in each world (aim_value) */
    int ok[MAX_ORDERS], seen[MAX_ORDERS], ran[MAX_ORDERS];  /* covert: per order */
    int gain[MAX_ORDERS];        /* mandate: stability gained, summed */
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

/* The candidate plans: the expert's (first: kept on a tie), then the
 * expert's on generators of their own (its noise varies them), duplicates
 * dropped. The standard level's plans were tried as variants: they lose
 * the expert's finer rules and did worse. */
static void make_plans(struct aim_work *w, const struct view *v, const struct personality *p,
                       struct rng *rng, const struct ai_mind *mind, int max, int reasons)
{
    uint64_t seed = rng_next(rng);
    w->nplans = 0;
    for (int k = 0; k < AIM_PLANS; k++) {
        struct aim_plan *pl = &w->plan[w->nplans];
        struct rng r;
        rng_seed(&r, seed, (uint64_t)k + 1);
        pl->mind = *mind;
        pl->n = ai_decide(v, p, AI_EXPERT, k ? &r : rng, &pl->mind, pl->c, max, reasons);
        pl->total = 0;
        memset(pl->ok, 0, sizeof pl->ok);
        memset(pl->seen, 0, sizeof pl->seen);
        memset(pl->ran, 0, sizeof pl->ran);
        memset(pl->gain, 0, sizeof pl->gain);
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
 * game's bytes are the events' slots, which need no copy). */
static void copy_world(struct game *to, const struct game *from)
{
    memcpy(to, from, offsetof(struct game, events));
    to->nevents = 0;
    to->events_dropped = 0;
}

/* Seat's decision in g (its view built into w->view), stored in g. */
static void decide_in(struct aim_work *w, struct game *g, int seat, const struct personality *p,
                      int level, struct ai_mind *m, uint64_t seed)
{
    struct ai_choice c[MAX_ORDERS];
    struct order o[MAX_ORDERS];
    struct rng r;
    rng_seed(&r, seed, (uint64_t)(g->turn * MAX_SEATS + seat) + 16);
    view_build_lean(g, seat, &w->view);
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
                break;
            }
        }
    }
}

/* What a world at the horizon is worth to seat me: its national score
 * as the last week would count it (a dossier scores only if it is still
 * fresh then), before the mandate's factor (judged at the end, not now),
 * less the best of the others'. g is scratch: its clock is moved on. */
static int aim_value(struct game *g, int me)
{
    if (g->turn < g->sc->turns)
        g->turn = g->sc->turns;
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
                      &minds[i], seed);
        game_resolve(g);
    }
    pl->value[world] = aim_value(g, me);
    pl->total += pl->value[world];
}

/* Worlds and weeks the budget buys: a seat's decision costs one unit, a
 * resolution two (ai_master.h). */
static void plan_budget(struct aim_work *w, const struct view *v, int think)
{
    long units = (long)(think > 0 ? think : AI_THINK_DEFAULT) * AIM_UNITS_PER_MS - w->nplans;
    int left = v->turns - v->turn + 1;
    w->weeks = left < AIM_WEEKS ? left : AIM_WEEKS;
    for (;;) {
        long per = (v->nseats - 1) + (long)w->nplans * (2 + (w->weeks - 1) * (v->nseats + 2));
        w->worlds = (int)(units / per);
        if (w->worlds >= AIM_WORLDS_MIN || w->weeks == 1)
            break;
        w->weeks--;
    }
    if (w->worlds > AIM_WORLDS_MAX)
        w->worlds = AIM_WORLDS_MAX;
}

/* The chosen plan's reasons say what it foresaw. */
static void explain(const struct aim_work *w, const struct aim_plan *pl, long next,
                    struct ai_choice *out)
{
    int n = w->worlds;
    for (int i = 0; i < pl->n; i++) {
        char said[REASON_LEN], *r = out[i].reason;
        snprintf(said, sizeof said, "%s", r);
        const struct order *o = &pl->c[i].o;
        if (pl->ran[i])
            snprintf(r, REASON_LEN, "%.170s; foreseen in %d of %d worlds: it succeeds in %d, "
                     "is detected in %d", said, pl->ran[i], n, pl->ok[i], pl->seen[i]);
        else if (order_family(o->kind) == FAM_MANDATE)
            snprintf(r, REASON_LEN, "%.170s; foreseen in %d worlds: stability %+.1f on average",
                     said, n, (double)pl->gain[i] / n);
        else if (next != LONG_MIN)
            snprintf(r, REASON_LEN, "%.150s; foreseen in %d worlds over %d week%s: our plan "
                     "ends %+.1f points against the best rival, the next best %+.1f", said, n,
                     w->weeks, w->weeks > 1 ? "s" : "", (double)pl->total / n,
                     (double)next / n);
        else
            snprintf(r, REASON_LEN, "%.150s; foreseen in %d worlds over %d week%s: our plan "
                     "ends %+.1f points against the best rival", said, n, w->weeks,
                     w->weeks > 1 ? "s" : "", (double)pl->total / n);
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
    w->view.built = 0;           /* its first build clears it */
    make_plans(w, v, p, rng, mind, max < MAX_ORDERS ? max : MAX_ORDERS, reasons);
    plan_budget(w, v, think);
    int best = 0;
    /* one plan is still played forward: its reasons say what it foresaw */
    int ahead = w->worlds >= AIM_WORLDS_MIN && !p->random;
    if (ahead) {
        uint64_t seed = rng_next(rng);
        aiw_base(&w->base, &w->sc, v, mind);
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
                decide_in(w, g, i, w->who[i], AI_STANDARD, &w->minds[i], wseed);
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
    if (reasons && ahead) {
        long next = LONG_MIN;
        for (int j = 0; j < w->nplans; j++)
            if (j != best && w->plan[j].total > next)
                next = w->plan[j].total;
        explain(w, pl, next, out);
    }
    free(w);
    return n;
}
