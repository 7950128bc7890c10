/* link.h - what a seat's screens talk to: the seat's view, its orders,
 * ready or not, saving, and how the week stands - plain function pointers
 * and a context. In process the link is the host (link_host_init); over a
 * network the client implements the same operations, and the same screens
 * run unchanged. The screens never reach the host, nor the game. */
#ifndef MANDATE_LINK_H
#define MANDATE_LINK_H

#include <stddef.h>
#include <stdint.h>

#include "../config.h"

struct debrief;
struct fview;
struct host;
struct lesson_book;
struct order;
struct view;

enum link_save { LINK_SAVE_AUTO, LINK_SAVE_MANUAL };

/* How the game stands, for the lines that say so. */
struct link_status {
    int week;                    /* the week being played (last, once ended) */
    int ended;
    int nseats;
    uint8_t human[MAX_SEATS];
    uint8_t ready[MAX_SEATS];    /* confirmed this week */
    char played_by[MAX_SEATS][NAME_LEN];  /* "human", or the AI personality's name */
    char team[MAX_SEATS][NAME_LEN];  /* a human seat's team name ("" none, or
                                        not told: the contingent's name) */
    int deadline;                /* seconds left, -1: none */
    int paused;
    /* the game's files (a local game; a client has none) */
    int unsaved;                 /* the last save failed */
    char file[1024];             /* the file that holds the game as it stands ("" none) */
    char save_error[320];        /* why the last save failed */
    char lost[1200];             /* what of the game no file holds, in words ("" none) */
    /* a game that goes on elsewhere (a server; see seat_link.pump) */
    int offline;                 /* 1: the connection is lost, reconnecting */
    char closed[256];            /* why it ended for this end, for good ("" it has not) */
};

/* What seat_link.pump found: flags. */
enum link_change {
    LINK_VIEW = 1,               /* a new view (the week moved on, or a fresh snapshot) */
    LINK_STATUS = 2,             /* the status changed (ready, deadline, the connection) */
    LINK_CLOSED = 4,             /* the game ended for this end for good (status.closed) */
};

struct seat_link {
    void *ctx;
    /* seat's view into out (VIEW_FACILITATOR: only once the game has
     * ended). 1, or 0 refused. */
    int (*view)(void *ctx, int seat, struct view *out);
    /* The facilitator's view into out, once the game has ended (the
     * result screen): 1, or 0 refused. */
    int (*fview)(void *ctx, struct fview *out);
    /* Replaces seat's draft orders: 1, or 0 with the reason. */
    int (*submit)(void *ctx, int seat, const struct order *o, int n, char *why,
                  size_t whylen);
    /* Confirms seat's draft: 1, or 0 with the reason. */
    int (*ready)(void *ctx, int seat, char *why, size_t whylen);
    /* Withdraws seat's confirmation: 1, or 0. */
    int (*unready)(void *ctx, int seat);
    /* Saves the game (enum link_save): 1 with the path in out, or 0 with
     * the reason in out. NULL: saving is not this end's business. */
    int (*save)(void *ctx, int kind, char *out, size_t n);
    void (*status)(void *ctx, struct link_status *out);
    /* The debrief of the finished game (the caller frees it with
     * debrief_free), or NULL. The member may be NULL: none offered. */
    struct debrief *(*debrief)(void *ctx, const struct lesson_book *book);
    /* A game that goes on elsewhere (a server) - all three NULL in
     * process. The descriptor the screens also wait on while they wait
     * for a key (-1 none) and the longest wait, in ms, before pump is due
     * (-1 none). */
    void (*waiting)(void *ctx, int *fd, int *ms);
    /* Reads what arrived and does what is due (answers the server,
     * reconnects): enum link_change flags. Never blocks for long. */
    int (*pump)(void *ctx);
    /* seat's draft as it stands, told as the team changes it (it is
     * neither checked nor confirmed: submit and ready do that), so that
     * the other end holds it should the connection or the deadline come
     * first. */
    void (*draft)(void *ctx, int seat, const struct order *o, int n);
};

/* The monotonic clock in milliseconds, which the in-process links give
 * the host (it keeps none of its own). */
int64_t link_now_ms(void);

/* The link over an in-process host h (borrowed); no debrief (the caller
 * may set one). */
void link_host_init(struct seat_link *l, struct host *h);

#endif
