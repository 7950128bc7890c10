/* ai_rules.c - the instruction list: each rule adds candidate orders
 * with a utility from the personality's weights, its appetite for risk
 * and what the seat's view says of the targets. */
#include <stdio.h>
#include <string.h>

#include "ai_int.h"

static inline struct cand *add(struct ctx *c, int kind, int rule, int utility, int text)
{
    if (c->n >= MAX_CANDIDATES || utility <= 0)
        return NULL;
    struct cand *ch = &c->cand[c->n++];
    *ch = c->blank;
    ch->o.kind = (uint8_t)kind;
    ch->utility = utility;
    ch->rule = (uint8_t)rule;
    ch->text = (uint8_t)text;
    return ch;
}

/* The terms of the next covert candidate, to fill before add_covert. */
static inline struct term *next_term(struct ctx *c)
{
    struct term *tm = &c->term[c->nterm];
    *tm = (struct term){ 0 };
    return tm;
}

static int worst_grudge(const struct ctx *c)
{
    int best = -1, val = 0;
    for (int i = 0; i < c->v->nseats; i++)
        if (i != c->v->seat && c->mind->grudge[i] > val) {
            val = c->mind->grudge[i];
            best = i;
        }
    return best;
}

/* 1 when seat t shares a sector with ours (view_colocated, from the
 * decision's table). */
static int colocated(const struct ctx *c, int t)
{
    return t >= 0 && t < MAX_SEATS && (c->colocated >> t & 1u);
}

/* --- the instruction list -------------------------------------------------- */

/* Every dossier category, a bit each. */
#define ALL_CATS ((1u << DOS_COUNT) - 1)

static int effect_worth(const struct ctx *c, const struct effect *e)
{
    const struct personality *p = c->p;
    int me = c->v->seat;
    int mine = e->seat < 0 || e->seat == me;
    switch (e->kind) {
    case EFF_STABILITY: return e->amount * p->w_mandate;
    case EFF_THREAT: return -e->amount * p->w_mandate * 5;
    case EFF_INFLUENCE: return mine ? e->amount * p->w_influence : 0;
    case EFF_TRUST: return e->amount * p->w_mandate / 2;
    case EFF_POOL: return e->amount * (p->w_mandate + p->w_collection) / 2;
    case EFF_NET_SECURITY: return e->amount * p->w_security;
    case EFF_CENTRALISATION: return e->amount * (p->w_collection - p->w_security) * 5;
    case EFF_COMMS: return mine ? e->amount * p->w_security : 0;
    case EFF_AP: return mine ? e->amount * 300 : 0;
    /* equipment: the security it adds to the network or our own
     * communications (whether it is backdoored, no view says) */
    case EFF_EQUIPMENT: return mine ? e->amount * p->w_security : 0;
    default: return 0;
    }
}

static void rule_injects(struct ctx *c)
{
    const struct view *v = c->v;
    for (int i = 0; i < v->ninjects; i++) {
        const struct view_inject *in = &v->injects[i];
        if (in->audience != v->seat || in->nchoices == 0)
            continue;
        int best = 0, best_worth = -1000000;
        for (int k = 0; k < in->nchoices; k++) {
            int w = 0;
            for (int j = 0; j < in->choices[k].neffects; j++)
                w += effect_worth(c, &in->choices[k].effects[j]);
            if (c->level == AI_NOVICE)
                w = rng_below(c->rng, 100);
            if (w > best_worth) {
                best_worth = w;
                best = k;
            }
        }
        struct cand *ch = add(c, ORD_RESPOND, AIR_INJECT, 100000, T_ANSWER);
        if (!ch)
            continue;
        ch->o.inject = (int8_t)v->injects[i].index;
        ch->o.level = (int8_t)best;
    }
}

static void rule_retaliate(struct ctx *c)
{
    const struct view *v = c->v;
    int g = worst_grudge(c);
    if (g < 0 || !c->mind->hardline)
        return;
    int grudge = c->mind->grudge[g];
    struct cand *ch = NULL;
    if (v->me.evidence[g] > 0 || c->read_hostile[g])
        ch = add(c, ORD_ACCUSE, AIR_RETALIATE, (grudge + c->p->grudge) * 40, T_ACCUSE_EVIDENCE);
    else if (rng_below(c->rng, 100) >= c->p->honesty)
        ch = add(c, ORD_ACCUSE, AIR_RETALIATE, (grudge + c->p->grudge) * 20, T_ACCUSE_SUSPECT);
    if (ch)
        ch->o.target = (int8_t)g;
}

static void rule_defend(struct ctx *c)
{
    const struct view *v = c->v;
    const struct personality *p = c->p;
    int recent = v->turn - c->mind->attacked_turn <= 2;
    if (recent || c->mind->hardline) {
        add(c, ORD_SWEEP, AIR_DEFEND, p->w_security * 45, T_SWEEP_ATTACKED);
        if (v->me.canary_until < v->turn)
            add(c, ORD_CANARY, AIR_DEFEND, p->w_security * 25, T_CANARY);
        if (worst_grudge(c) >= 0 && v->turn - c->mind->attacked_turn <= 1)
            add(c, ORD_INVESTIGATE, AIR_DEFEND, p->w_security * 15, T_INVESTIGATE);
        if (p->w_security >= 60)
            add(c, ORD_COMPARTMENT, AIR_DEFEND, p->w_security * 20, T_COMPARTMENT);
    }
    /* weak comms are hardened with or without an attack: routine security
     * (it stays a candidate of this rule, so the candidates' order and
     * hence every decision are unchanged) */
    if (v->me.comms < 70) {
        struct cand *ch = add(c, ORD_HARDEN, AIR_GUARD, p->w_security * (75 - v->me.comms) * 2,
                              T_HARDEN);
        if (ch)
            ch->n1 = v->me.comms;
    }
}

/* How much a target is worth collecting on, and why: t's comms security
 * as we know it (ai_est_comms) and whether it shares a sector with us. */
static int ladder(struct ctx *c, int t, int comms, int colo, unsigned *why)
{
    int score = 20;
    *why = 0;
    if (c->level == AI_NOVICE)
        return score + rng_below(c->rng, 40);
    _Static_assert(DOS_COUNT <= 5, "bits counts the fresh dossiers of five categories");
    static const uint8_t bits[32] = { 0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4,
                                      1, 2, 2, 3, 2, 3, 3, 4, 2, 3, 3, 4, 3, 4, 4, 5 };
    int fresh = bits[ai_fresh(c, t) & 31];
    if (colo) {
        score += 30;
        *why |= W_COLOC;
    }
    if (comms >= 0 && comms < 55) {
        score += (60 - comms) / 2;
        *why |= W_LOWCOMMS;
    } else if (comms < 0) {
        score += 8;
    }
    score += (DOS_COUNT - fresh) * 7;
    if (fresh <= 2)
        *why |= W_THIN;
    if (c->mind->grudge[t] > 20) {
        score += c->mind->grudge[t] / 2;
        *why |= W_GRUDGE;
    }
    if (c->read_alert[t] && c->level == AI_EXPERT)
        score -= 25;
    return score;
}


/* Adds a covert candidate of that order whose terms are next_term's,
 * with the bound of its utility - or its exact utility when the bounds
 * do not hold. */
static inline struct cand *add_covert(struct ctx *c, int kind, int target, int lazy, int rule,
                               int text)
{
    if (c->nterm >= MAX_TERMS)
        return NULL;
    struct cand *ch = add(c, kind, rule, 1, text);
    if (!ch)
        return NULL;
    ch->o.target = (int8_t)target;
    ch->lazy = (uint8_t)lazy;
    ch->x = (uint8_t)c->nterm;
    int u = c->lazy_ok ? ai_bound(c, ch) : ai_settle(c, ch);
    if (u <= 0) {
        c->n--;
        return NULL;
    }
    ch->utility = u;
    c->nterm++;
    return ch;
}

/* A covert candidate: value x weight x chance, less the risk of being seen. */
static inline struct cand *consider_op(struct ctx *c, int kind, int target, int value, int weight,
                                int rule, int text)
{
    struct term *tm = next_term(c);
    tm->value = value;
    tm->weight = weight;
    return add_covert(c, kind, target, LZ_COVERT, rule, text);
}


/* Weeks between a betrayed partner's looks at the betrayer. */
#define WATCH_EVERY 3

/* A partner that rarely spies still looks at a seat that betrayed its
 * trust: the least visible collection it can run on it (observe when the
 * two share a sector, else intercept), for what it will need to know. */
static void watch_betrayer(struct ctx *c, int t)
{
    const struct view *v = c->v;
    /* betrayed: it attacked us, or was caught spying on the mission, and
     * we trusted it; not more than one look every few weeks */
    int grudge = c->mind->grudge[t];
    int attacked = grudge >= 20 && v->turn - c->mind->attacked_turn <= 1;
    int caught = c->mind->caught_turn[t] == v->turn && v->trust[v->seat][t] >= 50;
    if (c->p->w_collection >= 30 || !(attacked || caught) ||
        v->turn - c->mind->watch_turn < WATCH_EVERY)
        return;
    next_term(c)->value = grudge;
    struct cand *ch = add_covert(c, colocated(c, t) ? ORD_OBSERVE : ORD_INTERCEPT, t, LZ_WATCH,
                                 AIR_COLLECT, T_WATCH);
    if (ch)
        c->term[ch->x].why |= W_GRUDGE;
}

static void rule_collect(struct ctx *c)
{
    const struct view *v = c->v;
    const struct personality *p = c->p;
    int w_all = p->w_collection;
    if (c->mind->hardline)
        w_all = w_all * 5 / 4;
    for (int t = 0; t < v->nseats; t++) {
        if (t == v->seat)
            continue;
        unsigned why;
        int comms = ai_est_comms(c, t), colo = colocated(c, t);
        int a = ladder(c, t, comms, colo, &why);
        int bonus = c->obj.dossiers_on[t] ? 30 : 0;
        int w = w_all;
        if ((c->obj.dossiers_on[t] || c->obj.insider_in[t]) && w < OBJECTIVE_WEIGHT)
            w = OBJECTIVE_WEIGHT;
        struct cand *ch;
        int stale = c->mind->guess_turn[t] == v->turn - 1 && c->level != AI_NOVICE
                    ? c->mind->guess_kind[t] : -1;
        if (colo) {
            int val = ai_marginal_sum(c, t, 1u << DOS_EQUIPMENT | 1u << DOS_PROCEDURES, 1, 0) / 2;
            /* a procedures dossier makes the odds against t known, not guessed */
            int refresh = stale >= 0 && stale != ORD_OBSERVE;
            if (refresh)
                val += 40;
            if (val && (ch = consider_op(c, ORD_OBSERVE, t, (val + bonus) * a / 50, w,
                                         AIR_COLLECT, refresh ? T_REFRESH : T_OBSERVE))) {
                c->term[ch->x].why |= why;
                ch->n2 = stale;
            }
        }
        int val = ai_marginal(c, t, DOS_COMMUNICATIONS, 2, 0) / 2;
        if (comms >= 0 && comms < v->pub->cat.rules.intercept_read_below && c->level == AI_EXPERT)
            val += 30;           /* an expert knows the intercept will read its orders */
        if (val && (ch = consider_op(c, ORD_INTERCEPT, t, (val + bonus) * a / 50, w, AIR_COLLECT,
                                     T_INTERCEPT)))
            c->term[ch->x].why |= why;
        int stage = 0, exposure = 0;
        for (int k = 0; k < v->me.nins; k++)
            if (v->me.ins[k].target == t) {
                stage = v->me.ins[k].stage;
                exposure = v->me.ins[k].exposure;
            }
        int need = STAGE_RECRUITED - stage;
        int left = ai_horizon(v, 6) - need;
        if (stage < STAGE_RECRUITED && left > 0) {
            /* the prize: a recruited insider keeps four dossiers of the best
             * quality fresh to the end (and a secret objective may want it);
             * each remaining step brings it that much nearer */
            int prize = c->obj.insider_in[t] * POINT
                      + ai_marginal_sum(c, t, ALL_CATS & ~(1u << DOS_EQUIPMENT), 3, 1);
            struct term *tm = next_term(c);
            *tm = (struct term){ .weight = w, .ins = prize * 2 / (need * 3) + bonus, .a = a,
                                 .left = left, .need = need,
                                 .plus = c->level == AI_EXPERT && stage ? 20 : 0 };
            if ((ch = add_covert(c, ORD_INSIDER, t, LZ_INSIDER, AIR_COLLECT,
                                 stage ? T_DEVELOP : T_APPROACH)))
                c->term[ch->x].why |= why;
        } else if (stage == STAGE_RECRUITED && exposure > 50 && c->level != AI_NOVICE) {
            consider_op(c, ORD_INSIDER, t, 50, w, AIR_COLLECT, T_REASSURE);
        }
        watch_betrayer(c, t);
    }
}

static void rule_network(struct ctx *c)
{
    const struct view *v = c->v;
    const struct personality *p = c->p;
    const struct rules *r = &v->pub->cat.rules;
    int shared = 0, yield = 0, sharers = 0, implanted = 0;
    for (int k = 0; k < v->me.nimp; k++)
        implanted |= v->me.imp[k].target == TARGET_HQ;
    /* a first intrusion leaves an implant that keeps reading at half rate:
     * its dossiers will still be fresh at the end */
    int lasting = !implanted && c->level == AI_EXPERT;
    int read = 0, none_per = 0;
    for (int t = 0; t < v->nseats; t++) {
        if (t == v->seat)
            continue;
        shared += v->c[t].share;
        sharers += v->c[t].share > 0;
        /* each category's share of what an intrusion reads of t: none
         * when t shares nothing, all of it at a per mille of 1000 or more */
        int per = v->pub->cat.orders[ORD_INTRUDE].base * (v->centralisation + 1) * v->c[t].share;
        if (per >= 1000) {
            yield += ai_marginal_sum(c, t, ALL_CATS, 2, lasting);
        } else if (per != 0) {
            /* of a target we hold nothing on, it reads the same as of the
             * last such target that shares as much */
            int none = !ai_held(c, t, ALL_CATS);
            if (!none || per != none_per) {
                read = 0;
                for (int cat = 0; cat < DOS_COUNT; cat++)
                    read += ai_marginal(c, t, cat, 2, lasting) * per / 1000;
                none_per = none ? per : 0;
            }
            yield += read;
        }
    }
    for (int cat = DOS_EQUIPMENT; cat <= DOS_COMMUNICATIONS; cat++)
        yield += ai_marginal(c, TARGET_HQ, cat, 2, 0) / 2;
    if (c->obj.dossiers_on[TARGET_HQ])
        yield += 30;
    struct cand *ch = consider_op(c, ORD_INTRUDE, -1, yield / 2, p->w_collection, AIR_NETWORK,
                                  T_INTRUDE);
    if (ch)
        ch->n2 = shared;
    int own_clean = 0, own = 0;
    for (int i = 0; i < v->neq; i++)
        if (v->eq[i].supplier == v->seat) {
            own++;
            own_clean += !v->eq[i].backdoor && !v->eq[i].discovered;
        }
    int stream = sharers * r->weight_communications * 2 * ai_horizon(v, 6) / 2
               + (c->obj.backdoor_live ? 80 + c->obj.backdoor_live * POINT / 2 : 0);
    int w_backdoor = p->w_collection;
    if (c->obj.backdoor_live && w_backdoor < OBJECTIVE_WEIGHT)
        w_backdoor = OBJECTIVE_WEIGHT;
    if (own_clean)
        consider_op(c, ORD_BACKDOOR, -1, stream, w_backdoor, AIR_NETWORK, T_BACKDOOR);
    int colo = 0, retain = 0;
    for (int t = 0; t < v->nseats; t++)
        if (t != v->seat && colocated(c, t)) {
            colo++;
            retain += ai_marginal_sum(c, t, 1u << DOS_CAPABILITIES | 1u << DOS_EQUIPMENT, 1, 0) / 2;
        }
    if (retain && (ch = consider_op(c, ORD_RETAIN, -1, retain, p->w_collection, AIR_NETWORK,
                                    T_RETAIN)))
        ch->n2 = colo;
    if (!own && v->me.caps[CAP_CYBER] >= 1 && (p->w_collection >= 80 || c->obj.backdoor_live))
        add(c, ORD_CONTRIBUTE, AIR_NETWORK, (p->w_collection + (c->obj.backdoor_live ? 60 : 0))
                                                * stream / 3, T_ACCESS);
    if (v->centralisation < 3 && c->obj.central >= 0 &&
        ((p->w_collection >= 80 && v->me.caps[CAP_CYBER] >= 2) || c->obj.central > 0))
        add(c, ORD_CENTRALISE, AIR_NETWORK, p->w_collection * 12 + c->obj.central * 1500,
            T_ONE_TARGET);
    /* a false flag: the next detected operation is blamed on the seat
     * with the lowest reputation; worth most to a seat whose operations
     * were already traced to it (each costs some 11 points) */
    int traced = c->mind->traced;
    if (p->risk >= 50 && v->me.false_flag < 0 && (p->risk >= 60 || traced > 0)) {
        int scapegoat = -1, low = 101;
        for (int t = 0; t < v->nseats; t++)
            if (t != v->seat && v->c[t].reputation < low) {
                low = v->c[t].reputation;
                scapegoat = t;
            }
        int val = 30 + (traced < 4 ? traced : 4) * 3 * POINT;
        if (scapegoat >= 0 && (ch = consider_op(c, ORD_FALSE_FLAG, scapegoat, val, p->risk,
                                                AIR_NETWORK,
                                                traced ? T_FALSE_FLAG_COVER : T_FALSE_FLAG)))
            ch->n2 = traced;
    }
}

/* Reads the seat's secret objectives that do not hold yet. */
static void objectives(struct ctx *c)
{
    const struct view *v = c->v;
    memset(&c->obj, 0, sizeof c->obj);
    for (int k = 0; k < v->nobjectives; k++) {
        const struct view_objective *o = &v->objectives[k];
        int open = !v->objectives[k].done;
        switch (o->kind) {
        case OBJ_DOSSIERS_ON:
            if (open && o->target >= 0 && o->target < MAX_TARGETS)
                c->obj.dossiers_on[o->target] = 1;
            break;
        case OBJ_INSIDER_IN:
            if (open && o->target >= 0 && o->target < MAX_SEATS)
                c->obj.insider_in[o->target] = o->points;
            break;
        case OBJ_TRUSTED_BY:
            if (o->target >= 0 && o->target < MAX_SEATS)
                c->obj.trusted_by[o->target] = 1;
            break;
        case OBJ_SECTOR_STABLE:
            if (open && o->sector >= 0 && o->sector < MAX_SECTORS)
                c->obj.sector[o->sector] = 1;
            break;
        case OBJ_INFLUENCE:
            /* open, or held by less than a week's courting */
            if (v->me.influence < o->value + COURT_MARGIN) {
                c->obj.influence = o->points;
                c->obj.influence_short = o->value + COURT_MARGIN - v->me.influence;
            }
            break;
        case OBJ_BACKDOOR_LIVE: c->obj.backdoor_live = open ? o->points : 0; break;
        case OBJ_CLEAN_HANDS: c->obj.clean_hands = o->points > 0 ? o->points : 1; break;
        case OBJ_CENTRALISATION: if (open) c->obj.central = 1; break;
        case OBJ_DECENTRALISED: c->obj.central = -1; break;
        default: break;
        }
    }
}

static void rule_influence(struct ctx *c)
{
    const struct order_def *d = &c->v->pub->cat.orders[ORD_COURT];
    int want = c->obj.influence ? 2 : 1;
    int w = c->p->w_influence;
    int value = want * d->base * 12 * (110 - c->v->me.influence) / 100;
    if (c->obj.influence) {
        /* the objective's points, for the share of the gap one success closes */
        int gap = c->obj.influence_short > d->base ? c->obj.influence_short : d->base;
        value += c->obj.influence * POINT * d->base / gap;
        if (w < OBJECTIVE_WEIGHT)
            w = OBJECTIVE_WEIGHT;
    }
    struct cand *ch = consider_op(c, ORD_COURT, -1, value, w, AIR_INFLUENCE, T_COURT);
    if (ch)
        ch->n2 = c->v->me.influence;
}

static void rule_mandate(struct ctx *c)
{
    const struct view *v = c->v;
    const struct personality *p = c->p;
    int w = p->w_mandate;
    if (c->mind->hardline)
        w = w * 7 / 10;
    /* An expert reads the scoreboard: a mandate short of success costs
     * every country its factor. It halves the mandate's weight - unless
     * its capital wants a sector held (held yet or not): then the
     * mandate carries its score. */
    int sector_objective = 0;
    for (int k = 0; k < v->nobjectives; k++)
        sector_objective |= v->objectives[k].kind == OBJ_SECTOR_STABLE;
    if (c->level == AI_EXPERT && !sector_objective)
        w = w * 1 / 2;
    /* the operations our capability allows: each one's gain before the
     * sector's threat (gain[0], and gain[1] where the threat counts three
     * times), the feature it needs and its candidate */
    enum { NOP = ORD_MEDICAL - ORD_PATROL + 1 };
    int gain[2][NOP];
    unsigned feature[NOP];
    struct cand mc[NOP];
    int nop = 0;
    for (int k = ORD_PATROL; k <= ORD_MEDICAL; k++) {
        const struct order_def *d = &v->pub->cat.orders[k];
        int cap = d->capability >= 0 ? v->me.caps[d->capability] : v->me.influence / 20;
        if (cap < d->min_capability)
            continue;
        int base = d->base * (5 + cap) * (200 + v->pool) / 1000;
        gain[0][nop] = base - d->threat;
        gain[1][nop] = base - d->threat * 3;
        feature[nop] = d->feature >= 0 ? 1u << d->feature : 0;
        mc[nop] = c->blank;
        mc[nop].rule = AIR_MANDATE;
        mc[nop].text = T_MANDATE_OP;
        mc[nop++].o.kind = (uint8_t)k;
    }
    /* the partners trusted enough for a joint operation, and its gain */
    int partner[MAX_SEATS], ptrust[MAX_SEATS], pgain[MAX_SEATS], npartner = 0;
    const struct order_def *dj = &v->pub->cat.orders[ORD_JOINT];
    for (int t = 0; t < v->nseats; t++) {
        if (t == v->seat)
            continue;
        int trust = (v->trust[t][v->seat] + v->trust[v->seat][t]) / 2;
        if (trust < 45 || c->mind->grudge[t] > 30)
            continue;
        partner[npartner] = t;
        pgain[npartner] = dj->base * (5 + v->me.caps[CAP_PATROL]) * (50 + trust) / 500;
        ptrust[npartner++] = trust;
    }
    unsigned mine = 0;
    for (int s = 0; s < v->nsectors; s++)
        if (v->sectors[s].deployed & (1u << v->seat))
            mine |= 1u << s;
    for (int s = 0; s < v->nsectors; s++) {
        const struct view_sector *sec = &v->sectors[s];
        int need = 100 - sec->stability + sec->threat * 4;
        int wn = w * (40 + need);
        /* an objective's sector first - but not for an expert, who
         * knows the mandate's factor multiplies every point it holds */
        int first = c->obj.sector[s] && c->level != AI_EXPERT;
        /* we are in it or next to it (view_reaches) */
        if ((mine >> s & 1u) || (v->pub->sectors[s].neighbours & mine)) {
            unsigned lacks = ~v->pub->sectors[s].features;
            const int *g = gain[sec->threat > 2];
            int less = sec->threat / 2;
            int n = c->n;
            struct cand *cand = c->cand;
            for (int i = 0; i < nop; i++) {
                int u = wn * (g[i] - less) / 40;
                if (first)
                    u = u * 3 / 2;
                if (u <= 0 || (feature[i] & lacks) || n >= MAX_CANDIDATES)
                    continue;
                cand[n] = mc[i];
                cand[n].o.sector = (int8_t)s;
                cand[n++].utility = u;
            }
            c->n = n;
        }
        if (!(mine >> s & 1u))
            continue;
        for (int i = 0; i < npartner; i++) {
            int t = partner[i], trust = ptrust[i];
            int u = wn * pgain[i] / 40 * (50 + trust) / 100;
            if (c->obj.trusted_by[t] || c->obj.sector[s])
                u = u * 3 / 2;
            struct cand *ch = add(c, ORD_JOINT, AIR_MANDATE, u, T_JOINT);
            if (ch) {
                ch->o.sector = (int8_t)s;
                ch->o.target = (int8_t)t;
                ch->n1 = trust;
            }
        }
    }
}

static void rule_contribute(struct ctx *c)
{
    const struct view *v = c->v;
    const struct personality *p = c->p;
    int want = p->share;
    if (c->mind->hardline && want > 0)
        want--;
    /* sharing less is no contribution: it protects our own intelligence */
    if (want != v->me.share) {
        int less = want < v->me.share;
        struct cand *ch = add(c, ORD_SHARE, less ? AIR_GUARD : AIR_CONTRIBUTE, 6000,
                              less ? T_SHARE_LESS : T_SHARE);
        if (ch) {
            ch->o.level = (int8_t)want;
            ch->n1 = v->me.share;
        }
    }
    if (p->w_mandate >= 60 && v->neq < MAX_EQUIPMENT)
        add(c, ORD_CONTRIBUTE, AIR_CONTRIBUTE, p->w_mandate * (110 - v->net_security) / 2,
            T_CONTRIBUTE);
    if (p->w_mandate >= 70 && p->w_security < 80 && v->centralisation < 2 && c->obj.central >= 0)
        add(c, ORD_CENTRALISE, AIR_CONTRIBUTE, p->w_mandate * 15, T_CENTRALISE);
}

static void rule_guard(struct ctx *c)
{
    const struct view *v = c->v;
    const struct personality *p = c->p;
    int own_backdoor = 0;
    for (int i = 0; i < v->neq; i++)
        own_backdoor |= v->eq[i].supplier == v->seat && v->eq[i].backdoor && !v->eq[i].discovered;
    /* no audit that could find our own backdoor - unless we do not think */
    if (v->neq > 0 && (!own_backdoor || c->level == AI_NOVICE))
        add(c, ORD_AUDIT, AIR_GUARD, p->w_security * (v->turn % 3 == 0 ? 30 : 8), T_AUDIT);
    add(c, ORD_SWEEP, AIR_GUARD, p->w_security * p->w_security / 8, T_SWEEP);
    if (v->me.canary_until < v->turn && p->w_security >= 70)
        add(c, ORD_CANARY, AIR_GUARD, p->w_security * 10, T_CANARY_ROUTINE);
}

static void rule_diplomacy(struct ctx *c)
{
    const struct view *v = c->v;
    const struct personality *p = c->p;
    if (c->mind->hardline)
        return;
    int best = -1, bt = 0, accept = 0;
    for (int t = 0; t < v->nseats; t++) {
        if (t == v->seat || (v->me.pacts & (1u << t)))
            continue;
        int trust = (v->trust[t][v->seat] + v->trust[v->seat][t]) / 2;
        /* an offer made to us last turn is taken up first */
        int offered = c->mind->offered[t] && v->turn - c->mind->offered[t] <= 1 && trust >= 40;
        if ((offered && !accept) || (offered == accept && trust > bt)) {
            bt = trust;
            best = t;
            accept = offered;
        }
    }
    /* unanswered proposals are not repeated every turn */
    int patient = accept || c->level != AI_STANDARD || v->turn - c->mind->pact_turn >= 2;
    if (best >= 0 && (bt >= 60 || accept) && patient) {
        struct cand *ch = add(c, ORD_PACT, AIR_DIPLOMACY,
                              (p->w_mandate + p->w_collection) * (accept ? 40 : 15), T_PACT);
        if (ch) {
            ch->o.target = (int8_t)best;
            ch->n1 = bt;
        }
    }
}

/* --- the uniform baseline ----------------------------------------------------- */

/* Every legal order, each checked by view_check_orders. The orders it
 * would refuse at once are not put to it: a kind the seat lacks the
 * capability for, a sector it does not reach (or, for a joint
 * operation, is not deployed in), the seat itself as target. */
static void random_candidates(struct ctx *c)
{
    const struct view *v = c->v;
    unsigned deployed = 0, reach = 0;
    for (int s = 0; s < v->nsectors; s++)
        if (v->sectors[s].deployed & (1u << v->seat))
            deployed |= 1u << s;
    for (int s = 0; s < v->nsectors; s++)
        if ((deployed >> s & 1u) || (v->pub->sectors[s].neighbours & deployed))
            reach |= 1u << s;
    for (int k = 0; k < ORD_COUNT; k++) {
        int tk = order_target_kind(k);
        const struct order_def *d = &v->pub->cat.orders[k];
        if (tk == TK_CHOICE || ((d->capability >= 0 || k == ORD_FALSE_FLAG) &&
                                odds_skill(v->me.caps, k, &v->pub->cat) < d->min_capability))
            continue;
        int sectors = tk == TK_SECTOR || tk == TK_SECTOR_SEAT ? v->nsectors : 1;
        int seats = tk == TK_SEAT || tk == TK_SECTOR_SEAT ? v->nseats : 1;   /* 2 or more */
        int levels = tk == TK_LEVEL ? 3 : 1;
        unsigned in = tk == TK_SECTOR ? reach : tk == TK_SECTOR_SEAT ? deployed : ~0u;
        for (int s = 0; s < sectors; s++)
            for (int t = 0; t < seats; t++)
                for (int l = 0; l < levels; l++) {
                    if (!(in >> s & 1u) || (seats > 1 && t == v->seat))
                        continue;
                    struct order o = order_make(k, v->seat, v->turn);
                    o.sector = (int8_t)(sectors > 1 || tk == TK_SECTOR ? s : -1);
                    o.target = (int8_t)(seats > 1 ? t : -1);
                    o.level = (int8_t)l;
                    if (!view_check_orders(v, &o, 1, NULL, 0))
                        continue;
                    struct cand *ch = add(c, k, AIR_RANDOM, 1, T_RANDOM);
                    if (!ch)
                        return;
                    ch->o = o;
                }
    }
}

void ai_objectives(struct ctx *c)
{
    objectives(c);
}

/* No candidate yet, and the empty term (term 0) for the candidates
 * that are not covert. */
static void begin(struct ctx *c)
{
    c->blank = (struct cand){ .o = order_make(0, c->v->seat, c->v->turn), .lazy = LZ_EXACT };
    c->term[0] = (struct term){ 0 };
    c->nterm = 1;
}

void ai_random_candidates(struct ctx *c)
{
    begin(c);
    random_candidates(c);
}

void ai_candidates(struct ctx *c)
{
    const struct view *v = c->v;
    begin(c);
    unsigned me = 1u << v->seat;
    c->colocated = 0;
    for (int s = 0; s < v->nsectors; s++)
        if (v->sectors[s].deployed & me)
            c->colocated |= v->sectors[s].deployed;
    c->colocated &= ~me;
    ai_value_tables(c);
    rule_injects(c);
    rule_retaliate(c);
    rule_defend(c);
    rule_collect(c);
    rule_network(c);
    rule_influence(c);
    rule_mandate(c);
    rule_contribute(c);
    rule_guard(c);
    rule_diplomacy(c);
}
