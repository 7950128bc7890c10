/* change.c - the shared numbers of the state changed for a cause, each
 * change told by its event: trust, the fallout of an incident, the
 * mission network, the pool, a contingent's own figures (a sector's, inline,
 * in internal.h). */
#include "internal.h"

/* A public incident (or finding) blamed on 'blamed' (or nobody): trust
 * falls, for cause c. */
void incident_fallout(struct game *g, int victim, int blamed, struct cause c)
{
    if (blamed < 0)
        return;
    for (int i = 0; i < g->nseats; i++) {
        if (i == blamed)
            continue;
        int loss = i == victim ? R(g)->trust_victim
                               : rng_range(&g->rng, R(g)->trust_others_min,
                                           R(g)->trust_others_max);
        trust_drop(g, i, blamed, loss, c);
    }
}


/* The mission network's centralisation and security change, for c; an
 * event when either moved. */
void network_change(struct game *g, int central, int security, struct cause c)
{
    int oc = g->centralisation, os = g->net_security;
    g->centralisation = clampi(oc + central, 0, 3);
    g->net_security = clampi(os + security, 0, 100);
    if (g->centralisation == oc && g->net_security == os)
        return;
    struct event *e = ev_add(g, EV_NETWORK, AUDIENCE_PUBLIC);
    if (e) {
        e->a = (int16_t)g->centralisation;
        e->b = (int16_t)g->net_security;
        e->c = (int16_t)oc;
        e->d = (int16_t)os;
        ev_cause(e, c);
    }
}

/* The pool changes by delta, for c; an event when it moved. */
void pool_change(struct game *g, int delta, struct cause c)
{
    int old = g->pool;
    g->pool = clampi(old + delta, 0, 100);
    if (g->pool == old)
        return;
    struct event *e = ev_add(g, EV_POOL, AUDIENCE_PUBLIC);
    if (e) {
        e->a = (int16_t)(g->pool - old);
        e->b = (int16_t)g->pool;
        ev_cause(e, c);
    }
}

/* One of seat's own numbers (influence or comms security: kind EV_INFLUENCE
 * or EV_COMMS) changes by delta, for c: an event for the seat alone. */
void own_change(struct game *g, int seat, int kind, int delta, struct cause c)
{
    int *v = kind == EV_INFLUENCE ? &g->seats[seat].influence : &g->seats[seat].comms;
    int old = *v;
    *v = clampi(old + delta, 0, 100);
    if (*v == old)
        return;
    struct event *e = ev_add_by(g, kind, AUDIENCE_SEAT(seat), seat, -1);
    if (e) {
        e->a = (int16_t)(*v - old);
        e->b = (int16_t)*v;
        ev_cause(e, c);
    }
}
