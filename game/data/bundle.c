/* bundle.c - what a game is built from: the catalogue, the personalities
 * and a scenario read from the assets, with the canonical JSON texts of
 * the catalogue and the scenario that a save embeds. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loaders.h"
#include "save.h"

uint64_t bundle_hash(const char *text, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)text[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

/* Reads a file of the given kind: its tree, or NULL after its errors. */
static cJSON *read_tree(const char *path, enum ju_kind kind,
                        struct jctx *c, struct errlist *e)
{
    size_t len;
    char *text = data_read_file(path, &len, e);
    if (!text)
        return NULL;
    ju_init(c, path, e);
    cJSON *root = ju_parse(c, text, len);
    free(text);
    if (root && !ju_expect_kind(c, root, kind)) {
        cJSON_Delete(root);
        return NULL;
    }
    return root;
}

/* The canonical text of a tree, or NULL after an error. */
static char *canonical(struct jctx *c, const cJSON *root)
{
    char *t = cJSON_PrintUnformatted(root);
    if (!t)
        ju_err(c, "", "out of memory");
    return t;
}

static int load_catalogue(struct bundle *b, struct errlist *e)
{
    char path[1100];
    snprintf(path, sizeof path, "%s/orders.json", data_assets_dir());
    struct jctx c;
    cJSON *root = read_tree(path, JU_ORDERS, &c, e);
    if (!root)
        return 0;
    int ok = load_catalogue_json(&c, root, &b->cat) &&
             (b->catalogue_json = canonical(&c, root)) != NULL;
    cJSON_Delete(root);
    return ok;
}

static int load_scenario(struct bundle *b, const char *scenario,
                         struct errlist *e)
{
    if (!data_scenario_path(scenario, b->scenario_path,
                            sizeof b->scenario_path)) {
        errlist_add(e, "%.200s: scenario name too long", scenario);
        return 0;
    }
    struct jctx c;
    cJSON *root = read_tree(b->scenario_path, JU_SCENARIO, &c, e);
    if (!root)
        return 0;
    b->sc = load_scenario_json(&c, root);
    if (b->sc)
        b->scenario_json = canonical(&c, root);
    cJSON_Delete(root);
    if (!b->scenario_json)
        return 0;
    b->scenario_hash = bundle_hash(b->scenario_json, strlen(b->scenario_json));
    return 1;
}

int bundle_load(struct bundle *b, const char *scenario, struct errlist *e)
{
    memset(b, 0, sizeof *b);
    int ok = load_catalogue(b, e);
    char path[1100];
    snprintf(path, sizeof path, "%s/ai", data_assets_dir());
    ok = data_load_personalities(path, &b->ps, e) && ok;
    ok = load_scenario(b, scenario ? scenario : BUNDLE_DEFAULT_SCENARIO, e) && ok;
    if (ok) {
        /* Every contingent's own personality must be there. */
        for (int i = 0; i < b->sc->nseats; i++)
            if (!personality_find(&b->ps, b->sc->seats[i].personality)) {
                errlist_add(e, "%s: contingents[%d].personality: no personality "
                            "\"%s\" in %s", b->scenario_path, i,
                            b->sc->seats[i].personality, path);
                ok = 0;
            }
    }
    if (ok)
        pub_build(b->sc, &b->cat, &b->pub);
    if (!ok)
        bundle_free(b);
    return ok;
}

void bundle_free(struct bundle *b)
{
    if (!b)
        return;
    free(b->sc);
    free(b->scenario_json);
    free(b->catalogue_json);
    memset(b, 0, sizeof *b);
}
