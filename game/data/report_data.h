/* report_data.h - the learning objectives of assets/objectives.json into
 * a struct lesson_book, for the debrief. (The report's own JSON is
 * report_json() in game/store/report_json.h.) */
#ifndef MANDATE_REPORT_DATA_H
#define MANDATE_REPORT_DATA_H

#include <stddef.h>

struct errlist;
struct lesson_book;

/* Reads a "mandate-objectives" file: exactly LESSON_COUNT objectives,
 * numbered 1..LESSON_COUNT once each. 1 when loaded, else 0 after listing
 * every error under name (then *out is unspecified). */
int data_parse_lessons(const char *text, size_t len, const char *name, struct lesson_book *out,
                       struct errlist *e);

/* The same from a file; path NULL means ASSETS/objectives.json. */
int data_load_lessons(const char *path, struct lesson_book *out, struct errlist *e);

#endif
