/* test_doc.c - the debrief's document model (game/ui/doc.c) without a
 * terminal: rows of runs wrap at spaces with their hang, cells pad and
 * cut to their width, sections are found, and nothing is lost. */
#include "helpers.h"

#include <string.h>

#include "ui/doc.h"

/* Row i's runs joined into buf. */
static const char *row_text(const struct doc *d, int i, char *buf, size_t n)
{
    buf[0] = 0;
    for (int k = 0; k < d->r[i].n; k++) {
        const struct drun *r = &d->run[d->r[i].first + k];
        strncat(buf, d->text + r->off, n - strlen(buf) - 1);
    }
    return buf;
}

static void prose_should_wrap_at_spaces_with_its_hang(void **state)
{
    (void)state;
    struct doc d;
    doc_init(&d);
    doc_reset(&d, 20);
    doc_row(&d, 2, 4);
    doc_put(&d, A_NORMAL, "one two three four five six seven eight");
    doc_end(&d);
    char buf[128];
    assert_int_equal(d.n, 3);
    assert_string_equal(row_text(&d, 0, buf, sizeof buf), "one two three four");
    assert_int_equal(d.r[0].indent, 2);
    assert_string_equal(row_text(&d, 1, buf, sizeof buf), "five six seven");
    assert_int_equal(d.r[1].indent, 6);
    assert_string_equal(row_text(&d, 2, buf, sizeof buf), "eight");
    for (int i = 0; i < d.n; i++) {
        int cols = d.r[i].indent;
        for (int k = 0; k < d.r[i].n; k++)
            cols += d.run[d.r[i].first + k].cols;
        assert_true(cols <= 20);
    }
    doc_free(&d);
}

static void runs_should_keep_their_attributes_across_a_wrap(void **state)
{
    (void)state;
    struct doc d;
    doc_init(&d);
    doc_reset(&d, 20);
    doc_row(&d, 0, 2);
    doc_put(&d, A_BOLD, "Kestria");
    doc_put(&d, A_NORMAL, " intercepts Morvane's radios");
    doc_end(&d);
    char buf[128];
    assert_int_equal(d.n, 2);
    assert_string_equal(row_text(&d, 0, buf, sizeof buf), "Kestria intercepts");
    assert_true(d.run[d.r[0].first].a == A_BOLD);
    assert_true(d.run[d.r[0].first + 1].a == A_NORMAL);
    assert_string_equal(row_text(&d, 1, buf, sizeof buf), "Morvane's radios");
    assert_int_equal(d.r[1].indent, 2);
    doc_free(&d);
}

static void a_word_longer_than_the_row_should_be_cut_not_lost(void **state)
{
    (void)state;
    struct doc d;
    doc_init(&d);
    doc_reset(&d, 16);
    doc_text(&d, A_NORMAL, 0, "abcdefghijklmnopqrstuvwxyz end");
    char buf[128], all[128] = "";
    for (int i = 0; i < d.n; i++)
        strcat(all, row_text(&d, i, buf, sizeof buf));
    assert_string_equal(all, "abcdefghijklmnopqrstuvwxyz end");
    assert_string_equal(row_text(&d, 0, buf, sizeof buf), "abcdefghijklmnop");
    doc_free(&d);
}

static void cells_should_pad_and_cut_to_their_width(void **state)
{
    (void)state;
    struct doc d;
    doc_init(&d);
    doc_reset(&d, 40);
    doc_row(&d, 0, 0);
    doc_cell(&d, A_NORMAL, 6, 0, "Lisselund");
    doc_cell(&d, A_NORMAL, 5, 1, "42");
    doc_to(&d, 14);
    doc_put(&d, A_NORMAL, "|");
    doc_end(&d);
    char buf[128];
    /* a cut ends in an ellipsis ("~" without a UTF-8 terminal) */
    assert_string_equal(row_text(&d, 0, buf, sizeof buf), "Lisse~   42   |");
    assert_int_equal(doc_col(&d), 0);
    doc_free(&d);
}

static void sections_should_be_found_both_ways(void **state)
{
    (void)state;
    struct doc d;
    doc_init(&d);
    doc_reset(&d, 40);
    for (int i = 0; i < 30; i++) {
        doc_textf(&d, A_NORMAL, 0, "row %d", i);
        if (i % 10 == 5)
            doc_mark(&d);
    }
    assert_int_equal(doc_section(&d, 0, 1), 5);
    assert_int_equal(doc_section(&d, 5, 1), 15);
    assert_int_equal(doc_section(&d, 25, 1), 25);
    assert_int_equal(doc_section(&d, 20, -1), 15);
    assert_int_equal(doc_section(&d, 5, -1), 0);
    assert_int_equal(doc_clamp(&d, 100, 10), 20);
    assert_int_equal(doc_clamp(&d, -3, 10), 0);
    doc_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(prose_should_wrap_at_spaces_with_its_hang),
        cmocka_unit_test(runs_should_keep_their_attributes_across_a_wrap),
        cmocka_unit_test(a_word_longer_than_the_row_should_be_cut_not_lost),
        cmocka_unit_test(cells_should_pad_and_cut_to_their_width),
        cmocka_unit_test(sections_should_be_found_both_ways),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
