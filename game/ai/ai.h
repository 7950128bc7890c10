/* ai.h - AI contingents: orders from one seat's view, a personality and
 * a generator of the decision's own (rng_derive), each with a one-line
 * reason. No game state. */
#ifndef MANDATE_AI_H
#define MANDATE_AI_H

#include "../core/rng.h"
#include "../core/view.h"
#include "../core/personality.h"

/* What an AI remembers between turns, learnt only from its views. */
struct ai_mind {
    int grudge[MAX_SEATS];       /* 0..100 */
    int hardline;                /* 1 once a grudge passed the threshold */
    int last_turn;               /* the turn whose events were read */
    int attacked_turn;           /* last turn it detected an attack */
    int pact_turn;               /* last turn it proposed a pact */
    int offered[MAX_SEATS];      /* turn each seat last offered it a pact */
    int traced;                  /* its operations publicly blamed on it */
    int caught_turn[MAX_SEATS];  /* turn each seat was last publicly blamed */
    int watch_turn;              /* last turn it looked at a betrayer */
    /* the covert order it last gave against each seat on odds that were a
     * guess from published figures, and the turn (0: none) */
    int guess_kind[MAX_SEATS], guess_turn[MAX_SEATS];
    int guess_runs[MAX_SEATS];   /* weeks running it gave that order so */
    int think;                   /* the master level's budget per decision in
                                  * ms (0: AI_THINK_DEFAULT): a setting kept
                                  * with the seat's memory (master/ai_master.h) */
    /* the master's: public blames on it by each victim (the evidence each
     * holds against it, as far as it can tell), and the turn last read */
    int blamed_by[MAX_SEATS], blamed_turn;
};
#define AI_THINK_DEFAULT 2
#define AI_THINK_MAX 1000

struct ai_choice {
    struct order o;
    int rule;                    /* enum ai_rule */
    int utility;
    char reason[REASON_LEN];
};

void ai_mind_init(struct ai_mind *m);

/* The kinds of event ai_decide reads in a view (EVENT_KIND bits): a game
 * whose events only the AI reads need keep no others (game_keep_events). */
#define AI_EVENT_KINDS                                                        \
    (EVENT_KIND(EV_INCIDENT) | EVENT_KIND(EV_BACKDOOR_FOUND) |                \
     EVENT_KIND(EV_INSIDER_BLOWN) | EVENT_KIND(EV_IMPLANT_FOUND) |            \
     EVENT_KIND(EV_DETECTED) | EVENT_KIND(EV_CANARY) | EVENT_KIND(EV_ACCUSE) | \
     EVENT_KIND(EV_PACT) | EVENT_KIND(EV_ORDERS_READ))

/* Decides the seat's orders for v's turn: at most max choices, always a
 * legal list, deterministic for the same view, personality, level, mind
 * and generator state. Updates mind from the view's events. Writes each
 * choice's reason when reasons is 1 (else leaves it empty: faster). */
int ai_decide(const struct view *v, const struct personality *p, int level,
              struct rng *rng, struct ai_mind *mind, struct ai_choice *out,
              int max, int reasons);

#endif
