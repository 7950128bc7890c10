/* data.h - the data layer: reads and checks the JSON files (scenarios, the
 * order catalogue, AI personalities) into the plain structs of world.h and
 * personality.h. The only module that knows JSON; nothing it returns holds
 * a JSON pointer.
 *
 * Errors are bad input, never fatal: every function collects one line per
 * problem in a struct errlist, "FILE:LINE:COL: message" for syntax and
 * "FILE: json.path: message" for meaning, and returns failure. A file's
 * meaning errors are all listed, not just the first. */
#ifndef MANDATE_DATA_H
#define MANDATE_DATA_H

#include <stddef.h>
#include <stdio.h>

struct scenario;
struct catalogue;
struct personality;
struct personality_set;

#define ERRLIST_MAX 50         /* lines kept; later ones are only counted */
#define ERRLIST_LINE 300       /* bytes of one line, NUL included */
#define DATA_FILE_MAX (4u << 20) /* largest file read: 4 MiB */

/* Error lines, in the order they were found. Plain data: no allocation. */
struct errlist {
    char line[ERRLIST_MAX][ERRLIST_LINE];
    int n;                     /* lines held */
    int more;                  /* lines dropped once full */
};

void errlist_init(struct errlist *e);
/* Adds one line (printf-style; longer lines are cut; control characters
 * and bytes that are not UTF-8 become '?'). e may be NULL: the line is
 * dropped. */
void errlist_add(struct errlist *e, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Lines added so far, held or dropped. */
int errlist_count(const struct errlist *e);
/* Writes each line, then "(N more errors)" when lines were dropped. */
void errlist_print(const struct errlist *e, FILE *f);

/* The whole file, NUL-terminated (the NUL not counted in *len, len may be
 * NULL), or NULL after an error naming the file. Only a regular file is
 * read (a pipe, a device or a folder is refused without blocking); files
 * over DATA_FILE_MAX are refused. The caller frees the result with free(). */
char *data_read_file(const char *path, size_t *len, struct errlist *e);

/* A scenario from text[0..len) (no NUL needed), or NULL after listing its
 * errors under `name`. The caller frees the result with free(). */
struct scenario *data_parse_scenario(const char *text, size_t len,
                                     const char *name, struct errlist *e);
struct scenario *data_load_scenario(const char *path, struct errlist *e);

/* The order catalogue into *out. Return 1 when loaded, 0 after listing the
 * errors (then *out is unspecified). */
int data_parse_catalogue(const char *text, size_t len, const char *name,
                         struct catalogue *out, struct errlist *e);
int data_load_catalogue(const char *path, struct catalogue *out,
                        struct errlist *e);

/* One AI personality into *out; 1 when loaded, 0 after listing errors. */
int data_parse_personality(const char *text, size_t len, const char *name,
                           struct personality *out, struct errlist *e);
int data_load_personality(const char *path, struct personality *out,
                          struct errlist *e);
/* Every *.json file of dir, in file-name order; each file's id must be
 * its name without ".json". 1 when all loaded, 0 after listing every
 * file's errors (then *out holds the files that loaded). */
int data_load_personalities(const char *dir, struct personality_set *out,
                            struct errlist *e);

/* Checks any Mandate file, of the kind its "format" key names; a scenario
 * also needs ASSETS/ai/ID.json for each contingent's personality. 1 valid,
 * 0 not (errors listed). A JSON file that is no Mandate file gives one
 * line. */
int data_validate_file(const char *path, struct errlist *e);

/* The assets folder: $MANDATE_ASSETS when set and not empty, else the
 * folder compiled in. Never NULL. */
const char *data_assets_dir(void);

/* Path of a scenario into out[0..n): a NAME (no '/', no ".json" ending)
 * means ASSETS/scenarios/NAME.json; anything else is a file path, copied.
 * 1 on success, 0 when it does not fit in n bytes. */
int data_scenario_path(const char *name_or_file, char *out, size_t n);

#endif
