/* seat_port.c - the curses front end as the game host's port for the
 * human seats of one terminal: the host asks it for a seat's turn, tells
 * it after each week and at the end; the curtain between seats is its own
 * business (hot-seat). The screens it runs talk to the seat link. */
#include <stdlib.h>
#include <string.h>

#include "../../session/host.h"
#include "seat.h"

/* --- the port: the host asks, the screens answer --------------------- */

/* Hot-seat: hands the terminal to seat (its view is built first, and
 * nothing of it shown), behind the curtain; seat -1: to everyone, for
 * the result. */
static int handover(struct cui *u, int seat)
{
    if (u->nserved < 2 && !u->flink)
        return PORT_OK;          /* one seat, and no facilitator to hide from */
    if (seat >= 0)
        ui_view(u, seat);
    return screen_curtain(u, seat) == SR_QUIT ? PORT_QUIT : PORT_OK;
}

/* Hands the terminal to seat and shows its view: a fresh state of its
 * screens (the caller frees it), or NULL when the players quit (or out
 * of memory). */
static struct turnui *seat_up(struct cui *u, int seat)
{
    if (handover(u, seat) != PORT_OK)
        return NULL;
    ui_view(u, seat);
    struct turnui *t = malloc(sizeof *t);
    if (t)
        turnui_init(t, u->v);
    return t;
}

int cui_turn(struct cui *u, struct turnui *t, int stage)
{
    for (;;) {
        int r = stage == SR_REPORT  ? screen_report(u, t, 0)
                : stage == SR_BRIEF ? screen_brief(u, t)
                                    : screen_orders(u, t);
        if (r == SR_QUIT || r == SR_DONE)
            return r;
        if (r == SR_NEXT)
            stage = stage == SR_REPORT ? SR_BRIEF : SR_ORDERS;
        else if (r == SR_BACK)
            stage = stage == SR_ORDERS ? SR_BRIEF : report_has(u->v) ? SR_REPORT : SR_BRIEF;
        else
            stage = r;
    }
}

/* One human seat's turn: last turn's report, this turn's brief, then its
 * orders until it ends its turn (submitted and confirmed) or quits. */
static int port_turn(void *ctx, struct host *h, int seat, const struct view *v)
{
    struct cui *u = ctx;
    (void)h, (void)v;            /* the screens ask the link */
    struct turnui *t = seat_up(u, seat);
    if (!t)
        return PORT_QUIT;
    int r = cui_turn(u, t, report_has(u->v) ? SR_REPORT : SR_BRIEF);
    free(t);
    return r == SR_QUIT ? PORT_QUIT : PORT_OK;
}

/* The game has ended: the seat's last report; after the last seat this
 * terminal serves, the result and the debrief (everyone back first). */
static int port_end(void *ctx, struct host *h, int seat)
{
    struct cui *u = ctx;
    (void)h;
    if (u->closed)
        return PORT_OK;
    struct turnui *t = seat_up(u, seat);
    if (!t)
        return PORT_QUIT;
    int r = screen_report(u, t, 1);
    free(t);
    if (r == SR_QUIT)
        return PORT_QUIT;
    if (seat != u->last_served || u->closed)
        return PORT_OK;
    if (handover(u, -1) != PORT_OK)
        return PORT_QUIT;
    return screen_result(u) == SR_QUIT ? PORT_QUIT : PORT_OK;
}

/* A week was resolved and autosaved (or not: then the players choose). */
static void port_notify(void *ctx, struct host *h, int seat, const struct host_note *n)
{
    struct cui *u = ctx;
    (void)h, (void)seat;
    if (n->kind == NOTE_REWOUND) {
        cui_forget(u);           /* the weeks undone leave the logs */
        return;
    }
    if (n->kind != NOTE_RESOLVED || n->week == u->noted)
        return;                  /* told once per week, whichever seat */
    u->noted = n->week;
    char out[1024];
    if (n->saved > 0) {
        ui_status(u, R_GOOD, "Week %d resolved. Autosaved.", n->week);
    } else if (n->saved < 0) {
        ui_status(u, R_GOOD, "Week %d resolved.", n->week);
    } else if (ui_save_game(u, ui_blank_draw, NULL, SAVE_AUTO, 0, n->why, out, sizeof out) ==
               SV_SAVED) {
        ui_status(u, R_GOOD, "Week %d resolved. Saved to %s", n->week, out);
    } else {
        struct link_status *st = calloc(1, sizeof *st);
        if (st)
            u->link->status(u->link->ctx, st);
        ui_status(u, R_BAD, "Week %d resolved, NOT saved: %s", n->week,
                  st ? st->save_error : n->why);
        free(st);
    }
}

static const struct port_ops curses_ops = { "curses", port_turn, port_notify, port_end };

/* The facilitator's turn, at the start of each week: behind the curtain,
 * the console; then the seats it switched are served or not. */
static int fac_turn(void *ctx, struct host *h, int seat, const struct view *v)
{
    struct cui *u = ctx;
    (void)seat, (void)v;
    if (screen_curtain(u, CURTAIN_FACILITATOR) == SR_QUIT)
        return PORT_QUIT;
    int r = fac_console(u, u->flink);
    if (r == SR_QUIT)
        return PORT_QUIT;
    cui_seat_ports(u, h, u->flink);
    return PORT_OK;
}

static const struct port_ops fac_ops = { "facilitator console", fac_turn, NULL, NULL };

void cui_seat_ports(struct cui *u, struct host *h, const struct fac_link *l)
{
    int human[MAX_SEATS];
    for (int i = 0; i < host_nseats(h); i++) {
        human[i] = host_human(h, i);
        host_set_port(h, i, human[i] ? &u->port : NULL);
    }
    cui_serve(u, human, host_nseats(h));
    u->flink = l;
    u->fac_port.ops = &fac_ops;
    u->fac_port.ctx = u;
    host_set_facilitator(h, l ? &u->fac_port : NULL);
}

void cui_forget(struct cui *u)
{
    for (int i = 0; i < MAX_SEATS; i++) {
        free(u->log[i].l);
        memset(&u->log[i], 0, sizeof u->log[i]);
        u->logged[i] = 0;
    }
    memset(u->seen, 0, sizeof u->seen);
    u->noted = 0;
}

void cui_start_game(struct cui *u, const struct seat_link *link)
{
    cui_forget(u);
    memset(u->v, 0, sizeof *u->v);
    u->closed = 0;
    u->link = link;
    u->seat = VIEW_FACILITATOR;
}

void cui_serve(struct cui *u, const int *human, int nseats)
{
    u->nserved = 0;
    u->last_served = -1;
    for (int i = 0; i < nseats; i++)
        if (human[i]) {
            u->nserved++;
            u->last_served = i;
        }
}

void cui_port_init(struct cui *u)
{
    u->port.ops = &curses_ops;
    u->port.ctx = u;
}

void ui_draft(struct cui *u, const struct turnui *t)
{
    const struct seat_link *l = u->link;
    if (l && l->draft && u->seat >= 0 && u->v->phase != PHASE_ENDED && u->quit == QUIT_NONE)
        l->draft(l->ctx, u->seat, t->draft, t->n);
}
