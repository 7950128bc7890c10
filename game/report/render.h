/* render.h - a document (rdoc.h) written out for print: GitHub-flavoured
 * Markdown, or one self-contained HTML page (inline CSS and SVG, no
 * script and nothing fetched from the network; @media print rules give
 * A4 pages with each major section on a new page). Each writes what is
 * meant for its medium and skips the rest; 1 on success, 0 when a write
 * failed. */
#ifndef MANDATE_RENDER_H
#define MANDATE_RENDER_H

#include <stdio.h>

struct rdoc;

int render_md(FILE *f, const struct rdoc *doc);
int render_html(FILE *f, const struct rdoc *doc);

#endif
