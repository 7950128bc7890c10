/* event.c - the names of events and causes (event.h). */
#include "event.h"

#include <string.h>

#define X_NAME(e, name) name,
static const char *const event_names[] = { EVENT_LIST(X_NAME) };
#undef X_NAME

const char *event_name(int e)
{
    return e >= 0 && e < EV_COUNT ? event_names[e] : "?";
}

#define X_NAME(e, name) name,
static const char *const cause_names[] = { CAUSE_LIST(X_NAME) };
#undef X_NAME

const char *cause_name(int c)
{
    return c >= 0 && c < CAUSE_COUNT ? cause_names[c] : "?";
}

/* The index of s in names[0..n), or -1. */
static int find(const char *const *names, int n, const char *s)
{
    for (int i = 0; s && i < n; i++)
        if (strcmp(names[i], s) == 0)
            return i;
    return -1;
}

int event_from_name(const char *s)
{
    return find(event_names, EV_COUNT, s);
}

int cause_from_name(const char *s)
{
    return find(cause_names, CAUSE_COUNT, s);
}
