/* board.h - what the projector board is sent: only what every seat
 * knows (the sectors' stability and threat, the mandate's figures, the
 * week and its clock, who has confirmed - never what -, the public
 * bulletin in words), the texts the facilitator revealed, and during the
 * hot wash the one page of the debrief the facilitator chose. Plain data
 * built by the server (net/server_board.c) from the public view and the
 * record, carried by the wire codec (data/wire.h), drawn by ui/board. It
 * holds no index of a secret: nothing in it can name one. */
#ifndef MANDATE_BOARD_H
#define MANDATE_BOARD_H

#include <stdint.h>

#include "../config.h"
#include "record.h"

#define BOARD_BULLETIN 24        /* lines of the public bulletin */
#define BOARD_REVEALS MAX_FAC_ACTIONS
#define BOARD_LINES 96           /* lines of a hot wash page */

struct board_sector {
    int stability;               /* 0..100 */
    int threat;                  /* 0..10 */
};

struct board {
    int week, weeks;             /* the week being played (the last once ended) */
    int ended, outcome, collapsed;  /* outcome: enum outcome (core/score.h) */
    int nseats, nsectors;        /* as in the public book */
    struct board_sector sectors[MAX_SECTORS];
    int avg_stability, min_stability, incidents;  /* the mandate's gauge */
    uint8_t human[MAX_SEATS];    /* played by its players (else its AI) */
    uint8_t confirmed[MAX_SEATS];/* its orders of this week are in: who, never what */
    uint8_t connected[MAX_SEATS];/* a client holds the seat */
    int deadline;                /* seconds left this week (-1: none) */
    int paused;                  /* the facilitator paused the exercise */
    int nbulletin;               /* last week's public bulletin, in words */
    char bulletin[BOARD_BULLETIN][SHORT_TEXT];
    int nreveals;                /* the facilitator's reveals, in the order made */
    char reveals[BOARD_REVEALS][LONG_TEXT];
    /* the hot wash: the page of the declassified debrief shown (0: none),
     * of npages; its title and its lines of plain text */
    int page, npages;
    char title[SHORT_TEXT];
    int nlines;
    char lines[BOARD_LINES][SHORT_TEXT];
};

#endif
