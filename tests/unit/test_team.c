/* test_team.c - human teams' names (issue 13: human teams appeared only
 * as "Human"): a typed name is cleaned or refused (control characters,
 * invalid UTF-8, too long); it is kept in the save (a save from before
 * team names still loads, with none) and read back; a hostile name in a
 * save is refused with its place; and the debrief names the team - or the
 * contingent, when the team took no name - instead of "Human". */
#include "helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "data/data.h"
#include "data/save.h"
#include "data/team_name.h"
#include "report/debrief.h"
#include "session/host.h"

static int clean(const char *in, char *out, char *why)
{
    return team_name_clean(in, out, NAME_LEN, why, 160);
}

static void team_name_should_be_cleaned_or_refused(void **state)
{
    (void)state;
    char out[NAME_LEN], why[160];
    assert_true(clean("  The   Eagles  ", out, why));
    assert_string_equal(out, "The Eagles");
    assert_true(clean("", out, why));
    assert_string_equal(out, "");
    assert_true(clean("Les Aigles ☃ 東京", out, why));
    assert_string_equal(out, "Les Aigles ☃ 東京");
    /* 39 columns fit; 40 do not, nor 20 wide characters (40 columns) */
    char long_name[64];
    memset(long_name, 'x', 39);
    long_name[39] = 0;
    assert_true(clean(long_name, out, why));
    strcat(long_name, "x");
    assert_false(clean(long_name, out, why));
    assert_string_equal(why, "40 columns long: a team name fits in 39");
    assert_string_equal(out, "");
    char wide[128] = "";
    for (int i = 0; i < 20; i++)
        strcat(wide, "東");
    assert_false(clean(wide, out, why));
    /* far too long for the buffer: refused, never cut */
    char huge[2000];
    memset(huge, 'y', sizeof huge - 1);
    huge[sizeof huge - 1] = 0;
    assert_false(clean(huge, out, why));
    assert_string_equal(out, "");
    /* control characters, C1, a bidirectional override, a tab */
    assert_false(clean("Red\033[31m", out, why));
    assert_string_equal(why, "a control character (U+001B) at character 4");
    assert_false(clean("a\xc2\x9b" "b", out, why));
    assert_false(clean("evil\xe2\x80\xae" "txt", out, why));
    assert_false(clean("a\tb", out, why));
    /* not UTF-8 */
    assert_false(clean("caf\xe9", out, why));
    assert_string_equal(why, "not valid UTF-8 (byte 0xe9 at character 4)");
    assert_false(clean("\xc0\xaf", out, why));   /* an overlong '/' */
}

/* A tutorial game with Alvar human as the Eagles, Brenn human unnamed,
 * one week played, saved to path. */
static void save_named_game(struct bundle *b, const char *path)
{
    struct errlist e;
    errlist_init(&e);
    assert_true(bundle_load(b, "tutorial", &e));
    struct host_setup st;
    host_setup_init(&st, 9);
    st.autosave = 0;
    st.human[0] = st.human[1] = 1;
    struct host *h = host_new(b, &st);
    host_set_team(h, 0, "The Eagles");
    assert_true(save_write(path, host_record(h), b, &e));
    host_free(h);
}

static void team_names_should_be_kept_in_the_save(void **state)
{
    (void)state;
    char dir[] = "/tmp/mandate-team.XXXXXX", path[64];
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/g.json", dir);
    struct bundle b, back;
    save_named_game(&b, path);
    size_t len;
    struct errlist e;
    errlist_init(&e);
    char *text = data_read_file(path, &len, &e);
    assert_non_null(text);
    assert_non_null(strstr(text, "\"team\": \"The Eagles\""));
    struct record *r = calloc(1, sizeof *r);
    assert_non_null(r);
    assert_true(save_parse(text, len, "g.json", &back, r, NULL, &e));
    assert_string_equal(r->seats[0].team, "The Eagles");
    assert_string_equal(r->seats[1].team, "");
    bundle_free(&back);
    /* a save from before team names: no "team" key, loads with none */
    char *at = strstr(text, ", \"team\": \"The Eagles\"");
    memmove(at, at + strlen(", \"team\": \"The Eagles\""),
            strlen(at + strlen(", \"team\": \"The Eagles\"")) + 1);
    memset(r, 0, sizeof *r);
    assert_true(save_parse(text, strlen(text), "old.json", &back, r, NULL, &e));
    assert_string_equal(r->seats[0].team, "");
    bundle_free(&back);
    free(text);
    /* a hostile name in a save: refused, with its place */
    text = data_read_file(path, &len, &e);
    at = strstr(text, "The Eagles");
    memcpy(at, "The\\u001ba", 10); /* "The Eagles" becomes "The\u001ba" */
    errlist_init(&e);
    assert_false(save_parse(text, strlen(text), "bad.json", &back, r, NULL, &e));
    int named = 0;
    for (int i = 0; i < e.n; i++)
        named |= strstr(e.line[i], "bad.json: seats[0].team") != NULL;
    if (!named)
        for (int i = 0; i < e.n; i++)
            print_message("# %s\n", e.line[i]);
    assert_true(named);
    free(text);
    free(r);
    bundle_free(&b);
    unlink(path);
    rmdir(dir);
}

/* issue 13: the debrief said "Human" for every human team. */
static void debrief_should_name_the_team_not_human(void **state)
{
    (void)state;
    char dir[] = "/tmp/mandate-team.XXXXXX", path[64];
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/g.json", dir);
    struct bundle b;
    save_named_game(&b, path);
    struct errlist e;
    errlist_init(&e);
    struct host *h = host_load(path, HOST_LOAD_VERIFY, NULL, &e);
    assert_non_null(h);
    struct debrief *d = debrief_build(host_session(h), NULL, NULL);
    assert_non_null(d);
    char buf[200];
    assert_string_equal(debrief_player(d, 0, buf, sizeof buf), "The Eagles (human team)");
    assert_string_equal(debrief_player(d, 1, buf, sizeof buf), "Brenn (human team)");
    assert_null(strstr(debrief_player(d, 2, buf, sizeof buf), "human"));
    debrief_free(d);
    host_free(h);
    bundle_free(&b);
    unlink(path);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(team_name_should_be_cleaned_or_refused),
        cmocka_unit_test(team_names_should_be_kept_in_the_save),
        cmocka_unit_test(debrief_should_name_the_team_not_human),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
