/* doc.c - rows of attributed runs, wrapped at spaces, drawn scrolled. */
#include "doc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void doc_init(struct doc *d)
{
    memset(d, 0, sizeof *d);
}

void doc_free(struct doc *d)
{
    free(d->r);
    free(d->run);
    free(d->text);
    doc_init(d);
}

void doc_reset(struct doc *d, int w)
{
    d->n = d->nrun = d->used = 0;
    d->width = w < 16 ? 16 : w;
    d->col = d->cont = d->open = 0;
}

static void new_row(struct doc *d, int indent)
{
    if (d->n >= d->cap) {
        d->cap = d->cap ? d->cap * 2 : 256;
        d->r = term_xrealloc(d->r, (size_t)d->cap * sizeof *d->r);
    }
    if (indent > d->width - 8)
        indent = d->width - 8;
    struct drow *r = &d->r[d->n++];
    r->first = d->nrun;
    r->n = 0;
    r->indent = (short)(indent < 0 ? 0 : indent);
    r->mark = 0;
    d->col = 0;
    d->open = 1;
}

void doc_row(struct doc *d, int indent, int hang)
{
    new_row(d, indent);
    d->cont = indent + hang;
}

void doc_end(struct doc *d)
{
    d->open = 0;
}

/* Appends len bytes of s (cols columns) as a run of the last row. */
static void add_run(struct doc *d, attr_t a, const char *s, int len, int cols)
{
    if (!d->open)
        doc_row(d, 0, 0);
    if (len <= 0)
        return;
    if (d->nrun >= d->runcap) {
        d->runcap = d->runcap ? d->runcap * 2 : 1024;
        d->run = term_xrealloc(d->run, (size_t)d->runcap * sizeof *d->run);
    }
    if (d->used + len + 1 > d->tcap) {
        while (d->used + len + 1 > d->tcap)
            d->tcap = d->tcap ? d->tcap * 2 : 32768;
        d->text = term_xrealloc(d->text, (size_t)d->tcap);
    }
    struct drun *r = &d->run[d->nrun++];
    r->off = d->used;
    r->cols = cols;
    r->a = a;
    memcpy(d->text + d->used, s, (size_t)len);
    d->used += len;
    d->text[d->used++] = 0;
    d->r[d->n - 1].n++;
    d->col += cols;
}

void doc_put(struct doc *d, attr_t a, const char *text)
{
    if (!d->open)
        doc_row(d, 0, 0);
    const char *s = text;
    while (*s) {
        const struct drow *row = &d->r[d->n - 1];
        int avail = d->width - row->indent - d->col;
        int i = 0, cols = 0, space = -1, space_cols = 0;
        while (s[i] && s[i] != '\n') {
            int c;
            int k = text_char(s + i, &c);
            if (cols + c > avail) {
                if (s[i] == ' ') {   /* the row ends just before it: a break */
                    space = i;
                    space_cols = cols;
                }
                break;
            }
            if (s[i] == ' ') {
                space = i;
                space_cols = cols;
            }
            cols += c;
            i += k;
        }
        if (!s[i]) {
            add_run(d, a, s, i, cols);
            return;
        }
        if (s[i] == '\n') {
            add_run(d, a, s, i, cols);
            s += i + 1;
        } else if (space > 0) {
            add_run(d, a, s, space, space_cols);
            s += space + 1;
        } else if (d->col == 0 || space == 0) {
            if (space != 0) {
                /* one word longer than the row: cut it */
                if (i == 0) {
                    int c;
                    i = text_char(s, &c);
                    cols = c;
                }
                add_run(d, a, s, i, cols);
                s += i;
            }
        } /* else: nothing fits after what the row holds; go on below */
        new_row(d, d->cont);
        while (*s == ' ')
            s++;
    }
}

void doc_putf(struct doc *d, attr_t a, const char *fmt, ...)
{
    char buf[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    doc_put(d, a, buf);
}

void doc_cell(struct doc *d, attr_t a, int w, int right, const char *text)
{
    if (w <= 0)
        return;
    char buf[1024];
    text_fit(buf, sizeof buf, text, w, FIT_LEFT);
    /* the padding goes apart, without the attribute */
    int nb = (int)strlen(buf);
    while (nb > 0 && buf[nb - 1] == ' ')
        nb--;
    buf[nb] = 0;
    int cols = text_cols(buf, -1), np = w - cols;
    char pad[256];
    if (np > (int)sizeof pad - 1)
        np = (int)sizeof pad - 1;
    memset(pad, ' ', (size_t)np);
    pad[np] = 0;
    if (right && np)
        add_run(d, A_NORMAL, pad, np, np);
    add_run(d, a, buf, nb, cols);
    if (!right && np)
        add_run(d, A_NORMAL, pad, np, np);
}

void doc_to(struct doc *d, int x)
{
    if (!d->open)
        doc_row(d, 0, 0);
    if (x > d->col)
        doc_cell(d, A_NORMAL, x - d->col, 0, "");
}

int doc_col(const struct doc *d)
{
    return d->open ? d->col : 0;
}

void doc_text(struct doc *d, attr_t a, int indent, const char *text)
{
    doc_row(d, indent, 0);
    doc_put(d, a, text);
    d->open = 0;
}

void doc_textf(struct doc *d, attr_t a, int indent, const char *fmt, ...)
{
    char buf[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    doc_text(d, a, indent, buf);
}

void doc_blank(struct doc *d)
{
    new_row(d, 0);
    d->open = 0;
}

void doc_mark(struct doc *d)
{
    if (d->n > 0)
        d->r[d->n - 1].mark = 1;
}

void doc_draw(const struct doc *d, struct rect r, int top)
{
    int right = r.x + r.w - 1;   /* the last column holds the scroll marks */
    for (int i = 0; i < r.h && top + i < d->n; i++) {
        const struct drow *row = &d->r[top + i];
        int x = r.x + row->indent;
        for (int k = 0; k < row->n && x < right; k++) {
            const struct drun *run = &d->run[row->first + k];
            d_text(r.y + i, x, right - x, run->a, d->text + run->off);
            x += run->cols;
        }
    }
    if (top > 0)
        d_glyph(r.y, right, term_attr(R_KEY), G_UP);
    if (top + r.h < d->n)
        d_glyph(r.y + r.h - 1, right, term_attr(R_KEY), G_DOWN);
}

int doc_clamp(const struct doc *d, int top, int h)
{
    if (top > d->n - h)
        top = d->n - h;
    return top < 0 ? 0 : top;
}

int doc_section(const struct doc *d, int top, int dir)
{
    if (dir > 0) {
        for (int i = top + 1; i < d->n; i++)
            if (d->r[i].mark)
                return i;
        return top;
    }
    for (int i = (top < d->n ? top : d->n) - 1; i >= 0; i--)
        if (d->r[i].mark)
            return i;
    return 0;
}
