/* loaders.h - private to game/data: each loader's entry point on a parsed
 * JSON tree, and the scenario parts shared by scenario_load.c and
 * inject_load.c. Every function reports through the jctx and goes on. */
#ifndef MANDATE_DATA_LOADERS_H
#define MANDATE_DATA_LOADERS_H

#include "json_util.h"

struct scenario;
struct catalogue;
struct personality;

/* A scenario from a "mandate-scenario" tree, or NULL when c got errors.
 * The caller frees the result with free(). */
struct scenario *load_scenario_json(struct jctx *c, const cJSON *root);
/* 1 when *out was filled without error, else 0. */
int load_catalogue_json(struct jctx *c, const cJSON *root,
                        struct catalogue *out);
int load_personality_json(struct jctx *c, const cJSON *root,
                          struct personality *out);

/* The seat or sector an id string at path names, or -1 after an error. */
int load_seat_ref(struct jctx *c, const struct scenario *sc,
                  const cJSON *item, const char *path);
int load_sector_ref(struct jctx *c, const struct scenario *sc,
                    const cJSON *item, const char *path);

/* Reads obj's "objectives", an array of min..MAX_OBJECTIVES objectives of
 * seat owner (-1 if unknown), appends them to sc->objectives and puts
 * their indices in idx[] and their count in *n. */
void load_objectives(struct jctx *c, struct scenario *sc, const cJSON *obj,
                     const char *path, int owner, int min, int *idx, int *n);

/* Reads root's optional "injects" into sc (seats, sectors and turns are
 * read already). */
void load_injects(struct jctx *c, struct scenario *sc, const cJSON *root);

/* Reads root's optional "coach" (at most turns weeks) into *co; no
 * "coach": nweeks 0. */
struct coach;
void load_coach(struct jctx *c, struct coach *co, int turns, const cJSON *root);

#endif
