/* save_write.c - writing saves: a game's record as JSON (orders by
 * meaning, with the scenario, catalogue and personalities embedded), put
 * in place atomically (afile.c). */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "../config.h"
#include "../core/record.h"
#include "afile.h"
#include "save.h"
#include "save_fac.h"
#include "save_fmt.h"

/* ---- a growable text buffer ---- */

struct sbuf {
    char *p;
    size_t n, cap;
    int oom;                   /* an allocation failed: the text is void */
};

static void sb_reserve(struct sbuf *b, size_t more)
{
    if (b->oom || b->n + more + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 16384;
    while (cap < b->n + more + 1)
        cap *= 2;
    char *q = realloc(b->p, cap);
    if (!q) {
        b->oom = 1;
        return;
    }
    b->p = q;
    b->cap = cap;
}

static void sb_put(struct sbuf *b, const char *s, size_t n)
{
    sb_reserve(b, n);
    if (b->oom)
        return;
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

static void sb_str(struct sbuf *b, const char *s)
{
    sb_put(b, s, strlen(s));
}

static void sb_fmt(struct sbuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void sb_fmt(struct sbuf *b, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int w = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (w < 0)
        return;
    if ((size_t)w < sizeof tmp) {
        sb_put(b, tmp, (size_t)w);
        return;
    }
    sb_reserve(b, (size_t)w);
    if (b->oom)
        return;
    va_start(ap, fmt);
    vsnprintf(b->p + b->n, (size_t)w + 1, fmt, ap);
    va_end(ap);
    b->n += (size_t)w;
}

/* s as a JSON string: quotes, backslashes and control characters escaped,
 * other bytes (UTF-8) as they are. */
static void sb_json(struct sbuf *b, const char *s)
{
    sb_put(b, "\"", 1);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': sb_put(b, "\\\"", 2); break;
        case '\\': sb_put(b, "\\\\", 2); break;
        case '\n': sb_put(b, "\\n", 2); break;
        case '\t': sb_put(b, "\\t", 2); break;
        case '\r': sb_put(b, "\\r", 2); break;
        default:
            if (*p < 0x20)
                sb_fmt(b, "\\u%04x", *p);
            else
                sb_put(b, (const char *)p, 1);
        }
    }
    sb_put(b, "\"", 1);
}

/* ---- the document ---- */

/* One order by meaning: ids, not indices; only the fields its kind has. */
static void put_order(struct sbuf *b, const struct scenario *sc,
                      const struct order *o)
{
    int k = o->kind;
    sb_fmt(b, "{\"order\": \"%s\"", order_name(k));
    int tk = k < ORD_COUNT ? order_target_kind(k) : TK_NONE;
    if ((tk == TK_SECTOR || tk == TK_SECTOR_SEAT) && o->sector >= 0 &&
        o->sector < sc->nsectors)
        sb_fmt(b, ", \"sector\": \"%s\"", sc->sectors[o->sector].id);
    if ((tk == TK_SEAT || tk == TK_SECTOR_SEAT) && o->target >= 0 &&
        o->target < sc->nseats)
        sb_fmt(b, ", \"target\": \"%s\"", sc->seats[o->target].id);
    if (tk == TK_LEVEL && o->level >= 0 && o->level < SHARE_COUNT)
        sb_fmt(b, ", \"level\": \"%s\"", share_name(o->level));
    if (tk == TK_CHOICE && o->inject >= 0 && o->inject < sc->ninjects)
        sb_fmt(b, ", \"inject\": \"%s\", \"choice\": %d",
               sc->injects[o->inject].id, o->level);
    sb_put(b, "}", 1);
}

/* "orders": {seat: [...], ...} of every seat whose flag is set. */
static void put_orders(struct sbuf *b, const struct scenario *sc,
                       const struct order (*orders)[MAX_ORDERS],
                       const int *norders, const int *include)
{
    sb_str(b, "\"orders\": {");
    int first = 1;
    for (int i = 0; i < sc->nseats; i++) {
        if (!include[i])
            continue;
        sb_fmt(b, "%s\n      \"%s\": [", first ? "" : ",", sc->seats[i].id);
        for (int k = 0; k < norders[i]; k++) {
            if (k)
                sb_str(b, ", ");
            put_order(b, sc, &orders[i][k]);
        }
        sb_put(b, "]", 1);
        first = 0;
    }
    sb_str(b, "}");
}

/* ", "flags": {seat: ["orders_by_ai", ...]}" of the seats with a flag
 * (nothing when none has one: a save as older games wrote it). */
static void put_flags(struct sbuf *b, const struct scenario *sc, const uint8_t *flags)
{
    int first = 1;
    for (int i = 0; i < sc->nseats; i++) {
        if (!flags[i])
            continue;
        sb_fmt(b, "%s\"%s\": [", first ? ", \"flags\": {" : ", ", sc->seats[i].id);
        int k = 0;
        for (int bit = 1; bit < 0x100; bit <<= 1)
            if ((flags[i] & bit) && record_flag_name(bit))
                sb_fmt(b, "%s\"%s\"", k++ ? ", " : "", record_flag_name(bit));
        sb_put(b, "]", 1);
        first = 0;
    }
    if (!first)
        sb_put(b, "}", 1);
}

static void put_turns(struct sbuf *b, const struct scenario *sc, const struct record *r)
{
    int all[MAX_SEATS];
    for (int i = 0; i < MAX_SEATS; i++)
        all[i] = 1;
    sb_str(b, "  \"turns\": [");
    for (int t = 0; t < r->nturns; t++) {
        const struct record_turn *rt = &r->turns[t];
        int n[MAX_SEATS];
        for (int i = 0; i < MAX_SEATS; i++)
            n[i] = rt->norders[i];
        sb_fmt(b, "%s\n    {\"turn\": %d, \"checksum\": \"%016" PRIx64 "\", ",
               t ? "," : "", t + 1, rt->checksum);
        put_orders(b, sc, rt->orders, n, all);
        put_flags(b, sc, rt->flags);
        sb_str(b, "}");
    }
    sb_str(b, r->nturns ? "\n  ],\n" : "],\n");
}

/* The orders human seats confirmed for the turn being played. */
static void put_pending(struct sbuf *b, const struct scenario *sc, const struct record *r)
{
    if (!record_has_pending(r))
        return;
    int keep[MAX_SEATS] = { 0 }, n[MAX_SEATS] = { 0 };
    for (int i = 0; i < r->nseats; i++) {
        keep[i] = r->pending.seat[i];
        n[i] = r->pending.norders[i];
    }
    sb_fmt(b, "  \"pending\": {\"turn\": %d, ", r->nturns + 1);
    put_orders(b, sc, r->pending.orders, n, keep);
    sb_str(b, "},\n");
}

/* The facilitator's part: its actions and journal, when there are any
 * (or the save it came from had the part). */
static void put_facilitator(struct sbuf *b, const struct record *r, const struct scenario *sc)
{
    int oom = 0;
    char *text = save_fac_text(r, sc, &oom);
    if (oom)
        b->oom = 1;
    if (!text)
        return;
    sb_str(b, "  \"facilitator\": ");
    sb_str(b, text);
    sb_str(b, ",\n");
    free(text);
}

static void put_personality(struct sbuf *b, const struct personality *p)
{
    sb_str(b, "{\"format\": \"mandate-personality\", \"version\": 1, \"id\": ");
    sb_json(b, p->id);
    sb_str(b, ", \"name\": ");
    sb_json(b, p->name);
    sb_str(b, ", \"description\": ");
    sb_json(b, p->description);
    sb_fmt(b, ", \"weights\": {\"mandate\": %d, \"collection\": %d, "
           "\"security\": %d, \"influence\": %d}, \"risk\": %d, "
           "\"grudge\": %d, \"honesty\": %d, \"share\": \"%s\", "
           "\"random\": %s}",
           p->w_mandate, p->w_collection, p->w_security, p->w_influence,
           p->risk, p->grudge, p->honesty,
           share_name(p->share >= 0 && p->share < SHARE_COUNT ? p->share : 0),
           p->random ? "true" : "false");
}

static void iso_now(char *out, size_t n)
{
    time_t now = time(NULL);
    struct tm tm;
    if (!gmtime_r(&now, &tm) || !strftime(out, n, "%Y-%m-%dT%H:%M:%SZ", &tm))
        snprintf(out, n, "unknown");
}

/* The personality of id in the bundle, or NULL. */
static const struct personality *seat_personality(const struct bundle *bu, const char *id)
{
    return id[0] ? personality_find(&bu->ps, id) : NULL;
}

static void put_document(struct sbuf *b, const struct record *r, const struct bundle *bu)
{
    const struct scenario *sc = bu->sc;
    char now[32];
    iso_now(now, sizeof now);
    sb_str(b, "{\n  \"format\": \"" SAVE_FORMAT "\",\n");
    sb_fmt(b, "  \"version\": %d,\n", SAVE_FORMAT_VERSION);
    sb_str(b, "  \"game_version\": \"" MANDATE_VERSION "\",\n");
    sb_fmt(b, "  \"scenario_id\": \"%s\",\n", sc->id);
    sb_fmt(b, "  \"scenario_hash\": \"%016" PRIx64 "\",\n", bu->scenario_hash);
    sb_fmt(b, "  \"seed\": \"%" PRIu64 "\",\n", r->seed);
    sb_str(b, "  \"started_at\": ");
    sb_json(b, r->started_at[0] ? r->started_at : now);
    sb_str(b, ",\n  \"saved_at\": ");
    sb_json(b, now);
    sb_str(b, ",\n  \"seats\": [");
    for (int i = 0; i < sc->nseats; i++) {
        const struct record_seat *c = &r->seats[i];
        const struct personality *p = seat_personality(bu, c->personality);
        sb_fmt(b, "%s\n    {\"id\": \"%s\", \"human\": %s, \"personality\": ",
               i ? "," : "", sc->seats[i].id, c->human ? "true" : "false");
        if (p)
            sb_json(b, p->id);
        else
            sb_str(b, "null");
        sb_fmt(b, ", \"level\": \"%s\"", ai_level_name(c->level));
        if (c->team[0]) {
            sb_str(b, ", \"team\": ");
            sb_json(b, c->team);
        }
        if (c->level == AI_MASTER && c->think > 0)   /* its budget per decision */
            sb_fmt(b, ", \"think\": %d", c->think);
        sb_str(b, "}");
    }
    sb_str(b, "\n  ],\n");
    put_turns(b, sc, r);
    put_pending(b, sc, r);
    put_facilitator(b, r, sc);
    sb_str(b, "  \"scenario\": ");
    sb_str(b, bu->scenario_json);
    sb_str(b, ",\n  \"catalogue\": ");
    sb_str(b, bu->catalogue_json);
    sb_str(b, ",\n  \"personalities\": [");
    int n = 0;
    for (int i = 0; i < sc->nseats; i++) {
        const struct personality *p = seat_personality(bu, r->seats[i].personality);
        int seen = !p;
        for (int j = 0; j < i && !seen; j++)
            seen = seat_personality(bu, r->seats[j].personality) == p;
        if (seen)
            continue;
        sb_str(b, n++ ? ",\n    " : "\n    ");
        put_personality(b, p);
    }
    sb_str(b, n ? "\n  ]\n}\n" : "]\n}\n");
}

int save_write(const char *path, const struct record *r, const struct bundle *b,
               struct errlist *e)
{
    if (!b->sc || !b->scenario_json || !b->catalogue_json || r->nseats != b->sc->nseats) {
        errlist_add(e, "%s: cannot write: no game to save", path);
        return 0;
    }
    /* A save replaces only a regular file: never a device or a pipe
     * (renaming over /dev/null as root would replace the device). */
    struct stat cur;
    if (stat(path, &cur) == 0 && !S_ISREG(cur.st_mode)) {
        errlist_add(e, "%s: cannot write: not a regular file", path);
        return 0;
    }
    struct sbuf buf = { 0 };
    put_document(&buf, r, b);
    int ok = 0;
    struct afile a;
    if (buf.oom) {
        errlist_add(e, "%s: cannot write: out of memory", path);
    } else if (afile_open(&a, path, e)) {
        fwrite(buf.p, 1, buf.n, a.f);   /* a short write: commit says why */
        ok = afile_commit(&a, e);
    }
    free(buf.p);
    return ok;
}
