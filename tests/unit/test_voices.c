/* test_voices.c - issue 10, one voice per event: every kind of event, as
 * the golden games (tests/golden/NAME.json) first have it, worded for the
 * facilitator, for the public and for each seat, must read as
 * tests/golden/voices.txt says. A change to any wording of game/text
 * shows in that file's diff, one event in every voice side by side.
 *
 * A kind of event that no golden game has fails here by name: a new kind
 * needs a golden game that has one. tools/regen-golden.sh rewrites the
 * file (MANDATE_VOICES_WRITE=PATH writes it there, and passes). */
#include "helpers.h"

#include <glob.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/view.h"
#include "data/data.h"
#include "session/load.h"
#include "session/session.h"
#include "text/evtext.h"

#define GOLDEN MANDATE_ASSETS "/../tests/golden"
#define OUT_MAX (256 * 1024)

/* The text being built. */
struct out {
    char *buf;
    size_t len;
};

static void put(struct out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(struct out *o, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int w = vsnprintf(o->buf + o->len, OUT_MAX - o->len, fmt, ap);
    va_end(ap);
    assert_true(w >= 0 && (size_t)w < OUT_MAX - o->len);
    o->len += (size_t)w;
}

/* The line of the event k of h as reader was told it, in reader's voice,
 * with the injects reader was shown up to it; 0 when reader was not told
 * it. */
static int line_for(const struct session *s, const struct history *h, int k, int reader,
                    struct evtext_inject *seen, char *line, size_t n)
{
    const struct scenario *sc = s->g.sc;
    memset(seen, 0, MAX_INJECTS * sizeof *seen);
    if (reader == VIEW_FACILITATOR)
        for (int i = 0; i < sc->ninjects; i++)
            evtext_show(seen, i, &sc->injects[i]);
    struct event e;
    for (int i = 0; i <= k; i++)
        if (view_event(&h->events[i], reader, &e) && e.kind == EV_INJECT && e.a >= 0 &&
            e.a < sc->ninjects)
            evtext_show(seen, e.a, &sc->injects[e.a]);
    if (!view_event(&h->events[k], reader, &e))
        return 0;
    evtext_line(s->g.pub, reader, seen, &e,
                reader == VIEW_FACILITATOR ? evtext_culprit(h->events, h->nevents, k) : -1,
                line, n);
    return 1;
}

/* Adds to o every kind of event of the game in path not in done yet: the
 * first of its kind, in every voice. */
static void voices_of(const char *path, int *done, struct out *o)
{
    struct bundle *b = calloc(1, sizeof *b);
    struct session *s = calloc(1, sizeof *s);
    struct evtext_inject *seen = calloc(MAX_INJECTS, sizeof *seen);
    struct errlist e;
    assert_true(b && s && seen);
    errlist_init(&e);
    if (!session_load(path, b, s, NULL, REPLAY_HISTORY, &e)) {
        errlist_print(&e, stderr);
        fail_msg("%s does not load", path);
    }
    const struct history *h = s->hist;
    assert_non_null(h);
    const char *name = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    char line[800];
    for (int k = 0; k < h->nevents; k++) {
        int kind = h->events[k].kind;
        if (kind < 0 || kind >= EV_COUNT || done[kind])
            continue;
        done[kind] = 1;
        put(o, "\n== %s: the first in %s (event %d)\n", event_name(kind), name, k);
        line_for(s, h, k, VIEW_FACILITATOR, seen, line, sizeof line);
        put(o, "%-12s %s\n", "facilitator", line);
        if (line_for(s, h, k, VIEW_PUBLIC, seen, line, sizeof line))
            put(o, "%-12s %s\n", "public", line);
        else
            put(o, "%-12s (not told)\n", "public");
        for (int seat = 0; seat < s->g.pub->nseats; seat++) {
            if (line_for(s, h, k, seat, seen, line, sizeof line))
                put(o, "%-12s %s\n", b->sc->seats[seat].id, line);
            else
                put(o, "%-12s (not told)\n", b->sc->seats[seat].id);
        }
    }
    free(seen);
    session_free(s);
    bundle_free(b);
    free(s);
    free(b);
}

/* The whole text (o->buf, NUL-terminated) from the golden games. */
static void build(struct out *o)
{
    int done[EV_COUNT] = {0};
    glob_t g;
    assert_int_equal(glob(GOLDEN "/*.json", 0, NULL, &g), 0);
    put(o, "Every kind of event in every voice: the first of each kind in the golden\n"
           "games (tests/golden/*.json), as the facilitator, the public and each seat\n"
           "read it (mandate replay, replay --seat). Written by tools/regen-golden.sh;\n"
           "checked by tests/unit/test_voices.c.\n");
    for (size_t i = 0; i < g.gl_pathc; i++)
        voices_of(g.gl_pathv[i], done, o);
    globfree(&g);
    char missing[512] = "";
    for (int kind = 0; kind < EV_COUNT; kind++)
        if (!done[kind])
            snprintf(missing + strlen(missing), sizeof missing - strlen(missing), " %s",
                     event_name(kind));
    if (missing[0])
        fail_msg("no golden game has an event of these kinds:%s (add a golden game that has "
                 "them: tools/regen-golden.sh)",
                 missing);
}

/* The first line where a and b differ (1-based), with both lines. */
static void first_difference(const char *a, const char *b)
{
    int line = 1;
    const char *la = a, *lb = b;
    while (*a && *a == *b) {
        if (*a == '\n') {
            line++;
            la = a + 1;
            lb = b + 1;
        }
        a++;
        b++;
    }
    int na = (int)strcspn(la, "\n"), nb = (int)strcspn(lb, "\n");
    fail_msg("voices.txt differs at line %d:\n#   expected: %.*s\n#   got:      %.*s\n#   (if the "
             "wording change is intended: sh tools/regen-golden.sh)",
             line, na, la, nb, lb);
}

static void every_kind_of_event_reads_as_the_golden_file_says(void **state)
{
    (void)state;
    struct out o = {malloc(OUT_MAX), 0};
    assert_non_null(o.buf);
    o.buf[0] = '\0';
    build(&o);
    const char *write_to = getenv("MANDATE_VOICES_WRITE");
    if (write_to && write_to[0]) {
        FILE *f = fopen(write_to, "w");
        assert_non_null(f);
        assert_int_equal(fwrite(o.buf, 1, o.len, f), o.len);
        assert_int_equal(fclose(f), 0);
        free(o.buf);
        return;
    }
    FILE *f = fopen(GOLDEN "/voices.txt", "r");
    if (!f)
        fail_msg("%s/voices.txt is missing (sh tools/regen-golden.sh writes it)", GOLDEN);
    char *want = malloc(OUT_MAX + 1);
    assert_non_null(want);
    size_t n = fread(want, 1, OUT_MAX, f);
    fclose(f);
    want[n] = '\0';
    if (n != o.len || memcmp(want, o.buf, n) != 0)
        first_difference(want, o.buf);
    free(want);
    free(o.buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_kind_of_event_reads_as_the_golden_file_says),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
