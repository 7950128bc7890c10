/* cui.h - the curses front end's shared state and the screens it is made
 * of (internal to game/ui). It is a port of the game host (session/port.h)
 * that serves the human seats of one terminal - one seat, or several
 * behind a curtain (hot-seat). Its screens talk to a seat link
 * (session/link.h), never to the host or the game: everything they draw
 * about the game comes from one struct view, the current seat's, or the
 * facilitator's once the game is over. */
#ifndef MANDATE_CUI_H
#define MANDATE_CUI_H

#include "../core/view.h"
#include "../session/link.h"
#include "../session/port.h"
#include "draw.h"
#include "eventtext.h"
#include "layout.h"

struct lobby;

struct logline {
    int turn;
    int tone;                    /* enum evtone */
    char text[236];
};

struct seatlog {
    struct logline *l;
    int n, cap;
};

/* Why play stopped. */
enum quit_reason { QUIT_NONE, QUIT_KEY, QUIT_SIGNAL, QUIT_EOF };

struct cui {
    const struct seat_link *link;    /* the game, as the screens see it */
    struct port port;            /* this front end as the host's port */
    const struct fac_link *flink;    /* the facilitator's link, or NULL */
    struct port fac_port;        /* this front end as the facilitator's port */
    int nserved, last_served;    /* the seats it serves, and the last one */
    int noted;                   /* the last week whose resolution was told */
    int seat;                    /* whose view is on screen */
    struct view *v;              /* that view (owned) */
    struct seatlog log[MAX_SEATS];
    struct evtext_inject seen[MAX_SEATS][MAX_INJECTS];  /* what each seat was shown */
    int logged[MAX_SEATS];       /* the turn whose events are in the log */
    char status[256];
    int status_role;
    int quit;                    /* enum quit_reason */
    struct page page;            /* the page of the current full-screen text */
    struct page aux;             /* a second page: the log panel, dialogs */
    char *help;                  /* assets/help.txt (owned, may be NULL) */
    int curtain;                 /* 1: the next frame repaints every cell */
    char lost[1600];             /* a game left unsaved, in words ("" none) */
    char file[1024];             /* ui_file's answer */
    int small_ask;               /* 1: the too-small screen asks whether to quit */
    int closed;                  /* 1: the players closed the finished game early */
};

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

/* Mouse regions. */
enum hit { HIT_NONE, HIT_ROW, HIT_PANEL, HIT_TAB, HIT_ITEM, HIT_BUTTON, HIT_CELL };
#define ROW_ARG(panel, row) ((panel) << 12 | (row))

enum dialog { DLG_NONE, DLG_PICK, DLG_TARGET, DLG_ODDS, DLG_DOSSIER };

/* What a screen ends with. */
enum screen_result { SR_NEXT, SR_BACK, SR_QUIT, SR_REPORT, SR_BRIEF, SR_ORDERS, SR_DONE };

typedef void (*drawfn)(struct cui *u, void *arg);

/* cui.c: frames, modal dialogs, the header and status lines, the log. */
void ui_frame(struct cui *u, drawfn draw, void *arg);
/* Draws frames and reads keys until one the screen must handle; sets
 * u->quit on a signal or at end of input (and returns that key). While
 * the terminal is too small, keys do nothing but q, y: that returns
 * K_QUIT (u->quit QUIT_KEY), which every screen treats as quit. */
int ui_step(struct cui *u, drawfn draw, void *arg, struct input *in);
/* A yes/no question over the screen: 1 yes, 0 no, -1 quit (signal, EOF). */
int ui_confirm(struct cui *u, drawfn under, void *arg, const char *title, const char *text);
/* A message with a row of buttons (NULL-terminated): the index of the one
 * chosen (Left/Right and Enter, or a click), -2 on Esc, -1 on quit. */
int ui_choose(struct cui *u, drawfn under, void *arg, const char *title, const char *text,
              const char *const *buttons);
/* A message with OK; -1 on quit. */
int ui_message(struct cui *u, drawfn under, void *arg, const char *title, const char *text);
/* The help overlay: every key, then the rules. -1 on quit. */
int ui_help(struct cui *u, drawfn under, void *arg);
/* Asks to quit; 1 when the players confirm (u->quit is set). */
int ui_ask_quit(struct cui *u, drawfn under, void *arg);
void ui_status(struct cui *u, int role, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void ui_header(struct cui *u, const char *phase, int apleft);
/* The status line: the message if any, else the hints. */
void ui_footer(struct cui *u, const char *const *hints);
/* Builds the seat's view (and logs its new events); VIEW_FACILITATOR for
 * the end. */
void ui_view(struct cui *u, int seat);
/* The file that holds the game as it stands ("" none, or its last save
 * failed), as the link tells; valid until the next call. */
const char *ui_file(struct cui *u);
/* Attribute of a contingent's colour, and its short tag ("K"). */
attr_t ui_seat_attr(const struct cui *u, int seat);
const char *ui_seat_tag(const struct cui *u, int seat);

/* fac_console.c: the facilitator's console over the link l: SR_NEXT when
 * the facilitator hands the keyboard back to the teams, SR_QUIT. */
struct fac_link;
int fac_console(struct cui *u, const struct fac_link *l);

/* dlg_text.c: a line typed in a dialog titled title, under label, into
 * buf (n bytes, UTF-8; it starts with buf's text): 1 on Enter with a
 * non-empty text, 0 on Esc, -1 on quit. action names what Enter does. */
int ui_ask_text(struct cui *u, drawfn under, void *arg, const char *title, const char *label,
                const char *action, char *buf, size_t n);

/* dlg_save.c: saving, and a save that fails. */
enum save_kind { SAVE_AUTO = LINK_SAVE_AUTO, SAVE_MANUAL = LINK_SAVE_MANUAL };
enum save_result { SV_SAVED, SV_UNSAVED, SV_BACK, SV_QUIT };
/* Saves the game (or, with failed, starts from that failed attempt) and,
 * while it fails, shows why in full and what of the game is in no file,
 * and offers: retry, another folder (typed; later saves go there), or go
 * on - quitting: quit - without saving. SV_SAVED (the path in out),
 * SV_UNSAVED (given up: the reason in the link's status), SV_BACK (Esc
 * while quitting: back to the game), SV_QUIT (a signal, end of input). */
int ui_save_game(struct cui *u, drawfn under, void *arg, int kind, int quitting,
                 const char *failed, char *out, size_t n);
/* Saves the game (S) and says where in the status line. */
void ui_save(struct cui *u, drawfn under, void *arg);
/* Draws only the title bar: under a dialog that shows nothing of a seat. */
void ui_blank_draw(struct cui *u, void *arg);

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

/* scr_debrief.c: the debrief's pages, drawn from d (game/report/debrief.h);
 * file is the save that holds the game ("" none); *page is the page to
 * open and, on return, the one shown last. SR_BACK: Esc, back to the
 * result; SR_NEXT: closed; SR_QUIT. */
struct debrief;
int screen_debrief(struct cui *u, const struct debrief *d, const char *file, int *page);
/* Asks to close the debrief (early: the finished game, from its last
 * report), saying where the game stays; 1 yes, 0 no, -1 quit. */
int debrief_ask_close(struct cui *u, drawfn under, void *arg, const char *file, int early);
/* The same screen in parts (for the bench): open on a page, handle one
 * key (-1: stay; SR_BACK, SR_DONE - asks to close -, SR_QUIT), draw one
 * frame, close. */
struct dbs;
struct dbs *debrief_open(struct cui *u, const struct debrief *d, const char *file, int page);
int debrief_key(struct dbs *s, const struct input *in);
void debrief_frame(struct dbs *s);
void debrief_close(struct dbs *s);

/* scr_title.c: the title menu, the new-game and load screens. */
enum title_choice { TITLE_NEW, TITLE_CONTINUE, TITLE_LOAD, TITLE_HELP, TITLE_QUIT };
int screen_title(struct cui *u);
/* Fills l with a started game; 1, 0 back, -1 quit. */
int screen_newgame(struct cui *u, struct lobby *l, const char *scenario);
/* Picks a save file into path; 1, 0 back, -1 quit. */
int screen_load(struct cui *u, char *path, size_t n);

/* Sets up u (the terminal must be open for drawing); 0 when out of
 * memory. */
int cui_init(struct cui *u);
void cui_free(struct cui *u);
/* seat_port.c: clears the logs and points u at the link of a game that
 * has just started or been loaded. */
void cui_start_game(struct cui *u, const struct seat_link *link);
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
