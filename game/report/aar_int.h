/* aar_int.h - private to game/report: how the renderers of print (and
 * the role briefs of handout.c) escape text. */
#ifndef MANDATE_AAR_INT_H
#define MANDATE_AAR_INT_H

#include <stddef.h>
#include <stdio.h>

struct rdoc;

/* The bytes of the control character s starts with (C0 or DEL: 1, C1
 * U+0080-U+009F: 2), or 0: what the writers turn into one space. */
size_t aar_control(const char *s);

/* The HTML entity of c when it is one of & < > " ', else NULL. */
const char *aar_entity(char c);

/* Writes s as Markdown text that renders as s and as nothing else, in a
 * table cell as in a paragraph; with block, s starts a line or a list
 * item, and what would open a block there is defused too (render_md.c). */
void aar_md_text(FILE *f, const char *s, int block);

/* Writes s as HTML text (also fit for an attribute in double or single
 * quotes). */
void aar_html_text(FILE *f, const char *s);

/* A contingent's colour in HTML ("#1f77b4") from the curses colour
 * names of the document's contingents (rdoc_seat): distinct when two
 * share one. */
const char *aar_seat_colour(const struct rdoc *doc, int seat);

/* How a renderer writes the marks of a style (RS_*): the style bits that
 * make one, and what opens and closes it. */
struct aar_mark {
    unsigned style;
    const char *open, *close;
};

/* Writes the runs [first, first + n) of doc that show in media, each by
 * one, opening and closing marks[0..nmarks) (in that order, closed in
 * the reverse) as the runs' styles change. */
void aar_runs(FILE *f, const struct rdoc *doc, int first, int n, int media,
              const struct aar_mark *marks, size_t nmarks,
              void (*one)(FILE *f, const struct rdoc *doc, int run));

/* An SVG line chart of the document's chart c. */
void aar_svg_chart(FILE *f, const struct rdoc *doc, int c);

#endif
