/* scr_debrief.c - the debrief after the result (assets/RULES.md section 10): seven
 * pages the players flip through, drawn from the debrief model alone
 * (game/report/debrief.h): the declassified timeline, who spied on whom,
 * trust and stability charts, both scores, the learning objectives that
 * came up, the improvement plan and the AI's reasons. Every page scrolls;
 * charts are block and box characters in UTF-8, plain ASCII otherwise,
 * and say in words or marks what colour shows. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../ai/ai.h"
#include "debrief_int.h"

static const struct {
    const char *tab, *wide, *title;
} pages[DP_COUNT] = {
    { "Timeline", "Declassified timeline", "Declassified timeline: every hidden order by week" },
    { "Spying", "Who spied on whom", "Who spied on whom" },
    { "Charts", "Trust & stability", "Trust and stability over time" },
    { "Scores", "Both scores", "Both scores: the mandate and the capitals" },
    { "Objectives", "Learning objectives", "Learning objectives that came up" },
    { "Plan", "Improvement plan", "Strengths, areas for improvement, improvement plan" },
    { "AI reasons", "The AI's reasons", "The AI's reasons for its key decisions" },
};

const char *gl(const char *utf8, const char *ascii)
{
    return term_utf8() ? utf8 : ascii;
}


attr_t seat_attr(const struct debrief *d, int seat)
{
    if (seat < 0 || seat >= d->nseats)
        return A_BOLD;
    return term_colour_attr(d->sc->seats[seat].colour);
}

const char *seat_name(const struct debrief *d, int seat)
{
    return debrief_seat(d, seat);
}

/* A contingent's name in its colour. */
void put_seat(struct doc *o, const struct debrief *d, int seat)
{
    doc_put(o, seat_attr(d, seat), seat_name(d, seat));
}

void heading(struct doc *o, const char *text)
{
    doc_blank(o);
    doc_row(o, 0, 2);
    doc_mark(o);
    doc_put(o, term_attr(R_HEADING), text);
    doc_end(o);
}

void dim(struct doc *o, int indent, const char *text)
{
    doc_text(o, term_attr(R_DIM), indent, text);
}

/* --- the screen ------------------------------------------------------------ */

static void build(struct dbs *s, struct doc *o)
{
    switch (s->page) {
    case DP_TIMELINE: page_timeline(s, o); break;
    case DP_SPY: page_spy(s, o); break;
    case DP_CHARTS: page_charts(s, o); break;
    case DP_SCORES: page_scores(s, o); break;
    case DP_LESSONS: page_lessons(s, o); break;
    case DP_PLAN: page_plan(s, o); break;
    default: page_reasons(s, o); break;
    }
}

/* The tabs on row 1: long names, short names with numbers, or short. */
static void tabs(struct dbs *s)
{
    int style;
    int room = COLS - 2;
    for (style = 0; style < 3; style++) {
        int need = 0;
        for (int p = 0; p < DP_COUNT; p++)
            need += text_cols(style == 0 ? pages[p].wide : pages[p].tab, -1) +
                    (style < 2 ? 4 : 2) + 1;
        if (need - 1 <= room)
            break;
    }
    int x = 1;
    for (int p = 0; p < DP_COUNT; p++) {
        char lab[64];
        const char *name = style == 0 ? pages[p].wide : pages[p].tab;
        if (style < 2)
            snprintf(lab, sizeof lab, " %d %s ", p + 1, name);
        else
            snprintf(lab, sizeof lab, " %s ", name);
        attr_t a = p == s->page ? term_attr(R_SELECT) | A_BOLD : A_NORMAL;
        int w = d_text(1, x, COLS - 1 - x, a, lab);
        if (p != s->page && style < 2) {
            char key[2] = { lab[1], 0 };     /* the page's number, as a key */
            d_text(1, x + 1, 1, term_attr(R_KEY), key);
        }
        term_hit(1, x, 1, w, HIT_TAB, p);
        x += w + 1;
    }
}

static void debrief_draw(struct cui *u, void *arg)
{
    struct dbs *s = arg;
    ui_header(u, "Debrief", -1);
    tabs(s);
    int w = COLS - 2 > DOC_MAX_W ? DOC_MAX_W : COLS - 2;
    s->body = (struct rect){ 3, (COLS - w) / 2, LINES - 4, w };
    if (s->built_page != s->page || s->built_w != w || s->built_h != s->body.h) {
        doc_reset(&s->doc, w - 1);
        build(s, &s->doc);
        s->built_page = s->page;
        s->built_w = w;
        s->built_h = s->body.h;
    }
    int *top = &s->top[s->page];
    *top = doc_clamp(&s->doc, *top, s->body.h);
    /* the title, and where we are: rows shown of the page's rows */
    char right[64];
    int last = *top + s->body.h < s->doc.n ? *top + s->body.h : s->doc.n;
    snprintf(right, sizeof right, "%d-%d/%d  page %d of %d", s->doc.n ? *top + 1 : 0, last,
             s->doc.n, s->page + 1, DP_COUNT);
    int rw = text_cols(right, -1);
    d_text(2, s->body.x, w - rw - 2, term_attr(R_TITLE), pages[s->page].title);
    d_right(2, s->body.x, w - 1, term_attr(R_DIM), right);
    doc_draw(&s->doc, s->body, *top);
    static const char *const hints[] = { "Left/Right", "page", "Up/Down", "scroll", "Esc",
                                         "result", "q", "close", "?", "help", NULL, NULL };
    ui_footer(u, hints);
}

/* --- help -------------------------------------------------------------- */

static void help_build(struct dbs *s, struct doc *o)
{
    static const char *const keys[] = {
        "Left, Right, h, l", "the previous, the next page",
        "PgUp, PgDn, Tab", "the same",
        "1 to 7", "a page directly (or click its tab)",
        "Up, Down, j, k", "scroll a line (the mouse wheel too)",
        "Space, b", "scroll a screen down, up",
        "Home, End", "the top, the end of the page",
        "[ and ]", "the previous, the next week or section",
        "Enter", "the next page; on the last, close",
        "Esc", "back to the result",
        "q", "close the debrief",
        NULL, NULL,
    };
    doc_text(o, term_attr(R_HEADING), 0, "KEYS");
    for (int i = 0; keys[i]; i += 2) {
        doc_row(o, 2, 22);
        doc_cell(o, term_attr(R_KEY), 20, 0, keys[i]);
        doc_put(o, A_NORMAL, keys[i + 1]);
        doc_end(o);
    }
    static const char *const what[DP_COUNT] = {
        "every covert and counter-intelligence order, week by week: its roll against its "
        "chance, whether it was detected, and whom the victim blamed - rightly or wrongly - "
        "with the AI's reason for it",
        "collection operations between contingents and against mission HQ, pair by pair; "
        "secret courting of the host and false flags; who blamed whom; counter-intelligence",
        "the mandate's stability per week (bars) with its thresholds, each contingent's "
        "reputation (lines), trust between every pair, each sector, the pool",
        "the mandate and the national score side by side, the national score part by part, "
        "and each contingent's part in the mandate and in the shadows",
        "the learning objectives that came up: rating, evidence by week, precedent and "
        "discussion questions",
        "the five discussion questions most relevant to this game first (ranked by the "
        "objectives that came up and the operations run and caught), then strengths, areas "
        "for improvement, the improvement plan and every discussion question; how to write "
        "the after-action report",
        "why each AI contingent did what it did",
    };
    doc_blank(o);
    doc_text(o, term_attr(R_HEADING), 0, "THE PAGES");
    for (int p = 0; p < DP_COUNT; p++) {
        doc_row(o, 2, 4);
        doc_putf(o, A_BOLD, "%d %s: ", p + 1, pages[p].wide);
        doc_put(o, A_NORMAL, what[p]);
        doc_end(o);
    }
    doc_blank(o);
    doc_text(o, term_attr(R_HEADING), 0, "HOW OBJECTIVES ARE RATED");
    doc_text(o, A_NORMAL, 2, debrief_rating_rule);
    doc_blank(o);
    doc_text(o, term_attr(R_DIM), 2, "Colours only repeat what the words and marks say: the "
             "debrief reads the same in monochrome.");
    (void)s;
}

static void help_draw(struct cui *u, void *arg)
{
    struct dbs *s = arg;
    debrief_draw(u, s);
    int w = COLS - 4 > 96 ? 96 : COLS - 4;
    struct rect r = d_dialog(LINES - 2, w, "Help: the debrief");
    doc_reset(&s->help, r.w - 1);
    help_build(s, &s->help);
    struct rect body = { r.y, r.x, r.h - 1, r.w };
    s->help_top = doc_clamp(&s->help, s->help_top, body.h);
    doc_draw(&s->help, body, s->help_top);
    static const char *const hints[] = { "Up/Down", "scroll", "Esc", "close", NULL, NULL };
    d_hints(r.y + r.h - 1, r.x, r.w, hints);
}

static int help(struct dbs *s)
{
    s->help_top = 0;
    struct input in;
    for (;;) {
        int k = ui_step(s->u, help_draw, s, &in);
        int page = LINES - 6;
        switch (k) {
        case K_SIGNAL: case K_EOF: case K_QUIT: return -1;
        case K_UP: case K_WHEEL_UP: s->help_top--; break;
        case K_DOWN: case K_WHEEL_DOWN: s->help_top++; break;
        case K_PGUP: s->help_top -= page; break;
        case K_PGDN: s->help_top += page; break;
        case K_HOME: s->help_top = 0; break;
        case K_END: s->help_top = 1 << 20; break;
        case K_ESC: case K_HELP: case K_ENTER: case K_CLICK: return 0;
        case K_CHAR:
            if (in.ch == 'q')
                return 0;
            if (in.ch == ' ')
                s->help_top += page;
            break;
        default: break;
        }
        if (s->help_top < 0)
            s->help_top = 0;
    }
}

int debrief_ask_close(struct cui *u, drawfn under, void *arg, const char *file, int early)
{
    char text[3600];
    const char *what = early ? "the game before the result and the debrief" : "the debrief";
    const char *them = early ? "them" : "it";
    if (file && file[0])
        snprintf(text, sizeof text, "Close %s? The game stays in %s. To write the debrief as "
                 "an after-action report: mandate report %s. To show %s again: mandate load %s.",
                 what, file, file, them, file);
    else
        snprintf(text, sizeof text, "Close %s? The game was not saved: %s cannot be shown "
                 "again.", what, them);
    return ui_confirm(u, under, arg, early ? "Close the game" : "Close the debrief", text);
}

static void seat_tags(struct dbs *s)
{
    const struct debrief *d = s->d;
    int clash = 0;
    for (int i = 0; i < d->nseats; i++) {
        char c = d->sc->seats[i].name[0];
        s->tag[i][0] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
        s->tag[i][1] = 0;
        if ((unsigned char)c >= 0x80 || c <= ' ')
            clash = 1;
        for (int j = 0; j < i; j++)
            if (s->tag[j][0] == s->tag[i][0])
                clash = 1;
    }
    if (clash)
        for (int i = 0; i < d->nseats; i++)
            s->tag[i][0] = (char)('1' + i);
}

struct dbs *debrief_open(struct cui *u, const struct debrief *d, const char *file, int page)
{
    struct dbs *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->u = u;
    s->d = d;
    s->file = file;
    s->page = page >= 0 && page < DP_COUNT ? page : 0;
    s->built_page = -1;
    doc_init(&s->doc);
    doc_init(&s->help);
    seat_tags(s);
    return s;
}

void debrief_close(struct dbs *s)
{
    if (!s)
        return;
    doc_free(&s->doc);
    doc_free(&s->help);
    free(s);
}

void debrief_frame(struct dbs *s)
{
    ui_frame(s->u, debrief_draw, s);
}

int debrief_key(struct dbs *s, const struct input *in)
{
    int k = in->key;
    int *top = &s->top[s->page];
    int h = s->body.h > 2 ? s->body.h - 1 : 1;
    int flip = 0, res = -1;
    switch (k) {
    case K_SIGNAL: case K_EOF: case K_QUIT: return SR_QUIT;
    case K_LEFT: case K_PGUP: case K_BTAB: flip = -1; break;
    case K_RIGHT: case K_PGDN: case K_TAB: flip = 1; break;
    case K_UP: case K_WHEEL_UP: (*top)--; break;
    case K_DOWN: case K_WHEEL_DOWN: (*top)++; break;
    case K_HOME: *top = 0; break;
    case K_END: *top = 1 << 20; break;
    case K_ESC: return SR_BACK;
    case K_HELP:
        if (help(s) < 0)
            return SR_QUIT;
        break;
    case K_CLICK:
        if (in->hit == HIT_TAB && in->arg >= 0 && in->arg < DP_COUNT)
            s->page = in->arg;
        break;
    case K_ENTER:
        if (s->page + 1 < DP_COUNT)
            flip = 1;
        else
            res = SR_DONE;       /* on the last page Enter closes, as q does */
        break;
    case K_CHAR:
        if (in->ch == 'q' || in->ch == 'Q')
            res = SR_DONE;
        else if (in->ch >= '1' && in->ch < '1' + DP_COUNT)
            s->page = in->ch - '1';
        else if (in->ch == ' ')
            *top += h;
        else if (in->ch == 'b')
            *top -= h;
        else if (in->ch == ']')
            *top = doc_section(&s->doc, *top, 1);
        else if (in->ch == '[')
            *top = doc_section(&s->doc, *top, -1);
        break;
    default: break;
    }
    if (flip && s->page + flip >= 0 && s->page + flip < DP_COUNT)
        s->page += flip;
    else if (flip && k == K_TAB)
        s->page = 0;
    else if (flip && k == K_BTAB)
        s->page = DP_COUNT - 1;
    if (*top < 0)
        *top = 0;
    return res;
}

int screen_debrief(struct cui *u, const struct debrief *d, const char *file, int *page)
{
    struct dbs *s = debrief_open(u, d, file, *page);
    if (!s)
        return SR_NEXT;
    int res;
    struct input in;
    for (;;) {
        ui_step(u, debrief_draw, s, &in);
        res = debrief_key(s, &in);
        if (res == SR_DONE) {
            int r = debrief_ask_close(u, debrief_draw, s, file, 0);
            res = r < 0 ? SR_QUIT : r > 0 ? SR_NEXT : -1;
        }
        if (res >= 0)
            break;
    }
    *page = s->page;
    debrief_close(s);
    return res;
}
