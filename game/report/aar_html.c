/* aar_html.c - the after-action report as one self-contained HTML page:
 * inline CSS, inline SVG charts, no script and nothing fetched from the
 * network; @media print rules give A4 pages with each major part on a new
 * page and table headers repeated. */
#include <stdio.h>
#include <string.h>

#include "../ai/ai.h"
#include "aar_int.h"
#include "debrief_int.h"

static void h(FILE *f, const char *s)
{
    aar_html_text(f, s);
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
    "td.seen{color:#a93226;font-weight:bold}td.fill{min-width:7em}"
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

static void badge(FILE *f, int rating)
{
    fprintf(f, "<span class=\"badge r-%s\" title=\"%s\">%s</span>",
            rating > RATING_NONE && rating < RATING_COUNT ? rating_letter(rating) : "none",
            rating_text(rating), rating_letter(rating));
}

/* ---- sections ---------------------------------------------------------------- */

static void head(FILE *f, const struct debrief *d)
{
    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<title>",
          f);
    if (debrief_declassified(d)) {
        fputs("After-Action Report", f);
    } else if (d->viewer >= 0) {
        h(f, debrief_seat(d, d->viewer));
        fputs("'s own report", f);
    } else {
        fputs("The public record", f);
    }
    fputs(" - ", f);
    h(f, d->sc->name);
    fprintf(f, "</title>\n<style>%s</style>\n</head>\n<body>\n", css);
}

/* Whose document it is, and what it leaves out. */
static void banner(FILE *f, const struct debrief *d)
{
    if (debrief_declassified(d)) {
        fputs("<div class=\"banner\"><strong>Declassified debrief.</strong> Every secret order "
              "of the exercise is disclosed below, with its dice. Hand it out after the game, "
              "not before.</div>\n",
              f);
    } else if (d->viewer >= 0) {
        fputs("<div class=\"banner\"><strong>What ", f);
        h(f, debrief_seat(d, d->viewer));
        fputs("</strong>", f);
        h(f, aar_seat_knew);
        fputs("</div>\n", f);
    } else {
        fputs("<div class=\"banner\"><strong>The public record.</strong> What every "
              "contingent was told, and nothing more: the game is not over, so every secret "
              "order, private report and AI reason is withheld. The facilitator's "
              "declassified debrief: <code>mandate report FILE --reveal</code>; one "
              "contingent's own report: <code>mandate report FILE --seat ID</code>.</div>\n",
              f);
    }
}

/* The table of contents: the sections the document has. */
static void toc(FILE *f, const struct debrief *d)
{
    fputs("<nav class=\"toc\"><strong>Contents</strong><ol>"
          "<li><a href=\"#overview\">Exercise overview</a></li>",
          f);
    if (debrief_declassified(d)) {
        fputs("<li><a href=\"#objectives\">Learning objectives</a></li>"
              "<li><a href=\"#strengths\">Strengths</a></li>"
              "<li><a href=\"#improve\">Areas for improvement</a></li>"
              "<li><a href=\"#plan\">Improvement plan</a></li>"
              "<li><a href=\"#timeline\">Declassified timeline</a></li>"
              "<li><a href=\"#spying\">Who spied on whom</a></li>",
              f);
    } else if (d->viewer >= 0) {
        fputs("<li><a href=\"#secret-objectives\">Secret objectives</a></li>"
              "<li><a href=\"#timeline\">Hidden orders</a></li>",
              f);
    }
    if (!debrief_declassified(d))
        fputs("<li><a href=\"#record\">The record</a></li>", f);
    fputs("<li><a href=\"#charts\">Charts</a></li>"
          "<li><a href=\"#scores\">Both scores</a></li>",
          f);
    if (debrief_declassified(d) || (d->viewer >= 0 && !d->seat[d->viewer].human))
        fputs("<li><a href=\"#reasons\">The AI's reasons</a></li>", f);
    if (debrief_declassified(d))
        fputs("<li><a href=\"#questions\">Discussion questions</a></li>", f);
    fputs("</ol></nav>\n", f);
}

static void overview(FILE *f, const struct debrief *d, const struct aar_meta *m)
{
    const struct scenario *sc = d->sc;
    char b[96], b2[64], x[DB_TEXT];
    int last = d->npoints - 1;
    fputs("<header class=\"cover\"><div class=\"kicker\">Mandate tabletop exercise - ", f);
    if (debrief_declassified(d)) {
        fputs("After-Action Report / Improvement Plan", f);
    } else if (d->viewer >= 0) {
        h(f, debrief_seat(d, d->viewer));
        fputs("'s own report", f);
    } else {
        fputs("The public record", f);
    }
    fputs("</div><h1>", f);
    h(f, sc->name);
    fputs("</h1><p class=\"sub\">Host country: ", f);
    h(f, sc->host);
    fprintf(f, " &middot; mandate <strong>%s</strong> &middot; %d of %d turns</p></header>\n",
            debrief_outcome(d), d->turns, d->scheduled);
    banner(f, d);
    toc(f, d);
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
    fputs("<tr><th>Scope</th><td>", f);
    h(f, aar_scope(d, x, sizeof x));
    fputs("</td></tr><tr><th>Duration</th><td>", f);
    h(f, aar_duration(d, m, x, sizeof x));
    fputs("</td></tr>", f);
    if (debrief_declassified(d) || d->ended) /* the seed would foretell the dice */
        fprintf(f, "<tr><th>Seed</th><td>%llu</td></tr>", (unsigned long long)d->seed);
    fprintf(f,
            "<tr><th>Mandate</th><td>%s<strong>%s</strong>: average stability %d (success "
            "needs %d, partial %d), lowest sector %d</td></tr>",
            d->ended ? "" : "so far ", debrief_outcome(d), d->avg[last], sc->success_avg,
            sc->partial_avg, d->min[last]);
    if (d->winner >= 0) {
        fputs("<tr><th>Highest national score</th><td>", f);
        h(f, debrief_seat(d, d->winner));
        fputs("</td></tr>", f);
    }
    if (debrief_declassified(d))
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
        fprintf(f, "<tr><td><span style=\"color:%s\">&#9632;</span> ", aar_seat_colour(d, i));
        h(f, sc->seats[i].name);
        fputs("</td><td>", f);
        h(f, debrief_player(d, i, b, sizeof b));
        fputs("</td><td>", f);
        h(f, sc->seats[i].profile);
        fprintf(f, "</td><td class=\"n\">%d</td><td class=\"n\">%+d</td><td class=\"n\">",
                s->mandate_ops, s->stability_added);
        if (debrief_score_known(d, i))
            fprintf(f, "%d%s</td></tr>\n", s->national.total, i == d->winner ? " &#9733;" : "");
        else
            fputs("secret until the end</td></tr>\n", f);
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
    fputs("<section id=\"plan\"><h2>5. Improvement plan</h2><p>One row per issue. The "
          "primary responsible organisation is the report's suggestion; the responsible party, "
          "start date and completion date are for the exercise's owners to fill in.</p>"
          "<table><thead><tr>"
          "<th class=\"n\">#</th><th>Objective</th><th>Issue / area for improvement</th>"
          "<th>Corrective action</th><th>Capability element</th><th>Primary responsible "
          "organisation</th><th>Responsible party</th><th>Start date</th><th>Completion "
          "date</th></tr></thead><tbody>\n",
          f);
    if (!d->nplan)
        fputs("<tr><td colspan=\"9\">No area for improvement was found.</td></tr>", f);
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
        fputs("</td><td class=\"fill\"></td><td class=\"fill\"></td><td class=\"fill\">"
              "</td></tr>\n", f);
    }
    fputs("</tbody></table></section>\n", f);
}

static void timeline(FILE *f, const struct debrief *d, int num)
{
    char b[DB_TEXT], c1[16], c2[16], c3[16], c4[16];
    fprintf(f, "<section id=\"timeline\" class=\"major\"><h2>%d. ", num);
    if (debrief_declassified(d)) {
        fputs("Declassified timeline</h2><p>Every covert and counter-intelligence order, turn "
              "by turn.",
              f);
    } else {
        h(f, debrief_seat(d, d->viewer));
        fputs("'s hidden orders</h2><p>", f);
        h(f, aar_seat_orders);
    }
    fputs(" An operation succeeds when its roll is below its chance, and is detected when the "
          "detection roll is below the detection chance.</p>\n",
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

static void scores(FILE *f, const struct debrief *d, int num)
{
    fprintf(f, "<section id=\"scores\"><h2>%d. Both scores</h2><p>The mandate is everyone's "
            "score; the national score is each capital's: (intelligence + influence + secret "
            "objectives + reputation - penalties) &times; the mandate factor.%s</p>", num,
            !debrief_declassified(d) && !d->ended ? aar_own_score : "");
    fputs("<table><thead><tr><th>Contingent</th><th class=\"n\">Mandate operations</th>"
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
        if (!debrief_score_known(d, i)) {
            fprintf(f,
                    "</td><td class=\"n\">%d</td><td class=\"n\">%+d</td><td class=\"n\">"
                    "%d.%d%%</td><td class=\"n\" colspan=\"8\">secret until the end</td></tr>\n",
                    s->mandate_ops, s->stability_added, s->mandate_permille / 10,
                    s->mandate_permille % 10);
            continue;
        }
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
    if (d->viewer == VIEW_PUBLIC) {
        fputs("</tbody></table></section>\n", f);
        return;
    }
    fputs("</tbody></table><table><thead><tr><th>Contingent</th><th class=\"n\">Covert "
          "operations</th><th class=\"n\">Succeeded</th><th class=\"n\">Detected</th>"
          "<th class=\"n\">Rightly attributed</th><th class=\"n\">Detections made</th></tr>"
          "</thead><tbody>\n",
          f);
    for (int i = 0; i < d->nseats; i++) {
        const struct db_seat *s = &d->seat[i];
        if (!debrief_declassified(d) && i != d->viewer)
            continue; /* another's operations: not known */
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

static void reasons(FILE *f, const struct debrief *d, int num)
{
    fprintf(f, "<section id=\"reasons\"><h2>%d. ", num);
    if (debrief_declassified(d)) {
        fputs("The AI's reasons</h2><p>Every hidden order of the AI contingents and the first "
              "order each rule of their instruction list produced, with the reason it "
              "gave.</p>",
              f);
    } else {
        h(f, debrief_seat(d, d->viewer));
        fputs("'s reasons</h2><p>", f);
        h(f, aar_seat_reasons);
        fputs("</p>", f);
    }
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
        fputs("<h3>The five for this game</h3><p>Ranked by what happened in this game: the "
              "objectives that came up, the operations run and caught.</p><ol>", f);
    for (int i = 0; i < d->nshortlist; i++) {
        const struct db_question *q = &d->questions[d->shortlist[i]];
        fputs("<li>", f);
        h(f, q->text);
        fputs(" <small>(", f);
        h(f, q->why);
        fputs(")</small></li>", f);
    }
    if (d->nquestions)
        fputs("</ol><h3>Every question</h3><ol>", f);
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

/* A seat's secret objectives, as the game stands. */
static void secret_objectives(FILE *f, const struct debrief *d, int num)
{
    fprintf(f, "<section id=\"secret-objectives\"><h2>%d. Secret objectives</h2><p>From its "
            "capital, as the game stands%s.</p><ul>", num, d->ended ? " at the end" : "");
    if (!d->nobjectives)
        fputs("<li>None.</li>", f);
    for (int k = 0; k < d->nobjectives; k++) {
        const struct objective_def *o = &d->sc->objectives[d->objectives[k]];
        int met = d->seat[d->viewer].national.done[k];
        fprintf(f, "<li><span class=\"tag %s\">%s</span> ", met ? "ok" : "no",
                met ? "&#10004; met" : "&#10008; not met");
        h(f, o->text);
        fprintf(f, " (%d points)</li>", o->points);
    }
    fputs("</ul></section>\n", f);
}

/* What the viewer was told, turn by turn. */
static void record(FILE *f, const struct debrief *d, int num)
{
    fprintf(f, "<section id=\"record\" class=\"major\"><h2>%d. ", num);
    if (d->viewer >= 0) {
        h(f, debrief_seat(d, d->viewer));
        fputs("'s record</h2><p>", f);
        h(f, aar_seat_record);
        fputs("</p>\n", f);
    } else {
        fputs("The public record</h2><p>", f);
        h(f, aar_public_record);
        fputs("</p>\n", f);
    }
    if (!d->nnotes)
        fputs("<p>Nothing yet.</p>", f);
    for (int i = 0; i < d->nnotes; i++) {
        const struct db_note *n = &d->notes[i];
        if (i == 0 || n->turn != d->notes[i - 1].turn)
            fprintf(f, "%s<h3>Turn %d</h3><ul>", i ? "</ul>" : "", n->turn);
        fputs(n->own ? "<li><span class=\"tag warn\">own</span> " : "<li>", f);
        h(f, n->text);
        fputs("</li>", f);
    }
    if (d->nnotes)
        fputs("</ul>", f);
    if (d->notes_dropped)
        fprintf(f, "<p>(%d more not listed.)</p>", d->notes_dropped);
    fputs("</section>\n", f);
}

/* A seat's own report, or the public record. */
static int seat_html(FILE *f, const struct debrief *d, const struct aar_meta *m)
{
    int num = 2;
    head(f, d);
    overview(f, d, m);
    if (d->viewer >= 0) {
        secret_objectives(f, d, num++);
        timeline(f, d, num++);
    }
    record(f, d, num++);
    aar_html_charts(f, d, num++);
    scores(f, d, num++);
    if (d->viewer >= 0 && !d->seat[d->viewer].human)
        reasons(f, d, num++);
    fputs("<footer>Written by mandate " MANDATE_VERSION " from the game's record, with only "
          "what the report's reader was told.</footer>\n</body>\n</html>\n",
          f);
    return !ferror(f);
}

int aar_write_html(FILE *f, const struct debrief *d, const struct aar_meta *m)
{
    if (!debrief_declassified(d))
        return seat_html(f, d, m);
    head(f, d);
    overview(f, d, m);
    lessons(f, d);
    points(f, "strengths", "3. Strengths", d->strengths, d->nstrengths);
    points(f, "improve", "4. Areas for improvement", d->improvements, d->nimprovements);
    plan(f, d);
    timeline(f, d, 6);
    spying(f, d);
    aar_html_charts(f, d, 8);
    scores(f, d, 9);
    reasons(f, d, 10);
    questions(f, d);
    return !ferror(f);
}
