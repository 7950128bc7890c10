/* aar_html.c - the after-action report as one self-contained HTML page:
 * inline CSS, inline SVG charts, no script and nothing fetched from the
 * network; @media print rules give A4 pages with each major part on a new
 * page and table headers repeated. */
#include <stdio.h>
#include <string.h>

#include "../ai/ai.h"
#include "aar_int.h"
#include "debrief_int.h"

/* Writes s with HTML's special characters escaped. */
static void h(FILE *f, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '&':
            fputs("&amp;", f);
            break;
        case '<':
            fputs("&lt;", f);
            break;
        case '>':
            fputs("&gt;", f);
            break;
        case '"':
            fputs("&quot;", f);
            break;
        case '\'':
            fputs("&#39;", f);
            break;
        default:
            fputc(*s, f);
        }
    }
}

static const char css[] =
    ":root{--ink:#1b2631;--muted:#5d6d7e;--rule:#d5d8dc;--accent:#1f4e79;--soft:#eaf0f6}"
    "*{box-sizing:border-box}"
    "body{font-family:'DejaVu Sans','Segoe UI',Helvetica,Arial,sans-serif;color:var(--ink);"
    "background:#fff;max-width:1120px;margin:0 auto;padding:24px 32px;line-height:1.45;"
    "font-size:15px}"
    "header.cover{border-bottom:5px solid var(--accent);padding-bottom:14px;margin-bottom:18px}"
    "header.cover .kicker{text-transform:uppercase;letter-spacing:.12em;font-size:12px;"
    "color:var(--muted)}"
    "h1{font-size:28px;margin:4px 0}h2{color:var(--accent);border-bottom:2px solid "
    "var(--accent);padding-bottom:4px;margin-top:34px}h3{margin:22px 0 6px}"
    "p.sub{color:var(--muted);margin:0}"
    ".banner{background:#fdf2e9;border-left:5px solid #ca6f1e;padding:8px 12px;margin:12px 0}"
    "nav.toc{background:var(--soft);padding:8px 14px;border-radius:6px;font-size:14px}"
    "nav.toc ol{margin:4px 0;padding-left:22px;columns:2}"
    "table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:13px}"
    "th,td{border:1px solid var(--rule);padding:4px 6px;vertical-align:top;text-align:left}"
    "thead th{background:var(--soft)}tbody tr:nth-child(even) td{background:#fafbfc}"
    "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}td.n{white-space:nowrap}"
    "table.facts th{width:190px;background:var(--soft)}"
    ".badge{display:inline-block;min-width:1.7em;text-align:center;font-weight:bold;"
    "border-radius:4px;padding:0 6px;color:#fff;-webkit-print-color-adjust:exact;"
    "print-color-adjust:exact}"
    ".r-P{background:#1e8449}.r-S{background:#b7950b}.r-M{background:#ca6f1e}"
    ".r-U{background:#a93226}.r-none{background:#aab7b8}"
    ".lesson{border:1px solid var(--rule);border-left:6px solid var(--accent);"
    "border-radius:6px;padding:8px 16px 4px;margin:16px 0}"
    ".lesson h3{margin-top:6px}.lesson .statement{font-style:italic;color:var(--muted)}"
    "ul.evidence li{margin:2px 0}.tag{font-size:12px;font-weight:bold;white-space:nowrap}"
    ".ok{color:#1e8449}.no{color:#a93226}.warn{color:#ca6f1e}"
    ".precedent{background:#f4f6f7;padding:6px 10px;border-radius:4px}"
    "tr.fail td:nth-child(6){color:#a93226}tr.succ td:nth-child(6){color:#1e8449}"
    "td.seen{color:#a93226;font-weight:bold}"
    "figure{margin:14px 0}figcaption{color:var(--muted);font-size:13px}"
    "svg{max-width:100%;height:auto;font-family:inherit}"
    "footer{margin-top:30px;color:var(--muted);font-size:12px;border-top:1px solid "
    "var(--rule);padding-top:6px}"
    "@page{size:A4;margin:14mm}"
    "@media print{body{max-width:none;padding:0;font-size:10pt}nav.toc{display:none}"
    "section.major{break-before:page}h2,h3{break-after:avoid}"
    "tr,li,figure,.badge{break-inside:avoid}thead{display:table-header-group}"
    "a{color:inherit;text-decoration:none}"
    "table{font-size:8.5pt}.lesson{break-inside:auto}"
    "th,td,.lesson,.banner,.precedent{-webkit-print-color-adjust:exact;"
    "print-color-adjust:exact}}";

/* Colours for contingents: the scenario's curses colour names, made
 * distinct when two share one. */
static const char *seat_colour(const struct debrief *d, int seat)
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

static void badge(FILE *f, int rating)
{
    fprintf(f, "<span class=\"badge r-%s\" title=\"%s\">%s</span>",
            rating > RATING_NONE && rating < RATING_COUNT ? rating_letter(rating) : "none",
            rating_text(rating), rating_letter(rating));
}

/* ---- charts ---------------------------------------------------------------- */

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

/* ---- sections ---------------------------------------------------------------- */

static void head(FILE *f, const struct debrief *d)
{
    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<title>After-Action Report - ",
          f);
    h(f, d->sc->name);
    fprintf(f, "</title>\n<style>%s</style>\n</head>\n<body>\n", css);
}

static void overview(FILE *f, const struct debrief *d, const struct aar_meta *m)
{
    const struct scenario *sc = d->sc;
    char b[96], b2[64];
    int last = d->npoints - 1;
    fputs("<header class=\"cover\"><div class=\"kicker\">Mandate tabletop exercise - "
          "After-Action Report / Improvement Plan</div><h1>",
          f);
    h(f, sc->name);
    fputs("</h1><p class=\"sub\">Host country: ", f);
    h(f, sc->host);
    fprintf(f, " &middot; mandate <strong>%s</strong> &middot; %d of %d turns</p></header>\n",
            debrief_outcome(d), d->turns, d->scheduled);
    fputs("<div class=\"banner\"><strong>Declassified debrief.</strong> Every secret order "
          "of the exercise is disclosed below, with its dice. Hand it out after the game, "
          "not before.</div>\n",
          f);
    fputs("<nav class=\"toc\"><strong>Contents</strong><ol>"
          "<li><a href=\"#overview\">Exercise overview</a></li>"
          "<li><a href=\"#objectives\">Learning objectives</a></li>"
          "<li><a href=\"#strengths\">Strengths</a></li>"
          "<li><a href=\"#improve\">Areas for improvement</a></li>"
          "<li><a href=\"#plan\">Improvement plan</a></li>"
          "<li><a href=\"#timeline\">Declassified timeline</a></li>"
          "<li><a href=\"#spying\">Who spied on whom</a></li>"
          "<li><a href=\"#charts\">Charts</a></li>"
          "<li><a href=\"#scores\">Both scores</a></li>"
          "<li><a href=\"#reasons\">The AI's reasons</a></li>"
          "<li><a href=\"#questions\">Discussion questions</a></li></ol></nav>\n",
          f);
    fputs("<section id=\"overview\"><h2>1. Exercise overview</h2>\n<table class=\"facts\">"
          "<tbody><tr><th>Exercise</th><td>Mandate - ",
          f);
    h(f, sc->name);
    fputs(" (<code>", f);
    h(f, sc->id);
    fputs("</code>)</td></tr><tr><th>Host country</th><td>", f);
    h(f, sc->host);
    fputs("</td></tr><tr><th>Scenario</th><td>", f);
    h(f, sc->summary);
    fputs("</td></tr><tr><th>Date of play</th><td>started ", f);
    h(f, aar_date(d->started_at, b, sizeof b));
    fputs(", saved ", f);
    h(f, aar_date(m ? m->saved_at : NULL, b2, sizeof b2));
    fprintf(f, "</td></tr><tr><th>Turns</th><td>%d of %d played%s</td></tr>", d->turns,
            d->scheduled,
            d->ended ? (d->collapsed ? " (the mandate collapsed)" : " (game over)")
                     : " (game in progress)");
    fprintf(f, "<tr><th>Seed</th><td>%llu</td></tr>", (unsigned long long)d->seed);
    fprintf(f,
            "<tr><th>Mandate</th><td>%s<strong>%s</strong>: average stability %d (success "
            "needs %d, partial %d), lowest sector %d</td></tr>",
            d->ended ? "" : "so far ", debrief_outcome(d), d->avg[last], sc->success_avg,
            sc->partial_avg, d->min[last]);
    fputs("<tr><th>Highest national score</th><td>", f);
    h(f, debrief_seat(d, d->winner));
    fputs("</td></tr>", f);
    fprintf(f, "<tr><th>Learning objectives</th><td>%d of %d came up</td></tr>",
            debrief_lessons_arisen(d), LESSON_COUNT);
    if (m && m->source) {
        fputs("<tr><th>Source</th><td>", f);
        h(f, m->source);
        if (m->game_version && m->game_version[0]) {
            fputs(" (saved by mandate ", f);
            h(f, m->game_version);
            fputs(")", f);
        }
        fputs("</td></tr>", f);
    }
    if (!d->exact)
        fputs("<tr><th>Note</th><td>Re-resolving the record did not reproduce every recorded "
              "checksum: some state behind the objectives' evidence is approximate.</td></tr>",
              f);
    fputs("</tbody></table>\n<h3>Participants</h3><table><thead><tr><th>Contingent</th>"
          "<th>Played by</th><th>Profile</th><th class=\"n\">Mandate operations</th>"
          "<th class=\"n\">Stability added</th><th class=\"n\">National score</th></tr>"
          "</thead><tbody>\n",
          f);
    for (int i = 0; i < d->nseats; i++) {
        const struct db_seat *s = &d->seat[i];
        fprintf(f, "<tr><td><span style=\"color:%s\">&#9632;</span> ", seat_colour(d, i));
        h(f, sc->seats[i].name);
        fputs("</td><td>", f);
        h(f, debrief_player(d, i, b, sizeof b));
        fputs("</td><td>", f);
        h(f, sc->seats[i].profile);
        fprintf(f,
                "</td><td class=\"n\">%d</td><td class=\"n\">%+d</td><td class=\"n\">%d%s"
                "</td></tr>\n",
                s->mandate_ops, s->stability_added, s->national.total,
                i == d->winner ? " &#9733;" : "");
    }
    fputs("</tbody></table></section>\n", f);
}

static void lesson_html(FILE *f, const struct debrief *d, const struct db_lesson *L)
{
    const struct lesson_def *def = debrief_lesson_def(d, L->number);
    fprintf(f, "<div class=\"lesson\" id=\"objective-%d\"><h3>", L->number);
    badge(f, L->rating);
    fprintf(f, " Objective %d: ", L->number);
    h(f, debrief_lesson_title(d, L->number));
    fprintf(f, " <small>- %s</small></h3>\n", rating_text(L->rating));
    if (def) {
        fputs("<p class=\"statement\">", f);
        h(f, def->statement);
        fputs("</p><p><strong>Critical task:</strong> ", f);
        h(f, def->task);
        fputs("</p>", f);
    }
    fputs("<p><strong>Rating basis:</strong> ", f);
    h(f, L->basis);
    fprintf(f, "</p><p><strong>Evidence</strong> (first on turn %d):</p><ul class=\"evidence\">",
            L->first_turn);
    for (int i = 0; i < L->nev; i++) {
        const struct db_evidence *e = &L->ev[i];
        fprintf(f, "<li><strong>Turn %d:</strong> ", e->turn);
        h(f, e->text);
        if (e->threat)
            fputs(e->countered ? " <span class=\"tag ok\">&#10004; countered</span>"
                  : e->wrong   ? " <span class=\"tag warn\">&#10008; blamed on the wrong "
                                 "contingent</span>"
                               : " <span class=\"tag no\">&#10008; not countered</span>",
                  f);
        fputs("</li>", f);
    }
    if (L->dropped)
        fprintf(f, "<li>(%d more not listed)</li>", L->dropped);
    fputs("</ul>", f);
    if (def) {
        fputs("<p class=\"precedent\"><strong>Precedent:</strong> ", f);
        h(f, def->precedent);
        if (def->source[0]) {
            fputs("<br><strong>Source:</strong> ", f);
            h(f, def->source);
        }
        fputs("</p><p><strong>Discussion questions:</strong></p><ul>", f);
        for (int q = 0; q < def->nquestions; q++) {
            fputs("<li>", f);
            h(f, def->questions[q]);
            fputs("</li>", f);
        }
        fputs("</ul>", f);
    }
    fputs("</div>\n", f);
}

static void lessons(FILE *f, const struct debrief *d)
{
    fputs("<section id=\"objectives\" class=\"major\"><h2>2. Learning objectives</h2>\n"
          "<table><thead><tr><th class=\"n\">#</th><th>Objective</th><th>Came up</th>"
          "<th>Rating</th><th class=\"n\">Countered</th><th class=\"n\">First turn</th></tr>"
          "</thead><tbody>\n",
          f);
    for (int k = 0; k < LESSON_COUNT; k++) {
        const struct db_lesson *L = &d->lesson[k];
        fprintf(f, "<tr><td class=\"n\">%d</td><td>", L->number);
        if (L->arose)
            fprintf(f, "<a href=\"#objective-%d\">", L->number);
        h(f, debrief_lesson_title(d, L->number));
        fprintf(f, "%s</td><td>%s</td><td>", L->arose ? "</a>" : "", L->arose ? "yes" : "no");
        badge(f, L->rating);
        fprintf(f, " %s</td><td class=\"n\">", rating_text(L->rating));
        if (L->arose && L->number != 7 && L->threats)
            fprintf(f, "%d of %d", L->countered, L->threats);
        else
            fputs("-", f);
        if (L->arose)
            fprintf(f, "</td><td class=\"n\">%d</td></tr>\n", L->first_turn);
        else
            fputs("</td><td class=\"n\">-</td></tr>\n", f);
    }
    fputs("</tbody></table>\n<p><strong>How ratings are earned.</strong> ", f);
    h(f, debrief_rating_rule);
    fputs("</p>\n", f);
    for (int k = 0; k < LESSON_COUNT; k++)
        if (d->lesson[k].arose)
            lesson_html(f, d, &d->lesson[k]);
    if (debrief_lessons_arisen(d) < LESSON_COUNT) {
        fputs("<h3>Objectives that did not come up</h3><ul>", f);
        for (int k = 0; k < LESSON_COUNT; k++) {
            if (d->lesson[k].arose)
                continue;
            const struct lesson_def *def = debrief_lesson_def(d, k + 1);
            fprintf(f, "<li>%d. ", k + 1);
            h(f, def ? def->statement : debrief_lesson_title(d, k + 1));
            fputs("</li>", f);
        }
        fputs("</ul>", f);
    }
    fputs("</section>\n", f);
}

static void points(FILE *f, const char *id, const char *title, const struct db_point *p, int n)
{
    fprintf(f, "<section id=\"%s\"><h2>%s</h2><ul>", id, title);
    if (!n)
        fputs("<li>None recorded.</li>", f);
    for (int i = 0; i < n; i++) {
        fputs("<li>", f);
        h(f, p[i].text);
        fputs("</li>", f);
    }
    fputs("</ul></section>\n", f);
}

static void plan(FILE *f, const struct debrief *d)
{
    fputs("<section id=\"plan\"><h2>5. Improvement plan</h2><table><thead><tr>"
          "<th class=\"n\">#</th><th>Objective</th><th>Issue / area for improvement</th>"
          "<th>Corrective action</th><th>Capability element</th><th>Responsible</th></tr>"
          "</thead><tbody>\n",
          f);
    if (!d->nplan)
        fputs("<tr><td colspan=\"6\">No area for improvement was found.</td></tr>", f);
    for (int i = 0; i < d->nplan; i++) {
        const struct db_plan *p = &d->plan[i];
        fprintf(f, "<tr><td class=\"n\">%d</td><td>", i + 1);
        if (p->lesson)
            fprintf(f, "%d. ", p->lesson);
        h(f, p->lesson ? debrief_lesson_title(d, p->lesson) : "The mission");
        fputs("</td><td>", f);
        h(f, p->issue);
        fputs("</td><td>", f);
        h(f, p->action);
        fprintf(f, "</td><td>%s</td><td>", element_name(p->element));
        h(f, p->responsible);
        fputs("</td></tr>\n", f);
    }
    fputs("</tbody></table></section>\n", f);
}

static void timeline(FILE *f, const struct debrief *d)
{
    char b[DB_TEXT], c1[16], c2[16], c3[16], c4[16];
    fputs("<section id=\"timeline\" class=\"major\"><h2>6. Declassified timeline</h2>"
          "<p>Every covert and counter-intelligence order, turn by turn. An operation "
          "succeeds when its roll is below its chance, and is detected when the detection "
          "roll is below the detection chance.</p>\n",
          f);
    for (int t = 1; t <= d->turns; t++) {
        const struct db_turn *tu = &d->turn[t];
        fprintf(f,
                "<h3>Turn %d</h3><p>Average stability %d, lowest sector %d, pool %d; "
                "%d public incident%s.",
                t, d->avg[t], d->min[t], d->pool[t], tu->incidents, tu->incidents == 1 ? "" : "s");
        debrief_injects(d, t, b, sizeof b);
        if (b[0]) {
            fputs(" Injects: ", f);
            h(f, b);
            fputs(".", f);
        }
        fputs("</p>\n", f);
        if (!tu->nops) {
            fputs("<p>No hidden orders.</p>\n", f);
            continue;
        }
        fputs("<table><thead><tr><th>Contingent</th><th>Order</th><th>Against</th>"
              "<th class=\"n\">Chance</th><th class=\"n\">Roll</th><th>Outcome</th>"
              "<th class=\"n\">Detection</th><th class=\"n\">Roll</th><th>Detected / blamed"
              "</th><th>Result</th></tr></thead><tbody>\n",
              f);
        for (int k = tu->first; k < tu->first + tu->nops; k++) {
            const struct db_op *op = &d->ops[k];
            fprintf(f, "<tr class=\"%s\"><td>",
                    !op->covert   ? "counter"
                    : op->success ? "succ"
                                  : "fail");
            h(f, debrief_seat(d, op->seat));
            fputs("</td><td>", f);
            h(f, debrief_order(d, op->kind));
            fputs("</td><td>", f);
            h(f, debrief_against(d, op, b, sizeof b));
            fprintf(f,
                    "</td><td class=\"n\">%s</td><td class=\"n\">%s</td><td>%s</td>"
                    "<td class=\"n\">%s</td><td class=\"n\">%s</td><td%s>",
                    debrief_pct(op->chance, c1, sizeof c1), debrief_pct(op->roll, c2, sizeof c2),
                    debrief_op_outcome(op), debrief_pct(op->detect_chance, c3, sizeof c3),
                    debrief_pct(op->detect_roll, c4, sizeof c4), op->detected ? " class=\"seen\"" : "");
            h(f, debrief_op_detection(d, op, b, sizeof b));
            fputs("</td><td>", f);
            h(f, op->result);
            fputs("</td></tr>\n", f);
        }
        fputs("</tbody></table>\n", f);
    }
    fputs("</section>\n", f);
}

static void spying(FILE *f, const struct debrief *d)
{
    int most = 1;
    for (int i = 0; i < d->nseats; i++)
        for (int t = 0; t < MAX_TARGETS; t++)
            if (d->spy[i][t].ops > most)
                most = d->spy[i][t].ops;
    fputs("<section id=\"spying\"><h2>7. Who spied on whom</h2><p>Collection operations "
          "(observe, intercept and insiders against contingents; intrusion, backdoor and "
          "retained surveillance against mission HQ). Each cell: operations / succeeded / "
          "detected / rightly attributed; the darker, the more operations.</p>"
          "<table><thead><tr><th>Operator &#8594; target</th>",
          f);
    for (int j = 0; j < d->nseats; j++) {
        fputs("<th class=\"n\">", f);
        h(f, d->sc->seats[j].name);
        fputs("</th>", f);
    }
    fputs("<th class=\"n\">Mission HQ</th></tr></thead><tbody>\n", f);
    for (int i = 0; i < d->nseats; i++) {
        fputs("<tr><th>", f);
        h(f, d->sc->seats[i].name);
        fputs("</th>", f);
        for (int j = 0; j <= d->nseats; j++) {
            int t = j == d->nseats ? TARGET_HQ : j;
            const struct db_cell *c = &d->spy[i][t];
            if (t == i) {
                fputs("<td class=\"n\" style=\"background:#eee\">&#8212;</td>", f);
            } else if (!c->ops) {
                fputs("<td class=\"n\">-</td>", f);
            } else {
                int alpha = 15 + 60 * c->ops / most;
                fprintf(f,
                        "<td class=\"n\" style=\"background:rgba(169,50,38,.%02d)\" "
                        "title=\"%d operations, %d succeeded, %d detected, %d rightly "
                        "attributed\">%d / %d / %d / %d</td>",
                        alpha, c->ops, c->succeeded, c->detected, c->attributed, c->ops,
                        c->succeeded, c->detected, c->attributed);
            }
        }
        fputs("</tr>\n", f);
    }
    fputs("</tbody></table></section>\n", f);
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

static void charts(FILE *f, const struct debrief *d)
{
    const struct scenario *sc = d->sc;
    int n = d->npoints;
    fputs("<section id=\"charts\" class=\"major\"><h2>8. Charts</h2><figure>", f);
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
        rs[i] = (struct series){rep[i], seat_colour(d, i), sc->seats[i].name, 2, NULL};
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

static void scores(FILE *f, const struct debrief *d)
{
    fputs("<section id=\"scores\"><h2>9. Both scores</h2><p>The mandate is everyone's score; "
          "the national score is each capital's: (intelligence + influence + secret "
          "objectives + reputation - penalties) &times; the mandate factor.</p>"
          "<table><thead><tr><th>Contingent</th><th class=\"n\">Mandate operations</th>"
          "<th class=\"n\">Stability added</th><th class=\"n\">Share of the mandate</th>"
          "<th class=\"n\">Intelligence</th><th class=\"n\">Influence</th>"
          "<th class=\"n\">Secret objectives</th><th class=\"n\">Reputation</th>"
          "<th class=\"n\">Penalties</th><th class=\"n\">Raw</th><th class=\"n\">Factor</th>"
          "<th class=\"n\">National score</th></tr></thead><tbody>\n",
          f);
    for (int i = 0; i < d->nseats; i++) {
        const struct db_seat *s = &d->seat[i];
        const struct score *n = &s->national;
        fputs("<tr><td>", f);
        h(f, d->sc->seats[i].name);
        fprintf(f,
                "</td><td class=\"n\">%d</td><td class=\"n\">%+d</td><td class=\"n\">%d.%d%%"
                "</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%d</td>"
                "<td class=\"n\">%d</td><td class=\"n\">%s%d</td><td class=\"n\">%d</td>"
                "<td class=\"n\">%d.%02d</td><td class=\"n\"><strong>%d</strong>%s</td></tr>\n",
                s->mandate_ops, s->stability_added, s->mandate_permille / 10,
                s->mandate_permille % 10, n->intel, n->influence, n->objectives, n->reputation,
                n->penalties ? "-" : "", n->penalties, n->raw, n->factor / 1000,
                n->factor % 1000 / 10, n->total, i == d->winner ? " &#9733;" : "");
    }
    fputs("</tbody></table><table><thead><tr><th>Contingent</th><th class=\"n\">Covert "
          "operations</th><th class=\"n\">Succeeded</th><th class=\"n\">Detected</th>"
          "<th class=\"n\">Rightly attributed</th><th class=\"n\">Detections made</th></tr>"
          "</thead><tbody>\n",
          f);
    for (int i = 0; i < d->nseats; i++) {
        const struct db_seat *s = &d->seat[i];
        fputs("<tr><td>", f);
        h(f, d->sc->seats[i].name);
        fprintf(f,
                "</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%d</td>"
                "<td class=\"n\">%d</td><td class=\"n\">%d</td></tr>\n",
                s->covert_ops, s->covert_succeeded, s->covert_detected, s->covert_attributed,
                s->detections);
    }
    fputs("</tbody></table></section>\n", f);
}

static void reasons(FILE *f, const struct debrief *d)
{
    fputs("<section id=\"reasons\"><h2>10. The AI's reasons</h2><p>Every hidden order of the "
          "AI contingents and the first order each rule of their instruction list "
          "produced, with the reason it gave.</p>",
          f);
    if (!d->nreasons) {
        fputs(d->has_reasons ? "<p>No key decision.</p>"
                             : "<p>No AI reasons were kept for this game.</p>",
              f);
        fputs("</section>\n", f);
        return;
    }
    fputs("<table><thead><tr><th class=\"n\">Turn</th><th>Contingent</th><th>Order</th>"
          "<th>Rule</th><th>Reason</th></tr></thead><tbody>\n",
          f);
    for (int i = 0; i < d->nreasons; i++) {
        const struct db_reason *r = &d->reasons[i];
        fprintf(f, "<tr><td class=\"n\">%d</td><td>", r->turn);
        h(f, debrief_seat(d, r->seat));
        fputs("</td><td>", f);
        h(f, debrief_order(d, r->o.kind));
        fputs("</td><td>", f);
        h(f, ai_rule_name(r->rule));
        fputs("</td><td>", f);
        h(f, r->text);
        fputs("</td></tr>\n", f);
    }
    fputs("</tbody></table>", f);
    if (d->reasons_dropped)
        fprintf(f, "<p>(%d more reasons not listed.)</p>", d->reasons_dropped);
    fputs("</section>\n", f);
}

static void questions(FILE *f, const struct debrief *d)
{
    char b[96];
    fputs("<section id=\"questions\" class=\"major\"><h2>11. Discussion questions</h2>", f);
    if (!d->nquestions)
        fputs("<p>No questions: no learning objective came up.</p>", f);
    else
        fputs("<ol>", f);
    for (int i = 0; i < d->nquestions; i++) {
        const struct db_question *q = &d->questions[i];
        fputs("<li>", f);
        h(f, q->text);
        fputs(" <small>(", f);
        h(f, debrief_question_source(d, q, b, sizeof b));
        fputs(")</small></li>", f);
    }
    if (d->nquestions)
        fputs("</ol>", f);
    fputs("</section>\n<footer>Written by mandate " MANDATE_VERSION " from the game's record. "
          "Shaped after the HSEEP After-Action Report / Improvement Plan.</footer>\n"
          "</body>\n</html>\n",
          f);
}

int aar_write_html(FILE *f, const struct debrief *d, const struct aar_meta *m)
{
    head(f, d);
    overview(f, d, m);
    lessons(f, d);
    points(f, "strengths", "3. Strengths", d->strengths, d->nstrengths);
    points(f, "improve", "4. Areas for improvement", d->improvements, d->nimprovements);
    plan(f, d);
    timeline(f, d);
    spying(f, d);
    charts(f, d);
    scores(f, d);
    reasons(f, d);
    questions(f, d);
    return !ferror(f);
}
