/* event.h - the engine's account of what happened: kinds of event, their
 * causes and audiences, plain data that views filter and front ends word. */
#ifndef MANDATE_EVENT_H
#define MANDATE_EVENT_H

#include <stdint.h>

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
    X(EV_BACKDOOR_FOUND, "backdoor_found") /* public: actor found item a of blamed supplier by order (audit, sweep); target its user or -1 */ \
    X(EV_ORDERS_READ, "orders_read")     /* actor read target's order: order, sector, b=target of it */ \
    X(EV_STABILITY, "stability")         /* sector a=delta b=new value; cause: spoilers or inject */ \
    X(EV_THREAT, "threat")               /* sector a=delta b=new value; cause: spoilers or inject */ \
    X(EV_LEAK, "leak")                   /* public: sector, a=threat added; target = exposed seat or HQ */ \
    X(EV_POOL, "pool")                   /* a=delta b=new; cause */          \
    X(EV_NETWORK, "network")             /* a=centralisation b=security c,d=before; cause */ \
    X(EV_EQUIPMENT, "equipment")         /* actor supplied item a to target's communications, or -1 the network */ \
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
    X(EV_SWEEP, "sweep")                 /* actor swept: a=chance per find, b insiders c implants d backdoors found */ \
    X(EV_SECTOR_WEEK, "sector_week")     /* public: sector a->b stability, c->d threat over the resolution */ \
    X(EV_MANDATE, "mandate")             /* end of turn: a=avg stability b=min */ \
    X(EV_GAME_END, "game_end")           /* outcome; a=collapse */

#define X_ENUM(e, ...) e,
enum event_kind { EVENT_LIST(X_ENUM) EV_COUNT };
#undef X_ENUM
/* The bit of kind k in a set of event kinds (game_keep_events). */
#define EVENT_KIND(k) (UINT64_C(1) << (k))
#define EVENT_KINDS_ALL (EVENT_KIND(EV_COUNT) - 1)
const char *event_name(int e);
int event_from_name(const char *s);   /* -1 when unknown */

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
int cause_from_name(const char *s);   /* -1 when unknown */

#define AUDIENCE_PUBLIC 0x100u       /* every seat sees it */
#define AUDIENCE_SEAT(s) (1u << (s))

/* An event in 16 bytes: its small fields in bits (ranges asserted in
 * game.c), a and b whole. c and d hold at most a per-mille chance or
 * roll (EVENT_CD_MAX). A field is read and written as any other (no
 * address of one is ever taken); the wire codec reads it through a flat
 * copy (game/data/wire.c). Every bit is a field's, so two events equal
 * field by field compare equal byte by byte. */
#define EVENT_C_MIN (-8192)
#define EVENT_C_MAX 8191
#define EVENT_D_MIN (-16384)
#define EVENT_D_MAX 16383
struct event {
    unsigned int kind : 6;       /* enum event_kind */
    unsigned int turn : 5;
    signed int actor : 5;        /* a seat, or -1 */
    signed int target : 5;       /* seat, TARGET_HQ, or -1 */
    signed int sector : 5;       /* or -1 */
    signed int order : 6;        /* enum order_kind, or -1 */
    signed int blamed : 5;       /* attributed to this seat, -1 nobody, -2 not detected */
    unsigned int audience : 9;   /* AUDIENCE_* bits */
    unsigned int cause : 4;      /* enum cause_kind */
    signed int cause_seat : 5;   /* see CAUSE_LIST, or -1 */
    signed int cause_arg : 9;    /* see CAUSE_LIST, or -1 */
    unsigned int outcome : 3;    /* enum attribution, or enum outcome */
    signed int c : 14;           /* EVENT_C_MIN..EVENT_C_MAX */
    signed int d : 15;           /* EVENT_D_MIN..EVENT_D_MAX */
    int16_t a, b;
};

#endif
