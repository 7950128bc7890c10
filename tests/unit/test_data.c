/* test_data.c - the data layer: the shipped files load, and every kind of
 * bad input gives the right error lines (file, line:column or JSON path)
 * without aborting. */
#include "helpers.h"
#include "errcheck.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/personality.h"
#include "core/world.h"
#include "data/data.h"
#include "data/save.h"
#include "data/userdir.h"

#define FIX MANDATE_ASSETS "/../tests/fixtures"
#define BAD FIX "/bad"

static struct errlist errs;

/* Fails unless some line of e contains s. */
static void expect_part(const struct errlist *e, const char *s)
{
    for (int i = 0; i < e->n; i++)
        if (strstr(e->line[i], s))
            return;
    show(e);
    fail_msg("no error line contains: %s", s);
}

static void expect_count(const struct errlist *e, int n)
{
    if (errlist_count(e) != n) {
        show(e);
        fail_msg("expected %d error lines, got %d", n, errlist_count(e));
    }
}

static char *slurp(const char *path, size_t *len)
{
    char *t = data_read_file(path, len, NULL);
    assert_non_null(t);
    return t;
}

/* A copy of text with the first `old` after `anchor` replaced by `new`. */
static char *replace_after(const char *text, const char *anchor,
                           const char *old, const char *new)
{
    const char *a = anchor ? strstr(text, anchor) : text;
    assert_non_null(a);
    const char *p = strstr(a, old);
    assert_non_null(p);
    size_t lt = strlen(text), lo = strlen(old), ln = strlen(new);
    char *out = malloc(lt - lo + ln + 1);
    assert_non_null(out);
    size_t head = (size_t)(p - text);
    memcpy(out, text, head);
    memcpy(out + head, new, ln);
    memcpy(out + head + ln, p + lo, lt - head - lo + 1);
    return out;
}

/* A copy of text whose string value of the first `key` after `anchor` is
 * replaced by `value` (given without quotes). */
static char *set_string_after(const char *text, const char *anchor,
                              const char *key, const char *value)
{
    const char *a = strstr(text, anchor);
    assert_non_null(a);
    const char *k = strstr(a, key);
    assert_non_null(k);
    const char *open = strchr(k + strlen(key), '"');
    assert_non_null(open);
    const char *close = open + 1;
    while (*close && *close != '"')
        close += *close == '\\' ? 2 : 1;
    assert_int_equal(*close, '"');
    size_t head = (size_t)(open + 1 - text), lv = strlen(value);
    size_t tail = strlen(close);
    char *out = malloc(head + lv + tail + 1);
    assert_non_null(out);
    memcpy(out, text, head);
    memcpy(out + head, value, lv);
    memcpy(out + head + lv, close, tail + 1);
    return out;
}

static struct scenario *load_bad(const char *name)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", BAD, name);
    errlist_init(&errs);
    return data_load_scenario(path, &errs);
}

/* ---- the shipped files ---- */

static void default_scenarios_should_load(void **state)
{
    (void)state;
    DIR *d = opendir(MANDATE_ASSETS "/scenarios");
    assert_non_null(d);
    int loaded = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        size_t n = strlen(de->d_name);
        if (n < 6 || strcmp(de->d_name + n - 5, ".json") != 0)
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/scenarios/%s", MANDATE_ASSETS,
                 de->d_name);
        errlist_init(&errs);
        struct scenario *sc = data_load_scenario(path, &errs);
        if (!sc)
            show(&errs);
        assert_non_null(sc);
        assert_true(sc->nseats >= MIN_SEATS && sc->nseats <= MAX_SEATS);
        errlist_init(&errs);
        assert_int_equal(data_validate_file(path, &errs), 1);
        free(sc);
        loaded++;
    }
    closedir(d);
    assert_true(loaded > 0);
}

static void default_catalogue_should_load(void **state)
{
    (void)state;
    struct catalogue *cat = malloc(sizeof *cat);
    assert_non_null(cat);
    errlist_init(&errs);
    int ok = data_load_catalogue(MANDATE_ASSETS "/orders.json", cat, &errs);
    if (!ok)
        show(&errs);
    assert_int_equal(ok, 1);
    assert_true(cat->orders[ORD_PATROL].name[0] != '\0');
    assert_true(cat->orders[ORD_OBSERVE].precedent[0] != '\0');
    assert_true(cat->rules.pool_div >= 1);
    free(cat);
}

static void default_personalities_should_load_in_file_name_order(void **s)
{
    (void)s;
    struct personality_set *ps = malloc(sizeof *ps);
    assert_non_null(ps);
    errlist_init(&errs);
    int ok = data_load_personalities(MANDATE_ASSETS "/ai", ps, &errs);
    if (!ok)
        show(&errs);
    assert_int_equal(ok, 1);
    assert_true(ps->n > 0);
    for (int i = 1; i < ps->n; i++)
        assert_true(strcmp(ps->p[i - 1].id, ps->p[i].id) < 0);
    free(ps);
}

/* ---- conversion ---- */

static void fixture_scenario_should_convert_every_field(void **state)
{
    (void)state;
    errlist_init(&errs);
    struct scenario *sc = data_load_scenario(FIX "/minimal.json", &errs);
    if (!sc)
        show(&errs);
    assert_non_null(sc);
    assert_string_equal(sc->id, "minimal");
    assert_int_equal(sc->turns, 8);
    assert_int_equal(sc->nsectors, 2);
    assert_int_equal(sc->nseats, 2);
    assert_int_equal(sc->pool, 20);
    assert_int_equal(sc->collapse_floor, 20);
    assert_non_null(strchr(sc->summary, '\n'));

    assert_int_equal(sc->sectors[0].neighbours, 1u << 1);
    assert_int_equal(sc->sectors[1].neighbours, 1u << 0);
    assert_int_equal(sc->sectors[0].features,
                     (1u << FEAT_HQ) | (1u << FEAT_AIRPORT));
    assert_int_equal(sc->sectors[0].deployed, 1u << 0);
    assert_int_equal(sc->sectors[1].deployed, (1u << 0) | (1u << 1));

    const struct contingent_def *w = &sc->seats[0], *e = &sc->seats[1];
    assert_string_equal(w->colour, "blue");
    assert_int_equal(w->caps[CAP_PATROL], 3);
    assert_int_equal(e->caps[CAP_SIGINT], 4);
    assert_int_equal(w->trust[1], 60);
    assert_int_equal(e->trust[0], 45);
    assert_int_equal(w->nobjectives, 2);
    const struct objective_def *o = &sc->objectives[w->objectives[1]];
    assert_int_equal(o->owner, 0);
    assert_int_equal(o->kind, OBJ_DOSSIERS_ON);
    assert_int_equal(o->target, TARGET_HQ);
    assert_int_equal(o->value, 2);
    o = &sc->objectives[w->objectives[0]];
    assert_int_equal(o->sector, 1);
    assert_int_equal(o->target, -1);
    o = &sc->objectives[e->objectives[0]];
    assert_int_equal(o->owner, 1);
    assert_int_equal(o->target, 0);

    assert_int_equal(sc->ninjects, 3);
    const struct inject *in = &sc->injects[0];
    assert_int_equal(in->trigger, TRIG_TURN);
    assert_int_equal(in->turn, 3);
    assert_int_equal(in->audience, -1);
    assert_int_equal(in->neffects, 2);
    assert_int_equal(in->effects[0].kind, EFF_STABILITY);
    assert_int_equal(in->effects[0].sector, -1);
    assert_int_equal(in->effects[0].seat, -1);
    assert_int_equal(in->effects[0].amount, -5);
    assert_int_equal(in->effects[1].seat, 0);
    assert_int_equal(in->effects[1].target, 1);

    in = &sc->injects[1];
    assert_int_equal(in->trigger, TRIG_THREAT_AT_LEAST);
    assert_int_equal(in->sector, 1);
    assert_int_equal(in->value, 7);
    assert_int_equal(in->turn, 2);
    assert_int_equal(in->audience, 0);
    assert_int_equal(in->nchoices, 2);
    assert_int_equal(in->choices[0].neffects, 1);
    assert_int_equal(in->choices[0].effects[0].kind, EFF_THREAT);
    assert_int_equal(in->choices[1].neffects, 0);

    in = &sc->injects[2];
    assert_int_equal(in->turn, 1);  /* default earliest turn */
    assert_int_equal(in->effects[0].kind, EFF_OBJECTIVES);
    assert_int_equal(in->effects[0].nobjectives, 1);
    o = &sc->objectives[in->effects[0].objectives[0]];
    assert_int_equal(o->owner, 1);
    assert_int_equal(o->kind, OBJ_TRUSTED_BY);
    assert_int_equal(o->target, 0);
    assert_int_equal(sc->nobjectives, 5);
    free(sc);
}

static void text_without_nul_should_parse(void **state)
{
    (void)state;
    size_t len;
    char *text = slurp(FIX "/minimal.json", &len);
    char *exact = malloc(len);      /* no NUL: ASan catches overreads */
    assert_non_null(exact);
    memcpy(exact, text, len);
    errlist_init(&errs);
    struct scenario *sc = data_parse_scenario(exact, len, "x.json", &errs);
    assert_non_null(sc);
    free(sc);
    errlist_init(&errs);
    assert_null(data_parse_scenario(exact, len - 3, "x.json", &errs));
    expect_count(&errs, 1);
    free(exact);
    free(text);
}

/* ---- syntax ---- */

static void syntax_error_should_report_line_and_column(void **state)
{
    (void)state;
    assert_null(load_bad("syntax.json"));
    expect_line(&errs, BAD "/syntax.json:5:3: syntax error near '\"'");
    expect_count(&errs, 1);
}

static void truncated_file_should_report_end_of_file(void **state)
{
    (void)state;
    const char *t = "{\n  \"format\": [1, 2\n";
    errlist_init(&errs);
    assert_null(data_parse_scenario(t, strlen(t), "t.json", &errs));
    expect_line(&errs, "t.json:3:1: syntax error: unexpected end of file");
}

static void trailing_text_should_be_a_syntax_error(void **state)
{
    (void)state;
    const char *t = "{\"format\": \"mandate-scenario\"}\n xyz";
    errlist_init(&errs);
    assert_null(data_parse_scenario(t, strlen(t), "t.json", &errs));
    expect_line(&errs,
                "t.json:2:2: syntax error: text after the end of the JSON value");
}

static void nul_and_control_bytes_should_be_syntax_errors(void **state)
{
    (void)state;
    const char t[] = "{\"a\": 1}\0";
    errlist_init(&errs);
    assert_null(data_parse_scenario(t, sizeof t - 1, "t.json", &errs));
    expect_line(&errs, "t.json:1:9: syntax error: control character 0x00");
    const char *u = "{\"a\":\x01 1}";
    errlist_init(&errs);
    assert_null(data_parse_scenario(u, strlen(u), "u.json", &errs));
    expect_line(&errs, "u.json:1:6: syntax error: control character 0x01");
}

static void empty_input_should_be_an_error(void **state)
{
    (void)state;
    errlist_init(&errs);
    assert_null(data_parse_scenario("", 0, "e.json", &errs));
    expect_part(&errs, "e.json:1:1: empty file");
    errlist_init(&errs);
    assert_null(data_parse_scenario("  \n", 3, "e.json", &errs));
    expect_count(&errs, 1);
}

static void deep_nesting_should_fail_cleanly(void **state)
{
    (void)state;
    size_t n = 5000;
    char *t = malloc(n);
    assert_non_null(t);
    memset(t, '[', n);
    errlist_init(&errs);
    assert_null(data_parse_scenario(t, n, "deep.json", &errs));
    expect_count(&errs, 1);
    expect_part(&errs, "deep.json:1:");
    free(t);
}

/* ---- meaning ---- */

static void scenario_should_report_every_meaning_error(void **state)
{
    (void)state;
    assert_null(load_bad("many_errors.json"));
    const char *f = BAD "/many_errors.json: ";
    char line[512];
    static const char *const want[] = {
        "sectors[0].stability: expected an integer 0-100, got -1",
        "contingents[0].colour: unknown colour \"purple\"",
        "contingents[1].capabilities.sigint: expected an integer 0-5, got 9",
        "mission: missing \"pool\"",
        "injects[0].trigger.turn: expected an integer 1-8, got 20",
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        snprintf(line, sizeof line, "%s%s", f, want[i]);
        expect_line(&errs, line);
    }
    expect_count(&errs, 5);
}

static void unknown_key_should_be_an_error(void **state)
{
    (void)state;
    assert_null(load_bad("unknown_key.json"));
    expect_line(&errs, BAD "/unknown_key.json: sectors[1]: unknown key "
                "\"stabilty\"");
    expect_count(&errs, 1);
}

static void duplicate_key_should_be_an_error(void **state)
{
    (void)state;
    assert_null(load_bad("duplicate_key.json"));
    expect_line(&errs, BAD "/duplicate_key.json: sectors[1]: duplicate key "
                "\"threat\"");
    expect_count(&errs, 1);
}

static void huge_number_should_not_saturate(void **state)
{
    (void)state;
    assert_null(load_bad("huge_number.json"));
    expect_line(&errs, BAD "/huge_number.json: contingents[0].action_points: "
                "expected an integer 1-12, got 3000000000");
    expect_count(&errs, 1);
}

static void fraction_should_not_pass_as_an_integer(void **state)
{
    (void)state;
    assert_null(load_bad("fraction.json"));
    expect_line(&errs, BAD "/fraction.json: sectors[0].population: expected "
                "an integer 0-1000000, got 12.5");
    expect_count(&errs, 1);
}

static void asymmetric_neighbours_should_be_an_error(void **state)
{
    (void)state;
    assert_null(load_bad("asymmetric.json"));
    expect_line(&errs, BAD "/asymmetric.json: sectors[0].neighbours: "
                "\"hills\" does not list \"port\" as a neighbour");
    expect_count(&errs, 1);
}

static void string_too_long_should_be_an_error_not_truncated(void **state)
{
    (void)state;
    assert_null(load_bad("long_string.json"));
    expect_line(&errs, BAD "/long_string.json: contingents[0].name: "
                "expected a name of 1-39 columns, got 43 columns");
    expect_count(&errs, 1);
}

/* issue 9: C1 controls (U+0080-U+009F; U+009B is CSI, which a terminal
 * acts on) are refused like C0, raw in the file or escaped as \u009b. */
static void c1_control_characters_should_be_refused_like_c0(void **state)
{
    (void)state;
    assert_null(load_bad("c1_raw.json"));
    expect_line(&errs, BAD "/c1_raw.json: host: control character U+009B in one-line text");
    expect_count(&errs, 1);
    assert_null(load_bad("c1_escaped.json"));
    expect_line(&errs, BAD "/c1_escaped.json: injects[0].text: control character U+0085 "
                "in text");
    expect_count(&errs, 1);
    /* the first code point past C1 is text: U+00A0 (no-break space) */
    size_t len;
    char *text = slurp(FIX "/minimal.json", &len);
    char *ok = set_string_after(text, "\"port\"", "\"name\"", "Port\\u00a0Amaro");
    errlist_init(&errs);
    struct scenario *sc = data_parse_scenario(ok, strlen(ok), "s.json", &errs);
    if (!sc)
        show(&errs);
    assert_non_null(sc);
    assert_string_equal(sc->sectors[0].name, "Port\xc2\xa0" "Amaro");
    free(sc);
    free(text);
    free(ok);
}

/* s repeated n times into a new string (the caller frees it). */
static char *repeat(const char *s, int n)
{
    size_t l = strlen(s);
    char *r = malloc(l * (size_t)n + 1);
    assert_non_null(r);
    for (int i = 0; i < n; i++)
        memcpy(r + l * (size_t)i, s, l);
    r[l * (size_t)n] = '\0';
    return r;
}

/* The minimal fixture with Westria's name set to value: the scenario, or
 * NULL with errs holding why. */
static struct scenario *with_seat_name(const char *value)
{
    size_t len;
    char *text = slurp(FIX "/minimal.json", &len);
    char *t = set_string_after(text, "\"westria\"", "\"name\"", value);
    errlist_init(&errs);
    struct scenario *sc = data_parse_scenario(t, strlen(t), "m.json", &errs);
    free(text);
    free(t);
    return sc;
}

/* issue 15: a name in any script gets the room of one in English - 39
 * display columns, not 39 bytes (which held 13 Chinese characters). */
static void name_limits_should_count_columns_not_bytes(void **state)
{
    (void)state;
    static const struct {
        const char *unit;      /* one character as UTF-8 */
        int n;                 /* how many */
        int ok;                /* a name of 39 columns at most */
    } cases[] = {
        { "\xe5\xb9\xb3", 19, 1 },          /* 19 CJK: 38 columns, 57 bytes */
        { "\xe5\xb9\xb3", 20, 0 },          /* 40 columns */
        { "\xce\xbb", 39, 1 },              /* 39 Greek: 78 bytes */
        { "\xce\xbb", 40, 0 },
        { "e\xcc\x81", 39, 1 },             /* e + combining acute: 117 bytes */
        { "\xf0\x9d\x90\x80", 39, 1 },     /* U+1D400, 4 bytes, 1 column: 156 */
        { "\xea\xb0\x80", 19, 1 },          /* Hangul */
        { "A", 39, 1 },
        { "A", 40, 0 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *name = repeat(cases[i].unit, cases[i].n);
        struct scenario *sc = with_seat_name(name);
        if (cases[i].ok) {
            if (!sc)
                show(&errs);
            assert_non_null(sc);
            assert_string_equal(sc->seats[0].name, name);
        } else {
            assert_null(sc);
            expect_part(&errs, "m.json: contingents[0].name: expected a name of "
                        "1-39 columns, got 40 columns");
        }
        free(sc);
        free(name);
    }
    /* many combining marks: within 39 columns, but not the buffer's bytes */
    char *heavy = repeat("e\xcc\x81\xcc\x82\xcc\x83", 30);   /* 30 columns, 210 bytes */
    assert_null(with_seat_name(heavy));
    expect_part(&errs, "contingents[0].name: expected a name of 1-39 columns "
                "and at most 156 bytes of UTF-8, got 210");
    free(heavy);
}

static void unknown_references_should_each_be_reported(void **state)
{
    (void)state;
    assert_null(load_bad("unknown_refs.json"));
    const char *f = BAD "/unknown_refs.json: ";
    char line[512];
    static const char *const want[] = {
        "contingents[0].deployed[1]: unknown sector \"valley\"",
        "contingents[1].trust: missing \"westria\"",
        "contingents[1].objectives[0].target: unknown contingent "
        "\"northland\"",
        "injects[0].effects[0].sector: unknown sector \"lake\"",
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        snprintf(line, sizeof line, "%s%s", f, want[i]);
        expect_line(&errs, line);
    }
    expect_count(&errs, 4);
}

/* minimal.json with the effects of its "Send a patrol" choice replaced
 * by effects (a JSON array's items), parsed as s.json. */
static struct scenario *with_choice_effects(const char *effects)
{
    size_t len;
    char *text = slurp(FIX "/minimal.json", &len);
    char *list = malloc(strlen(effects) + 3);
    assert_non_null(list);
    sprintf(list, "[ %s", effects);
    char *edited = replace_after(text, "\"Send a patrol\"", "[", list);
    char *bad = replace_after(edited, "\"Send a patrol\"", "{ \"kind\": \"threat\", "
                              "\"sector\": \"hills\", \"amount\": -2 }", "");
    errlist_init(&errs);
    struct scenario *sc = data_parse_scenario(bad, strlen(bad), "s.json", &errs);
    free(text);
    free(list);
    free(edited);
    free(bad);
    return sc;
}

/* Issue 13: an inject can plant equipment - a supplier's item in a
 * contingent's communications or in the mission network, backdoored or
 * not - and every way to get it wrong is named with its place. */
static void equipment_effects_should_convert_and_report_their_errors(void **state)
{
    (void)state;
    struct scenario *sc = with_choice_effects(
        "{ \"kind\": \"equipment\", \"contingent\": \"westria\", \"supplier\": \"eastmark\", "
        "\"backdoor\": true, \"amount\": 15 },"
        "{ \"kind\": \"equipment\", \"supplier\": \"westria\", \"amount\": 8 }");
    if (!sc)
        show(&errs);
    assert_non_null(sc);
    const struct choice *ch = &sc->injects[1].choices[0];
    assert_int_equal(ch->neffects, 2);
    assert_int_equal(ch->effects[0].kind, EFF_EQUIPMENT);
    assert_int_equal(ch->effects[0].seat, 0);      /* westria takes it */
    assert_int_equal(ch->effects[0].target, 1);    /* eastmark made it */
    assert_int_equal(ch->effects[0].backdoor, 1);
    assert_int_equal(ch->effects[0].amount, 15);
    assert_int_equal(ch->effects[1].seat, -1);     /* the mission network */
    assert_int_equal(ch->effects[1].target, 0);
    assert_int_equal(ch->effects[1].backdoor, 0);  /* absent: clean */
    assert_int_equal(ch->effects[1].amount, 8);
    free(sc);

    assert_null(with_choice_effects(
        "{ \"kind\": \"equipment\", \"contingent\": \"westria\", \"supplier\": \"westria\", "
        "\"amount\": 5 },"
        "{ \"kind\": \"equipment\", \"contingent\": \"westria\", \"amount\": 5 },"
        "{ \"kind\": \"equipment\", \"supplier\": \"eastmark\", \"backdoor\": \"yes\", "
        "\"amount\": 5 },"
        "{ \"kind\": \"equipment\", \"supplier\": \"eastmark\", \"amount\": 101 },"
        "{ \"kind\": \"equipment\", \"supplier\": \"northland\", \"amount\": 5 },"
        "{ \"kind\": \"comms_security\", \"contingent\": \"westria\", "
        "\"supplier\": \"eastmark\", \"amount\": 5 }"));
    static const char *const want[] = {
        "s.json: injects[1].choices[0].effects[0].supplier: expected another contingent than "
        "\"contingent\": a gift comes from a partner",
        "s.json: injects[1].choices[0].effects[1]: missing \"supplier\"",
        "s.json: injects[1].choices[0].effects[2].backdoor: expected true or false, got a string",
        "s.json: injects[1].choices[0].effects[3].amount: expected an integer 0-100, got 101",
        "s.json: injects[1].choices[0].effects[4].supplier: unknown contingent \"northland\"",
        "s.json: injects[1].choices[0].effects[5]: unknown key \"supplier\"",
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        expect_line(&errs, want[i]);
    expect_count(&errs, (int)(sizeof want / sizeof want[0]));
}

static void choices_should_need_a_one_contingent_audience(void **state)
{
    (void)state;
    assert_null(load_bad("choices_for_all.json"));
    expect_part(&errs, "injects[1].choices: only an inject with one "
                "contingent");
    expect_count(&errs, 1);
}

static void scenario_checks_should_catch_bad_text_and_self_references(
    void **state)
{
    (void)state;
    size_t len;
    char *text = slurp(FIX "/minimal.json", &len);
    char *a = set_string_after(text, "\"port\"", "\"name\"", "Port\\u0007");
    char *b = set_string_after(a, "\"e1\"", "\"target\"", "eastmark");
    char *c = replace_after(b, "\"westria\", \"name\"", "\"trust\": {",
                            "\"trust\": { \"westria\": 5, ");
    char *d = set_string_after(c, "\"fuel\"", "\"towards\"", "westria");
    char *bad = set_string_after(d, "\"hills\", \"name\"", "\"name\"",
                                 "Hill\xff");
    errlist_init(&errs);
    assert_null(data_parse_scenario(bad, strlen(bad), "s.json", &errs));
    expect_part(&errs, "s.json: sectors[0].name: control character 0x07");
    expect_part(&errs, "s.json: sectors[1].name: invalid UTF-8");
    expect_part(&errs, "s.json: contingents[1].objectives[0].target: "
                "expected another contingent");
    expect_line(&errs, "s.json: contingents[0].trust.westria: no trust "
                "towards itself");
    expect_part(&errs, "s.json: injects[0].effects[1].towards: expected "
                "another contingent");
    expect_count(&errs, 5);
    free(text);
    free(a);
    free(b);
    free(c);
    free(d);
    free(bad);
}

static void too_many_errors_should_be_counted(void **state)
{
    (void)state;
    char *t = malloc(100000);
    assert_non_null(t);
    size_t n = (size_t)sprintf(t, "{\"format\": \"mandate-scenario\"");
    for (int i = 0; i < 200; i++)
        n += (size_t)sprintf(t + n, ", \"k%d\": %d", i, i);
    n += (size_t)sprintf(t + n, "}");
    errlist_init(&errs);
    assert_null(data_parse_scenario(t, n, "m.json", &errs));
    assert_int_equal(errs.n, ERRLIST_MAX);
    assert_true(errlist_count(&errs) > 200);
    free(t);
}

/* ---- catalogue ---- */

static void catalogue_should_report_a_missing_rule(void **state)
{
    (void)state;
    size_t len;
    char *text = slurp(MANDATE_ASSETS "/orders.json", &len);
    char *bad = replace_after(text, NULL, "\"covert_base\"",
                              "\"covert_bass\"");
    struct catalogue *cat = malloc(sizeof *cat);
    assert_non_null(cat);
    errlist_init(&errs);
    assert_int_equal(data_parse_catalogue(bad, strlen(bad), "o.json", cat,
                                          &errs), 0);
    expect_line(&errs, "o.json: rules: unknown key \"covert_bass\"");
    expect_line(&errs, "o.json: rules: missing \"covert_base\"");
    expect_count(&errs, 2);
    free(cat);
    free(bad);
    free(text);
}

static void catalogue_should_report_orders_missing_or_unknown(void **state)
{
    (void)state;
    size_t len;
    char *text = slurp(MANDATE_ASSETS "/orders.json", &len);
    char *bad = replace_after(text, "\"orders\"", "\"patrol\": {",
                              "\"patrolling\": {");
    struct catalogue *cat = malloc(sizeof *cat);
    assert_non_null(cat);
    errlist_init(&errs);
    assert_int_equal(data_parse_catalogue(bad, strlen(bad), "o.json", cat,
                                          &errs), 0);
    expect_line(&errs, "o.json: orders: unknown key \"patrolling\"");
    expect_line(&errs, "o.json: orders: missing \"patrol\"");
    free(cat);
    free(bad);
    free(text);
}

static void covert_order_should_need_precedent_and_question(void **state)
{
    (void)state;
    size_t len;
    char *text = slurp(MANDATE_ASSETS "/orders.json", &len);
    char *a = set_string_after(text, "\"intercept\": {", "\"precedent\"", "");
    char *bad = set_string_after(a, "\"intercept\": {", "\"question\"", "");
    struct catalogue *cat = malloc(sizeof *cat);
    assert_non_null(cat);
    errlist_init(&errs);
    assert_int_equal(data_parse_catalogue(bad, strlen(bad), "o.json", cat,
                                          &errs), 0);
    expect_part(&errs, "o.json: orders.intercept.precedent: expected a text "
                "of 1-639 columns, got \"\"");
    expect_part(&errs, "o.json: orders.intercept.question: expected");
    expect_count(&errs, 2);
    free(cat);
    free(a);
    free(bad);
    free(text);
}

/* Issue 13: a precedent may carry a source line (publication and date).
 * It is read when given, "" when absent, and an empty or over-long one
 * is an error naming its place. */
static void order_source_should_be_optional_but_not_empty(void **state)
{
    (void)state;
    size_t len;
    char *text = slurp(MANDATE_ASSETS "/orders.json", &len);
    struct catalogue *cat = malloc(sizeof *cat);
    assert_non_null(cat);
    errlist_init(&errs);
    char *given = set_string_after(text, "\"intercept\": {", "\"source\"",
                                   "A Paper, 1 May 2001");
    assert_int_equal(data_parse_catalogue(given, strlen(given), "o.json", cat,
                                          &errs), 1);
    assert_string_equal(cat->orders[ORD_INTERCEPT].source, "A Paper, 1 May 2001");
    assert_string_equal(cat->orders[ORD_PATROL].source, "");
    char *empty = set_string_after(text, "\"intercept\": {", "\"source\"", "");
    errlist_init(&errs);
    assert_int_equal(data_parse_catalogue(empty, strlen(empty), "o.json", cat,
                                          &errs), 0);
    expect_line(&errs, "o.json: orders.intercept.source: expected one line of "
                "text of 1-159 columns, got \"\"");
    expect_count(&errs, 1);
    char long_source[200];
    memset(long_source, 'x', sizeof long_source - 1);
    long_source[sizeof long_source - 1] = '\0';
    char *too_long = set_string_after(text, "\"intercept\": {", "\"source\"",
                                      long_source);
    errlist_init(&errs);
    assert_int_equal(data_parse_catalogue(too_long, strlen(too_long), "o.json",
                                          cat, &errs), 0);
    expect_part(&errs, "o.json: orders.intercept.source: expected one line");
    expect_count(&errs, 1);
    free(cat);
    free(given);
    free(empty);
    free(too_long);
    free(text);
}

static void wrong_kind_of_file_should_say_so(void **state)
{
    (void)state;
    errlist_init(&errs);
    assert_null(data_load_scenario(MANDATE_ASSETS "/orders.json", &errs));
    expect_line(&errs, MANDATE_ASSETS "/orders.json: format: this is a "
                "\"mandate-orders\" file, expected \"mandate-scenario\"");
    expect_count(&errs, 1);
}

/* ---- personalities ---- */

static void personality_should_report_every_error(void **state)
{
    (void)state;
    struct personality p;
    errlist_init(&errs);
    assert_int_equal(data_load_personality(BAD "/personality.json", &p,
                                           &errs), 0);
    const char *f = BAD "/personality.json: ";
    char line[512];
    static const char *const want[] = {
        "unknown key \"colour\"",
        "weights: missing \"influence\"",
        "risk: expected an integer 0-100, got 101",
        "share: unknown share level \"lots\"",
        "random: expected true or false, got a string",
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        snprintf(line, sizeof line, "%s%s", f, want[i]);
        expect_line(&errs, line);
    }
    expect_part(&errs, "personality.json: id: expected an id");
    expect_count(&errs, 6);
}

static void personality_folder_should_match_ids_to_file_names(void **state)
{
    (void)state;
    struct personality_set *ps = malloc(sizeof *ps);
    assert_non_null(ps);
    errlist_init(&errs);
    assert_int_equal(data_load_personalities(BAD "/ai", ps, &errs), 0);
    expect_line(&errs, BAD "/ai/misnamed.json: id: \"calm\" differs from the "
                "file name");
    assert_int_equal(ps->n, 1);
    assert_string_equal(ps->p[0].id, "calm");
    errlist_init(&errs);
    assert_int_equal(data_load_personalities(BAD "/no_such_dir", ps, &errs),
                     0);
    expect_count(&errs, 1);
    free(ps);
}

/* ---- files, validation, paths ---- */

static void validate_should_give_one_line_for_other_json(void **state)
{
    (void)state;
    errlist_init(&errs);
    assert_int_equal(data_validate_file(BAD "/not_mandate.json", &errs), 0);
    expect_count(&errs, 1);
    expect_part(&errs, "not_mandate.json: not a Mandate file");
}

static void validate_should_check_every_kind(void **state)
{
    (void)state;
    errlist_init(&errs);
    assert_int_equal(data_validate_file(FIX "/minimal.json", &errs), 1);
    assert_int_equal(data_validate_file(MANDATE_ASSETS "/orders.json", &errs),
                     1);
    assert_int_equal(data_validate_file(BAD "/ai/calm.json", &errs), 1);
    expect_count(&errs, 0);
    assert_int_equal(data_validate_file(BAD "/personality.json", &errs), 0);
    expect_count(&errs, 6);
}

static void validate_should_need_personality_files(void **state)
{
    (void)state;
    size_t len;
    char *text = slurp(FIX "/minimal.json", &len);
    char *bad = set_string_after(text, "\"westria\"", "\"personality\"",
                                 "nobody_home");
    char tmp[] = "/tmp/test_data_XXXXXX";
    int fd = mkstemp(tmp);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    assert_non_null(f);
    fputs(bad, f);
    fclose(f);
    errlist_init(&errs);
    assert_int_equal(data_validate_file(tmp, &errs), 0);
    expect_part(&errs, ": contingents[0].personality: no personality "
                "\"nobody_home\"");
    expect_count(&errs, 1);
    remove(tmp);
    free(bad);
    free(text);
}

static void read_file_should_name_the_file(void **state)
{
    (void)state;
    errlist_init(&errs);
    assert_null(data_read_file(FIX "/no_such_file.json", NULL, &errs));
    expect_part(&errs, "no_such_file.json: cannot open");
    errlist_init(&errs);
    assert_null(data_read_file(FIX, NULL, &errs));
    expect_part(&errs, "fixtures: is a folder");
}

static void scenario_path_should_resolve_names(void **state)
{
    (void)state;
    char out[64];
    unsetenv("MANDATE_ASSETS");
    assert_string_equal(data_assets_dir(), MANDATE_ASSETS);
    setenv("MANDATE_ASSETS", "/x/assets", 1);
    assert_int_equal(data_scenario_path("lakeland", out, sizeof out), 1);
    assert_string_equal(out, "/x/assets/scenarios/lakeland.json");
    assert_int_equal(data_scenario_path("my.json", out, sizeof out), 1);
    assert_string_equal(out, "my.json");
    assert_int_equal(data_scenario_path("dir/x", out, sizeof out), 1);
    assert_string_equal(out, "dir/x");
    assert_int_equal(data_scenario_path("a_very_long_name_that_will_not_fit"
                                        "_in_the_buffer", out, sizeof out), 0);
    assert_int_equal(data_scenario_path("", out, sizeof out), 0);
    unsetenv("MANDATE_ASSETS");
}

/* issue 15: an installed mandate keeps a user's files in the XDG folders. */
static void user_dirs_should_follow_xdg(void **state)
{
    (void)state;
    char out[128];
    setenv("HOME", "/home/ana", 1);
    unsetenv("XDG_DATA_HOME");
    unsetenv("XDG_CONFIG_HOME");
    assert_int_equal(userdir_data("saves", out, sizeof out), 1);
    assert_string_equal(out, "/home/ana/.local/share/mandate/saves");
    assert_int_equal(userdir_config(NULL, out, sizeof out), 1);
    assert_string_equal(out, "/home/ana/.config/mandate");
    setenv("XDG_DATA_HOME", "/data/ana", 1);
    setenv("XDG_CONFIG_HOME", "/etc/ana", 1);
    assert_int_equal(userdir_data("saves", out, sizeof out), 1);
    assert_string_equal(out, "/data/ana/mandate/saves");
    assert_int_equal(userdir_config("", out, sizeof out), 1);
    assert_string_equal(out, "/etc/ana/mandate");
    /* empty or relative: ignored, as the specification says */
    setenv("XDG_DATA_HOME", "", 1);
    setenv("XDG_CONFIG_HOME", "relative/dir", 1);
    assert_int_equal(userdir_data("saves", out, sizeof out), 1);
    assert_string_equal(out, "/home/ana/.local/share/mandate/saves");
    assert_int_equal(userdir_config(NULL, out, sizeof out), 1);
    assert_string_equal(out, "/home/ana/.config/mandate");
    /* without $HOME: the password database's home, absolute */
    unsetenv("HOME");
    unsetenv("XDG_DATA_HOME");
    if (userdir_data("saves", out, sizeof out))
        assert_true(out[0] == '/' && strstr(out, "/.local/share/mandate/saves"));
    /* too long for the buffer: refused, never cut */
    setenv("XDG_DATA_HOME", "/a/rather/long/folder/name", 1);
    assert_int_equal(userdir_data("saves", out, 20), 0);
    assert_string_equal(out, "");
    unsetenv("XDG_DATA_HOME");
    unsetenv("XDG_CONFIG_HOME");
    /* the build run from its checkout keeps the checkout's saves/ */
    unsetenv("MANDATE_SAVE_DIR");
    save_set_dir(NULL);
#ifdef MANDATE_SAVES
    assert_string_equal(save_dir(), MANDATE_SAVES);
#endif
}

static void errlist_should_cap_and_clean_lines(void **state)
{
    (void)state;
    errlist_init(&errs);
    errlist_add(&errs, "a\x1b[31mb\n");
    assert_string_equal(errs.line[0], "a?[31mb?");
    errlist_add(&errs, "x\xff\xc2\x9b[2J \xc3\xa9");
    assert_string_equal(errs.line[1], "x???[2J \xc3\xa9");
    for (int i = 0; i < ERRLIST_MAX + 10; i++)
        errlist_add(&errs, "%0400d", i);
    assert_int_equal(errs.n, ERRLIST_MAX);
    assert_int_equal(errlist_count(&errs), ERRLIST_MAX + 12);
    assert_int_equal(strlen(errs.line[2]), ERRLIST_LINE - 1);
    errlist_add(NULL, "dropped");
}

int main(void)
{
    unsetenv("MANDATE_ASSETS");
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(default_scenarios_should_load),
        cmocka_unit_test(default_catalogue_should_load),
        cmocka_unit_test(default_personalities_should_load_in_file_name_order),
        cmocka_unit_test(fixture_scenario_should_convert_every_field),
        cmocka_unit_test(text_without_nul_should_parse),
        cmocka_unit_test(syntax_error_should_report_line_and_column),
        cmocka_unit_test(truncated_file_should_report_end_of_file),
        cmocka_unit_test(trailing_text_should_be_a_syntax_error),
        cmocka_unit_test(nul_and_control_bytes_should_be_syntax_errors),
        cmocka_unit_test(empty_input_should_be_an_error),
        cmocka_unit_test(deep_nesting_should_fail_cleanly),
        cmocka_unit_test(scenario_should_report_every_meaning_error),
        cmocka_unit_test(unknown_key_should_be_an_error),
        cmocka_unit_test(duplicate_key_should_be_an_error),
        cmocka_unit_test(huge_number_should_not_saturate),
        cmocka_unit_test(fraction_should_not_pass_as_an_integer),
        cmocka_unit_test(asymmetric_neighbours_should_be_an_error),
        cmocka_unit_test(string_too_long_should_be_an_error_not_truncated),
        cmocka_unit_test(c1_control_characters_should_be_refused_like_c0),
        cmocka_unit_test(unknown_references_should_each_be_reported),
        cmocka_unit_test(equipment_effects_should_convert_and_report_their_errors),
        cmocka_unit_test(choices_should_need_a_one_contingent_audience),
        cmocka_unit_test(
            scenario_checks_should_catch_bad_text_and_self_references),
        cmocka_unit_test(too_many_errors_should_be_counted),
        cmocka_unit_test(catalogue_should_report_a_missing_rule),
        cmocka_unit_test(catalogue_should_report_orders_missing_or_unknown),
        cmocka_unit_test(covert_order_should_need_precedent_and_question),
        cmocka_unit_test(order_source_should_be_optional_but_not_empty),
        cmocka_unit_test(wrong_kind_of_file_should_say_so),
        cmocka_unit_test(personality_should_report_every_error),
        cmocka_unit_test(personality_folder_should_match_ids_to_file_names),
        cmocka_unit_test(validate_should_give_one_line_for_other_json),
        cmocka_unit_test(validate_should_check_every_kind),
        cmocka_unit_test(validate_should_need_personality_files),
        cmocka_unit_test(read_file_should_name_the_file),
        cmocka_unit_test(scenario_path_should_resolve_names),
        cmocka_unit_test(user_dirs_should_follow_xdg),
        cmocka_unit_test(name_limits_should_count_columns_not_bytes),
        cmocka_unit_test(errlist_should_cap_and_clean_lines),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
