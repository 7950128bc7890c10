/* holdings.h - a contingent's intelligence holdings: its dossiers,
 * insider networks and implants. Plain data, the seat's own: the state
 * keeps them and the seat's view copies them. */
#ifndef MANDATE_HOLDINGS_H
#define MANDATE_HOLDINGS_H

#include <stdint.h>

#include "defs.h"

/* An estimate is 0..DOSSIER_EST_MAX: a percentage (at most 100) plus its
 * error (the rules' dossier_err_base, at most 100), or a count (items
 * installed, insider networks, action points) or a level 0..5 plus one,
 * all smaller (dossier.c asserts them). */
#define DOSSIER_EST_MAX UINT8_MAX

/* Turn and quality share a byte (bits: no address of either is taken;
 * the wire codec reads a dossier through a flat copy). */
struct dossier {
    int8_t turn : 6;             /* gathered on this turn; -1 = none */
    uint8_t quality : 2;         /* 1 glimpse, 2 technical, 3 insider */
    uint8_t err;                 /* +- error of the estimates */
    uint8_t est[CAP_COUNT];      /* estimates; meaning per category, see view.h */
};

struct insider {
    int8_t target;               /* seat */
    uint8_t stage;               /* enum stage */
    uint8_t exposure;            /* 0..100 */
    int8_t since;                /* turn approached */
};

struct implant {
    int8_t target;               /* seat or TARGET_HQ */
    uint8_t kind;                /* enum implant_kind */
    int8_t since;
    uint8_t pad;
};

#endif
