/* lobby.h - the terminal game's set-up, before any seat plays: a new game
 * (a bundle loaded from the assets and a host on it) or a saved one (a
 * host loaded from the file, with the bundle it embeds). The front end
 * then gives the host's human seats its port. No curses here. */
#ifndef MANDATE_LOBBY_H
#define MANDATE_LOBBY_H

#include <stdint.h>

#include "../data/save.h"
#include "../session/fac_link.h"
#include "../session/link.h"

struct host;

struct lobby {
    struct bundle b;             /* a new game's bundle (owned) */
    int loaded;                  /* 1 when b holds a scenario */
    struct host *h;              /* the game (owned); NULL until started */
    struct seat_link link;       /* the seats' link to h, with its debrief */
    int facilitator;             /* 1: this terminal also has the facilitator's
                                  * console, behind the curtain */
    struct fac_link flink;       /* the facilitator's link to h */
    int think;                   /* ms per master decision in a new game (0: the default) */
};

/* Loads the bundle for a scenario (NAME or FILE) for a new game. 1, or 0
 * with errors in e. Only while no game is started. */
int lobby_load_bundle(struct lobby *l, const char *scenario, struct errlist *e);

/* Starts a new game on the loaded bundle: human[i] marks human seats;
 * pers[i] (may be NULL, or hold NULLs) and level[i] (may be NULL, or hold
 * -1) set the AI of the others. Autosaves after every week. */
void lobby_start(struct lobby *l, const int *human, const struct personality *const *pers,
                 const int *level, uint64_t seed);

/* Resumes a save file (verified, its history rebuilt for the debrief). 1,
 * or 0 with errors in e (l is then empty). */
int lobby_load(struct lobby *l, const char *path, struct errlist *e);

/* Frees the game and the bundle; NULL-safe; leaves l empty. */
void lobby_free(struct lobby *l);

#endif
