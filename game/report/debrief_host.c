/* debrief_host.c - the debrief of a game host's game. */
#include "debrief_host.h"

#include "../session/host.h"
#include "debrief.h"

struct debrief *debrief_of_host(void *host, const struct lesson_book *book)
{
    return debrief_build(host_session(host), NULL, book);
}
