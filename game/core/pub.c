/* pub.c - building the public book (pub.h) from a scenario and catalogue. */
#include "pub.h"

#include <stddef.h>
#include <string.h>

/* A string into a field of n bytes, cut and NUL-padded: the book's bytes
 * depend on its text only. */
static void copy(char *dst, const char *src, size_t n)
{
    size_t len = strnlen(src, n - 1);
    memcpy(dst, src, len);
    memset(dst + len, 0, n - len);
}

void pub_build(const struct scenario *sc, const struct catalogue *cat, struct pub *out)
{
    memset(out, 0, offsetof(struct pub, cat));
    if (cat != &out->cat)
        out->cat = *cat;
    copy(out->id, sc->id, sizeof out->id);
    copy(out->name, sc->name, sizeof out->name);
    copy(out->host, sc->host, sizeof out->host);
    copy(out->summary, sc->summary, sizeof out->summary);
    out->turns = sc->turns;
    out->nseats = sc->nseats;
    out->nsectors = sc->nsectors;
    for (int k = 0; k < sc->nsectors; k++) {
        const struct sector_def *d = &sc->sectors[k];
        struct pub_sector *p = &out->sectors[k];
        copy(p->id, d->id, sizeof p->id);
        copy(p->name, d->name, sizeof p->name);
        p->population = d->population;
        p->neighbours = d->neighbours;
        p->features = d->features;
    }
    for (int i = 0; i < sc->nseats; i++) {
        const struct contingent_def *d = &sc->seats[i];
        struct pub_seat *p = &out->seats[i];
        copy(p->id, d->id, sizeof p->id);
        copy(p->name, d->name, sizeof p->name);
        copy(p->colour, d->colour, sizeof p->colour);
        copy(p->profile, d->profile, sizeof p->profile);
    }
    out->success_avg = sc->success_avg;
    out->success_min = sc->success_min;
    out->partial_avg = sc->partial_avg;
    out->collapse_floor = sc->collapse_floor;
}
