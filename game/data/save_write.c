/* save_write.c - writing saves: the session's record as JSON (orders by
 * meaning, with the scenario, catalogue and personalities embedded), put
 * in place atomically; the saves folder, autosaves and their generations. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../config.h"
#include "../session/session.h"
#include "save.h"
#include "save_fmt.h"
#include "userdir.h"

#define PATH_MAX_LEN 4096
#define STALE_TEMP_SECONDS 60  /* a temporary file this old was abandoned */

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

static const char *const share_levels[] = SAVE_SHARE_LEVELS;

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
    if (tk == TK_LEVEL && o->level >= 0 && o->level < SAVE_NSHARE)
        sb_fmt(b, ", \"level\": \"%s\"", share_levels[o->level]);
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

static void put_turns(struct sbuf *b, const struct session *s)
{
    const struct scenario *sc = s->g.sc;
    int all[MAX_SEATS];
    for (int i = 0; i < MAX_SEATS; i++)
        all[i] = 1;
    sb_str(b, "  \"turns\": [");
    for (int t = 0; t < s->nturns; t++) {
        const struct turn_record *r = &s->turns[t];
        int n[MAX_SEATS];
        for (int i = 0; i < MAX_SEATS; i++)
            n[i] = r->norders[i];
        sb_fmt(b, "%s\n    {\"turn\": %d, \"checksum\": \"%016" PRIx64 "\", ",
               t ? "," : "", t + 1, r->checksum);
        put_orders(b, sc, r->orders, n, all);
        sb_str(b, "}");
    }
    sb_str(b, s->nturns ? "\n  ],\n" : "],\n");
}

/* The orders human seats confirmed for the turn being played. */
static void put_pending(struct sbuf *b, const struct session *s)
{
    const struct game *g = &s->g;
    if (g->phase != PHASE_ORDERS)
        return;
    int keep[MAX_SEATS] = { 0 }, any = 0;
    for (int i = 0; i < g->nseats; i++) {
        keep[i] = s->ctl[i].human && g->confirmed[i];
        any |= keep[i];
    }
    if (!any)
        return;
    sb_fmt(b, "  \"pending\": {\"turn\": %d, ", g->turn);
    put_orders(b, g->sc, g->orders, g->norders, keep);
    sb_str(b, "},\n");
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
           share_levels[p->share >= 0 && p->share < SAVE_NSHARE ? p->share : 0],
           p->random ? "true" : "false");
}

static void iso_now(char *out, size_t n)
{
    time_t now = time(NULL);
    struct tm tm;
    if (!gmtime_r(&now, &tm) || !strftime(out, n, "%Y-%m-%dT%H:%M:%SZ", &tm))
        snprintf(out, n, "unknown");
}

static void put_document(struct sbuf *b, const struct session *s,
                         const struct bundle *bu)
{
    const struct game *g = &s->g;
    const struct scenario *sc = g->sc;
    char now[32];
    iso_now(now, sizeof now);
    sb_str(b, "{\n  \"format\": \"" SAVE_FORMAT "\",\n");
    sb_fmt(b, "  \"version\": %d,\n", SAVE_FORMAT_VERSION);
    sb_str(b, "  \"game_version\": \"" MANDATE_VERSION "\",\n");
    sb_fmt(b, "  \"scenario_id\": \"%s\",\n", sc->id);
    sb_fmt(b, "  \"scenario_hash\": \"%016" PRIx64 "\",\n", bu->scenario_hash);
    sb_fmt(b, "  \"seed\": \"%" PRIu64 "\",\n", g->seed);
    sb_str(b, "  \"started_at\": ");
    sb_json(b, s->started_at[0] ? s->started_at : now);
    sb_str(b, ",\n  \"saved_at\": ");
    sb_json(b, now);
    sb_str(b, ",\n  \"seats\": [");
    for (int i = 0; i < g->nseats; i++) {
        const struct seat_ctl *c = &s->ctl[i];
        sb_fmt(b, "%s\n    {\"id\": \"%s\", \"human\": %s, \"personality\": ",
               i ? "," : "", sc->seats[i].id, c->human ? "true" : "false");
        if (c->p)
            sb_json(b, c->p->id);
        else
            sb_str(b, "null");
        sb_fmt(b, ", \"level\": \"%s\"}", ai_level_name(c->level));
    }
    sb_str(b, "\n  ],\n");
    put_turns(b, s);
    put_pending(b, s);
    sb_str(b, "  \"scenario\": ");
    sb_str(b, bu->scenario_json);
    sb_str(b, ",\n  \"catalogue\": ");
    sb_str(b, bu->catalogue_json);
    sb_str(b, ",\n  \"personalities\": [");
    int n = 0;
    for (int i = 0; i < g->nseats; i++) {
        const struct personality *p = s->ctl[i].p;
        int seen = !p;
        for (int j = 0; j < i && !seen; j++)
            seen = s->ctl[j].p == p;
        if (seen)
            continue;
        sb_str(b, n++ ? ",\n    " : "\n    ");
        put_personality(b, p);
    }
    sb_str(b, n ? "\n  ]\n}\n" : "]\n}\n");
}

/* ---- atomic files ---- */

/* Copies the folder part of path into dir ("." when none); 0 if too long. */
static int dir_of(const char *path, char *dir, size_t n)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return snprintf(dir, n, ".") < (int)n;
    size_t len = slash == path ? 1 : (size_t)(slash - path);
    if (len >= n)
        return 0;
    memcpy(dir, path, len);
    dir[len] = '\0';
    return 1;
}

static int write_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return 0;
        p += w;
        n -= (size_t)w;
    }
    return 1;
}

/* Writes data to path through a temporary file of the same folder, flushed
 * to disk before it is renamed over path; then flushes the folder. */
static int write_atomic(const char *path, const char *data, size_t n,
                        struct errlist *e)
{
    char dir[PATH_MAX_LEN], tmp[PATH_MAX_LEN];
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    if (!*base || !dir_of(path, dir, sizeof dir) ||
        snprintf(tmp, sizeof tmp, "%s/.%s.tmp-XXXXXX", dir, base) >=
            (int)sizeof tmp) {
        errlist_add(e, "%s: cannot write: not a usable file name", path);
        return 0;
    }
    /* A save replaces only a regular file: never a device or a pipe
     * (renaming over /dev/null as root would replace the device). */
    struct stat cur;
    if (stat(path, &cur) == 0 && !S_ISREG(cur.st_mode)) {
        errlist_add(e, "%s: cannot write: not a regular file", path);
        return 0;
    }
    int fd = mkstemp(tmp);
    if (fd < 0) {
        errlist_add(e, "%s: cannot write: cannot create a file in %s: %s",
                    path, dir, strerror(errno));
        return 0;
    }
    /* The mode of the file replaced, else what the umask allows. */
    struct stat st;
    mode_t mode;
    if (stat(path, &st) == 0) {
        mode = st.st_mode & 0777;
    } else {
        mode_t mask = umask(022);
        umask(mask);
        mode = 0666 & ~mask;
    }
    const char *step = "cannot write";
    if (fchmod(fd, mode) != 0 || !write_all(fd, data, n))
        goto fail;
    step = "cannot flush to disk";
    if (fsync(fd) != 0)
        goto fail;
    step = "cannot close";
    int rc = close(fd);
    fd = -1;
    if (rc != 0)
        goto fail;
    step = "cannot rename into place";
    if (rename(tmp, path) != 0)
        goto fail;
    /* The rename itself reaches the disk with the folder. */
    int dfd = open(dir, O_RDONLY | O_DIRECTORY);
    if (dfd >= 0) {
        fsync(dfd);
        close(dfd);
    }
    return 1;
fail:
    errlist_add(e, "%s: %s: %s", path, step, strerror(errno));
    if (fd >= 0)
        close(fd);
    unlink(tmp);
    return 0;
}

int save_write(const char *path, const struct session *s, const struct bundle *b,
               struct errlist *e)
{
    if (!s->g.sc || !b->scenario_json || !b->catalogue_json) {
        errlist_add(e, "%s: cannot write: no game to save", path);
        return 0;
    }
    struct sbuf buf = { 0 };
    put_document(&buf, s, b);
    int ok = 0;
    if (buf.oom)
        errlist_add(e, "%s: cannot write: out of memory", path);
    else
        ok = write_atomic(path, buf.p, buf.n, e);
    free(buf.p);
    return ok;
}

/* ---- the saves folder ---- */

static char dir_override[PATH_MAX_LEN];

void save_set_dir(const char *dir)
{
    snprintf(dir_override, sizeof dir_override, "%s", dir ? dir : "");
}

const char *save_dir(void)
{
    if (dir_override[0])
        return dir_override;
    const char *env = getenv("MANDATE_SAVE_DIR");
    if (env && *env)
        return env;
#ifdef MANDATE_SAVES
    return MANDATE_SAVES;      /* the checkout's saves/ */
#else
    /* installed: per user; rebuilt from the environment at each call */
    static char user[PATH_MAX_LEN];
    return userdir_data("saves", user, sizeof user) ? user : "saves";
#endif
}

/* Creates dir and its missing parents. */
static int make_dirs(const char *dir)
{
    char p[PATH_MAX_LEN];
    if (snprintf(p, sizeof p, "%s", dir) >= (int)sizeof p)
        return 0;
    for (char *q = p + 1; *q; q++) {
        if (*q != '/')
            continue;
        *q = '\0';
        if (mkdir(p, 0777) != 0 && errno != EEXIST)
            return 0;
        *q = '/';
    }
    return mkdir(p, 0777) == 0 || errno == EEXIST;
}

int save_make_dir(const char *dir)
{
    return make_dirs(dir);
}

struct entry {
    char name[256];
    struct timespec mtime;
};

/* Newest first: modification time, then name. */
static int newer_first(const void *pa, const void *pb)
{
    const struct entry *a = pa, *b = pb;
    if (a->mtime.tv_sec != b->mtime.tv_sec)
        return a->mtime.tv_sec < b->mtime.tv_sec ? 1 : -1;
    if (a->mtime.tv_nsec != b->mtime.tv_nsec)
        return a->mtime.tv_nsec < b->mtime.tv_nsec ? 1 : -1;
    return -strcmp(a->name, b->name);
}

static int ends_with(const char *s, const char *end)
{
    size_t a = strlen(s), b = strlen(end);
    return a >= b && strcmp(s + a - b, end) == 0;
}

enum { LIST_SAVES, LIST_AUTOSAVES, LIST_TEMPS };

/* The regular files of dir of one kind, newest first, into a new array
 * (the caller frees it); *n gets their count. NULL when none. */
static struct entry *list_dir(const char *dir, int kind, int *n)
{
    *n = 0;
    DIR *d = opendir(dir);
    if (!d)
        return NULL;
    struct entry *v = NULL;
    int cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        const char *nm = de->d_name;
        int match = kind == LIST_TEMPS
                        ? nm[0] == '.' && strstr(nm, ".tmp-") != NULL
                        : nm[0] != '.' && ends_with(nm, ".json") &&
                              (kind == LIST_SAVES ||
                               strncmp(nm, "autosave-", 9) == 0);
        char path[PATH_MAX_LEN];
        struct stat st;
        if (!match || strlen(nm) >= sizeof v->name ||
            snprintf(path, sizeof path, "%s/%s", dir, nm) >= (int)sizeof path ||
            stat(path, &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        if (*n == cap) {
            int ncap = cap ? cap * 2 : 32;
            struct entry *w = realloc(v, (size_t)ncap * sizeof *v);
            if (!w)
                break;
            v = w;
            cap = ncap;
        }
        snprintf(v[*n].name, sizeof v[*n].name, "%s", nm);
        v[*n].mtime = st.st_mtim;
        (*n)++;
    }
    closedir(d);
    if (*n > 1)
        qsort(v, (size_t)*n, sizeof *v, newer_first);
    return v;
}

static void prune(const char *dir, int keep)
{
    int n;
    struct entry *v = list_dir(dir, LIST_AUTOSAVES, &n);
    char path[PATH_MAX_LEN];
    for (int i = keep; i < n; i++)
        if (snprintf(path, sizeof path, "%s/%s", dir, v[i].name) <
            (int)sizeof path)
            unlink(path);
    free(v);
    v = list_dir(dir, LIST_TEMPS, &n);
    time_t now = time(NULL);
    for (int i = 0; i < n; i++)
        if (now - v[i].mtime.tv_sec > STALE_TEMP_SECONDS &&
            snprintf(path, sizeof path, "%s/%s", dir, v[i].name) <
                (int)sizeof path)
            unlink(path);
    free(v);
}

int save_autosave(const struct session *s, const struct bundle *b, int keep,
                  char *out, size_t n, struct errlist *e)
{
    const char *dir = save_dir();
    if (!make_dirs(dir)) {
        errlist_add(e, "%s: cannot create the saves folder: %s", dir,
                    strerror(errno));
        return 0;
    }
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    struct tm tm;
    char stamp[40] = "00000000-000000";
    if (gmtime_r(&ts.tv_sec, &tm))
        strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    char path[PATH_MAX_LEN];
    int w = 0;
    struct stat st;
    for (int k = 1; k < 100; k++) {
        char extra[8] = "";
        if (k > 1)
            snprintf(extra, sizeof extra, "-%d", k);
        w = snprintf(path, sizeof path, "%s/autosave-%s-%03ld-t%02d%s.json",
                     dir, stamp, (long)(ts.tv_nsec / 1000000), s->nturns, extra);
        if (w < 0 || w >= (int)sizeof path || stat(path, &st) != 0)
            break;
    }
    if (w < 0 || w >= (int)sizeof path) {
        errlist_add(e, "%s: folder name too long", dir);
        return 0;
    }
    if (!save_write(path, s, b, e))
        return 0;
    prune(dir, keep < 1 ? 1 : keep);
    if (out && n) {
        if (snprintf(out, n, "%s", path) >= (int)n)
            out[0] = '\0';
    }
    return 1;
}

int save_newest(char *out, size_t n)
{
    const char *dir = save_dir();
    int count;
    struct entry *v = list_dir(dir, LIST_SAVES, &count);
    int ok = count > 0 && snprintf(out, n, "%s/%s", dir, v[0].name) < (int)n;
    free(v);
    if (!ok && n)
        out[0] = '\0';
    return ok;
}
