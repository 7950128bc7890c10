/* aar_int.h - private to game/report: wording the Markdown and HTML
 * reports share. */
#ifndef MANDATE_AAR_INT_H
#define MANDATE_AAR_INT_H

#include <stddef.h>
#include <stdio.h>

#include "aar.h"
#include "debrief.h"

/* A field of the improvement plan left for its owners to fill in. */
#define AAR_BLANK "________"

/* "2025-03-01 14:05 UTC" from an ISO 8601 time, "unknown" for "". */
const char *aar_date(const char *iso, char *buf, size_t n);

/* The bytes of the control character s starts with (C0 or DEL: 1, C1
 * U+0080-U+009F: 2), or 0: what the writers turn into one space. */
size_t aar_control(const char *s);

/* The HTML entity of c when it is one of & < > " ', else NULL. */
const char *aar_entity(char c);

/* Writes s as Markdown text that renders as s and as nothing else, in a
 * table cell as in a paragraph; with block, s starts a line or a list
 * item, and what would open a block there is defused too (aar_md.c). */
void aar_md_text(FILE *f, const char *s, int block);

/* Writes s as HTML text (also fit for an attribute in double or single
 * quotes). */
void aar_html_text(FILE *f, const char *s);

/* A contingent's colour in the HTML report ("#1f77b4"). */
const char *aar_seat_colour(const struct debrief *d, int seat);

/* The HTML report's charts, as its section num. */
void aar_html_charts(FILE *f, const struct debrief *d, int num);

/* Sentences of a seat's or the public document, shared by both writers. */
extern const char aar_seat_knew[];     /* after the seat's name */
extern const char aar_seat_orders[];   /* its hidden orders */
extern const char aar_seat_record[];   /* what it was told */
extern const char aar_public_record[]; /* the public record */
extern const char aar_seat_reasons[];  /* its AI's reasons */
extern const char aar_own_score[];     /* scores of a game in progress */

#endif
