/* doc.h - a scrollable document of rows made of runs of text, each run
 * with its own attribute: what the debrief pages are built of. Prose
 * wraps at spaces (continuation rows indented by a hang); charts and
 * tables are rows of runs laid out column by column. Rebuilt each frame
 * at the width of the moment, as pages are (draw.h). */
#ifndef MANDATE_DOC_H
#define MANDATE_DOC_H

#include "draw.h"

struct drun {
    int off;                     /* into the doc's text (NUL-terminated) */
    int cols;                    /* display columns */
    attr_t a;
};

struct drow {
    int first, n;                /* its runs */
    short indent;
    short mark;                  /* a section starts here: [ and ] jump to it */
};

struct doc {
    struct drow *r;
    int n, cap;
    struct drun *run;
    int nrun, runcap;
    char *text;
    int used, tcap;
    int width;                   /* columns of a row */
    /* the row being written */
    int col;                     /* columns used on it */
    int cont;                    /* indent of its continuation rows */
    int open;                    /* 1 when runs go on the last row */
};

void doc_init(struct doc *d);
void doc_free(struct doc *d);
/* Empties the document for a new frame at width w. */
void doc_reset(struct doc *d, int w);

/* Starts a new row at indent; when runs do not fit they wrap at spaces
 * onto rows indented by indent + hang. */
void doc_row(struct doc *d, int indent, int hang);
/* Ends the current row: what is put next starts a new one. */
void doc_end(struct doc *d);
/* Appends text to the current row (starting one when none is open). */
void doc_put(struct doc *d, attr_t a, const char *text);
void doc_putf(struct doc *d, attr_t a, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Appends text padded (or cut, ending in an ellipsis) to exactly w
 * columns; right-aligned when right. */
void doc_cell(struct doc *d, attr_t a, int w, int right, const char *text);
/* Pads the current row with spaces up to column x (of the row). */
void doc_to(struct doc *d, int x);
/* Columns used on the current row (from its indent). */
int doc_col(const struct doc *d);

/* A whole paragraph on its own row(s). */
void doc_text(struct doc *d, attr_t a, int indent, const char *text);
void doc_textf(struct doc *d, attr_t a, int indent, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void doc_blank(struct doc *d);
/* Marks the current (last) row as the start of a section. */
void doc_mark(struct doc *d);

/* Draws rows from top into r (the last column holds the scroll marks). */
void doc_draw(const struct doc *d, struct rect r, int top);
/* Clamps top to the document shown in h rows. */
int doc_clamp(const struct doc *d, int top, int h);
/* The next (dir 1) or previous (dir -1) section start from top, or top. */
int doc_section(const struct doc *d, int top, int dir);

#endif
