/* board_screen.c - the projector board (mandate board): read-only, drawn
 * afresh from what the server last sent (core/board.h). Large from
 * 120x40 (the week, the clock and the mandate in big digits), legible at
 * 80x24, and monochrome-safe: every state is said in words or glyphs,
 * colour only repeats it. During the hot wash the page the facilitator
 * chose fills the screen. q asks whether to leave (y leaves: the server
 * and the game go on); nothing else is a key. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../core/board.h"
#include "../../core/defs.h"
#include "../../core/pub.h"
#include "../../report/hotwash.h"
#include "../../session/link.h"
#include "../tk/draw.h"
#include "../tk/layout.h"
#include "../ui.h"
#include "board_int.h"
#include "board_page.h"

struct bscreen {
    const struct board_link *l;
    const struct board *b;       /* NULL: nothing came yet */
    const struct pub *pub;
    int deadline;                /* seconds left, -1 none */
    struct link_status st;
    int asking;                  /* 1: q was pressed, y leaves */
};

static int large(void)
{
    return COLS >= BOARD_BIG_COLS && LINES >= BOARD_BIG_LINES;
}

/* s wrapped at words into rows of w columns from y (at most until row
 * end, exclusive), the first row after lead: the rows used. */
static int wrapped(int y, int x, int w, int end, attr_t a, const char *lead, const char *s)
{
    int lw = text_cols(lead, -1), rows = 0;
    while (*s == ' ' || *s == '\n')
        s++;
    while (*s && y + rows < end) {
        int used = 0, cols;
        const char *p = s, *brk = NULL;
        while (*p && *p != '\n') {
            int bytes = text_char(p, &cols);
            if (used + cols > w - lw)
                break;
            if (*p == ' ')
                brk = p;
            used += cols;
            p += bytes;
        }
        if (*p && *p != '\n' && brk && brk > s)
            p = brk;
        char line[4 * 256];
        size_t n = (size_t)(p - s) < sizeof line - 1 ? (size_t)(p - s) : sizeof line - 1;
        memcpy(line, s, n);
        line[n] = 0;
        if (rows == 0)
            d_text(y, x, lw, a | A_BOLD, lead);
        d_text(y + rows, x + lw, w - lw, a, line);
        rows++;
        s = p;
        while (*s == ' ' || *s == '\n')
            s++;
    }
    return rows;
}

/* "4:35", or "--:--" with no deadline. */
static void clock_text(int secs, char *buf, size_t n)
{
    if (secs < 0)
        snprintf(buf, n, "--:--");
    else
        snprintf(buf, n, "%d:%02d", secs / 60 % 1000, secs % 60);
}

static const char *outcome_words(const struct board *b)
{
    switch (b->outcome) {
    case OUT_SUCCESS: return "the mandate succeeded";
    case OUT_PARTIAL: return "the mandate partly succeeded";
    case OUT_FAILURE: return b->collapsed ? "the mandate collapsed" : "the mandate failed";
    default: return "the mandate is over";
    }
}

/* The top bar: what this screen is. */
static void title_bar(const struct bscreen *s)
{
    attr_t a = term_attr(R_HEADER) | A_BOLD;
    d_fill(0, 0, COLS, a);
    d_text(0, 1, COLS / 2, a, "MANDATE  PROJECTOR BOARD");
    if (s->pub)
        d_right(0, COLS / 2, COLS / 2 - 1, a, s->pub->name);
}

/* The week, the clock and their states in words, on row y. */
static void status_line(const struct bscreen *s, int y)
{
    const struct board *b = s->b;
    char clock[16], line[200];
    clock_text(s->deadline, clock, sizeof clock);
    if (b->ended)
        snprintf(line, sizeof line, "Week %d of %d - THE END: %s.", b->week, b->weeks,
                 outcome_words(b));
    else
        snprintf(line, sizeof line, "Week %d of %d   Deadline %s", b->week, b->weeks,
                 s->deadline < 0 ? "none" : clock);
    int x = 1 + d_text(y, 1, COLS - 2, A_BOLD, line) + 3;
    if (b->paused && !b->ended)
        x += d_text(y, x, COLS - x - 1, term_attr(R_WARN) | A_REVERSE | A_BOLD,
                    " EXERCISE PAUSED ") + 2;
    if (s->st.offline)
        x += d_text(y, x, COLS - x - 1, term_attr(R_BAD) | A_BOLD,
                    "connection lost: reconnecting...") + 2;
    char more[80];
    snprintf(more, sizeof more, "Lowest sector %d   Incidents %d", b->min_stability,
             b->incidents);
    if (x + text_cols(more, -1) < COLS - 1)
        d_right(y, x, COLS - 1 - x, A_NORMAL, more);
}

/* The big week, clock and mandate from row y: the rows used. */
static int big_figures(const struct bscreen *s, int y)
{
    const struct board *b = s->b;
    char week[16], clock[16], mandate[16];
    snprintf(week, sizeof week, "%d/%d", b->week, b->weeks);
    clock_text(b->ended ? -1 : s->deadline, clock, sizeof clock);
    snprintf(mandate, sizeof mandate, "%d", b->avg_stability);
    const char *label[3] = { "WEEK", b->paused && !b->ended ? "CLOCK - PAUSED" : "CLOCK",
                             "MANDATE (average stability)" };
    const char *text[3] = { week, clock, mandate };
    int part = COLS / 3;
    for (int k = 0; k < 3; k++) {
        int x = k * part;
        d_centre(y, x, part, term_attr(R_HEADING) | A_BOLD, label[k]);
        attr_t a = A_BOLD;
        if (k == 1 && b->paused && !b->ended)
            a |= A_REVERSE;
        big_text(y + 2, x + (part - big_cols(text[k])) / 2, a, text[k]);
    }
    return BIG_ROWS + 3;
}

/* The mandate's gauge on rows y and y + 1: its figures in words, then a
 * bar with the thresholds marked under it. */
static int gauge(const struct bscreen *s, int y)
{
    const struct board *b = s->b;
    const struct pub *p = s->pub;
    const char *state = b->avg_stability >= p->success_avg ? "SUCCESS in reach"
                      : b->avg_stability >= p->partial_avg ? "PARTIAL success in reach"
                                                           : "FAILING";
    d_textf(y, 1, COLS - 2, A_BOLD, "Mandate %d/100 - %s (success %d, partial %d)",
            b->avg_stability, state, p->success_avg, p->partial_avg);
    int w = COLS - 4;
    attr_t fill = b->avg_stability >= p->success_avg ? term_attr(R_GOOD)
                : b->avg_stability >= p->partial_avg ? term_attr(R_WARN) : term_attr(R_BAD);
    d_bar(y + 1, 2, w, b->avg_stability, 100, fill);
    int xs = 2 + p->success_avg * w / 100, xp = 2 + p->partial_avg * w / 100;
    d_text(y + 2, xp, COLS - xp - 1, term_attr(R_DIM), "^partial");
    if (xs - xp >= 9)
        d_text(y + 2, xs, COLS - xs - 1, term_attr(R_DIM), "^success");
    return 3;
}

/* The sectors from row y in w columns, a row every gap rows: the rows
 * used. */
static int sectors(const struct bscreen *s, int y, int w, int end, int gap)
{
    const struct board *b = s->b;
    const struct pub *p = s->pub;
    int wide = w >= 56, name = wide ? 22 : 14, threat = wide ? 10 : 5;
    int bar = w - name - threat - 16;
    if (bar > 40)
        bar = 40;
    d_text(y, 1, w, term_attr(R_HEADING) | A_BOLD, "SECTORS    stability 0-100    threat 0-10");
    int rows = gap;
    for (int k = 0; k < b->nsectors && y + rows < end; k++, rows += gap) {
        const struct board_sector *sec = &b->sectors[k];
        int low = sec->stability < p->partial_avg;
        char nm[NAME_LEN * 2];
        text_fit(nm, sizeof nm, p->sectors[k].name, name, FIT_LEFT);
        int x = 1 + d_text(y + rows, 1, name, gap > 1 ? A_BOLD : A_NORMAL, nm) + 1;
        attr_t fill = low ? term_attr(R_BAD) : term_attr(R_GOOD);
        d_bar(y + rows, x, bar, sec->stability, 100, fill);
        x += bar + 1;
        x += d_textf(y + rows, x, 8, low ? A_BOLD : A_NORMAL, "%3d%s", sec->stability,
                     low ? " low" : "    ") + 1;
        d_bar(y + rows, x, threat, sec->threat, 10, term_attr(R_WARN));
        d_textf(y + rows, x + threat + 1, 3, sec->threat >= 7 ? A_BOLD : A_NORMAL, "%2d",
                sec->threat);
    }
    return rows - gap + 1;
}

/* Who has confirmed this week's orders (never what) from row y at x in w
 * columns, a row every gap rows: the rows used. */
static int teams(const struct bscreen *s, int y, int x, int w, int end, int gap)
{
    const struct board *b = s->b;
    int done = 0;
    for (int i = 0; i < b->nseats; i++)
        done += b->confirmed[i];
    d_textf(y, x, w, term_attr(R_HEADING) | A_BOLD, "ORDERS IN: %d of %d", done, b->nseats);
    int rows = gap;
    for (int i = 0; i < b->nseats && y + rows < end; i++, rows += gap) {
        int ok = b->confirmed[i];
        d_glyph(y + rows, x, ok ? term_attr(R_GOOD) | A_BOLD : term_attr(R_DIM),
                ok ? G_CHECK : G_DOT);
        char nm[NAME_LEN * 2], both[NAME_LEN * 2 + 4];
        int nw = w >= 40 ? 20 : 12;
        /* a team's name, with its contingent's when both fit */
        const char *team = b->human[i] ? s->st.team[i] : "";
        snprintf(both, sizeof both, "%s (%s)", team, s->pub->seats[i].name);
        text_fit(nm, sizeof nm, !team[0] ? s->pub->seats[i].name
                                : text_cols(both, -1) <= nw ? both : team, nw, FIT_LEFT);
        int at = x + 2 + d_text(y + rows, x + 2, nw, A_NORMAL, nm) + 1;
        at += d_text(y + rows, at, x + w - at, ok ? A_BOLD : A_NORMAL,
                     ok ? "CONFIRMED" : "waiting") + 1;
        d_text(y + rows, at, x + w - at, term_attr(R_DIM),
               !b->human[i] ? "(AI)" : !b->connected[i] ? "offline" : "");
    }
    return rows - gap + 1;
}

/* The facilitator's reveals, the newest last, then the public bulletin,
 * from row y to end. */
static void texts(const struct bscreen *s, int y, int end)
{
    const struct board *b = s->b;
    int w = COLS - 2;
    if (b->nreveals && y + 1 < end) {
        d_text(y++, 1, w, term_attr(R_HEADING) | A_BOLD, "REVEALED BY THE FACILITATOR");
        /* the newest that fit: at most half the room left */
        int room = (end - y) / 2 > 2 ? (end - y) / 2 : end - y, first = b->nreveals;
        int need = 0;
        while (first > 0 && need + 1 <= room) {
            first--;
            need += 1 + (int)strlen(b->reveals[first]) / (w - 2);
        }
        for (int k = first; k < b->nreveals && y < end; k++)
            y += wrapped(y, 1, w, end, k == b->nreveals - 1 ? A_BOLD : A_NORMAL, "> ",
                         b->reveals[k]);
        y++;
    }
    if (y + 1 >= end)
        return;
    d_text(y++, 1, w, term_attr(R_HEADING) | A_BOLD, "PUBLIC BULLETIN");
    if (!b->nbulletin)
        d_text(y++, 3, w - 2, term_attr(R_DIM), "Nothing public to report yet.");
    for (int k = 0; k < b->nbulletin && y < end; k++)
        y += wrapped(y, 1, w, end, A_NORMAL, "- ", b->bulletin[k]);
}

int board_page_width(int cols)
{
    int w = cols - 2;
    return w < HOTWASH_MIN_COLS ? HOTWASH_MIN_COLS : w > HOTWASH_MAX_COLS ? HOTWASH_MAX_COLS : w;
}

void board_page_draw(const struct board *b)
{
    /* the page was wrapped at the screen's width, centred only past the
     * widest page */
    int w = board_page_width(COLS), x = (COLS - w) / 2 > 1 ? (COLS - w) / 2 : 1;
    int end = LINES - 2, y = 4;
    d_textf(1, x, COLS - x - 1, term_attr(R_HEADING) | A_BOLD, "HOT WASH - the declassified "
            "debrief, page %d of %d", b->page, b->npages);
    wrapped(2, x, COLS - x - 1, 4, A_BOLD | A_UNDERLINE, "", b->title);
    for (int k = 0; k < b->nlines && y < end; k++, y++)
        d_text(y, x, COLS - x - 1, A_NORMAL, b->lines[k]);
    if (y >= end && b->nlines > y - 4)
        d_text(end, x, COLS - x - 1, term_attr(R_DIM),
               "(more of this page than the screen holds: see the after-action report)");
}

/* q's question, over the middle of the screen. */
static void draw_ask(void)
{
    static const char *const rows[] = {
        "", "Leave the board?", "",
        "The server and the game go on without it.",
        "mandate board with the same token shows it again.", "",
        "y: leave   any other key: stay", "",
    };
    int n = (int)(sizeof rows / sizeof rows[0]), w = COLS - 4 < 60 ? COLS - 4 : 60;
    int y = (LINES - n) / 2 > 0 ? (LINES - n) / 2 : 0, x = (COLS - w) / 2;
    attr_t a = term_attr(R_WARN) | A_REVERSE | A_BOLD;
    for (int k = 0; k < n && y + k < LINES; k++) {
        d_fill(y + k, x, w, a);
        d_centre(y + k, x, w, a, rows[k]);
    }
}

static void draw_small(void)
{
    int y = LINES / 2 - 1 > 0 ? LINES / 2 - 1 : 0;
    d_centre(y, 0, COLS, A_BOLD, "Please enlarge the terminal");
    d_centre(y + 1, 0, COLS, A_NORMAL, "");
    d_textf(y + 1, 0, COLS, A_NORMAL, "The board needs %dx%d; this one is %dx%d.", MIN_COLS,
            MIN_LINES, COLS, LINES);
    d_centre(y + 2, 0, COLS, term_attr(R_DIM), "q quits");
}

/* One key k (in): 1 when it leaves the board (q asked, then y), else 0;
 * the question comes and goes in s->asking. */
static int leave_key(struct bscreen *s, int k, const struct input *in)
{
    if (k == K_WAKE || k == K_TIMEOUT || k == K_NONE || k == K_RESIZE || k == K_REDRAW)
        return 0;
    int ch = k == K_CHAR ? in->ch : 0;
    if (s->asking) {
        s->asking = 0;
        return ch == 'y' || ch == 'Y';
    }
    s->asking = ch == 'q' || ch == 'Q';
    return 0;
}

static void draw(const struct bscreen *s)
{
    erase();
    if (!layout_fits()) {
        draw_small();
        if (s->asking)
            draw_ask();
        refresh();
        return;
    }
    title_bar(s);
    const struct board *b = s->b;
    if (!b || !s->pub) {
        d_centre(LINES / 2, 0, COLS, A_BOLD, s->st.offline ? "Connecting to the server..."
                                                             : "Waiting for the server...");
    } else if (b->page > 0) {
        board_page_draw(b);
    } else {
        status_line(s, 1);
        int y = 3;
        if (large())
            y += big_figures(s, y) + 1;
        y += gauge(s, y) + 1;
        int end = LINES - 1;
        int right = COLS >= 100 ? COLS / 2 + 4 : 46, used;
        /* large: a blank row between sectors while the bulletin keeps room */
        int n = b->nsectors > b->nseats ? b->nsectors : b->nseats;
        int gap = large() && y + 2 * n + 8 <= end ? 2 : 1;
        used = sectors(s, y, right - 2, end, gap);
        if (!b->ended) {
            int t = teams(s, y, right, COLS - right - 1, end, gap);
            used = t > used ? t : used;
        }
        texts(s, y + used + 1, end);
    }
    d_text(LINES - 1, 1, COLS - 2, term_attr(R_DIM),
           "q quit   public facts only, and what the facilitator reveals");
    if (s->asking)
        draw_ask();
    refresh();
}

int ui_board(const struct board_link *l)
{
    char why[300];
    if (!term_open(stdout, stdin, NULL, why, sizeof why)) {
        fprintf(stderr, "mandate board: %s\n", why);
        return 1;
    }
    struct bscreen s = { l, NULL, NULL, -1, { 0 }, 0 };
    int status = 0, left = 0;
    for (;;) {
        if (l->size)
            l->size(l->ctx, COLS);
        l->pump(l->ctx);
        l->status(l->ctx, &s.st);
        s.b = l->board(l->ctx, &s.pub, &s.deadline);
        if (s.b && s.b->paused)
            s.deadline = s.b->deadline;   /* a paused clock stands still */
        if (s.st.closed[0])
            break;
        draw(&s);
        int fd = -1, ms = -1;
        l->waiting(l->ctx, &fd, &ms);
        if (s.b && s.deadline >= 0 && !s.b->paused && (ms < 0 || ms > 1000))
            ms = 1000;           /* the clock counts down */
        struct input in;
        int k = term_read_wait(&in, fd, ms);
        if (k == K_SIGNAL) {
            status = 128 + term_signal();
            break;
        }
        if (k == K_EOF)
            break;
        if ((left = leave_key(&s, k, &in)))
            break;
        if (k == K_RESIZE || k == K_REDRAW)
            term_repaint();
    }
    term_close();
    if (s.st.closed[0]) {
        fprintf(stderr, "mandate board: %s\n", s.st.closed);
        status = s.b && s.b->ended ? 0 : 1;
    } else if (left) {
        printf("mandate: left the board; %s (mandate board with the same token shows it "
               "again)\n", s.b && s.b->ended ? "the game has ended" : "the game goes on at the "
               "server");
    }
    return status;
}
