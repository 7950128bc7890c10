/* cui.c - the curses front end: start-up, frames, dialogs, the header and
 * status lines, each seat's log. Its port of the game host is in
 * seat/seat_port.c. */
#include "cui.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../data/data.h"
#include "../session/host.h"
#include "lobby.h"
#include "seat/seat.h"
#include "ui.h"

/* --- frames ------------------------------------------------------------ */

/* In a terminal too small to play: what it needs, and the one key that
 * works (q, then y, quits). */
static void draw_too_small(const struct cui *u)
{
    d_text(0, 1, COLS - 2, term_attr(R_TITLE), "MANDATE");
    int y = LINES / 2 - 2;
    if (y < 0)
        y = 0;
    char buf[80];
    d_centre(y, 0, COLS, term_attr(R_HEADING), "Please enlarge the terminal");
    snprintf(buf, sizeof buf, "Mandate needs %dx%d; this one is %dx%d.", MIN_COLS, MIN_LINES,
             COLS, LINES);
    d_centre(y + 2, 0, COLS, A_NORMAL, buf);
    d_centre(y + 3, 0, COLS, term_attr(R_DIM), "The game goes on as soon as it fits.");
    if (u->small_ask)
        d_centre(y + 5, 0, COLS, term_attr(R_WARN) | A_BOLD,
                 "Quit Mandate? y: quit; any other key: wait.");
    else
        d_centre(y + 5, 0, COLS, term_attr(R_DIM), "Until then keys do nothing, but q quits.");
}

/* The link's status into u->st, read afresh: once a frame and when the
 * link is heard; the header and the footer read u->st. */
static const struct link_status *status_read(struct cui *u)
{
    u->link->status(u->link->ctx, u->st);
    return u->st;
}

void ui_frame(struct cui *u, drawfn draw, void *arg)
{
    if (ui_remote(u))
        status_read(u);
    erase();
    term_hits_clear();
    if (u->curtain) {
        term_repaint();          /* every cell repainted: nothing of before */
        u->curtain = 0;
    }
    if (!layout_fits())
        draw_too_small(u);
    else
        draw(u, arg);
    refresh();
}

int ui_remote(const struct cui *u)
{
    return u->link && u->link->pump;
}

/* 1 when the game the link holds is no longer the one on screen: a new
 * week, the end, or a first view. */
static int link_moved(const struct cui *u, const struct link_status *st)
{
    if (u->v->pub && u->v->phase == PHASE_ENDED)
        return 0;                /* the end on screen: nothing moves any more */
    if (st->week <= 0)
        return 0;                /* no view yet */
    return !u->v->pub || st->week != u->v->turn || st->ended;
}

/* Hears the link after term_read_wait woke for it (or its time was up):
 * K_NONE (nothing new: redraw and wait again), K_WAKE (a view or the
 * status came), or K_QUIT with u->quit set when the screens must
 * unwind. */
static int link_heard(struct cui *u)
{
    const struct seat_link *l = u->link;
    int ch = l->pump(l->ctx);
    if (!(ch & (LINK_VIEW | LINK_STATUS | LINK_CLOSED)))
        return K_NONE;
    const struct link_status *st = status_read(u);
    int k = K_WAKE;
    if (link_moved(u, st)) {
        u->quit = QUIT_MOVED;
        k = K_QUIT;
    } else if (st->closed[0] && !st->ended) {
        u->quit = QUIT_CLOSED;
        k = K_QUIT;
    } else if ((ch & LINK_VIEW) && u->seat >= 0 && u->v->phase != PHASE_ENDED) {
        ui_view(u, u->seat);     /* the same week afresh (a reconnection) */
    }
    return k;
}

/* Waits for a key; over a link whose game goes on elsewhere, hears the
 * link meanwhile (and redraws each second while a deadline runs). */
static int read_key(struct cui *u, drawfn draw, void *arg, struct input *in)
{
    const struct seat_link *l = u->link;
    if (!ui_remote(u))
        return term_read(in);
    for (;;) {
        if (u->quit == QUIT_MOVED || u->quit == QUIT_CLOSED)
            return in->key = K_QUIT;     /* until the screens have unwound */
        int fd = -1, ms = -1;
        l->waiting(l->ctx, &fd, &ms);
        if (u->st->deadline >= 0 && (ms < 0 || ms > 1000))
            ms = 1000;           /* the countdown in the header (the frame read it) */
        int k = term_read_wait(in, fd, ms);
        if (k != K_WAKE && k != K_TIMEOUT)
            return k;
        int h = link_heard(u);
        if (h == K_QUIT || (h == K_WAKE && u->wake))
            return in->key = h;
        ui_frame(u, draw, arg);
    }
}

int ui_step(struct cui *u, drawfn draw, void *arg, struct input *in)
{
    for (;;) {
        ui_frame(u, draw, arg);
        int k = read_key(u, draw, arg, in);
        if ((k == K_QUIT && (u->quit == QUIT_MOVED || u->quit == QUIT_CLOSED)) ||
            k == K_WAKE)
            return k;            /* (K_WAKE: only to a screen that set u->wake) */
        if (k == K_SIGNAL) {
            u->quit = QUIT_SIGNAL;
            return k;
        }
        if (k == K_EOF) {
            u->quit = QUIT_EOF;
            return k;
        }
        if (k == K_RESIZE || k == K_REDRAW) {
            term_repaint();
            if (layout_fits())
                u->small_ask = 0;
            continue;
        }
        if (k == K_NONE)
            continue;
        if (!layout_fits()) {
            /* the screen the keys were meant for is not shown: only q
             * (and y to confirm) does anything */
            int yes = u->small_ask && k == K_CHAR && (in->ch == 'y' || in->ch == 'Y');
            u->small_ask = !u->small_ask && k == K_CHAR && (in->ch == 'q' || in->ch == 'Q');
            if (yes) {
                u->quit = QUIT_KEY;
                return in->key = K_QUIT;
            }
            continue;
        }
        u->small_ask = 0;
        u->status[0] = 0;
        return k;
    }
}

void ui_status(struct cui *u, int role, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(u->status, sizeof u->status, fmt, ap);
    va_end(ap);
    u->status_role = role;
}

void ui_header(struct cui *u, const char *phase, int apleft)
{
    attr_t a = term_attr(R_HEADER);
    d_fill(0, 0, COLS, a);
    const struct view *v = u->v;
    char right[160], week[40], ap[40] = "";
    if (v->phase == PHASE_ENDED)
        snprintf(week, sizeof week, "Week %d of %d, ended", v->turn, v->turns);
    else
        snprintf(week, sizeof week, "Week %d of %d", v->turn, v->turns);
    if (apleft >= 0 && v->seat >= 0)
        snprintf(ap, sizeof ap, " %s AP %d of %d", term_glyph(G_V), apleft, v->me.ap);
    snprintf(right, sizeof right, "%s %s %s%s%s%s ", week, term_glyph(G_V), phase,
             v->seat >= 0 ? " " : "", v->seat >= 0 ? term_glyph(G_V) : "", ap);
    if (v->seat >= 0) {
        /* the seat's name goes between phase and AP */
        snprintf(right, sizeof right, "%s %s %s %s %s%s ", week, term_glyph(G_V), phase,
                 term_glyph(G_V), v->pub->seats[v->seat].name, ap);
    }
    int left = ui_deadline(u), paused = ui_paused(u);
    if (left >= 0 || paused) {
        char head[24];
        int hn = paused ? snprintf(head, sizeof head, "PAUSED %s ", term_glyph(G_V))
                        : snprintf(head, sizeof head, "%02d:%02d left %s ", left / 60 % 100,
                                   left % 60, term_glyph(G_V));
        size_t rn = strlen(right);
        if (hn > 0 && rn + (size_t)hn < sizeof right) {
            memmove(right + hn, right, rn + 1);
            memcpy(right, head, (size_t)hn);
        }
    }
    int rw = text_cols(right, -1);
    int used = d_text(0, 1, COLS - rw - 2, a, "MANDATE");
    int room = COLS - rw - used - 5;     /* two spaces before, one after */
    if (room > 8) {
        char name[256];
        d_text(0, 3 + used, room, a, text_fit(name, sizeof name, v->pub->name, room, FIT_WORDS));
    }
    d_right(0, 0, COLS, a, right);
}

int ui_deadline(const struct cui *u)
{
    if (!ui_remote(u))
        return -1;
    return u->st->ended ? -1 : u->st->deadline;
}

int ui_paused(const struct cui *u)
{
    return ui_remote(u) && u->st->paused && !u->st->ended;
}

int ui_offline(const struct cui *u)
{
    return ui_remote(u) && u->st->offline && !u->st->closed[0];
}

void ui_footer(struct cui *u, const char *const *hints)
{
    int y = LINES - 1;
    d_fill(y, 0, COLS, A_NORMAL);
    char line[sizeof u->status + 8];
    if (ui_offline(u))
        d_text(y, 1, COLS - 2, term_attr(R_BAD) | A_BOLD,
               text_fit(line, sizeof line, "Connection lost, reconnecting... (our draft is "
                        "kept here)", COLS - 2, FIT_WORDS));
    else if (u->status[0])
        d_text(y, 1, COLS - 2, term_attr(u->status_role),
               text_fit(line, sizeof line, u->status, COLS - 2, FIT_WORDS));
    else if (hints)
        d_hints(y, 1, COLS - 2, hints);
}

/* --- the log and the view -------------------------------------------- */

static void log_add(struct seatlog *l, int turn, int tone, const char *text)
{
    if (l->n >= l->cap) {
        l->cap = l->cap ? l->cap * 2 : 128;
        l->l = term_xrealloc(l->l, (size_t)l->cap * sizeof *l->l);
    }
    struct logline *x = &l->l[l->n++];
    x->turn = turn;
    x->tone = tone;
    snprintf(x->text, sizeof x->text, "%.235s", text);
}

void ui_view(struct cui *u, int seat)
{
    if (!u->link->view(u->link->ctx, seat, u->v))
        return;                  /* refused: what is on screen stays */
    u->seat = seat;
    if (seat < 0)
        return;
    evtext_remember(u->v, u->seen[seat]);
    int key = u->v->turn * 2 + (u->v->phase == PHASE_ENDED);
    if (u->logged[seat] == key)
        return;
    u->logged[seat] = key;
    for (int k = 0; k < u->v->nevents; k++) {
        char buf[256];
        const struct event *e = &u->v->events[k];
        int tone = evtext_seat(u->v->pub, seat, u->seen[seat], e, buf, sizeof buf);
        if (tone != EVT_SKIP)
            log_add(&u->log[seat], e->turn, tone, buf);
    }
}

const char *ui_file(struct cui *u)
{
    snprintf(u->file, sizeof u->file, "%s", status_read(u)->file);
    return u->file;
}

attr_t ui_tone_attr(int tone)
{
    switch (tone) {
    case EVT_PRIVATE: return term_attr(R_PRIVATE);
    case EVT_GOOD: return term_attr(R_GOOD);
    case EVT_BAD: return term_attr(R_BAD);
    case EVT_ALERT: return term_attr(R_WARN) | A_BOLD;
    default: return A_NORMAL;
    }
}

attr_t ui_seat_attr(const struct cui *u, int seat)
{
    if (seat < 0 || seat >= u->v->nseats)
        return A_NORMAL;
    return term_colour_attr(u->v->pub->seats[seat].colour);
}

const char *ui_seat_tag(const struct cui *u, int seat)
{
    static char tags[MAX_SEATS][4];
    const struct view *v = u->v;
    if (seat < 0 || seat >= v->nseats)
        return "?";
    int two = 0;
    for (int a = 0; a < v->nseats; a++)
        for (int b = a + 1; b < v->nseats; b++)
            if (v->pub->seats[a].id[0] == v->pub->seats[b].id[0])
                two = 1;
    const char *id = v->pub->seats[seat].id;
    tags[seat][0] = (char)(id[0] >= 'a' && id[0] <= 'z' ? id[0] - 32 : id[0]);
    tags[seat][1] = two && id[0] ? id[1] : 0;
    tags[seat][2] = 0;
    return tags[seat];
}

/* --- dialogs ----------------------------------------------------------- */

struct confirm {
    drawfn under;
    void *arg;
    const char *title, *text;
    int sel;                     /* 0 yes, 1 no; -1: a message with OK */
    const char *const *buttons;  /* NULL: yes and no; else these, sel the chosen */
};

static void confirm_draw(struct cui *u, void *arg)
{
    struct confirm *c = arg;
    c->under(u, c->arg);
    int w = COLS < 64 ? COLS - 4 : 60;
    struct page text;
    page_init(&text);
    page_reset(&text, w - 4);
    page_add(&text, A_NORMAL, 0, c->text);
    struct rect r = d_dialog(text.n + 5, w, c->title);
    /* the text in the inside's columns, the scroll marks in its margin */
    struct rect body = { r.y + 1, r.x, r.h - 3 < text.n ? r.h - 3 : text.n, r.w + 1 };
    page_draw(&text, body, 0, -1, 0);
    page_free(&text);
    int by = r.y + r.h - 1;
    if (c->sel < 0) {
        d_centre(by, r.x, r.w, term_attr(R_SELECT), "[ OK ]");
        term_hit(by, r.x, 1, r.w, 1, 0);
        return;
    }
    static const char *const yes_no[] = { "Yes", "No", NULL };
    const char *const *b = c->buttons ? c->buttons : yes_no;
    int total = 0;
    for (int i = 0; b[i]; i++)
        total += text_cols(b[i], -1) + 4 + (i ? 2 : 0);
    int bx = r.x + (r.w - total) / 2;
    for (int i = 0; b[i]; i++) {
        char label[80];
        snprintf(label, sizeof label, "[ %s ]", b[i]);
        int bw = text_cols(label, -1);
        d_text(by, bx, bw, c->sel == i ? term_attr(R_SELECT) : A_NORMAL, label);
        term_hit(by, bx, 1, bw, 1, i);
        bx += bw + 2;
    }
}

int ui_confirm(struct cui *u, drawfn under, void *arg, const char *title, const char *text)
{
    struct confirm c = { under, arg, title, text, 0, NULL };
    struct input in;
    for (;;) {
        int k = ui_step(u, confirm_draw, &c, &in);
        switch (k) {
        case K_SIGNAL: case K_EOF: case K_QUIT: return -1;
        case K_LEFT: case K_RIGHT: case K_TAB: case K_BTAB: c.sel = !c.sel; break;
        case K_ENTER: return c.sel == 0;
        case K_ESC: return 0;
        case K_CLICK:
            if (in.hit == 1)
                return in.arg == 0;
            break;
        case K_CHAR:
            if (in.ch == 'y' || in.ch == 'Y')
                return 1;
            if (in.ch == 'n' || in.ch == 'N' || in.ch == 'q')
                return 0;
            break;
        default: break;
        }
    }
}

int ui_message(struct cui *u, drawfn under, void *arg, const char *title, const char *text)
{
    struct confirm c = { under, arg, title, text, -1, NULL };
    struct input in;
    for (;;) {
        int k = ui_step(u, confirm_draw, &c, &in);
        if (k == K_SIGNAL || k == K_EOF || k == K_QUIT)
            return -1;
        if (k == K_ENTER || k == K_ESC || (k == K_CLICK && in.hit == 1) || k == K_CHAR)
            return 0;
    }
}

int ui_choose(struct cui *u, drawfn under, void *arg, const char *title, const char *text,
              const char *const *buttons)
{
    struct confirm c = { under, arg, title, text, 0, buttons };
    int n = 0;
    while (buttons[n])
        n++;
    struct input in;
    for (;;) {
        int k = ui_step(u, confirm_draw, &c, &in);
        switch (k) {
        case K_SIGNAL: case K_EOF: case K_QUIT: return -1;
        case K_LEFT: case K_BTAB: c.sel = (c.sel + n - 1) % n; break;
        case K_RIGHT: case K_TAB: c.sel = (c.sel + 1) % n; break;
        case K_ENTER: return c.sel;
        case K_ESC: return -2;
        case K_CLICK:
            if (in.hit == 1)
                return in.arg;
            break;
        default: break;
        }
    }
}

int ui_ask_quit(struct cui *u, drawfn under, void *arg)
{
    return ui_ask_leave(u, under, arg, LEAVE_TEAM);
}

int ui_ask_leave(struct cui *u, drawfn under, void *arg, int role)
{
    const struct link_status *st = status_read(u);
    int unsaved = st->unsaved;
    int r = ui_confirm(u, under, arg, "Quit",
                       ui_remote(u) && role == LEAVE_CONSOLE && st->ended
                           ? "Leave the console? The game has ended; the boards keep the page "
                             "they show. mandate facilitate with the same token brings the "
                             "console back while the server runs."
                       : ui_remote(u) && role == LEAVE_CONSOLE
                           ? "Leave the console? The server and the game go on without it: the "
                             "teams keep playing and the deadline keeps running. mandate "
                             "facilitate with the same token brings the console back."
                       : ui_remote(u)
                           ? "Leave the game? It goes on at the server: mandate join with the "
                             "same token brings this team back to it."
                       : unsaved
                           ? "Quit the game? The last save failed: it is tried again "
                             "first, and if it fails you choose what to do."
                           : "Quit the game? It is saved automatically: Continue on the "
                             "title menu resumes it at the start of this week.");
    if (r != 0 && !u->quit)
        u->quit = QUIT_KEY;
    return r != 0;
}

/* --- help -------------------------------------------------------------- */

static const char *const help_keys[] = {
    "", "KEYS",
    "n", "new order",
    "Enter", "select; on an order: change it; on a sector: an order there; on "
             "intelligence: the dossier",
    "d, Delete", "withdraw the selected order",
    "E", "end your turn (asks to confirm)",
    "Tab, Shift-Tab", "next, previous panel (1 to 6 go straight to one)",
    "arrows, h j k l", "move (in the order picker letters type a name: see below)",
    "b, r", "this week's brief, last week's report, again",
    "S", "save the game",
    "q", "quit (asks; the game is autosaved)",
    "?", "this help",
    "Esc", "back, close",
    "Ctrl-L", "redraw the screen",
    "mouse", "click selects, a second click opens; the wheel scrolls",
    "", "THE ORDER PICKER",
    "a-z", "type the start of an order's name (h j k l too); any other key starts "
           "the name afresh",
    "arrows, PgUp, PgDn", "move",
    "", "IN DIALOGS AND PAGES",
    "Up, Down", "choose; scroll",
    "Enter", "next step; on the odds: give the order; in the brief: answer the "
             "selected choice, anywhere else continue to the orders",
    "Esc", "one step back",
    "PgUp, PgDn, Home, End", "scroll a page",
    "", "NEW GAME",
    "Up, Down", "choose a row",
    "Left, Right", "move between cells, then change the value",
    "Enter", "on a contingent: human or AI; on Start: play",
    "r, digits", "a random seed, or type one",
    "", "THE SCREEN",
    "Sectors", "stability (bar and number), threat (0-10), the forces there (ours "
               "underlined); the first column: we are deployed there, or next to it "
               "(we can act there); letters: H mission HQ, A airport, L logistics hub, "
               "C ceasefire line, B border crossing",
    "Orders", "this week's orders, their cost, covert ones with their odds",
    "Intelligence", "the age of our dossiers on each contingent; our insiders, "
                    "implants and evidence",
    "Mission", "the mandate, the network, the pool, equipment, our objectives",
    "Relations", "who trusts whom (rows trust columns), reputation, pacts",
    "Log", "the public bulletin and our private reports, week by week",
    "", "A TERMINAL TOO SMALL",
    "q, then y", "quit; every other key does nothing until the terminal is 80x24",
    NULL, NULL,
};

struct helpstate {
    drawfn under;
    void *arg;
    int top;
    const char *title;
    const char *const *keys;     /* pairs: key, what it does; "" key: a heading */
    int rules;                   /* the rules (assets/help.txt) after the keys */
};

/* The rules (assets/help.txt) on pg: a line in capitals without a full
 * stop is a heading. */
static void add_rules(struct page *pg, const char *help)
{
    if (!help) {
        page_add(pg, term_attr(R_DIM), 0, "(assets/help.txt could not be read)");
        return;
    }
    const char *s = help;
    while (*s) {
        const char *e = strchr(s, '\n');
        int len = e ? (int)(e - s) : (int)strlen(s);
        char line[512];
        snprintf(line, sizeof line, "%.*s", len, s);
        int heading = len > 2 && line[0] >= 'A' && line[0] <= 'Z' && line[1] >= 'A' &&
                      line[1] <= 'Z' && line[len - 1] != '.';
        page_add(pg, heading ? term_attr(R_HEADING) : A_NORMAL, 0, line);
        s = e ? e + 1 : s + len;
    }
}

static void help_draw(struct cui *u, void *arg)
{
    struct helpstate *h = arg;
    if (h->under)
        h->under(u, h->arg);
    int w = COLS - 4 > 96 ? 96 : COLS - 4;
    struct rect r = d_dialog(LINES - 2, w, h->title);
    struct page *pg = &u->page;
    page_reset(pg, r.w - 1);
    const char *const *keys = h->keys;
    int kw = 0;                  /* the keys' column: the widest key, up to 22 */
    for (int i = 0; keys[i]; i += 2)
        if (text_cols(keys[i], -1) > kw)
            kw = text_cols(keys[i], -1);
    if (kw > 22)
        kw = 22;
    for (int i = 0; keys[i]; i += 2) {
        /* a heading: no key, and a text without a lower-case letter */
        int heading = !keys[i][0];
        for (const char *c = keys[i + 1]; heading && *c; c++)
            heading = !(*c >= 'a' && *c <= 'z');
        if (heading) {
            if (i)
                page_blank(pg);
            page_add(pg, term_attr(R_HEADING), 0, keys[i + 1]);
            continue;
        }
        char line[400];
        snprintf(line, sizeof line, "%-*s %s", kw, keys[i], keys[i + 1]);
        page_add_hang(pg, A_NORMAL, 2, kw + 1, line);
    }
    if (h->rules) {
        page_blank(pg);
        add_rules(pg, u->help);
    }
    struct rect body = { r.y, r.x, r.h - 1, r.w };
    h->top = page_clamp(pg, h->top, body.h);
    page_draw(pg, body, h->top, -1, 0);
    static const char *const hints[] = { "Up/Down", "scroll", "PgUp/PgDn", "page", "Esc", "close",
                                         NULL, NULL };
    d_hints(r.y + r.h - 1, r.x, r.w, hints);
}

/* The overlay of h: scrolled until Esc, Enter, ? or q. */
static int help_run(struct cui *u, struct helpstate h)
{
    struct input in;
    for (;;) {
        int k = ui_step(u, help_draw, &h, &in);
        int page = LINES - 6;
        switch (k) {
        case K_SIGNAL: case K_EOF: case K_QUIT: return -1;
        case K_UP: case K_WHEEL_UP: h.top--; break;
        case K_DOWN: case K_WHEEL_DOWN: h.top++; break;
        case K_PGUP: h.top -= page; break;
        case K_PGDN: h.top += page; break;
        case K_HOME: h.top = 0; break;
        case K_END: h.top = 1 << 20; break;
        case K_ESC: case K_HELP: case K_ENTER: case K_CLICK: return 0;
        case K_CHAR:
            if (in.ch == 'q')
                return 0;
            if (in.ch == ' ')
                h.top += page;
            break;
        default: break;
        }
        if (h.top < 0)
            h.top = 0;
    }
}

int ui_help(struct cui *u, drawfn under, void *arg)
{
    return help_run(u, (struct helpstate){ under, arg, 0, "Help: keys and rules", help_keys, 1 });
}

int ui_keys(struct cui *u, drawfn under, void *arg, const char *title,
            const char *const *keys)
{
    return help_run(u, (struct helpstate){ under, arg, 0, title, keys, 0 });
}

/* --- start-up ---------------------------------------------------------- */

/* Plays l's game from where it stands, this terminal serving its human
 * seats; returns a host_run result. Leaving a game that goes on
 * (quitting), or one whose last save failed, saves it first: the path
 * goes to saved; when the save fails, the players choose (ui_save_game)
 * - or, the terminal gone, nothing is asked - and the host tells. */
static int play_game(struct cui *u, struct lobby *l, char *saved, size_t n)
{
    struct host *h = l->h;
    cui_start_game(u, &l->link);
    cui_seat_ports(u, h, l->facilitator ? &l->flink : NULL);
    for (;;) {
        int r = host_run(h);
        /* a game of AI seats alone: no seat of this terminal was told of
         * the end, but it shows the result */
        if (r == HOST_DONE && !u->nserved && !u->closed)
            r = screen_result(u) == SR_QUIT ? HOST_QUIT : HOST_DONE;
        saved[0] = 0;
        if (!host_unsaved(h) && (r != HOST_QUIT || host_ended(h)))
            return r;
        if (u->quit == QUIT_SIGNAL || u->quit == QUIT_EOF) {
            host_autosave(h, saved, n);
            return r;
        }
        int s = ui_save_game(u, ui_blank_draw, NULL, SAVE_AUTO, 1, NULL, saved, n);
        if (s != SV_BACK)
            return r;
        u->quit = QUIT_NONE;     /* Esc: back to the game */
    }
}

/* When l's game stands in no file: the line that says what is lost. */
static void note_unsaved(struct cui *u, const struct lobby *l)
{
    if (!l->h || !host_unsaved(l->h))
        return;
    char lost[1200];
    host_unsaved_text(l->h, lost, sizeof lost);
    snprintf(u->lost, sizeof u->lost, "the game was NOT saved: %s; %s", host_save_error(l->h),
             lost);
}

static char *read_help(void)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/help.txt", data_assets_dir());
    return data_read_file(path, NULL, NULL);
}

/* The title menu and the games started from it. */
static int title_loop(struct cui *u, struct lobby *p, char *saved, size_t n)
{
    for (;;) {
        int c = screen_title(u);
        if (c < 0 || c == TITLE_QUIT)
            return HOST_QUIT;
        int go = 0;
        if (c == TITLE_NEW) {
            int r = screen_newgame(u, p, NULL);
            if (r < 0)
                return HOST_QUIT;
            go = r;
        } else if (c == TITLE_HELP) {
            if (ui_help(u, NULL, NULL) < 0)
                return HOST_QUIT;
        } else {
            char path[1024];
            int r = 1;
            if (c == TITLE_CONTINUE) {
                if (!save_newest(path, sizeof path)) {
                    ui_status(u, R_WARN, "No saved game yet in %s: start a new one.", save_dir());
                    continue;
                }
            } else if ((r = screen_load(u, path, sizeof path)) < 0) {
                return HOST_QUIT;
            }
            if (r == 1) {
                struct errlist *e = malloc(sizeof *e);
                if (!e)
                    return HOST_QUIT;
                errlist_init(e);
                if (lobby_load(p, path, e))
                    go = 1;
                else
                    ui_status(u, R_BAD, "%s", e->n ? e->line[0] : "could not load the save");
                free(e);
            }
        }
        if (!go)
            continue;
        int r = play_game(u, p, saved, n);
        if (r != HOST_DONE)
            return HOST_QUIT;
        note_unsaved(u, p);
        lobby_free(p);
    }
}

int cui_init(struct cui *u)
{
    memset(u, 0, sizeof *u);
    cui_port_init(u);
    u->seat = VIEW_FACILITATOR;
    u->v = calloc(1, sizeof *u->v);
    u->st = calloc(1, sizeof *u->st);
    if (u->st)
        u->st->deadline = -1;    /* none, until the first frame reads it */
    page_init(&u->page);
    page_init(&u->aux);
    u->help = read_help();
    return u->v && u->st;
}

void cui_free(struct cui *u)
{
    for (int i = 0; i < MAX_SEATS; i++)
        free(u->log[i].l);
    page_free(&u->page);
    page_free(&u->aux);
    free(u->help);
    free(u->v);
    free(u->st);
    memset(u, 0, sizeof *u);
}

int cui_open(struct cui *u)
{
    memset(u, 0, sizeof *u);
    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
        fprintf(stderr, "mandate: the game needs a terminal: stdin and stdout must be one "
                        "(for batch play see mandate simulate)\n");
        return 0;
    }
    char why[256];
    if (!term_open(stdout, stdin, NULL, why, sizeof why)) {
        fprintf(stderr, "mandate: %s\n", why);
        return 0;
    }
    if (!cui_init(u)) {
        term_close();
        fputs("mandate: out of memory\n", stderr);
        cui_free(u);
        return 0;
    }
    return 1;
}

int ui_main(const struct ui_options *o)
{
    struct lobby *p = o->game;
    struct cui u;
    char saved[1024] = "";
    if (!cui_open(&u))
        return 1;
    if (!p->h)
        title_loop(&u, p, saved, sizeof saved);
    else
        play_game(&u, p, saved, sizeof saved);
    term_close();
    int status = 0;
    if (u.quit == QUIT_SIGNAL)
        status = 128 + term_signal();
    note_unsaved(&u, p);
    int unsaved = p->h && host_unsaved(p->h);
    if (!unsaved && p->h && host_ended(p->h) && host_file(p->h)[0])
        printf("mandate: the game is in %s (after-action report: mandate report %s)\n",
               host_file(p->h), host_file(p->h));
    else if (!unsaved && saved[0])
        fprintf(u.quit == QUIT_SIGNAL ? stderr : stdout,
                "mandate: game saved to %s (resume: mandate load %s)\n", saved, saved);
    if (u.lost[0]) {
        fprintf(stderr, "mandate: %s\n", u.lost);
        if (!status)
            status = 1;
    }
    cui_free(&u);
    return status;
}
