/* debrief_doc_int.h - private to game/report: the parts of the debrief's
 * document (debrief_doc*.c for the report, debrief_pages*.c for the
 * terminal's pages). */
#ifndef MANDATE_DEBRIEF_DOC_INT_H
#define MANDATE_DEBRIEF_DOC_INT_H

#include "debrief.h"
#include "debrief_doc.h"
#include "../text/words.h"
#include "rdoc.h"

/* The report's sections (debrief_doc_play.c, debrief_doc_charts.c). */
void dd_timeline(struct rdoc *doc, const struct debrief *d, int num);
void dd_spying(struct rdoc *doc, const struct debrief *d, int num);
void dd_charts(struct rdoc *doc, const struct debrief *d, int num);
void dd_scores(struct rdoc *doc, const struct debrief *d, int num);
void dd_reasons(struct rdoc *doc, const struct debrief *d, int num);
void dd_secret_objectives(struct rdoc *doc, const struct debrief *d, int num);
void dd_record(struct rdoc *doc, const struct debrief *d, int num);
/* The trust between contingents from the start to the end, a matrix. */
void dd_trust(struct rdoc *doc, const struct debrief *d);

/* A row of a table: its cells, each our words (lit) or the game's (str). */
void dd_cell_lit(struct rdoc *doc, const char *text);
void dd_cell_str(struct rdoc *doc, const char *text);
/* A header cell; right: a column of numbers. */
void dd_head(struct rdoc *doc, const char *label, int right);
/* A table and its header row: heads[] names its columns, up to a NULL;
 * a name that starts with '>' heads a column of numbers (the '>' is not
 * shown). */
void dd_table(struct rdoc *doc, int flags, const char *const *heads);

/* A contingent's name. */
void dd_seat(struct rdoc *doc, const struct debrief *d, int seat);

/* The terminal's pages (debrief_pages*.c). */
void dd_pages(struct rdoc *doc, const struct debrief *d, const struct debrief_doc_opts *o);

/* What the pages are built with. */
struct dp {
    struct rdoc *doc;
    const struct debrief *d;
    const struct debrief_doc_opts *o;
    int nw;                 /* columns of the longest name (at most 14) */
    char tag[MAX_SEATS][2]; /* one character per contingent, for charts */
};

/* Pages 3 to 7 (debrief_pages_charts.c, debrief_pages_more.c). */
void dp_charts(struct dp *p);
void dp_scores(struct dp *p);
void dp_lessons(struct dp *p);
void dp_plan(struct dp *p);
void dp_reasons(struct dp *p);

/* Display columns of s. */
int dp_cols(const struct dp *p, const char *s);
/* A contingent's style: its colour; anybody else (mission HQ) bold. */
unsigned dp_seat_style(const struct debrief *d, int seat);
/* A contingent's name in its colour; in a cell of width columns. */
void dp_seat(struct dp *p, int seat);
void dp_seat_cell(struct dp *p, int seat, int width);
/* A marked heading after an empty row. */
void dp_heading(struct dp *p, const char *text);
/* A paragraph of one style at indent; dim. */
void dp_text(struct dp *p, unsigned style, int indent, const char *text);
void dp_dim(struct dp *p, int indent, const char *text);
/* Our words before, a glyph, our words after: one style. */
void dp_glyphed(struct dp *p, unsigned style, const char *before, int g, const char *after);

#endif
