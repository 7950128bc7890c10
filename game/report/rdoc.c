/* rdoc.c - the format-neutral document: blocks and runs appended to
 * growing arrays, strings and values copied into pools. Out of memory,
 * the document stops growing and says so (failed). */
#include "rdoc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
    const char *utf8, *ascii;
} glyphs[RG_COUNT] = {
    [RG_ARROW] = {"\u2192", "->"},
    [RG_DOWN] = {"\u2193", "v"},
    [RG_BY_ON] = {"by \u2193  on \u2192", "by \\ on"},
    [RG_MIDDOT] = {"\u00b7", "."},
    [RG_DASH] = {"\u2014", "-"},
    [RG_TIMES] = {"\u00d7", "x"},
    [RG_DIAG] = {"\u00d7", "x"},
    [RG_HIGHEST] = {"\u2605", "*"},
    [RG_SWATCH] = {"\u25a0", "#"},
    [RG_CHECK] = {"\u2713", "+"},
    [RG_CROSS] = {"\u2717", "x"},
    [RG_LQUOTE] = {"\u2018", "'"},
    [RG_RQUOTE] = {"\u2019", "'"},
    [RG_FULL] = {"\u2588", "#"},
    [RG_SPARK_KEY] = {"\u2581 low, \u2588 high", "low . : - = + * # high"},
    [RG_SECRET] = {"\u25c6", "*"},
    [RG_BULLET] = {"\u2022", "*"},
    [RG_BREAK] = {" ", " "},
};

const char *rdoc_glyph_utf8(int g)
{
    return g >= 0 && g < RG_COUNT ? glyphs[g].utf8 : "?";
}

const char *rdoc_glyph_ascii(int g)
{
    return g >= 0 && g < RG_COUNT ? glyphs[g].ascii : "?";
}

/* Makes room for one more of *n items of size in *p (capacity *cap); 0
 * when out of memory (then the document has failed). */
static int grow(struct rdoc *doc, void **p, int *cap, int n, size_t size)
{
    if (doc->failed)
        return 0;
    if (n < *cap)
        return 1;
    int c = *cap ? *cap * 2 : 64;
    void *q = realloc(*p, (size_t)c * size);
    if (!q) {
        doc->failed = 1;
        return 0;
    }
    *p = q;
    *cap = c;
    return 1;
}

/* Copies s (len bytes) into the string pool; its offset, or -1. */
static int keep(struct rdoc *doc, const char *s, size_t len)
{
    if (!s || doc->failed)
        return -1;
    if (doc->used + len + 1 > doc->capt) {
        size_t c = doc->capt ? doc->capt : 16384;
        while (doc->used + len + 1 > c)
            c *= 2;
        char *t = realloc(doc->text, c);
        if (!t) {
            doc->failed = 1;
            return -1;
        }
        doc->text = t;
        doc->capt = c;
    }
    int off = (int)doc->used;
    memcpy(doc->text + doc->used, s, len);
    doc->used += len;
    doc->text[doc->used++] = 0;
    return off;
}

static int keep_str(struct rdoc *doc, const char *s)
{
    return s ? keep(doc, s, strlen(s)) : -1;
}

struct rdoc *rdoc_new(void)
{
    struct rdoc *doc = calloc(1, sizeof *doc);
    if (!doc)
        return NULL;
    doc->media = RDOC_ALL;
    for (int i = 0; i < MAX_SEATS; i++)
        doc->seat_name[i] = doc->seat_colour[i] = -1;
    return doc;
}

void rdoc_free(struct rdoc *doc)
{
    if (!doc)
        return;
    free(doc->b);
    free(doc->r);
    free(doc->text);
    free(doc->v);
    free(doc->c);
    free(doc->s);
    free(doc->rule);
    free(doc);
}

void rdoc_for(struct rdoc *doc, int media)
{
    doc->media = media;
}

int rdoc_next(const struct rdoc *doc, int k, int media)
{
    for (k++; k < doc->nb; k++)
        if (doc->b[k].media & media)
            return k;
    return -1;
}

const char *rdoc_text(const struct rdoc *doc, int off)
{
    return off >= 0 && (size_t)off < doc->used ? doc->text + off : "";
}

const int *rdoc_values(const struct rdoc *doc, int off)
{
    static const int none[1];
    return off >= 0 && off < doc->nv ? doc->v + off : none;
}

void rdoc_seat(struct rdoc *doc, int seat, const char *name, const char *colour)
{
    if (seat < 0 || seat >= MAX_SEATS)
        return;
    doc->seat_name[seat] = keep_str(doc, name);
    doc->seat_colour[seat] = keep_str(doc, colour);
    if (seat >= doc->nseats)
        doc->nseats = seat + 1;
}

/* --- blocks ------------------------------------------------------------- */

static struct rdoc_block *last(struct rdoc *doc)
{
    return doc->nb && !doc->failed ? &doc->b[doc->nb - 1] : NULL;
}

static int block(struct rdoc *doc, int kind)
{
    if (!grow(doc, (void **)&doc->b, &doc->capb, doc->nb, sizeof *doc->b))
        return -1;
    struct rdoc_block *b = &doc->b[doc->nb];
    memset(b, 0, sizeof *b);
    b->kind = (unsigned char)kind;
    b->media = (unsigned char)doc->media;
    b->grade = -1;
    b->first = doc->nr;
    b->id = b->label = b->cls = b->tip = b->chart = b->letter = b->words = -1;
    return doc->nb++;
}

int rdoc_cover(struct rdoc *doc, const char *short_title, const char *name, const char *kicker)
{
    int k = block(doc, RB_COVER);
    if (k >= 0) {
        int t = keep_str(doc, short_title), n = keep_str(doc, name), c = keep_str(doc, kicker);
        doc->b[k].label = t;
        doc->b[k].id = n;
        doc->b[k].cls = c;
        doc->b[k].number = -1;
    }
    return k;
}

void rdoc_cover_sub(struct rdoc *doc)
{
    struct rdoc_block *b = last(doc);
    if (b)
        b->number = (short)b->nrun;
}

int rdoc_banner(struct rdoc *doc)
{
    return block(doc, RB_BANNER);
}

int rdoc_toc(struct rdoc *doc)
{
    return block(doc, RB_TOC);
}

int rdoc_section(struct rdoc *doc, const char *id, const char *label, int major)
{
    int k = block(doc, RB_SECTION);
    if (k >= 0) {
        int i = keep_str(doc, id), l = keep_str(doc, label);
        doc->b[k].id = i;
        doc->b[k].label = l;
        doc->b[k].flags = major ? RBF_MAJOR : 0;
    }
    return k;
}

int rdoc_section_end(struct rdoc *doc)
{
    return block(doc, RB_SECTION_END);
}

int rdoc_group(struct rdoc *doc, const char *id, const char *cls)
{
    int k = block(doc, RB_GROUP);
    if (k >= 0) {
        int i = keep_str(doc, id), c = keep_str(doc, cls);
        doc->b[k].id = i;
        doc->b[k].cls = c;
    }
    return k;
}

int rdoc_group_end(struct rdoc *doc)
{
    return block(doc, RB_GROUP_END);
}

int rdoc_heading(struct rdoc *doc, int level, int number, const char *id)
{
    int k = block(doc, RB_HEADING);
    if (k >= 0) {
        int i = keep_str(doc, id);
        doc->b[k].level = (signed char)level;
        doc->b[k].number = (short)number;
        doc->b[k].id = i;
        doc->b[k].hang = 2;
    }
    return k;
}

int rdoc_para(struct rdoc *doc)
{
    return block(doc, RB_PARA);
}

int rdoc_row(struct rdoc *doc, int indent, int hang)
{
    int k = block(doc, RB_PARA);
    if (k >= 0) {
        doc->b[k].indent = (short)indent;
        doc->b[k].hang = (short)hang;
    }
    return k;
}

int rdoc_blank(struct rdoc *doc)
{
    return block(doc, RB_BLANK);
}

int rdoc_list(struct rdoc *doc, int ordered, const char *cls)
{
    int k = block(doc, RB_LIST);
    if (k >= 0) {
        int c = keep_str(doc, cls);
        doc->b[k].flags = ordered ? RBF_ORDERED : 0;
        doc->b[k].cls = c;
    }
    return k;
}

int rdoc_item(struct rdoc *doc)
{
    return block(doc, RB_ITEM);
}

int rdoc_list_end(struct rdoc *doc)
{
    return block(doc, RB_LIST_END);
}

int rdoc_table(struct rdoc *doc, int flags, const char *cls)
{
    int k = block(doc, RB_TABLE);
    if (k >= 0) {
        int c = keep_str(doc, cls);
        doc->b[k].flags = (unsigned char)flags;
        doc->b[k].cls = c;
    }
    return k;
}

int rdoc_tr(struct rdoc *doc, int flags, const char *cls)
{
    int k = block(doc, RB_ROW);
    if (k >= 0) {
        int c = keep_str(doc, cls);
        doc->b[k].flags = (unsigned char)flags;
        doc->b[k].cls = c;
    }
    return k;
}

int rdoc_td(struct rdoc *doc, int flags)
{
    int k = block(doc, RB_CELL);
    if (k >= 0) {
        doc->b[k].flags = (unsigned char)flags;
        doc->b[k].number = 1;
    }
    return k;
}

int rdoc_table_end(struct rdoc *doc)
{
    return block(doc, RB_TABLE_END);
}

int rdoc_figure(struct rdoc *doc)
{
    return block(doc, RB_FIGURE);
}

int rdoc_figure_end(struct rdoc *doc)
{
    return block(doc, RB_FIGURE_END);
}

int rdoc_footer(struct rdoc *doc)
{
    return block(doc, RB_FOOTER);
}

int rdoc_page(struct rdoc *doc, const char *tab, const char *wide, const char *title,
              const char *what)
{
    int k = block(doc, RB_PAGE);
    if (k >= 0) {
        int t = keep_str(doc, tab), w = keep_str(doc, wide), h = keep_str(doc, title);
        int i = keep_str(doc, what);
        doc->b[k].label = t;
        doc->b[k].cls = w;
        doc->b[k].tip = h;
        doc->b[k].id = i;
    }
    return k;
}

void rdoc_set_class(struct rdoc *doc, const char *cls)
{
    int c = keep_str(doc, cls);
    struct rdoc_block *b = last(doc);
    if (b)
        b->cls = c;
}

void rdoc_set_tip(struct rdoc *doc, const char *tip)
{
    int t = keep_str(doc, tip);
    struct rdoc_block *b = last(doc);
    if (b)
        b->tip = t;
}

void rdoc_set_mark(struct rdoc *doc)
{
    struct rdoc_block *b = last(doc);
    if (b)
        b->flags |= RBF_MARK;
}

void rdoc_set_span(struct rdoc *doc, int columns)
{
    struct rdoc_block *b = last(doc);
    if (b)
        b->number = (short)columns;
}

void rdoc_set_heat(struct rdoc *doc, int heat, int value, int max)
{
    struct rdoc_block *b = last(doc);
    if (!b)
        return;
    b->heat = (short)heat;
    b->heat_v = (short)value;
    b->heat_max = (short)max;
}

/* --- runs ----------------------------------------------------------------- */

static struct rdoc_run *run(struct rdoc *doc, int kind, unsigned style)
{
    if (!doc->nb)
        rdoc_para(doc);
    if (!grow(doc, (void **)&doc->r, &doc->capr, doc->nr, sizeof *doc->r))
        return NULL;
    struct rdoc_run *r = &doc->r[doc->nr++];
    memset(r, 0, sizeof *r);
    r->kind = (unsigned char)kind;
    r->media = (unsigned char)doc->media;
    r->style = style;
    r->text = r->tip = r->link = r->vals = -1;
    doc->b[doc->nb - 1].nrun++;
    return r;
}

/* A text run of s; data: from a file. */
static struct rdoc_run *text_run(struct rdoc *doc, unsigned style, const char *s, int data)
{
    int off = keep_str(doc, s ? s : "");
    struct rdoc_run *r = off >= 0 ? run(doc, RK_TEXT, style) : NULL;
    if (r) {
        r->text = off;
        r->data = (unsigned char)data;
    }
    return r;
}

void rdoc_lit(struct rdoc *doc, unsigned style, const char *text)
{
    text_run(doc, style, text, 0);
}

void rdoc_litf(struct rdoc *doc, unsigned style, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    text_run(doc, style, buf, 0);
}

void rdoc_str(struct rdoc *doc, unsigned style, const char *text)
{
    text_run(doc, style, text, 1);
}

void rdoc_set_cell(struct rdoc *doc, int width, int right)
{
    if (!doc->nr || doc->failed)
        return;
    doc->r[doc->nr - 1].width = (short)(width > 0 ? width : 0);
    doc->r[doc->nr - 1].right = (unsigned char)(right != 0);
}

void rdoc_fit(struct rdoc *doc, unsigned style, int width, int right, const char *text)
{
    if (text_run(doc, style, text, 1))
        rdoc_set_cell(doc, width, right);
}

void rdoc_fitf(struct rdoc *doc, unsigned style, int width, int right, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    rdoc_fit(doc, style, width, right, buf);
}

void rdoc_to(struct rdoc *doc, int x)
{
    struct rdoc_run *r = run(doc, RK_TO, 0);
    if (r)
        r->width = (short)x;
}

void rdoc_glyph(struct rdoc *doc, unsigned style, int glyph)
{
    struct rdoc_run *r = run(doc, RK_GLYPH, style);
    if (r)
        r->glyph = (short)glyph;
}

/* Copies n values; their offset, or -1. */
static int keep_values(struct rdoc *doc, const int *v, int n)
{
    if (doc->failed || n < 0)
        return -1;
    if (doc->nv + n > doc->capv) {
        int c = doc->capv ? doc->capv : 1024;
        while (doc->nv + n > c)
            c *= 2;
        int *q = realloc(doc->v, (size_t)c * sizeof *q);
        if (!q) {
            doc->failed = 1;
            return -1;
        }
        doc->v = q;
        doc->capv = c;
    }
    int off = doc->nv;
    memcpy(doc->v + off, v, (size_t)n * sizeof *v);
    doc->nv += n;
    return off;
}

void rdoc_spark(struct rdoc *doc, unsigned style, const int *v, int n, int lo, int hi)
{
    int off = keep_values(doc, v, n);
    struct rdoc_run *r = off >= 0 ? run(doc, RK_SPARK, style) : NULL;
    if (!r)
        return;
    r->vals = off;
    r->n = n;
    r->lo = lo;
    r->hi = hi;
}

void rdoc_bar(struct rdoc *doc, unsigned style, int width, int value, int max)
{
    struct rdoc_run *r = run(doc, RK_BAR, style);
    if (!r)
        return;
    r->width = (short)width;
    r->lo = value;
    r->hi = max;
}

void rdoc_badge(struct rdoc *doc, const char *letter, const char *words, int grade)
{
    int l = keep_str(doc, letter), w = keep_str(doc, words);
    struct rdoc_run *r = run(doc, RK_BADGE, 0);
    if (!r)
        return;
    r->text = l;
    r->tip = w;
    r->lo = grade;
}

void rdoc_set_badge(struct rdoc *doc, const char *letter, const char *words, int grade)
{
    int l = keep_str(doc, letter), w = keep_str(doc, words);
    struct rdoc_block *b = last(doc);
    if (!b)
        return;
    b->letter = l;
    b->words = w;
    b->grade = (short)grade;
}

void rdoc_tag(struct rdoc *doc, unsigned tone, int glyph, const char *text)
{
    int t = keep_str(doc, text);
    struct rdoc_run *r = run(doc, RK_TAG, tone);
    if (!r)
        return;
    r->text = t;
    r->glyph = (short)glyph;
}

void rdoc_link(struct rdoc *doc, const char *id)
{
    int i = keep_str(doc, id);
    if (doc->nr && !doc->failed)
        doc->r[doc->nr - 1].link = i;
}

char *rdoc_sparkline(const int *v, int n, int lo, int hi, int ascii, char *buf, size_t size)
{
    static const char *const blocks[8] = {
        "\u2581", "\u2582", "\u2583", "\u2584", "\u2585", "\u2586", "\u2587", "\u2588",
    };
    static const char marks[] = " .:-=+*#";
    size_t k = 0;
    if (size == 0)
        return buf;
    buf[0] = '\0';
    for (int i = 0; i < n; i++) {
        int x = hi > lo ? (v[i] - lo) * 8 / (hi - lo + 1) : 0;
        x = x < 0 ? 0 : x > 7 ? 7 : x;
        const char *c = blocks[x];
        char one[2] = {marks[x], '\0'};
        if (ascii)
            c = one;
        size_t len = strlen(c);
        if (k + len + 1 > size)
            break;
        memcpy(buf + k, c, len);
        k += len;
        buf[k] = '\0';
    }
    return buf;
}

const char *rdoc_spark_text(const struct rdoc *doc, const struct rdoc_run *r, int ascii, char *buf,
                            size_t size)
{
    return rdoc_sparkline(rdoc_values(doc, r->vals), r->n, r->lo, r->hi, ascii, buf, size);
}

/* --- charts ------------------------------------------------------------------ */

int rdoc_chart(struct rdoc *doc, const char *id, const char *title, int npoints, int rows,
               int width)
{
    if (!grow(doc, (void **)&doc->c, &doc->capc, doc->nc, sizeof *doc->c))
        return -1;
    int i = keep_str(doc, id), t = keep_str(doc, title);
    int k = block(doc, RB_CHART);
    if (k < 0)
        return -1;
    struct rdoc_chart *c = &doc->c[doc->nc];
    memset(c, 0, sizeof *c);
    c->id = i;
    c->title = t;
    c->head = c->legend = -1;
    c->npoints = npoints;
    c->first = doc->ns;
    c->rfirst = doc->nrule;
    c->rows = (short)rows;
    c->width = (short)width;
    doc->b[k].chart = doc->nc;
    return doc->nc++;
}

void rdoc_chart_head(struct rdoc *doc, const char *head, const char *legend, int beside)
{
    int h = keep_str(doc, head), l = keep_str(doc, legend);
    if (!doc->nc || doc->failed)
        return;
    struct rdoc_chart *c = &doc->c[doc->nc - 1];
    c->head = h;
    c->legend = l;
    c->beside = (short)(beside != 0);
}

void rdoc_series(struct rdoc *doc, int kind, int line, unsigned style, const int *v,
                 const char *label, const char *tag)
{
    if (!doc->nc)
        return;
    int n = doc->c[doc->nc - 1].npoints;
    int vals = keep_values(doc, v, n), l = keep_str(doc, label), t = keep_str(doc, tag);
    if (!grow(doc, (void **)&doc->s, &doc->caps, doc->ns, sizeof *doc->s))
        return;
    struct rdoc_series *s = &doc->s[doc->ns++];
    memset(s, 0, sizeof *s);
    s->kind = (unsigned char)kind;
    s->line = (unsigned char)line;
    s->style = style;
    s->vals = vals;
    s->label = l;
    s->tag = t;
    doc->c[doc->nc - 1].nseries++;
}

void rdoc_series_values(struct rdoc *doc, unsigned style)
{
    if (!doc->ns || doc->failed)
        return;
    doc->s[doc->ns - 1].values = 1;
    doc->s[doc->ns - 1].vstyle = style;
}

void rdoc_rule(struct rdoc *doc, int value, unsigned style, const char *label)
{
    int l = keep_str(doc, label);
    if (!doc->nc || !grow(doc, (void **)&doc->rule, &doc->caprule, doc->nrule, sizeof *doc->rule))
        return;
    struct rdoc_rule *r = &doc->rule[doc->nrule++];
    r->value = value;
    r->style = style;
    r->label = l;
    doc->c[doc->nc - 1].nrules++;
}
