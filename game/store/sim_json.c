/* sim_json.c - the summary of a batch of AI-vs-AI games as JSON. */
#include "sim_json.h"

#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/personality.h"
#include "../session/sim.h"
#include "jbuild.h"

/* key: sum/n with two decimals, as a number. */
static void mean(struct jb *j, cJSON *o, const char *key, long sum, long n)
{
    char buf[32];
    jb_raw(j, o, key, sim_mean(buf, sizeof buf, sum, n, 2));
}

/* key: {"ORDER": count, ...} for every covert order, in the engine's order. */
static void covert(struct jb *j, cJSON *o, const char *key, const long count[ORD_COUNT])
{
    cJSON *c = jb_obj(j, o, key);
    for (int k = 0; k < ORD_COUNT; k++)
        if (order_family(k) == FAM_COVERT)
            jb_num(j, c, order_name(k), count[k]);
}

/* The detection counts of t into o. */
static void detected(struct jb *j, cJSON *o, const struct sim_tally *t)
{
    jb_num(j, o, "operations_exposed", t->exposed);
    jb_num(j, o, "detections_made", t->detections);
    jb_num(j, o, "times_attributed", t->attributed);
}

static void tally(struct jb *j, cJSON *parent, const char *key, const struct sim_tally *t)
{
    cJSON *o = jb_obj(j, parent, key);
    jb_num(j, o, "seat_games", t->seats);
    mean(j, o, "mean_score", t->score, t->seats);
    jb_num(j, o, "wins", t->wins);
    jb_num(j, o, "covert_ops", t->covert_total);
    covert(j, o, "covert", t->covert);
    detected(j, o, t);
}

static void contingents(struct jb *j, cJSON *root, const struct sim *m)
{
    cJSON *a = jb_arr(j, root, "contingents");
    for (int i = 0; i < m->sc->nseats; i++) {
        const struct sim_tally *t = &m->seat[i];
        cJSON *o = jb_obj(j, a, NULL);
        jb_str(j, o, "id", m->sc->seats[i].id);
        jb_str(j, o, "personality", m->seat_p[i] ? m->seat_p[i]->id : "");
        jb_str(j, o, "level", ai_level_name(m->seat_level[i]));
        mean(j, o, "mean_score", t->score, t->seats);
        jb_num(j, o, "wins", t->wins);
        jb_num(j, o, "covert_ops", t->covert_total);
        detected(j, o, t);
    }
}

static void shard(struct jb *j, cJSON *root, const struct sim *m, const struct sim_shard *sh);

static char *build(const struct sim *m, const struct sim_shard *sh)
{
    struct jb j = {1};
    cJSON *root = cJSON_CreateObject();
    if (!root)
        return NULL;
    jb_str(&j, root, "scenario", m->sc->id);
    jb_num(&j, root, "games", m->games);
    char seed[24];
    snprintf(seed, sizeof seed, "%" PRIu64, m->seed);
    jb_raw(&j, root, "seed", seed);
    cJSON *o = jb_obj(&j, root, "mandate");
    jb_num(&j, o, "success", m->outcome[OUT_SUCCESS]);
    jb_num(&j, o, "partial", m->outcome[OUT_PARTIAL]);
    jb_num(&j, o, "failure", m->outcome[OUT_FAILURE]);
    contingents(&j, root, m);
    covert(&j, root, "covert", m->covert);
    jb_num(&j, root, "detections", m->detections);
    o = jb_obj(&j, root, "attribution");
    jb_num(&j, o, "right", m->attrib[ATTR_RIGHT]);
    jb_num(&j, o, "wrong", m->attrib[ATTR_WRONG]);
    jb_num(&j, o, "unknown", m->attrib[ATTR_UNKNOWN]);
    mean(&j, root, "mean_final_stability", m->final_stability, m->games);
    o = jb_obj(&j, root, "personalities");
    for (int i = 0; i < m->ps->n; i++)
        if (m->pers[i].seats)
            tally(&j, o, m->ps->p[i].id, &m->pers[i]);
    o = jb_obj(&j, root, "levels");
    for (int i = 0; i < AI_LEVEL_COUNT; i++)
        if (m->level[i].seats)
            tally(&j, o, ai_level_name(i), &m->level[i]);
    if (sh)
        shard(&j, root, m, sh);
    return jb_print(&j, root, JB_LINE);
}

/* ---- shards: the exact sums, written and read back ---- */

/* The parts of a score (sim.h's SIM_PARTS), as keys. */
static const char *const part_names[SIM_PARTS] = {"intel", "influence", "objectives",
                                                  "reputation", "penalties"};

static void tally_sums(struct jb *j, cJSON *parent, const char *key, const struct sim_tally *t)
{
    cJSON *o = jb_obj(j, parent, key);
    jb_num(j, o, "seat_games", t->seats);
    jb_num(j, o, "score", t->score);
    jb_num(j, o, "wins", t->wins);
    covert(j, o, "covert", t->covert);
    jb_num(j, o, "exposed", t->exposed);
    jb_num(j, o, "detections", t->detections);
    jb_num(j, o, "attributed", t->attributed);
    cJSON *p = jb_obj(j, o, "parts");
    for (int k = 0; k < SIM_PARTS; k++)
        jb_num(j, p, part_names[k], t->parts[k]);
}

static void shard(struct jb *j, cJSON *root, const struct sim *m, const struct sim_shard *sh)
{
    cJSON *o = jb_obj(j, root, "shard");
    jb_num(j, o, "index", sh->index);
    jb_num(j, o, "of", sh->of);
    jb_num(j, o, "games_total", sh->games_total);
    char seed[24];
    snprintf(seed, sizeof seed, "%" PRIu64, m->seed);
    jb_str(j, o, "seed", seed);
    if (sh->think > 0)           /* a master seat's budget, when given */
        jb_num(j, o, "think", sh->think);
    jb_num(j, o, "final_stability", m->final_stability);
    cJSON *a = jb_arr(j, o, "contingents");
    for (int i = 0; i < m->sc->nseats; i++)
        tally_sums(j, a, NULL, &m->seat[i]);
    cJSON *p = jb_obj(j, o, "personalities");
    for (int i = 0; i < m->ps->n; i++)
        if (m->pers[i].seats)
            tally_sums(j, p, m->ps->p[i].id, &m->pers[i]);
    cJSON *l = jb_obj(j, o, "levels");
    for (int i = 0; i < AI_LEVEL_COUNT; i++)
        if (m->level[i].seats)
            tally_sums(j, l, ai_level_name(i), &m->level[i]);
}

char *sim_json(const struct sim *m)
{
    return build(m, NULL);
}

char *sim_json_shard(const struct sim *m, const struct sim_shard *sh)
{
    return build(m, sh);
}

/* Where a shard's reading is: the file, the first error. */
struct rd {
    const char *file;
    char *err;
    size_t n;
    int failed;
};

static int fail(struct rd *r, const char *path, const char *what)
{
    if (!r->failed)
        snprintf(r->err, r->n, "%s: %s: %s", r->file, path, what);
    r->failed = 1;
    return 0;
}

/* o's member key as a whole number in lo..hi into *out. */
static int num(struct rd *r, const cJSON *o, const char *path, const char *key, long lo, long hi,
               long *out)
{
    char where[160];
    snprintf(where, sizeof where, "%s%s%s", path, *path ? "." : "", key);
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!v)
        return fail(r, where, "missing");
    double d = v->valuedouble;
    if (!cJSON_IsNumber(v) || !(d >= (double)lo && d <= (double)hi) || d != (double)(long)d)
        return fail(r, where, "expected a whole number");
    *out = (long)d;
    return 1;
}

static const cJSON *obj(struct rd *r, const cJSON *o, const char *path, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!cJSON_IsObject(v)) {
        char where[160];
        snprintf(where, sizeof where, "%s%s%s", path, *path ? "." : "", key);
        fail(r, where, v ? "expected an object" : "missing");
        return NULL;
    }
    return v;
}

static const char *str(struct rd *r, const cJSON *o, const char *path, const char *key)
{
    const char *s = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(o, key));
    if (!s) {
        char where[160];
        snprintf(where, sizeof where, "%s%s%s", path, *path ? "." : "", key);
        fail(r, where, "expected a string");
    }
    return s;
}

#define COUNT_MAX 2000000000000000L  /* far beyond any batch's sums */

static void read_covert(struct rd *r, const cJSON *o, const char *path, long count[ORD_COUNT])
{
    const cJSON *c = obj(r, o, path, "covert");
    char where[160];
    snprintf(where, sizeof where, "%s%scovert", path, *path ? "." : "");
    for (int k = 0; c && k < ORD_COUNT; k++)
        if (order_family(k) == FAM_COVERT)
            num(r, c, where, order_name(k), 0, COUNT_MAX, &count[k]);
}

static void read_tally(struct rd *r, const cJSON *o, const char *path, struct sim_tally *t)
{
    if (!cJSON_IsObject(o)) {
        fail(r, path, "expected an object");
        return;
    }
    num(r, o, path, "seat_games", 0, COUNT_MAX, &t->seats);
    num(r, o, path, "score", -COUNT_MAX, COUNT_MAX, &t->score);
    num(r, o, path, "wins", 0, COUNT_MAX, &t->wins);
    read_covert(r, o, path, t->covert);
    t->covert_total = 0;
    for (int k = 0; k < ORD_COUNT; k++)
        t->covert_total += t->covert[k];
    num(r, o, path, "exposed", 0, COUNT_MAX, &t->exposed);
    num(r, o, path, "detections", 0, COUNT_MAX, &t->detections);
    num(r, o, path, "attributed", 0, COUNT_MAX, &t->attributed);
    const cJSON *p = obj(r, o, path, "parts");
    char where[160];
    snprintf(where, sizeof where, "%s.parts", path);
    for (int k = 0; p && k < SIM_PARTS; k++)
        num(r, p, where, part_names[k], -COUNT_MAX, COUNT_MAX, &t->parts[k]);
}

/* A map {NAME: tally} of shard into tallies[count], NAME looked up by
 * index_of (-1: unknown). */
static void read_map(struct rd *r, const cJSON *sh, const char *key, struct sim_tally *tallies,
                     int (*index_of)(const struct sim *m, const char *name), const struct sim *m)
{
    char path[64];
    snprintf(path, sizeof path, "shard.%s", key);
    const cJSON *o = obj(r, sh, "shard", key);
    const cJSON *it;
    cJSON_ArrayForEach(it, o)
    {
        char where[160];
        snprintf(where, sizeof where, "%s.%.80s", path, it->string);
        int i = index_of(m, it->string);
        if (i < 0) {
            fail(r, where, "unknown here");
            return;
        }
        read_tally(r, it, where, &tallies[i]);
    }
}

static int personality_index(const struct sim *m, const char *id)
{
    for (int i = 0; i < m->ps->n; i++)
        if (!strcmp(m->ps->p[i].id, id))
            return i;
    return -1;
}

static int level_index(const struct sim *m, const char *name)
{
    (void)m;
    return ai_level_from_name(name);
}

/* The top level's counts and who played each seat. */
static void read_counts(struct rd *r, const cJSON *root, struct sim *m)
{
    long v;
    if (num(r, root, "", "games", 0, INT_MAX, &v))
        m->games = (int)v;
    const cJSON *md = obj(r, root, "", "mandate");
    static const char *const outs[OUT_COUNT] = {[OUT_SUCCESS] = "success",
                                                [OUT_PARTIAL] = "partial",
                                                [OUT_FAILURE] = "failure"};
    for (int k = 0; md && k < OUT_COUNT; k++)
        if (outs[k] && num(r, md, "mandate", outs[k], 0, INT_MAX, &v))
            m->outcome[k] = (int)v;
    read_covert(r, root, "", m->covert);
    num(r, root, "", "detections", 0, COUNT_MAX, &m->detections);
    const cJSON *at = obj(r, root, "", "attribution");
    static const char *const attrs[ATTR_COUNT] = {[ATTR_RIGHT] = "right",
                                                  [ATTR_WRONG] = "wrong",
                                                  [ATTR_UNKNOWN] = "unknown"};
    for (int k = 0; at && k < ATTR_COUNT; k++)
        if (attrs[k])
            num(r, at, "attribution", attrs[k], 0, COUNT_MAX, &m->attrib[k]);
    const cJSON *cs = cJSON_GetObjectItemCaseSensitive(root, "contingents");
    if (!cJSON_IsArray(cs) || cJSON_GetArraySize(cs) != m->sc->nseats) {
        fail(r, "contingents", "expected one entry per contingent of the scenario");
        return;
    }
    for (int i = 0; i < m->sc->nseats && !r->failed; i++) {
        const cJSON *c = cJSON_GetArrayItem(cs, i);
        char path[64];
        snprintf(path, sizeof path, "contingents[%d]", i);
        const char *id = str(r, c, path, "id");
        const char *p = str(r, c, path, "personality");
        const char *l = str(r, c, path, "level");
        if (r->failed)
            return;
        if (strcmp(id, m->sc->seats[i].id))
            fail(r, path, "not the scenario's contingent in that place");
        m->seat_p[i] = *p ? &m->ps->p[personality_index(m, p) < 0 ? 0 : personality_index(m, p)]
                          : NULL;
        if (*p && personality_index(m, p) < 0)
            fail(r, path, "an unknown personality");
        m->seat_level[i] = ai_level_from_name(l);
        if (m->seat_level[i] < 0)
            fail(r, path, "an unknown level");
    }
}

static void read_shard(struct rd *r, const cJSON *root, struct sim *m, struct sim_shard *sh)
{
    const cJSON *o = obj(r, root, "", "shard");
    if (!o)
        return;
    long v[3];
    if (num(r, o, "shard", "of", 1, SIM_SHARDS_MAX, &v[1]) && num(r, o, "shard", "index", 1, v[1], &v[0]) &&
        num(r, o, "shard", "games_total", 1, INT_MAX, &v[2])) {
        sh->index = (int)v[0];
        sh->of = (int)v[1];
        sh->games_total = v[2];
    }
    const char *seed = str(r, o, "shard", "seed");
    char *end = NULL;
    if (seed) {
        errno = 0;
        m->seed = strtoull(seed, &end, 10);
        if (!*seed || *seed == '-' || *end || errno)
            fail(r, "shard.seed", "expected a whole number >= 0 in a string");
    }
    num(r, o, "shard", "final_stability", -COUNT_MAX, COUNT_MAX, &m->final_stability);
    long think = 0;   /* optional: shards before it, or of the default */
    if (cJSON_GetObjectItemCaseSensitive(o, "think") && num(r, o, "shard", "think", 1, INT_MAX, &think))
        sh->think = (int)think;
    const cJSON *cs = cJSON_GetObjectItemCaseSensitive(o, "contingents");
    if (!cJSON_IsArray(cs) || cJSON_GetArraySize(cs) != m->sc->nseats) {
        fail(r, "shard.contingents", "expected one entry per contingent of the scenario");
        return;
    }
    for (int i = 0; i < m->sc->nseats; i++) {
        char path[64];
        snprintf(path, sizeof path, "shard.contingents[%d]", i);
        read_tally(r, cJSON_GetArrayItem(cs, i), path, &m->seat[i]);
    }
    read_map(r, o, "personalities", m->pers, personality_index, m);
    read_map(r, o, "levels", m->level, level_index, m);
    long lo, hi;
    sim_shard_range(sh, &lo, &hi);
    if (!r->failed && m->games != hi - lo) {
        char what[160];
        snprintf(what, sizeof what, "%d, but shard %d of %d of %ld games holds %ld", m->games,
                 sh->index, sh->of, sh->games_total, hi - lo);
        fail(r, "games", what);
    }
}

/* The JSON of text[0..len), or NULL after a syntax error line. */
static cJSON *parse(struct rd *r, const char *text, size_t len)
{
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(text, len, &end, 0);
    if (root && cJSON_IsObject(root))
        return root;
    if (root) {
        cJSON_Delete(root);
        fail(r, "(top)", "not a JSON object");
        return NULL;
    }
    int line = 1, col = 1;
    for (const char *p = text; end && p < end && p < text + len; p++, col++)
        if (*p == '\n') {
            line++;
            col = 0;
        }
    snprintf(r->err, r->n, "%s:%d:%d: not JSON (a summary of mandate simulate --json)", r->file,
             line, col);
    r->failed = 1;
    return NULL;
}

int sim_json_scenario(const char *text, size_t len, const char *file, char *id, size_t n,
                      char *err, size_t errn)
{
    struct rd r = {file, err, errn, 0};
    cJSON *root = parse(&r, text, len);
    if (!root)
        return 0;
    const char *s = str(&r, root, "", "scenario");
    if (s && (!*s || strlen(s) >= n))
        fail(&r, "scenario", "not a scenario's id");
    if (!r.failed)
        memcpy(id, s, strlen(s) + 1);
    cJSON_Delete(root);
    return !r.failed;
}

int sim_json_read(const char *text, size_t len, const char *file, struct sim *m,
                  struct sim_shard *sh, char *err, size_t n)
{
    struct rd r = {file, err, n, 0};
    cJSON *root = parse(&r, text, len);
    if (!root)
        return 0;
    const char *sc = str(&r, root, "", "scenario");
    if (sc && strcmp(sc, m->sc->id)) {
        char what[160];
        snprintf(what, sizeof what, "\"%.60s\", not the scenario \"%.60s\" being merged", sc,
                 m->sc->id);
        fail(&r, "scenario", what);
    }
    if (!r.failed && !cJSON_GetObjectItemCaseSensitive(root, "shard"))
        fail(&r, "shard", "missing: not the output of mandate simulate --shard K/N --json");
    if (!r.failed)
        read_counts(&r, root, m);
    if (!r.failed)
        read_shard(&r, root, m, sh);
    cJSON_Delete(root);
    return !r.failed;
}
