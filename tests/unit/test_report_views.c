/* test_report_views.c - what the reports let out (issue 9): every text
 * field is escaped for its format (Markdown, HTML, JSON), whatever it
 * holds; and a seat's own report, or the public record of a game still
 * in progress, is built from what that seat (or every seat) saw: it names
 * none of another seat's secret operations. Games are built by hand on
 * the two-seat fixture (report_rig.h). */
#include "report_rig.h"

#include <cJSON.h>

/* --- escaping ------------------------------------------------------------------ */

/* The pipes of one Markdown line that separate cells (not escaped). */
static int md_pipes(const char *line, size_t n)
{
    int k = 0;
    for (size_t i = 0; i < n; i++) {
        if (line[i] == '\\')
            i++;
        else
            k += line[i] == '|';
    }
    return k;
}

/* Fails unless every row of every Markdown table has as many cells as its
 * header; returns the number of table rows seen. */
static int md_tables_whole(const char *md)
{
    int want = -1, line = 0, rows = 0;
    for (const char *p = md; *p;) {
        const char *eol = strchr(p, '\n');
        size_t n = eol ? (size_t)(eol - p) : strlen(p);
        line++;
        if (n && p[0] == '|') {
            int k = md_pipes(p, n);
            rows++;
            if (want < 0)
                want = k;
            else if (k != want)
                fail_msg("line %d has %d cell pipes, its table %d: %.*s", line, k, want, (int)n,
                         p);
        } else {
            want = -1;
        }
        p += n + (eol != NULL);
    }
    return rows;
}

/* Lines of text that start with prefix. */
static int lines_starting(const char *text, const char *prefix)
{
    int k = 0;
    size_t n = strlen(prefix);
    for (const char *p = text; p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
        k += strncmp(p, prefix, n) == 0;
    return k;
}

static void no_raw_tag(const char *text, const char *what)
{
    static const char *const tags[] = {"<script", "<img", "<b>", "<i>"};
    for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
        if (strstr(text, tags[i]))
            fail_msg("%s: a raw %s got through: ...%.60s", what, tags[i], strstr(text, tags[i]));
}

/* issue 9: the save's game_version, started_at and saved_at went into the
 * Markdown raw (<script>, <img onerror> and | through). Every field of
 * every format is escaped for it, names and texts of the scenario too. */
static void every_field_is_escaped_for_its_format(void **state)
{
    (void)state;
    struct rig *r = rig_load();
    struct scenario *sc = r->f->sc;
    snprintf(sc->name, sizeof sc->name, "# <b>Title</b> | x");
    snprintf(sc->summary, sizeof sc->summary, "- one\n# two | three\n1. four `five`");
    snprintf(sc->host, sizeof sc->host, "<i>Host</i>\\|");
    snprintf(sc->seats[AMBER].name, NAME_LEN, "<script>|`b`");
    snprintf(sc->seats[BASALT].name, NAME_LEN, "<img src=x onerror=y>");
    snprintf(sc->sectors[NORTH].name, NAME_LEN, "N|1. `x`");
    fx_covert_sure(r->f);
    fx_unseen(r->f);
    rig_start(r, 1);
    snprintf(r->s->started_at, sizeof r->s->started_at, "<script>|\n# s");
    struct order a = os(r, ORD_PATROL, AMBER, NORTH), b = ot(r, ORD_OBSERVE, BASALT, AMBER);
    rig_turn(r, &a, 1, &b, 1);
    const struct debrief *d = rig_debrief(r);
    const char *version = "<img src=x onerror=alert(1)>|`9`\n# x";
    struct aar_meta m = {"a|b`.json", "2030-01-02T03:04:05Z|<script>alert(1)</script>", version};

    char *md = render_meta(d, 0, &m);
    no_raw_tag(md, "Markdown");
    assert_true(md_tables_whole(md) > 20);
    assert_int_equal(lines_starting(md, "# "), 1); /* the title: no line break got through */
    assert_int_equal(lines_starting(md, "- one"), 0);
    assert_non_null(strstr(md, "&lt;img src=x onerror=alert(1)>\\|\\`9\\` \\# x"));
    assert_non_null(strstr(md, "&lt;script>\\|\\`b\\`"));
    free(md);

    char *html = render_meta(d, 1, &m);
    no_raw_tag(html, "HTML");
    assert_non_null(strstr(html, "&lt;img src=x onerror=alert(1)&gt;|`9`"));
    assert_non_null(strstr(html, "&lt;script&gt;|`b`"));
    free(html);

    char *json = report_json(d, &m);
    assert_non_null(json);
    cJSON *root = cJSON_Parse(json);
    assert_non_null(root);
    const cJSON *x = cJSON_GetObjectItem(root, "exercise");
    assert_string_equal(cJSON_GetObjectItem(x, "game_version")->valuestring, version);
    assert_string_equal(cJSON_GetObjectItem(x, "started_at")->valuestring, "<script>|\n# s");
    const cJSON *seat = cJSON_GetArrayItem(cJSON_GetObjectItem(root, "seats"), AMBER);
    assert_string_equal(cJSON_GetObjectItem(seat, "name")->valuestring, "<script>|`b`");
    cJSON_Delete(root);
    free(json);
    rig_close(r);
}

/* The writers' defence behind the loaders': control characters, C1
 * included, become spaces, and UTF-8 around them is kept whole. */
static void control_characters_never_reach_a_report(void **state)
{
    (void)state;
    struct rig *r = rig_load();
    snprintf(r->f->sc->seats[AMBER].name, NAME_LEN, "Am\xc2\x9b" "2J\x1b[1m\xc4\x81");
    rig_start(r, 1);
    rig_patrol(r);
    const struct debrief *d = rig_debrief(r);
    for (int html = 0; html <= 1; html++) {
        char *text = render(d, html);
        assert_null(strchr(text, '\x1b'));
        assert_null(strstr(text, "\xc2\x9b"));
        assert_non_null(strstr(text, html ? "Am 2J [1m\xc4\x81" : "Am 2J \\[1m\xc4\x81"));
        free(text);
    }
    rig_close(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_field_is_escaped_for_its_format),
        cmocka_unit_test(control_characters_never_reach_a_report),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
