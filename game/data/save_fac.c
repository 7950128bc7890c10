/* save_fac.c - the facilitator's part of a save: every action kept in
 * the record (by week, in the order taken) and the journal, named by
 * what they name (inject and contingent ids), never by index. The format
 * is in assets/SAVE_FORMAT.md. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/world.h"
#include "loaders.h"
#include "save_fac.h"

/* ---- writing ---- */

static cJSON *action_json(const struct fac_action *a, const struct scenario *sc, int journal)
{
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return NULL;
    cJSON_AddNumberToObject(o, "week", a->week);
    cJSON_AddStringToObject(o, "at", a->at);
    cJSON_AddStringToObject(o, "action", fac_kind_name(a->kind));
    int seat_ok = a->seat >= 0 && a->seat < sc->nseats;
    switch (a->kind) {
    case FAC_FIRE: case FAC_HOLD: case FAC_RELEASE:
        if (a->inject >= 0 && a->inject < sc->ninjects)
            cJSON_AddStringToObject(o, "inject", sc->injects[a->inject].id);
        break;
    case FAC_CONTINGENCY:
        cJSON_AddStringToObject(o, "audience", seat_ok ? sc->seats[a->seat].id : "all");
        cJSON_AddStringToObject(o, "title", a->title);
        cJSON_AddStringToObject(o, "text", a->text);
        break;
    case FAC_SEAT:
        if (seat_ok)
            cJSON_AddStringToObject(o, "seat", sc->seats[a->seat].id);
        cJSON_AddBoolToObject(o, "human", a->human);
        cJSON_AddBoolToObject(o, "was_human", a->was_human);
        break;
    case FAC_KICK:
        if (seat_ok)
            cJSON_AddStringToObject(o, "seat", sc->seats[a->seat].id);
        break;
    case FAC_DEADLINE:
        cJSON_AddNumberToObject(o, "seconds", a->amount);
        cJSON_AddBoolToObject(o, "relative", a->relative);
        break;
    case FAC_SHOW:
        cJSON_AddNumberToObject(o, "page", a->amount);
        break;
    case FAC_REWIND:
        cJSON_AddNumberToObject(o, "to", a->amount);
        cJSON_AddStringToObject(o, "text", a->text);
        break;
    case FAC_REVEAL: case FAC_NOTE:
        cJSON_AddStringToObject(o, "text", a->text);
        break;
    default:
        break;
    }
    if (journal && a->undone)
        cJSON_AddBoolToObject(o, "undone", 1);
    return o;
}

static int add_list(cJSON *obj, const char *key, const struct fac_action *a, int n,
                    const struct scenario *sc, int journal)
{
    cJSON *arr = cJSON_AddArrayToObject(obj, key);
    if (!arr)
        return 0;
    for (int k = 0; k < n; k++) {
        cJSON *it = action_json(&a[k], sc, journal);
        if (!it || !cJSON_AddItemToArray(arr, it)) {
            cJSON_Delete(it);
            return 0;
        }
    }
    return 1;
}

char *save_fac_text(const struct record *r, const struct scenario *sc, int *oom)
{
    *oom = 0;
    if (!record_has_facilitator(r) && r->facilitator <= 0)
        return NULL;
    cJSON *o = cJSON_CreateObject();
    char *text = NULL;
    if (o && cJSON_AddNumberToObject(o, "version", RECORD_FACILITATOR_VERSION) &&
        add_list(o, "actions", r->actions, r->nactions, sc, 0) &&
        add_list(o, "journal", r->journal, r->njournal, sc, 1))
        text = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    *oom = text == NULL;
    return text;
}

/* ---- reading ---- */

/* The keys an action of kind has besides week, at and action. */
static void kind_keys(int kind, int journal, const char **keys)
{
    int n = 0;
    keys[n++] = "week";
    keys[n++] = "at";
    keys[n++] = "action";
    switch (kind) {
    case FAC_FIRE: case FAC_HOLD: case FAC_RELEASE: keys[n++] = "inject"; break;
    case FAC_CONTINGENCY:
        keys[n++] = "audience";
        keys[n++] = "title";
        keys[n++] = "text";
        break;
    case FAC_SEAT:
        keys[n++] = "seat";
        keys[n++] = "human";
        keys[n++] = "was_human";
        break;
    case FAC_KICK: keys[n++] = "seat"; break;
    case FAC_DEADLINE:
        keys[n++] = "seconds";
        keys[n++] = "relative";
        break;
    case FAC_SHOW: keys[n++] = "page"; break;
    case FAC_REWIND:
        keys[n++] = "to";
        keys[n++] = "text";
        break;
    case FAC_REVEAL: case FAC_NOTE: keys[n++] = "text"; break;
    default: break;
    }
    if (journal)
        keys[n++] = "undone";
    keys[n] = NULL;
}

static int inject_ref(struct jctx *c, const struct scenario *sc, const cJSON *it,
                      const char *path)
{
    char p[JU_PATH], id[ID_LEN];
    const cJSON *v = ju_get(c, it, path, "inject", 1);
    if (!v || !ju_text_value(c, v, ju_key(p, path, "inject"), JT_ID, 0, id, sizeof id))
        return -1;
    for (int k = 0; k < sc->ninjects; k++)
        if (strcmp(sc->injects[k].id, id) == 0)
            return k;
    ju_err(c, p, "unknown inject \"%s\"", id);
    return -1;
}

static int flag(struct jctx *c, const cJSON *it, const char *path, const char *key)
{
    int b = 0;
    ju_bool(c, it, path, key, &b);
    return b;
}

/* One action (journal: an entry of the journal) at path into *a. */
static void read_action(struct jctx *c, const cJSON *it, const char *path,
                        const struct scenario *sc, int journal, struct fac_action *a)
{
    char p[JU_PATH], name[ID_LEN], line[SHORT_TEXT];
    if (!ju_is_object(c, it, path))
        return;
    const cJSON *v = ju_get(c, it, path, "action", 1);
    if (!v || !ju_text_value(c, v, ju_key(p, path, "action"), JT_ID, 0, name, sizeof name))
        return;
    int kind = fac_kind_from_name(name);
    if (kind < 0) {
        ju_err(c, p, "unknown facilitator action \"%s\"", name);
        return;
    }
    if (!journal && (kind == FAC_NOTE || kind == FAC_REWIND || kind == FAC_SHOW)) {
        ju_err(c, p, "a %s is kept in the journal alone", name);
        return;
    }
    *a = fac_action_make(kind);
    const char *keys[12];
    kind_keys(kind, journal, keys);
    ju_keys(c, it, path, keys);
    int week = 0;
    ju_int(c, it, path, "week", 1, MAX_TURNS, &week);
    a->week = (int8_t)week;
    if (ju_text(c, it, path, "at", JT_LINE, 0, line, sizeof line)) {
        if (strlen(line) >= sizeof a->at)
            ju_err(c, ju_key(p, path, "at"), "expected a UTC time (\"2026-12-05T22:16:42Z\")");
        else
            snprintf(a->at, sizeof a->at, "%s", line);
    }
    switch (kind) {
    case FAC_FIRE: case FAC_HOLD: case FAC_RELEASE:
        a->inject = (int8_t)inject_ref(c, sc, it, path);
        break;
    case FAC_CONTINGENCY:
        v = ju_get(c, it, path, "audience", 1);
        ju_key(p, path, "audience");
        if (v && cJSON_IsString(v) && strcmp(v->valuestring, "all") == 0)
            a->seat = -1;
        else if (v)
            a->seat = (int8_t)load_seat_ref(c, sc, v, p);
        ju_text(c, it, path, "title", JT_NAME, 0, a->title, sizeof a->title);
        ju_text(c, it, path, "text", JT_LONG, 0, a->text, sizeof a->text);
        break;
    case FAC_SEAT: case FAC_KICK:
        if ((v = ju_get(c, it, path, "seat", 1)))
            a->seat = (int8_t)load_seat_ref(c, sc, v, ju_key(p, path, "seat"));
        if (kind == FAC_SEAT) {
            a->human = (int8_t)flag(c, it, path, "human");
            a->was_human = (int8_t)flag(c, it, path, "was_human");
        }
        break;
    case FAC_DEADLINE: {
        int secs = 0;
        a->relative = (uint8_t)flag(c, it, path, "relative");
        ju_int(c, it, path, "seconds", -24 * 3600, 24 * 3600, &secs);
        a->amount = secs;
        break;
    }
    case FAC_SHOW: {
        int page = 0;
        ju_int(c, it, path, "page", 0, FAC_SHOW_MAX, &page);
        a->amount = page;
        break;
    }
    case FAC_REWIND: {
        int to = 0;
        ju_int(c, it, path, "to", 1, MAX_TURNS, &to);
        a->amount = to;
        ju_text(c, it, path, "text", JT_LONG, 0, a->text, sizeof a->text);
        break;
    }
    case FAC_REVEAL: case FAC_NOTE:
        ju_text(c, it, path, "text", JT_LONG, JU_NONEMPTY, a->text, sizeof a->text);
        break;
    default:
        break;
    }
    if (journal && ju_get(c, it, path, "undone", 0))
        a->undone = (uint8_t)flag(c, it, path, "undone");
}

static void read_list(struct jctx *c, const cJSON *obj, const struct scenario *sc, int journal,
                      struct record *r)
{
    const char *key = journal ? "journal" : "actions";
    int max = journal ? MAX_JOURNAL : MAX_FAC_ACTIONS, n = 0, i = 0;
    const cJSON *arr = ju_array(c, obj, "facilitator", key, 1, 0, max, &n);
    char lp[JU_PATH], p[JU_PATH];
    ju_key(lp, "facilitator", key);
    struct fac_action *a = malloc(sizeof *a);
    if (!a) {
        ju_err(c, lp, "out of memory");
        return;
    }
    const cJSON *it;
    cJSON_ArrayForEach(it, arr) {
        if (i >= n || c->errors)
            break;
        read_action(c, it, ju_idx(p, lp, i++), sc, journal, a);
        if (!c->errors)
            journal ? record_add_journal(r, a) : record_add_action(r, a);
    }
    free(a);
}

void save_fac_read(struct jctx *c, const cJSON *root, const struct scenario *sc,
                   struct record *r)
{
    const cJSON *obj = ju_object(c, root, "", "facilitator", 0);
    if (!obj || c->errors)
        return;
    static const char *const keys[] = { "version", "actions", "journal", NULL };
    ju_keys(c, obj, "facilitator", keys);
    int version = 0;
    const cJSON *v = ju_get(c, obj, "facilitator", "version", 1);
    if (v && cJSON_IsNumber(v) && v->valuedouble > RECORD_FACILITATOR_VERSION &&
        v->valuedouble < 1e9)
        ju_err(c, "facilitator.version", "version %d is newer than this game reads "
               "(%d): update the game to load it", (int)v->valuedouble,
               RECORD_FACILITATOR_VERSION);
    else if (v)
        ju_int(c, obj, "facilitator", "version", 1, RECORD_FACILITATOR_VERSION, &version);
    for (int journal = 0; journal < 2 && !c->errors; journal++)
        read_list(c, obj, sc, journal, r);
    if (!c->errors)
        r->facilitator = version;
}
