/* scenario_load.c - checks a "mandate-scenario" JSON tree and converts it
 * into a struct scenario: sectors, contingents, their objectives and the
 * mission (the injects are in inject_load.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/world.h"
#include "loaders.h"

#define MAX_AP 12

static const char *const top_keys[] = {
    "$schema", "format", "version", "id", "name", "host", "summary", "turns",
    "mission", "sectors", "contingents", "injects", "coach", NULL,
};
static const char *const sector_keys[] = {
    "id", "name", "population", "stability", "threat", "neighbours",
    "features", NULL,
};
static const char *const seat_keys[] = {
    "id", "name", "colour", "profile", "personality", "action_points",
    "capabilities", "comms_security", "influence", "trust", "deployed",
    "objectives", NULL,
};
static const char *const mission_keys[] = {
    "centralisation", "network_security", "pool", "drift", "mandate", NULL,
};
static const char *const mandate_keys[] = {
    "success_avg", "success_min", "partial_avg", "collapse_floor", NULL,
};

/* Curses colour names a contingent may use. */
static const char *const colours[] = {
    "red", "green", "yellow", "blue", "magenta", "cyan", "white",
};
#define NCOLOURS ((int)(sizeof colours / sizeof colours[0]))

static int colour_index(const char *s)
{
    for (int i = 0; i < NCOLOURS; i++)
        if (strcmp(colours[i], s) == 0)
            return i;
    return -1;
}

/* ---- references ---- */

int load_seat_ref(struct jctx *c, const struct scenario *sc,
                  const cJSON *item, const char *path)
{
    char id[ID_LEN];
    if (!ju_text_value(c, item, path, JT_ID, 0, id, sizeof id))
        return -1;
    int i = scenario_seat_index(sc, id);
    if (i < 0)
        ju_err(c, path, "unknown contingent \"%s\"", id);
    return i;
}

int load_sector_ref(struct jctx *c, const struct scenario *sc,
                    const cJSON *item, const char *path)
{
    char id[ID_LEN];
    if (!ju_text_value(c, item, path, JT_ID, 0, id, sizeof id))
        return -1;
    int i = scenario_sector_index(sc, id);
    if (i < 0)
        ju_err(c, path, "unknown sector \"%s\"", id);
    return i;
}

/* ---- objectives ---- */

enum { P_TARGET = 1, P_HQ = 2, P_SECTOR = 4, P_VALUE = 8 };

/* The parameters of each kind of objective, and the range of its value. */
static const struct {
    unsigned params;
    int lo, hi;
} objspec[OBJ_COUNT] = {
    [OBJ_DOSSIERS_ON] = { P_TARGET | P_HQ | P_VALUE, 1, DOS_COUNT },
    [OBJ_INSIDER_IN] = { P_TARGET, 0, 0 },
    [OBJ_INFLUENCE] = { P_VALUE, 0, 100 },
    [OBJ_SECTOR_STABLE] = { P_SECTOR | P_VALUE, 0, 100 },
    [OBJ_CLEAN_HANDS] = { 0, 0, 0 },
    [OBJ_CENTRALISATION] = { P_VALUE, 0, 3 },
    [OBJ_DECENTRALISED] = { P_VALUE, 0, 3 },
    [OBJ_BACKDOOR_LIVE] = { 0, 0, 0 },
    [OBJ_TRUSTED_BY] = { P_TARGET | P_VALUE, 0, 100 },
};

static void objective_keys(int kind, const char **keys)
{
    unsigned params = kind >= 0 ? objspec[kind].params : ~0u;
    int n = 0;
    keys[n++] = "id";
    keys[n++] = "kind";
    keys[n++] = "text";
    keys[n++] = "points";
    if (params & P_TARGET)
        keys[n++] = "target";
    if (params & P_SECTOR)
        keys[n++] = "sector";
    if (params & P_VALUE)
        keys[n++] = "value";
    keys[n] = NULL;
}

/* Reads one objective of owner at path into *o. */
static void read_objective(struct jctx *c, const struct scenario *sc,
                           const cJSON *it, const char *path, int owner,
                           struct objective_def *o, char *id)
{
    char p[JU_PATH];
    o->owner = owner;
    o->target = -1;
    o->sector = -1;
    const cJSON *k = ju_get(c, it, path, "kind", 1);
    o->kind = k ? ju_enum_value(c, k, ju_key(p, path, "kind"),
                                objective_from_name, "objective kind")
                : -1;
    const char *keys[8];
    objective_keys(o->kind, keys);
    ju_keys(c, it, path, keys);
    ju_text(c, it, path, "id", JT_ID, 0, id, ID_LEN);
    ju_text(c, it, path, "text", JT_LINE, JU_NONEMPTY, o->text,
            sizeof o->text);
    ju_int(c, it, path, "points", 0, 100, &o->points);
    if (o->kind < 0)
        return;
    unsigned params = objspec[o->kind].params;
    const cJSON *t = (params & P_TARGET) ? ju_get(c, it, path, "target", 1)
                                         : NULL;
    if (t) {
        ju_key(p, path, "target");
        if ((params & P_HQ) && cJSON_IsString(t) &&
            strcmp(t->valuestring, "mission_hq") == 0)
            o->target = TARGET_HQ;
        else
            o->target = load_seat_ref(c, sc, t, p);
        if (o->target >= 0 && o->target == owner)
            ju_err(c, p, "expected another contingent than the owner");
    }
    const cJSON *s = (params & P_SECTOR) ? ju_get(c, it, path, "sector", 1)
                                         : NULL;
    if (s)
        o->sector = load_sector_ref(c, sc, s, ju_key(p, path, "sector"));
    if (params & P_VALUE)
        ju_int(c, it, path, "value", objspec[o->kind].lo,
               objspec[o->kind].hi, &o->value);
}

void load_objectives(struct jctx *c, struct scenario *sc, const cJSON *obj,
                     const char *path, int owner, int min, int *idx, int *n)
{
    char ap[JU_PATH], p[JU_PATH];
    char ids[MAX_OBJECTIVES][ID_LEN];
    int count;
    const cJSON *arr = ju_array(c, obj, path, "objectives", 1, min,
                                MAX_OBJECTIVES, &count);
    ju_key(ap, path, "objectives");
    *n = 0;
    const cJSON *it;
    int i = 0;
    cJSON_ArrayForEach(it, arr) {
        if (i >= count)
            break;
        ju_idx(p, ap, i);
        ids[i][0] = '\0';
        if (ju_is_object(c, it, p)) {
            if (sc->nobjectives >= MAX_SCENARIO_OBJECTIVES) {
                ju_err(c, p, "too many objectives in the scenario (at most "
                       "%d)", MAX_SCENARIO_OBJECTIVES);
                return;
            }
            int k = sc->nobjectives++;
            read_objective(c, sc, it, p, owner, &sc->objectives[k], ids[i]);
            for (int j = 0; j < i; j++)
                if (ids[i][0] && strcmp(ids[i], ids[j]) == 0)
                    ju_err(c, p, "duplicate objective id \"%s\"", ids[i]);
            idx[(*n)++] = k;
        }
        i++;
    }
}

/* ---- sectors ---- */

/* Reads the id of each of the n first items of arr into ids[i] (left ""
 * when bad) and reports ids given twice. what names them in messages. */
static void read_ids(struct jctx *c, const cJSON *arr, int n,
                     const char *path, char *const *ids, const char *what)
{
    char p[JU_PATH], q[JU_PATH];
    const cJSON *it;
    int i = 0;
    cJSON_ArrayForEach(it, arr) {
        if (i >= n)
            break;
        ju_idx(p, path, i);
        ids[i][0] = '\0';
        if (cJSON_IsObject(it) &&
            ju_text(c, it, p, "id", JT_ID, 0, ids[i], ID_LEN)) {
            for (int j = 0; j < i; j++)
                if (strcmp(ids[j], ids[i]) == 0) {
                    ju_err(c, ju_key(q, p, "id"), "duplicate %s id \"%s\"",
                           what, ids[i]);
                    break;
                }
        }
        i++;
    }
}

static void read_sector(struct jctx *c, struct scenario *sc, const cJSON *it,
                        const char *path, int i, int *hq)
{
    struct sector_def *s = &sc->sectors[i];
    char ap[JU_PATH], p[JU_PATH];
    ju_keys(c, it, path, sector_keys);
    ju_text(c, it, path, "name", JT_NAME, 0, s->name, sizeof s->name);
    ju_int(c, it, path, "population", 0, MAX_POPULATION, &s->population);
    ju_int(c, it, path, "stability", 0, 100, &s->stability);
    ju_int(c, it, path, "threat", 0, 10, &s->threat);

    int n, k = 0;
    const cJSON *arr = ju_array(c, it, path, "neighbours", 1, 0,
                                MAX_SECTORS - 1, &n);
    const cJSON *m;
    ju_key(ap, path, "neighbours");
    cJSON_ArrayForEach(m, arr) {
        if (k >= n)
            break;
        int j = load_sector_ref(c, sc, m, ju_idx(p, ap, k++));
        if (j < 0)
            continue;
        if (j == i)
            ju_err(c, p, "a sector is not its own neighbour");
        else if (s->neighbours & (1u << j))
            ju_err(c, p, "duplicate neighbour \"%s\"", sc->sectors[j].id);
        s->neighbours |= (uint16_t)(1u << j);
    }

    arr = ju_array(c, it, path, "features", 1, 0, FEAT_COUNT, &n);
    ju_key(ap, path, "features");
    k = 0;
    cJSON_ArrayForEach(m, arr) {
        if (k >= n)
            break;
        int f = ju_enum_value(c, m, ju_idx(p, ap, k++), feature_from_name,
                              "feature");
        if (f < 0)
            continue;
        if (s->features & (1u << f))
            ju_err(c, p, "duplicate feature \"%s\"", feature_name(f));
        else if (f == FEAT_HQ && *hq >= 0)
            ju_err(c, p, "mission_hq is already in sector \"%s\"",
                   sc->sectors[*hq].id);
        else if (f == FEAT_HQ)
            *hq = i;
        s->features |= (uint8_t)(1u << f);
    }
}

static void read_sectors(struct jctx *c, struct scenario *sc,
                         const cJSON *root)
{
    int n;
    const cJSON *arr = ju_array(c, root, "", "sectors", 1, MIN_SECTORS,
                                MAX_SECTORS, &n);
    char *ids[MAX_SECTORS];
    for (int i = 0; i < n; i++)
        ids[i] = sc->sectors[i].id;
    read_ids(c, arr, n, "sectors", ids, "sector");
    sc->nsectors = n;

    char p[JU_PATH], q[JU_PATH];
    const cJSON *it;
    int i = 0, hq = -1;
    cJSON_ArrayForEach(it, arr) {
        if (i >= n)
            break;
        if (ju_is_object(c, it, ju_idx(p, "sectors", i)))
            read_sector(c, sc, it, p, i, &hq);
        i++;
    }
    for (i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
            if ((sc->sectors[i].neighbours & (1u << j)) &&
                !(sc->sectors[j].neighbours & (1u << i))) {
                ju_key(q, ju_idx(p, "sectors", i), "neighbours");
                ju_err(c, q, "\"%s\" does not list \"%s\" as a neighbour",
                       sc->sectors[j].id, sc->sectors[i].id);
            }
}

/* ---- contingents ---- */

static void read_capabilities(struct jctx *c, struct contingent_def *d,
                              const cJSON *it, const char *path)
{
    char ap[JU_PATH], p[JU_PATH];
    const cJSON *obj = ju_object(c, it, path, "capabilities", 1);
    if (!obj)
        return;
    ju_key(ap, path, "capabilities");
    const char *names[CAP_COUNT];
    unsigned char seen[CAP_COUNT] = { 0 };
    for (int k = 0; k < CAP_COUNT; k++)
        names[k] = capability_name(k);
    const cJSON *m;
    cJSON_ArrayForEach(m, obj) {
        int k = ju_member(c, m, ap, names, CAP_COUNT, seen);
        if (k >= 0)
            ju_int_value(c, m, ju_key(p, ap, names[k]), 0, 5, &d->caps[k]);
    }
    ju_missing(c, ap, names, CAP_COUNT, seen);
}

static void read_trust(struct jctx *c, const struct scenario *sc,
                       struct contingent_def *d, int i, const cJSON *it,
                       const char *path)
{
    char ap[JU_PATH], p[JU_PATH];
    const cJSON *obj = ju_object(c, it, path, "trust", 1);
    if (!obj)
        return;
    ju_key(ap, path, "trust");
    const char *names[MAX_SEATS];
    unsigned char seen[MAX_SEATS] = { 0 };
    for (int k = 0; k < sc->nseats; k++)
        names[k] = k == i ? "" : sc->seats[k].id;
    const cJSON *m;
    cJSON_ArrayForEach(m, obj) {
        if (m->string && d->id[0] && strcmp(m->string, d->id) == 0) {
            ju_err(c, ju_key(p, ap, d->id), "no trust towards itself");
            continue;
        }
        int k = ju_member(c, m, ap, names, sc->nseats, seen);
        if (k >= 0)
            ju_int_value(c, m, ju_key(p, ap, names[k]), 0, 100,
                         &d->trust[k]);
    }
    ju_missing(c, ap, names, sc->nseats, seen);
}

static void read_deployed(struct jctx *c, struct scenario *sc, int i,
                          const cJSON *it, const char *path)
{
    char ap[JU_PATH], p[JU_PATH];
    int n, k = 0;
    const cJSON *arr = ju_array(c, it, path, "deployed", 1, 1, MAX_SECTORS,
                                &n);
    ju_key(ap, path, "deployed");
    const cJSON *m;
    cJSON_ArrayForEach(m, arr) {
        if (k >= n)
            break;
        int s = load_sector_ref(c, sc, m, ju_idx(p, ap, k++));
        if (s < 0)
            continue;
        if (sc->sectors[s].deployed & (1u << i))
            ju_err(c, p, "duplicate sector \"%s\"", sc->sectors[s].id);
        sc->sectors[s].deployed |= (uint8_t)(1u << i);
    }
}

static void read_seat(struct jctx *c, struct scenario *sc, const cJSON *it,
                      const char *path, int i)
{
    struct contingent_def *d = &sc->seats[i];
    char p[JU_PATH];
    ju_keys(c, it, path, seat_keys);
    if (strcmp(d->id, "all") == 0 || strcmp(d->id, "mission_hq") == 0)
        ju_err(c, ju_key(p, path, "id"), "\"%s\" is reserved", d->id);
    ju_text(c, it, path, "name", JT_NAME, 0, d->name, sizeof d->name);
    const cJSON *col = ju_get(c, it, path, "colour", 1);
    if (col && ju_enum_value(c, col, ju_key(p, path, "colour"), colour_index,
                             "colour") >= 0)
        snprintf(d->colour, sizeof d->colour, "%s", col->valuestring);
    ju_text(c, it, path, "profile", JT_LINE, JU_NONEMPTY, d->profile,
            sizeof d->profile);
    ju_text(c, it, path, "personality", JT_ID, 0, d->personality,
            sizeof d->personality);
    ju_int(c, it, path, "action_points", 1, MAX_AP, &d->ap);
    read_capabilities(c, d, it, path);
    ju_int(c, it, path, "comms_security", 0, 100, &d->comms);
    ju_int(c, it, path, "influence", 0, 100, &d->influence);
    read_trust(c, sc, d, i, it, path);
    read_deployed(c, sc, i, it, path);
    load_objectives(c, sc, it, path, i, 1, d->objectives, &d->nobjectives);
}

static void read_seats(struct jctx *c, struct scenario *sc,
                       const cJSON *root)
{
    int n;
    const cJSON *arr = ju_array(c, root, "", "contingents", 1, MIN_SEATS,
                                MAX_SEATS, &n);
    char *ids[MAX_SEATS];
    for (int i = 0; i < n; i++)
        ids[i] = sc->seats[i].id;
    read_ids(c, arr, n, "contingents", ids, "contingent");
    sc->nseats = n;

    char p[JU_PATH];
    const cJSON *it;
    int i = 0;
    cJSON_ArrayForEach(it, arr) {
        if (i >= n)
            break;
        if (ju_is_object(c, it, ju_idx(p, "contingents", i)))
            read_seat(c, sc, it, p, i);
        i++;
    }
}

/* ---- mission ---- */

static void read_mission(struct jctx *c, struct scenario *sc,
                         const cJSON *root)
{
    const cJSON *m = ju_object(c, root, "", "mission", 1);
    if (!m)
        return;
    ju_keys(c, m, "mission", mission_keys);
    ju_int(c, m, "mission", "centralisation", 0, 3, &sc->centralisation);
    ju_int(c, m, "mission", "network_security", 0, 100, &sc->net_security);
    ju_int(c, m, "mission", "pool", 0, 100, &sc->pool);
    ju_int(c, m, "mission", "drift", 0, 20, &sc->drift);
    const cJSON *t = ju_object(c, m, "mission", "mandate", 1);
    if (!t)
        return;
    const char *path = "mission.mandate";
    ju_keys(c, t, path, mandate_keys);
    int ok = ju_int(c, t, path, "success_avg", 0, 100, &sc->success_avg);
    ok &= ju_int(c, t, path, "success_min", 0, 100, &sc->success_min);
    ok &= ju_int(c, t, path, "partial_avg", 0, 100, &sc->partial_avg);
    ok &= ju_int(c, t, path, "collapse_floor", 0, 100, &sc->collapse_floor);
    if (!ok)
        return;
    if (sc->success_min > sc->success_avg)
        ju_err(c, path, "success_min (%d) is above success_avg (%d)",
               sc->success_min, sc->success_avg);
    if (sc->partial_avg > sc->success_avg)
        ju_err(c, path, "partial_avg (%d) is above success_avg (%d)",
               sc->partial_avg, sc->success_avg);
    if (sc->collapse_floor > sc->partial_avg)
        ju_err(c, path, "collapse_floor (%d) is above partial_avg (%d)",
               sc->collapse_floor, sc->partial_avg);
}

/* ---- the whole ---- */

struct scenario *load_scenario_json(struct jctx *c, const cJSON *root)
{
    struct scenario *sc = calloc(1, sizeof *sc);
    if (!sc) {
        ju_err(c, "", "out of memory");
        return NULL;
    }
    int before = c->errors;
    ju_keys(c, root, "", top_keys);
    ju_version(c, root);
    ju_schema(c, root);
    ju_text(c, root, "", "id", JT_ID, 0, sc->id, sizeof sc->id);
    ju_text(c, root, "", "name", JT_NAME, 0, sc->name, sizeof sc->name);
    ju_text(c, root, "", "host", JT_NAME, 0, sc->host, sizeof sc->host);
    ju_text(c, root, "", "summary", JT_LONG, JU_NONEMPTY, sc->summary,
            sizeof sc->summary);
    if (!ju_int(c, root, "", "turns", MIN_TURNS, MAX_TURNS, &sc->turns))
        sc->turns = MAX_TURNS;  /* to go on checking the injects */
    read_sectors(c, sc, root);
    read_seats(c, sc, root);
    read_mission(c, sc, root);
    load_injects(c, sc, root);
    load_coach(c, &sc->coach, sc->turns, root);
    if (c->errors != before) {
        free(sc);
        return NULL;
    }
    return sc;
}

struct scenario *data_parse_scenario(const char *text, size_t len,
                                     const char *name, struct errlist *e)
{
    struct jctx c;
    ju_init(&c, name, e);
    cJSON *root = ju_parse(&c, text, len);
    if (!root)
        return NULL;
    struct scenario *sc = NULL;
    if (ju_expect_kind(&c, root, JU_SCENARIO))
        sc = load_scenario_json(&c, root);
    cJSON_Delete(root);
    return sc;
}

struct scenario *data_load_scenario(const char *path, struct errlist *e)
{
    size_t len;
    char *text = data_read_file(path, &len, e);
    if (!text)
        return NULL;
    struct scenario *sc = data_parse_scenario(text, len, path, e);
    free(text);
    return sc;
}
