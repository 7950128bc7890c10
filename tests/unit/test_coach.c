/* test_coach.c - the coach of a coached scenario (issue 13): the tutorial
 * opens its orders week by week, as its coach teaches them; an order not
 * taught yet is refused with the week it opens in, for every kind of
 * seat (the AI's games only ever hold opened orders); a scenario without
 * a coach opens everything; the coach reaches a networked seat whole; a
 * broken coach is refused with its path; and the events that show the
 * coach whether a try was tried. */
#include "helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/coach.h"
#include "core/game.h"
#include "core/personality.h"
#include "core/pub.h"
#include "core/submit.h"
#include "core/view.h"
#include "core/world.h"
#include "data/data.h"
#include "data/save.h"
#include "data/wire.h"
#include "session/host.h"
#include "session/session.h"
#include "world_rig.h"

#define TUTORIAL MANDATE_ASSETS "/scenarios/tutorial.json"
#define LAKELAND MANDATE_ASSETS "/scenarios/lakeland.json"
/* the tutorial as it was before its coach: every order open in week 1 */
#define UNCOACHED MANDATE_ASSETS "/../tests/fixtures/tutorial_before_coach.json"


/* issue 13: every order was open from week 1 of the tutorial. */
static void tutorial_should_refuse_an_order_its_coach_has_not_taught(void **state)
{
    (void)state;
    struct world *w = world_load(TUTORIAL);
    struct session *s = malloc(sizeof *s);
    assert_non_null(s);
    session_init(s, w->sc, &w->pub, &w->ps, 5);
    int alvar = scenario_seat_index(w->sc, "alvar"), brenn = scenario_seat_index(w->sc, "brenn");
    int ford = scenario_sector_index(w->sc, "ford");
    struct order obs = order_make(ORD_OBSERVE, alvar, 1);
    obs.sector = obs.level = obs.inject = -1;
    obs.target = (int8_t)brenn;
    char why[256];
    assert_false(game_check_orders(&s->g, alvar, &obs, 1, why, sizeof why));
    assert_string_equal(why, "order 1: Observe is not taught yet: it opens in week 2 "
                             "(Collection by proximity)");
    struct order patrol = order_make(ORD_PATROL, alvar, 1);
    patrol.sector = (int8_t)ford;
    patrol.target = patrol.level = patrol.inject = -1;
    assert_true(game_check_orders(&s->g, alvar, &patrol, 1, why, sizeof why));
    /* week 2 opens it: the same order, a week on, is legal */
    session_ai_all(s);
    session_resolve(s);
    assert_int_equal(s->g.turn, 2);
    obs.turn = 2;
    assert_true(game_check_orders(&s->g, alvar, &obs, 1, why, sizeof why));
    /* and the insider, taught last, still is not */
    struct order ins = obs;
    ins.kind = ORD_INSIDER;
    assert_false(game_check_orders(&s->g, alvar, &ins, 1, why, sizeof why));
    assert_non_null(strstr(why, "opens in week 6 (Insiders)"));
    session_free(s);
    free(s);
    world_free(w);
}

/* The tutorial's weeks open its six ideas in order, each once; every
 * order is open by the last week; answers to injects are always open. */
static void tutorial_coach_should_open_one_idea_a_week(void **state)
{
    (void)state;
    struct world *w = world_load(TUTORIAL);
    const struct coach *c = &w->pub.coach;
    assert_int_equal(c->nweeks, 6);
    static const char *const ideas[] = { "The mandate", "Collection by proximity",
                                         "Counter-intelligence", "The mission network",
                                         "Equipment", "Insiders" };
    for (int i = 0; i < 6; i++)
        assert_string_equal(c->weeks[i].idea, ideas[i]);
    assert_int_equal(coach_opens_in(c, ORD_PATROL), 1);
    assert_int_equal(coach_opens_in(c, ORD_OBSERVE), 2);
    assert_int_equal(coach_opens_in(c, ORD_SWEEP), 3);
    assert_int_equal(coach_opens_in(c, ORD_SHARE), 4);
    assert_int_equal(coach_opens_in(c, ORD_BACKDOOR), 5);
    assert_int_equal(coach_opens_in(c, ORD_INSIDER), 6);
    assert_int_equal(coach_opens_in(c, ORD_RESPOND), 1);
    for (int k = 0; k < ORD_COUNT; k++)
        assert_true(coach_is_open(c, k, 6));
    /* a turn past the coach's weeks keeps its last gate */
    assert_ptr_equal(coach_week_of(c, 9), &c->weeks[5]);
    world_free(w);
}

static void uncoached_scenario_should_open_every_order_from_week_1(void **state)
{
    (void)state;
    struct world *w = world_load(LAKELAND);
    assert_int_equal(w->pub.coach.nweeks, 0);
    for (int k = 0; k < ORD_COUNT; k++)
        assert_true(coach_is_open(&w->pub.coach, k, 1));
    assert_null(coach_week_of(&w->pub.coach, 1));
    world_free(w);
}

/* Every kind of AI seat (the scenario's personalities, random, expert)
 * gives only orders the coach has opened; and they do use each week's
 * new orders once open. */
static void ai_seats_should_give_only_opened_orders(void **state)
{
    (void)state;
    struct world *w = world_load(TUTORIAL);
    struct session *s = malloc(sizeof *s);
    assert_non_null(s);
    const struct personality *rnd = personality_find(&w->ps, "random");
    assert_non_null(rnd);
    int given = 0, new_in_week[MAX_TURNS + 1] = { 0 };
    for (int gi = 0; gi < 40; gi++) {
        session_init(s, w->sc, &w->pub, &w->ps, 100 + (uint64_t)gi);
        for (int i = 0; i < s->g.nseats; i++) {
            if (gi % 2)
                s->ctl[i].p = rnd;
            if (gi % 3 == 0)
                s->ctl[i].level = AI_EXPERT;
        }
        while (s->g.phase == PHASE_ORDERS) {
            session_ai_all(s);
            for (int i = 0; i < s->g.nseats; i++)
                for (int k = 0; k < s->g.norders[i]; k++) {
                    int kind = s->g.orders[i][k].kind;
                    assert_true(coach_is_open(&w->pub.coach, kind, s->g.turn));
                    given++;
                    if (coach_opens_in(&w->pub.coach, kind) == s->g.turn && s->g.turn > 1)
                        new_in_week[s->g.turn]++;
                }
            session_resolve(s);
        }
        session_free(s);
    }
    assert_true(given > 40 * 6);
    for (int t = 2; t <= 6; t++)
        assert_true(new_in_week[t] > 0);
    free(s);
    world_free(w);
}

/* A networked seat gets the coach with the book, and so the same gate. */
static void coach_should_cross_the_wire_whole(void **state)
{
    (void)state;
    struct world *w = world_load(TUTORIAL);
    char *text = wire_pub_encode(&w->pub);
    assert_non_null(text);
    struct pub *back = malloc(sizeof *back);
    assert_non_null(back);
    char err[WIRE_ERR];
    int ok = wire_pub_decode(text, strlen(text), back, err);
    if (!ok)
        print_message("# %s\n", err);
    assert_true(ok);
    assert_memory_equal(&back->coach, &w->pub.coach, sizeof back->coach);
    free(back);
    free(text);
    world_free(w);
}

/* The tutorial's text with `from` replaced by `to`, parsed: the errors. */
static int parse_changed(const char *from, const char *to, struct errlist *e)
{
    size_t len;
    errlist_init(e);
    char *text = data_read_file(TUTORIAL, &len, e);
    assert_non_null(text);
    char *at = strstr(text, from);
    assert_non_null(at);
    size_t fl = strlen(from), tl = strlen(to);
    char *out = malloc(len - fl + tl + 1);
    assert_non_null(out);
    memcpy(out, text, (size_t)(at - text));
    memcpy(out + (at - text), to, tl);
    memcpy(out + (at - text) + tl, at + fl, len - (size_t)(at - text) - fl + 1);
    struct scenario *sc = data_parse_scenario(out, strlen(out), "tut.json", e);
    free(sc);
    free(out);
    free(text);
    return sc != NULL;
}

static void expect_error(const char *from, const char *to, const char *line)
{
    struct errlist *e = malloc(sizeof *e);
    assert_non_null(e);
    assert_false(parse_changed(from, to, e));
    int found = 0;
    for (int i = 0; i < e->n; i++)
        found |= strcmp(e->line[i], line) == 0;
    if (!found)
        for (int i = 0; i < e->n; i++)
            print_message("# got: %s\n", e->line[i]);
    assert_true(found);
    free(e);
}

static void broken_coach_should_be_refused_with_its_path(void **state)
{
    (void)state;
    expect_error("\"opens\": [\n        \"observe\"", "\"opens\": [\n        \"patrol\"",
                 "tut.json: coach[1].opens: opens an order an earlier week opened");
    expect_error("\"opens\": [\n        \"observe\"", "\"opens\": [\n        \"obsrve\"",
                 "tut.json: coach[1].opens[0]: \"obsrve\" is no order nor family of orders");
    expect_error("\"tries\": [\n        \"cultivate_insider\"",
                 "\"tries\": [\n        \"respond_inject\"",
                 "tut.json: coach[5].tries: asks to try an order that leaves no trace the "
                 "coach can check");
    expect_error("\"tries\": [\n        \"observe\"", "\"tries\": [\n        \"cultivate_insider\"",
                 "tut.json: coach[1].tries: asks to try an order not open by week 2");
    expect_error("\"turns\": 6", "\"turns\": 5",
                 "tut.json: coach: 6 weeks of coaching in a game of 5");
    expect_error("\"idea\": \"Equipment\"", "\"idea\": \"Equipment\", \"hint\": 1",
                 "tut.json: coach[4]: unknown key \"hint\"");
}

/* The events that show the coach a try: the seat's own operations and
 * the changes its orders caused - never another seat's order it read. */
static void coach_should_see_a_try_in_the_seats_own_events(void **state)
{
    (void)state;
    struct event e = { 0 };
    e.kind = EV_COVERT;
    e.actor = 1;
    e.order = ORD_OBSERVE;
    e.cause = CAUSE_NONE;
    assert_int_equal(coach_event_order(&e, 1), ORD_OBSERVE);
    assert_int_equal(coach_event_order(&e, 0), -1);
    e.kind = EV_ORDERS_READ;       /* seat 1 read another's Observe */
    assert_int_equal(coach_event_order(&e, 1), -1);
    e.kind = EV_COMMS;
    e.actor = 1;
    e.order = -1;
    e.cause = CAUSE_ORDER;
    e.cause_seat = 1;
    e.cause_arg = ORD_HARDEN;
    assert_int_equal(coach_event_order(&e, 1), ORD_HARDEN);
    e.kind = EV_SWEEP;
    e.cause = CAUSE_NONE;
    assert_int_equal(coach_event_order(&e, 1), ORD_SWEEP);
}

/* An AI game of scenario played out, saved to path and loaded again with
 * every week's checksum verified; 1 when it loads. first_week_covert: set
 * to 1 when some seat gave a covert order in week 1. */
static int saved_game_loads(const char *scenario, const char *path, int *first_week_covert)
{
    struct bundle b;
    struct errlist e;
    errlist_init(&e);
    assert_true(bundle_load(&b, scenario, &e));
    struct session *s = malloc(sizeof *s);
    assert_non_null(s);
    session_init(s, b.sc, &b.pub, &b.ps, 77);
    session_play_out(s);
    const struct record *r = session_record(s);
    *first_week_covert = 0;
    for (int i = 0; i < r->nseats; i++)
        for (int k = 0; k < r->turns[0].norders[i]; k++)
            *first_week_covert |= order_family(r->turns[0].orders[i][k].kind) == FAM_COVERT;
    assert_true(save_write(path, r, &b, &e));
    session_free(s);
    free(s);
    bundle_free(&b);
    struct host *h = host_load(path, HOST_LOAD_VERIFY, NULL, &e);
    for (int i = 0; i < e.n; i++)
        print_message("# %s\n", e.line[i]);
    int ok = h != NULL;
    host_free(h);
    unlink(path);
    return ok;
}

/* The gate is a rule of the scenario a save embeds: a coached game
 * replays to its checksums, and a game saved before the coach (covert
 * orders in week 1) still loads and replays by the scenario it embeds. */
static void saves_should_replay_under_the_gate_they_were_played_by(void **state)
{
    (void)state;
    char dir[] = "/tmp/mandate-coach.XXXXXX", path[64];
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/g.json", dir);
    int covert = 0;
    assert_true(saved_game_loads("tutorial", path, &covert));
    assert_false(covert);
    assert_true(saved_game_loads(UNCOACHED, path, &covert));
    assert_true(covert);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(tutorial_should_refuse_an_order_its_coach_has_not_taught),
        cmocka_unit_test(tutorial_coach_should_open_one_idea_a_week),
        cmocka_unit_test(uncoached_scenario_should_open_every_order_from_week_1),
        cmocka_unit_test(ai_seats_should_give_only_opened_orders),
        cmocka_unit_test(coach_should_cross_the_wire_whole),
        cmocka_unit_test(broken_coach_should_be_refused_with_its_path),
        cmocka_unit_test(coach_should_see_a_try_in_the_seats_own_events),
        cmocka_unit_test(saves_should_replay_under_the_gate_they_were_played_by),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
