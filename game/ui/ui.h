/* ui.h - the terminal game: what the play commands (mandate, mandate new,
 * mandate load) and the bench call. No curses in this header. */
#ifndef MANDATE_UI_H
#define MANDATE_UI_H

struct lobby;                    /* ui/lobby.h */

/* What the terminal game plays. */
struct ui_options {
    /* a game started or loaded (ui/lobby.h: lobby_start, lobby_load), or
     * an empty lobby for the title menu; the caller frees it
     * (lobby_free) after ui_main */
    struct lobby *game;
};

/* Runs the terminal game; returns the exit status. Prints one line on
 * stderr and returns 1 when there is no usable terminal. */
int ui_main(const struct ui_options *o);

/* Plays seat's game whose host is elsewhere (a server) in the terminal,
 * over link (session/link.h; with its waiting and pump): waits for the
 * seat's view, shows the week's report and brief, lets the team draft,
 * submit and confirm its orders through the link, waits for the other
 * teams (and hears the link all along), until the end: the last report
 * and, when the link offers them, the result and the debrief. Returns
 * the exit status; the line that says why it stopped (a connection the
 * server closed, a team that left) goes to stderr once the terminal is
 * restored. */
struct seat_link;
int ui_join(const struct seat_link *link, int seat);

/* Runs the facilitator's console for a game whose host is elsewhere (a
 * server) in the terminal, over fl (session/fac_link.h); screens hears
 * the connection while the console waits for a key (its status, waiting
 * and pump). Until the facilitator quits or the server closes the
 * connection (the line saying why goes to stderr once the terminal is
 * restored). Returns the exit status. */
struct fac_link;
int ui_facilitate(const struct seat_link *screens, const struct fac_link *fl);
/* What the projector board is shown through (a board's connection,
 * filled by the command that opened it): what the board shows now (NULL:
 * nothing came yet), the book it refers to and the seconds left this
 * week; the connection's status (offline, closed); the descriptor and
 * wait before pump is due; pump (LINK_* flags). */
struct board;
struct pub;
struct link_status;
struct board_link {
    void *ctx;
    const struct board *(*board)(void *ctx, const struct pub **pub, int *deadline);
    void (*status)(void *ctx, struct link_status *out);
    void (*waiting)(void *ctx, int *fd, int *ms);
    int (*pump)(void *ctx);
    /* tells the server the screen's width in columns (the hot wash's
     * page is wrapped for it); may be NULL */
    void (*size)(void *ctx, int cols);
};

/* The projector board in the terminal, read-only (q quits), until the
 * connection ends for good or q: the exit status; why it ended goes to
 * stderr once the terminal is restored. */
int ui_board(const struct board_link *l);

/* Measures the terminal game at 80x24 against a counting output file and
 * prints the figures on stdout (what `make bench` shows). 0 on success. */
int ui_bench(void);

#endif
