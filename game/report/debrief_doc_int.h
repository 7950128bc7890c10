/* debrief_doc_int.h - private to game/report: the parts of the debrief's
 * document (debrief_doc*.c for the report, debrief_pages*.c for the
 * terminal's pages). */
#ifndef MANDATE_DEBRIEF_DOC_INT_H
#define MANDATE_DEBRIEF_DOC_INT_H

#include "debrief.h"
#include "debrief_doc.h"
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

/* The terminal's pages (debrief_pages.c). */
void dd_pages(struct rdoc *doc, const struct debrief *d, const struct debrief_doc_opts *o);

#endif
