/* ai.c - scripted contingents in the manner of the COIN non-player
 * flowcharts: an instruction list of rules produces candidate orders, each
 * scored by the personality's weights and its appetite for risk; a greedy
 * pass with fixed tie-breaks spends the action points. Every choice keeps
 * the reason of the rule that produced it. */
#include "ai_int.h"

#include <stdio.h>
#include <string.h>

void ai_mind_init(struct ai_mind *m)
{
    memset(m, 0, sizeof *m);
    m->attacked_turn = -10;
    m->watch_turn = -10;
    for (int i = 0; i < MAX_SEATS; i++)
        m->guess_turn[i] = -10;
}

/* --- memory -------------------------------------------------------------- */

static void remember(struct ctx *c)
{
    const struct view *v = c->v;
    struct ai_mind *m = c->mind;
    int me = v->seat;
    if (m->last_turn == v->turn)
        return;
    m->last_turn = v->turn;
    int hurt = 0;
    for (int k = 0; k < v->nevents; k++) {
        const struct event *e = &v->events[k];
        int who = -1, amount = 0;
        /* public incidents blamed on us, rightly or not: we were traced */
        if (e->kind == EV_INCIDENT || e->kind == EV_BACKDOOR_FOUND ||
            e->kind == EV_INSIDER_BLOWN || e->kind == EV_IMPLANT_FOUND) {
            if (e->blamed == me)
                m->traced++;
            else if (e->blamed >= 0 && e->blamed < MAX_SEATS)
                m->caught_turn[e->blamed] = v->turn;
        }
        switch (e->kind) {
        case EV_DETECTED:
            who = e->blamed; amount = 30; hurt = 1;
            break;
        case EV_CANARY:
            who = e->target; amount = 40; hurt = 1;
            break;
        case EV_IMPLANT_FOUND:
            if (e->target == me) { who = e->blamed; amount = 30; hurt = 1; }
            break;
        case EV_INSIDER_BLOWN:
            if (e->target == me) { who = e->blamed; amount = 40; hurt = 1; }
            break;
        case EV_ACCUSE:
            if (e->target == me) { who = e->actor; amount = 15; }
            break;
        case EV_PACT:
            if (e->target == me && !e->a && e->actor >= 0 && e->actor < MAX_SEATS)
                m->offered[e->actor] = v->turn;
            break;
        case EV_ORDERS_READ:
            if (e->actor == me && e->target >= 0 && e->target < MAX_SEATS) {
                int fam = order_family(e->order);
                if (fam == FAM_COUNTER)
                    c->read_alert[e->target] = 1;
                if (fam == FAM_COVERT && e->b == me) {
                    c->read_hostile[e->target] = 1;
                    if (c->level == AI_EXPERT) { who = e->target; amount = 25; }
                }
            }
            break;
        default:
            break;
        }
        if (who >= 0 && who < MAX_SEATS && who != me)
            m->grudge[who] = clampi(m->grudge[who] + amount * (50 + c->p->grudge) / 100, 0, 100);
    }
    if (hurt)
        m->attacked_turn = v->turn - 1;
    int threshold = 100 - c->p->grudge;
    int any = 0;
    for (int i = 0; i < v->nseats; i++) {
        if (!hurt && m->grudge[i] > 0)
            m->grudge[i] = clampi(m->grudge[i] - 8, 0, 100);
        if (m->grudge[i] >= threshold)
            any = 1;
    }
    m->hardline = any;
}

static int pick_random(struct ctx *c, struct ai_choice *out, int max)
{
    const struct view *v = c->v;
    struct order list[MAX_ORDERS];
    int n = 0;
    while (n < max && n < MAX_ORDERS && c->n > 0) {
        int i = rng_below(c->rng, c->n);
        list[n] = c->cand[i].o;
        if (view_check_next(v, list, n + 1, NULL, 0))
            ai_explain(c, &c->cand[i], &out[n++]);
        c->cand[i] = c->cand[--c->n];
    }
    return n;
}

/* --- choosing ------------------------------------------------------------------- */

/* A candidate's noise, per mille in -nz..nz: drawn from the decision's
 * salt and the candidate's order and reason, not from the generator in
 * turn - so it is the same however many candidates were pruned or scored
 * before it. */
static int noise(const struct ctx *c, const struct cand *x)
{
    if (c->nz <= 0)
        return 0;
    uint64_t id = (uint64_t)x->o.kind | (uint64_t)(uint8_t)x->o.sector << 8 |
                  (uint64_t)(uint8_t)x->o.target << 16 | (uint64_t)(uint8_t)x->o.level << 24 |
                  (uint64_t)(uint8_t)x->o.inject << 32 | (uint64_t)x->text << 40;
    uint64_t z = c->salt ^ id * 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return (int)(z % (uint64_t)(2 * c->nz + 1)) - c->nz;
}

/* The candidates the greedy pass has left. Each is an entry: its key
 * shifted left 8 bits, below it 255 less its index, so the greater entry
 * is the better key and, on a tie, the earlier candidate; -1 for none. A
 * key is a bound until the candidate is settled and its noise drawn
 * (final); a final key is never above the bound. The bounds are the
 * leaves of a tournament of fours, candidate i's at t[leaf + i], each
 * inner node t[k] the greatest of t[4k + 1..4k + 4]: t[0] is the
 * greatest bound. The final keys wait in fin, sorted, the greatest last. */
struct left {
    long t[MAX_CANDIDATES + MAX_CANDIDATES / 3 + 3], fin[MAX_CANDIDATES];
    int leaf, nf;
};

_Static_assert(MAX_CANDIDATES <= 256, "an entry keeps the candidate in 8 bits");

static long entry(long key, int i)
{
    return key < 0 ? -1 : key << 8 | (255 - i);
}

static long max4(const long *t)
{
    long a = t[0] > t[1] ? t[0] : t[1], b = t[2] > t[3] ? t[2] : t[3];
    return a > b ? a : b;
}

/* The candidates that could be worth an order, each keyed by the most its
 * noisy utility can be. */
static void left_build(struct left *l, const struct ctx *c)
{
    /* leaves, with those of no candidate: 1 more than a multiple of 3,
     * so that every inner node has four children */
    int leaves = c->n + (c->n > 0 ? (3 - (c->n - 1) % 3) % 3 : 1);
    int inner = (leaves - 1) / 3;
    long *t = l->t, *leaf = t + inner;
    for (int i = 0; i < c->n; i++) {
        const struct cand *x = &c->cand[i];
        leaf[i] = entry(ai_key(c, x->o.kind, (long)x->utility * (1000 + c->nz) / 1000), i);
    }
    for (int i = c->n; i < leaves; i++)
        leaf[i] = -1;
    for (int k = inner - 1; k >= 0; k--)
        t[k] = max4(t + 4 * k + 1);
    l->leaf = inner;
    l->nf = 0;
}

/* Takes the greatest bound, candidate i's, out of the tournament. */
static void left_take(struct left *l, int i)
{
    int k = l->leaf + i;
    l->t[k] = -1;
    while (k > 0) {
        k = (k - 1) >> 2;
        l->t[k] = max4(l->t + 4 * k + 1);
    }
}

/* The candidate the greedy pass takes next, or -1: settles the best
 * bound and draws its noise until the best key is final. Only the
 * candidates that reach the top are scored in full and given noise - the
 * same choice as scoring every one, since a bound is never below the
 * final key. */
static int next_best(struct ctx *c, struct left *l)
{
    for (;;) {
        long top = l->t[0];
        if (l->nf > 0 && l->fin[l->nf - 1] > top)
            return 255 - (int)(l->fin[--l->nf] & 255);
        if (top < 0)
            return -1;
        int i = 255 - (int)(top & 255);
        left_take(l, i);
        struct cand *x = &c->cand[i];
        int u = ai_settle(c, x);
        if (u > 0)
            u = u * (1000 + noise(c, x)) / 1000;
        x->utility = u;
        long e = entry(ai_key(c, x->o.kind, u), i);
        if (e < 0)
            continue;
        int k = l->nf++;
        for (; k > 0 && l->fin[k - 1] > e; k--)
            l->fin[k] = l->fin[k - 1];
        l->fin[k] = e;
    }
}

int ai_decide(const struct view *v, const struct personality *p, int level,
              struct rng *rng, struct ai_mind *mind, struct ai_choice *out, int max,
              int reasons)
{
    static const int spread[AI_LEVEL_COUNT] = { 450, 150, 40 };
    int lv = level < 0 || level >= AI_LEVEL_COUNT ? AI_STANDARD : level;
    if (lv == AI_MASTER)         /* its look-ahead is game/master's, which the */
        lv = AI_EXPERT;          /* session calls: here it plays as the expert */
    return ai_decide_at(v, p, lv, rng, mind, out, max, reasons, spread[lv], 0);
}

int ai_decide_at(const struct view *v, const struct personality *p, int level,
                 struct rng *rng, struct ai_mind *mind, struct ai_choice *out, int max,
                 int reasons, int nz, int eager)
{
    struct ctx c;
    c.v = v;
    c.p = p;
    c.level = level < 0 || level >= AI_LEVEL_COUNT ? AI_STANDARD : level;
    if (c.level == AI_MASTER)
        c.level = AI_EXPERT;
    c.eager = eager;
    c.nz = nz > 0 ? (nz < 1000 ? nz : 999) : 0;
    c.limit = max < MAX_ORDERS ? max : MAX_ORDERS;
    c.rng = rng;
    c.mind = mind;
    c.n = 0;
    memset(c.est, 0, sizeof c.est);
    memset(c.read_alert, 0, sizeof c.read_alert);
    memset(c.read_hostile, 0, sizeof c.read_hostile);
    if (v->seat < 0 || v->phase != PHASE_ORDERS || max <= 0)
        return 0;
    remember(&c);
    ai_objectives(&c);
    if (p->random) {
        ai_random_candidates(&c);
        return pick_random(&c, out, max);
    }
    ai_candidates(&c);
    c.salt = rng_next(rng);
    /* greedy by noisy utility per action point, fixed tie-breaks */
    struct order list[MAX_ORDERS];
    int n = 0, spent = 0;
    int limit = c.limit;
    struct left l;
    int picked[MAX_ORDERS];
    left_build(&l, &c);
    while (n < limit && spent < v->me.ap) {   /* free orders come first */
        int best = next_best(&c, &l);
        if (best < 0)
            break;
        const struct cand *ch = &c.cand[best];
        int cost = v->pub->cat.orders[ch->o.kind].cost;
        if (spent + cost > v->me.ap)
            continue;
        /* a novice wastes points: it stops early, now and then */
        if (c.level == AI_NOVICE && v->me.ap - spent <= 2 && cost > 0 && rng_chance(rng, 500))
            break;
        list[n] = ch->o;
        if (!view_check_next(v, list, n + 1, NULL, 0))
            continue;
        if (ch->o.kind == ORD_PACT)
            mind->pact_turn = v->turn;
        if (ch->text == T_WATCH)
            mind->watch_turn = v->turn;
        picked[n] = best;
        if (reasons)
            ai_explain(&c, ch, &out[n]);
        else {                   /* no reason: not the whole buffer cleared */
            out[n].o = ch->o;
            out[n].rule = ch->rule;
            out[n].utility = ch->utility;
            out[n].reason[0] = 0;
        }
        n++;
        spent += cost;
    }
    /* A covert order against a seat on guessed odds: not again on the
     * same guess next week (ai_rules.c). Kept in the memory only now: a
     * candidate settled later in the pass must read last week's guesses,
     * as it would had every candidate been scored at the start. */
    for (int k = 0; k < n; k++) {
        const struct cand *ch = &c.cand[picked[k]];
        int t = ch->o.target;
        if (ch->guess && t >= 0 && t < MAX_SEATS && order_family(ch->o.kind) == FAM_COVERT) {
            int again = mind->guess_turn[t] == v->turn - 1 && mind->guess_kind[t] == ch->o.kind;
            mind->guess_runs[t] = again ? mind->guess_runs[t] + 1 : 1;
            mind->guess_kind[t] = ch->o.kind;
            mind->guess_turn[t] = v->turn;
        }
    }
    return n;
}
