/* assets.h - loads what AI games need from assets/: the order catalogue,
 * the AI personalities and a scenario (tests of whole games). */
#ifndef MANDATE_TEST_ASSETS_H
#define MANDATE_TEST_ASSETS_H

#include "helpers.h"

#include <stdio.h>

#include "core/personality.h"
#include "core/pub.h"
#include "core/world.h"
#include "data/data.h"

/* The scenario at path (the caller frees it), with its public book (and
 * the catalogue in it) and ps filled; NULL after printing the errors. */
static inline struct scenario *assets_load(struct pub *pub, struct personality_set *ps,
                                           const char *path)
{
    struct errlist e;
    struct scenario *sc = NULL;
    errlist_init(&e);
    if (!data_load_catalogue(MANDATE_ASSETS "/orders.json", &pub->cat, &e) ||
        !data_load_personalities(MANDATE_ASSETS "/ai", ps, &e) ||
        !(sc = data_load_scenario(path, &e)))
        errlist_print(&e, stderr);
    if (sc)
        pub_build(sc, &pub->cat, pub);
    return sc;
}

#endif
