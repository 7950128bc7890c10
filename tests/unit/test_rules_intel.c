/* test_rules_intel.c - rules catalogue (tests/RULES.md), groups K to N:
 * dossiers (assets/RULES.md section 5: noisy, ageing intelligence), national
 * scores and the mandate outcome (section 6), views (section 7), and the
 * names the data files use for the engine's enumerations. */
#include "rules_fixture.h"

/* Two seats with known state (see test_rules_covert.c). */
static struct fx *intel_game(uint64_t seed)
{
    struct fx *f = fx_load(FX_TWO);
    f->sc->turns = 8;
    f->sc->seats[AMBER].ap = 4;
    f->sc->seats[BASALT].ap = 5;
    f->sc->success_avg = 65;
    f->sc->success_min = 25;
    f->sc->partial_avg = 45;
    f->sc->collapse_floor = 20;
    struct game *g = fx_start(f, seed);
    int amber[CAP_COUNT] = { 2, 3, 2, 1, 1, 2, 2 };
    int basalt[CAP_COUNT] = { 3, 1, 1, 3, 4, 1, 3 };
    memcpy(g->seats[AMBER].caps, amber, sizeof amber);
    memcpy(g->seats[BASALT].caps, basalt, sizeof basalt);
    g->seats[AMBER].comms = 45;
    g->seats[BASALT].comms = 70;
    g->seats[AMBER].influence = 0;
    g->seats[BASALT].influence = 0;
    g->seats[AMBER].trust[BASALT] = 0;
    g->seats[BASALT].trust[AMBER] = 0;
    g->seats[AMBER].nobjectives = 0;
    g->seats[BASALT].nobjectives = 0;
    g->sectors[NORTH].deployed = 1u << AMBER;
    g->sectors[MILL].deployed = 1u << AMBER | 1u << BASALT;
    g->sectors[SOUTH].deployed = 1u << BASALT;
    g->net_security = 50;
    return f;
}

static void set_stability(struct game *g, int a, int b, int c)
{
    g->sectors[NORTH].stability = a;
    g->sectors[MILL].stability = b;
    g->sectors[SOUTH].stability = c;
}

/* --- K. Dossiers ---------------------------------------------------------------- */

/* R68: a dossier's estimates carry an error that shrinks with the quality
 * of its source: dossier_err_base/quality on large scales; on 0..5 scales
 * one point at quality 1 (a glimpse), none above; never below 0. */
static void r68_dossier_error_shrinks_with_quality(void **state)
{
    (void)state;
    for (uint64_t seed = 1; seed <= 25; seed++) {
        struct fx *f = intel_game(seed);
        struct game *g = &f->g;
        fx_covert_sure(f);
        fx_unseen(f);
        f->pub.cat.rules.dossier_err_base = 30;
        f->pub.cat.orders[ORD_INTRUDE].base = 0;       /* HQ's dossiers only */
        g->seats[AMBER].pacts = 1u << BASALT;
        g->seats[BASALT].pacts = 1u << AMBER;
        fx_give_insider(f, BASALT, AMBER, STAGE_RECRUITED, 0);
        struct order b[] = { fx_ot(f, ORD_OBSERVE, BASALT, AMBER), fx_o(f, ORD_INTRUDE, BASALT) };
        fx_submit(f, BASALT, b, 2);
        fx_resolve(f);
        const struct seat *s = &g->seats[BASALT];
        /* quality 1 (observed): procedures CI 2, share 1, AP 4; equipment 0 items */
        const struct dossier *d = &s->dos[AMBER][DOS_PROCEDURES];
        /* a recruited insider (quality 3) reported procedures after the
         * observation, the same turn: the better source stands */
        assert_int_equal(d->quality, 3);
        d = &s->dos[AMBER][DOS_EQUIPMENT];
        assert_int_equal(d->quality, 1);
        assert_int_equal(d->err, 30);
        assert_in_range(d->est[0], 0, 1);
        assert_in_range(d->est[2], 1, 3);          /* cyber 2 */
        /* quality 3 (insider): error 10; small scales exact */
        d = &s->dos[AMBER][DOS_COMMUNICATIONS];
        assert_int_equal(d->quality, 3);
        assert_int_equal(d->err, 10);
        assert_in_range(d->est[0], 35, 55);        /* comms 45 */
        assert_int_equal(d->est[1], 1);
        d = &s->dos[AMBER][DOS_CAPABILITIES];
        for (int c = 0; c < CAP_COUNT; c++)
            assert_int_equal(d->est[c], g->seats[AMBER].caps[c]);
        /* quality 2 (database): error 15 on network security 50 */
        d = &s->dos[TARGET_HQ][DOS_COMMUNICATIONS];
        assert_int_equal(d->quality, 2);
        assert_int_equal(d->err, 15);
        assert_in_range(d->est[0], 35, 65);
        /* quality 1 (the pact partner's copy): error 30 */
        d = &g->seats[AMBER].dos[TARGET_HQ][DOS_COMMUNICATIONS];
        assert_int_equal(d->quality, 1);
        assert_in_range(d->est[0], 20, 80);
        fx_close(f);
    }
}

/* R69: a dossier is fresh for dossier_max_age turns from the turn it was
 * gathered; a source of the same turn replaces it only if better, a later
 * one always. */
static void r69_dossier_ages_out_and_keeps_the_better_source(void **state)
{
    (void)state;
    struct fx *f = intel_game(1);
    struct game *g = &f->g;
    fx_covert_sure(f);
    fx_unseen(f);
    f->pub.cat.rules.dossier_max_age = 2;
    fx_give_dossier(f, BASALT, AMBER, DOS_CAPABILITIES, 1, 3);
    g->seats[BASALT].dos[AMBER][DOS_CAPABILITIES].est[0] = 9;    /* a marker */
    fx_submit1(f, fx_o(f, ORD_RETAIN, BASALT));
    fx_resolve(f);
    const struct dossier *d = &g->seats[BASALT].dos[AMBER][DOS_CAPABILITIES];
    assert_int_equal(d->quality, 3);
    assert_int_equal(d->est[0], 9);
    assert_int_equal(fx_dossiers(f, BASALT, AMBER, DOS_CAPABILITIES), 0);
    assert_int_equal(fx_dossiers(f, BASALT, AMBER, DOS_EQUIPMENT), 1);
    view_build(g, BASALT, &f->v);                     /* turn 2: age 1 */
    assert_true(view_fresh(&f->v, AMBER, DOS_CAPABILITIES));
    assert_int_equal(view_fresh_count(&f->v, AMBER), 2);
    fx_resolve(f);                                    /* turn 3: age 2 */
    view_build(g, BASALT, &f->v);
    assert_false(view_fresh(&f->v, AMBER, DOS_CAPABILITIES));
    assert_int_equal(dossier_value(g, BASALT, AMBER, DOS_CAPABILITIES), 0);
    fx_submit1(f, fx_o(f, ORD_RETAIN, BASALT));
    fx_resolve(f);
    assert_int_equal(d->turn, 3);
    assert_int_equal(d->quality, 1);
    fx_close(f);
}

/* --- L. Scoring ------------------------------------------------------------------ */

/* R70: intelligence points are the value of every fresh dossier on other
 * seats and mission HQ: weight of its category * quality * (max_age -
 * age) / max_age. */
static void r70_intel_counts_fresh_dossiers_by_value(void **state)
{
    (void)state;
    struct fx *f = intel_game(1);
    struct game *g = &f->g;
    struct rules *r = &f->pub.cat.rules;
    r->dossier_max_age = 2;
    r->weight_communications = 4;
    r->weight_capabilities = 3;
    r->weight_procedures = 2;
    r->score_intel_pct = 100;
    g->turn = 3;
    fx_give_dossier(f, AMBER, BASALT, DOS_COMMUNICATIONS, 2, 2);  /* 4*2*(2-1)/2 = 4 */
    fx_give_dossier(f, AMBER, BASALT, DOS_CAPABILITIES, 3, 3);    /* 3*3*2/2 = 9 */
    fx_give_dossier(f, AMBER, TARGET_HQ, DOS_PROCEDURES, 2, 2);   /* 2*2*1/2 = 2 */
    fx_give_dossier(f, AMBER, TARGET_HQ, DOS_EQUIPMENT, 1, 3);    /* age 2: 0 */
    fx_give_dossier(f, AMBER, AMBER, DOS_PERSONNEL, 3, 3);        /* itself: no */
    fx_give_dossier(f, AMBER, 5, DOS_PERSONNEL, 3, 3);            /* no such seat */
    assert_int_equal(dossier_value(g, AMBER, BASALT, DOS_COMMUNICATIONS), 4);
    assert_int_equal(dossier_value(g, AMBER, BASALT, DOS_CAPABILITIES), 9);
    assert_int_equal(dossier_value(g, AMBER, TARGET_HQ, DOS_EQUIPMENT), 0);
    assert_int_equal(dossier_value(g, AMBER, BASALT, DOS_PERSONNEL), 0);
    struct score sc;
    score_seat(g, AMBER, &sc);
    assert_int_equal(sc.intel, 15);
    fx_close(f);
}

/* R84: intelligence scores score_intel_pct per cent of its value. */
static void r84_intel_scores_at_its_percentage(void **state)
{
    (void)state;
    struct fx *f = intel_game(1);
    f->pub.cat.rules.score_intel_pct = 50;
    fx_give_dossier(f, AMBER, BASALT, DOS_COMMUNICATIONS, 1, 2);  /* 4*2*4/4 = 8 */
    fx_give_dossier(f, AMBER, BASALT, DOS_PERSONNEL, 1, 1);       /* 3*1*4/4 = 3 */
    struct score sc;
    score_seat(&f->g, AMBER, &sc);
    assert_int_equal(sc.intel, 5);                                /* 11*50/100 */
    fx_close(f);
}

/* R71: influence scores score_influence_pct per cent; reputation, the
 * average trust the other seats hold in the seat, scores
 * score_reputation_pct per cent. */
static void r71_influence_and_reputation_parts(void **state)
{
    (void)state;
    struct fx *f = intel_game(1);
    struct game *g = &f->g;
    f->pub.cat.rules.score_influence_pct = 50;
    f->pub.cat.rules.score_reputation_pct = 30;
    g->seats[AMBER].influence = 40;
    g->seats[BASALT].trust[AMBER] = 40;
    g->seats[AMBER].trust[BASALT] = 90;       /* Amber's own trust: not its reputation */
    struct score sc;
    score_seat(g, AMBER, &sc);
    assert_int_equal(sc.influence, 20);
    assert_int_equal(game_reputation(g, AMBER), 40);
    assert_int_equal(sc.reputation, 12);
    fx_close(f);

    f = fx_open(FX_EIGHT);
    g = &f->g;
    f->pub.cat.rules.score_reputation_pct = 30;
    for (int i = 1; i < g->nseats; i++)
        g->seats[i].trust[AUREL] = 50;
    g->seats[BRISA].trust[AUREL] = 57;
    assert_int_equal(game_reputation(g, AUREL), 51);   /* (6*50 + 57)/7 = 51 */
    score_seat(g, AUREL, &sc);
    assert_int_equal(sc.reputation, 15);               /* 51*30/100 */
    view_build(g, CORVO, &f->v);
    assert_int_equal(f->v.c[AUREL].reputation, 51);
    assert_int_equal(f->v.trust[BRISA][AUREL], 57);
    fx_close(f);
}

/* R72: a secret objective scores its points when it holds, by kind:
 * dossiers_on (fresh categories on the target >= value), insider_in (a
 * recruited insider in the target), influence >= value, sector_stable
 * (the sector's stability >= value), clean_hands (no operation rightly
 * attributed), centralisation_at_least / _at_most, backdoor_live (an
 * undiscovered backdoor of one's own), trusted_by (the target's trust
 * >= value). */
static int holds(struct fx *f, int kind, int target, int sector, int value)
{
    int k = fx_objective(f, AMBER, kind, target, sector, value, 10);
    return objective_done(&f->g, AMBER, k);
}

static void r72_objectives_of_every_kind(void **state)
{
    (void)state;
    struct fx *f = intel_game(1);
    struct game *g = &f->g;
    struct seat *a = &g->seats[AMBER];
    fx_give_dossier(f, AMBER, BASALT, DOS_EQUIPMENT, 1, 1);
    assert_false(holds(f, OBJ_DOSSIERS_ON, BASALT, -1, 2));
    fx_give_dossier(f, AMBER, BASALT, DOS_PERSONNEL, 1, 1);
    assert_true(holds(f, OBJ_DOSSIERS_ON, BASALT, -1, 2));
    assert_false(holds(f, OBJ_DOSSIERS_ON, -1, -1, 0));

    fx_give_insider(f, AMBER, BASALT, STAGE_DEVELOPED, 0);
    assert_false(holds(f, OBJ_INSIDER_IN, BASALT, -1, 0));
    a->ins[0].stage = STAGE_RECRUITED;
    assert_true(holds(f, OBJ_INSIDER_IN, BASALT, -1, 0));

    a->influence = 29;
    assert_false(holds(f, OBJ_INFLUENCE, -1, -1, 30));
    a->influence = 30;
    assert_true(holds(f, OBJ_INFLUENCE, -1, -1, 30));

    g->sectors[NORTH].stability = 54;
    assert_false(holds(f, OBJ_SECTOR_STABLE, -1, NORTH, 55));
    g->sectors[NORTH].stability = 55;
    assert_true(holds(f, OBJ_SECTOR_STABLE, -1, NORTH, 55));
    assert_false(holds(f, OBJ_SECTOR_STABLE, -1, -1, 0));

    assert_true(holds(f, OBJ_CLEAN_HANDS, -1, -1, 0));
    a->attributed = 1;
    assert_false(holds(f, OBJ_CLEAN_HANDS, -1, -1, 0));

    g->centralisation = 1;
    assert_false(holds(f, OBJ_CENTRALISATION, -1, -1, 2));
    assert_true(holds(f, OBJ_DECENTRALISED, -1, -1, 1));
    g->centralisation = 2;
    assert_true(holds(f, OBJ_CENTRALISATION, -1, -1, 2));
    assert_false(holds(f, OBJ_DECENTRALISED, -1, -1, 1));

    fx_give_equipment(f, BASALT, 1, 0);
    assert_false(holds(f, OBJ_BACKDOOR_LIVE, -1, -1, 0));
    int mine = fx_give_equipment(f, AMBER, 1, 0);
    assert_true(holds(f, OBJ_BACKDOOR_LIVE, -1, -1, 0));
    g->eq[mine].discovered = 1;
    assert_false(holds(f, OBJ_BACKDOOR_LIVE, -1, -1, 0));

    g->seats[BASALT].trust[AMBER] = 49;
    assert_false(holds(f, OBJ_TRUSTED_BY, BASALT, -1, 50));
    g->seats[BASALT].trust[AMBER] = 50;
    assert_true(holds(f, OBJ_TRUSTED_BY, BASALT, -1, 50));
    assert_false(holds(f, OBJ_TRUSTED_BY, -1, -1, 0));
    assert_false(holds(f, OBJ_COUNT, -1, -1, 0));          /* no such kind */

    /* the score adds the points of those that hold */
    int objs[] = { fx_objective(f, AMBER, OBJ_INFLUENCE, -1, -1, 30, 10),
                   fx_objective(f, AMBER, OBJ_CLEAN_HANDS, -1, -1, 0, 15),
                   fx_objective(f, AMBER, OBJ_TRUSTED_BY, BASALT, -1, 50, 20) };
    fx_set_objectives(f, AMBER, objs, 3);
    struct score sc;
    score_seat(g, AMBER, &sc);
    assert_int_equal(sc.objectives, 30);
    assert_int_equal(sc.done[0], 1);
    assert_int_equal(sc.done[1], 0);
    assert_int_equal(sc.done[2], 1);
    view_build(g, AMBER, &f->v);
    assert_int_equal(f->v.nobjectives, 3);
    assert_int_equal(f->v.objectives[1].done, 0);
    assert_int_equal(f->v.objectives[2].done, 1);
    fx_close(f);
}

/* R73: each operation rightly attributed to the seat costs
 * score_attributed_penalty, each time it was wrongly blamed
 * score_false_blame_penalty; the sum before the factor is at least 0. */
static void r73_attributed_and_falsely_blamed_operations_cost_points(void **state)
{
    (void)state;
    struct fx *f = intel_game(1);
    struct game *g = &f->g;
    f->pub.cat.rules.score_attributed_penalty = 12;
    f->pub.cat.rules.score_false_blame_penalty = 6;
    set_stability(g, 70, 70, 70);
    g->seats[AMBER].influence = 40;               /* 20 */
    g->seats[BASALT].trust[AMBER] = 40;           /* 12 */
    g->seats[AMBER].attributed = 2;
    g->seats[AMBER].blamed_falsely = 1;
    struct score sc;
    score_seat(g, AMBER, &sc);
    assert_int_equal(sc.penalties, 30);           /* 2*12 + 6 */
    assert_int_equal(sc.raw, 2);                  /* 20 + 12 - 30 */
    g->seats[AMBER].attributed = 3;
    score_seat(g, AMBER, &sc);
    assert_int_equal(sc.penalties, 42);
    assert_int_equal(sc.raw, 0);
    assert_int_equal(sc.total, 0);
    fx_close(f);
}

/* R74: the national score is the sum times the mandate factor
 * (factor_success, _partial, _failure per mille) of the outcome now, or
 * of the game's end; the winner has the highest score, the lower seat on
 * a tie. */
static void r74_mandate_factor_scales_the_score(void **state)
{
    (void)state;
    struct fx *f = intel_game(1);
    struct game *g = &f->g;
    g->seats[AMBER].influence = 40;
    g->seats[BASALT].trust[AMBER] = 40;           /* raw 20 + 12 = 32 */
    struct score sc;
    set_stability(g, 70, 70, 70);
    score_seat(g, AMBER, &sc);
    assert_int_equal(sc.raw, 32);
    assert_int_equal(sc.factor, 1000);
    assert_int_equal(sc.total, 32);
    set_stability(g, 50, 50, 50);
    score_seat(g, AMBER, &sc);
    assert_int_equal(sc.factor, 750);
    assert_int_equal(sc.total, 24);
    set_stability(g, 30, 30, 30);
    score_seat(g, AMBER, &sc);
    assert_int_equal(sc.factor, 400);
    assert_int_equal(sc.total, 12);               /* 32*400/1000 = 12.8 */
    set_stability(g, 70, 70, 70);
    g->phase = PHASE_ENDED;
    g->outcome = OUT_FAILURE;                     /* it ended in failure */
    score_seat(g, AMBER, &sc);
    assert_int_equal(sc.factor, 400);
    fx_close(f);
}

static void r74_winner_is_highest_total_lowest_index_on_tie(void **state)
{
    (void)state;
    struct fx *f = intel_game(1);
    struct game *g = &f->g;
    set_stability(g, 70, 70, 70);
    assert_int_equal(score_winner(g), AMBER);     /* 0 and 0 */
    g->seats[BASALT].influence = 10;
    assert_int_equal(score_winner(g), BASALT);
    g->seats[AMBER].influence = 10;
    assert_int_equal(score_winner(g), AMBER);
    g->seats[AMBER].attributed = 1;
    assert_int_equal(score_winner(g), BASALT);
    fx_close(f);
}

/* R75: the mandate succeeds when average stability >= success_avg and no
 * sector is below success_min; is partial when the average >=
 * partial_avg; fails otherwise, and always after a collapse. */
static void r75_mandate_outcome_thresholds(void **state)
{
    (void)state;
    struct fx *f = intel_game(1);
    struct game *g = &f->g;
    set_stability(g, 70, 70, 70);
    assert_int_equal(game_mandate_outcome(g), OUT_SUCCESS);
    set_stability(g, 65, 65, 65);
    assert_int_equal(game_mandate_outcome(g), OUT_SUCCESS);
    set_stability(g, 90, 90, 24);                 /* average 68, but 24 < 25 */
    assert_int_equal(game_mandate_outcome(g), OUT_PARTIAL);
    set_stability(g, 90, 90, 25);
    assert_int_equal(game_mandate_outcome(g), OUT_SUCCESS);
    set_stability(g, 45, 45, 45);
    assert_int_equal(game_mandate_outcome(g), OUT_PARTIAL);
    set_stability(g, 44, 45, 45);                 /* 134/3 = 44 */
    assert_int_equal(game_mandate_outcome(g), OUT_FAILURE);
    set_stability(g, 70, 70, 70);
    g->collapsed = 1;
    assert_int_equal(game_mandate_outcome(g), OUT_FAILURE);
    assert_string_equal(outcome_name(OUT_PARTIAL), "partial");
    fx_close(f);
}

/* --- M. Views ------------------------------------------------------------------ */

/* R76: a seat's view holds its own state, orders, objectives and
 * injects, the public state, and only the events addressed to it or to
 * all; others' hidden equipment flags, injects and reports are absent. */
static void r76_seat_view_holds_only_what_it_may_know(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_TWO);
    f->sc->turns = 8;
    int k = fx_inject(f, "for_basalt", TRIG_TURN, 2, -1, 0, BASALT);
    struct game *g = fx_start(f, 1);
    struct view *v = &f->v;
    fx_covert_sure(f);
    fx_unseen(f);
    g->seats[BASALT].caps[CAP_SIGINT] = 3;
    int bd = fx_give_equipment(f, BASALT, 1, 0);
    fx_give_equipment(f, BASALT, 0, 0);
    fx_submit1(f, fx_ot(f, ORD_INTERCEPT, BASALT, AMBER));
    fx_resolve(f);
    view_build(g, AMBER, v);
    assert_int_equal(v->seat, AMBER);
    assert_int_equal(v->turn, 2);
    assert_int_equal(v->me.comms, g->seats[AMBER].comms);
    assert_int_equal(v->eq[bd].supplier, BASALT);
    assert_int_equal(v->eq[bd].backdoor, 0);
    assert_int_equal(v->c[BASALT].supplied, 2);
    assert_int_equal(v->ninjects, 0);
    for (int e = 0; e < v->nevents; e++) {
        assert_true(v->events[e].audience & (AUDIENCE_PUBLIC | AUDIENCE_SEAT(AMBER)));
        assert_true(v->events[e].kind != EV_COVERT && v->events[e].kind != EV_DOSSIER);
    }
    assert_true(v->nevents > 0);
    view_build(g, BASALT, v);
    assert_int_equal(v->eq[bd].backdoor, 1);
    assert_int_equal(v->ninjects, 1);
    assert_int_equal(v->injects[0].index, k);
    int covert = 0;
    for (int e = 0; e < v->nevents; e++)
        covert += v->events[e].kind == EV_COVERT;
    assert_int_equal(covert, 1);
    /* own orders, not others' */
    fx_submit1(f, fx_os(f, ORD_PATROL, AMBER, NORTH));
    view_build(g, BASALT, v);
    assert_int_equal(v->norders, 0);
    assert_int_equal(v->confirmed, 0);
    view_build(g, AMBER, v);
    assert_int_equal(v->norders, 1);
    assert_int_equal(v->orders[0].kind, ORD_PATROL);
    assert_int_equal(v->confirmed, 1);
    /* a discovered backdoor is public */
    g->eq[bd].discovered = 1;
    view_build(g, AMBER, v);
    assert_int_equal(v->eq[bd].backdoor, 1);
    assert_int_equal(v->eq[bd].discovered, 1);
    fx_close(f);
}

/* R77: the facilitator's view is the whole truth, as plain data: every
 * event, inject and backdoor; and in its fview every seat's own state,
 * objectives, orders, score and tallies, and the true culprits. It has no
 * seat of its own. */
static void r77_facilitator_view_sees_everything(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_TWO);
    fx_inject(f, "for_basalt", TRIG_TURN, 1, -1, 0, BASALT);
    struct game *g = fx_start(f, 1);
    struct view *v = &f->v;
    fx_covert_sure(f);
    fx_unseen(f);
    int bd = fx_give_equipment(f, BASALT, 1, 0);
    fx_submit1(f, fx_ot(f, ORD_OBSERVE, BASALT, AMBER));
    fx_resolve(f);
    view_build(g, VIEW_FACILITATOR, v);
    assert_int_equal(v->seat, VIEW_FACILITATOR);
    assert_int_equal(v->eq[bd].backdoor, 1);
    assert_int_equal(v->nevents, g->nevents);
    assert_memory_equal(v->events, g->events, sizeof(struct event) * (size_t)g->nevents);
    assert_int_equal(v->me.comms, 0);
    assert_int_equal(v->nobjectives, 0);
    /* the fview: its public part is that view, then every seat */
    int obj = fx_objective(f, AMBER, OBJ_INFLUENCE, -1, -1, 5, 7);
    g->seats[AMBER].objectives[0] = obj;
    g->seats[AMBER].nobjectives = 1;
    g->seats[AMBER].influence = 9;
    g->seats[BASALT].comms = 37;
    g->last_attacker[AMBER] = BASALT;
    g->last_attack_turn[AMBER] = 1;
    fx_submit1(f, fx_os(f, ORD_PATROL, AMBER, NORTH));
    struct fview *fv = calloc(1, sizeof *fv);
    assert_non_null(fv);
    view_build_facilitator(g, fv);
    view_build(g, VIEW_FACILITATOR, v);
    assert_memory_equal(&fv->pub_part, v, sizeof *v);
    assert_int_equal(fv->seats[BASALT].self.comms, 37);
    assert_int_equal(fv->seats[AMBER].nobjectives, 1);
    assert_int_equal(fv->seats[AMBER].objectives[0].points, 7);
    assert_int_equal(fv->seats[AMBER].objectives[0].done, 1);
    assert_int_equal(fv->seats[AMBER].norders, 1);
    assert_int_equal(fv->seats[AMBER].orders[0].kind, ORD_PATROL);
    assert_int_equal(fv->seats[AMBER].confirmed, 1);
    assert_int_equal(fv->seats[BASALT].confirmed, 0);
    assert_int_equal(fv->seats[BASALT].tallies.ops_run, g->seats[BASALT].ops_run);
    assert_true(fv->seats[BASALT].tallies.ops_run > 0);
    struct score sc;
    score_seat(g, AMBER, &sc);
    assert_memory_equal(&fv->seats[AMBER].score, &sc, sizeof sc);
    assert_int_equal(fv->winner, score_winner(g));
    assert_int_equal(fv->last_attacker[AMBER], BASALT);
    assert_int_equal(fv->last_attack_turn[AMBER], 1);
    free(fv);
    fx_close(f);

    f = fx_load(FX_TWO);
    fx_inject(f, "for_basalt", TRIG_TURN, 1, -1, 0, BASALT);
    g = fx_start(f, 1);
    view_build(g, VIEW_FACILITATOR, &f->v);
    assert_int_equal(f->v.ninjects, 1);
    fx_close(f);
}

/* R78: public reports name no culprit beyond whom the victim blamed: an
 * incident has no actor and does not say whether its blame is right; a
 * blown insider names its holder only to the holder; the answer to a
 * private inject stays with its audience. */
static void r78_public_reports_name_only_the_blamed(void **state)
{
    (void)state;
    struct fx *f = intel_game(1);
    struct game *g = &f->g;
    struct view *v = &f->v;
    fx_attrib_unknown(f);
    f->pub.cat.rules.sweep_base = 1000;
    fx_give_insider(f, BASALT, AMBER, STAGE_DEVELOPED, 0);
    fx_submit1(f, fx_o(f, ORD_SWEEP, AMBER));
    fx_resolve(f);
    const struct event *t = fx_ev(f, EV_INSIDER_BLOWN);
    assert_int_equal(t->blamed, -1);
    assert_int_equal(t->outcome, ATTR_UNKNOWN);
    view_build(g, AMBER, v);
    int seen = 0;
    for (int e = 0; e < v->nevents; e++)
        if (v->events[e].kind == EV_INSIDER_BLOWN) {
            seen++;
            assert_int_equal(v->events[e].actor, -1);
            assert_int_equal(v->events[e].blamed, -1);
        }
    assert_int_equal(seen, 1);
    view_build(g, BASALT, v);         /* the holder knows its own network */
    for (int e = 0; e < v->nevents; e++)
        if (v->events[e].kind == EV_INSIDER_BLOWN)
            assert_int_equal(v->events[e].actor, BASALT);
    fx_close(f);

    /* incidents never carry the true culprit */
    f = intel_game(1);
    g = &f->g;
    fx_covert_sure(f);
    fx_seen(f);
    fx_attrib_unknown(f);
    fx_submit1(f, fx_ot(f, ORD_INTERCEPT, BASALT, AMBER));
    fx_resolve(f);
    assert_int_equal(fx_ev(f, EV_INCIDENT)->actor, -1);
    assert_int_equal(fx_ev(f, EV_INCIDENT)->blamed, -1);
    assert_int_equal(fx_ev(f, EV_DETECTED)->actor, -1);
    fx_close(f);

    /* a seat sees whom the victim blamed, never whether it is right */
    f = intel_game(1);
    g = &f->g;
    fx_covert_sure(f);
    fx_seen(f);
    fx_attrib_right(f);
    fx_submit1(f, fx_ot(f, ORD_INTERCEPT, BASALT, AMBER));
    fx_resolve(f);
    assert_int_equal(fx_ev(f, EV_INCIDENT)->outcome, ATTR_RIGHT);   /* the truth */
    for (int s = 0; s < g->nseats; s++) {
        view_build(g, s, &f->v);
        for (int e = 0; e < f->v.nevents; e++) {
            const struct event *ve = &f->v.events[e];
            if (ve->kind != EV_INCIDENT && ve->kind != EV_DETECTED)
                continue;
            assert_int_equal(ve->blamed, BASALT);
            assert_true(ve->outcome != ATTR_RIGHT && ve->outcome != ATTR_WRONG);
        }
    }
    fx_close(f);

    /* a private inject's answer */
    f = fx_load(FX_TWO);
    int k = fx_inject(f, "offer", TRIG_TURN, 1, -1, 0, AMBER);
    fx_choice_effect(f, k, 0, fx_effect(EFF_INFLUENCE, AMBER, -1, -1, 1));
    fx_choice_effect(f, k, 1, fx_effect(EFF_INFLUENCE, AMBER, -1, -1, 2));
    g = fx_start(f, 1);
    fx_submit1(f, fx_answer(f, AMBER, k, 1));
    fx_resolve(f);
    assert_non_null(fx_nth(f, EV_INJECT_CHOICE, 0));
    view_build(g, BASALT, &f->v);
    for (int e = 0; e < f->v.nevents; e++)
        assert_true(f->v.events[e].kind != EV_INJECT_CHOICE);
    view_build(g, AMBER, &f->v);
    int answers = 0;
    for (int e = 0; e < f->v.nevents; e++)
        answers += f->v.events[e].kind == EV_INJECT_CHOICE;
    assert_int_equal(answers, 1);
    fx_close(f);
}

/* R79: the odds a seat sees before confirming come from its own fresh
 * estimates (CI from procedures, else capabilities; comms from
 * communications), else from the figures the other contingents declared
 * at deployment (a guess, R88), and from public network security for
 * mission HQ; posture is unknown. */
static void r79_seat_odds_use_its_own_estimates(void **state)
{
    (void)state;
    struct fx *f = intel_game(1);
    struct game *g = &f->g;
    struct view *v = &f->v;
    struct odds od;
    struct odds_estimate est;
    struct order o = fx_ot(f, ORD_INTERCEPT, BASALT, AMBER);
    view_build(g, BASALT, v);
    view_estimate(v, &o, &est);
    view_odds(v, &o, &od);
    /* no dossier: Amber as declared (the only other contingent): CI 2,
     * comms 45: 20 + 11 = 31: 350 + 300 - 310 = 340, a guess */
    assert_int_equal(od.defence10, 31);
    assert_int_equal(od.success, 340);
    assert_int_equal(est.mid.success, 340);
    assert_true(est.guess);
    assert_int_equal(est.ci_src, SRC_PUBLISHED);
    assert_int_equal(est.comms_src, SRC_PUBLISHED);
    struct odds truth;
    game_odds(g, &o, &truth);
    assert_int_equal(truth.success, 340);        /* Amber's true comms 45: 31 */
    fx_give_dossier(f, BASALT, AMBER, DOS_PROCEDURES, 1, 2);
    g->seats[BASALT].dos[AMBER][DOS_PROCEDURES].est[0] = 2;
    fx_give_dossier(f, BASALT, AMBER, DOS_COMMUNICATIONS, 1, 2);
    g->seats[BASALT].dos[AMBER][DOS_COMMUNICATIONS].est[0] = 80;
    view_build(g, BASALT, v);
    view_odds(v, &o, &od);
    view_estimate(v, &o, &est);
    /* 20 + 20 = 40: 350 + 300 - 400 + 80 (fresh communications) = 330 */
    assert_int_equal(od.success, 330);
    assert_int_equal(od.mods[MOD_DOSSIER], 80);
    assert_false(est.guess);
    assert_int_equal(est.ci_src, SRC_DOSSIER);
    assert_int_equal(est.comms_src, SRC_DOSSIER);
    g->seats[BASALT].dos[AMBER][DOS_PROCEDURES].turn = -1;
    fx_give_dossier(f, BASALT, AMBER, DOS_CAPABILITIES, 1, 2);
    g->seats[BASALT].dos[AMBER][DOS_CAPABILITIES].est[CAP_COUNTERINTEL] = 2;
    g->seats[BASALT].dos[AMBER][DOS_COMMUNICATIONS].est[0] = 40;
    view_build(g, BASALT, v);
    view_odds(v, &o, &od);
    assert_int_equal(od.success, 430);           /* 20 + 10 = 30, and +80 */
    g->net_security = 20;                        /* HQ: CI 1, comms 20 */
    g->seats[AMBER].caps[CAP_CYBER] = 2;
    struct order in = fx_o(f, ORD_INTRUDE, AMBER);
    view_build(g, AMBER, v);
    view_odds(v, &in, &od);
    view_estimate(v, &in, &est);
    assert_int_equal(od.success, 350);           /* 350 + 200 - 150 - 50 */
    assert_false(est.guess);                     /* public: no range */
    assert_int_equal(est.lo, 350);
    assert_int_equal(est.hi, 350);
    assert_int_equal(est.floor, 350);
    fx_close(f);
}

/* --- N. Names ---------------------------------------------------------------------- */

/* R80: every enumeration has one name in the data files, and a name leads
 * back to its value; anything else is "?" or -1. */
static void r80_every_enum_has_one_json_name(void **state)
{
    (void)state;
    for (int i = 0; i < CAP_COUNT; i++)
        assert_int_equal(capability_from_name(capability_name(i)), i);
    for (int i = 0; i < DOS_COUNT; i++)
        assert_int_equal(dossier_from_name(dossier_name(i)), i);
    for (int i = 0; i < FEAT_COUNT; i++)
        assert_int_equal(feature_from_name(feature_name(i)), i);
    for (int i = 0; i < ORD_COUNT; i++) {
        assert_int_equal(order_from_name(order_name(i)), i);
        assert_true(order_family(i) >= 0 && order_family(i) < FAM_COUNT);
        assert_true(order_target_kind(i) >= 0 && order_target_kind(i) < TK_COUNT);
    }
    for (int i = 0; i < OBJ_COUNT; i++)
        assert_int_equal(objective_from_name(objective_name(i)), i);
    for (int i = 0; i < EFF_COUNT; i++)
        assert_int_equal(effect_from_name(effect_name(i)), i);
    for (int i = 0; i < TRIG_COUNT; i++)
        assert_int_equal(trigger_from_name(trigger_name(i)), i);
    assert_string_equal(order_name(ORD_INTERCEPT), "intercept");
    assert_string_equal(family_name(FAM_COVERT), "covert");
    assert_string_equal(target_kind_name(TK_SECTOR_SEAT), "sector+contingent");
    assert_string_equal(stage_name(STAGE_RECRUITED), "recruited");
    assert_string_equal(attribution_name(ATTR_WRONG), "wrong");
    assert_string_equal(implant_name(IMP_TAP), "comms_tap");
    assert_string_equal(event_name(EV_INSIDER_BLOWN), "insider_blown");
    assert_string_equal(order_name(ORD_COUNT), "?");
    assert_string_equal(capability_name(-1), "?");
    assert_string_equal(event_name(EV_COUNT), "?");
    assert_int_equal(order_from_name("teleport"), -1);
    assert_int_equal(order_from_name(NULL), -1);
    assert_int_equal(order_family(ORD_COUNT), -1);
    assert_int_equal(order_target_kind(-1), -1);
    assert_int_equal(order_is_public(ORD_COUNT), 0);
    assert_int_equal(order_is_public(ORD_AUDIT), 1);
    assert_int_equal(order_is_public(ORD_OBSERVE), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(r68_dossier_error_shrinks_with_quality),
        cmocka_unit_test(r69_dossier_ages_out_and_keeps_the_better_source),
        cmocka_unit_test(r70_intel_counts_fresh_dossiers_by_value),
        cmocka_unit_test(r84_intel_scores_at_its_percentage),
        cmocka_unit_test(r71_influence_and_reputation_parts),
        cmocka_unit_test(r72_objectives_of_every_kind),
        cmocka_unit_test(r73_attributed_and_falsely_blamed_operations_cost_points),
        cmocka_unit_test(r74_mandate_factor_scales_the_score),
        cmocka_unit_test(r74_winner_is_highest_total_lowest_index_on_tie),
        cmocka_unit_test(r75_mandate_outcome_thresholds),
        cmocka_unit_test(r76_seat_view_holds_only_what_it_may_know),
        cmocka_unit_test(r77_facilitator_view_sees_everything),
        cmocka_unit_test(r78_public_reports_name_only_the_blamed),
        cmocka_unit_test(r79_seat_odds_use_its_own_estimates),
        cmocka_unit_test(r80_every_enum_has_one_json_name),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
