/* cmd_board.c - `mandate board [--socket PATH | --connect HOST:PORT]
 * TOKEN`: the projector board of a game that `mandate serve` runs, read-
 * only, in this terminal. The connection is made (and the token checked)
 * before the terminal is taken, so that a server that is not there or a
 * refused token is one line on stderr. */
#include <stdio.h>

#include "../data/proto.h"
#include "../net/client.h"
#include "../session/link.h"
#include "../ui/ui.h"
#include "cli.h"
#include "dial_args.h"

static const char usage[] =
    "usage: mandate board [--socket PATH | --connect HOST:PORT] TOKEN\n"
    "Shows the projector board of a game that mandate serve runs, with the\n"
    "board's token (mandate serve prints its line): the sectors' stability\n"
    "and threat, the mandate, the week and its deadline, which teams have\n"
    "confirmed their orders (never what they ordered), the public bulletin\n"
    "and what the facilitator reveals; after the last week, the hot wash\n"
    "page the facilitator shows. Nothing secret ever reaches it. Large\n"
    "figures from 120x40; it needs 80x24. A lost connection is retried. q,\n"
    "then y, leaves it (the game goes on; the same token shows it again); the\n"
    "board stays up after the game's end for the hot wash.\n"
    "  --socket PATH        the server's Unix socket (default: the one\n"
    "                       mandate serve makes by default)\n"
    "  --connect HOST:PORT  a server that listens on TCP\n"
    "Exit status: 0 quit, or the server stopped after the end; 1 no server\n"
    "there, a refused token, or a connection the server closed (the reason\n"
    "is the last line); 2 usage error.\n"
    "\n"
    "Example:\n"
    "  mandate board --socket /tmp/workshop.sock 9b1e...04c7\n";

static const struct board *board_of(void *ctx, const struct pub **pub, int *deadline)
{
    return client_board(ctx, pub, deadline);
}

static void board_size(void *ctx, int cols)
{
    client_board_size(ctx, cols);
}

int cmd_board(int argc, char **argv)
{
    struct client *c;
    int rc = dial_args_open("board", usage, "board's", ROLE_BOARD, argc, argv, &c);
    if (rc >= 0)
        return rc;
    struct seat_link sl;
    client_link(c, &sl);
    struct board_link bl = { c, board_of, sl.status, sl.waiting, sl.pump, board_size };
    int status = ui_board(&bl);
    client_free(c);
    return status;
}
