/* port.h - a seat's port: one small interface, view in and orders out.
 * The host gives a port its seat's view when the week needs its orders,
 * tells it what changed after each week, and that the game has ended; the
 * port gives orders and "ready" back through the host (host_submit,
 * host_ready), at once or later. The curses seat, the AI, a scripted seat
 * for tests and the bench - and later the network and the facilitator -
 * are ports of this one kind. */
#ifndef MANDATE_PORT_H
#define MANDATE_PORT_H

#include "../config.h"

struct host;
struct view;

/* What a port's step ends with. */
enum port_result {
    PORT_OK,                     /* answered (or nothing to answer) */
    PORT_PENDING,                /* the answer comes later, through the host */
    PORT_QUIT,                   /* the players quit */
};

/* What changed, as the host tells it after each week. */
enum host_note_kind {
    NOTE_RESOLVED,               /* a week was resolved (and autosaved) */
    NOTE_CONTROL,                /* the facilitator acted (week: the week;
                                  * why: what was done, in words) */
    NOTE_KICKED,                 /* the facilitator closes this seat's
                                  * connection (a network port's business) */
    NOTE_REWOUND,                /* the game went back to the start of week */
};

struct host_note {
    int kind;                    /* enum host_note_kind */
    int week;                    /* the week resolved */
    int ended;                   /* 1: the game ended with it */
    int saved;                   /* the autosave: 1 written (path), 0 failed
                                  * (why), -1 none was made */
    char path[1024];
    char why[320];
};

struct port_ops {
    const char *name;
    /* The week's turn of seat, whose view is v (NULL for the host's own
     * AI port, which builds the view it needs): the port answers now
     * (host_submit and host_ready: the AI, the scripted and the curses
     * ports) or later (the network): PORT_OK, PORT_PENDING, PORT_QUIT. */
    int (*turn)(void *ctx, struct host *h, int seat, const struct view *v);
    /* Something changed (may be NULL). */
    void (*notify)(void *ctx, struct host *h, int seat, const struct host_note *n);
    /* The game has ended: the seat's last report, then (for the port's
     * last seat) the result and the debrief. PORT_OK or PORT_QUIT. May be
     * NULL. */
    int (*end)(void *ctx, struct host *h, int seat);
};

struct port {
    const struct port_ops *ops;
    void *ctx;
};

/* The AI seat's port: it decides the seat's orders from its view, its
 * personality, level and memory (kept by the host, so that a replay
 * brings them back) and confirms them. Immutable: one serves every AI
 * seat of every host. */
const struct port *port_ai(void);

#endif
