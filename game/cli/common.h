/* common.h - what the subcommands share: loading the assets a game needs,
 * parsing numbers and seat specifications, and error lines. */
#ifndef MANDATE_CLI_COMMON_H
#define MANDATE_CLI_COMMON_H

#include <stdint.h>
#include <stdio.h>

#include "../ai/personality.h"
#include "../core/world.h"

struct assets {
    struct catalogue cat;
    struct personality_set ps;
    struct scenario *sc;         /* owned */
    char scenario_path[1024];
};

/* Loads the catalogue, the personalities and the scenario (a NAME under
 * assets/scenarios or a file). Prints every error on stderr; 1 on success. */
int assets_load(struct assets *a, const char *scenario);
void assets_free(struct assets *a);

/* The default scenario's name. */
#define DEFAULT_SCENARIO "lakeland"

/* Parses a whole unsigned decimal number; 1 on success. */
int parse_u64(const char *s, uint64_t *out);
int parse_int(const char *s, int lo, int hi, int *out);

/* "SEAT=PERSONALITY[:LEVEL]" against the loaded assets: seat index,
 * personality and level (-1 when not given). 1 on success, else prints
 * why on stderr. */
int parse_ai_spec(const struct assets *a, const char *spec, int *seat,
                  const struct personality **p, int *level);

/* A seed from the clock, for games started without --seed (front ends
 * only: the engine never reads the clock). */
uint64_t seed_from_clock(void);

#endif
