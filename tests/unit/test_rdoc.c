/* test_rdoc.c - the format-neutral document (game/report/rdoc.h) and its
 * renderers for print (issue 10: one debrief walk): one document gives
 * the same words in Markdown and HTML, each medium skips what is not
 * meant for it, words from a file are escaped and ours are not, marks
 * open once across runs, tables keep their columns, and the debrief's
 * document of a real game is the one both reports render. */
#include "helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/rdoc.h"
#include "report/render.h"

/* What render writes of doc, as a string (the caller frees it). */
static char *rendered(const struct rdoc *doc, int (*render)(FILE *, const struct rdoc *))
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    assert_true(render(f, doc));
    fclose(f);
    return buf;
}

static void a_paragraph_should_read_the_same_in_both_media(void **state)
{
    (void)state;
    struct rdoc *doc = rdoc_new();
    assert_non_null(doc);
    rdoc_para(doc);
    rdoc_lit(doc, RS_STRONG, "Rating basis:");
    rdoc_lit(doc, 0, " ");
    rdoc_str(doc, 0, "Kestria's 2 acts");
    char *md = rendered(doc, render_md), *html = rendered(doc, render_html);
    assert_string_equal(md, "**Rating basis:** Kestria's 2 acts\n\n");
    assert_string_equal(html, "<p><strong>Rating basis:</strong> Kestria&#39;s 2 acts</p>\n");
    free(md);
    free(html);
    rdoc_free(doc);
}

static void marks_should_open_once_across_runs(void **state)
{
    (void)state;
    struct rdoc *doc = rdoc_new();
    rdoc_banner(doc);
    rdoc_lit(doc, RS_STRONG, "What ");
    rdoc_str(doc, RS_STRONG, "Morvane");
    rdoc_lit(doc, 0, " knew");
    char *md = rendered(doc, render_md), *html = rendered(doc, render_html);
    assert_string_equal(md, "> **What Morvane** knew\n\n");
    assert_string_equal(html, "<div class=\"banner\"><strong>What Morvane</strong> knew</div>\n");
    free(md);
    free(html);
    rdoc_free(doc);
}

static void words_from_a_file_should_be_escaped_and_ours_not(void **state)
{
    (void)state;
    struct rdoc *doc = rdoc_new();
    rdoc_list(doc, 0, NULL);
    rdoc_item(doc);
    rdoc_str(doc, RS_LEAD, "1. <b>*x*</b> | `y`");
    rdoc_item(doc);
    rdoc_lit(doc, 0, "3. ");
    rdoc_str(doc, RS_LEAD, "- a & b");
    rdoc_list_end(doc);
    char *md = rendered(doc, render_md), *html = rendered(doc, render_html);
    /* a list that would open at the start of an item is defused; our
     * own "3. " is left as it is */
    assert_string_equal(md, "- 1\\. &lt;b>\\*x\\*&lt;/b> \\| \\`y\\`\n- 3. \\- a &amp; b\n\n");
    assert_string_equal(html, "<ul><li>1. &lt;b&gt;*x*&lt;/b&gt; | `y`</li><li>3. - a &amp; b"
                              "</li></ul>\n");
    free(md);
    free(html);
    rdoc_free(doc);
}

static void each_medium_should_skip_what_is_not_meant_for_it(void **state)
{
    (void)state;
    struct rdoc *doc = rdoc_new();
    rdoc_para(doc);
    rdoc_lit(doc, 0, "Each cell: operations");
    rdoc_for(doc, RDOC_HTML);
    rdoc_lit(doc, 0, "; the darker, the more");
    rdoc_for(doc, RDOC_MD);
    rdoc_para(doc);
    rdoc_lit(doc, 0, "only in Markdown");
    rdoc_for(doc, RDOC_ALL);
    rdoc_para(doc);
    rdoc_lit(doc, 0, "x ");
    rdoc_glyph(doc, 0, RG_ARROW);
    rdoc_lit(doc, 0, " y");
    char *md = rendered(doc, render_md), *html = rendered(doc, render_html);
    assert_string_equal(md, "Each cell: operations\n\nonly in Markdown\n\nx -> y\n\n");
    assert_string_equal(html, "<p>Each cell: operations; the darker, the more</p>\n"
                              "<p>x &#8594; y</p>\n");
    free(md);
    free(html);
    rdoc_free(doc);
}

static void a_table_should_keep_its_columns_and_spans(void **state)
{
    (void)state;
    struct rdoc *doc = rdoc_new();
    rdoc_table(doc, 0, NULL);
    rdoc_tr(doc, RBF_HEAD, NULL);
    rdoc_td(doc, 0);
    rdoc_lit(doc, 0, "Contingent");
    for (int k = 0; k < 3; k++) {
        rdoc_td(doc, RBF_RIGHT);
        rdoc_litf(doc, 0, "n%d", k);
    }
    rdoc_tr(doc, 0, NULL);
    rdoc_td(doc, 0);
    rdoc_str(doc, 0, "A|B");
    rdoc_td(doc, 0);
    rdoc_lit(doc, 0, "1");
    rdoc_td(doc, 0);
    rdoc_set_span(doc, 2);
    rdoc_lit(doc, 0, "secret");
    rdoc_table_end(doc);
    char *md = rendered(doc, render_md), *html = rendered(doc, render_html);
    assert_string_equal(md, "| Contingent | n0 | n1 | n2 |\n|---|---:|---:|---:|\n"
                            "| A\\|B | 1 | - | secret |\n\n");
    assert_non_null(strstr(html, "<tr><td>A|B</td><td class=\"n\">1</td>"
                                 "<td class=\"n\" colspan=\"2\">secret</td></tr>"));
    free(md);
    free(html);
    rdoc_free(doc);
}

static void a_table_without_a_header_should_get_an_empty_one_in_markdown(void **state)
{
    (void)state;
    struct rdoc *doc = rdoc_new();
    rdoc_table(doc, RBF_ROW_HEADS, "facts");
    rdoc_tr(doc, 0, NULL);
    rdoc_td(doc, 0);
    rdoc_lit(doc, 0, "Seed");
    rdoc_td(doc, 0);
    rdoc_lit(doc, 0, "7");
    rdoc_table_end(doc);
    char *md = rendered(doc, render_md), *html = rendered(doc, render_html);
    assert_string_equal(md, "| | |\n|---|---|\n| Seed | 7 |\n\n");
    assert_string_equal(html, "<table class=\"facts\"><tbody>\n<tr><th>Seed</th><td>7</td></tr>\n"
                              "</tbody></table>\n");
    free(md);
    free(html);
    rdoc_free(doc);
}

static void a_heading_should_carry_its_number_and_badge(void **state)
{
    (void)state;
    struct rdoc *doc = rdoc_new();
    rdoc_heading(doc, 3, 0, NULL);
    rdoc_set_badge(doc, "M", "performed with major challenges", 3);
    rdoc_lit(doc, 0, "Objective 1");
    rdoc_heading(doc, 2, 6, NULL);
    rdoc_lit(doc, 0, "Timeline");
    char *md = rendered(doc, render_md), *html = rendered(doc, render_html);
    assert_string_equal(md, "### Objective 1 - M (performed with major challenges)\n\n"
                            "## 6. Timeline\n\n");
    assert_string_equal(html, "<h3><span class=\"badge r-M\" title=\"performed with major "
                              "challenges\">M</span> Objective 1 <small>- performed with major "
                              "challenges</small></h3>\n<h2>6. Timeline</h2>\n");
    free(md);
    free(html);
    rdoc_free(doc);
}

static void a_sparkline_should_scale_its_values(void **state)
{
    (void)state;
    char buf[64];
    const int v[] = {0, 50, 100};
    assert_string_equal(rdoc_sparkline(v, 3, 0, 100, 1, buf, sizeof buf), " -#");
    assert_string_equal(rdoc_sparkline(v, 3, 0, 100, 0, buf, sizeof buf), "\u2581\u2584\u2588");
    /* a buffer too small keeps whole characters */
    assert_string_equal(rdoc_sparkline(v, 3, 0, 100, 0, buf, 7), "\u2581\u2584");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_paragraph_should_read_the_same_in_both_media),
        cmocka_unit_test(marks_should_open_once_across_runs),
        cmocka_unit_test(words_from_a_file_should_be_escaped_and_ours_not),
        cmocka_unit_test(each_medium_should_skip_what_is_not_meant_for_it),
        cmocka_unit_test(a_table_should_keep_its_columns_and_spans),
        cmocka_unit_test(a_table_without_a_header_should_get_an_empty_one_in_markdown),
        cmocka_unit_test(a_heading_should_carry_its_number_and_badge),
        cmocka_unit_test(a_sparkline_should_scale_its_values),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
