/* aar_html_charts.c - what the HTML reports share: escaped text, the
 * contingents' colours and the charts (inline SVG line charts of
 * stability and trust, heat-coloured tables of trust and of stability by
 * sector). */
#include <stdio.h>
#include <string.h>

#include "aar_int.h"
#include "debrief_int.h"

static void h(FILE *f, const char *s)
{
    aar_html_text(f, s);
}

/* Writes s as HTML text (also fit for an attribute in double or single
 * quotes): its special characters as entities, and any control character
 * but a line break or a tab, C1 included, as a space. */
void aar_html_text(FILE *f, const char *s)
{
    for (const char *p = s; p && *p; p++) {
        size_t ctl = *p == '\n' || *p == '\t' ? 0 : aar_control(p);
        if (aar_entity(*p)) {
            fputs(aar_entity(*p), f);
        } else if (ctl) {
            fputc(' ', f);
            p += ctl - 1;
        } else {
            fputc(*p, f);
        }
    }
}

/* Colours for contingents: the scenario's curses colour names, made
 * distinct when two share one. */
const char *aar_seat_colour(const struct debrief *d, int seat)
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
    int n = (int)(sizeof map / sizeof map[0]);
    for (int k = 0; k < n; k++) {
        if (strcmp(d->sc->seats[seat].colour, map[k].name) != 0)
            continue;
        for (int j = 0; j < seat; j++)
            if (strcmp(d->sc->seats[j].colour, d->sc->seats[seat].colour) == 0)
                return spare[seat % 8];
        return map[k].css;
    }
    return spare[seat % 8];
}


struct series {
    const int *v; /* npoints values */
    const char *colour, *label;
    int width;
    const char *dash; /* stroke-dasharray, or NULL */
};

struct rule_line {
    int value;
    const char *colour, *label;
};

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

static void chart(FILE *f, const char *id, const char *title, int n, const struct series *s, int ns,
                  const struct rule_line *r, int nr)
{
    fprintf(f,
            "<svg viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" "
            "aria-labelledby=\"%s\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"%s\">",
            CW, CH, CW, CH, id, id);
    h(f, title);
    fputs("</title>", f);
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
    for (int i = 0; i < nr; i++)
        fprintf(f,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
                "stroke-dasharray=\"6 4\" stroke-width=\"1.5\"/>",
                ML, cy(r[i].value), CW - MR, cy(r[i].value), r[i].colour);
    for (int i = 0; i < ns; i++) {
        fprintf(f,
                "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"%d\" "
                "stroke-linejoin=\"round\"%s%s%s points=\"",
                s[i].colour, s[i].width, s[i].dash ? " stroke-dasharray=\"" : "",
                s[i].dash ? s[i].dash : "", s[i].dash ? "\"" : "");
        for (int t = 0; t < n; t++)
            fprintf(f, "%s%d,%d", t ? " " : "", cx(t, n), cy(s[i].v[t]));
        fputs("\"/>", f);
        for (int t = 0; t < n; t++) {
            fprintf(f, "<circle cx=\"%d\" cy=\"%d\" r=\"2.5\" fill=\"%s\"><title>", cx(t, n),
                    cy(s[i].v[t]), s[i].colour);
            h(f, s[i].label);
            fprintf(f, ", turn %d: %d</title></circle>", t, s[i].v[t]);
        }
    }
    int ly = MT + 10;
    for (int i = 0; i < ns; i++, ly += 18) {
        fprintf(f,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
                "stroke-width=\"%d\"%s%s%s/><text x=\"%d\" y=\"%d\" font-size=\"12\" "
                "fill=\"#1b2631\">",
                CW - MR + 12, ly, CW - MR + 36, ly, s[i].colour, s[i].width,
                s[i].dash ? " stroke-dasharray=\"" : "", s[i].dash ? s[i].dash : "",
                s[i].dash ? "\"" : "", CW - MR + 42, ly + 4);
        h(f, s[i].label);
        fputs("</text>", f);
    }
    for (int i = 0; i < nr; i++, ly += 18) {
        fprintf(f,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
                "stroke-dasharray=\"6 4\" stroke-width=\"1.5\"/><text x=\"%d\" y=\"%d\" "
                "font-size=\"12\" fill=\"#1b2631\">",
                CW - MR + 12, ly, CW - MR + 36, ly, r[i].colour, CW - MR + 42, ly + 4);
        h(f, r[i].label);
        fprintf(f, " (%d)</text>", r[i].value);
    }
    fputs("</svg>", f);
}

static void trust_cell(FILE *f, int a, int b)
{
    /* red (0) to green (100) */
    int hue = b * 120 / 100;
    fprintf(f, "<td class=\"n\" style=\"background:hsl(%d,60%%,85%%)\">", hue);
    if (a == b)
        fprintf(f, "%d</td>", b);
    else
        fprintf(f, "%d &#8594; %d <small>(%+d)</small></td>", a, b, b - a);
}

void aar_html_charts(FILE *f, const struct debrief *d, int num)
{
    const struct scenario *sc = d->sc;
    int n = d->npoints;
    fprintf(f, "<section id=\"charts\" class=\"major\"><h2>%d. Charts</h2><figure>", num);
    struct series st[3] = {
        {d->avg, "#1f4e79", "average stability", 3, NULL},
        {d->min, "#e67e22", "lowest sector", 2, "5 3"},
        {d->pool, "#7f8c8d", "intelligence pool", 2, "2 3"},
    };
    struct rule_line rl[3] = {
        {sc->success_avg, "#1e8449", "success"},
        {sc->partial_avg, "#b7950b", "partial"},
        {sc->collapse_floor, "#a93226", "collapse"},
    };
    chart(f, "chart-stability", "Mandate stability per turn", n, st, 3, rl, 3);
    fprintf(f,
            "<figcaption>Mandate stability per turn: the average of the %d sectors, the "
            "lowest sector and the shared intelligence pool. Success needs an average of %d "
            "and no sector below %d.</figcaption></figure>\n",
            d->nsectors, sc->success_avg, sc->success_min);
    struct series rs[MAX_SEATS];
    int rep[MAX_SEATS][MAX_TURNS + 1];
    for (int i = 0; i < d->nseats; i++) {
        for (int t = 0; t < n; t++)
            rep[i][t] = d->reputation[t][i];
        rs[i] = (struct series){rep[i], aar_seat_colour(d, i), sc->seats[i].name, 2, NULL};
    }
    fputs("<figure>", f);
    chart(f, "chart-trust", "Trust over time: the trust the others hold in each contingent", n, rs,
          d->nseats, NULL, 0);
    fputs("<figcaption>Trust over time: the mean trust the other contingents hold in each "
          "one (its reputation). Public incidents and accusations make it fall; it heals "
          "slowly.</figcaption></figure>\n",
          f);
    fputs("<h3>Trust between contingents, start &#8594; end</h3><table><thead><tr>"
          "<th>Trust of &#8595; in &#8594;</th>",
          f);
    for (int j = 0; j < d->nseats; j++) {
        fputs("<th class=\"n\">", f);
        h(f, sc->seats[j].name);
        fputs("</th>", f);
    }
    fputs("</tr></thead><tbody>\n", f);
    for (int i = 0; i < d->nseats; i++) {
        fputs("<tr><th>", f);
        h(f, sc->seats[i].name);
        fputs("</th>", f);
        for (int j = 0; j < d->nseats; j++) {
            if (i == j)
                fputs("<td class=\"n\" style=\"background:#eee\">&#8212;</td>", f);
            else
                trust_cell(f, d->trust[0][i][j], d->trust[n - 1][i][j]);
        }
        fputs("</tr>\n", f);
    }
    fputs("</tbody></table>\n<h3>Stability by sector</h3><table><thead><tr><th>Sector</th>", f);
    for (int t = 0; t < n; t++)
        fprintf(f, "<th class=\"n\">%s%d</th>", t ? "" : "T", t);
    fputs("</tr></thead><tbody>\n", f);
    for (int k = 0; k < d->nsectors; k++) {
        fputs("<tr><th>", f);
        h(f, sc->sectors[k].name);
        fputs("</th>", f);
        for (int t = 0; t < n; t++) {
            int v = d->stability[t][k];
            fprintf(f, "<td class=\"n\" style=\"background:hsl(%d,55%%,88%%)\">%d</td>",
                    v * 120 / 100, v);
        }
        fputs("</tr>\n", f);
    }
    fputs("</tbody></table></section>\n", f);
}

