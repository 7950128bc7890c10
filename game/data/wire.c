/* wire.c - the wire codec's machinery (tables of fields to JSON and back,
 * under hostile input), and the public book, order and event lists. The
 * views are in wire_view.c. */
#include <stdlib.h>
#include <string.h>

#include "../config.h"
#include "../core/event.h"
#include "../core/order.h"
#include "../core/pub.h"
#include "loaders.h"
#include "wire_int.h"

/* ---- values --------------------------------------------------------- */

static int type_size(int type)
{
    return type == WT_INT ? 4 : type == WT_I16 || type == WT_U16 ? 2 : 1;
}

static int load(const void *p, int type)
{
    switch (type) {
    case WT_I16: { int16_t v; memcpy(&v, p, sizeof v); return v; }
    case WT_U16: { uint16_t v; memcpy(&v, p, sizeof v); return v; }
    case WT_I8: { int8_t v; memcpy(&v, p, sizeof v); return v; }
    case WT_U8: { uint8_t v; memcpy(&v, p, sizeof v); return v; }
    default: { int v; memcpy(&v, p, sizeof v); return v; }
    }
}

/* v is within the field's range (the decoder checked it). */
static void store(void *p, int type, int v)
{
    switch (type) {
    case WT_I16: { int16_t x = (int16_t)v; memcpy(p, &x, sizeof x); break; }
    case WT_U16: { uint16_t x = (uint16_t)v; memcpy(p, &x, sizeof x); break; }
    case WT_I8: { int8_t x = (int8_t)v; memcpy(p, &x, sizeof x); break; }
    case WT_U8: { uint8_t x = (uint8_t)v; memcpy(p, &x, sizeof x); break; }
    default: memcpy(p, &v, sizeof v); break;
    }
}

/* ---- encoding -------------------------------------------------------- */

static cJSON *value_json(const struct wfield *f, int v)
{
    switch (f->dom) {
    case WD_BOOL:
        return cJSON_CreateBool(v != 0);
    case WD_ENUM:
        return v == -1 && f->lo == -1 ? cJSON_CreateNull() : cJSON_CreateString(f->name(v));
    default:
        return cJSON_CreateNumber(v);
    }
}

/* Adds item to parent (under key, or appended when key is NULL). */
static cJSON *add(struct wenc *w, cJSON *parent, const char *key, cJSON *item)
{
    if (!item || !parent) {
        cJSON_Delete(item);
        w->oom = 1;
        return NULL;
    }
    if (key ? !cJSON_AddItemToObject(parent, key, item) : !cJSON_AddItemToArray(parent, item)) {
        cJSON_Delete(item);
        w->oom = 1;
        return NULL;
    }
    return item;
}

void wenc_fields(struct wenc *w, cJSON *obj, const void *base, const struct wfield *t, int n)
{
    for (int i = 0; i < n; i++) {
        const struct wfield *f = &t[i];
        const char *p = (const char *)base + f->off;
        if (!f->count) {
            add(w, obj, f->key, value_json(f, load(p, f->type)));
            continue;
        }
        int cnt = f->count == WC_SEATS ? w->nseats : f->count;
        cJSON *arr = wenc_array(w, obj, f->key);
        for (int k = 0; k < cnt; k++)
            add(w, arr, NULL, value_json(f, load(p + k * type_size(f->type), f->type)));
    }
}

cJSON *wenc_object(struct wenc *w, cJSON *parent, const char *key)
{
    return add(w, parent, key, cJSON_CreateObject());
}

cJSON *wenc_array(struct wenc *w, cJSON *parent, const char *key)
{
    return add(w, parent, key, cJSON_CreateArray());
}

void wenc_string(struct wenc *w, cJSON *obj, const char *key, const char *s)
{
    add(w, obj, key, cJSON_CreateString(s));
}

void wenc_int(struct wenc *w, cJSON *obj, const char *key, int v)
{
    add(w, obj, key, cJSON_CreateNumber(v));
}

void wenc_bool(struct wenc *w, cJSON *obj, const char *key, int v)
{
    add(w, obj, key, cJSON_CreateBool(v != 0));
}

char *wenc_finish(struct wenc *w, cJSON *root)
{
    char *text = root && !w->oom ? cJSON_PrintUnformatted(root) : NULL;
    cJSON_Delete(root);
    return text;
}

void wenc_records(struct wenc *w, cJSON *obj, const char *key, const void *base, size_t size,
                  int n, const struct wfield *t, int nt)
{
    cJSON *arr = wenc_array(w, obj, key);
    for (int k = 0; k < n; k++)
        wenc_fields(w, wenc_object(w, arr, NULL), (const char *)base + size * (size_t)k, t, nt);
}

/* ---- decoding -------------------------------------------------------- */

int wdec_begin(struct wdec *d, struct errlist *e, const char *what, const struct pub *pub,
               const char *text, size_t len, cJSON **root)
{
    errlist_init(e);
    d->e = e;
    ju_init(&d->c, what, e);
    d->nseats = pub ? pub->nseats : MAX_SEATS;
    d->nsectors = pub ? pub->nsectors : MAX_SECTORS;
    *root = ju_parse(&d->c, text, len);
    if (*root && !cJSON_IsObject(*root))
        ju_err(&d->c, "", "expected a JSON object, got %s", ju_type_name(*root));
    return *root != NULL && wdec_ok(d);
}

int wdec_ok(const struct wdec *d)
{
    return d->c.errors == 0;
}

int wdec_finish(struct wdec *d, cJSON *root, char err[WIRE_ERR])
{
    cJSON_Delete(root);
    err[0] = 0;
    if (wdec_ok(d) && errlist_count(d->e) == 0)
        return 1;
    snprintf(err, WIRE_ERR, "%s", d->e->n ? d->e->line[0] : "invalid input");
    return 0;
}

void wdec_keys(struct wdec *d, const cJSON *obj, const char *path, const struct wfield *t, int n,
               const char *const *extra)
{
    const char *allowed[64];
    int k = 0;
    for (int i = 0; i < n && k < 63; i++)
        allowed[k++] = t[i].key;
    for (int i = 0; extra && extra[i] && k < 63; i++)
        allowed[k++] = extra[i];
    allowed[k] = NULL;
    ju_keys(&d->c, obj, path, allowed);
}

/* A bit set with no bit outside mask. */
static int read_bits(struct wdec *d, const cJSON *item, const char *path, int mask, int *out)
{
    if (!ju_int_value(&d->c, item, path, 0, mask, out))
        return 0;
    if (*out & ~mask) {
        ju_err(&d->c, path, "bits outside 0x%x in 0x%x", (unsigned)mask, (unsigned)*out);
        return 0;
    }
    return 1;
}

/* One value of field f at path into *out, checked against its range. */
static int read_value(struct wdec *d, const cJSON *item, const char *path, const struct wfield *f,
                      int *out)
{
    struct jctx *c = &d->c;
    int seats = (1 << d->nseats) - 1;
    switch (f->dom) {
    case WD_BOOL:
        if (!cJSON_IsBool(item)) {
            ju_err(c, path, "expected true or false, got %s", ju_type_name(item));
            return 0;
        }
        *out = cJSON_IsTrue(item) ? 1 : 0;
        return 1;
    case WD_ENUM:
        if (f->lo == -1 && cJSON_IsNull(item)) {
            *out = -1;
            return 1;
        }
        *out = ju_enum_value(c, item, path, f->from, f->key);
        return *out >= 0;
    case WD_SEAT:
        return ju_int_value(c, item, path, 0, d->nseats - 1, out);
    case WD_SEAT_NONE:
        return ju_int_value(c, item, path, -1, d->nseats - 1, out);
    case WD_TARGET_NONE:
        if (cJSON_IsNumber(item) && item->valuedouble == TARGET_HQ) {
            *out = TARGET_HQ;
            return 1;
        }
        if (!cJSON_IsNumber(item) || item->valuedouble < -1 ||
            item->valuedouble > d->nseats - 1 || item->valuedouble != (int)item->valuedouble) {
            ju_err(c, path, "expected a contingent -1-%d or %d (mission HQ)", d->nseats - 1,
                   TARGET_HQ);
            return 0;
        }
        *out = (int)item->valuedouble;
        return 1;
    case WD_SECTOR_NONE:
        return ju_int_value(c, item, path, -1, d->nsectors - 1, out);
    case WD_SEATS:
        return read_bits(d, item, path, seats, out);
    case WD_SECTORS:
        return read_bits(d, item, path, (1 << d->nsectors) - 1, out);
    case WD_AUDIENCE:
        return read_bits(d, item, path, seats | (int)AUDIENCE_PUBLIC, out);
    case WD_VIEWER:
    case WD_BLAMED:
        return ju_int_value(c, item, path, -2, d->nseats - 1, out);
    default:
        return ju_int_value(c, item, path, f->lo, f->hi, out);
    }
}

void wdec_fields(struct wdec *d, const cJSON *obj, const char *path, void *base,
                 const struct wfield *t, int n)
{
    char p[JU_PATH], q[JU_PATH];
    for (int i = 0; i < n; i++) {
        const struct wfield *f = &t[i];
        char *dst = (char *)base + f->off;
        const cJSON *item = ju_get(&d->c, obj, path, f->key, 1);
        if (!item)
            continue;
        ju_key(p, path, f->key);
        int v;
        if (!f->count) {
            if (read_value(d, item, p, f, &v))
                store(dst, f->type, v);
            continue;
        }
        int cnt = f->count == WC_SEATS ? d->nseats : f->count;
        if (!cJSON_IsArray(item) || cJSON_GetArraySize(item) != cnt) {
            ju_err(&d->c, p, "expected an array of %d numbers", cnt);
            continue;
        }
        int k = 0;
        const cJSON *m;
        cJSON_ArrayForEach(m, item) {
            if (read_value(d, m, ju_idx(q, p, k), f, &v))
                store(dst + k * type_size(f->type), f->type, v);
            k++;
        }
    }
}

const cJSON *wdec_object(struct wdec *d, const cJSON *obj, const char *path, const char *key,
                         char sub[JU_PATH])
{
    ju_key(sub, path, key);
    return ju_object(&d->c, obj, path, key, 1);
}

const cJSON *wdec_array(struct wdec *d, const cJSON *obj, const char *path, const char *key,
                        int min, int max, int *n, char ap[JU_PATH])
{
    ju_key(ap, path, key);
    const cJSON *arr = ju_array(&d->c, obj, path, key, 1, min, max, n);
    return arr && wdec_ok(d) ? arr : NULL;
}

int wdec_bool(struct wdec *d, const cJSON *obj, const char *path, const char *key)
{
    int v = 0;
    ju_bool(&d->c, obj, path, key, &v);
    return v;
}

void wdec_text(struct wdec *d, const cJSON *obj, const char *path, const char *key,
               enum ju_text kind, unsigned flags, char *buf, size_t n)
{
    ju_text(&d->c, obj, path, key, kind, flags, buf, n);
}

void wdec_ints(struct wdec *d, const cJSON *item, const char *path, int *out, int n, int lo,
               int hi)
{
    char p[JU_PATH];
    if (!cJSON_IsArray(item) || cJSON_GetArraySize(item) != n) {
        ju_err(&d->c, path, "expected an array of %d numbers", n);
        return;
    }
    int k = 0;
    const cJSON *m;
    cJSON_ArrayForEach(m, item) {
        ju_int_value(&d->c, m, ju_idx(p, path, k), lo, hi, &out[k]);
        k++;
    }
}

void wenc_ints(struct wenc *w, cJSON *parent, const char *key, const int *v, int n)
{
    cJSON *arr = wenc_array(w, parent, key);
    for (int k = 0; k < n; k++)
        add(w, arr, NULL, cJSON_CreateNumber(v[k]));
}

int wdec_each(struct wdec *d, const cJSON *obj, const char *path, const char *key, int min,
              int max, void *base, size_t size, wdec_item fn, const void *arg)
{
    char ap[JU_PATH], p[JU_PATH];
    int n;
    const cJSON *arr = wdec_array(d, obj, path, key, min, max, &n, ap);
    int k = 0;
    const cJSON *m;
    cJSON_ArrayForEach(m, arr) {
        ju_idx(p, ap, k);
        if (ju_is_object(&d->c, m, p))
            fn(d, m, p, (char *)base + size * (size_t)k, arg);
        if (++k >= n || !wdec_ok(d))
            break;
    }
    return wdec_ok(d) ? k : 0;
}

/* A record of a table (arg: its struct wtable). */
struct wtable {
    const struct wfield *t;
    int n;
};

static void record(struct wdec *d, const cJSON *m, const char *p, void *out, const void *arg)
{
    const struct wtable *w = arg;
    wdec_keys(d, m, p, w->t, w->n, NULL);
    wdec_fields(d, m, p, out, w->t, w->n);
}

int wdec_records(struct wdec *d, const cJSON *obj, const char *path, const char *key,
                 void *base, size_t size, int max, const struct wfield *t, int nt)
{
    struct wtable w = { t, nt };
    return wdec_each(d, obj, path, key, 0, max, base, size, record, &w);
}

void wdec_records_exact(struct wdec *d, const cJSON *obj, const char *path, const char *key,
                        void *base, size_t size, int n, const struct wfield *t, int nt)
{
    struct wtable w = { t, nt };
    wdec_each(d, obj, path, key, n, n, base, size, record, &w);
}

/* ---- orders and events ----------------------------------------------- */

static const char *order_kind_name(int k)
{
    return order_name(k);
}

const struct wfield wire_order_fields[] = {
    WF_ENUM(struct order, kind, 0, order_kind_name, order_from_name),
    WF_DOM(struct order, seat, WD_SEAT),
    WF_NUM(struct order, turn, 0, MAX_TURNS),
    WF_DOM(struct order, sector, WD_SECTOR_NONE),
    WF_DOM(struct order, target, WD_SEAT_NONE),
    WF_NUM(struct order, level, -1, MAX_CHOICES - 1),   /* -1: none (the dialog) */
    WF_NUM(struct order, inject, -1, MAX_INJECTS - 1),
};
const int wire_norder_fields = WF_COUNT(wire_order_fields);

/* An event as the wire reads and writes it: struct event keeps its small
 * fields in bits, which have no offset; this copy has every field whole,
 * in a type that holds its range, so that one table drives both ways
 * (its ranges are within struct event's bits). */
struct wevent {
    uint8_t kind, turn;
    int8_t actor, target, sector, order, blamed, outcome;
    uint16_t audience;
    int16_t a, b, c, d;
    int8_t cause, cause_seat, cause_arg;
};

static const struct wfield event_fields[] = {
    WF_ENUM(struct wevent, kind, 0, event_name, event_from_name),
    WF_NUM(struct wevent, turn, 0, MAX_TURNS),
    WF_DOM(struct wevent, actor, WD_SEAT_NONE),
    WF_DOM(struct wevent, target, WD_TARGET_NONE),
    WF_DOM(struct wevent, sector, WD_SECTOR_NONE),
    WF_ENUM(struct wevent, order, -1, order_kind_name, order_from_name),
    WF_DOM(struct wevent, blamed, WD_BLAMED),
    WF_NUM(struct wevent, outcome, 0, ATTR_COUNT - 1),
    WF_DOM(struct wevent, audience, WD_AUDIENCE),
    WF_NUM(struct wevent, a, INT16_MIN, INT16_MAX),
    WF_NUM(struct wevent, b, INT16_MIN, INT16_MAX),
    WF_NUM(struct wevent, c, EVENT_C_MIN, EVENT_C_MAX),
    WF_NUM(struct wevent, d, EVENT_D_MIN, EVENT_D_MAX),
    WF_ENUM(struct wevent, cause, 0, cause_name, cause_from_name),
    WF_DOM(struct wevent, cause_seat, WD_TARGET_NONE),
    WF_NUM(struct wevent, cause_arg, -1, MAX_INJECTS - 1),
};

static void wevent_of(const struct event *e, struct wevent *w)
{
    *w = (struct wevent){ (uint8_t)e->kind, (uint8_t)e->turn, (int8_t)e->actor,
                          (int8_t)e->target, (int8_t)e->sector, (int8_t)e->order,
                          (int8_t)e->blamed, (int8_t)e->outcome, (uint16_t)e->audience,
                          e->a, e->b, e->c, e->d, (int8_t)e->cause, (int8_t)e->cause_seat,
                          (int8_t)e->cause_arg };
}

/* w's fields are within event_fields' ranges (the decoder checked
 * them), which struct event's bits hold (game.c asserts it). */
static void event_of(const struct wevent *w, struct event *e)
{
    *e = (struct event){ .kind = w->kind, .turn = w->turn, .actor = w->actor,
                         .target = w->target, .sector = w->sector, .order = w->order,
                         .blamed = w->blamed, .outcome = (unsigned)w->outcome,
                         .audience = w->audience, .a = w->a, .b = w->b, .c = w->c, .d = w->d,
                         .cause = (unsigned)w->cause, .cause_seat = w->cause_seat,
                         .cause_arg = w->cause_arg };
}

void wenc_events(struct wenc *w, cJSON *obj, const char *key, const struct event *e, int n)
{
    cJSON *arr = wenc_array(w, obj, key);
    for (int k = 0; k < n; k++) {
        struct wevent one;
        wevent_of(&e[k], &one);
        wenc_fields(w, wenc_object(w, arr, NULL), &one, event_fields, WF_COUNT(event_fields));
    }
}

static void event_decode(struct wdec *d, const cJSON *m, const char *p, void *out,
                         const void *arg)
{
    (void)arg;
    struct wevent one = { 0 };
    wdec_keys(d, m, p, event_fields, WF_COUNT(event_fields), NULL);
    wdec_fields(d, m, p, &one, event_fields, WF_COUNT(event_fields));
    event_of(&one, out);
}

int wdec_events(struct wdec *d, const cJSON *obj, const char *path, const char *key,
                struct event *out, int max)
{
    return wdec_each(d, obj, path, key, 0, max, out, sizeof *out, event_decode, NULL);
}

/* A list of n records as the document's "items". */
static char *list_encode(const void *base, size_t size, int n, int max, const struct wfield *t,
                         int nt)
{
    struct wenc w = { MAX_SEATS, 0 };
    cJSON *root = cJSON_CreateObject();
    wenc_records(&w, root, "items", base, size, n < 0 ? 0 : n > max ? max : n, t, nt);
    return wenc_finish(&w, root);
}

static int list_decode(const char *what, const char *text, size_t len, const struct pub *pub,
                       void *out, size_t size, int max, int *n, const struct wfield *t, int nt,
                       char err[WIRE_ERR])
{
    static const char *const keys[] = { "items", NULL };
    struct errlist e;
    struct wdec d;
    cJSON *root;
    *n = 0;
    if (wdec_begin(&d, &e, what, pub, text, len, &root)) {
        ju_keys(&d.c, root, "", keys);
        int k = wdec_records(&d, root, "", "items", out, size, max, t, nt);
        if (wdec_ok(&d))
            *n = k;
    }
    return wdec_finish(&d, root, err);
}

char *wire_orders_encode(const struct order *o, int n)
{
    return list_encode(o, sizeof *o, n, MAX_ORDERS, wire_order_fields, wire_norder_fields);
}

int wire_orders_decode(const char *text, size_t len, const struct pub *pub, struct order *out,
                       int *n, char err[WIRE_ERR])
{
    memset(out, 0, sizeof *out * MAX_ORDERS);
    return list_decode("orders", text, len, pub, out, sizeof *out, MAX_ORDERS, n,
                       wire_order_fields, wire_norder_fields, err);
}

char *wire_events_encode(const struct event *e, int n)
{
    struct wenc w = { MAX_SEATS, 0 };
    cJSON *root = cJSON_CreateObject();
    wenc_events(&w, root, "items", e, n < 0 ? 0 : n > MAX_VIEW_EVENTS ? MAX_VIEW_EVENTS : n);
    return wenc_finish(&w, root);
}

int wire_events_decode(const char *text, size_t len, const struct pub *pub, struct event *out,
                       int *n, char err[WIRE_ERR])
{
    static const char *const keys[] = { "items", NULL };
    struct errlist e;
    struct wdec d;
    cJSON *root;
    memset(out, 0, sizeof *out * MAX_VIEW_EVENTS);
    *n = 0;
    if (wdec_begin(&d, &e, "events", pub, text, len, &root)) {
        ju_keys(&d.c, root, "", keys);
        int k = wdec_events(&d, root, "", "items", out, MAX_VIEW_EVENTS);
        if (wdec_ok(&d))
            *n = k;
    }
    return wdec_finish(&d, root, err);
}

/* ---- the public book -------------------------------------------------- */

#define RULE_COUNT ((int)(sizeof(struct rules) / sizeof(int)))

static const char *const rule_names[] = {
#define X_RULE(name, lo, hi) #name,
    RULE_LIST(X_RULE)
#undef X_RULE
};

/* The catalogue as assets/orders.json has it (so that the loader that
 * checks that file checks this one too). */
static void catalogue_encode(struct wenc *w, cJSON *obj, const struct catalogue *cat)
{
    wenc_string(w, obj, "format", "mandate-orders");
    wenc_int(w, obj, "version", 1);
    cJSON *rules = wenc_object(w, obj, "rules");
    int r[RULE_COUNT];
    memcpy(r, &cat->rules, sizeof r);
    for (int i = 0; i < RULE_COUNT; i++)
        wenc_int(w, rules, rule_names[i], r[i]);
    cJSON *orders = wenc_object(w, obj, "orders");
    for (int k = 0; k < ORD_COUNT; k++) {
        const struct order_def *d = &cat->orders[k];
        cJSON *o = wenc_object(w, orders, order_name(k));
        wenc_string(w, o, "name", d->name);
        wenc_string(w, o, "summary", d->summary);
        wenc_int(w, o, "cost", d->cost);
        if (d->capability >= 0)
            wenc_string(w, o, "capability", capability_name(d->capability));
        else
            add(w, o, "capability", cJSON_CreateNull());
        wenc_int(w, o, "min_capability", d->min_capability);
        if (d->feature >= 0)
            wenc_string(w, o, "feature", feature_name(d->feature));
        else
            add(w, o, "feature", cJSON_CreateNull());
        wenc_int(w, o, "base", d->base);
        wenc_int(w, o, "threat", d->threat);
        wenc_int(w, o, "success_mod", d->success_mod);
        wenc_int(w, o, "detect_mod", d->detect_mod);
        cJSON *lessons = wenc_array(w, o, "lessons");
        for (int l = 0; l < 32; l++)
            if (d->lessons & (1u << l))
                add(w, lessons, NULL, cJSON_CreateNumber(l + 1));
        wenc_string(w, o, "precedent", d->precedent);
        if (d->source[0])
            wenc_string(w, o, "source", d->source);
        wenc_string(w, o, "question", d->question);
    }
}

static const struct wfield pub_fields[] = {
    WF_NUM(struct pub, turns, MIN_TURNS, MAX_TURNS),
    WF_NUM(struct pub, success_avg, 0, 100),
    WF_NUM(struct pub, success_min, 0, 100),
    WF_NUM(struct pub, partial_avg, 0, 100),
    WF_NUM(struct pub, collapse_floor, 0, 100),
};
static const char *const pub_keys[] = { "id", "name", "host", "summary", "sectors", "seats",
                                        "catalogue", "coach", NULL };

static const struct wfield sector_fields[] = {
    WF_NUM(struct pub_sector, population, 0, MAX_POPULATION),
    WF_DOM(struct pub_sector, neighbours, WD_SECTORS),
    WF_NUM(struct pub_sector, features, 0, (1 << FEAT_COUNT) - 1),
};
static const char *const sector_keys[] = { "id", "name", NULL };
static const char *const seat_keys[] = { "id", "name", "colour", "profile", NULL };

/* The coach as a scenario has it (its loader checks it), order ids for
 * families; none when the scenario has no coach. */
static void coach_encode(struct wenc *w, cJSON *root, const struct coach *co)
{
    if (co->nweeks <= 0)
        return;
    cJSON *weeks = wenc_array(w, root, "coach");
    for (int i = 0; i < co->nweeks; i++) {
        const struct coach_week *cw = &co->weeks[i];
        cJSON *o = wenc_object(w, weeks, NULL);
        wenc_string(w, o, "idea", cw->idea);
        wenc_string(w, o, "text", cw->text);
        wenc_string(w, o, "try", cw->try_text);
        cJSON *opens = wenc_array(w, o, "opens"), *tries = wenc_array(w, o, "tries");
        for (int k = 0; k < ORD_COUNT; k++) {
            if (cw->opens & (1u << k))
                add(w, opens, NULL, cJSON_CreateString(order_name(k)));
            if (cw->tries & (1u << k))
                add(w, tries, NULL, cJSON_CreateString(order_name(k)));
        }
    }
}

char *wire_pub_encode(const struct pub *p)
{
    struct wenc w = { p->nseats, 0 };
    cJSON *root = cJSON_CreateObject();
    wenc_string(&w, root, "id", p->id);
    wenc_string(&w, root, "name", p->name);
    wenc_string(&w, root, "host", p->host);
    wenc_string(&w, root, "summary", p->summary);
    wenc_fields(&w, root, p, pub_fields, WF_COUNT(pub_fields));
    cJSON *sectors = wenc_array(&w, root, "sectors");
    for (int k = 0; k < p->nsectors; k++) {
        cJSON *s = wenc_object(&w, sectors, NULL);
        wenc_string(&w, s, "id", p->sectors[k].id);
        wenc_string(&w, s, "name", p->sectors[k].name);
        wenc_fields(&w, s, &p->sectors[k], sector_fields, WF_COUNT(sector_fields));
    }
    cJSON *seats = wenc_array(&w, root, "seats");
    for (int i = 0; i < p->nseats; i++) {
        cJSON *s = wenc_object(&w, seats, NULL);
        wenc_string(&w, s, "id", p->seats[i].id);
        wenc_string(&w, s, "name", p->seats[i].name);
        wenc_string(&w, s, "colour", p->seats[i].colour);
        wenc_string(&w, s, "profile", p->seats[i].profile);
    }
    catalogue_encode(&w, wenc_object(&w, root, "catalogue"), &p->cat);
    coach_encode(&w, root, &p->coach);
    return wenc_finish(&w, root);
}

static void pub_sector(struct wdec *d, const cJSON *m, const char *p, void *out,
                       const void *arg)
{
    struct pub_sector *s = out;
    (void)arg;
    wdec_keys(d, m, p, sector_fields, WF_COUNT(sector_fields), sector_keys);
    ju_text(&d->c, m, p, "id", JT_ID, 0, s->id, sizeof s->id);
    ju_text(&d->c, m, p, "name", JT_NAME, 0, s->name, sizeof s->name);
    wdec_fields(d, m, p, s, sector_fields, WF_COUNT(sector_fields));
}

static void pub_seat(struct wdec *d, const cJSON *m, const char *p, void *out, const void *arg)
{
    struct pub_seat *s = out;
    (void)arg;
    ju_keys(&d->c, m, p, seat_keys);
    ju_text(&d->c, m, p, "id", JT_ID, 0, s->id, sizeof s->id);
    ju_text(&d->c, m, p, "name", JT_NAME, 0, s->name, sizeof s->name);
    ju_text(&d->c, m, p, "colour", JT_ID, 0, s->colour, sizeof s->colour);
    ju_text(&d->c, m, p, "profile", JT_LINE, JU_NONEMPTY, s->profile, sizeof s->profile);
}

/* The count of root.key's array (unchecked: wdec_each checks it). */
static int count_of(const cJSON *root, const char *key)
{
    const cJSON *a = cJSON_GetObjectItemCaseSensitive(root, key);
    return cJSON_IsArray(a) ? cJSON_GetArraySize(a) : 0;
}

int wire_pub_decode(const char *text, size_t len, struct pub *out, char err[WIRE_ERR])
{
    struct errlist e;
    struct wdec d;
    cJSON *root;
    memset(out, 0, sizeof *out);
    if (wdec_begin(&d, &e, "pub", NULL, text, len, &root)) {
        wdec_keys(&d, root, "", pub_fields, WF_COUNT(pub_fields), pub_keys);
        ju_text(&d.c, root, "", "id", JT_ID, 0, out->id, sizeof out->id);
        ju_text(&d.c, root, "", "name", JT_NAME, 0, out->name, sizeof out->name);
        ju_text(&d.c, root, "", "host", JT_NAME, 0, out->host, sizeof out->host);
        ju_text(&d.c, root, "", "summary", JT_LONG, JU_NONEMPTY, out->summary,
                sizeof out->summary);
        wdec_fields(&d, root, "", out, pub_fields, WF_COUNT(pub_fields));
        /* the bounds of the sectors' neighbours: their count */
        d.nsectors = count_of(root, "sectors");
        d.nsectors = d.nsectors < MAX_SECTORS ? d.nsectors : MAX_SECTORS;
        out->nsectors = wdec_each(&d, root, "", "sectors", MIN_SECTORS, MAX_SECTORS, out->sectors,
                                  sizeof out->sectors[0], pub_sector, NULL);
        out->nseats = wdec_each(&d, root, "", "seats", MIN_SEATS, MAX_SEATS, out->seats,
                                sizeof out->seats[0], pub_seat, NULL);
        const cJSON *cat = wdec_ok(&d) ? ju_object(&d.c, root, "", "catalogue", 1) : NULL;
        if (cat) {
            d.c.prefix = "catalogue";
            load_catalogue_json(&d.c, cat, &out->cat);
            d.c.prefix = NULL;
        }
        if (wdec_ok(&d))
            load_coach(&d.c, &out->coach, out->turns, root);
    }
    return wdec_finish(&d, root, err);
}

void wenc_texts(struct wenc *w, cJSON *obj, const char *key, const char *base,
                size_t size, int n)
{
    cJSON *arr = wenc_array(w, obj, key);
    for (int k = 0; k < n && arr; k++) {
        cJSON *s = cJSON_CreateString(base + (size_t)k * size);
        if (!s || !cJSON_AddItemToArray(arr, s)) {
            cJSON_Delete(s);
            w->oom = 1;
        }
    }
}

/* obj.key, an array of at most max texts of kind, into base (size bytes
 * each); their count. */
int wdec_texts(struct wdec *d, const cJSON *obj, const char *key, enum ju_text kind,
               char *base, size_t size, int max)
{
    char ap[JU_PATH], p[JU_PATH];
    int n = 0, k = 0;
    const cJSON *arr = wdec_array(d, obj, "", key, 0, max, &n, ap);
    const cJSON *s;
    cJSON_ArrayForEach(s, arr) {
        if (k >= n || !wdec_ok(d))
            break;
        ju_text_value(&d->c, s, ju_idx(p, ap, k), kind, 0, base + (size_t)k * size, size);
        k++;
    }
    return wdec_ok(d) ? n : 0;
}
