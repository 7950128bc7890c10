/* test_evtext.c - issue 10, one voice per event: game/text words every
 * event in a seat's voice and in the facilitator's, with one spelling of
 * each word. A seat's line names only what the seat was told (never an
 * incident's culprit it was not told, never whether a blame was right,
 * never an inject it was not shown); the facilitator's tells all. Every
 * kind of event has words in both voices, the kinds of issue 9 (causes,
 * the sector's week, a sweep's finds) included. */
#include "helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "assets.h"
#include "core/view.h"
#include "session/session.h"
#include "text/evtext.h"
#include "text/optext.h"
#include "text/words.h"

#define TWO_SEATS MANDATE_ASSETS "/../tests/fixtures/two_seats.json"
#define LAKELAND MANDATE_ASSETS "/scenarios/lakeland.json"

enum { AMBER = 0, BASALT = 1 };

struct book {
    struct pub pub;
    struct personality_set ps;
    struct scenario *sc;
};

static int setup(void **state)
{
    struct book *b = calloc(1, sizeof *b);
    assert_non_null(b);
    b->sc = assets_load(&b->pub, &b->ps, TWO_SEATS);
    assert_non_null(b->sc);
    *state = b;
    return 0;
}

static int teardown(void **state)
{
    struct book *b = *state;
    free(b->sc);
    free(b);
    return 0;
}

static struct event ev(int kind, int actor, int target)
{
    struct event e;
    memset(&e, 0, sizeof e);
    e.kind = (uint8_t)kind;
    e.turn = 3;
    e.actor = (int8_t)actor;
    e.target = (int8_t)target;
    e.sector = 0;
    e.order = -1;
    e.blamed = -1;
    e.audience = AUDIENCE_PUBLIC;
    e.cause = CAUSE_NONE;
    e.cause_seat = -1;
    e.cause_arg = -1;
    return e;
}

static void has(const char *text, const char *needle)
{
    if (!strstr(text, needle))
        fail_msg("\"%s\" lacks \"%s\"", text, needle);
}

static void lacks(const char *text, const char *needle)
{
    if (strstr(text, needle))
        fail_msg("\"%s\" says \"%s\"", text, needle);
}

/* Fails when text names something by a fallback: an index out of range
 * ("unknown" for a seat, "?" for a sector or a word) - "culprit unknown"
 * and "cause unknown" are words, not fallbacks. */
static void names_all(const char *text)
{
    for (const char *p = text; (p = strstr(p, "unknown")); p++)
        if (!(p - text >= 8 && !strncmp(p - 8, "culprit ", 8)) &&
            !(p - text >= 6 && !strncmp(p - 6, "cause ", 6)))
            fail_msg("\"%s\" names something unknown", text);
    lacks(text, "?");
}

static void words_have_one_spelling(void **state)
{
    (void)state;
    assert_string_equal(share_name(SHARE_TACTICAL), "tactical");
    assert_int_equal(share_from_name("broad"), SHARE_BROAD);
    assert_int_equal(share_from_name("all"), -1);
    char cap[16];
    assert_string_equal(words_capital(share_name(SHARE_BROAD), cap, sizeof cap), "Broad");
    assert_string_equal(words_outcome(OUT_PARTIAL, 0), "partial success");
    assert_string_equal(words_outcome(OUT_FAILURE, 1), "failure (collapse)");
    assert_string_equal(words_outcome(OUT_SUCCESS, 0), "success");
    assert_string_equal(words_outcome(99, 0), "?");
    assert_string_equal(words_quality(2), "technical");
    assert_string_equal(words_quality(4), "?");
    assert_string_equal(words_quality(0), "?"); /* no dossier has quality 0 */
    assert_string_equal(words_implant(IMP_NONE), "?");
    assert_string_equal(words_implant(IMP_TAP), "communications tap");
    assert_string_equal(ai_rule_name(AIR_MANDATE), "carry the mandate");
    char line[64], pm[16];
    snprintf(line, sizeof line, "%d action point%s, %d action point%s, %d point%s", 1, words_s(1),
             2, words_s(2), -1, words_s(-1));
    assert_string_equal(line, "1 action point, 2 action points, -1 point");
    assert_string_equal(words_permille(625, pm, sizeof pm), "62.5");
    assert_string_equal(words_permille(-3, pm, sizeof pm), "0.0");
}

/* An incident as the engine has it: Basalt's intercept against Amber,
 * then the operation itself. */
static void incident(struct event *e, int blamed, int how)
{
    e[0] = ev(EV_INCIDENT, -1, AMBER);
    e[0].order = ORD_INTERCEPT;
    e[0].blamed = (int8_t)blamed;
    e[0].outcome = (int8_t)how;
    e[1] = ev(EV_COVERT, BASALT, AMBER);
    e[1].order = ORD_INTERCEPT;
    e[1].blamed = (int8_t)blamed;
    e[1].outcome = 1;
    e[1].audience = AUDIENCE_SEAT(BASALT);
}

static void an_incident_names_its_culprit_only_to_the_facilitator(void **state)
{
    struct book *b = *state;
    struct event all[2], e;
    char buf[400];
    incident(all, -1, ATTR_NONE);
    assert_int_equal(evtext_culprit(all, 2, 0), BASALT);
    assert_int_equal(evtext_culprit(all, 2, 1), -1);
    evtext_truth(&b->pub, NULL, &all[0], evtext_culprit(all, 2, 0), buf, sizeof buf);
    assert_string_equal(buf, "Basalt's intercept against Amber detected; nobody blamed");
    int viewers[] = {AMBER, VIEW_PUBLIC};
    for (int i = 0; i < 2; i++) {
        assert_true(view_event(&all[0], viewers[i], &e));
        assert_int_equal(evtext_seat(&b->pub, viewers[i], NULL, &e, buf, sizeof buf), EVT_ALERT);
        lacks(buf, "Basalt");
        has(buf, "culprit unknown");
    }
    assert_false(view_event(&all[1], AMBER, &e)); /* the operation is Basalt's alone */
    /* blamed rightly: the seats hear whom it was blamed on, not that it was right */
    incident(all, BASALT, ATTR_RIGHT);
    evtext_truth(&b->pub, NULL, &all[0], BASALT, buf, sizeof buf);
    has(buf, "blamed Basalt (right)");
    assert_true(view_event(&all[0], AMBER, &e));
    evtext_seat(&b->pub, AMBER, NULL, &e, buf, sizeof buf);
    assert_string_equal(buf, "INCIDENT: Intercept against us detected, blamed on Basalt.");
}

/* A seat's voice: "we" for itself, names for the others. */
static void a_seat_reads_its_own_acts_as_ours(void **state)
{
    struct book *b = *state;
    char buf[400];
    struct event e = ev(EV_COVERT, BASALT, AMBER);
    e.order = ORD_INTERCEPT;
    e.outcome = 1;
    e.a = 450, e.b = 123, e.c = 200, e.d = 50;
    e.audience = AUDIENCE_SEAT(BASALT);
    assert_int_equal(evtext_seat(&b->pub, BASALT, NULL, &e, buf, sizeof buf), EVT_BAD);
    assert_string_equal(buf, "Our Intercept on Amber: success (rolled 12.3, needed under 45.0); "
                             "DETECTED, culprit unknown (rolled 5.0, seen under 20.0)");
    evtext_line(&b->pub, BASALT, NULL, &e, -1, buf, sizeof buf);
    assert_string_equal(buf, "T3 covert: Our Intercept on Amber: success (rolled 12.3, needed "
                             "under 45.0); DETECTED, culprit unknown (rolled 5.0, seen under "
                             "20.0) [secret]");
    evtext_line(&b->pub, VIEW_FACILITATOR, NULL, &e, -1, buf, sizeof buf);
    assert_string_equal(buf, "T3 covert: Basalt's intercept against Amber succeeded (chance "
                             "450/1000, rolled 123); detected, nobody blamed [to Basalt]");
    e = ev(EV_PACT, AMBER, BASALT);
    e.a = 1;
    evtext_seat(&b->pub, BASALT, NULL, &e, buf, sizeof buf);
    assert_string_equal(buf, "Amber and us formed an intelligence-sharing pact.");
    evtext_seat(&b->pub, AMBER, NULL, &e, buf, sizeof buf);
    assert_string_equal(buf, "We and Basalt formed an intelligence-sharing pact.");
    evtext_seat(&b->pub, VIEW_PUBLIC, NULL, &e, buf, sizeof buf);
    assert_string_equal(buf, "Amber and Basalt formed an intelligence-sharing pact.");
}

/* issue 9's kinds and causes keep their words in both voices. */
static void causes_and_the_weeks_numbers_are_worded_in_both_voices(void **state)
{
    struct book *b = *state;
    char buf[400];
    struct event e = ev(EV_INFLUENCE, AMBER, -1), told;
    e.a = 6, e.b = 21;
    e.cause = CAUSE_ORDER, e.cause_seat = AMBER, e.cause_arg = ORD_COURT;
    e.audience = AUDIENCE_SEAT(AMBER);
    assert_int_equal(evtext_seat(&b->pub, AMBER, NULL, &e, buf, sizeof buf), EVT_GOOD);
    assert_string_equal(buf, "Our influence with the host +6 to 21 (our Court host government).");
    evtext_truth(&b->pub, NULL, &e, -1, buf, sizeof buf);
    assert_string_equal(buf, "Amber influence +6 -> 21; cause: Amber's court_host");
    /* a secret order's cause, as another seat sees the change it made */
    e = ev(EV_STABILITY, -1, -1);
    e.a = -2, e.b = 40;
    e.cause = CAUSE_ORDER, e.cause_seat = AMBER, e.cause_arg = ORD_RETAIN;
    assert_true(view_event(&e, BASALT, &told));
    evtext_seat(&b->pub, BASALT, NULL, &told, buf, sizeof buf);
    assert_string_equal(buf, "North Ridge: stability -2 to 40 (cause unknown to us).");
    evtext_cause(&b->pub, AMBER, NULL, &e, buf, sizeof buf);
    assert_string_equal(buf, "our Retain surveillance");
    e = ev(EV_SECTOR_WEEK, -1, -1);
    e.a = 50, e.b = 55, e.c = 2, e.d = 1;
    assert_int_equal(evtext_seat(&b->pub, AMBER, NULL, &e, buf, sizeof buf), EVT_SKIP);
    assert_string_equal(buf, "North Ridge over the week: stability 50 to 55, threat 2 to 1.");
    evtext_truth(&b->pub, NULL, &e, -1, buf, sizeof buf);
    assert_string_equal(buf, "North Ridge over the turn: stability 50 -> 55, threat 2 -> 1");
    e = ev(EV_SWEEP, AMBER, -1);
    e.a = 450, e.b = 1, e.c = 2;
    e.audience = AUDIENCE_SEAT(AMBER);
    assert_int_equal(evtext_seat(&b->pub, AMBER, NULL, &e, buf, sizeof buf), EVT_BAD);
    has(buf, "Our counter-intelligence sweep found 1 insider network and 2 implants (a 45.0%");
    evtext_truth(&b->pub, NULL, &e, -1, buf, sizeof buf);
    assert_string_equal(buf, "Amber's sweep found 1 insider network and 2 implants (chance "
                             "450/1000 for each)");
}

/* An inject is named only once the reader was shown it. */
static void an_inject_is_named_only_when_shown(void **state)
{
    struct book *b = *state;
    struct evtext_inject *seen = calloc(MAX_INJECTS, sizeof *seen);
    assert_non_null(seen);
    char buf[400];
    struct event e = ev(EV_INJECT, -1, AMBER);
    e.a = 0;
    e.audience = AUDIENCE_SEAT(AMBER);
    evtext_seat(&b->pub, AMBER, seen, &e, buf, sizeof buf);
    assert_string_equal(buf, "Inject for us: a message");
    evtext_show(seen, 0, &b->sc->injects[0]);
    evtext_show(seen, -1, &b->sc->injects[0]); /* ignored */
    evtext_show(seen, MAX_INJECTS, &b->sc->injects[0]);
    assert_int_equal(evtext_seat(&b->pub, AMBER, seen, &e, buf, sizeof buf), EVT_PRIVATE);
    assert_string_equal(buf, "Inject for us: A cheap router");
    e = ev(EV_INJECT_CHOICE, AMBER, -1);
    e.a = 0, e.b = 1;
    evtext_seat(&b->pub, AMBER, seen, &e, buf, sizeof buf);
    assert_string_equal(buf, "A cheap router: We chose \"Refuse the offer\".");
    evtext_seat(&b->pub, BASALT, NULL, &e, buf, sizeof buf);
    assert_string_equal(buf, "Amber answered an inject (choice 2).");
    evtext_truth(&b->pub, seen, &e, -1, buf, sizeof buf);
    assert_string_equal(buf, "Amber's answer to \"A cheap router\": Refuse the offer");
    free(seen);
}

/* A plausible event of each kind: both voices have words for it (a
 * kind added without words falls back to its bare name). */
static void every_kind_of_event_has_words_in_both_voices(void **state)
{
    struct book *b = *state;
    char seat[400], truth[400], bare[64];
    struct evtext_inject *seen = calloc(MAX_INJECTS, sizeof *seen);
    assert_non_null(seen);
    for (int k = 0; k < b->sc->ninjects; k++)
        evtext_show(seen, k, &b->sc->injects[k]);
    for (int k = 0; k < EV_COUNT; k++) {
        struct event e = ev(k, AMBER, BASALT);
        e.order =
            k == EV_COVERT || k == EV_DETECTED || k == EV_INCIDENT ? ORD_INTERCEPT : ORD_PATROL;
        e.a = 1, e.b = 2, e.c = 1, e.d = 0;
        e.blamed = BASALT;
        e.outcome = 1; /* succeeded; attributed rightly */
        if (k == EV_INJECT || k == EV_INJECT_CHOICE)
            e.a = 0, e.b = 1; /* the first inject, its second choice */
        evtext_seat(&b->pub, AMBER, seen, &e, seat, sizeof seat);
        evtext_truth(&b->pub, seen, &e, -1, truth, sizeof truth);
        snprintf(bare, sizeof bare, "event %d", k);
        if (!seat[0] || !strcmp(seat, event_name(k)))
            fail_msg("%s: no words in a seat's voice", event_name(k));
        if (!truth[0] || !strcmp(truth, bare))
            fail_msg("%s: no words in the facilitator's voice", event_name(k));
        names_all(seat);
        names_all(truth);
    }
    free(seen);
}

/* Over whole AI games of the default scenario: every seat's line for an
 * incident it was told names no culprit but the one it was blamed on,
 * and both voices word every event. */
static void no_seat_line_names_a_culprit_it_was_not_told(void **state)
{
    (void)state;
    struct book *w = calloc(1, sizeof *w);
    struct session *s = malloc(sizeof *s);
    assert_non_null(w);
    assert_non_null(s);
    w->sc = assets_load(&w->pub, &w->ps, LAKELAND);
    assert_non_null(w->sc);
    int incidents = 0, hidden = 0;
    char buf[600];
    for (uint64_t seed = 1; seed <= 12; seed++) {
        session_init(s, w->sc, &w->pub, &w->ps, seed);
        session_keep_history(s);
        session_play_out(s);
        const struct history *h = s->hist;
        assert_non_null(h);
        for (int k = 0; k < h->nevents; k++) {
            const struct event *all = &h->events[k];
            int culprit = evtext_culprit(h->events, h->nevents, k);
            evtext_line(&w->pub, VIEW_FACILITATOR, NULL, all, culprit, buf, sizeof buf);
            lacks(buf, ": event ");
            if (all->kind == EV_INCIDENT && culprit >= 0) {
                incidents++;
                has(buf, w->pub.seats[culprit].name);
            }
            for (int seat = VIEW_PUBLIC; seat < w->pub.nseats; seat++) {
                struct event e;
                if (seat == VIEW_FACILITATOR || !view_event(all, seat, &e))
                    continue;
                evtext_seat(&w->pub, seat, NULL, &e, buf, sizeof buf);
                assert_true(buf[0] != 0);
                if (all->kind != EV_INCIDENT || culprit < 0 || culprit == seat ||
                    culprit == all->blamed)
                    continue;
                hidden++;
                lacks(buf, w->pub.seats[culprit].name);
            }
        }
        session_free(s);
    }
    /* the games held what the check is about */
    assert_true(incidents > 10);
    assert_true(hidden > 10);
    free(w->sc);
    free(w);
    free(s);
}

/* The debrief's account of an operation (text/optext.h) and the
 * facilitator's log blame in one wording; the seat's report of its own
 * rolls says what the seat was told. */
static void an_operation_is_worded_in_one_place(void **state)
{
    struct book *b = *state;
    char line[400], det[160], ag[80], truth[400];
    struct optext op = {
        .seat = BASALT, .kind = ORD_INTERCEPT, .covert = 1, .target = AMBER, .aimed = AMBER,
        .resolved = 1, .success = 1, .chance = 620, .roll = 130, .detected = 1,
        .detected_by = AMBER, .blamed = BASALT, .attribution = ATTR_RIGHT,
        .result = "dossiers: Amber (communications)",
    };
    optext_line(&b->pub, &op, line, sizeof line);
    assert_string_equal(line, "Basalt: Intercept against Amber - succeeded (chance 62.0%, rolled "
                              "13.0); detected by Amber, blamed Basalt (right). dossiers: Amber "
                              "(communications)");
    struct event e = ev(EV_DETECTED, -1, AMBER);
    e.order = ORD_INTERCEPT;
    e.blamed = BASALT;
    e.outcome = ATTR_RIGHT;
    evtext_truth(&b->pub, NULL, &e, -1, truth, sizeof truth);
    has(truth, strstr(optext_detection(&b->pub, &op, det, sizeof det), "blamed"));
    /* the same blame inside an aside (an op's result, a lesson's
     * evidence): no "blamed nobody, unknown" */
    assert_string_equal(evtext_blame_aside(&b->pub, BASALT, ATTR_WRONG, det, sizeof det),
                        "blamed Basalt, wrong");
    assert_string_equal(evtext_blame_aside(&b->pub, BASALT, ATTR_CLAIMED, det, sizeof det),
                        "blamed Basalt");
    assert_string_equal(evtext_blame_aside(&b->pub, -1, ATTR_UNKNOWN, det, sizeof det),
                        "nobody blamed");
    op.detected = 0;
    assert_string_equal(optext_detection(&b->pub, &op, det, sizeof det), "undetected");
    op.kind = ORD_FALSE_FLAG;
    assert_string_equal(optext_against(&b->pub, &op, ag, sizeof ag), "framing Amber");
    struct optext sweep = {.seat = AMBER, .kind = ORD_SWEEP, .target = -1, .aimed = -1,
                           .resolved = 1, .result = "nothing found"};
    assert_string_equal(optext_outcome(&sweep), "found nothing");
    assert_string_equal(optext_detection(&b->pub, &sweep, det, sizeof det), "-");
    optext_line(&b->pub, &sweep, line, sizeof line);
    assert_string_equal(line, "Amber: Counter-intelligence sweep - nothing found");
    sweep.resolved = 0;
    assert_string_equal(optext_outcome(&sweep), "not recorded");

    char odds[120], seen[160];
    struct event c = ev(EV_COVERT, BASALT, AMBER);
    c.order = ORD_INTERCEPT;
    c.outcome = 1;
    c.a = 620, c.b = 130, c.c = 200, c.d = 50;
    c.blamed = BASALT;
    evtext_covert_rolls(&b->pub, BASALT, &c, odds, sizeof odds, seen, sizeof seen);
    assert_string_equal(odds, "SUCCESS  rolled  13.0, needed under 62.0");
    assert_string_equal(seen, "DETECTED rolled   5.0, seen under 20.0: blamed on us");
    c.blamed = -2;
    c.outcome = 0;
    evtext_covert_rolls(&b->pub, BASALT, &c, odds, sizeof odds, seen, sizeof seen);
    assert_string_equal(odds, "FAILED   rolled  13.0, needed under 62.0");
    assert_string_equal(seen, "UNSEEN   rolled   5.0, seen only under 20.0");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(words_have_one_spelling),
        cmocka_unit_test_setup_teardown(an_incident_names_its_culprit_only_to_the_facilitator,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(a_seat_reads_its_own_acts_as_ours, setup, teardown),
        cmocka_unit_test_setup_teardown(causes_and_the_weeks_numbers_are_worded_in_both_voices,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(an_inject_is_named_only_when_shown, setup, teardown),
        cmocka_unit_test_setup_teardown(every_kind_of_event_has_words_in_both_voices, setup,
                                        teardown),
        cmocka_unit_test(no_seat_line_names_a_culprit_it_was_not_told),
        cmocka_unit_test_setup_teardown(an_operation_is_worded_in_one_place, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
