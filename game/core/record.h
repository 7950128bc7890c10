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
    char team[NAME_LEN];         /* a human seat's team name ("" none: the
                                    contingent's name stands for it) */
    int think;                   /* a master seat's ms per decision (0: the
                                    default; struct ai_mind.think), at most
                                    RECORD_THINK_MAX (= AI_THINK_MAX) */
};
#define RECORD_THINK_MAX 1000

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

/* The facilitator's actions (the exercise controller's): orders of the
 * record like the seats' orders. Each is kept in the record of the week
 * it was taken in, in the order taken, with the UTC time it was taken
 * (given by the caller: the engine never reads a clock). A replay applies
 * a week's actions right after the week begins, before any seat's
 * orders. Only fire, hold, release and seat change the game; contingency
 * adds a message (no effects) to the week's views; the others are the
 * host's (its clock, its connections, the board) and the journal's. The
 * names are the save's spelling. */
#define FAC_ACTION_LIST(X)                                                     \
    X(FAC_FIRE, "fire")                 /* inject: live now */               \
    X(FAC_HOLD, "hold")                 /* inject: its trigger is skipped */ \
    X(FAC_RELEASE, "release")           /* inject: held no more */           \
    X(FAC_CONTINGENCY, "contingency")   /* seat (-1 all), title, text */     \
    X(FAC_SEAT, "seat")                 /* seat, human: who plays it */      \
    X(FAC_PAUSE, "pause")                                                    \
    X(FAC_RESUME, "resume")                                                  \
    X(FAC_DEADLINE, "deadline")         /* amount seconds, relative */       \
    X(FAC_RESOLVE_NOW, "resolve_now")                                        \
    X(FAC_KICK, "kick")                 /* seat */                           \
    X(FAC_REVEAL, "reveal")             /* text: what the board shows */     \
    X(FAC_NOTE, "note")                 /* text: a journal note */           \
    X(FAC_REWIND, "rewind")             /* amount: the week restarted */     \
    X(FAC_SHOW, "show")                 /* amount: the hot wash's page on the \
                                           board (0: none); once ended; the \
                                           journal's alone, as note */

#define X_ENUM(e, name) e,
enum fac_kind { FAC_ACTION_LIST(X_ENUM) FAC_KIND_COUNT };
#undef X_ENUM

/* The name of a kind (NULL when none), and the kind of a name (-1). */
const char *fac_kind_name(int kind);
int fac_kind_from_name(const char *name);

/* 1 for the kinds a replay applies to the game (fire, hold, release,
 * seat) or to the week's views (contingency). */
int fac_kind_replayed(int kind);

#define FAC_SHOW_MAX 999         /* the highest page a show names */

#define FAC_AT_LEN 24            /* "2026-12-05T22:16:42Z" */

struct fac_action {
    uint8_t kind;                /* enum fac_kind */
    int8_t week;                 /* the week it was taken in (the host sets it) */
    int8_t seat;                 /* seat, kick: the seat; contingency: its
                                  * audience (-1: every seat); else -1 */
    int8_t inject;               /* fire, hold, release: the inject; else -1 */
    int8_t human;                /* seat: 1 a person plays it from now on, 0 its AI */
    int8_t was_human;            /* seat: who played it before (the host sets it) */
    uint8_t relative;            /* deadline: amount is added to the time left */
    uint8_t undone;              /* in the journal: undone by a later rewind */
    int32_t amount;              /* deadline: seconds; rewind: the week */
    char at[FAC_AT_LEN];         /* UTC, ISO 8601, when it was taken ("" unknown) */
    char title[NAME_LEN];        /* contingency */
    char text[LONG_TEXT];        /* contingency, reveal, note; rewind: what it undid */
};

/* An action of kind with every field unset (seat and inject -1). */
struct fac_action fac_action_make(int kind);

#define MAX_FAC_ACTIONS 96       /* the record's: actions not undone */
#define MAX_JOURNAL 160          /* the journal's: every action taken */

/* The version of the facilitator's part of a save that this game reads
 * and writes: its actions of each week and its journal. */
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
    int nactions, njournal;      /* how many of each list below */
    /* Last, and most of the record's bytes (their texts): the two lists.
     * Their slots past nactions and njournal are undefined (record_init
     * does not clear them), so nothing reads past the counts. */
    /* the facilitator's actions of every week not undone, in the order
     * taken (weeks 1..nturns + 1) */
    struct fac_action actions[MAX_FAC_ACTIONS];
    /* the journal: every action taken, notes included, undone or not */
    struct fac_action journal[MAX_JOURNAL];
};

/* An empty record of nseats seats (every one AI, "" personality, level
 * 0) for seed. Clears what is live (not the lists' unused slots: most of
 * the record's bytes). */
void record_init(struct record *r, int nseats, uint64_t seed);

/* Sets or clears the pending (confirmed) orders of one seat. */
void record_set_pending(struct record *r, int seat, const struct order *o, int n);
void record_clear_pending(struct record *r, int seat);

/* 1 when some seat has pending orders. */
int record_has_pending(const struct record *r);

/* 1 when the record holds anything of the facilitator's. */
int record_has_facilitator(const struct record *r);

/* Appends a to the record's actions, or to its journal: 1, or 0 when
 * full. */
int record_add_action(struct record *r, const struct fac_action *a);
int record_add_journal(struct record *r, const struct fac_action *a);

#endif
