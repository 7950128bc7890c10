/* test_save.c - saves (issue 5): a game saved and loaded goes on exactly
 * as if never interrupted; every broken fixture and every file of the
 * JSON test suite gets one error line naming the file; writes are atomic
 * even under SIGKILL; autosaves keep their generations, per game (issue
 * 9: a finished game's final save is never rotated away), and killed
 * writers' temporary files go at the next write. */
#include "helpers.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "core/game.h"
#include "data/data.h"
#include "data/save.h"
#include "session/load.h"
#include "session/session.h"

#define FIXTURES MANDATE_ASSETS "/../tests/fixtures/saves"
#define CORPUS MANDATE_ASSETS "/../../shared/corpus/json-test-suite/test_parsing"

static struct errlist errs;
static struct bundle bun, bun2;
static struct session ses, ses2;
static char tmpdir[256];

static void show(const struct errlist *e)
{
    for (int i = 0; i < e->n; i++)
        print_message("# %s\n", e->line[i]);
}

static int setup(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/mandate-test-save-XXXXXX");
    if (!mkdtemp(tmpdir))
        return -1;
    errlist_init(&errs);
    return bundle_load(&bun, "lakeland", &errs) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    bundle_free(&bun);
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

static const char *tmp_path(const char *name)
{
    static char path[2][400];
    static int k;
    k ^= 1;
    snprintf(path[k], sizeof path[k], "%s/%s", tmpdir, name);
    return path[k];
}

/* Plays n turns of AI against AI (all of them when n < 0). */
static void play(struct session *s, int n)
{
    for (int t = 0; (n < 0 || t < n) && s->g.phase == PHASE_ORDERS; t++) {
        session_ai_all(s);
        session_resolve(s);
    }
}

static void write_ok(const char *path, struct session *s, const struct bundle *b)
{
    errlist_init(&errs);
    if (!save_write(path, session_record(s), b, &errs))
        show(&errs);
    assert_int_equal(errlist_count(&errs), 0);
}

static void read_ok(const char *path, struct save_info *info, int flags)
{
    errlist_init(&errs);
    if (!session_load(path, &bun2, &ses2, info, flags, &errs)) {
        show(&errs);
        fail_msg("cannot read %s", path);
    }
}

/* ---- round trips ---- */

static void saved_game_should_go_on_as_if_never_interrupted(void **state)
{
    (void)state;
    session_init(&ses, bun.sc, &bun.pub, &bun.ps, 11);
    play(&ses, 5);
    const char *path = tmp_path("five.json");
    write_ok(path, &ses, &bun);
    struct save_info info;
    read_ok(path, &info, REPLAY_VERIFY);
    assert_int_equal(info.version, SAVE_FORMAT_VERSION);
    assert_int_equal(info.turns, 5);
    assert_int_equal(info.drift_turn, 0);
    assert_int_equal(ses2.rec.nturns, 5);
    assert_int_equal(ses2.g.turn, ses.g.turn);
    assert_true(ses2.g.seed == 11);
    assert_true(game_checksum(&ses2.g) == game_checksum(&ses.g));
    assert_true(bun2.scenario_hash == bun.scenario_hash);
    assert_string_equal(bun2.scenario_json, bun.scenario_json);
    assert_string_equal(bun2.catalogue_json, bun.catalogue_json);
    assert_string_equal(bun2.scenario_path, "");
    for (int i = 0; i < ses.g.nseats; i++) {
        assert_int_equal(ses2.ctl[i].human, ses.ctl[i].human);
        assert_int_equal(ses2.ctl[i].level, ses.ctl[i].level);
        assert_string_equal(ses2.ctl[i].p->id, ses.ctl[i].p->id);
        assert_memory_equal(&ses2.ctl[i].mind, &ses.ctl[i].mind,
                            sizeof ses.ctl[i].mind);
    }
    /* Both go on to the end, turn for turn the same. */
    play(&ses, -1);
    play(&ses2, -1);
    assert_int_equal(ses2.rec.nturns, ses.rec.nturns);
    for (int t = 0; t < ses.rec.nturns; t++)
        assert_true(ses2.rec.turns[t].checksum == ses.rec.turns[t].checksum);
    session_free(&ses2);
    bundle_free(&bun2);
}

static void levels_humans_and_pending_orders_should_survive(void **state)
{
    (void)state;
    session_init(&ses, bun.sc, &bun.pub, &bun.ps, 77);
    ses.ctl[0].human = 1;
    ses.ctl[1].level = AI_EXPERT;
    ses.ctl[2].level = AI_NOVICE;
    ses.ctl[3].p = personality_find(&bun.ps, "random");
    assert_non_null(ses.ctl[3].p);
    snprintf(ses.rec.started_at, sizeof ses.rec.started_at, "2024-05-01T09:00:00Z");
    struct order share = order_make(ORD_SHARE, 0, 0);
    share.level = 1;
    for (int t = 0; t < 4; t++) {
        share.turn = (int8_t)ses.g.turn;
        if (!game_submit(&ses.g, 0, &share, 1, NULL, 0))
            assert_true(game_submit(&ses.g, 0, &share, 0, NULL, 0));
        session_ai_all(&ses);
        session_resolve(&ses);
    }
    /* The human confirms this turn's orders, then the game is saved. */
    share.turn = (int8_t)ses.g.turn;
    share.level = 2;
    assert_true(game_submit(&ses.g, 0, &share, 1, NULL, 0));
    const char *path = tmp_path("pending.json");
    write_ok(path, &ses, &bun);
    struct save_info info;
    read_ok(path, &info, REPLAY_VERIFY | REPLAY_HISTORY);
    assert_int_equal(info.pending, 1);
    assert_string_equal(info.started_at, "2024-05-01T09:00:00Z");
    assert_string_equal(ses2.rec.started_at, "2024-05-01T09:00:00Z");
    assert_non_null(ses2.hist);
    assert_true(ses2.hist->nevents > 0);
    assert_int_equal(ses2.ctl[0].human, 1);
    assert_int_equal(ses2.ctl[1].level, AI_EXPERT);
    assert_int_equal(ses2.ctl[2].level, AI_NOVICE);
    assert_string_equal(ses2.ctl[3].p->id, "random");
    assert_int_equal(ses2.g.confirmed[0], 1);
    assert_int_equal(ses2.g.norders[0], 1);
    assert_memory_equal(&ses2.g.orders[0][0], &share, sizeof share);
    session_ai_all(&ses);
    session_resolve(&ses);
    session_ai_all(&ses2);
    session_resolve(&ses2);
    assert_true(game_checksum(&ses2.g) == game_checksum(&ses.g));
    session_free(&ses2);
    bundle_free(&bun2);
}

static void a_save_should_outlive_its_asset_files(void **state)
{
    (void)state;
    /* The bundle of a save is its own: loading needs no asset file. */
    session_init(&ses, bun.sc, &bun.pub, &bun.ps, 5);
    play(&ses, 3);
    const char *path = tmp_path("own.json");
    write_ok(path, &ses, &bun);
    setenv("MANDATE_ASSETS", "/nonexistent", 1);
    struct save_info info;
    read_ok(path, &info, REPLAY_VERIFY);
    unsetenv("MANDATE_ASSETS");
    assert_int_equal(ses2.rec.nturns, 3);
    session_free(&ses2);
    bundle_free(&bun2);
}

/* ---- bad files ---- */

/* The whole text of a file, NUL-terminated. */
static char *slurp(const char *path, size_t *len)
{
    char *t = data_read_file(path, len, NULL);
    assert_non_null(t);
    return t;
}

static void expect_one_error(const char *name, const char *part)
{
    if (errlist_count(&errs) != 1 || strncmp(errs.line[0], name, strlen(name)) != 0 ||
        (part && !strstr(errs.line[0], part))) {
        show(&errs);
        fail_msg("%s: expected one error line with \"%s\"", name, part ? part : "");
    }
}

static void every_broken_fixture_should_get_its_one_line(void **state)
{
    (void)state;
    size_t len;
    char *list = slurp(FIXTURES "/EXPECTED", &len);
    int n = 0;
    for (char *line = strtok(list, "\n"); line; line = strtok(NULL, "\n")) {
        char *when = strchr(line, '\t');
        assert_non_null(when);
        *when++ = '\0';
        char *part = strchr(when, '\t');
        assert_non_null(part);
        *part++ = '\0';
        char path[512];
        snprintf(path, sizeof path, "%s/%s", FIXTURES, line);
        int verify_only = strcmp(when, "verify") == 0;
        errlist_init(&errs);
        struct save_info info;
        assert_int_equal(session_load(path, &bun2, &ses2, &info, REPLAY_VERIFY, &errs), 0);
        expect_one_error(path, part);
        errlist_init(&errs);
        int ok = session_load(path, &bun2, &ses2, &info, 0, &errs);
        assert_int_equal(ok, verify_only);
        if (ok) {
            assert_true(info.drift_turn > 0);
            session_free(&ses2);
            bundle_free(&bun2);
        } else {
            expect_one_error(path, part);
        }
        n++;
    }
    free(list);
    assert_true(n >= 25);
}

static void every_json_test_suite_file_should_end_cleanly(void **state)
{
    (void)state;
    DIR *d = opendir(CORPUS);
    if (!d) {
        print_message("# %s absent: the JSON test suite is not beside the checkout\n",
                      CORPUS);
        skip();                  /* counted as skipped, never as passed */
    }
    int n = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.')
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", CORPUS, de->d_name);
        errlist_init(&errs);
        struct save_info info;
        assert_int_equal(session_load(path, &bun2, &ses2, &info, REPLAY_VERIFY, &errs), 0);
        expect_one_error(path, NULL);
        n++;
    }
    closedir(d);
    assert_true(n > 300);
}

static void cut_or_damaged_saves_should_never_crash(void **state)
{
    (void)state;
    session_init(&ses, bun.sc, &bun.pub, &bun.ps, 3);
    play(&ses, 4);
    const char *path = tmp_path("cut.json");
    write_ok(path, &ses, &bun);
    size_t len;
    char *text = slurp(path, &len);
    struct save_info info;
    /* cut anywhere: always refused, with one line */
    for (size_t cut = 0; cut < len; cut += 1 + cut / 40) {
        errlist_init(&errs);
        assert_int_equal(session_load_text(text, cut, "cut.json", &bun2, &ses2, &info, 0,
                                    &errs), 0);
        expect_one_error("cut.json", NULL);
    }
    /* bytes damaged anywhere: refused with errors, or read */
    srand(12345);
    for (int k = 0; k < 300; k++) {
        size_t at = (size_t)rand() % len;
        char old = text[at];
        text[at] = (char)(rand() % 256);
        errlist_init(&errs);
        if (session_load_text(text, len, "damaged.json", &bun2, &ses2, &info, REPLAY_VERIFY,
                       &errs)) {
            session_free(&ses2);
            bundle_free(&bun2);
        } else {
            assert_true(errlist_count(&errs) >= 1);
            assert_int_equal(strncmp(errs.line[0], "damaged.json", 12), 0);
        }
        text[at] = old;
    }
    free(text);
}

/* A copy of text with the record of turn `from` (1-9) repeated after it
 * as turn from + 1. */
static char *repeat_turn(const char *text, int from)
{
    char key[40];
    assert_true(from >= 1 && from <= 8);
    snprintf(key, sizeof key, "\n    {\"turn\": %d,", from);
    const char *a = strstr(text, key);
    assert_non_null(a);
    const char *b = strstr(a, "\n  ],");
    assert_non_null(b);
    size_t head = (size_t)(b - text), rec = (size_t)(b - a);
    char *out = malloc(strlen(text) + rec + 2);
    assert_non_null(out);
    memcpy(out, text, head);
    out[head] = ',';
    memcpy(out + head + 1, a, rec);
    out[head + 1 + strlen(key) - 2] = (char)('0' + from + 1);
    strcpy(out + head + 1 + rec, b);
    return out;
}

static void a_turn_after_the_end_should_be_refused(void **state)
{
    (void)state;
    struct bundle tut;
    errlist_init(&errs);
    assert_true(bundle_load(&tut, "tutorial", &errs));
    session_init(&ses, tut.sc, &tut.pub, &tut.ps, 9);
    play(&ses, -1);
    assert_int_equal(ses.g.phase, PHASE_ENDED);
    int last = ses.rec.nturns;
    assert_true(last < 9);
    const char *path = tmp_path("ended.json");
    write_ok(path, &ses, &tut);
    size_t len;
    char *text = slurp(path, &len);
    char *more = repeat_turn(text, last);
    errlist_init(&errs);
    assert_int_equal(session_load_text(more, strlen(more), "ended.json", &bun2, &ses2, NULL,
                                0, &errs), 0);
    char want[80];
    snprintf(want, sizeof want, "ended.json: turns[%d]: the game ended after turn %d",
             last, last);
    expect_one_error("ended.json", want);
    free(more);
    free(text);
    bundle_free(&tut);
}

static void old_and_future_versions_should_be_refused_by_name(void **state)
{
    (void)state;
    const char *v0 = "{\"format\": \"mandate-save\", \"version\": 0}";
    errlist_init(&errs);
    assert_int_equal(session_load_text(v0, strlen(v0), "old.json", &bun2, &ses2, NULL, 0,
                                &errs), 0);
    expect_one_error("old.json: version: format version 0 is not supported; this is "
                     "version 1", NULL);
    const char *v7 = "{\"format\": \"mandate-save\", \"version\": 7, "
                     "\"game_version\": \"3.2.1\"}";
    errlist_init(&errs);
    assert_int_equal(session_load_text(v7, strlen(v7), "new.json", &bun2, &ses2, NULL, 0,
                                &errs), 0);
    expect_one_error("new.json: version: format version 7 is newer than this game "
                     "reads (saved by mandate 3.2.1)", NULL);
}

static void an_older_save_lacking_new_keys_should_be_migrated(void **state)
{
    (void)state;
    session_init(&ses, bun.sc, &bun.pub, &bun.ps, 8);
    play(&ses, 2);
    const char *path = tmp_path("older.json");
    write_ok(path, &ses, &bun);
    size_t len;
    char *text = slurp(path, &len);
    /* As if saved before the rule covert_min and the key "risk" existed. */
    char *rule = strstr(text, "\"covert_min\":");
    assert_non_null(rule);
    char *end = strchr(rule, ',');
    memmove(rule, end + 1, strlen(end + 1) + 1);
    char *risk = strstr(text, "\"risk\": ");
    assert_non_null(risk);
    end = strchr(risk, ',');
    memmove(risk, end + 2, strlen(end + 2) + 1);
    struct save_info info;
    errlist_init(&errs);
    if (!session_load_text(text, strlen(text), "older.json", &bun2, &ses2, &info,
                    REPLAY_VERIFY, &errs))
        show(&errs);
    assert_int_equal(errlist_count(&errs), 0);
    assert_int_equal(info.migrated, 2);
    assert_true(game_checksum(&ses2.g) == game_checksum(&ses.g));
    assert_int_equal(bun2.cat.rules.covert_min, bun.cat.rules.covert_min);
    assert_memory_equal(&bun2.cat, &bun.cat, sizeof bun.cat);
    session_free(&ses2);
    bundle_free(&bun2);
    /* With nothing to take the keys from, the missing one is named. */
    setenv("MANDATE_ASSETS", "/nonexistent", 1);
    errlist_init(&errs);
    assert_int_equal(session_load_text(text, strlen(text), "older.json", &bun2, &ses2,
                                &info, 0, &errs), 0);
    unsetenv("MANDATE_ASSETS");
    expect_one_error("older.json: catalogue.rules: missing \"covert_min\"", NULL);
    free(text);
}


/* A master seat's --think is kept in the save (issue 14 point 6): the
 * loaded seat thinks with the same budget, so its replayed decisions are
 * the ones it made, and a save of the loaded game keeps it again. A save
 * from before (no "think") loads with the default; a nonsense budget is
 * one error line naming the place. */
static void issue14_a_master_seats_think_should_survive_a_save(void **state)
{
    (void)state;
    session_init(&ses, bun.sc, &bun.pub, &bun.ps, 12);
    session_set_seat(&ses, 2, 0, ses.ctl[2].p, AI_MASTER);
    ses.ctl[2].mind.think = 5;
    play(&ses, 2);
    const char *path = tmp_path("think.json");
    write_ok(path, &ses, &bun);
    size_t len;
    char *text = slurp(path, &len);
    char *key = strstr(text, ", \"think\": 5}");
    assert_non_null(key);
    assert_ptr_equal(strstr(key + 4, "\"think\""), NULL);   /* only the master's */
    read_ok(path, NULL, REPLAY_VERIFY);
    assert_int_equal(ses2.ctl[2].level, AI_MASTER);
    assert_int_equal(ses2.ctl[2].mind.think, 5);
    assert_int_equal(ses2.ctl[0].mind.think, 0);
    assert_int_equal(session_record(&ses2)->seats[2].think, 5);
    session_free(&ses2);
    bundle_free(&bun2);
    /* before the key existed: the default */
    char *old = strdup(text);
    assert_non_null(old);
    char *k = strstr(old, ", \"think\": 5");
    memmove(k, k + strlen(", \"think\": 5"), strlen(k + strlen(", \"think\": 5")) + 1);
    errlist_init(&errs);
    if (!session_load_text(old, strlen(old), "old.json", &bun2, &ses2, NULL, REPLAY_VERIFY,
                           &errs))
        show(&errs);
    assert_int_equal(errlist_count(&errs), 0);
    assert_int_equal(ses2.ctl[2].level, AI_MASTER);
    assert_int_equal(ses2.ctl[2].mind.think, 0);
    session_free(&ses2);
    bundle_free(&bun2);
    /* out of range */
    k = strstr(text, "\"think\": 5");
    memcpy(k, "\"think\": 0", strlen("\"think\": 0"));
    errlist_init(&errs);
    assert_int_equal(session_load_text(text, strlen(text), "bad.json", &bun2, &ses2, NULL, 0,
                                       &errs), 0);
    expect_one_error("bad.json: seats[2].think", NULL);
    free(old);
    free(text);
}

/* ---- the record's per-week flags and the facilitator's part ---- */

/* A copy of text with `what` put before the first "\n  \"scenario\"". */
static char *insert_before_scenario(const char *text, const char *what)
{
    const char *at = strstr(text, "\n  \"scenario\"");
    assert_non_null(at);
    size_t head = (size_t)(at - text) + 1;
    char *out = malloc(strlen(text) + strlen(what) + 1);
    assert_non_null(out);
    memcpy(out, text, head);
    strcpy(out + head, what);
    strcat(out, text + head);
    return out;
}

static void week_flags_and_the_facilitator_part_should_survive_a_save(void **state)
{
    (void)state;
    session_init(&ses, bun.sc, &bun.pub, &bun.ps, 13);
    ses.ctl[0].human = 1;
    ses.rec.facilitator = RECORD_FACILITATOR_VERSION;
    for (int t = 0; t < 3; t++) {
        /* week 2: the human seat gave nothing, its AI gave its orders */
        uint8_t flags[MAX_SEATS] = { 0 };
        if (t == 1) {
            session_ai_turn(&ses, 0, NULL, 0);
            flags[0] = RF_ORDERS_BY_AI;
        } else {
            assert_true(game_submit(&ses.g, 0, NULL, 0, NULL, 0));
        }
        session_ai_all(&ses);
        session_resolve_flagged(&ses, flags);
    }
    const char *path = tmp_path("flags.json");
    write_ok(path, &ses, &bun);
    size_t len;
    char *text = slurp(path, &len);
    assert_non_null(strstr(text, "\"flags\": {\"kestria\": [\"orders_by_ai\"]}"));
    assert_non_null(strstr(text, "\"facilitator\": {\"version\":1,\"actions\":[],"
                                 "\"journal\":[]}"));
    free(text);
    struct save_info info;
    read_ok(path, &info, REPLAY_VERIFY);
    for (int t = 0; t < 3; t++)
        for (int i = 0; i < ses.g.nseats; i++)
            assert_int_equal(ses2.rec.turns[t].flags[i], ses.rec.turns[t].flags[i]);
    assert_int_equal(ses2.rec.turns[1].flags[0], RF_ORDERS_BY_AI);
    assert_int_equal(ses2.rec.facilitator, RECORD_FACILITATOR_VERSION);
    /* the AI that gave the human seat's orders decided again: its memory
     * is the same */
    assert_memory_equal(&ses2.ctl[0].mind, &ses.ctl[0].mind, sizeof ses.ctl[0].mind);
    /* written again, the same flags */
    const char *again = tmp_path("flags2.json");
    write_ok(again, &ses2, &bun2);
    text = slurp(again, &len);
    assert_non_null(strstr(text, "\"flags\": {\"kestria\": [\"orders_by_ai\"]}"));
    free(text);
    session_free(&ses2);
    bundle_free(&bun2);
}

static void unknown_flags_and_facilitator_actions_should_be_refused_by_name(void **state)
{
    (void)state;
    session_init(&ses, bun.sc, &bun.pub, &bun.ps, 14);
    play(&ses, 1);
    const char *path = tmp_path("fac.json");
    write_ok(path, &ses, &bun);
    size_t len;
    char *text = slurp(path, &len);
    static const struct {
        const char *insert, *error;
    } cases[] = {
        /* issue 12: malformed actions are refused at their place */
        { "  \"facilitator\": {\"version\": 1, \"actions\": [{\"fire\": \"x\"}], "
          "\"journal\": []},\n",
          "fac.json: facilitator.actions[0]: missing \"action\"" },
        { "  \"facilitator\": {\"version\": 1, \"actions\": [{\"week\": 1, \"at\": \"\", "
          "\"action\": \"explode\"}], \"journal\": []},\n",
          "fac.json: facilitator.actions[0].action: unknown facilitator action \"explode\"" },
        { "  \"facilitator\": {\"version\": 1, \"actions\": [{\"week\": 1, \"at\": \"\", "
          "\"action\": \"hold\", \"inject\": \"nope\"}], \"journal\": []},\n",
          "fac.json: facilitator.actions[0].inject: unknown inject \"nope\"" },
        { "  \"facilitator\": {\"version\": 1, \"actions\": [{\"week\": 1, \"at\": \"\", "
          "\"action\": \"note\", \"text\": \"x\"}], \"journal\": []},\n",
          "fac.json: facilitator.actions[0].action: a note is kept in the journal alone" },
        { "  \"facilitator\": {\"version\": 1, \"actions\": [{\"week\": 0, \"at\": \"\", "
          "\"action\": \"pause\"}], \"journal\": []},\n",
          "fac.json: facilitator.actions[0].week:" },
        { "  \"facilitator\": {\"version\": 1, \"actions\": [{\"week\": 1, \"at\": \"\", "
          "\"action\": \"pause\", \"seat\": \"kestria\"}], \"journal\": []},\n",
          "fac.json: facilitator.actions[0]: unknown key \"seat\"" },
        { "  \"facilitator\": {\"version\": 1, \"actions\": [{\"week\": 9, \"at\": \"\", "
          "\"action\": \"pause\"}], \"journal\": []},\n",
          "fac.json: facilitator.actions[0]: action refused: taken in week 9, which was never played" },
        { "  \"facilitator\": {\"version\": 1, \"actions\": [{\"week\": 2, \"at\": \"\", "
          "\"action\": \"pause\"}, {\"week\": 1, \"at\": \"\", \"action\": \"resume\"}], "
          "\"journal\": []},\n",
          "fac.json: facilitator.actions[1]: action refused: taken in week 1, after an action of week 2" },
        { "  \"facilitator\": {\"version\": 1, \"actions\": [{\"week\": 1, \"at\": \"\", "
          "\"action\": \"seat\", \"seat\": \"kestria\", \"human\": false, \"was_human\": false}], "
          "\"journal\": []},\n",
          "fac.json: facilitator.actions[0]: action refused: its AI plays it already" },
        { "  \"facilitator\": {\"version\": 1, \"actions\": [], \"journal\": [{\"week\": 1, "
          "\"at\": \"\", \"action\": \"note\", \"text\": \"\"}]},\n",
          "fac.json: facilitator.journal[0].text:" },
        { "  \"facilitator\": {\"version\": 1, \"actions\": [], \"journal\": [\"n\"]},\n",
          "fac.json: facilitator.journal[0]: expected" },
        { "  \"facilitator\": {\"version\": 2, \"actions\": [], \"journal\": []},\n",
          "fac.json: facilitator.version: version 2 is newer than this game reads" },
        { "  \"facilitator\": {\"version\": 1, \"actions\": []},\n",
          "fac.json: facilitator: missing \"journal\"" },
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char *bad = insert_before_scenario(text, cases[k].insert);
        errlist_init(&errs);
        assert_int_equal(session_load_text(bad, strlen(bad), "fac.json", &bun2, &ses2, NULL, 0,
                                           &errs), 0);
        expect_one_error("fac.json", cases[k].error);
        free(bad);
    }
    /* an unknown flag of a week */
    char *turn = strstr(text, "\"orders\": {");
    assert_non_null(turn);
    const char *flag = "\"flags\": {\"kestria\": [\"by_magic\"]}, ";
    char *bad = malloc(strlen(text) + strlen(flag) + 1);
    assert_non_null(bad);
    size_t head = (size_t)(turn - text);
    memcpy(bad, text, head);
    strcpy(bad + head, flag);
    strcat(bad, turn);
    errlist_init(&errs);
    assert_int_equal(session_load_text(bad, strlen(bad), "fac.json", &bun2, &ses2, NULL, 0,
                                       &errs), 0);
    expect_one_error("fac.json", "fac.json: turns[0].flags.kestria[0]: unknown flag \"by_magic\"");
    free(bad);
    free(text);
}

/* ---- writing ---- */

static void a_failed_write_should_name_the_file_and_keep_the_old_one(void **state)
{
    (void)state;
    session_init(&ses, bun.sc, &bun.pub, &bun.ps, 2);
    errlist_init(&errs);
    assert_int_equal(save_write("/nonexistent-dir/x.json", session_record(&ses), &bun, &errs), 0);
    expect_one_error("/nonexistent-dir/x.json: cannot write", "No such file");
    /* a folder in the way: refused, nothing replaced, no temporary file left */
    const char *dir = tmp_path("blocked");
    assert_int_equal(mkdir(dir, 0777), 0);
    errlist_init(&errs);
    assert_int_equal(save_write(dir, session_record(&ses), &bun, &errs), 0);
    expect_one_error(dir, "not a regular file");
    struct stat st;
    assert_int_equal(stat(dir, &st), 0);
    assert_true(S_ISDIR(st.st_mode));
    DIR *d = opendir(tmpdir);
    struct dirent *de;
    while ((de = readdir(d)))
        assert_null(strstr(de->d_name, ".tmp-"));
    closedir(d);
}

/* The turns the save at path records, or -1 when it does not load. */
static int turns_in(const char *path)
{
    struct save_info info;
    errlist_init(&errs);
    if (!session_load(path, &bun2, &ses2, &info, REPLAY_VERIFY, &errs)) {
        show(&errs);
        return -1;
    }
    session_free(&ses2);
    bundle_free(&bun2);
    return info.turns;
}

static void a_killed_writer_should_leave_an_old_or_a_new_save(void **state)
{
    (void)state;
    static struct session early, late;
    session_init(&early, bun.sc, &bun.pub, &bun.ps, 21);
    play(&early, 3);
    session_init(&late, bun.sc, &bun.pub, &bun.ps, 21);
    play(&late, 9);
    const char *path = tmp_path("killed.json");
    unlink(path);
    /* The kills spread over three writes' time as measured here and now
     * (an fsync'd write takes 1 ms idle, over 20 ms on a busy machine):
     * a fixed window let every kill come before the first write ended. */
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    write_ok(path, &late, &bun);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    unlink(path);
    long window_us = ((t1.tv_sec - t0.tv_sec) * 1000000L + (t1.tv_nsec - t0.tv_nsec) / 1000) * 3;
    if (window_us < 12000)
        window_us = 12000;
    if (window_us > 900000)
        window_us = 900000;
    /* an old save is there from the start: on a busy machine every kill
     * may come before the child's first write ends, and the file must
     * then still be that old save */
    write_ok(path, &early, &bun);
    srand((unsigned)time(NULL));
    int kills = 0, seen_early = 0, seen_late = 0, absent = 0;
    for (int round = 0; round < 40; round++) {
        fflush(NULL);
        pid_t pid = fork();
        assert_true(pid >= 0);
        if (pid == 0) {
            for (long i = 0;; i++)
                save_write(path, session_record(i % 2 ? &late : &early), &bun, NULL);
        }
        struct timespec ts = { 0, (long)(rand() % window_us) * 1000L };
        nanosleep(&ts, NULL);
        kill(pid, SIGKILL);
        int status;
        assert_int_equal(waitpid(pid, &status, 0), pid);
        kills += WIFSIGNALED(status);
        if (access(path, F_OK) != 0) {
            absent++;
            continue;
        }
        int t = turns_in(path);
        if (t != 3 && t != 9)
            fail_msg("round %d: the save holds %d turns", round, t);
        seen_early += t == 3;
        seen_late += t == 9;
    }
    assert_int_equal(kills, 40);
    print_message("# 40 kills: %d early, %d late, %d without a save\n",
                  seen_early, seen_late, absent);
    assert_int_equal(absent, 0);
    assert_int_equal(seen_early + seen_late, 40);
}

/* ---- the saves folder ---- */

/* How many files of dir are named PREFIX...SUFFIX. */
static int count_named(const char *dir, const char *prefix, const char *suffix)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    int n = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        size_t len = strlen(de->d_name), pl = strlen(prefix), sl = strlen(suffix);
        n += len >= pl + sl && !strncmp(de->d_name, prefix, pl) &&
             !strcmp(de->d_name + len - sl, suffix);
    }
    closedir(d);
    return n;
}

static void autosaves_should_keep_the_newest_generations(void **state)
{
    (void)state;
    const char *dir = tmp_path("saves/deeper");
    save_set_dir(dir);
    assert_string_equal(save_dir(), dir);
    char out[1024], newest[1024];
    assert_int_equal(save_newest(newest, sizeof newest), 0);
    session_init(&ses, bun.sc, &bun.pub, &bun.ps, 4);
    for (int t = 0; t < 7; t++) {
        session_ai_all(&ses);
        session_resolve(&ses);
        errlist_init(&errs);
        if (!save_autosave(session_record(&ses), &bun, ses.g.phase == PHASE_ENDED, 3, out, sizeof out, &errs))
            show(&errs);
        assert_int_equal(errlist_count(&errs), 0);
        if (t == 0) {
            /* a temporary file left long ago by a killed write */
            char stale[1200];
            snprintf(stale, sizeof stale, "%s/.autosave-x.json.tmp-abcdef", dir);
            FILE *f = fopen(stale, "w");
            assert_non_null(f);
            fclose(f);
            struct timespec old[2] = { { 1000, 0 }, { 1000, 0 } };
            assert_int_equal(utimensat(AT_FDCWD, stale, old, 0), 0);
        }
        assert_true(save_newest(newest, sizeof newest));
        assert_string_equal(newest, out);
    }
    assert_int_equal(count_named(dir, "autosave-", ".json"), 3);
    assert_int_equal(turns_in(newest), 7);
    assert_non_null(strstr(newest, "-t07.json"));
    char stale[1200];
    snprintf(stale, sizeof stale, "%s/.autosave-x.json.tmp-abcdef", dir);
    assert_int_not_equal(access(stale, F_OK), 0);
    save_set_dir(NULL);
}

/* Issue 9: autosave kept the 5 newest files across all games, so the next
 * class's game deleted the previous game's final save - the file the
 * debrief told the facilitator to give to mandate report. */
static void issue9_a_final_save_should_survive_the_next_games_autosaves(void **state)
{
    (void)state;
    const char *dir = tmp_path("class");
    save_set_dir(dir);
    char out[1024], final[1024] = "";
    /* the first class plays a whole game, autosaving after every turn */
    session_init(&ses, bun.sc, &bun.pub, &bun.ps, 31);
    snprintf(ses.rec.started_at, sizeof ses.rec.started_at, "2025-03-01T09:00:00Z");
    while (ses.g.phase == PHASE_ORDERS) {
        session_ai_all(&ses);
        session_resolve(&ses);
        errlist_init(&errs);
        if (!save_autosave(session_record(&ses), &bun, ses.g.phase == PHASE_ENDED, SAVE_KEEP_DEFAULT, out, sizeof out, &errs))
            show(&errs);
        assert_int_equal(errlist_count(&errs), 0);
    }
    snprintf(final, sizeof final, "%s", out);
    int turns = ses.rec.nturns;
    session_free(&ses);
    /* the next class: a game of 11 turns, then 20 more autosaves */
    session_init(&ses, bun.sc, &bun.pub, &bun.ps, 32);
    snprintf(ses.rec.started_at, sizeof ses.rec.started_at, "2025-03-02T09:00:00Z");
    for (int i = 0; i < 31; i++) {
        if (i < turns - 1) {
            session_ai_all(&ses);
            session_resolve(&ses);
        }
        errlist_init(&errs);
        if (!save_autosave(session_record(&ses), &bun, ses.g.phase == PHASE_ENDED, SAVE_KEEP_DEFAULT, out, sizeof out, &errs))
            show(&errs);
        assert_int_equal(errlist_count(&errs), 0);
    }
    session_free(&ses);
    /* the first game's final save is still there, whole */
    assert_int_equal(access(final, F_OK), 0);
    assert_int_equal(turns_in(final), turns);
    assert_non_null(strstr(final, "-final.json"));
    /* each game keeps its own 5 newest autosaves, plus the final save */
    assert_int_equal(count_named(dir, "", ".json"), 2 * SAVE_KEEP_DEFAULT + 1);
    save_set_dir(NULL);
}

/* Issue 9: temporary files of killed writers were never removed. */
static void issue9_dead_writers_temporary_files_should_go_at_the_next_write(void **state)
{
    (void)state;
    const char *dir = tmp_path("temps");
    assert_int_equal(mkdir(dir, 0777), 0);
    fflush(NULL);
    pid_t gone = fork();
    assert_true(gone >= 0);
    if (gone == 0)
        _exit(0);
    assert_int_equal(waitpid(gone, NULL, 0), gone);
    char dead[600], live[600], other[600];
    snprintf(dead, sizeof dead, "%s/.game.json.tmp-%ld", dir, (long)gone);
    snprintf(live, sizeof live, "%s/.aar.md.tmp-1", dir);    /* init: alive */
    snprintf(other, sizeof other, "%s/.notes.tmp-draft", dir);
    const char *plant[] = { dead, live, other };
    for (int i = 0; i < 3; i++) {
        FILE *f = fopen(plant[i], "w");
        assert_non_null(f);
        fputs("partial", f);
        fclose(f);
    }
    session_init(&ses, bun.sc, &bun.pub, &bun.ps, 5);
    char path[600];
    snprintf(path, sizeof path, "%s/new.json", dir);
    write_ok(path, &ses, &bun);
    assert_int_not_equal(access(dead, F_OK), 0);   /* its writer is gone */
    assert_int_equal(access(live, F_OK), 0);       /* its writer may be at work */
    assert_int_equal(access(other, F_OK), 0);      /* fresh: not known to be stale */
    assert_int_equal(turns_in(path), 0);
}

/* Issue 9: Continue loaded the newest *.json of the folder even when it
 * was a report ("aar.json: not a Mandate save"). */
static void issue9_continue_should_pick_the_newest_save_not_a_report(void **state)
{
    (void)state;
    const char *dir = tmp_path("mixed");
    assert_int_equal(mkdir(dir, 0777), 0);
    save_set_dir(dir);
    session_init(&ses, bun.sc, &bun.pub, &bun.ps, 6);
    char save[600], report[600], newest[1024];
    snprintf(save, sizeof save, "%s/game.json", dir);
    snprintf(report, sizeof report, "%s/aar.json", dir);
    write_ok(save, &ses, &bun);
    struct timespec old[2] = { { 1000, 0 }, { 1000, 0 } };
    assert_int_equal(utimensat(AT_FDCWD, save, old, 0), 0);
    FILE *f = fopen(report, "w");
    assert_non_null(f);
    fputs("{\"format\": \"mandate-report\", \"version\": 1}\n", f);
    fclose(f);
    assert_true(save_newest(newest, sizeof newest));
    assert_string_equal(newest, save);
    save_set_dir(NULL);
}

static void save_dir_should_follow_option_then_environment(void **state)
{
    (void)state;
    save_set_dir(NULL);
    unsetenv("MANDATE_SAVE_DIR");
    assert_non_null(strstr(save_dir(), "saves"));
    setenv("MANDATE_SAVE_DIR", "/tmp/elsewhere", 1);
    assert_string_equal(save_dir(), "/tmp/elsewhere");
    save_set_dir("/tmp/chosen");
    assert_string_equal(save_dir(), "/tmp/chosen");
    save_set_dir("");
    assert_string_equal(save_dir(), "/tmp/elsewhere");
    unsetenv("MANDATE_SAVE_DIR");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(saved_game_should_go_on_as_if_never_interrupted),
        cmocka_unit_test(levels_humans_and_pending_orders_should_survive),
        cmocka_unit_test(a_save_should_outlive_its_asset_files),
        cmocka_unit_test(every_broken_fixture_should_get_its_one_line),
        cmocka_unit_test(every_json_test_suite_file_should_end_cleanly),
        cmocka_unit_test(cut_or_damaged_saves_should_never_crash),
        cmocka_unit_test(a_turn_after_the_end_should_be_refused),
        cmocka_unit_test(old_and_future_versions_should_be_refused_by_name),
        cmocka_unit_test(an_older_save_lacking_new_keys_should_be_migrated),
        cmocka_unit_test(issue14_a_master_seats_think_should_survive_a_save),
        cmocka_unit_test(week_flags_and_the_facilitator_part_should_survive_a_save),
        cmocka_unit_test(unknown_flags_and_facilitator_actions_should_be_refused_by_name),
        cmocka_unit_test(a_failed_write_should_name_the_file_and_keep_the_old_one),
        cmocka_unit_test(a_killed_writer_should_leave_an_old_or_a_new_save),
        cmocka_unit_test(autosaves_should_keep_the_newest_generations),
        cmocka_unit_test(save_dir_should_follow_option_then_environment),
        cmocka_unit_test(issue9_a_final_save_should_survive_the_next_games_autosaves),
        cmocka_unit_test(issue9_dead_writers_temporary_files_should_go_at_the_next_write),
        cmocka_unit_test(issue9_continue_should_pick_the_newest_save_not_a_report),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
