/* port_ai.c - the AI seat's port: the seat's AI decides from the seat's
 * view and confirms its orders. Its memory and reasons stay
 * in the host's session, so that a replay brings them back. */
#include "host_int.h"

static int ai_turn(void *ctx, struct host *h, int seat, const struct view *v)
{
    (void)ctx;
    host_keep_mind(h, seat);     /* a reopened week decides from it again */
    host_ai_play(h, seat, v);    /* from the view the host gave, or its own */
    return PORT_OK;
}

static const struct port_ops ai_ops = { "ai", ai_turn, NULL, NULL };
static const struct port ai_port = { &ai_ops, NULL };

const struct port *port_ai(void)
{
    return &ai_port;
}
