/* term.c - the terminal's set-up and input. */
#include "term.h"

#include <errno.h>
#include <langinfo.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

static SCREEN *screen;
static int in_fd;
static int utf8, colour, altscreen;
static int tty_rows, tty_cols;   /* the terminal's size at the last resize seen */
static attr_t attrs[R_COUNT];
static volatile sig_atomic_t got_signal;

static const char *const glyph_utf8[G_COUNT] = {
    "\u250c", "\u2510", "\u2514", "\u2518", "\u2500", "\u2502", "\u2524", "\u251c",
    "\u2588", "\u2591", "\u2022", "\u25b8", "\u2713", "\u2717", "\u25c6",
    "\u25cf", "\u25cb", "\u25b2", "\u25bc", "\u25c2", "\u25b8", "\u00b7", "\u2014", "\u00d7",
    "\u25c9", "\u25cb", "\u2026",
};
static const char *const glyph_ascii[G_COUNT] = {
    "+", "+", "+", "+", "-", "|", "|", "|",
    "#", ".", "*", ">", "+", "x", "*",
    "@", "o", "^", "v", "<", ">", ".", "-", "x",
    "(*)", "( )", "~",
};

/* 1 when the terminal's size differs from the one the last resize left
 * (then it records the new one): a resize curses has not reported yet. */
static int size_moved(void)
{
    struct winsize ws;
    if (ioctl(in_fd, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0)
        return 0;
    if (ws.ws_row == tty_rows && ws.ws_col == tty_cols)
        return 0;
    tty_rows = ws.ws_row;
    tty_cols = ws.ws_col;
    return 1;
}

static void on_signal(int sig)
{
    got_signal = sig;
}

/* A crash (an engine assertion, a bad pointer) restores the terminal
 * before the process dies, as htop does: the state is lost anyway, and a
 * broken terminal is worse than an imperfect handler. */
static void on_crash(int sig)
{
    if (screen)
        endwin();
    static const char msg[] = "\nmandate: crashed; the last autosave is in the saves folder\n";
    ssize_t w = write(STDERR_FILENO, msg, sizeof msg - 1);
    (void)w;
    signal(sig, SIG_DFL);
    raise(sig);
}

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif

static void install_signals(void)
{
    struct sigaction crash;
    memset(&crash, 0, sizeof crash);
    crash.sa_handler = on_crash;
    sigemptyset(&crash.sa_mask);
    crash.sa_flags = (int)SA_RESETHAND;
    sigaction(SIGABRT, &crash, NULL);
#ifndef UNDER_ASAN
    sigaction(SIGSEGV, &crash, NULL);   /* AddressSanitizer reports these itself */
    sigaction(SIGBUS, &crash, NULL);
    sigaction(SIGFPE, &crash, NULL);
#endif
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;             /* no SA_RESTART: a blocking read returns */
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
}

static short colour_number(const char *name)
{
    static const struct { const char *name; short c; } map[] = {
        { "black", COLOR_BLACK }, { "red", COLOR_RED }, { "green", COLOR_GREEN },
        { "yellow", COLOR_YELLOW }, { "blue", COLOR_BLUE }, { "magenta", COLOR_MAGENTA },
        { "cyan", COLOR_CYAN }, { "white", COLOR_WHITE },
    };
    for (size_t i = 0; name && i < sizeof map / sizeof map[0]; i++)
        if (!strcmp(map[i].name, name))
            return map[i].c;
    return COLOR_WHITE;
}

enum { PAIR_HEADER = 1, PAIR_FOCUS, PAIR_HEADING, PAIR_DIM, PAIR_GOOD, PAIR_WARN, PAIR_BAD,
       PAIR_KEY, PAIR_PRIVATE, PAIR_TITLE, PAIR_SEAT0 };

static void set_attrs(void)
{
    if (colour) {
        short bg = use_default_colors() == OK ? -1 : COLOR_BLACK;
        short grey = COLORS >= 16 ? 8 : COLOR_WHITE;
        init_pair(PAIR_HEADER, COLOR_WHITE, COLOR_BLUE);
        init_pair(PAIR_FOCUS, COLOR_CYAN, bg);
        init_pair(PAIR_HEADING, COLOR_YELLOW, bg);
        init_pair(PAIR_DIM, grey, bg);
        init_pair(PAIR_GOOD, COLOR_GREEN, bg);
        init_pair(PAIR_WARN, COLOR_YELLOW, bg);
        init_pair(PAIR_BAD, COLOR_RED, bg);
        init_pair(PAIR_KEY, COLOR_CYAN, bg);
        init_pair(PAIR_PRIVATE, COLOR_MAGENTA, bg);
        init_pair(PAIR_TITLE, COLOR_CYAN, bg);
        for (short c = 0; c < 8; c++)
            init_pair((short)(PAIR_SEAT0 + c), c == COLOR_BLACK ? COLOR_WHITE : c, bg);
        attrs[R_NORMAL] = A_NORMAL;
        attrs[R_HEADER] = COLOR_PAIR(PAIR_HEADER) | A_BOLD;
        attrs[R_BORDER] = A_NORMAL;
        attrs[R_FOCUS] = COLOR_PAIR(PAIR_FOCUS) | A_BOLD;
        attrs[R_HEADING] = COLOR_PAIR(PAIR_HEADING) | A_BOLD;
        attrs[R_DIM] = COLORS >= 16 ? COLOR_PAIR(PAIR_DIM) : A_DIM;
        attrs[R_GOOD] = COLOR_PAIR(PAIR_GOOD);
        attrs[R_WARN] = COLOR_PAIR(PAIR_WARN);
        attrs[R_BAD] = COLOR_PAIR(PAIR_BAD) | A_BOLD;
        attrs[R_KEY] = COLOR_PAIR(PAIR_KEY) | A_BOLD;
        attrs[R_SELECT] = A_REVERSE;
        attrs[R_PRIVATE] = COLOR_PAIR(PAIR_PRIVATE);
        attrs[R_TITLE] = COLOR_PAIR(PAIR_TITLE) | A_BOLD;
    } else {
        attrs[R_NORMAL] = A_NORMAL;
        attrs[R_HEADER] = A_REVERSE;
        attrs[R_BORDER] = A_NORMAL;
        attrs[R_FOCUS] = A_BOLD;
        attrs[R_HEADING] = A_BOLD | A_UNDERLINE;
        attrs[R_DIM] = A_DIM;
        attrs[R_GOOD] = A_NORMAL;
        attrs[R_WARN] = A_UNDERLINE;
        attrs[R_BAD] = A_BOLD;
        attrs[R_KEY] = A_BOLD;
        attrs[R_SELECT] = A_REVERSE;
        attrs[R_PRIVATE] = A_NORMAL;
        attrs[R_TITLE] = A_BOLD;
    }
}

int term_open(FILE *out, FILE *in, const char *termname, char *why, size_t n)
{
    const char *t = termname ? termname : getenv("TERM");
    if (!t || !*t) {
        snprintf(why, n, "TERM is not set: cannot drive the terminal");
        return 0;
    }
    install_signals();
    const char *cs = nl_langinfo(CODESET);
    utf8 = cs && (!strcmp(cs, "UTF-8") || !strcmp(cs, "utf8"));
    screen = newterm(t, out, in);
    in_fd = fileno(in);
    if (!screen) {
        snprintf(why, n, "cannot use terminal type '%s' (unknown to terminfo?)", t);
        return 0;
    }
    set_term(screen);
    size_moved();
    if (!tigetstr("cup") || tigetstr("cup") == (char *)-1) {
        endwin();
        delscreen(screen);
        screen = NULL;
        snprintf(why, n, "terminal type '%s' cannot move the cursor", t);
        return 0;
    }
    const char *smcup = tigetstr("smcup");
    altscreen = smcup && smcup != (char *)-1 && *smcup;
    cbreak();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    /* Home and End as vt220s, tmux and xterm's normal mode send them,
     * whatever the terminfo entry says */
    static const char *const home[] = { "\033[1~", "\033[7~", "\033[H", "\033OH" };
    static const char *const end[] = { "\033[4~", "\033[8~", "\033[F", "\033OF" };
    for (size_t i = 0; i < sizeof home / sizeof home[0]; i++) {
        if (key_defined(home[i]) <= 0)
            define_key(home[i], KEY_HOME);
        if (key_defined(end[i]) <= 0)
            define_key(end[i], KEY_END);
    }
    /* PgUp, PgDn and Delete as vt220s and tmux send them: a vt100 entry
     * lacks them, and their escape would read as Esc */
    static const struct { const char *seq; int key; } more[] = {
        { "\033[5~", KEY_PPAGE }, { "\033[6~", KEY_NPAGE }, { "\033[3~", KEY_DC },
    };
    for (size_t i = 0; i < sizeof more / sizeof more[0]; i++)
        if (key_defined(more[i].seq) <= 0)
            define_key(more[i].seq, more[i].key);
    set_escdelay(25);
    curs_set(0);
    leaveok(stdscr, TRUE);
    const char *nc = getenv("NO_COLOR");
    colour = has_colors() && !(nc && *nc);
    if (colour && start_color() != OK)
        colour = 0;
    if (colour && COLORS < 8)
        colour = 0;
    set_attrs();
    mouseinterval(0);
    mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    return 1;
}

void term_close(void)
{
    if (!screen)
        return;
    mousemask(0, NULL);
    curs_set(1);
    endwin();
    delscreen(screen);
    screen = NULL;
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
    signal(SIGABRT, SIG_DFL);
#ifndef UNDER_ASAN
    signal(SIGSEGV, SIG_DFL);
    signal(SIGBUS, SIG_DFL);
    signal(SIGFPE, SIG_DFL);
#endif
}

int term_is_open(void)
{
    return screen != NULL;
}

int term_utf8(void)
{
    return utf8;
}

int term_colour(void)
{
    return colour;
}

int term_altscreen(void)
{
    return altscreen;
}

void term_repaint(void)
{
    if (altscreen)
        clearok(curscr, TRUE);
    else
        redrawwin(stdscr);       /* every line rewritten, none cleared at once */
}

void term_set_mono(int mono)
{
    colour = !mono && has_colors();
    set_attrs();
}

attr_t term_attr(int role)
{
    return role >= 0 && role < R_COUNT ? attrs[role] : A_NORMAL;
}

attr_t term_colour_attr(const char *name)
{
    if (!colour)
        return A_BOLD;
    short c = colour_number(name);
    return COLOR_PAIR(PAIR_SEAT0 + c) | A_BOLD;
}

const char *term_glyph(int g)
{
    if (g < 0 || g >= G_COUNT)
        return "?";
    return utf8 ? glyph_utf8[g] : glyph_ascii[g];
}

int term_signal(void)
{
    return got_signal;
}

/* --- mouse regions ----------------------------------------------------- */

#define MAX_HITS 256
static struct { short y, x, h, w; int id, arg; } hits[MAX_HITS];
static int nhits;

void term_hits_clear(void)
{
    nhits = 0;
}

void term_hit(int y, int x, int h, int w, int id, int arg)
{
    if (nhits >= MAX_HITS || id <= 0 || h <= 0 || w <= 0)
        return;
    hits[nhits].y = (short)y;
    hits[nhits].x = (short)x;
    hits[nhits].h = (short)h;
    hits[nhits].w = (short)w;
    hits[nhits].id = id;
    hits[nhits].arg = arg;
    nhits++;
}

static void find_hit(struct input *in)
{
    in->hit = in->arg = 0;
    for (int i = nhits - 1; i >= 0; i--)
        if (in->y >= hits[i].y && in->y < hits[i].y + hits[i].h && in->x >= hits[i].x &&
            in->x < hits[i].x + hits[i].w) {
            in->hit = hits[i].id;
            in->arg = hits[i].arg;
            return;
        }
}

/* --- keys -------------------------------------------------------------- */

static int translate(int r, wint_t wc, struct input *in)
{
    in->ch = 0;
    if (r == KEY_CODE_YES) {
        switch (wc) {
        case KEY_UP: return K_UP;
        case KEY_DOWN: return K_DOWN;
        case KEY_LEFT: return K_LEFT;
        case KEY_RIGHT: return K_RIGHT;
        case KEY_PPAGE: return K_PGUP;
        case KEY_NPAGE: return K_PGDN;
        case KEY_HOME: return K_HOME;
        case KEY_END: return K_END;
        case KEY_ENTER: return K_ENTER;
        case KEY_BTAB: return K_BTAB;
        case KEY_DC: return K_DELETE;
        case KEY_BACKSPACE: return K_BACKSPACE;
        case KEY_RESIZE: return K_RESIZE;
        case KEY_MOUSE: {
            MEVENT me;
            if (getmouse(&me) != OK)
                return K_NONE;
            in->y = me.y;
            in->x = me.x;
            if (me.bstate & BUTTON4_PRESSED)
                return K_WHEEL_UP;
            if (me.bstate & BUTTON5_PRESSED)
                return K_WHEEL_DOWN;
            if (!(me.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)))
                return K_NONE;
            find_hit(in);
            return K_CLICK;
        }
        default: return K_NONE;
        }
    }
    in->ch = (int)wc;
    switch (wc) {
    case '\r': case '\n': return K_ENTER;
    case 27: return K_ESC;
    case '\t': return K_TAB;
    case '?': return K_HELP;
    case 'k': return K_UP;
    case 'j': return K_DOWN;
    case 'h': return K_LEFT;
    case 'l': return K_RIGHT;
    case 12: return K_REDRAW;       /* Ctrl-L */
    case 127: case 8: return K_BACKSPACE;
    default: return K_CHAR;
    }
}

/* Milliseconds left until the deadline at (CLOCK_MONOTONIC), at least 0;
 * -1 when there is none. */
static int ms_left(const struct timespec *at)
{
    if (!at)
        return -1;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    long long ms = (long long)(at->tv_sec - now.tv_sec) * 1000 +
                   (at->tv_nsec - now.tv_nsec) / 1000000;
    return ms < 0 ? 0 : ms > 0x7fffffff ? 0x7fffffff : (int)ms;
}

int term_read_wait(struct input *in, int fd, int timeout_ms)
{
    memset(in, 0, sizeof *in);
    struct timespec at, *deadline = NULL;
    if (timeout_ms >= 0) {
        clock_gettime(CLOCK_MONOTONIC, &at);
        at.tv_sec += timeout_ms / 1000;
        at.tv_nsec += (long)(timeout_ms % 1000) * 1000000L;
        if (at.tv_nsec >= 1000000000L) {
            at.tv_sec++;
            at.tv_nsec -= 1000000000L;
        }
        deadline = &at;
    }
    for (;;) {
        if (got_signal)
            return in->key = K_SIGNAL;
        wint_t wc = 0;
        /* keys ncurses already holds (typeahead, a resize) come first */
        nodelay(stdscr, TRUE);
        int r = wget_wch(stdscr, &wc);
        nodelay(stdscr, FALSE);
        if (r == ERR) {
            /* then sleep until the terminal (or fd) has something, or the
             * time is up: no spinning */
            struct pollfd pf[2] = { { in_fd, POLLIN, 0 }, { fd, POLLIN, 0 } };
            int k = poll(pf, fd >= 0 ? 2 : 1, ms_left(deadline));
            if (k < 0) {
                if (errno == EINTR)
                    continue;    /* a signal: resize or one of ours */
                return in->key = K_EOF;
            }
            if (got_signal)
                return in->key = K_SIGNAL;
            if (k == 0)
                return in->key = K_TIMEOUT;
            if (!(pf[0].revents & (POLLIN | POLLHUP | POLLERR)))
                return in->key = K_WAKE;     /* fd is readable, no key */
            r = wget_wch(stdscr, &wc);
            if (r == ERR) {
                if (got_signal)
                    return in->key = K_SIGNAL;
                if (errno == EINTR)
                    continue;
                return in->key = K_EOF;  /* a blocking read at end of input */
            }
        }
        int key = translate(r, wc, in);
        if (key == K_RESIZE || (key != K_NONE && size_moved())) {
            /* keys typed as the size changed were meant for a screen that
             * is gone (or never shown): they are dropped, and the resize
             * (which curses reports next, if it has not) comes first */
            size_moved();
            flushinp();
            if (key != K_RESIZE)
                continue;
            memset(in, 0, sizeof *in);
            return in->key = K_RESIZE;
        }
        if (key != K_NONE)
            return in->key = key;
    }
}

int term_read(struct input *in)
{
    return term_read_wait(in, -1, -1);
}

void *term_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        term_close();
        fputs("mandate: out of memory\n", stderr);
        abort();
    }
    return q;
}
