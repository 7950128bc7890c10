/* scr_debrief.c - the debrief after the result (GAME.md section 10): seven
 * pages the players flip through, drawn from the debrief model alone
 * (game/report/debrief.h): the declassified timeline, who spied on whom,
 * trust and stability charts, both scores, the learning objectives that
 * came up, the improvement plan and the AI's reasons. Every page scrolls;
 * charts are block and box characters in UTF-8, plain ASCII otherwise,
 * and say in words or marks what colour shows. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../ai/ai.h"
#include "../report/debrief.h"
#include "cui.h"
#include "doc.h"

enum dpage { DP_TIMELINE, DP_SPY, DP_CHARTS, DP_SCORES, DP_LESSONS, DP_PLAN, DP_REASONS,
             DP_COUNT };

static const struct {
    const char *tab, *wide, *title;
} pages[DP_COUNT] = {
    { "Timeline", "Declassified timeline", "Declassified timeline: every hidden order by week" },
    { "Spying", "Who spied on whom", "Who spied on whom" },
    { "Charts", "Trust & stability", "Trust and stability over time" },
    { "Scores", "Both scores", "Both scores: the mandate and the capitals" },
    { "Objectives", "Learning objectives", "Learning objectives that came up" },
    { "Plan", "Improvement plan", "Strengths, areas for improvement, improvement plan" },
    { "AI reasons", "The AI's reasons", "The AI's reasons for its key decisions" },
};

#define DOC_MAX_W 140            /* the widest a page grows */

struct dbs {
    struct cui *u;
    const struct debrief *d;
    const char *file;            /* the save that holds the game, or "" */
    int page;
    int top[DP_COUNT];
    char tag[MAX_SEATS][2];      /* one character per contingent, for charts */
    struct doc doc, help;
    int built_page, built_w, built_h;
    struct rect body;
    int help_top;
};

static const char *gl(const char *utf8, const char *ascii)
{
    return term_utf8() ? utf8 : ascii;
}

#define ARROW gl("\u2192", "->")
#define DOT gl("\u00b7", ".")
#define DASH gl("\u2014", "-")

static attr_t seat_attr(const struct debrief *d, int seat)
{
    if (seat < 0 || seat >= d->nseats)
        return A_BOLD;
    return term_colour_attr(d->sc->seats[seat].colour);
}

static const char *seat_name(const struct debrief *d, int seat)
{
    return debrief_seat(d, seat);
}

/* A contingent's name in its colour. */
static void put_seat(struct doc *o, const struct debrief *d, int seat)
{
    doc_put(o, seat_attr(d, seat), seat_name(d, seat));
}

static void heading(struct doc *o, const char *text)
{
    doc_blank(o);
    doc_row(o, 0, 2);
    doc_mark(o);
    doc_put(o, term_attr(R_HEADING), text);
    doc_end(o);
}

static void dim(struct doc *o, int indent, const char *text)
{
    doc_text(o, term_attr(R_DIM), indent, text);
}

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
    int k = doc_char(g, &cols);
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
        int k = doc_char(s + i, &cols);
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

/* --- page 1: the declassified timeline --------------------------------- */

/* "15.2" for per-mille 152. */
static const char *pm(int v, char *buf, size_t n)
{
    if (v < 0)
        snprintf(buf, n, "-");
    else
        snprintf(buf, n, "%d.%d", v / 10, v % 10);
    return buf;
}

static void op_block(struct doc *o, const struct debrief *d, const struct db_op *op, int nw)
{
    char b1[16], b2[16], tmp[DB_TEXT];
    /* who did what against whom */
    doc_row(o, 2, nw + 2);
    doc_cell(o, seat_attr(d, op->seat), nw + 1, 0, seat_name(d, op->seat));
    doc_put(o, A_BOLD, debrief_order(d, op->kind));
    debrief_against(d, op, tmp, sizeof tmp);
    if (strcmp(tmp, "-")) {
        doc_putf(o, A_NORMAL, " %s ", ARROW);
        int t = op->kind == ORD_FALSE_FLAG ? op->aimed : op->target;
        doc_put(o, t >= 0 && t < d->nseats ? seat_attr(d, t) : A_NORMAL, tmp);
    }
    if (!op->covert) {
        /* counter-intelligence: what it did or found, on the same row */
        doc_putf(o, A_NORMAL, " %s ", DASH);
        doc_put(o, op->success ? term_attr(R_GOOD) : A_NORMAL, debrief_op_outcome(op));
        if (op->result[0])
            doc_putf(o, term_attr(R_DIM), ": %s", op->result);
    }
    /* the roll, the detection, the blame */
    if (op->covert && op->resolved) {
        doc_row(o, nw + 3, 2);
        doc_put(o, op->success ? A_BOLD : term_attr(R_DIM),
                op->success ? "SUCCEEDED" : "FAILED");
        doc_putf(o, A_NORMAL, " roll %s vs %s%%", pm(op->roll, b1, sizeof b1),
                 pm(op->chance, b2, sizeof b2));
        doc_putf(o, A_NORMAL, "  %s  ", DOT);
        if (!op->detected) {
            doc_put(o, term_attr(R_DIM), "unseen");
            if (op->detect_chance >= 0)
                doc_putf(o, term_attr(R_DIM), " roll %s vs %s%%",
                         pm(op->detect_roll, b1, sizeof b1), pm(op->detect_chance, b2, sizeof b2));
        } else {
            doc_put(o, term_attr(R_WARN) | A_BOLD, "DETECTED");
            doc_putf(o, A_NORMAL, " roll %s vs %s%% by ", pm(op->detect_roll, b1, sizeof b1),
                     pm(op->detect_chance, b2, sizeof b2));
            doc_put(o, seat_attr(d, op->detected_by), seat_name(d, op->detected_by));
            doc_putf(o, A_NORMAL, "  %s  ", DOT);
            if (op->blamed < 0) {
                doc_put(o, A_NORMAL, "nobody blamed");
            } else {
                doc_put(o, A_NORMAL, "blamed ");
                doc_put(o, seat_attr(d, op->blamed), seat_name(d, op->blamed));
                if (op->attribution == ATTR_RIGHT)
                    doc_putf(o, term_attr(R_GOOD) | A_BOLD, " %s right", gl("\u2713", "+"));
                else if (op->attribution == ATTR_WRONG)
                    doc_putf(o, term_attr(R_BAD), " %s WRONG", gl("\u2717", "x"));
            }
        }
        if (op->result[0])
            doc_text(o, term_attr(R_DIM), nw + 3, op->result);
    } else if (op->covert) {
        doc_text(o, term_attr(R_DIM), nw + 3, "(its account was not recorded)");
    }
    if (op->reason >= 0 && op->reason < d->nreasons) {
        doc_row(o, nw + 3, 5);
        doc_put(o, term_attr(R_KEY), "why: ");
        doc_put(o, A_NORMAL, d->reasons[op->reason].text);
    }
    doc_end(o);
}

/* Columns of the longest contingent name (at most 14). */
static int name_cols(const struct debrief *d)
{
    int nw = 4;
    for (int i = 0; i < d->nseats; i++) {
        int c = text_cols(seat_name(d, i), -1);
        nw = c > nw ? c : nw;
    }
    return nw > 14 ? 14 : nw;
}

static void page_timeline(struct dbs *s, struct doc *o)
{
    const struct debrief *d = s->d;
    int covert = 0, won = 0, seen = 0, right = 0, wrong = 0, counter = 0;
    for (int k = 0; k < d->nops; k++) {
        const struct db_op *op = &d->ops[k];
        if (!op->covert) {
            counter++;
            continue;
        }
        covert++;
        won += op->success;
        seen += op->detected;
        right += op->detected && op->attribution == ATTR_RIGHT;
        wrong += op->detected && op->attribution == ATTR_WRONG;
    }
    dim(o, 0, "Every covert and counter-intelligence order of the game, week by week, now "
              "that every secret is out. Rolls and chances are in percent: an operation "
              "succeeds when its roll is under its chance (roll 25.5 vs 47.0%: succeeded), and "
              "is detected when its detection roll is under the detection chance. Then: whom "
              "the victim blamed, rightly or wrongly, and the AI's reason.");
    doc_blank(o);
    doc_textf(o, A_BOLD, 0, "%d covert operations: %d succeeded; %d detected - %d blamed "
              "rightly, %d wrongly, %d on nobody. %d counter-intelligence orders.",
              covert, won, seen, right, wrong, seen - right - wrong, counter);
    if (!d->exact)
        dim(o, 0, "(Re-resolving the record did not give every recorded checksum: some "
                  "details may be approximate.)");
    char buf[DB_TEXT];
    for (int t = 1; t <= d->turns; t++) {
        const struct db_turn *tu = &d->turn[t];
        doc_blank(o);
        doc_row(o, 0, 2);
        doc_mark(o);
        doc_putf(o, term_attr(R_HEADING), "Week %d of %d", t, d->scheduled);
        doc_putf(o, term_attr(R_DIM), "   stability %d, lowest sector %d, pool %d; %d public "
                 "incident%s", d->avg[t], d->min[t], d->pool[t], tu->incidents,
                 tu->incidents == 1 ? "" : "s");
        debrief_injects(d, t, buf, sizeof buf);
        if (buf[0])
            doc_putf(o, term_attr(R_DIM), "; injects: %s", buf);
        doc_end(o);
        if (!tu->nops)
            dim(o, 2, "No hidden orders.");
        for (int k = tu->first; k < tu->first + tu->nops && k < d->nops; k++)
            op_block(o, d, &d->ops[k], name_cols(d));
    }
    if (!d->turns)
        dim(o, 0, "No week was played.");
}

/* --- page 2: who spied on whom ----------------------------------------- */

static void page_spy(struct dbs *s, struct doc *o)
{
    const struct debrief *d = s->d;
    int w = o->width;
    int n = d->nseats;
    int label = name_cols(d);
    label = label < 10 ? 10 : label; /* the corner's "by \ on" */
    label += 1;
    int cells = n + 2;           /* each contingent, mission HQ, all */
    int cw = (w - 2 - label) / cells;
    if (cw > 16)
        cw = 16;
    int four = cw >= 12;         /* room for "rightly attributed" too */
    dim(o, 0, "Collection operations between the contingents: observe, intercept and "
              "insider recruitment against a contingent; intrusion, backdoors and retained "
              "surveillance against mission HQ. Rows spied on columns.");
    doc_blank(o);
    doc_textf(o, A_BOLD, 0, "Each cell: operations / succeeded / detected%s.",
              four ? " / rightly attributed" : " (rightly attributed: below)");
    doc_blank(o);
    /* the header */
    doc_row(o, 2, 0);
    doc_cell(o, term_attr(R_DIM), label, 0, gl("by \u2193  on \u2192", "by \\ on"));
    for (int j = 0; j < cells; j++) {
        const char *name = j < n ? seat_name(d, j) : j == n ? (cw >= 11 ? "mission HQ" : "HQ")
                                                            : "all";
        doc_cell(o, A_NORMAL, 1, 0, "");
        doc_cell(o, j < n ? seat_attr(d, j) : A_BOLD, cw - 1, 1, name);
    }
    doc_end(o);
    int tot_col[MAX_TARGETS + 1][4];
    memset(tot_col, 0, sizeof tot_col);
    for (int i = 0; i <= n; i++) {
        int all[4] = { 0, 0, 0, 0 };
        doc_row(o, 2, 0);
        if (i < n)
            doc_cell(o, seat_attr(d, i), label, 0, seat_name(d, i));
        else
            doc_cell(o, A_BOLD, label, 0, "all");
        for (int j = 0; j < cells; j++) {
            int t = j < n ? j : TARGET_HQ;
            int v[4];
            if (i < n && j <= n) {
                const struct db_cell *c = &d->spy[i][t];
                v[0] = c->ops;
                v[1] = c->succeeded;
                v[2] = c->detected;
                v[3] = c->attributed;
                for (int k = 0; k < 4; k++) {
                    all[k] += v[k];
                    tot_col[j][k] += v[k];
                    tot_col[cells - 1][k] += v[k];
                }
            } else if (i < n) {
                memcpy(v, all, sizeof v);
            } else {
                memcpy(v, tot_col[j], sizeof v);
            }
            char cell[64];
            attr_t a = A_NORMAL;
            if (i < n && t == i) {
                snprintf(cell, sizeof cell, "%s", gl("\u00d7", "x"));
                a = term_attr(R_DIM);
            } else if (!v[0]) {
                snprintf(cell, sizeof cell, "%s", DOT);
                a = term_attr(R_DIM);
            } else {
                if (four)
                    snprintf(cell, sizeof cell, "%d/%d/%d/%d", v[0], v[1], v[2], v[3]);
                else
                    snprintf(cell, sizeof cell, "%d/%d/%d", v[0], v[1], v[2]);
                a = i == n || j == cells - 1 ? A_NORMAL : A_BOLD;
            }
            doc_cell(o, A_NORMAL, 1, 0, "");
            doc_cell(o, a, cw - 1, 1, cell);
        }
        doc_end(o);
    }

    /* pair by pair, with the orders used */
    heading(o, "Pair by pair");
    int any = 0;
    for (int pass = MAX_TURNS * MAX_ORDERS; pass >= 1; pass--)
        for (int i = 0; i < n; i++)
            for (int t = 0; t < MAX_TARGETS; t++) {
                const struct db_cell *c = &d->spy[i][t];
                if (c->ops != pass || (t >= n && t != TARGET_HQ))
                    continue;
                any = 1;
                int kinds[ORD_COUNT];
                memset(kinds, 0, sizeof kinds);
                for (int k = 0; k < d->nops; k++)
                    if (d->ops[k].covert && d->ops[k].seat == i && d->ops[k].target == t &&
                        d->ops[k].kind != ORD_COURT && d->ops[k].kind != ORD_FALSE_FLAG)
                        kinds[d->ops[k].kind]++;
                doc_row(o, 2, 4);
                put_seat(o, d, i);
                doc_putf(o, A_NORMAL, " %s ", ARROW);
                doc_put(o, t < n ? seat_attr(d, t) : A_BOLD, seat_name(d, t));
                doc_putf(o, A_NORMAL, ": %d operation%s (", c->ops, c->ops == 1 ? "" : "s");
                int first = 1;
                for (int k = 0; k < ORD_COUNT; k++)
                    if (kinds[k]) {
                        doc_putf(o, A_NORMAL, "%s%s %s%d", first ? "" : ", ",
                                 debrief_order(d, k), gl("\u00d7", "x"), kinds[k]);
                        first = 0;
                    }
                doc_putf(o, A_NORMAL, "); %d succeeded, %d detected, %d rightly attributed.",
                         c->succeeded, c->detected, c->attributed);
                doc_end(o);
            }
    if (!any)
        dim(o, 2, "Nobody spied on anybody: no collection operation was ordered.");

    /* the host, false flags */
    heading(o, "Other covert operations");
    any = 0;
    for (int k = 0; k < d->nops; k++) {
        const struct db_op *op = &d->ops[k];
        if (!op->covert || (op->kind != ORD_COURT && op->kind != ORD_FALSE_FLAG))
            continue;
        any = 1;
        char tmp[DB_TEXT];
        doc_row(o, 2, 4);
        doc_putf(o, term_attr(R_DIM), "week %-2d ", op->turn);
        put_seat(o, d, op->seat);
        doc_putf(o, A_NORMAL, " %s %s %s - %s%s", debrief_order(d, op->kind), ARROW,
                 debrief_against(d, op, tmp, sizeof tmp), debrief_op_outcome(op),
                 op->detected ? ", detected" : "");
        doc_end(o);
    }
    if (!any)
        dim(o, 2, "Nobody courted the host government in secret or ran a false flag.");

    /* accusations */
    heading(o, "Who blamed whom");
    any = 0;
    for (int k = 0; k < d->nops; k++) {
        const struct db_op *op = &d->ops[k];
        if (!op->covert || !op->detected)
            continue;
        any = 1;
        doc_row(o, 2, 4);
        doc_putf(o, term_attr(R_DIM), "week %-2d ", op->turn);
        doc_put(o, op->detected_by < n ? seat_attr(d, op->detected_by) : A_BOLD,
                seat_name(d, op->detected_by));
        doc_putf(o, A_NORMAL, " caught %s%s%s by ", gl("\u2018", "'"),
                 debrief_order(d, op->kind), gl("\u2019", "'"));
        put_seat(o, d, op->seat);
        if (op->blamed < 0) {
            doc_put(o, A_NORMAL, " and blamed nobody");
        } else {
            doc_put(o, A_NORMAL, " and blamed ");
            doc_put(o, seat_attr(d, op->blamed), seat_name(d, op->blamed));
            if (op->attribution == ATTR_RIGHT)
                doc_putf(o, term_attr(R_GOOD) | A_BOLD, " %s right", gl("\u2713", "+"));
            else
                doc_putf(o, term_attr(R_BAD), " %s WRONG", gl("\u2717", "x"));
        }
        doc_end(o);
    }
    if (!any)
        dim(o, 2, "No covert operation was detected: nobody was blamed, rightly or wrongly.");

    /* counter-intelligence */
    heading(o, "Counter-intelligence");
    any = 0;
    for (int i = 0; i < n; i++) {
        int kinds[ORD_COUNT], found[ORD_COUNT];
        memset(kinds, 0, sizeof kinds);
        memset(found, 0, sizeof found);
        int total = 0;
        for (int k = 0; k < d->nops; k++) {
            const struct db_op *op = &d->ops[k];
            if (op->covert || op->seat != i || op->kind >= ORD_COUNT)
                continue;
            kinds[op->kind]++;
            found[op->kind] += op->success;
            total++;
        }
        if (!total)
            continue;
        any = 1;
        doc_row(o, 2, 4);
        put_seat(o, d, i);
        doc_put(o, A_NORMAL, ": ");
        int first = 1;
        for (int k = 0; k < ORD_COUNT; k++)
            if (kinds[k]) {
                doc_putf(o, A_NORMAL, "%s%s %s%d", first ? "" : "; ", debrief_order(d, k),
                         gl("\u00d7", "x"), kinds[k]);
                if (k != ORD_HARDEN && k != ORD_COMPARTMENT)
                    doc_putf(o, term_attr(R_DIM), " (%d found something)", found[k]);
                first = 0;
            }
        doc_putf(o, A_NORMAL, "; it detected %d operation%s against it.",
                 d->seat[i].detections, d->seat[i].detections == 1 ? "" : "s");
        doc_end(o);
    }
    if (!any)
        dim(o, 2, "No contingent gave a counter-intelligence order.");
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

static void page_charts(struct dbs *s, struct doc *o)
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

/* --- page 4: both scores ------------------------------------------------ */

static void bar_run(struct doc *o, int w, int value, int max, attr_t a)
{
    int n = max > 0 ? (value * w + max / 2) / max : 0;
    n = n < 0 ? 0 : n > w ? w : n;
    if (value > 0 && !n)
        n = 1;
    char full[512] = "", empty[512] = "";
    for (int i = 0; i < w && i < 120; i++)
        strcat(i < n ? full : empty, i < n ? gl("\u2588", "#") : gl("\u2591", "."));
    if (n)
        doc_cell(o, a, n, 0, full);
    if (w > n)
        doc_cell(o, term_attr(R_DIM), w - n, 0, empty);
}

static void page_scores(struct dbs *s, struct doc *o)
{
    const struct debrief *d = s->d;
    int w = o->width, n = d->nseats;
    int last = d->npoints - 1;
    char buf[256];
    int nw = name_cols(d) + 1;
    int fac = d->seat[0].national.factor;
    attr_t oa = d->outcome == OUT_SUCCESS   ? term_attr(R_GOOD) | A_BOLD
                : d->outcome == OUT_PARTIAL ? term_attr(R_WARN) | A_BOLD
                                            : term_attr(R_BAD);
    doc_row(o, 0, 2);
    doc_put(o, A_NORMAL, "The mandate: ");
    doc_put(o, oa, debrief_outcome(d));
    doc_putf(o, A_NORMAL, "%s - average stability %d (success needs %d), lowest sector %d. "
             "Every national score is multiplied by %d.%02d.", d->ended ? "" : " so far",
             d->avg[last], d->sc->success_avg, d->min[last], fac / 1000, fac % 1000 / 10);
    doc_end(o);
    dim(o, 0, "The mandate is everyone's score; the national score is each capital's. The "
              "exercise is about the trade-off between the two.");

    heading(o, "Side by side");
    int maxtot = 1, maxshare = 1;
    for (int i = 0; i < n; i++) {
        maxtot = d->seat[i].national.total > maxtot ? d->seat[i].national.total : maxtot;
        maxshare = d->seat[i].mandate_permille > maxshare ? d->seat[i].mandate_permille : maxshare;
    }
    int bw = (w - 2 - nw - 2 * 16) / 2;
    bw = bw < 8 ? 8 : bw > 30 ? 30 : bw;
    doc_row(o, 2, 0);
    doc_cell(o, term_attr(R_DIM), nw, 0, "");
    doc_cell(o, term_attr(R_DIM), bw + 15, 0, "share of the stability added");
    doc_put(o, term_attr(R_DIM), "national score");
    doc_end(o);
    for (int i = 0; i < n; i++) {
        const struct db_seat *st = &d->seat[i];
        doc_row(o, 2, 0);
        doc_cell(o, seat_attr(d, i), nw, 0, seat_name(d, i));
        bar_run(o, bw, st->mandate_permille, maxshare, seat_attr(d, i));
        snprintf(buf, sizeof buf, "%d.%d%%", st->mandate_permille / 10, st->mandate_permille % 10);
        doc_cell(o, A_NORMAL, 7, 1, buf);
        doc_cell(o, A_NORMAL, 8, 0, "");
        bar_run(o, bw, st->national.total, maxtot, seat_attr(d, i));
        snprintf(buf, sizeof buf, "%d", st->national.total);
        doc_cell(o, A_BOLD, 5, 1, buf);
        if (i == d->winner)
            doc_putf(o, term_attr(R_GOOD) | A_BOLD, "  %s highest", gl("\u2605", "*"));
        doc_end(o);
    }

    heading(o, "The national score, part by part");
    static const char *const cols[] = { "intel", "infl", "object", "reput", "penal", "raw",
                                        "factor", "TOTAL" };
    int cwid = (w - 2 - nw) / 8;
    cwid = cwid < 7 ? 7 : cwid > 10 ? 10 : cwid;
    doc_row(o, 2, 0);
    doc_cell(o, term_attr(R_DIM), nw, 0, "");
    for (int k = 0; k < 8; k++)
        doc_cell(o, term_attr(R_DIM), cwid, 1, cols[k]);
    doc_end(o);
    for (int i = 0; i < n; i++) {
        const struct score *sc = &d->seat[i].national;
        int v[7] = { sc->intel, sc->influence, sc->objectives, sc->reputation, -sc->penalties,
                     sc->raw };
        doc_row(o, 2, 0);
        doc_cell(o, seat_attr(d, i), nw, 0, seat_name(d, i));
        for (int k = 0; k < 6; k++) {
            snprintf(buf, sizeof buf, "%d", v[k]);
            doc_cell(o, A_NORMAL, cwid, 1, buf);
        }
        snprintf(buf, sizeof buf, "x%d.%02d", sc->factor / 1000, sc->factor % 1000 / 10);
        doc_cell(o, A_NORMAL, cwid, 1, buf);
        snprintf(buf, sizeof buf, "%d", sc->total);
        doc_cell(o, i == d->winner ? term_attr(R_GOOD) | A_BOLD : A_BOLD, cwid, 1, buf);
        doc_end(o);
    }
    dim(o, 2, "intel: fresh dossiers by value; infl: influence with the host; object: secret "
              "objectives met; reput: the trust the others hold in it; penal: the blame it took "
              "- operations attributed to it, rightly or falsely; factor: the mandate's outcome "
              "multiplies the raw sum.");

    heading(o, "Its part in the mandate, and in the shadows");
    static const char *const cols2[] = { "mandate", "stab +", "share", "covert", "succ",
                                         "seen", "caught", "detects" };
    doc_row(o, 2, 0);
    doc_cell(o, term_attr(R_DIM), nw, 0, "");
    for (int k = 0; k < 8; k++)
        doc_cell(o, term_attr(R_DIM), cwid, 1, cols2[k]);
    doc_end(o);
    for (int i = 0; i < n; i++) {
        const struct db_seat *st = &d->seat[i];
        doc_row(o, 2, 0);
        doc_cell(o, seat_attr(d, i), nw, 0, seat_name(d, i));
        int v[8] = { st->mandate_ops, st->stability_added, 0, st->covert_ops,
                     st->covert_succeeded, st->covert_detected, st->covert_attributed,
                     st->detections };
        for (int k = 0; k < 8; k++) {
            if (k == 2)
                snprintf(buf, sizeof buf, "%d%%", (st->mandate_permille + 5) / 10);
            else if (k == 1)
                snprintf(buf, sizeof buf, "%+d", v[k]);
            else
                snprintf(buf, sizeof buf, "%d", v[k]);
            doc_cell(o, A_NORMAL, cwid, 1, buf);
        }
        doc_end(o);
    }
    dim(o, 2, "mandate: mandate operations run; stab +: the stability they added; share: of "
              "all stability added; covert: covert operations, succ: succeeded, seen: "
              "detected, caught: rightly attributed to it; detects: operations against it "
              "that it detected.");

    heading(o, "Who played");
    for (int i = 0; i < n; i++) {
        doc_row(o, 2, 4);
        put_seat(o, d, i);
        doc_putf(o, A_NORMAL, ": %s", debrief_player(d, i, buf, sizeof buf));
        doc_putf(o, term_attr(R_DIM), "  %s %s", DASH, d->sc->seats[i].profile);
        doc_end(o);
    }
}

/* --- page 5: learning objectives ----------------------------------------- */

static void labelled(struct doc *o, int indent, const char *label, const char *text)
{
    doc_row(o, indent, 2);
    doc_put(o, A_BOLD, label);
    doc_put(o, A_NORMAL, " ");
    doc_put(o, A_NORMAL, text);
    doc_end(o);
}

static attr_t rating_attr(int r)
{
    switch (r) {
    case RATING_P: return term_attr(R_GOOD) | A_BOLD;
    case RATING_S: return term_attr(R_GOOD);
    case RATING_M: return term_attr(R_WARN) | A_BOLD;
    case RATING_U: return term_attr(R_BAD);
    default: return term_attr(R_DIM);
    }
}

static void lesson_block(struct doc *o, const struct debrief *d, const struct db_lesson *L)
{
    const struct lesson_def *def = debrief_lesson_def(d, L->number);
    doc_blank(o);
    doc_row(o, 0, 2);
    doc_mark(o);
    doc_putf(o, term_attr(R_HEADING), "Objective %d: %s", L->number,
             debrief_lesson_title(d, L->number));
    doc_end(o);
    doc_row(o, 2, 2);
    doc_put(o, A_BOLD, "Rating: ");
    doc_put(o, rating_attr(L->rating) | A_REVERSE, " ");
    doc_put(o, rating_attr(L->rating) | A_REVERSE, rating_letter(L->rating));
    doc_put(o, rating_attr(L->rating) | A_REVERSE, " ");
    doc_putf(o, A_NORMAL, " %s", rating_text(L->rating));
    if (L->base != L->rating)
        doc_putf(o, term_attr(R_DIM), " (%s before the caps)", rating_letter(L->base));
    doc_end(o);
    if (def && def->statement[0])
        doc_text(o, term_attr(R_DIM), 2, def->statement);
    if (def && def->task[0])
        labelled(o, 2, "Critical task:", def->task);
    if (L->basis[0])
        labelled(o, 2, "How it was rated:", L->basis);
    doc_row(o, 2, 0);
    doc_putf(o, A_BOLD, "In this game (from week %d):", L->first_turn);
    doc_end(o);
    for (int i = 0; i < L->nev; i++) {
        const struct db_evidence *e = &L->ev[i];
        doc_row(o, 4, 8);
        doc_putf(o, term_attr(R_DIM), "week %-2d ", e->turn);
        doc_put(o, A_NORMAL, e->text);
        if (e->threat) {
            if (e->countered)
                doc_putf(o, term_attr(R_GOOD), " %s countered", DASH);
            else if (e->wrong)
                doc_putf(o, term_attr(R_BAD), " %s blamed on the wrong contingent", DASH);
            else
                doc_putf(o, term_attr(R_WARN), " %s not countered", DASH);
        }
        doc_end(o);
    }
    if (L->dropped)
        doc_textf(o, term_attr(R_DIM), 4, "(%d more not listed)", L->dropped);
    if (def && def->precedent[0])
        labelled(o, 2, "Precedent:", def->precedent);
    if (def && def->nquestions) {
        doc_text(o, A_BOLD, 2, "Discussion questions:");
        for (int q = 0; q < def->nquestions; q++) {
            doc_row(o, 4, 3);
            doc_putf(o, term_attr(R_KEY), "%d. ", q + 1);
            doc_put(o, A_NORMAL, def->questions[q]);
            doc_end(o);
        }
    }
}

static void page_lessons(struct dbs *s, struct doc *o)
{
    const struct debrief *d = s->d;
    int arisen = debrief_lessons_arisen(d);
    doc_textf(o, A_BOLD, 0, "%d of the %d learning objectives came up in this game.", arisen,
              LESSON_COUNT);
    if (!d->book)
        dim(o, 0, "(assets/objectives.json could not be read: titles, precedents and questions "
                  "are missing.)");
    doc_blank(o);
    for (int k = 0; k < LESSON_COUNT; k++) {
        const struct db_lesson *L = &d->lesson[k];
        doc_row(o, 2, 6);
        doc_putf(o, term_attr(R_DIM), "%d ", k + 1);
        doc_put(o, rating_attr(L->arose ? L->rating : RATING_NONE) | (L->arose ? A_REVERSE : 0),
                L->arose ? rating_letter(L->rating) : "-");
        doc_put(o, A_NORMAL, "  ");
        doc_put(o, L->arose ? A_NORMAL : term_attr(R_DIM), debrief_lesson_title(d, k + 1));
        if (L->arose)
            doc_putf(o, term_attr(R_DIM), "  (week %d)", L->first_turn);
        else
            doc_put(o, term_attr(R_DIM), "  (did not come up)");
        doc_end(o);
    }
    doc_blank(o);
    dim(o, 0, "P performed without challenges; S with some challenges; M with major "
              "challenges; U unable to be performed (HSEEP). Press ? for how ratings are "
              "earned.");
    for (int k = 0; k < LESSON_COUNT; k++)
        if (d->lesson[k].arose)
            lesson_block(o, d, &d->lesson[k]);
    if (arisen < LESSON_COUNT) {
        heading(o, "Objectives that did not come up");
        dim(o, 0, "Discuss them from their precedents, or play again with the injects and "
                  "orders that bring them into play.");
        for (int k = 0; k < LESSON_COUNT; k++) {
            if (d->lesson[k].arose)
                continue;
            const struct lesson_def *def = debrief_lesson_def(d, k + 1);
            doc_row(o, 2, 3);
            doc_putf(o, term_attr(R_DIM), "%d. ", k + 1);
            doc_put(o, A_NORMAL, def && def->statement[0] ? def->statement
                                                         : debrief_lesson_title(d, k + 1));
            doc_end(o);
            if (def && def->precedent[0])
                labelled(o, 5, "Precedent:", def->precedent);
        }
    }
}

/* --- page 6: strengths, improvements, plan, questions --------------------- */

static void points(struct doc *o, const char *title, const struct db_point *p, int n,
                   const char *none)
{
    heading(o, title);
    if (!n)
        dim(o, 2, none);
    for (int i = 0; i < n; i++) {
        doc_row(o, 2, 2);
        doc_putf(o, A_NORMAL, "%s ", term_glyph(G_BULLET));
        doc_put(o, A_NORMAL, p[i].text);
        doc_end(o);
    }
}

static void page_plan(struct dbs *s, struct doc *o)
{
    const struct debrief *d = s->d;
    char buf[128];
    dim(o, 0, "What a facilitator hands out the next morning: what went well, what to "
              "improve, and who should do what (HSEEP's improvement plan).");
    points(o, "Strengths", d->strengths, d->nstrengths, "None recorded.");
    points(o, "Areas for improvement", d->improvements, d->nimprovements, "None recorded.");
    heading(o, "Improvement plan");
    if (!d->nplan)
        dim(o, 2, "No area for improvement was found.");
    for (int i = 0; i < d->nplan; i++) {
        const struct db_plan *p = &d->plan[i];
        doc_row(o, 2, 3);
        doc_putf(o, term_attr(R_KEY), "%d. ", i + 1);
        if (p->lesson)
            doc_putf(o, A_BOLD, "Objective %d: %s", p->lesson, debrief_lesson_title(d, p->lesson));
        else
            doc_put(o, A_BOLD, "The mission");
        doc_end(o);
        labelled(o, 5, "Issue:", p->issue);
        labelled(o, 5, "Action:", p->action);
        doc_row(o, 5, 2);
        doc_put(o, A_BOLD, "Capability element: ");
        doc_put(o, A_NORMAL, element_name(p->element));
        doc_putf(o, A_NORMAL, "  %s  ", DOT);
        doc_put(o, A_BOLD, "Responsible: ");
        doc_put(o, A_NORMAL, p->responsible);
        doc_end(o);
    }
    heading(o, "Discussion questions");
    if (!d->nquestions)
        dim(o, 2, "No questions: no learning objective came up.");
    for (int i = 0; i < d->nquestions; i++) {
        const struct db_question *q = &d->questions[i];
        doc_row(o, 2, 4);
        doc_putf(o, term_attr(R_KEY), "%2d. ", i + 1);
        doc_put(o, A_NORMAL, q->text ? q->text : "");
        doc_putf(o, term_attr(R_DIM), "  (%s)", debrief_question_source(d, q, buf, sizeof buf));
        doc_end(o);
    }
    heading(o, "To hand out");
    if (s->file && s->file[0]) {
        doc_textf(o, A_NORMAL, 2, "The game is saved in %s. Its after-action report, to print "
                  "or to share:", s->file);
        doc_textf(o, term_attr(R_KEY), 4, "mandate report %s --format html -o report.html",
                  s->file);
        doc_textf(o, term_attr(R_KEY), 4, "mandate report %s --format md -o report.md", s->file);
    } else {
        dim(o, 2, "This game was not saved: the after-action report (mandate report FILE) "
                  "needs a save.");
    }
}

/* --- page 7: the AI's reasons --------------------------------------------- */

static void order_target(const struct debrief *d, const struct order *o, char *buf, size_t n)
{
    static const char *const share[] = { "none", "tactical", "broad" };
    const struct scenario *sc = d->sc;
    buf[0] = 0;
    switch (order_target_kind(o->kind)) {
    case TK_SECTOR:
        if (o->sector >= 0 && o->sector < d->nsectors)
            snprintf(buf, n, "%s", sc->sectors[o->sector].name);
        break;
    case TK_SEAT:
        snprintf(buf, n, "%s", seat_name(d, o->target));
        break;
    case TK_SECTOR_SEAT:
        snprintf(buf, n, "%s, with %s",
                 o->sector >= 0 && o->sector < d->nsectors ? sc->sectors[o->sector].name : "?",
                 seat_name(d, o->target));
        break;
    case TK_LEVEL:
        snprintf(buf, n, "%s", o->level >= 0 && o->level <= 2 ? share[o->level] : "?");
        break;
    case TK_CHOICE:
        if (o->inject >= 0 && o->inject < sc->ninjects && o->level >= 0 &&
            o->level < sc->injects[o->inject].nchoices)
            snprintf(buf, n, "%s: %s", sc->injects[o->inject].title,
                     sc->injects[o->inject].choices[o->level].label);
        break;
    default:
        break;
    }
}

static void page_reasons(struct dbs *s, struct doc *o)
{
    const struct debrief *d = s->d;
    char buf[SHORT_TEXT * 2];
    dim(o, 0, "Every hidden order of the AI contingents, and the first order each rule of "
              "their instruction list produced, with the reason the AI gave at the time - "
              "from its own view, knowing only what it had learnt.");
    heading(o, "Who played");
    for (int i = 0; i < d->nseats; i++) {
        doc_row(o, 2, 4);
        put_seat(o, d, i);
        doc_putf(o, A_NORMAL, ": %s", debrief_player(d, i, buf, sizeof buf));
        doc_end(o);
    }
    if (!d->nreasons) {
        doc_blank(o);
        dim(o, 0, d->has_reasons ? "No key decision to show."
                                 : "No AI reasons were kept for this game (every seat was "
                                   "human, or the record could not be replayed).");
        return;
    }
    int turn = -1;
    for (int i = 0; i < d->nreasons; i++) {
        const struct db_reason *r = &d->reasons[i];
        if (r->turn != turn) {
            turn = r->turn;
            doc_blank(o);
            doc_textf(o, term_attr(R_HEADING), 0, "Week %d", turn);
            doc_mark(o);
        }
        int fam = r->o.kind < ORD_COUNT ? order_family(r->o.kind) : -1;
        int hidden = fam == FAM_COVERT || fam == FAM_COUNTER;
        doc_row(o, 2, name_cols(d) + 2);
        doc_cell(o, seat_attr(d, r->seat), name_cols(d) + 1, 0, seat_name(d, r->seat));
        doc_put(o, A_BOLD, debrief_order(d, r->o.kind));
        order_target(d, &r->o, buf, sizeof buf);
        if (buf[0])
            doc_putf(o, A_NORMAL, " %s %s", ARROW, buf);
        if (hidden)
            doc_putf(o, term_attr(R_PRIVATE), " %s", term_glyph(G_SECRET));
        if (!strstr(r->text, "rule "))
            doc_putf(o, term_attr(R_DIM), "  [%s]", ai_rule_name(r->rule));
        doc_end(o);
        doc_text(o, A_NORMAL, name_cols(d) + 3, r->text);
    }
    if (d->reasons_dropped)
        doc_textf(o, term_attr(R_DIM), 0, "(%d more reasons not listed.)", d->reasons_dropped);
    doc_blank(o);
    doc_textf(o, term_attr(R_DIM), 0, "%s marks a hidden order. A rule is the line of the AI's "
              "instruction list that produced the order.", term_glyph(G_SECRET));
}

/* --- the screen ------------------------------------------------------------ */

static void build(struct dbs *s, struct doc *o)
{
    switch (s->page) {
    case DP_TIMELINE: page_timeline(s, o); break;
    case DP_SPY: page_spy(s, o); break;
    case DP_CHARTS: page_charts(s, o); break;
    case DP_SCORES: page_scores(s, o); break;
    case DP_LESSONS: page_lessons(s, o); break;
    case DP_PLAN: page_plan(s, o); break;
    default: page_reasons(s, o); break;
    }
}

/* The tabs on row 1: long names, short names with numbers, or short. */
static void tabs(struct dbs *s)
{
    int style;
    int room = COLS - 2;
    for (style = 0; style < 3; style++) {
        int need = 0;
        for (int p = 0; p < DP_COUNT; p++)
            need += text_cols(style == 0 ? pages[p].wide : pages[p].tab, -1) +
                    (style < 2 ? 4 : 2) + 1;
        if (need - 1 <= room)
            break;
    }
    int x = 1;
    for (int p = 0; p < DP_COUNT; p++) {
        char lab[64];
        const char *name = style == 0 ? pages[p].wide : pages[p].tab;
        if (style < 2)
            snprintf(lab, sizeof lab, " %d %s ", p + 1, name);
        else
            snprintf(lab, sizeof lab, " %s ", name);
        attr_t a = p == s->page ? term_attr(R_SELECT) | A_BOLD : A_NORMAL;
        int w = d_text(1, x, COLS - 1 - x, a, lab);
        if (p != s->page && style < 2)
            d_text(1, x + 1, 1, term_attr(R_KEY), lab + 1);
        term_hit(1, x, 1, w, HIT_TAB, p);
        x += w + 1;
    }
}

static void debrief_draw(struct cui *u, void *arg)
{
    struct dbs *s = arg;
    ui_header(u, "Debrief", -1);
    tabs(s);
    int w = COLS - 2 > DOC_MAX_W ? DOC_MAX_W : COLS - 2;
    s->body = (struct rect){ 3, (COLS - w) / 2, LINES - 4, w };
    if (s->built_page != s->page || s->built_w != w || s->built_h != s->body.h) {
        doc_reset(&s->doc, w - 1);
        build(s, &s->doc);
        s->built_page = s->page;
        s->built_w = w;
        s->built_h = s->body.h;
    }
    int *top = &s->top[s->page];
    *top = doc_clamp(&s->doc, *top, s->body.h);
    /* the title, and where we are: rows shown of the page's rows */
    char right[64];
    int last = *top + s->body.h < s->doc.n ? *top + s->body.h : s->doc.n;
    snprintf(right, sizeof right, "%d-%d/%d  page %d of %d", s->doc.n ? *top + 1 : 0, last,
             s->doc.n, s->page + 1, DP_COUNT);
    int rw = text_cols(right, -1);
    d_text(2, s->body.x, w - rw - 2, term_attr(R_TITLE), pages[s->page].title);
    d_right(2, s->body.x, w - 1, term_attr(R_DIM), right);
    doc_draw(&s->doc, s->body, *top);
    static const char *const hints[] = { "Left/Right", "page", "Up/Down", "scroll", "Esc",
                                         "result", "q", "close", "?", "help", NULL, NULL };
    ui_footer(u, hints);
}

/* --- help -------------------------------------------------------------- */

static void help_build(struct dbs *s, struct doc *o)
{
    static const char *const keys[] = {
        "Left, Right, h, l", "the previous, the next page",
        "PgUp, PgDn, Tab", "the same",
        "1 to 7", "a page directly (or click its tab)",
        "Up, Down, j, k", "scroll a line (the mouse wheel too)",
        "Space, b", "scroll a screen down, up",
        "Home, End", "the top, the end of the page",
        "[ and ]", "the previous, the next week or section",
        "Enter", "the next page; on the last, close",
        "Esc", "back to the result",
        "q", "close the debrief",
        NULL, NULL,
    };
    doc_text(o, term_attr(R_HEADING), 0, "KEYS");
    for (int i = 0; keys[i]; i += 2) {
        doc_row(o, 2, 22);
        doc_cell(o, term_attr(R_KEY), 20, 0, keys[i]);
        doc_put(o, A_NORMAL, keys[i + 1]);
        doc_end(o);
    }
    static const char *const what[DP_COUNT] = {
        "every covert and counter-intelligence order, week by week: its roll against its "
        "chance, whether it was detected, and whom the victim blamed - rightly or wrongly - "
        "with the AI's reason for it",
        "collection operations between contingents and against mission HQ, pair by pair; "
        "secret courting of the host and false flags; who blamed whom; counter-intelligence",
        "the mandate's stability per week (bars) with its thresholds, each contingent's "
        "reputation (lines), trust between every pair, each sector, the pool",
        "the mandate and the national score side by side, the national score part by part, "
        "and each contingent's part in the mandate and in the shadows",
        "the learning objectives that came up: rating, evidence by week, precedent and "
        "discussion questions",
        "strengths, areas for improvement, the improvement plan and every discussion "
        "question; how to write the after-action report",
        "why each AI contingent did what it did",
    };
    doc_blank(o);
    doc_text(o, term_attr(R_HEADING), 0, "THE PAGES");
    for (int p = 0; p < DP_COUNT; p++) {
        doc_row(o, 2, 4);
        doc_putf(o, A_BOLD, "%d %s: ", p + 1, pages[p].wide);
        doc_put(o, A_NORMAL, what[p]);
        doc_end(o);
    }
    doc_blank(o);
    doc_text(o, term_attr(R_HEADING), 0, "HOW OBJECTIVES ARE RATED");
    doc_text(o, A_NORMAL, 2, debrief_rating_rule);
    doc_blank(o);
    doc_text(o, term_attr(R_DIM), 2, "Colours only repeat what the words and marks say: the "
             "debrief reads the same in monochrome.");
    (void)s;
}

static void help_draw(struct cui *u, void *arg)
{
    struct dbs *s = arg;
    debrief_draw(u, s);
    int w = COLS - 4 > 96 ? 96 : COLS - 4;
    struct rect r = d_dialog(LINES - 2, w, "Help: the debrief");
    doc_reset(&s->help, r.w - 1);
    help_build(s, &s->help);
    struct rect body = { r.y, r.x, r.h - 1, r.w };
    s->help_top = doc_clamp(&s->help, s->help_top, body.h);
    doc_draw(&s->help, body, s->help_top);
    static const char *const hints[] = { "Up/Down", "scroll", "Esc", "close", NULL, NULL };
    d_hints(r.y + r.h - 1, r.x, r.w, hints);
}

static int help(struct dbs *s)
{
    s->help_top = 0;
    struct input in;
    for (;;) {
        int k = ui_step(s->u, help_draw, s, &in);
        int page = LINES - 6;
        switch (k) {
        case K_SIGNAL: case K_EOF: return -1;
        case K_UP: case K_WHEEL_UP: s->help_top--; break;
        case K_DOWN: case K_WHEEL_DOWN: s->help_top++; break;
        case K_PGUP: s->help_top -= page; break;
        case K_PGDN: s->help_top += page; break;
        case K_HOME: s->help_top = 0; break;
        case K_END: s->help_top = 1 << 20; break;
        case K_ESC: case K_HELP: case K_ENTER: case K_CLICK: return 0;
        case K_CHAR:
            if (in.ch == 'q')
                return 0;
            if (in.ch == ' ')
                s->help_top += page;
            break;
        default: break;
        }
        if (s->help_top < 0)
            s->help_top = 0;
    }
}

int debrief_ask_close(struct cui *u, drawfn under, void *arg, const char *file)
{
    char text[3600];
    if (file && file[0])
        snprintf(text, sizeof text, "Close the debrief? The game stays in %s. To write this "
                 "debrief as an after-action report: mandate report %s. To show it again: "
                 "mandate load %s.", file, file, file);
    else
        snprintf(text, sizeof text, "Close the debrief? The game was not saved: it cannot be "
                 "shown again.");
    return ui_confirm(u, under, arg, "Close the debrief", text);
}

static void seat_tags(struct dbs *s)
{
    const struct debrief *d = s->d;
    int clash = 0;
    for (int i = 0; i < d->nseats; i++) {
        char c = d->sc->seats[i].name[0];
        s->tag[i][0] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
        s->tag[i][1] = 0;
        if ((unsigned char)c >= 0x80 || c <= ' ')
            clash = 1;
        for (int j = 0; j < i; j++)
            if (s->tag[j][0] == s->tag[i][0])
                clash = 1;
    }
    if (clash)
        for (int i = 0; i < d->nseats; i++)
            s->tag[i][0] = (char)('1' + i);
}

struct dbs *debrief_open(struct cui *u, const struct debrief *d, const char *file, int page)
{
    struct dbs *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->u = u;
    s->d = d;
    s->file = file;
    s->page = page >= 0 && page < DP_COUNT ? page : 0;
    s->built_page = -1;
    doc_init(&s->doc);
    doc_init(&s->help);
    seat_tags(s);
    return s;
}

void debrief_close(struct dbs *s)
{
    if (!s)
        return;
    doc_free(&s->doc);
    doc_free(&s->help);
    free(s);
}

void debrief_frame(struct dbs *s)
{
    ui_frame(s->u, debrief_draw, s);
}

int debrief_key(struct dbs *s, const struct input *in)
{
    int k = in->key;
    int *top = &s->top[s->page];
    int h = s->body.h > 2 ? s->body.h - 1 : 1;
    int flip = 0, res = -1;
    switch (k) {
    case K_SIGNAL: case K_EOF: return SR_QUIT;
    case K_LEFT: case K_PGUP: case K_BTAB: flip = -1; break;
    case K_RIGHT: case K_PGDN: case K_TAB: flip = 1; break;
    case K_UP: case K_WHEEL_UP: (*top)--; break;
    case K_DOWN: case K_WHEEL_DOWN: (*top)++; break;
    case K_HOME: *top = 0; break;
    case K_END: *top = 1 << 20; break;
    case K_ESC: return SR_BACK;
    case K_HELP:
        if (help(s) < 0)
            return SR_QUIT;
        break;
    case K_CLICK:
        if (in->hit == HIT_TAB && in->arg >= 0 && in->arg < DP_COUNT)
            s->page = in->arg;
        break;
    case K_ENTER:
        if (s->page + 1 < DP_COUNT)
            flip = 1;
        else
            res = SR_DONE;       /* on the last page Enter closes, as q does */
        break;
    case K_CHAR:
        if (in->ch == 'q' || in->ch == 'Q')
            res = SR_DONE;
        else if (in->ch >= '1' && in->ch < '1' + DP_COUNT)
            s->page = in->ch - '1';
        else if (in->ch == ' ')
            *top += h;
        else if (in->ch == 'b')
            *top -= h;
        else if (in->ch == ']')
            *top = doc_section(&s->doc, *top, 1);
        else if (in->ch == '[')
            *top = doc_section(&s->doc, *top, -1);
        break;
    default: break;
    }
    if (flip && s->page + flip >= 0 && s->page + flip < DP_COUNT)
        s->page += flip;
    else if (flip && k == K_TAB)
        s->page = 0;
    else if (flip && k == K_BTAB)
        s->page = DP_COUNT - 1;
    if (*top < 0)
        *top = 0;
    return res;
}

int screen_debrief(struct cui *u, const struct debrief *d, const char *file, int *page)
{
    struct dbs *s = debrief_open(u, d, file, *page);
    if (!s)
        return SR_NEXT;
    int res;
    struct input in;
    for (;;) {
        ui_step(u, debrief_draw, s, &in);
        res = debrief_key(s, &in);
        if (res == SR_DONE) {
            int r = debrief_ask_close(u, debrief_draw, s, file);
            res = r < 0 ? SR_QUIT : r > 0 ? SR_NEXT : -1;
        }
        if (res >= 0)
            break;
    }
    *page = s->page;
    debrief_close(s);
    return res;
}
