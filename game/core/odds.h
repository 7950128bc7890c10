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
