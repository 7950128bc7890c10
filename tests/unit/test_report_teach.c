/* test_report_teach.c - what the debrief offers a teacher (issue 13): a
 * shortlist of the discussion questions most relevant to the game played,
 * ranked by what happened in it. Games are the golden replays of
 * tests/golden, read as `mandate report` reads them. */
#include "report_rig.h"

#include <cJSON.h>

#include "data/save.h"

#define GOLDEN MANDATE_ASSETS "/../tests/golden/"

/* A golden game read back with its history, and its debrief. */
struct golden {
    struct bundle *b;
    struct session *s;
    struct lesson_book *book;
    struct debrief *d;
};

static struct golden *golden_load(const char *name)
{
    struct golden *g = calloc(1, sizeof *g);
    struct errlist *e = calloc(1, sizeof *e);
    assert_true(g && e);
    g->b = calloc(1, sizeof *g->b);
    g->s = calloc(1, sizeof *g->s);
    g->book = calloc(1, sizeof *g->book);
    assert_true(g->b && g->s && g->book);
    errlist_init(e);
    char path[256];
    snprintf(path, sizeof path, GOLDEN "%s.json", name);
    struct save_info info;
    if (!save_read(path, g->b, g->s, &info, SAVE_HISTORY | SAVE_VERIFY, e) ||
        !data_load_lessons(NULL, g->book, e))
        fx_show(e);
    assert_int_equal(e->n, 0);
    free(e);
    g->d = debrief_build(g->s, NULL, g->book);
    assert_non_null(g->d);
    assert_true(g->d->ended);
    return g;
}

static void golden_close(struct golden *g)
{
    debrief_free(g->d);
    session_free(g->s);
    bundle_free(g->b);
    free(g->b);
    free(g->s);
    free(g->book);
    free(g);
}

static int same_source(const struct db_question *a, const struct db_question *b)
{
    return a->lesson == b->lesson && a->order == b->order && a->inject == b->inject;
}

/* 1 when q's source happened in this game: its objective came up, its
 * order was run as a hidden order, its inject fired. */
static int source_happened(const struct debrief *d, const struct db_question *q)
{
    if (q->lesson > 0)
        return d->lesson[q->lesson - 1].arose;
    for (int k = 0; q->order >= 0 && k < d->nops; k++)
        if (d->ops[k].kind == q->order)
            return 1;
    for (int t = 1; q->inject >= 0 && t <= d->turns; t++)
        for (int i = 0; i < d->turn[t].ninjects; i++)
            if (d->turn[t].injects[i] == q->inject)
                return 1;
    return 0;
}

static void show_shortlist(const char *name, const struct debrief *d)
{
    for (int i = 0; i < d->nshortlist; i++) {
        const struct db_question *q = &d->questions[d->shortlist[i]];
        print_message("# %s %d. [%d] %s (%s)\n", name, i + 1, q->score, q->text, q->why);
    }
}

/* 1 when the Markdown report has the five for this game, text among
 * them, before every question. */
__attribute__((noinline)) static int md_lists_first(const char *md, const char *text)
{
    const char *five = strstr(md, "### The five for this game");
    const char *every = five ? strstr(five, "### Every question") : NULL;
    const char *at = five ? strstr(five, text) : NULL;
    return every && at && at < every;
}

/* The shortlist's own rules in one game: five distinct questions of the
 * full list, each from something that happened, from five different
 * sources, and no question left off from a source not on the list ranks
 * above the lowest that is. The Markdown report shows it before the full
 * list; the JSON report gives it. */
static void check_shortlist(const char *name, const struct debrief *d)
{
    assert_true(d->nquestions > DB_SHORTLIST);
    assert_int_equal(d->nshortlist, DB_SHORTLIST);
    int low = 1 << 30;
    for (int i = 0; i < d->nshortlist; i++) {
        assert_in_range(d->shortlist[i], 0, d->nquestions - 1);
        const struct db_question *q = &d->questions[d->shortlist[i]];
        assert_true(source_happened(d, q));
        assert_true(q->why[0]);
        for (int j = 0; j < i; j++)
            assert_false(same_source(q, &d->questions[d->shortlist[j]]));
        low = q->score < low ? q->score : low;
    }
    for (int k = 0; k < d->nquestions; k++) {
        int listed = 0;
        for (int i = 0; i < d->nshortlist; i++)
            listed |= same_source(&d->questions[k], &d->questions[d->shortlist[i]]);
        if (!listed && d->questions[k].score > low) {
            show_shortlist(name, d);
            fail_msg("%s: \"%s\" (%d) left off", name, d->questions[k].text,
                     d->questions[k].score);
        }
    }
    char *md = render(d, 0);
    assert_true(md_lists_first(md, d->questions[d->shortlist[0]].text));
    free(md);
    char *json = report_json(d, NULL);
    assert_non_null(json);
    cJSON *root = cJSON_Parse(json);
    assert_non_null(root);
    const cJSON *list = cJSON_GetObjectItem(root, "questions_shortlist");
    assert_int_equal(cJSON_GetArraySize(list), DB_SHORTLIST);
    const cJSON *top = cJSON_GetArrayItem(list, 0);
    assert_int_equal(cJSON_GetObjectItem(top, "question")->valueint, d->shortlist[0]);
    assert_string_equal(cJSON_GetObjectItem(top, "why")->valuestring,
                        d->questions[d->shortlist[0]].why);
    cJSON_Delete(root);
    free(json);
}

/* Issue 13: two games of the same scenario that went differently get
 * different shortlists - each ranked by its own game - where the full
 * lists of questions are drawn from the same texts. */
static void two_golden_games_give_different_shortlists(void **state)
{
    (void)state;
    struct golden *a = golden_load("seed1"), *b = golden_load("seed42_levels");
    check_shortlist("seed1", a->d);
    check_shortlist("seed42_levels", b->d);
    int same = 0;
    for (int i = 0; i < DB_SHORTLIST; i++)
        for (int j = 0; j < DB_SHORTLIST; j++)
            same += strcmp(a->d->questions[a->d->shortlist[i]].text,
                           b->d->questions[b->d->shortlist[j]].text) == 0;
    if (same == DB_SHORTLIST) {
        show_shortlist("seed1", a->d);
        show_shortlist("seed42_levels", b->d);
    }
    assert_true(same < DB_SHORTLIST);
    /* the first of each is what its game was about */
    assert_string_not_equal(a->d->questions[a->d->shortlist[0]].text,
                            b->d->questions[b->d->shortlist[0]].text);
    golden_close(a);
    golden_close(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(two_golden_games_give_different_shortlists),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
