/* view.h - what one seat may know, built by copying in only that
 * (assets/RULES.md section 7). Front ends and AI receive views, never the game.
 *
 * Dossier estimates (struct dossier.est) by category, on a contingent:
 *   capabilities:   est[c] for each enum capability
 *   equipment:      est[0] items it supplied, est[1] of them backdoored, est[2] cyber
 *   procedures:     est[0] counter-intelligence, est[1] share level, est[2] AP
 *   communications: est[0] comms security, est[1] SIGINT
 *   personnel:      est[0] HUMINT, est[1] insider networks it runs
 * and on mission HQ: communications est[0] network security; equipment
 * est[0] items, est[1] backdoored; procedures est[0] centralisation, est[1] pool. */
#ifndef MANDATE_VIEW_H
#define MANDATE_VIEW_H

#include "game.h"
#include "odds.h"

#define VIEW_FACILITATOR (-1)
#define VIEW_PUBLIC (-2)         /* no seat: what every seat sees */

/* Names point into the scenario's public strings. */
struct view_sector {
    const char *id;
    const char *name;
    int population, stability, threat;
    uint16_t neighbours;
    uint8_t features, deployed;
};

/* What every seat knows of a contingent. */
struct view_contingent {
    const char *id;
    const char *name;
    const char *colour;
    const char *profile;
    int share;                   /* public share level */
    int reputation;
    uint8_t pacts;
    int supplied;                /* equipment items supplied */
};

struct view_equipment {
    int8_t supplier;
    int8_t since;
    uint8_t backdoor;            /* known: own item, or discovered */
    uint8_t discovered;
};

struct view_objective {
    struct objective_def def;
    int done;                    /* would hold if the game ended now */
};

/* The mission's published figures on the other contingents' defences:
 * what each declared at deployment, known to a seat only as the lowest,
 * the average and the highest among its partners (no names). */
struct view_published {
    int ci_lo, ci_hi, ci10;      /* counter-intelligence; ci10: average in tenths */
    int comms_lo, comms_hi, comms;   /* communications security; comms: average */
};

struct view_inject {
    int index;
    const struct inject *def;    /* an inject addressed to this seat or all */
    int choice;
};

struct view {
    int seat;                    /* VIEW_FACILITATOR for the facilitator */
    int turn, turns, phase, outcome, collapsed;
    int nseats, nsectors;
    const char *scenario;        /* the scenario's name */
    const char *host;            /* the host country */
    const struct catalogue *cat; /* public: the order catalogue */
    struct view_sector sectors[MAX_SECTORS];
    struct view_contingent c[MAX_SEATS];
    int trust[MAX_SEATS][MAX_SEATS];  /* public: trust of a in b */
    int centralisation, net_security, pool;
    struct view_equipment eq[MAX_EQUIPMENT];
    int neq;
    int avg_stability, min_stability, incidents;
    int success_avg, success_min, partial_avg, collapse_floor;  /* public thresholds */
    struct view_published pub;   /* of the contingents other than the seat */
    /* the seat itself (zero for the facilitator) */
    struct seat me;
    struct view_objective objectives[MAX_OBJECTIVES];
    int nobjectives;
    struct order orders[MAX_ORDERS]; /* own orders this turn */
    int norders, confirmed;
    struct view_inject injects[MAX_INJECTS];
    int ninjects;
    struct event events[MAX_VIEW_EVENTS]; /* last resolution and this brief */
    int nevents, events_dropped;
    const struct game *all;      /* the whole state: facilitator only */
};

/* Event e as seat (a seat, VIEW_PUBLIC or VIEW_FACILITATOR) may know it:
 * 1 with that copy in *out when the seat is told of e, else 0. A seat's
 * copy never names who ran another seat's operation, nor says whether a
 * blame was right (ATTR_CLAIMED): that is the facilitator's truth. */
int view_event(const struct event *e, int seat, struct event *out);

/* Builds seat's view of g into v (seat may be VIEW_FACILITATOR). */
void view_build(const struct game *g, int seat, struct view *v);

/* The part of a view that view_check_orders reads (no events, no
 * objectives): what the engine builds to check a submission. */
void view_build_for_check(const struct game *g, int seat, struct view *v);

/* The odds of one of the seat's own orders as the seat can estimate them:
 * the target's counter-intelligence and comms security from its fresh
 * dossiers (within their error), else from the published figures (a
 * guess: the others' average, within their lowest and highest); mission
 * HQ's from its public network security. */
void view_estimate(const struct view *v, const struct order *o, struct odds_estimate *out);

/* The estimate's centre: the odds to plan on (view_estimate's mid). */
void view_odds(const struct view *v, const struct order *o, struct odds *out);

/* 1 when the seat holds a fresh dossier on target (seat or TARGET_HQ). */
int view_fresh(const struct view *v, int target, int cat);

/* Number of fresh dossier categories held on target. */
int view_fresh_count(const struct view *v, int target);

/* Checks the seat's whole order list for this turn: 1 when legal, else 0
 * with a reason ("order 2: capability too low") in why (may be NULL). */
int view_check_orders(const struct view *v, const struct order *o, int n,
                      char *why, int whylen);
int view_order_cost(const struct view *v, const struct order *o, int n);
/* 1 when the seat is deployed in or next to the sector. */
int view_reaches(const struct view *v, int sector);
/* 1 when the seat shares a sector with other. */
int view_colocated(const struct view *v, int other);

#endif
