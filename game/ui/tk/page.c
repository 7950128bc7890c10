/* page.c - the terminal document: rows of attributed runs, wrapped at
 * spaces, drawn scrolled with a selected item. */
#include "page.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void page_init(struct page *p)
{
    memset(p, 0, sizeof *p);
    p->item = -1;
}

void page_free(struct page *p)
{
    free(p->l);
    free(p->run);
    free(p->text);
    page_init(p);
}

void page_reset(struct page *p, int w)
{
    p->n = p->nrun = p->used = 0;
    p->width = w < 16 ? 16 : w;
    p->item = -1;
    p->nitems = 0;
    p->col = p->cont = p->open = 0;
}

/* --- rows of runs ---------------------------------------------------------- */

static void new_row(struct page *p, int indent)
{
    if (p->n >= p->cap) {
        p->cap = p->cap ? p->cap * 2 : 256;
        p->l = term_xrealloc(p->l, (size_t)p->cap * sizeof *p->l);
    }
    if (indent > p->width - 8)
        indent = p->width - 8;
    struct pline *l = &p->l[p->n++];
    l->first = p->nrun;
    l->nrun = 0;
    l->indent = (short)(indent < 0 ? 0 : indent);
    l->item = (short)p->item;
    l->mark = 0;
    p->col = 0;
    p->open = 1;
}

void page_row(struct page *p, int indent, int hang)
{
    new_row(p, indent);
    p->cont = indent + hang;
}

void page_end(struct page *p)
{
    p->open = 0;
}

/* Appends len bytes of s (cols columns) as a run of the last row. */
static void add_run(struct page *p, attr_t a, const char *s, int len, int cols)
{
    if (!p->open)
        page_row(p, 0, 0);
    if (len <= 0)
        return;
    if (p->nrun >= p->runcap) {
        p->runcap = p->runcap ? p->runcap * 2 : 1024;
        p->run = term_xrealloc(p->run, (size_t)p->runcap * sizeof *p->run);
    }
    if (p->used + len + 1 > p->tcap) {
        while (p->used + len + 1 > p->tcap)
            p->tcap = p->tcap ? p->tcap * 2 : 32768;
        p->text = term_xrealloc(p->text, (size_t)p->tcap);
    }
    struct prun *r = &p->run[p->nrun++];
    r->off = p->used;
    r->cols = cols;
    r->a = a;
    memcpy(p->text + p->used, s, (size_t)len);
    p->used += len;
    p->text[p->used++] = 0;
    p->l[p->n - 1].nrun++;
    p->col += cols;
}

void page_put(struct page *p, attr_t a, const char *text)
{
    if (!p->open)
        page_row(p, 0, 0);
    const char *s = text;
    while (*s) {
        const struct pline *row = &p->l[p->n - 1];
        int avail = p->width - row->indent - p->col;
        int i = 0, cols = 0, space = -1, space_cols = 0;
        while (s[i] && s[i] != '\n') {
            int c;
            int k = text_char(s + i, &c);
            if (cols + c > avail) {
                if (s[i] == ' ') { /* the row ends just before it: a break */
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
            add_run(p, a, s, i, cols);
            return;
        }
        if (s[i] == '\n') {
            add_run(p, a, s, i, cols);
            s += i + 1;
            if (!*s)
                return; /* a final line break ends the row, no more */
        } else if (space > 0) {
            add_run(p, a, s, space, space_cols);
            s += space + 1;
        } else if (p->col == 0 || space == 0) {
            if (space != 0) {
                /* one word longer than the row: cut it */
                if (i == 0) {
                    int c;
                    i = text_char(s, &c);
                    cols = c;
                }
                add_run(p, a, s, i, cols);
                s += i;
            }
        } /* else: nothing fits after what the row holds; go on below */
        new_row(p, p->cont);
        while (*s == ' ')
            s++;
    }
}

void page_putf(struct page *p, attr_t a, const char *fmt, ...)
{
    char buf[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    page_put(p, a, buf);
}

void page_cell(struct page *p, attr_t a, int w, int right, const char *text)
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
        add_run(p, A_NORMAL, pad, np, np);
    add_run(p, a, buf, nb, cols);
    if (!right && np)
        add_run(p, A_NORMAL, pad, np, np);
}

void page_to(struct page *p, int x)
{
    if (!p->open)
        page_row(p, 0, 0);
    if (x > p->col)
        page_cell(p, A_NORMAL, x - p->col, 0, "");
}

int page_col(const struct page *p)
{
    return p->open ? p->col : 0;
}

void page_mark(struct page *p)
{
    if (p->n > 0)
        p->l[p->n - 1].mark = 1;
}

/* --- paragraphs ---------------------------------------------------------- */

void page_add_hang(struct page *p, attr_t a, int indent, int hang, const char *text)
{
    page_row(p, indent, hang);
    page_put(p, a, text);
    p->open = 0;
}

void page_add(struct page *p, attr_t a, int indent, const char *text)
{
    page_add_hang(p, a, indent, 0, text);
}

void page_addf(struct page *p, attr_t a, int indent, const char *fmt, ...)
{
    char buf[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    page_add(p, a, indent, buf);
}

void page_bullet(struct page *p, attr_t a, int indent, int g, const char *fmt, ...)
{
    char buf[2048];
    const char *gl = term_glyph(g);
    int n = snprintf(buf, sizeof buf, "%s ", gl);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf + n, sizeof buf - (size_t)n, fmt, ap);
    va_end(ap);
    page_add_hang(p, a, indent, text_cols(gl, -1) + 1, buf);
}

void page_blank(struct page *p)
{
    int item = p->item;
    p->item = -1;
    new_row(p, 0);
    p->open = 0;
    p->item = item;
}

/* --- items, scrolling, drawing ------------------------------------------- */

void page_item(struct page *p, int id)
{
    p->item = id;
    if (id >= p->nitems)
        p->nitems = id + 1;
}

int page_item_first(const struct page *p, int id)
{
    for (int i = 0; i < p->n; i++)
        if (p->l[i].item == id)
            return i;
    return -1;
}

int page_item_last(const struct page *p, int id)
{
    for (int i = p->n - 1; i >= 0; i--)
        if (p->l[i].item == id)
            return i;
    return -1;
}

int page_clamp(const struct page *p, int top, int h)
{
    if (top > p->n - h)
        top = p->n - h;
    return top < 0 ? 0 : top;
}

int page_scroll_to(const struct page *p, int top, int h, int sel)
{
    int first = page_item_first(p, sel), last = page_item_last(p, sel);
    if (first >= 0) {
        if (last - top >= h)
            top = last - h + 1;
        if (first < top)
            top = first;
    }
    return page_clamp(p, top, h);
}

int page_section(const struct page *p, int top, int dir)
{
    if (dir > 0) {
        for (int i = top + 1; i < p->n; i++)
            if (p->l[i].mark)
                return i;
        return top;
    }
    for (int i = (top < p->n ? top : p->n) - 1; i >= 0; i--)
        if (p->l[i].mark)
            return i;
    return 0;
}

void page_draw(const struct page *p, struct rect r, int top, int sel, int hit)
{
    int right = r.x + r.w - 1; /* the last column holds the scroll marks */
    for (int i = 0; i < r.h && top + i < p->n; i++) {
        const struct pline *l = &p->l[top + i];
        int chosen = l->item >= 0 && l->item == sel;
        if (chosen)
            d_fill(r.y + i, r.x, r.w - 1, term_attr(R_SELECT));
        int x = r.x + l->indent;
        for (int k = 0; k < l->nrun && x < right; k++) {
            const struct prun *run = &p->run[l->first + k];
            attr_t a = run->a;
            if (chosen)
                a = (a & ~(attr_t)A_COLOR) | term_attr(R_SELECT);
            d_text(r.y + i, x, right - x, a, p->text + run->off);
            x += run->cols;
        }
        if (l->item >= 0 && hit > 0)
            term_hit(r.y + i, r.x, 1, r.w - 1, hit, l->item);
    }
    if (top > 0)
        d_glyph(r.y, right, term_attr(R_KEY), G_UP);
    if (top + r.h < p->n)
        d_glyph(r.y + r.h - 1, right, term_attr(R_KEY), G_DOWN);
}
