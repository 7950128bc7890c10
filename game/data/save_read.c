/* save_read.c - reading saves: checks the file, loads the embedded
 * scenario, catalogue and personalities with the loaders into a bundle,
 * and the seed, the seats and every recorded week into a record. Nothing
 * is replayed here (game/session does that, naming the place of an order
 * the rules refuse). Stops at the first problem of the save itself, so
 * that a bad file gets one line; the embedded files' errors are all
 * listed, as by validate. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/record.h"
#include "loaders.h"
#include "save.h"
#include "save_fac.h"
#include "save_fmt.h"

static const char *const top_keys[] = {
    "format", "version", "game_version", "scenario_id", "scenario_hash",
    "seed", "started_at", "saved_at", "seats", "turns", "pending",
    "facilitator", "scenario", "catalogue", "personalities", NULL,
};
static const char *const seat_keys[] = {
    "id", "human", "personality", "level", "team", "think", NULL,
};
static const char *const turn_keys[] = { "turn", "checksum", "orders", "flags", NULL };
static const char *const pending_keys[] = { "turn", "orders", NULL };

struct reader {
    struct jctx c;
    struct bundle *b;
    struct record *r;
    struct save_info *info;
};

/* Orders of every seat for one turn, as read. */
struct turn_orders {
    struct order o[MAX_SEATS][MAX_ORDERS];
    int n[MAX_SEATS];
    unsigned char seen[MAX_SEATS];
};

static int failed(const struct reader *r)
{
    return r->c.errors > 0;
}

/* ---- the header ---- */

static int check_format(struct reader *r, const cJSON *root)
{
    const cJSON *f = cJSON_IsObject(root)
                         ? cJSON_GetObjectItemCaseSensitive(root, "format")
                         : NULL;
    if (cJSON_IsString(f) && strcmp(f->valuestring, SAVE_FORMAT) == 0)
        return 1;
    if (ju_kind_of(root) != JU_NONE)
        ju_err(&r->c, "format", "this is a \"%s\" file, not a saved game",
               f->valuestring);
    else
        ju_err(&r->c, "", "not a Mandate save: expected a JSON object with "
               "\"format\": \"" SAVE_FORMAT "\"");
    return 0;
}

static int check_version(struct reader *r, const cJSON *root)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, "version");
    if (!v) {
        ju_err(&r->c, "", "missing \"version\"");
        return 0;
    }
    double d = cJSON_IsNumber(v) ? v->valuedouble : -1.0;
    if (!cJSON_IsNumber(v) || !(d >= -1e9 && d <= 1e9) || d != (double)(long)d) {
        ju_err(&r->c, "version", "expected a format version (%d), got %s",
               SAVE_FORMAT_VERSION, cJSON_IsNumber(v) ? "a fraction or a "
               "huge number" : ju_type_name(v));
        return 0;
    }
    if (d < SAVE_FORMAT_VERSION) {
        ju_err(&r->c, "version", "format version %ld is not supported; this "
               "is version %d", (long)d, SAVE_FORMAT_VERSION);
        return 0;
    }
    if (d > SAVE_FORMAT_VERSION) {
        const cJSON *gv = cJSON_GetObjectItemCaseSensitive(root, "game_version");
        char by[64] = "";
        if (cJSON_IsString(gv))
            snprintf(by, sizeof by, " (saved by mandate %.30s)", gv->valuestring);
        ju_err(&r->c, "version", "format version %ld is newer than this game "
               "reads%s; this is mandate " MANDATE_VERSION ", which reads "
               "version %d: update the game to load it", (long)d, by,
               SAVE_FORMAT_VERSION);
        return 0;
    }
    return 1;
}

/* A hex string of 16 digits at obj.key into *out. */
static int read_hex(struct reader *r, const cJSON *obj, const char *path,
                    const char *key, uint64_t *out)
{
    char p[JU_PATH];
    const cJSON *v = ju_get(&r->c, obj, path, key, 1);
    if (!v)
        return 0;
    ju_key(p, path, key);
    const char *s = cJSON_IsString(v) ? v->valuestring : NULL;
    uint64_t h = 0;
    int ok = s && strlen(s) == SAVE_HEX_LEN;
    for (int i = 0; ok && i < SAVE_HEX_LEN; i++) {
        char ch = s[i];
        int d = ch >= '0' && ch <= '9'   ? ch - '0'
                : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
                : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10
                                         : -1;
        ok = d >= 0;
        h = h << 4 | (uint64_t)(d & 15);
    }
    if (!ok) {
        ju_err(&r->c, p, "expected %d hex digits in a string, got %s",
               SAVE_HEX_LEN, s ? "another string" : ju_type_name(v));
        return 0;
    }
    *out = h;
    return 1;
}

static int read_seed(struct reader *r, const cJSON *root, uint64_t *out)
{
    const cJSON *v = ju_get(&r->c, root, "", "seed", 1);
    if (!v)
        return 0;
    const char *s = cJSON_IsString(v) ? v->valuestring : NULL;
    uint64_t x = 0;
    int ok = s && *s && strlen(s) <= 20;
    for (const char *p = s; ok && *p; p++) {
        unsigned d = (unsigned)(*p - '0');
        ok = *p >= '0' && *p <= '9' && x <= (UINT64_MAX - d) / 10;
        x = x * 10 + d;
    }
    if (!ok) {
        ju_err(&r->c, "seed", "expected a whole number 0-%" PRIu64 " in a "
               "decimal string, got %s", UINT64_MAX,
               s ? "another string" : ju_type_name(v));
        return 0;
    }
    *out = x;
    return 1;
}

/* A short one-line string (a version, a date) into buf[n]. */
static void read_short(struct reader *r, const cJSON *root, const char *key,
                       char *buf, size_t n)
{
    char line[SHORT_TEXT];
    buf[0] = '\0';
    if (!ju_text(&r->c, root, "", key, JT_LINE, JU_NONEMPTY, line, sizeof line))
        return;
    if (strlen(line) >= n)
        ju_err(&r->c, key, "expected at most %zu bytes", n - 1);
    else
        memcpy(buf, line, strlen(line) + 1);
}

/* ---- the embedded files ---- */

/* The canonical text of an embedded tree, or NULL after an error. */
static char *canonical(struct reader *r, const cJSON *item)
{
    char *t = cJSON_PrintUnformatted(item);
    if (!t)
        ju_err(&r->c, "", "out of memory");
    return t;
}

/* Loads a tree of kind into the bundle (a personality into *p). */
static int try_load(struct jctx *c, const cJSON *item, enum ju_kind kind,
                    struct bundle *b, struct personality *p)
{
    switch (kind) {
    case JU_SCENARIO:
        free(b->sc);
        b->sc = load_scenario_json(c, item);
        return b->sc != NULL;
    case JU_ORDERS:
        return load_catalogue_json(c, item, &b->cat);
    case JU_PERSONALITY:
        return load_personality_json(c, item, p);
    default:
        return 0;
    }
}

/* The current asset file an embedded tree of kind may be completed from
 * (the catalogue; the scenario or personality of the same id), or NULL. */
static cJSON *asset_tree(enum ju_kind kind, const cJSON *item)
{
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(item, "id");
    const char *name = cJSON_IsString(id) ? id->valuestring : "";
    size_t n = strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789_");
    char path[1200];
    if (kind == JU_ORDERS)
        snprintf(path, sizeof path, "%s/orders.json", data_assets_dir());
    else if (n == 0 || n >= ID_LEN || name[n])
        return NULL;
    else
        snprintf(path, sizeof path, "%s/%s/%s.json", data_assets_dir(),
                 kind == JU_SCENARIO ? "scenarios" : "ai", name);
    size_t len;
    char *text = data_read_file(path, &len, NULL);
    if (!text)
        return NULL;
    struct jctx quiet;
    ju_init(&quiet, path, NULL);
    cJSON *tree = ju_parse(&quiet, text, len);
    free(text);
    if (tree && ju_kind_of(tree) != kind) {
        cJSON_Delete(tree);
        return NULL;
    }
    return tree;
}

/* Adds to dst, object by object, every key of src it lacks (arrays are
 * left alone); returns how many were added. */
static int complete_from(cJSON *dst, const cJSON *src)
{
    int n = 0;
    const cJSON *m;
    cJSON_ArrayForEach(m, src) {
        /* "$schema" is for editors, not a key the game requires */
        if (!m->string || !strcmp(m->string, "$schema"))
            continue;
        cJSON *have = cJSON_GetObjectItemCaseSensitive(dst, m->string);
        if (!have) {
            cJSON *copy = cJSON_Duplicate(m, 1);
            if (copy) {
                cJSON_AddItemToObject(dst, m->string, copy);
                n++;
            }
        } else if (cJSON_IsObject(have) && cJSON_IsObject(m)) {
            n += complete_from(have, m);
        }
    }
    return n;
}

/* Loads the embedded tree item (at prefix) of kind, and its canonical
 * text into *canon. An older save whose tree lacks keys this game
 * requires is migrated: the keys are taken from the current asset file
 * (counted in info->migrated). Else the tree's errors are reported. */
static int load_embedded(struct reader *r, const cJSON *item,
                         const char *prefix, enum ju_kind kind,
                         struct personality *p, char **canon)
{
    struct jctx quiet;
    ju_init(&quiet, r->c.file, NULL);
    if (ju_kind_of(item) == kind && try_load(&quiet, item, kind, r->b, p))
        return canon ? (*canon = canonical(r, item)) != NULL : 1;
    cJSON *cur = ju_kind_of(item) == kind ? asset_tree(kind, item) : NULL;
    cJSON *copy = cur ? cJSON_Duplicate(item, 1) : NULL;
    int added = copy ? complete_from(copy, cur) : 0;
    cJSON_Delete(cur);
    int ok = 0;
    if (added > 0 && try_load(&quiet, copy, kind, r->b, p)) {
        r->info->migrated += added;
        ok = canon ? (*canon = canonical(r, copy)) != NULL : 1;
    } else {
        r->c.prefix = prefix;
        if (ju_expect_kind(&r->c, item, kind) &&
            try_load(&r->c, item, kind, r->b, p))
            ok = canon ? (*canon = canonical(r, item)) != NULL : 1;
        r->c.prefix = NULL;
    }
    cJSON_Delete(copy);
    return ok;
}

static void read_scenario(struct reader *r, const cJSON *root)
{
    const cJSON *item = ju_object(&r->c, root, "", "scenario", 1);
    if (!item)
        return;
    /* The hash is of the scenario as saved, before any migration. */
    char *saved = canonical(r, item);
    if (!saved)
        return;
    uint64_t want, got = bundle_hash(saved, strlen(saved));
    free(saved);
    if (!load_embedded(r, item, "scenario", JU_SCENARIO, NULL,
                       &r->b->scenario_json) ||
        !read_hex(r, root, "", "scenario_hash", &want))
        return;
    if (want != got) {
        ju_err(&r->c, "scenario_hash", "%016" PRIx64 " does not match the "
               "embedded scenario (%016" PRIx64 "): the scenario was altered "
               "or belongs to another save", want, got);
        return;
    }
    r->b->scenario_hash = bundle_hash(r->b->scenario_json,
                                      strlen(r->b->scenario_json));
    char id[ID_LEN];
    if (ju_text(&r->c, root, "", "scenario_id", JT_ID, 0, id, sizeof id) &&
        strcmp(id, r->b->sc->id) != 0)
        ju_err(&r->c, "scenario_id", "\"%s\", but the embedded scenario is "
               "\"%s\"", id, r->b->sc->id);
}

static void read_catalogue(struct reader *r, const cJSON *root)
{
    const cJSON *item = ju_object(&r->c, root, "", "catalogue", 1);
    if (item)
        load_embedded(r, item, "catalogue", JU_ORDERS, NULL,
                      &r->b->catalogue_json);
}

static void read_personalities(struct reader *r, const cJSON *root)
{
    int n;
    const cJSON *arr = ju_array(&r->c, root, "", "personalities", 1, 0,
                                MAX_PERSONALITIES, &n);
    if (failed(r))
        return;
    struct personality_set *ps = &r->b->ps;
    char prefix[JU_PATH];
    const cJSON *it;
    int i = 0;
    cJSON_ArrayForEach(it, arr) {
        if (i >= n)
            break;
        struct personality *p = &ps->p[ps->n];
        if (load_embedded(r, it, ju_idx(prefix, "personalities", i),
                          JU_PERSONALITY, p, NULL)) {
            if (personality_find(ps, p->id)) {
                r->c.prefix = prefix;
                ju_err(&r->c, "id", "personality \"%s\" given twice", p->id);
                r->c.prefix = NULL;
            } else {
                ps->n++;
            }
        }
        if (failed(r))
            return;
        i++;
    }
}

/* ---- seats ---- */

static void read_seat(struct reader *r, const cJSON *it, const char *path,
                      int i)
{
    const struct scenario *sc = r->b->sc;
    struct record_seat *c = &r->r->seats[i];
    char p[JU_PATH], id[ID_LEN];
    ju_keys(&r->c, it, path, seat_keys);
    if (ju_text(&r->c, it, path, "id", JT_ID, 0, id, sizeof id) &&
        strcmp(id, sc->seats[i].id) != 0)
        ju_err(&r->c, ju_key(p, path, "id"), "expected \"%s\" (contingent "
               "%d of the scenario), got \"%s\"", sc->seats[i].id, i + 1, id);
    int human = 0;
    ju_bool(&r->c, it, path, "human", &human);
    c->human = (uint8_t)(human != 0);
    const cJSON *v = ju_get(&r->c, it, path, "personality", 1);
    ju_key(p, path, "personality");
    if (v && cJSON_IsNull(v)) {
        c->personality[0] = '\0';
    } else if (v && ju_text_value(&r->c, v, p, JT_ID, 0, id, sizeof id)) {
        if (!personality_find(&r->b->ps, id))
            ju_err(&r->c, p, "no personality \"%s\" among the save's "
                   "\"personalities\"", id);
        snprintf(c->personality, sizeof c->personality, "%s", id);
    }
    v = ju_get(&r->c, it, path, "level", 1);
    ju_key(p, path, "level");
    if (v)
        c->level = (int8_t)ju_enum_value(&r->c, v, p, ai_level_from_name, "AI level");
    /* a human team's name: optional (saves before it have none) */
    ju_text(&r->c, it, path, "team", JT_NAME, JU_OPTIONAL | JU_EMPTY, c->team, sizeof c->team);
    /* a master seat's --think: optional (saves before it have none: the default) */
    ju_int_opt(&r->c, it, path, "think", 1, RECORD_THINK_MAX, 0, &c->think);
}

static void read_seats(struct reader *r, const cJSON *root)
{
    const struct scenario *sc = r->b->sc;
    int n;
    const cJSON *arr = ju_array(&r->c, root, "", "seats", 1, sc->nseats,
                                sc->nseats, &n);
    const cJSON *it;
    char p[JU_PATH];
    int i = 0;
    cJSON_ArrayForEach(it, arr) {
        if (i >= n || failed(r))
            break;
        if (ju_is_object(&r->c, it, ju_idx(p, "seats", i)))
            read_seat(r, it, p, i);
        i++;
    }
}

/* ---- orders ---- */

/* One order by meaning at path into *o, for seat and turn. */
static void read_order(struct reader *r, const cJSON *it, const char *path,
                       int seat, int turn, struct order *o)
{
    const struct scenario *sc = r->b->sc;
    char p[JU_PATH];
    if (!ju_is_object(&r->c, it, path))
        return;
    const cJSON *k = ju_get(&r->c, it, path, "order", 1);
    int kind = k ? ju_enum_value(&r->c, k, ju_key(p, path, "order"),
                                 order_from_name, "order")
                 : -1;
    if (kind < 0)
        return;
    *o = order_make(kind, seat, turn);
    int tk = order_target_kind(kind);
    const char *keys[4];
    int nk = 0;
    keys[nk++] = "order";
    if (tk == TK_SECTOR || tk == TK_SECTOR_SEAT)
        keys[nk++] = "sector";
    if (tk == TK_SEAT || tk == TK_SECTOR_SEAT)
        keys[nk++] = "target";
    if (tk == TK_LEVEL)
        keys[nk++] = "level";
    if (tk == TK_CHOICE) {
        keys[nk++] = "inject";
        keys[nk++] = "choice";
    }
    keys[nk] = NULL;
    ju_keys(&r->c, it, path, keys);
    const cJSON *v;
    if ((tk == TK_SECTOR || tk == TK_SECTOR_SEAT) &&
        (v = ju_get(&r->c, it, path, "sector", 1)))
        o->sector = (int8_t)load_sector_ref(&r->c, sc, v,
                                            ju_key(p, path, "sector"));
    if ((tk == TK_SEAT || tk == TK_SECTOR_SEAT) &&
        (v = ju_get(&r->c, it, path, "target", 1)))
        o->target = (int8_t)load_seat_ref(&r->c, sc, v,
                                          ju_key(p, path, "target"));
    if (tk == TK_LEVEL && (v = ju_get(&r->c, it, path, "level", 1))) {
        int l = ju_enum_value(&r->c, v, ju_key(p, path, "level"), share_from_name,
                              "share level");
        o->level = (int8_t)(l < 0 ? 0 : l);
    }
    if (tk == TK_CHOICE && (v = ju_get(&r->c, it, path, "inject", 1))) {
        char id[ID_LEN];
        ju_key(p, path, "inject");
        if (ju_text_value(&r->c, v, p, JT_ID, 0, id, sizeof id)) {
            for (int i = 0; i < sc->ninjects && o->inject < 0; i++)
                if (strcmp(sc->injects[i].id, id) == 0)
                    o->inject = (int8_t)i;
            if (o->inject < 0)
                ju_err(&r->c, p, "unknown inject \"%s\"", id);
        }
        int ch = 0;
        ju_int(&r->c, it, path, "choice", 0, MAX_CHOICES - 1, &ch);
        o->level = (int8_t)ch;
    }
}

/* obj.orders: {seat id: [order, ...]} into *t. */
static void read_orders(struct reader *r, const cJSON *obj, const char *path,
                        int turn, int all_seats, struct turn_orders *t)
{
    const struct scenario *sc = r->b->sc;
    memset(t, 0, sizeof *t);
    const cJSON *m = ju_object(&r->c, obj, path, "orders", 1);
    if (!m)
        return;
    char op[JU_PATH], sp[JU_PATH], p[JU_PATH];
    ju_key(op, path, "orders");
    const char *names[MAX_SEATS];
    for (int i = 0; i < sc->nseats; i++)
        names[i] = sc->seats[i].id;
    const cJSON *arr;
    cJSON_ArrayForEach(arr, m) {
        int seat = ju_member(&r->c, arr, op, names, sc->nseats, t->seen);
        if (seat < 0)
            return;
        ju_key(sp, op, names[seat]);
        if (!cJSON_IsArray(arr)) {
            ju_err(&r->c, sp, "expected an array of orders, got %s",
                   ju_type_name(arr));
            return;
        }
        if (cJSON_GetArraySize(arr) > MAX_ORDERS) {
            ju_err(&r->c, sp, "more than %d orders", MAX_ORDERS);
            return;
        }
        const cJSON *it;
        cJSON_ArrayForEach(it, arr) {
            read_order(r, it, ju_idx(p, sp, t->n[seat]), seat, turn,
                       &t->o[seat][t->n[seat]]);
            t->n[seat]++;
            if (failed(r))
                return;
        }
    }
    if (all_seats)
        ju_missing(&r->c, op, names, sc->nseats, t->seen);
}

/* obj.flags: {seat id: ["orders_by_ai", ...]} (optional) into flags. */
static void read_flags(struct reader *r, const cJSON *obj, const char *path, uint8_t *flags)
{
    const struct scenario *sc = r->b->sc;
    const cJSON *m = ju_object(&r->c, obj, path, "flags", 0);
    if (!m)
        return;
    char fp[JU_PATH], sp[JU_PATH], p[JU_PATH];
    ju_key(fp, path, "flags");
    const char *names[MAX_SEATS];
    unsigned char seen[MAX_SEATS] = { 0 };
    for (int i = 0; i < sc->nseats; i++)
        names[i] = sc->seats[i].id;
    const cJSON *arr;
    cJSON_ArrayForEach(arr, m) {
        int seat = ju_member(&r->c, arr, fp, names, sc->nseats, seen);
        if (seat < 0)
            return;
        ju_key(sp, fp, names[seat]);
        if (!cJSON_IsArray(arr)) {
            ju_err(&r->c, sp, "expected an array of flags, got %s", ju_type_name(arr));
            return;
        }
        int k = 0;
        const cJSON *it;
        cJSON_ArrayForEach(it, arr) {
            char name[ID_LEN];
            ju_idx(p, sp, k++);
            if (!ju_text_value(&r->c, it, p, JT_ID, 0, name, sizeof name))
                return;
            int bit = record_flag_from_name(name);
            if (!bit) {
                ju_err(&r->c, p, "unknown flag \"%s\"", name);
                return;
            }
            flags[seat] |= (uint8_t)bit;
        }
    }
}

/* ---- turns ---- */

static void read_turn(struct reader *r, const cJSON *it, int idx)
{
    struct record_turn *rt = &r->r->turns[idx];
    char path[JU_PATH], p[JU_PATH];
    ju_idx(path, "turns", idx);
    if (!ju_is_object(&r->c, it, path))
        return;
    ju_keys(&r->c, it, path, turn_keys);
    int turn = 0;
    if (ju_int(&r->c, it, path, "turn", 1, MAX_TURNS, &turn) && turn != idx + 1)
        ju_err(&r->c, ju_key(p, path, "turn"), "expected turn %d, got %d", idx + 1, turn);
    read_hex(r, it, path, "checksum", &rt->checksum);
    if (failed(r))
        return;
    struct turn_orders *t = malloc(sizeof *t);
    if (!t) {
        ju_err(&r->c, path, "out of memory");
        return;
    }
    read_orders(r, it, path, turn, 1, t);
    if (!failed(r))
        read_flags(r, it, path, rt->flags);
    for (int i = 0; i < r->b->sc->nseats; i++) {
        rt->norders[i] = (uint8_t)t->n[i];
        memcpy(rt->orders[i], t->o[i], sizeof(struct order) * (size_t)t->n[i]);
    }
    free(t);
    r->r->nturns = idx + 1;
}

static void read_turns(struct reader *r, const cJSON *root)
{
    int n;
    const cJSON *arr = ju_array(&r->c, root, "", "turns", 1, 0, MAX_TURNS, &n);
    const cJSON *it;
    int i = 0;
    cJSON_ArrayForEach(it, arr) {
        if (i >= n || failed(r))
            break;
        read_turn(r, it, i++);
    }
}

/* The orders human seats had confirmed for the turn being played. */
static void read_pending(struct reader *r, const cJSON *root)
{
    const cJSON *obj = ju_object(&r->c, root, "", "pending", 0);
    const struct scenario *sc = r->b->sc;
    if (!obj || failed(r))
        return;
    ju_keys(&r->c, obj, "pending", pending_keys);
    int turn = 0;
    if (ju_int(&r->c, obj, "pending", "turn", 1, MAX_TURNS, &turn) &&
        turn != r->r->nturns + 1)
        ju_err(&r->c, "pending.turn", "expected the turn being played");
    if (failed(r))
        return;
    struct turn_orders *t = malloc(sizeof *t);
    if (!t) {
        ju_err(&r->c, "pending", "out of memory");
        return;
    }
    read_orders(r, obj, "pending", turn, 0, t);
    for (int i = 0; i < sc->nseats && !failed(r); i++)
        if (t->seen[i] && !r->r->seats[i].human)
            ju_err(&r->c, "pending.orders", "\"%s\" is not a human seat: an "
                   "AI decides again when the game goes on", sc->seats[i].id);
    for (int i = 0; i < sc->nseats && !failed(r); i++)
        if (t->seen[i]) {
            record_set_pending(r->r, i, t->o[i], t->n[i]);
            r->info->pending++;
        }
    free(t);
}

/* ---- the whole ---- */

static void read_all(struct reader *r, const cJSON *root)
{
    struct save_info *info = r->info;
    if (!check_format(r, root) || !check_version(r, root))
        return;
    info->version = SAVE_FORMAT_VERSION;
    ju_keys(&r->c, root, "", top_keys);
    uint64_t seed = 0;
    if (failed(r) || !read_seed(r, root, &seed))
        return;
    read_short(r, root, "game_version", info->game_version,
               sizeof info->game_version);
    if (!failed(r))
        read_short(r, root, "started_at", info->started_at,
                   sizeof info->started_at);
    if (!failed(r))
        read_short(r, root, "saved_at", info->saved_at, sizeof info->saved_at);
    if (failed(r))
        return;
    read_scenario(r, root);
    if (failed(r))
        return;
    read_catalogue(r, root);
    if (failed(r))
        return;
    read_personalities(r, root);
    if (failed(r))
        return;
    struct bundle *b = r->b;
    pub_build(b->sc, &b->cat, &b->pub);
    record_init(r->r, b->sc->nseats, seed);
    snprintf(r->r->started_at, sizeof r->r->started_at, "%s", info->started_at);
    read_seats(r, root);
    if (!failed(r))
        read_turns(r, root);
    if (!failed(r))
        read_pending(r, root);
    if (!failed(r))
        save_fac_read(&r->c, root, r->b->sc, r->r);
    info->turns = r->r->nturns;
}

int save_parse(const char *text, size_t len, const char *name, struct bundle *b,
               struct record *rec, struct save_info *info, struct errlist *e)
{
    struct save_info local;
    struct reader r = { .b = b, .r = rec, .info = info ? info : &local };
    memset(r.info, 0, sizeof *r.info);
    memset(b, 0, sizeof *b);
    memset(rec, 0, sizeof *rec);
    ju_init(&r.c, name, e);
    if (len > DATA_FILE_MAX) {
        ju_err(&r.c, "", "too large (over %u bytes)", DATA_FILE_MAX);
        return 0;
    }
    cJSON *root = ju_parse(&r.c, text, len);
    if (!root)
        return 0;
    read_all(&r, root);
    cJSON_Delete(root);
    if (failed(&r)) {
        bundle_free(b);
        memset(rec, 0, sizeof *rec);
        return 0;
    }
    return 1;
}

int save_read(const char *path, struct bundle *b, struct record *r,
              struct save_info *info, struct errlist *e)
{
    memset(b, 0, sizeof *b);
    memset(r, 0, sizeof *r);
    if (info)
        memset(info, 0, sizeof *info);
    size_t len;
    char *text = data_read_file(path, &len, e);
    if (!text)
        return 0;
    int ok = save_parse(text, len, path, b, r, info, e);
    free(text);
    return ok;
}
