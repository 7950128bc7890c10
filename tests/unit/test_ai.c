/* test_ai.c - the AI contingents: no cheating, determinism, reasons, and
 * the measured criteria of the AI issue (#4) over fixed seeds:
 *   - every scripted personality beats the random baseline's mean national
 *     score in the same seat, in at least 4 of the 5 seats;
 *   - the shadow broker runs at least 3x the covert operations of the
 *     steadfast partner; the wary guardian detects more operations against
 *     itself than any other personality;
 *   - all-steadfast games reach mandate success clearly more often than
 *     all-shadow-broker games;
 *   - expert beats novice in the same seat;
 *   - (issue 14) in the default mix every covert order is used, every seat
 *     runs covert operations and wins some games.
 * AI_GAMES=N sets the games per configuration (default 60; the figures of
 * the issue's closing note used 2000: `AI_GAMES=2000 build/tests/test_ai`). */
#include "assets.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ai/ai.h"
#include "ai/ai_int.h"
#include "master/ai_master.h"
#include "core/score.h"
#include "core/view.h"
#include "data/data.h"
#include "session/session.h"

static struct pub pub;
static struct personality_set ps;
static struct scenario *sc;
static int games = 60;

static int setup(void **state)
{
    (void)state;
    if (!(sc = assets_load(&pub, &ps, MANDATE_ASSETS "/scenarios/lakeland.json")))
        return -1;
    const char *g = getenv("AI_GAMES");
    if (g && atoi(g) > 0)
        games = atoi(g);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    free(sc);
    return 0;
}

static const struct personality *P(const char *id)
{
    const struct personality *p = personality_find(&ps, id);
    assert_non_null(p);
    return p;
}

/* Results of one configuration, per seat. */
struct result {
    double score[MAX_SEATS];
    double covert[MAX_SEATS];
    double detected[MAX_SEATS];
    int success;
    int wins[MAX_SEATS];
};

/* Plays `games` games from seed base with the given personalities and
 * levels (NULL / -1: the scenario's own, standard). */
static void run(const struct personality *const pers[MAX_SEATS], const int lv[MAX_SEATS],
                uint64_t base, struct result *r)
{
    memset(r, 0, sizeof *r);
    struct session *s = malloc(sizeof *s);
    assert_non_null(s);
    for (int gi = 0; gi < games; gi++) {
        session_init(s, sc, &pub, &ps, base + (uint64_t)gi);
        for (int i = 0; i < sc->nseats; i++) {
            if (pers && pers[i])
                s->ctl[i].p = pers[i];
            if (lv && lv[i] >= 0)
                s->ctl[i].level = lv[i];
        }
        while (s->g.phase == PHASE_ORDERS) {
            session_ai_all(s);
            for (int i = 0; i < sc->nseats; i++)
                for (int k = 0; k < s->g.norders[i]; k++)
                    r->covert[i] += order_family(s->g.orders[i][k].kind) == FAM_COVERT;
            session_resolve(s);
        }
        r->success += s->g.outcome == OUT_SUCCESS;
        r->wins[score_winner(&s->g)]++;
        for (int i = 0; i < sc->nseats; i++) {
            struct score scr;
            score_seat(&s->g, i, &scr);
            r->score[i] += scr.total;
            r->detected[i] += s->g.seats[i].detected_against;
        }
    }
    for (int i = 0; i < sc->nseats; i++) {
        r->score[i] /= games;
        r->covert[i] /= games;
        r->detected[i] /= games;
    }
    free(s);
}

static const char *const scripted[] = { "steadfast_partner", "opportunist_collector",
                                        "shadow_broker", "wary_guardian", "influence_seeker" };
#define NSCRIPTED 5

static void each_personality_beats_random_in_most_seats(void **state)
{
    (void)state;
    const struct personality *rnd = P("random");
    double base[MAX_SEATS];
    /* the random baseline in each seat, the others as the scenario has them */
    for (int seat = 0; seat < sc->nseats; seat++) {
        const struct personality *pers[MAX_SEATS] = { 0 };
        pers[seat] = rnd;
        struct result r;
        run(pers, NULL, 1000, &r);
        base[seat] = r.score[seat];
    }
    printf("# personality vs random, mean national score per seat (%d games each)\n", games);
    for (int k = 0; k < NSCRIPTED; k++) {
        const struct personality *p = P(scripted[k]);
        int beats = 0;
        printf("# %-22s", p->id);
        for (int seat = 0; seat < sc->nseats; seat++) {
            const struct personality *pers[MAX_SEATS] = { 0 };
            pers[seat] = p;
            struct result r;
            run(pers, NULL, 1000, &r);
            beats += r.score[seat] > base[seat];
            printf(" %6.1f/%-6.1f", r.score[seat], base[seat]);
        }
        printf("  beats random in %d of %d seats\n", beats, sc->nseats);
        assert_true(beats >= 4);
    }
}

/* Every personality in every seat in turn (a rotation): per personality,
 * covert operations and detections per seat-game. */
static void personalities_are_distinct(void **state)
{
    (void)state;
    double covert[NSCRIPTED] = { 0 }, detected[NSCRIPTED] = { 0 };
    for (int rot = 0; rot < NSCRIPTED; rot++) {
        const struct personality *pers[MAX_SEATS] = { 0 };
        for (int seat = 0; seat < sc->nseats; seat++)
            pers[seat] = P(scripted[(seat + rot) % NSCRIPTED]);
        struct result r;
        run(pers, NULL, 3000 + 100 * (uint64_t)rot, &r);
        for (int seat = 0; seat < sc->nseats; seat++) {
            int k = (seat + rot) % NSCRIPTED;
            covert[k] += r.covert[seat] / NSCRIPTED;
            detected[k] += r.detected[seat] / NSCRIPTED;
        }
    }
    printf("# rotation of every personality through every seat (%d games each)\n", games);
    for (int k = 0; k < NSCRIPTED; k++)
        printf("# %-22s covert ops/game %6.2f  ops detected against it/game %5.2f\n",
               scripted[k], covert[k], detected[k]);
    /* shadow broker (2) at least 3x the steadfast partner (0) */
    assert_true(covert[2] >= 3 * covert[0]);
    assert_true(covert[2] > 0);
    for (int k = 0; k < NSCRIPTED; k++)
        if (k != 3)
            assert_true(detected[3] > detected[k]);
}

static void steadfast_missions_succeed_more_than_shadow_missions(void **state)
{
    (void)state;
    const struct personality *all_s[MAX_SEATS], *all_b[MAX_SEATS];
    for (int i = 0; i < MAX_SEATS; i++) {
        all_s[i] = P("steadfast_partner");
        all_b[i] = P("shadow_broker");
    }
    struct result rs, rb;
    run(all_s, NULL, 5000, &rs);
    run(all_b, NULL, 5000, &rb);
    printf("# mandate success: all steadfast %d/%d, all shadow broker %d/%d\n", rs.success,
           games, rb.success, games);
    assert_true(rs.success >= rb.success + games / 4);
}

static void expert_beats_novice_in_the_same_seat(void **state)
{
    (void)state;
    int better = 0;
    printf("# expert vs novice, mean national score of the seat (%d games each)\n", games);
    for (int seat = 0; seat < sc->nseats; seat++) {
        int lv[MAX_SEATS] = { -1, -1, -1, -1, -1, -1, -1, -1 };
        struct result re, rn;
        lv[seat] = AI_EXPERT;
        run(NULL, lv, 7000, &re);
        lv[seat] = AI_NOVICE;
        run(NULL, lv, 7000, &rn);
        printf("# seat %-10s expert %6.1f  novice %6.1f\n", sc->seats[seat].id, re.score[seat],
               rn.score[seat]);
        better += re.score[seat] > rn.score[seat];
    }
    assert_true(better >= sc->nseats - 1);
}

/* Hidden parts of the state that a seat's view does not hold cannot move
 * its AI: the AI sees only the view. The expert, and (issue 14) the master
 * in the first games, whose sampled worlds must come from the view alone. */
static void ai_choices_ignore_hidden_state(void **state)
{
    (void)state;
    struct session *s = malloc(sizeof *s);
    struct game *g2 = malloc(sizeof *g2);
    assert_non_null(s);
    assert_non_null(g2);
    for (int gi = 0; gi < 20; gi++) {
        session_init(s, sc, &pub, &ps, 900 + (uint64_t)gi);
        while (s->g.phase == PHASE_ORDERS) {
            for (int seat = 0; seat < sc->nseats; seat++) {
                *g2 = s->g;
                /* poison what seat cannot know about the others */
                for (int o = 0; o < sc->nseats; o++) {
                    if (o == seat)
                        continue;
                    struct seat *x = &g2->seats[o];
                    for (int c = 0; c < CAP_COUNT; c++)
                        x->caps[c] = 5 - x->caps[c];
                    x->comms = 100 - x->comms;
                    x->influence = 100 - x->influence;
                    x->nins = 0;
                    x->nimp = 0;
                    memset(x->dos, 0x7f, sizeof x->dos);
                    memset(x->evidence, 0, sizeof x->evidence);
                    x->false_flag = (int8_t)seat;
                }
                rng_seed(&g2->rng, 12345, 1);
                struct view v1, v2;
                view_build(&s->g, seat, &v1);
                view_build(g2, seat, &v2);
                struct rng r1, r2;
                rng_derive(&r1, s->g.seed, s->g.turn, seat);
                r2 = r1;
                for (int level = AI_EXPERT; level <= (gi < 6 ? AI_MASTER : AI_EXPERT); level++) {
                    struct rng q1 = r1, q2 = r2;
                    struct ai_mind m1 = s->ctl[seat].mind, m2 = s->ctl[seat].mind;
                    struct ai_choice c1[MAX_ORDERS], c2[MAX_ORDERS];
                    const struct personality *p = s->ctl[seat].p;
                    int n1 = level == AI_MASTER
                                 ? ai_master_decide(&v1, p, 0, &q1, &m1, c1, MAX_ORDERS, 1)
                                 : ai_decide(&v1, p, level, &q1, &m1, c1, MAX_ORDERS, 1);
                    int n2 = level == AI_MASTER
                                 ? ai_master_decide(&v2, p, 0, &q2, &m2, c2, MAX_ORDERS, 1)
                                 : ai_decide(&v2, p, level, &q2, &m2, c2, MAX_ORDERS, 1);
                    assert_int_equal(n1, n2);
                    for (int k = 0; k < n1; k++) {
                        assert_memory_equal(&c1[k].o, &c2[k].o, sizeof c1[k].o);
                        assert_string_equal(c1[k].reason, c2[k].reason);
                    }
                }
            }
            session_ai_all(s);
            session_resolve(s);
        }
    }
    free(g2);
    free(s);
}

/* A lean view (no inject texts) gives the same decisions, with or without
 * reasons: texts are only ever quoted, never weighed. */
/* A seat's generator and memory for this turn, twice: two decisions from
 * the same start, which must leave them alike. */
struct twin {
    struct rng r1, r2;
    struct ai_mind m1, m2;
};

static void twin_init(struct twin *t, const struct session *s, int seat)
{
    rng_derive(&t->r1, s->g.seed, s->g.turn, seat);
    t->r2 = t->r1;
    t->m1 = s->ctl[seat].mind;
    t->m2 = s->ctl[seat].mind;
}

static void twin_assert_alike(const struct twin *t)
{
    assert_memory_equal(&t->r1, &t->r2, sizeof t->r1);
    assert_memory_equal(&t->m1, &t->m2, sizeof t->m1);
}

static void ai_decides_the_same_on_a_lean_view(void **state)
{
    (void)state;
    struct session *s = malloc(sizeof *s);
    struct view *full = calloc(1, sizeof *full), *lean = calloc(1, sizeof *lean);
    assert_non_null(s);
    assert_non_null(full);
    assert_non_null(lean);
    long answers = 0;
    for (int gi = 0; gi < 30; gi++) {
        session_init(s, sc, &pub, &ps, 500 + (uint64_t)gi);
        for (int i = 0; i < sc->nseats; i++)
            s->ctl[i].level = gi % AI_LEVEL_COUNT;
        while (s->g.phase == PHASE_ORDERS) {
            for (int seat = 0; seat < sc->nseats; seat++) {
                view_build(&s->g, seat, full);
                view_build_lean(&s->g, seat, lean);
                struct twin t;
                twin_init(&t, s, seat);
                struct ai_choice c1[MAX_ORDERS], c2[MAX_ORDERS];
                int n1 = ai_decide(full, s->ctl[seat].p, s->ctl[seat].level, &t.r1, &t.m1, c1,
                                   MAX_ORDERS, 1);
                int n2 = ai_decide(lean, s->ctl[seat].p, s->ctl[seat].level, &t.r2, &t.m2, c2,
                                   MAX_ORDERS, 0);
                assert_int_equal(n1, n2);
                for (int k = 0; k < n1; k++) {
                    assert_memory_equal(&c1[k].o, &c2[k].o, sizeof c1[k].o);
                    if (c1[k].o.kind == ORD_RESPOND) {   /* the reason quotes the inject */
                        assert_non_null(strstr(c1[k].reason, sc->injects[c1[k].o.inject].title));
                        answers++;
                    }
                }
                twin_assert_alike(&t);
            }
            session_ai_all(s);
            session_resolve(s);
        }
    }
    assert_true(answers > 0);
    free(lean);
    free(full);
    free(s);
}

static void every_ai_decision_is_legal_and_has_a_reason(void **state)
{
    (void)state;
    struct session *s = malloc(sizeof *s);
    assert_non_null(s);
    for (int gi = 0; gi < 30; gi++) {
        session_init(s, sc, &pub, &ps, 200 + (uint64_t)gi);
        for (int i = 0; i < sc->nseats; i++)
            s->ctl[i].level = gi % AI_LEVEL_COUNT;
        if (gi % 5 == 4)
            s->ctl[gi % sc->nseats].p = P("random");
        while (s->g.phase == PHASE_ORDERS) {
            for (int seat = 0; seat < sc->nseats; seat++) {
                struct ai_choice ch[MAX_ORDERS];
                int n = session_ai_turn(s, seat, ch, MAX_ORDERS);
                assert_int_equal(s->g.confirmed[seat], 1);
                assert_int_equal(s->g.norders[seat], n);
                for (int k = 0; k < n; k++) {
                    assert_true(strlen(ch[k].reason) > 10);
                    if (ch[k].rule != AIR_RANDOM)
                        assert_non_null(strstr(ch[k].reason, "rule "));
                }
            }
            session_resolve(s);
        }
    }
    free(s);
}

/* Game gi of a mixed batch from seed base + gi: every personality in
 * every seat in turn, all at level gi (mod the levels). */
static void mixed_game(struct session *s, uint64_t base, int gi)
{
    static const char *const ids[] = { "shadow_broker", "opportunist_collector",
                                       "steadfast_partner", "wary_guardian",
                                       "influence_seeker" };
    session_init(s, sc, &pub, &ps, base + (uint64_t)gi);
    for (int i = 0; i < sc->nseats; i++) {
        s->ctl[i].p = P(ids[(i + gi) % 5]);
        s->ctl[i].level = gi % AI_LEVEL_COUNT;
    }
}

/* Issue 14: the AI scores a covert candidate in full (its odds) only when
 * a bound of its utility reaches the top of the greedy pass, and draws a
 * candidate's noise only then. That must give the same choices, reasons,
 * memory and generator as scoring every candidate at once - with each
 * level's own noise (a candidate's noise does not depend on which were
 * scored before it), for every personality in every seat and level. */
static void lazy_scoring_chooses_as_scoring_every_candidate(void **state)
{
    (void)state;
    struct session *s = malloc(sizeof *s);
    struct view *v = calloc(1, sizeof *v);
    assert_non_null(s);
    assert_non_null(v);
    long covert = 0;
    for (int gi = 0; gi < 30; gi++) {
        mixed_game(s, 900, gi);
        while (s->g.phase == PHASE_ORDERS) {
            for (int seat = 0; seat < sc->nseats; seat++) {
                view_build(&s->g, seat, v);
                struct twin t;
                twin_init(&t, s, seat);
                struct ai_choice c1[MAX_ORDERS], c2[MAX_ORDERS];
                const struct personality *p = s->ctl[seat].p;
                int level = s->ctl[seat].level;
                static const int spread[AI_LEVEL_COUNT] = { 450, 150, 40, 40 };
                int nz = spread[level];
                int n1 = ai_decide_at(v, p, level, &t.r1, &t.m1, c1, MAX_ORDERS, 1, nz, 0);
                int n2 = ai_decide_at(v, p, level, &t.r2, &t.m2, c2, MAX_ORDERS, 1, nz, 1);
                assert_int_equal(n1, n2);
                for (int k = 0; k < n1; k++) {
                    assert_memory_equal(&c1[k].o, &c2[k].o, sizeof c1[k].o);
                    assert_int_equal(c1[k].utility, c2[k].utility);
                    assert_string_equal(c1[k].reason, c2[k].reason);
                    covert += order_family(c1[k].o.kind) == FAM_COVERT;
                }
                twin_assert_alike(&t);
            }
            session_ai_all(s);
            session_resolve(s);
        }
    }
    print_message("# %ld covert orders chosen alike\n", covert);
    assert_true(covert > 100);
    free(v);
    free(s);
}

/* Issue 14: a covert candidate enters the greedy pass with a bound of its
 * utility (ai_bound: the odds at their most, the detection at its least)
 * and is settled only when that bound reaches the top. A bound below the
 * settled utility would change the choices; here every lazy candidate of
 * every seat, personality and level is settled and held to its bound
 * directly, in the seats' own views and minds over whole games. */
static void a_covert_bound_is_never_below_its_settled_utility(void **state)
{
    (void)state;
    struct session *s = malloc(sizeof *s);
    struct view *v = calloc(1, sizeof *v);
    struct ctx *c = calloc(1, sizeof *c);
    assert_non_null(s);
    assert_non_null(v);
    assert_non_null(c);
    long bounds = 0, tight = 0;
    for (int gi = 0; gi < 20; gi++) {
        mixed_game(s, 700, gi);
        while (s->g.phase == PHASE_ORDERS) {
            for (int seat = 0; seat < sc->nseats; seat++) {
                view_build(&s->g, seat, v);
                struct twin t;
                twin_init(&t, s, seat);
                memset(c, 0, sizeof *c);
                c->v = v;
                c->p = s->ctl[seat].p;
                c->level = s->ctl[seat].level == AI_MASTER ? AI_EXPERT : s->ctl[seat].level;
                c->rng = &t.r1;
                c->mind = &t.m1;
                c->limit = MAX_ORDERS;
                ai_objectives(c);
                ai_candidates(c);
                assert_true(c->lazy_ok);
                for (int i = 0; i < c->n; i++) {
                    struct cand *x = &c->cand[i];
                    if (x->lazy == LZ_EXACT)
                        continue;
                    int bound = x->utility;
                    assert_int_equal(bound, ai_bound(c, x));
                    int u = ai_settle(c, x);
                    assert_true(u <= bound);
                    bounds++;
                    tight += u == bound;
                }
            }
            session_ai_all(s);
            session_resolve(s);
        }
    }
    print_message("# %ld covert bounds held, %ld of them exact\n", bounds, tight);
    assert_true(bounds > 1000);
    free(c);
    free(v);
    free(s);
}

static void a_grudge_turns_the_ai_hard_line(void **state)
{
    (void)state;
    struct session *s = malloc(sizeof *s);
    assert_non_null(s);
    session_init(s, sc, &pub, &ps, 77);
    /* a detected, attributed operation against seat 2 by seat 0 */
    struct event *e = &s->g.events[s->g.nevents++];
    memset(e, 0, sizeof *e);
    e->kind = EV_DETECTED;
    e->target = 2;
    e->blamed = 0;
    e->actor = e->sector = e->order = -1;
    e->audience = AUDIENCE_SEAT(2);
    struct view v;
    view_build(&s->g, 2, &v);
    struct ai_mind m;
    ai_mind_init(&m);
    struct personality p = *P("wary_guardian");
    p.grudge = 90;
    struct ai_choice ch[MAX_ORDERS];
    struct rng r;
    rng_derive(&r, s->g.seed, s->g.turn, 2);
    int n = ai_decide(&v, &p, AI_STANDARD, &r, &m, ch, MAX_ORDERS, 1);
    assert_true(m.grudge[0] > 0);
    assert_int_equal(m.hardline, 1);
    int defends = 0;
    for (int k = 0; k < n; k++)
        defends |= ch[k].rule == AIR_DEFEND || ch[k].rule == AIR_RETALIATE;
    assert_true(defends);
    free(s);
}

/* Issue 14: in the default mix every covert order is used, the wary
 * guardian and the steadfast partner run covert operations of their own
 * (the partner's only after a betrayal), and every seat wins some games.
 * On the code before issue 14 nobody planted a false flag, neither the
 * guardian nor the partner ran any covert operation and Sevrana never won. */
static void every_covert_order_is_used_and_every_seat_wins(void **state)
{
    (void)state;
    struct session *s = malloc(sizeof *s);
    assert_non_null(s);
    int used[ORD_COUNT] = { 0 }, wins[MAX_SEATS] = { 0 }, covert[MAX_SEATS] = { 0 };
    for (int gi = 0; gi < games; gi++) {
        session_init(s, sc, &pub, &ps, 1 + (uint64_t)gi);
        int seen[ORD_COUNT] = { 0 };
        while (s->g.phase == PHASE_ORDERS) {
            session_ai_all(s);
            for (int i = 0; i < sc->nseats; i++)
                for (int k = 0; k < s->g.norders[i]; k++) {
                    int kind = s->g.orders[i][k].kind;
                    if (order_family(kind) != FAM_COVERT)
                        continue;
                    seen[kind] = 1;
                    covert[i]++;
                }
            session_resolve(s);
        }
        for (int k = 0; k < ORD_COUNT; k++)
            used[k] += seen[k];
        wins[score_winner(&s->g)]++;
    }
    free(s);
    printf("# default mix, %d games: games using each covert order\n#", games);
    for (int k = 0; k < ORD_COUNT; k++)
        if (order_family(k) == FAM_COVERT)
            printf(" %s %d", order_name(k), used[k]);
    printf("\n# wins and covert operations per seat:");
    for (int i = 0; i < sc->nseats; i++)
        printf(" %s %d/%d", sc->seats[i].id, wins[i], covert[i]);
    printf("\n");
    for (int k = 0; k < ORD_COUNT; k++)
        if (order_family(k) == FAM_COVERT)
            assert_true(used[k] > 0);
    for (int i = 0; i < sc->nseats; i++) {
        assert_true(wins[i] > 0);
        assert_true(covert[i] > 0);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ai_choices_ignore_hidden_state),
        cmocka_unit_test(every_ai_decision_is_legal_and_has_a_reason),
        cmocka_unit_test(ai_decides_the_same_on_a_lean_view),
        cmocka_unit_test(lazy_scoring_chooses_as_scoring_every_candidate),
        cmocka_unit_test(a_covert_bound_is_never_below_its_settled_utility),
        cmocka_unit_test(a_grudge_turns_the_ai_hard_line),
        cmocka_unit_test(steadfast_missions_succeed_more_than_shadow_missions),
        cmocka_unit_test(personalities_are_distinct),
        cmocka_unit_test(expert_beats_novice_in_the_same_seat),
        cmocka_unit_test(each_personality_beats_random_in_most_seats),
        cmocka_unit_test(every_covert_order_is_used_and_every_seat_wins),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
