/* covert.c - covert operations and the measures against them
 * (assets/RULES.md section 5): success and effects, detection and
 * attribution with its fallout, counter-intelligence sweeps, network
 * audits, blown insider networks. */
#include <string.h>

#include "internal.h"
#include "odds.h"

/* --- attribution ----------------------------------------------------------- */

static int defender_ci(const struct game *g, int victim)
{
    return victim == TARGET_HQ ? g->net_security / 20
                               : g->seats[victim].caps[CAP_COUNTERINTEL];
}

/* Decides whom the victim blames for an operation of culprit. */
static int attribute(struct game *g, int victim, int culprit, int *how)
{
    struct seat *c = &g->seats[culprit];
    int ci = defender_ci(g, victim);
    int evidence = victim == TARGET_HQ ? 0 : g->seats[victim].evidence[culprit];
    if (evidence > R(g)->evidence_cap)
        evidence = R(g)->evidence_cap;
    int p_right = R(g)->attrib_base + R(g)->attrib_per_ci * ci
                + R(g)->attrib_evidence * evidence;
    if (c->false_flag >= 0 && c->false_flag != victim) {
        int named = c->false_flag;
        c->false_flag = -1;
        /* A false flag holds unless the victim sees through it. */
        if (!rng_chance(&g->rng, p_right * R(g)->false_flag_insight / 100)) {
            *how = ATTR_WRONG;
            return named;
        }
    }
    if (rng_chance(&g->rng, p_right)) {
        *how = ATTR_RIGHT;
        return culprit;
    }
    if (g->nseats > 2 && rng_chance(&g->rng, R(g)->attrib_wrong)) {
        int pick = rng_below(&g->rng, g->nseats);
        for (int k = 0; k < g->nseats; k++, pick = (pick + 1) % g->nseats)
            if (pick != culprit && pick != victim) {
                *how = ATTR_WRONG;
                return pick;
            }
    }
    *how = ATTR_UNKNOWN;
    return -1;
}

/* The victim detected an operation: attribution, reports, fallout. */
static int detected(struct game *g, int victim, int culprit, int kind)
{
    int how = ATTR_UNKNOWN;
    int blamed = attribute(g, victim, culprit, &how);
    struct seat *c = &g->seats[culprit];
    c->blown++;
    if (victim != TARGET_HQ) {
        struct seat *v = &g->seats[victim];
        v->detected_against++;
        g->last_attacker[victim] = (int8_t)culprit;
        g->last_attack_turn[victim] = (int8_t)g->turn;
        if (blamed >= 0) {
            v->evidence[blamed]++;
            v->times_victim[blamed]++;
        }
        struct event *e = ev_add_by(g, EV_DETECTED, AUDIENCE_SEAT(victim), -1, victim);
        if (e) {
            e->order = (int8_t)kind;
            e->blamed = (int8_t)blamed;
            e->outcome = (int8_t)how;
        }
    }
    if (how == ATTR_RIGHT)
        c->attributed++;
    else if (how == ATTR_WRONG)
        g->seats[blamed].blamed_falsely++;
    g->incidents++;
    struct event *e = ev_add_by(g, EV_INCIDENT, AUDIENCE_PUBLIC, -1, victim);
    if (e) {
        e->order = (int8_t)kind;
        e->blamed = (int8_t)blamed;
        e->outcome = (int8_t)how;
    }
    incident_fallout(g, victim, blamed, cause_of(CAUSE_INCIDENT, victim, kind));
    return blamed;
}

/* --- counter-intelligence --------------------------------------------------- */

void blow_insider(struct game *g, int holder, int k, int found_by_victim)
{
    struct seat *h = &g->seats[holder];
    int target = h->ins[k].target;
    h->ins[k] = h->ins[--h->nins];
    h->blown++;
    int how = ATTR_RIGHT, blamed = holder;
    if (found_by_victim)
        blamed = attribute(g, target, holder, &how);
    struct event *e = ev_add_by(g, EV_INSIDER_BLOWN, AUDIENCE_PUBLIC, holder, target);
    if (e) {
        e->blamed = (int8_t)blamed;
        e->outcome = (int8_t)how;
    }
    if (how == ATTR_RIGHT)
        h->attributed++;
    else if (blamed >= 0)
        g->seats[blamed].blamed_falsely++;
    if (blamed >= 0)
        g->seats[target].evidence[blamed]++;
    g->incidents++;
    incident_fallout(g, target, blamed, cause_of(CAUSE_INCIDENT, target, ORD_INSIDER));
    /* A blown network's reporting reaches the spoilers. */
    for (int s = 0; s < g->nsectors; s++)
        if (g->sectors[s].deployed & (1u << target)) {
            g->sectors[s].threat = clampi(g->sectors[s].threat + R(g)->insider_blow_threat, 0, 10);
            e = ev_add_by(g, EV_LEAK, AUDIENCE_PUBLIC, -1, target);
            if (e) {
                e->sector = (int8_t)s;
                e->a = (int16_t)R(g)->insider_blow_threat;
            }
            break;
        }
}

/* finder's audit or sweep (how: the order) found the backdoor in item i:
 * public, rightly blamed on its supplier, evidence for everyone else; the
 * victim is the item's user, or mission HQ for the network's items. */
static void backdoor_found(struct game *g, int finder, int i, int how)
{
    struct equipment *q = &g->eq[i];
    q->discovered = 1;
    int sup = q->supplier;
    int victim = q->user >= 0 ? q->user : TARGET_HQ;
    g->seats[sup].attributed++;
    g->incidents++;
    struct event *e = ev_add_by(g, EV_BACKDOOR_FOUND, AUDIENCE_PUBLIC, finder, q->user);
    if (e) {
        e->blamed = (int8_t)sup;
        e->a = (int16_t)i;
        e->outcome = ATTR_RIGHT;
        e->order = (int8_t)how;
    }
    for (int s = 0; s < g->nseats; s++)
        if (s != sup)
            g->seats[s].evidence[sup]++;
    incident_fallout(g, victim, sup, cause_of(CAUSE_INCIDENT, victim, ORD_BACKDOOR));
}

static void sweep(struct game *g, int seat)
{
    int ci = g->seats[seat].caps[CAP_COUNTERINTEL];
    int insiders = 0, implants = 0;
    for (int h = 0; h < g->nseats; h++) {
        struct seat *hs = &g->seats[h];
        for (int k = 0; k < hs->nins; k++) {
            if (hs->ins[k].target != seat)
                continue;
            if (rng_chance(&g->rng, odds_sweep(g->cat, ci, hs->ins[k].exposure))) {
                g->seats[seat].detected_against++;
                blow_insider(g, h, k, 1);
                k--;
                insiders++;
            }
        }
        for (int k = 0; k < hs->nimp; k++) {
            if (hs->imp[k].target != seat)
                continue;
            if (!rng_chance(&g->rng, odds_sweep(g->cat, ci, 0)))
                continue;
            int kind = hs->imp[k].kind;
            hs->imp[k] = hs->imp[--hs->nimp];
            k--;
            hs->taps &= (uint8_t)~(1u << seat);
            int how;
            int blamed = attribute(g, seat, h, &how);
            g->seats[seat].detected_against++;
            struct event *e = ev_add_by(g, EV_IMPLANT_FOUND, AUDIENCE_SEAT(seat), -1, seat);
            if (e) {
                e->blamed = (int8_t)blamed;
                e->outcome = (int8_t)how;
                e->a = (int16_t)kind;
            }
            if (blamed >= 0)
                g->seats[seat].evidence[blamed]++;
            implants++;
        }
    }
    /* a backdoor in equipment its communications were given, at an
     * implant's chance (a draw only where such an item is) */
    int backdoors = 0;
    for (int i = 0; i < g->neq; i++) {
        const struct equipment *q = &g->eq[i];
        if (q->user == seat && q->backdoor && !q->discovered &&
            rng_chance(&g->rng, odds_sweep(g->cat, ci, 0))) {
            backdoor_found(g, seat, i, ORD_SWEEP);
            backdoors++;
        }
    }
    /* what the sweep found, and the chance it had to find each network or
     * implant (a network's exposure, unknown to the seat, adds to it) */
    struct event *e = ev_add_by(g, EV_SWEEP, AUDIENCE_SEAT(seat), seat, -1);
    if (e) {
        e->a = (int16_t)odds_sweep(g->cat, ci, 0);
        e->b = (int16_t)insiders;
        e->c = (int16_t)implants;
        e->d = (int16_t)backdoors;
    }
}

static void audit(struct game *g, int seat)
{
    int p = R(g)->audit_base + R(g)->audit_per_security * g->net_security / 10;
    for (int i = 0; i < g->neq; i++) {
        struct equipment *q = &g->eq[i];
        if (!q->backdoor || q->discovered || !rng_chance(&g->rng, p))
            continue;
        backdoor_found(g, seat, i, ORD_AUDIT);
    }
    for (int h = 0; h < g->nseats; h++) {
        struct seat *hs = &g->seats[h];
        for (int k = 0; k < hs->nimp; k++) {
            if (hs->imp[k].target != TARGET_HQ || !rng_chance(&g->rng, p))
                continue;
            hs->imp[k] = hs->imp[--hs->nimp];
            k--;
            int how;
            int blamed = attribute(g, TARGET_HQ, h, &how);
            struct event *e = ev_add_by(g, EV_IMPLANT_FOUND, AUDIENCE_PUBLIC, seat, TARGET_HQ);
            if (e) {
                e->blamed = (int8_t)blamed;
                e->outcome = (int8_t)how;
                e->a = IMP_NETWORK;
            }
            if (how == ATTR_RIGHT)
                hs->attributed++;
            else if (blamed >= 0)
                g->seats[blamed].blamed_falsely++;
            g->incidents++;
            incident_fallout(g, TARGET_HQ, blamed, cause_of(CAUSE_INCIDENT, TARGET_HQ, ORD_INTRUDE));
        }
    }
}

void covert_defend(struct game *g, int seat, const struct order *o)
{
    struct seat *st = &g->seats[seat];
    const struct order_def *d = DEF(g, o->kind);
    struct event *e;
    switch (o->kind) {
    case ORD_HARDEN: {
        int old = st->comms;
        st->comms = clampi(st->comms + d->base, 0, 100);
        st->hardened = 1;
        e = ev_add_by(g, EV_COMMS, AUDIENCE_SEAT(seat), seat, -1);
        if (e) {
            e->a = (int16_t)(st->comms - old);
            e->b = (int16_t)st->comms;
            ev_cause(e, cause_of(CAUSE_ORDER, seat, ORD_HARDEN));
        }
        break;
    }
    case ORD_COMPARTMENT:
        st->compartment = 1;
        break;
    case ORD_CANARY:
        st->canary_until = (int8_t)(g->turn + (d->base > 0 ? d->base - 1 : 0));
        break;
    case ORD_SWEEP:
        st->swept = 1;
        sweep(g, seat);
        break;
    case ORD_AUDIT:
        audit(g, seat);
        break;
    default:
        break;
    }
}


static struct insider *insider_on(struct seat *st, int target)
{
    for (int k = 0; k < st->nins; k++)
        if (st->ins[k].target == target)
            return &st->ins[k];
    return NULL;
}

static void add_implant(struct seat *st, int target, int kind, int turn)
{
    for (int k = 0; k < st->nimp; k++)
        if (st->imp[k].target == target && st->imp[k].kind == kind)
            return;
    if (st->nimp >= MAX_TARGETS)
        return;
    st->imp[st->nimp].target = (int8_t)target;
    st->imp[st->nimp].kind = (uint8_t)kind;
    st->imp[st->nimp].since = (int8_t)turn;
    st->nimp++;
}

/* Dossiers from the mission database, by centralisation and sharing. */
void database_yield(struct game *g, int seat, int per_level)
{
    for (int t = 0; t < g->nseats; t++) {
        if (t == seat)
            continue;
        int share = g->seats[t].share;
        if (g->seats[t].compartment && share > 1)
            share = 1;
        int p = per_level * (g->centralisation + 1) * share;
        for (int c = 0; c < DOS_COUNT; c++)
            if (p > 0 && rng_chance(&g->rng, p))
                dossier_gain(g, seat, t, c, 2);
    }
    dossier_gain(g, seat, TARGET_HQ, DOS_COMMUNICATIONS, 2);
    dossier_gain(g, seat, TARGET_HQ, DOS_EQUIPMENT, 2);
    dossier_gain(g, seat, TARGET_HQ, DOS_PROCEDURES, 2);
}

static void covert_effect(struct game *g, int seat, const struct order *o)
{
    struct seat *st = &g->seats[seat];
    const struct order_def *d = DEF(g, o->kind);
    struct event *e;
    switch (o->kind) {
    case ORD_OBSERVE:
        dossier_gain(g, seat, o->target, DOS_EQUIPMENT, 1);
        dossier_gain(g, seat, o->target, DOS_PROCEDURES, 1);
        break;
    case ORD_INTERCEPT:
        dossier_gain(g, seat, o->target, DOS_COMMUNICATIONS, 2);
        if (g->seats[o->target].comms < R(g)->intercept_read_below) {
            st->taps |= (uint8_t)(1u << o->target);
            add_implant(st, o->target, IMP_TAP, g->turn);
        }
        break;
    case ORD_INSIDER: {
        struct insider *in = insider_on(st, o->target);
        if (!in) {
            in = &st->ins[st->nins++];
            memset(in, 0, sizeof *in);
            in->target = (int8_t)o->target;
            in->since = (int8_t)g->turn;
        }
        if (in->stage < STAGE_RECRUITED)
            in->stage++;
        else
            in->exposure = (uint8_t)clampi(in->exposure - R(g)->insider_reassure, 0, 100);
        e = ev_add_by(g, EV_INSIDER, AUDIENCE_SEAT(seat), seat, o->target);
        if (e)
            e->a = in->stage;
        break;
    }
    case ORD_INTRUDE:
        database_yield(g, seat, d->base);
        add_implant(st, TARGET_HQ, IMP_NETWORK, g->turn);
        g->db_compromised = R(g)->breach_turns;
        break;
    case ORD_BACKDOOR:
        for (int i = 0; i < g->neq; i++)
            if (g->eq[i].supplier == seat && !g->eq[i].backdoor && !g->eq[i].discovered) {
                g->eq[i].backdoor = 1;
                e = ev_add_by(g, EV_BACKDOOR, AUDIENCE_SEAT(seat), seat, -1);
                if (e)
                    e->a = (int16_t)i;
                break;
            }
        break;
    case ORD_RETAIN:
        pool_change(g, -R(g)->retain_pool_loss, cause_of(CAUSE_ORDER, seat, ORD_RETAIN));
        for (int s = 0; s < g->nsectors; s++) {
            uint8_t dep = g->sectors[s].deployed;
            if (!(dep & (1u << seat)))
                continue;
            for (int t = 0; t < g->nseats; t++)
                if (t != seat && (dep & (1u << t))) {
                    dossier_gain(g, seat, t, DOS_CAPABILITIES, 1);
                    dossier_gain(g, seat, t, DOS_EQUIPMENT, 1);
                }
        }
        break;
    case ORD_COURT:
        own_change(g, seat, EV_INFLUENCE, d->base, cause_of(CAUSE_ORDER, seat, ORD_COURT));
        break;
    case ORD_FALSE_FLAG:
        st->false_flag = o->target;
        break;
    default:
        break;
    }
}

void covert_run(struct game *g, int seat, const struct order *o)
{
    struct seat *st = &g->seats[seat];
    struct odds od;
    game_odds(g, o, &od);
    int roll = rng_below(&g->rng, 1000);
    int ok = roll < od.success;
    int q = ok ? od.detect_ok : od.detect_fail;
    int droll = rng_below(&g->rng, 1000);
    int seen = droll < q;
    st->ops_run++;
    if (ok) {
        st->ops_succeeded++;
        covert_effect(g, seat, o);
    } else if (o->kind == ORD_INSIDER) {
        struct insider *in = insider_on(st, o->target);
        if (in)
            in->exposure = (uint8_t)clampi(in->exposure + R(g)->insider_fail_exposure, 0, 100);
    }
    int blamed = -1;
    if (seen) {
        blamed = detected(g, order_victim(o), seat, o->kind);
        if (o->kind == ORD_INSIDER) {
            struct insider *in = insider_on(st, o->target);
            if (in) {
                *in = st->ins[--st->nins];
            }
        }
    }
    struct event *e = ev_add_by(g, EV_COVERT, AUDIENCE_SEAT(seat), seat, order_victim(o));
    if (e) {
        e->order = (int8_t)o->kind;
        e->outcome = (int8_t)ok;
        e->blamed = (int8_t)(seen ? blamed : -2);  /* -2: not detected */
        e->a = (int16_t)od.success;
        e->b = (int16_t)roll;
        e->c = (int16_t)q;
        e->d = (int16_t)droll;
    }
}
