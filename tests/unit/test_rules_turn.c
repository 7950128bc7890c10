/* test_rules_turn.c - rules catalogue (tests/RULES.md), groups A and B:
 * the turn (assets/RULES.md section 3) and the legality of orders (section 4).
 * Every case sets a state, applies orders and asserts the result; the
 * numbers come from the test rule book in rules_fixture.h. */
#include "rules_fixture.h"

#include "ai/ai.h"

/* --- A. The turn ------------------------------------------------------------ */

/* R1: a game starts at turn 1 in the orders phase; every turn each seat
 * gets the scenario's action points plus any bonus, never below 0. */
static void r1_game_starts_at_turn_one_with_scenario_action_points(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_TWO);
    f->sc->seats[AMBER].ap = 4;
    f->sc->seats[BASALT].ap = 5;
    struct game *g = fx_start(f, 1);
    assert_int_equal(g->turn, 1);
    assert_int_equal(g->phase, PHASE_ORDERS);
    assert_int_equal(g->seats[AMBER].ap, 4);
    assert_int_equal(g->seats[BASALT].ap, 5);
    assert_int_equal(g->seats[AMBER].share, 1);   /* everyone starts tactical */
    assert_int_equal(g->confirmed[AMBER], 0);
    const struct event *e = fx_ev(f, EV_TURN_BEGIN);
    assert_int_equal(e->a, 1);
    assert_int_equal(e->audience, AUDIENCE_PUBLIC);

    g->seats[AMBER].ap_bonus = 2;     /* 4 + 2 = 6 */
    g->seats[BASALT].ap_bonus = -9;   /* 5 - 9 < 0: 0 */
    fx_resolve(f);
    assert_int_equal(g->turn, 2);
    assert_int_equal(g->seats[AMBER].ap, 6);
    assert_int_equal(g->seats[BASALT].ap, 0);
    assert_int_equal(g->seats[AMBER].ap_bonus, 0);
    assert_int_equal(fx_ev(f, EV_TURN_BEGIN)->a, 2);
    fx_resolve(f);
    assert_int_equal(g->seats[AMBER].ap, 4);     /* the bonus was for one turn */
    assert_int_equal(g->seats[BASALT].ap, 5);
    fx_close(f);
}

/* R2: an inject triggered by turn fires at the start of that turn, once,
 * and its brief reaches only its audience. */
static void r2_turn_inject_fires_at_its_turn_for_its_audience(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_TWO);
    int all = fx_inject(f, "opening", TRIG_TURN, 1, -1, 0, -1);
    int mine = fx_inject(f, "for_basalt", TRIG_TURN, 2, -1, 0, BASALT);
    struct game *g = fx_start(f, 1);
    /* turn 1: the opening inject is in the brief, for everyone */
    assert_int_equal(g->nlive, 1);
    assert_int_equal(g->live[0].index, all);
    assert_int_equal(g->live[0].choice, -1);
    const struct event *e = fx_ev(f, EV_INJECT);
    assert_int_equal(e->a, all);
    assert_int_equal(e->audience, AUDIENCE_PUBLIC);
    fx_resolve(f);
    /* turn 2: only Basalt's */
    assert_int_equal(g->nlive, 1);
    assert_int_equal(g->live[0].index, mine);
    e = fx_ev(f, EV_INJECT);
    assert_int_equal(e->a, mine);
    assert_int_equal(e->target, BASALT);
    assert_int_equal(e->audience, AUDIENCE_SEAT(BASALT));
    assert_int_equal(fx_count(f, EV_INJECT), 1);
    fx_resolve(f);
    /* turn 3: nothing fires again */
    assert_int_equal(g->nlive, 0);
    assert_int_equal(fx_count(f, EV_INJECT), 0);
    assert_int_equal(g->inject_fired[all], 1);
    assert_int_equal(g->inject_fired[mine], 1);
    fx_close(f);
}

/* R3: a condition-triggered inject fires at the start of the first turn,
 * not before its earliest turn, on which its condition holds; once. */
static void r3_avg_stability_inject_waits_for_its_earliest_turn(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_TWO);
    f->sc->turns = 8;
    f->sc->sectors[NORTH].stability = 45;
    f->sc->sectors[MILL].stability = 55;
    f->sc->sectors[SOUTH].stability = 38;
    /* average (45 + 55 + 38) / 3 = 46 */
    int below50 = fx_inject(f, "below50", TRIG_AVG_STABILITY_BELOW, 2, -1, 50, -1);
    int below40 = fx_inject(f, "below40", TRIG_AVG_STABILITY_BELOW, 1, -1, 40, -1);
    struct game *g = fx_start(f, 1);
    assert_int_equal(g->nlive, 0);           /* 46 < 50 holds, but not before turn 2 */
    fx_resolve(f);
    assert_int_equal(g->nlive, 1);
    assert_int_equal(g->live[0].index, below50);
    for (int s = 0; s < 3; s++)
        g->sectors[s].stability = 30;       /* now both hold */
    fx_resolve(f);
    assert_int_equal(g->nlive, 1);           /* below50 does not fire twice */
    assert_int_equal(g->live[0].index, below40);
    fx_resolve(f);
    assert_int_equal(g->nlive, 0);
    fx_close(f);
}

static void r3_threat_inject_watches_its_sector_or_any(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_TWO);
    f->sc->turns = 8;
    f->sc->sectors[NORTH].threat = 3;
    f->sc->sectors[MILL].threat = 2;
    f->sc->sectors[SOUTH].threat = 5;
    int south6 = fx_inject(f, "south6", TRIG_THREAT_AT_LEAST, 1, SOUTH, 6, -1);
    int any7 = fx_inject(f, "any7", TRIG_THREAT_AT_LEAST, 1, -1, 7, -1);
    struct game *g = fx_start(f, 1);
    assert_int_equal(g->nlive, 0);
    g->sectors[NORTH].threat = 7;            /* any sector at 7; South still 5 */
    fx_resolve(f);
    assert_int_equal(g->nlive, 1);
    assert_int_equal(g->live[0].index, any7);
    g->sectors[SOUTH].threat = 6;
    fx_resolve(f);
    assert_int_equal(g->nlive, 1);
    assert_int_equal(g->live[0].index, south6);
    fx_close(f);
}

static void r3_incidents_inject_fires_after_an_incident(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_TWO);
    int inc = fx_inject(f, "incident", TRIG_INCIDENTS_AT_LEAST, 1, -1, 1, -1);
    struct game *g = fx_start(f, 1);
    fx_covert_sure(f);
    fx_seen(f);
    assert_int_equal(g->nlive, 0);
    g->seats[BASALT].caps[CAP_SIGINT] = 3;
    fx_submit1(f, fx_ot(f, ORD_INTERCEPT, BASALT, AMBER));
    fx_resolve(f);
    assert_int_equal(g->incidents, 1);
    assert_int_equal(g->nlive, 1);
    assert_int_equal(g->live[0].index, inc);
    fx_close(f);
}

static void r3_centralisation_inject_fires_when_level_reached(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_TWO);
    f->sc->centralisation = 1;
    int c2 = fx_inject(f, "central2", TRIG_CENTRALISATION_AT_LEAST, 1, -1, 2, -1);
    fx_inject(f, "never", TRIG_COUNT, 1, -1, 0, -1);     /* no such trigger: never */
    struct game *g = fx_start(f, 1);
    f->pub.cat.rules.centralise_support = 1;
    assert_int_equal(g->nlive, 0);
    fx_submit1(f, fx_o(f, ORD_CENTRALISE, AMBER));
    fx_resolve(f);
    assert_int_equal(g->centralisation, 2);
    assert_int_equal(g->nlive, 1);
    assert_int_equal(g->live[0].index, c2);
    fx_close(f);
}

/* R4: every order carries its turn and its contingent; an order for
 * another turn or given for another contingent is refused. */
static void r4_order_for_another_turn_is_refused(void **state)
{
    (void)state;
    struct fx *f = fx_open(FX_TWO);
    struct order o = fx_os(f, ORD_PATROL, AMBER, NORTH);
    o.turn = 2;
    fx_refused1(f, o, "given for another turn");
    o.turn = 0;
    fx_refused1(f, o, "given for another turn");
    o.turn = 1;
    fx_refused(f, BASALT, &o, 1, "given for another contingent");
    fx_submit1(f, o);
    fx_resolve(f);
    o = fx_os(f, ORD_PATROL, AMBER, NORTH);   /* turn 2 now */
    o.turn = 1;
    fx_refused1(f, o, "given for another turn");
    assert_int_equal(f->g.confirmed[AMBER], 0);
    fx_close(f);
}

/* R5: submitting replaces the seat's orders and confirms them;
 * unconfirming withdraws them; a seat that has not confirmed when the
 * turn resolves gives no orders. */
static void r5_unconfirmed_seat_gives_no_orders(void **state)
{
    (void)state;
    struct fx *f = fx_open(FX_TWO);
    struct game *g = &f->g;
    fx_submit1(f, fx_os(f, ORD_PATROL, AMBER, NORTH));
    assert_false(game_all_confirmed(g));
    fx_submit1(f, fx_os(f, ORD_PATROL, AMBER, MILL));      /* replaces */
    fx_submit1(f, fx_os(f, ORD_PATROL, BASALT, SOUTH));
    assert_true(game_all_confirmed(g));
    fx_resolve(f);
    assert_int_equal(fx_count(f, EV_MANDATE_OP), 2);
    assert_non_null(fx_find(f, EV_MANDATE_OP, AMBER, -1));
    assert_int_equal(fx_find(f, EV_MANDATE_OP, AMBER, -1)->sector, MILL);
    assert_int_equal(fx_find(f, EV_MANDATE_OP, BASALT, -1)->sector, SOUTH);

    fx_submit1(f, fx_os(f, ORD_PATROL, AMBER, NORTH));
    game_unconfirm(g, AMBER);
    game_unconfirm(g, 7);                 /* no such seat: ignored */
    assert_false(game_all_confirmed(g));
    fx_resolve(f);
    assert_int_equal(g->turn, 3);
    assert_int_equal(fx_count(f, EV_MANDATE_OP), 0);
    fx_close(f);
}

/* R6: resolution runs in a fixed order: counter-intelligence, contributions,
 * false flags, other covert operations, mandate operations, diplomacy,
 * spoilers and the pool, standing intelligence, injects, mandate status. */
static void r6_resolution_runs_in_fixed_order(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_TWO);
    int inj = fx_inject(f, "late", TRIG_TURN, 1, -1, 0, -1);
    fx_inject_effect(f, inj, fx_effect(EFF_STABILITY, -1, -1, NORTH, 1));
    struct game *g = fx_start(f, 1);
    struct rules *r = &f->pub.cat.rules;
    fx_covert_sure(f);
    fx_unseen(f);
    r->intercept_read_below = 50;
    r->share_broad = 100;
    g->pool = 0;
    g->seats[AMBER].comms = 45;
    g->seats[AMBER].caps[CAP_PATROL] = 2;
    g->seats[BASALT].caps[CAP_SIGINT] = 3;
    g->sectors[NORTH].stability = 45;
    g->sectors[NORTH].threat = 0;
    struct order a[] = { fx_os(f, ORD_PATROL, AMBER, NORTH), fx_ot(f, ORD_ACCUSE, AMBER, BASALT),
                         fx_level(f, ORD_SHARE, AMBER, 2), fx_o(f, ORD_HARDEN, AMBER) };
    fx_submit(f, AMBER, a, 4);
    fx_submit1(f, fx_ot(f, ORD_INTERCEPT, BASALT, AMBER));
    fx_resolve(f);
    /* harden (counter) came before the intercept (covert): 45 + 8 = 53 is
     * not below 50, so no tap; the dossier reads 53 (exact: error 0) */
    assert_int_equal(g->seats[BASALT].taps, 0);
    assert_int_equal(g->seats[BASALT].dos[AMBER][DOS_COMMUNICATIONS].est[0], 53);
    /* the patrol used the pool before this turn's sharing: pool 0,
     * 4*1000*(5+2)/5 = 5600 -> +6; the inject's +1 came last: 45+6+1 = 52 */
    assert_int_equal(fx_ev(f, EV_MANDATE_OP)->a, 6);
    assert_int_equal(g->sectors[NORTH].stability, 52);
    assert_int_equal(g->pool, 100);           /* 0 + broad 100 (+ tactical 0) */
    int comms = fx_index(f, EV_COMMS), covert = fx_index(f, EV_COVERT);
    int mandate = fx_index(f, EV_MANDATE_OP), accuse = fx_index(f, EV_ACCUSE);
    int pool = fx_index(f, EV_POOL), status = fx_index(f, EV_MANDATE);
    int begin = fx_index(f, EV_TURN_BEGIN);
    assert_true(fx_index(f, EV_ORDER) < comms);
    assert_true(comms < covert);
    assert_true(covert < mandate);
    assert_true(mandate < accuse);
    assert_true(accuse < pool);
    assert_true(pool < status);
    assert_true(status < begin);
    assert_int_equal(status, begin - 1);
    fx_close(f);
}

/* R7: within a phase the seats take turns order by order, beginning with
 * seat (turn - 1) mod seats, so no seat always goes first. */
static void r7_seats_take_turns_starting_with_a_rotating_seat(void **state)
{
    (void)state;
    struct fx *f = fx_open(FX_TWO);
    for (int turn = 1; turn <= 2; turn++) {
        struct order a[] = { fx_os(f, ORD_PATROL, AMBER, NORTH), fx_os(f, ORD_PATROL, AMBER, MILL) };
        struct order b[] = { fx_os(f, ORD_PATROL, BASALT, MILL), fx_os(f, ORD_PATROL, BASALT, SOUTH) };
        fx_submit(f, AMBER, a, 2);
        fx_submit(f, BASALT, b, 2);
        fx_resolve(f);
        int first = turn == 1 ? AMBER : BASALT, second = 1 - first;
        int expect[] = { first, second, first, second };
        for (int k = 0; k < 4; k++)
            assert_int_equal(fx_nth(f, EV_MANDATE_OP, k)->actor, expect[k]);
    }
    fx_close(f);
}

/* R8: the game ends after the last turn is resolved: no next turn, no more
 * orders, no more resolution. */
static void r8_game_ends_after_the_last_turn(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_TWO);
    f->sc->turns = 2;
    f->sc->success_avg = 65;
    f->sc->success_min = 25;
    f->sc->partial_avg = 45;
    f->sc->collapse_floor = 20;
    f->sc->sectors[NORTH].stability = 45;
    f->sc->sectors[MILL].stability = 55;
    f->sc->sectors[SOUTH].stability = 38;
    struct game *g = fx_start(f, 1);
    fx_resolve(f);
    assert_int_equal(g->phase, PHASE_ORDERS);
    assert_int_equal(fx_count(f, EV_GAME_END), 0);
    fx_resolve(f);
    assert_int_equal(g->phase, PHASE_ENDED);
    assert_int_equal(g->turn, 2);
    const struct event *e = fx_ev(f, EV_GAME_END);
    assert_int_equal(e->outcome, OUT_PARTIAL);     /* average 46 >= 45 */
    assert_int_equal(e->a, 0);
    assert_int_equal(g->outcome, OUT_PARTIAL);
    assert_int_equal(fx_count(f, EV_TURN_BEGIN), 0);
    fx_refused1(f, fx_os(f, ORD_PATROL, AMBER, NORTH), "the game has ended");
    uint64_t sum = game_checksum(g);
    int n = g->nevents;
    fx_resolve(f);
    assert_int_equal(g->nevents, n);
    assert_true(game_checksum(g) == sum);
    fx_close(f);
}

/* R9: when average stability ends a resolution below the scenario's
 * collapse floor, the mandate collapses: the game ends at once, failed. */
static void r9_collapse_below_the_floor_ends_the_game_as_failure(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_TWO);
    f->sc->turns = 4;
    f->sc->collapse_floor = 20;
    struct game *g = fx_start(f, 1);
    for (int s = 0; s < 3; s++)
        g->sectors[s].stability = 20;       /* 20 is not below 20 */
    fx_resolve(f);
    assert_int_equal(g->phase, PHASE_ORDERS);
    assert_int_equal(g->collapsed, 0);
    g->sectors[NORTH].stability = 18;       /* (18 + 20 + 20) / 3 = 19 */
    fx_resolve(f);
    assert_int_equal(g->collapsed, 1);
    assert_int_equal(g->phase, PHASE_ENDED);
    assert_int_equal(g->turn, 2);
    assert_int_equal(g->outcome, OUT_FAILURE);
    const struct event *e = fx_ev(f, EV_GAME_END);
    assert_int_equal(e->a, 1);
    assert_int_equal(e->outcome, OUT_FAILURE);
    fx_close(f);
}

/* R10: every resolution ends with the public mandate status: average and
 * lowest stability. */
static void r10_resolution_reports_mandate_status(void **state)
{
    (void)state;
    struct fx *f = fx_open(FX_TWO);
    struct game *g = &f->g;
    g->sectors[NORTH].stability = 45;
    g->sectors[MILL].stability = 55;
    g->sectors[SOUTH].stability = 38;
    fx_resolve(f);
    const struct event *e = fx_ev(f, EV_MANDATE);
    assert_int_equal(e->a, 46);    /* (45 + 55 + 38) / 3 = 46 */
    assert_int_equal(e->b, 38);
    assert_int_equal(e->audience, AUDIENCE_PUBLIC);
    assert_int_equal(game_avg_stability(g), 46);
    assert_int_equal(game_min_stability(g), 38);
    fx_close(f);
}

/* R11: every draw comes from the game's seeded generator: the same seed
 * and the same orders give the same game, event for event; the AI and
 * text streams are never drawn by resolution. */
static void play_three_turns(struct fx *f)
{
    struct rules *r = &f->pub.cat.rules;
    r->spoiler_loss = 4;
    r->threat_rise_below = 60;
    r->threat_rise_chance = 500;
    r->dossier_err_base = 30;
    r->trust_others_max = 10;
    for (int t = 0; t < 3; t++) {
        struct order a[] = { fx_ot(f, ORD_INTERCEPT, AMBER, BASALT), fx_os(f, ORD_PATROL, AMBER, NORTH) };
        struct order b[] = { fx_ot(f, ORD_OBSERVE, BASALT, AMBER), fx_ot(f, ORD_INSIDER, BASALT, AMBER),
                             fx_os(f, ORD_PATROL, BASALT, SOUTH) };
        fx_submit(f, AMBER, a, 2);
        fx_submit(f, BASALT, b, 3);
        fx_resolve(f);
    }
}

static void r11_same_seed_and_orders_give_the_same_game(void **state)
{
    (void)state;
    struct fx *f1 = fx_load(FX_TWO), *f2 = fx_load(FX_TWO);
    int k = fx_inject(f1, "t2", TRIG_TURN, 2, -1, 0, -1);
    fx_inject_effect(f1, k, fx_effect(EFF_POOL, -1, -1, -1, 3));
    f2->sc->injects[0] = f1->sc->injects[0];
    f2->sc->ninjects = 1;
    fx_start(f1, 42);
    fx_start(f2, 42);
    struct rng text = f1->g.rng_text;
    play_three_turns(f1);
    play_three_turns(f2);
    assert_true(game_checksum(&f1->g) == game_checksum(&f2->g));
    assert_int_equal(f1->g.nevents, f2->g.nevents);
    assert_memory_equal(f1->g.events, f2->g.events, sizeof(struct event) * (size_t)f1->g.nevents);
    assert_memory_equal(&text, &f1->g.rng_text, sizeof text);
    /* the checksum covers the state replays must agree on */
    struct game *g = &f2->g;
    uint64_t sum = game_checksum(g);
    fx_give_equipment(f2, AMBER, 0, 0);
    assert_true(game_checksum(g) != sum);
    sum = game_checksum(g);
    g->eq[0].backdoor = 1;
    assert_true(game_checksum(g) != sum);
    sum = game_checksum(g);
    g->eq[0].user = BASALT;                  /* a gift in Basalt's radios (issue 13) */
    assert_true(game_checksum(g) != sum);
    sum = game_checksum(g);
    fx_give_implant(f2, BASALT, AMBER, IMP_TAP, 1);
    assert_true(game_checksum(g) != sum);
    sum = game_checksum(g);
    g->inject_fired[0] = 0;
    assert_true(game_checksum(g) != sum);
    fx_close(f1);
    fx_close(f2);
}

/* R96: at most MAX_VIEW_INJECTS injects go live in one week, so that every
 * view holds them all: the rest wait, and go live in a later week before
 * any newly triggered one, a turn inject too. The seat's view carries
 * each live inject's texts, copied. */
static void r96_injects_beyond_a_week_s_cap_wait_a_week(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_TWO);
    int first = 0;
    for (int k = 0; k < MAX_VIEW_INJECTS + 2; k++) {
        char id[16];
        snprintf(id, sizeof id, "news_%d", k);
        int i = fx_inject(f, id, TRIG_TURN, 1, -1, 0, k % 3 == 0 ? BASALT : -1);
        if (!k)
            first = i;
    }
    int late = fx_inject(f, "late", TRIG_TURN, 2, -1, 0, -1);
    struct game *g = fx_start(f, 1);
    assert_int_equal(g->nlive, MAX_VIEW_INJECTS);
    assert_int_equal(fx_count(f, EV_INJECT), MAX_VIEW_INJECTS);
    for (int k = 0; k < MAX_VIEW_INJECTS; k++)
        assert_int_equal(g->live[k].index, first + k);
    assert_int_equal(g->inject_fired[first + MAX_VIEW_INJECTS], INJ_WAITING);
    assert_int_equal(g->inject_fired[first + MAX_VIEW_INJECTS + 1], INJ_WAITING);
    /* the seats' and the facilitator's views hold every live inject */
    struct view *v = &f->v;
    view_build(g, VIEW_FACILITATOR, v);
    assert_int_equal(v->ninjects, MAX_VIEW_INJECTS);
    view_build(g, BASALT, v);
    assert_int_equal(v->ninjects, MAX_VIEW_INJECTS);
    assert_string_equal(v->injects[0].title, "news_0");
    assert_int_equal(v->injects[0].audience, BASALT);
    view_build(g, AMBER, v);
    assert_int_equal(v->ninjects, 8);            /* news_1, 2, 4, 5, 7, 8, 10, 11 */
    assert_string_equal(v->injects[0].title, "news_1");
    /* the two that waited go live first, with week 2's own */
    fx_resolve(f);
    assert_int_equal(g->nlive, 3);
    assert_int_equal(g->live[0].index, first + MAX_VIEW_INJECTS);
    assert_int_equal(g->live[1].index, first + MAX_VIEW_INJECTS + 1);
    assert_int_equal(g->live[2].index, late);
    for (int k = 0; k <= late; k++)
        assert_int_equal(g->inject_fired[k], INJ_FIRED);
    fx_resolve(f);
    assert_int_equal(g->nlive, 0);
    fx_close(f);
}

/* The eight-seat fixture with every seat at MAX_ORDERS action points and
 * deployed in every sector: the most events a week can make. */
static struct game *crowded_start(struct fx *f)
{
    for (int i = 0; i < f->sc->nseats; i++)
        f->sc->seats[i].ap = MAX_ORDERS;
    struct game *g = fx_start(f, 1);
    for (int s = 0; s < g->nsectors; s++)
        g->sectors[s].deployed = 0xff;
    return g;
}

/* A week where every seat accuses every other without evidence, each
 * trusting every other fully (room for 7 losses of 8: none clamps), and
 * fills its orders with patrols up to norders (0: accusations only); only
 * Aurel reads the others' orders. */
static void accuse_everyone(struct fx *f, struct game *g, int norders)
{
    for (int i = 0; i < g->nseats; i++) {
        struct order o[MAX_ORDERS];
        int n = 0;
        for (int j = 0; j < g->nseats; j++)
            if (j != i)
                o[n++] = fx_ot(f, ORD_ACCUSE, i, j);
        for (int k = 0; n < norders; k++)
            o[n++] = fx_os(f, ORD_PATROL, i, k);
        fx_submit(f, i, o, n);
        for (int j = 0; j < g->nseats; j++)
            g->seats[i].trust[j] = i == j ? 0 : 100;
    }
    g->seats[AUREL].taps = 0xff;
}

/* R85: a turn's log holds at most MAX_TURN_EVENTS events and a seat's view
 * at most MAX_VIEW_EVENTS; further ones are counted as dropped, never
 * written out of bounds. */
static void r85_event_logs_are_bounded(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_EIGHT);
    struct game *g = crowded_start(f);
    /* every seat reads every other's orders: 8 * 7 * 12 = 672 readings */
    for (int i = 0; i < g->nseats; i++) {
        struct order o[MAX_ORDERS];
        for (int k = 0; k < MAX_ORDERS; k++)
            o[k] = fx_os(f, ORD_PATROL, i, k);
        fx_submit(f, i, o, MAX_ORDERS);
        g->seats[i].taps = 0xff;
    }
    fx_resolve(f);
    assert_int_equal(g->nevents, MAX_TURN_EVENTS);
    assert_true(g->events_dropped > 0);
    assert_int_equal(g->nevents + g->events_dropped,
                     /* readings, operations, each sector's week, mandate status, next turn */
                     g->nseats * (g->nseats - 1) * MAX_ORDERS + g->nseats * MAX_ORDERS +
                         g->nsectors + 1 + 1);
    /* every seat accuses every other without evidence (and patrols); only Aurel reads:
     * the log holds all, Aurel's view cannot */
    accuse_everyone(f, g, MAX_ORDERS - 2);
    fx_resolve(f);
    /* 70 readings; per seat 7 public orders, 7 accusations, 7*7 trust
     * losses, 3 operations; each sector's week, mandate status, next turn */
    assert_int_equal(g->events_dropped, 0);
    assert_int_equal(g->nevents, 70 + 8 * (7 + 7 + 49 + 3) + g->nsectors + 2);
    assert_true(g->nevents > MAX_VIEW_EVENTS);
    view_build(g, AUREL, &f->v);
    assert_int_equal(f->v.nevents, MAX_VIEW_EVENTS);
    assert_int_equal(f->v.events_dropped, g->nevents - MAX_VIEW_EVENTS);   /* all are Aurel's */
    fx_close(f);
}

/* The events of v of the kinds the AI reads, into out; how many. */
static int ai_kinds(const struct view *v, const struct event **out)
{
    int n = 0;
    for (int k = 0; k < v->nevents; k++)
        if (AI_EVENT_KINDS & EVENT_KIND(v->events[k].kind))
            out[n++] = &v->events[k];
    return n;
}

/* Issue 14: a game that keeps only the kinds of event the AI reads
 * (game_keep_events) plays the same and gives every seat's view the same
 * events of those kinds as a game that keeps all - even in a week with
 * more events than a view holds, where the events not kept still count
 * towards the view's bound (R85's second week: 612 events, Aurel's view
 * full, accusations and readings among those it drops). */
static void kept_kinds_should_not_change_a_views_events(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_EIGHT);
    struct game *g = crowded_start(f);
    accuse_everyone(f, g, 0);
    struct game *lean = malloc(sizeof *lean);
    struct view *full_v = malloc(sizeof *full_v), *lean_v = malloc(sizeof *lean_v);
    assert_non_null(lean);
    assert_non_null(full_v);
    assert_non_null(lean_v);
    *lean = *g;
    game_keep_events(lean, AI_EVENT_KINDS);
    fx_resolve(f);
    game_resolve(lean);
    assert_true(game_checksum(g) == game_checksum(lean));
    assert_true(g->nevents > MAX_VIEW_EVENTS);
    assert_true(lean->nevents < g->nevents);
    long dropped_ai = 0;
    for (int s = VIEW_PUBLIC; s < g->nseats; s++) {
        full_v->built = lean_v->built = 0;
        view_build(g, s, full_v);
        view_build(lean, s, lean_v);
        /* past the widening, the lean game keeps every kind too */
        const struct event *want[MAX_VIEW_EVENTS], *got[MAX_VIEW_EVENTS];
        int m = ai_kinds(full_v, want), n = ai_kinds(lean_v, got), visible = 0;
        assert_int_equal(m, n);
        for (int k = 0; k < m; k++)
            assert_memory_equal(want[k], got[k], sizeof(struct event));
        for (int k = 0; k < g->nevents; k++) {
            struct event one;
            visible += (AI_EVENT_KINDS & EVENT_KIND(g->events[k].kind)) &&
                       view_event(&g->events[k], s, &one);
        }
        dropped_ai += visible - m;
    }
    assert_true(dropped_ai > 0);   /* some of the AI's kinds fell past a view's bound */
    free(lean);
    free(full_v);
    free(lean_v);
    fx_close(f);
}

/* --- B. Legality of orders ------------------------------------------------- */

/* R12: the orders of a turn may cost at most the seat's action points. */
static void r12_orders_beyond_action_points_are_refused(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_TWO);
    f->sc->seats[AMBER].ap = 4;
    fx_start(f, 1);
    /* 1 + 2 + 1 = 4: legal; + harden 1 = 5: refused */
    struct order o[] = { fx_os(f, ORD_PATROL, AMBER, NORTH), fx_os(f, ORD_ESCORT, AMBER, MILL),
                         fx_os(f, ORD_PATROL, AMBER, MILL), fx_o(f, ORD_HARDEN, AMBER) };
    assert_int_equal(game_orders_cost(&f->g, o, 4), 5);
    fx_refused(f, AMBER, o, 4, "not enough action points");
    fx_submit(f, AMBER, o, 3);
    assert_int_equal(f->g.norders[AMBER], 3);
    fx_close(f);
}

/* R13: an order needs its capability at the catalogue's minimum; a false
 * flag takes the better of cyber and HUMINT. */
static void r13_capability_below_minimum_is_refused(void **state)
{
    (void)state;
    struct fx *f = fx_open(FX_TWO);
    struct game *g = &f->g;
    g->seats[AMBER].caps[CAP_HUMINT] = 0;         /* cultivate_insider needs 1 */
    fx_refused1(f, fx_ot(f, ORD_INSIDER, AMBER, BASALT), "capability too low");
    g->seats[AMBER].caps[CAP_ENGINEERING] = 0;    /* demining needs 1 */
    fx_refused1(f, fx_os(f, ORD_DEMINE, AMBER, NORTH), "capability too low");
    g->seats[AMBER].caps[CAP_HUMINT] = 1;
    fx_submit1(f, fx_ot(f, ORD_INSIDER, AMBER, BASALT));
    fx_close(f);
}

static void r13_false_flag_uses_best_of_cyber_and_humint(void **state)
{
    (void)state;
    struct fx *f = fx_open(FX_TWO);
    struct seat *a = &f->g.seats[AMBER];
    a->caps[CAP_CYBER] = 0;
    a->caps[CAP_HUMINT] = 0;
    fx_refused1(f, fx_ot(f, ORD_FALSE_FLAG, AMBER, BASALT), "capability too low");
    a->caps[CAP_HUMINT] = 1;
    fx_submit1(f, fx_ot(f, ORD_FALSE_FLAG, AMBER, BASALT));
    a->caps[CAP_HUMINT] = 0;
    a->caps[CAP_CYBER] = 1;
    fx_submit1(f, fx_ot(f, ORD_FALSE_FLAG, AMBER, BASALT));
    assert_int_equal(odds_skill(a->caps, ORD_FALSE_FLAG, &f->pub.cat), 1);
    a->caps[CAP_HUMINT] = 4;
    assert_int_equal(odds_skill(a->caps, ORD_FALSE_FLAG, &f->pub.cat), 4);
    assert_int_equal(odds_skill(a->caps, ORD_INTERCEPT, &f->pub.cat), a->caps[CAP_SIGINT]);
    assert_int_equal(odds_skill(a->caps, ORD_COURT, &f->pub.cat), 0);
    fx_close(f);
}

/* R14: a sector order needs a presence in or next to the sector; a joint
 * operation needs a presence in it. */
static void r14_sector_order_needs_presence_in_or_next_to_it(void **state)
{
    (void)state;
    struct fx *f = fx_open(FX_EIGHT);
    struct game *g = &f->g;
    int alder = scenario_sector_index(f->sc, "alder"), birch = scenario_sector_index(f->sc, "birch");
    int cedar = scenario_sector_index(f->sc, "cedar"), dunes = scenario_sector_index(f->sc, "dunes");
    int larch = scenario_sector_index(f->sc, "larch");
    assert_true(alder >= 0 && birch >= 0 && cedar >= 0 && dunes >= 0 && larch >= 0);
    assert_int_equal(scenario_sector_index(f->sc, "atlantis"), -1);
    assert_int_equal(scenario_seat_index(f->sc, "corvo"), CORVO);
    assert_int_equal(scenario_seat_index(f->sc, "nobody"), -1);
    for (int s = 0; s < g->nsectors; s++)
        g->sectors[s].deployed &= (uint8_t)~(1u << AUREL);
    g->sectors[alder].deployed |= 1u << AUREL;
    g->sectors[birch].deployed |= 1u << AUREL;
    /* alder - birch - cedar - dunes: dunes is two steps away */
    fx_refused1(f, fx_os(f, ORD_PATROL, AUREL, dunes), "no presence in or next to that sector");
    fx_refused1(f, fx_os(f, ORD_PATROL, AUREL, -1), "needs a sector");
    fx_refused1(f, fx_os(f, ORD_PATROL, AUREL, g->nsectors), "needs a sector");
    struct order ok[] = { fx_os(f, ORD_PATROL, AUREL, alder), fx_os(f, ORD_PATROL, AUREL, cedar),
                          fx_os(f, ORD_PATROL, AUREL, larch) };
    fx_submit(f, AUREL, ok, 3);
    fx_close(f);
}

static void r14_joint_operation_needs_presence_in_the_sector(void **state)
{
    (void)state;
    struct fx *f = fx_open(FX_TWO);
    struct game *g = &f->g;
    g->sectors[NORTH].deployed = 1u << AMBER;
    g->sectors[MILL].deployed = 1u << AMBER | 1u << BASALT;
    g->sectors[SOUTH].deployed = 1u << BASALT;
    fx_refused1(f, fx_ost(f, ORD_JOINT, AMBER, SOUTH, BASALT), "not deployed in that sector");
    fx_refused1(f, fx_ost(f, ORD_JOINT, AMBER, NORTH, AMBER), "needs another contingent");
    /* the partner need not be there: the operation brings it */
    fx_submit1(f, fx_ost(f, ORD_JOINT, AMBER, NORTH, BASALT));
    fx_close(f);
}

/* R15: observing a contingent needs a shared sector. */
static void r15_observe_needs_colocation(void **state)
{
    (void)state;
    struct fx *f = fx_open(FX_TWO);
    struct game *g = &f->g;
    g->sectors[NORTH].deployed = 1u << AMBER;
    g->sectors[MILL].deployed = 1u << BASALT;
    g->sectors[SOUTH].deployed = 1u << BASALT;
    assert_false(game_colocated(g, AMBER, BASALT));
    fx_refused1(f, fx_ot(f, ORD_OBSERVE, AMBER, BASALT), "not co-located with the target");
    g->sectors[MILL].deployed |= 1u << AMBER;
    assert_true(game_colocated(g, AMBER, BASALT));
    fx_submit1(f, fx_ot(f, ORD_OBSERVE, AMBER, BASALT));
    fx_close(f);
}

/* R16: an order that needs a sector feature (monitor_ceasefire: a
 * ceasefire line) is refused elsewhere. */
static void r16_monitor_ceasefire_needs_a_ceasefire_line(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_TWO);
    f->sc->sectors[NORTH].features = 1u << FEAT_CEASEFIRE;
    f->sc->sectors[MILL].features = 1u << FEAT_AIRPORT;
    fx_start(f, 1);
    fx_refused1(f, fx_os(f, ORD_MONITOR, AMBER, MILL), "the sector lacks the feature it needs");
    fx_submit1(f, fx_os(f, ORD_MONITOR, AMBER, NORTH));
    fx_close(f);
}

/* R17: a backdoor needs equipment of one's own in the network, not yet
 * backdoored or discovered, or a contribution earlier in the same list. */
static void r17_backdoor_needs_own_clean_equipment(void **state)
{
    (void)state;
    struct fx *f = fx_open(FX_TWO);
    struct game *g = &f->g;
    g->seats[AMBER].caps[CAP_CYBER] = 2;
    const char *need = "needs equipment you contributed";
    fx_refused1(f, fx_o(f, ORD_BACKDOOR, AMBER), need);
    struct order later[] = { fx_o(f, ORD_BACKDOOR, AMBER), fx_o(f, ORD_CONTRIBUTE, AMBER) };
    fx_refused(f, AMBER, later, 2, need);
    struct order first[] = { fx_o(f, ORD_CONTRIBUTE, AMBER), fx_o(f, ORD_BACKDOOR, AMBER) };
    fx_submit(f, AMBER, first, 2);
    int theirs = fx_give_equipment(f, BASALT, 0, 0);
    fx_refused1(f, fx_o(f, ORD_BACKDOOR, AMBER), need);
    int done = fx_give_equipment(f, AMBER, 1, 0);
    int found = fx_give_equipment(f, AMBER, 0, 1);
    (void)theirs, (void)done, (void)found;
    fx_refused1(f, fx_o(f, ORD_BACKDOOR, AMBER), need);
    fx_give_equipment(f, AMBER, 0, 0);
    fx_submit1(f, fx_o(f, ORD_BACKDOOR, AMBER));
    fx_close(f);
}

/* R18: one order of a kind per target: the same sector, contingent or
 * inject twice, or an untargeted order twice, is refused. */
static void r18_duplicate_orders_are_refused(void **state)
{
    (void)state;
    struct fx *f = fx_open(FX_TWO);
    f->g.seats[AMBER].ap = 12;
    f->g.seats[BASALT].ap = 12;
    f->g.seats[BASALT].caps[CAP_SIGINT] = 3;
    struct order p2[] = { fx_os(f, ORD_PATROL, AMBER, NORTH), fx_os(f, ORD_PATROL, AMBER, NORTH) };
    fx_refused(f, AMBER, p2, 2, "order 2: given twice for the same target");
    struct order i2[] = { fx_ot(f, ORD_INTERCEPT, BASALT, AMBER), fx_ot(f, ORD_INTERCEPT, BASALT, AMBER) };
    fx_refused(f, BASALT, i2, 2, "given twice for the same target");
    struct order j2[] = { fx_ost(f, ORD_JOINT, AMBER, MILL, BASALT), fx_ost(f, ORD_JOINT, AMBER, MILL, BASALT) };
    fx_refused(f, AMBER, j2, 2, "given twice for the same target");
    struct order h2[] = { fx_o(f, ORD_HARDEN, AMBER), fx_o(f, ORD_HARDEN, AMBER) };
    fx_refused(f, AMBER, h2, 2, "given twice");
    struct order s2[] = { fx_level(f, ORD_SHARE, AMBER, 1), fx_level(f, ORD_SHARE, AMBER, 2) };
    fx_refused(f, AMBER, s2, 2, "given twice");
    struct order ok[] = { fx_os(f, ORD_PATROL, AMBER, NORTH), fx_os(f, ORD_PATROL, AMBER, MILL),
                          fx_ost(f, ORD_JOINT, AMBER, NORTH, BASALT), fx_ost(f, ORD_JOINT, AMBER, MILL, BASALT) };
    fx_submit(f, AMBER, ok, 4);
    fx_close(f);
}

/* R19: the share level is none (0), tactical (1) or broad (2). */
static void r19_share_level_must_be_none_tactical_or_broad(void **state)
{
    (void)state;
    struct fx *f = fx_open(FX_TWO);
    const char *why = "share level must be none, tactical or broad";
    fx_refused1(f, fx_level(f, ORD_SHARE, AMBER, 3), why);
    fx_refused1(f, fx_level(f, ORD_SHARE, AMBER, -1), why);
    for (int level = 0; level <= 2; level++)
        fx_submit1(f, fx_level(f, ORD_SHARE, AMBER, level));
    fx_close(f);
}

/* R20: an inject's choice is answered only by its audience, only while it
 * is live, with one of its choices, once. */
static void r20_only_the_audience_answers_a_live_inject_once(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_TWO);
    int k = fx_inject(f, "offer", TRIG_TURN, 1, -1, 0, AMBER);
    fx_choice_effect(f, k, 0, fx_effect(EFF_INFLUENCE, AMBER, -1, -1, 1));
    fx_choice_effect(f, k, 1, fx_effect(EFF_INFLUENCE, AMBER, -1, -1, 2));
    int all = fx_inject(f, "for_all", TRIG_TURN, 1, -1, 0, -1);
    fx_choice_effect(f, all, 0, fx_effect(EFF_POOL, -1, -1, -1, 1));
    fx_start(f, 1);
    /* another seat's inject is not even visible to Basalt */
    fx_refused1(f, fx_answer(f, BASALT, k, 0), "no such inject this turn");
    /* an inject for everyone has no one to answer it (the loader refuses
     * choices on those) */
    fx_refused1(f, fx_answer(f, AMBER, all, 0), "that inject is not addressed to you");
    fx_refused1(f, fx_answer(f, AMBER, all + 1, 0), "no such inject this turn");
    fx_refused1(f, fx_answer(f, AMBER, k, 2), "no such choice");
    fx_refused1(f, fx_answer(f, AMBER, k, -1), "no such choice");
    struct order twice[] = { fx_answer(f, AMBER, k, 0), fx_answer(f, AMBER, k, 1) };
    fx_refused(f, AMBER, twice, 2, "inject answered twice");
    fx_submit1(f, fx_answer(f, AMBER, k, 1));
    fx_resolve(f);
    fx_refused1(f, fx_answer(f, AMBER, k, 0), "no such inject this turn");
    fx_close(f);
}

/* R21: targets and limits: a contingent order names another contingent of
 * the game; no pact twice; retaining surveillance needs a deployment; at
 * most MAX_ORDERS orders; a bounded number of insider networks and of
 * equipment items; no unknown order; the facilitator gives no orders. */
static void r21_targets_and_limits(void **state)
{
    (void)state;
    struct fx *f = fx_open(FX_TWO);
    struct game *g = &f->g;
    const char *other = "needs another contingent as target";
    g->seats[AMBER].caps[CAP_SIGINT] = 2;
    fx_refused1(f, fx_ot(f, ORD_INTERCEPT, AMBER, AMBER), other);
    fx_refused1(f, fx_ot(f, ORD_INTERCEPT, AMBER, 2), other);
    fx_refused1(f, fx_ot(f, ORD_INTERCEPT, AMBER, -1), other);
    g->seats[AMBER].pacts = 1u << BASALT;
    fx_refused1(f, fx_ot(f, ORD_PACT, AMBER, BASALT), "already in a pact with that contingent");
    g->seats[AMBER].caps[CAP_PATROL] = 2;
    for (int s = 0; s < g->nsectors; s++)
        g->sectors[s].deployed &= (uint8_t)~(1u << AMBER);
    fx_refused1(f, fx_o(f, ORD_RETAIN, AMBER), "no patrols to retain data from");
    struct order many[MAX_ORDERS + 1];
    for (int i = 0; i <= MAX_ORDERS; i++)
        many[i] = fx_o(f, ORD_RESPOND, AMBER);
    fx_refused(f, AMBER, many, MAX_ORDERS + 1, "at most 12 orders a turn");
    struct order unknown = fx_o(f, ORD_COUNT, AMBER);
    fx_refused1(f, unknown, "unknown order");
    /* insider networks: one per target, at most MAX_INSIDERS */
    struct seat *b = &g->seats[BASALT];
    for (int k = 0; k < MAX_INSIDERS; k++)
        fx_give_insider(f, BASALT, 5, STAGE_APPROACHED, 0);
    fx_refused1(f, fx_ot(f, ORD_INSIDER, BASALT, AMBER), "too many insider networks");
    b->ins[0].target = AMBER;           /* developing one it holds is fine */
    fx_submit1(f, fx_ot(f, ORD_INSIDER, BASALT, AMBER));
    /* equipment: at most MAX_EQUIPMENT items */
    while (g->neq < MAX_EQUIPMENT - 1)
        fx_give_equipment(f, BASALT, 0, 0);
    g->seats[AMBER].ap = 4;
    struct order two[] = { fx_o(f, ORD_CONTRIBUTE, AMBER), fx_o(f, ORD_CONTRIBUTE, AMBER) };
    fx_refused(f, AMBER, two, 2, "order 2: the mission network has no room for more");
    fx_give_equipment(f, BASALT, 0, 0);
    fx_refused1(f, fx_o(f, ORD_CONTRIBUTE, AMBER), "the mission network has no room for more");
    /* the facilitator and seats that do not exist */
    char why[REASON_LEN];
    struct order p = fx_os(f, ORD_PATROL, AMBER, NORTH);
    assert_int_equal(game_check_orders(g, 5, &p, 1, why, (int)sizeof why), 0);
    assert_string_equal(why, "no such contingent");
    assert_int_equal(game_submit(g, -1, &p, 1, why, (int)sizeof why), 0);
    view_build(g, VIEW_FACILITATOR, &f->v);
    assert_int_equal(view_check_orders(&f->v, &p, 1, why, (int)sizeof why), 0);
    assert_string_equal(why, "the facilitator gives no orders");
    assert_int_equal(game_check_orders(g, AMBER, &p, 0, NULL, 0), 1);   /* no orders: legal */
    fx_close(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(r1_game_starts_at_turn_one_with_scenario_action_points),
        cmocka_unit_test(r2_turn_inject_fires_at_its_turn_for_its_audience),
        cmocka_unit_test(r3_avg_stability_inject_waits_for_its_earliest_turn),
        cmocka_unit_test(r3_threat_inject_watches_its_sector_or_any),
        cmocka_unit_test(r3_incidents_inject_fires_after_an_incident),
        cmocka_unit_test(r3_centralisation_inject_fires_when_level_reached),
        cmocka_unit_test(r4_order_for_another_turn_is_refused),
        cmocka_unit_test(r5_unconfirmed_seat_gives_no_orders),
        cmocka_unit_test(r6_resolution_runs_in_fixed_order),
        cmocka_unit_test(r7_seats_take_turns_starting_with_a_rotating_seat),
        cmocka_unit_test(r8_game_ends_after_the_last_turn),
        cmocka_unit_test(r9_collapse_below_the_floor_ends_the_game_as_failure),
        cmocka_unit_test(r10_resolution_reports_mandate_status),
        cmocka_unit_test(r11_same_seed_and_orders_give_the_same_game),
        cmocka_unit_test(r85_event_logs_are_bounded),
        cmocka_unit_test(kept_kinds_should_not_change_a_views_events),
        cmocka_unit_test(r96_injects_beyond_a_week_s_cap_wait_a_week),
        cmocka_unit_test(r12_orders_beyond_action_points_are_refused),
        cmocka_unit_test(r13_capability_below_minimum_is_refused),
        cmocka_unit_test(r13_false_flag_uses_best_of_cyber_and_humint),
        cmocka_unit_test(r14_sector_order_needs_presence_in_or_next_to_it),
        cmocka_unit_test(r14_joint_operation_needs_presence_in_the_sector),
        cmocka_unit_test(r15_observe_needs_colocation),
        cmocka_unit_test(r16_monitor_ceasefire_needs_a_ceasefire_line),
        cmocka_unit_test(r17_backdoor_needs_own_clean_equipment),
        cmocka_unit_test(r18_duplicate_orders_are_refused),
        cmocka_unit_test(r19_share_level_must_be_none_tactical_or_broad),
        cmocka_unit_test(r20_only_the_audience_answers_a_live_inject_once),
        cmocka_unit_test(r21_targets_and_limits),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
