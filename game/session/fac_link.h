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

struct fac_action;
struct fview;
struct host;

/* How a seat's players are connected. */
enum fac_presence {
    FAC_LOCAL,                   /* at this terminal (or played by its AI) */
    FAC_CONNECTED,
    FAC_DROPPED,
    FAC_NEVER_JOINED,
};

/* One seat in the roster. */
struct fac_seat {
    uint8_t human;               /* 1: its players; 0: its AI */
    uint8_t presence;            /* enum fac_presence */
    uint8_t confirmed;           /* its orders of this week are confirmed */
    int8_t drafted;              /* orders in its draft (-1: none) */
    int last_seen;               /* seconds since it was last heard from (-1: n/a) */
    char played_by[NAME_LEN];    /* "players", or the AI personality's name */
};

/* The roster and the clock. */
struct fac_status {
    int week, weeks, ended;
    int nseats;
    struct fac_seat seats[MAX_SEATS];
    int paused;
    int deadline;                /* seconds left this week (-1: none) */
    int deadline_secs;           /* every week's (0: none) */
    int nrecorded;               /* the record's facilitator actions */
    char file[1024];             /* the file that holds the game ("" none) */
};

/* Where an inject of the MSEL stands. */
enum fac_inject_state {
    MSEL_UPCOMING,               /* its trigger has not held */
    MSEL_HELD,                   /* held by the facilitator */
    MSEL_WAITING,                /* triggered, waits for room in a week */
    MSEL_LIVE,                   /* live this week */
    MSEL_FIRED,                  /* went live in an earlier week */
};

/* One inject of the MSEL. */
struct fac_inject {
    int index;                   /* in the scenario */
    int state;                   /* enum fac_inject_state */
    int week;                    /* the week it went live (0: not yet) */
    int audience;                /* seat, or -1 for every seat */
    int nchoices;
    int answer;                  /* its audience's answer (-1: none yet) */
    char title[NAME_LEN];
    char trigger[SHORT_TEXT];    /* "week 3", "average stability below 42 from week 3" */
    char answer_text[SHORT_TEXT];/* the answer's label ("" none) */
};

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
    /* The hot wash's pages (the declassified debrief's, once the game
     * has ended): their titles, at most max of tlen bytes each, into
     * titles: how many (0: none yet). May be NULL: none offered. */
    int (*pages)(void *ctx, char *titles, size_t tlen, int max);
};

/* The facilitator's link over an in-process host h (borrowed): it reads
 * the monotonic clock and the UTC time for the host. */
void fac_link_host_init(struct fac_link *l, struct host *h);

#endif
