/* report_data.h - the debrief's JSON: the learning objectives of
 * assets/objectives.json into a struct lesson_book, and a debrief as the
 * after-action report's JSON (its shape is in the README, "After-action
 * report"). */
#ifndef MANDATE_REPORT_DATA_H
#define MANDATE_REPORT_DATA_H

#include <stddef.h>

struct errlist;
struct lesson_book;
struct debrief;
struct aar_meta;

/* Reads a "mandate-objectives" file: exactly LESSON_COUNT objectives,
 * numbered 1..LESSON_COUNT once each. 1 when loaded, else 0 after listing
 * every error under name (then *out is unspecified). */
int data_parse_lessons(const char *text, size_t len, const char *name, struct lesson_book *out,
                       struct errlist *e);

/* The same from a file; path NULL means ASSETS/objectives.json. */
int data_load_lessons(const char *path, struct lesson_book *out, struct errlist *e);

/* The after-action report of d as one JSON document (pretty-printed,
 * ending in a newline). meta may be NULL. Returns NULL when out of
 * memory; the caller frees the result with free(). */
char *report_json(const struct debrief *d, const struct aar_meta *meta);

#endif
