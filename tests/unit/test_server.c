/* test_server.c - the classroom server (issue 11) over its Unix socket,
 * run in a child process, with clients from tests/unit/netrig.h:
 *   - hostile clients (Freeciv's ff ff 00 00 00 00, a length of 2^31, a
 *     frame cut mid-way, deep nesting, a client that says nothing, 200
 *     connections at once, a client that never reads, a wrong token, a
 *     seat sending a facilitator command, garbage after a good frame, a
 *     wrong version): each is closed, and after each the server still
 *     serves a good client and the game goes on a week;
 *   - a reconnect with the same token replaces the older connection, and
 *     the new one gets its view, its draft and the status;
 *   - leaks: every seat's secret objectives and private injects carry
 *     canary strings; every byte each seat's and the board's client
 *     received over whole games holds no other seat's canary (the
 *     facilitator's holds them all: the test can fail);
 *   - determinism: 8 scripted clients play the 8-seat fixture over the
 *     socket; the server's final save has the checksums of the same
 *     orders played in process;
 *   - a deadline: a seat that sends nothing gets its AI's orders, a draft
 *     not confirmed is submitted, flagged in the record and said in the
 *     report. */
#include "helpers.h"

#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "core/record.h"
#include "data/utf8.h"
#include "net/server.h"
#include "report/aar.h"
#include "report/debrief.h"
#include "report/hotwash.h"
#include "net/token.h"
#include "session/host.h"
#include "session/port_script.h"
#include "canary.h"
#include "netrig.h"

#define FIX MANDATE_ASSETS "/../tests/fixtures"

struct rig {
    char dir[64], sock[100];
    struct bundle *b;
    struct token_set t;
    pid_t pid;
    uint64_t seed;
};

/* Starts a server in a child on scenario (modified by poke when not
 * NULL), human seats where human[i]; timers shortened; deadline seconds;
 * in_child (when not NULL) given the child's host before its server. */
static void rig_start(struct rig *r, const char *scenario, const int *human, int deadline,
                      void (*poke)(struct bundle *), void (*in_child)(struct host *))
{
    struct errlist e;
    errlist_init(&e);
    snprintf(r->dir, sizeof r->dir, "/tmp/mandate-test-server-XXXXXX");
    assert_non_null(mkdtemp(r->dir));
    snprintf(r->sock, sizeof r->sock, "%s/run/s.sock", r->dir);
    r->b = calloc(1, sizeof *r->b);
    assert_non_null(r->b);
    assert_true(bundle_load(r->b, scenario, &e));
    if (poke)
        poke(r->b);
    r->seed = 11;
    struct host_setup st;
    host_setup_init(&st, r->seed);
    for (int i = 0; i < MAX_SEATS; i++)
        st.human[i] = human[i];
    assert_true(token_set_new(&r->t, r->b->sc->nseats, st.human));
    save_set_dir(r->dir);
    fflush(NULL);
    r->pid = fork();
    assert_true(r->pid >= 0);
    if (r->pid == 0) {
        struct host *h = host_new(r->b, &st);
        if (in_child)
            in_child(h);
        struct server_opts o = { 0 };
        o.hotwash = hotwash_board;
        o.hotwash_titles = hotwash_titles;
        o.socket_path = r->sock;
        o.tokens = &r->t;
        o.deadline = deadline;
        o.log = getenv("MANDATE_TEST_LOG") ? stderr : NULL;
        o.signals = 1;
        /* generous graces: a seat's connection waits unread while the
         * test drives another one, and under sanitizers on a loaded
         * machine a step can take seconds (no test here times silence) */
        o.hello_ms = 3000;
        o.silence_ms = 60000;
        o.ping_ms = 1000;
        o.out_cap = 256 * 1024;
        char err[1200];
        struct server *s = server_new(h, &o, err, sizeof err);
        if (!s) {
            fprintf(stderr, "# %s\n", err);
            _exit(3);
        }
        int rc = server_run(s);
        server_free(s);
        host_free(h);
        bundle_free(r->b);
        free(r->b);
        exit(rc);
    }
}

/* Stops the server (SIGTERM), its exit status; removes the folder. */
static int rig_stop(struct rig *r)
{
    int status = 0;
    if (r->pid > 0) {
        kill(r->pid, SIGTERM);
        waitpid(r->pid, &status, 0);
    }
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", r->dir);
    assert_int_equal(system(cmd), 0);
    bundle_free(r->b);
    free(r->b);
    save_set_dir(NULL);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

/* A good client of seat plays one week with the AI (ready with orders),
 * and sees the next week's view: the game goes on. */
static void good_week(struct rig *r, int seat, int week)
{
    struct nc c;
    assert_true(nc_connect(&c, r->sock));
    assert_true(nc_hello(&c, r->t.seat[seat]));
    assert_int_equal(c.role, ROLE_SEAT);
    assert_int_equal(c.seat, seat);
    assert_int_equal(c.view->turn, week);
    const struct personality *p = &r->b->ps.p[0];
    assert_true(nc_play(&c, p, 1));
    assert_true(nc_wait(&c, MSG_ACK, 10000));
    int64_t until = nc_ms() + 10000;
    while (c.view->turn != week + 1 && nc_ms() < until)
        assert_int_equal(nc_next(&c, 1000) >= 0, 1);
    assert_int_equal(c.view->turn, week + 1);
    nc_close(&c);
}

/* A raw client sends bytes: the server closes it (after an error when
 * want_error). */
static void hostile_bytes(struct rig *r, const void *b, size_t n, int want_error)
{
    struct nc c;
    int error;
    assert_true(nc_connect(&c, r->sock));
    nc_send_raw(&c, b, n);
    assert_true(nc_closed_within(&c, 10000, &error));
    if (want_error)
        assert_true(error);
    nc_close(&c);
}

static void hostile_clients_should_never_stop_the_game(void **state)
{
    (void)state;
    struct rig r;
    int human[MAX_SEATS] = { 1 };
    rig_start(&r, "lakeland", human, 0, NULL, NULL);
    int week = 1;
    good_week(&r, 0, week++);

    /* Freeciv's packet; a length of 2^31 */
    static const unsigned char freeciv[] = { 0xff, 0xff, 0, 0, 0, 0 };
    hostile_bytes(&r, freeciv, sizeof freeciv, 1);
    static const unsigned char huge[] = { 0x80, 0, 0, 0, '{', '"' };
    hostile_bytes(&r, huge, sizeof huge, 1);
    good_week(&r, 0, week++);

    /* a frame cut mid-way, then the client goes */
    struct nc c;
    assert_true(nc_connect(&c, r.sock));
    nc_send_raw(&c, "\0\0\0\x40{\"type\":\"hel", 16);
    nc_close(&c);
    /* deep nesting inside the cap */
    size_t depth = 30000;
    char *deep = malloc(2 * depth + 64);
    assert_non_null(deep);
    int k = sprintf(deep, "{\"type\":\"hello\",\"x\":");
    memset(deep + k, '[', depth);
    memset(deep + k + depth, ']', depth);
    strcpy(deep + k + 2 * depth, "}");
    assert_true(nc_connect(&c, r.sock));
    nc_send_json(&c, deep);
    int error;
    assert_true(nc_closed_within(&c, 10000, &error));
    assert_true(error);
    nc_close(&c);
    free(deep);
    good_week(&r, 0, week++);

    /* a client that says nothing: closed after the hello grace */
    assert_true(nc_connect(&c, r.sock));
    int64_t t0 = nc_ms();
    assert_true(nc_closed_within(&c, 10000, &error));
    assert_true(error);
    assert_true(nc_ms() - t0 >= 1000);
    nc_close(&c);
    good_week(&r, 0, week++);

    /* 200 connections at once: at most 64 are kept, the others told */
    struct nc *many = calloc(200, sizeof *many);
    assert_non_null(many);
    int full = 0;
    for (int i = 0; i < 200; i++)
        assert_true(nc_connect(&many[i], r.sock));
    for (int i = 0; i < 200; i++)
        if (nc_next(&many[i], 50) == 1 && many[i].m.type == MSG_ERROR &&
            strcmp(many[i].m.message, "server full") == 0)
            full++;
    assert_true(full >= 200 - SERVER_MAX_CONNS);
    for (int i = 0; i < 200; i++)
        nc_close(&many[i]);
    free(many);
    good_week(&r, 0, week++);

    /* a client that never reads while views are pushed: the board */
    struct nc slow;
    assert_true(nc_connect(&slow, r.sock));
    struct proto_msg m;
    proto_init(&m, MSG_HELLO);
    strcpy(m.token, r.t.board);
    nc_send(&slow, &m);
    good_week(&r, 0, week++);
    good_week(&r, 0, week++);
    nc_close(&slow);

    /* a wrong token; a version this server does not speak */
    assert_true(nc_connect(&c, r.sock));
    proto_init(&m, MSG_HELLO);
    strcpy(m.token, "00000000000000000000000000000000");
    nc_send(&c, &m);
    assert_true(nc_closed_within(&c, 10000, &error));
    assert_true(error);
    assert_non_null(strstr(c.m.message, "") );
    nc_close(&c);
    /* (and version 1, the one before the welcome named the teams, and 2,
     * before a board said its width: an old client is told in one line) */
    static const int versions[] = { 1, PROTO_VERSION - 1, PROTO_VERSION + 1 };
    for (size_t vi = 0; vi < sizeof versions / sizeof versions[0]; vi++) {
        assert_true(nc_connect(&c, r.sock));
        proto_init(&m, MSG_HELLO);
        m.version = versions[vi];
        strcpy(m.token, r.t.seat[0]);
        nc_send(&c, &m);
        assert_true(nc_closed_within(&c, 10000, &error));
        assert_true(error);
        char speaks[64];
        snprintf(speaks, sizeof speaks, "this server speaks version %d", PROTO_VERSION);
        assert_non_null(strstr(c.m.message, speaks));
        nc_close(&c);
    }

    /* issue 12: a seat or the board sending a facilitator's action, well
     * formed, is refused and closed; the action is not taken (the week
     * stands, the game is not paused, the journal stays empty) */
    static const char *const actions[] = {
        "{\"type\":\"fac\",\"action\":\"resolve_now\"}",
        "{\"type\":\"fac\",\"action\":\"pause\"}",
        "{\"type\":\"fac\",\"action\":\"note\",\"text\":\"a seat's note\"}",
        "{\"type\":\"fac\",\"action\":\"seat\",\"seat\":0,\"human\":false}",
        "{\"type\":\"fac\",\"action\":\"rewind\",\"amount\":1}",
    };
    for (int a = 0; a < 2 * (int)(sizeof actions / sizeof actions[0]); a++) {
        assert_true(nc_connect(&c, r.sock));
        assert_true(nc_hello(&c, a % 2 ? r.t.board : r.t.seat[0]));
        nc_send_json(&c, actions[a / 2]);
        assert_true(nc_closed_within(&c, 10000, &error));
        assert_true(error);
        /* a board is sent the board, not a view */
        assert_int_equal(a % 2 ? c.board->week : c.view->turn, week);
        assert_false(c.m.type == MSG_STATUS && c.m.status.paused);
        assert_false(c.m.type == MSG_BOARD && c.board->paused);
        nc_close(&c);
    }
    struct nc fc;
    assert_true(nc_connect(&fc, r.sock));
    assert_true(nc_hello(&fc, r.t.facilitator));
    assert_true(nc_wait(&fc, MSG_ROSTER, 10000));
    assert_int_equal(fc.roster->week, week);
    assert_false(fc.roster->paused);
    assert_int_equal(fc.roster->seats[0].human, 1);
    assert_true(nc_wait(&fc, MSG_JOURNAL, 10000));
    assert_int_equal(fc.m.njournal, 0);
    nc_close(&fc);
    good_week(&r, 0, week++);

    /* garbage after a good frame */
    assert_true(nc_connect(&c, r.sock));
    char hello[200];
    snprintf(hello, sizeof hello, "{\"type\":\"hello\",\"version\":%d,\"token\":\"%s\"}",
             PROTO_VERSION, r.t.seat[0]);
    size_t fl;
    unsigned char *f = frame_encode(hello, strlen(hello), 1000, &fl);
    unsigned char buf[300];
    memcpy(buf, f, fl);
    memcpy(buf + fl, "garbage!", 8);
    free(f);
    nc_send_raw(&c, buf, fl + 8);
    assert_true(nc_closed_within(&c, 10000, &error));
    assert_true(error);
    nc_close(&c);
    good_week(&r, 0, week++);
    assert_int_equal(rig_stop(&r), 0);
}

static void a_reconnect_should_replace_the_older_connection(void **state)
{
    (void)state;
    struct rig r;
    int human[MAX_SEATS] = { 1, 1 };
    rig_start(&r, "lakeland", human, 0, NULL, NULL);
    struct nc a, b;
    assert_true(nc_connect(&a, r.sock));
    assert_true(nc_hello(&a, r.t.seat[0]));
    /* a draft, not confirmed */
    struct proto_msg m;
    proto_init(&m, MSG_DRAFT);
    m.week = 1;
    m.norders = 0;
    m.id = 4;
    nc_send(&a, &m);
    assert_true(nc_wait(&a, MSG_ACK, 10000));
    assert_int_equal(a.m.re, 4);
    /* a seat field naming another seat is not trusted: the orders are
     * the connection's seat's */
    assert_true(nc_connect(&b, r.sock));
    assert_true(nc_hello(&b, r.t.seat[0]));
    assert_true(nc_wait(&b, MSG_DRAFT, 10000));
    assert_int_equal(b.m.week, 1);
    assert_int_equal(b.m.norders, 0);
    assert_true(nc_wait(&b, MSG_STATUS, 10000));
    assert_int_equal(b.m.status.connected[0], 1);
    assert_int_equal(b.m.status.deadline, -1);
    assert_true(nc_wait(&a, MSG_BYE, 10000));
    assert_string_equal(a.bye, "replaced");
    nc_close(&a);
    nc_close(&b);
    assert_int_equal(rig_stop(&r), 0);
}

/* ---- leaks ---- */

/* 1 when the bytes hold seat's canary. */
static int holds(const struct nc *c, int seat)
{
    char needle[32];
    int n = snprintf(needle, sizeof needle, "CANARY-S%d-", seat);
    for (size_t i = 0; i + (size_t)n <= c->nrec; i++)
        if (memcmp(c->rec + i, needle, (size_t)n) == 0)
            return 1;
    return 0;
}

/* 1 when the bytes hold text. */
static int holds_text(const struct nc *c, const char *text)
{
    size_t n = strlen(text);
    for (size_t i = 0; i + n <= c->nrec; i++)
        if (memcmp(c->rec + i, text, n) == 0)
            return 1;
    return 0;
}

/* The facilitator f takes an action (its JSON after the type): the
 * server acknowledges it. */
static void fac_do(struct nc *f, const char *fmt, ...)
{
    char body[600], json[700];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(body, sizeof body, fmt, ap);
    va_end(ap);
    snprintf(json, sizeof json, "{\"type\":\"fac\",\"id\":77,%s}", body);
    assert_true(nc_send_json(f, json));
    int64_t until = nc_ms() + 10000;
    while (nc_ms() < until) {
        assert_int_equal(nc_next(f, 1000) >= 0, 1);
        if (f->m.type == MSG_ERROR)
            fail_msg("%s: %s", json, f->m.message);
        if (f->m.type == MSG_ACK && f->m.re == 77)
            return;
    }
    fail_msg("%s: no answer", json);
}

/* Issue 12: every facilitator action, in week 1 before the seats play:
 * notes and reveals (canaries of the facilitator's own), a contingency
 * for seat 0 alone (seat 0's canary), hold, release and fire, pause,
 * deadlines, resume, a seat to its AI and back, a kick (seat 0 joins
 * again: *kicked keeps the old connection's bytes), resolve now and a
 * rewind to week 1. */
static void every_action(struct rig *r, struct nc **cs, struct nc *f, struct nc *kicked)
{
    const struct scenario *sc = r->b->sc;
    int fire = -1, hold = -1;
    for (int k = 0; k < sc->ninjects; k++) {
        const struct inject *in = &sc->injects[k];
        if (in->trigger == TRIG_TURN && in->turn > 1 && (fire < 0 || in->audience >= 0))
            fire = k;
    }
    for (int k = 0; k < sc->ninjects; k++)
        if (k != fire && sc->injects[k].turn > 1)
            hold = k;
    assert_true(fire >= 0 && hold >= 0);
    fac_do(f, "\"action\":\"note\",\"text\":\"CANARY-F-note one\"");
    fac_do(f, "\"action\":\"reveal\",\"text\":\"CANARY-F-reveal\"");
    fac_do(f, "\"action\":\"contingency\",\"seat\":0,\"title\":\"CANARY-S0-title\","
              "\"text\":\"CANARY-S0-contingency\"");
    fac_do(f, "\"action\":\"hold\",\"inject\":%d", hold);
    fac_do(f, "\"action\":\"release\",\"inject\":%d", hold);
    fac_do(f, "\"action\":\"fire\",\"inject\":%d", fire);
    fac_do(f, "\"action\":\"pause\"");
    fac_do(f, "\"action\":\"deadline\",\"amount\":3600");
    fac_do(f, "\"action\":\"deadline\",\"amount\":30,\"relative\":true");
    fac_do(f, "\"action\":\"resume\"");
    fac_do(f, "\"action\":\"deadline\",\"amount\":0");
    fac_do(f, "\"action\":\"seat\",\"seat\":1,\"human\":false");
    fac_do(f, "\"action\":\"seat\",\"seat\":1,\"human\":true");
    fac_do(f, "\"action\":\"kick\",\"seat\":0");
    int error;
    assert_true(nc_closed_within(cs[0], 10000, &error));
    assert_string_equal(cs[0]->bye, "kicked");
    *kicked = *cs[0];
    assert_true(nc_connect(cs[0], r->sock));
    assert_true(nc_hello(cs[0], r->t.seat[0]));
    fac_do(f, "\"action\":\"resolve_now\"");
    fac_do(f, "\"action\":\"rewind\",\"amount\":1");
    fac_do(f, "\"action\":\"note\",\"text\":\"CANARY-F-note two\"");
    /* the seats heard week 2 and then week 1 again: they play week 1 */
    /* everyone reads (and answers pings) until no view or status comes */
    int64_t until = nc_ms() + 30000;
    for (int idle = 0; idle < 20 && nc_ms() < until;) {
        int any = 0;
        for (int i = 0; i <= sc->nseats; i++)
            while (nc_next(cs[i], 5) == 1)
                any |= cs[i]->m.type == MSG_VIEW || cs[i]->m.type == MSG_STATUS;
        idle = any ? 0 : idle + 1;
    }
    for (int i = 0; i < sc->nseats; i++) {
        assert_int_equal(cs[i]->view->turn, 1);
        cs[i]->week_played = 0;
        cs[i]->got_view = 1;
    }
    assert_true(nc_wait(f, MSG_JOURNAL, 10000));
    assert_int_equal(f->m.njournal, 17);   /* every action above, in the journal */
}

/* Every seat a team name (public: every client may get it). */
static void name_teams(struct host *h)
{
    for (int i = 0; i < host_nseats(h); i++) {
        char name[32];
        snprintf(name, sizeof name, "Public team %d", i);
        host_set_team(h, i, name);
    }
}

static void no_byte_should_carry_another_seats_secret(void **state)
{
    (void)state;
    const char *scenarios[] = { "lakeland", FIX "/eight_seats.json" };
    for (int sx = 0; sx < 2; sx++) {
        struct rig r;
        int human[MAX_SEATS] = { 1, 1, 1, 1, 1, 1, 1, 1 };
        rig_start(&r, scenarios[sx], human, 0, poke_canaries, name_teams);
        int n = r.b->sc->nseats;
        struct nc *cs[MAX_SEATS + 2];
        for (int i = 0; i < n + 2; i++) {
            cs[i] = calloc(1, sizeof *cs[i]);
            assert_true(nc_connect(cs[i], r.sock));
            const char *tok = i < n ? r.t.seat[i] : i == n ? r.t.board : r.t.facilitator;
            assert_true(nc_hello(cs[i], tok));
        }
        struct nc kicked;
        every_action(&r, cs, cs[n + 1], &kicked);
        assert_true(nc_play_all(cs, n + 2, r.b, 3, 120000));
        /* the facilitator's notes and reveals reach no seat; the notes
         * not the board either; the contingency for seat 0 no other */
        for (int i = 0; i < n + 1; i++) {
            if (holds_text(cs[i], "CANARY-F-note") || (i < n && holds_text(cs[i], "CANARY-F-")))
                fail_msg("%s: %s %d received the facilitator's note or reveal", scenarios[sx],
                         i < n ? "seat" : "the board", i);
        }
        assert_false(holds_text(&kicked, "CANARY-F-"));
        for (int j = 1; j < n; j++)
            assert_false(holds(&kicked, j));
        assert_true(holds_text(cs[0], "CANARY-S0-contingency") ||
                    holds_text(&kicked, "CANARY-S0-contingency"));
        assert_true(holds_text(cs[n + 1], "CANARY-F-note two"));
        nc_close(&kicked);
        int seen_own = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++)
                if (j != i && holds(cs[i], j))
                    fail_msg("%s: seat %d received seat %d's canary", scenarios[sx], i, j);
            seen_own += holds(cs[i], i);
        }
        for (int j = 0; j < n; j++) {
            if (holds(cs[n], j))
                fail_msg("%s: the board received seat %d's canary", scenarios[sx], j);
            /* the facilitator sees every secret: the canaries do travel */
            assert_true(holds(cs[n + 1], j));
        }
        assert_true(seen_own >= n);
        /* the teams' names are public: every seat, the board and the
         * facilitator get every one (issue 12: serve --team) */
        for (int i = 0; i < n + 2; i++)
            for (int j = 0; j < n; j++) {
                char name[32];
                snprintf(name, sizeof name, "\"Public team %d\"", j);
                if (!holds_text(cs[i], name))
                    fail_msg("%s: client %d was not told team %d's name", scenarios[sx], i, j);
            }
        /* the board got the public board alone, and stays for the hot wash */
        assert_true(cs[n]->got_board >= 3);
        assert_int_equal(cs[n]->board->ended, 1);
        assert_false(cs[n]->got_view);
        assert_string_equal(cs[n]->bye, "");
        /* so does the facilitator, who runs it; the teams are told "ended" */
        assert_string_equal(cs[n + 1]->bye, "");
        for (int i = 0; i < n + 2; i++) {
            if (i < n)
                assert_string_equal(cs[i]->bye, "ended");
            nc_close(cs[i]);
            free(cs[i]);
        }
        assert_int_equal(rig_stop(&r), 0);
    }
}

/* ---- the board: reveals and the hot wash ---- */

/* Seat 1's port: its AI plays it, and after each week the facilitator
 * acts in the server's process (this version's fac message carries no
 * reveal nor show): a reveal after each week; page 2 of the hot wash
 * once the game has ended. */
static int fac_turn(void *ctx, struct host *h, int seat, const struct view *v)
{
    (void)ctx;
    return port_ai()->ops->turn(port_ai()->ctx, h, seat, v);
}

static void fac_notify(void *ctx, struct host *h, int seat, const struct host_note *n)
{
    (void)ctx, (void)seat;
    if (n->kind != NOTE_RESOLVED)
        return;
    struct fac_action a = fac_action_make(n->ended ? FAC_SHOW : FAC_REVEAL);
    if (n->ended)
        a.amount = 2;
    else
        snprintf(a.text, sizeof a.text, "Revealed after week %d", n->week);
    char why[200];
    if (!host_control(h, &a, 0, why, sizeof why))
        fprintf(stderr, "# %s refused: %s\n", fac_kind_name(a.kind), why);
}

static const struct port_ops fac_ops = { "test facilitator", fac_turn, fac_notify, NULL };
static const struct port fac_port = { &fac_ops, NULL };

static void acting_seat(struct host *h)
{
    host_set_port(h, 1, &fac_port);
}

static int newest(const char *dir, const char *part, char *out, size_t n);

static void the_board_should_get_the_reveals_and_stay_for_the_hot_wash(void **state)
{
    (void)state;
    struct rig r;
    int human[MAX_SEATS] = { 1 };
    rig_start(&r, "lakeland", human, 0, NULL, acting_seat);
    struct nc *cs[3];
    for (int i = 0; i < 3; i++) {
        cs[i] = calloc(1, sizeof *cs[i]);
        assert_true(nc_connect(cs[i], r.sock));
        assert_true(nc_hello(cs[i], i == 0 ? r.t.seat[0] : i == 1 ? r.t.board : r.t.facilitator));
    }
    struct nc *board = cs[1], *fac = cs[2];
    assert_int_equal(board->role, ROLE_BOARD);
    assert_int_equal(board->board->week, 1);
    assert_int_equal(board->board->nreveals, 0);
    assert_true(nc_play_all(cs, 3, r.b, 3, 120000));
    assert_string_equal(cs[0]->bye, "ended");
    /* the reveals, in order, then the page the facilitator showed */
    int64_t until = nc_ms() + 10000;
    while (board->board->page != 2 && nc_ms() < until)
        assert_true(nc_next(board, 1000) >= 0);
    const struct board *b = board->board;
    assert_int_equal(b->ended, 1);
    assert_int_equal(b->nreveals, b->weeks - 1);
    for (int k = 0; k < b->nreveals; k++) {
        char want[64];
        snprintf(want, sizeof want, "Revealed after week %d", k + 1);
        assert_string_equal(b->reveals[k], want);
    }
    assert_int_equal(b->page, 2);
    assert_true(b->npages > 10);
    assert_true(b->title[0] && b->nlines > 0);
    assert_false(board->got_view);
    /* the facilitator stays too, is sent the pages' titles, and shows
     * page 3 over the wire (issue 12: the hot wash from mandate
     * facilitate) */
    until = nc_ms() + 10000;
    while (fac->ntitles == 0 && nc_ms() < until)
        assert_true(nc_next(fac, 1000) >= 0);
    assert_int_equal(fac->ntitles, b->npages);
    assert_false(fac->ended);
    struct proto_msg show;
    proto_init(&show, MSG_FAC);
    show.fac = fac_action_make(FAC_SHOW);
    show.fac.amount = 3;
    show.id = 77;
    assert_true(nc_send(fac, &show));
    until = nc_ms() + 10000;
    while (board->board->page != 3 && nc_ms() < until) {
        assert_true(nc_next(board, 200) >= 0);
        assert_true(nc_next(fac, 200) >= 0);
    }
    assert_int_equal(board->board->page, 3);
    assert_string_equal(board->board->title, fac->titles[2]);
    /* the page is wrapped at the width the board says (protocol 3;
     * issue 12, left at stop 19: 76 columns on every board) */
    static const int sizes[][3] = { { 122, HOTWASH_COLS + 1, 120 }, { 60, 1, 58 } };
    for (int k = 0; k < 2; k++) {
        struct proto_msg size;
        proto_init(&size, MSG_SIZE);
        size.cols = sizes[k][0];
        assert_true(nc_send(board, &size));
        long w = 0;
        until = nc_ms() + 10000;
        for (;;) {
            w = 0;
            for (int i = 0; i < board->board->nlines; i++)
                if (utf8_cols(board->board->lines[i]) > w)
                    w = utf8_cols(board->board->lines[i]);
            if ((w >= sizes[k][1] && w <= sizes[k][2]) || nc_ms() > until)
                break;
            assert_true(nc_next(board, 200) >= 0);
        }
        assert_int_equal(board->board->page, 3);
        if (w < sizes[k][1] || w > sizes[k][2])
            fail_msg("a board of %d columns got page 3 %ld columns wide", sizes[k][0], w);
    }

    /* past the end's grace the board and the facilitator stay (answering
     * pings), for more of the hot wash */
    until = nc_ms() + 7000;
    while (nc_ms() < until) {
        assert_true(nc_next(board, 250) >= 0);
        assert_true(nc_next(fac, 250) >= 0);
    }
    assert_false(board->ended);
    assert_false(fac->ended);
    /* the facilitator reconnects after the end (issue 12 review: staying
     * is one property of the role, proto_role_stays): the new console is
     * welcomed, not told "ended", and shows page 4 */
    struct nc *again = calloc(1, sizeof *again);
    assert_true(nc_connect(again, r.sock));
    assert_true(nc_hello(again, r.t.facilitator));
    show.fac.amount = 4;
    show.id = 78;
    assert_true(nc_send(again, &show));
    int acked = 0;
    until = nc_ms() + 10000;
    while ((!acked || board->board->page != 4) && nc_ms() < until) {
        assert_true(nc_next(board, 100) >= 0);
        if (nc_next(again, 100) == 1 && again->m.type == MSG_ACK && again->m.re == 78)
            acked = 1;
    }
    assert_string_equal(again->bye, "");
    assert_true(acked);
    assert_int_equal(board->board->page, 4);
    assert_true(nc_wait(fac, MSG_BYE, 10000));
    assert_string_equal(fac->bye, "replaced");
    /* the server stops (SIGTERM); the pages shown are actions of the
     * record, saved then: no week ends after them (issue 12) */
    int status = 0;
    kill(r.pid, SIGTERM);
    assert_int_equal(waitpid(r.pid, &status, 0), r.pid);
    assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    r.pid = 0;
    assert_true(nc_wait(board, MSG_BYE, 10000));
    assert_string_equal(board->bye, "shutdown");
    char path[400];
    assert_true(newest(r.dir, "-final.*json", path, sizeof path));
    FILE *in = fopen(path, "r");
    char *text = calloc(1, 1 << 20);
    assert_non_null(in);
    assert_non_null(text);
    assert_true(fread(text, 1, (1 << 20) - 1, in) > 0);
    fclose(in);
    assert_non_null(strstr(text, "\"action\":\"show\",\"page\":4"));
    free(text);
    assert_int_equal(rig_stop(&r), 0);
    nc_close(again);
    free(again);
    for (int i = 0; i < 3; i++) {
        nc_close(cs[i]);
        free(cs[i]);
    }
}

/* ---- determinism ---- */

/* The newest file of dir whose name contains part, into out. */
static int newest(const char *dir, const char *part, char *out, size_t n)
{
    char cmd[300];
    snprintf(cmd, sizeof cmd, "ls -t '%s' | grep -- '%s' | head -n 1", dir, part);
    FILE *p = popen(cmd, "r");
    char name[200] = "";
    if (!p || !fgets(name, sizeof name, p)) {
        if (p)
            pclose(p);
        return 0;
    }
    pclose(p);
    name[strcspn(name, "\n")] = 0;
    snprintf(out, n, "%s/%s", dir, name);
    return name[0] != 0;
}

/* The game of the newest save of dir whose name matches part, its
 * checksums verified. */
static struct host *load_newest(const char *dir, const char *part)
{
    char path[400];
    assert_true(newest(dir, part, path, sizeof path));
    struct errlist e;
    errlist_init(&e);
    struct host *h = host_load(path, HOST_LOAD_VERIFY, NULL, &e);
    if (!h)
        fail_msg("%s: %s", path, e.n ? e.line[0] : "?");
    return h;
}

static void scripted_clients_should_give_the_in_process_checksums(void **state)
{
    (void)state;
    struct rig r;
    int human[MAX_SEATS] = { 1, 1, 1, 1, 1, 1, 1, 1 };
    rig_start(&r, FIX "/eight_seats.json", human, 0, NULL, NULL);
    int n = r.b->sc->nseats;
    assert_int_equal(n, 8);
    struct nc *cs[MAX_SEATS];
    for (int i = 0; i < n; i++) {
        cs[i] = calloc(1, sizeof *cs[i]);
        assert_true(nc_connect(cs[i], r.sock));
        assert_true(nc_hello(cs[i], r.t.seat[i]));
    }
    assert_true(nc_play_all(cs, n, r.b, 9, 120000));
    /* the server's final save */
    struct host *saved = load_newest(r.dir, "-final.json");
    const struct record *sr = host_record(saved);
    /* the same orders, played in process by scripted ports */
    struct record *want = calloc(1, sizeof *want);
    assert_non_null(want);
    *want = *sr;
    int turns = r.b->sc->turns;
    assert_int_equal(sr->nturns, turns);
    for (int w = 1; w <= turns; w++)
        for (int i = 0; i < n; i++) {
            want->turns[w - 1].norders[i] = (uint8_t)cs[i]->nsent[w];
            for (int k = 0; k < cs[i]->nsent[w]; k++) {
                want->turns[w - 1].orders[i][k] = cs[i]->sent[w][k];
                want->turns[w - 1].orders[i][k].seat = i;
            }
        }
    struct host_setup st;
    host_setup_init(&st, r.seed);
    st.autosave = 0;
    for (int i = 0; i < n; i++)
        st.human[i] = 1;
    struct host *h = host_new(r.b, &st);
    struct port *ps = port_script_new(want);
    for (int i = 0; i < n; i++)
        host_set_port(h, i, ps);
    assert_int_equal(host_run(h), HOST_DONE);
    const struct record *hr = host_record(h);
    assert_int_equal(hr->nturns, turns);
    for (int w = 0; w < turns; w++) {
        assert_int_equal(hr->turns[w].checksum, sr->turns[w].checksum);
        assert_memory_equal(hr->turns[w].norders, sr->turns[w].norders, (size_t)n);
    }
    assert_int_equal(host_checksum(h), host_checksum(saved));
    host_free(h);
    port_script_free(ps);
    host_free(saved);
    free(want);
    for (int i = 0; i < n; i++) {
        nc_close(cs[i]);
        free(cs[i]);
    }
    assert_int_equal(rig_stop(&r), 0);
}

/* ---- the deadline ---- */

static void the_deadline_should_fill_and_flag_the_seats(void **state)
{
    (void)state;
    struct rig r;
    int human[MAX_SEATS] = { 1, 1, 1 };
    rig_start(&r, "lakeland", human, 2, NULL, NULL);
    struct nc a, b, c;
    assert_true(nc_connect(&a, r.sock));
    assert_true(nc_hello(&a, r.t.seat[0]));
    assert_true(nc_connect(&b, r.sock));
    assert_true(nc_hello(&b, r.t.seat[1]));
    assert_true(nc_connect(&c, r.sock));
    assert_true(nc_hello(&c, r.t.seat[2]));
    /* seat 0 confirms, seat 1 drafts nothing confirmed, seat 2 is silent */
    assert_true(nc_play(&a, &r.b->ps.p[0], 1));
    struct proto_msg m;
    proto_init(&m, MSG_DRAFT);
    m.week = 1;
    m.norders = 0;
    nc_send(&b, &m);
    assert_true(nc_wait(&b, MSG_STATUS, 10000));
    assert_true(b.m.status.deadline >= 0 && b.m.status.deadline <= 2);
    /* the week resolves at the deadline */
    int64_t until = nc_ms() + 15000;
    while (c.view->turn != 2 && nc_ms() < until)
        nc_next(&c, 500);
    assert_int_equal(c.view->turn, 2);
    struct host *saved = load_newest(r.dir, "autosave-.*json");
    const struct record *rec = host_record(saved);
    assert_true(rec->nturns >= 1);
    assert_int_equal(rec->turns[0].flags[0], 0);
    assert_int_equal(rec->turns[0].flags[1], RF_DRAFT_SUBMITTED);
    assert_int_equal(rec->turns[0].flags[2], RF_ORDERS_BY_AI);
    assert_int_equal(rec->turns[0].norders[1], 0);
    assert_true(rec->turns[0].norders[2] > 0);
    /* and the report says so, in every seat's report too */
    for (int viewer = VIEW_FACILITATOR; viewer <= 1; viewer++) {
        struct debrief *d = debrief_build_for(host_session(saved), NULL, NULL, viewer);
        assert_non_null(d);
        char *text = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&text, &len);
        assert_non_null(f);
        assert_true(aar_write_md(f, d, NULL));
        fclose(f);
        const struct pub *p = &r.b->pub;
        char want[800];
        snprintf(want, sizeof want, "At the deadline, %s's draft, not confirmed, was "
                 "submitted; %s gave nothing: its AI personality's orders were played.",
                 p->seats[1].name, p->seats[2].name);
        if (!strstr(text, want))
            fail_msg("the report (viewer %d) lacks: %s", viewer, want);
        free(text);
        debrief_free(d);
    }
    host_free(saved);
    nc_close(&a);
    nc_close(&b);
    nc_close(&c);
    assert_int_equal(rig_stop(&r), 0);
}

int main(void)
{
    signal(SIGPIPE, SIG_IGN);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hostile_clients_should_never_stop_the_game),
        cmocka_unit_test(a_reconnect_should_replace_the_older_connection),
        cmocka_unit_test(no_byte_should_carry_another_seats_secret),
        cmocka_unit_test(the_board_should_get_the_reveals_and_stay_for_the_hot_wash),
        cmocka_unit_test(scripted_clients_should_give_the_in_process_checksums),
        cmocka_unit_test(the_deadline_should_fill_and_flag_the_seats),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
