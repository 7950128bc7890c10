/* pub.h - the public book: what every seat knows from the start of a game
 * and that never changes during it - the scenario's names, map and
 * thresholds, the contingents' names, and the order catalogue (orders and
 * rules are public). Plain data, no pointers: built once per bundle,
 * borrowed by every game and view made from it, and sent once to a
 * networked seat. */
#ifndef MANDATE_PUB_H
#define MANDATE_PUB_H

#include <stdint.h>

#include "../config.h"
#include "world.h"

struct pub_sector {
    char id[ID_LEN];
    char name[NAME_LEN];
    int population;              /* thousands */
    uint16_t neighbours;         /* bit per sector */
    uint8_t features;            /* bit per enum feature */
};

struct pub_seat {
    char id[ID_LEN];
    char name[NAME_LEN];
    char colour[ID_LEN];         /* curses colour name */
    char profile[SHORT_TEXT];    /* national profile, one line */
};

struct pub {
    char id[ID_LEN];             /* the scenario's */
    char name[NAME_LEN];
    char host[NAME_LEN];         /* the fictional host country */
    char summary[LONG_TEXT];
    int turns, nseats, nsectors;
    struct pub_sector sectors[MAX_SECTORS];
    struct pub_seat seats[MAX_SEATS];
    int success_avg, success_min, partial_avg, collapse_floor;  /* mandate thresholds */
    struct coach coach;          /* the coach and its gate on orders */
    struct catalogue cat;        /* last: see pub_build */
};

/* Fills out from the scenario and a copy of the catalogue. cat may be
 * &out->cat (a catalogue loaded in place). */
void pub_build(const struct scenario *sc, const struct catalogue *cat, struct pub *out);

#endif
