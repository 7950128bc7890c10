/* test_sim.c - the summary of a batch of AI games (session/sim.h) and its
 * JSON (store/sim_json.h, issue 10): means are rounded in integers with
 * their sign; the JSON is one line that cJSON reads back to the model's
 * numbers, with the 64-bit seed exact and any text escaped. Issue 14: a
 * batch spread over threads sums to the same model as on one, and a
 * shard's JSON reads back to its model exactly; a session used again
 * plays the game a fresh one plays. */
#include "helpers.h"

#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "data/save.h"
#include "session/session.h"
#include "session/sim.h"
#include "core/score.h"
#include "session/sim_run.h"
#include "store/sim_json.h"

static void sim_mean_should_round_half_away_from_zero_with_its_sign(void **state)
{
    (void)state;
    static const struct {
        long sum, n;
        int decimals;
        const char *want;
    } cases[] = {
        {0, 0, 2, "0.00"},   {5, 0, 1, "0.0"},  {5, 2, 2, "2.50"},   {1, 3, 2, "0.33"},
        {2, 3, 2, "0.67"},   {-5, 2, 2, "-2.50"}, {-35, 10, 1, "-3.5"}, {7, 2, 0, "4"},
        {1234, 100, 2, "12.34"}, {1, 8, 2, "0.13"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[32];
        assert_string_equal(sim_mean(buf, sizeof buf, cases[i].sum, cases[i].n, cases[i].decimals),
                            cases[i].want);
    }
}

/* The number at key of o, which must be one. */
static double number(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    assert_true(cJSON_IsNumber(v));
    return v->valuedouble;
}

/* A bundle of scenario loaded, a session and a batch's sums: what most
 * tests here start from. */
struct kit {
    struct bundle *b;
    struct session *s;
    struct sim *m;
    struct errlist *e;
};

static void kit_open(struct kit *k, const char *scenario)
{
    k->b = calloc(1, sizeof *k->b);
    k->s = malloc(sizeof *k->s);
    k->m = malloc(sizeof *k->m);
    k->e = malloc(sizeof *k->e);
    assert_true(k->b && k->s && k->m && k->e);
    errlist_init(k->e);
    assert_true(bundle_load(k->b, scenario, k->e));
}

static void kit_close(struct kit *k)
{
    bundle_free(k->b);
    free(k->b);
    free(k->s);
    free(k->m);
    free(k->e);
}

static void sim_json_should_read_back_to_the_model(void **state)
{
    (void)state;
    struct kit k;
    kit_open(&k, "lakeland");
    struct bundle *b = k.b;
    struct session *s = k.s;
    struct sim *m = k.m;
    const uint64_t seed = UINT64_MAX - 1;    /* a double would round it */
    sim_init(m, b->sc, &b->ps, seed);
    for (int gi = 0; gi < 3; gi++) {
        session_init(s, b->sc, &b->pub, &b->ps, seed + (uint64_t)gi);
        while (s->g.phase == PHASE_ORDERS) {
            session_ai_all(s);
            session_resolve(s);
            sim_turn(m, s);
        }
        sim_game(m, s);
        session_free(s);
    }
    /* text that must be escaped: a quote, a backslash, a line break */
    strcpy(b->sc->seats[0].id, "a\"b\\c\nd");
    char *text = sim_json(m);
    assert_non_null(text);
    size_t n = strlen(text);
    assert_true(n > 2 && text[n - 1] == '\n' && !memchr(text, '\n', n - 1));
    assert_non_null(strstr(text, "\"seed\": 18446744073709551614, "));
    assert_non_null(strstr(text, "{\"scenario\": \"lakeland\", \"games\": 3, "));

    cJSON *root = cJSON_ParseWithOpts(text, NULL, 1);
    assert_non_null(root);
    assert_int_equal(number(root, "games"), 3);
    const cJSON *md = cJSON_GetObjectItemCaseSensitive(root, "mandate");
    assert_int_equal(number(md, "success") + number(md, "partial") + number(md, "failure"), 3);
    assert_int_equal(number(root, "detections"), m->detections);
    const cJSON *cs = cJSON_GetObjectItemCaseSensitive(root, "contingents");
    assert_int_equal(cJSON_GetArraySize(cs), b->sc->nseats);
    const cJSON *c0 = cJSON_GetArrayItem(cs, 0);
    assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(c0, "id")),
                        "a\"b\\c\nd");
    for (int i = 0; i < b->sc->nseats; i++) {
        const cJSON *c = cJSON_GetArrayItem(cs, i);
        char want[32];
        sim_mean(want, sizeof want, m->seat[i].score, m->seat[i].seats, 2);
        assert_true(strtod(want, NULL) == number(c, "mean_score"));
        assert_int_equal(number(c, "wins"), m->seat[i].wins);
        assert_int_equal(number(c, "covert_ops"), m->seat[i].covert_total);
        assert_int_equal(number(c, "operations_exposed"), m->seat[i].exposed);
    }
    /* the means keep two decimals in the text, as documented */
    assert_non_null(strstr(text, "\"mean_final_stability\": "));
    const char *msv = strstr(text, "\"mean_final_stability\": ") + 24;
    const char *dot = strchr(msv, '.');
    assert_true(dot && dot[1] >= '0' && dot[1] <= '9' && dot[2] >= '0' && dot[2] <= '9' &&
                dot[3] == ',');
    cJSON_Delete(root);
    free(text);
    kit_close(&k);
}

/* The sums of a and b are the same (who played each seat included). */
static void assert_same_sums(const struct sim *a, const struct sim *b)
{
    assert_int_equal(a->games, b->games);
    assert_memory_equal(a->outcome, b->outcome, sizeof a->outcome);
    assert_int_equal(a->final_stability, b->final_stability);
    assert_memory_equal(a->covert, b->covert, sizeof a->covert);
    assert_int_equal(a->detections, b->detections);
    assert_memory_equal(a->attrib, b->attrib, sizeof a->attrib);
    assert_memory_equal(a->seat, b->seat, sizeof a->seat);
    assert_memory_equal(a->pers, b->pers, sizeof a->pers);
    assert_memory_equal(a->level, b->level, sizeof a->level);
    assert_memory_equal(a->seat_p, b->seat_p, sizeof a->seat_p);
    assert_memory_equal(a->seat_level, b->seat_level, sizeof a->seat_level);
}

static void count_tick(void *ctx, long done)
{
    (void)done;
    ++*(int *)ctx;
}

static void sim_run_should_give_the_same_sums_for_any_jobs_and_shards(void **state)
{
    (void)state;
    struct bundle *b = calloc(1, sizeof *b);
    struct sim *one = calloc(1, sizeof *one), *many = calloc(1, sizeof *many);
    struct sim *back = calloc(1, sizeof *back);
    struct errlist *e = malloc(sizeof *e);
    assert_true(b && one && many && back && e);
    errlist_init(e);
    assert_true(bundle_load(b, "lakeland", e));
    struct sim_setup st = {b->sc, &b->pub, &b->ps, 77, 1, {2}, {&b->ps.p[0]}, {AI_NOVICE}};
    sim_init(one, b->sc, &b->ps, 77);
    assert_true(sim_run(one, &st, 0, 13, 1, NULL));
    int ticks = 0;
    struct sim_watch w = {count_tick, &ticks, 1};
    sim_init(many, b->sc, &b->ps, 77);
    assert_true(sim_run(many, &st, 0, 13, 4, &w));
    assert_true(ticks >= 1);
    assert_int_equal(one->games, 13);
    assert_ptr_equal(one->seat_p[2], &b->ps.p[0]);
    assert_int_equal(one->seat_level[2], AI_NOVICE);
    assert_same_sums(one, many);

    /* the shards of the batch, each through its JSON, add up to it */
    struct sim *sum = calloc(1, sizeof *sum);
    assert_non_null(sum);
    sim_init(sum, b->sc, &b->ps, 77);
    for (int k = 1; k <= 3; k++) {
        struct sim_shard sh = {k, 3, 13}, got = {0};
        long lo, hi;
        sim_shard_range(&sh, &lo, &hi);
        sim_init(many, b->sc, &b->ps, 77);
        assert_true(sim_run(many, &st, lo, hi, 2, NULL));
        char *text = sim_json_shard(many, &sh);
        assert_non_null(text);
        char err[256];
        sim_init(back, b->sc, &b->ps, 0);
        assert_true(sim_json_read(text, strlen(text), "t.json", back, &got, err, sizeof err));
        assert_int_equal(got.index, k);
        assert_int_equal(got.of, 3);
        assert_int_equal(got.games_total, 13);
        assert_true(back->seed == 77);
        assert_same_sums(many, back);
        sim_add(sum, back);
        free(text);
    }
    assert_same_sums(one, sum);
    bundle_free(b);
    free(b);
    free(one);
    free(many);
    free(back);
    free(sum);
    free(e);
}

/* Issue 14: a batch plays its games one after another in one session
 * (session_again), whose AI view buffer keeps what the last game's last
 * build left - here an eight-seat game's views with their texts - and a
 * build clears only that. Each game is still the one a fresh session
 * plays: the same orders every week, the same end, and the AI's last
 * view the same byte for byte. */
static void a_session_used_again_should_play_the_game_a_fresh_one_plays(void **state)
{
    (void)state;
    static const char *const first[] = {MANDATE_ASSETS "/../tests/fixtures/eight_seats.json",
                                        "lakeland", MANDATE_ASSETS "/../tests/fixtures/two_seats.json"};
    struct bundle *b = calloc(1, sizeof *b), *prev = calloc(1, sizeof *prev);
    struct session *used = malloc(sizeof *used), *fresh = malloc(sizeof *fresh);
    struct errlist *e = malloc(sizeof *e);
    assert_true(b && prev && used && fresh && e);
    errlist_init(e);
    assert_true(bundle_load(b, "lakeland", e));
    for (size_t k = 0; k < sizeof first / sizeof first[0]; k++) {
        assert_true(bundle_load(prev, first[k], e));
        session_init(used, prev->sc, &prev->pub, &prev->ps, 40 + k);
        session_keep_history(used);          /* views with every text */
        session_play_out(used);
        session_free(used);
        for (int gi = 0; gi < 3; gi++) {
            uint64_t seed = 900 + (uint64_t)(k * 10 + (size_t)gi);
            session_again(used, b->sc, &b->pub, &b->ps, seed);
            session_lean(used, 0);
            session_play_out(used);
            session_init(fresh, b->sc, &b->pub, &b->ps, seed);
            session_lean(fresh, 0);
            session_play_out(fresh);
            assert_int_equal(used->rec.nturns, fresh->rec.nturns);
            for (int t = 0; t < fresh->rec.nturns; t++)
                assert_memory_equal(&used->rec.turns[t], &fresh->rec.turns[t],
                                    sizeof fresh->rec.turns[t]);
            assert_true(game_checksum(&used->g) == game_checksum(&fresh->g));
            assert_memory_equal(&used->ai_view, &fresh->ai_view, sizeof fresh->ai_view);
        }
        bundle_free(prev);
    }
    bundle_free(b);
    free(b);
    free(prev);
    free(used);
    free(fresh);
    free(e);
}

/* sim_game scores each seat once and finds the winner from those scores:
 * its wins are score_winner's (issue 14: it scored every seat twice). */
static void sim_wins_should_be_score_winners(void **state)
{
    (void)state;
    struct kit k;
    kit_open(&k, MANDATE_ASSETS "/../tests/fixtures/eight_seats.json");
    struct bundle *b = k.b;
    struct session *s = k.s;
    struct sim *m = k.m;
    struct sim_setup st = {b->sc, &b->pub, &b->ps, 5, 0, {0}, {NULL}, {0}};
    long want[MAX_SEATS] = {0};
    sim_init(m, b->sc, &b->ps, 5);
    for (long gi = 0; gi < 12; gi++) {
        sim_play(m, s, &st, gi, SIM_LEAN | (gi ? SIM_AGAIN : 0));
        want[score_winner(&s->g)]++;
        session_free(s);
    }
    for (int i = 0; i < MAX_SEATS; i++)
        assert_int_equal(m->seat[i].wins, want[i]);
    kit_close(&k);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sim_mean_should_round_half_away_from_zero_with_its_sign),
        cmocka_unit_test(sim_json_should_read_back_to_the_model),
        cmocka_unit_test(sim_run_should_give_the_same_sums_for_any_jobs_and_shards),
        cmocka_unit_test(a_session_used_again_should_play_the_game_a_fresh_one_plays),
        cmocka_unit_test(sim_wins_should_be_score_winners),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
