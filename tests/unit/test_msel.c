/* test_msel.c - issue 15: the MSEL as a spreadsheet. RFC 4180 CSV read as
 * spreadsheets write it (quotes, commas and line breaks in cells, a byte
 * order mark or none, CRLF or LF) and written so they read it back; a
 * scenario's injects exported and imported again give the very same
 * scenario; a sheet written by hand imports; bad cells are named by
 * FILE.csv:ROW:COLUMN. */
#include "helpers.h"
#include "errcheck.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/world.h"
#include "data/csv.h"
#include "data/data.h"
#include "data/msel.h"
#include "data/msel_int.h"

#define FIX MANDATE_ASSETS "/../tests/fixtures"

static struct errlist errs;
static char tmpdir[64];

/* tmpdir/name (four calls may be used at once). */
static const char *tmp_path(const char *name)
{
    static char path[4][128];
    static int next;
    char *p = path[next++ % 4];
    snprintf(p, sizeof path[0], "%s/%s", tmpdir, name);
    return p;
}

static void put_file(const char *path, const char *text, size_t n)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(text, 1, n, f), n);
    assert_int_equal(fclose(f), 0);
}

static int parse(const char *text, struct csv_table *t)
{
    errlist_init(&errs);
    return csv_parse(text, strlen(text), "x.csv", t, &errs);
}

/* ---- CSV ---- */

static void csv_should_read_what_spreadsheets_write(void **state)
{
    (void)state;
    struct csv_table t;
    /* a BOM, CRLF, a quoted comma, doubled quotes, line breaks in a cell
     * (CRLF and LF), an empty cell, a trailing comma, a blank line, and a
     * last record without a line end */
    const char *text = "\xef\xbb\xbf" "a,\"b, c\",\"say \"\"hi\"\"\"\r\n"
                       "\"two\r\nlines\",,\"x\ny\",\r\n"
                       "\r\n"
                       "\xce\xbb,end";
    assert_int_equal(parse(text, &t), 1);
    assert_int_equal(t.n, 4);
    assert_int_equal(t.rows[0].n, 3);
    assert_string_equal(t.rows[0].cell[0], "a");
    assert_string_equal(t.rows[0].cell[1], "b, c");
    assert_string_equal(t.rows[0].cell[2], "say \"hi\"");
    assert_int_equal(t.rows[1].n, 4);
    assert_string_equal(t.rows[1].cell[0], "two\nlines");
    assert_string_equal(t.rows[1].cell[1], "");
    assert_string_equal(t.rows[1].cell[2], "x\ny");
    assert_string_equal(t.rows[1].cell[3], "");
    assert_int_equal(t.rows[2].n, 1);
    assert_string_equal(t.rows[2].cell[0], "");
    assert_int_equal(t.rows[3].row, 4);
    assert_string_equal(t.rows[3].cell[0], "\xce\xbb");
    assert_string_equal(t.rows[3].cell[1], "end");
    csv_free(&t);
    /* LF only, no BOM: the same cells */
    assert_int_equal(parse("a,\"b, c\"\n\"two\nlines\",z\n", &t), 1);
    assert_int_equal(t.n, 2);
    assert_string_equal(t.rows[1].cell[0], "two\nlines");
    csv_free(&t);
}

static void csv_errors_should_name_row_and_column(void **state)
{
    (void)state;
    static const struct {
        const char *text, *line;
    } cases[] = {
        { "a,b\nc,d\"e\n", "x.csv:2:2: a quote inside a cell that does not start with one "
                           "(quote the whole cell and write the quote twice)" },
        { "a,\"b\"c\n", "x.csv:1:2: text after the closing quote of a cell (a quote inside "
                        "a cell is written twice: \"\")" },
        { "a\nb,c,\"open\nstill open\n", "x.csv:2:3: a quoted cell never closed (a quote "
                                         "missing at its end)" },
        { "a,b\n\xff,c\n", "x.csv:2:1: bytes that are not UTF-8 (save the file as CSV UTF-8)" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct csv_table t;
        assert_int_equal(parse(cases[i].text, &t), 0);
        expect_line(&errs, cases[i].line);
        assert_int_equal(errs.n, 1);
        assert_null(t.rows);
    }
    struct csv_table t;
    errlist_init(&errs);
    assert_int_equal(csv_parse("a,b\0c\n", 6, "x.csv", &t, &errs), 0);
    expect_line(&errs, "x.csv:1:2: a NUL byte (is this file UTF-16? save it as CSV UTF-8)");
}

static void csv_writer_should_read_back(void **state)
{
    (void)state;
    static const char *const cells[] = {
        "plain", "with, comma", "with \"quotes\"", "two\nlines", " spaced ", "", "\xe6\xb8\xaf",
    };
    enum { N = sizeof cells / sizeof cells[0] };
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    assert_non_null(f);
    csv_put_bom(f);
    for (int i = 0; i < N; i++) {
        if (i)
            fputc(',', f);
        csv_put_cell(f, cells[i]);
    }
    csv_end_row(f);
    fclose(f);
    assert_non_null(strstr(buf, "plain,\"with, comma\",\"with \"\"quotes\"\"\""));
    assert_int_equal(memcmp(buf + n - 2, "\r\n", 2), 0);
    struct csv_table t;
    assert_int_equal(parse(buf, &t), 1);
    assert_int_equal(t.n, 1);
    assert_int_equal(t.rows[0].n, N);
    for (int i = 0; i < N; i++)
        assert_string_equal(t.rows[0].cell[i], cells[i]);
    csv_free(&t);
    free(buf);
}

/* ---- the events list ---- */

/* The scenario of path, loaded; fails the test when it does not load. */
static struct scenario *load(const char *path)
{
    errlist_init(&errs);
    struct scenario *sc = data_load_scenario(path, &errs);
    if (!sc)
        show(&errs);
    assert_non_null(sc);
    return sc;
}

/* Exports the scenario at path to a CSV file; returns its text. */
static char *export_to(const char *path, const char *csv, size_t *len)
{
    errlist_init(&errs);
    char *text = msel_export(path, len, &errs);
    if (!text)
        show(&errs);
    assert_non_null(text);
    put_file(csv, text, *len);
    return text;
}

/* Imports csv into the scenario at base, writes the result to out. */
static void import_to(const char *csv, const char *base, const char *out)
{
    errlist_init(&errs);
    char *json = msel_import(csv, base, &errs);
    if (!json)
        show(&errs);
    assert_non_null(json);
    assert_int_equal(errs.n, 0);
    put_file(out, json, strlen(json));
    free(json);
}

/* A sheet's text imported into the tutorial, loaded (name: its file). */
static struct scenario *import_sheet(const char *name, const char *sheet)
{
    char csv[160], json[160];
    snprintf(csv, sizeof csv, "%s.csv", tmp_path(name));
    snprintf(json, sizeof json, "%s.json", tmp_path(name));
    put_file(csv, sheet, strlen(sheet));
    import_to(csv, MANDATE_ASSETS "/scenarios/tutorial.json", json);
    return load(json);
}

static void round_trip_should_give_the_same_scenario(void **state)
{
    (void)state;
    static const char *const files[] = {
        MANDATE_ASSETS "/scenarios/lakeland.json", MANDATE_ASSETS "/scenarios/tutorial.json",
        MANDATE_ASSETS "/scenarios/veldara.json", FIX "/minimal.json", FIX "/two_seats.json", FIX "/eight_seats.json", FIX "/cjk.json",
    };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        size_t len, len2;
        char *csv = export_to(files[i], tmp_path("a.csv"), &len);
        import_to(tmp_path("a.csv"), files[i], tmp_path("a.json"));
        struct scenario *want = load(files[i]), *got = load(tmp_path("a.json"));
        if (memcmp(want, got, sizeof *want) != 0)
            fail_msg("%s: the imported scenario differs", files[i]);
        assert_true(got->ninjects == want->ninjects);
        /* and the scenario written exports to the very same sheet */
        char *again = export_to(tmp_path("a.json"), tmp_path("b.csv"), &len2);
        assert_int_equal(len2, len);
        assert_memory_equal(again, csv, len);
        free(again);
        free(csv);
        free(want);
        free(got);
    }
}

/* The lakeland sheet as another program may save it: no BOM, LF line ends
 * (also inside cells), columns in another order. */
static void a_resaved_sheet_should_import_the_same(void **state)
{
    (void)state;
    const char *lake = MANDATE_ASSETS "/scenarios/lakeland.json";
    size_t len;
    char *csv = export_to(lake, tmp_path("l.csv"), &len);
    struct csv_table t;
    errlist_init(&errs);
    assert_int_equal(csv_parse(csv, len, "l.csv", &t, &errs), 1);
    /* columns reversed, written with LF */
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    for (int r = 0; r < t.n; r++) {
        for (int k = t.rows[r].n - 1; k >= 0; k--) {
            csv_put_cell(f, t.rows[r].cell[k]);
            if (k)
                fputc(',', f);
        }
        fputc('\n', f);
    }
    fclose(f);
    csv_free(&t);
    assert_null(strstr(buf, "\r"));
    put_file(tmp_path("r.csv"), buf, n);
    import_to(tmp_path("r.csv"), lake, tmp_path("r.json"));
    struct scenario *want = load(lake), *got = load(tmp_path("r.json"));
    assert_memory_equal(want, got, sizeof *want);
    free(want);
    free(got);
    free(buf);
    free(csv);
}

/* A sheet a planner types: only some columns, headings in other words,
 * no ids, a blank row, quotes and commas in the text. */
static void a_sheet_written_by_hand_should_import(void **state)
{
    (void)state;
    const char *sheet =
        "Event #,Turn,Title,Inject,Notes,Audience,Trigger,Effects,Choices\r\n"
        "1,1,Road closed,\"The road to the hills is cut, \"\"for days\"\".\",Watch the hills.,,,"
        "stability -4 sector=hills,\r\n"
        ",,,,,,,,\r\n"
        "2,2,\xe6\xb8\xaf\xe5\x8f\xa3\xe7\xbd\xa2\xe5\xb7\xa5,\"Dockers strike.\nThe port "
        "stops.\",,alvar,avg_stability_below 60,,\"Pay them => pool -3; stability +2 "
        "sector=harbour\nWait\"\r\n";
    struct scenario *sc = import_sheet("hand", sheet);
    assert_int_equal(sc->ninjects, 2);
    const struct inject *a = &sc->injects[0], *b = &sc->injects[1];
    assert_string_equal(a->id, "event_1");
    assert_string_equal(a->text, "The road to the hills is cut, \"for days\".");
    assert_string_equal(a->notes, "Watch the hills.");
    assert_int_equal(a->trigger, TRIG_TURN);
    assert_int_equal(a->turn, 1);
    assert_int_equal(a->neffects, 1);
    assert_int_equal(a->effects[0].kind, EFF_STABILITY);
    assert_int_equal(a->effects[0].amount, -4);
    assert_int_equal(a->effects[0].sector, scenario_sector_index(sc, "hills"));
    assert_string_equal(b->id, "event_2");
    assert_string_equal(b->title, "\xe6\xb8\xaf\xe5\x8f\xa3\xe7\xbd\xa2\xe5\xb7\xa5");
    assert_string_equal(b->text, "Dockers strike.\nThe port stops.");
    assert_int_equal(b->trigger, TRIG_AVG_STABILITY_BELOW);
    assert_int_equal(b->value, 60);
    assert_int_equal(b->turn, 2);
    assert_int_equal(b->audience, scenario_seat_index(sc, "alvar"));
    assert_int_equal(b->nchoices, 2);
    assert_string_equal(b->choices[0].label, "Pay them");
    assert_int_equal(b->choices[0].neffects, 2);
    assert_int_equal(b->choices[0].effects[0].kind, EFF_POOL);
    assert_int_equal(b->choices[0].effects[0].amount, -3);
    assert_string_equal(b->choices[1].label, "Wait");
    assert_int_equal(b->choices[1].neffects, 0);
    free(sc);
}

/* Issue 13: an equipment effect in a cell - its supplier and whether it
 * carries a backdoor - exports as a planner reads it and imports back. */
static void equipment_cells_should_round_trip(void **state)
{
    (void)state;
    const char *sheet =
        "Week,Title,Text,Audience,Choices\r\n"
        "2,Radios,Brenn offers radios.,alvar,\"Take them => equipment 12 supplier=brenn "
        "contingent=alvar backdoor=false\nTake the bugged ones => equipment +9 "
        "supplier=corsa contingent=alvar backdoor=true\"\r\n"
        "3,Kit,Corsa gives HQ a router.,,\r\n";
    struct scenario *sc = import_sheet("eq", sheet);
    const struct inject *in = &sc->injects[0];
    assert_int_equal(in->nchoices, 2);
    const struct effect *a = &in->choices[0].effects[0], *b = &in->choices[1].effects[0];
    assert_int_equal(a->kind, EFF_EQUIPMENT);
    assert_int_equal(a->amount, 12);
    assert_int_equal(a->target, scenario_seat_index(sc, "brenn"));
    assert_int_equal(a->seat, scenario_seat_index(sc, "alvar"));
    assert_int_equal(a->backdoor, 0);
    assert_int_equal(b->target, scenario_seat_index(sc, "corsa"));
    assert_int_equal(b->backdoor, 1);
    free(sc);
    /* exported again, in the words a planner typed */
    size_t len;
    char *csv = export_to(tmp_path("eq.json"), tmp_path("eq2.csv"), &len);
    assert_non_null(strstr(csv, "Take them => equipment +12 supplier=brenn contingent=alvar "
                                "backdoor=false\nTake the bugged ones => equipment +9 "
                                "supplier=corsa contingent=alvar backdoor=true"));
    free(csv);
    /* a word that would read as JSON (true, false, a quote, a bracket) is
     * written quoted, and reads back as the same word */
    cJSON *want = cJSON_Parse("[{\"kind\":\"equipment\",\"amount\":5,\"supplier\":\"true\","
                              "\"contingent\":\"[x\",\"backdoor\":false},"
                              "{\"kind\":\"pool\",\"amount\":-3,\"note\":\"\\\"q\"}]");
    assert_non_null(want);
    char *cell = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&cell, &n);
    assert_non_null(f);
    msel_put_effects(f, want, "; ");
    assert_int_equal(fclose(f), 0);
    assert_string_equal(cell, "equipment +5 supplier=\"true\" contingent=\"[x\" backdoor=false; "
                              "pool -3 note=\"\\\"q\"");
    char why[160] = "";
    cJSON *got = msel_read_effects(cell, why, sizeof why);
    if (!got)
        fail_msg("%s", why);
    assert_true(cJSON_Compare(want, got, 1));
    cJSON_Delete(got);
    cJSON_Delete(want);
    free(cell);
}

static void bad_cells_should_be_named_by_row_and_column(void **state)
{
    (void)state;
    const char *sheet =
        "Week,Title,Text,Trigger,Effects,Choices,Audience\r\n"
        "1,Fine,\"A, b\",,stability -3 sector=harbour,,\r\n"
        "2,Bad trigger,Text,week 3,,,\r\n"
        "x,Bad week,Text,,,,\r\n"
        "3,Bad effect,Text,,stability -300 sector=harbour; morale +2,,\r\n"
        "4,Choices for all,Text,,,\"Yes => pool +2\nNo\",\r\n"
        "5,,Empty title,,,,\r\n"
        "6,Unknown seat,Text,,,,zorro\r\n"
        "7,Junk,Text,,pool five,,\r\n"
        "5,Bad gift,Text,,equipment +5 supplier=brenn backdoor=maybe,,\r\n";
    put_file(tmp_path("bad.csv"), sheet, strlen(sheet));
    const char *csv = tmp_path("bad.csv");
    errlist_init(&errs);
    assert_null(msel_import(csv, MANDATE_ASSETS "/scenarios/tutorial.json", &errs));
    char line[256];
    static const char *const want[] = {
        "3:4: Trigger: unknown trigger kind \"week\"",
        "4:1: Week: expected a week number, got \"x\"",
        "5:5: Effects: effect 1: amount: expected an integer from -100 to 100, got -300",
        "5:5: Effects: effect 2: kind: unknown effect kind \"morale\"",
        "6:6: Choices: only an inject with one contingent as its audience may offer choices",
        "7:2: Title: expected a name of 1-39 columns, got \"\"",
        "8:7: Audience: unknown contingent \"zorro\"",
        "9:5: Effects: effect 1: \"five\": expected a whole number or KEY=VALUE",
        "10:5: Effects: effect 1: backdoor: expected true or false, got a string",
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        snprintf(line, sizeof line, "%s:%s", csv, want[i]);
        expect_line(&errs, line);
    }
    if (errs.n != (int)(sizeof want / sizeof want[0]))
        show(&errs);
    assert_int_equal(errs.n, (int)(sizeof want / sizeof want[0]));
    /* the headings */
    const char *heads = "Week,Title,Colour\r\n1,a,b\r\n";
    put_file(csv, heads, strlen(heads));
    errlist_init(&errs);
    assert_null(msel_import(csv, MANDATE_ASSETS "/scenarios/tutorial.json", &errs));
    snprintf(line, sizeof line, "%s:1:4: no column \"Text\"", csv);
    expect_line(&errs, line);
    assert_true(strstr(errs.line[0], ":1:3: unknown column \"Colour\"") != NULL);
}

static void export_should_refuse_what_it_cannot_write(void **state)
{
    (void)state;
    size_t len;
    errlist_init(&errs);
    assert_null(msel_export(FIX "/bad/unknown_refs.json", &len, &errs));
    assert_true(errs.n > 0);
    assert_non_null(strstr(errs.line[0], "unknown_refs.json: "));
    errlist_init(&errs);
    assert_null(msel_export(FIX "/no_such.json", &len, &errs));
    assert_non_null(strstr(errs.line[0], "no_such.json: cannot open"));
}

static int setup(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/test_msel.XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    static const char *const names[] = { "a.csv", "b.csv", "a.json", "l.csv", "r.csv",
                                         "r.json", "hand.csv", "hand.json", "bad.csv" };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        unlink(tmp_path(names[i]));
    rmdir(tmpdir);
    return 0;
}

int main(void)
{
    unsetenv("MANDATE_ASSETS");
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(csv_should_read_what_spreadsheets_write),
        cmocka_unit_test(csv_errors_should_name_row_and_column),
        cmocka_unit_test(csv_writer_should_read_back),
        cmocka_unit_test(round_trip_should_give_the_same_scenario),
        cmocka_unit_test(a_resaved_sheet_should_import_the_same),
        cmocka_unit_test(a_sheet_written_by_hand_should_import),
        cmocka_unit_test(equipment_cells_should_round_trip),
        cmocka_unit_test(bad_cells_should_be_named_by_row_and_column),
        cmocka_unit_test(export_should_refuse_what_it_cannot_write),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
