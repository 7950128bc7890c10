/* json_util.h - private to game/data: parsing with line:column syntax
 * errors, JSON paths, and checked getters that report every bad value
 * under its path and go on. */
#ifndef MANDATE_DATA_JSON_UTIL_H
#define MANDATE_DATA_JSON_UTIL_H

#include <stddef.h>

#include <cJSON.h>

#include "data.h"

#define JU_PATH 160            /* bytes of a JSON path, NUL included */

/* Where the errors of one file go. */
struct jctx {
    const char *file;          /* name in messages */
    struct errlist *e;         /* may be NULL */
    int errors;                /* meaning errors reported so far */
    const char *prefix;        /* put before every path (a tree embedded
                                * in another, as a save's "scenario"), or
                                * NULL */
};

/* Kinds of Mandate file, by their "format" key. */
enum ju_kind { JU_NONE, JU_SCENARIO, JU_ORDERS, JU_PERSONALITY };

/* Kinds of string, by length limit and allowed characters. */
enum ju_text {
    JT_ID,                     /* [a-z0-9_]{1,31} */
    JT_NAME,                   /* one line, 1..NAME_COLS columns */
    JT_LINE,                   /* one line, ..LINE_COLS columns */
    JT_LONG                    /* line breaks allowed, ..LONG_COLS columns */
};
#define JU_OPTIONAL 1u         /* an absent key leaves "" */
#define JU_NONEMPTY 2u         /* JT_LINE, JT_LONG: "" is an error */
#define JU_EMPTY 4u            /* JT_NAME: "" is allowed */

void ju_init(struct jctx *c, const char *file, struct errlist *e);
/* A meaning error "FILE: path: message" (path may be ""). */
void ju_err(struct jctx *c, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* "parent.key" and "parent[i]" into out[JU_PATH]; return out. */
const char *ju_key(char *out, const char *parent, const char *key);
const char *ju_idx(char *out, const char *parent, int i);

/* The JSON tree of text[0..len), or NULL after one syntax error line
 * "FILE:LINE:COL: ...". The caller frees it with cJSON_Delete(). */
cJSON *ju_parse(struct jctx *c, const char *text, size_t len);
/* The kind a root's "format" key names. */
enum ju_kind ju_kind_of(const cJSON *root);
/* 1 when root is a file of that kind, else 0 after one error line. */
int ju_expect_kind(struct jctx *c, const cJSON *root, enum ju_kind kind);
/* Checks root's "version" (required, 1). */
void ju_version(struct jctx *c, const cJSON *root);
/* Checks root's optional "$schema" (the JSON Schema an editor checks the
 * file against; the game ignores it): a string. */
void ju_schema(struct jctx *c, const cJSON *root);

/* Reports every key of obj not in allowed (NULL-terminated) and every key
 * given twice. */
void ju_keys(struct jctx *c, const cJSON *obj, const char *path,
             const char *const *allowed);
/* For maps keyed by names[0..n): the index of member m's key, or -1 after
 * reporting an unknown or duplicate key. seen[n] records keys met. */
int ju_member(struct jctx *c, const cJSON *m, const char *path,
              const char *const *names, int n, unsigned char *seen);
/* Reports each names[i] with !seen[i] as missing from path. */
void ju_missing(struct jctx *c, const char *path, const char *const *names,
                int n, const unsigned char *seen);

/* obj's member key, or NULL (reported missing when required). */
const cJSON *ju_get(struct jctx *c, const cJSON *obj, const char *path,
                    const char *key, int required);
/* 1 when item is an object, else 0 after an error at path. */
int ju_is_object(struct jctx *c, const cJSON *item, const char *path);
/* "a string", "a number", "true", ... for error messages. */
const char *ju_type_name(const cJSON *item);
/* obj's member key when it is an object, else NULL (reported when present
 * or required). */
const cJSON *ju_object(struct jctx *c, const cJSON *obj, const char *path,
                       const char *key, int required);
/* obj's member key when it is an array of min..max items, else NULL
 * (reported). *n gets the items to read: min(size, max), 0 on NULL. A
 * too long array is reported and its first max items are still given. */
const cJSON *ju_array(struct jctx *c, const cJSON *obj, const char *path,
                      const char *key, int required, int min, int max,
                      int *n);

/* Integers lo..hi: 1 and *out set, or 0 after an error (*out untouched). */
int ju_int(struct jctx *c, const cJSON *obj, const char *path,
           const char *key, int lo, int hi, int *out);
/* As ju_int, but an absent key gives def and 1. */
int ju_int_opt(struct jctx *c, const cJSON *obj, const char *path,
               const char *key, int lo, int hi, int def, int *out);
/* The item itself at path. */
int ju_int_value(struct jctx *c, const cJSON *item, const char *path, int lo,
                 int hi, int *out);
/* true/false into *out as 1/0. */
int ju_bool(struct jctx *c, const cJSON *obj, const char *path,
            const char *key, int *out);

/* Strings of a kind into buf[n] (n at least the kind's limit): 1, or 0
 * after an error (buf then ""). Never truncates. */
int ju_text(struct jctx *c, const cJSON *obj, const char *path,
            const char *key, enum ju_text kind, unsigned flags, char *buf,
            size_t n);
int ju_text_value(struct jctx *c, const cJSON *item, const char *path,
                  enum ju_text kind, unsigned flags, char *buf, size_t n);
/* A string naming an enum value through lookup (-1 when unknown): the
 * value, or -1 after an error saying it is no `what`. */
int ju_enum_value(struct jctx *c, const cJSON *item, const char *path,
                  int (*lookup)(const char *), const char *what);

#endif
