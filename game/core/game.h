/* game.h - the state of one game and the turn: begin, submit orders,
 * resolve. Pure: no terminal, no JSON, no printing. Two games in one
 * process share nothing. */
#ifndef MANDATE_GAME_H
#define MANDATE_GAME_H

#include <stdint.h>

#include "../config.h"
#include "defs.h"
#include "rng.h"
#include "world.h"

/* One order: plain data, produced alike by humans, AI, scripts and saves. */
struct order {
    uint8_t kind;                /* enum order_kind */
    int8_t seat;                 /* who gives it */
    int8_t turn;                 /* the turn it is given for */
    int8_t sector;               /* TK_SECTOR, TK_SECTOR_SEAT; else -1 */
    int8_t target;               /* seat for TK_SEAT and TK_SECTOR_SEAT; else -1 */
    int8_t level;                /* TK_LEVEL: share level 0..2; TK_CHOICE: choice */
    int8_t inject;               /* TK_CHOICE: inject index; else -1 */
};

/* Kinds of event: the engine's whole account of what happened. A front end
 * turns them into text. Fields used per kind are listed beside it. */
#define EVENT_LIST(X)                                                        \
    X(EV_TURN_BEGIN, "turn_begin")       /* a=turn */                        \
    X(EV_INJECT, "inject")               /* a=inject index, target=audience */ \
    X(EV_INJECT_CHOICE, "inject_choice") /* actor chose a=inject b=choice */ \
    X(EV_ORDER, "order")                 /* a public order: actor, order, sector, target */ \
    X(EV_MANDATE_OP, "mandate_op")       /* actor, order, sector, a=stability gain, b=threat change */ \
    X(EV_COVERT, "covert")               /* own op: actor, order, target, a=chance b=roll c=detect chance d=detect roll, outcome 1 ok 0 fail, blamed */ \
    X(EV_DETECTED, "detected")           /* victim=target: order, blamed, outcome=attribution */ \
    X(EV_INCIDENT, "incident")           /* public: target victim, blamed, order, outcome=attribution */ \
    X(EV_DOSSIER, "dossier")             /* actor gained: target, a=category, b=quality */ \
    X(EV_INSIDER, "insider")             /* actor: target, a=stage */        \
    X(EV_INSIDER_BLOWN, "insider_blown") /* public: actor holder (if known) target, blamed */ \
    X(EV_IMPLANT_FOUND, "implant_found") /* target found implant of blamed; a=implant kind */ \
    X(EV_BACKDOOR_FOUND, "backdoor_found") /* public: blamed supplier */     \
    X(EV_ORDERS_READ, "orders_read")     /* actor read target's order: order, sector, b=target of it */ \
    X(EV_STABILITY, "stability")         /* sector a=delta b=new value; cause: spoilers or inject */ \
    X(EV_THREAT, "threat")               /* sector a=delta b=new value; cause: spoilers or inject */ \
    X(EV_LEAK, "leak")                   /* public: sector, a=threat added; target = exposed seat or HQ */ \
    X(EV_POOL, "pool")                   /* a=delta b=new; cause */          \
    X(EV_NETWORK, "network")             /* a=centralisation b=security c,d=before; cause */ \
    X(EV_EQUIPMENT, "equipment")         /* actor contributed; a=item index */ \
    X(EV_BACKDOOR, "backdoor")           /* private: actor backdoored item a */ \
    X(EV_ACCUSE, "accuse")               /* actor accuses target; a=evidence held */ \
    X(EV_PACT, "pact")                   /* actor, target; a=1 formed, 0 proposed */ \
    X(EV_INVESTIGATION, "investigation") /* actor asked; target culprit found or -1; blamed */ \
    X(EV_CANARY, "canary")               /* actor's canary caught target */   \
    X(EV_INFLUENCE, "influence")         /* actor a=delta b=new; cause */    \
    X(EV_TRUST, "trust")                 /* actor's trust in target a=delta b=new; cause */ \
    X(EV_COMMS, "comms")                 /* actor a=delta b=new; cause */    \
    X(EV_OBJECTIVES, "objectives")       /* actor got new instructions; cause */ \
    X(EV_AP, "action_points")            /* actor's next action points a=delta b=new; cause */ \
    X(EV_SWEEP, "sweep")                 /* actor swept: a=chance per find, b insiders c implants found */ \
    X(EV_SECTOR_WEEK, "sector_week")     /* public: sector a->b stability, c->d threat over the resolution */ \
    X(EV_MANDATE, "mandate")             /* end of turn: a=avg stability b=min */ \
    X(EV_GAME_END, "game_end")           /* outcome; a=collapse */

#define X_ENUM(e, ...) e,
enum event_kind { EVENT_LIST(X_ENUM) EV_COUNT };
#undef X_ENUM
const char *event_name(int e);

/* Why a number changed: an event's cause, with the seat behind it and an
 * argument. A cause may be hidden from a seat that sees the change (view.c
 * decides): a secret order's is known to the seat that gave it, a private
 * inject's to its audience. */
#define CAUSE_LIST(X)                                                          \
    X(CAUSE_NONE, "none")                                                      \
    X(CAUSE_HIDDEN, "unknown")     /* a seat's view: a cause it may not know */ \
    X(CAUSE_ORDER, "order")        /* seat's order, arg = its kind */          \
    X(CAUSE_INJECT, "inject")      /* arg = inject index; seat = its audience or -1 */ \
    X(CAUSE_INCIDENT, "incident")  /* an incident against seat (or HQ), arg = the order kind, \
                                      blamed on the event's target */          \
    X(CAUSE_IDLE, "idle")          /* seat ran no mandate operation and made no contribution */ \
    X(CAUSE_RECOVERY, "recovery")  /* trust heals towards its start */         \
    X(CAUSE_SPOILERS, "spoilers")  /* the week's drift, spoilers and calm */   \
    X(CAUSE_SHARING, "sharing")    /* the pool's decay and what was shared */

#define X_ENUM(e, ...) e,
enum cause_kind { CAUSE_LIST(X_ENUM) CAUSE_COUNT };
#undef X_ENUM
const char *cause_name(int c);

#define AUDIENCE_PUBLIC 0x100u       /* every seat sees it */
#define AUDIENCE_SEAT(s) (1u << (s))

struct event {
    uint8_t kind;                /* enum event_kind */
    uint8_t turn;
    int8_t actor;
    int8_t target;               /* seat, TARGET_HQ, or -1 */
    int8_t sector;
    int8_t order;                /* enum order_kind, or -1 */
    int8_t blamed;               /* attributed to this seat, or -1 */
    int8_t outcome;
    uint16_t audience;           /* AUDIENCE_* bits */
    int16_t a, b, c, d;
    int8_t cause;                /* enum cause_kind */
    int8_t cause_seat;           /* see CAUSE_LIST, or -1 */
    int16_t cause_arg;           /* see CAUSE_LIST, or -1 */
};

/* Intelligence holdings. */
struct dossier {
    int8_t turn;                 /* gathered on this turn; -1 = none */
    uint8_t quality;             /* 1 glimpse, 2 technical, 3 insider */
    uint8_t err;                 /* +- error of the estimates */
    uint8_t pad;
    int16_t est[CAP_COUNT];      /* estimates; meaning per category, see view.h */
};

struct insider {
    int8_t target;               /* seat */
    uint8_t stage;               /* enum stage */
    uint8_t exposure;            /* 0..100 */
    int8_t since;                /* turn approached */
};

struct implant {
    int8_t target;               /* seat or TARGET_HQ */
    uint8_t kind;                /* enum implant_kind */
    int8_t since;
    uint8_t pad;
};

struct equipment {
    int8_t supplier;             /* seat */
    int8_t since;                /* turn installed; 0 = at start */
    uint8_t backdoor;            /* secret */
    uint8_t discovered;          /* public once found */
};

/* The mutable state of one contingent. */
struct seat {
    int ap;                      /* action points this turn */
    int ap_bonus;                /* added to next turn's action points */
    int caps[CAP_COUNT];
    int comms;
    int influence;
    int trust[MAX_SEATS];        /* this seat's trust in each other */
    int share;                   /* standing share level 0..2 */
    int objectives[MAX_OBJECTIVES];
    int nobjectives;
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
    int nins;
    struct implant imp[MAX_TARGETS];
    int nimp;
    int evidence[MAX_SEATS];     /* evidence held against each seat */
    /* tallies for scoring and statistics */
    int ops_run, ops_succeeded, detected_against, blown, attributed, blamed_falsely;
    int accusations_true, accusations_false;
    int times_victim[MAX_SEATS]; /* attributed ops of each seat against it */
};

struct sector_state {
    int stability;
    int threat;
    uint8_t deployed;            /* bit per seat */
};

/* A pending inject this turn. */
struct live_inject {
    int index;
    int choice;                  /* -1 until its audience responds */
};

enum phase { PHASE_ORDERS, PHASE_ENDED };

struct game {
    const struct scenario *sc;
    const struct catalogue *cat;
    uint64_t seed;
    struct rng rng;              /* outcomes */
    struct rng rng_ai;           /* AI decisions */
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
    uint8_t inject_fired[MAX_INJECTS];
    struct live_inject live[MAX_INJECTS];
    int nlive;
    int incidents;               /* public incidents so far */
    /* the true culprit of the last op detected against each seat: hidden
     * from every seat, used by mission HQ's investigations */
    int8_t last_attacker[MAX_SEATS];
    int8_t last_attack_turn[MAX_SEATS];
    struct order orders[MAX_SEATS][MAX_ORDERS];
    int norders[MAX_SEATS];
    uint8_t confirmed[MAX_SEATS];
    /* the last resolution's events (and the turn's brief) */
    struct event events[MAX_TURN_EVENTS];
    int nevents;
    int events_dropped;
    struct event sink;           /* write-only overflow slot, never read */
};

/* Sets up a new game from scenario and catalogue (both must outlive it)
 * with a seed, at turn 1 with its brief done. Never fails: the loader has
 * already checked the data. */
void game_init(struct game *g, const struct scenario *sc,
               const struct catalogue *cat, uint64_t seed);

/* Checks one seat's whole order list for this turn. Returns 1 when legal;
 * else 0 with a reason in why (may be NULL). */
int game_check_orders(const struct game *g, int seat, const struct order *o,
                      int n, char *why, int whylen);

/* Replaces the seat's orders for this turn and confirms them. Returns 1, or
 * 0 with a reason (nothing is changed then). */
int game_submit(struct game *g, int seat, const struct order *o, int n,
                char *why, int whylen);

/* Withdraws the seat's confirmation, so that it can change its orders. */
void game_unconfirm(struct game *g, int seat);

/* 1 when every seat has confirmed. */
int game_all_confirmed(const struct game *g);

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

/* Whom a covert order works against: a contingent for orders aimed at
 * one, else mission HQ (TARGET_HQ). */
int order_victim(const struct order *o);

/* An order with every field unset. */
struct order order_make(int kind, int seat, int turn);

#endif
