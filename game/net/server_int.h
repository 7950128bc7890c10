/* server_int.h - private to the server (server.c: sockets, the poll loop,
 * queues and timers; server_game.c: what the messages do to the game and
 * what each connection is sent). */
#ifndef MANDATE_NET_SERVER_INT_H
#define MANDATE_NET_SERVER_INT_H

#include <stdint.h>

#include "../data/proto.h"
#include "../session/port.h"
#include "frame.h"
#include "server.h"

/* A frame waiting to be written. */
struct outbuf {
    unsigned char *b;            /* owned: the whole frame */
    size_t n, off;               /* its size, bytes already written */
    int kind;                    /* the message type: a queued view or
                                    status not begun is replaced */
};

#define SERVER_SIDECARS 32

enum conn_state { CONN_FREE, CONN_OPEN, CONN_CLOSING };

struct conn {
    int fd;
    int state;                   /* enum conn_state */
    unsigned serial;             /* for the log: connection N */
    int role;                    /* enum proto_role */
    int seat;                    /* ROLE_SEAT: the seat */
    struct frame_dec in;
    struct outbuf *out;          /* owned: the queue */
    int nout, capout;
    size_t out_bytes;
    int64_t opened, heard, pinged, closing_at;  /* ms, monotonic */
    int shut;                    /* 1: SHUT_WR done (closing) */
    int cols;                    /* a board's width, from its size message (0: untold) */
    char from[64];               /* for the log: "from 127.0.0.1", "on the socket" */
};

struct server {
    struct host *h;
    struct server_opts o;
    struct token_set tokens;
    int ufd, tfd, sfd;           /* Unix and TCP listeners, signalfd (-1 none) */
    int tcp_port;
    char path[1024];             /* the socket's path ("" none made) */
    struct conn conns[SERVER_MAX_CONNS];
    unsigned serial;
    struct port port;            /* the human seats' */
    int64_t seat_heard[MAX_SEATS];  /* ms: a seat's client last heard (0: never joined) */
    uint64_t fac_sent[4];        /* hashes of the roster, MSEL, journal and pages the
                                    facilitator was last sent (0: none) */
    int64_t fac_at;              /* ms: when they were last looked at */
    int stopping;                /* a signal came */
    int ended_told;              /* the end was sent to everyone */
    int acted_after_end;         /* the facilitator acted after the end (the hot
                                    wash): the record is saved when the server stops */
    int64_t ended_at;
    int save_failed;
    char saved[1024];            /* the last autosave a port was told of */
    char sidecar[1100];          /* the tokens' file beside it */
    /* the sidecars written, so that one whose save was pruned goes too */
    char written[SERVER_SIDECARS][1100];
    int nwritten;
    struct server_stats st;
    struct view *vbuf;           /* owned: scratch */
    struct fview *fbuf;
    struct board *board;         /* owned: what the boards are sent */
    struct board *bcache;        /* owned: the hot wash page rendered last */
    int bcache_page;             /* its page (0: none yet) */
    int bcache_cols;             /* the columns it was wrapped at */
    int board_journal;           /* the journal's length at the last push */
};

int64_t server_now(void);
/* 1 while a connection whose role stays after the end (proto_role_stays:
 * a board, the facilitator) is open: the hot wash goes on, and the
 * server with it. */
int server_stayers(const struct server *s);
void server_log(struct server *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Who c is, for the log: a seat's id and its team's name ("kestria (Blue
 * Team)"), "the facilitator", "a board", or "connection N" before its
 * hello. */
void server_who(const struct server *s, const struct conn *c, char *out, size_t n);

/* Queues message m to c (a view or status not begun is replaced by a
 * newer one); over the cap c is dropped. 0 when c was dropped. */
int conn_send(struct server *s, struct conn *c, const struct proto_msg *m);
/* Queues text (a message's JSON) as a frame of kind. */
int conn_send_text(struct server *s, struct conn *c, const char *text, int kind);
/* Sends error (fatal: then closes c after it is written). */
void conn_error(struct server *s, struct conn *c, int re, int fatal, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* Closes c after its queue is written (bye with reason first when not
 * NULL). */
void conn_close_soon(struct server *s, struct conn *c, const char *reason);
void conn_drop(struct server *s, struct conn *c, const char *why);

/* server_game.c */
/* The human seats' port (PORT_PENDING: orders come as messages). */
void server_game_init(struct server *s);
/* One message from c. */
void server_handle(struct server *s, struct conn *c, const struct proto_msg *m);
/* The week's timers and resolution: resolves when every seat is ready or
 * the deadline has passed; then sends every connection its view. */
void server_tick(struct server *s);
/* Sends every connection (or only c) the status. */
void server_status_all(struct server *s);
/* Seconds to the deadline, -1 none. */
int server_deadline_left(const struct server *s);
/* Autosaves and writes the sidecar of tokens beside the save. */
void server_save(struct server *s);
/* Every connection's view, then the status. */
void server_push_views(struct server *s);
/* A week begins (or begins again): the AI seats decide; then everyone
 * gets the view and status. */
void server_new_week(struct server *s);
/* 1 when c has said hello and is open. */
int server_authed(const struct conn *c);

/* server_fac.c */
/* A facilitator's action m from c (the facilitator): taken through the
 * host, answered, and its effects sent. */
void server_fac_action(struct server *s, struct conn *c, const struct proto_msg *m);
/* Sends the facilitator the roster, the MSEL and the journal that
 * changed since it was last sent them; without force, at most once a
 * second. */
void server_fac_push(struct server *s, int force);

/* server_board.c */
/* Sends every board connection (or only the one given) what the board
 * shows now. */
void server_board_push(struct server *s, struct conn *only);
/* Pushes to the boards when the facilitator has acted since the last
 * push. */
void server_board_tick(struct server *s);

#endif
