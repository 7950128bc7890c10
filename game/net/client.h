/* client.h - a team's connection to a game server (mandate serve): it
 * connects over a Unix socket or TCP, says hello with the seat's token,
 * and then stands for the server as the seat's link (session/link.h), so
 * that the curses seat screens run over it unchanged. It keeps the
 * server's latest view, the week's status and the team's own draft; it
 * answers the server's pings, notices a server gone silent or a
 * connection dropped, and reconnects with the same token, sending the
 * draft again. A fatal error or a bye ends it with the reason in one
 * line. Nothing of the game runs here. */
#ifndef MANDATE_NET_CLIENT_H
#define MANDATE_NET_CLIENT_H

#include <stddef.h>

#include "../session/link.h"

#define CLIENT_ERR 400               /* bytes of an error line */

/* Where the server is: a Unix socket path, or TCP "HOST:PORT" ("[::1]:
 * 7000" for an IPv6 address); exactly one of the two. */
struct client_addr {
    const char *path;
    const char *hostport;
};

/* Timers (milliseconds); client_open takes the defaults when t is NULL. */
struct client_timers {
    int hello_ms;                /* the wait for welcome, and for an answer */
    int silence_ms;              /* a server silent this long is taken for gone */
    int retry_ms;                /* the first wait before reconnecting (it doubles) */
    int retry_max_ms;            /* the longest wait between attempts */
};

struct client;
struct board;
struct pub;

/* Connects to a, says hello with token and waits for welcome: the
 * client, or NULL with one line in why (no server there, a refused
 * token, a token that is not a team's, a nonsense address). */
struct client *client_open(const struct client_addr *a, const char *token,
                           const struct client_timers *t, char *why, size_t n);
/* As client_open, for a token of role (enum proto_role: ROLE_SEAT, or
 * ROLE_FACILITATOR for the facilitator's console, client_fac.h). */
struct client *client_open_as(const struct client_addr *a, const char *token, int role,
                              const struct client_timers *t, char *why, size_t n);
void client_free(struct client *c);      /* NULL-safe; closes the connection */

/* client_open for a token of role (enum proto_role: ROLE_SEAT, as
 * client_open, or ROLE_BOARD: the projector, whose welcome must say
 * board). */
struct client *client_open_as(const struct client_addr *a, const char *token, int role,
                              const struct client_timers *t, char *why, size_t n);

/* A board's: what it shows now (NULL: nothing came yet), the book it
 * refers to (*pub) and the seconds left this week counted down since it
 * came (*deadline, -1 none). Its link (client_link) gives status,
 * waiting and pump; LINK_VIEW says a new board came. */
const struct board *client_board(const struct client *c, const struct pub **pub, int *deadline);

/* A board's width in columns (its terminal's): the server wraps the hot
 * wash's page for it. Told now and on each new connection, when it
 * changes. */
void client_board_size(struct client *c, int cols);

/* The seat the server gave the token. */
int client_seat(const struct client *c);
/* The seat's link over c (valid while c lives): view (the latest
 * snapshot, with the team's draft), fview (once the game has ended, if
 * the server sends it), submit, ready, unready (each answered by the
 * server), status, waiting, pump, draft; no save (the server saves) and
 * no debrief. */
void client_link(struct client *c, struct seat_link *out);

#endif
