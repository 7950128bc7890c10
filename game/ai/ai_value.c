/* ai_value.c - what a candidate order is worth: the odds of a covert
 * order as the seat can estimate them, the cost of being seen, what a new
 * dossier adds to those held, and a covert candidate's utility - exact, or
 * the most it can be before its odds are known. */
#include <string.h>

#include "ai_int.h"

/* --- estimates ------------------------------------------------------------ */

int ai_est_comms(struct ctx *c, int t)
{
    if (c->level == AI_NOVICE || !(ai_fresh(c, t) >> DOS_COMMUNICATIONS & 1u))
        return -1;
    return c->v->me.dos[t][DOS_COMMUNICATIONS].est[0];
}

/* Chances an operation has, as this AI can tell. A novice does not use
 * its dossiers and guesses from the middle of the scale. */
static void estimate_once(const struct ctx *c, const struct order *o, int *ok, int *seen,
                          int *guess)
{
    *guess = 0;
    if (c->level == AI_NOVICE) {
        struct odds_input in = { o->kind, 0, 2, 50, 0, 0, 0 };
        in.skill = odds_skill(c->v->me.caps, o->kind, &c->v->pub->cat);
        *ok = odds_chance(&c->v->pub->cat, &in, seen);
        return;
    }
    *ok = view_estimate_mid(c->v, o, seen, guess);
}

/* The odds of a covert order, from the decision's table when known. */
static void estimate(struct ctx *c, const struct order *o, int *ok, int *seen, int *guess)
{
    int k = o->kind - ORD_OBSERVE, t = o->target + 1;
    if (k < 0 || k > ORD_FALSE_FLAG - ORD_OBSERVE || t < 0 || t > MAX_TARGETS) {
        estimate_once(c, o, ok, seen, guess);
        return;
    }
    if (!c->est[k][t].done) {
        estimate_once(c, o, ok, seen, guess);
        c->est[k][t].ok = (short)*ok;
        c->est[k][t].seen = (short)*seen;
        c->est[k][t].guess = (char)*guess;
        c->est[k][t].done = 1;
    }
    *ok = c->est[k][t].ok;
    *seen = c->est[k][t].seen;
    *guess = c->est[k][t].guess;
}

/* 1 when the seat gave this covert order against t last week on odds that
 * were a guess from published figures. */
static inline int guessed_last_week(const struct ctx *c, int kind, int t)
{
    return t >= 0 && t < MAX_SEATS && c->mind->guess_turn[t] == c->v->turn - 1 &&
           c->mind->guess_kind[t] == kind;
}

/* The cost of being seen, in the units of utility. An expert prices it
 * as the score does: a rightly attributed operation costs the penalty
 * and some 10 points of reputation, about 11 points in all, and about a
 * third of detections are pinned on the right culprit (weight w per point
 * is w x 40 utility). Others go by their appetite for risk. */
static inline int risk_cost(const struct ctx *c, int seen, int w)
{
    int aversion = 100 - c->p->risk;
    if (c->level == AI_EXPERT)
        return seen * w * 156 / 1000 * (150 - c->p->risk) / 100;
    if (c->mind->hardline)
        aversion = aversion * 3 / 4;
    return aversion * seen * 3 / 20;
}

/* What an expert prices a clean-hands objective at: its points, lost when
 * a detection is pinned on the right culprit (about a third are). */
static inline int clean_cost(const struct ctx *c, int seen, int w)
{
    return seen * w * c->obj.clean_hands * 40 / 3 / 1000;
}

/* Detection chance (per mille) a betrayed partner's look may run, and its
 * utility per point of grudge. */
#define WATCH_MAX_SEEN 300
#define WATCH_PER_GRUDGE 75
#define WATCH_WEIGHT 50

/* The most an estimate's chance of success can be (view_estimate_mid's
 * formula): ok_max with no defence at all and a fresh dossier (a
 * novice's bound: it guesses from the middle of the scale); else from the
 * decision's table (ai_value_tables), against a seat at its least
 * defence (what an estimate allows for its unseen posture) or against
 * mission HQ (public: exact), with our dossier's bonus when the relevant
 * one is fresh. Bounds
 * hold only for sane rules and personalities (lazy_ok); else every
 * candidate is scored at once. */
static inline int ok_at(const struct ctx *c, int kind, int target)
{
    int k = kind - ORD_OBSERVE;
    if (c->level == AI_NOVICE)
        return c->ok_max[k];
    int t = c->kseat[k] && target >= 0 && target < MAX_SEATS ? target : TARGET_HQ;
    int rel = c->krel[k];
    int fresh = rel >= 0 && (c->fresh[t] >> rel & 1u);
    return c->okb[k][t == TARGET_HQ][fresh];
}

/* The decision's table of ok_at. */
static void ok_tables(struct ctx *c)
{
    const struct view *v = c->v;
    const struct rules *r = &v->pub->cat.rules;
    int lo = r->covert_min, hi = r->covert_max > lo ? r->covert_max : lo;
    int ns = v->net_security;
    int def10[2] = { r->estimate_posture, ns / 20 * 10 + ns * 10 / r->defence_comms_div };
    for (int kind = ORD_OBSERVE; kind <= ORD_FALSE_FLAG; kind++) {
        int k = kind - ORD_OBSERVE;
        int p = r->covert_base + r->covert_per_skill * odds_skill(v->me.caps, kind, &v->pub->cat)
              + v->pub->cat.orders[kind].success_mod;
        c->ok_max[k] = clampi(p + (r->dossier_bonus > 0 ? r->dossier_bonus : 0), lo, hi);
        for (int hq = 0; hq <= 1; hq++)
            for (int fresh = 0; fresh <= 1; fresh++)
                c->okb[k][hq][fresh] = (short)clampi(p - (r->covert_per_skill * def10[hq]) / 10
                                                         + (fresh ? r->dossier_bonus : 0), lo, hi);
        c->krel[k] = (int8_t)odds_relevant_dossier(kind);
        c->kseat[k] = order_target_kind(kind) == TK_SEAT;
    }
}

/* The least chance of being seen: every detection is at least detect_min. */
static inline int seen_bound(const struct ctx *c)
{
    return c->v->pub->cat.rules.detect_min;
}

static int lazy_ok(const struct ctx *c)
{
    const struct rules *r = &c->v->pub->cat.rules;
    return r->covert_min >= 0 && r->covert_max <= 1000 && r->covert_per_skill >= 0 &&
           r->defence_comms_div > 0 && r->posture_defence >= 0 && r->estimate_posture >= 0 &&
           r->detect_min >= 0 && c->p->risk >= 0 && c->p->risk <= 100;
}

/* A covert order's utility: value x weight x chance, less the risk of
 * being seen; rises with ok and falls with seen (the bounds rest on it). */
static inline int covert_utility(const struct ctx *c, int kind, int target, int value, int weight,
                          int ok, int seen, int guess)
{
    int risk = risk_cost(c, seen, weight);
    if (c->level == AI_EXPERT && c->obj.clean_hands)
        risk += clean_cost(c, seen, weight);
    else if (c->obj.clean_hands || (target >= 0 && c->obj.trusted_by[target]))
        risk *= 2;
    int u = weight * value * ok / 1000 - risk;
    /* the same order on the same guess as last week, and still no fresher
     * figures: the odds are stale, not worth the same - and not a third
     * week running before something refreshes them */
    if (guess && guessed_last_week(c, kind, target))
        u = c->mind->guess_runs[target] >= 2 ? 0 : u / 3;
    return u;
}

/* An insider network's value at a chance ok of each step: will it be
 * recruited in time? */
static inline int insider_value(const struct ctx *c, const struct term *tm, int ok)
{
    int ins = tm->ins;
    if (c->level != AI_NOVICE) {
        int reach = (tm->left + tm->need) * ok / tm->need;   /* per-mille of "in time" */
        ins = ins * (reach < 1000 ? reach : 1000) / 1000 + tm->plus;
    }
    return ins * tm->a / 50;
}

/* A betrayed partner's look: worth what it tells of the betrayal, not
 * what it would score; an expert still prices the risk, clean hands
 * included. Not low-risk: it does without. */
static inline int watch_utility(const struct ctx *c, int grudge, int seen)
{
    if (seen > WATCH_MAX_SEEN)
        return 0;
    int u = (grudge + 20) * WATCH_PER_GRUDGE;
    if (c->level == AI_EXPERT)
        u -= risk_cost(c, seen, WATCH_WEIGHT) + clean_cost(c, seen, WATCH_WEIGHT);
    return u;
}

/* The utility of a candidate at odds ok, seen and guess. */
__attribute__((always_inline)) static inline int utility_at(const struct ctx *c, const struct cand *ch, int ok, int seen, int guess)
{
    const struct term *tm = &c->term[ch->x];
    int value = ch->lazy == LZ_INSIDER ? insider_value(c, tm, ok) : tm->value;
    if (ch->lazy == LZ_WATCH)
        return watch_utility(c, tm->value, seen);
    return covert_utility(c, ch->o.kind, ch->o.target, value, tm->weight, ok, seen, guess);
}

int ai_settle(struct ctx *c, struct cand *ch)
{
    if (ch->lazy == LZ_EXACT)
        return ch->utility;
    int ok, seen, guess;
    estimate(c, &ch->o, &ok, &seen, &guess);
    ch->utility = utility_at(c, ch, ok, seen, guess);
    ch->n1 = ok / 10;
    ch->guess = guess;
    if (guess)
        c->term[ch->x].why |= W_GUESS;
    ch->lazy = LZ_EXACT;
    return ch->utility;
}

/* What a dossier of quality q is worth at age a (in weeks) when it
 * lasts max weeks: from the decision's table, or its formula where the
 * table does not reach. */
static inline int worth_at(const struct ctx *c, int q, int a, int max)
{
    if (a >= 0 && a < c->worth_n)
        return c->worth[q][a];
    return a < max ? q * 10 * (max - a) / max : 0;
}

/* What the dossier held on t in each category is worth now, for the next
 * operations, and in the final score, where only dossiers still fresh at
 * the last turn count, by their age then; and which are held and fresh. */
static void held_worth(struct ctx *c, int t)
{
    const struct view *v = c->v;
    int max = v->pub->cat.rules.dossier_max_age, end = v->turns;
    unsigned fresh = 0, held = 0;
    for (int cat = 0; cat < DOS_COUNT; cat++) {
        const struct dossier *d = &v->me.dos[t][cat];
        int turn = d->turn, q = d->quality;
        if (turn < 0)
            continue;
        held |= 1u << cat;
        fresh |= (unsigned)(v->turn - turn < max) << cat;
        c->held_now[t][cat] = (short)worth_at(c, q, v->turn - turn, max);
        c->held_end[t][cat] = (short)worth_at(c, q, end - turn, max);
    }
    c->fresh[t] = (uint8_t)fresh;
    c->held[t] = (uint8_t)held;
}

/* The decision's figures of ai_marginal: the categories' weights, what a
 * dossier is worth by its quality and age, and what a new dossier will be
 * worth in the final score, where only dossiers still fresh at the last
 * turn count, by their age then. */
static void marginal_tables(struct ctx *c)
{
    const struct view *v = c->v;
    const struct rules *r = &v->pub->cat.rules;
    int max = r->dossier_max_age, end = v->turns;
    for (int cat = 0; cat < DOS_COUNT; cat++)
        c->cat_weight[cat] = rules_category_weight(r, cat);
    c->weight_sum[0] = 0;
    for (unsigned cats = 1; cats < 1u << DOS_COUNT; cats++)
        c->weight_sum[cats] = c->weight_sum[cats & (cats - 1)] + c->cat_weight[__builtin_ctz(cats)];
    c->worth_n = 0;
    int n = max < WORTH_AGES ? max : WORTH_AGES;
    for (int q = 0; q < 4; q++)
        for (int a = 0; a < n; a++)
            c->worth[q][a] = (short)(q * 10 * (max - a) / max);
    c->worth_n = n > 0 ? n : 0;
    for (int q = 1; q <= 3; q++)
        for (int lasting = 0; lasting <= 1; lasting++)
            c->new_end[q][lasting] = lasting || end - v->turn < max
                                         ? q * 10 * (max - (lasting ? 0 : end - v->turn)) / max
                                         : 0;
    /* where nothing is held (and always for a novice, which ignores what
     * it holds), ai_held_gain with nothing now and nothing at the end */
    for (int q = 1; q <= 3; q++)
        for (int lasting = 0; lasting <= 1; lasting++)
            c->empty_gain[q][lasting] = c->level == AI_NOVICE ? q * 10
                                        : q * 10 * (c->level == AI_EXPERT ? 30 : 60) / 100
                                              + (c->new_end[q][lasting] > 0 ? c->new_end[q][lasting] : 0);
}

int ai_bound(const struct ctx *c, const struct cand *t)
{
    return utility_at(c, t, ok_at(c, t->o.kind, t->o.target), seen_bound(c), 0);
}

void ai_value_tables(struct ctx *c)
{
    c->lazy_ok = !c->eager && lazy_ok(c);
    ok_tables(c);
    marginal_tables(c);
    /* what the seat holds on each target its rules weigh: every other
     * seat and mission HQ (a novice holds nothing it uses) */
    memset(c->held, 0, sizeof c->held);
    memset(c->fresh, 0, sizeof c->fresh);
    if (c->level == AI_NOVICE)
        return;
    for (int t = 0; t < c->v->nseats; t++)
        if (t != c->v->seat)
            held_worth(c, t);
    held_worth(c, TARGET_HQ);
}
