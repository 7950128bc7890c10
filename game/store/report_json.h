/* report_json.h - the after-action report of a debrief as one JSON
 * document (format "mandate-report", version 1: the debrief's model
 * serialised for tools; its shape is in the README, "After-action
 * report"). */
#ifndef MANDATE_REPORT_JSON_H
#define MANDATE_REPORT_JSON_H

struct debrief;
struct aar_meta;

/* The after-action report of d as one JSON document (pretty-printed,
 * ending in a newline). meta may be NULL. Returns NULL when out of
 * memory; the caller frees the result with free(). */
char *report_json(const struct debrief *d, const struct aar_meta *meta);

#endif
