/* save_fac.h - private to game/data: the facilitator's part of a save
 * (its actions of each week and its journal), written and read. */
#ifndef MANDATE_DATA_SAVE_FAC_H
#define MANDATE_DATA_SAVE_FAC_H

#include "../core/record.h"
#include "json_util.h"

/* The "facilitator" object of r as JSON text (the caller frees it), or
 * NULL when r holds nothing of the facilitator's and came from a save
 * without the part (or out of memory: *oom set). */
char *save_fac_text(const struct record *r, const struct scenario *sc, int *oom);

/* Reads root's optional "facilitator" into r (actions, journal, version);
 * every problem is an error at its place. */
void save_fac_read(struct jctx *c, const cJSON *root, const struct scenario *sc,
                   struct record *r);

#endif
