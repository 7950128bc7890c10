/* fac_int.h - private to game/ui: the facilitator's console (its state,
 * and the pages fac_pages.c builds for it). Everything it shows comes
 * from its link (session/fac_link.h): the whole truth, marked as such. */
#ifndef MANDATE_FAC_INT_H
#define MANDATE_FAC_INT_H

#include "../../core/record.h"
#include "../../session/fac_link.h"
#include "../seat/seat.h"

enum fac_tab { FT_BOARD, FT_SECRETS, FT_ROSTER, FT_MSEL, FT_JOURNAL, FT_PROJECTOR, FT_COUNT };

/* Items the pages mark (page_item): a seat of the roster, an inject of
 * the MSEL. */
#define FAC_ITEM_SEAT 1000
#define FAC_ITEM_INJECT 2000
#define FAC_ITEM_PAGE 3000       /* a hot wash page (from 1) */
#define FAC_PAGES 160            /* hot wash pages listed */

struct fcon {
    const struct fac_link *link;
    int tab;                     /* enum fac_tab */
    int top[FT_COUNT];
    int sel[FT_COUNT];           /* the selected item of the roster and MSEL */
    int follow;
    struct fview *f;             /* the whole truth now (owned) */
    struct fac_status st;
    struct fac_inject msel[MAX_INJECTS];
    int nmsel;
    struct fac_action *journal;  /* [MAX_JOURNAL] (owned) */
    int njournal;
    char (*titles)[SHORT_TEXT];  /* [FAC_PAGES] the hot wash's pages (owned) */
    int ntitles;                 /* (fetched once, after the end) */
    char team[MAX_SEATS][NAME_LEN];  /* each human seat's team name ("" none) */
};

/* Builds the page of the console's tab into pg. */
void fac_page(struct cui *u, struct fcon *c, struct page *pg);

/* The name of seat (or "every contingent" for -1) from the book. */
const char *fac_seat_name(const struct fcon *c, int seat);

/* One journal entry in words (without time and week) into buf. */
const char *fac_journal_text(const struct fcon *c, const struct fac_action *a, char *buf,
                             size_t n);

/* Takes a through the link and says how it went (done: the line when
 * taken). */
void fac_act(struct cui *u, struct fcon *c, const struct fac_action *a, const char *done);

/* (fac_board.c) The projector page: the reveals made, and the hot wash's
 * pages to show on the board - in a local game (the link gives the
 * page) on this screen, full-screen until Esc; its keys (1 when k was
 * one of them, 2 when it was and then the players quit). */
void fac_board_page(struct fcon *c, struct page *pg);
int fac_board_key(struct cui *u, struct fcon *c, int k, const struct input *in);

#endif
