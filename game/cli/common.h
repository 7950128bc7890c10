/* common.h - what the subcommands share: loading the bundle a game needs,
 * parsing numbers and seat specifications, and error lines. */
#ifndef MANDATE_CLI_COMMON_H
#define MANDATE_CLI_COMMON_H

#include <stdint.h>
#include <stdio.h>

#include "../core/personality.h"
#include "../core/world.h"
#include "../data/save.h"

/* Loads the bundle: catalogue, personalities and the scenario (a NAME
 * under assets/scenarios or a file; NULL for the default). Prints every
 * error on stderr; 1 on success. Free it with bundle_free. */
int cli_bundle_load(struct bundle *b, const char *scenario);

/* save_write, printing the error on stderr; 1 on success. */
int cli_save(const char *path, const struct record *r, const struct bundle *b);

/* The default scenario's name. */
#define DEFAULT_SCENARIO "lakeland"

/* Parses a whole unsigned decimal number; 1 on success. */
int parse_u64(const char *s, uint64_t *out);
int parse_int(const char *s, int lo, int hi, int *out);

/* A seat of sc by its id or its number from 1; -1 when neither. */
int cli_seat(const struct scenario *sc, const char *spec);

/* "kestria, morvane, ..." into buf[n]; returns buf. */
const char *cli_seat_ids(const struct scenario *sc, char *buf, size_t n);

/* The line `mandate CMD` prints on stderr when it shows a game in
 * progress without --reveal: what was withheld and how to see it. */
void cli_withheld(const char *cmd, const char *file);

/* "SEAT=PERSONALITY[:LEVEL]" against the loaded assets: seat index,
 * personality and level (-1 when not given). 1 on success, else prints
 * why on stderr. */
int parse_ai_spec(const struct bundle *a, const char *spec, int *seat,
                  const struct personality **p, int *level);

/* A seed from the clock, for games started without --seed (front ends
 * only: the engine never reads the clock). */
uint64_t seed_from_clock(void);

#endif
