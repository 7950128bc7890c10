/* test_debrief_pages.c - the terminal's debrief pages as the debrief's
 * document (issue 10: one debrief walk): debrief_document with pages
 * gives the seven pages with their tabs and titles, laid out for the
 * width asked, and trender.h renders a page into the terminal document
 * (ASCII here: no terminal is open) with its sections marked; a report
 * built from the same model without pages holds no page. */
#include "report_rig.h"

#include "report/debrief_doc.h"
#include "report/rdoc.h"
#include "ui/debrief/trender.h"

/* A game of two turns: Amber intercepts Basalt, who is sure to detect it
 * and to blame Amber. */
static struct rig *game(void)
{
    struct rig *r = rig_load();
    fx_covert_sure(r->f);
    fx_seen(r->f);
    rig_start(r, 1);
    rig_patrol(r);
    struct order a = ot(r, ORD_INTERCEPT, AMBER, BASALT);
    struct order b = os(r, ORD_PATROL, BASALT, SOUTH);
    rig_turn(r, &a, 1, &b, 1);
    rig_debrief(r);
    return r;
}

static int cols(const char *s)
{
    return (int)strlen(s);
}

static struct rdoc *pages(const struct debrief *d, int width)
{
    struct debrief_doc_opts o = {NULL, 1, width, 20, cols, "saves/x.json"};
    struct rdoc *doc = debrief_document(d, &o);
    assert_non_null(doc);
    return doc;
}

/* 1 when a row of page p of doc (rendered at width) holds needle; its
 * index into *row. */
static int page_has(const struct rdoc *doc, int p, int width, const char *needle, int *row)
{
    struct page pg;
    page_init(&pg);
    page_reset(&pg, width);
    trender_page(&pg, doc, p);
    int found = 0;
    for (int i = 0; i < pg.n && !found; i++) {
        char line[1024] = "";
        for (int k = 0; k < pg.l[i].nrun; k++)
            strncat(line, pg.text + pg.run[pg.l[i].first + k].off, sizeof line - strlen(line) - 1);
        if (strstr(line, needle)) {
            found = 1;
            if (row)
                *row = pg.l[i].mark;
        }
    }
    page_free(&pg);
    return found;
}

static void pages_should_be_seven_with_their_titles(void **state)
{
    (void)state;
    static const char *const titles[] = {
        "Declassified timeline: every hidden order by week",
        "Who spied on whom",
        "Trust and stability over time",
        "Both scores: the mandate and the capitals",
        "Learning objectives that came up",
        "Strengths, areas for improvement, improvement plan",
        "The AI's reasons for its key decisions",
    };
    struct rig *r = game();
    struct rdoc *doc = pages(r->d, 79);
    assert_int_equal(trender_pages(doc), 7);
    for (int p = 0; p < 7; p++) {
        int k = trender_page_block(doc, p);
        assert_true(k >= 0);
        assert_string_equal(rdoc_text(doc, doc->b[k].tip), titles[p]);
        assert_true(rdoc_text(doc, doc->b[k].label)[0]);
    }
    assert_int_equal(trender_page_block(doc, 7), -1);
    rdoc_free(doc);
    rig_close(r);
}

static void a_page_should_render_with_its_weeks_marked(void **state)
{
    (void)state;
    struct rig *r = game();
    struct rdoc *doc = pages(r->d, 79);
    int mark = 0;
    assert_true(page_has(doc, 0, 79, "Week 2 of", &mark));
    assert_int_equal(mark, 1);
    assert_true(page_has(doc, 0, 79, "SUCCEEDED roll", NULL));
    assert_true(page_has(doc, 0, 79, "DETECTED roll", NULL));
    assert_false(page_has(doc, 1, 79, "Week 2 of", NULL)); /* page 2 is the next */
    assert_true(page_has(doc, 1, 79, "by \\ on", NULL));   /* ASCII: no UTF-8 here */
    assert_true(page_has(doc, 5, 79, "mandate report saves/x.json --format html", NULL));
    rdoc_free(doc);
    rig_close(r);
}

static void the_layout_should_follow_the_width_asked(void **state)
{
    (void)state;
    struct rig *r = game();
    struct rdoc *narrow = pages(r->d, 60), *wide = pages(r->d, 139);
    /* the spy matrix: three numbers a cell when narrow, four when wide */
    assert_true(page_has(narrow, 1, 60, "detected (rightly", NULL));
    assert_true(page_has(wide, 1, 139, "/ rightly attributed.", NULL));
    /* the charts: stacked when narrow, side by side when wide */
    assert_true(page_has(narrow, 2, 60, "Reputation: the trust the others hold", NULL));
    assert_true(page_has(wide, 2, 139, "Reputation: trust held in each", NULL));
    rdoc_free(narrow);
    rdoc_free(wide);
    rig_close(r);
}

static void the_report_should_hold_no_page(void **state)
{
    (void)state;
    struct rig *r = game();
    struct debrief_doc_opts o = {NULL, 0, 0, 0, NULL, NULL};
    struct rdoc *doc = debrief_document(r->d, &o);
    assert_non_null(doc);
    assert_int_equal(trender_pages(doc), 0);
    rdoc_free(doc);
    rig_close(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(pages_should_be_seven_with_their_titles),
        cmocka_unit_test(a_page_should_render_with_its_weeks_marked),
        cmocka_unit_test(the_layout_should_follow_the_width_asked),
        cmocka_unit_test(the_report_should_hold_no_page),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
