/* term.h - the terminal: opening it with newterm, colours (or monochrome
 * when NO_COLOR is set or the terminal has none), line drawing in UTF-8
 * or ASCII, signals that end the game cleanly, and blocking key input
 * that never spins. The one place that owns curses' global state. */
#ifndef MANDATE_TERM_H
#define MANDATE_TERM_H

#include <curses.h>
#include <stdio.h>

/* What a piece of text is, which decides how it looks. */
enum role {
    R_NORMAL,
    R_HEADER,                    /* the top bar */
    R_BORDER,                    /* panel borders */
    R_FOCUS,                     /* the focused panel's border and title */
    R_HEADING,                   /* section headings */
    R_DIM,                       /* unavailable, stale, secondary */
    R_GOOD,
    R_WARN,
    R_BAD,
    R_KEY,                       /* key names in hints */
    R_SELECT,                    /* the selected row */
    R_PRIVATE,                   /* our own secrets */
    R_TITLE,                     /* the game's name */
    R_COUNT
};

/* Glyphs with an ASCII fallback. */
enum glyph {
    G_UL, G_UR, G_LL, G_LR, G_H, G_V, G_TL, G_TR,
    G_FULL, G_EMPTY, G_BULLET, G_ARROW, G_CHECK, G_CROSS, G_SECRET,
    G_HERE, G_NEAR, G_UP, G_DOWN, G_LEFT, G_RIGHT, G_DOT, G_DASH, G_TIMES,
    G_SEL, G_UNSEL, G_ELLIPSIS, G_COUNT
};

/* Keys, after hjkl and the arrows are made one. */
enum key {
    K_NONE, K_UP, K_DOWN, K_LEFT, K_RIGHT, K_PGUP, K_PGDN, K_HOME, K_END,
    K_ENTER, K_ESC, K_TAB, K_BTAB, K_HELP, K_CHAR, K_CLICK, K_WHEEL_UP,
    K_WHEEL_DOWN, K_DELETE, K_BACKSPACE, K_RESIZE, K_REDRAW, K_SIGNAL, K_EOF,
    K_QUIT,                      /* quit, asked where no dialog fits (see ui_step) */
    K_WAKE,                      /* term_read_wait: the other descriptor is readable */
    K_TIMEOUT,                   /* term_read_wait: the time is up */
};

struct input {
    int key;                     /* enum key */
    int ch;                      /* K_CHAR: the character (also set for hjkl) */
    int hit, arg;                /* K_CLICK: the region clicked (hit 0: none) */
    int y, x;                    /* K_CLICK: where */
};

/* Opens the terminal on out/in (termname NULL: $TERM). 1, or 0 with a
 * one-line reason in why. Installs the signal handlers first. */
int term_open(FILE *out, FILE *in, const char *termname, char *why, size_t n);
/* Restores the terminal; safe to call twice and before term_open. */
void term_close(void);
int term_is_open(void);

int term_utf8(void);
int term_colour(void);
/* 1 when the terminal has an alternate screen (smcup): what the game
 * draws never reaches its scroll-back. Without one, the game never clears
 * the whole screen (terminals such as tmux keep a cleared screen in their
 * history) and keeps the top row drawn. */
int term_altscreen(void);
/* Repaints every cell at the next refresh without a whole-screen clear
 * when the terminal keeps cleared screens in its history. */
void term_repaint(void);
/* Forces monochrome (for measurements); call after term_open. */
void term_set_mono(int mono);

attr_t term_attr(int role);
/* The attribute of a curses colour name ("blue"...) for a contingent. */
attr_t term_colour_attr(const char *name);
const char *term_glyph(int g);

/* Waits for one key without spinning: returns the key (also in in->key).
 * K_SIGNAL when SIGINT, SIGTERM or SIGHUP arrived, K_EOF at end of input.
 * A key that arrives when the terminal has changed size but curses has
 * not yet heard of it comes after K_RESIZE, on the screen of the new size
 * (so that a key typed at the "enlarge" screen is never taken for a key
 * of the screen before). */
int term_read(struct input *in);
/* The same, also waking when the descriptor fd (-1: none) can be read,
 * with K_WAKE, or when timeout_ms milliseconds (-1: never) have passed,
 * with K_TIMEOUT - for a client that must hear its server while a screen
 * waits for a key. A key that is there comes first. */
int term_read_wait(struct input *in, int fd, int timeout_ms);
/* The signal that arrived (0 if none). */
int term_signal(void);

/* Mouse regions of the current frame: term_hits_clear() at the start of a
 * frame, term_hit() for each clickable rectangle (id > 0); clicks report
 * the topmost (last added) region under them. */
void term_hits_clear(void);
void term_hit(int y, int x, int h, int w, int id, int arg);

/* Never returns NULL: on failure restores the terminal and aborts. */
void *term_xrealloc(void *p, size_t n);

#endif
