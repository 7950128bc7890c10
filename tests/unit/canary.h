/* canary.h - secrets that carry canaries, for the leak tests (issues 11
 * and 12): each seat's secret objectives and the injects only one seat
 * hears say "CANARY-S<seat>-", so that a byte sent where it must not go
 * is found by a search. */
#ifndef MANDATE_TEST_CANARY_H
#define MANDATE_TEST_CANARY_H

#include <stdio.h>

#include "data/save.h"

static inline void poke_canaries(struct bundle *b)
{
    struct scenario *sc = b->sc;
    for (int k = 0; k < sc->nobjectives; k++) {
        struct objective_def *o = &sc->objectives[k];
        if (o->owner >= 0)
            snprintf(o->text, sizeof o->text, "CANARY-S%d-objective-%d", o->owner, k);
    }
    for (int k = 0; k < sc->ninjects; k++)
        if (sc->injects[k].audience >= 0)
            snprintf(sc->injects[k].text, sizeof sc->injects[k].text, "CANARY-S%d-inject-%d",
                     sc->injects[k].audience, k);
}

#endif
