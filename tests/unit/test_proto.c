/* test_proto.c - issue 11's building blocks: frames (game/net/frame.h),
 * protocol messages (game/data/proto.h) and tokens (game/net/token.h).
 * Frames come out whole however the bytes are cut; a zero or over-cap
 * length (Freeciv's ff ff 00 00 00 00, 2^31), a NUL, a payload that is
 * not an object fail the decoder for good. Every message goes to JSON and
 * back; unknown types, roles sending what they may not, unknown keys,
 * trailing garbage and deep nesting are refused with one line. Tokens are
 * 32 lowercase hex digits, all different, compared exactly, and their
 * sidecar is written 0600 and read back. */
#include "helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/view.h"
#include "core/board.h"
#include "data/proto.h"
#include "data/save.h"
#include "net/server.h"
#include "net/frame.h"
#include "session/host.h"
#include "net/token.h"

/* ---- frames ---- */

static void frames_should_come_out_whole_however_cut(void **state)
{
    (void)state;
    const char *msgs[] = { "{\"type\":\"ping\"}", " {\"a\":[1,2,3]} ", "{}" };
    unsigned char all[256];
    size_t n = 0;
    for (int i = 0; i < 3; i++) {
        size_t fl;
        unsigned char *f = frame_encode(msgs[i], strlen(msgs[i]), 64, &fl);
        assert_non_null(f);
        memcpy(all + n, f, fl);
        n += fl;
        free(f);
    }
    for (size_t step = 1; step <= n; step++) {
        struct frame_dec d;
        frame_dec_init(&d, 64);
        int got = 0;
        for (size_t at = 0; at < n; at += step) {
            size_t k = n - at < step ? n - at : step;
            assert_int_equal(frame_dec_feed(&d, all + at, k), 1);
            const char *t;
            size_t len;
            int r;
            while ((r = frame_dec_next(&d, &t, &len)) == 1) {
                assert_int_equal(len, strlen(msgs[got]));
                assert_memory_equal(t, msgs[got], len);
                assert_int_equal(t[len], 0);
                got++;
            }
            assert_int_equal(r, 0);
        }
        assert_int_equal(got, 3);
        assert_int_equal(frame_dec_pending(&d), 0);
        frame_dec_free(&d);
    }
}

/* Feeds bytes; the decoder must fail with a reason containing want. */
static void expect_broken(const unsigned char *b, size_t n, size_t max, const char *want)
{
    struct frame_dec d;
    frame_dec_init(&d, max);
    frame_dec_feed(&d, b, n);
    const char *t;
    size_t len;
    assert_int_equal(frame_dec_next(&d, &t, &len), -1);
    if (!strstr(d.err, want))
        fail_msg("error '%s' lacks '%s'", d.err, want);
    /* and stays failed */
    assert_int_equal(frame_dec_feed(&d, "\0\0\0\2{}", 6), 0);
    assert_int_equal(frame_dec_next(&d, &t, &len), -1);
    frame_dec_free(&d);
}

static void broken_frames_should_fail_for_good(void **state)
{
    (void)state;
    static const unsigned char freeciv[] = { 0xff, 0xff, 0, 0, 0, 0 };
    static const unsigned char big[] = { 0x80, 0, 0, 0, '{' };
    static const unsigned char zero[] = { 0, 0, 0, 0, '{', '}' };
    static const unsigned char nul[] = { 0, 0, 0, 3, '{', 0, '}' };
    static const unsigned char array[] = { 0, 0, 0, 2, '[', ']' };
    static const unsigned char garbage[] = { 0, 0, 0, 4, '{', '}', 'x', 'y' };
    expect_broken(freeciv, sizeof freeciv, PROTO_CLIENT_MAX, "over the cap");
    expect_broken(big, sizeof big, PROTO_SERVER_MAX, "2147483648 bytes");
    expect_broken(zero, sizeof zero, 64, "length 0");
    expect_broken(nul, sizeof nul, 64, "NUL");
    expect_broken(array, sizeof array, 64, "not one JSON object");
    expect_broken(garbage, sizeof garbage, 64, "not one JSON object");
    /* one byte over the cap, exactly at the cap */
    unsigned char b[4 + 70];
    memset(b + 4, ' ', 70);
    b[4] = '{';
    b[4 + 64] = '}';
    b[0] = b[1] = b[2] = 0;
    b[3] = 65;
    expect_broken(b, sizeof b, 64, "over the cap");
    struct frame_dec d;
    frame_dec_init(&d, 65);
    assert_int_equal(frame_dec_feed(&d, b, 4 + 65), 1);
    const char *t;
    size_t len;
    assert_int_equal(frame_dec_next(&d, &t, &len), 1);
    assert_int_equal(len, 65);
    frame_dec_free(&d);
    size_t fl;
    assert_null(frame_encode("{}", 0, 64, &fl));
    assert_null(frame_encode((const char *)b, 65, 64, &fl));
}

static void a_cut_frame_should_wait(void **state)
{
    (void)state;
    struct frame_dec d;
    frame_dec_init(&d, 64);
    assert_int_equal(frame_dec_feed(&d, "\0\0\0\x10{\"type\"", 11), 1);
    const char *t;
    size_t len;
    assert_int_equal(frame_dec_next(&d, &t, &len), 0);
    assert_int_equal(frame_dec_pending(&d), 11);
    frame_dec_free(&d);
}

/* ---- messages ---- */

static struct bundle *bun;

static int setup(void **state)
{
    (void)state;
    struct errlist e;
    errlist_init(&e);
    bun = calloc(1, sizeof *bun);
    return bun && bundle_load(bun, "lakeland", &e) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    bundle_free(bun);
    free(bun);
    return 0;
}

/* With MANDATE_PROTO_SEEDS=DIR, writes text as one frame to
 * DIR/TYPE-SENDER.frame: the fuzz seeds of tests/fixtures/proto
 * (tools/regen-golden.sh). */
static void seed(const char *text, int type, int sender)
{
    const char *dir = getenv("MANDATE_PROTO_SEEDS");
    if (!dir)
        return;
    char path[512];
    snprintf(path, sizeof path, "%s/%s-%s.frame", dir, proto_type_name(type),
             proto_role_name(sender));
    size_t n;
    unsigned char *f = frame_encode(text, strlen(text), PROTO_SERVER_MAX, &n);
    FILE *out = fopen(path, "wb");
    assert_non_null(f);
    assert_non_null(out);
    assert_int_equal(fwrite(f, 1, n, out), n);
    fclose(out);
    free(f);
}

/* m to text, back (sent by sender), to text again: the same text. */
static void round_trip(const struct proto_msg *m, int sender, struct proto_msg *out)
{
    char err[PROTO_ERR];
    char *a = proto_encode(m);
    assert_non_null(a);
    seed(a, m->type, sender);
    if (!proto_decode(a, strlen(a), sender, &bun->pub, out, err))
        fail_msg("%s: %s", a, err);
    assert_int_equal(out->type, m->type);
    char *b = proto_encode(out);
    assert_non_null(b);
    assert_string_equal(a, b);
    free(a);
    free(b);
}

static void messages_should_round_trip(void **state)
{
    (void)state;
    struct proto_msg m, out;
    proto_init(&out, 0);
    proto_init(&m, MSG_HELLO);
    strcpy(m.token, "0123456789abcdef0123456789abcdef");
    strcpy(m.client, "mandate 0.1.0");
    m.id = 7;
    round_trip(&m, ROLE_NONE, &out);
    assert_string_equal(out.token, m.token);
    assert_int_equal(out.id, 7);

    proto_init(&m, MSG_DRAFT);
    m.week = 2;
    m.norders = 2;
    m.orders[0] = (struct order){ .kind = 1, .seat = 0, .turn = 2, .sector = 3, .target = -1,
                                  .level = 0, .inject = -1 };
    m.orders[1] = (struct order){ .kind = 2, .seat = 0, .turn = 2, .sector = -1, .target = 1,
                                  .level = 1, .inject = -1 };
    round_trip(&m, ROLE_SEAT, &out);
    assert_int_equal(out.norders, 2);
    assert_memory_equal(out.orders, m.orders, 2 * sizeof m.orders[0]);
    round_trip(&m, ROLE_SERVER, &out);

    proto_init(&m, MSG_READY);
    m.week = 3;
    m.norders = -1;
    round_trip(&m, ROLE_SEAT, &out);
    assert_int_equal(out.norders, -1);

    proto_init(&m, MSG_STATUS);
    m.status.week = 4;
    m.status.nseats = bun->pub.nseats;
    m.status.human[1] = m.status.ready[1] = m.status.connected[2] = 1;
    m.status.deadline = 90;
    round_trip(&m, ROLE_SERVER, &out);
    assert_memory_equal(&out.status, &m.status, sizeof m.status);

    proto_init(&m, MSG_ERROR);
    m.re = 5;
    m.fatal = 1;
    strcpy(m.message, "frame: type: no message 'x'");
    round_trip(&m, ROLE_SERVER, &out);
    assert_string_equal(out.message, m.message);

    /* issue 12: every facilitator action of the record's list travels
     * with the fields its kind takes */
    for (int kind = 0; kind < FAC_KIND_COUNT; kind++) {
        proto_init(&m, MSG_FAC);
        m.fac = fac_action_make(kind);
        m.fac.inject = kind <= FAC_RELEASE ? 2 : -1;
        m.fac.seat = kind == FAC_SEAT || kind == FAC_KICK ? 1 : -1;
        m.fac.human = kind == FAC_SEAT;
        m.fac.amount = kind == FAC_DEADLINE ? -30 : kind == FAC_REWIND ? 2 : 0;
        m.fac.relative = kind == FAC_DEADLINE;
        if (kind == FAC_CONTINGENCY)
            strcpy(m.fac.title, "Road closed");
        if (kind == FAC_CONTINGENCY || kind == FAC_NOTE || kind == FAC_REVEAL)
            strcpy(m.fac.text, "The bridge at Kessa is down.\nConvoys wait.");
        m.id = kind;
        round_trip(&m, ROLE_FACILITATOR, &out);
        assert_int_equal(out.fac.kind, kind);
        assert_memory_equal(&out.fac, &m.fac, sizeof m.fac);
    }

    struct fac_status rs, rs_out;
    memset(&rs, 0, sizeof rs);
    rs.week = 3, rs.weeks = 8, rs.paused = 1, rs.deadline = 75, rs.deadline_secs = 120;
    rs.nrecorded = 4, rs.nseats = bun->pub.nseats;
    strcpy(rs.file, "/tmp/saves/game-3.json");
    for (int i = 0; i < rs.nseats; i++) {
        rs.seats[i] = (struct fac_seat){ .human = i % 2, .presence = (uint8_t)(i % 4),
                                         .confirmed = i == 1, .drafted = (int8_t)(i - 1),
                                         .last_seen = i == 0 ? -1 : 12 * i };
        snprintf(rs.seats[i].played_by, sizeof rs.seats[i].played_by, "team %d", i);
    }
    proto_init(&m, MSG_ROSTER);
    m.roster = &rs;
    out.roster = &rs_out;
    round_trip(&m, ROLE_SERVER, &out);
    assert_memory_equal(&rs_out, &rs, sizeof rs);

    static struct fac_inject in[MAX_INJECTS], in_out[MAX_INJECTS];
    memset(in, 0, sizeof in);
    for (int k = 0; k < 3; k++) {
        in[k] = (struct fac_inject){ .index = k, .state = k + 2, .week = k, .audience = k - 1,
                                     .nchoices = 2, .answer = k - 1 };
        snprintf(in[k].title, sizeof in[k].title, "Inject %d", k);
        snprintf(in[k].trigger, sizeof in[k].trigger, "week %d", k + 1);
    }
    strcpy(in[2].answer_text, "Escort them");
    proto_init(&m, MSG_MSEL);
    m.msel = in;
    m.nmsel = 3;
    out.msel = in_out;
    round_trip(&m, ROLE_SERVER, &out);
    assert_int_equal(out.nmsel, 3);
    assert_memory_equal(in_out, in, 3 * sizeof in[0]);

    static struct fac_action j[3], j_out[MAX_JOURNAL];
    j[0] = fac_action_make(FAC_NOTE);
    strcpy(j[0].text, "Team 2 is quiet.");
    j[1] = fac_action_make(FAC_SEAT);
    j[1].seat = 1, j[1].human = 0, j[1].was_human = 1, j[1].undone = 1;
    j[2] = fac_action_make(FAC_CONTINGENCY);
    strcpy(j[2].title, "Storm");
    for (int k = 0; k < 3; k++) {
        j[k].week = (int8_t)(k + 1);
        strcpy(j[k].at, "2026-12-06T01:02:03Z");
    }
    proto_init(&m, MSG_JOURNAL);
    m.journal = j;
    m.njournal = 3;
    out.journal = j_out;
    round_trip(&m, ROLE_SERVER, &out);
    assert_int_equal(out.njournal, 3);
    assert_memory_equal(j_out, j, sizeof j);
    out.roster = NULL, out.msel = NULL, out.journal = NULL;

    /* the hot wash's page titles, to the facilitator */
    static char titles[2][SHORT_TEXT] = { "Timeline: week 1", "Who spied on whom" };
    static char titles_out[PROTO_PAGES][SHORT_TEXT];
    proto_init(&m, MSG_PAGES);
    m.titles = titles;
    m.ntitles = 2;
    out.titles = titles_out;
    round_trip(&m, ROLE_SERVER, &out);
    assert_int_equal(out.ntitles, 2);
    assert_string_equal(titles_out[1], "Who spied on whom");
    out.titles = NULL;

    proto_init(&m, MSG_UNREADY);
    m.week = 3;
    round_trip(&m, ROLE_SEAT, &out);
    proto_init(&m, MSG_PING);
    round_trip(&m, ROLE_BOARD, &out);
    /* a board's width, for the hot wash's page (protocol version 3) */
    proto_init(&m, MSG_SIZE);
    m.cols = 120;
    round_trip(&m, ROLE_BOARD, &out);
    assert_int_equal(out.cols, 120);
    proto_init(&m, MSG_PONG);
    round_trip(&m, ROLE_SERVER, &out);
    proto_init(&m, MSG_ACK);
    m.re = 12;
    round_trip(&m, ROLE_SERVER, &out);
    assert_int_equal(out.re, 12);

    proto_init(&m, MSG_BYE);
    strcpy(m.reason, "replaced");
    round_trip(&m, ROLE_SERVER, &out);
    assert_string_equal(out.reason, "replaced");
}

static void views_and_the_book_should_round_trip(void **state)
{
    (void)state;
    struct proto_msg m, out;
    struct pub *p = malloc(sizeof *p);
    struct view *v = calloc(1, sizeof *v), *v2 = calloc(1, sizeof *v2);
    assert_non_null(p);
    assert_non_null(v);
    assert_non_null(v2);
    proto_init(&m, MSG_WELCOME);
    m.role = ROLE_SEAT;
    m.seat = 2;
    m.pub = &bun->pub;
    proto_init(&out, 0);
    out.pub = p;
    round_trip(&m, ROLE_SERVER, &out);
    assert_int_equal(out.seat, 2);
    assert_int_equal(out.role, ROLE_SEAT);
    assert_string_equal(p->name, bun->pub.name);
    assert_int_equal(p->nseats, bun->pub.nseats);
    /* a welcome where no book is wanted is refused */
    char *text = proto_encode(&m), err[PROTO_ERR];
    proto_init(&out, 0);
    assert_int_equal(proto_decode(text, strlen(text), ROLE_SERVER, &bun->pub, &out, err), 0);
    assert_non_null(strstr(err, "pub: not expected here"));
    free(text);
    /* issue 12: the welcome names the teams (public), and a hostile name
     * is refused as mandate new refuses it */
    snprintf(m.teams[0], sizeof m.teams[0], "Eagles");
    snprintf(m.teams[2], sizeof m.teams[2], "Les \u00c9claireurs");
    proto_init(&out, 0);
    out.pub = p;
    round_trip(&m, ROLE_SERVER, &out);
    assert_string_equal(out.teams[0], "Eagles");
    assert_string_equal(out.teams[1], "");
    assert_string_equal(out.teams[2], "Les \u00c9claireurs");
    snprintf(m.teams[0], sizeof m.teams[0], "TEAMX");
    text = proto_encode(&m);
    assert_non_null(text);
    const char *bad[] = { "\"x\\u001b[31m\"", "\"a\\u202eb\"", "\"a\\u2066b\"",
                          "\"a\xff\"", "\"0123456789012345678901234567890123456789\"", "7" };
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        char *at = strstr(text, "\"TEAMX\""), *hostile = malloc(strlen(text) + 64);
        assert_non_null(at);
        assert_non_null(hostile);
        sprintf(hostile, "%.*s%s%s", (int)(at - text), text, bad[k], at + strlen("\"TEAMX\""));
        proto_init(&out, 0);
        out.pub = p;
        if (proto_decode(hostile, strlen(hostile), ROLE_SERVER, NULL, &out, err))
            fail_msg("a welcome with the team %s was accepted", bad[k]);
        if (!strchr(bad[k], '\xff') && !strstr(err, "teams"))
            fail_msg("team %s: error '%s' does not name teams", bad[k], err);
        free(hostile);
    }
    /* one name too few */
    char *at = strstr(text, "\"TEAMX\",");
    assert_non_null(at);
    memmove(at, at + strlen("\"TEAMX\","), strlen(at + strlen("\"TEAMX\",")) + 1);
    proto_init(&out, 0);
    out.pub = p;
    assert_int_equal(proto_decode(text, strlen(text), ROLE_SERVER, NULL, &out, err), 0);
    assert_non_null(strstr(err, "teams"));
    free(text);
    memset(m.teams, 0, sizeof m.teams);
    /* a seat's view and the facilitator's, of a game on the book */
    struct host_setup st;
    host_setup_init(&st, 5);
    st.autosave = 0;
    struct host *h = host_new(bun, &st);
    assert_true(host_view(h, 1, v));
    proto_init(&m, MSG_VIEW);
    m.view = v;
    proto_init(&out, 0);
    out.view = v2;
    round_trip(&m, ROLE_SERVER, &out);
    assert_int_equal(v2->seat, 1);
    assert_int_equal(v2->turn, v->turn);
    struct fview *f = calloc(1, sizeof *f), *f2 = calloc(1, sizeof *f2);
    assert_non_null(f);
    assert_non_null(f2);
    assert_true(host_fview(h, f));
    proto_init(&m, MSG_VIEW);
    m.fview = f;
    proto_init(&out, 0);
    out.fview = f2;
    round_trip(&m, ROLE_SERVER, &out);
    /* the board's payload (issue 12): decoded against the book */
    struct board *bd = malloc(sizeof *bd), *bd2 = malloc(sizeof *bd2);
    assert_non_null(bd);
    assert_non_null(bd2);
    struct board_clock clk = { 300, { 1, 0, 1 } };
    board_build(h, &clk, v, bd);
    snprintf(bd->reveals[bd->nreveals++], sizeof bd->reveals[0], "Kestria asked for the map");
    proto_init(&m, MSG_BOARD);
    m.board = bd;
    proto_init(&out, 0);
    out.board = bd2;
    round_trip(&m, ROLE_SERVER, &out);
    assert_int_equal(bd2->nsectors, bun->pub.nsectors);
    assert_int_equal(bd2->connected[2], 1);
    assert_string_equal(bd2->reveals[0], "Kestria asked for the map");
    free(bd);
    free(bd2);
    host_free(h);
    free(f);
    free(f2);
    free(p);
    free(v);
    free(v2);
}

/* text sent by sender is refused with a reason containing want. */
static void refused(const char *text, int sender, const char *want)
{
    struct proto_msg m;
    char err[PROTO_ERR];
    proto_init(&m, 0);
    if (proto_decode(text, strlen(text), sender, &bun->pub, &m, err))
        fail_msg("accepted: %s", text);
    if (!strstr(err, want) || strchr(err, '\n'))
        fail_msg("%s: error '%s' lacks '%s'", text, err, want);
}

static void hostile_messages_should_be_refused(void **state)
{
    (void)state;
    refused("{\"type\":\"hello\",\"version\":1,\"token\":\"x\"} junk", ROLE_NONE, "after");
    refused("[1]", ROLE_NONE, "JSON object");
    refused("{\"version\":1}", ROLE_NONE, "type");
    refused("{\"type\":\"launch\"}", ROLE_SEAT, "no message 'launch'");
    refused("{\"type\":\"fac\",\"action\":\"pause\"}", ROLE_SEAT, "a seat may not send fac");
    refused("{\"type\":\"fac\",\"action\":\"pause\"}", ROLE_BOARD, "a board may not send fac");
    refused("{\"type\":\"roster\"}", ROLE_FACILITATOR, "may not send roster");
    refused("{\"type\":\"draft\",\"week\":1,\"orders\":[]}", ROLE_BOARD, "may not send draft");
    refused("{\"type\":\"draft\",\"week\":1,\"orders\":[]}", ROLE_NONE, "may not send draft");
    refused("{\"type\":\"ping\"}", ROLE_NONE, "may not send ping");
    refused("{\"type\":\"welcome\"}", ROLE_SEAT, "may not send welcome");
    refused("{\"type\":\"ping\",\"seat\":3}", ROLE_SEAT, "seat");
    refused("{\"type\":\"size\",\"cols\":80}", ROLE_SEAT, "a seat may not send size");
    refused("{\"type\":\"size\",\"cols\":80}", ROLE_FACILITATOR, "may not send size");
    refused("{\"type\":\"size\",\"cols\":19}", ROLE_BOARD, "cols");
    refused("{\"type\":\"size\",\"cols\":10001}", ROLE_BOARD, "cols");
    refused("{\"type\":\"size\"}", ROLE_BOARD, "cols");
    refused("{\"type\":\"size\",\"cols\":80,\"rows\":24}", ROLE_BOARD, "rows");
    refused("{\"type\":\"ping\",\"type\":\"ping\"}", ROLE_SEAT, "type");
    refused("{\"type\":\"draft\",\"week\":99,\"orders\":[]}", ROLE_SEAT, "week");
    refused("{\"type\":\"draft\",\"week\":1}", ROLE_SEAT, "orders");
    refused("{\"type\":\"hello\",\"version\":1,\"token\":\"ab\\u0001\"}", ROLE_NONE, "ASCII");
    refused("{\"type\":\"ready\",\"week\":1,\"id\":-4}", ROLE_SEAT, "id");
    /* issue 12: a facilitator's action with a field its kind does not
     * take, without one it needs, or out of range */
    refused("{\"type\":\"fac\",\"action\":\"pause\",\"amount\":3}", ROLE_FACILITATOR,
            "amount");
    refused("{\"type\":\"fac\",\"action\":\"end_week\"}", ROLE_FACILITATOR, "end_week");
    refused("{\"type\":\"fac\",\"action\":\"fire\"}", ROLE_FACILITATOR, "inject");
    refused("{\"type\":\"fac\",\"action\":\"fire\",\"inject\":48}", ROLE_FACILITATOR,
            "inject");
    refused("{\"type\":\"fac\",\"action\":\"kick\",\"seat\":-1}", ROLE_FACILITATOR, "seat");
    refused("{\"type\":\"fac\",\"action\":\"note\",\"text\":\"\"}", ROLE_FACILITATOR,
            "text");
    refused("{\"type\":\"fac\",\"action\":\"rewind\",\"amount\":0}", ROLE_FACILITATOR,
            "amount");
    refused("{\"type\":\"fac\",\"action\":\"seat\",\"seat\":0,\"human\":1}",
            ROLE_FACILITATOR, "human");
    refused("{\"type\":\"fac\",\"action\":\"contingency\",\"title\":\"a\","
            "\"text\":\"b\",\"inject\":1}", ROLE_FACILITATOR, "inject");
    /* deep nesting: 100,000 arrays */
    size_t n = 100000;
    char *deep = malloc(2 * n + 40);
    assert_non_null(deep);
    int k = sprintf(deep, "{\"type\":\"ping\",\"x\":");
    memset(deep + k, '[', n);
    memset(deep + k + n, ']', n);
    strcpy(deep + k + 2 * n, "}");
    refused(deep, ROLE_SEAT, "frame");
    free(deep);
    /* every cut of a good message is refused, never a crash */
    const char *good = "{\"type\":\"draft\",\"week\":1,\"orders\":[{\"kind\":\"patrol\","
                       "\"seat\":0,\"turn\":1,\"sector\":0,\"target\":-1,\"level\":0,"
                       "\"inject\":-1}]}";
    struct proto_msg m;
    char err[PROTO_ERR];
    assert_int_equal(proto_decode(good, strlen(good), ROLE_SEAT, &bun->pub, &m, err), 1);
    for (size_t cut = 0; cut < strlen(good); cut++)
        assert_int_equal(proto_decode(good, cut, ROLE_SEAT, &bun->pub, &m, err), 0);
}

/* ---- tokens ---- */

static void tokens_should_be_fresh_hex_compared_exactly(void **state)
{
    (void)state;
    char a[TOKEN_HEX + 1], b[TOKEN_HEX + 1];
    assert_int_equal(token_new(a), 1);
    assert_int_equal(token_new(b), 1);
    assert_int_equal(strlen(a), 32);
    assert_true(token_valid(a));
    assert_string_not_equal(a, b);
    assert_true(token_equal(a, a));
    assert_false(token_equal(a, b));
    char c[TOKEN_HEX + 1];
    memcpy(c, a, sizeof c);
    c[31] = c[31] == '0' ? '1' : '0';
    assert_false(token_equal(a, c));
    assert_false(token_valid("0123456789ABCDEF0123456789abcdef"));
    assert_false(token_valid("0123456789abcdef0123456789abcde"));
    assert_false(token_valid("0123456789abcdef0123456789abcdef0"));
    assert_false(token_equal("", ""));
}

static void the_sidecar_should_be_private_and_read_back(void **state)
{
    (void)state;
    char dir[] = "/tmp/mandate-test-proto-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char save[256], side[300], err[TOKEN_ERR];
    snprintf(save, sizeof save, "%s/game.json", dir);
    token_sidecar(save, side, sizeof side);
    assert_non_null(strstr(side, "/game.tokens"));
    int human[MAX_SEATS] = { 1, 0, 1 };
    struct token_set t, r;
    assert_int_equal(token_set_new(&t, 4, human), 1);
    assert_string_equal(t.seat[1], "");
    assert_int_equal(token_write(side, &t, err, sizeof err), 1);
    struct stat st;
    assert_int_equal(stat(side, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    assert_int_equal(token_read(side, 4, &r, err, sizeof err), 1);
    assert_memory_equal(&t, &r, sizeof t);
    /* a seat beyond the game, a broken line */
    assert_int_equal(token_read(side, 2, &r, err, sizeof err), 0);
    assert_non_null(strstr(err, ":5:"));
    FILE *f = fopen(side, "a");
    assert_non_null(f);
    fputs("seat 1 XYZ\n", f);
    fclose(f);
    assert_int_equal(token_read(side, 4, &r, err, sizeof err), 0);
    assert_non_null(strstr(err, ":6:"));
    unlink(side);
    assert_int_equal(token_read(side, 4, &r, err, sizeof err), 0);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(frames_should_come_out_whole_however_cut),
        cmocka_unit_test(broken_frames_should_fail_for_good),
        cmocka_unit_test(a_cut_frame_should_wait),
        cmocka_unit_test(messages_should_round_trip),
        cmocka_unit_test(views_and_the_book_should_round_trip),
        cmocka_unit_test(hostile_messages_should_be_refused),
        cmocka_unit_test(tokens_should_be_fresh_hex_compared_exactly),
        cmocka_unit_test(the_sidecar_should_be_private_and_read_back),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
