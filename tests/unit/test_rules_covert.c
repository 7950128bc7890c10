/* test_rules_covert.c - rules catalogue (tests/RULES.md), group F: what
 * each covert operation of assets/RULES.md section 4 yields when it succeeds. */
#include "rules_fixture.h"

/* --- F. Covert operations ---------------------------------------------------- */

/* R41: observing a co-located contingent gives equipment and procedures
 * dossiers of quality 1 (a glimpse). */
static void r41_observe_gives_equipment_and_procedures_glimpses(void **state)
{
    (void)state;
    struct fx *f = fx_covert_game();
    struct game *g = &f->g;
    fx_covert_sure(f);
    fx_unseen(f);
    fx_submit1(f, fx_ot(f, ORD_OBSERVE, BASALT, AMBER));
    fx_resolve(f);
    assert_int_equal(fx_dossiers(f, BASALT, AMBER, -1), 2);
    assert_int_equal(fx_dossiers(f, BASALT, AMBER, DOS_EQUIPMENT), 1);
    assert_int_equal(fx_dossiers(f, BASALT, AMBER, DOS_PROCEDURES), 1);
    const struct event *e = fx_find(f, EV_DOSSIER, BASALT, AMBER);
    assert_int_equal(e->b, 1);
    assert_int_equal(e->audience, AUDIENCE_SEAT(BASALT));
    const struct dossier *d = &g->seats[BASALT].dos[AMBER][DOS_PROCEDURES];
    assert_int_equal(d->turn, 1);
    assert_int_equal(d->quality, 1);
    assert_in_range(d->est[0], 1, 3);     /* CI 2, +-1 at quality 1 */
    fx_close(f);
}

/* R42: an intercept gives a communications dossier of quality 2; when the
 * target's comms security is below intercept_read_below it also leaves a
 * tap: at the next resolution the interceptor reads each of the target's
 * orders. */
static void r42_intercept_reads_orders_when_comms_are_low(void **state)
{
    (void)state;
    struct fx *f = fx_covert_game();
    struct game *g = &f->g;
    fx_covert_sure(f);
    fx_unseen(f);
    f->pub.cat.rules.intercept_read_below = 50;
    fx_submit1(f, fx_ot(f, ORD_INTERCEPT, BASALT, AMBER));
    fx_resolve(f);
    const struct dossier *d = &g->seats[BASALT].dos[AMBER][DOS_COMMUNICATIONS];
    assert_int_equal(d->quality, 2);
    assert_int_equal(d->est[0], 45);          /* comms security (error 0) */
    assert_int_equal(d->est[1], 1);           /* SIGINT */
    assert_true(g->seats[BASALT].taps & (1u << AMBER));
    assert_int_equal(g->seats[BASALT].nimp, 1);
    assert_int_equal(g->seats[BASALT].imp[0].target, AMBER);
    assert_int_equal(g->seats[BASALT].imp[0].kind, IMP_TAP);
    assert_int_equal(fx_count(f, EV_ORDERS_READ), 0);
    struct order a[] = { fx_os(f, ORD_PATROL, AMBER, NORTH), fx_o(f, ORD_HARDEN, AMBER) };
    fx_submit(f, AMBER, a, 2);
    fx_resolve(f);
    assert_int_equal(fx_count(f, EV_ORDERS_READ), 2);
    const struct event *e = fx_nth(f, EV_ORDERS_READ, 0);
    assert_int_equal(e->actor, BASALT);
    assert_int_equal(e->target, AMBER);
    assert_int_equal(e->order, ORD_PATROL);
    assert_int_equal(e->sector, NORTH);
    assert_int_equal(e->audience, AUDIENCE_SEAT(BASALT));
    assert_int_equal(fx_nth(f, EV_ORDERS_READ, 1)->order, ORD_HARDEN);
    assert_int_equal(g->seats[BASALT].taps, 0);
    fx_submit1(f, fx_os(f, ORD_PATROL, AMBER, NORTH));
    fx_resolve(f);                            /* one reading per intercept */
    assert_int_equal(fx_count(f, EV_ORDERS_READ), 0);
    fx_close(f);
}

static void r42_intercept_reads_nothing_when_comms_are_high(void **state)
{
    (void)state;
    struct fx *f = fx_covert_game();
    struct game *g = &f->g;
    fx_covert_sure(f);
    fx_unseen(f);
    f->pub.cat.rules.intercept_read_below = 50;
    g->seats[AMBER].comms = 50;
    fx_submit1(f, fx_ot(f, ORD_INTERCEPT, BASALT, AMBER));
    fx_resolve(f);
    assert_int_equal(g->seats[BASALT].dos[AMBER][DOS_COMMUNICATIONS].est[0], 50);
    assert_int_equal(g->seats[BASALT].taps, 0);
    assert_int_equal(g->seats[BASALT].nimp, 0);
    fx_submit1(f, fx_os(f, ORD_PATROL, AMBER, NORTH));
    fx_resolve(f);
    assert_int_equal(fx_count(f, EV_ORDERS_READ), 0);
    fx_close(f);
}

/* R43: a secret order read through a tap or an insider that targets the
 * reader is a piece of evidence against its giver. */
static void r43_reading_an_order_against_you_is_evidence(void **state)
{
    (void)state;
    struct fx *f = fx_covert_game();
    struct game *g = &f->g;
    fx_covert_fails(f);
    fx_unseen(f);
    g->seats[BASALT].taps = 1u << AMBER;
    struct order a[] = { fx_ot(f, ORD_OBSERVE, AMBER, BASALT), fx_os(f, ORD_PATROL, AMBER, NORTH),
                         fx_level(f, ORD_SHARE, AMBER, 2) };
    fx_submit(f, AMBER, a, 3);
    fx_resolve(f);
    assert_int_equal(fx_count(f, EV_ORDERS_READ), 3);
    assert_int_equal(fx_ev(f, EV_ORDERS_READ)->b, BASALT);
    assert_int_equal(g->seats[BASALT].evidence[AMBER], 1);   /* the observation only */
    fx_close(f);
}

/* R44: cultivating an insider approaches, develops, then recruits it, one
 * stage per success; once recruited, a success lowers its exposure by 20;
 * a failure raises it by 15; a detected attempt loses the network. */
static void r44_insider_is_approached_developed_recruited(void **state)
{
    (void)state;
    struct fx *f = fx_covert_game();
    struct game *g = &f->g;
    fx_covert_sure(f);
    fx_unseen(f);
    struct seat *b = &g->seats[BASALT];
    for (int stage = STAGE_APPROACHED; stage <= STAGE_RECRUITED; stage++) {
        fx_submit1(f, fx_ot(f, ORD_INSIDER, BASALT, AMBER));
        fx_resolve(f);
        assert_int_equal(b->nins, 1);
        assert_int_equal(b->ins[0].target, AMBER);
        assert_int_equal(b->ins[0].stage, stage);
        assert_int_equal(b->ins[0].since, 1);
        const struct event *e = fx_ev(f, EV_INSIDER);
        assert_int_equal(e->a, stage);
        assert_int_equal(e->audience, AUDIENCE_SEAT(BASALT));
    }
    b->ins[0].exposure = 50;
    fx_submit1(f, fx_ot(f, ORD_INSIDER, BASALT, AMBER));
    fx_resolve(f);
    assert_int_equal(b->ins[0].stage, STAGE_RECRUITED);
    assert_int_equal(b->ins[0].exposure, 30);
    fx_covert_fails(f);
    fx_submit1(f, fx_ot(f, ORD_INSIDER, BASALT, AMBER));
    fx_resolve(f);
    assert_int_equal(b->ins[0].exposure, 45);
    fx_close(f);
}

static void r44_failed_first_approach_leaves_nothing(void **state)
{
    (void)state;
    struct fx *f = fx_covert_game();
    fx_covert_fails(f);
    fx_unseen(f);
    fx_submit1(f, fx_ot(f, ORD_INSIDER, BASALT, AMBER));
    fx_resolve(f);
    assert_int_equal(f->g.seats[BASALT].nins, 0);
    assert_int_equal(fx_count(f, EV_INSIDER), 0);
    fx_close(f);
}

static void r44_detected_insider_op_loses_the_network(void **state)
{
    (void)state;
    struct fx *f = fx_covert_game();
    fx_covert_sure(f);
    fx_seen(f);
    fx_give_insider(f, BASALT, AMBER, STAGE_DEVELOPED, 0);
    fx_submit1(f, fx_ot(f, ORD_INSIDER, BASALT, AMBER));
    fx_resolve(f);
    assert_int_equal(f->g.seats[BASALT].nins, 0);
    assert_int_equal(f->g.incidents, 1);
    assert_int_equal(fx_ev(f, EV_DETECTED)->order, ORD_INSIDER);
    fx_close(f);
}

/* R45: a recruited insider reports every turn: personnel, procedures,
 * communications and capabilities dossiers of quality 3, and its target's
 * orders at the next resolution. */
static void r45_recruited_insider_reports_every_turn(void **state)
{
    (void)state;
    struct fx *f = fx_covert_game();
    struct game *g = &f->g;
    fx_give_insider(f, BASALT, AMBER, STAGE_RECRUITED, 0);
    fx_resolve(f);
    assert_int_equal(fx_dossiers(f, BASALT, AMBER, -1), 4);
    int cats[] = { DOS_PERSONNEL, DOS_PROCEDURES, DOS_COMMUNICATIONS, DOS_CAPABILITIES };
    for (int k = 0; k < 4; k++) {
        const struct dossier *d = &g->seats[BASALT].dos[AMBER][cats[k]];
        assert_int_equal(d->turn, 1);
        assert_int_equal(d->quality, 3);
    }
    const struct dossier *d = &g->seats[BASALT].dos[AMBER][DOS_CAPABILITIES];
    for (int c = 0; c < CAP_COUNT; c++)
        assert_int_equal(d->est[c], g->seats[AMBER].caps[c]);   /* quality 3: exact */
    d = &g->seats[BASALT].dos[AMBER][DOS_PROCEDURES];
    assert_int_equal(d->est[0], 2);       /* CI */
    assert_int_equal(d->est[1], 1);       /* share */
    assert_int_equal(d->est[2], 4);       /* action points */
    assert_true(g->seats[BASALT].taps & (1u << AMBER));
    fx_submit1(f, fx_os(f, ORD_PATROL, AMBER, NORTH));
    fx_resolve(f);
    const struct event *e = fx_ev(f, EV_ORDERS_READ);
    assert_int_equal(e->actor, BASALT);
    assert_int_equal(e->order, ORD_PATROL);
    assert_int_equal(g->seats[BASALT].dos[AMBER][DOS_PERSONNEL].turn, 2);
    fx_close(f);
}

/* R46: an intrusion into the mission network draws dossiers from its
 * database: on each other seat, each category with chance
 * base*(centralisation+1)*share level (quality 2); and mission HQ's
 * communications, equipment and procedures; it leaves a network implant
 * and compromises the database for 2 turns. */
static void r46_intrusion_yields_by_centralisation_and_sharing(void **state)
{
    (void)state;
    struct fx *f = fx_covert_game();
    struct game *g = &f->g;
    fx_covert_sure(f);
    fx_unseen(f);
    f->pub.cat.orders[ORD_INTRUDE].base = 500;
    g->centralisation = 1;
    g->seats[BASALT].share = 1;               /* 500 * 2 * 1 = 1000 */
    fx_submit1(f, fx_o(f, ORD_INTRUDE, AMBER));
    fx_resolve(f);
    assert_int_equal(fx_dossiers(f, AMBER, BASALT, -1), DOS_COUNT);
    assert_int_equal(g->seats[AMBER].dos[BASALT][DOS_PERSONNEL].quality, 2);
    assert_int_equal(fx_dossiers(f, AMBER, TARGET_HQ, -1), 3);
    assert_int_equal(fx_dossiers(f, AMBER, TARGET_HQ, DOS_CAPABILITIES), 0);
    const struct dossier *hq = &g->seats[AMBER].dos[TARGET_HQ][DOS_PROCEDURES];
    assert_int_equal(hq->est[0], 1);          /* centralisation */
    assert_int_equal(hq->est[1], 20);         /* pool */
    assert_int_equal(g->seats[AMBER].nimp, 1);
    assert_int_equal(g->seats[AMBER].imp[0].target, TARGET_HQ);
    assert_int_equal(g->seats[AMBER].imp[0].kind, IMP_NETWORK);
    assert_int_equal(g->db_compromised, 1);   /* 2, less this turn's */
    fx_close(f);

    /* a seat that shares nothing is not in the database */
    f = fx_covert_game();
    g = &f->g;
    fx_covert_sure(f);
    fx_unseen(f);
    f->pub.cat.orders[ORD_INTRUDE].base = 1000;
    g->seats[BASALT].share = 0;
    fx_submit1(f, fx_o(f, ORD_INTRUDE, AMBER));
    fx_resolve(f);
    assert_int_equal(fx_dossiers(f, AMBER, BASALT, -1), 0);
    assert_int_equal(fx_dossiers(f, AMBER, TARGET_HQ, -1), 3);
    fx_close(f);

    /* centralisation multiplies: 250 * (3+1) * 1 = 1000 */
    f = fx_covert_game();
    g = &f->g;
    fx_covert_sure(f);
    fx_unseen(f);
    f->pub.cat.orders[ORD_INTRUDE].base = 250;
    g->centralisation = 3;
    fx_submit1(f, fx_o(f, ORD_INTRUDE, AMBER));
    fx_resolve(f);
    assert_int_equal(fx_dossiers(f, AMBER, BASALT, -1), DOS_COUNT);
    fx_close(f);
}

/* R47: a network implant keeps reading the database at half the
 * intrusion's base every later turn, and keeps it compromised. */
static void r47_network_implant_keeps_reading_the_database(void **state)
{
    (void)state;
    struct fx *f = fx_covert_game();
    struct game *g = &f->g;
    f->pub.cat.orders[ORD_INTRUDE].base = 1000;   /* later turns: 500 * 2 * 1 */
    g->centralisation = 1;
    fx_give_implant(f, AMBER, TARGET_HQ, IMP_NETWORK, 1);
    fx_resolve(f);                            /* not on the turn it was placed */
    assert_int_equal(fx_dossiers(f, AMBER, BASALT, -1), 0);
    assert_int_equal(g->db_compromised, 0);
    fx_resolve(f);
    assert_int_equal(fx_dossiers(f, AMBER, BASALT, -1), DOS_COUNT);
    assert_int_equal(g->seats[AMBER].dos[BASALT][DOS_EQUIPMENT].turn, 2);
    assert_int_equal(fx_dossiers(f, AMBER, TARGET_HQ, -1), 3);
    assert_int_equal(g->db_compromised, 1);
    fx_close(f);
}

/* R48: a backdoor hides in the first item of one's own clean equipment,
 * told only to its supplier. */
static void r48_backdoor_marks_own_equipment(void **state)
{
    (void)state;
    struct fx *f = fx_covert_game();
    struct game *g = &f->g;
    fx_covert_sure(f);
    fx_unseen(f);
    struct order a[] = { fx_o(f, ORD_CONTRIBUTE, AMBER), fx_o(f, ORD_BACKDOOR, AMBER) };
    fx_submit(f, AMBER, a, 2);
    fx_resolve(f);
    assert_int_equal(g->neq, 1);
    assert_int_equal(g->eq[0].backdoor, 1);
    const struct event *e = fx_ev(f, EV_BACKDOOR);
    assert_int_equal(e->actor, AMBER);
    assert_int_equal(e->a, 0);
    assert_int_equal(e->audience, AUDIENCE_SEAT(AMBER));
    fx_give_equipment(f, BASALT, 0, 0);
    fx_give_equipment(f, AMBER, 0, 1);
    int clean = fx_give_equipment(f, AMBER, 0, 0);
    fx_submit1(f, fx_o(f, ORD_BACKDOOR, AMBER));
    fx_resolve(f);
    assert_int_equal(fx_ev(f, EV_BACKDOOR)->a, clean);
    assert_int_equal(g->eq[1].backdoor, 0);
    assert_int_equal(g->eq[2].backdoor, 0);
    assert_int_equal(g->eq[clean].backdoor, 1);
    fx_close(f);
}

/* R49: undiscovered backdoored equipment gives its supplier, every turn,
 * a communications dossier (quality 2) on mission HQ and on every other
 * seat that shares with the mission. */
static void r49_backdoor_intercepts_sharers_until_discovered(void **state)
{
    (void)state;
    struct fx *f = fx_covert_game();
    struct game *g = &f->g;
    int item = fx_give_equipment(f, AMBER, 1, 0);
    g->seats[BASALT].share = 1;
    fx_resolve(f);
    const struct dossier *d = &g->seats[AMBER].dos[BASALT][DOS_COMMUNICATIONS];
    assert_int_equal(d->turn, 1);
    assert_int_equal(d->quality, 2);
    assert_int_equal(d->est[0], 70);
    assert_int_equal(g->seats[AMBER].dos[TARGET_HQ][DOS_COMMUNICATIONS].turn, 1);
    assert_int_equal(g->seats[AMBER].dos[TARGET_HQ][DOS_COMMUNICATIONS].est[0], 50);
    g->seats[BASALT].share = 0;
    fx_resolve(f);
    assert_int_equal(g->seats[AMBER].dos[BASALT][DOS_COMMUNICATIONS].turn, 1);
    assert_int_equal(g->seats[AMBER].dos[TARGET_HQ][DOS_COMMUNICATIONS].turn, 2);
    g->seats[BASALT].share = 2;
    g->eq[item].discovered = 1;
    fx_resolve(f);
    assert_int_equal(fx_count(f, EV_DOSSIER), 0);
    fx_close(f);
}

/* R50: retaining surveillance data gives capabilities and equipment
 * glimpses (quality 1) of every contingent sharing a sector with the
 * actor, and costs the pool retain_pool_loss. */
static void r50_retained_surveillance_profiles_neighbours_and_costs_pool(void **state)
{
    (void)state;
    struct fx *f = fx_eight_game();
    struct game *g = &f->g;
    fx_covert_sure(f);
    fx_unseen(f);
    f->pub.cat.rules.retain_pool_loss = 4;
    g->pool = 20;
    for (int s = 0; s < g->nsectors; s++)
        g->sectors[s].deployed = 0;
    g->sectors[0].deployed = 1u << AUREL | 1u << BRISA;
    g->sectors[1].deployed = 1u << AUREL | 1u << CORVO | 1u << BRISA;
    g->sectors[2].deployed = 1u << DELM;                /* elsewhere */
    g->seats[AUREL].caps[CAP_PATROL] = 3;
    fx_submit1(f, fx_o(f, ORD_RETAIN, AUREL));
    fx_resolve(f);
    assert_int_equal(g->pool, 16);
    for (int t = BRISA; t <= CORVO; t++) {
        assert_int_equal(fx_dossiers(f, AUREL, t, DOS_CAPABILITIES), 1);
        assert_int_equal(fx_dossiers(f, AUREL, t, DOS_EQUIPMENT), 1);
        assert_int_equal(g->seats[AUREL].dos[t][DOS_CAPABILITIES].quality, 1);
    }
    assert_int_equal(fx_dossiers(f, AUREL, DELM, -1), 0);
    assert_int_equal(fx_count(f, EV_DOSSIER), 4);
    fx_close(f);
}

/* R51: courting the host government raises influence by the order's base
 * (at most 100), told only to the courtier. */
static void r51_courting_the_host_raises_influence(void **state)
{
    (void)state;
    struct fx *f = fx_covert_game();
    struct game *g = &f->g;
    fx_covert_sure(f);
    fx_unseen(f);
    f->pub.cat.orders[ORD_COURT].base = 6;
    fx_submit1(f, fx_o(f, ORD_COURT, BASALT));
    fx_resolve(f);
    assert_int_equal(g->seats[BASALT].influence, 21);
    const struct event *e = fx_ev(f, EV_INFLUENCE);
    assert_int_equal(e->actor, BASALT);
    assert_int_equal(e->a, 6);
    assert_int_equal(e->b, 21);
    assert_int_equal(e->audience, AUDIENCE_SEAT(BASALT));
    g->seats[BASALT].influence = 97;
    fx_submit1(f, fx_o(f, ORD_COURT, BASALT));
    fx_resolve(f);
    assert_int_equal(g->seats[BASALT].influence, 100);
    assert_int_equal(fx_ev(f, EV_INFLUENCE)->a, 3);
    fx_close(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(r41_observe_gives_equipment_and_procedures_glimpses),
        cmocka_unit_test(r42_intercept_reads_orders_when_comms_are_low),
        cmocka_unit_test(r42_intercept_reads_nothing_when_comms_are_high),
        cmocka_unit_test(r43_reading_an_order_against_you_is_evidence),
        cmocka_unit_test(r44_insider_is_approached_developed_recruited),
        cmocka_unit_test(r44_failed_first_approach_leaves_nothing),
        cmocka_unit_test(r44_detected_insider_op_loses_the_network),
        cmocka_unit_test(r45_recruited_insider_reports_every_turn),
        cmocka_unit_test(r46_intrusion_yields_by_centralisation_and_sharing),
        cmocka_unit_test(r47_network_implant_keeps_reading_the_database),
        cmocka_unit_test(r48_backdoor_marks_own_equipment),
        cmocka_unit_test(r49_backdoor_intercepts_sharers_until_discovered),
        cmocka_unit_test(r50_retained_surveillance_profiles_neighbours_and_costs_pool),
        cmocka_unit_test(r51_courting_the_host_raises_influence),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
