/* resolve.c - the resolution of a turn, in the fixed order of
 * assets/RULES.md section 3: defensive measures and contributions, covert
 * operations (covert.c), mandate operations, diplomacy, spoilers and
 * leaks, standing intelligence, then injects' effects, and the end
 * check. */
#include <string.h>

#include "internal.h"

/* --- contributions ----------------------------------------------------------- */

/* Installs an item of supplier's (carrying its backdoor or not) in user's
 * communications, which gain amount of security for c, or with user -1 in
 * the mission network, which does. Returns its public event (the caller
 * may give it a cause), or NULL when MAX_EQUIPMENT items are installed or
 * the event is not kept. */
static struct event *equipment_install(struct game *g, int supplier, int user, int backdoor,
                                       int amount, struct cause c)
{
    if (g->neq >= MAX_EQUIPMENT)
        return NULL;
    struct equipment *q = &g->eq[g->neq++];
    q->supplier = (int8_t)supplier;
    q->since = (int8_t)g->turn;
    q->backdoor = (uint8_t)(backdoor != 0);
    q->discovered = 0;
    q->user = (int8_t)user;
    struct event *e = ev_add_by(g, EV_EQUIPMENT, AUDIENCE_PUBLIC, supplier, user);
    if (e)
        e->a = (int16_t)(g->neq - 1);
    if (user >= 0)
        own_change(g, user, EV_COMMS, amount, c);
    else
        network_change(g, 0, amount, c);
    return e;
}

static void contribution(struct game *g, int seat, const struct order *o)
{
    struct seat *st = &g->seats[seat];
    const struct order_def *d = DEF(g, o->kind);
    switch (o->kind) {
    case ORD_SHARE:
        st->share = o->level;
        break;
    case ORD_CONTRIBUTE:
        equipment_install(g, seat, -1, 0, d->base, cause_of(CAUSE_ORDER, seat, o->kind));
        break;
    case ORD_CENTRALISE:
        g->central_support += d->base;
        if (g->central_support >= R(g)->centralise_support && g->centralisation < 3) {
            g->central_support = 0;
            network_change(g, 1, 0, cause_of(CAUSE_ORDER, seat, o->kind));
        }
        break;
    default:
        break;
    }
}

/* --- mandate operations ---------------------------------------------------- */

static void mandate_op(struct game *g, int seat, const struct order *o)
{
    const struct order_def *d = DEF(g, o->kind);
    const struct seat *st = &g->seats[seat];
    const struct rules *r = R(g);
    int cap = d->capability >= 0 ? st->caps[d->capability] : st->influence / 20;
    /* gain in thousandths of a point */
    long gain = (long)d->base * 1000 * (5 + cap) / 5;
    long eff = (long)g->pool * (100 + g->centralisation * r->centralisation_eff) / 100;
    gain = gain * (r->pool_div + eff) / r->pool_div;
    if (o->kind == ORD_JOINT) {
        int t = (g->seats[o->target].trust[seat] + st->trust[o->target]) / 2;
        gain = gain * (50 + t) / 100;
    }
    if (st->compartment)
        gain = gain * (100 - r->compartment_penalty) / 100;
    /* the more stable a sector, the harder each further point */
    gain = gain * (100 - (long)r->saturation * g->sectors[o->sector].stability / 100) / 100;
    gain -= (long)g->sectors[o->sector].threat * 1000 / r->threat_div;
    if (gain < 0)
        gain = 0;
    struct sector_state *sec = &g->sectors[o->sector];
    int delta = (int)((gain + 500) / 1000);
    int old = sec->stability;
    sec->stability = clampi(sec->stability + delta, 0, 100);
    int oldt = sec->threat;
    sec->threat = clampi(sec->threat + d->threat, 0, 10);
    if (o->kind == ORD_JOINT)
        sec->deployed |= (uint8_t)(1u << o->target);
    struct event *e = ev_add_by(g, EV_MANDATE_OP, AUDIENCE_PUBLIC, seat, o->target);
    if (e) {
        e->order = (int8_t)o->kind;
        e->sector = (int8_t)o->sector;
        e->a = (int16_t)(sec->stability - old);
        e->b = (int16_t)(sec->threat - oldt);
    }
}

/* --- diplomacy -------------------------------------------------------------- */

static void diplomacy(struct game *g, int seat, const struct order *o)
{
    struct seat *st = &g->seats[seat];
    struct event *e;
    switch (o->kind) {
    case ORD_ACCUSE: {
        int ev = st->evidence[o->target];
        e = ev_add_by(g, EV_ACCUSE, AUDIENCE_PUBLIC, seat, o->target);
        if (e)
            e->a = (int16_t)ev;
        if (ev > 0) {
            st->accusations_true++;
            for (int i = 0; i < g->nseats; i++)
                if (i != o->target)
                    trust_drop(g, i, o->target, R(g)->accuse_evidence_trust,
                               cause_of(CAUSE_ORDER, seat, ORD_ACCUSE));
        } else {
            st->accusations_false++;
            for (int i = 0; i < g->nseats; i++)
                if (i != seat)
                    trust_drop(g, i, seat, R(g)->accuse_baseless_trust,
                               cause_of(CAUSE_ORDER, seat, ORD_ACCUSE));
        }
        break;
    }
    case ORD_PACT: {
        struct seat *t = &g->seats[o->target];
        int formed = t->pact_offer == seat && t->pact_offer_turn >= g->turn - 1;
        e = ev_add_by(g, EV_PACT, AUDIENCE_PUBLIC, seat, o->target);
        if (e)
            e->a = (int16_t)formed;
        if (formed) {
            st->pacts |= (uint8_t)(1u << o->target);
            t->pacts |= (uint8_t)(1u << seat);
            t->pact_offer = -1;
            trust_drop(g, seat, o->target, -R(g)->pact_trust, cause_of(CAUSE_ORDER, seat, ORD_PACT));
            trust_drop(g, o->target, seat, -R(g)->pact_trust, cause_of(CAUSE_ORDER, seat, ORD_PACT));
        } else {
            st->pact_offer = o->target;
            st->pact_offer_turn = (int8_t)g->turn;
        }
        break;
    }
    case ORD_INVESTIGATE: {
        int culprit = g->last_attacker[seat];
        int found = culprit >= 0 &&
                    g->turn - g->last_attack_turn[seat] <= R(g)->investigation_window &&
                    rng_chance(&g->rng, R(g)->investigation_base
                                            + g->net_security * R(g)->investigation_per_security);
        ev_add_by(g, EV_INVESTIGATION, AUDIENCE_PUBLIC, seat, found ? culprit : -1);
        if (found) {
            g->last_attacker[seat] = -1;
            st->evidence[culprit] += R(g)->canary_evidence;
            g->seats[culprit].attributed++;
            incident_fallout(g, seat, culprit, cause_of(CAUSE_ORDER, seat, ORD_INVESTIGATE));
        }
        break;
    }
    default:
        break;
    }
}


/* --- spoilers, leaks and standing intelligence ------------------------------ */

static void spoilers(struct game *g)
{
    const struct rules *r = R(g);
    for (int s = 0; s < g->nsectors; s++) {
        struct sector_state *sec = &g->sectors[s];
        int old = sec->stability, oldt = sec->threat;
        sec->stability = clampi(sec->stability - g->sc->drift
                                    - r->spoiler_loss * sec->threat / 2, 0, 100);
        if (sec->stability < r->threat_rise_below && rng_chance(&g->rng, r->threat_rise_chance))
            sec->threat = clampi(sec->threat + 1, 0, 10);
        else if (sec->stability > r->threat_fall_above && sec->threat > 0)
            sec->threat--;
        sector_event(g, EV_STABILITY, s, sec->stability - old, sec->stability,
                     cause_of(CAUSE_SPOILERS, -1, -1));
        sector_event(g, EV_THREAT, s, sec->threat - oldt, sec->threat,
                     cause_of(CAUSE_SPOILERS, -1, -1));
    }
    /* A compromised database leaks to spoilers, by centralisation. */
    if (g->db_compromised > 0) {
        g->db_compromised--;
        if (rng_chance(&g->rng, r->leak_chance * g->centralisation)) {
            int exposed = -1, best = 0;
            for (int i = 0; i < g->nseats; i++)
                if (g->seats[i].share > best) {
                    best = g->seats[i].share;
                    exposed = i;
                }
            int s = rng_below(&g->rng, g->nsectors);
            if (exposed >= 0)
                for (int k = 0; k < g->nsectors; k++)
                    if (g->sectors[k].deployed & (1u << exposed)) {
                        s = k;
                        break;
                    }
            g->sectors[s].threat = clampi(g->sectors[s].threat + r->leak_threat, 0, 10);
            struct event *e = ev_add_by(g, EV_LEAK, AUDIENCE_PUBLIC, -1,
                                        exposed >= 0 ? exposed : TARGET_HQ);
            if (e) {
                e->sector = (int8_t)s;
                e->a = (int16_t)r->leak_threat;
            }
        }
    }
    int gain = 0;
    for (int i = 0; i < g->nseats; i++) {
        int share = g->seats[i].share;
        if (g->seats[i].compartment && share > 1)
            share = 1;
        gain += share == SHARE_BROAD ? r->share_broad : share == SHARE_TACTICAL ? r->share_tactical : 0;
    }
    pool_change(g, gain - g->pool * r->pool_decay_pct / 100, cause_of(CAUSE_SHARING, -1, -1));
}

/* Burden sharing: a contingent that neither ran a mandate operation nor
 * contributed to the mission this turn (not in worked, a bit per seat)
 * loses some of everyone's trust. */
static void burden_sharing(struct game *g, unsigned worked)
{
    int loss = R(g)->trust_idle;
    for (int s = 0; loss && s < g->nseats; s++) {
        if (worked >> s & 1u)
            continue;
        for (int i = 0; i < g->nseats; i++)
            trust_drop(g, i, s, loss, cause_of(CAUSE_IDLE, s, -1));
    }
}

/* Trust heals slowly towards where the scenario started it. */
static void trust_recovery(struct game *g)
{
    int step = R(g)->trust_recovery;
    for (int a = 0; step && a < g->nseats; a++) {
        const int8_t *now = g->seats[a].trust;
        const int *start = g->sc->seats[a].trust;
        for (int b = 0; b < g->nseats; b++)
            if (now[b] < start[b] && a != b)
                trust_drop(g, a, b, -(now[b] + step < start[b] ? step : start[b] - now[b]),
                           cause_of(CAUSE_RECOVERY, -1, -1));
    }
}

/* The seat's fresh dossiers: bit t * DOS_COUNT + c for target t,
 * category c. */
static uint64_t fresh_dossiers(const struct game *g, int seat)
{
    _Static_assert(MAX_TARGETS * DOS_COUNT <= 64, "a seat's dossiers fit a mask");
    _Static_assert(DOS_COUNT == 5, "a target's five categories");
    int from = dossier_fresh_from(g);
    uint64_t m = 0;
    for (int t = 0; t < MAX_TARGETS; t++) {
        if (t == g->nseats)
            t = TARGET_HQ;       /* no seat beyond the game's */
        if (t == seat)
            continue;            /* none on itself */
        const struct dossier *d = g->seats[seat].dos[t];
        unsigned bits = (unsigned)(d[0].turn >= from) | (unsigned)(d[1].turn >= from) << 1 |
                        (unsigned)(d[2].turn >= from) << 2 | (unsigned)(d[3].turn >= from) << 3 |
                        (unsigned)(d[4].turn >= from) << 4;
        m |= (uint64_t)bits << (t * DOS_COUNT);
    }
    return m;
}

static void standing_intelligence(struct game *g)
{
    const struct rules *r = R(g);
    for (int h = 0; h < g->nseats; h++) {
        struct seat *hs = &g->seats[h];
        /* insiders report, and risk exposure */
        for (int k = 0; k < hs->nins; k++) {
            struct insider *in = &hs->ins[k];
            if (in->stage == STAGE_RECRUITED) {
                dossier_gain(g, h, in->target, DOS_PERSONNEL, 3);
                dossier_gain(g, h, in->target, DOS_PROCEDURES, 3);
                dossier_gain(g, h, in->target, DOS_COMMUNICATIONS, 3);
                dossier_gain(g, h, in->target, DOS_CAPABILITIES, 3);
                hs->taps |= (uint8_t)(1u << in->target);
            }
            in->exposure = (uint8_t)clampi(in->exposure + r->insider_exposure * in->stage / 2, 0, 100);
            if (in->exposure >= 100) {
                blow_insider(g, h, k, 0);
                k--;
            }
        }
        /* a network implant keeps reading the database, at half the rate */
        for (int k = 0; k < hs->nimp; k++)
            if (hs->imp[k].target == TARGET_HQ && hs->imp[k].since < g->turn) {
                database_yield(g, h, DEF(g, ORD_INTRUDE)->base / 2);
                g->db_compromised = g->db_compromised > 1 ? g->db_compromised : 1;
            }
    }
    /* backdoored equipment intercepts all traffic on the network; in a
     * contingent's communications, all of that contingent's */
    for (int i = 0; i < g->neq; i++) {
        const struct equipment *q = &g->eq[i];
        if (!q->backdoor || q->discovered)
            continue;
        if (q->user >= 0) {
            if (q->user != q->supplier) {
                dossier_gain(g, q->supplier, q->user, DOS_COMMUNICATIONS, 2);
                g->seats[q->supplier].taps |= (uint8_t)(1u << q->user);
            }
            continue;
        }
        for (int t = 0; t < g->nseats; t++)
            if (t != q->supplier && g->seats[t].share > 0)
                dossier_gain(g, q->supplier, t, DOS_COMMUNICATIONS, 2);
        dossier_gain(g, q->supplier, TARGET_HQ, DOS_COMMUNICATIONS, 2);
    }
    /* pact partners swap their dossiers on third parties */
    uint64_t fresh[MAX_SEATS];
    for (int a = 0; a < g->nseats; a++)
        if (g->seats[a].pacts)
            fresh[a] = fresh_dossiers(g, a);
    for (int a = 0; a < g->nseats; a++)
        for (int b = a + 1; b < g->nseats; b++) {
            if (!(g->seats[a].pacts & (1u << b)))
                continue;
            /* in the order of [t][c]: b gains what only a holds fresh, a
             * what only b does (a gain leaves the other's dossier as it
             * was, and makes the gainer's fresh) */
            for (uint64_t only = fresh[a] ^ fresh[b]; only; only &= only - 1) {
                int k = lowest_bit(only);
                int t = k / DOS_COUNT, c = k % DOS_COUNT;
                int to = fresh[a] >> k & 1u ? b : a;
                if (t != to) {
                    dossier_gain(g, to, t, c, 1);
                    fresh[to] |= (uint64_t)1 << k;
                }
            }
        }
}

/* Orders read through taps and insiders: the reader sees the target's list. */
static void read_orders(struct game *g)
{
    for (int h = 0; h < g->nseats; h++) {
        uint8_t taps = g->seats[h].taps;
        if (!taps)
            continue;
        g->seats[h].taps = 0;
        for (int t = 0; t < g->nseats; t++) {
            if (!(taps & (1u << t)) || t == h)
                continue;
            for (int k = 0; k < g->norders[t]; k++) {
                const struct order *o = &g->orders[t][k];
                struct event *e = ev_add_by(g, EV_ORDERS_READ, AUDIENCE_SEAT(h), h, t);
                if (e) {
                    e->order = (int8_t)o->kind;
                    e->sector = o->sector;
                    e->b = o->target;
                }
                if (!order_is_public(o->kind) && o->target == h)
                    g->seats[h].evidence[t]++;
            }
        }
    }
}

/* --- injects ------------------------------------------------------------------ */

/* An effect on seat i. */
static void effect_on_seat(struct game *g, const struct effect *ef, int i, struct cause c)
{
    struct seat *st = &g->seats[i];
    struct event *e;
    switch (ef->kind) {
    case EFF_INFLUENCE: own_change(g, i, EV_INFLUENCE, ef->amount, c); break;
    case EFF_COMMS: own_change(g, i, EV_COMMS, ef->amount, c); break;
    case EFF_AP:
        st->ap_bonus += ef->amount;
        e = ev_add_by(g, EV_AP, AUDIENCE_SEAT(i), i, -1);
        if (e) {
            e->a = (int16_t)ef->amount;
            e->b = (int16_t)clampi(g->sc->seats[i].ap + st->ap_bonus, 0, 1000);
            ev_cause(e, c);
        }
        break;
    case EFF_TRUST:
        for (int t = 0; t < g->nseats; t++)
            if (t != i && (ef->target < 0 || ef->target == t))
                trust_drop(g, i, t, -ef->amount, c);
        break;
    case EFF_OBJECTIVES:
        seat_objectives(st, ef->objectives, ef->nobjectives);
        e = ev_add_by(g, EV_OBJECTIVES, AUDIENCE_SEAT(i), i, -1);
        if (e)
            ev_cause(e, c);
        break;
    default: break;
    }
}

/* An effect on sector s. */
static void effect_on_sector(struct game *g, const struct effect *ef, int s, struct cause c)
{
    struct sector_state *sec = &g->sectors[s];
    int old;
    if (ef->kind == EFF_STABILITY) {
        old = sec->stability;
        sec->stability = clampi(old + ef->amount, 0, 100);
        sector_event(g, EV_STABILITY, s, sec->stability - old, sec->stability, c);
    } else {
        old = sec->threat;
        sec->threat = clampi(old + ef->amount, 0, 10);
        sector_event(g, EV_THREAT, s, sec->threat - old, sec->threat, c);
    }
}

/* An inject's effect: on its seats (ef->seat, or all), its sectors, or
 * the mission. */
static void effect_apply(struct game *g, const struct effect *ef, int k)
{
    const struct inject *in = &g->sc->injects[k];
    struct cause c = cause_of(CAUSE_INJECT, in->audience, k);
    struct event *e;
    switch (ef->kind) {
    case EFF_INFLUENCE: case EFF_COMMS: case EFF_AP: case EFF_TRUST: case EFF_OBJECTIVES:
        for (int i = 0; i < g->nseats; i++)
            if (ef->seat < 0 || ef->seat == i)
                effect_on_seat(g, ef, i, c);
        break;
    case EFF_STABILITY: case EFF_THREAT:
        for (int s = 0; s < g->nsectors; s++)
            if (ef->sector < 0 || ef->sector == s)
                effect_on_sector(g, ef, s, c);
        break;
    case EFF_POOL: pool_change(g, ef->amount, c); break;
    case EFF_NET_SECURITY: network_change(g, 0, ef->amount, c); break;
    case EFF_CENTRALISATION: network_change(g, ef->amount, 0, c); break;
    case EFF_EQUIPMENT:
        e = equipment_install(g, ef->target, ef->seat, ef->backdoor, ef->amount, c);
        if (e)
            ev_cause(e, c);
        break;
    default: break;
    }
}

static void injects(struct game *g)
{
    for (int k = 0; k < g->nlive; k++) {
        const struct inject *in = &g->sc->injects[g->live[k].index];
        g->inject_answer[g->live[k].index] = (int8_t)g->live[k].choice;
        for (int i = 0; i < in->neffects; i++)
            effect_apply(g, &in->effects[i], g->live[k].index);
        if (in->nchoices > 0) {
            int c = g->live[k].choice >= 0 ? g->live[k].choice : 0;
            for (int i = 0; i < in->choices[c].neffects; i++)
                effect_apply(g, &in->choices[c].effects[i], g->live[k].index);
            unsigned aud = in->audience < 0 ? AUDIENCE_PUBLIC : AUDIENCE_SEAT(in->audience);
            struct event *e = ev_add_by(g, EV_INJECT_CHOICE, aud, in->audience, -1);
            if (e) {
                e->a = (int16_t)g->live[k].index;
                e->b = (int16_t)c;
            }
        }
    }
}

/* --- the turn ----------------------------------------------------------------- */

typedef void (*step_fn)(struct game *, int, const struct order *);

/* The phases of a turn's orders, in the order they resolve: defensive
 * measures, contributions, false flags (so that they cover this turn's
 * operations), the other covert operations, mandate operations,
 * diplomacy. Responses to injects have none. */
enum { PH_COUNTER, PH_CONTRIBUTION, PH_FALSE_FLAG, PH_COVERT, PH_MANDATE, PH_DIPLOMACY,
       PH_COUNT, PH_NONE = PH_COUNT };

static int order_phase(int kind)
{
    switch (order_family(kind)) {
    case FAM_COUNTER: return PH_COUNTER;
    case FAM_CONTRIBUTION: return PH_CONTRIBUTION;
    case FAM_COVERT: return kind == ORD_FALSE_FLAG ? PH_FALSE_FLAG : PH_COVERT;
    case FAM_MANDATE: return PH_MANDATE;
    case FAM_DIPLOMACY: return PH_DIPLOMACY;
    default: return PH_NONE;
    }
}

/* The turn's orders in the order they resolve within each phase:
 * round-robin over the seats' lists, starting from a seat that rotates
 * each turn, so no seat always goes first. */
struct queue {
    const struct order *o[PH_COUNT + 1][MAX_SEATS * MAX_ORDERS];
    int n[PH_COUNT + 1];
    unsigned worked;             /* seats with a mandate operation or a contribution */
};

static void queue_build(const struct game *g, struct queue *q)
{
    int start = (g->turn - 1) % (g->nseats ? g->nseats : 1);
    int left[MAX_SEATS], nleft = 0;   /* seats with orders left, in turn */
    for (int j = 0, s = start; j < g->nseats; j++, s = s + 1 == g->nseats ? 0 : s + 1)
        if (g->norders[s])
            left[nleft++] = s;
    memset(q->n, 0, sizeof q->n);
    q->worked = 0;
    for (int k = 0; nleft; k++) {
        int still = 0;
        for (int j = 0; j < nleft; j++) {
            int s = left[j];
            int ph = order_phase(g->orders[s][k].kind);
            q->o[ph][q->n[ph]++] = &g->orders[s][k];
            q->worked |= (unsigned)(ph == PH_MANDATE || ph == PH_CONTRIBUTION) << s;
            if (k + 1 < g->norders[s])
                left[still++] = s;
        }
        nleft = still;
    }
}

/* Runs fn on the queued orders of a phase. */
static void run_phase(struct game *g, const struct queue *q, int ph, step_fn fn)
{
    for (int i = 0; i < q->n[ph]; i++) {
        const struct order *o = q->o[ph][i];
        fn(g, o->seat, o);
    }
}

static void record_public(struct game *g)
{
    for (int s = 0; s < g->nseats; s++)
        for (int k = 0; k < g->norders[s]; k++) {
            const struct order *o = &g->orders[s][k];
            if (o->kind == ORD_RESPOND) {
                for (int i = 0; i < g->nlive; i++)
                    if (g->live[i].index == o->inject)
                        g->live[i].choice = o->level;
                continue;
            }
            if (!order_is_public(o->kind) || order_family(o->kind) == FAM_MANDATE)
                continue;
            struct event *e = ev_add_by(g, EV_ORDER, AUDIENCE_PUBLIC, s, o->target);
            if (e) {
                e->order = (int8_t)o->kind;
                e->sector = o->sector;
                e->a = o->level;
            }
        }
}

void game_resolve(struct game *g)
{
    if (g->phase != PHASE_ORDERS)
        return;
    for (int s = 0; s < g->nseats; s++)
        if (!g->confirmed[s])
            g->norders[s] = 0;
    ev_reset(g);
    struct sector_state before[MAX_SECTORS];
    memcpy(before, g->sectors, sizeof before);
    record_public(g);
    read_orders(g);
    struct queue q;
    queue_build(g, &q);
    run_phase(g, &q, PH_COUNTER, covert_defend);
    run_phase(g, &q, PH_CONTRIBUTION, contribution);
    run_phase(g, &q, PH_FALSE_FLAG, covert_run);
    run_phase(g, &q, PH_COVERT, covert_run);
    run_phase(g, &q, PH_MANDATE, mandate_op);
    run_phase(g, &q, PH_DIPLOMACY, diplomacy);
    spoilers(g);
    burden_sharing(g, q.worked);
    trust_recovery(g);
    standing_intelligence(g);
    injects(g);
    struct event *e;
    for (int s = 0; s < g->nsectors; s++) {
        e = ev_add(g, EV_SECTOR_WEEK, AUDIENCE_PUBLIC);
        if (e) {
            e->sector = (int8_t)s;
            e->a = (int16_t)before[s].stability;
            e->b = (int16_t)g->sectors[s].stability;
            e->c = (int16_t)before[s].threat;
            e->d = (int16_t)g->sectors[s].threat;
        }
    }
    int avg = game_avg_stability(g);
    e = ev_add(g, EV_MANDATE, AUDIENCE_PUBLIC);
    if (e) {
        e->a = (int16_t)avg;
        e->b = (int16_t)game_min_stability(g);
    }
    if (avg < g->sc->collapse_floor)
        g->collapsed = 1;
    if (g->collapsed || g->turn >= g->sc->turns) {
        g->phase = PHASE_ENDED;
        g->outcome = game_mandate_outcome(g);
        e = ev_add(g, EV_GAME_END, AUDIENCE_PUBLIC);
        if (e) {
            e->outcome = (int8_t)g->outcome;
            e->a = (int16_t)g->collapsed;
        }
        return;
    }
    g->turn++;
    turn_begin(g);
}
