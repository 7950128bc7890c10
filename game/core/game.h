/* game.h - the state of one game and the turn: begin, confirm orders,
 * resolve (game.c and resolve.c; a submission is checked by submit.h).
 * Pure: no terminal, no JSON, no printing. Two games in one process share
 * nothing. */
#ifndef MANDATE_GAME_H
#define MANDATE_GAME_H

#include <stdint.h>

#include "../config.h"
#include "defs.h"
#include "event.h"
#include "holdings.h"
#include "order.h"
#include "pub.h"
#include "rng.h"
#include "world.h"

struct equipment {
    int8_t supplier;             /* seat */
    int8_t since;                /* turn installed; 0 = at start */
    uint8_t backdoor;            /* secret */
    uint8_t discovered;          /* public once found */
    int8_t user;                 /* seat whose communications carry it (an
                                    inject's gift), or -1: the mission network */
};

/* The mutable state of one contingent, its fields in types that hold
 * their ranges (game.c asserts them), widest first: no padding. */
struct seat {
    int caps[CAP_COUNT];
    int comms;
    int influence;
    int16_t ap;                  /* action points this turn */
    int16_t ap_bonus;            /* added to next turn's action points */
    int16_t evidence[MAX_SEATS]; /* evidence held against each seat */
    /* tallies for scoring and statistics */
    int16_t times_victim[MAX_SEATS]; /* attributed ops of each seat against it */
    int16_t ops_run, ops_succeeded, detected_against, blown, attributed, blamed_falsely;
    int16_t accusations_true, accusations_false;
    int8_t trust[MAX_SEATS];     /* this seat's trust in each other, 0..100 */
    uint8_t objectives[MAX_OBJECTIVES]; /* indices into the scenario's */
    int8_t share;                /* standing share level 0..2 */
    int8_t nobjectives, nins, nimp;
    /* posture this turn */
    uint8_t hardened, compartment, swept;
    int8_t false_flag;           /* seat to blame next detected op, or -1 */
    int8_t canary_until;         /* canary active through this turn */
    int8_t pact_offer;           /* seat offered a pact to, or -1 */
    int8_t pact_offer_turn;
    uint8_t pacts;               /* pact partners, bit per seat */
    uint8_t taps;                /* reads these seats' orders next resolution */
    /* holdings */
    struct dossier dos[MAX_TARGETS][DOS_COUNT];
    struct insider ins[MAX_INSIDERS];
    struct implant imp[MAX_TARGETS];
};

struct sector_state {
    int8_t stability;            /* 0..100 */
    int8_t threat;               /* 0..10 */
    uint8_t deployed;            /* bit per seat */
};

/* Where an inject stands. At most MAX_VIEW_INJECTS go live in one week:
 * one triggered beyond that waits, and goes live in a later week before
 * any newly triggered one. */
enum inject_state { INJ_UNFIRED, INJ_FIRED, INJ_WAITING };

/* A pending inject this turn. */
struct live_inject {
    int8_t index;
    int8_t choice;               /* -1 until its audience responds */
};

struct game {
    const struct scenario *sc;
    const struct pub *pub;       /* the public book built from sc */
    const struct catalogue *cat; /* &pub->cat */
    uint64_t seed;
    struct rng rng;              /* outcomes */
    struct rng rng_text;         /* flavour only: never changes outcomes */
    int turn;                    /* 1-based */
    int phase;
    int outcome;                 /* enum outcome once ended */
    int collapsed;
    int nseats, nsectors;
    struct sector_state sectors[MAX_SECTORS];
    int centralisation, net_security, pool, central_support;
    int db_compromised;          /* turns the database stays exposed to leaks */
    struct equipment eq[MAX_EQUIPMENT];
    int neq;
    struct seat seats[MAX_SEATS];
    uint8_t inject_fired[MAX_INJECTS];   /* enum inject_state */
    uint8_t inject_held[MAX_INJECTS];    /* 1: held by the facilitator: its
                                          * trigger is skipped (checksummed) */
    int8_t inject_week[MAX_INJECTS];     /* the week it went live (0: not yet) */
    int8_t inject_answer[MAX_INJECTS];   /* its audience's answer once
                                          * resolved (-1: none given) */
    struct live_inject live[MAX_VIEW_INJECTS];
    int nlive;
    int incidents;               /* public incidents so far */
    /* the true culprit of the last op detected against each seat: hidden
     * from every seat, used by mission HQ's investigations */
    int8_t last_attacker[MAX_SEATS];
    int8_t last_attack_turn[MAX_SEATS];
    struct order orders[MAX_SEATS][MAX_ORDERS];
    uint8_t norders[MAX_SEATS];
    uint8_t confirmed[MAX_SEATS];
    /* the last resolution's events (and the turn's brief) */
    struct event events[MAX_TURN_EVENTS];
    int nevents;
    int events_dropped;
    /* the kinds of event kept (game_keep_events; all by default) and
     * what the others would have been, so that a view of the kept ones is
     * the same as with all kept: events_seen counts every event since the
     * resolution began, kept or not, and the log's bound falls on it; from
     * the MAX_VIEW_EVENTS-th on, every kind is kept (from
     * events[kept_all_from]) and the events not kept before count towards
     * a view's bound: lost_all in all, lost_public of them public,
     * lost_seat addressed to each seat */
    uint64_t event_kinds;        /* kept now */
    uint64_t event_kinds_asked;  /* by game_keep_events */
    int events_seen;
    int16_t kept_all_from;       /* -1: not this week */
    uint16_t lost_all, lost_public, lost_seat[MAX_SEATS];
};


/* Sets up a new game from a scenario and its public book (built by
 * pub_build from it and the catalogue the game is played by; both must
 * outlive the game) with a seed, at turn 1 with its brief done. Never
 * fails: the loader has already checked the data. */
void game_init(struct game *g, const struct scenario *sc, const struct pub *pub,
               uint64_t seed);

/* Keeps only the events of the given kinds (EVENT_KIND bits) from now
 * on; the others cost nothing. A game keeps every kind until told: what
 * a front end, a record or a report reads. A consumer that reads a few
 * kinds (the AI: AI_EVENT_KINDS) asks for those. What is kept does not
 * change the game, and a view holds the same events of the kinds kept as
 * it would with every kind kept (its events_dropped counts only those). */
void game_keep_events(struct game *g, uint64_t kinds);

/* Replaces the seat's orders for this turn and confirms them, with no
 * check: for a list already found legal against this turn's view of the
 * seat (game_submit in submit.h checks first). n <= MAX_ORDERS. */
void game_store_orders(struct game *g, int seat, const struct order *o, int n);

/* Withdraws the seat's confirmation, so that it can change its orders. */
void game_unconfirm(struct game *g, int seat);

/* 1 when every seat has confirmed. */
int game_all_confirmed(const struct game *g);

/* The facilitator fires inject k now: it goes live this week (its
 * effects at this week's resolution, as any inject's), its event joins
 * this week's. 1, or 0 with the reason (it went live already, or the
 * week holds MAX_VIEW_INJECTS). Draws no random number. */
int game_fire_inject(struct game *g, int k, char *why, int whylen);

/* The facilitator holds inject k (its trigger is skipped while held) or
 * releases it (hold 0: it goes live at the next week's start if its
 * trigger holds then). 1, or 0 with the reason. */
int game_hold_inject(struct game *g, int k, int hold, char *why, int whylen);

/* Resolves the turn (seats that did not confirm give no orders), emits its
 * events, checks the end and, unless ended, begins the next turn. */
void game_resolve(struct game *g);

/* Action points the order list costs. */
int game_orders_cost(const struct game *g, const struct order *o, int n);

/* Average stability, and the lowest. */
int game_avg_stability(const struct game *g);
int game_min_stability(const struct game *g);

/* The mandate outcome if the game ended now. */
int game_mandate_outcome(const struct game *g);

/* A 64-bit checksum of the whole mutable state (replays verify it). */
uint64_t game_checksum(const struct game *g);

/* Reputation: the average trust the others hold in seat. */
int game_reputation(const struct game *g, int seat);

/* 1 when the seats share a sector. */
int game_colocated(const struct game *g, int a, int b);

#endif
