/* wire_int.h - private to the wire codec (wire.c, wire_view.c): plain
 * structs described by tables of fields, each field with its JSON key,
 * its C type and the range its value must be in, so that one table
 * drives both the encoder and the hostile-input decoder. The trees here
 * are for game/data only (a later frame codec may embed them). */
#ifndef MANDATE_DATA_WIRE_INT_H
#define MANDATE_DATA_WIRE_INT_H

#include <stddef.h>
#include <stdint.h>

#include "json_util.h"
#include "wire.h"

/* C type of a field. */
enum wtype { WT_INT, WT_I16, WT_U16, WT_I8, WT_U8 };

/* What a field's value must be. */
enum wdom {
    WD_RANGE,                    /* an integer lo..hi */
    WD_BOOL,                     /* false or true (0 or 1) */
    WD_ENUM,                     /* a name (name/from); null for -1 when lo is -1 */
    WD_SEAT,                     /* a seat of the book */
    WD_SEAT_NONE,                /* a seat, or -1 */
    WD_TARGET_NONE,              /* a seat, mission HQ (TARGET_HQ), or -1 */
    WD_SECTOR_NONE,              /* a sector of the book, or -1 */
    WD_SEATS,                    /* a set of the book's seats, a bit each */
    WD_SECTORS,                  /* a set of the book's sectors, a bit each */
    WD_AUDIENCE,                 /* seats' bits and AUDIENCE_PUBLIC */
    WD_VIEWER,                   /* a seat, VIEW_FACILITATOR or VIEW_PUBLIC */
    WD_BLAMED,                   /* a seat, -1 (nobody) or -2 (not detected) */
};

#define WC_SEATS (-1)            /* count of an array field: the book's seats */

struct wfield {
    const char *key;
    size_t off;
    unsigned char type;          /* enum wtype */
    unsigned char dom;           /* enum wdom */
    int lo, hi;                  /* WD_RANGE; WD_ENUM: lo -1 allows null */
    int count;                   /* 0: one value; else an array of count (or WC_SEATS) */
    const char *(*name)(int);    /* WD_ENUM */
    int (*from)(const char *);
};

#define WTYPE(x) _Generic((x), int: WT_INT, int16_t: WT_I16, uint16_t: WT_U16, \
                          int8_t: WT_I8, uint8_t: WT_U8)
#define WF_NUM(s, m, lo, hi) { #m, offsetof(s, m), WTYPE(((s *)0)->m), WD_RANGE, lo, hi, 0, 0, 0 }
#define WF_DOM(s, m, dom) { #m, offsetof(s, m), WTYPE(((s *)0)->m), dom, 0, 0, 0, 0, 0 }
#define WF_ENUM(s, m, lo, name, from) \
    { #m, offsetof(s, m), WTYPE(((s *)0)->m), WD_ENUM, lo, 0, 0, name, from }
#define WF_NUMS(s, m, n, lo, hi) \
    { #m, offsetof(s, m), WTYPE(((s *)0)->m[0]), WD_RANGE, lo, hi, n, 0, 0 }
#define WF_DOMS(s, m, n, dom) \
    { #m, offsetof(s, m), WTYPE(((s *)0)->m[0]), dom, 0, 0, n, 0, 0 }
#define WF_COUNT(t) ((int)(sizeof(t) / sizeof((t)[0])))

/* A decode in progress: errors under a path, bounds from the book. */
struct wdec {
    struct jctx c;
    struct errlist *e;
    int nseats, nsectors;
};

/* An encode in progress: nseats for WC_SEATS arrays; oom set when an
 * allocation failed (the tree is then thrown away). */
struct wenc {
    int nseats;
    int oom;
};

/* Encoding: adds the fields of the table to obj (base is the struct). */
void wenc_fields(struct wenc *w, cJSON *obj, const void *base, const struct wfield *t, int n);
/* A new object / array added to parent under key (key NULL: appended to
 * an array), or NULL (oom set). */
cJSON *wenc_object(struct wenc *w, cJSON *parent, const char *key);
cJSON *wenc_array(struct wenc *w, cJSON *parent, const char *key);
void wenc_string(struct wenc *w, cJSON *obj, const char *key, const char *s);
void wenc_int(struct wenc *w, cJSON *obj, const char *key, int v);
void wenc_bool(struct wenc *w, cJSON *obj, const char *key, int v);
/* The tree's text (one line; the caller frees it), freeing the tree; NULL
 * when out of memory. */
char *wenc_finish(struct wenc *w, cJSON *root);

/* Decoding: 1 when the text parsed into *root (a JSON object), else 0
 * with the error; what names the document in errors. */
int wdec_begin(struct wdec *d, struct errlist *e, const char *what, const struct pub *pub,
               const char *text, size_t len, cJSON **root);
/* 1 with no error so far. */
int wdec_ok(const struct wdec *d);
/* Refuses keys of obj that are not in the table nor in extra (a
 * NULL-terminated list, may be NULL). */
void wdec_keys(struct wdec *d, const cJSON *obj, const char *path, const struct wfield *t, int n,
               const char *const *extra);
/* Reads every field of the table from obj into base. */
void wdec_fields(struct wdec *d, const cJSON *obj, const char *path, void *base,
                 const struct wfield *t, int n);
/* obj's member key as an object (sub gets its path), or NULL after an
 * error. */
const cJSON *wdec_object(struct wdec *d, const cJSON *obj, const char *path, const char *key,
                         char sub[JU_PATH]);
/* obj's member key as an array of min..max items (*n), or NULL after an
 * error; ap gets its path. */
const cJSON *wdec_array(struct wdec *d, const cJSON *obj, const char *path, const char *key,
                        int min, int max, int *n, char ap[JU_PATH]);
int wdec_bool(struct wdec *d, const cJSON *obj, const char *path, const char *key);
/* A text of kind at obj.key into buf[n] (n at least the kind's limit). */
void wdec_text(struct wdec *d, const cJSON *obj, const char *path, const char *key,
               enum ju_text kind, unsigned flags, char *buf, size_t n);
/* item as an array of exactly n integers lo..hi into out. */
void wdec_ints(struct wdec *d, const cJSON *item, const char *path, int *out, int n, int lo,
               int hi);
void wenc_ints(struct wenc *w, cJSON *parent, const char *key, const int *v, int n);
/* An array of n texts (size bytes apart from base) under key. */
void wenc_texts(struct wenc *w, cJSON *obj, const char *key, const char *base, size_t size,
                int n);
/* obj.key, an array of at most max texts of kind, into base (size bytes
 * each); their count (0 after an error). */
int wdec_texts(struct wdec *d, const cJSON *obj, const char *key, enum ju_text kind, char *base,
               size_t size, int max);
/* The first error into err (1 when there was none), freeing root. */
int wdec_finish(struct wdec *d, cJSON *root, char err[WIRE_ERR]);

/* Orders and events, shared by the lists and the views. */
extern const struct wfield wire_order_fields[];
extern const int wire_norder_fields;
/* An array of n events under key; key's array of at most max events
 * into out, their count. */
void wenc_events(struct wenc *w, cJSON *obj, const char *key, const struct event *e, int n);
int wdec_events(struct wdec *d, const cJSON *obj, const char *path, const char *key,
                struct event *out, int max);
/* An array of n records of the table under key (size: one record). */
void wenc_records(struct wenc *w, cJSON *obj, const char *key, const void *base, size_t size,
                  int n, const struct wfield *t, int nt);
/* Reads key's array of at most max records into base; their count. */
int wdec_records(struct wdec *d, const cJSON *obj, const char *path, const char *key,
                 void *base, size_t size, int max, const struct wfield *t, int nt);

/* Reads key's array of exactly n records into base. */
void wdec_records_exact(struct wdec *d, const cJSON *obj, const char *path, const char *key,
                        void *base, size_t size, int n, const struct wfield *t, int nt);

/* Reads one object at path into out. */
typedef void (*wdec_item)(struct wdec *d, const cJSON *item, const char *path, void *out,
                          const void *arg);
/* Reads obj.key, an array of min..max objects, with fn on each (out: base
 * + k * size); their count, 0 after an error. */
int wdec_each(struct wdec *d, const cJSON *obj, const char *path, const char *key, int min,
              int max, void *base, size_t size, wdec_item fn, const void *arg);

#endif
