/* record.h - what a game is besides its rules: the seed, who holds each
 * seat, every resolved week's orders with the state's checksum after it,
 * and the orders human seats confirmed for the week being played. Plain
 * data (no pointer): a save writes it and reads it back (game/data), a
 * replay rebuilds the game from it (game/session). */
#ifndef MANDATE_RECORD_H
#define MANDATE_RECORD_H

#include <stdint.h>

#include "../config.h"
#include "order.h"

/* How a seat's orders of one week came about, when not the usual way (its
 * controller confirmed them): a byte of flags per seat per week. The names
 * are the save's spelling. */
#define RECORD_FLAG_LIST(X)                                                     \
    X(RF_ORDERS_BY_AI, 0x01, "orders_by_ai")       /* a human seat gave nothing by \
                                                      the deadline: its AI personality's */ \
    X(RF_DRAFT_SUBMITTED, 0x02, "draft_submitted") /* an unconfirmed draft, submitted \
                                                      at the deadline */

#define X_ENUM(e, bit, name) e = bit,
enum record_flag { RECORD_FLAG_LIST(X_ENUM) };
#undef X_ENUM
#define RF_ALL (RF_ORDERS_BY_AI | RF_DRAFT_SUBMITTED)

/* The name of one flag bit (NULL when none), and the bit of a name (0
 * when none). */
const char *record_flag_name(int bit);
int record_flag_from_name(const char *name);

/* Who holds a seat. */
struct record_seat {
    uint8_t human;               /* 1: orders come from a person */
    int8_t level;                /* enum ai_level (core/personality.h) */
    char personality[ID_LEN];    /* the AI personality's id ("" none) */
};

/* One resolved week. */
struct record_turn {
    struct order orders[MAX_SEATS][MAX_ORDERS];
    uint8_t norders[MAX_SEATS];
    uint8_t flags[MAX_SEATS];    /* enum record_flag bits */
    uint64_t checksum;           /* of the state after it */
};

/* Orders confirmed for the week being played (week nturns + 1) and not
 * yet resolved: only human seats' (an AI decides again when the game goes
 * on, and decides the same). */
struct record_pending {
    uint8_t seat[MAX_SEATS];     /* 1: the seat's orders below are confirmed */
    struct order orders[MAX_SEATS][MAX_ORDERS];
    uint8_t norders[MAX_SEATS];
};

/* The version of the facilitator's part of a save that this game reads:
 * its actions of each week and its journal (the facilitator's console,
 * to come). This game writes none, reads the part only when both lists
 * are empty, and refuses a save in which the facilitator acted (it could
 * not replay what it does not know). */
#define RECORD_FACILITATOR_VERSION 1

struct record {
    uint64_t seed;
    char started_at[32];         /* UTC, ISO 8601 ("" unknown) */
    int nseats;
    struct record_seat seats[MAX_SEATS];
    struct record_turn turns[MAX_TURNS];
    int nturns;                  /* weeks resolved */
    struct record_pending pending;
    int facilitator;             /* the version of the facilitator's part
                                  * read (0: the save had none) */
};

/* An empty record of nseats seats (every one AI, "" personality, level
 * 0) for seed. */
void record_init(struct record *r, int nseats, uint64_t seed);

/* Sets or clears the pending (confirmed) orders of one seat. */
void record_set_pending(struct record *r, int seat, const struct order *o, int n);
void record_clear_pending(struct record *r, int seat);

/* 1 when some seat has pending orders. */
int record_has_pending(const struct record *r);

#endif
