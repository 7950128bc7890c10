/* aar.c - the after-action report: the debrief's document rendered for
 * print; and what the renderers of print share to escape text. */
#include <stdio.h>

#include "aar.h"
#include "aar_int.h"
#include "debrief_doc.h"
#include "rdoc.h"
#include "render.h"

/* Builds d's document and renders it with render. */
static int write_with(FILE *f, const struct debrief *d, const struct aar_meta *m,
                      int (*render)(FILE *, const struct rdoc *))
{
    struct debrief_doc_opts o = {m, 0, 0, 0, NULL, NULL};
    struct rdoc *doc = debrief_document(d, &o);
    if (!doc)
        return 0;
    int ok = render(f, doc);
    rdoc_free(doc);
    return ok;
}

int aar_write_md(FILE *f, const struct debrief *d, const struct aar_meta *m)
{
    return write_with(f, d, m, render_md);
}

int aar_write_html(FILE *f, const struct debrief *d, const struct aar_meta *m)
{
    return write_with(f, d, m, render_html);
}

size_t aar_control(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    if (*p == 0)
        return 0;
    if (*p < 0x20 || *p == 0x7f)
        return 1;
    return p[0] == 0xc2 && p[1] >= 0x80 && p[1] < 0xa0 ? 2 : 0;
}

const char *aar_entity(char c)
{
    switch (c) {
    case '&':
        return "&amp;";
    case '<':
        return "&lt;";
    case '>':
        return "&gt;";
    case '"':
        return "&quot;";
    case '\'':
        return "&#39;";
    default:
        return NULL;
    }
}

/* Writes s as HTML text (also fit for an attribute in double or single
 * quotes): its special characters as entities, and any control character
 * but a line break or a tab, C1 included, as a space. */
void aar_html_text(FILE *f, const char *s)
{
    for (const char *p = s; p && *p; p++) {
        size_t ctl = *p == '\n' || *p == '\t' ? 0 : aar_control(p);
        if (aar_entity(*p)) {
            fputs(aar_entity(*p), f);
        } else if (ctl) {
            fputc(' ', f);
            p += ctl - 1;
        } else {
            fputc(*p, f);
        }
    }
}

/* Marks on in on that are off in next are closed, the others opened. */
static unsigned marks_to(FILE *f, const struct aar_mark *m, size_t nm, unsigned on, unsigned next)
{
    for (size_t k = nm; k-- > 0;)
        if ((on & m[k].style) && !(next & m[k].style))
            fputs(m[k].close, f);
    for (size_t k = 0; k < nm; k++)
        if (!(on & m[k].style) && (next & m[k].style))
            fputs(m[k].open, f);
    return next;
}

void aar_runs(FILE *f, const struct rdoc *doc, int first, int n, int media,
              const struct aar_mark *marks, size_t nmarks,
              void (*one)(FILE *f, const struct rdoc *doc, int run))
{
    unsigned all = 0, on = 0;
    for (size_t k = 0; k < nmarks; k++)
        all |= marks[k].style;
    for (int i = first; i < first + n; i++) {
        if (!(doc->r[i].media & media))
            continue;
        on = marks_to(f, marks, nmarks, on, doc->r[i].style & all);
        one(f, doc, i);
    }
    marks_to(f, marks, nmarks, on, 0);
}
