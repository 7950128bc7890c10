/* aar_md.c - the after-action report as GitHub-flavoured Markdown: tables
 * for everything, text sparklines and bars for the charts. */
#include <stdio.h>
#include <string.h>

#include "../ai/ai.h"
#include "aar_int.h"
#include "debrief_int.h"

/* Writes s as Markdown text that renders as s and as nothing else, in a
 * table cell as in a paragraph: < and & become entities (so no tag, no
 * autolink and no entity of the text survives; > alone opens nothing
 * inside a line and stays as it is for the reader), Markdown's
 * specials are escaped with a backslash (a | never ends a cell), and
 * line breaks and any other control character become spaces. With block,
 * s starts a line or a list item, and what would open a block there (a
 * list, an indented code block) is defused too. */
void aar_md_text(FILE *f, const char *s, int block)
{
    const unsigned char *p = (const unsigned char *)s;
    if (!p)
        return;
    /* "- x", "+ x", "= x", "> x", "1. x", "2) x", "    x" */
    if (!block) {
        /* nothing opens a block inside a line */
    } else if (*p == '-' || *p == '+' || *p == '=' || *p == '>') {
        fputc('\\', f);
    } else if (*p == ' ') {
        fputs("&#32;", f);
        p++;
    } else if (*p >= '0' && *p <= '9') {
        const unsigned char *q = p;
        while (*q >= '0' && *q <= '9')
            q++;
        if (*q == '.' || *q == ')') {
            fwrite(p, 1, (size_t)(q - p), f);
            fputc('\\', f);
            p = q;
        }
    }
    for (; *p; p++) {
        switch (*p) {
        case '&':
        case '<':
            fputs(aar_entity((char)*p), f);
            break;
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '|':
        case '~':
        case '#':
        case '$':
            fputc('\\', f);
            fputc(*p, f);
            break;
        default:
            if (aar_control((const char *)p)) {
                fputc(' ', f);
                p += aar_control((const char *)p) - 1;
            } else {
                fputc(*p, f);
            }
        }
    }
}

/* Inline text: in a cell, after a label. */
static void md(FILE *f, const char *s)
{
    aar_md_text(f, s, 0);
}

/* Text that starts a line or a list item. */
static void md_block(FILE *f, const char *s)
{
    aar_md_text(f, s, 1);
}

/* Writes an id as a code span: ids are [a-z0-9_], but whatever is given,
 * nothing ends the span or the cell. */
static void md_code(FILE *f, const char *s)
{
    fputc('`', f);
    for (; s && *s; s++)
        fputc(*s == '`' || *s == '|' || (unsigned char)*s < 0x20 ? '_' : *s, f);
    fputc('`', f);
}

static void overview(FILE *f, const struct debrief *d, const struct aar_meta *m)
{
    const struct scenario *sc = d->sc;
    char b[64], b2[64], x[DB_TEXT];
    if (debrief_declassified(d)) {
        fputs("# After-Action Report / Improvement Plan\n\n## ", f);
    } else if (d->viewer >= 0) {
        fputs("# ", f);
        md(f, debrief_seat(d, d->viewer));
        fputs("'s own report\n\n## ", f);
    } else {
        fputs("# The public record\n\n## ", f);
    }
    md(f, sc->name);
    fputs(" - Mandate tabletop exercise\n\n", f);
    if (debrief_declassified(d)) {
        fputs("> Declassified debrief: every secret order of the exercise is disclosed "
              "below, with the dice. Hand it out after the game, not before.\n\n",
              f);
    } else if (d->viewer >= 0) {
        fputs("> What ", f);
        md(f, debrief_seat(d, d->viewer));
        fprintf(f, "%s\n\n", aar_seat_knew);
    } else {
        fputs("> What every contingent was told, and nothing more: the game is not over, "
              "so every secret order, private report and AI reason is withheld. The "
              "facilitator's declassified debrief: `mandate report FILE --reveal`; one "
              "contingent's own report: `mandate report FILE --seat ID`.\n\n",
              f);
    }
    fputs("## 1. Exercise overview\n\n| | |\n|---|---|\n| Exercise | Mandate - ", f);
    md(f, sc->name);
    fputs(" (", f);
    md_code(f, sc->id);
    fputs(") |\n| Host country | ", f);
    md(f, sc->host);
    fputs(" |\n| Scenario | ", f);
    md(f, sc->summary);
    fputs(" |\n| Date of play | started ", f);
    md(f, aar_date(d->started_at, b, sizeof b));
    fputs(", saved ", f);
    md(f, aar_date(m ? m->saved_at : NULL, b2, sizeof b2));
    fputs(" |\n", f);
    fprintf(f, "| Turns | %d of %d played%s |\n", d->turns, d->scheduled,
            d->ended ? (d->collapsed ? " (the mandate collapsed)" : " (game over)")
                     : " (game in progress)");
    fputs("| Scope | ", f);
    md(f, aar_scope(d, x, sizeof x));
    fputs(" |\n| Duration | ", f);
    md(f, aar_duration(d, m, x, sizeof x));
    fputs(" |\n", f);
    if (debrief_declassified(d) || d->ended) /* the seed would foretell the dice */
        fprintf(f, "| Seed | %llu |\n", (unsigned long long)d->seed);
    int last = d->npoints - 1;
    fprintf(f,
            "| Mandate | %s%s: average stability %d (success needs %d, partial %d), "
            "lowest sector %d |\n",
            d->ended ? "" : "so far ", debrief_outcome(d), d->avg[last], d->sc->success_avg,
            d->sc->partial_avg, d->min[last]);
    if (d->winner >= 0) {
        fputs("| Highest national score | ", f);
        md(f, debrief_seat(d, d->winner));
        fputs(" |\n", f);
    }
    if (m && m->source) {
        fputs("| Source | ", f);
        md(f, m->source);
        if (m->game_version && m->game_version[0]) {
            fputs(" (saved by mandate ", f);
            md(f, m->game_version);
            fputs(")", f);
        }
        fputs(" |\n", f);
    }
    if (!d->exact)
        fputs("| Note | re-resolving the record did not reproduce every recorded "
              "checksum: some state in the objectives' evidence is approximate |\n",
              f);
    fputs("\n### Participants\n\n| Contingent | Played by | Profile | Mandate operations | "
          "Stability added | National score |\n|---|---|---|---:|---:|---:|\n",
          f);
    for (int i = 0; i < d->nseats; i++) {
        const struct db_seat *s = &d->seat[i];
        fputs("| ", f);
        md(f, sc->seats[i].name);
        fputs(" | ", f);
        md(f, debrief_player(d, i, b, sizeof b));
        fputs(" | ", f);
        md(f, sc->seats[i].profile);
        fprintf(f, " | %d | %+d | ", s->mandate_ops, s->stability_added);
        if (debrief_score_known(d, i))
            fprintf(f, "%d%s |\n", s->national.total, i == d->winner ? " (highest)" : "");
        else
            fputs("secret until the end |\n", f);
    }
    fputs("\n", f);
}

static void lesson_md(FILE *f, const struct debrief *d, const struct db_lesson *L)
{
    const struct lesson_def *def = debrief_lesson_def(d, L->number);
    fprintf(f, "### Objective %d: ", L->number);
    md(f, debrief_lesson_title(d, L->number));
    fprintf(f, " - %s (%s)\n\n", rating_letter(L->rating), rating_text(L->rating));
    if (def) {
        fputs("*", f);
        md_block(f, def->statement);
        fputs("*\n\n**Critical task:** ", f);
        md(f, def->task);
        fputs("\n\n", f);
    }
    fputs("**Rating basis:** ", f);
    md(f, L->basis);
    fprintf(f, "\n\n**Evidence** (first on turn %d):\n\n", L->first_turn);
    for (int i = 0; i < L->nev; i++) {
        const struct db_evidence *e = &L->ev[i];
        fprintf(f, "- Turn %d: ", e->turn);
        md(f, e->text);
        if (e->threat)
            fputs(e->countered ? " - *countered*"
                  : e->wrong   ? " - *blamed on the wrong "
                                 "contingent*"
                               : " - *not countered*",
                  f);
        fputs("\n", f);
    }
    if (L->dropped)
        fprintf(f, "- (%d more not listed)\n", L->dropped);
    if (def) {
        fputs("\n**Precedent:** ", f);
        md(f, def->precedent);
        if (def->source[0]) {
            fputs("\n\n**Source:** ", f);
            md(f, def->source);
        }
        fputs("\n\n**Discussion questions:**\n\n", f);
        for (int q = 0; q < def->nquestions; q++) {
            fputs("- ", f);
            md_block(f, def->questions[q]);
            fputs("\n", f);
        }
    }
    fputs("\n", f);
}

static void lessons(FILE *f, const struct debrief *d)
{
    fputs("## 2. Learning objectives\n\n| # | Objective | Came up | Rating | Countered | "
          "First turn |\n|---:|---|---|---|---|---:|\n",
          f);
    for (int k = 0; k < LESSON_COUNT; k++) {
        const struct db_lesson *L = &d->lesson[k];
        fprintf(f, "| %d | ", L->number);
        md(f, debrief_lesson_title(d, L->number));
        if (!L->arose) {
            fputs(" | no | - | - | - |\n", f);
            continue;
        }
        fprintf(f, " | yes | **%s** (%s) | ", rating_letter(L->rating), rating_text(L->rating));
        if (L->number == 7 || !L->threats)
            fputs("-", f);
        else
            fprintf(f, "%d of %d", L->countered, L->threats);
        fprintf(f, " | %d |\n", L->first_turn);
    }
    fputs("\n**How ratings are earned.** ", f);
    md(f, debrief_rating_rule);
    fputs("\n\n", f);
    for (int k = 0; k < LESSON_COUNT; k++)
        if (d->lesson[k].arose)
            lesson_md(f, d, &d->lesson[k]);
    int none = LESSON_COUNT - debrief_lessons_arisen(d);
    if (!none)
        return;
    fputs("### Objectives that did not come up\n\n", f);
    for (int k = 0; k < LESSON_COUNT; k++) {
        if (d->lesson[k].arose)
            continue;
        const struct lesson_def *def = debrief_lesson_def(d, k + 1);
        fprintf(f, "- %d. ", k + 1);
        md_block(f, def ? def->statement : debrief_lesson_title(d, k + 1));
        fputs("\n", f);
    }
    fputs("\n", f);
}

static void points(FILE *f, const char *title, const struct db_point *p, int n, const char *none)
{
    fprintf(f, "%s\n\n", title);
    if (!n)
        fprintf(f, "- %s\n", none);
    for (int i = 0; i < n; i++) {
        fputs("- ", f);
        md_block(f, p[i].text);
        fputs("\n", f);
    }
    fputs("\n", f);
}

static void plan(FILE *f, const struct debrief *d)
{
    fputs("## 5. Improvement plan\n\nOne row per issue. The primary responsible "
          "organisation is the report's suggestion; the responsible party, start date and "
          "completion date are for the exercise's owners to fill in.\n\n"
          "| # | Objective | Issue / area for improvement | Corrective action | Capability "
          "element | Primary responsible organisation | Responsible party | Start date | "
          "Completion date |\n|---:|---|---|---|---|---|---|---|---|\n",
          f);
    if (!d->nplan)
        fputs("| - | - | No area for improvement was found | - | - | - | - | - | - |\n", f);
    for (int i = 0; i < d->nplan; i++) {
        const struct db_plan *p = &d->plan[i];
        fprintf(f, "| %d | ", i + 1);
        if (p->lesson)
            fprintf(f, "%d. ", p->lesson);
        md(f, p->lesson ? debrief_lesson_title(d, p->lesson) : "The mission");
        fputs(" | ", f);
        md(f, p->issue);
        fputs(" | ", f);
        md(f, p->action);
        fprintf(f, " | %s | ", element_name(p->element));
        md(f, p->responsible);
        fputs(" | " AAR_BLANK " | " AAR_BLANK " | " AAR_BLANK " |\n", f);
    }
    fputs("\n", f);
}

static void timeline(FILE *f, const struct debrief *d, int num)
{
    char b[DB_TEXT], c1[16], c2[16], c3[16], c4[16];
    if (debrief_declassified(d)) {
        fprintf(f, "## %d. Declassified timeline\n\nEvery covert and counter-intelligence "
                "order, turn by turn.", num);
    } else {
        fprintf(f, "## %d. ", num);
        md(f, debrief_seat(d, d->viewer));
        fprintf(f, "'s hidden orders\n\n%s", aar_seat_orders);
    }
    fputs(" An operation succeeds when its roll is below its chance, and is detected when "
          "the detection roll is below the detection chance.\n\n",
          f);
    for (int t = 1; t <= d->turns; t++) {
        const struct db_turn *tu = &d->turn[t];
        fprintf(f,
                "### Turn %d\n\nAverage stability %d, lowest sector %d, pool %d; "
                "%d public incident%s.",
                t, d->avg[t], d->min[t], d->pool[t], tu->incidents, tu->incidents == 1 ? "" : "s");
        debrief_injects(d, t, b, sizeof b);
        if (b[0]) {
            fputs(" Injects: ", f);
            md(f, b);
            fputs(".", f);
        }
        fputs("\n\n", f);
        if (!tu->nops) {
            fputs("No hidden orders.\n\n", f);
            continue;
        }
        fputs(
            "| Contingent | Order | Against | Chance | Roll | Outcome | Detection chance | "
            "Roll | Detected / blamed | Result |\n|---|---|---|---:|---:|---|---:|---:|---|---|\n",
            f);
        for (int k = tu->first; k < tu->first + tu->nops; k++) {
            const struct db_op *op = &d->ops[k];
            fputs("| ", f);
            md(f, debrief_seat(d, op->seat));
            fputs(" | ", f);
            md(f, debrief_order(d, op->kind));
            fputs(" | ", f);
            md(f, debrief_against(d, op, b, sizeof b));
            fprintf(f, " | %s | %s | %s | %s | %s | ", debrief_pct(op->chance, c1, sizeof c1),
                    debrief_pct(op->roll, c2, sizeof c2), debrief_op_outcome(op),
                    debrief_pct(op->detect_chance, c3, sizeof c3),
                    debrief_pct(op->detect_roll, c4, sizeof c4));
            md(f, debrief_op_detection(d, op, b, sizeof b));
            fputs(" | ", f);
            md(f, op->result);
            fputs(" |\n", f);
        }
        fputs("\n", f);
    }
}

static void spying(FILE *f, const struct debrief *d)
{
    fputs("## 7. Who spied on whom\n\nCollection operations (observe, intercept, insider "
          "against contingents; intrusion, backdoor and retained surveillance against "
          "mission HQ). Each cell: operations / succeeded / detected / rightly "
          "attributed.\n\n| Operator \\\\ target |",
          f);
    for (int j = 0; j < d->nseats; j++) {
        fputs(" ", f);
        md(f, d->sc->seats[j].name);
        fputs(" |", f);
    }
    fputs(" Mission HQ |\n|---|", f);
    for (int j = 0; j <= d->nseats; j++)
        fputs("---:|", f);
    fputs("\n", f);
    for (int i = 0; i < d->nseats; i++) {
        fputs("| ", f);
        md(f, d->sc->seats[i].name);
        fputs(" |", f);
        for (int j = 0; j <= d->nseats; j++) {
            int t = j == d->nseats ? TARGET_HQ : j;
            const struct db_cell *c = &d->spy[i][t];
            if (t == i)
                fputs(" x |", f);
            else if (!c->ops)
                fputs(" - |", f);
            else
                fprintf(f, " %d / %d / %d / %d |", c->ops, c->succeeded, c->detected,
                        c->attributed);
        }
        fputs("\n", f);
    }
    fputs("\n", f);
}

static void bar(FILE *f, int v, int width)
{
    int n = v * width / 100;
    for (int i = 0; i < width; i++)
        fputs(i < n ? "\u2588" : "\u00b7", f);
}

static void charts(FILE *f, const struct debrief *d, int num)
{
    char spark[128];
    fprintf(f, "## %d. Charts\n\n### Mandate stability per turn\n\n", num);
    fprintf(f,
            "Success needs an average of %d and no sector below %d; below %d the mandate "
            "collapses.\n\n| Turn | Average | Lowest sector | Pool | Centralisation | "
            "Average stability |\n|---:|---:|---:|---:|---:|---|\n",
            d->sc->success_avg, d->sc->success_min, d->sc->collapse_floor);
    for (int t = 0; t < d->npoints; t++) {
        fprintf(f, "| %s%d | %d | %d | %d | %d | `", t ? "" : "start ", t, d->avg[t], d->min[t],
                d->pool[t], d->centralisation[t]);
        bar(f, d->avg[t], 25);
        fputs("` |\n", f);
    }
    fprintf(f, "\nAverage: `%s`  lowest: `",
            debrief_sparkline(d->avg, d->npoints, 0, 100, 0, spark, sizeof spark));
    fprintf(f, "%s`  pool: `",
            debrief_sparkline(d->min, d->npoints, 0, 100, 0, spark, sizeof spark));
    fprintf(f, "%s` (scale 0-100)\n\n",
            debrief_sparkline(d->pool, d->npoints, 0, 100, 0, spark, sizeof spark));
    fputs("### Trust over time\n\nThe trust the other contingents hold in each one (its "
          "reputation), per turn, 0-100.\n\n| Turn |",
          f);
    for (int i = 0; i < d->nseats; i++) {
        fputs(" ", f);
        md(f, d->sc->seats[i].name);
        fputs(" |", f);
    }
    fputs("\n|---:|", f);
    for (int i = 0; i < d->nseats; i++)
        fputs("---:|", f);
    fputs("\n", f);
    for (int t = 0; t < d->npoints; t++) {
        fprintf(f, "| %s%d |", t ? "" : "start ", t);
        for (int i = 0; i < d->nseats; i++)
            fprintf(f, " %d |", d->reputation[t][i]);
        fputs("\n", f);
    }
    fputs("| trend |", f);
    for (int i = 0; i < d->nseats; i++) {
        int v[MAX_TURNS + 1];
        for (int t = 0; t < d->npoints; t++)
            v[t] = d->reputation[t][i];
        fprintf(f, " `%s` |", debrief_sparkline(v, d->npoints, 0, 100, 0, spark, sizeof spark));
    }
    fputs("\n\n**Trust between contingents, start -> end** (row's trust in column):\n\n"
          "| Trust of \\\\ in |",
          f);
    for (int j = 0; j < d->nseats; j++) {
        fputs(" ", f);
        md(f, d->sc->seats[j].name);
        fputs(" |", f);
    }
    fputs("\n|---|", f);
    for (int j = 0; j < d->nseats; j++)
        fputs("---:|", f);
    fputs("\n", f);
    int last = d->npoints - 1;
    for (int i = 0; i < d->nseats; i++) {
        fputs("| ", f);
        md(f, d->sc->seats[i].name);
        fputs(" |", f);
        for (int j = 0; j < d->nseats; j++) {
            if (i == j) {
                fputs(" x |", f);
                continue;
            }
            int a = d->trust[0][i][j], b = d->trust[last][i][j];
            if (a == b)
                fprintf(f, " %d |", b);
            else
                fprintf(f, " %d -> %d (%+d) |", a, b, b - a);
        }
        fputs("\n", f);
    }
    fputs("\n", f);
}

static void scores(FILE *f, const struct debrief *d, int num)
{
    fprintf(f, "## %d. Both scores\n\nThe mandate is everyone's score; the national score is "
            "each capital's (the rules, `assets/RULES.md`, section 6). National score = "
            "(intelligence + influence "
            "+ secret objectives + reputation - penalties) x the mandate factor.", num);
    if (!debrief_declassified(d) && !d->ended)
        fputs(aar_own_score, f);
    fputs("\n\n| Contingent | Mandate operations | Stability added | Share of the mandate | "
          "Intelligence | Influence | Secret objectives | Reputation | Penalties | Raw | "
          "Factor | National score |\n"
          "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n",
          f);
    for (int i = 0; i < d->nseats; i++) {
        const struct db_seat *s = &d->seat[i];
        const struct score *n = &s->national;
        fputs("| ", f);
        md(f, d->sc->seats[i].name);
        if (!debrief_score_known(d, i)) {
            fprintf(f, " | %d | %+d | %d.%d%% | - | - | - | - | - | - | - | secret |\n",
                    s->mandate_ops, s->stability_added, s->mandate_permille / 10,
                    s->mandate_permille % 10);
            continue;
        }
        fprintf(f, " | %d | %+d | %d.%d%% | %d | %d | %d | %d | %s%d | %d | %d.%02d | **%d**%s |\n",
                s->mandate_ops, s->stability_added, s->mandate_permille / 10,
                s->mandate_permille % 10, n->intel, n->influence, n->objectives, n->reputation,
                n->penalties ? "-" : "", n->penalties, n->raw, n->factor / 1000,
                n->factor % 1000 / 10, n->total, i == d->winner ? " (highest)" : "");
    }
    if (d->viewer == VIEW_PUBLIC) {
        fputs("\n", f);
        return;
    }
    fputs("\n| Contingent | Covert operations | Succeeded | Detected | Rightly attributed | "
          "Detections made |\n|---|---:|---:|---:|---:|---:|\n",
          f);
    for (int i = 0; i < d->nseats; i++) {
        const struct db_seat *s = &d->seat[i];
        if (!debrief_declassified(d) && i != d->viewer)
            continue; /* another's operations: not known */
        fputs("| ", f);
        md(f, d->sc->seats[i].name);
        fprintf(f, " | %d | %d | %d | %d | %d |\n", s->covert_ops, s->covert_succeeded,
                s->covert_detected, s->covert_attributed, s->detections);
    }
    fputs("\n", f);
}

static void reasons(FILE *f, const struct debrief *d, int num)
{
    if (debrief_declassified(d)) {
        fprintf(f, "## %d. The AI's reasons\n\nEvery hidden order of the AI contingents and "
                "the first order each rule of their instruction list produced, with the "
                "reason it gave.\n\n", num);
    } else {
        fprintf(f, "## %d. ", num);
        md(f, debrief_seat(d, d->viewer));
        fprintf(f, "'s reasons\n\n%s\n\n", aar_seat_reasons);
    }
    if (!d->nreasons) {
        fputs(d->has_reasons ? "No key decision.\n\n"
                             : "No AI reasons were kept for this game.\n\n",
              f);
        return;
    }
    fputs("| Turn | Contingent | Order | Rule | Reason |\n|---:|---|---|---|---|\n", f);
    for (int i = 0; i < d->nreasons; i++) {
        const struct db_reason *r = &d->reasons[i];
        fprintf(f, "| %d | ", r->turn);
        md(f, debrief_seat(d, r->seat));
        fputs(" | ", f);
        md(f, debrief_order(d, r->o.kind));
        fputs(" | ", f);
        md(f, ai_rule_name(r->rule));
        fputs(" | ", f);
        md(f, r->text);
        fputs(" |\n", f);
    }
    if (d->reasons_dropped)
        fprintf(f, "\n(%d more reasons not listed.)\n", d->reasons_dropped);
    fputs("\n", f);
}

static void questions(FILE *f, const struct debrief *d)
{
    char b[96];
    fputs("## 11. Discussion questions\n\n", f);
    if (!d->nquestions)
        fputs("No questions: no learning objective came up.\n", f);
    else
        fputs("### The five for this game\n\nRanked by what happened in this game: the "
              "objectives that came up, the operations run and caught.\n\n", f);
    for (int i = 0; i < d->nshortlist; i++) {
        const struct db_question *q = &d->questions[d->shortlist[i]];
        fprintf(f, "%d. ", i + 1);
        md_block(f, q->text);
        fputs(" *(", f);
        md(f, q->why);
        fputs(")*\n", f);
    }
    if (d->nquestions)
        fputs("\n### Every question\n\n", f);
    for (int i = 0; i < d->nquestions; i++) {
        const struct db_question *q = &d->questions[i];
        fprintf(f, "%d. ", i + 1);
        md_block(f, q->text);
        fputs(" *(", f);
        md(f, debrief_question_source(d, q, b, sizeof b));
        fputs(")*\n", f);
    }
    fputs("\n---\n\n*Written by mandate " MANDATE_VERSION " from the game's record.*\n", f);
}

/* A seat's secret objectives, as the game stands. */
static void secret_objectives(FILE *f, const struct debrief *d, int num)
{
    fprintf(f, "## %d. Secret objectives\n\nFrom its capital, as the game stands%s.\n\n", num,
            d->ended ? " at the end" : "");
    if (!d->nobjectives)
        fputs("- None.\n", f);
    for (int k = 0; k < d->nobjectives; k++) {
        const struct objective_def *o = &d->sc->objectives[d->objectives[k]];
        fprintf(f, "- %s ", d->seat[d->viewer].national.done[k] ? "**met**" : "not met:");
        md(f, o->text);
        fprintf(f, " (%d points)\n", o->points);
    }
    fputs("\n", f);
}

/* What the viewer was told, turn by turn. */
static void record(FILE *f, const struct debrief *d, int num)
{
    fprintf(f, "## %d. ", num);
    if (d->viewer >= 0) {
        md(f, debrief_seat(d, d->viewer));
        fprintf(f, "'s record\n\n%s\n\n", aar_seat_record);
    } else {
        fprintf(f, "The public record\n\n%s\n\n", aar_public_record);
    }
    if (!d->nnotes)
        fputs("Nothing yet.\n\n", f);
    for (int i = 0; i < d->nnotes; i++) {
        const struct db_note *n = &d->notes[i];
        if (i == 0 || n->turn != d->notes[i - 1].turn)
            fprintf(f, "%s**Turn %d**\n\n", i ? "\n" : "", n->turn);
        fputs(n->own ? "- *own:* " : "- ", f);
        md(f, n->text);
        fputs("\n", f);
    }
    if (d->notes_dropped)
        fprintf(f, "- (%d more not listed)\n", d->notes_dropped);
    fputs("\n", f);
}

/* A seat's own report, or the public record. */
static int seat_md(FILE *f, const struct debrief *d, const struct aar_meta *m)
{
    int num = 2;
    overview(f, d, m);
    if (d->viewer >= 0) {
        secret_objectives(f, d, num++);
        timeline(f, d, num++);
    }
    record(f, d, num++);
    charts(f, d, num++);
    scores(f, d, num++);
    if (d->viewer >= 0 && !d->seat[d->viewer].human)
        reasons(f, d, num++);
    fputs("---\n\n*Written by mandate " MANDATE_VERSION " from the game's record, with only "
          "what the report's reader was told.*\n",
          f);
    return !ferror(f);
}

int aar_write_md(FILE *f, const struct debrief *d, const struct aar_meta *m)
{
    if (!debrief_declassified(d))
        return seat_md(f, d, m);
    overview(f, d, m);
    lessons(f, d);
    points(f, "## 3. Strengths", d->strengths, d->nstrengths, "None recorded.");
    points(f, "## 4. Areas for improvement", d->improvements, d->nimprovements, "None recorded.");
    plan(f, d);
    timeline(f, d, 6);
    spying(f, d);
    charts(f, d, 8);
    scores(f, d, 9);
    reasons(f, d, 10);
    questions(f, d);
    return !ferror(f);
}
