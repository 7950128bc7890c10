/* fac_state.h - what the facilitator's console shows besides the whole
 * truth: the roster and the clock, and the MSEL (the scenario's injects
 * as a timeline). Plain data: the host fills it in process
 * (session/fac_link.h), the protocol carries it to a console over a
 * network (data/proto.h). */
#ifndef MANDATE_FAC_STATE_H
#define MANDATE_FAC_STATE_H

#include <stdint.h>

#include "../config.h"

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

#endif
