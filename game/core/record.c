/* record.c - the record of a game: set-up, pending orders, flag names. */
#include "record.h"

#include <stddef.h>
#include <string.h>

#define X_ROW(e, bit, name) { bit, name },
static const struct {
    int bit;
    const char *name;
} flags[] = { RECORD_FLAG_LIST(X_ROW) };
#undef X_ROW

const char *record_flag_name(int bit)
{
    for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++)
        if (flags[i].bit == bit)
            return flags[i].name;
    return NULL;
}

int record_flag_from_name(const char *name)
{
    for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++)
        if (strcmp(flags[i].name, name) == 0)
            return flags[i].bit;
    return 0;
}

void record_init(struct record *r, int nseats, uint64_t seed)
{
    memset(r, 0, offsetof(struct record, actions));   /* the counts included */
    r->seed = seed;
    r->nseats = nseats < 0 ? 0 : nseats > MAX_SEATS ? MAX_SEATS : nseats;
}

void record_set_pending(struct record *r, int seat, const struct order *o, int n)
{
    if (seat < 0 || seat >= MAX_SEATS || n < 0 || n > MAX_ORDERS)
        return;
    r->pending.seat[seat] = 1;
    r->pending.norders[seat] = (uint8_t)n;
    if (n)
        memcpy(r->pending.orders[seat], o, (size_t)n * sizeof *o);
}

void record_clear_pending(struct record *r, int seat)
{
    if (seat < 0 || seat >= MAX_SEATS)
        return;
    r->pending.seat[seat] = 0;
    r->pending.norders[seat] = 0;
}

int record_has_pending(const struct record *r)
{
    for (int i = 0; i < r->nseats; i++)
        if (r->pending.seat[i])
            return 1;
    return 0;
}

#define X_NAME(e, name) name,
static const char *const fac_names[] = { FAC_ACTION_LIST(X_NAME) };
#undef X_NAME

const char *fac_kind_name(int kind)
{
    return kind >= 0 && kind < FAC_KIND_COUNT ? fac_names[kind] : NULL;
}

int fac_kind_from_name(const char *name)
{
    for (int k = 0; k < FAC_KIND_COUNT; k++)
        if (strcmp(fac_names[k], name) == 0)
            return k;
    return -1;
}

int fac_kind_replayed(int kind)
{
    return kind == FAC_FIRE || kind == FAC_HOLD || kind == FAC_RELEASE || kind == FAC_SEAT ||
           kind == FAC_CONTINGENCY;
}

struct fac_action fac_action_make(int kind)
{
    struct fac_action a;
    memset(&a, 0, sizeof a);
    a.kind = (uint8_t)kind;
    a.seat = a.inject = -1;
    return a;
}

int record_has_facilitator(const struct record *r)
{
    return r->nactions > 0 || r->njournal > 0;
}

int record_add_action(struct record *r, const struct fac_action *a)
{
    if (r->nactions >= MAX_FAC_ACTIONS)
        return 0;
    r->actions[r->nactions++] = *a;
    return 1;
}

int record_add_journal(struct record *r, const struct fac_action *a)
{
    if (r->njournal >= MAX_JOURNAL)
        return 0;
    r->journal[r->njournal++] = *a;
    return 1;
}
