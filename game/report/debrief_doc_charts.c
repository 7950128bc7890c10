/* debrief_doc_charts.c - the report's charts: the mandate's stability
 * and each contingent's reputation per turn (lines in HTML, tables with
 * bars and sparklines in Markdown), the trust between contingents, and
 * in HTML each sector's stability. */
#include <stdio.h>
#include <string.h>

#include "debrief_doc_int.h"
#include "debrief_int.h"

/* The first cell of a row of a series table: "start 0", "1", ... */
static void turn_cell(struct rdoc *doc, int t)
{
    rdoc_tr(doc, 0, NULL);
    rdoc_td(doc, 0);
    rdoc_litf(doc, 0, "%s%d", t ? "" : "start ", t);
}

static void number_cell(struct rdoc *doc, int v)
{
    rdoc_td(doc, 0);
    rdoc_litf(doc, 0, "%d", v);
}

/* Markdown: the stability per turn as a table with a bar, then its
 * sparklines. */
static void stability_table(struct rdoc *doc, const struct debrief *d)
{
    static const char *const heads[] = {">Turn", ">Average",        ">Lowest sector",
                                        ">Pool", ">Centralisation", "Average stability",
                                        NULL};
    rdoc_heading(doc, 3, 0, NULL);
    rdoc_lit(doc, 0, "Mandate stability per turn");
    rdoc_para(doc);
    rdoc_litf(doc, 0,
              "Success needs an average of %d and no sector below %d; below %d the "
              "mandate collapses.",
              d->sc->success_avg, d->sc->success_min, d->sc->collapse_floor);
    dd_table(doc, 0, heads);
    for (int t = 0; t < d->npoints; t++) {
        char bar[25 * 3 + 1] = "";
        int n = d->avg[t] * 25 / 100;
        for (int i = 0; i < 25; i++)
            strcat(bar, i < n ? "\u2588" : "\u00b7");
        turn_cell(doc, t);
        number_cell(doc, d->avg[t]);
        number_cell(doc, d->min[t]);
        number_cell(doc, d->pool[t]);
        number_cell(doc, d->centralisation[t]);
        rdoc_td(doc, 0);
        rdoc_lit(doc, RS_CODE, bar);
    }
    rdoc_table_end(doc);
    rdoc_para(doc);
    rdoc_lit(doc, 0, "Average: ");
    rdoc_spark(doc, RS_CODE, d->avg, d->npoints, 0, 100);
    rdoc_lit(doc, 0, "  lowest: ");
    rdoc_spark(doc, RS_CODE, d->min, d->npoints, 0, 100);
    rdoc_lit(doc, 0, "  pool: ");
    rdoc_spark(doc, RS_CODE, d->pool, d->npoints, 0, 100);
    rdoc_lit(doc, 0, " (scale 0-100)");
}

/* Markdown: each contingent's reputation per turn as a table, with a
 * sparkline for its trend. */
static void reputation_table(struct rdoc *doc, const struct debrief *d)
{
    rdoc_heading(doc, 3, 0, NULL);
    rdoc_lit(doc, 0, "Trust over time");
    rdoc_para(doc);
    rdoc_lit(doc, 0,
             "The trust the other contingents hold in each one (its reputation), per "
             "turn, 0-100.");
    rdoc_table(doc, 0, NULL);
    rdoc_tr(doc, RBF_HEAD, NULL);
    dd_head(doc, "Turn", 1);
    for (int i = 0; i < d->nseats; i++) {
        rdoc_td(doc, RBF_RIGHT);
        rdoc_str(doc, 0, d->sc->seats[i].name);
    }
    for (int t = 0; t < d->npoints; t++) {
        turn_cell(doc, t);
        for (int i = 0; i < d->nseats; i++)
            number_cell(doc, d->reputation[t][i]);
    }
    rdoc_tr(doc, 0, NULL);
    dd_cell_lit(doc, "trend");
    for (int i = 0; i < d->nseats; i++) {
        int v[MAX_TURNS + 1];
        for (int t = 0; t < d->npoints; t++)
            v[t] = d->reputation[t][i];
        rdoc_td(doc, 0);
        rdoc_spark(doc, RS_CODE, v, d->npoints, 0, 100);
    }
    rdoc_table_end(doc);
}

/* HTML: a figure of the stability per turn, with its thresholds. */
static void stability_figure(struct rdoc *doc, const struct debrief *d)
{
    const struct scenario *sc = d->sc;
    rdoc_figure(doc);
    rdoc_chart(doc, "chart-stability", "Mandate stability per turn", d->npoints, 0, 0);
    rdoc_series(doc, RC_LINE, RL_THICK, RT_NORMAL, d->avg, "average stability", NULL);
    rdoc_series(doc, RC_LINE, RL_DASHED, RT_WARN, d->min, "lowest sector", NULL);
    rdoc_series(doc, RC_LINE, RL_DOTTED, RT_DIM, d->pool, "intelligence pool", NULL);
    rdoc_rule(doc, sc->success_avg, RT_GOOD, "success");
    rdoc_rule(doc, sc->partial_avg, RT_WARN, "partial");
    rdoc_rule(doc, sc->collapse_floor, RT_BAD, "collapse");
    rdoc_para(doc);
    rdoc_litf(doc, 0,
              "Mandate stability per turn: the average of the %d sectors, the lowest "
              "sector and the shared intelligence pool. Success needs an average of %d "
              "and no sector below %d.",
              d->nsectors, sc->success_avg, sc->success_min);
    rdoc_figure_end(doc);
}

/* HTML: a figure of each contingent's reputation per turn. */
static void reputation_figure(struct rdoc *doc, const struct debrief *d)
{
    rdoc_figure(doc);
    rdoc_chart(doc, "chart-trust", "Trust over time: the trust the others hold in each contingent",
               d->npoints, 0, 0);
    for (int i = 0; i < d->nseats; i++) {
        int v[MAX_TURNS + 1];
        for (int t = 0; t < d->npoints; t++)
            v[t] = d->reputation[t][i];
        rdoc_series(doc, RC_LINE, RL_PLAIN, RSEAT(i), v, d->sc->seats[i].name, NULL);
    }
    rdoc_para(doc);
    rdoc_lit(doc, 0,
             "Trust over time: the mean trust the other contingents hold in each one "
             "(its reputation). Public incidents and accusations make it fall; it "
             "heals slowly.");
    rdoc_figure_end(doc);
}

/* HTML: each sector's stability per turn, shaded. */
static void sectors(struct rdoc *doc, const struct debrief *d)
{
    rdoc_heading(doc, 3, 0, NULL);
    rdoc_lit(doc, 0, "Stability by sector");
    rdoc_table(doc, RBF_ROW_HEADS, NULL);
    rdoc_tr(doc, RBF_HEAD, NULL);
    dd_head(doc, "Sector", 0);
    for (int t = 0; t < d->npoints; t++) {
        rdoc_td(doc, RBF_RIGHT);
        rdoc_litf(doc, 0, "%s%d", t ? "" : "T", t);
    }
    for (int k = 0; k < d->nsectors; k++) {
        rdoc_tr(doc, 0, NULL);
        dd_cell_str(doc, d->sc->sectors[k].name);
        for (int t = 0; t < d->npoints; t++) {
            number_cell(doc, d->stability[t][k]);
            rdoc_set_heat(doc, RH_STAB, d->stability[t][k], 100);
        }
    }
    rdoc_table_end(doc);
}

void dd_charts(struct rdoc *doc, const struct debrief *d, int num)
{
    rdoc_section(doc, "charts", "Charts", 1);
    rdoc_heading(doc, 2, num, NULL);
    rdoc_lit(doc, 0, "Charts");
    rdoc_for(doc, RDOC_MD);
    stability_table(doc, d);
    rdoc_for(doc, RDOC_HTML | RDOC_TTY);
    stability_figure(doc, d);
    rdoc_for(doc, RDOC_MD);
    reputation_table(doc, d);
    rdoc_for(doc, RDOC_HTML | RDOC_TTY);
    reputation_figure(doc, d);
    rdoc_for(doc, RDOC_ALL);
    dd_trust(doc, d);
    rdoc_for(doc, RDOC_HTML | RDOC_TTY);
    sectors(doc, d);
    rdoc_for(doc, RDOC_ALL);
    rdoc_section_end(doc);
}
