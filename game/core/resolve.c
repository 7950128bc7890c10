/* resolve.c - the resolution of a turn, in the fixed order of
 * assets/RULES.md section 3: defensive measures and contributions, covert
 * operations (success, detection, attribution), mandate operations,
 * diplomacy, spoilers and leaks, then injects' effects, and the end
 * check. */
#include <string.h>

#include "game.h"
#include "internal.h"
#include "odds.h"
#include "score.h"

#define R(g) (&(g)->cat->rules)
#define DEF(g, k) (&(g)->cat->orders[(k)])

/* --- dossiers ------------------------------------------------------------ */

int dossier_fresh(const struct game *g, int holder, int target, int cat)
{
    const struct dossier *d = &g->seats[holder].dos[target][cat];
    return d->turn >= 0 && g->turn - d->turn < R(g)->dossier_max_age;
}

/* The true values a dossier estimates; see view.h for their meaning. */
static void dossier_truth(const struct game *g, int target, int cat, int16_t out[CAP_COUNT])
{
    memset(out, 0, sizeof(int16_t) * CAP_COUNT);
    if (target == TARGET_HQ) {
        int items = 0, bad = 0;
        for (int i = 0; i < g->neq; i++)
            if (g->eq[i].user < 0) {
                items++;
                bad += g->eq[i].backdoor;
            }
        switch (cat) {
        case DOS_COMMUNICATIONS: out[0] = (int16_t)g->net_security; break;
        case DOS_EQUIPMENT: out[0] = (int16_t)items; out[1] = (int16_t)bad; break;
        case DOS_PROCEDURES: out[0] = (int16_t)g->centralisation; out[1] = (int16_t)g->pool; break;
        default: break;
        }
        return;
    }
    const struct seat *t = &g->seats[target];
    int items = 0, bad = 0;
    for (int i = 0; i < g->neq; i++)
        if (g->eq[i].supplier == target) {
            items++;
            bad += g->eq[i].backdoor;
        }
    switch (cat) {
    case DOS_CAPABILITIES:
        for (int c = 0; c < CAP_COUNT; c++)
            out[c] = (int16_t)t->caps[c];
        break;
    case DOS_EQUIPMENT:
        out[0] = (int16_t)items; out[1] = (int16_t)bad; out[2] = (int16_t)t->caps[CAP_CYBER];
        break;
    case DOS_PROCEDURES:
        out[0] = (int16_t)t->caps[CAP_COUNTERINTEL]; out[1] = (int16_t)t->share;
        out[2] = (int16_t)g->sc->seats[target].ap;
        break;
    case DOS_COMMUNICATIONS:
        out[0] = (int16_t)t->comms; out[1] = (int16_t)t->caps[CAP_SIGINT];
        break;
    case DOS_PERSONNEL:
        out[0] = (int16_t)t->caps[CAP_HUMINT]; out[1] = (int16_t)t->nins;
        break;
    default:
        break;
    }
}

/* How an estimate errs, by what it measures: a 0..100 measure by the
 * source's error, a 0..5 level by a point at the lowest quality, a count
 * not at all. See view.h for what each estimate is. */
enum { EST_EXACT, EST_LEVEL, EST_PERCENT };

static int estimate_scale(int target, int cat, int idx)
{
    if (target == TARGET_HQ)
        return (cat == DOS_COMMUNICATIONS && idx == 0) || (cat == DOS_PROCEDURES && idx == 1)
                   ? EST_PERCENT : EST_EXACT;
    switch (cat) {
    case DOS_CAPABILITIES: return EST_LEVEL;
    case DOS_EQUIPMENT: return idx == 2 ? EST_LEVEL : EST_EXACT;
    case DOS_PROCEDURES: return idx == 0 ? EST_LEVEL : EST_EXACT;
    case DOS_COMMUNICATIONS: return idx == 0 ? EST_PERCENT : idx == 1 ? EST_LEVEL : EST_EXACT;
    case DOS_PERSONNEL: return idx == 0 ? EST_LEVEL : EST_EXACT;
    default: return EST_EXACT;
    }
}

void dossier_gain(struct game *g, int holder, int target, int cat, int quality)
{
    if (holder == target || quality < 1)
        return;
    struct dossier *d = &g->seats[holder].dos[target][cat];
    /* A fresher or better source replaces the old estimate. */
    if (d->turn == g->turn && d->quality >= quality)
        return;
    int16_t truth[CAP_COUNT];
    dossier_truth(g, target, cat, truth);
    int err = R(g)->dossier_err_base / quality;
    d->turn = (int8_t)g->turn;
    d->quality = (uint8_t)quality;
    d->err = (uint8_t)err;
    for (int c = 0; c < CAP_COUNT; c++) {
        int scale = estimate_scale(target, cat, c);
        int e = scale == EST_PERCENT ? err : scale == EST_LEVEL && quality == 1 ? 1 : 0;
        d->est[c] = (int16_t)(truth[c] + (e ? rng_range(&g->rng, -e, e) : 0));
        if (d->est[c] < 0)
            d->est[c] = 0;
    }
    struct event *ev = ev_add(g, EV_DOSSIER, AUDIENCE_SEAT(holder));
    ev->actor = (int8_t)holder;
    ev->target = (int8_t)target;
    ev->a = (int16_t)cat;
    ev->b = (int16_t)quality;
    /* A canary trap marks what the victim's reports carry. */
    if (target != TARGET_HQ && g->seats[target].canary_until >= g->turn) {
        struct seat *v = &g->seats[target];
        ev = ev_add(g, EV_CANARY, AUDIENCE_SEAT(target));
        ev->actor = (int8_t)target;
        ev->target = (int8_t)holder;
        v->evidence[holder] += R(g)->canary_evidence;
        v->detected_against++;
        v->canary_until = -1;
    }
}

/* --- attribution ----------------------------------------------------------- */

static int defender_ci(const struct game *g, int victim)
{
    return victim == TARGET_HQ ? g->net_security / 20
                               : g->seats[victim].caps[CAP_COUNTERINTEL];
}

/* who's trust in towards falls by amount (rises when negative), for c. */
static void trust_drop(struct game *g, int who, int towards, int amount, struct cause c)
{
    if (who == towards || amount == 0)
        return;
    struct seat *s = &g->seats[who];
    int old = s->trust[towards];
    s->trust[towards] = clampi(old - amount, 0, 100);
    if (s->trust[towards] == old)
        return;
    struct event *e = ev_add(g, EV_TRUST, AUDIENCE_PUBLIC);
    e->actor = (int8_t)who;
    e->target = (int8_t)towards;
    e->a = (int16_t)(s->trust[towards] - old);
    e->b = (int16_t)s->trust[towards];
    ev_cause(e, c);
}

/* A public incident (or finding) blamed on 'blamed' (or nobody): trust
 * falls, for cause c. */
static void incident_fallout(struct game *g, int victim, int blamed, struct cause c)
{
    if (blamed < 0)
        return;
    for (int i = 0; i < g->nseats; i++) {
        if (i == blamed)
            continue;
        int loss = i == victim ? R(g)->trust_victim
                               : rng_range(&g->rng, R(g)->trust_others_min,
                                           R(g)->trust_others_max);
        trust_drop(g, i, blamed, loss, c);
    }
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
        struct event *e = ev_add(g, EV_DETECTED, AUDIENCE_SEAT(victim));
        e->target = (int8_t)victim;
        e->order = (int8_t)kind;
        e->blamed = (int8_t)blamed;
        e->outcome = (int8_t)how;
    }
    if (how == ATTR_RIGHT)
        c->attributed++;
    else if (how == ATTR_WRONG)
        g->seats[blamed].blamed_falsely++;
    g->incidents++;
    struct event *e = ev_add(g, EV_INCIDENT, AUDIENCE_PUBLIC);
    e->target = (int8_t)victim;
    e->order = (int8_t)kind;
    e->blamed = (int8_t)blamed;
    e->outcome = (int8_t)how;
    incident_fallout(g, victim, blamed, cause_of(CAUSE_INCIDENT, victim, kind));
    return blamed;
}

/* --- defensive measures and contributions ------------------------------- */

static void blow_insider(struct game *g, int holder, int k, int found_by_victim)
{
    struct seat *h = &g->seats[holder];
    int target = h->ins[k].target;
    h->ins[k] = h->ins[--h->nins];
    h->blown++;
    int how = ATTR_RIGHT, blamed = holder;
    if (found_by_victim)
        blamed = attribute(g, target, holder, &how);
    struct event *e = ev_add(g, EV_INSIDER_BLOWN, AUDIENCE_PUBLIC);
    e->actor = (int8_t)holder;
    e->target = (int8_t)target;
    e->blamed = (int8_t)blamed;
    e->outcome = (int8_t)how;
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
            e = ev_add(g, EV_LEAK, AUDIENCE_PUBLIC);
            e->sector = (int8_t)s;
            e->target = (int8_t)target;
            e->a = (int16_t)R(g)->insider_blow_threat;
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
    struct event *e = ev_add(g, EV_BACKDOOR_FOUND, AUDIENCE_PUBLIC);
    e->actor = (int8_t)finder;
    e->blamed = (int8_t)sup;
    e->a = (int16_t)i;
    e->outcome = ATTR_RIGHT;
    e->target = q->user;
    e->order = (int8_t)how;
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
            struct event *e = ev_add(g, EV_IMPLANT_FOUND, AUDIENCE_SEAT(seat));
            e->target = (int8_t)seat;
            e->blamed = (int8_t)blamed;
            e->outcome = (int8_t)how;
            e->a = (int16_t)kind;
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
    struct event *e = ev_add(g, EV_SWEEP, AUDIENCE_SEAT(seat));
    e->actor = (int8_t)seat;
    e->a = (int16_t)odds_sweep(g->cat, ci, 0);
    e->b = (int16_t)insiders;
    e->c = (int16_t)implants;
    e->d = (int16_t)backdoors;
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
            struct event *e = ev_add(g, EV_IMPLANT_FOUND, AUDIENCE_PUBLIC);
            e->actor = (int8_t)seat;
            e->target = TARGET_HQ;
            e->blamed = (int8_t)blamed;
            e->outcome = (int8_t)how;
            e->a = IMP_NETWORK;
            if (how == ATTR_RIGHT)
                hs->attributed++;
            else if (blamed >= 0)
                g->seats[blamed].blamed_falsely++;
            g->incidents++;
            incident_fallout(g, TARGET_HQ, blamed, cause_of(CAUSE_INCIDENT, TARGET_HQ, ORD_INTRUDE));
        }
    }
}

static void defensive(struct game *g, int seat, const struct order *o)
{
    struct seat *st = &g->seats[seat];
    const struct order_def *d = DEF(g, o->kind);
    struct event *e;
    switch (o->kind) {
    case ORD_HARDEN: {
        int old = st->comms;
        st->comms = clampi(st->comms + d->base, 0, 100);
        st->hardened = 1;
        e = ev_add(g, EV_COMMS, AUDIENCE_SEAT(seat));
        e->actor = (int8_t)seat;
        e->a = (int16_t)(st->comms - old);
        e->b = (int16_t)st->comms;
        ev_cause(e, cause_of(CAUSE_ORDER, seat, ORD_HARDEN));
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

/* The mission network's centralisation and security change, for c; an
 * event when either moved. */
static void network_change(struct game *g, int central, int security, struct cause c)
{
    int oc = g->centralisation, os = g->net_security;
    g->centralisation = clampi(oc + central, 0, 3);
    g->net_security = clampi(os + security, 0, 100);
    if (g->centralisation == oc && g->net_security == os)
        return;
    struct event *e = ev_add(g, EV_NETWORK, AUDIENCE_PUBLIC);
    e->a = (int16_t)g->centralisation;
    e->b = (int16_t)g->net_security;
    e->c = (int16_t)oc;
    e->d = (int16_t)os;
    ev_cause(e, c);
}

/* The pool changes by delta, for c; an event when it moved. */
static void pool_change(struct game *g, int delta, struct cause c)
{
    int old = g->pool;
    g->pool = clampi(old + delta, 0, 100);
    if (g->pool == old)
        return;
    struct event *e = ev_add(g, EV_POOL, AUDIENCE_PUBLIC);
    e->a = (int16_t)(g->pool - old);
    e->b = (int16_t)g->pool;
    ev_cause(e, c);
}

/* One of seat's own numbers (influence or comms security: kind EV_INFLUENCE
 * or EV_COMMS) changes by delta, for c: an event for the seat alone. */
static void own_change(struct game *g, int seat, int kind, int delta, struct cause c)
{
    int *v = kind == EV_INFLUENCE ? &g->seats[seat].influence : &g->seats[seat].comms;
    int old = *v;
    *v = clampi(old + delta, 0, 100);
    if (*v == old)
        return;
    struct event *e = ev_add(g, kind, AUDIENCE_SEAT(seat));
    e->actor = (int8_t)seat;
    e->a = (int16_t)(*v - old);
    e->b = (int16_t)*v;
    ev_cause(e, c);
}

/* Installs an item of supplier's (carrying its backdoor or not) in user's
 * communications, which gain amount of security for c, or with user -1 in
 * the mission network, which does. Returns its public event (the caller
 * may give it a cause), or NULL when MAX_EQUIPMENT items are installed. */
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
    struct event *e = ev_add(g, EV_EQUIPMENT, AUDIENCE_PUBLIC);
    e->actor = (int8_t)supplier;
    e->target = (int8_t)user;
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

/* --- covert operations ----------------------------------------------------- */

/* The true odds of an operation, as resolution sees them. */
void game_odds(const struct game *g, const struct order *o, struct odds *out)
{
    int victim = order_victim(o);
    struct odds_input in = { o->kind, 0, 0, 0, 0, 0, 0 };
    in.skill = odds_skill(g->seats[o->seat].caps, o->kind, g->cat);
    if (victim == TARGET_HQ) {
        in.target_ci = g->net_security / 20;
        in.target_comms = g->net_security;
    } else {
        const struct seat *t = &g->seats[victim];
        in.target_ci = t->caps[CAP_COUNTERINTEL];
        in.target_comms = t->comms;
        in.posture = t->compartment + t->hardened;   /* this turn's posture */
        in.alert = t->swept ? R(g)->sweep_detect : 0;
    }
    int rel = odds_relevant_dossier(o->kind);
    in.dossier = rel >= 0 && dossier_fresh(g, o->seat, victim, rel);
    odds_compute(g->cat, &in, out);
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
static void database_yield(struct game *g, int seat, int per_level)
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
        e = ev_add(g, EV_INSIDER, AUDIENCE_SEAT(seat));
        e->actor = (int8_t)seat;
        e->target = (int8_t)o->target;
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
                e = ev_add(g, EV_BACKDOOR, AUDIENCE_SEAT(seat));
                e->actor = (int8_t)seat;
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

static void covert(struct game *g, int seat, const struct order *o)
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
    struct event *e = ev_add(g, EV_COVERT, AUDIENCE_SEAT(seat));
    e->actor = (int8_t)seat;
    e->target = (int8_t)order_victim(o);
    e->order = (int8_t)o->kind;
    e->outcome = (int8_t)ok;
    e->blamed = (int8_t)(seen ? blamed : -2);  /* -2: not detected */
    e->a = (int16_t)od.success;
    e->b = (int16_t)roll;
    e->c = (int16_t)q;
    e->d = (int16_t)droll;
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
    struct event *e = ev_add(g, EV_MANDATE_OP, AUDIENCE_PUBLIC);
    e->actor = (int8_t)seat;
    e->order = (int8_t)o->kind;
    e->sector = (int8_t)o->sector;
    e->target = o->target;
    e->a = (int16_t)(sec->stability - old);
    e->b = (int16_t)(sec->threat - oldt);
}

/* --- diplomacy -------------------------------------------------------------- */

static void diplomacy(struct game *g, int seat, const struct order *o)
{
    struct seat *st = &g->seats[seat];
    struct event *e;
    switch (o->kind) {
    case ORD_ACCUSE: {
        int ev = st->evidence[o->target];
        e = ev_add(g, EV_ACCUSE, AUDIENCE_PUBLIC);
        e->actor = (int8_t)seat;
        e->target = o->target;
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
        e = ev_add(g, EV_PACT, AUDIENCE_PUBLIC);
        e->actor = (int8_t)seat;
        e->target = o->target;
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
        e = ev_add(g, EV_INVESTIGATION, AUDIENCE_PUBLIC);
        e->actor = (int8_t)seat;
        e->target = (int8_t)(found ? culprit : -1);
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

/* A sector's stability or threat (kind EV_STABILITY, EV_THREAT) moved by
 * delta to now, for c: a public event, when it moved. */
static void sector_event(struct game *g, int kind, int s, int delta, int now, struct cause c)
{
    if (!delta)
        return;
    struct event *e = ev_add(g, kind, AUDIENCE_PUBLIC);
    e->sector = (int8_t)s;
    e->a = (int16_t)delta;
    e->b = (int16_t)now;
    ev_cause(e, c);
}

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
            struct event *e = ev_add(g, EV_LEAK, AUDIENCE_PUBLIC);
            e->sector = (int8_t)s;
            e->target = (int8_t)(exposed >= 0 ? exposed : TARGET_HQ);
            e->a = (int16_t)r->leak_threat;
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
 * contributed to the mission this turn loses some of everyone's trust. */
static void burden_sharing(struct game *g)
{
    int loss = R(g)->trust_idle;
    for (int s = 0; loss && s < g->nseats; s++) {
        int worked = 0;
        for (int k = 0; k < g->norders[s]; k++) {
            int fam = order_family(g->orders[s][k].kind);
            worked |= fam == FAM_MANDATE || fam == FAM_CONTRIBUTION;
        }
        if (worked)
            continue;
        for (int i = 0; i < g->nseats; i++)
            trust_drop(g, i, s, loss, cause_of(CAUSE_IDLE, s, -1));
    }
}

/* Trust heals slowly towards where the scenario started it. */
static void trust_recovery(struct game *g)
{
    int step = R(g)->trust_recovery;
    for (int a = 0; a < g->nseats; a++)
        for (int b = 0; b < g->nseats; b++) {
            int t = g->seats[a].trust[b];
            int start = g->sc->seats[a].trust[b];
            if (a != b && t < start)
                trust_drop(g, a, b, -(t + step < start ? step : start - t),
                           cause_of(CAUSE_RECOVERY, -1, -1));
        }
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
    for (int a = 0; a < g->nseats; a++)
        for (int b = a + 1; b < g->nseats; b++) {
            if (!(g->seats[a].pacts & (1u << b)))
                continue;
            for (int t = 0; t < MAX_TARGETS; t++)
                for (int c = 0; c < DOS_COUNT; c++) {
                    if (t != b && dossier_fresh(g, a, t, c) && !dossier_fresh(g, b, t, c))
                        dossier_gain(g, b, t, c, 1);
                    if (t != a && dossier_fresh(g, b, t, c) && !dossier_fresh(g, a, t, c))
                        dossier_gain(g, a, t, c, 1);
                }
        }
}

/* Orders read through taps and insiders: the reader sees the target's list. */
static void read_orders(struct game *g)
{
    for (int h = 0; h < g->nseats; h++) {
        uint8_t taps = g->seats[h].taps;
        g->seats[h].taps = 0;
        for (int t = 0; t < g->nseats; t++) {
            if (!(taps & (1u << t)) || t == h)
                continue;
            for (int k = 0; k < g->norders[t]; k++) {
                const struct order *o = &g->orders[t][k];
                struct event *e = ev_add(g, EV_ORDERS_READ, AUDIENCE_SEAT(h));
                e->actor = (int8_t)h;
                e->target = (int8_t)t;
                e->order = (int8_t)o->kind;
                e->sector = o->sector;
                e->b = o->target;
                if (!order_is_public(o->kind) && o->target == h)
                    g->seats[h].evidence[t]++;
            }
        }
    }
}

/* --- injects ------------------------------------------------------------------ */

void effect_apply(struct game *g, const struct effect *ef, int k)
{
    const struct inject *in = &g->sc->injects[k];
    struct cause c = cause_of(CAUSE_INJECT, in->audience, k);
    struct event *e;
    for (int i = 0; i < g->nseats; i++) {
        if (ef->seat >= 0 && ef->seat != i)
            continue;
        struct seat *st = &g->seats[i];
        switch (ef->kind) {
        case EFF_INFLUENCE: own_change(g, i, EV_INFLUENCE, ef->amount, c); break;
        case EFF_COMMS: own_change(g, i, EV_COMMS, ef->amount, c); break;
        case EFF_AP:
            st->ap_bonus += ef->amount;
            e = ev_add(g, EV_AP, AUDIENCE_SEAT(i));
            e->actor = (int8_t)i;
            e->a = (int16_t)ef->amount;
            e->b = (int16_t)clampi(g->sc->seats[i].ap + st->ap_bonus, 0, 1000);
            ev_cause(e, c);
            break;
        case EFF_TRUST:
            for (int t = 0; t < g->nseats; t++)
                if (t != i && (ef->target < 0 || ef->target == t))
                    trust_drop(g, i, t, -ef->amount, c);
            break;
        case EFF_OBJECTIVES:
            memcpy(st->objectives, ef->objectives, sizeof st->objectives);
            st->nobjectives = ef->nobjectives;
            e = ev_add(g, EV_OBJECTIVES, AUDIENCE_SEAT(i));
            e->actor = (int8_t)i;
            ev_cause(e, c);
            break;
        default: break;
        }
    }
    for (int s = 0; s < g->nsectors; s++) {
        if (ef->sector >= 0 && ef->sector != s)
            continue;
        struct sector_state *sec = &g->sectors[s];
        int old;
        if (ef->kind == EFF_STABILITY) {
            old = sec->stability;
            sec->stability = clampi(old + ef->amount, 0, 100);
            sector_event(g, EV_STABILITY, s, sec->stability - old, sec->stability, c);
        } else if (ef->kind == EFF_THREAT) {
            old = sec->threat;
            sec->threat = clampi(old + ef->amount, 0, 10);
            sector_event(g, EV_THREAT, s, sec->threat - old, sec->threat, c);
        }
    }
    switch (ef->kind) {
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
            struct event *e = ev_add(g, EV_INJECT_CHOICE, aud);
            e->actor = (int8_t)in->audience;
            e->a = (int16_t)g->live[k].index;
            e->b = (int16_t)c;
        }
    }
}

/* --- the turn ----------------------------------------------------------------- */

typedef void (*step_fn)(struct game *, int, const struct order *);

/* The turn's orders in the order they resolve within a phase: round-robin
 * over the seats' lists, starting from a seat that rotates each turn, so
 * no seat always goes first. */
struct queue {
    const struct order *o[MAX_SEATS * MAX_ORDERS];
    uint8_t family[MAX_SEATS * MAX_ORDERS];
    int n;
};

static void queue_build(const struct game *g, struct queue *q)
{
    int start = (g->turn - 1) % (g->nseats ? g->nseats : 1);
    int most = 0;
    for (int s = 0; s < g->nseats; s++)
        most = g->norders[s] > most ? g->norders[s] : most;
    q->n = 0;
    for (int k = 0; k < most; k++)
        for (int j = 0, s = start; j < g->nseats; j++, s = s + 1 == g->nseats ? 0 : s + 1)
            if (k < g->norders[s]) {
                q->o[q->n] = &g->orders[s][k];
                q->family[q->n++] = (uint8_t)order_family(g->orders[s][k].kind);
            }
}

/* Runs fn on the queued orders of a family (only_kind >= 0: of that kind
 * only; -2: all but false flags). */
static void each_order(struct game *g, const struct queue *q, int family, int only_kind,
                       step_fn fn)
{
    for (int i = 0; i < q->n; i++) {
        const struct order *o = q->o[i];
        if (q->family[i] != family || (only_kind >= 0 && o->kind != only_kind) ||
            (only_kind == -2 && o->kind == ORD_FALSE_FLAG))
            continue;
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
            struct event *e = ev_add(g, EV_ORDER, AUDIENCE_PUBLIC);
            e->actor = (int8_t)s;
            e->order = (int8_t)o->kind;
            e->sector = o->sector;
            e->target = o->target;
            e->a = o->level;
        }
}

void game_resolve(struct game *g)
{
    if (g->phase != PHASE_ORDERS)
        return;
    for (int s = 0; s < g->nseats; s++)
        if (!g->confirmed[s])
            g->norders[s] = 0;
    g->nevents = 0;
    g->events_dropped = 0;
    struct sector_state before[MAX_SECTORS];
    memcpy(before, g->sectors, sizeof before);
    record_public(g);
    read_orders(g);
    struct queue q;
    queue_build(g, &q);
    each_order(g, &q, FAM_COUNTER, -1, defensive);
    each_order(g, &q, FAM_CONTRIBUTION, -1, contribution);
    each_order(g, &q, FAM_COVERT, ORD_FALSE_FLAG, covert);
    each_order(g, &q, FAM_COVERT, -2, covert);
    each_order(g, &q, FAM_MANDATE, -1, mandate_op);
    each_order(g, &q, FAM_DIPLOMACY, -1, diplomacy);
    spoilers(g);
    burden_sharing(g);
    trust_recovery(g);
    standing_intelligence(g);
    injects(g);
    struct event *e;
    for (int s = 0; s < g->nsectors; s++) {
        e = ev_add(g, EV_SECTOR_WEEK, AUDIENCE_PUBLIC);
        e->sector = (int8_t)s;
        e->a = (int16_t)before[s].stability;
        e->b = (int16_t)g->sectors[s].stability;
        e->c = (int16_t)before[s].threat;
        e->d = (int16_t)g->sectors[s].threat;
    }
    e = ev_add(g, EV_MANDATE, AUDIENCE_PUBLIC);
    e->a = (int16_t)game_avg_stability(g);
    e->b = (int16_t)game_min_stability(g);
    if (game_avg_stability(g) < g->sc->collapse_floor)
        g->collapsed = 1;
    if (g->collapsed || g->turn >= g->sc->turns) {
        g->phase = PHASE_ENDED;
        g->outcome = game_mandate_outcome(g);
        e = ev_add(g, EV_GAME_END, AUDIENCE_PUBLIC);
        e->outcome = (int8_t)g->outcome;
        e->a = (int16_t)g->collapsed;
        return;
    }
    g->turn++;
    turn_begin(g);
}
