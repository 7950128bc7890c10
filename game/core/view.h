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

#include <stdint.h>

#include "../config.h"
#include "event.h"
#include "holdings.h"
#include "odds.h"
#include "order.h"
#include "pub.h"
#include "record.h"
#include "score.h"
#include "world.h"

struct game;

#define VIEW_FACILITATOR (-1)   /* the facilitator: every event, every secret */
#define VIEW_PUBLIC (-2)         /* no seat: what every seat sees */

/* A sector now; its name and map are in the public book (pub.h). */
struct view_sector {
    int stability, threat;
    uint8_t deployed;            /* bit per seat */
};

/* What every seat knows of a contingent now; its name is in the book. */
struct view_contingent {
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
    int8_t user;                 /* seat whose communications carry it, or
                                    -1: the mission network */
};

/* One of the seat's secret objectives (struct objective_def, less its
 * owner: the view's seat). */
struct view_objective {
    int kind;                    /* enum objective_kind */
    int target;                  /* seat, TARGET_HQ, or -1 */
    int sector;                  /* sector, or -1 */
    int value;                   /* threshold */
    int points;                  /* national score when completed */
    char text[SHORT_TEXT];       /* empty in a lean view (view_build_lean) */
    int done;                    /* would hold if the game ended now */
};

/* The mission's published figures on the other contingents' defences:
 * what each declared at deployment, known to a seat only as the lowest,
 * the average and the highest among its partners (no names). */
struct view_published {
    int ci_lo, ci_hi, ci10;      /* counter-intelligence; ci10: average in tenths */
    int comms_lo, comms_hi, comms;   /* communications security; comms: average */
};

/* The seat itself: the fields of struct seat (game.h) that the seat may
 * know, copied one by one under the same names. A field added to struct
 * seat reaches no view until it is copied here. Dossiers are kept on
 * every seat and on mission HQ (others: turn -1); insiders and implants
 * beyond nins and nimp are zero. */
struct view_self {
    int ap;                      /* action points this turn */
    int ap_bonus;                /* added to next turn's action points */
    int caps[CAP_COUNT];
    int comms;
    int influence;
    int trust[MAX_SEATS];        /* this seat's trust in each other */
    int share;                   /* standing share level 0..2 */
    uint8_t hardened, compartment, swept;   /* posture this turn */
    int8_t false_flag;           /* seat to blame next detected op, or -1 */
    int8_t canary_until;         /* canary active through this turn */
    int8_t pact_offer;           /* seat offered a pact to, or -1 */
    int8_t pact_offer_turn;
    uint8_t pacts;               /* pact partners, bit per seat */
    uint8_t taps;                /* reads these seats' orders next resolution */
    struct dossier dos[MAX_TARGETS][DOS_COUNT];
    struct insider ins[MAX_INSIDERS];
    int nins;
    struct implant imp[MAX_TARGETS];
    int nimp;
    int evidence[MAX_SEATS];     /* evidence held against each seat */
};

/* One choice of an inject, as its audience reads it. */
struct view_choice {
    char label[SHORT_TEXT];
    struct effect effects[MAX_EFFECTS];
    int neffects;
};

/* A view_inject whose index is VIEW_CONTINGENCY or more is a contingency
 * message the facilitator wrote on the spot (no choices, no effects):
 * index - VIEW_CONTINGENCY is its place among the record's actions. */
#define VIEW_CONTINGENCY MAX_INJECTS
#define VIEW_INJECT_INDEX_MAX (VIEW_CONTINGENCY + MAX_FAC_ACTIONS - 1)

/* A live inject addressed to the seat or to all, copied: an inject is
 * secret until it fires. A lean view (view_build_lean) leaves its texts -
 * title, text, labels - empty. */
struct view_inject {
    int index;                   /* in the scenario */
    int audience;                /* seat, or -1 for all */
    int choice;                  /* its audience's answer, -1 until given */
    char title[NAME_LEN];
    char text[LONG_TEXT];
    int nchoices;
    struct view_choice choices[MAX_CHOICES];
};

/* A view is plain data but for pub: the public book it refers to by
 * index (names of seats and sectors, the map, the catalogue), borrowed
 * from the game and never part of the view's own data. */
#define VIEW_BUILT 0x76696577u   /* struct view.built of a view filled whole */

struct view {
    /* VIEW_BUILT when the view was filled whole (built, decoded, or
     * view_init): then its injects past ninjects and events past nevents
     * are zero, and view_rebuild clears only the slots the last build
     * filled. A view's other bytes are its data. */
    uint32_t built;
    const struct pub *pub;
    int seat;                    /* VIEW_FACILITATOR for the facilitator */
    int turn, turns, phase, outcome, collapsed;
    int nseats, nsectors;        /* as in the book */
    struct view_sector sectors[MAX_SECTORS];
    struct view_contingent c[MAX_SEATS];
    int trust[MAX_SEATS][MAX_SEATS];  /* public: trust of a in b */
    int centralisation, net_security, pool;
    struct view_equipment eq[MAX_EQUIPMENT];
    int neq;
    int avg_stability, min_stability, incidents;
    struct view_published published;  /* of the contingents other than the seat */
    /* the seat itself (zero for the facilitator) */
    struct view_self me;
    struct view_objective objectives[MAX_OBJECTIVES];
    int nobjectives;
    struct order orders[MAX_ORDERS]; /* own orders this turn */
    int norders, confirmed;
    struct event events[MAX_VIEW_EVENTS]; /* last resolution and this brief */
    int nevents, events_dropped;
    /* last: the biggest part (texts of up to MAX_VIEW_INJECTS injects) */
    int ninjects;
    struct view_inject injects[MAX_VIEW_INJECTS];
};

/* A contingent's tallies, which only scores and statistics read. */
struct fview_tallies {
    int ops_run, ops_succeeded;  /* its covert operations */
    int detected_against;        /* operations against it it detected */
    int blown;                   /* its operations detected */
    int attributed;              /* of those, rightly blamed on it */
    int blamed_falsely;          /* blamed for others' operations */
    int accusations_true, accusations_false;  /* with evidence, without */
    int times_victim[MAX_SEATS]; /* operations it blamed on each seat */
};

/* What the facilitator knows of one contingent. */
struct fview_seat {
    struct view_self self;
    struct view_objective objectives[MAX_OBJECTIVES];
    int nobjectives;
    struct order orders[MAX_ORDERS];  /* this week's */
    int norders, confirmed;
    struct score score;          /* national score as if the game ended now */
    struct fview_tallies tallies;
};

/* The facilitator's view: the whole truth, as plain data. pub_part is a
 * view for VIEW_FACILITATOR (every event unfiltered, every backdoor, every
 * live inject); then every seat's own state, objectives, orders and
 * score, and what no seat knows. */
struct fview {
    struct view pub_part;
    struct fview_seat seats[MAX_SEATS];
    int8_t last_attacker[MAX_SEATS];  /* true culprit of the last op detected
                                         against each seat, or -1 */
    int8_t last_attack_turn[MAX_SEATS];
    int db_compromised;          /* weeks the mission database still leaks */
    int central_support;         /* supports towards the next centralisation level */
    int winner;                  /* highest national score now */
};

/* Event e as seat (a seat, VIEW_PUBLIC or VIEW_FACILITATOR) may know it:
 * 1 with that copy in *out when the seat is told of e, else 0. A seat's
 * copy never names who ran another seat's operation, nor says whether a
 * blame was right (ATTR_CLAIMED): that is the facilitator's truth. */
int view_event(const struct event *e, int seat, struct event *out);

/* Names from the book: a seat's (or "mission HQ" for TARGET_HQ, "unknown"
 * for a bad index) and a sector's ("?" for a bad index). */
const char *view_seat_name(const struct view *v, int seat);
const char *view_sector_name(const struct view *v, int sector);

/* Builds seat's view of g into v (seat may be VIEW_FACILITATOR, or
 * VIEW_PUBLIC: what every seat knows, for a public board): what a screen
 * shows or the wire sends. v may hold anything: it is cleared whole
 * first (its 77 KB; a caller that builds into one buffer again and again
 * uses view_init and view_rebuild). */
void view_build(const struct game *g, int seat, struct view *v);

/* Builds the facilitator's view of g into f. */
void view_build_facilitator(const struct game *g, struct fview *f);

/* view_build without the texts of injects (titles, texts and choice
 * labels left empty) and of objectives, for a consumer that decides on
 * numbers and shows nothing: the AI when it writes no reasons. Every
 * other byte is view_build's. */
void view_build_lean(const struct game *g, int seat, struct view *v);

/* A buffer views are built into again and again (view_rebuild): cleared
 * whole, once, as an empty view. */
void view_init(struct view *v);

/* Flags of view_rebuild. */
#define VIEW_LEAN 1              /* as view_build_lean: no texts of injects
                                  * nor of objectives */
#define VIEW_SAME_WEEK 2         /* v holds a view of g as g stands (another
                                  * seat's, built by view_rebuild since g last
                                  * changed but in seats' orders): its public
                                  * part is kept, not built again */

/* view_build (view_build_lean with VIEW_LEAN) into a buffer used before:
 * v was given to view_init, or filled by a build or a decode, since it
 * was allocated (or its built set to 0: then it is cleared whole). Only
 * the slots the last build filled (injects, events, objectives, orders)
 * are cleared; the bytes are the same as view_build's. */
void view_rebuild(const struct game *g, int seat, struct view *v, int flags);

/* Only the parts of seat's view that view_check_orders reads, into v
 * (its other bytes are left as they were, and built is 0): what the
 * engine builds to check a submission. */
void view_build_for_check(const struct game *g, int seat, struct view *v);

/* The odds of one of the seat's own orders as the seat can estimate them:
 * the target's counter-intelligence and comms security from its fresh
 * dossiers (within their error), else from the published figures (a
 * guess: the others' average, within their lowest and highest); mission
 * HQ's from its public network security. */
void view_estimate(const struct view *v, const struct order *o, struct odds_estimate *out);

/* view_estimate's mid odds only, for the AI: the chance of success
 * (returned), of being detected at all (detect) and whether a figure is a
 * guess from published figures (guess). */
int view_estimate_mid(const struct view *v, const struct order *o, int *detect, int *guess);

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
/* view_check_orders of a list whose first n - 1 orders it accepted (a
 * list built one order at a time, as the AI's): the same verdict and
 * reason, but only the last order and the list's cost are judged. */
int view_check_next(const struct view *v, const struct order *o, int n, char *why, int whylen);
int view_order_cost(const struct view *v, const struct order *o, int n);
/* 1 when the seat is deployed in or next to the sector. */
int view_reaches(const struct view *v, int sector);
/* 1 when the seat shares a sector with other. */
int view_colocated(const struct view *v, int other);

#endif
