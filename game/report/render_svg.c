/* render_svg.c - what HTML draws in colour: the contingents' colours and
 * the charts, inline SVG line charts of a document's series against
 * their thresholds. */
#include <stdio.h>
#include <string.h>

#include "aar_int.h"
#include "rdoc.h"

/* Colours for contingents: the scenario's curses colour names, made
 * distinct when two share one. */
const char *aar_seat_colour(const struct rdoc *doc, int seat)
{
    static const struct {
        const char *name, *css;
    } map[] = {
        {"red", "#d62728"},     {"green", "#2ca02c"}, {"yellow", "#d4a000"}, {"blue", "#1f77b4"},
        {"magenta", "#c2185b"}, {"cyan", "#17becf"},  {"white", "#7f7f7f"},  {"black", "#393b79"},
    };
    static const char *const spare[] = {
        "#ff7f0e", "#8c564b", "#9467bd", "#bcbd22", "#e377c2", "#17609a", "#6b8e23", "#a0522d",
    };
    if (seat < 0 || seat >= doc->nseats)
        return spare[0];
    const char *mine = rdoc_text(doc, doc->seat_colour[seat]);
    int n = (int)(sizeof map / sizeof map[0]);
    for (int k = 0; k < n; k++) {
        if (strcmp(mine, map[k].name) != 0)
            continue;
        for (int j = 0; j < seat; j++)
            if (strcmp(rdoc_text(doc, doc->seat_colour[j]), mine) == 0)
                return spare[seat % 8];
        return map[k].css;
    }
    return spare[seat % 8];
}

/* A series' colour by its tone, and a threshold's. */
static const char *series_colour(const struct rdoc *doc, unsigned style)
{
    switch (RSTYLE_TONE(style)) {
    case RT_SEAT:
        return aar_seat_colour(doc, RSTYLE_SEAT(style));
    case RT_WARN:
        return "#e67e22";
    case RT_DIM:
        return "#7f8c8d";
    default:
        return "#1f4e79";
    }
}

static const char *rule_colour(unsigned style)
{
    switch (RSTYLE_TONE(style)) {
    case RT_GOOD:
        return "#1e8449";
    case RT_WARN:
        return "#b7950b";
    default:
        return "#a93226";
    }
}

enum { CW = 760, CH = 300, ML = 44, MR = 170, MT = 14, MB = 40 };

static int cx(int t, int n)
{
    int pw = CW - ML - MR;
    return n > 1 ? ML + t * pw / (n - 1) : ML + pw / 2;
}

static int cy(int v)
{
    int ph = CH - MT - MB;
    v = v < 0 ? 0 : v > 100 ? 100 : v;
    return MT + ph - v * ph / 100;
}

/* stroke-width and stroke-dasharray of a series' line, with between
 * them what goes there (may be ""). */
static void stroke(FILE *f, const struct rdoc_series *s, const char *between)
{
    static const char *const dash[] = {[RL_DASHED] = "5 3", [RL_DOTTED] = "2 3"};
    fprintf(f, " stroke-width=\"%d\"%s", s->line == RL_THICK ? 3 : 2, between);
    if (s->line == RL_DASHED || s->line == RL_DOTTED)
        fprintf(f, " stroke-dasharray=\"%s\"", dash[s->line]);
}

/* The axes, the grid and the thresholds. */
static void frame(FILE *f, const struct rdoc *doc, const struct rdoc_chart *c)
{
    int n = c->npoints;
    fprintf(f,
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#fbfcfc\" "
            "stroke=\"#d5d8dc\"/>",
            ML, MT, CW - ML - MR, CH - MT - MB);
    for (int v = 0; v <= 100; v += 20)
        fprintf(f,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#e5e8e8\"/>"
                "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\" "
                "fill=\"#5d6d7e\">%d</text>",
                ML, cy(v), CW - MR, cy(v), ML - 6, cy(v) + 4, v);
    int step = n > 13 ? 2 : 1;
    for (int t = 0; t < n; t += step)
        fprintf(f,
                "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" "
                "fill=\"#5d6d7e\">%d</text>",
                cx(t, n), CH - MB + 16, t);
    fprintf(f,
            "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" "
            "fill=\"#5d6d7e\">turn (0 = start)</text>",
            ML + (CW - ML - MR) / 2, CH - 6);
    for (int i = 0; i < c->nrules; i++) {
        const struct rdoc_rule *r = &doc->rule[c->rfirst + i];
        fprintf(f,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
                "stroke-dasharray=\"6 4\" stroke-width=\"1.5\"/>",
                ML, cy(r->value), CW - MR, cy(r->value), rule_colour(r->style));
    }
}

/* The legend: each series, then each threshold. */
static void legend(FILE *f, const struct rdoc *doc, const struct rdoc_chart *c)
{
    int ly = MT + 10;
    for (int i = 0; i < c->nseries; i++, ly += 18) {
        const struct rdoc_series *s = &doc->s[c->first + i];
        fprintf(f, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"", CW - MR + 12, ly,
                CW - MR + 36, ly, series_colour(doc, s->style));
        stroke(f, s, "");
        fprintf(f, "/><text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"#1b2631\">", CW - MR + 42,
                ly + 4);
        aar_html_text(f, rdoc_text(doc, s->label));
        fputs("</text>", f);
    }
    for (int i = 0; i < c->nrules; i++, ly += 18) {
        const struct rdoc_rule *r = &doc->rule[c->rfirst + i];
        fprintf(f,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
                "stroke-dasharray=\"6 4\" stroke-width=\"1.5\"/><text x=\"%d\" y=\"%d\" "
                "font-size=\"12\" fill=\"#1b2631\">",
                CW - MR + 12, ly, CW - MR + 36, ly, rule_colour(r->style), CW - MR + 42, ly + 4);
        aar_html_text(f, rdoc_text(doc, r->label));
        fprintf(f, " (%d)</text>", r->value);
    }
}

void aar_svg_chart(FILE *f, const struct rdoc *doc, int k)
{
    if (k < 0 || k >= doc->nc)
        return;
    const struct rdoc_chart *c = &doc->c[k];
    const char *id = rdoc_text(doc, c->id);
    int n = c->npoints;
    fprintf(f,
            "<svg viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" "
            "aria-labelledby=\"%s\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"%s\">",
            CW, CH, CW, CH, id, id);
    aar_html_text(f, rdoc_text(doc, c->title));
    fputs("</title>", f);
    frame(f, doc, c);
    for (int i = 0; i < c->nseries; i++) {
        const struct rdoc_series *s = &doc->s[c->first + i];
        const int *v = rdoc_values(doc, s->vals);
        const char *colour = series_colour(doc, s->style);
        fprintf(f, "<polyline fill=\"none\" stroke=\"%s\"", colour);
        stroke(f, s, " stroke-linejoin=\"round\"");
        fputs(" points=\"", f);
        for (int t = 0; t < n; t++)
            fprintf(f, "%s%d,%d", t ? " " : "", cx(t, n), cy(v[t]));
        fputs("\"/>", f);
        for (int t = 0; t < n; t++) {
            fprintf(f, "<circle cx=\"%d\" cy=\"%d\" r=\"2.5\" fill=\"%s\"><title>", cx(t, n),
                    cy(v[t]), colour);
            aar_html_text(f, rdoc_text(doc, s->label));
            fprintf(f, ", turn %d: %d</title></circle>", t, v[t]);
        }
    }
    legend(f, doc, c);
    fputs("</svg>", f);
}
