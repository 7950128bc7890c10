/* fac_link.h - what the facilitator's console talks to: the whole truth
 * (struct fview), the roster and the clock, the MSEL (the scenario's
 * injects as a timeline), the journal, and the facilitator's actions -
 * plain function pointers and a context, like a seat's link. In process
 * the link is the host (fac_link_host_init); over a network a client
 * implements the same operations. No seat's link has any of these. */
#ifndef MANDATE_FAC_LINK_H
#define MANDATE_FAC_LINK_H

#include <stddef.h>
#include <stdint.h>

#include "../config.h"
#include "../core/fac_state.h"

struct fac_action;
struct board;
struct fview;
struct host;

struct fac_link {
    void *ctx;
    /* The whole truth now into out: 1, or 0 refused. */
    int (*fview)(void *ctx, struct fview *out);
    void (*status)(void *ctx, struct fac_status *out);
    /* The MSEL into out (at most max): how many. */
    int (*msel)(void *ctx, struct fac_inject *out, int max);
    /* The journal (every action and note, undone ones marked) into out
     * (at most max): how many. */
    int (*journal)(void *ctx, struct fac_action *out, int max);
    /* Takes an action (its time, when "", is now): 1, or 0 with the
     * reason. */
    int (*control)(void *ctx, const struct fac_action *a, char *why, size_t whylen);
    /* Lets time pass: the week resolves when its deadline has passed.
     * 1 when it did. May be NULL. */
    int (*tick)(void *ctx);
    /* Over a network: 1 when what the link holds changed (the server sent
     * it) or its clock runs, since the last call. NULL in process. */
    int (*changed)(void *ctx);
    /* The hot wash's pages (the declassified debrief's, once the game
     * has ended): their titles, at most max of tlen bytes each, into
     * titles: how many (0: none yet). May be NULL: none offered. */
    int (*pages)(void *ctx, char *titles, size_t tlen, int max);
    /* Page p (from 1) of the hot wash into b's page, npages, title and
     * lines (core/board.h) wrapped at cols columns, for a console that
     * is the room's projector itself (a local game): 1, or 0 when there
     * is no such page. May be NULL: over a network the boards show the
     * page, not the console. */
    int (*page)(void *ctx, int p, int cols, struct board *b);
};

/* The facilitator's link over an in-process host h (borrowed): it reads
 * the monotonic clock and the UTC time for the host. */
void fac_link_host_init(struct fac_link *l, struct host *h);

#endif
