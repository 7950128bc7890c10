/* test_page.c - the terminal document (game/ui/tk/page.c) without a
 * terminal: rows of runs wrap at spaces with their hang, cells pad and
 * cut to their width, sections and items are found, and nothing is
 * lost. */
#include "helpers.h"

#include <string.h>

#include "ui/tk/page.h"

/* Row i's runs joined into buf. */
static const char *row_text(const struct page *d, int i, char *buf, size_t n)
{
    buf[0] = 0;
    for (int k = 0; k < d->l[i].nrun; k++) {
        const struct prun *r = &d->run[d->l[i].first + k];
        strncat(buf, d->text + r->off, n - strlen(buf) - 1);
    }
    return buf;
}

static void prose_should_wrap_at_spaces_with_its_hang(void **state)
{
    (void)state;
    struct page d;
    page_init(&d);
    page_reset(&d, 20);
    page_row(&d, 2, 4);
    page_put(&d, A_NORMAL, "one two three four five six seven eight");
    page_end(&d);
    char buf[128];
    assert_int_equal(d.n, 3);
    assert_string_equal(row_text(&d, 0, buf, sizeof buf), "one two three four");
    assert_int_equal(d.l[0].indent, 2);
    assert_string_equal(row_text(&d, 1, buf, sizeof buf), "five six seven");
    assert_int_equal(d.l[1].indent, 6);
    assert_string_equal(row_text(&d, 2, buf, sizeof buf), "eight");
    for (int i = 0; i < d.n; i++) {
        int cols = d.l[i].indent;
        for (int k = 0; k < d.l[i].nrun; k++)
            cols += d.run[d.l[i].first + k].cols;
        assert_true(cols <= 20);
    }
    page_free(&d);
}

static void runs_should_keep_their_attributes_across_a_wrap(void **state)
{
    (void)state;
    struct page d;
    page_init(&d);
    page_reset(&d, 20);
    page_row(&d, 0, 2);
    page_put(&d, A_BOLD, "Kestria");
    page_put(&d, A_NORMAL, " intercepts Morvane's radios");
    page_end(&d);
    char buf[128];
    assert_int_equal(d.n, 2);
    assert_string_equal(row_text(&d, 0, buf, sizeof buf), "Kestria intercepts");
    assert_true(d.run[d.l[0].first].a == A_BOLD);
    assert_true(d.run[d.l[0].first + 1].a == A_NORMAL);
    assert_string_equal(row_text(&d, 1, buf, sizeof buf), "Morvane's radios");
    assert_int_equal(d.l[1].indent, 2);
    page_free(&d);
}

static void a_word_longer_than_the_row_should_be_cut_not_lost(void **state)
{
    (void)state;
    struct page d;
    page_init(&d);
    page_reset(&d, 16);
    page_add(&d, A_NORMAL, 0, "abcdefghijklmnopqrstuvwxyz end");
    char buf[128], all[128] = "";
    for (int i = 0; i < d.n; i++)
        strcat(all, row_text(&d, i, buf, sizeof buf));
    assert_string_equal(all, "abcdefghijklmnopqrstuvwxyz end");
    assert_string_equal(row_text(&d, 0, buf, sizeof buf), "abcdefghijklmnop");
    page_free(&d);
}

static void cells_should_pad_and_cut_to_their_width(void **state)
{
    (void)state;
    struct page d;
    page_init(&d);
    page_reset(&d, 40);
    page_row(&d, 0, 0);
    page_cell(&d, A_NORMAL, 6, 0, "Lisselund");
    page_cell(&d, A_NORMAL, 5, 1, "42");
    page_to(&d, 14);
    page_put(&d, A_NORMAL, "|");
    page_end(&d);
    char buf[128];
    /* a cut ends in an ellipsis ("~" without a UTF-8 terminal) */
    assert_string_equal(row_text(&d, 0, buf, sizeof buf), "Lisse~   42   |");
    assert_int_equal(page_col(&d), 0);
    page_free(&d);
}

static void sections_should_be_found_both_ways(void **state)
{
    (void)state;
    struct page d;
    page_init(&d);
    page_reset(&d, 40);
    for (int i = 0; i < 30; i++) {
        page_addf(&d, A_NORMAL, 0, "row %d", i);
        if (i % 10 == 5)
            page_mark(&d);
    }
    assert_int_equal(page_section(&d, 0, 1), 5);
    assert_int_equal(page_section(&d, 5, 1), 15);
    assert_int_equal(page_section(&d, 25, 1), 25);
    assert_int_equal(page_section(&d, 20, -1), 15);
    assert_int_equal(page_section(&d, 5, -1), 0);
    assert_int_equal(page_clamp(&d, 100, 10), 20);
    assert_int_equal(page_clamp(&d, -3, 10), 0);
    page_free(&d);
}

/* Issue 10: the pages of the report, brief and help wrapped by a second
 * routine that, when a word ended exactly at the row's end, broke the
 * row one word early or began the next row with a space. */
static void a_paragraph_should_fill_its_rows_to_the_last_column(void **state)
{
    (void)state;
    struct page d;
    page_init(&d);
    page_reset(&d, 20);
    page_add(&d, A_BOLD, 2, "aaaaaaaa bbbbbbbbb cc\nlast line\n");
    char buf[128];
    assert_int_equal(d.n, 3);
    assert_string_equal(row_text(&d, 0, buf, sizeof buf), "aaaaaaaa bbbbbbbbb");
    assert_string_equal(row_text(&d, 1, buf, sizeof buf), "cc");
    assert_int_equal(d.l[1].indent, 2);
    assert_string_equal(row_text(&d, 2, buf, sizeof buf), "last line");
    assert_true(d.run[d.l[2].first].a == A_BOLD);
    page_free(&d);
}

static void items_should_own_their_rows_and_not_the_blanks(void **state)
{
    (void)state;
    struct page d;
    page_init(&d);
    page_reset(&d, 30);
    page_add(&d, A_NORMAL, 0, "title");
    page_item(&d, 0);
    page_bullet(&d, A_NORMAL, 2, G_BULLET, "first choice, long enough to wrap onto a second row");
    page_blank(&d);
    page_item(&d, 1);
    page_add(&d, A_NORMAL, 2, "second");
    page_item(&d, -1);
    page_add(&d, A_NORMAL, 0, "the end");
    assert_int_equal(d.nitems, 2);
    assert_int_equal(page_item_first(&d, 0), 1);
    assert_int_equal(page_item_last(&d, 0), 2);
    assert_int_equal(d.l[3].item, -1);
    assert_int_equal(page_item_first(&d, 1), 4);
    assert_int_equal(page_item_last(&d, 1), 4);
    assert_int_equal(d.l[5].item, -1);
    /* a bullet's next rows line up after the bullet and its space */
    assert_int_equal(d.l[2].indent, d.l[1].indent + 2);
    /* scrolled to show item 1 in 2 rows, then item 0 from below */
    assert_int_equal(page_scroll_to(&d, 0, 2, 1), 3);
    assert_int_equal(page_scroll_to(&d, 4, 2, 0), 1);
    page_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(prose_should_wrap_at_spaces_with_its_hang),
        cmocka_unit_test(runs_should_keep_their_attributes_across_a_wrap),
        cmocka_unit_test(a_word_longer_than_the_row_should_be_cut_not_lost),
        cmocka_unit_test(cells_should_pad_and_cut_to_their_width),
        cmocka_unit_test(sections_should_be_found_both_ways),
        cmocka_unit_test(a_paragraph_should_fill_its_rows_to_the_last_column),
        cmocka_unit_test(items_should_own_their_rows_and_not_the_blanks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
