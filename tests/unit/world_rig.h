/* world_rig.h - a scenario with assets/orders.json and the AI
 * personalities, ready for sessions: what the tests that play whole AI
 * games load. */
#ifndef MANDATE_TEST_WORLD_RIG_H
#define MANDATE_TEST_WORLD_RIG_H

#include <stdlib.h>

#include "core/personality.h"
#include "core/pub.h"
#include "core/world.h"
#include "data/data.h"

struct world {
    struct pub pub;              /* its catalogue, and the book of sc */
    struct personality_set ps;
    struct scenario *sc;
};

/* Loads scenario (a path) with the shipped catalogue and personalities;
 * fails the test (after printing the errors) when any does not load. */
static inline struct world *world_load(const char *scenario)
{
    struct world *w = calloc(1, sizeof *w);
    struct errlist *e = malloc(sizeof *e);
    assert_non_null(w);
    assert_non_null(e);
    errlist_init(e);
    int ok = data_load_catalogue(MANDATE_ASSETS "/orders.json", &w->pub.cat, e);
    ok = data_load_personalities(MANDATE_ASSETS "/ai", &w->ps, e) && ok;
    w->sc = data_load_scenario(scenario, e);
    if (!ok || !w->sc)
        for (int i = 0; i < e->n; i++)
            print_message("# %s\n", e->line[i]);
    free(e);
    assert_true(ok);
    assert_non_null(w->sc);
    pub_build(w->sc, &w->pub.cat, &w->pub);
    return w;
}

static inline void world_free(struct world *w)
{
    if (!w)
        return;
    free(w->sc);
    free(w);
}

#endif
