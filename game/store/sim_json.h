/* sim_json.h - the summary of a batch of AI-vs-AI games (`mandate
 * simulate --json`) as one JSON object on one line; its keys are in the
 * README, "Commands". */
#ifndef MANDATE_SIM_JSON_H
#define MANDATE_SIM_JSON_H

#include <stddef.h>

struct sim;
struct sim_shard;

/* m as one JSON object on one line, ending in a newline. Means are
 * numbers with two decimals, the seed a 64-bit integer. NULL when out of
 * memory; the caller frees the result with free(). */
char *sim_json(const struct sim *m);

/* The same for one shard of a batch, with a last key "shard": which part
 * it is and the exact sums the means are taken from (the seed as a
 * string), so that sim_json_read gives back m. */
char *sim_json_shard(const struct sim *m, const struct sim_shard *sh);

/* The "scenario" of a summary's text[0..len) (of `file`) into id[n]: 1,
 * or 0 with one error line in err[errn], as sim_json_read's. */
int sim_json_scenario(const char *text, size_t len, const char *file, char *id, size_t n,
                      char *err, size_t errn);

/* A shard's summary text[0..len) (of `file`) into m, set up by sim_init
 * with the scenario and personalities it was played with (its seed is
 * read), and sh. 1, or 0 with one line "FILE: place: what" (or
 * "FILE:LINE:COL: ..." for a syntax error) in err[n]. */
int sim_json_read(const char *text, size_t len, const char *file, struct sim *m,
                  struct sim_shard *sh, char *err, size_t n);

#endif
