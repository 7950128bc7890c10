/* port_script.c - a port that plays recorded orders. */
#include "port_script.h"

#include <stdio.h>
#include <stdlib.h>

#include "../core/record.h"
#include "host.h"

struct script {
    struct port port;
    const struct record *r;
    char error[240];
};

static int script_turn(void *ctx, struct host *h, int seat, const struct view *v)
{
    (void)v;
    struct script *sc = ctx;
    int w = host_weeks_resolved(h);
    const struct order *o = NULL;
    int n = 0;
    if (w < sc->r->nturns && seat < sc->r->nseats) {
        o = sc->r->turns[w].orders[seat];
        n = sc->r->turns[w].norders[seat];
    }
    char why[200];
    if (!host_submit(h, seat, o, n, why, sizeof why) || !host_ready(h, seat, why, sizeof why)) {
        snprintf(sc->error, sizeof sc->error, "week %d, seat %d: %s", w + 1, seat + 1, why);
        return PORT_QUIT;
    }
    return PORT_OK;
}

static const struct port_ops script_ops = { "script", script_turn, NULL, NULL };

struct port *port_script_new(const struct record *r)
{
    struct script *sc = calloc(1, sizeof *sc);
    if (!sc)
        abort();
    sc->port.ops = &script_ops;
    sc->port.ctx = sc;
    sc->r = r;
    return &sc->port;
}

void port_script_free(struct port *p)
{
    free(p ? p->ctx : NULL);
}

const char *port_script_error(const struct port *p)
{
    const struct script *sc = p->ctx;
    return sc->error;
}
