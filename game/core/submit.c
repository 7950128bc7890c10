/* submit.c - checking a submission as the seat's own view judges it
 * (check.c), and storing it. */
#include "submit.h"

#include <stdio.h>

#include "game.h"
#include "view.h"

int game_check_orders(const struct game *g, int seat, const struct order *o, int n, char *why,
                      int whylen)
{
    if (seat < 0 || seat >= g->nseats) {
        if (why && whylen > 0)
            snprintf(why, (size_t)whylen, "no such contingent");
        return 0;
    }
    struct view v;
    view_build_for_check(g, seat, &v);
    return view_check_orders(&v, o, n, why, whylen);
}

int game_submit(struct game *g, int seat, const struct order *o, int n, char *why, int whylen)
{
    if (!game_check_orders(g, seat, o, n, why, whylen))
        return 0;
    game_store_orders(g, seat, o, n);
    return 1;
}
