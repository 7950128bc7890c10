/* test_board.c - what the projector board is sent (issue 12):
 *   - the codec: a board built from a game in progress, and one showing
 *     a hot wash page, encode, decode and encode again to the same text
 *     (inside a `board` message too); hostile texts are refused with the
 *     place named; a client may not send a board message;
 *   - leaks: over whole games of two scenarios whose secret objectives,
 *     private injects, contingency messages and journal notes carry
 *     canaries, with every facilitator action taken through the host
 *     (fire, hold, release, contingency, seat, pause, resume, deadline,
 *     resolve now, kick, reveal, note, rewind, show), no byte of any
 *     board message holds a canary, while the reveals reach it in the
 *     order made (those a rewind undid gone);
 *   - the hot wash: each page of the declassified debrief shown is that
 *     page alone, and no page holds the controller's journal (the notes
 *     stay off the board); show is refused before the end. */
#include "helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "canary.h"
#include "hostweek.h"
#include "core/board.h"
#include "core/view.h"
#include "data/data.h"
#include "data/proto.h"
#include "data/save.h"
#include "data/utf8.h"
#include "data/wire.h"
#include "net/server.h"
#include "report/hotwash.h"
#include "report/rdoc.h"
#include "session/host.h"
#include "session/port.h"

#define FIX MANDATE_ASSETS "/../tests/fixtures"

static char tmpdir[256];

static int setup(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/mandate-test-board-XXXXXX");
    if (!mkdtemp(tmpdir))
        return -1;
    save_set_dir(tmpdir);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    save_set_dir(NULL);
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

static struct bundle *load(const char *scenario)
{
    struct errlist e;
    errlist_init(&e);
    struct bundle *b = calloc(1, sizeof *b);
    assert_non_null(b);
    if (!bundle_load(b, scenario, &e)) {
        errlist_print(&e, stderr);
        fail();
    }
    poke_canaries(b);
    return b;
}

static struct host *new_host(const struct bundle *b, uint64_t seed, int human0)
{
    struct host_setup st;
    host_setup_init(&st, seed);
    st.autosave = 0;
    st.human[0] = human0;
    return host_new(b, &st);
}

/* The board of h now (clock: 95 s left, seat 0 connected), with the hot
 * wash's page rendered as the server renders it for a board that asked
 * for cols columns (0: one that did not say). */
static void build_at(struct host *h, struct board *b, struct view *v, int cols)
{
    struct board_clock clk = { 95, { 1 } };
    board_build(h, &clk, v, b);
    if (b->page && b->ended) {
        int page = b->page;
        struct board *c = malloc(sizeof *c);
        assert_non_null(c);
        assert_true(hotwash_board(h, page, cols, c));
        b->page = c->page;
        b->npages = c->npages;
        snprintf(b->title, sizeof b->title, "%s", c->title);
        b->nlines = c->nlines;
        memcpy(b->lines, c->lines, sizeof b->lines[0] * (size_t)c->nlines);
        free(c);
    } else {
        b->page = 0;
    }
}

static void build(struct host *h, struct board *b, struct view *v)
{
    build_at(h, b, v, 0);
}

/* The widest of b's page lines, in columns. */
static long widest(const struct board *b)
{
    long w = 0;
    for (int k = 0; k < b->nlines; k++)
        if (utf8_cols(b->lines[k]) > w)
            w = utf8_cols(b->lines[k]);
    return w;
}

/* The board message's text (the caller frees it). */
static char *message(struct board *b)
{
    struct proto_msg m;
    proto_init(&m, MSG_BOARD);
    m.board = b;
    char *t = proto_encode(&m);
    assert_non_null(t);
    return t;
}

/* Encodes b, decodes the text against pub, encodes again: the same. */
static void round_trip(const struct pub *pub, struct board *b)
{
    char err[WIRE_ERR];
    char *t1 = wire_board_encode(b);
    assert_non_null(t1);
    struct board *d = malloc(sizeof *d);
    assert_non_null(d);
    if (!wire_board_decode(t1, strlen(t1), pub, d, err))
        fail_msg("%s", err);
    char *t2 = wire_board_encode(d);
    assert_string_equal(t1, t2);
    assert_int_equal(d->week, b->week);
    assert_int_equal(d->nsectors, b->nsectors);
    assert_int_equal(d->nreveals, b->nreveals);
    assert_int_equal(d->nlines, b->nlines);
    assert_int_equal(d->deadline, b->deadline);
    assert_memory_equal(d->confirmed, b->confirmed, (size_t)b->nseats);
    /* inside a message, sent by the server only */
    char *m = message(b);
    struct proto_msg pm;
    proto_init(&pm, -1);
    pm.board = d;
    char perr[PROTO_ERR];
    if (!proto_decode(m, strlen(m), ROLE_SERVER, pub, &pm, perr))
        fail_msg("%s", perr);
    assert_int_equal(pm.type, MSG_BOARD);
    char *t3 = wire_board_encode(d);
    assert_string_equal(t1, t3);
    assert_false(proto_decode(m, strlen(m), ROLE_BOARD, pub, &pm, perr));
    assert_non_null(strstr(perr, "may not send board"));
    free(t1);
    free(t2);
    free(t3);
    free(m);
    free(d);
}

/* A hostile edit of a good board text is refused, naming want. */
static void refused(const struct pub *pub, const char *good, const char *from, const char *to,
                    const char *want)
{
    const char *at = strstr(good, from);
    assert_non_null(at);
    size_t n = strlen(good) + strlen(to) + 1;
    char *bad = malloc(n);
    assert_non_null(bad);
    snprintf(bad, n, "%.*s%s%s", (int)(at - good), good, to, at + strlen(from));
    struct board *d = malloc(sizeof *d);
    assert_non_null(d);
    char err[WIRE_ERR];
    if (wire_board_decode(bad, strlen(bad), pub, d, err))
        fail_msg("accepted: %s", bad);
    if (!strstr(err, want))
        fail_msg("\"%s\", expected \"%s\"", err, want);
    free(d);
    free(bad);
}

static void take(struct host *h, struct fac_action a)
{
    char why[200] = "";
    snprintf(a.at, sizeof a.at, "2030-01-02T04:00:00Z");
    if (!host_control(h, &a, 0, why, sizeof why))
        fail_msg("%s refused: %s", fac_kind_name(a.kind), why);
}

/* Tries a on each inject in turn: the first taken (-1 none). */
static int on_some_inject(struct host *h, int kind, int private_only, int from)
{
    const struct scenario *sc = host_bundle(h)->sc;
    for (int k = from; k < sc->ninjects; k++) {
        if (private_only && sc->injects[k].audience < 0)
            continue;
        struct fac_action a = fac_action_make(kind);
        a.inject = (int8_t)k;
        char why[200];
        if (host_control(h, &a, 0, why, sizeof why))
            return k;
    }
    return -1;
}

/* 1 when text holds needle. */
static int has(const char *text, const char *needle)
{
    return strstr(text, needle) != NULL;
}

static void the_board_should_round_trip_and_refuse_hostile_texts(void **state)
{
    (void)state;
    struct bundle *b = load("lakeland");
    struct host *h = new_host(b, 5, 1);
    struct board *bd = malloc(sizeof *bd);
    struct view *v = malloc(sizeof *v);
    assert_true(bd && v);
    week(h);
    struct fac_action r = fac_action_make(FAC_REVEAL);
    snprintf(r.text, sizeof r.text, "Kestria's patrol report, line \"3\":\nall quiet");
    take(h, r);
    char why[200];
    assert_true(host_ready(h, 0, why, sizeof why));
    build(h, bd, v);
    assert_int_equal(bd->week, 2);
    assert_int_equal(bd->confirmed[0], 1);
    assert_int_equal(bd->connected[0], 1);
    assert_int_equal(bd->deadline, 95);
    assert_int_equal(bd->nreveals, 1);
    assert_true(bd->nbulletin > 0);
    round_trip(&b->pub, bd);

    char *good = wire_board_encode(bd);
    refused(&b->pub, good, "\"week\":2", "\"week\":2,\"secret\":1", "secret");
    refused(&b->pub, good, "\"week\":2", "\"week\":99", "week");
    refused(&b->pub, good, "\"paused\":false", "\"paused\":3", "paused");
    refused(&b->pub, good, "\"deadline\":95", "\"deadline\":-7", "deadline");
    refused(&b->pub, good, "\"sectors\":[", "\"sectors\":[{\"stability\":1,\"threat\":1},",
            "sectors");
    refused(&b->pub, good, "\"lines\":[]", "\"lines\":[\"a page with no page\"]", "lines");
    refused(&b->pub, good, "\"bulletin\":[", "\"bulletin\":[\"bell\\u0007\",", "bulletin");
    refused(&b->pub, good, "\"confirmed\":[true", "\"confirmed\":[1", "confirmed");
    free(good);

    /* the game ended: a hot wash page */
    while (!host_ended(h)) {
        if (host_human(h, 0) && !host_is_ready(h, 0))
            assert_true(host_ready(h, 0, why, sizeof why));
        week(h);
    }
    struct fac_action show = fac_action_make(FAC_SHOW);
    show.amount = 2;
    take(h, show);
    build(h, bd, v);
    assert_int_equal(bd->page, 2);
    assert_true(bd->npages > 10);
    assert_true(bd->nlines > 0);
    assert_true(bd->title[0]);
    assert_int_equal(bd->deadline, -1);
    round_trip(&b->pub, bd);
    free(bd);
    free(v);
    host_free(h);
    bundle_free(b);
    free(b);
}

/* One whole game of scenario with every facilitator action, the board
 * checked after each. */
static void leak_game(const char *scenario, uint64_t seed)
{
    struct bundle *b = load(scenario);
    struct host *h = new_host(b, seed, 1);
    struct board *bd = malloc(sizeof *bd);
    struct view *v = malloc(sizeof *v);
    assert_true(bd && v);
    int n = host_nseats(h), boards = 0, rewound = 0, resolved_now = 0;
    int kinds[FAC_KIND_COUNT] = { 0 };
    char want[MAX_TURNS * 2][40];
    int nwant = 0;
#define CHECK()                                                                                \
    do {                                                                                       \
        build(h, bd, v);                                                                       \
        char *t = message(bd);                                                                 \
        if (has(t, "CANARY"))                                                                  \
            fail_msg("%s week %d: the board holds a canary: %s", scenario, host_week(h),      \
                     strstr(t, "CANARY"));                                                     \
        free(t);                                                                               \
        boards++;                                                                              \
    } while (0)
    while (!host_ended(h)) {
        int w = host_week(h);
        CHECK();
        int k = on_some_inject(h, FAC_FIRE, 1, 0);   /* a private inject, now */
        if (k >= 0)
            kinds[FAC_FIRE]++;
        CHECK();
        k = on_some_inject(h, FAC_HOLD, 0, 0);
        if (k >= 0) {
            kinds[FAC_HOLD]++;
            CHECK();
            if (w % 2 == 0) {
                struct fac_action a = fac_action_make(FAC_RELEASE);
                a.inject = (int8_t)k;
                take(h, a);
                kinds[FAC_RELEASE]++;
            }
        }
        struct fac_action c = fac_action_make(FAC_CONTINGENCY);
        c.seat = (int8_t)(w % n);
        snprintf(c.title, sizeof c.title, "CANARY-S%d-title", c.seat);
        snprintf(c.text, sizeof c.text, "CANARY-S%d-contingency-%d", c.seat, w);
        take(h, c);
        kinds[FAC_CONTINGENCY]++;
        CHECK();
        struct fac_action s = fac_action_make(FAC_SEAT);
        s.seat = (int8_t)(1 + w % (n - 1));
        s.human = (int8_t)!host_human(h, s.seat);
        take(h, s);
        kinds[FAC_SEAT]++;
        take(h, fac_action_make(FAC_PAUSE));
        kinds[FAC_PAUSE]++;
        CHECK();
        assert_int_equal(bd->paused, 1);
        take(h, fac_action_make(FAC_RESUME));
        kinds[FAC_RESUME]++;
        struct fac_action d = fac_action_make(FAC_DEADLINE);
        d.amount = 600;
        take(h, d);
        d.relative = 1;
        d.amount = 30;
        take(h, d);
        kinds[FAC_DEADLINE] += 2;
        struct fac_action kick = fac_action_make(FAC_KICK);
        kick.seat = 0;
        take(h, kick);
        kinds[FAC_KICK]++;
        struct fac_action note = fac_action_make(FAC_NOTE);
        snprintf(note.text, sizeof note.text, "CANARY-NOTE week %d: Kestria hid a raid", w);
        take(h, note);
        kinds[FAC_NOTE]++;
        struct fac_action r = fac_action_make(FAC_REVEAL);
        snprintf(r.text, sizeof r.text, "Revealed in week %d", w);
        take(h, r);
        kinds[FAC_REVEAL]++;
        snprintf(want[nwant++], sizeof want[0], "Revealed in week %d", w);
        CHECK();
        assert_int_equal(bd->nreveals, nwant);
        for (int i = 0; i < nwant; i++)
            assert_string_equal(bd->reveals[i], want[i]);
        /* the human seats confirm (who shows; what never) */
        char why[200];
        for (int i = 0; i < n; i++)
            if (host_human(h, i) && !host_is_ready(h, i))
                assert_true(host_ready(h, i, why, sizeof why));
        CHECK();
        for (int i = 0; i < n; i++)
            if (host_human(h, i))
                assert_int_equal(bd->confirmed[i], 1);
        if (w == 3 && !rewound) {
            /* back to the start of week 2: week 2's reveal and week 3's undone */
            struct fac_action rw = fac_action_make(FAC_REWIND);
            rw.amount = 2;
            take(h, rw);
            kinds[FAC_REWIND]++;
            rewound = 1;
            nwant = 1;
            CHECK();
            assert_int_equal(bd->week, 2);
            assert_int_equal(bd->nreveals, 1);
            continue;
        }
        if (rewound && !resolved_now) {
            take(h, fac_action_make(FAC_RESOLVE_NOW));
            kinds[FAC_RESOLVE_NOW]++;
            resolved_now = 1;
        } else {
            week(h);
        }
    }
    CHECK();
    assert_int_equal(bd->ended, 1);
    /* the hot wash: refused before the end (checked in another test);
     * every page, then none */
    struct rdoc *doc = hotwash_document(h);
    assert_non_null(doc);
    int pages = hotwash_count(doc);
    assert_true(pages > 10);
    int timeline = 0, wide = 0;
    char last[SHORT_TEXT] = "";
    for (int p = 1; p <= pages; p++) {
        struct fac_action sh = fac_action_make(FAC_SHOW);
        sh.amount = p;
        take(h, sh);
        build(h, bd, v);
        char title[SHORT_TEXT];
        assert_true(hotwash_title(doc, p, title, sizeof title));
        assert_int_equal(bd->page, p);
        assert_string_equal(bd->title, title);
        round_trip(&b->pub, bd);   /* the client reads every page */
        char *t = message(bd);
        if (has(t, "CANARY-NOTE") || has(t, "Controller's journal"))
            fail_msg("%s: hot wash page %d holds the journal", scenario, p);
        /* that page alone: its own lines, not the page before's */
        timeline += has(title, "Declassified timeline - ");
        assert_true(bd->nlines > 0);
        /* plain text for a projector: no Markdown escape ("Trust of \\
         * in"), no table row squeezed into "a | b | c" (issue 12) */
        for (int k = 0; k < bd->nlines; k++)
            if (strchr(bd->lines[k], '\\') || strstr(bd->lines[k], " | "))
                fail_msg("%s: hot wash page %d, line %d: \"%s\"", scenario, p, k + 1,
                         bd->lines[k]);
        if (p > 1 && strcmp(bd->lines[0], last) == 0 && bd->nlines > 1)
            assert_string_not_equal(bd->lines[1], "");
        snprintf(last, sizeof last, "%s", bd->lines[0]);
        free(t);
        /* wrapped at the board's width (issue 12, left at stop 19: 76
         * columns on every board): 40 at the least, 120 at the most */
        static const int asked[][2] = { { 0, HOTWASH_COLS }, { 30, 40 }, { 78, 78 },
                                        { 118, 118 }, { 300, 120 } };
        for (size_t a = 0; a < sizeof asked / sizeof asked[0]; a++) {
            build_at(h, bd, v, asked[a][0]);
            assert_int_equal(bd->page, p);
            if (widest(bd) > asked[a][1])
                fail_msg("%s: hot wash page %d at %d columns has a line of %ld", scenario, p,
                         asked[a][0], widest(bd));
            if (asked[a][0] == 118 && widest(bd) > HOTWASH_COLS)
                wide++;
        }
    }
    assert_true(wide > 0);       /* a 120-column board's page uses its width */
    kinds[FAC_SHOW] += pages;
    assert_true(timeline >= 3);   /* the timeline week by week */
    rdoc_free(doc);
    /* the canary check can fail: a text the facilitator reveals travels */
    struct fac_action told = fac_action_make(FAC_REVEAL);
    snprintf(told.text, sizeof told.text, "CANARY-S0-revealed on purpose");
    take(h, told);
    build(h, bd, v);
    char *t = message(bd);
    assert_true(has(t, "CANARY-S0-revealed on purpose"));
    free(t);
    nwant = 0;
    struct fac_action none = fac_action_make(FAC_SHOW);
    take(h, none);
    build(h, bd, v);
    assert_int_equal(bd->page, 0);
    assert_int_equal(bd->nlines, 0);
    for (int k = 0; k < FAC_KIND_COUNT; k++)
        if (!kinds[k])
            fail_msg("%s: the action %s was never taken", scenario, fac_kind_name(k));
    assert_true(boards > 20);
#undef CHECK
    free(bd);
    free(v);
    host_free(h);
    bundle_free(b);
    free(b);
}

static void no_board_byte_should_carry_a_secret_over_whole_games(void **state)
{
    (void)state;
    leak_game("lakeland", 21);
    leak_game(FIX "/eight_seats.json", 22);
}

static void show_should_wait_for_the_end(void **state)
{
    (void)state;
    struct bundle *b = load("lakeland");
    struct host *h = new_host(b, 9, 0);
    struct fac_action sh = fac_action_make(FAC_SHOW);
    sh.amount = 1;
    char why[200] = "";
    assert_false(host_control(h, &sh, 0, why, sizeof why));
    assert_non_null(strstr(why, "once the game has ended"));
    while (!host_ended(h))
        week(h);
    sh.amount = -1;
    assert_false(host_control(h, &sh, 0, why, sizeof why));
    assert_non_null(strstr(why, "no such page"));
    sh.amount = 3;
    assert_true(host_control(h, &sh, 0, why, sizeof why));
    /* kept in the save's journal and record, and read back */
    char path[1024];
    if (!host_save(h, path, sizeof path))
        fail_msg("%s", path);
    struct errlist e;
    errlist_init(&e);
    struct host *back = host_load(path, 0, NULL, &e);
    if (!back) {
        errlist_print(&e, stderr);
        fail();
    }
    int n;
    const struct fac_action *j = host_journal(back, &n);
    assert_int_equal(n, 1);
    assert_int_equal(j[0].kind, FAC_SHOW);
    assert_int_equal(j[0].amount, 3);
    host_free(back);
    host_free(h);
    bundle_free(b);
    free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_board_should_round_trip_and_refuse_hostile_texts),
        cmocka_unit_test(no_board_byte_should_carry_a_secret_over_whole_games),
        cmocka_unit_test(show_should_wait_for_the_end),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
