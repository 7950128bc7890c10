/* test_handout.c - a seat's role brief (issue 13): for every seat of every
 * shipped scenario, in Markdown and HTML, the brief holds that seat's
 * secret objectives and its own profile, and not one secret objective or
 * private inject of any other seat. */
#include "helpers.h"

#include <stdlib.h>
#include <string.h>

#include "core/view.h"
#include "data/save.h"
#include "report/aar_int.h"
#include "report/handout.h"
#include "session/session.h"

static const char *const scenarios[] = {"tutorial", "lakeland", "veldara"};

/* s as the brief writes it in that format (escaped), malloc'd. */
static char *escaped(const char *s, int html)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    if (html)
        aar_html_text(f, s);
    else
        aar_md_text(f, s, 0);
    assert_int_equal(fclose(f), 0);
    return buf;
}

/* 1 when doc holds s, raw or as the format escapes it. */
static int holds(const char *doc, const char *s, int html)
{
    char *e = escaped(s, html);
    int yes = strstr(doc, s) != NULL || strstr(doc, e) != NULL;
    free(e);
    return yes;
}

/* seat's brief in that format, malloc'd. */
static char *brief(const struct bundle *b, int seat, int html)
{
    struct session *s = calloc(1, sizeof *s);
    struct view *v = calloc(1, sizeof *v);
    assert_true(s && v);
    session_init(s, b->sc, &b->pub, &b->ps, 0);
    view_build(&s->g, seat, v);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    assert_true(handout_write(f, v, html));
    assert_int_equal(fclose(f), 0);
    session_free(s);
    free(s);
    free(v);
    return buf;
}

/* 1 when text is one of seat's own objectives' texts (two seats may be
 * given the same words). */
static int own_text(const struct scenario *sc, int seat, const char *text)
{
    for (int k = 0; k < sc->seats[seat].nobjectives; k++)
        if (!strcmp(sc->objectives[sc->seats[seat].objectives[k]].text, text))
            return 1;
    return 0;
}

static void check_seat(const char *name, const struct bundle *b, int seat, int html)
{
    const struct scenario *sc = b->sc;
    char *doc = brief(b, seat, html);
    assert_true(holds(doc, sc->seats[seat].name, html));
    assert_true(holds(doc, sc->seats[seat].profile, html));
    assert_true(sc->seats[seat].nobjectives > 0);
    for (int k = 0; k < sc->seats[seat].nobjectives; k++) {
        const char *t = sc->objectives[sc->seats[seat].objectives[k]].text;
        if (!holds(doc, t, html))
            fail_msg("%s %s (%s): its objective \"%s\" is missing", name, sc->seats[seat].id,
                     html ? "html" : "md", t);
    }
    /* every other seat's objectives: those it starts with and those its
     * capital may send it later */
    int others = 0;
    for (int k = 0; k < sc->nobjectives; k++) {
        const struct objective_def *o = &sc->objectives[k];
        if (o->owner == seat || own_text(sc, seat, o->text))
            continue;
        others++;
        if (holds(doc, o->text, html))
            fail_msg("%s %s (%s): holds %s's objective \"%s\"", name, sc->seats[seat].id,
                     html ? "html" : "md", sc->seats[o->owner].id, o->text);
    }
    assert_true(others > 0);
    for (int i = 0; i < sc->ninjects; i++) {
        const struct inject *in = &sc->injects[i];
        if (in->audience >= 0 && in->audience != seat &&
            (holds(doc, in->text, html) || holds(doc, in->notes, html)))
            fail_msg("%s %s: holds %s's private inject %s", name, sc->seats[seat].id,
                     sc->seats[in->audience].id, in->id);
    }
    free(doc);
}

/* The shipped scenario called name, loaded; free with unload. */
static struct bundle *load(const char *name)
{
    struct bundle *b = calloc(1, sizeof *b);
    struct errlist *e = calloc(1, sizeof *e);
    assert_true(b && e);
    errlist_init(e);
    if (!bundle_load(b, name, e))
        fail_msg("%s: %s", name, e->n ? e->line[0] : "cannot load");
    free(e);
    return b;
}

static void unload(struct bundle *b)
{
    bundle_free(b);
    free(b);
}

/* Issue 13: mandate handout prints one seat's secrets and no other's. */
static void each_brief_holds_its_secrets_and_no_others(void **state)
{
    (void)state;
    for (size_t n = 0; n < sizeof scenarios / sizeof scenarios[0]; n++) {
        struct bundle *b = load(scenarios[n]);
        for (int seat = 0; seat < b->sc->nseats; seat++)
            for (int html = 0; html <= 1; html++)
                check_seat(scenarios[n], b, seat, html);
        unload(b);
    }
}

/* The HTML brief is one page that fetches nothing; the Markdown has the
 * week-1 brief's injects of the seat. */
static void brief_forms(void **state)
{
    (void)state;
    struct bundle *b = load("tutorial");
    char *html = brief(b, 0, 1), *md = brief(b, 0, 0);
    assert_non_null(strstr(html, "<!DOCTYPE html>"));
    assert_non_null(strstr(html, "</html>"));
    assert_null(strstr(html, "<script"));
    assert_null(strstr(html, "src="));
    assert_null(strstr(html, "url("));
    assert_non_null(strstr(md, "# Tutorial: The Harbour Mission - role brief for Alvar"));
    assert_non_null(strstr(md, "## Your secret objectives"));
    assert_non_null(strstr(md, "**Week 1: keeping the peace:**"));
    /* a week-4 inject is not in the first week's brief */
    assert_null(strstr(md, "gift of radios"));
    free(html);
    free(md);
    unload(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(each_brief_holds_its_secrets_and_no_others),
        cmocka_unit_test(brief_forms),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
