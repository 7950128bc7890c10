/* test_views.c - hidden information by structure (assets/RULES.md
 * section 7: views are whitelisted, not redacted). Over many seeded AI games of the
 * default scenario and of the 2- and 8-seat fixtures, at every turn:
 * poisoning everything other seats hide leaves a seat's view byte for byte
 * the same; a view carries only its own and public events; another seat's
 * orders reach it only as orders read through a tap or an insider; an
 * incident never names its true culprit, and a bystander cannot tell a
 * right attribution from a wrong one. The same holds on the wire: with
 * canary strings in every seat's secret texts, no seat's encoded view
 * (nor the public board's) carries another seat's. */
#include "helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ai/ai.h"
#include "core/personality.h"
#include "core/game.h"
#include "core/pub.h"
#include "core/rng.h"
#include "core/score.h"
#include "core/view.h"
#include "core/world.h"
#include "data/data.h"
#include "data/wire.h"
#include "session/session.h"
#include "world_rig.h"

#define FIX MANDATE_ASSETS "/../tests/fixtures"
#define LAKELAND MANDATE_ASSETS "/scenarios/lakeland.json"
#define TWO_SEATS FIX "/two_seats.json"
#define EIGHT_SEATS FIX "/eight_seats.json"

/* Games per scenario: the default scenario gets the most. */
#define GAMES_LAKELAND 200
#define GAMES_FIXTURE 60

/* --- playing many games, with a hook at each point of a turn --------------- */

enum point {
    PT_ORDERS,     /* every seat has confirmed; before resolution */
    PT_RESOLVED    /* just after resolution (the next turn's brief) */
};

/* g: the game now; before: the game just before the last resolution (at
 * PT_RESOLVED; else NULL). */
typedef void (*hook_fn)(const struct game *g, const struct game *before, int point,
                        void *ctx);

/* Varies who plays, so that every kind of order and holding shows up:
 * the scenario's own personalities, all random, all expert, or a mix. */
static void vary_controllers(struct session *s, const struct world *w, int game)
{
    const struct personality *rnd = personality_find(&w->ps, "random");
    const struct personality *sb = personality_find(&w->ps, "shadow_broker");
    for (int i = 0; i < s->g.nseats; i++) {
        switch (game % 4) {
        case 1:
            if (rnd)
                s->ctl[i].p = rnd;
            break;
        case 2:
            s->ctl[i].level = AI_EXPERT;
            break;
        case 3:
            if (i % 2 == 0 && rnd)
                s->ctl[i].p = rnd;
            else if (sb) {
                s->ctl[i].p = sb;
                s->ctl[i].level = AI_EXPERT;
            }
            break;
        default:
            break;
        }
    }
}

static void play_games(const char *scenario, int games, uint64_t seed0, hook_fn hook,
                       void *ctx)
{
    struct world *w = world_load(scenario);
    struct session *s = malloc(sizeof *s);
    struct game *before = malloc(sizeof *before);
    assert_non_null(s);
    assert_non_null(before);
    for (int gi = 0; gi < games; gi++) {
        session_init(s, w->sc, &w->pub, &w->ps, seed0 + (uint64_t)gi);
        vary_controllers(s, w, gi);
        int guard = 0;
        while (s->g.phase == PHASE_ORDERS) {
            assert_true(guard++ <= MAX_TURNS);
            session_ai_all(s);
            hook(&s->g, NULL, PT_ORDERS, ctx);
            memcpy(before, &s->g, sizeof *before);
            session_resolve(s);
            hook(&s->g, before, PT_RESOLVED, ctx);
        }
        session_free(s);
    }
    free(before);
    free(s);
    world_free(w);
}

/* --- poisoning ------------------------------------------------------------- */

static int pick(struct rng *r, int lo, int hi)
{
    return rng_range(r, lo, hi);
}

/* A seat's tallies that only scores and statistics read. */
static void poison_tallies(struct seat *st, struct rng *r)
{
    st->ops_run = pick(r, 0, 50);
    st->ops_succeeded = pick(r, 0, 50);
    st->detected_against = pick(r, 0, 50);
    st->blown = pick(r, 0, 50);
    st->blamed_falsely = pick(r, 0, 50);
    st->accusations_true = pick(r, 0, 50);
    st->accusations_false = pick(r, 0, 50);
    for (int t = 0; t < MAX_SEATS; t++)
        st->times_victim[t] = pick(r, 0, 9);
}

/* Changes, at random, every part of the game that seat must not know:
 * the private state of every other seat, their orders this turn, hidden
 * backdoors it did not supply, the true culprits, private injects of
 * others, the seed and the generators; and of the seat's own state, what
 * its view does not whitelist (tallies only the score reads). Events are left alone: those
 * already in the seat's audience are what it has legitimately learned. */
static void poison(struct game *p, int seat, struct rng *r)
{
    const struct scenario *sc = p->sc;
    for (int o = 0; o < p->nseats; o++) {
        if (o == seat)
            continue;
        struct seat *st = &p->seats[o];
        st->ap = pick(r, 0, 12);
        st->ap_bonus = pick(r, -2, 2);
        for (int c = 0; c < CAP_COUNT; c++)
            st->caps[c] = pick(r, 0, 5);
        st->comms = pick(r, 0, 100);
        st->influence = pick(r, 0, 100);
        st->nobjectives = sc->nobjectives ? pick(r, 0, MAX_OBJECTIVES) : 0;
        for (int k = 0; k < st->nobjectives; k++)
            st->objectives[k] = rng_below(r, sc->nobjectives);
        st->hardened = (uint8_t)pick(r, 0, 1);
        st->compartment = (uint8_t)pick(r, 0, 1);
        st->swept = (uint8_t)pick(r, 0, 1);
        st->false_flag = (int8_t)pick(r, -1, p->nseats - 1);
        st->canary_until = (int8_t)pick(r, -1, MAX_TURNS);
        st->taps = (uint8_t)rng_below(r, 256);
        for (int t = 0; t < MAX_TARGETS; t++)
            for (int c = 0; c < DOS_COUNT; c++) {
                struct dossier *d = &st->dos[t][c];
                d->turn = (int8_t)pick(r, -1, p->turn);
                d->quality = (uint8_t)pick(r, 1, 3);
                d->err = (uint8_t)pick(r, 0, 30);
                for (int k = 0; k < CAP_COUNT; k++)
                    d->est[k] = (uint8_t)pick(r, 0, 100);
            }
        st->nins = pick(r, 0, MAX_INSIDERS);
        for (int k = 0; k < st->nins; k++) {
            st->ins[k].target = (int8_t)rng_below(r, p->nseats);
            st->ins[k].stage = (uint8_t)pick(r, STAGE_APPROACHED, STAGE_RECRUITED);
            st->ins[k].exposure = (uint8_t)pick(r, 0, 99);
            st->ins[k].since = (int8_t)pick(r, 1, p->turn);
        }
        st->nimp = pick(r, 0, MAX_TARGETS);
        for (int k = 0; k < st->nimp; k++) {
            int t = pick(r, 0, p->nseats);
            st->imp[k].target = (int8_t)(t == p->nseats ? TARGET_HQ : t);
            st->imp[k].kind = (uint8_t)pick(r, IMP_NETWORK, IMP_TAP);
            st->imp[k].since = (int8_t)pick(r, 1, p->turn);
        }
        for (int t = 0; t < MAX_SEATS; t++)
            st->evidence[t] = pick(r, 0, 9);
        st->attributed = pick(r, 0, 50);
        poison_tallies(st, r);
        /* orders of this turn: none is known to the seat before resolution */
        p->norders[o] = pick(r, 0, MAX_ORDERS);
        for (int k = 0; k < MAX_ORDERS; k++) {
            struct order *q = &p->orders[o][k];
            *q = order_make(rng_below(r, ORD_COUNT), o, p->turn);
            q->sector = (int8_t)pick(r, -1, p->nsectors - 1);
            q->target = (int8_t)pick(r, -1, p->nseats - 1);
            q->level = (int8_t)pick(r, 0, 2);
        }
    }
    /* the seat's own tallies (the facilitator's, for scores; not the
     * attributions a clean-hands objective reads) and the leftovers past
     * its insider and implant lists: not whitelisted */
    struct seat *own = &p->seats[seat];
    poison_tallies(own, r);
    for (int k = own->nins; k < MAX_INSIDERS; k++)
        own->ins[k].exposure = (uint8_t)pick(r, 0, 99);
    for (int k = own->nimp; k < MAX_TARGETS; k++)
        own->imp[k].since = (int8_t)pick(r, 1, 16);
    for (int i = 0; i < p->neq; i++)
        if (p->eq[i].supplier != seat && !p->eq[i].discovered)
            p->eq[i].backdoor = (uint8_t)pick(r, 0, 1);
    for (int i = 0; i < MAX_SEATS; i++) {
        p->last_attacker[i] = (int8_t)pick(r, -1, p->nseats - 1);
        p->last_attack_turn[i] = (int8_t)pick(r, 0, p->turn);
    }
    /* injects addressed to another seat */
    for (int k = 0; k < sc->ninjects; k++)
        if (sc->injects[k].audience >= 0 && sc->injects[k].audience != seat)
            p->inject_fired[k] = (uint8_t)pick(r, 0, 1);
    for (int k = 0; k < p->nlive; k++) {
        const struct inject *in = &sc->injects[p->live[k].index];
        if (in->audience >= 0 && in->audience != seat)
            p->live[k].choice = in->nchoices ? pick(r, -1, in->nchoices - 1) : -1;
    }
    p->db_compromised = pick(r, 0, 3);
    p->seed = rng_next(r);
    rng_seed(&p->rng, rng_next(r), 1);
    rng_seed(&p->rng_text, rng_next(r), 3);
}

/* --- the poison test -------------------------------------------------------- */

struct poison_ctx {
    struct rng r;
    struct game *copy;
    struct view *v1, *v2;
    long checks;
    long others_hold;            /* checks where another seat held a secret */
};

static void first_difference(const struct view *a, const struct view *b)
{
    const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
    for (size_t i = 0; i < sizeof *a; i++)
        if (x[i] != y[i]) {
            print_message("# first differing byte at offset %zu of struct view "
                          "(me at %zu, objectives at %zu, orders at %zu, injects at %zu, "
                          "events at %zu, eq at %zu, c at %zu)\n",
                          i, offsetof(struct view, me), offsetof(struct view, objectives),
                          offsetof(struct view, orders), offsetof(struct view, injects),
                          offsetof(struct view, events), offsetof(struct view, eq),
                          offsetof(struct view, c));
            return;
        }
}

static int holds_secrets(const struct game *g, int seat)
{
    for (int o = 0; o < g->nseats; o++)
        if (o != seat && (g->seats[o].nins || g->seats[o].nimp || g->norders[o]))
            return 1;
    return 0;
}

static void poison_hook(const struct game *g, const struct game *before, int point,
                        void *vctx)
{
    (void)before;
    (void)point;
    struct poison_ctx *c = vctx;
    for (int s = 0; s < g->nseats; s++) {
        /* different garbage in each: a view is zeroed before it is filled */
        memset(c->v1, 0xa5, sizeof *c->v1);
        memset(c->v2, 0x5a, sizeof *c->v2);
        view_build(g, s, c->v1);
        memcpy(c->copy, g, sizeof *g);
        poison(c->copy, s, &c->r);
        view_build(c->copy, s, c->v2);
        c->checks++;
        c->others_hold += holds_secrets(g, s);
        if (memcmp(c->v1, c->v2, sizeof *c->v1) != 0) {
            first_difference(c->v1, c->v2);
            fail_msg("seat %d's view at turn %d (%s) changed when other seats' secrets "
                     "were poisoned (seed %llu)",
                     s, g->turn, point == PT_ORDERS ? "orders given" : "after resolution",
                     (unsigned long long)g->seed);
        }
    }
}

static void poison_run(const char *scenario, int games, uint64_t seed0)
{
    struct poison_ctx c;
    memset(&c, 0, sizeof c);
    rng_seed(&c.r, seed0, 99);
    c.copy = malloc(sizeof *c.copy);
    c.v1 = malloc(sizeof *c.v1);
    c.v2 = malloc(sizeof *c.v2);
    assert_non_null(c.copy);
    assert_non_null(c.v1);
    assert_non_null(c.v2);
    play_games(scenario, games, seed0, poison_hook, &c);
    assert_true(c.checks > games);
    assert_true(c.others_hold > 0);
    free(c.copy);
    free(c.v1);
    free(c.v2);
}

static void seat_view_should_not_change_when_others_secrets_are_poisoned(void **state)
{
    (void)state;
    poison_run(LAKELAND, GAMES_LAKELAND, 1000);
    poison_run(TWO_SEATS, GAMES_FIXTURE, 2000);
    poison_run(EIGHT_SEATS, GAMES_FIXTURE, 3000);
}

/* The poison test can fail: poisoning the seat's own secrets, or a public
 * number, does change its view. */
static void poison_test_should_notice_a_change_to_what_the_seat_may_know(void **state)
{
    (void)state;
    struct world *w = world_load(LAKELAND);
    struct session *s = malloc(sizeof *s);
    struct game *copy = malloc(sizeof *copy);
    struct view *v1 = calloc(1, sizeof *v1), *v2 = calloc(1, sizeof *v2);
    assert_non_null(s);
    assert_non_null(copy);
    assert_non_null(v1);
    assert_non_null(v2);
    session_init(s, w->sc, &w->pub, &w->ps, 7);
    session_ai_all(s);
    session_resolve(s);
    session_ai_all(s);
    view_build(&s->g, 0, v1);

    memcpy(copy, &s->g, sizeof *copy);
    copy->seats[0].influence ^= 1;                       /* own secret */
    view_build(copy, 0, v2);
    assert_memory_not_equal(v1, v2, sizeof *v1);

    memcpy(copy, &s->g, sizeof *copy);
    copy->seats[0].dos[1][DOS_CAPABILITIES].est[0] ^= 1; /* own dossier */
    view_build(copy, 0, v2);
    assert_memory_not_equal(v1, v2, sizeof *v1);

    memcpy(copy, &s->g, sizeof *copy);
    copy->sectors[0].stability ^= 1;                     /* public */
    view_build(copy, 0, v2);
    assert_memory_not_equal(v1, v2, sizeof *v1);

    memcpy(copy, &s->g, sizeof *copy);
    copy->seats[1].trust[2] ^= 1;                        /* public trust */
    view_build(copy, 0, v2);
    assert_memory_not_equal(v1, v2, sizeof *v1);

    session_free(s);
    free(s);
    free(copy);
    free(v1);
    free(v2);
    world_free(w);
}

/* --- events and orders ------------------------------------------------------ */

struct event_ctx {
    struct view *v;
    long orders_read;            /* EV_ORDERS_READ seen in seat views */
    long incidents;              /* EV_INCIDENT seen in seat views */
    long covert_seen;            /* events carrying a secret order kind */
    long causes_hidden;          /* events whose cause a seat may not know */
    int max_events, max_view_events;
    long engine_dropped, view_dropped;
};

static int secret_kind(int order)
{
    return order >= 0 && order < ORD_COUNT && !order_is_public(order);
}

/* 1 when before (the state just before resolution) let seat read target's
 * orders: a tap, or a recruited insider. */
static int may_read(const struct game *before, int seat, int target)
{
    const struct seat *st = &before->seats[seat];
    if (st->taps & (1u << target))
        return 1;
    for (int k = 0; k < st->nins; k++)
        if (st->ins[k].target == target && st->ins[k].stage == STAGE_RECRUITED)
            return 1;
    return 0;
}

/* 1 when one of target's orders resolved from before matches the read. */
static int was_given(const struct game *before, int target, const struct event *e)
{
    if (!before->confirmed[target])
        return 0;
    for (int k = 0; k < before->norders[target]; k++) {
        const struct order *o = &before->orders[target][k];
        if (o->kind == e->order && o->sector == e->sector && o->target == e->b)
            return 1;
    }
    return 0;
}

static void check_orders_read(const struct game *g, const struct game *before, int s,
                              const struct event *e, struct event_ctx *c)
{
    c->orders_read++;
    if (e->audience != AUDIENCE_SEAT(s) || e->actor != s || e->target < 0 ||
        e->target >= g->nseats || e->target == s)
        fail_msg("seat %d's view holds a foreign or public orders_read event "
                 "(actor %d, target %d, audience 0x%x) at turn %d, seed %llu",
                 s, e->actor, e->target, e->audience, e->turn, (unsigned long long)g->seed);
    if (!before)
        fail_msg("orders_read in the brief of turn %d, seed %llu", g->turn,
                 (unsigned long long)g->seed);
    if (!may_read(before, s, e->target))
        fail_msg("seat %d read seat %d's orders without a tap or insider at turn %d, "
                 "seed %llu", s, e->target, e->turn, (unsigned long long)g->seed);
    if (!was_given(before, e->target, e))
        fail_msg("seat %d read an order %s that seat %d did not give at turn %d, seed %llu",
                 s, order_name(e->order), e->target, e->turn, (unsigned long long)g->seed);
}

/* Event kinds only ever addressed to the seat they concern: their actor is
 * the holder. */
static int own_kind(int kind)
{
    switch (kind) {
    case EV_COVERT:
    case EV_DOSSIER:
    case EV_INSIDER:
    case EV_BACKDOOR:
    case EV_INFLUENCE:
    case EV_COMMS:
    case EV_OBJECTIVES:
    case EV_ORDERS_READ:
    case EV_AP:
    case EV_SWEEP:
    case EV_CANARY:              /* the seat's own canary caught target */
        return 1;
    default:
        return 0;
    }
}

static void events_hook(const struct game *g, const struct game *before, int point,
                        void *vctx)
{
    struct event_ctx *c = vctx;
    if (point != PT_RESOLVED)
        return;
    /* a full log drops events whoever they were for, so what a seat learns
     * would depend on how busy the others were */
    c->engine_dropped += g->events_dropped;
    if (g->nevents > c->max_events)
        c->max_events = g->nevents;
    for (int s = 0; s < g->nseats; s++) {
        view_build(g, s, c->v);
        const struct view *v = c->v;
        unsigned mine = AUDIENCE_PUBLIC | AUDIENCE_SEAT(s);
        c->view_dropped += v->events_dropped;
        if (v->nevents + v->events_dropped > c->max_view_events)
            c->max_view_events = v->nevents + v->events_dropped;
        for (int k = 0; k < v->nevents; k++) {
            const struct event *e = &v->events[k];
            if (!(e->audience & mine))
                fail_msg("seat %d's view holds %s event %d with audience 0x%x (seed %llu)", s,
                         event_name(e->kind), k, e->audience, (unsigned long long)g->seed);
            if (own_kind(e->kind) && e->actor != s)
                fail_msg("seat %d's view holds seat %d's private %s event (seed %llu)", s,
                         e->actor, event_name(e->kind), (unsigned long long)g->seed);
            if (e->kind == EV_DETECTED && e->target != s)
                fail_msg("seat %d's view holds seat %d's %s event (seed %llu)", s, e->target,
                         event_name(e->kind), (unsigned long long)g->seed);
            /* issue 9: a cause only its owner may know (a secret order, a
             * private inject) reaches nobody else */
            if (((e->cause == CAUSE_ORDER && secret_kind(e->cause_arg)) ||
                 (e->cause == CAUSE_INJECT && e->cause_seat >= 0)) &&
                e->cause_seat != s)
                fail_msg("seat %d's view holds seat %d's private cause (%s %d) of a %s event "
                         "(seed %llu)", s, e->cause_seat, cause_name(e->cause), e->cause_arg,
                         event_name(e->kind), (unsigned long long)g->seed);
            c->causes_hidden += e->cause == CAUSE_HIDDEN;
            if (e->kind == EV_ORDERS_READ) {
                check_orders_read(g, before, s, e, c);
                continue;
            }
            if (!secret_kind(e->order))
                continue;
            c->covert_seen++;
            /* a secret order kind: only the seat's own operation, or the
             * kind of an operation detected, with nobody named as its author */
            if (e->kind == EV_COVERT && e->actor == s)
                continue;
            if ((e->kind == EV_INCIDENT || e->kind == EV_DETECTED) && e->actor == -1)
                continue;
            fail_msg("seat %d's view shows secret order %s in a %s event of actor %d at "
                     "turn %d (seed %llu)",
                     s, order_name(e->order), event_name(e->kind), e->actor, e->turn,
                     (unsigned long long)g->seed);
        }
    }
}

static void events_run(const char *scenario, int games, uint64_t seed0, struct event_ctx *c)
{
    play_games(scenario, games, seed0, events_hook, c);
}

static void seat_view_should_hold_only_own_and_public_events(void **state)
{
    (void)state;
    struct event_ctx c;
    memset(&c, 0, sizeof c);
    c.v = malloc(sizeof *c.v);
    assert_non_null(c.v);
    events_run(LAKELAND, GAMES_LAKELAND, 1000, &c);
    events_run(TWO_SEATS, GAMES_FIXTURE, 2000, &c);
    events_run(EIGHT_SEATS, GAMES_FIXTURE, 3000, &c);
    print_message("# %ld orders read, %ld events of secret order kinds checked, %ld causes "
                  "hidden; at most %d events in a turn's log (%d for one seat); dropped %ld "
                  "from logs, %ld from views\n",
                  c.orders_read, c.covert_seen, c.causes_hidden, c.max_events,
                  c.max_view_events, c.engine_dropped, c.view_dropped);
    assert_int_equal(c.engine_dropped, 0);
    /* the games did exercise taps and insiders */
    assert_true(c.orders_read > 0);
    assert_true(c.covert_seen > 0);
    assert_true(c.causes_hidden > 0);
    free(c.v);
}

/* --- own state, own orders, facilitator ---------------------------------- */

struct own_ctx {
    struct view *v, *part;
    struct fview *f;
    long with_orders;
};

/* The partial view the engine checks orders with (view_build_for_check)
 * agrees with the full view on all view_check_orders reads, whatever the
 * buffer held before (here: garbage, or the view of the seat before), and
 * so gives the same verdict and reason: on the seat's orders, and on one
 * order of every kind at every target and sector (issue 14: it no longer
 * fills reputation, trust, dossiers or the published figures). */
static void expect_partial_agrees(const struct game *g, int s, const struct view *full,
                                  struct view *part)
{
    if (s % 2)
        memset(part, 0xa5, sizeof *part);
    view_build_for_check(g, s, part);
    assert_int_equal(part->built, 0);            /* filled in part only */
    assert_ptr_equal(part->pub, full->pub);
    int head[] = { part->seat - full->seat, part->turn - full->turn, part->phase - full->phase,
                   part->nseats - full->nseats, part->nsectors - full->nsectors,
                   part->neq - full->neq, part->me.ap - full->me.ap,
                   part->me.pacts - full->me.pacts, part->me.nins - full->me.nins };
    for (size_t k = 0; k < sizeof head / sizeof head[0]; k++)
        assert_int_equal(head[k], 0);
    for (int k = 0; k < full->nsectors; k++) {   /* field by field: padding is not filled */
        assert_int_equal(part->sectors[k].stability, full->sectors[k].stability);
        assert_int_equal(part->sectors[k].threat, full->sectors[k].threat);
        assert_int_equal(part->sectors[k].deployed, full->sectors[k].deployed);
    }
    assert_memory_equal(part->eq, full->eq, sizeof full->eq[0] * (size_t)full->neq);
    assert_memory_equal(part->me.caps, full->me.caps, sizeof full->me.caps);
    assert_memory_equal(part->me.ins, full->me.ins, sizeof full->me.ins[0] * (size_t)full->me.nins);
    assert_int_equal(part->norders, full->norders);
    assert_int_equal(part->confirmed, full->confirmed);
    assert_memory_equal(part->orders, full->orders, sizeof(struct order) * (size_t)full->norders);
    assert_int_equal(part->ninjects, full->ninjects);
    for (int k = 0; k < full->ninjects; k++) {   /* field by field: padding is not filled */
        assert_int_equal(part->injects[k].index, full->injects[k].index);
        assert_int_equal(part->injects[k].audience, full->injects[k].audience);
        assert_int_equal(part->injects[k].nchoices, full->injects[k].nchoices);
        assert_int_equal(part->injects[k].choice, full->injects[k].choice);
    }
    char why1[160], why2[160];
    assert_int_equal(view_check_orders(part, full->orders, full->norders, why1, sizeof why1),
                     view_check_orders(full, full->orders, full->norders, why2, sizeof why2));
    assert_string_equal(why1, why2);
    for (int kind = 0; kind < ORD_COUNT; kind++)
        for (int t = -1; t < g->nseats; t++)
            for (int sec = -1; sec < (t == (s + 1) % g->nseats ? g->nsectors : 1); sec++) {
                struct order o = order_make(kind, s, g->turn);
                o.target = (int8_t)t;
                o.sector = (int8_t)sec;
                o.level = 1;
                o.inject = full->ninjects ? (int8_t)full->injects[0].index : -1;
                assert_int_equal(view_check_orders(part, &o, 1, why1, sizeof why1),
                                 view_check_orders(full, &o, 1, why2, sizeof why2));
                assert_string_equal(why1, why2);
            }
}

/* The view's self is the seat's state, field by field. */
static void expect_self(const struct game *g, int s, const struct view_self *me)
{
    const struct seat *st = &g->seats[s];
    assert_int_equal(me->ap, st->ap);
    assert_int_equal(me->ap_bonus, st->ap_bonus);
    assert_memory_equal(me->caps, st->caps, sizeof me->caps);
    assert_int_equal(me->comms, st->comms);
    assert_int_equal(me->influence, st->influence);
    assert_int_equal(me->share, st->share);
    assert_int_equal(me->hardened, st->hardened);
    assert_int_equal(me->compartment, st->compartment);
    assert_int_equal(me->swept, st->swept);
    assert_int_equal(me->false_flag, st->false_flag);
    assert_int_equal(me->canary_until, st->canary_until);
    assert_int_equal(me->pact_offer, st->pact_offer);
    assert_int_equal(me->pact_offer_turn, st->pact_offer_turn);
    assert_int_equal(me->pacts, st->pacts);
    assert_int_equal(me->taps, st->taps);
    for (int i = 0; i < g->nseats; i++) {
        assert_int_equal(me->trust[i], st->trust[i]);
        assert_int_equal(me->evidence[i], st->evidence[i]);
    }
    for (int t = 0; t < MAX_TARGETS; t++)
        if (t < g->nseats || t == TARGET_HQ)
            assert_memory_equal(me->dos[t], st->dos[t], sizeof me->dos[t]);
    assert_int_equal(me->nins, st->nins);
    assert_memory_equal(me->ins, st->ins, sizeof(struct insider) * (size_t)st->nins);
    assert_int_equal(me->nimp, st->nimp);
    assert_memory_equal(me->imp, st->imp, sizeof(struct implant) * (size_t)st->nimp);
}

static void own_hook(const struct game *g, const struct game *before, int point, void *vctx)
{
    (void)before;
    (void)point;
    struct own_ctx *c = vctx;
    for (int s = 0; s < g->nseats; s++) {
        view_build(g, s, c->v);
        const struct view *v = c->v;
        assert_int_equal(v->seat, s);
        expect_self(g, s, &v->me);
        /* its objectives, field by field, and whether each holds now */
        assert_int_equal(v->nobjectives, g->seats[s].nobjectives);
        for (int k = 0; k < v->nobjectives; k++) {
            int idx = g->seats[s].objectives[k];
            const struct objective_def *d = &g->sc->objectives[idx];
            const struct view_objective *vo = &v->objectives[k];
            assert_int_equal(d->owner, s);
            assert_int_equal(vo->kind, d->kind);
            assert_int_equal(vo->target, d->target);
            assert_int_equal(vo->sector, d->sector);
            assert_int_equal(vo->value, d->value);
            assert_int_equal(vo->points, d->points);
            assert_string_equal(vo->text, d->text);
            assert_int_equal(vo->done, objective_done(g, s, idx));
        }
        assert_int_equal(v->norders, g->norders[s]);
        assert_int_equal(v->confirmed, g->confirmed[s]);
        if (v->norders)
            assert_memory_equal(v->orders, g->orders[s],
                                sizeof(struct order) * (size_t)v->norders);
        for (int k = 0; k < v->norders; k++)
            assert_int_equal(v->orders[k].seat, s);
        c->with_orders += v->norders > 0;
        expect_partial_agrees(g, s, v, c->part);
        /* the rest of the order table stays empty */
        for (int k = v->norders; k < MAX_ORDERS; k++) {
            static const struct order zero;
            assert_memory_equal(&v->orders[k], &zero, sizeof zero);
        }
        /* backdoors: own, or discovered */
        for (int i = 0; i < v->neq; i++)
            assert_int_equal(v->eq[i].backdoor,
                             g->eq[i].backdoor && (g->eq[i].supplier == s || g->eq[i].discovered));
        /* live injects: addressed to the seat or to all, copied whole but
         * for whether offered equipment is backdoored (issue 13) */
        for (int k = 0; k < v->ninjects; k++) {
            const struct view_inject *vi = &v->injects[k];
            const struct inject *in = &g->sc->injects[vi->index];
            assert_true(in->audience < 0 || in->audience == s);
            assert_int_equal(vi->audience, in->audience);
            assert_string_equal(vi->title, in->title);
            assert_string_equal(vi->text, in->text);
            assert_int_equal(vi->nchoices, in->nchoices);
            for (int ch = 0; ch < in->nchoices; ch++) {
                assert_string_equal(vi->choices[ch].label, in->choices[ch].label);
                assert_int_equal(vi->choices[ch].neffects, in->choices[ch].neffects);
                for (int e = 0; e < in->choices[ch].neffects; e++) {
                    struct effect want = in->choices[ch].effects[e];
                    want.backdoor = 0;
                    assert_memory_equal(&vi->choices[ch].effects[e], &want, sizeof want);
                }
            }
        }
        /* a lean view is the same but for the injects' and objectives'
         * texts (issue 14: no AI reads them when it writes no reasons) */
        view_build_lean(g, s, c->part);
        for (int k = 0; k < v->nobjectives; k++) {
            struct view_objective *vo = &c->part->objectives[k];
            assert_string_equal(vo->text, "");
            memcpy(vo->text, v->objectives[k].text, sizeof vo->text);
        }
        for (int k = 0; k < v->ninjects; k++) {
            struct view_inject *vi = &c->part->injects[k];
            assert_string_equal(vi->title, "");
            assert_string_equal(vi->text, "");
            memcpy(vi->title, v->injects[k].title, sizeof vi->title);
            memcpy(vi->text, v->injects[k].text, sizeof vi->text);
            for (int ch = 0; ch < vi->nchoices; ch++) {
                assert_string_equal(vi->choices[ch].label, "");
                memcpy(vi->choices[ch].label, v->injects[k].choices[ch].label,
                       sizeof vi->choices[ch].label);
            }
        }
        assert_memory_equal(c->part, v, sizeof *v);
    }
    view_build(g, VIEW_FACILITATOR, c->v);
    assert_int_equal(c->v->seat, VIEW_FACILITATOR);
    static const struct view_self nobody;
    assert_memory_equal(&c->v->me, &nobody, sizeof nobody);
    assert_int_equal(c->v->ninjects, g->nlive);
    for (int i = 0; i < g->neq; i++)
        assert_int_equal(c->v->eq[i].backdoor, g->eq[i].backdoor);
}

static void seat_view_should_hold_own_seat_and_own_orders(void **state)
{
    (void)state;
    struct own_ctx c;
    memset(&c, 0, sizeof c);
    c.v = malloc(sizeof *c.v);
    c.part = malloc(sizeof *c.part);
    assert_non_null(c.v);
    assert_non_null(c.part);
    play_games(LAKELAND, 40, 1000, own_hook, &c);
    play_games(TWO_SEATS, 20, 2000, own_hook, &c);
    play_games(EIGHT_SEATS, 20, 3000, own_hook, &c);
    assert_true(c.with_orders > 0);
    free(c.v);
    free(c.part);
}

/* The facilitator's fview: its public part is the facilitator's view;
 * each seat's part is what that seat's own view holds of itself (self,
 * objectives, orders) plus its score and tallies, as the game has them. */
static void fview_hook(const struct game *g, const struct game *before, int point, void *vctx)
{
    (void)before;
    (void)point;
    struct own_ctx *c = vctx;
    view_build_facilitator(g, c->f);
    view_build(g, VIEW_FACILITATOR, c->v);
    assert_memory_equal(&c->f->pub_part, c->v, sizeof *c->v);
    for (int s = 0; s < g->nseats; s++) {
        const struct fview_seat *fs = &c->f->seats[s];
        view_build(g, s, c->v);
        assert_memory_equal(&fs->self, &c->v->me, sizeof fs->self);
        assert_int_equal(fs->nobjectives, c->v->nobjectives);
        assert_memory_equal(fs->objectives, c->v->objectives, sizeof fs->objectives);
        assert_int_equal(fs->norders, c->v->norders);
        assert_memory_equal(fs->orders, c->v->orders, sizeof fs->orders);
        assert_int_equal(fs->confirmed, c->v->confirmed);
        struct score sc;
        score_seat(g, s, &sc);
        assert_memory_equal(&fs->score, &sc, sizeof sc);
        assert_int_equal(fs->tallies.blown, g->seats[s].blown);
        assert_int_equal(fs->tallies.attributed, g->seats[s].attributed);
        for (int i = 0; i < MAX_SEATS; i++)
            assert_int_equal(fs->tallies.times_victim[i], g->seats[s].times_victim[i]);
        assert_int_equal(c->f->last_attacker[s], g->last_attacker[s]);
        c->with_orders += fs->norders > 0;
    }
    assert_int_equal(c->f->winner, score_winner(g));
}

static void facilitator_fview_should_hold_every_seat_as_its_view_does(void **state)
{
    (void)state;
    struct own_ctx c;
    memset(&c, 0, sizeof c);
    c.v = malloc(sizeof *c.v);
    c.f = malloc(sizeof *c.f);
    assert_non_null(c.v);
    assert_non_null(c.f);
    play_games(LAKELAND, 10, 4000, fview_hook, &c);
    play_games(EIGHT_SEATS, 5, 5000, fview_hook, &c);
    assert_true(c.with_orders > 0);
    free(c.v);
    free(c.f);
}

/* --- culprits ---------------------------------------------------------------- */

/* What the culprit test saw: attributions shown to bystanders (neither
 * culprit nor blamed) by the true attribution, which must look alike, and
 * the leaks found (counted, the first one described). */
struct culprit_ctx {
    struct view *v;
    long incidents, blown_unattributed;
    unsigned seen_right, seen_wrong;   /* bit per outcome value shown */
    long n_right, n_wrong;
    long actor_leaks, holder_leaks;
    char first_actor_leak[200], first_holder_leak[200];
};

/* The true culprit of the event at index k of g's log: the actor of the
 * covert event that follows an incident (see covert.c: detected() runs
 * inside covert_run(), which logs EV_COVERT last), the holder of a blown
 * insider; -1 when unknown. */
static int true_culprit(const struct game *g, int k)
{
    const struct event *e = &g->events[k];
    if (e->kind == EV_INSIDER_BLOWN)
        return e->actor;
    if (e->kind != EV_INCIDENT && e->kind != EV_DETECTED)
        return -1;
    for (int j = k + 1; j < g->nevents; j++)
        if (g->events[j].kind == EV_COVERT)
            return g->events[j].actor;
    return -1;
}

/* 1 for the answer to an inject addressed to another seat than seat. */
static int foreign_inject_choice(const struct game *g, int seat, const struct event *e)
{
    if (e->kind != EV_INJECT_CHOICE || e->a < 0 || e->a >= g->sc->ninjects)
        return 0;
    int aud = g->sc->injects[e->a].audience;
    return aud >= 0 && aud != seat;
}

static void culprit_hook(const struct game *g, const struct game *before, int point,
                         void *vctx)
{
    (void)before;
    struct culprit_ctx *c = vctx;
    if (point != PT_RESOLVED)
        return;
    for (int s = 0; s < g->nseats; s++) {
        view_build(g, s, c->v);
        const struct view *v = c->v;
        unsigned mine = AUDIENCE_PUBLIC | AUDIENCE_SEAT(s);
        /* pair each view event with the true one it came from */
        int k = 0;
        for (int j = 0; j < v->nevents; j++, k++) {
            while (k < g->nevents && (!(g->events[k].audience & mine) ||
                                      foreign_inject_choice(g, s, &g->events[k])))
                k++;
            assert_true(k < g->nevents);
            const struct event *e = &v->events[j], *t = &g->events[k];
            assert_int_equal(e->kind, t->kind);
            if (e->kind == EV_INCIDENT) {
                c->incidents++;
                if (e->actor != -1 && c->actor_leaks++ == 0)
                    snprintf(c->first_actor_leak, sizeof c->first_actor_leak,
                             "seat %d's view of an incident names actor %d (seed %llu, "
                             "turn %d)", s, e->actor, (unsigned long long)g->seed, e->turn);
            }
            int culprit = true_culprit(g, k);
            if (e->kind == EV_INSIDER_BLOWN && culprit != s && t->outcome != ATTR_RIGHT) {
                c->blown_unattributed++;
                if (e->actor == culprit && c->holder_leaks++ == 0)
                    snprintf(c->first_holder_leak, sizeof c->first_holder_leak,
                             "seat %d's view of a blown insider names its true holder %d "
                             "in actor though the attribution was %s, blamed %d (seed "
                             "%llu, turn %d)",
                             s, culprit, attribution_name(t->outcome), t->blamed,
                             (unsigned long long)g->seed, e->turn);
            }
            /* bystanders of detected covert operations (a blown insider may
             * be exposed for all to see, its attribution then true) */
            if ((e->kind != EV_INCIDENT && e->kind != EV_DETECTED) || culprit < 0 ||
                culprit == s || t->blamed == s || t->blamed < 0)
                continue;
            if (t->outcome == ATTR_RIGHT) {
                c->n_right++;
                c->seen_right |= 1u << (e->outcome & 15);
            } else if (t->outcome == ATTR_WRONG) {
                c->n_wrong++;
                c->seen_wrong |= 1u << (e->outcome & 15);
            }
        }
    }
}

/* Plays the games once for the three culprit tests. */
static struct culprit_ctx *culprit_run(void)
{
    static struct culprit_ctx c;
    static int done;
    if (done)
        return &c;
    done = 1;
    memset(&c, 0, sizeof c);
    c.v = malloc(sizeof *c.v);
    assert_non_null(c.v);
    play_games(LAKELAND, GAMES_LAKELAND, 1000, culprit_hook, &c);
    play_games(TWO_SEATS, GAMES_FIXTURE, 2000, culprit_hook, &c);
    play_games(EIGHT_SEATS, GAMES_FIXTURE, 3000, culprit_hook, &c);
    free(c.v);
    c.v = NULL;
    print_message("# %ld incidents; %ld right and %ld wrong attributions seen by "
                  "bystanders; %ld blown insiders not rightly attributed\n",
                  c.incidents, c.n_right, c.n_wrong, c.blown_unattributed);
    return &c;
}

static void incident_should_never_name_its_true_culprit_in_actor(void **state)
{
    (void)state;
    struct culprit_ctx *c = culprit_run();
    assert_true(c->incidents > 0);
    if (c->actor_leaks)
        fail_msg("%ld incidents name an actor; first: %s", c->actor_leaks, c->first_actor_leak);
}

/* A blown insider found by its target's sweep names the holder only as
 * the target blamed it, unless the attribution was right. */
static void blown_insider_should_name_its_holder_only_when_rightly_attributed(void **state)
{
    (void)state;
    struct culprit_ctx *c = culprit_run();
    assert_true(c->blown_unattributed > 0);
    if (c->holder_leaks)
        fail_msg("%ld of %ld views of blown insiders not rightly attributed name the true "
                 "holder; first: %s",
                 c->holder_leaks, c->blown_unattributed, c->first_holder_leak);
}

/* A bystander learns whom the victim blamed, never whether the blame is
 * right: the outcome it is shown is the same for right and wrong ones. */
static void bystander_should_not_tell_right_from_wrong_attribution(void **state)
{
    (void)state;
    struct culprit_ctx *c = culprit_run();
    assert_true(c->n_right > 0);
    assert_true(c->n_wrong > 0);
    if (c->seen_right != c->seen_wrong)
        fail_msg("bystanders see outcome set 0x%x for right attributions and 0x%x for "
                 "wrong ones (bit = enum attribution: right %d, wrong %d): the view "
                 "reveals whether the blame is true",
                 c->seen_right, c->seen_wrong, ATTR_RIGHT, ATTR_WRONG);
}

/* --- private injects ------------------------------------------------------ */

struct inject_ctx {
    struct view *v;
    long private_choices;        /* choices of private injects resolved */
};

static void inject_hook(const struct game *g, const struct game *before, int point,
                        void *vctx)
{
    (void)before;
    struct inject_ctx *c = vctx;
    if (point != PT_RESOLVED)
        return;
    for (int k = 0; k < g->nevents; k++)
        if (g->events[k].kind == EV_INJECT_CHOICE &&
            g->sc->injects[g->events[k].a].audience >= 0)
            c->private_choices++;
    for (int s = 0; s < g->nseats; s++) {
        view_build(g, s, c->v);
        for (int k = 0; k < c->v->nevents; k++) {
            const struct event *e = &c->v->events[k];
            if (e->kind != EV_INJECT && e->kind != EV_INJECT_CHOICE)
                continue;
            assert_true(e->a >= 0 && e->a < g->sc->ninjects);
            int aud = g->sc->injects[e->a].audience;
            if (aud >= 0 && aud != s)
                fail_msg("seat %d's view holds the %s event of inject '%s', addressed to "
                         "seat %d only (seed %llu, turn %d)",
                         s, event_name(e->kind), g->sc->injects[e->a].id, aud,
                         (unsigned long long)g->seed, e->turn);
        }
    }
}

static void private_inject_should_reach_only_its_audience(void **state)
{
    (void)state;
    struct inject_ctx c;
    memset(&c, 0, sizeof c);
    c.v = malloc(sizeof *c.v);
    assert_non_null(c.v);
    play_games(LAKELAND, 40, 1000, inject_hook, &c);
    play_games(EIGHT_SEATS, 20, 3000, inject_hook, &c);
    assert_true(c.private_choices > 0);
    free(c.v);
}

/* --- a buffer used again ------------------------------------------------------ */

/* view_rebuild clears only the slots the last build filled (core/view.h):
 * a buffer that held another seat's view - or the facilitator's, with
 * every private inject and its texts - ends byte for byte as a fresh
 * view_build's; so does one that keeps another seat's public part of the
 * same week (VIEW_SAME_WEEK). view_build trusts nothing in its buffer:
 * one full of garbage ends the same (issue 14: the contract holds at the
 * builder, not at its callers). */
struct reuse_ctx {
    struct view *fresh, *used;
    long checks, with_injects;
};

static void reuse_hook(const struct game *g, const struct game *before, int point, void *vctx)
{
    (void)before;
    (void)point;
    struct reuse_ctx *c = vctx;
    for (int b = 0; b < g->nseats; b++)
        for (int a = VIEW_FACILITATOR; a < g->nseats; a++) {
            if (a == b)
                continue;
            for (int flags = 0; flags < 4; flags++) {
                memset(c->fresh, 0xa5, sizeof *c->fresh);
                (flags & VIEW_LEAN ? view_build_lean : view_build)(g, b, c->fresh);
                view_rebuild(g, a, c->used, 0);   /* the last view, texts and all */
                view_rebuild(g, b, c->used, flags);
                assert_memory_equal(c->used, c->fresh, sizeof *c->fresh);
                c->checks++;
            }
            c->with_injects += a == VIEW_FACILITATOR && g->nlive > 0;
        }
}

static void reused_view_buffer_should_keep_nothing_of_the_last_view(void **state)
{
    (void)state;
    struct reuse_ctx c;
    memset(&c, 0, sizeof c);
    c.fresh = malloc(sizeof *c.fresh);
    c.used = malloc(sizeof *c.used);
    assert_non_null(c.fresh);
    assert_non_null(c.used);
    view_init(c.used);
    play_games(LAKELAND, 6, 7000, reuse_hook, &c);
    play_games(EIGHT_SEATS, 3, 7100, reuse_hook, &c);
    assert_true(c.with_injects > 0);
    print_message("# %ld builds into a used buffer checked\n", c.checks);
    free(c.fresh);
    free(c.used);
}

/* --- a list checked order by order --------------------------------------------- */

/* view_check_next judges only a list's last order and its cost (issue 14:
 * the AI checked its whole list again at every pick): on lists grown one
 * random order at a time, it gives view_check_orders' verdict and reason
 * whenever the list before the last order was accepted. */
struct next_ctx {
    struct view *v;
    struct rng r;
    long accepted, refused;
};

static void next_hook(const struct game *g, const struct game *before, int point, void *vctx)
{
    (void)before;
    struct next_ctx *c = vctx;
    if (point != PT_ORDERS)
        return;
    for (int s = 0; s < g->nseats; s++) {
        view_build(g, s, c->v);
        struct order list[MAX_ORDERS + 1];
        int n = 0;
        for (int tries = 0; tries < 60 && n <= MAX_ORDERS; tries++) {
            struct order o = order_make(rng_range(&c->r, 0, ORD_COUNT - 1), s, g->turn);
            o.target = (int8_t)rng_range(&c->r, -1, g->nseats - 1);
            o.sector = (int8_t)rng_range(&c->r, -1, g->nsectors - 1);
            o.level = (int8_t)rng_range(&c->r, 0, 2);
            o.inject = c->v->ninjects && rng_chance(&c->r, 800)
                           ? (int8_t)c->v->injects[rng_range(&c->r, 0, c->v->ninjects - 1)].index
                           : (int8_t)rng_range(&c->r, -1, 3);
            list[n] = o;
            char why1[160], why2[160];
            int whole = view_check_orders(c->v, list, n + 1, why1, sizeof why1);
            assert_int_equal(view_check_next(c->v, list, n + 1, why2, sizeof why2), whole);
            assert_string_equal(why1, why2);
            if (whole)
                n++;
            c->accepted += whole;
            c->refused += !whole;
        }
    }
}

static void checking_the_last_order_should_judge_as_checking_the_list(void **state)
{
    (void)state;
    struct next_ctx c;
    memset(&c, 0, sizeof c);
    c.v = malloc(sizeof *c.v);
    assert_non_null(c.v);
    rng_seed(&c.r, 99, 1);
    play_games(LAKELAND, 4, 8000, next_hook, &c);
    play_games(EIGHT_SEATS, 2, 8100, next_hook, &c);
    assert_true(c.accepted > 100);
    assert_true(c.refused > 100);
    print_message("# %ld orders added, %ld refused\n", c.accepted, c.refused);
    free(c.v);
}

/* --- canaries on the wire ----------------------------------------------------- */

/* Every secret text of seat s - its objectives' texts, its private
 * injects' titles, texts and choice labels, and so the AI's reasons that
 * quote them - starts "CANARY-S<s>-": in no other seat's encoded view,
 * nor the public board's, may one appear. */
static void plant_canaries(struct scenario *sc)
{
    for (int k = 0; k < sc->nobjectives; k++) {
        char was[SHORT_TEXT];
        memcpy(was, sc->objectives[k].text, sizeof was);
        snprintf(sc->objectives[k].text, sizeof sc->objectives[k].text,
                 "CANARY-S%d-objective %d: %.100s", sc->objectives[k].owner, k, was);
    }
    for (int k = 0; k < sc->ninjects; k++) {
        struct inject *in = &sc->injects[k];
        if (in->audience < 0)
            continue;
        snprintf(in->title, sizeof in->title, "CANARY-S%d-inject %d", in->audience, k);
        snprintf(in->text, sizeof in->text, "CANARY-S%d-text of %d", in->audience, k);
        for (int c = 0; c < in->nchoices; c++)
            snprintf(in->choices[c].label, sizeof in->choices[c].label, "CANARY-S%d-choice %d.%d",
                     in->audience, k, c);
    }
}

struct canary_ctx {
    struct view *v;
    long checked, own_seen[MAX_SEATS], reasons_seen;
    long bytes;
};

/* The canary prefix of seat s. */
static const char *canary(int s, char buf[24])
{
    snprintf(buf, 24, "CANARY-S%d-", s);
    return buf;
}

static void expect_no_canary(const char *json, int viewer, int nseats, struct canary_ctx *c,
                             int turn)
{
    char tag[24];
    for (int s = 0; s < nseats; s++) {
        if (s == viewer) {
            c->own_seen[s] += strstr(json, canary(s, tag)) != NULL;
            continue;
        }
        const char *hit = strstr(json, canary(s, tag));
        if (hit)
            fail_msg("week %d: seat %d's secret reached the encoded view of %d: \"%.60s\"", turn,
                     s, viewer, hit);
    }
    c->checked++;
    c->bytes += (long)strlen(json);
}

static void canary_hook(const struct game *g, const struct game *before, int point, void *vctx)
{
    (void)before;
    (void)point;
    struct canary_ctx *c = vctx;
    for (int s = VIEW_PUBLIC; s < g->nseats; s++) {
        if (s == VIEW_FACILITATOR)
            continue;
        view_build(g, s, c->v);
        char *json = wire_view_encode(c->v);
        assert_non_null(json);
        expect_no_canary(json, s, g->nseats, c, g->turn);
        free(json);
        /* its events and orders sent on their own, too */
        json = wire_events_encode(c->v->events, c->v->nevents);
        assert_non_null(json);
        expect_no_canary(json, s, g->nseats, c, g->turn);
        free(json);
        json = wire_orders_encode(c->v->orders, c->v->norders);
        assert_non_null(json);
        expect_no_canary(json, s, g->nseats, c, g->turn);
        free(json);
    }
}

static void canary_run(const char *scenario, int games, uint64_t seed0, struct canary_ctx *c)
{
    struct world *w = world_load(scenario);
    plant_canaries(w->sc);
    pub_build(w->sc, &w->pub.cat, &w->pub);
    struct session *s = malloc(sizeof *s);
    assert_non_null(s);
    for (int gi = 0; gi < games; gi++) {
        session_init(s, w->sc, &w->pub, &w->ps, seed0 + (uint64_t)gi);
        session_keep_history(s);   /* the AI writes reasons, quoting injects */
        vary_controllers(s, w, gi);
        while (s->g.phase == PHASE_ORDERS) {
            session_ai_all(s);
            canary_hook(&s->g, NULL, PT_ORDERS, c);
            session_resolve(s);
            canary_hook(&s->g, NULL, PT_RESOLVED, c);
        }
        /* the reasons hold the seats' canaries: they exist to be kept out */
        char tag[24];
        for (int k = 0; k < s->hist->nreasons; k++)
            c->reasons_seen += strstr(s->hist->reasons[k].text,
                                      canary(s->hist->reasons[k].seat, tag)) != NULL;
        session_free(s);
    }
    free(s);
    world_free(w);
}

static void encoded_views_should_carry_no_canary_of_another_seat(void **state)
{
    (void)state;
    struct canary_ctx c;
    memset(&c, 0, sizeof c);
    c.v = malloc(sizeof *c.v);
    assert_non_null(c.v);
    canary_run(LAKELAND, 40, 6000, &c);
    canary_run(MANDATE_ASSETS "/scenarios/veldara.json", 20, 6100, &c);
    canary_run(MANDATE_ASSETS "/scenarios/tutorial.json", 10, 6200, &c);
    canary_run(TWO_SEATS, 10, 6300, &c);
    canary_run(EIGHT_SEATS, 10, 6400, &c);
    print_message("# %ld encoded documents checked (%ld MB); %ld AI reasons quoted a canary\n",
                  c.checked, c.bytes >> 20, c.reasons_seen);
    /* the canaries are there to be found: each seat's own view shows its own */
    for (int s = 0; s < 5; s++)
        assert_true(c.own_seen[s] > 0);
    assert_true(c.reasons_seen > 0);
    free(c.v);
}

/* The leak check can fail: the facilitator's encoded view holds every
 * seat's canaries, and a seat's view given another's objective text is
 * caught. */
static void canary_check_should_catch_a_leak(void **state)
{
    (void)state;
    struct world *w = world_load(LAKELAND);
    plant_canaries(w->sc);
    pub_build(w->sc, &w->pub.cat, &w->pub);
    struct session *s = malloc(sizeof *s);
    struct fview *f = calloc(1, sizeof *f);
    struct view *v = calloc(1, sizeof *v);
    assert_non_null(s);
    assert_non_null(f);
    assert_non_null(v);
    session_init(s, w->sc, &w->pub, &w->ps, 3);
    view_build_facilitator(&s->g, f);
    char *json = wire_fview_encode(f);
    assert_non_null(json);
    char tag[24];
    for (int i = 0; i < s->g.nseats; i++)
        assert_non_null(strstr(json, canary(i, tag)));
    free(json);
    view_build(&s->g, 0, v);
    memcpy(v->objectives[0].text, f->seats[1].objectives[0].text, sizeof v->objectives[0].text);
    json = wire_view_encode(v);
    assert_non_null(json);
    const char *hit = strstr(json, canary(1, tag));
    assert_non_null(hit);
    free(json);
    free(v);
    free(f);
    free(s);
    world_free(w);
}

/* --- the public book -------------------------------------------------------- */

/* The book holds the scenario's public names, map and thresholds and a
 * copy of the catalogue, built in place too; a game and its views borrow
 * it rather than point into the scenario. */
static void public_book_should_copy_names_map_and_catalogue(void **state)
{
    (void)state;
    struct world *w = world_load(LAKELAND);
    const struct scenario *sc = w->sc;
    struct pub *p = malloc(sizeof *p);
    assert_non_null(p);
    memset(p, 0x5a, sizeof *p);
    pub_build(sc, &w->pub.cat, p);
    assert_string_equal(p->id, sc->id);
    assert_string_equal(p->name, sc->name);
    assert_string_equal(p->host, sc->host);
    assert_string_equal(p->summary, sc->summary);
    assert_int_equal(p->turns, sc->turns);
    assert_int_equal(p->nseats, sc->nseats);
    assert_int_equal(p->nsectors, sc->nsectors);
    assert_int_equal(p->success_min, sc->success_min);
    assert_int_equal(p->collapse_floor, sc->collapse_floor);
    for (int k = 0; k < sc->nsectors; k++) {
        assert_string_equal(p->sectors[k].name, sc->sectors[k].name);
        assert_int_equal(p->sectors[k].neighbours, sc->sectors[k].neighbours);
        assert_int_equal(p->sectors[k].features, sc->sectors[k].features);
        assert_int_equal(p->sectors[k].population, sc->sectors[k].population);
    }
    for (int i = 0; i < sc->nseats; i++) {
        assert_string_equal(p->seats[i].id, sc->seats[i].id);
        assert_string_equal(p->seats[i].colour, sc->seats[i].colour);
        assert_string_equal(p->seats[i].profile, sc->seats[i].profile);
    }
    /* unused slots are zero, not garbage: the book's bytes are its text */
    assert_int_equal(p->sectors[MAX_SECTORS - 1].name[0], 0);
    assert_memory_equal(&p->cat, &w->pub.cat, sizeof p->cat);
    /* in place: the catalogue stays */
    memcpy(&p->cat, &w->pub.cat, sizeof p->cat);
    pub_build(sc, &p->cat, p);
    assert_memory_equal(&p->cat, &w->pub.cat, sizeof p->cat);
    assert_memory_equal(p, &w->pub, sizeof *p);
    /* a game and its views borrow the book */
    struct session *s = malloc(sizeof *s);
    struct view *v = calloc(1, sizeof *v);
    assert_non_null(s);
    assert_non_null(v);
    session_init(s, sc, p, &w->ps, 5);
    view_build(&s->g, 0, v);
    assert_ptr_equal(s->g.pub, p);
    assert_ptr_equal(s->g.cat, &p->cat);
    assert_ptr_equal(v->pub, p);
    assert_string_equal(view_seat_name(v, 1), sc->seats[1].name);
    assert_string_equal(view_seat_name(v, TARGET_HQ), "mission HQ");
    assert_string_equal(view_seat_name(v, MAX_SEATS + 3), "unknown");
    assert_string_equal(view_sector_name(v, 2), sc->sectors[2].name);
    assert_string_equal(view_sector_name(v, -1), "?");
    session_free(s);
    free(s);
    free(v);
    free(p);
    world_free(w);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(seat_view_should_not_change_when_others_secrets_are_poisoned),
        cmocka_unit_test(poison_test_should_notice_a_change_to_what_the_seat_may_know),
        cmocka_unit_test(seat_view_should_hold_only_own_and_public_events),
        cmocka_unit_test(seat_view_should_hold_own_seat_and_own_orders),
        cmocka_unit_test(facilitator_fview_should_hold_every_seat_as_its_view_does),
        cmocka_unit_test(incident_should_never_name_its_true_culprit_in_actor),
        cmocka_unit_test(blown_insider_should_name_its_holder_only_when_rightly_attributed),
        cmocka_unit_test(bystander_should_not_tell_right_from_wrong_attribution),
        cmocka_unit_test(private_inject_should_reach_only_its_audience),
        cmocka_unit_test(public_book_should_copy_names_map_and_catalogue),
        cmocka_unit_test(reused_view_buffer_should_keep_nothing_of_the_last_view),
        cmocka_unit_test(checking_the_last_order_should_judge_as_checking_the_list),
        cmocka_unit_test(encoded_views_should_carry_no_canary_of_another_seat),
        cmocka_unit_test(canary_check_should_catch_a_leak),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
