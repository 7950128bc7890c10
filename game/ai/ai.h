/* ai.h - AI contingents: orders from one seat's view, a personality and
 * a generator of the decision's own (rng_derive), each with a one-line
 * reason. No game state. */
#ifndef MANDATE_AI_H
#define MANDATE_AI_H

#include "../core/rng.h"
#include "../core/view.h"
#include "../core/personality.h"

/* The rules of the instruction list, first match first; a reason names one. */
#define AI_RULE_LIST(X)                                             \
    X(AIR_INJECT, "answer the capital's question")                  \
    X(AIR_RETALIATE, "retaliate against a grudge")                  \
    X(AIR_DEFEND, "defend after an attack")                         \
    X(AIR_COLLECT, "collection ladder")                             \
    X(AIR_NETWORK, "exploit the mission network")                   \
    X(AIR_INFLUENCE, "court the host")                              \
    X(AIR_MANDATE, "carry the mandate")                             \
    X(AIR_CONTRIBUTE, "contribute to the mission")                  \
    X(AIR_GUARD, "routine security")                                \
    X(AIR_DIPLOMACY, "diplomacy")                                   \
    X(AIR_RANDOM, "uniform choice (baseline)")

#define X_ENUM(e, name) e,
enum ai_rule { AI_RULE_LIST(X_ENUM) AIR_COUNT };
#undef X_ENUM
const char *ai_rule_name(int rule);

/* What an AI remembers between turns, learnt only from its views. */
struct ai_mind {
    int grudge[MAX_SEATS];       /* 0..100 */
    int hardline;                /* 1 once a grudge passed the threshold */
    int last_turn;               /* the turn whose events were read */
    int attacked_turn;           /* last turn it detected an attack */
    int pact_turn;               /* last turn it proposed a pact */
    int offered[MAX_SEATS];      /* turn each seat last offered it a pact */
};

struct ai_choice {
    struct order o;
    int rule;                    /* enum ai_rule */
    int utility;
    char reason[REASON_LEN];
};

void ai_mind_init(struct ai_mind *m);

/* Decides the seat's orders for v's turn: at most max choices, always a
 * legal list, deterministic for the same view, personality, level, mind
 * and generator state. Updates mind from the view's events. Writes each
 * choice's reason when reasons is 1 (else leaves it empty: faster). */
int ai_decide(const struct view *v, const struct personality *p, int level,
              struct rng *rng, struct ai_mind *mind, struct ai_choice *out,
              int max, int reasons);

#endif
