/* coach.h - the coach of a coached scenario: one idea a week, the orders
 * each week opens and what it asks the player to try. Plain data read
 * from the scenario (game/data), copied into the public book; the gate it
 * sets on orders is a rule of the scenario, so every seat kind (human, AI,
 * script, network) meets it through view_check_orders, and a replay
 * meets it again. A scenario without a coach opens every order. */
#ifndef MANDATE_COACH_H
#define MANDATE_COACH_H

#include <stdint.h>

#include "../config.h"

/* One week of the coach (weeks[t - 1] is week t). */
struct coach_week {
    char idea[NAME_LEN];         /* the idea it teaches: "The mandate" */
    char text[LONG_TEXT];        /* what the coach says about it */
    char try_text[SHORT_TEXT];   /* what to try this week, in words */
    uint32_t opens;              /* order kinds it opens, bit per kind */
    uint32_t tries;              /* order kinds that count as trying it */
};

struct coach {
    int nweeks;                  /* 0: no coach, every order open */
    struct coach_week weeks[MAX_TURNS];
};

/* The week (1..) in which order kind opens: 1 without a coach, 1 for
 * answers to injects (always open), 0 when the coach never opens it. */
int coach_opens_in(const struct coach *c, int kind);

/* 1 when order kind may be given in week turn. */
int coach_is_open(const struct coach *c, int kind, int turn);

/* The week of the coach that covers turn (turns past the last week keep
 * its gate), or NULL when there is no coach. */
const struct coach_week *coach_week_of(const struct coach *c, int turn);

/* Order kinds whose giving no event of the giver's view shows (the
 * coach cannot check them; a scenario may not ask to try them). */
uint32_t coach_untraceable(void);

/* The order kind of seat's own that event e (in seat's view) shows was
 * given, or -1: its public order, its mandate operation or covert
 * operation, its sweep, or a change its order caused. */
struct event;
int coach_event_order(const struct event *e, int seat);

#endif
