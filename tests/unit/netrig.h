/* netrig.h - test clients of the classroom server (issue 11), for the C
 * tests that talk to it over its socket: connect, send frames (good or
 * hostile), read messages with a time limit, and record every byte the
 * server sent. A scripted client plays its seat with the AI, deciding
 * from the view the server sent - nothing else of the game. */
#ifndef MANDATE_TEST_NETRIG_H
#define MANDATE_TEST_NETRIG_H

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "ai/ai.h"
#include "core/board.h"
#include "core/rng.h"
#include "core/view.h"
#include "data/proto.h"
#include "data/save.h"
#include "net/frame.h"

struct nc {
    int fd;
    struct frame_dec in;
    unsigned char *rec;          /* every byte received */
    size_t nrec, caprec;
    struct pub *pub;
    struct view *view;
    struct fview *fview;
    struct fac_status *roster;   /* the facilitator's: the last roster, MSEL, journal */
    struct fac_inject *msel;
    struct fac_action *journal;
    char (*titles)[SHORT_TEXT];  /* the facilitator's: the hot wash's page titles */
    int ntitles;
    struct board *board;         /* the board's payload */
    int got_board;               /* board messages received */
    struct proto_msg m;          /* the last message */
    int role, seat;              /* from the welcome */
    int week_played;             /* the last week it sent orders for */
    int got_view;                /* a view came since the last orders */
    int ended;                   /* bye came */
    char bye[PROTO_REASON];
    struct ai_mind mind;
    int nids;
    /* the orders it sent, per week (for the determinism test) */
    struct order sent[MAX_TURNS + 1][MAX_ORDERS];
    int nsent[MAX_TURNS + 1];
};

static inline int64_t nc_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* Connects to the socket at path (retrying for up to 10 s while the server
 * starts). 1, or 0. */
static inline int nc_connect(struct nc *c, const char *path)
{
    memset(c, 0, sizeof *c);
    c->seat = -1;
    c->week_played = 0;
    frame_dec_init(&c->in, PROTO_SERVER_MAX);
    ai_mind_init(&c->mind);
    struct sockaddr_un a;
    memset(&a, 0, sizeof a);
    a.sun_family = AF_UNIX;
    snprintf(a.sun_path, sizeof a.sun_path, "%.100s", path);
    int64_t until = nc_ms() + 10000;
    for (;;) {
        c->fd = socket(AF_UNIX, SOCK_STREAM, 0);
        if (c->fd >= 0 && connect(c->fd, (struct sockaddr *)&a, sizeof a) == 0)
            return 1;
        if (c->fd >= 0)
            close(c->fd);
        c->fd = -1;
        if (nc_ms() > until)
            return 0;
        usleep(20000);
    }
}

static inline void nc_bufs(struct nc *c)
{
    if (!c->pub) {
        c->pub = calloc(1, sizeof *c->pub);
        c->view = calloc(1, sizeof *c->view);
        c->fview = calloc(1, sizeof *c->fview);
        c->roster = calloc(1, sizeof *c->roster);
        c->msel = calloc(MAX_INJECTS, sizeof *c->msel);
        c->journal = calloc(MAX_JOURNAL, sizeof *c->journal);
        c->titles = calloc(PROTO_PAGES, sizeof *c->titles);
        c->board = calloc(1, sizeof *c->board);
    }
}

static inline void nc_close(struct nc *c)
{
    if (c->fd >= 0)
        close(c->fd);
    c->fd = -1;
    frame_dec_free(&c->in);
    free(c->rec);
    free(c->pub);
    free(c->view);
    free(c->fview);
    free(c->roster);
    free(c->msel);
    free(c->journal);
    free(c->titles);
    c->roster = NULL, c->msel = NULL, c->journal = NULL, c->titles = NULL;
    free(c->board);
    c->board = NULL;
    c->rec = NULL;
    c->pub = NULL;
    c->view = NULL;
    c->fview = NULL;
}

static inline int nc_send_raw(struct nc *c, const void *b, size_t n)
{
    const unsigned char *p = b;
    while (n > 0) {
        ssize_t w = send(c->fd, p, n, MSG_NOSIGNAL);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return 0;
        p += w;
        n -= (size_t)w;
    }
    return 1;
}

static inline int nc_send_json(struct nc *c, const char *json)
{
    size_t n;
    unsigned char *f = frame_encode(json, strlen(json), PROTO_SERVER_MAX, &n);
    int ok = f && nc_send_raw(c, f, n);
    free(f);
    return ok;
}

static inline int nc_send(struct nc *c, const struct proto_msg *m)
{
    char *t = proto_encode(m);
    int ok = t && nc_send_json(c, t);
    free(t);
    return ok;
}

/* The next message within ms: 1 (in c->m), 0 on time out, -1 when the
 * server closed or sent something broken. A ping is answered. */
static inline int nc_next(struct nc *c, int ms)
{
    int64_t until = nc_ms() + ms;
    for (;;) {
        const char *t;
        size_t len;
        int r = frame_dec_next(&c->in, &t, &len);
        if (r < 0)
            return -1;
        if (r == 1) {
            char err[PROTO_ERR];
            nc_bufs(c);
            c->m.pub = c->pub, c->m.view = c->view, c->m.fview = c->fview;
            c->m.roster = c->roster, c->m.msel = c->msel, c->m.journal = c->journal;
            c->m.board = c->board, c->m.titles = c->titles;
            const struct pub *book = c->pub->nseats ? c->pub : NULL;
            if (!proto_decode(t, len, ROLE_SERVER, book, &c->m, err)) {
                print_message("# client: %s\n", err);
                return -1;
            }
            if (c->m.type == MSG_PING) {
                struct proto_msg p;
                proto_init(&p, MSG_PONG);
                nc_send(c, &p);
            }
            if (c->m.type == MSG_WELCOME)
                c->role = c->m.role, c->seat = c->m.seat;
            if (c->m.type == MSG_VIEW)
                c->got_view = 1;
            if (c->m.type == MSG_BOARD)
                c->got_board++;
            if (c->m.type == MSG_PAGES)
                c->ntitles = c->m.ntitles;
            if (c->m.type == MSG_BYE) {
                c->ended = 1;
                snprintf(c->bye, sizeof c->bye, "%s", c->m.reason);
            }
            return 1;
        }
        int left = (int)(until - nc_ms());
        if (left <= 0)
            return 0;
        struct pollfd pf = { c->fd, POLLIN, 0 };
        if (poll(&pf, 1, left) <= 0)
            continue;
        unsigned char buf[65536];
        ssize_t n = recv(c->fd, buf, sizeof buf, 0);
        if (n <= 0)
            return -1;
        if (c->nrec + (size_t)n > c->caprec) {
            size_t cap = c->caprec ? c->caprec : 65536;
            while (cap < c->nrec + (size_t)n)
                cap *= 2;
            c->rec = realloc(c->rec, cap);
            c->caprec = cap;
        }
        memcpy(c->rec + c->nrec, buf, (size_t)n);
        c->nrec += (size_t)n;
        frame_dec_feed(&c->in, buf, (size_t)n);
    }
}

/* Reads until a message of type comes: 1, or 0 (time out, closed). */
static inline int nc_wait(struct nc *c, int type, int ms)
{
    int64_t until = nc_ms() + ms;
    for (;;) {
        int left = (int)(until - nc_ms());
        if (left <= 0 || nc_next(c, left) != 1)
            return 0;
        if (c->m.type == type)
            return 1;
    }
}

/* 1 when the server closes the connection within ms (what it sends on
 * the way is read and dropped); *error set when an error came. */
static inline int nc_closed_within(struct nc *c, int ms, int *error)
{
    int64_t until = nc_ms() + ms;
    *error = 0;
    for (;;) {
        int left = (int)(until - nc_ms());
        if (left <= 0)
            return 0;
        int r = nc_next(c, left);
        if (r < 0)
            return 1;
        if (r == 1 && c->m.type == MSG_ERROR)
            *error = 1;
    }
}

/* hello with token, then welcome and the first view (a board: its first
 * board). 1, or 0. */
static inline int nc_hello(struct nc *c, const char *token)
{
    struct proto_msg m;
    proto_init(&m, MSG_HELLO);
    snprintf(m.token, sizeof m.token, "%s", token);
    snprintf(m.client, sizeof m.client, "test");
    return nc_send(c, &m) && nc_wait(c, MSG_WELCOME, 10000) &&
           nc_wait(c, c->role == ROLE_BOARD ? MSG_BOARD : MSG_VIEW, 10000);
}

/* The seat's AI decides from the last view it was sent, and the client
 * sends ready with those orders for the view's week (once per week). 1
 * when sent, 0 when there was nothing to play. */
static inline int nc_play(struct nc *c, const struct personality *p, uint64_t seed)
{
    const struct view *v = c->view;
    if (c->role != ROLE_SEAT || !c->got_view || v->turn <= c->week_played ||
        v->turn > v->turns || v->phase != PHASE_ORDERS)
        return 0;
    struct ai_choice ch[MAX_ORDERS];
    struct rng r;
    rng_derive(&r, seed, v->turn, c->seat);
    int n = ai_decide(v, p, AI_STANDARD, &r, &c->mind, ch, MAX_ORDERS, 0);
    struct proto_msg m;
    proto_init(&m, MSG_READY);
    m.week = v->turn;
    m.norders = n;
    m.id = ++c->nids;
    for (int k = 0; k < n; k++)
        m.orders[k] = ch[k].o;
    memcpy(c->sent[v->turn], m.orders, sizeof m.orders[0] * (size_t)n);
    c->nsent[v->turn] = n;
    c->week_played = v->turn;
    c->got_view = 0;
    return nc_send(c, &m);
}

/* 1 when c was sent the finished game: a board's board, or a view. */
static inline int nc_saw_end(const struct nc *c)
{
    return (c->board && c->board->ended) ||
           (c->fview && c->fview->pub_part.phase == PHASE_ENDED);
}

/* n clients play until each was told the game ended - a board: until it
 * shows the end, as it stays for the hot wash - (or ms passed): 1 when
 * every one was. ps: the bundle's personalities. */
static inline int nc_play_all(struct nc **cs, int n, const struct bundle *b, uint64_t seed,
                              int ms)
{
    int64_t until = nc_ms() + ms;
    for (;;) {
        int done = 1;
        for (int i = 0; i < n; i++) {
            struct nc *c = cs[i];
            /* a role that stays after the end (the board, the
             * facilitator: for the hot wash) is done once it was shown
             * the end */
            if (c->ended || (proto_role_stays(c->role) && nc_saw_end(c)))
                continue;
            done = 0;
            const struct personality *p =
                c->seat >= 0 ? personality_find(&b->ps, b->sc->seats[c->seat].personality) : NULL;
            if (!p)
                p = &b->ps.p[0];
            nc_play(c, p, seed);
            int r = nc_next(c, 5);
            if (r < 0 && !c->ended)
                return 0;
        }
        if (done)
            return 1;
        if (nc_ms() > until)
            return 0;
    }
}

#endif
