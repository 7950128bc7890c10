/* save_dir.c - the saves folder: where it is, the names of a game's files
 * in it (autosaves rotated per game, a finished game's final save kept,
 * saves on demand), and which of its files are Mandate saves. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../core/record.h"
#include "save.h"
#include "save_fmt.h"
#include "userdir.h"


#define PATH_MAX_LEN 4096
#define PROBE_BYTES 4096       /* how much of a file save_probe reads */
#define NAME_TRIES 100         /* NAME.json, NAME-2.json, ... NAME-99.json */

/* ---- where ---- */

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
    return MANDATE_SAVES;      /* run from its checkout: the checkout's saves/ */
#else
    /* installed: the user's own, rebuilt from the environment at each call */
    static char user[PATH_MAX_LEN];
    return userdir_data("saves", user, sizeof user) ? user : "saves";
#endif
}

/* Creates dir and its missing parents; 0 with one error line. */
static int make_dirs(const char *dir, struct errlist *e)
{
    char p[PATH_MAX_LEN];
    if (snprintf(p, sizeof p, "%s", dir) >= (int)sizeof p) {
        errlist_add(e, "%.200s...: folder name too long", dir);
        return 0;
    }
    struct stat st;
    for (char *q = p + 1;; q++) {
        if (*q && *q != '/')
            continue;
        char c = *q;
        *q = '\0';
        if (mkdir(p, 0777) != 0 && errno != EEXIST) {
            errlist_add(e, "%s: cannot create the saves folder: %s", p, strerror(errno));
            return 0;
        }
        *q = c;
        if (!c)
            break;
    }
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        errlist_add(e, "%s: cannot use as the saves folder: %s", dir,
                    stat(dir, &st) != 0 ? strerror(errno) : "not a folder");
        return 0;
    }
    return 1;
}

/* ---- what is a save ---- */

int save_probe(const char *path)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return 0;
    struct stat st;
    char buf[PROBE_BYTES + 1];
    size_t n = 0;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        ssize_t r;
        while (n < PROBE_BYTES && (r = read(fd, buf + n, PROBE_BYTES - n)) > 0)
            n += (size_t)r;
    }
    close(fd);
    buf[n] = '\0';
    /* "format", blanks, a colon, blanks, "mandate-save" */
    static const char key[] = "\"format\"", want[] = "\"" SAVE_FORMAT "\"";
    for (const char *p = strstr(buf, key); p; p = strstr(p + 1, key)) {
        const char *q = p + strlen(key);
        q += strspn(q, " \t\r\n");
        if (*q++ != ':')
            continue;
        q += strspn(q, " \t\r\n");
        if (strncmp(q, want, strlen(want)) == 0)
            return 1;
    }
    return 0;
}

static int ends_with(const char *s, const char *end)
{
    size_t a = strlen(s), b = strlen(end);
    return a >= b && strcmp(s + a - b, end) == 0;
}

/* Newest first: modification time, then name. */
static int newer_first(const void *pa, const void *pb)
{
    const struct save_file *a = pa, *b = pb;
    if (a->mtime.tv_sec != b->mtime.tv_sec)
        return a->mtime.tv_sec < b->mtime.tv_sec ? 1 : -1;
    if (a->mtime.tv_nsec != b->mtime.tv_nsec)
        return a->mtime.tv_nsec < b->mtime.tv_nsec ? 1 : -1;
    return -strcmp(a->name, b->name);
}

/* The regular files NAME.json of dir (not hidden), newest first: those
 * whose name starts with prefix, or (prefix NULL) the Mandate saves. */
static int list_files(const char *dir, const char *prefix, struct save_file **out)
{
    *out = NULL;
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    struct save_file *v = NULL;
    int n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        const char *nm = de->d_name;
        char path[PATH_MAX_LEN];
        struct stat st;
        if (nm[0] == '.' || !ends_with(nm, ".json") || strlen(nm) >= sizeof v->name ||
            (prefix && strncmp(nm, prefix, strlen(prefix)) != 0) ||
            snprintf(path, sizeof path, "%s/%s", dir, nm) >= (int)sizeof path ||
            stat(path, &st) != 0 || !S_ISREG(st.st_mode) || (!prefix && !save_probe(path)))
            continue;
        if (n == cap) {
            int ncap = cap ? cap * 2 : 32;
            struct save_file *w = realloc(v, (size_t)ncap * sizeof *v);
            if (!w)
                break;
            v = w;
            cap = ncap;
        }
        snprintf(v[n].name, sizeof v[n].name, "%s", nm);
        v[n].mtime = st.st_mtim;
        v[n].size = (long long)st.st_size;
        n++;
    }
    closedir(d);
    if (n > 1)
        qsort(v, (size_t)n, sizeof *v, newer_first);
    *out = v;
    return n;
}

int save_list(const char *dir, struct save_file **out)
{
    return list_files(dir, NULL, out);
}

int save_newest(char *out, size_t n)
{
    const char *dir = save_dir();
    struct save_file *v;
    int count = save_list(dir, &v);
    int ok = count > 0 && snprintf(out, n, "%s/%s", dir, v[0].name) < (int)n;
    free(v);
    if (!ok && n)
        out[0] = '\0';
    return ok;
}

/* ---- a game's files ---- */

void save_game_name(const struct record *r, const char *scenario_id, char *out, size_t n)
{
    const char *at = r->started_at;
    char digits[16];
    int k = 0;
    for (const char *p = at; *p && k < 14; p++)
        if (*p >= '0' && *p <= '9')
            digits[k++] = *p;
    digits[k] = '\0';
    char key[160];
    snprintf(key, sizeof key, "%s\n%" PRIu64 "\n%s", scenario_id, r->seed, at);
    unsigned h = (unsigned)(bundle_hash(key, strlen(key)) & 0xffffff);
    if (k == 14)
        snprintf(out, n, "%s-%.8s-%.6s-%06x", scenario_id, digits, digits + 8, h);
    else
        snprintf(out, n, "%s-%06x", scenario_id, h);
}

/* 1 when two journal entries are the same action. */
static int same_action(const struct fac_action *a, const struct fac_action *b)
{
    return a->kind == b->kind && a->week == b->week && a->seat == b->seat &&
           a->inject == b->inject && a->amount == b->amount && strcmp(a->at, b->at) == 0 &&
           strcmp(a->title, b->title) == 0 && strcmp(a->text, b->text) == 0;
}

/* 1 when the save at path holds r's game as an earlier save of it: the
 * same seed, start and weeks (checksum by checksum), and a journal that
 * r's goes on from (a hot wash's pages shown since). Not a game branched
 * from an older save, nor a file that does not read. */
static int earlier_save_of(const char *path, const struct record *r)
{
    struct bundle *b = calloc(1, sizeof *b);
    struct record *o = malloc(sizeof *o);
    struct errlist *e = malloc(sizeof *e);
    int same = 0;
    if (b && o && e) {
        errlist_init(e);
        if (save_read(path, b, o, NULL, e)) {
            same = o->seed == r->seed && strcmp(o->started_at, r->started_at) == 0 &&
                   o->nseats == r->nseats && o->nturns == r->nturns &&
                   o->njournal <= r->njournal;
            for (int t = 0; same && t < o->nturns; t++)
                same = o->turns[t].checksum == r->turns[t].checksum;
            for (int k = 0; same && k < o->njournal; k++)
                same = same_action(&o->journal[k], &r->journal[k]);
            bundle_free(b);
        }
    }
    free(b);
    free(o);
    free(e);
    return same;
}

/* DIR/STEM.json, or DIR/STEM-K.json for the first K from 2 not taken
 * (or, with reuse, taken by an earlier save of reuse's game), into path;
 * 0 with one error line when none fits. */
static int free_name(const char *dir, const char *stem, const struct record *reuse,
                     char *path, size_t n, struct errlist *e)
{
    struct stat st;
    for (int k = 1; k < NAME_TRIES; k++) {
        char extra[8] = "";
        if (k > 1)
            snprintf(extra, sizeof extra, "-%d", k);
        int w = snprintf(path, n, "%s/%s%s.json", dir, stem, extra);
        if (w < 0 || (size_t)w >= n) {
            errlist_add(e, "%.200s: folder name too long", dir);
            return 0;
        }
        if (stat(path, &st) != 0 || (reuse && earlier_save_of(path, reuse)))
            return 1;
    }
    errlist_add(e, "%s: cannot save: %s.json and %d more of that name are taken", dir, stem,
                NAME_TRIES - 2);
    return 0;
}

/* Deletes all but the newest keep files of dir named prefix*.json. */
static void prune(const char *dir, const char *prefix, int keep)
{
    struct save_file *v;
    int n = list_files(dir, prefix, &v);
    char path[PATH_MAX_LEN];
    for (int i = keep; i < n; i++)
        if (snprintf(path, sizeof path, "%s/%s", dir, v[i].name) < (int)sizeof path)
            unlink(path);
    free(v);
}

/* Writes the game to DIR/STEM.json (or STEM-K; replacing an earlier save
 * of the same game when reuse), its path into out. */
static int write_named(const struct record *r, const struct bundle *b, const char *stem,
                       int reuse, char *out, size_t n, struct errlist *e)
{
    const char *dir = save_dir();
    char path[PATH_MAX_LEN];
    if (!make_dirs(dir, e) || !free_name(dir, stem, reuse ? r : NULL, path, sizeof path, e) ||
        !save_write(path, r, b, e))
        return 0;
    if (out && n && snprintf(out, n, "%s", path) >= (int)n)
        out[0] = '\0';
    return 1;
}

int save_autosave(const struct record *r, const struct bundle *b, int ended, int keep,
                  char *out, size_t n, struct errlist *e)
{
    char game[96], stem[128];
    save_game_name(r, b->sc->id, game, sizeof game);
    /* an autosave replaces an earlier save of the same game at the same
     * week (a quit right after the week's autosave; the hot wash's pages
     * shown after the end) */
    if (ended) {
        snprintf(stem, sizeof stem, "%s-final", game);
        return write_named(r, b, stem, 1, out, n, e);
    }
    snprintf(stem, sizeof stem, "autosave-%s-t%02d", game, r->nturns);
    if (!write_named(r, b, stem, 1, out, n, e))
        return 0;
    char prefix[128];
    snprintf(prefix, sizeof prefix, "autosave-%s-t", game);
    prune(save_dir(), prefix, keep < 1 ? 1 : keep);
    return 1;
}

int save_manual(const struct record *r, const struct bundle *b, int ended, char *out,
                size_t n, struct errlist *e)
{
    char game[96], stem[128];
    save_game_name(r, b->sc->id, game, sizeof game);
    snprintf(stem, sizeof stem, "%s-week%02d", game, ended ? r->nturns : r->nturns + 1);
    return write_named(r, b, stem, 0, out, n, e);
}
