/* test_rules_odds.c - rules catalogue (tests/RULES.md), group E: the
 * covert-operation odds, detection and attribution of assets/RULES.md section 5,
 * incidents and their cost in trust, false flags. */
#include "rules_fixture.h"

/* --- E. Odds, detection, attribution -------------------------------------- */

/* R33: covert success p = clamp(covert_base + covert_per_skill*skill
 * - covert_per_skill*defence10/10 + the order's success_mod
 * + dossier_bonus if a fresh relevant dossier is held, covert_min,
 * covert_max), defence10 = 10*CI + 10*comms/defence_comms_div
 * + 10*posture*posture_defence. */
static void r33_covert_odds_follow_the_formula(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_TWO);
    f->pub.cat.orders[ORD_INTERCEPT].success_mod = 25;
    f->pub.cat.orders[ORD_INTERCEPT].detect_mod = 10;
    struct odds od;
    struct odds_input in = { .kind = ORD_INTERCEPT, .skill = 3, .target_ci = 2, .target_comms = 60,
                            .posture = 1, .dossier = 1 };
    odds_compute(&f->pub.cat, &in, &od);
    /* defence10 = 20 + 600/40 (15) + 10 = 45 */
    assert_int_equal(od.defence10, 45);
    assert_int_equal(od.mods[MOD_BASE], 350);
    assert_int_equal(od.mods[MOD_SKILL], 300);
    assert_int_equal(od.mods[MOD_DEFENCE], -450);
    assert_int_equal(od.mods[MOD_ORDER], 25);
    assert_int_equal(od.mods[MOD_DOSSIER], 80);
    assert_int_equal(od.mods[MOD_CLAMP], 0);
    assert_int_equal(od.success, 305);       /* 350 + 300 - 450 + 25 + 80 */
    /* high end: 350 + 500 + 25 + 80 = 955, clamped to 950 */
    struct odds_input hi = { .kind = ORD_INTERCEPT, .skill = 5, .target_ci = 0, .target_comms = 0,
                            .posture = 0, .dossier = 1 };
    odds_compute(&f->pub.cat, &hi, &od);
    assert_int_equal(od.success, 950);
    assert_int_equal(od.mods[MOD_CLAMP], -5);
    /* low end: defence10 = 50 + 25 + 20 = 95: 350 - 950 + 25 = -575 -> 50 */
    struct odds_input lo = { .kind = ORD_INTERCEPT, .skill = 0, .target_ci = 5, .target_comms = 100,
                            .posture = 2, .dossier = 0 };
    odds_compute(&f->pub.cat, &lo, &od);
    assert_int_equal(od.defence10, 95);
    assert_int_equal(od.success, 50);
    assert_int_equal(od.mods[MOD_CLAMP], 625);
    /* a maximum below the minimum is the minimum */
    f->pub.cat.rules.covert_min = 600;
    f->pub.cat.rules.covert_max = 100;
    odds_compute(&f->pub.cat, &in, &od);
    assert_int_equal(od.success, 600);
    assert_string_equal(modifier_name(MOD_DOSSIER), "our dossier on them");
    assert_string_equal(modifier_name(MOD_COUNT), "?");
    fx_close(f);
}

/* R33 in play: the resolution uses the true state: the target's CI,
 * comms and this turn's posture, the attacker's fresh dossier. */
static void r33_resolution_uses_the_formula_on_the_true_state(void **state)
{
    (void)state;
    struct fx *f = fx_covert_game();
    struct game *g = &f->g;
    f->pub.cat.orders[ORD_INTERCEPT].success_mod = 25;
    f->pub.cat.orders[ORD_INTERCEPT].detect_mod = 10;
    g->seats[AMBER].comms = 60;
    fx_give_dossier(f, BASALT, AMBER, DOS_COMMUNICATIONS, 1, 2);
    struct order o = fx_ot(f, ORD_INTERCEPT, BASALT, AMBER);
    struct odds od;
    game_odds(g, &o, &od);
    assert_int_equal(od.success, 405);    /* 350 + 300 - 350 + 25 + 80: no posture yet */
    fx_submit1(f, fx_o(f, ORD_COMPARTMENT, AMBER));
    fx_submit1(f, o);
    fx_resolve(f);
    /* compartmentalised: posture 1, defence10 45: 305 (as R33) */
    const struct event *e = fx_covert_of(f, BASALT);
    assert_int_equal(e->a, 305);
    assert_int_equal(e->c, e->outcome ? 270 : 420);
    fx_close(f);
}

/* R34: detection q = clamp(detect_base + detect_per_ci*CI + the order's
 * detect_mod, + detect_failed when the operation failed, detect_min,
 * detect_max). */
static void r34_detection_follows_the_formula(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_TWO);
    f->pub.cat.orders[ORD_INTERCEPT].detect_mod = 10;
    struct odds od;
    struct odds_input in = { .kind = ORD_INTERCEPT, .skill = 3, .target_ci = 2, .target_comms = 60,
                            .posture = 0, .dossier = 0 };
    odds_compute(&f->pub.cat, &in, &od);
    assert_int_equal(od.detect_ok, 270);      /* 100 + 80*2 + 10 */
    assert_int_equal(od.detect_fail, 420);    /* + 150 */
    in.alert = 300;                           /* the target swept this turn (R83) */
    odds_compute(&f->pub.cat, &in, &od);
    assert_int_equal(od.detect_ok, 570);
    assert_int_equal(od.detect_fail, 720);
    in.alert = 0;
    f->pub.cat.rules.detect_max = 300;
    odds_compute(&f->pub.cat, &in, &od);
    assert_int_equal(od.detect_ok, 270);
    assert_int_equal(od.detect_fail, 300);
    f->pub.cat.orders[ORD_INTERCEPT].detect_mod = -500;
    odds_compute(&f->pub.cat, &in, &od);
    assert_int_equal(od.detect_ok, 20);       /* 100 + 160 - 500, at least 20 */
    f->pub.cat.rules.detect_min = 500;            /* max below min: min */
    odds_compute(&f->pub.cat, &in, &od);
    assert_int_equal(od.detect_fail, 500);
    fx_close(f);

    /* in play: a failed operation is the easier one to see */
    f = fx_covert_game();
    fx_covert_fails(f);
    struct rules *r = &f->pub.cat.rules;
    r->detect_base = 0;
    r->detect_per_ci = 0;
    r->detect_failed = 1000;
    r->detect_min = 0;
    r->detect_max = 1000;
    fx_submit1(f, fx_ot(f, ORD_INTERCEPT, BASALT, AMBER));
    fx_resolve(f);
    assert_int_equal(fx_covert_of(f, BASALT)->c, 1000);
    assert_int_equal(f->g.incidents, 1);
    fx_covert_sure(f);
    fx_submit1(f, fx_ot(f, ORD_INTERCEPT, BASALT, AMBER));
    fx_resolve(f);
    assert_int_equal(fx_covert_of(f, BASALT)->c, 0);
    assert_int_equal(f->g.incidents, 1);
    fx_close(f);
}

/* R35: a contingent defends with its CI, its comms security and its
 * posture this turn (one point for hardening, one for compartmentalising);
 * mission HQ defends with CI = network security/20 and comms = network
 * security. */
static void r35_posture_counts_harden_and_compartment(void **state)
{
    (void)state;
    struct fx *f = fx_covert_game();
    struct game *g = &f->g;
    g->seats[AMBER].comms = 40;
    struct order both[] = { fx_o(f, ORD_HARDEN, AMBER), fx_o(f, ORD_COMPARTMENT, AMBER) };
    fx_submit(f, AMBER, both, 2);
    fx_submit1(f, fx_ot(f, ORD_INTERCEPT, BASALT, AMBER));
    fx_resolve(f);
    /* comms 40 + 8 = 48: defence10 = 20 + 480/40 (12) + 2*10 = 52:
     * 350 + 300 - 520 = 130 */
    assert_int_equal(fx_covert_of(f, BASALT)->a, 130);
    g->seats[BASALT].dos[AMBER][DOS_COMMUNICATIONS].turn = -1;   /* no dossier bonus */
    fx_submit1(f, fx_o(f, ORD_HARDEN, AMBER));
    fx_submit1(f, fx_ot(f, ORD_INTERCEPT, BASALT, AMBER));
    fx_resolve(f);
    /* comms 56: 20 + 14 + 10 = 44: 350 + 300 - 440 = 210 */
    assert_int_equal(fx_covert_of(f, BASALT)->a, 210);
    g->seats[BASALT].dos[AMBER][DOS_COMMUNICATIONS].turn = -1;   /* no dossier bonus */
    fx_submit1(f, fx_ot(f, ORD_INTERCEPT, BASALT, AMBER));
    fx_resolve(f);
    /* no posture: 20 + 14 = 34: 310 */
    assert_int_equal(fx_covert_of(f, BASALT)->a, 310);
    fx_close(f);
}

static void r35_mission_hq_defends_with_network_security(void **state)
{
    (void)state;
    struct fx *f = fx_covert_game();
    struct game *g = &f->g;
    g->net_security = 60;
    g->seats[AMBER].caps[CAP_CYBER] = 4;
    fx_submit1(f, fx_o(f, ORD_INTRUDE, AMBER));
    fx_resolve(f);
    /* CI 60/20 = 3, comms 60: defence10 = 30 + 15 = 45:
     * 350 + 400 - 450 - 50 = 250; detection 100 + 80*3 = 340 */
    const struct event *e = fx_covert_of(f, AMBER);
    assert_int_equal(e->target, TARGET_HQ);
    assert_int_equal(e->a, 250);
    assert_int_equal(e->c, e->outcome ? 340 : 490);
    g->net_security = 60;
    fx_give_dossier(f, AMBER, TARGET_HQ, DOS_COMMUNICATIONS, g->turn, 2);
    fx_submit1(f, fx_o(f, ORD_INTRUDE, AMBER));
    fx_resolve(f);
    assert_int_equal(fx_covert_of(f, AMBER)->a, 330);   /* + 80 for the dossier */
    fx_close(f);
}

/* R36: an operation succeeds when its roll (0..999) is below p, and is
 * detected when a second roll is below q; the actor's private report shows
 * both chances and both rolls. A failed operation has no effect. */
static void r36_roll_against_the_odds_is_reported(void **state)
{
    (void)state;
    for (uint64_t seed = 1; seed <= 20; seed++) {
        struct fx *f = fx_covert_game_seeded(seed);
        struct game *g = &f->g;
        struct order o[] = { fx_ot(f, ORD_OBSERVE, BASALT, AMBER), fx_ot(f, ORD_INTERCEPT, BASALT, AMBER),
                             fx_ot(f, ORD_INSIDER, BASALT, AMBER) };
        fx_submit(f, BASALT, o, 3);
        fx_resolve(f);
        int n = 0, ok = 0;
        for (int k = 0; k < g->nevents; k++) {
            const struct event *e = &g->events[k];
            if (e->kind != EV_COVERT)
                continue;
            n++;
            ok += e->outcome;
            assert_int_equal(e->audience, AUDIENCE_SEAT(BASALT));
            assert_int_equal(e->outcome, e->b < e->a);
            assert_int_equal(e->blamed == -2, e->d >= e->c);
            assert_true(e->b >= 0 && e->b < 1000 && e->d >= 0 && e->d < 1000);
        }
        assert_int_equal(n, 3);
        assert_int_equal(g->seats[BASALT].ops_run, 3);
        assert_int_equal(g->seats[BASALT].ops_succeeded, ok);
        fx_close(f);
    }
}

static void r36_failed_operation_has_no_effect(void **state)
{
    (void)state;
    struct fx *f = fx_covert_game();
    fx_covert_fails(f);
    fx_unseen(f);
    fx_submit1(f, fx_ot(f, ORD_OBSERVE, BASALT, AMBER));
    fx_resolve(f);
    const struct event *e = fx_covert_of(f, BASALT);
    assert_int_equal(e->outcome, 0);
    assert_int_equal(e->blamed, -2);
    assert_int_equal(fx_count(f, EV_DOSSIER), 0);
    assert_int_equal(f->g.seats[BASALT].dos[AMBER][DOS_EQUIPMENT].turn, -1);
    assert_int_equal(f->g.seats[BASALT].ops_run, 1);
    assert_int_equal(f->g.seats[BASALT].ops_succeeded, 0);
    assert_int_equal(f->g.incidents, 0);
    fx_close(f);
}

/* R37: a detected operation is attributed right with p_right =
 * attrib_base + attrib_per_ci*victim CI + attrib_evidence*min(evidence held
 * against the culprit, 3); otherwise, with three or more seats, wrongly to
 * another seat (not culprit, not victim) with attrib_wrong; else unknown. */
static void r37_attribution_right_with_ci_or_evidence(void **state)
{
    (void)state;
    struct fx *f = fx_covert_game();
    struct game *g = &f->g;
    fx_covert_sure(f);
    fx_seen(f);
    fx_attrib_unknown(f);
    f->pub.cat.rules.attrib_wrong = 1000;      /* no one else to blame in two seats */
    f->pub.cat.rules.attrib_per_ci = 500;      /* Amber's CI 2: 1000 */
    fx_submit1(f, fx_ot(f, ORD_INTERCEPT, BASALT, AMBER));
    fx_resolve(f);
    const struct event *e = fx_ev(f, EV_DETECTED);
    assert_int_equal(e->blamed, BASALT);
    assert_int_equal(e->outcome, ATTR_RIGHT);
    g->seats[AMBER].caps[CAP_COUNTERINTEL] = 0;    /* 0: unknown */
    fx_submit1(f, fx_ot(f, ORD_INTERCEPT, BASALT, AMBER));
    fx_resolve(f);
    e = fx_ev(f, EV_DETECTED);
    assert_int_equal(e->blamed, -1);
    assert_int_equal(e->outcome, ATTR_UNKNOWN);
    f->pub.cat.rules.attrib_evidence = 334;            /* 3 pieces: 1002 */
    g->seats[AMBER].evidence[BASALT] = 3;
    fx_submit1(f, fx_ot(f, ORD_INTERCEPT, BASALT, AMBER));
    fx_resolve(f);
    e = fx_ev(f, EV_DETECTED);
    assert_int_equal(e->outcome, ATTR_RIGHT);
    assert_int_equal(g->seats[BASALT].attributed, 2);
    fx_close(f);
}

static void r37_wrong_attribution_names_a_third_seat(void **state)
{
    (void)state;
    for (uint64_t seed = 1; seed <= 10; seed++) {
        struct fx *f = fx_eight_game_seeded(seed);
        struct game *g = &f->g;
        fx_covert_sure(f);
        fx_seen(f);
        fx_attrib_unknown(f);
        f->pub.cat.rules.attrib_wrong = 1000;
        fx_submit1(f, fx_ot(f, ORD_INTERCEPT, CORVO, BRISA));
        fx_resolve(f);
        const struct event *e = fx_ev(f, EV_DETECTED);
        assert_int_equal(e->outcome, ATTR_WRONG);
        assert_true(e->blamed >= 0 && e->blamed < 8);
        assert_true(e->blamed != CORVO && e->blamed != BRISA);
        assert_int_equal(g->seats[e->blamed].blamed_falsely, 1);
        assert_int_equal(g->seats[CORVO].attributed, 0);
        assert_int_equal(g->seats[BRISA].evidence[e->blamed], 1);
        assert_int_equal(g->seats[BRISA].evidence[CORVO], 0);
        fx_close(f);
    }
}

/* R37: evidence counts up to three pieces: with eight pieces held and
 * 250 a piece, p_right is 750, not 2000, so some attributions miss. */
static void r37_evidence_counts_at_most_three_pieces(void **state)
{
    (void)state;
    int right = 0, games = 40;
    for (uint64_t seed = 1; seed <= (uint64_t)games; seed++) {
        struct fx *f = fx_covert_game_seeded(seed);
        fx_covert_sure(f);
        fx_seen(f);
        fx_attrib_unknown(f);
        f->pub.cat.rules.attrib_evidence = 250;
        f->g.seats[AMBER].evidence[BASALT] = 8;
        fx_submit1(f, fx_ot(f, ORD_INTERCEPT, BASALT, AMBER));
        fx_resolve(f);
        right += fx_ev(f, EV_DETECTED)->outcome == ATTR_RIGHT;
        fx_close(f);
    }
    assert_in_range(right, 1, games - 1);
}

/* R38: a detected operation gives its victim a private report and makes
 * a public incident: incidents + 1, the victim holds one more piece of
 * evidence against (and counts one more operation of) whom it blamed, the
 * culprit's operation is blown and, if rightly attributed, counted
 * against it. An operation on mission HQ has no victim's report. */
static void r38_detected_operation_makes_a_public_incident(void **state)
{
    (void)state;
    struct fx *f = fx_covert_game();
    struct game *g = &f->g;
    fx_covert_sure(f);
    fx_seen(f);
    fx_attrib_right(f);
    fx_submit1(f, fx_ot(f, ORD_INTERCEPT, BASALT, AMBER));
    fx_resolve(f);
    const struct event *e = fx_ev(f, EV_DETECTED);
    assert_int_equal(e->audience, AUDIENCE_SEAT(AMBER));
    assert_int_equal(e->target, AMBER);
    assert_int_equal(e->order, ORD_INTERCEPT);
    assert_int_equal(e->blamed, BASALT);
    e = fx_ev(f, EV_INCIDENT);
    assert_int_equal(e->audience, AUDIENCE_PUBLIC);
    assert_int_equal(e->target, AMBER);
    assert_int_equal(e->order, ORD_INTERCEPT);
    assert_int_equal(e->blamed, BASALT);
    assert_int_equal(e->actor, -1);
    assert_int_equal(fx_covert_of(f, BASALT)->blamed, BASALT);
    assert_int_equal(g->incidents, 1);
    assert_int_equal(g->seats[AMBER].detected_against, 1);
    assert_int_equal(g->seats[AMBER].evidence[BASALT], 1);
    assert_int_equal(g->seats[AMBER].times_victim[BASALT], 1);
    assert_int_equal(g->seats[BASALT].blown, 1);
    assert_int_equal(g->seats[BASALT].attributed, 1);
    assert_int_equal(g->last_attacker[AMBER], BASALT);
    assert_int_equal(g->last_attack_turn[AMBER], 1);
    /* on mission HQ: a public incident only */
    fx_submit1(f, fx_o(f, ORD_INTRUDE, AMBER));
    fx_resolve(f);
    assert_int_equal(fx_count(f, EV_DETECTED), 0);
    e = fx_ev(f, EV_INCIDENT);
    assert_int_equal(e->target, TARGET_HQ);
    assert_int_equal(e->blamed, AMBER);
    assert_int_equal(g->incidents, 2);
    assert_int_equal(g->seats[AMBER].attributed, 1);
    fx_close(f);
}

/* R39: an incident blamed on a seat costs it trust_victim of the victim's
 * trust and trust_others_min..max of every other seat's (trust stays
 * within 0..100); an unattributed incident costs no trust. */
static void r39_incident_costs_trust(void **state)
{
    (void)state;
    struct fx *f = fx_eight_game();
    struct game *g = &f->g;
    fx_covert_sure(f);
    fx_seen(f);
    fx_attrib_right(f);
    f->pub.cat.rules.trust_victim = 20;
    f->pub.cat.rules.trust_others_min = f->pub.cat.rules.trust_others_max = 7;
    g->seats[AUREL].trust[CORVO] = 3;
    fx_submit1(f, fx_ot(f, ORD_INTERCEPT, CORVO, BRISA));
    fx_resolve(f);
    assert_int_equal(g->seats[BRISA].trust[CORVO], 30);     /* 50 - 20 */
    assert_int_equal(g->seats[AUREL].trust[CORVO], 0);      /* 3 - 7, clamped */
    for (int i = DELM; i < g->nseats; i++)
        assert_int_equal(g->seats[i].trust[CORVO], 43);     /* 50 - 7 */
    for (int j = 0; j < g->nseats; j++)
        if (j != CORVO)
            assert_int_equal(g->seats[CORVO].trust[j], 50);
    assert_int_equal(fx_count(f, EV_TRUST), 7);
    const struct event *e = fx_find(f, EV_TRUST, AUREL, CORVO);
    assert_non_null(e);
    assert_int_equal(e->a, -3);
    assert_int_equal(e->b, 0);
    assert_int_equal(e->audience, AUDIENCE_PUBLIC);
    /* a range: every bystander loses 5..10 */
    f->pub.cat.rules.trust_others_min = 5;
    f->pub.cat.rules.trust_others_max = 10;
    for (int i = 0; i < g->nseats; i++)
        g->seats[i].trust[CORVO] = 50;
    fx_submit1(f, fx_ot(f, ORD_INTERCEPT, CORVO, BRISA));
    fx_resolve(f);
    for (int i = 0; i < g->nseats; i++)
        if (i != CORVO && i != BRISA)
            assert_in_range(g->seats[i].trust[CORVO], 40, 45);
    fx_close(f);
}

static void r39_unknown_culprit_costs_no_trust(void **state)
{
    (void)state;
    struct fx *f = fx_covert_game();
    fx_covert_sure(f);
    fx_seen(f);
    fx_attrib_unknown(f);
    fx_submit1(f, fx_ot(f, ORD_INTERCEPT, BASALT, AMBER));
    fx_resolve(f);
    assert_int_equal(f->g.incidents, 1);
    assert_int_equal(fx_ev(f, EV_INCIDENT)->blamed, -1);
    assert_int_equal(fx_count(f, EV_TRUST), 0);
    assert_int_equal(f->g.seats[AMBER].trust[BASALT], 60);
    assert_int_equal(f->g.seats[AMBER].evidence[BASALT], 0);
    fx_close(f);
}

/* R82: every turn, trust below where the scenario started it heals by
 * trust_recovery towards it, never past it; trust above it stays. */
static void r82_trust_heals_towards_its_start(void **state)
{
    (void)state;
    struct fx *f = fx_covert_game();
    struct game *g = &f->g;
    f->pub.cat.rules.trust_recovery = 10;
    f->sc->seats[AMBER].trust[BASALT] = 60;
    f->sc->seats[BASALT].trust[AMBER] = 40;
    g->seats[AMBER].trust[BASALT] = 45;
    g->seats[BASALT].trust[AMBER] = 70;
    fx_resolve(f);
    assert_int_equal(g->seats[AMBER].trust[BASALT], 55);
    assert_int_equal(g->seats[BASALT].trust[AMBER], 70);
    fx_resolve(f);
    assert_int_equal(g->seats[AMBER].trust[BASALT], 60);     /* not past 60 */
    fx_resolve(f);
    assert_int_equal(g->seats[AMBER].trust[BASALT], 60);
    fx_close(f);
}

/* R87: burden sharing - a contingent that ran no mandate operation and
 * made no contribution this turn loses trust_idle of every other's trust;
 * one that worked loses nothing. */
static void r87_idle_contingents_lose_trust(void **state)
{
    (void)state;
    struct fx *f = fx_covert_game();
    struct game *g = &f->g;
    f->pub.cat.rules.trust_idle = 6;
    g->seats[AMBER].trust[BASALT] = 50;
    g->seats[BASALT].trust[AMBER] = 50;
    /* Basalt patrols where it stands; Amber gives no orders */
    int sector = -1;
    for (int s = 0; s < g->nsectors && sector < 0; s++)
        if (g->sectors[s].deployed & (1u << BASALT))
            sector = s;
    assert_true(sector >= 0);
    fx_submit1(f, fx_os(f, ORD_PATROL, BASALT, sector));
    fx_resolve(f);
    assert_int_equal(g->seats[BASALT].trust[AMBER], 44);   /* 50 - 6 */
    assert_int_equal(g->seats[AMBER].trust[BASALT], 50);
    /* a contribution counts as work too */
    fx_submit1(f, fx_level(f, ORD_SHARE, AMBER, 2));
    fx_submit1(f, fx_os(f, ORD_PATROL, BASALT, sector));
    fx_resolve(f);
    assert_int_equal(g->seats[BASALT].trust[AMBER], 44);
    fx_close(f);
}

/* R40: a successful false flag names a contingent; false flags resolve
 * before other covert operations; the next detected operation against a
 * victim other than the named one is blamed on it, unless the victim sees
 * through it (chance p_right/2), and the flag is spent. */
static void false_flag_rules(struct fx *f)
{
    struct rules *r = &f->pub.cat.rules;
    fx_covert_sure(f);
    r->detect_base = r->detect_per_ci = r->detect_failed = 0;
    r->detect_min = 0;
    r->detect_max = 1000;
    f->pub.cat.orders[ORD_FALSE_FLAG].detect_mod = -1000;   /* never seen */
    f->pub.cat.orders[ORD_INTERCEPT].detect_mod = 1000;     /* always seen */
    fx_attrib_unknown(f);
}

static void r40_false_flag_blames_the_named_contingent(void **state)
{
    (void)state;
    struct fx *f = fx_eight_game();
    struct game *g = &f->g;
    false_flag_rules(f);
    /* the flag is listed after the operation, yet resolves first */
    struct order o[] = { fx_ot(f, ORD_INTERCEPT, CORVO, BRISA), fx_ot(f, ORD_FALSE_FLAG, CORVO, AUREL) };
    fx_submit(f, CORVO, o, 2);
    fx_resolve(f);
    const struct event *e = fx_ev(f, EV_DETECTED);
    assert_int_equal(e->blamed, AUREL);
    assert_int_equal(e->outcome, ATTR_WRONG);
    assert_int_equal(fx_ev(f, EV_INCIDENT)->blamed, AUREL);
    assert_int_equal(g->seats[AUREL].blamed_falsely, 1);
    assert_int_equal(g->seats[CORVO].attributed, 0);
    assert_int_equal(g->seats[CORVO].false_flag, -1);
    assert_int_equal(g->seats[BRISA].trust[AUREL], 30);
    assert_int_equal(g->seats[BRISA].trust[CORVO], 50);
    /* spent: the next detected operation is unattributed */
    fx_submit1(f, fx_ot(f, ORD_INTERCEPT, CORVO, BRISA));
    fx_resolve(f);
    assert_int_equal(fx_ev(f, EV_DETECTED)->outcome, ATTR_UNKNOWN);
    fx_close(f);
}

static void r40_false_flag_waits_for_the_next_detected_operation(void **state)
{
    (void)state;
    struct fx *f = fx_eight_game();
    struct game *g = &f->g;
    false_flag_rules(f);
    f->pub.cat.orders[ORD_INTERCEPT].detect_mod = -1000;
    fx_submit1(f, fx_ot(f, ORD_FALSE_FLAG, CORVO, AUREL));
    fx_resolve(f);
    assert_int_equal(g->seats[CORVO].false_flag, AUREL);
    fx_submit1(f, fx_ot(f, ORD_INTERCEPT, CORVO, BRISA));   /* unseen */
    fx_resolve(f);
    assert_int_equal(g->seats[CORVO].false_flag, AUREL);
    f->pub.cat.orders[ORD_INTERCEPT].detect_mod = 1000;
    fx_submit1(f, fx_ot(f, ORD_INTERCEPT, CORVO, BRISA));
    fx_resolve(f);
    assert_int_equal(fx_ev(f, EV_DETECTED)->blamed, AUREL);
    assert_int_equal(g->seats[CORVO].false_flag, -1);
    fx_close(f);
}

static void r40_false_flag_seen_through(void **state)
{
    (void)state;
    struct fx *f = fx_eight_game();
    struct game *g = &f->g;
    false_flag_rules(f);
    fx_attrib_right(f);          /* p_right 1000 + 500*2 = 2000: /2 = 1000 */
    struct order o[] = { fx_ot(f, ORD_FALSE_FLAG, CORVO, AUREL), fx_ot(f, ORD_INTERCEPT, CORVO, BRISA) };
    fx_submit(f, CORVO, o, 2);
    fx_resolve(f);
    const struct event *e = fx_ev(f, EV_DETECTED);
    assert_int_equal(e->blamed, CORVO);
    assert_int_equal(e->outcome, ATTR_RIGHT);
    assert_int_equal(g->seats[CORVO].false_flag, -1);
    assert_int_equal(g->seats[AUREL].blamed_falsely, 0);
    fx_close(f);
}

static void r40_false_flag_cannot_name_the_victim(void **state)
{
    (void)state;
    struct fx *f = fx_eight_game();
    struct game *g = &f->g;
    false_flag_rules(f);
    struct order o[] = { fx_ot(f, ORD_FALSE_FLAG, CORVO, BRISA), fx_ot(f, ORD_INTERCEPT, CORVO, BRISA) };
    fx_submit(f, CORVO, o, 2);
    fx_resolve(f);
    assert_int_equal(fx_ev(f, EV_DETECTED)->outcome, ATTR_UNKNOWN);
    assert_int_equal(g->seats[CORVO].false_flag, BRISA);   /* kept for another victim */
    fx_close(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(r33_covert_odds_follow_the_formula),
        cmocka_unit_test(r33_resolution_uses_the_formula_on_the_true_state),
        cmocka_unit_test(r34_detection_follows_the_formula),
        cmocka_unit_test(r35_posture_counts_harden_and_compartment),
        cmocka_unit_test(r35_mission_hq_defends_with_network_security),
        cmocka_unit_test(r36_roll_against_the_odds_is_reported),
        cmocka_unit_test(r36_failed_operation_has_no_effect),
        cmocka_unit_test(r37_attribution_right_with_ci_or_evidence),
        cmocka_unit_test(r37_wrong_attribution_names_a_third_seat),
        cmocka_unit_test(r37_evidence_counts_at_most_three_pieces),
        cmocka_unit_test(r38_detected_operation_makes_a_public_incident),
        cmocka_unit_test(r39_incident_costs_trust),
        cmocka_unit_test(r39_unknown_culprit_costs_no_trust),
        cmocka_unit_test(r82_trust_heals_towards_its_start),
        cmocka_unit_test(r87_idle_contingents_lose_trust),
        cmocka_unit_test(r40_false_flag_blames_the_named_contingent),
        cmocka_unit_test(r40_false_flag_waits_for_the_next_detected_operation),
        cmocka_unit_test(r40_false_flag_seen_through),
        cmocka_unit_test(r40_false_flag_cannot_name_the_victim),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
