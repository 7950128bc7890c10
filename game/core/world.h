/* world.h - the immutable data a game runs on: the scenario (sectors,
 * contingents, mission, injects, objectives) and the catalogue (orders and
 * the balance numbers of the rules). The loader in game/data fills these;
 * the engine only reads them. */
#ifndef MANDATE_WORLD_H
#define MANDATE_WORLD_H

#include <stdint.h>

#include "../config.h"
#include "coach.h"
#include "defs.h"

/* Balance numbers of the rules: name, lowest and highest legal value.
 * Probabilities are per-mille. Every one is read from the catalogue's
 * "rules" object; none has a default in the engine. */
#define RULE_LIST(X)                                                     \
    X(covert_base, 0, 1000)          /* base chance of a covert op */   \
    X(covert_per_skill, 0, 500)      /* per point of skill - defence */ \
    X(covert_min, 0, 1000)                                              \
    X(covert_max, 0, 1000)                                              \
    X(defence_comms_div, 1, 100)     /* comms security per defence pt */\
    X(posture_defence, 0, 5)         /* defence from harden/compartment */ \
    X(dossier_bonus, 0, 500)         /* per relevant fresh dossier */   \
    X(estimate_posture, 0, 50)       /* tenths of defence an estimate allows for unseen posture */ \
    X(estimate_alert, 0, 1000)       /* detection an estimate allows for an unseen sweep */ \
    X(detect_base, 0, 1000)                                             \
    X(detect_per_ci, 0, 500)                                            \
    X(detect_failed, 0, 1000)        /* extra when the op failed */     \
    X(detect_min, 0, 1000)                                              \
    X(detect_max, 0, 1000)                                              \
    X(attrib_base, 0, 1000)          /* chance to name the right one */ \
    X(attrib_per_ci, 0, 500)                                            \
    X(attrib_evidence, 0, 500)       /* per piece of evidence held */   \
    X(attrib_wrong, 0, 1000)         /* if not right: wrong, not unknown */ \
    X(evidence_cap, 0, 10)           /* pieces of evidence that count */ \
    X(canary_evidence, 0, 10)        /* evidence from a canary or an investigation */ \
    X(false_flag_insight, 0, 100)    /* % of the right-attribution chance that sees through a false flag */ \
    X(trust_victim, 0, 100)          /* victim's trust loss */          \
    X(trust_others_min, 0, 100)      /* bystanders' trust loss, range */\
    X(trust_others_max, 0, 100)                                         \
    X(trust_recovery, 0, 20)         /* per turn, back towards the start */ \
    X(trust_idle, 0, 20)             /* lost with everyone by a turn without mandate work */ \
    X(pool_decay_pct, 0, 100)                                           \
    X(share_tactical, 0, 100)        /* pool gain per turn */           \
    X(share_broad, 0, 100)                                              \
    X(pool_div, 1, 1000)             /* pool/pool_div is the op bonus */\
    X(centralisation_eff, 0, 200)    /* % pool efficiency per level */  \
    X(centralise_support, 1, 10)     /* supports per level */           \
    X(threat_div, 1, 10)             /* op loses threat/threat_div */   \
    X(saturation, 0, 100)            /* % of a gain lost at stability 100 */ \
    X(spoiler_loss, 0, 20)           /* stability lost per threat/2 */  \
    X(threat_rise_below, 0, 100)     /* stability that invites spoilers */ \
    X(threat_rise_chance, 0, 1000)                                      \
    X(threat_fall_above, 0, 100)     /* stability that calms a sector */\
    X(leak_chance, 0, 1000)          /* per centralisation level */     \
    X(leak_threat, 0, 10)                                               \
    X(insider_exposure, 0, 100)      /* exposure gained per turn */     \
    X(insider_blow_threat, 0, 10)                                       \
    X(insider_reassure, 0, 100)      /* exposure a recruited network sheds when tasked */ \
    X(insider_fail_exposure, 0, 100) /* exposure a failed step adds */  \
    X(breach_turns, 0, 10)           /* turns a breached database leaks */ \
    X(sweep_base, 0, 1000)                                              \
    X(sweep_per_ci, 0, 500)                                             \
    X(sweep_detect, 0, 1000)         /* detection added by a sweep that turn */ \
    X(sweep_per_exposure, 0, 20)     /* per-mille per point of an insider's exposure */ \
    X(audit_base, 0, 1000)                                              \
    X(audit_per_security, 0, 100)    /* per 10 points of net security */\
    X(compartment_penalty, 0, 100)   /* % lost on own mandate ops */    \
    X(accuse_evidence_trust, 0, 100)                                    \
    X(accuse_baseless_trust, 0, 100)                                    \
    X(pact_trust, 0, 100)                                               \
    X(investigation_base, 0, 1000)                                      \
    X(investigation_per_security, 0, 20) /* per-mille per point of network security */ \
    X(investigation_window, 0, 16)   /* turns back an investigation reaches */ \
    X(intercept_read_below, 0, 101)  /* comms security that lets orders be read */ \
    X(retain_pool_loss, 0, 100)                                         \
    X(dossier_max_age, 1, 16)                                           \
    X(dossier_err_base, 0, 100)      /* estimate error at quality 1 */   \
    X(weight_capabilities, 0, 20)                                       \
    X(weight_equipment, 0, 20)                                          \
    X(weight_procedures, 0, 20)                                         \
    X(weight_communications, 0, 20)                                     \
    X(weight_personnel, 0, 20)                                          \
    X(score_intel_pct, 0, 200)       /* % of dossier value that scores */ \
    X(score_influence_pct, 0, 200)                                      \
    X(score_reputation_pct, 0, 200)                                     \
    X(score_attributed_penalty, 0, 100)                                 \
    X(score_false_blame_penalty, 0, 100)                                \
    X(factor_success, 0, 1000)                                          \
    X(factor_partial, 0, 1000)                                          \
    X(factor_failure, 0, 1000)

struct rules {
#define X_RULE(name, lo, hi) int name;
    RULE_LIST(X_RULE)
#undef X_RULE
};

/* One order of the catalogue: what it costs, needs and does. */
struct order_def {
    char name[NAME_LEN];         /* display name */
    char summary[SHORT_TEXT];    /* one line: what it does */
    int cost;                    /* action points */
    int capability;              /* enum capability used, or -1 */
    int min_capability;          /* needed level of that capability */
    int feature;                 /* sector feature needed, or -1 */
    int base;                    /* main magnitude: stability, influence, yield... */
    int threat;                  /* threat change in the sector (mandate ops) */
    int success_mod;             /* per-mille added to covert success */
    int detect_mod;              /* per-mille added to detection */
    unsigned lessons;            /* learning objectives 1..8, bit n-1 */
    char precedent[LONG_TEXT];   /* real-world precedent (covert) */
    char source[SHORT_TEXT];     /* the precedent's publication and date, or "" */
    char question[LONG_TEXT];    /* discussion question for the debrief */
};

struct catalogue {
    struct order_def orders[ORD_COUNT];
    struct rules rules;
};

struct sector_def {
    char id[ID_LEN];
    char name[NAME_LEN];
    int population;              /* thousands */
    int stability;               /* 0..100 */
    int threat;                  /* 0..10 */
    uint16_t neighbours;         /* bit per sector */
    uint8_t features;            /* bit per enum feature */
    uint8_t deployed;            /* bit per seat */
};

struct objective_def {
    int owner;                   /* seat */
    int kind;                    /* enum objective_kind */
    int target;                  /* seat, TARGET_HQ, or -1 */
    int sector;                  /* sector, or -1 */
    int value;                   /* threshold */
    int points;                  /* national score when completed */
    char text[SHORT_TEXT];
};

struct contingent_def {
    char id[ID_LEN];
    char name[NAME_LEN];
    char colour[ID_LEN];         /* curses colour name */
    char profile[SHORT_TEXT];    /* national profile, one line */
    char personality[ID_LEN];    /* AI personality id */
    int ap;                      /* action points per turn */
    int caps[CAP_COUNT];
    int comms;                   /* communications security 0..100 */
    int influence;               /* 0..100 */
    int trust[MAX_SEATS];        /* towards each other seat 0..100 */
    int objectives[MAX_OBJECTIVES];  /* indices into scenario objectives */
    int nobjectives;
};

struct effect {
    int kind;                    /* enum effect_kind */
    int seat;                    /* seat, or -1 for all; EFF_EQUIPMENT: the
                                    seat whose communications take the item,
                                    or -1 for the mission network */
    int target;                  /* second seat (trust), or -1 for all;
                                    EFF_EQUIPMENT: the item's supplier */
    int sector;                  /* sector, or -1 for all */
    int amount;
    int objectives[MAX_OBJECTIVES];  /* EFF_OBJECTIVES: new set */
    int nobjectives;
    int backdoor;                /* EFF_EQUIPMENT: the item carries its
                                    supplier's backdoor (never in a view) */
};

struct choice {
    char label[SHORT_TEXT];
    struct effect effects[MAX_EFFECTS];
    int neffects;
};

struct inject {
    char id[ID_LEN];
    char title[NAME_LEN];
    char text[LONG_TEXT];
    char notes[LONG_TEXT];       /* facilitator notes */
    char question[LONG_TEXT];    /* discussion question */
    int trigger;                 /* enum trigger_kind */
    int turn;                    /* TRIG_TURN: that turn; else the earliest */
    int sector;                  /* condition's sector, or -1 */
    int value;                   /* condition's threshold */
    int audience;                /* seat, or -1 for all */
    struct effect effects[MAX_EFFECTS];
    int neffects;
    struct choice choices[MAX_CHOICES];
    int nchoices;
};

#define MAX_SCENARIO_OBJECTIVES (MAX_SEATS * MAX_OBJECTIVES * 2)

struct scenario {
    char id[ID_LEN];
    char name[NAME_LEN];
    char host[NAME_LEN];         /* the fictional host country */
    char summary[LONG_TEXT];
    int turns;
    int nsectors;
    int nseats;
    struct sector_def sectors[MAX_SECTORS];
    struct contingent_def seats[MAX_SEATS];
    /* the mission */
    int centralisation;          /* 0..3 */
    int net_security;            /* 0..100 */
    int pool;                    /* 0..100 */
    int drift;                   /* stability every sector loses a turn */
    int success_avg;             /* mandate thresholds */
    int success_min;
    int partial_avg;
    int collapse_floor;
    struct inject injects[MAX_INJECTS];
    int ninjects;
    struct objective_def objectives[MAX_SCENARIO_OBJECTIVES];
    int nobjectives;
    struct coach coach;          /* nweeks 0: not a coached scenario */
};

/* The weight of a dossier category (DOS_*) in the rules; 0 for none. */
int rules_category_weight(const struct rules *r, int cat);

/* Action points an order list costs (orders of unknown kind cost 0). */
struct order;
int catalogue_orders_cost(const struct catalogue *cat, const struct order *o, int n);

/* Index of a seat or sector by id, or -1. */
int scenario_seat_index(const struct scenario *sc, const char *id);
int scenario_sector_index(const struct scenario *sc, const char *id);

#endif
