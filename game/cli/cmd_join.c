/* cmd_join.c - `mandate join [--socket PATH | --connect HOST:PORT] TOKEN`:
 * a team joins a game that `mandate serve` runs, in this terminal, as
 * the seat its token names. The connection is made (and the token
 * checked) before the terminal is taken, so that a server that is not
 * there or a refused token is one line on stderr. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../data/proto.h"
#include "../net/client.h"
#include "../ui/ui.h"
#include "cli.h"
#include "dial_args.h"

static const char usage[] =
    "usage: mandate join [--socket PATH | --connect HOST:PORT] TOKEN\n"
    "Joins a game that mandate serve runs, as the team whose token is TOKEN\n"
    "(the join line mandate serve printed for it), in this terminal: the\n"
    "same screens as a game on one machine, while the game itself runs at\n"
    "the server, which also saves it. Between the weeks the screen says how\n"
    "many teams have confirmed their orders, and the deadline if there is\n"
    "one. A lost connection is retried with the same token, and the team's\n"
    "draft is kept and sent again. q leaves; join again to come back.\n"
    "  --socket PATH        the server's Unix socket (default: the one\n"
    "                       mandate serve makes by default)\n"
    "  --connect HOST:PORT  a server that listens on TCP (plaintext: from\n"
    "                       another machine, come in over ssh instead)\n"
    "Exit status: 0 the game ended or the team left it; 1 no server there,\n"
    "a refused token, or a connection the server closed (the reason is the\n"
    "last line); 2 usage error.\n"
    "\n"
    "Example:\n"
    "  mandate join --socket /tmp/workshop.sock 3f0c...e91a\n";

int cmd_join(int argc, char **argv)
{
    struct client *c;
    int rc = dial_args_open("join", usage, "team's", ROLE_SEAT, argc, argv, &c);
    if (rc >= 0)
        return rc;
    struct seat_link link;
    client_link(c, &link);
    int status = ui_join(&link, client_seat(c));
    client_free(c);
    return status;
}
