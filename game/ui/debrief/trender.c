/* trender.c - a document rendered into the terminal document: blocks as
 * rows, runs as attributed text; runs of one attribute go in together,
 * so that they wrap as one. */
#include "trender.h"

#include <stdio.h>
#include <string.h>

#include "../../report/rdoc.h"

int trender_pages(const struct rdoc *doc)
{
    int n = 0;
    for (int k = rdoc_next(doc, -1, RDOC_TTY); k >= 0; k = rdoc_next(doc, k, RDOC_TTY))
        n += doc->b[k].kind == RB_PAGE;
    return n;
}

int trender_page_block(const struct rdoc *doc, int p)
{
    for (int k = rdoc_next(doc, -1, RDOC_TTY); k >= 0; k = rdoc_next(doc, k, RDOC_TTY))
        if (doc->b[k].kind == RB_PAGE && p-- == 0)
            return k;
    return -1;
}

attr_t trender_attr(const struct rdoc *doc, unsigned style)
{
    static const int roles[] = {
        [RT_DIM] = R_DIM, [RT_GOOD] = R_GOOD,       [RT_BAD] = R_BAD,         [RT_WARN] = R_WARN,
        [RT_KEY] = R_KEY, [RT_HEADING] = R_HEADING, [RT_PRIVATE] = R_PRIVATE,
    };
    unsigned tone = RSTYLE_TONE(style);
    attr_t a = A_NORMAL;
    if (tone == RT_SEAT) {
        int seat = RSTYLE_SEAT(style);
        a = seat < doc->nseats ? term_colour_attr(rdoc_text(doc, doc->seat_colour[seat])) : A_BOLD;
    } else if (tone != RT_NORMAL && tone < sizeof roles / sizeof roles[0]) {
        a = term_attr(roles[tone]);
    }
    if (style & RS_STRONG)
        a |= A_BOLD;
    if (style & RS_REVERSE)
        a |= A_REVERSE;
    return a;
}

static const char *glyph(int g)
{
    if (g == RG_SECRET)
        return term_glyph(G_SECRET);
    if (g == RG_BULLET)
        return term_glyph(G_BULLET);
    return term_utf8() ? rdoc_glyph_utf8(g) : rdoc_glyph_ascii(g);
}

/* A bar of w columns, value of max: at least one full cell for a value
 * above nothing. */
static void bar(struct page *pg, attr_t a, int w, int value, int max)
{
    int n = max > 0 ? (value * w + max / 2) / max : 0;
    n = n < 0 ? 0 : n > w ? w : n;
    if (value > 0 && !n)
        n = 1;
    char full[512] = "", empty[512] = "";
    for (int i = 0; i < w && i < 120; i++)
        strcat(i < n ? full : empty, i < n ? term_glyph(G_FULL) : term_glyph(G_EMPTY));
    if (n)
        page_cell(pg, a, n, 0, full);
    if (w > n)
        page_cell(pg, term_attr(R_DIM), w - n, 0, empty);
}

/* Text gathered to go in as one run. */
struct pending {
    char buf[4096];
    size_t len;
    attr_t a;
};

static void flush(struct page *pg, struct pending *p)
{
    if (p->len)
        page_put(pg, p->a, p->buf);
    p->len = 0;
    p->buf[0] = 0;
}

static void gather(struct page *pg, struct pending *p, attr_t a, const char *s)
{
    size_t n = strlen(s);
    if (p->len && (p->a != a || p->len + n + 1 > sizeof p->buf))
        flush(pg, p);
    if (n + 1 > sizeof p->buf) {
        page_put(pg, a, s);
        return;
    }
    p->a = a;
    memcpy(p->buf + p->len, s, n + 1);
    p->len += n;
}

static void runs(struct page *pg, const struct rdoc *doc, const struct rdoc_block *b)
{
    struct pending p = {.len = 0};
    char spark[128];
    for (int i = b->first; i < b->first + b->nrun; i++) {
        const struct rdoc_run *r = &doc->r[i];
        if (!(r->media & RDOC_TTY))
            continue;
        attr_t a = trender_attr(doc, r->style);
        const char *text = rdoc_text(doc, r->text);
        if (r->kind == RK_GLYPH)
            text = glyph(r->glyph);
        else if (r->kind == RK_SPARK)
            text = rdoc_spark_text(doc, r, !term_utf8(), spark, sizeof spark);
        if (r->kind == RK_TO || r->kind == RK_BAR || r->width) {
            flush(pg, &p);
            if (r->kind == RK_TO)
                page_to(pg, r->width);
            else if (r->kind == RK_BAR)
                bar(pg, a, r->width, r->lo, r->hi);
            else
                page_cell(pg, a, r->width, r->right, text);
            continue;
        }
        gather(pg, &p, a, text);
    }
    flush(pg, &p);
}

void trender_page(struct page *pg, const struct rdoc *doc, int p)
{
    int k = p >= 0 ? trender_page_block(doc, p) : -1;
    if (k < 0)
        return;
    for (k = rdoc_next(doc, k, RDOC_TTY); k >= 0; k = rdoc_next(doc, k, RDOC_TTY)) {
        const struct rdoc_block *b = &doc->b[k];
        if (b->kind == RB_PAGE)
            break;
        switch (b->kind) {
        case RB_PARA:
            page_row(pg, b->indent, b->hang);
            if (b->flags & RBF_MARK)
                page_mark(pg);
            runs(pg, doc, b);
            page_end(pg);
            break;
        case RB_BLANK:
            page_blank(pg);
            break;
        case RB_CHART: {
            int next = rdoc_next(doc, k, RDOC_TTY);
            int beside =
                next >= 0 && doc->b[next].kind == RB_CHART && doc->c[doc->b[next].chart].beside;
            trender_chart(pg, doc, b->chart, beside ? doc->b[next].chart : -1);
            if (beside)
                k = next;
            break;
        }
        default:
            break; /* print's (covers, sections, tables...): not on a page */
        }
    }
}
