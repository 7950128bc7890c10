/* client.c - a team's connection to a game server, and the seat link over
 * it. One socket, non-blocking; bytes in go through the frame decoder and
 * the protocol's parser, messages out are queued and written as the
 * socket takes them. The link's submit, ready and unready wait for the
 * server's answer (hearing everything else meanwhile); the screens hear
 * the rest through pump. */
#include "client_int.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "../core/board.h"
#include "../core/view.h"
#include "../data/proto.h"
#include "dial.h"
#include "frame.h"
#include "token.h"

static const struct client_timers default_timers = { 10000, 30000, 500, 5000 };

long long client_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* A connected, non-blocking socket to the server: its fd, or -1 with why.
 * A reconnection waits at most 2 s for the connect (the screens wait on
 * it). */
static int dial(const struct client *c, char *why, size_t n)
{
    int wait_ms = c->has_pub && c->tm.hello_ms > 2000 ? 2000 : c->tm.hello_ms;
    return dial_connect(c->path, c->host, c->port, wait_ms, why, n);
}

/* --- bytes out --------------------------------------------------------- */

/* Writes what the socket takes now: 1, or 0 when the connection broke. */
static int flush_out(struct client *c)
{
    while (c->outlen > 0) {
        ssize_t w = send(c->fd, c->out, c->outlen, MSG_NOSIGNAL);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return errno == EAGAIN || errno == EWOULDBLOCK;
        }
        memmove(c->out, c->out + w, c->outlen - (size_t)w);
        c->outlen -= (size_t)w;
    }
    return 1;
}

/* Queues message m (and writes what the socket takes): 1, or 0 when out
 * of memory or the connection broke. */
int client_send(struct client *c, const struct proto_msg *m)
{
    char *text = proto_encode(m);
    size_t len = 0;
    unsigned char *f = text ? frame_encode(text, strlen(text), PROTO_CLIENT_MAX, &len) : NULL;
    free(text);
    if (!f)
        return 0;
    if (c->outlen + len > c->outcap) {
        size_t cap = (c->outlen + len) * 2;
        unsigned char *p = realloc(c->out, cap);
        if (!p) {
            free(f);
            return 0;
        }
        c->out = p;
        c->outcap = cap;
    }
    memcpy(c->out + c->outlen, f, len);
    c->outlen += len;
    free(f);
    return flush_out(c);
}

int client_new_id(struct client *c)
{
    c->next_id = c->next_id >= PROTO_ID_MAX ? 1 : c->next_id + 1;
    return c->next_id;
}

/* --- the connection's life -------------------------------------------- */

static void drop_conn(struct client *c)
{
    if (c->fd >= 0)
        close(c->fd);
    c->fd = -1;
    frame_dec_free(&c->dec);
    c->outlen = 0;
    if (c->await_id > 0 && !c->await_done) {
        c->await_done = 1;
        c->await_ok = 0;
        snprintf(c->await_why, sizeof c->await_why, "the connection to the server was lost");
    }
}

/* The connection is lost: reconnect soon (or, the game over, stop). */
static void lost(struct client *c)
{
    drop_conn(c);
    if (c->conn == C_CLOSED)
        return;
    if ((c->has_view && c->view->phase == PHASE_ENDED) ||
        (c->has_fview && c->fview->pub_part.phase == PHASE_ENDED) ||
        (c->has_board && c->board->ended)) {
        c->conn = C_CLOSED;
        snprintf(c->closed, sizeof c->closed, "the game is over");
    } else {
        c->conn = C_OFFLINE;
        c->retry_at = client_now_ms() + c->tm.retry_ms;
        c->backoff = c->tm.retry_ms;
    }
    c->changed |= LINK_STATUS;
}

/* It ended for good, for reason. */
static void closed(struct client *c, const char *fmt, const char *what)
{
    drop_conn(c);
    c->conn = C_CLOSED;
    snprintf(c->closed, sizeof c->closed, fmt, what);
    c->changed |= LINK_CLOSED | LINK_STATUS;
}

/* Opens a connection and says hello: 1, or 0 with why. */
static int attempt(struct client *c, char *why, size_t n)
{
    int fd = dial(c, why, n);
    if (fd < 0)
        return 0;
    c->fd = fd;
    frame_dec_init(&c->dec, PROTO_SERVER_MAX);
    c->outlen = 0;
    c->heard = client_now_ms();
    c->conn = C_HELLO;
    struct proto_msg *m = c->msg;
    proto_init(m, MSG_HELLO);
    m->version = PROTO_VERSION;
    snprintf(m->token, sizeof m->token, "%s", c->token);
    snprintf(m->client, sizeof m->client, "mandate %s", MANDATE_VERSION);
    if (!client_send(c, m)) {
        snprintf(why, n, "could not say hello to the server: %s", strerror(errno));
        drop_conn(c);
        c->conn = C_OFFLINE;
        return 0;
    }
    return 1;
}

/* --- what the server says ------------------------------------------- */

/* The team's draft, differing from what the server holds, goes again. */
static void resend_draft(struct client *c)
{
    if (c->conn != C_ONLINE || !c->has_view || !c->draft_set ||
        c->draft_week != c->view->turn || c->view->phase == PHASE_ENDED)
        return;
    if (c->view->norders == c->ndraft &&
        !memcmp(c->view->orders, c->draft, sizeof(struct order) * (size_t)c->ndraft))
        return;                  /* the server holds it already */
    if (c->sent_week == c->draft_week && c->nsent == c->ndraft &&
        !memcmp(c->sent, c->draft, sizeof(struct order) * (size_t)c->ndraft))
        return;                  /* told it already on this connection */
    struct proto_msg *m = c->msg;
    proto_init(m, MSG_DRAFT);
    m->id = client_new_id(c);
    m->week = c->draft_week;
    m->norders = c->ndraft;
    memcpy(m->orders, c->draft, sizeof(struct order) * (size_t)c->ndraft);
    if (client_send(c, m)) {
        memcpy(c->sent, c->draft, sizeof c->sent);
        c->nsent = c->ndraft;
        c->sent_week = c->draft_week;
    }
}

static void on_welcome(struct client *c, const struct proto_msg *m)
{
    if (m->version != PROTO_VERSION) {
        char v[64];
        snprintf(v, sizeof v, "%d; this mandate speaks version %d", m->version, PROTO_VERSION);
        closed(c, "the server speaks protocol version %s", v);
    } else if (m->role != c->want || (c->want == ROLE_SEAT && m->seat < 0)) {
        const char *whose = m->role == ROLE_SEAT ? "a team" : proto_role_name(m->role);
        if (c->want == ROLE_SEAT)
            closed(c, "this token is the %s's, not a team's: mandate join is for teams", whose);
        else if (c->want == ROLE_BOARD)
            closed(c, "this token is the %s's, not the board's: mandate board takes the board's "
                   "token", whose);
        else
            closed(c, "this token is %s's, not the facilitator's: mandate facilitate is for "
                   "the facilitator", m->role == ROLE_SEAT ? "a team" : "the board");
    } else if (c->has_pub && m->seat != c->seat) {
        closed(c, "%s", "the server gave this token another seat: is it another game?");
    } else {
        if (!c->has_pub)
            memcpy(c->pub, c->in_pub, sizeof *c->pub);
        memcpy(c->teams, m->teams, sizeof c->teams);
        c->has_pub = 1;
        c->seat = m->seat;
        c->conn = C_ONLINE;
        c->backoff = c->tm.retry_ms;
        c->sent_week = 0;        /* a new connection: nothing told on it yet */
        c->sent_cols = 0;
        c->changed |= LINK_STATUS;
        client_board_size(c, c->cols);
    }
}

static void on_view(struct client *c, const struct proto_msg *m)
{
    /* which of the two came: a decoded view borrows the book (handle
     * cleared both pointers before decoding) */
    if (m->fview && m->fview->pub_part.pub) {
        memcpy(c->fview, m->fview, sizeof *c->fview);
        c->has_fview = 1;
        c->fac_changed = 1;
        c->changed |= LINK_VIEW;
        return;
    }
    struct view *v = c->view;
    c->view = c->in_view;        /* the new one; the old becomes scratch */
    c->in_view = v;
    if (c->has_view && c->view->turn != c->in_view->turn) {
        c->draft_set = 0;        /* a new week: the last one's draft is gone */
        /* and nobody has confirmed it until its status says so (a
         * rewind brings back a week its seats had confirmed) */
        memset(c->st.ready, 0, sizeof c->st.ready);
    } else if (c->has_view) {
        c->sent_week = 0;        /* the same week afresh (a rewind to it drops the
                                    server's draft): tell ours again if it differs */
    }
    c->has_view = 1;
    c->changed |= LINK_VIEW;
    resend_draft(c);
}

static void on_draft(struct client *c, const struct proto_msg *m)
{
    /* the draft the server holds (after a reconnection): ours, unless the
     * team has one here already */
    if (!c->has_view || m->week != c->view->turn || c->draft_set)
        return;
    memcpy(c->draft, m->orders, sizeof(struct order) * (size_t)m->norders);
    c->ndraft = m->norders;
    c->draft_week = m->week;
    c->draft_set = 1;
    memcpy(c->sent, c->draft, sizeof c->sent);
    c->nsent = c->ndraft;
    c->sent_week = m->week;
    c->changed |= LINK_VIEW;
}

static void on_status(struct client *c, const struct proto_msg *m)
{
    if (c->has_view && m->status.week < c->view->turn)
        return;                  /* a week gone by */
    c->st = m->status;
    c->deadline_at = m->status.deadline >= 0 ? client_now_ms() + 1000LL * m->status.deadline : -1;
    c->changed |= LINK_STATUS;
}

static void on_answer(struct client *c, const struct proto_msg *m)
{
    if (m->type == MSG_ERROR && m->fatal) {
        closed(c, "the server closed the connection: %.180s", m->message);
        return;
    }
    if (m->re < 0 || m->re != c->await_id || c->await_done)
        return;                  /* the answer to a draft told in passing */
    c->await_done = 1;
    c->await_ok = m->type == MSG_ACK;
    snprintf(c->await_why, sizeof c->await_why, "%.300s", m->type == MSG_ACK ? "" : m->message);
}

static void on_bye(struct client *c, const struct proto_msg *m)
{
    if (!strcmp(m->reason, "ended") || (c->has_view && c->view->phase == PHASE_ENDED) ||
        (c->has_board && c->board->ended)) {
        closed(c, "%s", "the game is over");
        return;
    }
    if (!strcmp(m->reason, "replaced"))
        closed(c, "%s", "another terminal joined the game with this team's token");
    else if (!strcmp(m->reason, "shutdown"))
        closed(c, "%s", "the server shut down (the game is saved: once it runs again, join "
               "again with the same token)");
    else if (!strcmp(m->reason, "kicked"))
        closed(c, "%s", "the facilitator closed this team's connection");
    else
        closed(c, "the server said goodbye (%s)", m->reason[0] ? m->reason : "no reason given");
}

/* What a board shows: the new one; the old becomes scratch. */
static void on_board(struct client *c)
{
    struct board *b = c->board;
    c->board = c->in_board;
    c->in_board = b;
    c->has_board = 1;
    c->board_at = client_now_ms();
    c->changed |= LINK_VIEW;
}

/* One message from the server. */
static void handle(struct client *c, const char *text, size_t len)
{
    struct proto_msg *m = c->msg;
    m->pub = c->in_pub;
    m->view = c->in_view;
    m->fview = c->in_fview;
    m->roster = c->in_roster;
    m->msel = c->in_msel;
    m->journal = c->in_journal;
    m->titles = c->in_titles;
    m->board = c->in_board;
    c->in_view->pub = NULL;
    c->in_fview->pub_part.pub = NULL;
    char err[PROTO_ERR];
    if (!proto_decode(text, len, ROLE_SERVER, c->has_pub ? c->pub : NULL, m, err)) {
        closed(c, "the server sent what this mandate cannot read (%.180s)", err);
        return;
    }
    if (c->conn == C_HELLO && m->type != MSG_WELCOME && m->type != MSG_ERROR &&
        m->type != MSG_BYE && m->type != MSG_PING) {
        closed(c, "the server sent %s before welcome", proto_type_name(m->type));
        return;
    }
    switch (m->type) {
    case MSG_WELCOME: on_welcome(c, m); break;
    case MSG_VIEW: on_view(c, m); break;
    case MSG_DRAFT: on_draft(c, m); break;
    case MSG_STATUS: on_status(c, m); break;
    case MSG_ROSTER: case MSG_MSEL: case MSG_JOURNAL: case MSG_PAGES: client_fac_heard(c, m); break;
    case MSG_ACK: case MSG_ERROR: on_answer(c, m); break;
    case MSG_BYE: on_bye(c, m); break;
    case MSG_BOARD:
        if (c->want == ROLE_BOARD)
            on_board(c);
        break;
    case MSG_PING:
        proto_init(m, MSG_PONG);
        if (!client_send(c, m))
            lost(c);
        break;
    default: break;
    }
}

/* Reads and handles what the socket holds now. */
static void read_in(struct client *c)
{
    unsigned char buf[16384];
    while (c->fd >= 0) {
        ssize_t r = recv(c->fd, buf, sizeof buf, 0);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        if (r <= 0) {
            lost(c);
            return;
        }
        c->heard = client_now_ms();
        if (!frame_dec_feed(&c->dec, buf, (size_t)r)) {
            closed(c, "the server sent a broken frame (%s)", c->dec.err);
            return;
        }
        const char *text;
        size_t len;
        int k;
        while (c->fd >= 0 && (k = frame_dec_next(&c->dec, &text, &len)) != 0) {
            if (k < 0) {
                closed(c, "the server sent a broken frame (%s)", c->dec.err);
                return;
            }
            handle(c, text, len);
        }
    }
}

/* Does what is due now: reads, writes, notices silence, reconnects. */
void client_step(struct client *c)
{
    if (c->conn == C_OFFLINE && client_now_ms() >= c->retry_at) {
        char why[CLIENT_ERR];
        if (!attempt(c, why, sizeof why)) {
            c->retry_at = client_now_ms() + c->backoff;
            c->backoff = c->backoff * 2 > c->tm.retry_max_ms ? c->tm.retry_max_ms : c->backoff * 2;
        }
        c->changed |= LINK_STATUS;
    }
    if (c->fd < 0)
        return;
    read_in(c);
    if (c->fd >= 0 && !flush_out(c))
        lost(c);
    if (c->fd >= 0 && client_now_ms() - c->heard > c->tm.silence_ms)
        lost(c);                 /* a server that never pings is gone */
}

/* Waits (hearing everything) until the answer to id comes, the
 * connection breaks, or the time is up: 1 acknowledged, 0 with why. */
int client_await(struct client *c, int id, char *why, size_t n)
{
    c->await_id = id;
    c->await_done = 0;
    long long until = client_now_ms() + c->tm.hello_ms;
    while (!c->await_done && c->fd >= 0) {
        long long left = until - client_now_ms();
        if (left <= 0)
            break;
        struct pollfd pf = { c->fd, (short)(POLLIN | (c->outlen ? POLLOUT : 0)), 0 };
        if (poll(&pf, 1, (int)left) < 0 && errno != EINTR)
            break;
        client_step(c);
    }
    int ok = c->await_done && c->await_ok;
    if (!ok)
        snprintf(why, n, "%s", c->await_done ? c->await_why
                               : c->fd < 0   ? "the connection to the server was lost"
                                             : "the server did not answer");
    c->await_id = 0;
    return ok;
}

/* --- the seat's link ------------------------------------------------ */

static int cl_view(void *ctx, int seat, struct view *out)
{
    struct client *c = ctx;
    if (seat == VIEW_FACILITATOR) {
        if (!c->has_fview)
            return 0;
        memcpy(out, &c->fview->pub_part, sizeof *out);
        return 1;
    }
    if (!c->has_view || seat != c->seat)
        return 0;
    memcpy(out, c->view, sizeof *out);
    if (c->draft_set && c->draft_week == c->view->turn) {
        memcpy(out->orders, c->draft, sizeof(struct order) * (size_t)c->ndraft);
        out->norders = c->ndraft;
    }
    return 1;
}

int client_fview(void *ctx, struct fview *out)
{
    struct client *c = ctx;
    if (!c->has_fview)
        return 0;
    memcpy(out, c->fview, sizeof *out);
    return 1;
}

static void keep_draft(struct client *c, const struct order *o, int n)
{
    if (n < 0 || n > MAX_ORDERS || !c->has_view)
        return;
    memcpy(c->draft, o, sizeof(struct order) * (size_t)n);
    c->ndraft = n;
    c->draft_week = c->view->turn;
    c->draft_set = 1;
}

/* Why an order can be sent nowhere now (NULL: it can). */
static const char *not_online(const struct client *c)
{
    if (c->conn == C_CLOSED)
        return c->closed;
    if (c->conn != C_ONLINE)
        return "the connection to the server is lost: the orders are kept here and go as "
               "soon as it is back";
    return NULL;
}

static int cl_submit(void *ctx, int seat, const struct order *o, int n, char *why,
                     size_t whylen)
{
    struct client *c = ctx;
    if (seat != c->seat || !c->has_view) {
        snprintf(why, whylen, "not this team's seat");
        return 0;
    }
    char buf[160];
    if (!view_check_orders(c->view, o, n, buf, sizeof buf)) {
        snprintf(why, whylen, "%s", buf);
        return 0;
    }
    keep_draft(c, o, n);
    const char *off = not_online(c);
    if (off) {
        snprintf(why, whylen, "%s", off);
        return 0;
    }
    struct proto_msg *m = c->msg;
    proto_init(m, MSG_DRAFT);
    int id = m->id = client_new_id(c);
    m->week = c->draft_week;
    m->norders = n;
    memcpy(m->orders, o, sizeof(struct order) * (size_t)n);
    if (!client_send(c, m)) {
        lost(c);
        snprintf(why, whylen, "%s", not_online(c));
        return 0;
    }
    memcpy(c->sent, c->draft, sizeof c->sent);
    c->nsent = n;
    c->sent_week = c->draft_week;
    return client_await(c, id, why, whylen);
}

/* Sends ready or unready for the view's week and waits for the answer. */
static int confirm(struct client *c, int type, char *why, size_t whylen)
{
    const char *off = not_online(c);
    if (off || !c->has_view) {
        snprintf(why, whylen, "%s", off ? off : "no view yet");
        return 0;
    }
    struct proto_msg *m = c->msg;
    proto_init(m, type);
    int id = m->id = client_new_id(c);
    m->week = c->view->turn;
    m->norders = -1;
    if (!client_send(c, m)) {
        lost(c);
        snprintf(why, whylen, "%s", not_online(c));
        return 0;
    }
    int week = m->week;
    if (!client_await(c, id, why, whylen))
        return 0;
    /* the server's own status says so; until it comes, this week (unless
     * it has moved on meanwhile: the status of the new one stands) */
    if (c->has_view && c->view->turn == week && c->seat >= 0 && c->seat < MAX_SEATS)
        c->st.ready[c->seat] = type == MSG_READY;
    c->changed |= LINK_STATUS;
    return 1;
}

static int cl_ready(void *ctx, int seat, char *why, size_t whylen)
{
    struct client *c = ctx;
    if (seat != c->seat) {
        snprintf(why, whylen, "not this team's seat");
        return 0;
    }
    return confirm(c, MSG_READY, why, whylen);
}

static int cl_unready(void *ctx, int seat)
{
    struct client *c = ctx;
    char why[PROTO_ERR];
    return seat == c->seat && confirm(c, MSG_UNREADY, why, sizeof why);
}

static void cl_status(void *ctx, struct link_status *out)
{
    const struct client *c = ctx;
    memset(out, 0, sizeof *out);
    out->week = c->has_view ? c->view->turn : 0;
    out->ended = (c->has_view && c->view->phase == PHASE_ENDED) || c->st.ended;
    out->nseats = c->st.nseats;
    for (int i = 0; i < c->st.nseats && i < MAX_SEATS; i++) {
        out->human[i] = c->st.human[i];
        out->ready[i] = c->st.ready[i];
        snprintf(out->played_by[i], sizeof out->played_by[i], "%s", c->st.human[i] ? "human"
                                                                                   : "AI");
    }
    /* a human seat's team (a board has no status: every seat's; its
     * board says which are human) */
    for (int i = 0; i < MAX_SEATS; i++)
        if (c->want == ROLE_BOARD || (i < c->st.nseats && c->st.human[i]))
            snprintf(out->team[i], sizeof out->team[i], "%s", c->teams[i]);
    out->deadline = -1;
    if (c->st.paused)
        out->deadline = c->st.deadline;  /* the countdown stands still */
    else if (c->deadline_at >= 0) {
        long long left = (c->deadline_at - client_now_ms() + 999) / 1000;
        out->deadline = left < 0 ? 0 : (int)left;
    }
    out->paused = c->st.paused;
    out->offline = c->conn == C_OFFLINE || c->conn == C_HELLO;
    snprintf(out->closed, sizeof out->closed, "%s", c->closed);
}

static void cl_waiting(void *ctx, int *fd, int *ms)
{
    client_waiting(ctx, fd, ms);
}

void client_waiting(struct client *c, int *fd, int *ms)
{
    *fd = c->fd;
    *ms = -1;
    if (c->changed || c->fac_changed)
        *ms = 0;
    else if (c->conn == C_OFFLINE)
        *ms = (int)(c->retry_at - client_now_ms() > 0 ? c->retry_at - client_now_ms() : 0);
    else if (c->fd >= 0)
        *ms = c->outlen ? 50 : (int)(c->heard + c->tm.silence_ms - client_now_ms() + 10);
    if (*ms < -1)
        *ms = 0;
}

static int cl_pump(void *ctx)
{
    struct client *c = ctx;
    client_step(c);
    int ch = c->changed;
    c->changed = 0;
    return ch;
}

static void cl_draft(void *ctx, int seat, const struct order *o, int n)
{
    struct client *c = ctx;
    if (seat != c->seat)
        return;
    if (c->draft_set && c->ndraft == n && c->has_view && c->draft_week == c->view->turn &&
        !memcmp(c->draft, o, sizeof(struct order) * (size_t)n))
        return;
    keep_draft(c, o, n);
    resend_draft(c);
    if (c->fd >= 0 && !flush_out(c))
        lost(c);
}

void client_link(struct client *c, struct seat_link *out)
{
    *out = (struct seat_link){ .ctx = c, .view = cl_view, .fview = client_fview,
                               .submit = cl_submit, .ready = cl_ready, .unready = cl_unready,
                               .status = cl_status, .waiting = cl_waiting, .pump = cl_pump,
                               .draft = cl_draft };
}

/* --- opening --------------------------------------------------------- */

void client_free(struct client *c)
{
    if (!c)
        return;
    if (c->fd >= 0 && c->conn == C_ONLINE) {
        struct proto_msg *m = c->msg;
        proto_init(m, MSG_BYE);
        client_send(c, m);          /* a word of goodbye, if the socket takes it */
    }
    drop_conn(c);
    free(c->out);
    free(c->msg);
    free(c->pub);
    free(c->in_pub);
    free(c->view);
    free(c->in_view);
    free(c->fview);
    free(c->in_fview);
    client_fac_free(c);
    free(c->board);
    free(c->in_board);
    free(c);
}

void client_board_size(struct client *c, int cols)
{
    c->cols = cols;
    if (c->want != ROLE_BOARD || c->conn != C_ONLINE || cols < PROTO_COLS_MIN ||
        cols > PROTO_COLS_MAX || cols == c->sent_cols)
        return;
    struct proto_msg *m = c->msg;
    proto_init(m, MSG_SIZE);
    m->cols = cols;
    if (client_send(c, m))
        c->sent_cols = cols;
}

int client_seat(const struct client *c)
{
    return c->seat;
}

const struct board *client_board(const struct client *c, const struct pub **pub, int *deadline)
{
    if (!c->has_board)
        return NULL;
    *pub = c->pub;
    *deadline = -1;
    if (c->board->deadline >= 0) {
        long long left = c->board->deadline - (client_now_ms() - c->board_at) / 1000;
        *deadline = left < 0 ? 0 : (int)left;
    }
    return c->board;
}

struct client *client_open(const struct client_addr *a, const char *token,
                           const struct client_timers *t, char *why, size_t n)
{
    return client_open_as(a, token, ROLE_SEAT, t, why, n);
}

struct client *client_open_as(const struct client_addr *a, const char *token, int role,
                              const struct client_timers *t, char *why, size_t n)
{
    if (!token_valid(token)) {
        snprintf(why, n, "'%.40s%s' is not a token: a token is 32 lowercase hex digits, as "
                 "mandate serve printed it", token, strlen(token) > 40 ? "..." : "");
        return NULL;
    }
    if ((a->path != NULL) == (a->hostport != NULL)) {
        snprintf(why, n, "give the server's socket or its HOST:PORT, not both");
        return NULL;
    }
    struct client *c = calloc(1, sizeof *c);
    if (!c) {
        snprintf(why, n, "out of memory");
        return NULL;
    }
    c->fd = -1;
    c->want = role;
    c->seat = -1;
    c->deadline_at = -1;
    c->tm = t ? *t : default_timers;
    c->msg = malloc(sizeof *c->msg);
    c->pub = malloc(sizeof *c->pub);
    c->in_pub = malloc(sizeof *c->in_pub);
    c->view = malloc(sizeof *c->view);
    c->in_view = malloc(sizeof *c->in_view);
    c->fview = malloc(sizeof *c->fview);
    c->in_fview = malloc(sizeof *c->in_fview);
    if (role == ROLE_BOARD) {
        c->board = malloc(sizeof *c->board);
        c->in_board = malloc(sizeof *c->in_board);
    }
    snprintf(c->token, sizeof c->token, "%s", token);
    int ok = c->msg && c->pub && c->in_pub && c->view && c->in_view && c->fview && c->in_fview &&
             (role != ROLE_FACILITATOR || client_fac_alloc(c)) &&
             (role != ROLE_BOARD || (c->board && c->in_board));
    if (!ok) {
        snprintf(why, n, "out of memory");
    } else if (a->path) {
        if (strlen(a->path) >= sizeof c->path) {
            snprintf(why, n, "%.200s: the socket's path is too long", a->path);
            ok = 0;
        } else {
            snprintf(c->path, sizeof c->path, "%s", a->path);
        }
    } else {
        ok = dial_parse_hostport(a->hostport, c->host, sizeof c->host, c->port, sizeof c->port,
                                   why, n);
    }
    if (ok)
        ok = attempt(c, why, n);
    /* the welcome (or the reason there is none) */
    long long until = client_now_ms() + c->tm.hello_ms;
    while (ok && c->conn == C_HELLO) {
        long long left = until - client_now_ms();
        struct pollfd pf = { c->fd, POLLIN, 0 };
        if (left <= 0 || (poll(&pf, 1, (int)left) < 0 && errno != EINTR)) {
            snprintf(why, n, "the server did not answer");
            ok = 0;
            break;
        }
        client_step(c);
    }
    if (ok && c->conn != C_ONLINE) {
        ok = 0;
        snprintf(why, n, "%s", c->closed[0] ? c->closed : "the server closed the connection");
    }
    if (!ok) {
        client_free(c);
        return NULL;
    }
    c->changed = 0;
    return c;
}
