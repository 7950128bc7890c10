/* test_report_views.c - what the reports let out (issue 9): every text
 * field is escaped for its format (Markdown, HTML, JSON), whatever it
 * holds; and a seat's own report, or the public record of a game still
 * in progress, is built from what that seat (or every seat) saw: it names
 * none of another seat's secret operations. Games are built by hand on
 * the two-seat fixture (report_rig.h). */
#include "report_rig.h"

#include <strings.h>

#include <cJSON.h>

#include "data/save.h"

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
    snprintf(r->s->rec.started_at, sizeof r->s->rec.started_at, "<script>|\n# s");
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


/* --- a seat's own report and the public record ----------------------------------- */

/* A game in progress, two turns: on turn 1 Amber courts the host government
 * and Basalt observes Amber, both unseen; on turn 2 Basalt intercepts
 * Amber and Amber detects it without knowing whom to blame. */
static struct rig *secret_game(void)
{
    struct rig *r = rig_load();
    struct catalogue *cat = &r->f->pub.cat;
    fx_covert_sure(r->f);
    fx_attrib_unknown(r->f);
    cat->rules.detect_min = 0;
    cat->rules.detect_max = 1000;
    cat->orders[ORD_OBSERVE].detect_mod = -1000;
    cat->orders[ORD_COURT].detect_mod = -1000;
    cat->orders[ORD_INTERCEPT].detect_mod = 1000;
    rig_start(r, 1);
    struct order a1[] = {o_(r, ORD_COURT, AMBER), os(r, ORD_PATROL, AMBER, NORTH)};
    struct order b1[] = {ot(r, ORD_OBSERVE, BASALT, AMBER), os(r, ORD_PATROL, BASALT, SOUTH)};
    rig_turn(r, a1, 2, b1, 2);
    struct order a2 = os(r, ORD_PATROL, AMBER, NORTH);
    struct order b2 = ot(r, ORD_INTERCEPT, BASALT, AMBER);
    rig_turn(r, &a2, 1, &b2, 1);
    assert_int_equal(r->s->g.phase, PHASE_ORDERS);
    return r;
}

static struct debrief *doc_for(struct rig *r, int viewer)
{
    struct debrief *d = debrief_build_for(r->s, NULL, &r->book, viewer);
    assert_non_null(d);
    return d;
}

/* The first place text holds needle in any case, or NULL. */
static const char *find_nocase(const char *text, const char *needle)
{
    size_t n = strlen(needle);
    for (const char *p = text; *p; p++)
        if (strncasecmp(p, needle, n) == 0)
            return p;
    return NULL;
}

/* Fails when any of the three forms of d holds needle (any case). */
static void never_says(const struct debrief *d, const char *needle)
{
    char *forms[3] = {render(d, 0), render(d, 1), report_json(d, NULL)};
    const char *names[3] = {"Markdown", "HTML", "JSON"};
    for (int i = 0; i < 3; i++) {
        assert_non_null(forms[i]);
        const char *hit = find_nocase(forms[i], needle);
        if (hit)
            fail_msg("%s names \"%s\": ...%.80s", names[i], needle, hit);
    }
    for (int i = 0; i < 3; i++)
        free(forms[i]);
}

/* 1 when some note of d holds both a and b. */
static int note_with(const struct debrief *d, const char *a, const char *b)
{
    for (int i = 0; i < d->nnotes; i++)
        if (strstr(d->notes[i].text, a) && (!b || strstr(d->notes[i].text, b)))
            return 1;
    return 0;
}

/* issue 9: report --seat writes what that seat knew, built from its own
 * orders and the events it was told: its own operations with their dice,
 * what it detected, the public record; none of the other's unseen ones. */
static void a_seats_report_holds_its_own_operations_and_none_of_anothers(void **state)
{
    (void)state;
    struct rig *r = secret_game();
    struct debrief *a = doc_for(r, AMBER);
    assert_int_equal(a->viewer, AMBER);
    assert_int_equal(a->nops, 1);
    assert_int_equal(a->ops[0].seat, AMBER);
    assert_int_equal(a->ops[0].kind, ORD_COURT);
    assert_true(a->ops[0].resolved && a->ops[0].success && !a->ops[0].detected);
    /* what it detected, and the incident everyone heard of, name no
     * culprit; in its own voice, as its log read them (issue 10) */
    assert_true(note_with(a, "Caught: Intercept against us", "culprit unknown"));
    assert_true(note_with(a, "INCIDENT: Intercept against us detected", "culprit unknown"));
    assert_false(note_with(a, "Basalt", NULL));
    never_says(a, "observe"); /* Basalt's unseen operation */
    /* its secret objectives, its own score; Basalt's is secret until the end */
    assert_int_equal(a->nobjectives, 3);
    assert_true(debrief_score_known(a, AMBER));
    assert_false(debrief_score_known(a, BASALT));
    assert_int_equal(a->seat[BASALT].national.total, 0);
    assert_int_equal(a->winner, -1);
    char *md = render(a, 0);
    assert_non_null(strstr(md, "# Amber's own report"));
    assert_non_null(strstr(md, "| Amber | Court host government | the host government |"));
    assert_null(strstr(md, "| Seed |")); /* the seed would foretell the dice */
    free(md);
    debrief_free(a);

    struct debrief *b = doc_for(r, BASALT);
    assert_int_equal(b->nops, 2);
    for (int k = 0; k < b->nops; k++)
        assert_int_equal(b->ops[k].seat, BASALT);
    never_says(b, "court"); /* Amber's unseen operation */
    assert_true(note_with(b, "New dossier on Amber", NULL));
    debrief_free(b);
    rig_close(r);
}

/* issue 9: the public record of a game in progress names no secret
 * operation and no culprit, and withholds every national score. */
static void the_public_record_names_no_secret_operation(void **state)
{
    (void)state;
    struct rig *r = secret_game();
    struct debrief *p = doc_for(r, VIEW_PUBLIC);
    assert_int_equal(p->nops, 0);
    assert_int_equal(p->nreasons, 0);
    assert_int_equal(p->nobjectives, 0);
    for (int i = 0; i < p->nseats; i++)
        assert_false(debrief_score_known(p, i));
    assert_true(note_with(p, "INCIDENT: Intercept against Amber detected", "culprit unknown"));
    for (int i = 0; i < p->nnotes; i++)
        assert_false(p->notes[i].own);
    never_says(p, "observe");
    never_says(p, "court");
    never_says(p, "dossier");
    never_says(p, "Basalt's"); /* no act of Basalt's is public */
    char *json = report_json(p, NULL);
    cJSON *root = cJSON_Parse(json);
    assert_non_null(root);
    assert_string_equal(cJSON_GetObjectItem(root, "view")->valuestring, "public");
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(root, "timeline")), 0);
    assert_null(cJSON_GetObjectItem(root, "objectives"));
    assert_true(cJSON_IsNull(cJSON_GetObjectItem(cJSON_GetObjectItem(root, "exercise"), "seed")));
    cJSON_Delete(root);
    free(json);
    debrief_free(p);
    /* the facilitator's debrief of the same game holds both seats' orders */
    struct debrief *all = doc_for(r, VIEW_FACILITATOR);
    assert_int_equal(all->nops, 3);
    char *md = render(all, 0);
    assert_non_null(find_nocase(md, "observe")); /* what never_says looked for */
    assert_non_null(find_nocase(md, "court"));
    free(md);
    debrief_free(all);
    rig_close(r);
}

/* A Lakeland game half played by the AI: each seat's report holds its own
 * AI reasons only, and none of another seat's reason texts appears in it
 * or in the public record. */
static void ai_reasons_stay_with_their_seat(void **state)
{
    (void)state;
    struct bundle *b = calloc(1, sizeof *b);
    struct session *s = calloc(1, sizeof *s);
    struct errlist *e = calloc(1, sizeof *e);
    struct lesson_book *book = calloc(1, sizeof *book);
    assert_true(b && s && e && book);
    errlist_init(e);
    assert_true(bundle_load(b, "lakeland", e));
    assert_true(data_load_lessons(NULL, book, e));
    session_init(s, b->sc, &b->pub, &b->ps, 9);
    session_keep_history(s);
    for (int t = 0; t < 5; t++) {
        session_ai_all(s);
        session_resolve(s);
    }
    struct debrief *all = debrief_build(s, NULL, book);
    assert_non_null(all);
    assert_true(all->nreasons > 10);
    for (int viewer = VIEW_PUBLIC; viewer < b->sc->nseats; viewer++) {
        if (viewer == VIEW_FACILITATOR)
            continue;
        struct debrief *d = debrief_build_for(s, NULL, book, viewer);
        assert_non_null(d);
        for (int i = 0; i < d->nreasons; i++)
            assert_int_equal(d->reasons[i].seat, viewer);
        for (int k = 0; k < d->nops; k++)
            assert_int_equal(d->ops[k].seat, viewer);
        char *json = report_json(d, NULL);
        assert_non_null(json);
        int others = 0;
        for (int i = 0; i < all->nreasons; i++) {
            if (all->reasons[i].seat == viewer)
                continue;
            others++;
            /* a reason text as the JSON writer escapes it: cJSON's own */
            cJSON *str = cJSON_CreateString(all->reasons[i].text);
            char *quoted = cJSON_PrintUnformatted(str);
            if (strstr(json, quoted))
                fail_msg("seat %d's report holds seat %d's reason: %s", viewer,
                         all->reasons[i].seat, all->reasons[i].text);
            cJSON_free(quoted);
            cJSON_Delete(str);
        }
        assert_true(others > 0);
        free(json);
        debrief_free(d);
    }
    debrief_free(all);
    session_free(s);
    bundle_free(b);
    free(b);
    free(s);
    free(e);
    free(book);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_field_is_escaped_for_its_format),
        cmocka_unit_test(control_characters_never_reach_a_report),
        cmocka_unit_test(a_seats_report_holds_its_own_operations_and_none_of_anothers),
        cmocka_unit_test(the_public_record_names_no_secret_operation),
        cmocka_unit_test(ai_reasons_stay_with_their_seat),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
