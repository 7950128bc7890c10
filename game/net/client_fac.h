/* client_fac.h - the facilitator's console over a connection to a game
 * server (client_open_as with ROLE_FACILITATOR): the facilitator's link,
 * so that the console (ui/fac) runs over a socket unchanged. */
#ifndef MANDATE_NET_CLIENT_FAC_H
#define MANDATE_NET_CLIENT_FAC_H

#include "../session/fac_link.h"
#include "../session/link.h"
#include "client.h"

/* The facilitator's link over c (valid while c lives): the whole truth,
 * the roster and the clock, the MSEL and the journal as the server last
 * sent them; control sends the action and waits for the server's answer;
 * changed says when something new came. */
void client_fac_link(struct client *c, struct fac_link *out);

/* What the screens hear the connection through while they wait for a key
 * (a seat link with status, waiting and pump alone: no seat's week). */
void client_fac_screens(struct client *c, struct seat_link *out);

#endif
