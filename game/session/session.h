/* session.h - one game as it is played: who controls each seat (a human or
 * an AI personality at a level), the AI's memories, and the record of
 * every confirmed order and the state's checksum turn by turn; optionally
 * the full history a debrief needs. */
#ifndef MANDATE_SESSION_H
#define MANDATE_SESSION_H

#include <stdint.h>

#include "../ai/ai.h"
#include "../core/game.h"
#include "../core/view.h"

struct seat_ctl {
    int human;                   /* 1: orders come from a front end */
    const struct personality *p; /* the AI personality (also for humans: the default) */
    int level;                   /* enum ai_level */
    struct ai_mind mind;
};

struct turn_record {
    struct order orders[MAX_SEATS][MAX_ORDERS];
    uint8_t norders[MAX_SEATS];
    uint64_t checksum;           /* of the state after this turn */
};

/* An AI's reason for one order, kept for the debrief. */
struct reason {
    int turn, seat;
    struct order o;
    int rule;
    char text[REASON_LEN];
};

/* What a debrief needs beyond the record; filled when a session keeps it. */
struct history {
    struct event *events;        /* every event of every turn, in order */
    int nevents, cap;
    struct reason *reasons;
    int nreasons, rcap;
    /* snapshots after turn t (index 0: the start) */
    int stability[MAX_TURNS + 1][MAX_SECTORS];
    int threat[MAX_TURNS + 1][MAX_SECTORS];
    int trust[MAX_TURNS + 1][MAX_SEATS][MAX_SEATS];
    int avg[MAX_TURNS + 1];
    int pool[MAX_TURNS + 1];
    int nsnap;
};

struct session {
    struct game g;
    struct seat_ctl ctl[MAX_SEATS];
    struct turn_record turns[MAX_TURNS];
    int nturns;                  /* turns resolved */
    struct history *hist;        /* NULL unless session_keep_history */
    char started_at[32];         /* UTC ISO 8601, set by the front end */
    /* where the AI's views are built, kept from one decision to the next:
     * a build clears only what the last one wrote (core/view.h) */
    struct view ai_view;
};

/* Sets up a game on a scenario and its public book (both must outlive
 * the session); every seat is AI, with its scenario personality from ps
 * (or the first of ps when missing) at the standard level. */
void session_init(struct session *s, const struct scenario *sc,
                  const struct pub *pub, const struct personality_set *ps,
                  uint64_t seed);

/* Starts keeping the full history (events, reasons, snapshots). */
void session_keep_history(struct session *s);

/* Frees what the session allocated (the history); NULL-safe. */
void session_free(struct session *s);

/* Lets the AI of seat decide and confirm its orders; returns how many.
 * Its generator is derived from the seed, the turn and the seat alone
 * (rng_derive): the decision does not depend on which seats decided
 * before. Reasons go to out (may be NULL) and to the history. */
int session_ai_turn(struct session *s, int seat, struct ai_choice *out, int max);

/* Every AI seat that has not confirmed decides now. */
void session_ai_all(struct session *s);

/* Records the confirmed orders, resolves the turn, stores its checksum. */
void session_resolve(struct session *s);

/* Plays AI seats and resolves until the game ends. */
void session_play_out(struct session *s);

/* Replays the orders of a record turn into the game (orders refused by the
 * rules make it fail with a reason). 1 on success. */
int session_apply_turn(struct session *s, const struct turn_record *t,
                       char *why, int whylen);

/* Replays one recorded turn, as loading a save does: every AI seat first
 * decides as session_ai_all would (so its mind moves on exactly as in the
 * original game; its reasons go to the history when it decided as
 * recorded), then the recorded orders are submitted and the turn resolved
 * and recorded. 1 on success; else 0 with a reason (orders refused:
 * nothing resolved). */
int session_replay_turn(struct session *s, const struct turn_record *t,
                        char *why, int whylen);

#endif
