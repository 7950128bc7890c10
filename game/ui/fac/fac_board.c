/* fac_board.c - the facilitator's projector page: what the room's board
 * shows besides the public facts - every text revealed (v reveals one),
 * and after the end the hot wash: the declassified debrief's pages,
 * stepped through on the board one at a time (Left/Right), or picked
 * (Up/Down, Enter), or cleared (x). Every change is an action of the
 * record sent through the link (show, reveal). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fac_int.h"

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
    page_add(pg, term_attr(R_DIM), 2, "The board (mandate board) shows the sectors, the "
             "mandate, the week and its clock, who has confirmed, the public bulletin - and "
             "the texts below.");
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

/* Shows page p (0: none) on the board. */
static void show(struct cui *u, struct fcon *c, int p)
{
    struct fac_action a = fac_action_make(FAC_SHOW);
    a.amount = p;
    char done[SHORT_TEXT + 40];
    if (p)
        snprintf(done, sizeof done, "On the board: page %d, %s.", p, c->titles[p - 1]);
    else
        snprintf(done, sizeof done, "The board shows the final state again.");
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
    } else if (on + step >= 1 && on + step <= c->ntitles) {
        show(u, c, on + step);
    } else {
        ui_status(u, R_WARN, step > 0 ? "That was the last page." : "That was the first page.");
    }
    return 1;
}
