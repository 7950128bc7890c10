/* aar.c - the after-action report: the debrief's document rendered for
 * print, the exercise's scope and duration every form of it states; and
 * what the renderers of print share to escape text. */
#include <stdio.h>

#include "aar.h"
#include "aar_int.h"
#include "debrief_doc.h"
#include "debrief_int.h"
#include "../text/words.h"
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

const char *aar_scope(const struct debrief *d, char *buf, size_t n)
{
    int human = 0;
    for (int i = 0; i < d->nseats; i++)
        human += d->seat[i].human;
    return db_fmt(buf, n,
                  "A tabletop exercise of %d contingents (%d played by human team%s, %d "
                  "by the AI) in %d sectors, %d weekly turns scheduled and %d played; %d "
                  "learning objectives.",
                  d->nseats, human, words_s(human), d->nseats - human, d->nsectors,
                  d->scheduled, d->turns, LESSON_COUNT);
}

/* Seconds since 1970 of "YYYY-MM-DDTHH:MM:SS..." (UTC), or -1. */
static long long iso_seconds(const char *iso)
{
    int y, mo, dd, h, mi, s;
    char t;
    if (!iso || sscanf(iso, "%4d-%2d-%2d%c%2d:%2d:%2d", &y, &mo, &dd, &t, &h, &mi, &s) != 7 ||
        t != 'T' || mo < 1 || mo > 12 || dd < 1 || dd > 31 || h > 23 || mi > 59 || s > 60 ||
        y < 1970 || h < 0 || mi < 0 || s < 0)
        return -1;
    /* days from the civil date (proleptic Gregorian) */
    int yy = y - (mo <= 2);
    int era = yy / 400, yoe = yy - era * 400;
    int doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
    long long days = (long long)era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
    return days * 86400 + h * 3600 + mi * 60 + s;
}

long aar_elapsed(const struct debrief *d, const struct aar_meta *meta)
{
    long long a = iso_seconds(d->started_at), b = iso_seconds(meta ? meta->saved_at : NULL);
    if (a < 0 || b < a || b - a > 365LL * 86400)
        return -1;
    return (long)(b - a);
}

const char *aar_duration(const struct debrief *d, const struct aar_meta *meta, char *buf,
                         size_t n)
{
    long s = aar_elapsed(d, meta);
    db_fmt(buf, n, "%d weekly turn%s", d->turns, words_s(d->turns));
    if (s < 0)
        db_cat(buf, n, " (time of play not recorded)");
    else if (s < 60)
        db_cat(buf, n, " in under a minute (from its start to its last save)");
    else if (s < 3600)
        db_cat(buf, n, " in %ld min of play (from its start to its last save)", s / 60);
    else
        db_cat(buf, n, " in %ld h %02ld min of play (from its start to its last save)", s / 3600,
               s / 60 % 60);
    return buf;
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
