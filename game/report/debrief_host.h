/* debrief_host.h - the debrief of a game host's game, for a front end
 * that holds the host but reaches no engine type: its signature is that
 * of a seat link's debrief (session/link.h). */
#ifndef MANDATE_DEBRIEF_HOST_H
#define MANDATE_DEBRIEF_HOST_H

struct debrief;
struct lesson_book;

/* The declassified debrief (debrief_build) of the game of host (a struct
 * host *), from its history; NULL when out of memory. The caller frees it
 * with debrief_free. */
struct debrief *debrief_of_host(void *host, const struct lesson_book *book);

#endif
