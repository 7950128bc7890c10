/* pub.c - building the public book (pub.h) from a scenario and catalogue. */
#include "pub.h"

#include <stddef.h>
#include <string.h>

#include "util.h"

void pub_build(const struct scenario *sc, const struct catalogue *cat, struct pub *out)
{
    memset(out, 0, offsetof(struct pub, cat));
    if (cat != &out->cat)
        out->cat = *cat;
    str_field(out->id, sc->id, sizeof out->id);
    str_field(out->name, sc->name, sizeof out->name);
    str_field(out->host, sc->host, sizeof out->host);
    str_field(out->summary, sc->summary, sizeof out->summary);
    out->turns = sc->turns;
    out->nseats = sc->nseats;
    out->nsectors = sc->nsectors;
    for (int k = 0; k < sc->nsectors; k++) {
        const struct sector_def *d = &sc->sectors[k];
        struct pub_sector *p = &out->sectors[k];
        str_field(p->id, d->id, sizeof p->id);
        str_field(p->name, d->name, sizeof p->name);
        p->population = d->population;
        p->neighbours = d->neighbours;
        p->features = d->features;
    }
    for (int i = 0; i < sc->nseats; i++) {
        const struct contingent_def *d = &sc->seats[i];
        struct pub_seat *p = &out->seats[i];
        str_field(p->id, d->id, sizeof p->id);
        str_field(p->name, d->name, sizeof p->name);
        str_field(p->colour, d->colour, sizeof p->colour);
        str_field(p->profile, d->profile, sizeof p->profile);
    }
    out->success_avg = sc->success_avg;
    out->success_min = sc->success_min;
    out->partial_avg = sc->partial_avg;
    out->collapse_floor = sc->collapse_floor;
    out->coach = sc->coach;
}
