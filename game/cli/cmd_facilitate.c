/* cmd_facilitate.c - `mandate facilitate [--socket PATH | --connect
 * HOST:PORT] TOKEN`: the facilitator's console for a game that `mandate
 * serve` runs, in this terminal, with the facilitator's token. The
 * connection is made (and the token checked) before the terminal is
 * taken, so that a server that is not there or a refused token is one
 * line on stderr. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../data/proto.h"
#include "../net/client_fac.h"
#include "../ui/ui.h"
#include "cli.h"
#include "common.h"
#include "dial_args.h"
#include "options.h"

static const char usage[] =
    "usage: mandate facilitate [--socket PATH | --connect HOST:PORT] TOKEN\n"
    "The facilitator's console for a game that mandate serve runs, with the\n"
    "facilitator's token it printed: the whole truth (every order, roll and\n"
    "secret), the roster (who plays each seat, who is connected, dropped or\n"
    "never joined, who has confirmed), the clock, the MSEL and the journal;\n"
    "and the facilitator's actions: fire, hold or release an inject, a\n"
    "contingency message, pause and resume, the deadline, resolve now, who\n"
    "plays a seat (its team or its AI), kick a connection, notes, rewind to\n"
    "an earlier week. Every action is kept in the game's record, so a replay\n"
    "of the save redoes it. ? lists the keys; q leaves (the game goes on).\n"
    "  --socket PATH        the server's Unix socket (default: the one\n"
    "                       mandate serve makes by default)\n"
    "  --connect HOST:PORT  a server that listens on TCP (plaintext: from\n"
    "                       another machine, come in over ssh instead)\n"
    "Exit status: 0 the game ended or the facilitator left; 1 no server\n"
    "there, a refused token, or a connection the server closed (the reason\n"
    "is the last line); 2 usage error.\n"
    "\n"
    "Example:\n"
    "  mandate facilitate --socket /tmp/workshop.sock 9b1d...07c2\n";

int cmd_facilitate(int argc, char **argv)
{
    struct client *c;
    int rc = dial_args_open("facilitate", usage, "facilitator's", ROLE_FACILITATOR, argc, argv,
                            &c);
    if (rc >= 0)
        return rc;
    struct fac_link fl;
    struct seat_link screens;
    client_fac_link(c, &fl);
    client_fac_screens(c, &screens);
    int status = ui_facilitate(&screens, &fl);
    client_free(c);
    return status;
}
