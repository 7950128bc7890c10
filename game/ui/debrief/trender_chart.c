/* trender_chart.c - a document's charts on a character canvas (block and
 * box characters in UTF-8, ASCII otherwise): a chart with a bar series
 * draws a bar a point against its thresholds, on a scale of 0 to 100,
 * with a mark for a mark series; one of lines draws each series as a
 * dotted line marked by its tag, on a scale that fits them; the values
 * go under the chart. Two charts may stand side by side. */
#include "trender.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../report/rdoc.h"

static const char *gl(const char *utf8, const char *ascii)
{
    return term_utf8() ? utf8 : ascii;
}

/* --- a character canvas ------------------------------------------------- */

#define CV_H 48
#define CV_W 160

struct canvas {
    int w, h;
    char c[CV_H][CV_W][5];
    attr_t a[CV_H][CV_W];
    signed char owner[CV_H][CV_W]; /* series whose marker is there, or -1 */
};

static void cv_init(struct canvas *c, int w, int h)
{
    c->w = w < CV_W ? w : CV_W;
    c->h = h < CV_H ? h : CV_H;
    for (int y = 0; y < CV_H; y++)
        for (int x = 0; x < CV_W; x++) {
            c->c[y][x][0] = ' ';
            c->c[y][x][1] = 0;
            c->a[y][x] = A_NORMAL;
            c->owner[y][x] = -1;
        }
}

static int cv_empty(const struct canvas *c, int y, int x)
{
    return y >= 0 && y < c->h && x >= 0 && x < c->w && c->c[y][x][0] == ' ' && !c->c[y][x][1];
}

static void cv_put(struct canvas *c, int y, int x, attr_t a, const char *g)
{
    if (y < 0 || y >= c->h || x < 0 || x >= c->w)
        return;
    int cols;
    int k = text_char(g, &cols);
    if (k > 4)
        k = 4;
    memcpy(c->c[y][x], g, (size_t)k);
    c->c[y][x][k] = 0;
    c->a[y][x] = a;
}

static int cv_text(struct canvas *c, int y, int x, attr_t a, const char *s)
{
    int n = 0;
    for (int i = 0; s[i];) {
        int cols;
        int k = text_char(s + i, &cols);
        cv_put(c, y, x + n, a, s + i);
        n++;
        i += k;
    }
    return n;
}

static void cv_textf(struct canvas *c, int y, int x, attr_t a, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static void cv_textf(struct canvas *c, int y, int x, attr_t a, const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    cv_text(c, y, x, a, buf);
}

/* Emits the canvas as rows of the document; b (may be NULL) goes beside
 * it after gap columns. */
static void cv_emit(struct page *o, int indent, const struct canvas *a, const struct canvas *b,
                    int gap)
{
    int h = a->h > (b ? b->h : 0) ? a->h : b->h;
    for (int y = 0; y < h; y++) {
        page_row(o, indent, 0);
        for (int side = 0; side < (b ? 2 : 1); side++) {
            const struct canvas *c = side ? b : a;
            if (side)
                page_cell(o, A_NORMAL, gap, 0, "");
            char buf[CV_W * 5 + 1];
            int nb = 0, cols = 0;
            attr_t at = A_NORMAL;
            for (int x = 0; x <= c->w; x++) {
                int end = x == c->w || y >= c->h;
                if (end || (cols && c->a[y][x] != at)) {
                    buf[nb] = 0;
                    if (cols)
                        page_cell(o, at, cols, 0, buf);
                    nb = cols = 0;
                    if (end) {
                        if (y >= c->h && side == 0 && b)
                            page_cell(o, A_NORMAL, c->w, 0, "");
                        break;
                    }
                }
                at = c->a[y][x];
                size_t k = strlen(c->c[y][x]);
                memcpy(buf + nb, c->c[y][x], k);
                nb += (int)k;
                cols++;
            }
        }
    }
    page_end(o);
}

/* --- the charts ----------------------------------------------------------- */

#define PRE 5 /* columns before a chart's plot: "100 |" */

/* Columns per point for n points in w columns (2..7). */
static int point_cols(int n, int w)
{
    int c = n > 0 ? (w - PRE - 1) / n : 3;
    return c < 2 ? 2 : c > 7 ? 7 : c;
}

/* Columns of the bar (or the band round a point) of a chart column. */
static int bar_cols(int colw)
{
    return colw >= 6 ? colw - 2 : colw - 1;
}

/* Where text of len columns starts, centred under column t. */
static int col_at(int t, int colw, int len)
{
    return PRE + t * colw + (bar_cols(colw) - len + 1) / 2;
}

/* The x axis (its zero labelled by zero, may be "") and the weeks under
 * it, at rows y, y + 1. */
static void x_axis(struct canvas *c, int y, int np, int colw, const char *zero)
{
    cv_text(c, y, 0, term_attr(R_DIM), zero);
    cv_put(c, y, PRE - 1, term_attr(R_DIM), gl("\u2514", "+"));
    for (int x = PRE; x < PRE + np * colw; x++)
        cv_put(c, y, x, term_attr(R_DIM), gl("\u2500", "-"));
    cv_text(c, y + 1, 0, term_attr(R_DIM), "week");
    for (int t = 0; t < np; t++) {
        char lab[8];
        snprintf(lab, sizeof lab, t ? "%d" : "S", t);
        cv_text(c, y + 1, col_at(t, colw, (int)strlen(lab)), term_attr(R_DIM), lab);
    }
}

/* A row of numbers under the columns of a chart; returns 1 if drawn. */
static int value_row(struct canvas *c, int y, const char *label, const int *v, int np, int colw,
                     attr_t a)
{
    int wide = 0;
    for (int t = 0; t < np; t++)
        wide |= v[t] >= 100 || v[t] <= -10;
    if (colw < 3 || (colw < 4 && wide))
        return 0;
    cv_text(c, y, 0, term_attr(R_DIM), label);
    for (int t = 0; t < np; t++) {
        char num[16];
        snprintf(num, sizeof num, "%d", v[t]);
        cv_text(c, y, col_at(t, colw, (int)strlen(num)), a, num);
    }
    return 1;
}

/* The values of a chart's series that show theirs, a row each from row
 * y (a row left empty where they do not fit). */
static void value_rows(const struct rdoc *doc, const struct rdoc_chart *ch, struct canvas *c, int y,
                       int colw)
{
    for (int i = 0; i < ch->nseries; i++) {
        const struct rdoc_series *s = &doc->s[ch->first + i];
        if (!s->values)
            continue;
        value_row(c, y++, rdoc_text(doc, s->tag), rdoc_values(doc, s->vals), ch->npoints, colw,
                  trender_attr(doc, s->vstyle));
    }
}

/* The tone of a bar of value v: the first threshold it reaches, else bad. */
static attr_t bar_attr(const struct rdoc *doc, const struct rdoc_chart *ch, int v)
{
    for (int k = 0; k < ch->nrules; k++)
        if (v >= doc->rule[ch->rfirst + k].value)
            return trender_attr(doc, doc->rule[ch->rfirst + k].style);
    return term_attr(R_BAD);
}

/* Dashed lines at the thresholds (the band just under each value: a bar
 * that covers the line reaches it, dashes above a bar show it fell
 * short), labelled on the right when labels. */
static void rules(const struct rdoc *doc, const struct rdoc_chart *ch, struct canvas *c, int H,
                  int plot, int labels)
{
    int used_row = -1;
    for (int k = 0; k < ch->nrules; k++) {
        const struct rdoc_rule *r = &doc->rule[ch->rfirst + k];
        int y = H - 1 - (r->value - 1) * H / 100;
        if (y < 0 || y >= H || y == used_row)
            continue;
        used_row = y;
        for (int x = PRE; x < PRE + plot; x++)
            cv_put(c, y, x, term_attr(R_DIM), gl("\u254c", "-"));
        if (labels)
            cv_textf(c, y, PRE + plot + 1, term_attr(R_DIM), "%s %d", rdoc_text(doc, r->label),
                     r->value);
    }
}

/* A bar a point of the bar series, a mark at each of the mark series',
 * on 0 to 100 in H rows (10 or 20). */
static void chart_bars(const struct rdoc *doc, const struct rdoc_chart *ch, struct canvas *c)
{
    static const char *const eighths[8] = {"\u2581", "\u2582", "\u2583", "\u2584",
                                           "\u2585", "\u2586", "\u2587", "\u2588"};
    int np = ch->npoints, w = ch->width, H = ch->rows;
    /* threshold labels on the right when they leave the bars room */
    int colw = point_cols(np, w - 12);
    if (colw < 4 && point_cols(np, w) > colw)
        colw = point_cols(np, w);
    int bw = bar_cols(colw);
    int plot = np * colw;
    int labels = PRE + plot + 12 <= w;
    cv_init(c, PRE + plot + (labels ? 12 : 0), H + 5);
    int step = 100 / H;
    for (int y = 0; y < H; y++) {
        int top = (H - y) * step;
        int lab = H == 10 ? top % 20 == 0 : top % 25 == 0;
        if (lab)
            cv_textf(c, y, 0, term_attr(R_DIM), "%3d ", top);
        cv_put(c, y, PRE - 1, term_attr(R_DIM), lab ? gl("\u2524", "+") : gl("\u2502", "|"));
    }
    rules(doc, ch, c, H, plot, labels); /* first: the bars cover them */
    for (int i = 0; i < ch->nseries; i++) {
        const struct rdoc_series *s = &doc->s[ch->first + i];
        const int *v = rdoc_values(doc, s->vals);
        for (int t = 0; t < np && s->kind == RC_BAR; t++) {
            int x0 = PRE + t * colw, e = (v[t] * H * 8 + 50) / 100;
            attr_t a = bar_attr(doc, ch, v[t]);
            for (int y = 0; y < H; y++) {
                int fill = e - (H - 1 - y) * 8;
                if (fill <= 0)
                    continue;
                const char *g = term_utf8() ? eighths[fill >= 8 ? 7 : fill - 1]
                                : fill >= 4 ? "#"
                                            : "_";
                for (int x = x0; x < x0 + bw; x++)
                    cv_put(c, y, x, a, g);
            }
        }
        for (int t = 0; t < np && s->kind == RC_MARK; t++) {
            int ym = H - 1 - v[t] * H / 100;
            ym = ym < 0 ? 0 : ym > H - 1 ? H - 1 : ym;
            cv_put(c, ym, PRE + t * colw + (bw - 1) / 2, A_BOLD, gl("\u00d7", "x"));
        }
    }
    x_axis(c, H, np, colw, "  0 ");
    value_rows(doc, ch, c, H + 2, colw);
    if (colw < 3)
        c->h = H + 2;
}

/* The scale of a chart of lines in H rows: each row 1, 2, 5 or 10 points
 * (*k), a label every second row, from *hi down. */
static void line_scale(const struct rdoc *doc, const struct rdoc_chart *ch, int H, int *hi, int *k)
{
    int lo = 100, top = 0;
    for (int i = 0; i < ch->nseries; i++) {
        const int *v = rdoc_values(doc, doc->s[ch->first + i].vals);
        for (int t = 0; t < ch->npoints; t++) {
            lo = v[t] < lo ? v[t] : lo;
            top = v[t] > top ? v[t] : top;
        }
    }
    if (lo > top)
        lo = 0, top = 100;
    static const int steps[] = {1, 2, 5, 10};
    int rows = H - 1, min = lo;
    for (int i = 0; i < 4; i++) {
        *k = steps[i];
        int span = *k * rows;
        lo = min / (2 * *k) * (2 * *k);
        if (lo + span > 100)
            lo = 100 - span;
        if (lo < 0)
            lo = 0;
        *hi = lo + span;
        if (*hi >= top)
            break;
    }
}

/* Each series a dotted line between its points, marked by its tag ("*"
 * where several meet), in H rows (11 or 21). */
static void chart_lines(const struct rdoc *doc, const struct rdoc_chart *ch, struct canvas *c)
{
    int np = ch->npoints, H = ch->rows, n = ch->nseries;
    int colw = point_cols(np, ch->width), hi = 100, k = 10;
    line_scale(doc, ch, H, &hi, &k);
    cv_init(c, PRE + np * colw, H + 2 + (colw >= 3 ? n : 0));
    for (int y = 0; y < H; y++) {
        int lab = y % 2 == 0;
        if (lab)
            cv_textf(c, y, 0, term_attr(R_DIM), "%3d ", hi - y * k);
        cv_put(c, y, PRE - 1, term_attr(R_DIM), lab ? gl("\u2524", "+") : gl("\u2502", "|"));
    }
    x_axis(c, H, np, colw, "");
#define ROW_OF(v) ((hi - (v)) * 2 / k + 1) / 2
    for (int i = 0; i < n; i++) {
        const struct rdoc_series *s = &doc->s[ch->first + i];
        const int *v = rdoc_values(doc, s->vals);
        attr_t a = trender_attr(doc, s->style);
        for (int t = 0; t + 1 < np; t++) {
            int x0 = col_at(t, colw, 1), x1 = x0 + colw;
            for (int x = x0 + 1; x < x1; x++) {
                int y = ROW_OF(v[t] + (v[t + 1] - v[t]) * (x - x0) / (x1 - x0));
                if (cv_empty(c, y, x))
                    cv_put(c, y, x, a, gl("\u00b7", "."));
            }
        }
    }
    for (int i = 0; i < n; i++) {
        const struct rdoc_series *s = &doc->s[ch->first + i];
        const int *v = rdoc_values(doc, s->vals);
        attr_t a = trender_attr(doc, s->style) | A_BOLD;
        for (int t = 0; t < np; t++) {
            int x = col_at(t, colw, 1), y = ROW_OF(v[t]);
            if (y < 0 || y >= H)
                continue;
            if (c->owner[y][x] >= 0 && c->owner[y][x] != i) {
                cv_put(c, y, x, A_BOLD, "*");
            } else {
                cv_put(c, y, x, a, rdoc_text(doc, s->tag));
                c->owner[y][x] = (signed char)i;
            }
        }
    }
#undef ROW_OF
    if (colw >= 3)
        value_rows(doc, ch, c, H + 2, colw);
}

static void draw(const struct rdoc *doc, int k, struct canvas *c)
{
    const struct rdoc_chart *ch = &doc->c[k];
    int bars = 0;
    for (int i = 0; i < ch->nseries; i++)
        bars |= doc->s[ch->first + i].kind == RC_BAR;
    if (bars)
        chart_bars(doc, ch, c);
    else
        chart_lines(doc, ch, c);
}

void trender_chart(struct page *pg, const struct rdoc *doc, int k, int beside)
{
    if (k < 0 || k >= doc->nc)
        return;
    /* large: on the heap, not the stack */
    struct canvas *c = term_xrealloc(NULL, sizeof *c * (beside >= 0 ? 2 : 1));
    draw(doc, k, &c[0]);
    if (beside < 0 || beside >= doc->nc) {
        cv_emit(pg, 0, &c[0], NULL, 0);
        free(c);
        return;
    }
    draw(doc, beside, &c[1]);
    const struct rdoc_chart *a = &doc->c[k], *b = &doc->c[beside];
    page_row(pg, 0, 0);
    page_cell(pg, term_attr(R_HEADING), c[0].w + 4, 0, rdoc_text(doc, a->head));
    page_put(pg, term_attr(R_HEADING), rdoc_text(doc, b->head));
    page_mark(pg);
    page_end(pg);
    page_row(pg, 0, 0);
    page_cell(pg, term_attr(R_DIM), c[0].w + 4, 0, rdoc_text(doc, a->legend));
    page_put(pg, term_attr(R_DIM), rdoc_text(doc, b->legend));
    page_end(pg);
    cv_emit(pg, 0, &c[0], &c[1], 4);
    free(c);
}
