/* test_rules_mandate.c - rules catalogue (tests/RULES.md), groups C, D, I
 * and J: mandate operations and their formula (assets/RULES.md sections 4 and 5),
 * mission contributions, spoilers and leaks, and injects' effects. */
#include "rules_fixture.h"

/* A two-seat game with the numbers the mandate formula reads set to known
 * values: pool 0, centralisation 0, threats 0, Amber's patrol 2. */
static struct fx *mandate_game(void)
{
    struct fx *f = fx_open(FX_TWO);
    struct game *g = &f->g;
    g->pool = 0;
    g->centralisation = 0;
    for (int s = 0; s < g->nsectors; s++) {
        g->sectors[s].stability = 45;
        g->sectors[s].threat = 0;
    }
    g->sectors[NORTH].deployed = 1u << AMBER;
    g->sectors[MILL].deployed = 1u << AMBER | 1u << BASALT;
    g->sectors[SOUTH].deployed = 1u << BASALT;
    g->seats[AMBER].caps[CAP_PATROL] = 2;
    return f;
}

/* --- C. Mandate operations -------------------------------------------------- */

/* R22: a mandate operation adds, in thousandths,
 * base*1000*(5+cap)/5 * (pool_div + pool_eff)/pool_div - threat*1000/threat_div
 * to the sector's stability, rounded to the nearest point, where
 * pool_eff = pool*(100 + centralisation*centralisation_eff)/100. */
static void r22_patrol_gain_follows_the_formula(void **state)
{
    (void)state;
    struct fx *f = mandate_game();
    struct game *g = &f->g;
    struct rules *r = &f->pub.cat.rules;
    r->pool_div = 200;
    r->centralisation_eff = 25;
    r->threat_div = 2;
    f->pub.cat.orders[ORD_PATROL].base = 4;
    g->pool = 40;
    g->sectors[NORTH].threat = 3;
    fx_submit1(f, fx_os(f, ORD_PATROL, AMBER, NORTH));
    fx_resolve(f);
    /* 4*1000*(5+2)/5 = 5600; eff 40*(100+0)/100 = 40; 5600*(200+40)/200 = 6720;
     * - 3*1000/2 = 5220; (5220+500)/1000 = 5 (the rules: 4*1.4*1.2 - 1.5 = 5.22) */
    const struct event *e = fx_ev(f, EV_MANDATE_OP);
    assert_int_equal(e->actor, AMBER);
    assert_int_equal(e->order, ORD_PATROL);
    assert_int_equal(e->sector, NORTH);
    assert_int_equal(e->a, 5);
    assert_int_equal(e->b, 0);
    assert_int_equal(e->audience, AUDIENCE_PUBLIC);
    assert_int_equal(g->sectors[NORTH].stability, 50);
    assert_int_equal(g->sectors[NORTH].threat, 3);
    fx_close(f);
}

/* R23: centralisation raises the pool's efficiency by centralisation_eff
 * per cent a level. */
static void r23_centralisation_raises_pool_efficiency(void **state)
{
    (void)state;
    struct fx *f = mandate_game();
    struct game *g = &f->g;
    f->pub.cat.rules.centralisation_eff = 25;
    g->pool = 40;
    g->centralisation = 2;
    g->sectors[NORTH].threat = 3;
    fx_submit1(f, fx_os(f, ORD_PATROL, AMBER, NORTH));
    fx_resolve(f);
    /* eff 40*(100+2*25)/100 = 60; 5600*(200+60)/200 = 7280; -1500 = 5780 -> 6 */
    assert_int_equal(fx_ev(f, EV_MANDATE_OP)->a, 6);
    g->centralisation = 3;
    f->pub.cat.rules.centralisation_eff = 100;
    g->sectors[NORTH].stability = 45;
    fx_submit1(f, fx_os(f, ORD_PATROL, AMBER, NORTH));
    fx_resolve(f);
    /* eff 40*(100+300)/100 = 160; 5600*360/200 = 10080; -1500 = 8580 -> 9 */
    assert_int_equal(fx_ev(f, EV_MANDATE_OP)->a, 9);
    assert_int_equal(g->sectors[NORTH].stability, 54);
    fx_close(f);
}

/* R24: an operation that uses no capability (mediate) scales with the
 * seat's influence instead: cap = influence/20. */
static void r24_mediate_scales_with_influence(void **state)
{
    (void)state;
    struct fx *f = mandate_game();
    struct game *g = &f->g;
    g->seats[AMBER].caps[CAP_PATROL] = 0;
    int influence[] = { 45, 100, 0 }, gain[] = { 6, 8, 4 };
    for (int k = 0; k < 3; k++) {
        g->seats[AMBER].influence = influence[k];
        g->sectors[NORTH].stability = 45;
        fx_submit1(f, fx_os(f, ORD_MEDIATE, AMBER, NORTH));
        fx_resolve(f);
        /* cap 45/20 = 2: 4000*7/5 = 5600 -> 6; 100/20 = 5: 8000 -> 8;
         * 0: 4000 -> 4 */
        assert_int_equal(fx_ev(f, EV_MANDATE_OP)->a, gain[k]);
    }
    fx_close(f);
}

/* R25: an operation changes its sector's threat by its own amount
 * (demining, monitoring, joint operations: -1), clamped to 0..10, after
 * the gain has been computed with the threat before. */
static void r25_demining_lowers_threat_after_the_gain(void **state)
{
    (void)state;
    struct fx *f = mandate_game();
    struct game *g = &f->g;
    g->seats[AMBER].caps[CAP_ENGINEERING] = 3;
    g->sectors[NORTH].threat = 3;
    g->sectors[MILL].threat = 0;
    struct order o[] = { fx_os(f, ORD_DEMINE, AMBER, NORTH), fx_os(f, ORD_DEMINE, AMBER, MILL) };
    fx_submit(f, AMBER, o, 2);
    fx_resolve(f);
    /* North: 6000*(5+3)/5 = 9600; -3*1000/2 = 8100 -> 8; threat 3 -> 2 */
    const struct event *e = fx_nth(f, EV_MANDATE_OP, 0);
    assert_int_equal(e->sector, NORTH);
    assert_int_equal(e->a, 8);
    assert_int_equal(e->b, -1);
    assert_int_equal(g->sectors[NORTH].threat, 2);
    /* Millbrook: 9600 -> 10; threat stays 0 */
    e = fx_nth(f, EV_MANDATE_OP, 1);
    assert_int_equal(e->a, 10);
    assert_int_equal(e->b, 0);
    assert_int_equal(g->sectors[MILL].threat, 0);
    fx_close(f);
}

/* R26: a joint operation is scaled by (50 + mutual trust)/100, where mutual
 * trust is the average of the two seats' trust in each other; the partner
 * becomes deployed in the sector (co-located). */
static void r26_joint_operation_scales_with_trust_and_colocates_partner(void **state)
{
    (void)state;
    struct fx *f = mandate_game();
    struct game *g = &f->g;
    g->sectors[NORTH].threat = 3;
    g->seats[AMBER].trust[BASALT] = 90;
    g->seats[BASALT].trust[AMBER] = 70;
    assert_false(g->sectors[NORTH].deployed & (1u << BASALT));
    fx_submit1(f, fx_ost(f, ORD_JOINT, AMBER, NORTH, BASALT));
    fx_resolve(f);
    /* 8000*7/5 = 11200; trust (90+70)/2 = 80: *130/100 = 14560;
     * -1500 = 13060 -> 13; threat 3 -> 2 */
    const struct event *e = fx_ev(f, EV_MANDATE_OP);
    assert_int_equal(e->order, ORD_JOINT);
    assert_int_equal(e->target, BASALT);
    assert_int_equal(e->a, 13);
    assert_int_equal(e->b, -1);
    assert_true(g->sectors[NORTH].deployed & (1u << BASALT));
    assert_true(game_colocated(g, AMBER, BASALT));
    /* no trust: 11200*50/100 = 5600; threat now 2: -1000 = 4600 -> 5 */
    g->seats[AMBER].trust[BASALT] = 0;
    g->seats[BASALT].trust[AMBER] = 0;
    g->sectors[NORTH].stability = 45;
    fx_submit1(f, fx_ost(f, ORD_JOINT, AMBER, NORTH, BASALT));
    fx_resolve(f);
    assert_int_equal(fx_ev(f, EV_MANDATE_OP)->a, 5);
    fx_close(f);
}

/* R27: a seat that compartmentalises this turn loses compartment_penalty
 * per cent of its own mandate operations; others are unaffected. */
static void r27_compartmentalised_seat_loses_effectiveness(void **state)
{
    (void)state;
    struct fx *f = mandate_game();
    struct game *g = &f->g;
    f->pub.cat.rules.compartment_penalty = 30;
    g->sectors[NORTH].threat = 3;
    g->seats[BASALT].caps[CAP_PATROL] = 3;
    struct order a[] = { fx_os(f, ORD_PATROL, AMBER, NORTH), fx_o(f, ORD_COMPARTMENT, AMBER) };
    fx_submit(f, AMBER, a, 2);
    fx_submit1(f, fx_os(f, ORD_PATROL, BASALT, SOUTH));
    fx_resolve(f);
    /* Amber: 5600*(100-30)/100 = 3920; -1500 = 2420 -> 2 */
    assert_int_equal(fx_find(f, EV_MANDATE_OP, AMBER, -1)->a, 2);
    /* Basalt: 4000*8/5 = 6400 -> 6 */
    assert_int_equal(fx_find(f, EV_MANDATE_OP, BASALT, -1)->a, 6);
    /* the posture lasts one turn */
    assert_int_equal(g->seats[AMBER].compartment, 0);
    g->sectors[NORTH].stability = 45;
    fx_submit1(f, fx_os(f, ORD_PATROL, AMBER, NORTH));
    fx_resolve(f);
    assert_int_equal(fx_ev(f, EV_MANDATE_OP)->a, 4);     /* 5600 - 1500 = 4100 */
    fx_close(f);
}

/* R28: the gain is never negative, stability stays within 0..100, and the
 * gain rounds half up. */
static void r28_gain_is_never_negative_and_stability_is_clamped(void **state)
{
    (void)state;
    struct fx *f = mandate_game();
    struct game *g = &f->g;
    g->seats[AMBER].caps[CAP_PATROL] = 0;
    f->pub.cat.orders[ORD_PATROL].base = 5;
    g->sectors[NORTH].threat = 10;
    g->sectors[MILL].threat = 1;
    g->sectors[SOUTH].stability = 98;
    struct order o[] = { fx_os(f, ORD_PATROL, AMBER, NORTH), fx_os(f, ORD_PATROL, AMBER, MILL),
                         fx_os(f, ORD_PATROL, AMBER, SOUTH) };
    fx_submit(f, AMBER, o, 3);
    fx_resolve(f);
    /* North: 5000 - 10*1000/2 = 0 (never below); Millbrook: 5000 - 500 =
     * 4500 -> 5; Southford: 5000 -> 5, 98 + 5 clamped to 100 */
    assert_int_equal(fx_nth(f, EV_MANDATE_OP, 0)->a, 0);
    assert_int_equal(g->sectors[NORTH].stability, 45);
    assert_int_equal(fx_nth(f, EV_MANDATE_OP, 1)->a, 5);
    assert_int_equal(fx_nth(f, EV_MANDATE_OP, 2)->a, 2);
    assert_int_equal(g->sectors[SOUTH].stability, 100);
    g->sectors[NORTH].threat = 20;            /* out of range: still no loss */
    fx_submit1(f, fx_os(f, ORD_PATROL, AMBER, NORTH));
    fx_resolve(f);
    assert_int_equal(g->sectors[NORTH].stability, 45);
    fx_close(f);
}

/* R81: the more stable a sector, the harder each further point: a gain
 * loses saturation*stability/100 per cent (after the other factors, before
 * the threat). */
static void r81_stable_sectors_saturate(void **state)
{
    (void)state;
    struct fx *f = mandate_game();
    struct game *g = &f->g;
    f->pub.cat.rules.saturation = 50;
    g->sectors[NORTH].stability = 80;
    g->sectors[MILL].stability = 0;
    g->sectors[MILL].threat = 1;
    struct order o[] = { fx_os(f, ORD_PATROL, AMBER, NORTH), fx_os(f, ORD_PATROL, AMBER, MILL) };
    fx_submit(f, AMBER, o, 2);
    fx_resolve(f);
    /* North: 5600*(100 - 50*80/100)/100 = 3360 -> 3 */
    assert_int_equal(fx_nth(f, EV_MANDATE_OP, 0)->a, 3);
    /* Millbrook at 0: 5600 - 1*1000/2 = 5100 -> 5 */
    assert_int_equal(fx_nth(f, EV_MANDATE_OP, 1)->a, 5);
    fx_close(f);
}

/* --- D. Contributions --------------------------------------------------------- */

/* R29: sharing sets the seat's standing share level (every seat starts at
 * tactical), public, from this turn on. */
static void r29_share_sets_the_standing_public_level(void **state)
{
    (void)state;
    struct fx *f = fx_open(FX_TWO);
    struct game *g = &f->g;
    assert_int_equal(g->seats[AMBER].share, 1);
    assert_int_equal(g->seats[BASALT].share, 1);
    fx_submit1(f, fx_level(f, ORD_SHARE, AMBER, 2));
    fx_submit1(f, fx_level(f, ORD_SHARE, BASALT, 0));
    fx_resolve(f);
    assert_int_equal(g->seats[AMBER].share, 2);
    assert_int_equal(g->seats[BASALT].share, 0);
    const struct event *e = fx_find(f, EV_ORDER, AMBER, -1);
    assert_non_null(e);
    assert_int_equal(e->order, ORD_SHARE);
    assert_int_equal(e->a, 2);
    assert_int_equal(e->audience, AUDIENCE_PUBLIC);
    fx_resolve(f);                    /* it stands without a new order */
    assert_int_equal(g->seats[AMBER].share, 2);
    view_build(g, BASALT, &f->v);
    assert_int_equal(f->v.c[AMBER].share, 2);
    fx_close(f);
}

/* R30: each turn the pool loses pool_decay_pct per cent and gains
 * share_tactical or share_broad for each seat at that level (a
 * compartmentalised seat counts at most tactical), within 0..100. */
static void r30_pool_decays_and_grows_with_sharing(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_TWO);
    f->sc->turns = 8;
    struct game *g = fx_start(f, 1);
    struct rules *r = &f->pub.cat.rules;
    r->pool_decay_pct = 15;
    r->share_tactical = 4;
    r->share_broad = 10;
    g->pool = 40;
    fx_submit1(f, fx_level(f, ORD_SHARE, AMBER, 2));
    fx_resolve(f);
    /* 40 - 40*15/100 (6) + 10 (Amber broad) + 4 (Basalt tactical) = 48 */
    assert_int_equal(g->pool, 48);
    const struct event *e = fx_ev(f, EV_POOL);
    assert_int_equal(e->a, 8);
    assert_int_equal(e->b, 48);
    struct order b[] = { fx_level(f, ORD_SHARE, BASALT, 2), fx_o(f, ORD_COMPARTMENT, BASALT) };
    fx_submit(f, BASALT, b, 2);
    fx_resolve(f);
    /* 48 - 7 (720/100) + 10 + 4 (broad, but compartmentalised) = 55 */
    assert_int_equal(g->pool, 55);
    fx_resolve(f);
    /* 55 - 8 (825/100) + 10 + 10 = 67 */
    assert_int_equal(g->pool, 67);
    g->pool = 99;
    fx_resolve(f);
    /* 99 - 14 + 20 = 105, clamped to 100 */
    assert_int_equal(g->pool, 100);
    fx_close(f);
}

/* R31: contributing equipment installs an item (supplier, turn) in the
 * mission network and raises network security by the order's base. */
static void r31_contributed_equipment_raises_network_security(void **state)
{
    (void)state;
    struct fx *f = fx_open(FX_TWO);
    struct game *g = &f->g;
    f->pub.cat.orders[ORD_CONTRIBUTE].base = 8;
    g->net_security = 50;
    fx_submit1(f, fx_o(f, ORD_CONTRIBUTE, AMBER));
    fx_resolve(f);
    assert_int_equal(g->net_security, 58);
    assert_int_equal(g->neq, 1);
    assert_int_equal(g->eq[0].supplier, AMBER);
    assert_int_equal(g->eq[0].since, 1);
    assert_int_equal(g->eq[0].backdoor, 0);
    const struct event *e = fx_ev(f, EV_EQUIPMENT);
    assert_int_equal(e->actor, AMBER);
    assert_int_equal(e->a, 0);
    assert_int_equal(e->audience, AUDIENCE_PUBLIC);
    e = fx_ev(f, EV_NETWORK);
    assert_int_equal(e->a, g->centralisation);
    assert_int_equal(e->b, 58);
    g->net_security = 96;
    fx_submit1(f, fx_o(f, ORD_CONTRIBUTE, BASALT));
    fx_resolve(f);
    assert_int_equal(g->net_security, 100);
    assert_int_equal(g->neq, 2);
    assert_int_equal(g->eq[1].supplier, BASALT);
    assert_int_equal(g->eq[1].since, 2);
    fx_close(f);
}

/* R32: each support for centralisation adds the order's base; when the
 * supports reach centralise_support the level rises by one (at most 3)
 * and the count starts again. */
static void r32_centralisation_rises_after_enough_support(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_TWO);
    f->sc->turns = 8;
    f->sc->centralisation = 1;
    struct game *g = fx_start(f, 1);
    f->pub.cat.rules.centralise_support = 3;
    f->pub.cat.orders[ORD_CENTRALISE].base = 1;
    fx_submit1(f, fx_o(f, ORD_CENTRALISE, AMBER));
    fx_submit1(f, fx_o(f, ORD_CENTRALISE, BASALT));
    fx_resolve(f);
    assert_int_equal(g->central_support, 2);
    assert_int_equal(g->centralisation, 1);
    assert_int_equal(fx_count(f, EV_NETWORK), 0);
    fx_submit1(f, fx_o(f, ORD_CENTRALISE, AMBER));
    fx_resolve(f);
    assert_int_equal(g->centralisation, 2);
    assert_int_equal(g->central_support, 0);
    assert_int_equal(fx_ev(f, EV_NETWORK)->a, 2);
    g->centralisation = 3;
    g->central_support = 2;
    fx_submit1(f, fx_o(f, ORD_CENTRALISE, AMBER));
    fx_resolve(f);
    assert_int_equal(g->centralisation, 3);
    fx_close(f);
}

/* --- I. Spoilers and leaks ------------------------------------------------- */

/* R61: each turn every sector loses spoiler_loss*threat/2 stability; then
 * below threat_rise_below its threat rises by 1 with threat_rise_chance,
 * above threat_fall_above it falls by 1; threat stays within 0..10. */
static void r61_spoilers_erode_stability_and_threat_moves(void **state)
{
    (void)state;
    struct fx *f = fx_open(FX_TWO);
    struct game *g = &f->g;
    struct rules *r = &f->pub.cat.rules;
    r->spoiler_loss = 4;
    r->threat_rise_below = 60;
    r->threat_rise_chance = 1000;
    r->threat_fall_above = 80;
    g->sectors[NORTH].stability = 45;
    g->sectors[NORTH].threat = 3;
    g->sectors[MILL].stability = 90;
    g->sectors[MILL].threat = 2;
    g->sectors[SOUTH].stability = 20;
    g->sectors[SOUTH].threat = 10;
    fx_resolve(f);
    /* North: 45 - 4*3/2 = 39 < 60: threat 4 */
    assert_int_equal(g->sectors[NORTH].stability, 39);
    assert_int_equal(g->sectors[NORTH].threat, 4);
    /* Millbrook: 90 - 4 = 86 > 80: threat 1 */
    assert_int_equal(g->sectors[MILL].stability, 86);
    assert_int_equal(g->sectors[MILL].threat, 1);
    /* Southford: 20 - 20 = 0; threat stays at 10 */
    assert_int_equal(g->sectors[SOUTH].stability, 0);
    assert_int_equal(g->sectors[SOUTH].threat, 10);
    const struct event *e = fx_nth(f, EV_STABILITY, 0);
    assert_int_equal(e->sector, NORTH);
    assert_int_equal(e->a, -6);
    assert_int_equal(e->b, 39);
    assert_int_equal(e->audience, AUDIENCE_PUBLIC);
    e = fx_nth(f, EV_THREAT, 0);
    assert_int_equal(e->sector, NORTH);
    assert_int_equal(e->a, 1);
    assert_int_equal(e->b, 4);
    e = fx_nth(f, EV_THREAT, 1);
    assert_int_equal(e->sector, MILL);
    assert_int_equal(e->a, -1);
    assert_int_equal(fx_count(f, EV_THREAT), 2);
    assert_int_equal(fx_count(f, EV_STABILITY), 3);
    /* no chance, no rise */
    r->threat_rise_chance = 0;
    r->spoiler_loss = 0;
    fx_resolve(f);
    assert_int_equal(g->sectors[NORTH].threat, 4);
    fx_close(f);
}

/* R86: every sector also loses the scenario's drift in stability each
 * turn, with the spoilers. */
static void r86_stability_drifts_down_each_turn(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_TWO);
    f->sc->drift = 2;
    struct game *g = fx_start(f, 1);
    f->pub.cat.rules.spoiler_loss = 4;
    g->sectors[NORTH].stability = 45;
    g->sectors[NORTH].threat = 3;
    g->sectors[MILL].stability = 1;
    g->sectors[MILL].threat = 0;
    fx_resolve(f);
    assert_int_equal(g->sectors[NORTH].stability, 37);   /* 45 - 2 - 4*3/2 */
    assert_int_equal(g->sectors[MILL].stability, 0);     /* 1 - 2, clamped */
    const struct event *e = fx_nth(f, EV_STABILITY, 0);
    assert_int_equal(e->a, -8);
    fx_close(f);
}

/* R62: while the mission database is compromised (a count of turns that
 * runs down), it leaks with leak_chance per centralisation level: threat
 * rises by leak_threat in the first sector of the seat that shares most
 * (a random sector when nobody shares). */
static void r62_compromised_database_leaks_to_spoilers(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_TWO);
    f->sc->turns = 8;
    struct game *g = fx_start(f, 1);
    struct rules *r = &f->pub.cat.rules;
    r->leak_chance = 1000;
    r->leak_threat = 2;
    g->centralisation = 1;
    g->db_compromised = 2;
    g->seats[AMBER].share = 2;
    g->seats[BASALT].share = 1;
    g->sectors[NORTH].deployed = 1u << AMBER;
    g->sectors[MILL].deployed = 1u << AMBER | 1u << BASALT;
    g->sectors[NORTH].threat = 3;
    fx_resolve(f);
    const struct event *e = fx_ev(f, EV_LEAK);
    assert_int_equal(e->sector, NORTH);
    assert_int_equal(e->target, AMBER);
    assert_int_equal(e->a, 2);
    assert_int_equal(e->audience, AUDIENCE_PUBLIC);
    assert_int_equal(g->sectors[NORTH].threat, 5);
    assert_int_equal(g->db_compromised, 1);
    fx_resolve(f);
    assert_int_equal(g->sectors[NORTH].threat, 7);
    assert_int_equal(g->db_compromised, 0);
    fx_resolve(f);                               /* no longer compromised */
    assert_int_equal(fx_count(f, EV_LEAK), 0);
    /* nobody shares: a random sector, blamed on HQ's database */
    g->db_compromised = 1;
    g->seats[AMBER].share = g->seats[BASALT].share = 0;
    int before[3];
    for (int s = 0; s < 3; s++)
        before[s] = g->sectors[s].threat;
    fx_resolve(f);
    e = fx_ev(f, EV_LEAK);
    assert_int_equal(e->target, TARGET_HQ);
    assert_true(e->sector >= 0 && e->sector < 3);
    int expect = before[e->sector] + 2 > 10 ? 10 : before[e->sector] + 2;
    assert_int_equal(g->sectors[e->sector].threat, expect);
    fx_close(f);
}

static void r62_decentralised_database_does_not_leak(void **state)
{
    (void)state;
    struct fx *f = fx_open(FX_TWO);
    struct game *g = &f->g;
    f->pub.cat.rules.leak_chance = 1000;
    g->centralisation = 0;                 /* 1000 * 0 = no chance */
    g->db_compromised = 2;
    g->seats[AMBER].share = 2;
    fx_resolve(f);
    assert_int_equal(fx_count(f, EV_LEAK), 0);
    assert_int_equal(g->db_compromised, 1);
    fx_close(f);
}

/* --- J. Injects -------------------------------------------------------------- */

/* R64: an inject's effects apply at the end of the resolution of the turn
 * it fired, after every order: stability and threat (a sector or all),
 * influence, comms security and trust (a seat or all), pool, network
 * security, centralisation; each clamped to its range. */
static void r64_inject_effects_apply_at_end_of_turn(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_TWO);
    int a = fx_inject(f, "a", TRIG_TURN, 1, -1, 0, -1);
    fx_inject_effect(f, a, fx_effect(EFF_STABILITY, -1, -1, NORTH, 5));
    fx_inject_effect(f, a, fx_effect(EFF_THREAT, -1, -1, -1, 1));
    fx_inject_effect(f, a, fx_effect(EFF_INFLUENCE, AMBER, -1, -1, 3));
    fx_inject_effect(f, a, fx_effect(EFF_COMMS, -1, -1, -1, -5));
    fx_inject_effect(f, a, fx_effect(EFF_TRUST, BASALT, AMBER, -1, 7));
    fx_inject_effect(f, a, fx_effect(EFF_POOL, -1, -1, -1, -5));
    int b = fx_inject(f, "b", TRIG_TURN, 1, -1, 0, -1);
    fx_inject_effect(f, b, fx_effect(EFF_NET_SECURITY, -1, -1, -1, 10));
    fx_inject_effect(f, b, fx_effect(EFF_CENTRALISATION, -1, -1, -1, 5));
    fx_inject_effect(f, b, fx_effect(EFF_INFLUENCE, -1, -1, -1, -30));
    fx_inject_effect(f, b, fx_effect(EFF_TRUST, -1, -1, -1, 100));
    fx_inject_effect(f, b, fx_effect(EFF_THREAT, -1, -1, SOUTH, 20));
    struct game *g = fx_start(f, 1);
    int stab[] = { 45, 55, 38 }, threat[] = { 3, 2, 5 };
    for (int s = 0; s < 3; s++) {
        g->sectors[s].stability = stab[s];
        g->sectors[s].threat = threat[s];
    }
    g->seats[AMBER].influence = 20;
    g->seats[BASALT].influence = 15;
    g->seats[AMBER].comms = 45;
    g->seats[BASALT].comms = 70;
    g->seats[AMBER].trust[BASALT] = 60;
    g->seats[BASALT].trust[AMBER] = 40;
    g->pool = 0;
    g->net_security = 50;
    g->centralisation = 1;
    assert_int_equal(g->nlive, 2);
    /* effects wait for the resolution */
    assert_int_equal(g->sectors[NORTH].stability, 45);
    /* an operation this turn still sees threat 3 in North */
    g->seats[AMBER].caps[CAP_PATROL] = 0;
    fx_submit1(f, fx_os(f, ORD_PATROL, AMBER, NORTH));
    fx_resolve(f);
    assert_int_equal(fx_ev(f, EV_MANDATE_OP)->a, 3);   /* 4000 - 1500 = 2500 -> 3 */
    assert_int_equal(g->sectors[NORTH].stability, 45 + 3 + 5);
    assert_int_equal(g->sectors[MILL].stability, 55);
    assert_int_equal(g->sectors[NORTH].threat, 4);
    assert_int_equal(g->sectors[MILL].threat, 3);
    assert_int_equal(g->sectors[SOUTH].threat, 10);         /* 5 + 1 + 20, clamped */
    assert_int_equal(g->seats[AMBER].influence, 0);         /* 20 + 3 - 30, clamped */
    assert_int_equal(g->seats[BASALT].influence, 0);
    assert_int_equal(g->seats[AMBER].comms, 40);
    assert_int_equal(g->seats[BASALT].comms, 65);
    assert_int_equal(g->seats[BASALT].trust[AMBER], 100);   /* 40 + 7 + 100, clamped */
    assert_int_equal(g->seats[AMBER].trust[BASALT], 100);
    assert_int_equal(g->pool, 0);                           /* 0 - 5, clamped */
    assert_int_equal(g->net_security, 60);
    assert_int_equal(g->centralisation, 3);                 /* 1 + 5, clamped */
    fx_close(f);
}

/* R65: an inject with choices applies the choice its audience answered
 * (the first when unanswered), after its own effects; the choice is
 * reported. */
static void r65_answer_chooses_inject_effects(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_TWO);
    f->sc->turns = 4;
    int k1 = fx_inject(f, "offer1", TRIG_TURN, 1, -1, 0, AMBER);
    fx_inject_effect(f, k1, fx_effect(EFF_STABILITY, -1, -1, MILL, 2));
    fx_choice_effect(f, k1, 0, fx_effect(EFF_INFLUENCE, AMBER, -1, -1, 1));
    fx_choice_effect(f, k1, 1, fx_effect(EFF_INFLUENCE, AMBER, -1, -1, 10));
    int k2 = fx_inject(f, "offer2", TRIG_TURN, 2, -1, 0, AMBER);
    fx_choice_effect(f, k2, 0, fx_effect(EFF_INFLUENCE, AMBER, -1, -1, 1));
    fx_choice_effect(f, k2, 1, fx_effect(EFF_INFLUENCE, AMBER, -1, -1, 10));
    struct game *g = fx_start(f, 1);
    g->seats[AMBER].influence = 20;
    g->sectors[MILL].stability = 55;
    fx_submit1(f, fx_answer(f, AMBER, k1, 1));
    fx_resolve(f);
    assert_int_equal(g->seats[AMBER].influence, 30);
    assert_int_equal(g->sectors[MILL].stability, 57);
    const struct event *e = fx_ev(f, EV_INJECT_CHOICE);
    assert_int_equal(e->actor, AMBER);
    assert_int_equal(e->a, k1);
    assert_int_equal(e->b, 1);
    assert_int_equal(g->live[0].index, k2);
    fx_resolve(f);                          /* unanswered: the first choice */
    assert_int_equal(g->seats[AMBER].influence, 31);
    e = fx_ev(f, EV_INJECT_CHOICE);
    assert_int_equal(e->a, k2);
    assert_int_equal(e->b, 0);
    fx_close(f);
}

/* R66: an action_points effect changes the seat's action points of the
 * next turn only (never below 0). */
static void r66_action_points_effect_changes_next_turn(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_TWO);
    f->sc->seats[AMBER].ap = 4;
    f->sc->seats[BASALT].ap = 5;
    int k = fx_inject(f, "ap", TRIG_TURN, 1, -1, 0, -1);
    fx_inject_effect(f, k, fx_effect(EFF_AP, AMBER, -1, -1, -1));
    fx_inject_effect(f, k, fx_effect(EFF_AP, BASALT, -1, -1, -9));
    struct game *g = fx_start(f, 1);
    assert_int_equal(g->seats[AMBER].ap, 4);   /* not this turn */
    fx_resolve(f);
    assert_int_equal(g->seats[AMBER].ap, 3);
    assert_int_equal(g->seats[BASALT].ap, 0);
    fx_refused1(f, fx_os(f, ORD_PATROL, BASALT, SOUTH), "not enough action points");
    fx_resolve(f);
    assert_int_equal(g->seats[AMBER].ap, 4);
    assert_int_equal(g->seats[BASALT].ap, 5);
    fx_close(f);
}

/* R67: a new_objectives effect ("new instructions from the capital")
 * replaces the seat's secret objectives, and tells only that seat. */
static void r67_new_instructions_replace_objectives(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_TWO);
    int obj = fx_objective(f, BASALT, OBJ_INFLUENCE, -1, -1, 40, 15);
    int k = fx_inject(f, "capital", TRIG_TURN, 1, -1, 0, BASALT);
    struct effect e = fx_effect(EFF_OBJECTIVES, BASALT, -1, -1, 0);
    e.objectives[0] = obj;
    e.nobjectives = 1;
    fx_inject_effect(f, k, e);
    struct game *g = fx_start(f, 1);
    assert_true(g->seats[BASALT].nobjectives > 0);
    assert_true(g->seats[BASALT].objectives[0] != obj);
    int amber_before = g->seats[AMBER].nobjectives;
    fx_resolve(f);
    assert_int_equal(g->seats[BASALT].nobjectives, 1);
    assert_int_equal(g->seats[BASALT].objectives[0], obj);
    assert_int_equal(g->seats[AMBER].nobjectives, amber_before);
    const struct event *ev = fx_ev(f, EV_OBJECTIVES);
    assert_int_equal(ev->actor, BASALT);
    assert_int_equal(ev->audience, AUDIENCE_SEAT(BASALT));
    view_build(g, BASALT, &f->v);
    assert_int_equal(f->v.nobjectives, 1);
    assert_int_equal(f->v.objectives[0].kind, OBJ_INFLUENCE);
    assert_int_equal(f->v.objectives[0].value, 40);
    fx_close(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(r22_patrol_gain_follows_the_formula),
        cmocka_unit_test(r23_centralisation_raises_pool_efficiency),
        cmocka_unit_test(r24_mediate_scales_with_influence),
        cmocka_unit_test(r25_demining_lowers_threat_after_the_gain),
        cmocka_unit_test(r26_joint_operation_scales_with_trust_and_colocates_partner),
        cmocka_unit_test(r27_compartmentalised_seat_loses_effectiveness),
        cmocka_unit_test(r28_gain_is_never_negative_and_stability_is_clamped),
        cmocka_unit_test(r81_stable_sectors_saturate),
        cmocka_unit_test(r29_share_sets_the_standing_public_level),
        cmocka_unit_test(r30_pool_decays_and_grows_with_sharing),
        cmocka_unit_test(r31_contributed_equipment_raises_network_security),
        cmocka_unit_test(r32_centralisation_rises_after_enough_support),
        cmocka_unit_test(r61_spoilers_erode_stability_and_threat_moves),
        cmocka_unit_test(r86_stability_drifts_down_each_turn),
        cmocka_unit_test(r62_compromised_database_leaks_to_spoilers),
        cmocka_unit_test(r62_decentralised_database_does_not_leak),
        cmocka_unit_test(r64_inject_effects_apply_at_end_of_turn),
        cmocka_unit_test(r65_answer_chooses_inject_effects),
        cmocka_unit_test(r66_action_points_effect_changes_next_turn),
        cmocka_unit_test(r67_new_instructions_replace_objectives),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
