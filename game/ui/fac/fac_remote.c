/* fac_remote.c - the facilitator's console in a terminal of its own,
 * for a game a server runs (mandate facilitate): the same console as a
 * local game's, over the facilitator's link to the server; the screens
 * hear the connection while they wait for a key. */
#include <stdio.h>
#include <stdlib.h>

#include "../ui.h"
#include "fac_int.h"

int ui_facilitate(const struct seat_link *screens, const struct fac_link *fl)
{
    struct cui u;
    if (!cui_open(&u))
        return 1;
    cui_start_game(&u, screens);
    int r;
    /* c hands the keyboard to the teams in a local game; here the teams
     * are at their own terminals: the console stays */
    while ((r = fac_console(&u, fl)) == SR_NEXT && u.quit == QUIT_NONE)
        ui_status(&u, R_WARN, "The teams play at their own terminals: q leaves the console.");
    term_close();
    struct link_status st;
    screens->status(screens->ctx, &st);
    int status = 0;
    if (u.quit == QUIT_SIGNAL) {
        status = 128 + term_signal();
    } else if (u.quit == QUIT_CLOSED || (u.quit == QUIT_EOF && st.closed[0])) {
        fprintf(stderr, "mandate: %s\n", st.closed[0] ? st.closed : "the connection was closed");
        status = 1;
    } else if (u.quit == QUIT_EOF) {
        status = 1;
    } else if (!st.ended) {
        printf("mandate: left the console; the game goes on at the server (facilitate again "
               "with the same token to come back)\n");
    }
    cui_free(&u);
    return status;
}
