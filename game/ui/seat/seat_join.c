/* seat_join.c - one seat's game whose host is elsewhere (a server), on
 * this terminal: the seat's screens run over a link that also wakes them
 * when the server speaks (ui_step hears it). Between the weeks the team
 * waits here for the others; nothing of the game runs on this side but
 * the drawing and the rule check of the order dialogs on the seat's own
 * view. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "seat.h"
#include "../ui.h"

/* The link's status (malloc'd: the caller frees it), or NULL when out of
 * memory. */
static struct link_status *status_of(const struct cui *u)
{
    struct link_status *st = malloc(sizeof *st);
    if (st)
        u->link->status(u->link->ctx, st);
    return st;
}

/* --- before the first view ------------------------------------------- */

static void connecting_draw(struct cui *u, void *arg)
{
    (void)arg;
    ui_blank_draw(u, NULL);
    int y = LINES / 2 - 1;
    d_centre(y, 0, COLS, A_BOLD, "Connected to the game.");
    d_centre(y + 2, 0, COLS, term_attr(R_DIM), "Waiting for the server to send our view...");
    static const char *const hints[] = { "q", "quit", NULL, NULL };
    ui_footer(u, hints);
}

/* Waits for the first view: SR_QUIT (u->quit says why: QUIT_MOVED when
 * the view came). */
static int screen_connecting(struct cui *u)
{
    struct input in;
    for (;;) {
        int k = ui_step(u, connecting_draw, NULL, &in);
        if (k == K_SIGNAL || k == K_EOF || k == K_QUIT)
            return SR_QUIT;
        if (k == K_CHAR && (in.ch == 'q' || in.ch == 'Q') && ui_ask_quit(u, connecting_draw, NULL))
            return SR_QUIT;
    }
}

/* --- waiting for the other teams ------------------------------------- */

/* "Waiting for other teams: 1 of 2 confirmed, deadline 04:59" into buf. */
static void waiting_line(const struct link_status *st, char *buf, size_t n)
{
    int humans = 0, ready = 0;
    for (int i = 0; i < st->nseats && i < MAX_SEATS; i++)
        if (st->human[i]) {
            humans++;
            ready += st->ready[i] != 0;
        }
    int len = snprintf(buf, n, "Waiting for other teams: %d of %d confirmed", ready, humans);
    if (st->paused && len > 0 && (size_t)len < n)
        len += snprintf(buf + len, n - (size_t)len, "; PAUSED by the facilitator");
    else if (st->deadline >= 0 && len > 0 && (size_t)len < n)
        snprintf(buf + len, n - (size_t)len, ", deadline %02d:%02d", st->deadline / 60,
                 st->deadline % 60);
}

static void waiting_draw(struct cui *u, void *arg)
{
    struct turnui *t = arg;
    const struct view *v = u->v;
    ui_header(u, "Waiting", -1);
    int w = COLS - 4 > 100 ? 100 : COLS - 4;
    struct rect r = { 1, (COLS - w) / 2, LINES - 2, w };
    struct page *pg = &u->page;
    page_reset(pg, w - 1);
    page_addf(pg, term_attr(R_TITLE), 0, "Week %d of %d: our orders are confirmed", v->turn,
              v->turns);
    page_blank(pg);
    for (int k = 0; k < t->n; k++) {
        char tgt[128];
        order_target_text(u, &t->draft[k], tgt, sizeof tgt);
        page_bullet(pg, A_NORMAL, 2, G_BULLET, "%s%s%s", v->pub->cat.orders[t->draft[k].kind].name,
                    tgt[0] ? ": " : "", tgt);
    }
    if (!t->n)
        page_add(pg, term_attr(R_DIM), 2, "No orders this week.");
    page_blank(pg);
    struct link_status *st = status_of(u);
    if (st) {
        char line[160];
        waiting_line(st, line, sizeof line);
        page_add(pg, A_BOLD, 0, line);
        for (int i = 0; i < st->nseats && i < v->nseats; i++)
            if (st->human[i])      /* "Eagles (Alvar): confirmed" with a team name */
                page_bullet(pg, st->ready[i] ? term_attr(R_GOOD) : term_attr(R_DIM), 2,
                            st->ready[i] ? G_CHECK : G_DOT, "%s%s%s%s%s", st->team[i],
                            st->team[i][0] ? " (" : "", v->pub->seats[i].name,
                            st->team[i][0] ? ")" : "",
                            st->ready[i] ? ": confirmed" : ": still deciding");
    }
    free(st);
    page_blank(pg);
    page_add(pg, term_attr(R_DIM), 0, "The week is resolved as soon as every team has "
             "confirmed its orders (or at the deadline); its report then comes here.");
    page_draw(pg, r, 0, -1, 0);
    static const char *const hints[] = { "u", "change our orders", "r", "last report", "?",
                                         "help", "q", "quit", NULL, NULL };
    ui_footer(u, hints);
}

/* The team waits for the others: SR_ORDERS (its confirmation withdrawn,
 * or the server holds none), SR_BRIEF (the server reopened its orders
 * while it waited: the facilitator restarted the week, or fired an
 * inject for it - at once, without a key), SR_REPORT (to read last
 * week's report again), SR_QUIT. */
static int waiting_keys(struct cui *u, struct turnui *t)
{
    const struct seat_link *l = u->link;
    struct input in;
    for (int woke = 0;; ) {
        struct link_status *st = status_of(u);
        int ready = !st || st->ready[u->seat];
        free(st);
        if (!ready && woke) {
            ui_status(u, R_WARN, "The facilitator reopened our orders: see the brief, then E "
                      "ends the turn.");
            return SR_BRIEF;
        }
        if (!ready) {
            ui_status(u, R_WARN, "Our orders are not confirmed: E ends the turn.");
            return SR_ORDERS;
        }
        int k = ui_step(u, waiting_draw, t, &in);
        if ((woke = k == K_WAKE))
            continue;
        if (k == K_SIGNAL || k == K_EOF || k == K_QUIT)
            return SR_QUIT;
        if (k == K_HELP && ui_help(u, waiting_draw, t) < 0)
            return SR_QUIT;
        if (k != K_CHAR)
            continue;
        switch (in.ch) {
        case 'u': case 'U':
            if (l->unready(l->ctx, u->seat)) {
                ui_status(u, R_NORMAL, "Confirmation withdrawn: change the orders, then E.");
                return SR_ORDERS;
            }
            ui_status(u, R_BAD, "Too late to change the orders: the week is being resolved.");
            break;
        case 'r': case 'R':
            if (report_has(u->v))
                return SR_REPORT;
            ui_status(u, R_WARN, "No report yet: this is the first week.");
            break;
        case 'q': case 'Q':
            if (ui_ask_quit(u, waiting_draw, t))
                return SR_QUIT;
            break;
        default: break;
        }
    }
}

static int screen_waiting(struct cui *u, struct turnui *t)
{
    u->wake = 1;                 /* what the server says moves this screen */
    int r = waiting_keys(u, t);
    u->wake = 0;
    return r;
}

/* --- the end --------------------------------------------------------- */

/* 1 when the link offers the result (the facilitator's view of the
 * finished game). */
static int result_offered(const struct cui *u)
{
    const struct seat_link *l = u->link;
    struct fview *f = l->fview ? calloc(1, sizeof *f) : NULL;
    int ok = f && l->fview(l->ctx, f);
    free(f);
    return ok;
}

/* The finished game: the last report, then the result and the debrief
 * if the link offers them, or a word on where they are. */
static void play_end(struct cui *u, struct turnui *t)
{
    int r = screen_report(u, t, 1);
    if (r == SR_QUIT || u->closed)
        return;
    if (result_offered(u)) {
        screen_result(u);
        return;
    }
    ui_message(u, ui_blank_draw, NULL, "The mandate is over",
               "The game has ended. The result, every score and every secret of it, and the "
               "debrief are with the game's host: mandate report on the server's saved game.");
}

/* --- the seat's game ------------------------------------------------- */

/* The stage a week starts on: its report, or its brief; the waiting
 * screen when the seat's orders are confirmed already (a reconnection). */
static int week_start(const struct cui *u)
{
    struct link_status *st = status_of(u);
    int ready = st && st->ready[u->seat];
    free(st);
    return ready ? SR_DONE : report_has(u->v) ? SR_REPORT : SR_BRIEF;
}

static void play_seat(struct cui *u, int seat, struct turnui *t)
{
    int shown = -1, stage = SR_BRIEF;
    for (;;) {
        if (u->quit == QUIT_MOVED)
            u->quit = QUIT_NONE;
        if (u->quit)
            return;
        struct link_status *st = status_of(u);
        if (!st)
            return;
        int closed = st->closed[0] && !st->ended, none = st->week <= 0;
        free(st);
        if (closed) {
            u->quit = QUIT_CLOSED;
            return;
        }
        if (none || !u->link->view(u->link->ctx, seat, u->v)) {
            screen_connecting(u);
            continue;
        }
        ui_view(u, seat);
        int key = u->v->turn * 2 + (u->v->phase == PHASE_ENDED);
        if (key != shown) {
            if (shown >= 0)
                u->status[0] = 0;        /* the last week's word is stale */
            shown = key;
            turnui_init(t, u->v);
            stage = week_start(u);
        }
        if (u->v->phase == PHASE_ENDED) {
            play_end(u, t);
            return;
        }
        if (stage == SR_DONE) {
            int r = screen_waiting(u, t);
            if (r == SR_REPORT && screen_report(u, t, 0) == SR_QUIT)
                continue;
            if (r == SR_ORDERS || r == SR_BRIEF)
                stage = r;
            continue;
        }
        if (cui_turn(u, t, stage) == SR_DONE)
            stage = SR_DONE;
    }
}

int ui_join(const struct seat_link *link, int seat)
{
    struct cui u;
    if (!cui_open(&u))
        return 1;
    struct turnui *t = malloc(sizeof *t);
    cui_start_game(&u, link);
    int served[MAX_SEATS] = { 0 };
    if (seat >= 0 && seat < MAX_SEATS)
        served[seat] = 1;
    cui_serve(&u, served, MAX_SEATS);
    if (t)
        play_seat(&u, seat, t);
    free(t);
    term_close();
    struct link_status *st = status_of(&u);
    int status = 0;
    if (!t) {
        fputs("mandate: out of memory\n", stderr);
        status = 1;
    } else if (u.quit == QUIT_SIGNAL) {
        status = 128 + term_signal();
    } else if (u.quit == QUIT_CLOSED || (u.quit == QUIT_EOF && st && st->closed[0])) {
        fprintf(stderr, "mandate: %s\n", st ? st->closed : "the connection was closed");
        status = 1;
    } else if (u.quit == QUIT_EOF) {
        status = 1;
    }
    if (status == 0 && u.quit == QUIT_KEY && st && !st->ended)
        printf("mandate: left the game; it goes on at the server (join again with the same "
               "token to come back)\n");
    free(st);
    cui_free(&u);
    return status;
}
