/* game.c - a game's set-up, its turns' beginnings and injects, its event
 * log, what it says of itself (stability, reputation, checksum) and the
 * confirmation of orders. Resolution is in resolve.c, the checking of a
 * submission in submit.c. */
#include "game.h"

#include <stdio.h>
#include <string.h>

#include "internal.h"

_Static_assert(EV_COUNT < 64, "a set of event kinds is a 64-bit mask");
_Static_assert(MAX_VIEW_EVENTS < MAX_TURN_EVENTS, "kinds are widened before the log is full");
/* The ranges of struct event's bit fields. */
_Static_assert(EV_COUNT <= 64 && MAX_TURNS <= 31, "kind and turn fit");
_Static_assert(TARGET_HQ <= 15 && MAX_SECTORS - 1 <= 15 && ORD_COUNT - 1 <= 31,
               "actor, target, blamed, cause_seat, sector and order fit");
_Static_assert((AUDIENCE_PUBLIC | (AUDIENCE_PUBLIC - 1)) <= 511 && CAUSE_COUNT <= 16,
               "audience and cause fit");
_Static_assert(MAX_INJECTS - 1 <= 255 && ORD_COUNT - 1 <= 255, "cause_arg fits");
_Static_assert(ATTR_COUNT <= 8 && OUT_COUNT <= 8, "outcome fits");
/* c and d: a per-mille chance or roll, a count of items, a level */
_Static_assert(PERMILLE <= EVENT_C_MAX && MAX_EQUIPMENT <= EVENT_C_MAX, "c and d fit");
_Static_assert(sizeof(struct event) == 16, "an event has no padding");
/* issue 14's goal: a game (a world the master samples, a bench's batch)
 * in at most 16 KB, with room for every event the log keeps */
_Static_assert(sizeof(struct game) <= 16 * 1024, "a game fits in 16 KB");

void game_keep_events(struct game *g, uint64_t kinds)
{
    g->event_kinds = kinds & EVENT_KINDS_ALL;
    g->event_kinds_asked = g->event_kinds;
}

/* The log of a new resolution: empty, keeping the kinds asked for. */
void ev_reset(struct game *g)
{
    g->nevents = g->events_dropped = g->events_seen = 0;
    g->event_kinds = g->event_kinds_asked;
    g->kept_all_from = -1;
    g->lost_all = g->lost_public = 0;
    memset(g->lost_seat, 0, sizeof g->lost_seat);
}

struct event *ev_add_slow(struct game *g, int kind, unsigned audience, int actor, int target)
{
    if (g->events_seen >= MAX_TURN_EVENTS) {
        g->events_dropped++;
        return NULL;
    }
    /* past what a view holds before its bound, a view's bound depends on
     * the events not kept: keep every kind from here on */
    if (g->kept_all_from < 0) {
        g->kept_all_from = (int16_t)g->nevents;
        g->event_kinds_asked = g->event_kinds;
        g->event_kinds = EVENT_KINDS_ALL;
    }
    g->events_seen++;
    return ev_put(g, kind, audience, actor, target);
}

/* The ranges of a seat's narrow fields: trust 0..100 (clamped), an
 * objective an index into the scenario's; a tally or a piece of evidence
 * grows by at most a few per order of a week (2 * MAX_ORDERS * MAX_SEATS
 * with room to spare), and evidence by a canary or an investigation (at
 * most 10 each) at most twice a week. */
_Static_assert(MAX_SCENARIO_OBJECTIVES - 1 <= UINT8_MAX, "an objective fits");
_Static_assert(MAX_TURNS * (2 * MAX_ORDERS * MAX_SEATS + MAX_EQUIPMENT + 2 * 10) <= INT16_MAX,
               "tallies and evidence fit");
_Static_assert(MAX_INSIDERS <= INT8_MAX && MAX_TARGETS <= INT8_MAX && MAX_OBJECTIVES <= INT8_MAX,
               "counts fit");
_Static_assert(MAX_INJECTS - 1 <= INT8_MAX && MAX_CHOICES <= INT8_MAX && MAX_ORDERS <= UINT8_MAX,
               "a live inject and a seat's count of orders fit");

void seat_objectives(struct seat *st, const int *objectives, int n)
{
    for (int k = 0; k < MAX_OBJECTIVES; k++)
        st->objectives[k] = (uint8_t)objectives[k];
    st->nobjectives = (int8_t)n;
}

void game_init(struct game *g, const struct scenario *sc, const struct pub *pub,
               uint64_t seed)
{
    memset(g, 0, sizeof *g);
    g->event_kinds = g->event_kinds_asked = EVENT_KINDS_ALL;
    g->kept_all_from = -1;
    g->sc = sc;
    g->pub = pub;
    g->cat = &pub->cat;
    g->seed = seed;
    rng_seed(&g->rng, seed, 1);
    rng_seed(&g->rng_text, seed, 3);
    g->nseats = sc->nseats;
    g->nsectors = sc->nsectors;
    for (int s = 0; s < sc->nsectors; s++) {
        g->sectors[s].stability = sc->sectors[s].stability;
        g->sectors[s].threat = sc->sectors[s].threat;
        g->sectors[s].deployed = sc->sectors[s].deployed;
    }
    g->centralisation = sc->centralisation;
    g->net_security = sc->net_security;
    g->pool = sc->pool;
    for (int i = 0; i < sc->nseats; i++) {
        const struct contingent_def *c = &sc->seats[i];
        struct seat *st = &g->seats[i];
        memcpy(st->caps, c->caps, sizeof st->caps);
        st->comms = c->comms;
        st->influence = c->influence;
        for (int j = 0; j < MAX_SEATS; j++)
            st->trust[j] = (int8_t)c->trust[j];
        st->share = 1;
        seat_objectives(st, c->objectives, c->nobjectives);
        st->false_flag = -1;
        st->canary_until = -1;
        st->pact_offer = -1;
        g->last_attacker[i] = -1;
        for (int t = 0; t < MAX_TARGETS; t++)
            for (int k = 0; k < DOS_COUNT; k++)
                st->dos[t][k].turn = -1;
    }
    memset(g->inject_answer, -1, sizeof g->inject_answer);
    g->turn = 1;
    g->phase = PHASE_ORDERS;
    turn_begin(g);
}

int game_avg_stability(const struct game *g)
{
    int sum = 0;
    for (int s = 0; s < g->nsectors; s++)
        sum += g->sectors[s].stability;
    return g->nsectors ? sum / g->nsectors : 0;
}

int game_min_stability(const struct game *g)
{
    int lo = 100;
    for (int s = 0; s < g->nsectors; s++)
        if (g->sectors[s].stability < lo)
            lo = g->sectors[s].stability;
    return lo;
}

int game_mandate_outcome(const struct game *g)
{
    const struct scenario *sc = g->sc;
    int avg = game_avg_stability(g);
    if (g->collapsed)
        return OUT_FAILURE;
    if (avg >= sc->success_avg && game_min_stability(g) >= sc->success_min)
        return OUT_SUCCESS;
    if (avg >= sc->partial_avg)
        return OUT_PARTIAL;
    return OUT_FAILURE;
}

int game_reputation(const struct game *g, int seat)
{
    int sum = 0, n = 0;
    for (int i = 0; i < g->nseats; i++) {
        if (i == seat)
            continue;
        sum += g->seats[i].trust[seat];
        n++;
    }
    return n ? sum / n : 0;
}

int game_colocated(const struct game *g, int a, int b)
{
    unsigned both = (1u << a) | (1u << b);
    for (int s = 0; s < g->nsectors; s++)
        if ((g->sectors[s].deployed & both) == both)
            return 1;
    return 0;
}

/* A 64-bit mix over the mutable state, field by field (never padding),
 * a word at a time. */
static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    h *= 0xff51afd7ed558ccdULL;
    return h ^ (h >> 32);
}

static uint64_t mix_ints(uint64_t h, const int *v, int n)
{
    for (int i = 0; i < n; i++)
        h = mix(h, (uint64_t)(uint32_t)v[i]);
    return h;
}

/* As mix_ints of the values as ints (the state's type before it was
 * narrowed: saves keep their checksums). */
#define MIX_WIDENED(h, v, n)                                 \
    do {                                                     \
        for (int i_ = 0; i_ < (n); i_++)                     \
            (h) = mix((h), (uint64_t)(uint32_t)(int)(v)[i_]); \
    } while (0)

/* A dossier as the checksum has always read it: the bytes turn, quality,
 * error, a zero, then the estimates as 16-bit numbers (the layout it had
 * in memory), mixed as two little-endian words and a tail xor its length,
 * so that saves keep their checksums. */
static uint64_t mix_dossier(uint64_t h, const struct dossier *d)
{
    _Static_assert(CAP_COUNT == 7, "a dossier is two words and a tail");
    const uint8_t *e = d->est;
    h = mix(h, (uint64_t)(uint8_t)d->turn | (uint64_t)d->quality << 8 | (uint64_t)d->err << 16 |
                   (uint64_t)e[0] << 32 | (uint64_t)e[1] << 48);
    h = mix(h, (uint64_t)e[2] | (uint64_t)e[3] << 16 | (uint64_t)e[4] << 32 | (uint64_t)e[5] << 48);
    return mix(h, (uint64_t)e[6] ^ (4 + 2 * CAP_COUNT));
}

uint64_t game_checksum(const struct game *g)
{
    uint64_t h = 0x6d616e64617465ULL;
    for (int i = 0; i < 4; i++)
        h = mix(h, g->rng.s[i]);
    int head[] = { g->turn, g->phase, g->outcome, g->collapsed, g->centralisation,
                   g->net_security, g->pool, g->central_support, g->db_compromised,
                   g->incidents, g->neq };
    h = mix_ints(h, head, (int)(sizeof head / sizeof head[0]));
    for (int s = 0; s < g->nsectors; s++)
        h = mix(h, (uint64_t)g->sectors[s].stability << 32 |
                       (uint64_t)g->sectors[s].threat << 16 | g->sectors[s].deployed);
    for (int i = 0; i < g->neq; i++) {
        const struct equipment *e = &g->eq[i];
        h = mix(h, (uint64_t)(uint8_t)(e->user + 1) << 32 |
                       (uint64_t)(uint8_t)e->supplier << 24 | (uint64_t)(uint8_t)e->since << 16 |
                       (uint64_t)e->backdoor << 8 | e->discovered);
    }
    for (int i = 0; i < g->nseats; i++) {
        const struct seat *st = &g->seats[i];
        h = mix_ints(h, st->caps, CAP_COUNT);
        int misc[] = { st->comms, st->influence, st->share, st->nobjectives, st->false_flag,
                       st->canary_until, st->pact_offer, st->pact_offer_turn, st->pacts,
                       st->taps, st->nins, st->nimp, st->attributed, st->blamed_falsely,
                       st->ap_bonus, g->last_attacker[i], g->last_attack_turn[i] };
        h = mix_ints(h, misc, (int)(sizeof misc / sizeof misc[0]));
        MIX_WIDENED(h, st->trust, g->nseats);
        MIX_WIDENED(h, st->objectives, st->nobjectives);
        MIX_WIDENED(h, st->evidence, g->nseats);
        const struct dossier *d = &st->dos[0][0];   /* d[t * DOS_COUNT + k] */
        for (int k = 0; k < MAX_TARGETS * DOS_COUNT; k++)
            if (d[k].turn >= 0)
                h = mix_dossier(h ^ (uint64_t)k, &d[k]);
        for (int k = 0; k < st->nins; k++) {
            const struct insider *in = &st->ins[k];
            h = mix(h, (uint64_t)(uint8_t)in->target << 24 | (uint64_t)in->stage << 16 |
                           (uint64_t)in->exposure << 8 | (uint8_t)in->since);
        }
        for (int k = 0; k < st->nimp; k++) {
            const struct implant *im = &st->imp[k];
            h = mix(h, (uint64_t)(uint8_t)im->target << 16 | (uint64_t)im->kind << 8 |
                           (uint8_t)im->since);
        }
    }
    /* a held inject's bit above its state: a game the facilitator never
     * touched sums as before */
    for (int k = 0; k < g->sc->ninjects; k++)
        h = mix(h, g->inject_fired[k] | (uint64_t)g->inject_held[k] << 8);
    return h;
}

/* --- beginning a turn -------------------------------------------------- */

static int inject_triggers(const struct game *g, const struct inject *in)
{
    if (g->turn < in->turn)
        return 0;
    switch (in->trigger) {
    case TRIG_TURN:
        return 1;                /* its turn, or later when it waited */
    case TRIG_AVG_STABILITY_BELOW:
        return game_avg_stability(g) < in->value;
    case TRIG_THREAT_AT_LEAST:
        if (in->sector >= 0)
            return g->sectors[in->sector].threat >= in->value;
        for (int s = 0; s < g->nsectors; s++)
            if (g->sectors[s].threat >= in->value)
                return 1;
        return 0;
    case TRIG_INCIDENTS_AT_LEAST:
        return g->incidents >= in->value;
    case TRIG_CENTRALISATION_AT_LEAST:
        return g->centralisation >= in->value;
    default:
        return 0;
    }
}

/* Inject k goes live this week, with its event. */
static void go_live(struct game *g, int k)
{
    const struct inject *in = &g->sc->injects[k];
    g->inject_fired[k] = INJ_FIRED;
    g->inject_week[k] = (int8_t)g->turn;
    g->live[g->nlive].index = k;
    g->live[g->nlive].choice = -1;
    g->nlive++;
    unsigned aud = in->audience < 0 ? AUDIENCE_PUBLIC : AUDIENCE_SEAT(in->audience);
    struct event *e = ev_add_by(g, EV_INJECT, aud, -1, in->audience);
    if (e)
        e->a = (int16_t)k;
}

void turn_begin(struct game *g)
{
    struct event *e = ev_add(g, EV_TURN_BEGIN, AUDIENCE_PUBLIC);
    if (e)
        e->a = (int16_t)g->turn;
    for (int i = 0; i < g->nseats; i++) {
        struct seat *st = &g->seats[i];
        st->ap = g->sc->seats[i].ap + st->ap_bonus;
        if (st->ap < 0)
            st->ap = 0;
        st->ap_bonus = 0;
        st->hardened = st->compartment = st->swept = 0;
        g->norders[i] = 0;
        g->confirmed[i] = 0;
    }
    /* injects that waited first, then those whose trigger holds now;
     * none the facilitator holds */
    g->nlive = 0;
    uint8_t due[MAX_INJECTS];    /* waiting ones from the front, triggered from the back */
    int nwait = 0, back = MAX_INJECTS;
    for (int k = 0; k < g->sc->ninjects; k++) {
        if (g->inject_held[k])
            continue;
        if (g->inject_fired[k] == INJ_WAITING)
            due[nwait++] = (uint8_t)k;
        else if (g->inject_fired[k] == INJ_UNFIRED && inject_triggers(g, &g->sc->injects[k]))
            due[--back] = (uint8_t)k;   /* going live changes no trigger */
    }
    for (int i = 0; i < nwait + MAX_INJECTS - back; i++) {
        int k = i < nwait ? due[i] : due[MAX_INJECTS - 1 - (i - nwait)];
        if (g->nlive >= MAX_VIEW_INJECTS)
            g->inject_fired[k] = INJ_WAITING;   /* a week full of injects: the next */
        else
            go_live(g, k);
    }
}

static int refuse(char *why, int whylen, const char *reason)
{
    if (why && whylen > 0)
        snprintf(why, (size_t)whylen, "%s", reason);
    return 0;
}

int game_fire_inject(struct game *g, int k, char *why, int whylen)
{
    if (k < 0 || k >= g->sc->ninjects)
        return refuse(why, whylen, "no such inject");
    if (g->phase != PHASE_ORDERS)
        return refuse(why, whylen, "the game has ended");
    if (g->inject_fired[k] == INJ_FIRED)
        return refuse(why, whylen, "it has gone live already");
    if (g->nlive >= MAX_VIEW_INJECTS)
        return refuse(why, whylen, "this week holds as many injects as it can");
    g->inject_held[k] = 0;
    go_live(g, k);
    return 1;
}

int game_hold_inject(struct game *g, int k, int hold, char *why, int whylen)
{
    if (k < 0 || k >= g->sc->ninjects)
        return refuse(why, whylen, "no such inject");
    if (g->phase != PHASE_ORDERS)
        return refuse(why, whylen, "the game has ended");
    if (hold && g->inject_fired[k] == INJ_FIRED)
        return refuse(why, whylen, "it has gone live already: only an upcoming inject is held");
    if (hold && g->inject_held[k])
        return refuse(why, whylen, "it is held already");
    if (!hold && !g->inject_held[k])
        return refuse(why, whylen, "it is not held");
    g->inject_held[k] = (uint8_t)(hold != 0);
    return 1;
}

int game_orders_cost(const struct game *g, const struct order *o, int n)
{
    return catalogue_orders_cost(g->cat, o, n);
}

void game_store_orders(struct game *g, int seat, const struct order *o, int n)
{
    if (n > 0)                   /* o may be NULL for no orders */
        memcpy(g->orders[seat], o, (size_t)n * sizeof *o);
    g->norders[seat] = n;
    g->confirmed[seat] = 1;
}

void game_unconfirm(struct game *g, int seat)
{
    if (seat >= 0 && seat < g->nseats)
        g->confirmed[seat] = 0;
}

int game_all_confirmed(const struct game *g)
{
    for (int i = 0; i < g->nseats; i++)
        if (!g->confirmed[i])
            return 0;
    return 1;
}
