/* cui.h - the curses front end's shared state and what every screen of
 * it is drawn with (internal to game/ui): frames, modal dialogs, the
 * header and status lines, the log, saving; and the screens before a
 * game (the title menu, new game, load). The front end is a port of the
 * game host (session/port.h) that serves the human seats of one terminal
 * - one seat, or several behind a curtain (hot-seat) - with a seat's
 * screens (seat/seat.h) and, once the game is over, the debrief's pages
 * (debrief/pages.h), over the terminal toolkit (tk/). Its screens talk to
 * a seat link (session/link.h), never to the host or the game:
 * everything they draw about the game comes from one struct view, the
 * current seat's, or the facilitator's once the game is over. */
#ifndef MANDATE_CUI_H
#define MANDATE_CUI_H

#include "../core/view.h"
#include "../session/link.h"
#include "../session/port.h"
#include "../text/evtext.h"
#include "../text/words.h"
#include "tk/draw.h"
#include "tk/layout.h"
#include "tk/page.h"

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

/* Why play stopped. A game that goes on elsewhere (seat_link.pump) also
 * unwinds the screens when it moves on (QUIT_MOVED: a new week, or the
 * end; the seat's screens start again from the new view) or ends for
 * this end (QUIT_CLOSED: the link's status says why). */
enum quit_reason { QUIT_NONE, QUIT_KEY, QUIT_SIGNAL, QUIT_EOF, QUIT_MOVED, QUIT_CLOSED };

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
    struct link_status *st;      /* the link's status, read once a frame (owned) */
    int small_ask;               /* 1: the too-small screen asks whether to quit */
    int closed;                  /* 1: the players closed the finished game early */
    unsigned coach_off;          /* seats that skipped the coach, bit each */
    int wake;                    /* 1: ui_step also returns K_WAKE when the link
                                    brought a view or the status (a screen that
                                    reacts to the server, not only to keys) */
};

/* Mouse regions. */
enum hit { HIT_NONE, HIT_ROW, HIT_PANEL, HIT_TAB, HIT_ITEM, HIT_BUTTON, HIT_CELL };

/* What a screen ends with. */
enum screen_result { SR_NEXT, SR_BACK, SR_QUIT, SR_REPORT, SR_BRIEF, SR_ORDERS, SR_DONE,
                     SR_CONSOLE };

typedef void (*drawfn)(struct cui *u, void *arg);

/* cui.c: frames, modal dialogs, the header and status lines, the log. */
void ui_frame(struct cui *u, drawfn draw, void *arg);
/* Draws frames and reads keys until one the screen must handle; sets
 * u->quit on a signal or at end of input (and returns that key). While
 * the terminal is too small, keys do nothing but q, y: that returns
 * K_QUIT (u->quit QUIT_KEY), which every screen treats as quit. Over a
 * link whose game goes on elsewhere it also hears the link: what changed
 * is drawn at once, and a game that moved on or ended for this end
 * returns K_QUIT (u->quit QUIT_MOVED, QUIT_CLOSED) until the caller
 * clears u->quit; with u->wake set, a view or status heard returns
 * K_WAKE. */
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
/* The same overlay with only keys (pairs: key, what it does; a "" key
 * with an upper-case text is a heading; NULL, NULL ends). -1 on quit. */
int ui_keys(struct cui *u, drawfn under, void *arg, const char *title,
            const char *const *keys);
/* Asks to quit; 1 when the players confirm (u->quit is set). */
int ui_ask_quit(struct cui *u, drawfn under, void *arg);
/* Who is asked: a team, or the facilitator at the console (over a
 * server each is told what leaving means for it; in a local game both
 * quit the game). */
enum leave_role { LEAVE_TEAM, LEAVE_CONSOLE };
/* ui_ask_quit worded for role (enum leave_role). */
int ui_ask_leave(struct cui *u, drawfn under, void *arg, int role);
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
/* Attribute of an event's line by its tone (enum evtone). */
attr_t ui_tone_attr(int tone);
/* 1 when the game goes on elsewhere (a server): no saving from here. */
int ui_remote(const struct cui *u);
/* A game that goes on elsewhere: the seconds left to the week's deadline
 * (-1 none), and 1 while its connection is lost. */
int ui_deadline(const struct cui *u);
int ui_offline(const struct cui *u);
/* 1 while the facilitator has paused the exercise (a game elsewhere). */
int ui_paused(const struct cui *u);
/* Attribute of a contingent's colour, and its short tag ("K"). */
attr_t ui_seat_attr(const struct cui *u, int seat);
const char *ui_seat_tag(const struct cui *u, int seat);

/* fac_console.c: the facilitator's console over the link l: SR_NEXT when
 * the facilitator hands the keyboard back to the teams, SR_QUIT. */
struct fac_link;
int fac_console(struct cui *u, const struct fac_link *l);
/* The console opened on its projector page, for the hot wash of a local
 * game that has ended (this screen is the projector): as fac_console. */
int fac_hot_wash(struct cui *u, const struct fac_link *l);

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
/* Opens the terminal (stdin and stdout must be one) and sets up u: 1, or
 * 0 with one line on stderr and the terminal as it was. */
int cui_open(struct cui *u);

#endif
