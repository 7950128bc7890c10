/* internal.h - helpers shared by the engine's own files; not for front ends. */
#ifndef MANDATE_INTERNAL_H
#define MANDATE_INTERNAL_H

#include "game.h"

static inline int clampi(int v, int lo, int hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

/* Appends an event to the turn's log (drops and counts it when full). */
struct event *ev_add(struct game *g, int kind, unsigned audience);

/* Begins g->turn: action points, posture, injects, the brief. */
void turn_begin(struct game *g);

/* Applies one inject effect. */
void effect_apply(struct game *g, const struct effect *e);

/* Stores a dossier of quality q on target/category, with noisy estimates
 * drawn from the outcome stream. Keeps the better of old and new. */
void dossier_gain(struct game *g, int holder, int target, int cat, int quality);

/* 1 when the holder's dossier is fresh this turn. */
int dossier_fresh(const struct game *g, int holder, int target, int cat);

#endif
