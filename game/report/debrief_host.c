/* debrief_host.c - the debrief of a game host's game, and what a front
 * end that holds it as an opaque pointer asks of it. */
#include "debrief_host.h"

#include <stdio.h>

#include "../session/host.h"
#include "debrief.h"

struct debrief *debrief_of_host(void *host, const struct lesson_book *book)
{
    return debrief_build(host_session(host), NULL, book);
}

const char *debrief_played_by(const struct debrief *d, int seat, char *buf, size_t n)
{
    const struct db_seat *ds = &d->seat[seat];
    if (ds->human)
        return debrief_player(d, seat, buf, n);
    snprintf(buf, n, "%s", ds->personality[0] ? ds->personality : "AI");
    return buf;
}

void debrief_counts(const struct debrief *d, int *weeks, int *ops, int *reasons)
{
    *weeks = d->turns;
    *ops = d->nops;
    *reasons = d->nreasons;
}
