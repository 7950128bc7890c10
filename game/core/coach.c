/* coach.c - the coach's gate on orders (coach.h). */
#include "coach.h"

#include <stddef.h>

#include "defs.h"
#include "event.h"

_Static_assert(ORD_COUNT <= 32, "struct coach_week keeps order kinds in 32 bits");

int coach_opens_in(const struct coach *c, int kind)
{
    if (!c || c->nweeks <= 0 || kind == ORD_RESPOND)
        return 1;
    for (int w = 0; w < c->nweeks; w++)
        if (c->weeks[w].opens & (1u << kind))
            return w + 1;
    return 0;
}

int coach_is_open(const struct coach *c, int kind, int turn)
{
    int w = coach_opens_in(c, kind);
    return w > 0 && w <= turn;
}

const struct coach_week *coach_week_of(const struct coach *c, int turn)
{
    if (!c || c->nweeks <= 0 || turn < 1)
        return NULL;
    return &c->weeks[(turn <= c->nweeks ? turn : c->nweeks) - 1];
}

uint32_t coach_untraceable(void)
{
    return 1u << ORD_COMPARTMENT | 1u << ORD_CANARY | 1u << ORD_RESPOND;
}

int coach_event_order(const struct event *e, int seat)
{
    if (e->actor == seat &&
        (e->kind == EV_ORDER || e->kind == EV_MANDATE_OP || e->kind == EV_COVERT))
        return e->order >= 0 && e->order < ORD_COUNT ? e->order : -1;
    if (e->actor == seat && e->kind == EV_SWEEP)
        return ORD_SWEEP;
    if (e->cause == CAUSE_ORDER && e->cause_seat == seat && e->cause_arg >= 0 &&
        e->cause_arg < ORD_COUNT)
        return e->cause_arg;
    return -1;
}
