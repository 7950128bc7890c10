/* session.h - one game as it is played: who controls each seat (a human or
 * an AI personality at a level), the AI's memories, and the record of the
 * game (core/record.h: the seed, the seats, every resolved week's orders
 * and checksum); optionally the full history a debrief needs. One replay
 * routine (session_replay) rebuilds a session from a record. */
#ifndef MANDATE_SESSION_H
#define MANDATE_SESSION_H

#include <stddef.h>
#include <stdint.h>

#include "../ai/ai.h"
#include "../core/game.h"
#include "../core/record.h"
#include "../core/submit.h"
#include "../core/view.h"

struct seat_ctl {
    int human;                   /* 1: orders come from a person */
    const struct personality *p; /* the AI personality (also for humans: the default) */
    int level;                   /* enum ai_level */
    struct ai_mind mind;
};

/* An AI's reason for one order, kept for the debrief. */
struct reason {
    int turn, seat;
    struct order o;
    int rule;
    char text[REASON_LEN];
};

/* What a debrief reads of the state at each snapshot besides the series. */
struct hist_state {
    int comms[MAX_SEATS];
    int share[MAX_SEATS];
    int centralisation, net_security, pool;
    int incidents;               /* public incidents so far */
    uint8_t pacts[MAX_SEATS];
    int objectives[MAX_SEATS][MAX_OBJECTIVES];
    int nobjectives[MAX_SEATS];
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
    struct hist_state state[MAX_TURNS + 1];
    int nsnap;
    /* the first week whose checksum differed from the record it was
     * replayed from (the rules changed since), else 0 */
    int drift_turn;
};

/* session_init sets every field by name (it does not clear the whole
 * struct: see there); a new field needs its line in it. */
struct session {
    struct game g;
    struct seat_ctl ctl[MAX_SEATS];
    const struct personality_set *ps;  /* borrowed: the personalities seats take */
    struct record rec;           /* seed, started_at, every resolved week; its
                                  * seats and pending orders are brought up to
                                  * date by session_record */
    struct history *hist;        /* NULL unless session_keep_history */
    int lean;                    /* session_lean */
    /* where the AI's views are built, kept from one decision to the next:
     * a build clears only what the last one wrote (core/view.h) */
    struct view ai_view;
};

/* Sets up a game on a scenario and its public book (both must outlive
 * the session); every seat is AI, with its scenario personality from ps
 * (or the first of ps when missing: ps may be NULL, then it must outlive
 * the session too) at the standard level. */
void session_init(struct session *s, const struct scenario *sc,
                  const struct pub *pub, const struct personality_set *ps,
                  uint64_t seed);

/* session_init on a session that session_init (or session_again) set up
 * before (and session_free freed, if it kept a history): the same, but the AI's view buffer is
 * kept as its last build left it, not cleared whole (74 KB) by the first
 * build of the new game. For a batch of games played in one session. */
void session_again(struct session *s, const struct scenario *sc, const struct pub *pub,
                   const struct personality_set *ps, uint64_t seed);

/* Sets who holds seat: human or not, the AI personality (NULL: none) and
 * the level. */
void session_set_seat(struct session *s, int seat, int human, const struct personality *p,
                      int level);

/* Starts keeping the full history (events, reasons, snapshots); a lean
 * session is lean no more. */
void session_keep_history(struct session *s);

/* For a game nobody watches, saves, replays or reports on (a batch of
 * simulated games): the game keeps only the events the AI reads and
 * those of kinds (EVENT_KIND bits, for the caller's own tallies), and
 * the record's weeks get no checksum (0). The game itself - orders,
 * outcomes, scores - is the same as a full session's. Until the next
 * session_init. */
void session_lean(struct session *s, uint64_t kinds);

/* Frees what the session allocated (the history); NULL-safe. */
void session_free(struct session *s);

/* The session's record as the game stands: its seats from the
 * controllers, its pending orders from the human seats that confirmed
 * this week's (nothing pending once the game has ended). */
const struct record *session_record(struct session *s);

/* The same into r (a copy of s->rec): seats and pending orders as the
 * game stands. */
void session_record_into(const struct session *s, struct record *r);

/* Lets the AI of seat decide and confirm its orders; returns how many.
 * Its generator is derived from the seed, the turn and the seat alone
 * (rng_derive): the decision does not depend on which seats decided
 * before. Reasons go to out (may be NULL) and to the history. */
int session_ai_turn(struct session *s, int seat, struct ai_choice *out, int max);

/* Every AI seat that has not confirmed decides now. */
void session_ai_all(struct session *s);

/* Records the confirmed orders, resolves the turn, stores its checksum. */
void session_resolve(struct session *s);

/* The same, with flags (enum record_flag bits per seat, may be NULL) for
 * the record of this week. */
void session_resolve_flagged(struct session *s, const uint8_t *flags);

/* Plays AI seats and resolves until the game ends. */
void session_play_out(struct session *s);

/* Submits the orders of a recorded turn into the game (orders refused by
 * the rules make it fail with a reason). 1 on success. */
int session_apply_turn(struct session *s, const struct record_turn *t,
                       char *why, int whylen);

/* ---- the facilitator's actions (control.c) ---- */

/* Applies a facilitator action of a kind a replay applies
 * (fac_kind_replayed) to s as the week stands - fire, hold and release
 * to the game, seat to the seat's controller; a contingency is checked -
 * and appends it to the record's actions (with was_human set for seat).
 * Any other kind is only appended. 1, or 0 with the reason in why
 * (nothing changed then). The week it was taken in is the game's. */
int session_control(struct session *s, const struct fac_action *a, char *why, size_t whylen);

/* The contingency messages of the week being played that seat may read
 * (VIEW_FACILITATOR: all) appended to v's injects (see VIEW_CONTINGENCY),
 * as far as there is room. */
void session_add_messages(const struct session *s, int seat, struct view *v);

/* The number of contingency messages sent this week. */
int session_messages(const struct session *s);

/* ---- the one replay routine ---- */

/* Flags of session_replay. */
#define REPLAY_VERIFY 1          /* a checksum that drifts is an error */
#define REPLAY_HISTORY 2         /* keep the history (session_keep_history) */

enum replay_fault {
    REPLAY_OK,
    REPLAY_PERSONALITY,          /* a seat's personality is not in the set */
    REPLAY_REFUSED,              /* an order refused by the rules */
    REPLAY_DRIFT,                /* a checksum differs (REPLAY_VERIFY) */
    REPLAY_ENDED,                /* a week recorded after the game ended */
    REPLAY_PENDING_ENDED,        /* orders pending in a game that has ended */
    REPLAY_NOMEM,
    REPLAY_ACTION,               /* a facilitator action refused, or out of
                                  * its week (order: its index) */
};

/* Where and why a replay stopped, for the caller to name the place:
 * turns[turn].orders.SEAT[order] (turn -1: the pending orders; order -1:
 * the seat's list as a whole), or seats[seat] for a personality. */
struct replay_error {
    int fault;                   /* enum replay_fault */
    int turn, seat, order;
    char why[200];               /* the rules' reason (REPLAY_REFUSED) */
    uint64_t expected, got;      /* REPLAY_DRIFT */
    int drift_turn;              /* the first week that drifted, or 0 (also
                                  * filled on success, without REPLAY_VERIFY) */
};

/* Rebuilds s from the record r by re-resolving it: the game starts again
 * from r's seed on s's scenario, public book and personality set (those of
 * session_init, kept); the seats take r's controllers; each recorded week
 * up to upto_turn (weeks; -1 or more than recorded: all) is replayed -
 * every AI seat first decides as it did in play (in seat order, then the
 * seats whose orders its AI gave at a deadline), so that its memory comes
 * back and, when it decided as recorded, its reasons; then the recorded
 * orders are checked by the rules of that week and applied, the week is
 * resolved and recorded with its flags. With REPLAY_VERIFY each week's
 * checksum must equal the recorded one. When every week was replayed, the
 * pending orders are confirmed again. 1 on success; else 0 with err
 * filled (s then holds the game as far as it went). err may be NULL. */
int session_replay(struct session *s, const struct record *r, int upto_turn, int flags,
                   struct replay_error *err);

/* The JSON path of err's place in a save ("turns[3].orders.westria[1]",
 * "turns[3]", "pending.orders.westria[0]", "seats[2].personality",
 * "facilitator.actions[4]") and its
 * message ("order refused: capability too low") into path and msg. */
void replay_error_text(const struct replay_error *err, const struct scenario *sc, char *path,
                       size_t pn, char *msg, size_t mn);

#endif
