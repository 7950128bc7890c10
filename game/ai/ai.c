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
        if (view_check_orders(v, list, n + 1, NULL, 0))
            ai_explain(c, &c->cand[i], &out[n++]);
        c->cand[i] = c->cand[--c->n];
    }
    return n;
}

/* --- choosing ------------------------------------------------------------------- */

/* Sort key: utility per action point (free orders first). */
static long sort_key(const struct ctx *c, const struct cand *x)
{
    int cost = c->v->pub->cat.orders[x->o.kind].cost;
    return cost > 0 ? (long)x->utility * 1000 / cost : 1L << 50;
}

int ai_decide(const struct view *v, const struct personality *p, int level,
              struct rng *rng, struct ai_mind *mind, struct ai_choice *out, int max,
              int reasons)
{
    static const int noise[AI_LEVEL_COUNT] = { 450, 150, 40 };
    if (level == AI_MASTER)      /* its look-ahead is game/master's, which the */
        level = AI_EXPERT;       /* session calls: here it plays as the expert */
    struct ctx c;
    c.v = v;
    c.p = p;
    c.level = level < 0 || level >= AI_LEVEL_COUNT ? AI_STANDARD : level;
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
    for (int i = 0; i < c.n; i++) {
        int nz = noise[c.level];
        c.cand[i].utility = c.cand[i].utility * (1000 + rng_range(rng, -nz, nz)) / 1000;
    }
    /* greedy by utility per action point, fixed tie-breaks */
    long key[MAX_CANDIDATES];
    for (int i = 0; i < c.n; i++)
        key[i] = c.cand[i].utility > 0 ? sort_key(&c, &c.cand[i]) : -1;
    struct order list[MAX_ORDERS];
    int n = 0, spent = 0;
    int limit = max < MAX_ORDERS ? max : MAX_ORDERS;
    while (n < limit && spent < v->me.ap) {   /* free orders come first */
        /* the best left; on a tie the earlier candidate */
        int best = -1;
        for (int i = 0; i < c.n; i++)
            if (key[i] >= 0 && (best < 0 || key[i] > key[best]))
                best = i;
        if (best < 0)
            break;
        key[best] = -1;
        const struct cand *ch = &c.cand[best];
        int cost = v->pub->cat.orders[ch->o.kind].cost;
        if (spent + cost > v->me.ap)
            continue;
        /* a novice wastes points: it stops early, now and then */
        if (c.level == AI_NOVICE && v->me.ap - spent <= 2 && cost > 0 && rng_chance(rng, 500))
            break;
        list[n] = ch->o;
        if (!view_check_orders(v, list, n + 1, NULL, 0))
            continue;
        if (ch->o.kind == ORD_PACT)
            mind->pact_turn = v->turn;
        if (ch->text == T_WATCH)
            mind->watch_turn = v->turn;
        /* a covert order against a seat on guessed odds: not again on the
         * same guess next week (ai_rules.c) */
        int t = ch->o.target;
        if (ch->guess && t >= 0 && t < MAX_SEATS && order_family(ch->o.kind) == FAM_COVERT) {
            int again = mind->guess_turn[t] == v->turn - 1 && mind->guess_kind[t] == ch->o.kind;
            mind->guess_runs[t] = again ? mind->guess_runs[t] + 1 : 1;
            mind->guess_kind[t] = ch->o.kind;
            mind->guess_turn[t] = v->turn;
        }
        if (reasons)
            ai_explain(&c, ch, &out[n]);
        else
            out[n] = (struct ai_choice){ ch->o, ch->rule, ch->utility, "" };
        n++;
        spent += cost;
    }
    return n;
}
