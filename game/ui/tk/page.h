/* page.h - the terminal document: rows of runs of text, each run with its
 * own attribute, wrapped at spaces to the width of the moment (the next
 * rows of a paragraph indented by a hang), rows that belong to a
 * selectable item, rows that start a section to jump to. Every
 * full-screen text of the UI is one - the report, the brief, the help,
 * the panels' and dialogs' texts, the debrief's pages - rebuilt each
 * frame at the size of the moment and drawn scrolled.
 *
 *     page_reset(pg, w);
 *     page_add(pg, term_attr(R_HEADING), 0, "The situation");   // a paragraph
 *     page_row(pg, 2, 4);                                       // a row of runs
 *     page_put(pg, A_BOLD, "Kestria");
 *     page_cell(pg, A_NORMAL, 6, 1, "42");                      // 6 columns, right
 *     page_end(pg);
 *     page_draw(pg, r, top, sel, HIT_ITEM);
 */
#ifndef MANDATE_PAGE_H
#define MANDATE_PAGE_H

#include <stdarg.h>

#include "draw.h"

struct prun {
    int off;  /* into the page's text (NUL-terminated) */
    int cols; /* display columns */
    attr_t a;
};

struct pline {
    int first, nrun; /* its runs */
    short indent;
    short item; /* selectable item id, or -1 */
    short mark; /* a section starts here */
};

struct page {
    struct pline *l;
    int n, cap;
    struct prun *run;
    int nrun, runcap;
    char *text;
    int used, tcap;
    int width; /* columns of a row */
    int item;  /* item id of the rows being added, or -1 */
    int nitems;
    /* the row being written */
    int col;  /* columns used on it */
    int cont; /* indent of its continuation rows */
    int open; /* 1 when runs go on the last row */
};

void page_init(struct page *p);
void page_free(struct page *p);
/* Empties the page for a new frame at width w (at least 16). */
void page_reset(struct page *p, int w);

/* --- rows of runs ---------------------------------------------------------- */

/* Starts a new row at indent; runs that do not fit wrap at spaces onto
 * rows indented by indent + hang. */
void page_row(struct page *p, int indent, int hang);
/* Ends the current row: what is put next starts a new one. */
void page_end(struct page *p);
/* Appends text to the current row (starting one when none is open); a
 * line break in it starts a continuation row. */
void page_put(struct page *p, attr_t a, const char *text);
void page_putf(struct page *p, attr_t a, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Appends text padded (or cut, ending in an ellipsis) to exactly w
 * columns; right-aligned when right. */
void page_cell(struct page *p, attr_t a, int w, int right, const char *text);
/* Pads the current row with spaces up to column x (of the row). */
void page_to(struct page *p, int x);
/* Columns used on the current row (from its indent). */
int page_col(const struct page *p);
/* Marks the current (last) row as the start of a section. */
void page_mark(struct page *p);

/* --- paragraphs ---------------------------------------------------------- */

/* A paragraph of one attribute on rows of its own, at indent. */
void page_add(struct page *p, attr_t a, int indent, const char *text);
/* The same, with rows after the first indented by hang more. */
void page_add_hang(struct page *p, attr_t a, int indent, int hang, const char *text);
void page_addf(struct page *p, attr_t a, int indent, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* A paragraph that starts with glyph g (enum glyph) and a space; its
 * continuation rows line up after them. */
void page_bullet(struct page *p, attr_t a, int indent, int g, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* An empty row (of no item). */
void page_blank(struct page *p);

/* --- items, scrolling, drawing ------------------------------------------- */

/* Rows added after this belong to item id (>= 0), until page_item(p, -1). */
void page_item(struct page *p, int id);
/* First and last row of an item, or -1. */
int page_item_first(const struct page *p, int id);
int page_item_last(const struct page *p, int id);
/* Draws rows from top into r (its last column holds the scroll marks);
 * the selected item is shown reversed, and with hit > 0 the rows of
 * items are clickable (hit id, arg item). */
void page_draw(const struct page *p, struct rect r, int top, int sel, int hit);
/* The top row that keeps item sel visible in h rows. */
int page_scroll_to(const struct page *p, int top, int h, int sel);
/* Clamps top to the page shown in h rows. */
int page_clamp(const struct page *p, int top, int h);
/* The next (dir 1) or previous (dir -1) section start from top, or top
 * (0 going back past the first). */
int page_section(const struct page *p, int top, int dir);

#endif
