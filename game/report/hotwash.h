/* hotwash.h - the hot wash: the declassified debrief shown on the
 * projector board page by page, as plain text lines. A page starts at
 * each chapter of the after-action report (a level 2 heading) and at
 * each part of one (a level 3 heading: a week of the declassified
 * timeline, a chart, an objective). The controller's journal is never a
 * page: the facilitator's notes stay off the board. */
#ifndef MANDATE_HOTWASH_H
#define MANDATE_HOTWASH_H

#include <stddef.h>

struct rdoc;
struct lesson_book;

#define HOTWASH_COLS 76          /* columns of a page's lines for a board
                                  * that did not say its width */
#define HOTWASH_MIN_COLS 40      /* the narrowest and widest page: wider */
#define HOTWASH_MAX_COLS 120     /* lines read badly on a wall */

/* The declassified report document of the game of host (a struct host
 * *); NULL when out of memory or when the objectives do not load. The
 * caller frees it with rdoc_free. */
struct rdoc *hotwash_document(void *host);

/* The number of pages of doc. */
int hotwash_count(const struct rdoc *doc);

/* Page p's (from 1) title into title[tn]: 1, or 0 when there is no such
 * page. */
int hotwash_title(const struct rdoc *doc, int p, char *title, size_t tn);

/* Page p's lines (at most max, of at most cols columns, each in ln
 * bytes: at least cols * 4 + 1) into lines: how many (-1: no such page).
 * A page longer than max ends with a note (a line or two) that the rest is in the
 * report. */
int hotwash_page(const struct rdoc *doc, int p, int cols, char *lines, size_t ln, int max);

struct board;

/* The titles of the hot wash's pages of host's game (a struct host *),
 * once it has ended, at most max of tlen bytes each, into titles: how
 * many (0 before the end). A facilitator's link's pages
 * (session/fac_link.h). */
int hotwash_titles(void *host, char *titles, size_t tlen, int max);

/* Page p of the declassified debrief of host's game into b's page,
 * npages, title and lines, wrapped at cols columns (the screen's width
 * less its margins, kept within HOTWASH_MIN_COLS..HOTWASH_MAX_COLS; 0:
 * HOTWASH_COLS) - the server's hot wash (net/server.h) and a local
 * game's: 1, or 0 when there is no such page. */
int hotwash_board(void *host, int p, int cols, struct board *b);

#endif
