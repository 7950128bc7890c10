/* fac_board.c - the facilitator's projector page: what the room's board
 * shows besides the public facts - every text revealed (v reveals one),
 * and after the end the hot wash: the declassified debrief's pages,
 * stepped through on the board one at a time (Left/Right), or picked
 * (Up/Down, Enter), or cleared (x). Every change is an action of the
 * record sent through the link (show, reveal). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../core/board.h"
#include "../board/board_page.h"
#include "fac_int.h"

/* The page on the whole screen (a local game: this screen is the
 * projector). */
struct full {
    struct fcon *c;
    struct board *b;
};

static void full_draw(struct cui *u, void *arg)
{
    const struct full *f = arg;
    attr_t a = term_attr(R_HEADER) | A_BOLD;
    d_fill(0, 0, COLS, a);
    d_text(0, 1, COLS - 2, a, "MANDATE  HOT WASH");
    if (f->c->f->pub_part.pub)
        d_right(0, COLS / 2, COLS / 2 - 1, a, f->c->f->pub_part.pub->name);
    board_page_draw(f->b);
    static const char *const hints[] = { "Left/Right", "page", "Esc", "back to the console",
                                         NULL, NULL };
    ui_footer(u, hints);
}

/* The page the board shows now (0: none): the last show not undone. */
static int shown(const struct fcon *c)
{
    int page = 0;
    for (int i = 0; i < c->njournal; i++)
        if (c->journal[i].kind == FAC_SHOW && !c->journal[i].undone)
            page = c->journal[i].amount;
    return page;
}

/* The hot wash's page titles, fetched once the game has ended; a link
 * that offers none gives pages by number (the board shows their titles;
 * one past the last shows nothing). */
static void titles(struct fcon *c)
{
    const struct fac_link *l = c->link;
    if (c->ntitles || !c->st.ended)
        return;
    if (!c->titles && !(c->titles = malloc(sizeof *c->titles * FAC_PAGES)))
        return;
    if (l->pages) {
        c->ntitles = l->pages(l->ctx, c->titles[0], sizeof c->titles[0], FAC_PAGES);
        return;
    }
    for (int p = 1; p <= FAC_PAGES; p++)
        snprintf(c->titles[p - 1], sizeof c->titles[0], "page %d (its title is on the board)",
                 p);
    c->ntitles = FAC_PAGES;
}

void fac_board_page(struct fcon *c, struct page *pg)
{
    page_add(pg, term_attr(R_HEADING), 0, "PROJECTOR  what the room's board shows besides the "
             "public facts");
    if (c->link->page)
        page_add(pg, term_attr(R_DIM), 2, "This game has no board: this screen is the "
                 "projector. After the end, the hot wash's page picked fills it (Esc comes "
                 "back here).");
    else
        page_add(pg, term_attr(R_DIM), 2, "The board (mandate board) shows the sectors, the "
                 "mandate, the week and its clock, who has confirmed, the public bulletin - "
                 "and the texts below.");
    page_blank(pg);
    page_add(pg, term_attr(R_HEADING), 0, "Revealed on the board  (v: reveal a text)");
    int n = 0;
    for (int i = 0; i < c->njournal; i++) {
        const struct fac_action *a = &c->journal[i];
        if (a->kind != FAC_REVEAL || a->undone)
            continue;
        page_addf(pg, A_NORMAL, 2, "%d. week %d: %s", ++n, a->week, a->text);
    }
    if (!n)
        page_add(pg, term_attr(R_DIM), 2, "Nothing yet.");
    page_blank(pg);
    page_add(pg, term_attr(R_HEADING), 0, "Hot wash  (Left/Right: the page on the board; "
             "Up/Down, Enter: show the one picked; x: clear)");
    if (!c->st.ended) {
        page_add(pg, term_attr(R_DIM), 2, "After the last week, the declassified debrief "
                 "page by page: the room sees only the page shown.");
        return;
    }
    titles(c);
    int on = shown(c);
    if (!c->ntitles)
        page_add(pg, term_attr(R_DIM), 2, "No page to show.");
    else if (!on)
        page_add(pg, A_BOLD, 2, "The board shows the final state: no page yet.");
    for (int p = 1; p <= c->ntitles; p++) {
        page_item(pg, FAC_ITEM_PAGE + p);
        page_addf(pg, p == on ? A_BOLD | A_REVERSE : A_NORMAL, 2, "%3d. %s%s", p,
                  c->titles[p - 1], p == on ? "   <- ON THE BOARD" : "");
        page_item(pg, -1);
    }
}

static void show(struct cui *u, struct fcon *c, int p);

/* Page p on the whole screen until Esc (Left/Right: the page before or
 * after, shown as on a board: an action of the record). -1 on quit. */
static int full_screen(struct cui *u, struct fcon *c, int p)
{
    struct full f = { c, calloc(1, sizeof *f.b) };
    int r = 0;
    u->curtain = 1;
    while (f.b && c->link->page(c->link->ctx, p, COLS - 2, f.b)) {
        struct input in;
        u->status[0] = 0;        /* the keys stay in sight */
        int k = ui_step(u, full_draw, &f, &in);
        if (k == K_SIGNAL || k == K_EOF || k == K_QUIT) {
            r = -1;
            break;
        }
        int step = k == K_RIGHT || k == K_PGDN || (k == K_CHAR && in.ch == ' ') ? 1
                 : k == K_LEFT || k == K_PGUP ? -1 : 0;
        if (k == K_ESC || (k == K_CHAR && (in.ch == 'c' || in.ch == 'q')))
            break;
        if (step && p + step >= 1 && p + step <= f.b->npages) {
            p += step;
            show(u, c, p);
        }
    }
    free(f.b);
    u->curtain = 1;              /* the console comes back whole */
    return r;
}

/* Shows page p (0: none) on the board - in a local game, on this very
 * screen. */
static void show(struct cui *u, struct fcon *c, int p)
{
    struct fac_action a = fac_action_make(FAC_SHOW);
    a.amount = p;
    char done[SHORT_TEXT + 40];
    const char *where = c->link->page ? "this screen" : "the board";
    if (p)
        snprintf(done, sizeof done, "On %s: page %d, %s.", where, p, c->titles[p - 1]);
    else
        snprintf(done, sizeof done, "%s shows the final state again.",
                 c->link->page ? "This screen" : "The board");
    fac_act(u, c, &a, done);
    c->sel[FT_PROJECTOR] = p ? FAC_ITEM_PAGE + p : -1;
    c->follow = 1;
}

int fac_board_key(struct cui *u, struct fcon *c, int k, const struct input *in)
{
    if (in->ch == 'h' || in->ch == 'j' || in->ch == 'k' || in->ch == 'l')
        return 0;                /* letters here (hold, note, kick), not moves */
    int pick = c->sel[FT_PROJECTOR] > FAC_ITEM_PAGE ? c->sel[FT_PROJECTOR] - FAC_ITEM_PAGE : 0;
    int on = shown(c), ch = k == K_CHAR ? in->ch : 0;
    int step = k == K_RIGHT ? 1 : k == K_LEFT ? -1 : 0;
    if (!step && k != K_UP && k != K_DOWN && k != K_ENTER && ch != 'x')
        return 0;
    titles(c);
    if (!c->st.ended || !c->ntitles) {
        ui_status(u, R_WARN, "The hot wash starts once the game has ended.");
        return 1;
    }
    if (k == K_UP || k == K_DOWN) {
        pick += k == K_DOWN ? 1 : -1;
        pick = pick < 1 ? 1 : pick > c->ntitles ? c->ntitles : pick;
        c->sel[FT_PROJECTOR] = FAC_ITEM_PAGE + pick;
        c->follow = 1;
    } else if (k == K_ENTER) {
        show(u, c, pick ? pick : 1);
    } else if (ch == 'x') {
        show(u, c, 0);
        return 1;
    } else if (on + step >= 1 && on + step <= c->ntitles) {
        show(u, c, on + step);
    } else {
        ui_status(u, R_WARN, step > 0 ? "That was the last page." : "That was the first page.");
        return 1;
    }
    /* a local game: this screen is the projector, the page fills it */
    if (c->link->page && shown(c) > 0 && full_screen(u, c, shown(c)) < 0)
        return 2;
    return 1;
}
