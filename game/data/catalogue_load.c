/* catalogue_load.c - checks a "mandate-orders" JSON tree (the rules'
 * balance numbers and every order of the catalogue) and converts it into a
 * struct catalogue. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "../core/world.h"
#include "loaders.h"

#define MAX_COST 12            /* an order costs at most a turn's AP */
#define MAX_BASE 1000
#define MAX_MOD 1000           /* per-mille */
#define MAX_LESSON 8

static const char *const top_keys[] = {
    "$schema", "format", "version", "rules", "orders", NULL,
};
static const char *const order_keys[] = {
    "name", "summary", "cost", "capability", "min_capability", "feature",
    "base", "threat", "success_mod", "detect_mod", "lessons", "precedent",
    "source", "question", NULL,
};

/* Every rule: its name, where it goes, its legal range. */
static const struct {
    const char *name;
    size_t offset;
    int lo, hi;
} rule_table[] = {
#define X_RULE(name, lo, hi) { #name, offsetof(struct rules, name), lo, hi },
    RULE_LIST(X_RULE)
#undef X_RULE
};
#define NRULES ((int)(sizeof rule_table / sizeof rule_table[0]))

/* Pairs of rules where the first may not exceed the second. */
static const char *const rule_order[][2] = {
    { "covert_min", "covert_max" },
    { "detect_min", "detect_max" },
    { "trust_others_min", "trust_others_max" },
};

static int *rule_slot(struct rules *r, int i)
{
    return (int *)((char *)r + rule_table[i].offset);
}

static int rule_index(const char *name)
{
    for (int i = 0; i < NRULES; i++)
        if (strcmp(rule_table[i].name, name) == 0)
            return i;
    return -1;
}

static void read_rules(struct jctx *c, struct rules *r, const cJSON *root)
{
    char p[JU_PATH];
    const cJSON *obj = ju_object(c, root, "", "rules", 1);
    if (!obj)
        return;
    const char *names[NRULES];
    unsigned char seen[NRULES] = { 0 }, ok[NRULES] = { 0 };
    for (int i = 0; i < NRULES; i++)
        names[i] = rule_table[i].name;
    const cJSON *m;
    cJSON_ArrayForEach(m, obj) {
        int i = ju_member(c, m, "rules", names, NRULES, seen);
        if (i >= 0)
            ok[i] = (unsigned char)ju_int_value(
                c, m, ju_key(p, "rules", names[i]), rule_table[i].lo,
                rule_table[i].hi, rule_slot(r, i));
    }
    ju_missing(c, "rules", names, NRULES, seen);
    for (size_t k = 0; k < sizeof rule_order / sizeof rule_order[0]; k++) {
        int a = rule_index(rule_order[k][0]), b = rule_index(rule_order[k][1]);
        if (a >= 0 && b >= 0 && ok[a] && ok[b] &&
            *rule_slot(r, a) > *rule_slot(r, b))
            ju_err(c, ju_key(p, "rules", names[a]), "%d is above %s (%d)",
                   *rule_slot(r, a), names[b], *rule_slot(r, b));
    }
}

/* A nullable enum name at obj.key: the value, or -1 for null (and after an
 * error). */
static int read_nullable(struct jctx *c, const cJSON *obj, const char *path,
                         const char *key, int (*lookup)(const char *),
                         const char *what)
{
    char p[JU_PATH];
    const cJSON *v = ju_get(c, obj, path, key, 1);
    if (!v || cJSON_IsNull(v))
        return -1;
    return ju_enum_value(c, v, ju_key(p, path, key), lookup, what);
}

static void read_lessons(struct jctx *c, struct order_def *d,
                         const cJSON *obj, const char *path)
{
    char ap[JU_PATH], p[JU_PATH];
    int n, k = 0;
    const cJSON *arr = ju_array(c, obj, path, "lessons", 1, 0, MAX_LESSON,
                                &n);
    ju_key(ap, path, "lessons");
    const cJSON *m;
    cJSON_ArrayForEach(m, arr) {
        if (k >= n)
            break;
        int v;
        if (ju_int_value(c, m, ju_idx(p, ap, k++), 1, MAX_LESSON, &v)) {
            if (d->lessons & (1u << (v - 1)))
                ju_err(c, p, "duplicate lesson %d", v);
            d->lessons |= 1u << (v - 1);
        }
    }
}

static void read_order(struct jctx *c, int o, struct order_def *d,
                       const cJSON *obj, const char *path)
{
    ju_keys(c, obj, path, order_keys);
    ju_text(c, obj, path, "name", JT_NAME, 0, d->name, sizeof d->name);
    ju_text(c, obj, path, "summary", JT_LINE, JU_NONEMPTY, d->summary,
            sizeof d->summary);
    ju_int(c, obj, path, "cost", 0, MAX_COST, &d->cost);
    d->capability = read_nullable(c, obj, path, "capability",
                                  capability_from_name, "capability");
    d->feature = read_nullable(c, obj, path, "feature", feature_from_name,
                               "feature");
    ju_int(c, obj, path, "min_capability", 0, 5, &d->min_capability);
    ju_int(c, obj, path, "base", -MAX_BASE, MAX_BASE, &d->base);
    ju_int(c, obj, path, "threat", -10, 10, &d->threat);
    ju_int(c, obj, path, "success_mod", -MAX_MOD, MAX_MOD, &d->success_mod);
    ju_int(c, obj, path, "detect_mod", -MAX_MOD, MAX_MOD, &d->detect_mod);
    read_lessons(c, d, obj, path);
    unsigned covert = order_family(o) == FAM_COVERT ? JU_NONEMPTY
                                                    : JU_OPTIONAL;
    ju_text(c, obj, path, "precedent", JT_LONG, covert, d->precedent,
            sizeof d->precedent);
    ju_text(c, obj, path, "source", JT_LINE, JU_OPTIONAL | JU_NONEMPTY, d->source,
            sizeof d->source);
    ju_text(c, obj, path, "question", JT_LONG, covert, d->question,
            sizeof d->question);
}

static void read_orders(struct jctx *c, struct catalogue *cat,
                        const cJSON *root)
{
    char p[JU_PATH];
    const cJSON *obj = ju_object(c, root, "", "orders", 1);
    if (!obj)
        return;
    const char *names[ORD_COUNT];
    unsigned char seen[ORD_COUNT] = { 0 };
    for (int o = 0; o < ORD_COUNT; o++)
        names[o] = order_name(o);
    const cJSON *m;
    cJSON_ArrayForEach(m, obj) {
        int o = ju_member(c, m, "orders", names, ORD_COUNT, seen);
        if (o >= 0 && ju_is_object(c, m, ju_key(p, "orders", names[o])))
            read_order(c, o, &cat->orders[o], m, p);
    }
    ju_missing(c, "orders", names, ORD_COUNT, seen);
}

int load_catalogue_json(struct jctx *c, const cJSON *root,
                        struct catalogue *out)
{
    int before = c->errors;
    memset(out, 0, sizeof *out);
    ju_keys(c, root, "", top_keys);
    ju_version(c, root);
    ju_schema(c, root);
    read_rules(c, &out->rules, root);
    read_orders(c, out, root);
    return c->errors == before;
}

int data_parse_catalogue(const char *text, size_t len, const char *name,
                         struct catalogue *out, struct errlist *e)
{
    struct jctx c;
    ju_init(&c, name, e);
    cJSON *root = ju_parse(&c, text, len);
    if (!root)
        return 0;
    int ok = ju_expect_kind(&c, root, JU_ORDERS) &&
             load_catalogue_json(&c, root, out);
    cJSON_Delete(root);
    return ok;
}

int data_load_catalogue(const char *path, struct catalogue *out,
                        struct errlist *e)
{
    size_t len;
    char *text = data_read_file(path, &len, e);
    if (!text)
        return 0;
    int ok = data_parse_catalogue(text, len, path, out, e);
    free(text);
    return ok;
}
