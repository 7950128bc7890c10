/* internal.h - helpers shared by the engine's own files; not for front ends. */
#ifndef MANDATE_INTERNAL_H
#define MANDATE_INTERNAL_H

#include <stddef.h>
#include <string.h>

#include "game.h"

static inline int clampi(int v, int lo, int hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

/* A string into a field of n bytes, cut and NUL-padded: the field's
 * bytes depend on the text alone. */
static inline void str_field(char *dst, const char *src, size_t n)
{
    size_t len = strnlen(src, n - 1);
    memcpy(dst, src, len);
    memset(dst + len, 0, n - len);
}

/* Appends an event to the turn's log (drops and counts it when full). */
struct event *ev_add(struct game *g, int kind, unsigned audience);

/* Why a number changed (see CAUSE_LIST), and setting it on an event. */
struct cause {
    int kind, seat, arg;
};

static inline struct cause cause_of(int kind, int seat, int arg)
{
    struct cause c = { kind, seat, arg };
    return c;
}

void ev_cause(struct event *e, struct cause c);

/* Begins g->turn: action points, posture, injects, the brief. */
void turn_begin(struct game *g);

/* Applies one effect of inject k, emitting an event for every number it
 * changes. */
void effect_apply(struct game *g, const struct effect *e, int k);

/* Stores a dossier of quality q on target/category, with noisy estimates
 * drawn from the outcome stream. Keeps the better of old and new. */
void dossier_gain(struct game *g, int holder, int target, int cat, int quality);

/* 1 when the holder's dossier is fresh this turn. */
int dossier_fresh(const struct game *g, int holder, int target, int cat);

#endif
