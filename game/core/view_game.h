/* view_game.h - a game consistent with one seat's view: the inverse of
 * the view builder (view.c), for a player that wants to play the game
 * forward as it believes it to be. Everything the view holds is copied
 * back where the game keeps it; what it does not hold is filled from the
 * seat's own figures, its dossiers, or the caller's guess, never from the
 * true game, which is not an input. */
#ifndef MANDATE_VIEW_GAME_H
#define MANDATE_VIEW_GAME_H

#include "game.h"
#include "view.h"

/* What the view cannot say, given by the caller. */
struct view_game_guess {
    int drift;                   /* stability every sector loses a week */
    int influence;               /* each other contingent's influence */
    const int *evidence;         /* evidence each other seat holds against
                                    the view's seat (MAX_SEATS), or NULL */
};

/* Fills book with the scenario the view's seat can believe in (the
 * public map and thresholds, the present public state as the start, its
 * own objectives, no injects) and g with the game of that book as the
 * seat knows it now, in its orders phase. g points to book and to the
 * view's public book: both must outlive it. Each other contingent has
 * the seat's own capabilities and communications security (draw better
 * ones into g), its action points from the seat's procedures dossier
 * (else the seat's own), public share, pacts and trust. Reads only v and
 * guess. */
void view_game(struct game *g, struct scenario *book, const struct view *v,
               const struct view_game_guess *guess);

#endif
