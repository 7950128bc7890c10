/* debrief_pages_charts.c - the terminal debrief's page 3: the mandate's
 * stability per week (bars against its thresholds) and each contingent's
 * reputation (lines), side by side on a wide page; the trust of every
 * pair, each sector and the pool as sparklines. */
#include <stdio.h>
#include <string.h>

#include "debrief_doc_int.h"
#include "debrief_int.h"

/* The two charts, with what reads them; side: beside each other. */
static void charts(struct dp *p, int side)
{
    struct rdoc *doc = p->doc;
    const struct debrief *d = p->d;
    int w = p->o->width, big = p->o->height >= 40;
    int cw = side ? (w - 4) / 2 : w;
    if (!side) {
        rdoc_row(doc, 0, 0);
        rdoc_set_mark(doc);
        rdoc_lit(doc, RT_HEADING, "The mandate: stability per week");
        rdoc_row(doc, 0, 0);
        dp_glyphed(p, RT_DIM, "Bars: average stability (", RG_FULL, "); ");
        rdoc_glyph(doc, RT_DIM, RG_TIMES);
        rdoc_litf(doc, RT_DIM,
                  ": the lowest sector; dashed: success needs %d, partial %d; below %d it "
                  "collapses. S is the start.",
                  d->sc->success_avg, d->sc->partial_avg, d->sc->collapse_floor);
    }
    rdoc_chart(doc, "stability", "The mandate: stability per week", d->npoints, big ? 20 : 10, cw);
    if (side)
        rdoc_chart_head(doc, "The mandate: stability per week", "bars: average; x: lowest sector",
                        0);
    rdoc_series(doc, RC_BAR, RL_THICK, RT_NORMAL, d->avg, "average stability", "avg");
    rdoc_series_values(doc, RS_STRONG);
    rdoc_series(doc, RC_MARK, RL_DASHED, RT_WARN, d->min, "lowest sector", "low");
    rdoc_series_values(doc, 0);
    rdoc_series(doc, RC_VALUES, RL_DOTTED, RT_DIM, d->pool, "intelligence pool", "pool");
    rdoc_series_values(doc, RT_DIM);
    rdoc_rule(doc, d->sc->success_avg, RT_GOOD, "success");
    rdoc_rule(doc, d->sc->partial_avg, RT_WARN, "partial");
    if (!side) {
        dp_heading(p, "Reputation: the trust the others hold in each contingent");
        dp_dim(p, 0,
               "One line per contingent, marked by its letter (* where several meet); "
               "the numbers below are the values.");
    }
    rdoc_chart(doc, "reputation", "Reputation: the trust the others hold in each contingent",
               d->npoints, big ? 21 : 11, cw);
    if (side)
        rdoc_chart_head(doc, "Reputation: trust held in each", "letters: contingents; *: several",
                        1);
    for (int i = 0; i < d->nseats; i++) {
        int v[MAX_TURNS + 1];
        for (int t = 0; t < d->npoints; t++)
            v[t] = d->reputation[t][i];
        rdoc_series(doc, RC_LINE, RL_PLAIN, RSEAT(i), v, debrief_seat(d, i), p->tag[i]);
        rdoc_series_values(doc, RSEAT(i));
    }
}

/* Each pair's trust, two pairs a row when there is room. */
static void trust_pairs(struct dp *p)
{
    struct rdoc *doc = p->doc;
    const struct debrief *d = p->d;
    int w = p->o->width, nw = p->nw, last = d->npoints - 1;
    int pairs_side = w >= 2 * (2 * nw + 4 + d->npoints + 20) + 4;
    int col2 = (w - 2) / 2;
    dp_heading(p, "Trust between contingents, week by week");
    rdoc_row(doc, 0, 0);
    dp_glyphed(p, RT_DIM, "How much the first trusts the second, 0-100 (", RG_SPARK_KEY,
               "), from the start to the end.");
    for (int a = 0; a < d->nseats; a++) {
        int in_row = 0;
        for (int b = 0; b < d->nseats; b++) {
            if (a == b)
                continue;
            if (!in_row || !pairs_side)
                rdoc_row(doc, 2, 0);
            else
                rdoc_to(doc, col2);
            int v[MAX_TURNS + 1];
            for (int t = 0; t < d->npoints; t++)
                v[t] = d->trust[t][a][b];
            dp_seat_cell(p, a, nw);
            dp_glyphed(p, 0, " ", RG_ARROW, " ");
            dp_seat_cell(p, b, nw);
            rdoc_lit(doc, 0, " ");
            rdoc_spark(doc, 0, v, d->npoints, 0, 100);
            int delta = v[last] - v[0];
            unsigned st = delta <= -15 ? RT_BAD : delta >= 15 ? RT_GOOD : 0;
            rdoc_litf(doc, st, " %3d ", v[0]);
            rdoc_glyph(doc, st, RG_ARROW);
            rdoc_litf(doc, st, " %3d (%+d)", v[last], delta);
            in_row = pairs_side && !in_row;
        }
    }
}

/* A series as a sparkline from its start to its end, after a label. */
static void spark_row(struct dp *p, int sw, const char *label, const int *v, int hi)
{
    struct rdoc *doc = p->doc;
    int last = p->d->npoints - 1;
    rdoc_row(doc, 2, 0);
    rdoc_fit(doc, 0, sw, 0, label);
    rdoc_lit(doc, 0, " ");
    rdoc_spark(doc, 0, v, p->d->npoints, 0, hi);
    rdoc_litf(doc, 0, " %3d ", v[0]);
    rdoc_glyph(doc, 0, RG_ARROW);
    rdoc_litf(doc, 0, " %3d", v[last]);
}

void dp_charts(struct dp *p)
{
    struct rdoc *doc = p->doc;
    const struct debrief *d = p->d;
    int side = p->o->width >= 120;
    charts(p, side);
    rdoc_row(doc, 2, 2);
    for (int i = 0; i < d->nseats; i++) {
        rdoc_lit(doc, RSEAT(i) | RS_STRONG, p->tag[i]);
        rdoc_lit(doc, 0, " ");
        dp_seat(p, i);
        rdoc_lit(doc, 0, "   ");
    }
    if (side) {
        rdoc_row(doc, 2, 0);
        rdoc_litf(doc, RT_DIM,
                  "Stability thresholds: success needs an average of %d and no sector below "
                  "%d; partial %d; below %d the mandate collapses.",
                  d->sc->success_avg, d->sc->success_min, d->sc->partial_avg,
                  d->sc->collapse_floor);
    }
    trust_pairs(p);

    dp_heading(p, "Stability of each sector");
    int sw = 6, last = d->npoints - 1;
    for (int k = 0; k < d->nsectors; k++) {
        int c = dp_cols(p, d->sc->sectors[k].name);
        sw = c > sw ? c : sw;
    }
    sw = sw > 20 ? 20 : sw;
    for (int k = 0; k < d->nsectors; k++) {
        int v[MAX_TURNS + 1];
        for (int t = 0; t < d->npoints; t++)
            v[t] = d->stability[t][k];
        int low = v[last] < d->sc->success_min;
        rdoc_row(doc, 2, 0);
        rdoc_fit(doc, 0, sw, 0, d->sc->sectors[k].name);
        rdoc_lit(doc, 0, " ");
        rdoc_spark(doc, 0, v, d->npoints, 0, 100);
        rdoc_litf(doc, low ? RT_BAD : 0, " %3d ", v[0]);
        rdoc_glyph(doc, low ? RT_BAD : 0, RG_ARROW);
        rdoc_litf(doc, low ? RT_BAD : 0, " %3d", v[last]);
        if (low)
            rdoc_litf(doc, RT_BAD, "  below %d", d->sc->success_min);
    }
    dp_heading(p, "The intelligence pool and the mission database");
    spark_row(p, sw, "pool", d->pool, 100);
    spark_row(p, sw, "centralisation", d->centralisation, 3);
    rdoc_lit(doc, 0, " (0-3)");
}
