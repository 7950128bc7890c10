/* seat.h - a seat's screens (internal to game/ui/seat): the playing
 * screen with its panels and order dialogs, the week's report and brief,
 * the hot-seat curtain, the result, and the curses front end as the game
 * host's port for the human seats of one terminal (seat_port.c). They
 * draw from the current seat's view (struct cui, ../cui.h) and talk to
 * the seat link, never to the host or the game. */
#ifndef MANDATE_SEAT_H
#define MANDATE_SEAT_H

#include <stddef.h>

#include "../cui.h"

/* One seat's turn in the making: its draft orders and what is selected. */
struct turnui {
    struct order draft[MAX_ORDERS];
    int n;
    int focus;                   /* enum panel */
    int tab;                     /* the tabbed panel shown (compact layout) */
    int sel[P_COUNT], top[P_COUNT];
    /* the order dialog */
    int dlg;                     /* enum dialog */
    int dsel, dtop;
    int kind, stage, editing;
    struct order build;
    char prefix[16];             /* letters typed in the picker */
    /* pages */
    int brief_sel, brief_top, report_top;
};

enum dialog { DLG_NONE, DLG_PICK, DLG_TARGET, DLG_ODDS, DLG_DOSSIER };

#define ROW_ARG(panel, row) ((panel) << 12 | (row))

/* panels.c: the panels of the playing screen. */
void panel_draw(struct cui *u, struct turnui *t, int panel, struct rect r, int focused,
                int tabbed);
/* What an order is aimed at, in words ("Ossa City", "broad"). */
void order_target_text(const struct cui *u, const struct order *o, char *buf, size_t n);
/* Rows a panel's selection moves over (0: it only scrolls). */
int panel_rows(struct cui *u, struct turnui *t, int panel);
/* Dossier details of target into the page. */
void panel_dossier_page(struct cui *u, int target, struct page *pg);
/* Targets the intelligence panel lists (other seats, then HQ). */
int intel_target(struct cui *u, int row);

/* scr_orders.c: the playing screen and its order dialogs. */
int screen_orders(struct cui *u, struct turnui *t);
void orders_draw(struct cui *u, void *arg);
/* Handles one key on the playing screen; returns an enum screen_result
 * or -1 to stay. */
int orders_key(struct cui *u, struct turnui *t, const struct input *in);
void turnui_init(struct turnui *t, const struct view *v);

/* dlg_order.c: the order dialogs over the playing screen. */
void dialog_draw(struct cui *u, struct turnui *t);
/* Handles a key while a dialog is open; returns -1 (stay). */
int dialog_key(struct cui *u, struct turnui *t, const struct input *in);
/* Opens the picker (editing: the draft order it replaces, or -1;
 * preset_kind: the kind to select first, or -1). */
void open_pick(struct cui *u, struct turnui *t, int editing, int preset_kind);
/* Opens the target step of kind (preset: the sector or seat to select
 * first, or -1), or the odds when it has no target. */
void open_target(struct cui *u, struct turnui *t, int kind, int preset);

/* scr_pages.c: report, brief, curtain, result and debrief. */
/* The report; final: the last one of a finished game, where q closes the
 * game (SR_DONE, u->closed: the result and debrief are not shown). */
int screen_report(struct cui *u, struct turnui *t, int final);
int screen_brief(struct cui *u, struct turnui *t);
/* seat: a seat, -1 everyone (the end), or CURTAIN_FACILITATOR. */
#define CURTAIN_FACILITATOR (-3)
int screen_curtain(struct cui *u, int seat);
int screen_result(struct cui *u);
/* 1 when the view holds a resolution to report. */
int report_has(const struct view *v);
/* rep_changes.c: the report's "What changed for us" (the seat's numbers
 * and the mission's, each change with its cause) and "The sectors this
 * week" (each sector's net change with its main causes) for the week
 * turn, added to pg. */
void report_changes(struct cui *u, struct page *pg, int turn);
void report_sectors(struct cui *u, struct page *pg, int turn);

/* coach_ui.c: the coach of a coached scenario (nothing for another). 1
 * when the seat on screen has it shown (not skipped). */
int coach_shown(const struct cui *u);
/* This week's idea, what to try and what it opens, after last week's
 * check; or the line saying how to bring a skipped coach back. */
void coach_brief(struct cui *u, struct page *pg);
/* Whether the seat tried week turn's idea, and what it did. */
void coach_check(struct cui *u, struct page *pg, int turn);
/* c: skips the coach for the seat on screen, or brings it back (a status
 * line says which); 1 when the key was that. */
int coach_key(struct cui *u, const struct input *in);

/* seat_port.c: clears the logs and points u at the link of a game that
 * has just started or been loaded. */
void cui_start_game(struct cui *u, const struct seat_link *link);
/* seat_port.c: one seat's week on its screens, from stage (SR_REPORT,
 * SR_BRIEF, SR_ORDERS) until it ends its turn (SR_DONE: submitted and
 * confirmed through the link) or quits (SR_QUIT). */
int cui_turn(struct cui *u, struct turnui *t, int stage);
/* Tells the link the draft as it stands (a game that goes on elsewhere
 * keeps it); nothing in process. */
void ui_draft(struct cui *u, const struct turnui *t);
/* seat_port.c: forgets what the seats were told (their logs), for a game
 * that went back to an earlier week. */
void cui_forget(struct cui *u);
/* seat_port.c: u as the host's port (u->port) of the seats it serves. */
void cui_port_init(struct cui *u);
/* The seats of u's game it serves (human: 1), for the curtain. */
void cui_serve(struct cui *u, const int *human, int nseats);
/* Gives h's human seats u's port (its AI seats the host's) and serves
 * them; with a facilitator's link l (NULL: none), u is also the
 * facilitator's port, behind the curtain. */
struct host;
void cui_seat_ports(struct cui *u, struct host *h, const struct fac_link *l);

#endif
