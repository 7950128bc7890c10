/* hotwash.c - the declassified report document cut into the hot wash's
 * pages, each as plain text lines (hotwash.h): paragraphs and list items
 * wrapped, tables in aligned columns, glyphs in UTF-8, sparklines as
 * block characters. */
#include "hotwash.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/board.h"
#include "../data/data.h"
#include "../data/report_data.h"
#include "../data/utf8.h"
#include "../session/host.h"
#include "debrief.h"
#include "debrief_doc.h"
#include "debrief_host.h"
#include "rdoc.h"

#define HW_CELLS 12              /* columns of a table shown */
#define HW_CELL 200              /* bytes of a cell kept */
#define HW_ROWS 40               /* rows of a table shown */

struct rdoc *hotwash_document(void *host)
{
    struct lesson_book *book = malloc(sizeof *book);
    struct errlist *e = malloc(sizeof *e);
    struct rdoc *doc = NULL;
    if (book && e) {
        errlist_init(e);
        if (data_load_lessons(NULL, book, e)) {
            struct debrief *d = debrief_of_host(host, book);
            struct debrief_doc_opts o = { 0 };
            if (d)
                doc = debrief_document(d, &o);
            debrief_free(d);
        }
    }
    free(book);
    free(e);
    return doc;
}

/* ---- where pages start ---------------------------------------------- */

/* 1 when block k (shown in Markdown) starts a page. *skip is kept: 1
 * inside the journal. */
static int starts(const struct rdoc *doc, int k, int *skip)
{
    const struct rdoc_block *b = &doc->b[k];
    if (b->kind == RB_SECTION)
        *skip = strcmp(rdoc_text(doc, b->id), "journal") == 0;
    if (*skip || b->kind != RB_HEADING || (b->level != 2 && b->level != 3))
        return 0;
    if (b->level == 3)
        return 1;
    /* a chapter whose first part follows at once is no page of its own */
    int n = rdoc_next(doc, k, RDOC_MD);
    while (n >= 0 && (doc->b[n].kind == RB_SECTION || doc->b[n].kind == RB_GROUP))
        n = rdoc_next(doc, n, RDOC_MD);
    return n < 0 || doc->b[n].kind != RB_HEADING || doc->b[n].level != 3;
}

/* The block that starts page p (from 1), -1 none; *chapter: the level 2
 * heading it is part of (-1 none). */
static int page_block(const struct rdoc *doc, int p, int *chapter)
{
    int n = 0, skip = 0;
    *chapter = -1;
    for (int k = rdoc_next(doc, -1, RDOC_MD); k >= 0; k = rdoc_next(doc, k, RDOC_MD)) {
        int start = starts(doc, k, &skip);
        if (doc->b[k].kind == RB_HEADING && doc->b[k].level == 2)
            *chapter = k;
        if (!start)
            continue;
        if (++n == p)
            return k;
    }
    return -1;
}

int hotwash_count(const struct rdoc *doc)
{
    int n = 0, skip = 0;
    for (int k = rdoc_next(doc, -1, RDOC_MD); k >= 0; k = rdoc_next(doc, k, RDOC_MD))
        n += starts(doc, k, &skip);
    return n;
}

/* ---- text ----------------------------------------------------------- */

/* A growing string. */
struct hs {
    char *s;
    size_t n, cap;
};

static void hs_add(struct hs *h, const char *t)
{
    size_t k = strlen(t);
    if (h->n + k + 1 > h->cap) {
        size_t cap = h->cap ? h->cap : 256;
        while (cap < h->n + k + 1)
            cap *= 2;
        char *s = realloc(h->s, cap);
        if (!s)
            return;
        h->s = s;
        h->cap = cap;
    }
    memcpy(h->s + h->n, t, k + 1);
    h->n += k;
}

static const char *glyph(int g)
{
    switch (g) {
    case RG_BREAK: return " ";
    case RG_SWATCH: return "";
    default: return rdoc_glyph_utf8(g);
    }
}

/* t into h without Markdown's backslash escapes: the report's own
 * Markdown words (text from a file is escaped by the renderer, never
 * here, so it comes raw). */
static void hs_add_unescaped(struct hs *h, const char *t)
{
    char buf[256];
    size_t n = 0;
    for (; *t; t++) {
        if (*t == '\\' && t[1] && strchr("\\`*_{}[]()#+-.!|<>", t[1]))
            t++;
        buf[n++] = *t;
        if (n == sizeof buf - 1) {
            buf[n] = 0;
            hs_add(h, buf);
            n = 0;
        }
    }
    buf[n] = 0;
    hs_add(h, buf);
}

/* The Markdown runs of block b as plain text into h. */
static void block_text(const struct rdoc *doc, const struct rdoc_block *b, struct hs *h)
{
    char spark[160];
    for (int k = b->first; k < b->first + b->nrun; k++) {
        const struct rdoc_run *r = &doc->r[k];
        if (!(r->media & RDOC_MD))
            continue;
        const char *t = rdoc_text(doc, r->text);
        switch (r->kind) {
        case RK_TEXT: case RK_TAG:
            if (r->data)
                hs_add(h, t);
            else
                hs_add_unescaped(h, t);
            break;
        case RK_GLYPH: hs_add(h, glyph(r->glyph)); break;
        case RK_SPARK: hs_add(h, rdoc_spark_text(doc, r, 0, spark, sizeof spark)); break;
        case RK_BADGE:
            hs_add(h, r->lo ? t : "-");
            if (r->lo) {
                hs_add(h, " (");
                hs_add(h, rdoc_text(doc, r->tip));
                hs_add(h, ")");
            }
            break;
        default: break;
        }
    }
    if (!h->s)
        hs_add(h, "");
}

/* s into out[n], cut at a character's start when it does not fit. */
static void copy_utf8(char *out, size_t n, const char *s)
{
    size_t k = strlen(s);
    if (k >= n) {
        k = n - 1;
        while (k > 0 && ((unsigned char)s[k] & 0xc0) == 0x80)
            k--;
    }
    memcpy(out, s, k);
    out[k] = 0;
}

/* The lines being written. */
struct out {
    char *lines;
    size_t ln;
    int n, max, cols, cut;
};

static void put(struct out *o, const char *s, size_t len)
{
    if (o->n >= o->max) {
        o->cut = 1;
        return;
    }
    char *l = o->lines + (size_t)o->n++ * o->ln;
    if (len >= o->ln) {
        len = o->ln - 1;
        while (len > 0 && ((unsigned char)s[len] & 0xc0) == 0x80)
            len--;
    }
    memcpy(l, s, len);
    l[len] = 0;
    /* control characters (tabs, breaks) show as spaces */
    for (char *p = l; *p; p++)
        if ((unsigned char)*p < 0x20)
            *p = ' ';
}

static void blank(struct out *o)
{
    if (o->n > 0 && o->lines[(size_t)(o->n - 1) * o->ln])
        put(o, "", 0);
}

/* s wrapped at o->cols: the first line after lead, the next after as
 * many spaces. */
static void wrap(struct out *o, const char *lead, const char *s)
{
    size_t lw = strlen(lead);
    char line[4 * 256];
    int first = 1;
    while (*s == ' ')
        s++;
    do {
        size_t k = 0;
        long used = 0;
        memcpy(line, first ? lead : "", first ? lw : 0);
        if (!first)
            memset(line, ' ', lw);
        k = lw;
        used = (long)lw;
        const char *p = s, *brk = NULL;
        size_t kbrk = 0;
        while (*p) {
            unsigned cp = 0;
            size_t step = utf8_decode(p, &cp);
            if (!step)
                cp = '?', step = 1;
            int w = utf8_cp_width(cp);
            if (used + w > o->cols || k + step >= sizeof line)
                break;
            if (*p == ' ')
                brk = p, kbrk = k;
            memcpy(line + k, p, step);
            k += step;
            used += w;
            p += step;
        }
        if (*p && brk && brk > s)
            k = kbrk, p = brk;
        put(o, line, k);
        while (*p == ' ')
            p++;
        s = p;
        first = 0;
    } while (*s);
}

/* The table at block k, in aligned columns; the block after it. */
static int table(const struct rdoc *doc, int k, struct out *o)
{
    char(*cell)[HW_CELLS][HW_CELL] = malloc(sizeof *cell * HW_ROWS);
    if (!cell)
        return k;
    int width[HW_CELLS] = { 0 }, nrows = 0, ncols = 0, more = 0, head = -1;
    int j = k + 1;
    for (; j < doc->nb && doc->b[j].kind != RB_TABLE_END; j++) {
        const struct rdoc_block *b = &doc->b[j];
        if (!(b->media & RDOC_MD))
            continue;
        if (b->kind == RB_ROW) {
            if (nrows == HW_ROWS) {
                more = 1;
            } else {
                if (b->flags & RBF_HEAD && head < 0)
                    head = nrows;
                memset(cell[nrows++], 0, sizeof cell[0]);
            }
            ncols = 0;
            continue;
        }
        if (b->kind != RB_CELL || !nrows || more || ncols >= HW_CELLS)
            continue;
        struct hs h = { 0 };
        block_text(doc, b, &h);
        copy_utf8(cell[nrows - 1][ncols], HW_CELL, h.s ? h.s : "");
        free(h.s);
        long w = utf8_cols(cell[nrows - 1][ncols]);
        if (w > width[ncols])
            width[ncols] = (int)w;
        ncols++;
    }
    /* aligned columns when they fit the page, else a row a list item,
     * each cell after the first labelled by its column's head (the head
     * row itself then goes; a cell under its own row's head - a matrix's
     * diagonal - too) */
    long total = 0;
    for (int c = 0; c < HW_CELLS; c++)
        total += width[c] ? width[c] + 2 : 0;
    int aligned = total - 2 <= o->cols;
    char *line = malloc(HW_CELLS * (2 * HW_CELL + 4) + 1);
    for (int r = 0; r < nrows && line; r++) {
        size_t n = 0;
        int labelled = 0;
        if (!aligned && r == head)
            continue;
        for (int c = 0; c < HW_CELLS && (c == 0 || cell[r][c][0] || width[c]); c++) {
            size_t bytes = strlen(cell[r][c]);
            const char *label = !aligned && head >= 0 && c > 0 ? cell[head][c] : "";
            if (!aligned && c > 0 && (!bytes || (label[0] && !strcmp(label, cell[r][0]))))
                continue;
            if (!aligned && c > 0) {
                memcpy(line + n, labelled++ ? "; " : ": ", 2);
                n += 2;
                if (label[0]) {
                    size_t lb = strlen(label);
                    memcpy(line + n, label, lb);
                    n += lb;
                    line[n++] = ' ';
                }
            }
            memcpy(line + n, cell[r][c], bytes);
            n += bytes;
            long pad = aligned ? width[c] - utf8_cols(cell[r][c]) + 2 : 0;
            while (pad-- > 0)
                line[n++] = ' ';
        }
        while (n > 0 && line[n - 1] == ' ')
            n--;
        line[n] = 0;
        wrap(o, aligned ? "" : "- ", line);
    }
    free(line);
    if (more)
        put(o, "  (more rows in the report)", 27);
    free(cell);
    return j;
}

int hotwash_title(const struct rdoc *doc, int p, char *title, size_t tn)
{
    int chapter, k = page_block(doc, p, &chapter);
    if (k < 0)
        return 0;
    struct hs h = { 0 };
    if (chapter >= 0 && chapter != k) {
        block_text(doc, &doc->b[chapter], &h);
        hs_add(&h, " - ");
    }
    block_text(doc, &doc->b[k], &h);
    copy_utf8(title, tn, h.s ? h.s : "");
    free(h.s);
    return 1;
}

int hotwash_page(const struct rdoc *doc, int p, int cols, char *lines, size_t ln, int max)
{
    int chapter, k = page_block(doc, p, &chapter), skip = 0;
    if (k < 0)
        return -1;
    struct out o = { lines, ln, 0, max - 2, cols, 0 };   /* room for the note below */
    for (k = rdoc_next(doc, k, RDOC_MD); k >= 0; k = rdoc_next(doc, k, RDOC_MD)) {
        const struct rdoc_block *b = &doc->b[k];
        starts(doc, k, &skip);
        if (skip || (b->kind == RB_HEADING && (b->level == 2 || b->level == 3)))
            break;
        struct hs h = { 0 };
        switch (b->kind) {
        case RB_HEADING:
            blank(&o);
            block_text(doc, b, &h);
            wrap(&o, "", h.s);
            break;
        case RB_PARA:
            blank(&o);
            block_text(doc, b, &h);
            wrap(&o, "", h.s);
            break;
        case RB_ITEM:
            block_text(doc, b, &h);
            wrap(&o, "- ", h.s);
            break;
        case RB_LIST:
        case RB_TABLE:
            blank(&o);
            if (b->kind == RB_TABLE)
                k = table(doc, k, &o);
            break;
        default:
            break;
        }
        free(h.s);
    }
    o.max += 2;
    if (o.cut)
        wrap(&o, "", "(the rest of this part is in the after-action report)");
    return o.n;
}

int hotwash_board(void *host, int p, int cols, struct board *b)
{
    struct rdoc *doc = hotwash_document(host);
    b->page = b->npages = b->nlines = 0;
    b->title[0] = 0;
    if (!doc)
        return 0;
    cols = cols <= 0 ? HOTWASH_COLS : cols < HOTWASH_MIN_COLS ? HOTWASH_MIN_COLS
         : cols > HOTWASH_MAX_COLS ? HOTWASH_MAX_COLS : cols;
    int n = hotwash_page(doc, p, cols, b->lines[0], sizeof b->lines[0], BOARD_LINES);
    if (n >= 0) {
        hotwash_title(doc, p, b->title, sizeof b->title);
        b->page = p;
        b->npages = hotwash_count(doc);
        b->nlines = n;
    }
    rdoc_free(doc);
    return n >= 0;
}

int hotwash_titles(void *host, char *titles, size_t tlen, int max)
{
    if (!host_ended(host))
        return 0;
    struct rdoc *doc = hotwash_document(host);
    if (!doc)
        return 0;
    int n = hotwash_count(doc);
    if (n > max)
        n = max;
    for (int p = 1; p <= n; p++)
        hotwash_title(doc, p, titles + (size_t)(p - 1) * tlen, tlen);
    rdoc_free(doc);
    return n;
}
