/* personality_load.c - checks "mandate-personality" files (assets/ai) and
 * converts them into struct personality, one file or a whole folder. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/defs.h"
#include "../core/personality.h"
#include "loaders.h"

#define MAX_FILE_NAME 256

static const char *const top_keys[] = {
    "$schema", "format", "version", "id", "name", "description", "weights", "risk",
    "grudge", "honesty", "share", "random", NULL,
};
static const char *const weight_keys[] = {
    "mandate", "collection", "security", "influence", NULL,
};
int load_personality_json(struct jctx *c, const cJSON *root,
                          struct personality *out)
{
    int before = c->errors;
    memset(out, 0, sizeof *out);
    ju_keys(c, root, "", top_keys);
    ju_version(c, root);
    ju_schema(c, root);
    ju_text(c, root, "", "id", JT_ID, 0, out->id, sizeof out->id);
    ju_text(c, root, "", "name", JT_NAME, 0, out->name, sizeof out->name);
    ju_text(c, root, "", "description", JT_LINE, JU_NONEMPTY,
            out->description, sizeof out->description);
    const cJSON *w = ju_object(c, root, "", "weights", 1);
    if (w) {
        ju_keys(c, w, "weights", weight_keys);
        ju_int(c, w, "weights", "mandate", 0, 100, &out->w_mandate);
        ju_int(c, w, "weights", "collection", 0, 100, &out->w_collection);
        ju_int(c, w, "weights", "security", 0, 100, &out->w_security);
        ju_int(c, w, "weights", "influence", 0, 100, &out->w_influence);
    }
    ju_int(c, root, "", "risk", 0, 100, &out->risk);
    ju_int(c, root, "", "grudge", 0, 100, &out->grudge);
    ju_int(c, root, "", "honesty", 0, 100, &out->honesty);
    const cJSON *s = ju_get(c, root, "", "share", 1);
    if (s) {
        int v = ju_enum_value(c, s, "share", share_from_name, "share level");
        if (v >= 0)
            out->share = v;
    }
    ju_bool(c, root, "", "random", &out->random);
    return c->errors == before;
}

int data_parse_personality(const char *text, size_t len, const char *name,
                           struct personality *out, struct errlist *e)
{
    struct jctx c;
    ju_init(&c, name, e);
    cJSON *root = ju_parse(&c, text, len);
    if (!root)
        return 0;
    int ok = ju_expect_kind(&c, root, JU_PERSONALITY) &&
             load_personality_json(&c, root, out);
    cJSON_Delete(root);
    return ok;
}

int data_load_personality(const char *path, struct personality *out,
                          struct errlist *e)
{
    size_t len;
    char *text = data_read_file(path, &len, e);
    if (!text)
        return 0;
    int ok = data_parse_personality(text, len, path, out, e);
    free(text);
    return ok;
}

static int is_json_name(const char *s)
{
    size_t n = strlen(s);
    return s[0] != '.' && n > 5 && n < MAX_FILE_NAME &&
           strcmp(s + n - 5, ".json") == 0;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Loads dir/name into the next slot of out; 1 when it loaded. */
static int load_one(const char *dir, const char *name,
                    struct personality_set *out, struct errlist *e)
{
    char path[MAX_FILE_NAME * 4];
    int w = snprintf(path, sizeof path, "%s/%s", dir, name);
    if (w < 0 || (size_t)w >= sizeof path) {
        errlist_add(e, "%s/%s: path too long", dir, name);
        return 0;
    }
    struct personality *p = &out->p[out->n];
    if (!data_load_personality(path, p, e))
        return 0;
    size_t idlen = strlen(name) - 5;
    if (strlen(p->id) != idlen || strncmp(p->id, name, idlen) != 0) {
        errlist_add(e, "%s: id: \"%s\" differs from the file name", path,
                    p->id);
        return 0;
    }
    out->n++;
    return 1;
}

int data_load_personalities(const char *dir, struct personality_set *out,
                            struct errlist *e)
{
    out->n = 0;
    DIR *d = opendir(dir);
    if (!d) {
        errlist_add(e, "%s: cannot open the folder: %s", dir, strerror(errno));
        return 0;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    int ok = 1, failed = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (!is_json_name(de->d_name))
            continue;
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 16;
            char **grown = realloc(names, ncap * sizeof *names);
            if (!grown) {
                ok = 0;
                break;
            }
            names = grown;
            cap = ncap;
        }
        if (!(names[n] = strdup(de->d_name))) {
            ok = 0;
            break;
        }
        n++;
    }
    closedir(d);
    if (!ok)
        errlist_add(e, "%s: out of memory", dir);
    else if (n > 0)
        qsort(names, n, sizeof *names, compare_names);
    for (size_t i = 0; ok && i < n; i++) {
        if (out->n >= MAX_PERSONALITIES) {
            errlist_add(e, "%s: more than %d personalities", dir,
                        MAX_PERSONALITIES);
            ok = 0;
        } else if (!load_one(dir, names[i], out, e)) {
            failed = 1;
        }
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return ok && !failed;
}
