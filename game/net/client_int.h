/* client_int.h - private to the client (client.c: the connection and
 * the seat's link; client_fac.c: the facilitator's link over the same
 * connection). */
#ifndef MANDATE_NET_CLIENT_INT_H
#define MANDATE_NET_CLIENT_INT_H

#include <sys/un.h>

#include "../core/view.h"
#include "../data/proto.h"
#include "client.h"
#include "frame.h"
#include "token.h"

enum conn { C_OFFLINE, C_HELLO, C_ONLINE, C_CLOSED };

struct client {
    /* where, and who */
    char path[sizeof(((struct sockaddr_un *)0)->sun_path)];
    char host[256], port[32];
    char token[TOKEN_HEX + 1];
    struct client_timers tm;
    /* the connection */
    int fd;
    int conn;                    /* enum conn */
    struct frame_dec dec;
    unsigned char *out;          /* bytes queued for the server */
    size_t outlen, outcap;
    long long heard;             /* when the server last spoke (ms, monotonic) */
    long long retry_at;          /* offline: the next attempt */
    int backoff;                 /* offline: the wait after the next failure */
    int next_id;
    int changed;                 /* enum link_change flags pump has not told */
    char closed[256];            /* why it ended for good ("" it has not) */
    /* the game as the server tells it */
    int want;                    /* the role the token must have (enum proto_role) */
    int has_pub;                 /* the book came (with the first welcome) */
    int seat;
    struct pub *pub;
    char teams[MAX_SEATS][NAME_LEN];  /* each seat's team name, from the welcome */
    struct view *view;           /* the latest snapshot (borrows pub) */
    int has_view;
    struct fview *fview;         /* the finished game, if the server sends it */
    int has_fview;
    struct proto_status st;
    long long deadline_at;       /* ms, monotonic; -1 none */
    /* the team's draft for the view's week (set: the team has one) */
    struct order draft[MAX_ORDERS];
    int ndraft, draft_week, draft_set;
    /* the draft the server last acknowledged or was sent */
    struct order sent[MAX_ORDERS];
    int nsent, sent_week;
    int cols, sent_cols;         /* a board's width; the one told on this connection (0 none) */
    /* the facilitator's: the roster (when it came: roster_at, ms), the
     * MSEL and the journal as last sent */
    struct fac_status *roster;
    long long roster_at;
    struct fac_inject *msel;
    int nmsel;
    struct fac_action *journal;
    int njournal;
    char (*titles)[SHORT_TEXT];  /* the hot wash's page titles, once the game has ended */
    int ntitles;
    int fac_changed;             /* 1: one of them came since the console looked */
    /* a board's: what it shows, and when it came (ms, monotonic) */
    struct board *board, *in_board;
    int has_board;
    long long board_at;
    /* scratch for decoding */
    struct proto_msg *msg;
    struct view *in_view;
    struct fview *in_fview;
    struct pub *in_pub;
    struct fac_status *in_roster;
    struct fac_inject *in_msel;
    struct fac_action *in_journal;
    char (*in_titles)[SHORT_TEXT];
    /* an answer awaited (id), and what came */
    int await_id, await_done, await_ok;
    char await_why[PROTO_ERR];
};

long long client_now_ms(void);
/* The facilitator's buffers (client_fac.c): 1, or 0 out of memory (what
 * was allocated is freed by client_fac_free, NULL-safe). */
int client_fac_alloc(struct client *c);
void client_fac_free(struct client *c);
/* A roster, MSEL, journal or pages message the facilitator was sent. */
void client_fac_heard(struct client *c, const struct proto_msg *m);
/* Queues m (and writes what the socket takes): 1, or 0 (the connection
 * broke, or out of memory). */
int client_send(struct client *c, const struct proto_msg *m);
/* A fresh message id. */
int client_new_id(struct client *c);
/* Waits (hearing everything) for the answer to id: 1 acknowledged, or 0
 * with why. */
int client_await(struct client *c, int id, char *why, size_t n);
/* The facilitator's view as last sent into out: 1, or 0 when none came
 * yet (the seat link's and the facilitator's link's fview; ctx a client). */
int client_fview(void *ctx, struct fview *out);
/* The descriptor to wait on and the longest wait (the links' waiting). */
void client_waiting(struct client *c, int *fd, int *ms);
/* Does what is due now: reads, writes, notices silence, reconnects. */
void client_step(struct client *c);

#endif
