/* world.c - look-ups in the immutable scenario. */
#include "world.h"

#include <string.h>

int scenario_seat_index(const struct scenario *sc, const char *id)
{
    for (int i = 0; i < sc->nseats; i++)
        if (strcmp(sc->seats[i].id, id) == 0)
            return i;
    return -1;
}

int scenario_sector_index(const struct scenario *sc, const char *id)
{
    for (int i = 0; i < sc->nsectors; i++)
        if (strcmp(sc->sectors[i].id, id) == 0)
            return i;
    return -1;
}
