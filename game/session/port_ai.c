/* port_ai.c - the AI seat's port: the seat's AI decides and confirms its
 * orders when the host asks. Its memory and reasons stay in the host's
 * session, so that a replay brings them back. */
#include "host_int.h"

static int ai_turn(void *ctx, struct host *h, int seat, const struct view *v)
{
    (void)ctx, (void)v;          /* the AI decides from the same view, built
                                  * by the session with its own generator */
    host_ai_play(h, seat);
    return PORT_OK;
}

static const struct port_ops ai_ops = { "ai", ai_turn, NULL, NULL };
static const struct port ai_port = { &ai_ops, NULL };

const struct port *port_ai(void)
{
    return &ai_port;
}
