/* debrief_host.h - the debrief of a game host's game, for a front end
 * that holds the host but reaches no engine type: its signature is that
 * of a seat link's debrief (session/link.h). The front end holds the
 * debrief as an opaque pointer: it renders it through debrief_doc.h and
 * frees it here, and never includes debrief.h (which reaches the engine's
 * game.h). */
#ifndef MANDATE_DEBRIEF_HOST_H
#define MANDATE_DEBRIEF_HOST_H

#include <stddef.h>

struct debrief;
struct lesson_book;

/* The declassified debrief (debrief_build) of the game of host (a struct
 * host *), from its history; NULL when out of memory. The caller frees it
 * with debrief_free. */
struct debrief *debrief_of_host(void *host, const struct lesson_book *book);

/* How much d holds (for the bench's figures): the weeks it covers, its
 * hidden orders, the AI's reasons. */
void debrief_counts(const struct debrief *d, int *weeks, int *ops, int *reasons);

/* Who played seat in d's game, into buf: "The Eagles (human team)" (the
 * contingent's name when the team took none), the AI personality's name,
 * or "AI"; returns buf. */
const char *debrief_played_by(const struct debrief *d, int seat, char *buf, size_t n);

/* Frees a debrief (debrief.h declares it too); NULL-safe. */
void debrief_free(struct debrief *d);

#endif
