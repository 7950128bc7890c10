/* data_files.c - the data layer's files: reading a file whole, where the
 * assets are, resolving scenario names, and validating any Mandate file. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/personality.h"
#include "../core/world.h"
#include "../core/lesson.h"
#include "loaders.h"
#include "report_data.h"

#ifndef MANDATE_ASSETS
#define MANDATE_ASSETS "assets"
#endif

#define READ_CHUNK 65536

/* What a file that is not a regular one is, in a word. */
static const char *file_kind(mode_t m)
{
    return S_ISFIFO(m)   ? "a pipe"
           : S_ISSOCK(m) ? "a socket"
           : S_ISCHR(m)  ? "a character device"
           : S_ISBLK(m)  ? "a block device"
                         : "a special file";
}

char *data_read_file(const char *path, size_t *len, struct errlist *e)
{
    if (len)
        *len = 0;
    /* Opened without blocking (a pipe with no writer would block the
     * open), checked to be a regular file, then read as usual. */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        errlist_add(e, "%s: cannot open: %s", path, strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        errlist_add(e, "%s: cannot open: %s", path, strerror(errno));
        close(fd);
        return NULL;
    }
    if (S_ISDIR(st.st_mode) || !S_ISREG(st.st_mode)) {
        if (S_ISDIR(st.st_mode))
            errlist_add(e, "%s: is a folder, not a file", path);
        else
            errlist_add(e, "%s: is %s, not a regular file", path, file_kind(st.st_mode));
        close(fd);
        return NULL;
    }
    if (st.st_size > (off_t)DATA_FILE_MAX) {
        errlist_add(e, "%s: too large (over %u bytes)", path, DATA_FILE_MAX);
        close(fd);
        return NULL;
    }
    int flags = fcntl(fd, F_GETFL);
    FILE *f = NULL;
    if (flags == -1 || fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) == -1 ||
        !(f = fdopen(fd, "rb"))) {
        errlist_add(e, "%s: cannot open: %s", path, strerror(errno));
        close(fd);
        return NULL;
    }
    char *buf = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        if (cap - n < READ_CHUNK + 1) {
            size_t ncap = cap ? cap * 2 : READ_CHUNK * 2;
            char *grown = realloc(buf, ncap);
            if (!grown) {
                errlist_add(e, "%s: out of memory", path);
                goto fail;
            }
            buf = grown;
            cap = ncap;
        }
        size_t got = fread(buf + n, 1, READ_CHUNK, f);
        n += got;
        if (n > DATA_FILE_MAX) {
            errlist_add(e, "%s: too large (over %u bytes)", path,
                        DATA_FILE_MAX);
            goto fail;
        }
        if (got < READ_CHUNK) {
            if (ferror(f)) {
                errlist_add(e, "%s: cannot read: %s", path, strerror(errno));
                goto fail;
            }
            break;
        }
    }
    fclose(f);
    buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
fail:
    free(buf);
    fclose(f);
    return NULL;
}

const char *data_assets_dir(void)
{
    const char *env = getenv("MANDATE_ASSETS");
    return env && *env ? env : MANDATE_ASSETS;
}

int data_scenario_path(const char *name_or_file, char *out, size_t n)
{
    size_t l = strlen(name_or_file);
    int w;
    if (n == 0 || l == 0)
        return 0;
    if (strchr(name_or_file, '/') ||
        (l >= 5 && strcmp(name_or_file + l - 5, ".json") == 0))
        w = snprintf(out, n, "%s", name_or_file);
    else
        w = snprintf(out, n, "%s/scenarios/%s.json", data_assets_dir(),
                     name_or_file);
    if (w < 0 || (size_t)w >= n) {
        out[0] = '\0';
        return 0;
    }
    return 1;
}

/* Each contingent's personality needs ASSETS/ai/ID.json. Read from the
 * tree, so that it is checked even when the rest has errors. */
static void check_personality_files(struct jctx *c, const cJSON *root)
{
    const cJSON *arr = cJSON_GetObjectItemCaseSensitive(root, "contingents");
    if (!cJSON_IsArray(arr))
        return;
    struct jctx quiet;
    ju_init(&quiet, c->file, NULL);
    const cJSON *it;
    int i = 0;
    cJSON_ArrayForEach(it, arr) {
        if (i >= MAX_SEATS)
            break;
        const cJSON *p = cJSON_IsObject(it)
            ? cJSON_GetObjectItemCaseSensitive(it, "personality") : NULL;
        char id[ID_LEN], ip[JU_PATH], path[JU_PATH], file[4096];
        if (p && ju_text_value(&quiet, p, "", JT_ID, 0, id, sizeof id)) {
            int w = snprintf(file, sizeof file, "%s/ai/%s.json",
                             data_assets_dir(), id);
            ju_key(path, ju_idx(ip, "contingents", i), "personality");
            if (w < 0 || (size_t)w >= sizeof file || access(file, R_OK) != 0)
                ju_err(c, path, "no personality \"%s\": cannot read %s", id,
                       file);
        }
        i++;
    }
}

int data_validate_file(const char *path, struct errlist *e)
{
    size_t len;
    char *text = data_read_file(path, &len, e);
    if (!text)
        return 0;
    struct jctx c;
    ju_init(&c, path, e);
    cJSON *root = ju_parse(&c, text, len);
    if (!root) {
        free(text);
        return 0;
    }
    int ok = 0;
    const cJSON *fmt = cJSON_IsObject(root) ? cJSON_GetObjectItemCaseSensitive(root, "format")
                                            : NULL;
    if (cJSON_IsString(fmt) && !strcmp(fmt->valuestring, "mandate-objectives")) {
        /* the learning objectives of the debrief (assets/objectives.json) */
        struct lesson_book *book = malloc(sizeof *book);
        ok = book && data_parse_lessons(text, len, path, book, e);
        free(book);
        free(text);
        cJSON_Delete(root);
        return ok;
    }
    free(text);
    switch (ju_kind_of(root)) {
    case JU_SCENARIO: {
        struct scenario *sc = load_scenario_json(&c, root);
        int before = c.errors;
        check_personality_files(&c, root);
        ok = sc && c.errors == before;
        free(sc);
        break;
    }
    case JU_ORDERS: {
        struct catalogue *cat = malloc(sizeof *cat);
        if (!cat)
            ju_err(&c, "", "out of memory");
        else
            ok = load_catalogue_json(&c, root, cat);
        free(cat);
        break;
    }
    case JU_PERSONALITY: {
        struct personality p;
        ok = load_personality_json(&c, root, &p);
        break;
    }
    case JU_NONE:
        ju_err(&c, "", "not a Mandate file: expected a JSON object whose "
               "\"format\" is \"mandate-scenario\", \"mandate-orders\", "
               "\"mandate-personality\" or \"mandate-objectives\"");
        break;
    }
    cJSON_Delete(root);
    return ok;
}
