/* session_int.h - private to game/session: the AI's decision for a seat
 * and its reasons, shared by the session, the replay and the host. */
#ifndef MANDATE_SESSION_INT_H
#define MANDATE_SESSION_INT_H

#include "session.h"

/* The AI of seat decides this week's orders into out (at most max) from
 * the seat's view v (NULL: built here; else the seat's view of the game
 * as it stands), its personality, level and memory; with reasons when
 * reasons is 1. 0 orders when the seat has no personality. Nothing is
 * submitted. */
int session_ai_decide(struct session *s, int seat, const struct view *v, int reasons,
                      struct ai_choice *out, int max);

/* The AI of seat decides (from v, as session_ai_decide) and confirms its
 * orders; its reasons go to the history. Returns how many. */
int session_ai_play(struct session *s, int seat, const struct view *v);

/* Keeps the reasons of seat's n choices in the history (if kept). */
void session_keep_reasons(struct session *s, int seat, const struct ai_choice *out, int n);

/* Keeps the game's events from index from on in the history (if kept). */
void session_keep_events(struct session *s, int from);

#endif
