/* odds.h - the chances of a covert operation and the modifiers behind
 * them, computed alike from the true state (resolution) and from a seat's
 * estimates (the odds a player sees before confirming). */
#ifndef MANDATE_ODDS_H
#define MANDATE_ODDS_H

#include "world.h"

#define MODIFIER_LIST(X)                               \
    X(MOD_BASE, "base chance")                         \
    X(MOD_SKILL, "our skill")                          \
    X(MOD_DEFENCE, "their defence")                    \
    X(MOD_ORDER, "this operation")                     \
    X(MOD_DOSSIER, "our dossier on them")              \
    X(MOD_CLAMP, "limits")

#define X_ENUM(e, ...) e,
enum modifier { MODIFIER_LIST(X_ENUM) MOD_COUNT };
#undef X_ENUM
const char *modifier_name(int m);

/* What the odds depend on. */
struct odds_input {
    int kind;                    /* enum order_kind */
    int skill;                   /* attacker capability 0..5 */
    int target_ci;               /* target counter-intelligence 0..5 */
    int target_comms;            /* target communications security 0..100 */
    int posture;                 /* target's defensive posture points */
    int dossier;                 /* 1 when a fresh relevant dossier is held */
    int alert;                   /* per-mille detection added by the target's posture */
    int ci_tenths;               /* estimates only: tenths of a level above target_ci */
    int unseen10;                /* estimates only: defence (tenths) allowed for unseen posture */
};

struct odds {
    int success;                 /* per-mille */
    int detect_ok;               /* detection if it succeeds */
    int detect_fail;             /* detection if it fails */
    int defence10;               /* target defence in tenths */
    int mods[MOD_COUNT];         /* per-mille contribution of each */
};

void odds_compute(const struct catalogue *cat, const struct odds_input *in,
                  struct odds *out);

/* odds_compute's chance of success (returned) and of being detected at
 * all (odds_detection, into detect), without the modifiers behind them. */
int odds_chance(const struct catalogue *cat, const struct odds_input *in, int *detect);

/* The chance (per-mille, 0..1000) that a counter-intelligence sweep by a
 * contingent of counter-intelligence ci finds one insider network of that
 * exposure, or one implant (exposure 0), run against it. */
int odds_sweep(const struct catalogue *cat, int ci, int exposure);

/* The chance of being detected at all: by success, then by failure. */
int odds_detection(const struct odds *od);

/* Where an estimate of one of the target's figures comes from. */
#define ODDS_SOURCE_LIST(X)                                              \
    X(SRC_KNOWN, "public")          /* mission HQ's figures are public */ \
    X(SRC_DOSSIER, "our dossier")   /* a fresh dossier, within its error */ \
    X(SRC_PUBLISHED, "a guess")     /* the mission's published figures */

#define X_ENUM(e, ...) e,
enum odds_source { ODDS_SOURCE_LIST(X_ENUM) SRC_COUNT };
#undef X_ENUM

/* The odds of an operation as its seat can estimate them: the chance to
 * plan on (mid, with the modifiers behind it) and the range the true
 * chance lies in for every value of the target's figures the seat cannot
 * rule out. Posture this turn (hardening, compartmentalising, a sweep) is
 * not in the range: nobody knows it before resolution. */
struct odds_estimate {
    struct odds mid;
    int lo, hi;                  /* success range, per-mille */
    int floor;                   /* the lowest: worst figures, and the target hardened and
                                    compartmentalised this week */
    int detect_lo, detect_hi;    /* range of odds_detection */
    int guess;                   /* 1 when a figure comes from published figures */
    int ci_src, comms_src;       /* enum odds_source */
    int ci10, ci_lo, ci_hi;      /* counter-intelligence used (tenths) and its range */
    int comms, comms_lo, comms_hi;
};

/* Words for a chance of success, one mapping used everywhere: "rarely
 * fails" only at the top, "rarely works" only at the bottom. */
const char *odds_words(int permille);

/* Words for a chance of detection ("rarely noticed" ... "likely to be noticed"). */
const char *odds_detect_words(int permille);

/* The dossier category that helps an operation of that kind, or -1. */
int odds_relevant_dossier(int kind);

/* The attacker skill an operation draws on (false flag: cyber or HUMINT). */
int odds_skill(const int caps[], int kind, const struct catalogue *cat);

struct game;
struct order;
/* The true odds of an order of g's current turn, as resolution will see
 * them (facilitator and tests only: it reads hidden state). */
void game_odds(const struct game *g, const struct order *o, struct odds *out);

#endif
