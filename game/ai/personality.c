/* personality.c - look-ups in a set of AI personalities. */
#include "personality.h"

#include <string.h>

const struct personality *personality_find(const struct personality_set *ps,
                                           const char *id)
{
    for (int i = 0; ps && i < ps->n; i++)
        if (strcmp(ps->p[i].id, id) == 0)
            return &ps->p[i];
    return NULL;
}
