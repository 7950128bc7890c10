/* scr_debrief.c - the debrief after the result (assets/RULES.md section 10): its
 * pages the players flip through - the declassified timeline, who spied
 * on whom, trust and stability charts, both scores, the learning
 * objectives that came up, the improvement plan and the AI's reasons -
 * the debrief's document (game/report/debrief_doc.h) laid out for the
 * page's size and rendered (trender.h). Every page scrolls; charts are
 * block and box characters in UTF-8, plain ASCII otherwise, and say in
 * words or marks what colour shows. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../report/debrief_doc.h"
#include "../../report/rdoc.h"
#include "pages.h"
#include "trender.h"

#define DOC_MAX_W 140 /* the widest a page grows */
#define MAX_PAGES 16

struct dbs {
    struct cui *u;
    const struct debrief *d;
    const char *file;            /* the save that holds the game, or "" */
    struct rdoc *doc;            /* its pages, laid out for doc_w x doc_h */
    int doc_w, doc_h;
    int page, npages;
    int top[MAX_PAGES];
    struct page pg, help;        /* the page shown; the help */
    int built_page;              /* the page in pg, or -1 */
    struct rect body;
    int help_top;
};

static int cols(const char *s)
{
    return text_cols(s, -1);
}

/* A page's block field (its tab, wide tab, title or what it shows). */
static const char *page_field(const struct dbs *s, int p, int field)
{
    int k = s->doc ? trender_page_block(s->doc, p) : -1;
    if (k < 0)
        return "";
    const struct rdoc_block *b = &s->doc->b[k];
    int off = field == 0 ? b->label : field == 1 ? b->cls : field == 2 ? b->tip : b->id;
    return rdoc_text(s->doc, off);
}

enum { F_TAB, F_WIDE, F_TITLE, F_WHAT };

/* Lays the document out for a page of w columns and h rows, when the
 * size changed. */
static void layout(struct dbs *s, int w, int h)
{
    if (s->doc && s->doc_w == w && s->doc_h == h)
        return;
    rdoc_free(s->doc);
    struct debrief_doc_opts o = {NULL, 1, w, h, cols, s->file};
    s->doc = debrief_document(s->d, &o);
    s->doc_w = w;
    s->doc_h = h;
    s->npages = s->doc ? trender_pages(s->doc) : 0;
    if (s->npages > MAX_PAGES)
        s->npages = MAX_PAGES;
    if (s->npages < 1)
        s->npages = 1;
    if (s->page >= s->npages)
        s->page = s->npages - 1;
    s->built_page = -1;
}

/* The tabs on row 1: long names, short names with numbers, or short. */
static void tabs(struct dbs *s)
{
    int style;
    int room = COLS - 2;
    for (style = 0; style < 3; style++) {
        int need = 0;
        for (int p = 0; p < s->npages; p++)
            need += text_cols(page_field(s, p, style == 0 ? F_WIDE : F_TAB), -1) +
                    (style < 2 ? 4 : 2) + 1;
        if (need - 1 <= room)
            break;
    }
    int x = 1;
    for (int p = 0; p < s->npages; p++) {
        char lab[64];
        const char *name = page_field(s, p, style == 0 ? F_WIDE : F_TAB);
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
    int w = COLS - 2 > DOC_MAX_W ? DOC_MAX_W : COLS - 2;
    s->body = (struct rect){ 3, (COLS - w) / 2, LINES - 4, w };
    layout(s, w - 1, s->body.h);
    tabs(s);
    if (s->built_page != s->page) {
        page_reset(&s->pg, w - 1);
        if (s->doc)
            trender_page(&s->pg, s->doc, s->page);
        else
            page_add(&s->pg, term_attr(R_BAD), 0, "Out of memory: the debrief cannot be shown.");
        s->built_page = s->page;
    }
    int *top = &s->top[s->page];
    *top = page_clamp(&s->pg, *top, s->body.h);
    /* the title, and where we are: rows shown of the page's rows */
    char right[64];
    int last = *top + s->body.h < s->pg.n ? *top + s->body.h : s->pg.n;
    snprintf(right, sizeof right, "%d-%d/%d  page %d of %d", s->pg.n ? *top + 1 : 0, last,
             s->pg.n, s->page + 1, s->npages);
    int rw = text_cols(right, -1);
    d_text(2, s->body.x, w - rw - 2, term_attr(R_TITLE), page_field(s, s->page, F_TITLE));
    d_right(2, s->body.x, w - 1, term_attr(R_DIM), right);
    page_draw(&s->pg, s->body, *top, -1, 0);
    static const char *const hints[] = { "Left/Right", "page", "Up/Down", "scroll", "Esc",
                                         "result", "q", "close", "?", "help", NULL, NULL };
    ui_footer(u, hints);
}

/* --- help -------------------------------------------------------------- */

static void help_build(struct dbs *s, struct page *o)
{
    static const char *const keys[] = {
        "Left, Right, h, l", "the previous, the next page",
        "PgUp, PgDn, Tab", "the same",
        "", "a page directly (or click its tab)",
        "Up, Down, j, k", "scroll a line (the mouse wheel too)",
        "Space, b", "scroll a screen down, up",
        "Home, End", "the top, the end of the page",
        "[ and ]", "the previous, the next week or section",
        "Enter", "the next page; on the last, close",
        "Esc", "back to the result",
        "q", "close the debrief",
        NULL, NULL,
    };
    char numbers[32];
    snprintf(numbers, sizeof numbers, "1 to %d", s->npages);
    page_add(o, term_attr(R_HEADING), 0, "KEYS");
    for (int i = 0; keys[i]; i += 2) {
        page_row(o, 2, 22);
        page_cell(o, term_attr(R_KEY), 20, 0, keys[i][0] ? keys[i] : numbers);
        page_put(o, A_NORMAL, keys[i + 1]);
        page_end(o);
    }
    page_blank(o);
    page_add(o, term_attr(R_HEADING), 0, "THE PAGES");
    for (int p = 0; p < s->npages; p++) {
        page_row(o, 2, 4);
        page_putf(o, A_BOLD, "%d %s: ", p + 1, page_field(s, p, F_WIDE));
        page_put(o, A_NORMAL, page_field(s, p, F_WHAT));
        page_end(o);
    }
    page_blank(o);
    page_add(o, term_attr(R_HEADING), 0, "HOW OBJECTIVES ARE RATED");
    page_add(o, A_NORMAL, 2, debrief_rating_rule);
    page_blank(o);
    page_add(o, term_attr(R_DIM), 2, "Colours only repeat what the words and marks say: the "
             "debrief reads the same in monochrome.");
}

static void help_draw(struct cui *u, void *arg)
{
    struct dbs *s = arg;
    debrief_draw(u, s);
    int w = COLS - 4 > 96 ? 96 : COLS - 4;
    struct rect r = d_dialog(LINES - 2, w, "Help: the debrief");
    page_reset(&s->help, r.w - 1);
    help_build(s, &s->help);
    struct rect body = { r.y, r.x, r.h - 1, r.w };
    s->help_top = page_clamp(&s->help, s->help_top, body.h);
    page_draw(&s->help, body, s->help_top, -1, 0);
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

struct dbs *debrief_open(struct cui *u, const struct debrief *d, const char *file, int page)
{
    struct dbs *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->u = u;
    s->d = d;
    s->file = file;
    s->page = page >= 0 && page < MAX_PAGES ? page : 0;
    s->npages = MAX_PAGES; /* until the document says */
    s->built_page = -1;
    page_init(&s->pg);
    page_init(&s->help);
    return s;
}

void debrief_close(struct dbs *s)
{
    if (!s)
        return;
    rdoc_free(s->doc);
    page_free(&s->pg);
    page_free(&s->help);
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
        if (in->hit == HIT_TAB && in->arg >= 0 && in->arg < s->npages)
            s->page = in->arg;
        break;
    case K_ENTER:
        if (s->page + 1 < s->npages)
            flip = 1;
        else
            res = SR_DONE;       /* on the last page Enter closes, as q does */
        break;
    case K_CHAR:
        if (in->ch == 'q' || in->ch == 'Q')
            res = SR_DONE;
        else if (in->ch >= '1' && in->ch < '1' + s->npages)
            s->page = in->ch - '1';
        else if (in->ch == ' ')
            *top += h;
        else if (in->ch == 'b')
            *top -= h;
        else if (in->ch == ']')
            *top = page_section(&s->pg, *top, 1);
        else if (in->ch == '[')
            *top = page_section(&s->pg, *top, -1);
        break;
    default: break;
    }
    if (flip && s->page + flip >= 0 && s->page + flip < s->npages)
        s->page += flip;
    else if (flip && k == K_TAB)
        s->page = 0;
    else if (flip && k == K_BTAB)
        s->page = s->npages - 1;
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
