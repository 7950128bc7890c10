/* dbcharts.c - the debrief's charts page: a character canvas (block and
 * box characters in UTF-8, ASCII otherwise) and the stability, reputation
 * and trust charts drawn on it. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "debrief_int.h"

/* --- a character canvas for charts ------------------------------------- */

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
static void cv_emit(struct doc *o, int indent, const struct canvas *a, const struct canvas *b,
                    int gap)
{
    int h = a->h > (b ? b->h : 0) ? a->h : b->h;
    for (int y = 0; y < h; y++) {
        doc_row(o, indent, 0);
        for (int side = 0; side < (b ? 2 : 1); side++) {
            const struct canvas *c = side ? b : a;
            if (side)
                doc_cell(o, A_NORMAL, gap, 0, "");
            char buf[CV_W * 5 + 1];
            int nb = 0, cols = 0;
            attr_t at = A_NORMAL;
            for (int x = 0; x <= c->w; x++) {
                int end = x == c->w || y >= c->h;
                if (end || (cols && c->a[y][x] != at)) {
                    buf[nb] = 0;
                    if (cols)
                        doc_cell(o, at, cols, 0, buf);
                    nb = cols = 0;
                    if (end) {
                        if (y >= c->h && side == 0 && b)
                            doc_cell(o, A_NORMAL, c->w, 0, "");
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
    doc_end(o);
}

/* --- page 3: charts ------------------------------------------------------ */

#define PRE 5                    /* columns before a chart's plot: "100 |" */

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

/* The mandate's stability per week: a bar per week (the average), a mark
 * at the lowest sector, dashed lines at the thresholds. H is 10 or 20. */
static void chart_stability(const struct debrief *d, struct canvas *c, int w, int H)
{
    int np = d->npoints;
    /* threshold labels on the right when they leave the bars room */
    int colw = point_cols(np, w - 12);
    if (colw < 4 && point_cols(np, w) > colw)
        colw = point_cols(np, w);
    int bw = bar_cols(colw);
    int plot = np * colw;
    int labels = PRE + plot + 12 <= w;
    cv_init(c, PRE + plot + (labels ? 12 : 0), H + 5);
    static const char *const eighths[8] = { "\u2581", "\u2582", "\u2583", "\u2584",
                                            "\u2585", "\u2586", "\u2587", "\u2588" };
    int step = 100 / H;
    for (int y = 0; y < H; y++) {
        int top = (H - y) * step;
        int lab = H == 10 ? top % 20 == 0 : top % 25 == 0;
        if (lab)
            cv_textf(c, y, 0, term_attr(R_DIM), "%3d ", top);
        cv_put(c, y, PRE - 1, term_attr(R_DIM), lab ? gl("\u2524", "+") : gl("\u2502", "|"));
    }
    /* thresholds first: the bars cover them */
    struct { int v; const char *name; } thr[2] = { { d->sc->success_avg, "success" },
                                                   { d->sc->partial_avg, "partial" } };
    int used_row = -1;
    for (int k = 0; k < 2; k++) {
        /* the band just under the value: a bar that covers the line
         * reaches the threshold, dashes above a bar show it fell short */
        int y = H - 1 - (thr[k].v - 1) * H / 100;
        if (y < 0 || y >= H || y == used_row)
            continue;
        used_row = y;
        for (int x = PRE; x < PRE + plot; x++)
            cv_put(c, y, x, term_attr(R_DIM), gl("\u254c", "-"));
        if (labels)
            cv_textf(c, y, PRE + plot + 1, term_attr(R_DIM), "%s %d", thr[k].name, thr[k].v);
    }
    for (int t = 0; t < np; t++) {
        int x0 = PRE + t * colw;
        attr_t a = d->avg[t] >= d->sc->success_avg   ? term_attr(R_GOOD)
                   : d->avg[t] >= d->sc->partial_avg ? term_attr(R_WARN)
                                                     : term_attr(R_BAD);
        int e = (d->avg[t] * H * 8 + 50) / 100;
        for (int y = 0; y < H; y++) {
            int fill = e - (H - 1 - y) * 8;
            if (fill <= 0)
                continue;
            const char *g = term_utf8() ? eighths[fill >= 8 ? 7 : fill - 1]
                                        : fill >= 4 ? "#" : "_";
            for (int x = x0; x < x0 + bw; x++)
                cv_put(c, y, x, a, g);
        }
        int ym = H - 1 - d->min[t] * H / 100;
        if (ym < 0)
            ym = 0;
        if (ym > H - 1)
            ym = H - 1;
        cv_put(c, ym, x0 + (bw - 1) / 2, A_BOLD, gl("\u00d7", "x"));
    }
    x_axis(c, H, np, colw, "  0 ");
    value_row(c, H + 2, "avg", d->avg, np, colw, A_BOLD);
    value_row(c, H + 3, "low", d->min, np, colw, A_NORMAL);
    value_row(c, H + 4, "pool", d->pool, np, colw, term_attr(R_DIM));
    if (colw < 3)
        c->h = H + 2;
}

/* Reputation (the mean trust the others hold in a contingent) per week:
 * one line per contingent, marked by its letter. H is 11 or 21. */
static void chart_trust(const struct dbs *s, struct canvas *c, int w, int H)
{
    const struct debrief *d = s->d;
    int np = d->npoints;
    int colw = point_cols(np, w);
    int lo = 100, hi = 0;
    for (int t = 0; t < np; t++)
        for (int i = 0; i < d->nseats; i++) {
            int v = d->reputation[t][i];
            lo = v < lo ? v : lo;
            hi = v > hi ? v : hi;
        }
    if (lo > hi)
        lo = 0, hi = 100;
    /* a scale of round numbers: each row 1, 2, 5 or 10 points, a label
     * every second row */
    int rows = H - 1, k = 10, min = lo, max = hi;
    static const int steps[] = { 1, 2, 5, 10 };
    for (int i = 0; i < 4; i++) {
        k = steps[i];
        int span = k * rows;
        lo = min / (2 * k) * (2 * k);
        if (lo + span > 100)
            lo = 100 - span;
        if (lo < 0)
            lo = 0;
        hi = lo + span;
        if (hi >= max)
            break;
    }
    int nval = colw >= 3 ? d->nseats : 0;
    cv_init(c, PRE + np * colw, H + 2 + nval);
    for (int y = 0; y < H; y++) {
        int lab = y % 2 == 0;
        if (lab)
            cv_textf(c, y, 0, term_attr(R_DIM), "%3d ", hi - y * k);
        cv_put(c, y, PRE - 1, term_attr(R_DIM), lab ? gl("\u2524", "+") : gl("\u2502", "|"));
    }
    x_axis(c, H, np, colw, "");
#define ROW_OF(v) ((hi - (v)) * 2 / k + 1) / 2
    for (int i = 0; i < d->nseats; i++) {
        attr_t a = seat_attr(d, i);
        for (int t = 0; t + 1 < np; t++) {
            int x0 = col_at(t, colw, 1), x1 = x0 + colw;
            int v0 = d->reputation[t][i], v1 = d->reputation[t + 1][i];
            for (int x = x0 + 1; x < x1; x++) {
                int v = v0 + (v1 - v0) * (x - x0) / (x1 - x0);
                int y = ROW_OF(v);
                if (cv_empty(c, y, x))
                    cv_put(c, y, x, a, DOT);
            }
        }
    }
    for (int i = 0; i < d->nseats; i++) {
        attr_t a = seat_attr(d, i) | A_BOLD;
        for (int t = 0; t < np; t++) {
            int x = col_at(t, colw, 1);
            int y = ROW_OF(d->reputation[t][i]);
            if (y < 0 || y >= H)
                continue;
            if (c->owner[y][x] >= 0 && c->owner[y][x] != i) {
                cv_put(c, y, x, A_BOLD, "*");
            } else {
                cv_put(c, y, x, a, s->tag[i]);
                c->owner[y][x] = (signed char)i;
            }
        }
    }
#undef ROW_OF
    for (int i = 0; i < nval; i++) {
        int v[MAX_TURNS + 1];
        for (int t = 0; t < np; t++)
            v[t] = d->reputation[t][i];
        char lab[8];
        snprintf(lab, sizeof lab, "%s", s->tag[i]);
        value_row(c, H + 2 + i, lab, v, np, colw, seat_attr(d, i));
    }
}

void page_charts(struct dbs *s, struct doc *o)
{
    const struct debrief *d = s->d;
    int w = o->width;
    int big = s->body.h >= 40;
    static struct canvas ca, cb;   /* large: kept off the stack */
    int side = w >= 120;
    int cw = side ? (w - 4) / 2 : w;
    char spark[MAX_TURNS * 4 + 8];
    int ascii = !term_utf8();

    chart_stability(d, &ca, cw, big ? 20 : 10);
    chart_trust(s, &cb, cw, big ? 21 : 11);
    if (side) {
        doc_row(o, 0, 0);
        doc_cell(o, term_attr(R_HEADING), ca.w + 4, 0, "The mandate: stability per week");
        doc_put(o, term_attr(R_HEADING), "Reputation: trust held in each");
        doc_mark(o);
        doc_end(o);
        doc_row(o, 0, 0);
        doc_cell(o, term_attr(R_DIM), ca.w + 4, 0, "bars: average; x: lowest sector");
        doc_put(o, term_attr(R_DIM), "letters: contingents; *: several");
        doc_end(o);
        cv_emit(o, 0, &ca, &cb, 4);
    } else {
        doc_text(o, term_attr(R_HEADING), 0, "The mandate: stability per week");
        doc_mark(o);
        doc_textf(o, term_attr(R_DIM), 0, "Bars: average stability (%s); %s: the lowest "
                  "sector; dashed: success needs %d, partial %d; below %d it collapses. S is "
                  "the start.", ascii ? "#" : "\u2588", gl("\u00d7", "x"), d->sc->success_avg,
                  d->sc->partial_avg, d->sc->collapse_floor);
        cv_emit(o, 0, &ca, NULL, 0);
        heading(o, "Reputation: the trust the others hold in each contingent");
        dim(o, 0, "One line per contingent, marked by its letter (* where several meet); "
                  "the numbers below are the values.");
        cv_emit(o, 0, &cb, NULL, 0);
    }
    doc_row(o, 2, 2);
    for (int i = 0; i < d->nseats; i++) {
        doc_put(o, seat_attr(d, i) | A_BOLD, s->tag[i]);
        doc_put(o, A_NORMAL, " ");
        doc_put(o, seat_attr(d, i), seat_name(d, i));
        doc_put(o, A_NORMAL, "   ");
    }
    doc_end(o);
    if (side)
        doc_textf(o, term_attr(R_DIM), 2, "Stability thresholds: success needs an average of "
                  "%d and no sector below %d; partial %d; below %d the mandate collapses.",
                  d->sc->success_avg, d->sc->success_min, d->sc->partial_avg,
                  d->sc->collapse_floor);

    /* trust pair by pair */
    heading(o, "Trust between contingents, week by week");
    doc_textf(o, term_attr(R_DIM), 0, "How much the first trusts the second, 0-100 (%s), from "
              "the start to the end.",
              ascii ? "low . : - = + * # high" : "\u2581 low, \u2588 high");
    int nw = name_cols(d);
    int last = d->npoints - 1;
    int pairs_side = w >= 2 * (2 * nw + 4 + d->npoints + 20) + 4;
    int col2 = (w - 2) / 2;
    for (int a = 0; a < d->nseats; a++) {
        int in_row = 0;
        for (int b = 0; b < d->nseats; b++) {
            if (a == b)
                continue;
            if (!in_row || !pairs_side)
                doc_row(o, 2, 0);
            else
                doc_to(o, col2);
            int v[MAX_TURNS + 1];
            for (int t = 0; t < d->npoints; t++)
                v[t] = d->trust[t][a][b];
            doc_cell(o, seat_attr(d, a), nw, 0, seat_name(d, a));
            doc_putf(o, A_NORMAL, " %s ", ARROW);
            doc_cell(o, seat_attr(d, b), nw, 0, seat_name(d, b));
            doc_put(o, A_NORMAL, " ");
            doc_put(o, A_NORMAL, debrief_sparkline(v, d->npoints, 0, 100, ascii, spark,
                                                   sizeof spark));
            int delta = v[last] - v[0];
            doc_putf(o, delta <= -15 ? term_attr(R_BAD) : delta >= 15 ? term_attr(R_GOOD)
                                                                      : A_NORMAL,
                     " %3d %s %3d (%+d)", v[0], ARROW, v[last], delta);
            in_row = !in_row;
            if (!pairs_side)
                in_row = 0;
        }
        doc_end(o);
    }

    /* sectors */
    heading(o, "Stability of each sector");
    int sw = 6;
    for (int k = 0; k < d->nsectors; k++) {
        int c = text_cols(d->sc->sectors[k].name, -1);
        sw = c > sw ? c : sw;
    }
    sw = sw > 20 ? 20 : sw;
    for (int k = 0; k < d->nsectors; k++) {
        int v[MAX_TURNS + 1];
        for (int t = 0; t < d->npoints; t++)
            v[t] = d->stability[t][k];
        doc_row(o, 2, 0);
        doc_cell(o, A_NORMAL, sw, 0, d->sc->sectors[k].name);
        doc_put(o, A_NORMAL, " ");
        doc_put(o, A_NORMAL, debrief_sparkline(v, d->npoints, 0, 100, ascii, spark, sizeof spark));
        attr_t a = v[last] < d->sc->success_min ? term_attr(R_BAD) : A_NORMAL;
        doc_putf(o, a, " %3d %s %3d", v[0], ARROW, v[last]);
        if (v[last] < d->sc->success_min)
            doc_putf(o, term_attr(R_BAD), "  below %d", d->sc->success_min);
        doc_end(o);
    }
    heading(o, "The intelligence pool and the mission database");
    doc_row(o, 2, 0);
    doc_cell(o, A_NORMAL, sw, 0, "pool");
    doc_put(o, A_NORMAL, " ");
    doc_put(o, A_NORMAL, debrief_sparkline(d->pool, d->npoints, 0, 100, ascii, spark,
                                           sizeof spark));
    doc_putf(o, A_NORMAL, " %3d %s %3d", d->pool[0], ARROW, d->pool[last]);
    doc_end(o);
    doc_row(o, 2, 0);
    doc_cell(o, A_NORMAL, sw, 0, "centralisation");
    doc_put(o, A_NORMAL, " ");
    doc_put(o, A_NORMAL, debrief_sparkline(d->centralisation, d->npoints, 0, 3, ascii, spark,
                                           sizeof spark));
    doc_putf(o, A_NORMAL, " %3d %s %3d (0-3)", d->centralisation[0], ARROW,
             d->centralisation[last]);
    doc_end(o);
}

