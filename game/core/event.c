/* event.c - the names of events and causes (event.h). */
#include "event.h"

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
