/* trender.h - a document (game/report/rdoc.h) rendered into the terminal
 * document (page.h): its paragraphs as rows of runs, each style as an
 * attribute (a contingent's tone as its colour), glyphs in UTF-8 or
 * ASCII, sparklines and bars, and its charts drawn with block and box
 * characters on a character canvas. What the debrief's pages draw. */
#ifndef MANDATE_TRENDER_H
#define MANDATE_TRENDER_H

#include "../tk/page.h"

struct rdoc;

/* The number of pages (RB_PAGE) of doc, and the block that starts page
 * p (-1 none). */
int trender_pages(const struct rdoc *doc);
int trender_page_block(const struct rdoc *doc, int p);

/* Adds doc's page p (its blocks meant for the terminal, up to the next
 * page) to pg. */
void trender_page(struct page *pg, const struct rdoc *doc, int p);

/* The attribute of a style (RT_*, RSEAT, RS_*) of doc. */
attr_t trender_attr(const struct rdoc *doc, unsigned style);

/* (trender_chart.c) Adds chart c of doc to pg; with beside >= 0, chart
 * beside drawn next to it, both under their headings. */
void trender_chart(struct page *pg, const struct rdoc *doc, int c, int beside);

#endif
