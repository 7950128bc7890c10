/* sim_json.h - the summary of a batch of AI-vs-AI games (`mandate
 * simulate --json`) as one JSON object on one line; its keys are in the
 * README, "Commands". */
#ifndef MANDATE_SIM_JSON_H
#define MANDATE_SIM_JSON_H

struct sim;

/* m as one JSON object on one line, ending in a newline. Means are
 * numbers with two decimals, the seed a 64-bit integer. NULL when out of
 * memory; the caller frees the result with free(). */
char *sim_json(const struct sim *m);

#endif
