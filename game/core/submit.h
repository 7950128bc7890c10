/* submit.h - a seat's orders submitted to the engine: checked by the rule
 * book of check.c against the seat's own view of the game, then stored
 * and confirmed. */
#ifndef MANDATE_SUBMIT_H
#define MANDATE_SUBMIT_H

struct game;
struct order;

/* Checks one seat's whole order list for this turn. Returns 1 when legal;
 * else 0 with a reason in why (may be NULL). */
int game_check_orders(const struct game *g, int seat, const struct order *o, int n, char *why,
                      int whylen);

/* Replaces the seat's orders for this turn and confirms them. Returns 1, or
 * 0 with a reason (nothing is changed then). */
int game_submit(struct game *g, int seat, const struct order *o, int n, char *why, int whylen);

#endif
