/* jbuild.h - private to game/store: building a cJSON document with
 * builders that remember a failed allocation and go on (so a writer adds
 * every key without checking each, and learns once at the end), and
 * printing it. */
#ifndef MANDATE_STORE_JBUILD_H
#define MANDATE_STORE_JBUILD_H

#include <cJSON.h>

/* A document being built: ok drops to 0 at the first failure. */
struct jb {
    int ok;
};

/* A new object or array under parent's key (key NULL: appended to the
 * array parent); NULL (and j->ok 0) on failure or when parent is NULL. */
cJSON *jb_obj(struct jb *j, cJSON *parent, const char *key);
cJSON *jb_arr(struct jb *j, cJSON *parent, const char *key);

/* Members of o (nothing when o is NULL). v NULL gives "" for jb_str.
 * jb_raw adds text as it is: a number cJSON would not print the same
 * (a fixed number of decimals, a 64-bit integer). */
void jb_num(struct jb *j, cJSON *o, const char *key, double v);
void jb_str(struct jb *j, cJSON *o, const char *key, const char *v);
void jb_bool(struct jb *j, cJSON *o, const char *key, int v);
void jb_null(struct jb *j, cJSON *o, const char *key);
void jb_raw(struct jb *j, cJSON *o, const char *key, const char *text);

/* Items appended to the array a. */
void jb_push_int(struct jb *j, cJSON *a, int v);
void jb_push_str(struct jb *j, cJSON *a, const char *v);

enum jb_style {
    JB_PRETTY,                 /* cJSON's: one member a line, tab-indented */
    JB_LINE                    /* one line, a space after each ':' and ',' */
};

/* The document root as text in style, ending in a newline, and deletes
 * root (NULL-safe). NULL when out of memory or when a builder failed; the
 * caller frees the text with free(). */
char *jb_print(struct jb *j, cJSON *root, enum jb_style style);

#endif
