/* personality.c - look-ups in a set of AI personalities, and the names
 * of the AI's levels. */
#include "personality.h"

#include <string.h>

#define X_NAME(e, name) name,
static const char *const level_names[] = { AI_LEVEL_LIST(X_NAME) };
#undef X_NAME

const char *ai_level_name(int level)
{
    return level >= 0 && level < AI_LEVEL_COUNT ? level_names[level] : "?";
}

int ai_level_from_name(const char *s)
{
    for (int i = 0; i < AI_LEVEL_COUNT; i++)
        if (strcmp(level_names[i], s) == 0)
            return i;
    return -1;
}

const struct personality *personality_find(const struct personality_set *ps,
                                           const char *id)
{
    for (int i = 0; ps && i < ps->n; i++)
        if (strcmp(ps->p[i].id, id) == 0)
            return &ps->p[i];
    return NULL;
}
