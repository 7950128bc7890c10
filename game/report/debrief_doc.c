/* debrief_doc.c - the after-action report / improvement plan as one
 * document, shaped like HSEEP's AAR/IP: the cover, exercise overview,
 * learning objectives with their ratings and evidence, strengths, areas
 * for improvement, the improvement plan and the discussion questions; the
 * play's sections are in debrief_doc_play.c and debrief_doc_charts.c. A
 * seat's own report and the public record hold only what their reader
 * was told. */
#include <stdio.h>
#include <string.h>

#include "aar.h"
#include "debrief_doc_int.h"
#include "debrief_int.h"

void dd_cell_lit(struct rdoc *doc, const char *text)
{
    rdoc_td(doc, 0);
    rdoc_lit(doc, 0, text);
}

void dd_cell_str(struct rdoc *doc, const char *text)
{
    rdoc_td(doc, 0);
    rdoc_str(doc, 0, text);
}

void dd_head(struct rdoc *doc, const char *label, int right)
{
    rdoc_td(doc, right ? RBF_RIGHT : 0);
    rdoc_lit(doc, 0, label);
}

void dd_table(struct rdoc *doc, int flags, const char *const *heads)
{
    rdoc_table(doc, flags, NULL);
    rdoc_tr(doc, RBF_HEAD, NULL);
    for (int k = 0; heads[k]; k++)
        dd_head(doc, heads[k] + (heads[k][0] == '>'), heads[k][0] == '>');
}

void dd_seat(struct rdoc *doc, const struct debrief *d, int seat)
{
    rdoc_str(doc, 0, debrief_seat(d, seat));
}

/* A row of facts: its name and the cell of its value, to be filled. */
static void fact(struct rdoc *doc, const char *name)
{
    rdoc_tr(doc, 0, NULL);
    dd_cell_lit(doc, name);
    rdoc_td(doc, 0);
}

/* "2025-03-01 14:05 UTC" from an ISO 8601 time, "unknown" for "". */
static const char *date(const char *iso, char *buf, size_t n)
{
    if (!iso || !iso[0])
        return db_fmt(buf, n, "unknown");
    /* YYYY-MM-DDTHH:MM:SS... */
    if (strlen(iso) >= 16 && iso[10] == 'T')
        return db_fmt(buf, n, "%.10s %.5s UTC", iso, iso + 11);
    return db_fmt(buf, n, "%s", iso);
}

/* The document's title: whose it is. */
static void whose(struct rdoc *doc, const struct debrief *d)
{
    if (debrief_declassified(d)) {
        rdoc_lit(doc, 0, "After-Action Report / Improvement Plan");
    } else if (d->viewer >= 0) {
        dd_seat(doc, d, d->viewer);
        rdoc_lit(doc, 0, "'s own report");
    } else {
        rdoc_lit(doc, 0, "The public record");
    }
}

static void cover(struct rdoc *doc, const struct debrief *d)
{
    rdoc_cover(doc, debrief_declassified(d) ? "After-Action Report" : NULL, d->sc->name,
               "Mandate tabletop exercise");
    whose(doc, d);
    rdoc_cover_sub(doc);
    rdoc_lit(doc, 0, "Host country: ");
    rdoc_str(doc, 0, d->sc->host);
    rdoc_lit(doc, 0, " ");
    rdoc_glyph(doc, 0, RG_MIDDOT);
    rdoc_lit(doc, 0, " mandate ");
    rdoc_lit(doc, RS_STRONG, debrief_outcome(d));
    rdoc_lit(doc, 0, " ");
    rdoc_glyph(doc, 0, RG_MIDDOT);
    rdoc_litf(doc, 0, " %d of %d turns", d->turns, d->scheduled);

    /* whose it is, and what it leaves out */
    rdoc_banner(doc);
    if (debrief_declassified(d)) {
        rdoc_lit(doc, RS_STRONG, "Declassified debrief.");
        rdoc_lit(doc, 0,
                 " Every secret order of the exercise is disclosed below, with its "
                 "dice. Hand it out after the game, not before.");
    } else if (d->viewer >= 0) {
        rdoc_lit(doc, RS_STRONG, "What ");
        rdoc_str(doc, RS_STRONG, debrief_seat(d, d->viewer));
        rdoc_str(doc, 0,
                 " knew: its secret objectives, its own hidden orders with their "
                 "dice, what it detected and learned, and the public record. No other "
                 "contingent's secret is in it.");
    } else {
        rdoc_lit(doc, RS_STRONG, "The public record.");
        rdoc_lit(doc, 0,
                 " What every contingent was told, and nothing more: the game is not "
                 "over, so every secret order, private report and AI reason is "
                 "withheld. The facilitator's declassified debrief: ");
        rdoc_lit(doc, RS_CODE, "mandate report FILE --reveal");
        rdoc_lit(doc, 0, "; one contingent's own report: ");
        rdoc_lit(doc, RS_CODE, "mandate report FILE --seat ID");
        rdoc_lit(doc, 0, ".");
    }
    rdoc_toc(doc);
}

static void participants(struct rdoc *doc, const struct debrief *d)
{
    static const char *const heads[] = {
        "Contingent",       "Played by",       "Profile", ">Mandate operations",
        ">Stability added", ">National score", NULL};
    char b[96];
    rdoc_heading(doc, 3, 0, NULL);
    rdoc_lit(doc, 0, "Participants");
    dd_table(doc, 0, heads);
    for (int i = 0; i < d->nseats; i++) {
        const struct db_seat *s = &d->seat[i];
        rdoc_tr(doc, 0, NULL);
        rdoc_td(doc, 0);
        rdoc_glyph(doc, RSEAT(i), RG_SWATCH);
        rdoc_str(doc, 0, d->sc->seats[i].name);
        dd_cell_str(doc, debrief_player(d, i, b, sizeof b));
        dd_cell_str(doc, d->sc->seats[i].profile);
        rdoc_td(doc, 0);
        rdoc_litf(doc, 0, "%d", s->mandate_ops);
        rdoc_td(doc, 0);
        rdoc_litf(doc, 0, "%+d", s->stability_added);
        rdoc_td(doc, 0);
        if (debrief_score_known(d, i)) {
            rdoc_litf(doc, 0, "%d", s->national.total);
            if (i == d->winner) {
                rdoc_lit(doc, 0, " ");
                rdoc_glyph(doc, 0, RG_HIGHEST);
            }
        } else {
            rdoc_lit(doc, 0, "secret until the end");
        }
    }
    rdoc_table_end(doc);
}

static void overview(struct rdoc *doc, const struct debrief *d, const struct aar_meta *m)
{
    const struct scenario *sc = d->sc;
    char b[64], x[DB_TEXT];
    int last = d->npoints - 1;
    rdoc_section(doc, "overview", "Exercise overview", 0);
    rdoc_heading(doc, 2, 1, NULL);
    rdoc_lit(doc, 0, "Exercise overview");
    rdoc_table(doc, RBF_ROW_HEADS, "facts");
    fact(doc, "Exercise");
    rdoc_lit(doc, 0, "Mandate - ");
    rdoc_str(doc, 0, sc->name);
    rdoc_lit(doc, 0, " (");
    rdoc_str(doc, RS_CODE, sc->id);
    rdoc_lit(doc, 0, ")");
    fact(doc, "Host country");
    rdoc_str(doc, 0, sc->host);
    fact(doc, "Scenario");
    rdoc_str(doc, 0, sc->summary);
    fact(doc, "Date of play");
    rdoc_lit(doc, 0, "started ");
    rdoc_str(doc, 0, date(d->started_at, b, sizeof b));
    rdoc_lit(doc, 0, ", saved ");
    rdoc_str(doc, 0, date(m ? m->saved_at : NULL, b, sizeof b));
    fact(doc, "Turns");
    rdoc_litf(doc, 0, "%d of %d played%s", d->turns, d->scheduled,
              d->ended ? (d->collapsed ? " (the mandate collapsed)" : " (game over)")
                       : " (game in progress)");
    fact(doc, "Scope");
    rdoc_lit(doc, 0, aar_scope(d, x, sizeof x));
    fact(doc, "Duration");
    rdoc_lit(doc, 0, aar_duration(d, m, x, sizeof x));
    if (debrief_declassified(d) || d->ended) { /* the seed would foretell the dice */
        fact(doc, "Seed");
        rdoc_litf(doc, 0, "%llu", (unsigned long long)d->seed);
    }
    fact(doc, "Mandate");
    if (!d->ended)
        rdoc_lit(doc, 0, "so far ");
    rdoc_lit(doc, RS_STRONG, debrief_outcome(d));
    rdoc_litf(doc, 0, ": average stability %d (success needs %d, partial %d), lowest sector %d",
              d->avg[last], sc->success_avg, sc->partial_avg, d->min[last]);
    if (d->winner >= 0) {
        fact(doc, "Highest national score");
        dd_seat(doc, d, d->winner);
    }
    if (debrief_declassified(d)) {
        fact(doc, "Learning objectives");
        rdoc_litf(doc, 0, "%d of %d came up", debrief_lessons_arisen(d), LESSON_COUNT);
    }
    if (m && m->source) {
        fact(doc, "Source");
        rdoc_str(doc, 0, m->source);
        if (m->game_version && m->game_version[0]) {
            rdoc_lit(doc, 0, " (saved by mandate ");
            rdoc_str(doc, 0, m->game_version);
            rdoc_lit(doc, 0, ")");
        }
    }
    if (!d->exact) {
        fact(doc, "Note");
        rdoc_lit(doc, 0,
                 "Re-resolving the record did not reproduce every recorded checksum: "
                 "some state behind the objectives' evidence is approximate.");
    }
    rdoc_table_end(doc);
    participants(doc, d);
    rdoc_section_end(doc);
}

/* "Label: text" as a paragraph's runs. */
static void labelled(struct rdoc *doc, const char *label, const char *text)
{
    rdoc_lit(doc, RS_STRONG, label);
    rdoc_lit(doc, 0, " ");
    rdoc_str(doc, 0, text);
}

static void evidence(struct rdoc *doc, const struct db_evidence *e)
{
    static const struct {
        unsigned tone;
        const char *text;
    } tag[3] = {
        {RT_GOOD, "countered"},
        {RT_WARN, "blamed on the wrong contingent"},
        {RT_BAD, "not countered"},
    };
    rdoc_item(doc);
    rdoc_litf(doc, RS_LABEL, "Turn %d:", e->turn);
    rdoc_lit(doc, 0, " ");
    rdoc_str(doc, 0, e->text);
    if (!e->threat)
        return;
    int k = e->countered ? 0 : e->wrong ? 1 : 2;
    rdoc_for(doc, RDOC_MD);
    rdoc_lit(doc, 0, " - ");
    rdoc_lit(doc, RS_EM, tag[k].text);
    rdoc_for(doc, RDOC_HTML | RDOC_TTY);
    rdoc_lit(doc, 0, " ");
    rdoc_tag(doc, tag[k].tone, k ? RG_CROSS : RG_CHECK, tag[k].text);
    rdoc_for(doc, RDOC_ALL);
}

static void lesson(struct rdoc *doc, const struct debrief *d, const struct db_lesson *L)
{
    const struct lesson_def *def = debrief_lesson_def(d, L->number);
    char id[32];
    snprintf(id, sizeof id, "objective-%d", L->number);
    rdoc_group(doc, id, "lesson");
    rdoc_heading(doc, 3, 0, NULL);
    rdoc_set_badge(doc, rating_letter(L->rating), rating_text(L->rating), L->rating);
    rdoc_litf(doc, 0, "Objective %d: ", L->number);
    rdoc_str(doc, 0, debrief_lesson_title(d, L->number));
    if (def) {
        rdoc_para(doc);
        rdoc_set_class(doc, "statement");
        rdoc_str(doc, RS_LEAD, def->statement);
        rdoc_para(doc);
        labelled(doc, "Critical task:", def->task);
    }
    rdoc_para(doc);
    labelled(doc, "Rating basis:", L->basis);
    rdoc_para(doc);
    rdoc_lit(doc, RS_STRONG, "Evidence");
    rdoc_litf(doc, 0, " (first on turn %d):", L->first_turn);
    rdoc_list(doc, 0, "evidence");
    for (int i = 0; i < L->nev; i++)
        evidence(doc, &L->ev[i]);
    if (L->dropped) {
        rdoc_item(doc);
        rdoc_litf(doc, 0, "(%d more not listed)", L->dropped);
    }
    rdoc_list_end(doc);
    if (def) {
        rdoc_para(doc);
        rdoc_set_class(doc, "precedent");
        labelled(doc, "Precedent:", def->precedent);
        if (def->source[0]) {
            rdoc_glyph(doc, 0, RG_BREAK);
            labelled(doc, "Source:", def->source);
        }
        rdoc_para(doc);
        rdoc_lit(doc, RS_STRONG, "Discussion questions:");
        rdoc_list(doc, 0, NULL);
        for (int q = 0; q < def->nquestions; q++) {
            rdoc_item(doc);
            rdoc_str(doc, RS_LEAD, def->questions[q]);
        }
        rdoc_list_end(doc);
    }
    rdoc_group_end(doc);
}

static void lessons(struct rdoc *doc, const struct debrief *d)
{
    static const char *const heads[] = {">#",         "Objective",   "Came up", "Rating",
                                        ">Countered", ">First turn", NULL};
    rdoc_section(doc, "objectives", "Learning objectives", 1);
    rdoc_heading(doc, 2, 2, NULL);
    rdoc_lit(doc, 0, "Learning objectives");
    dd_table(doc, 0, heads);
    for (int k = 0; k < LESSON_COUNT; k++) {
        const struct db_lesson *L = &d->lesson[k];
        char id[32];
        rdoc_tr(doc, 0, NULL);
        rdoc_td(doc, 0);
        rdoc_litf(doc, 0, "%d", L->number);
        rdoc_td(doc, 0);
        rdoc_str(doc, 0, debrief_lesson_title(d, L->number));
        if (L->arose)
            rdoc_link(doc, db_fmt(id, sizeof id, "objective-%d", L->number));
        dd_cell_lit(doc, L->arose ? "yes" : "no");
        rdoc_td(doc, 0);
        rdoc_badge(doc, rating_letter(L->rating), rating_text(L->rating), L->rating);
        rdoc_td(doc, 0);
        if (L->arose && L->number != 7 && L->threats)
            rdoc_litf(doc, 0, "%d of %d", L->countered, L->threats);
        else
            rdoc_lit(doc, 0, "-");
        rdoc_td(doc, 0);
        if (L->arose)
            rdoc_litf(doc, 0, "%d", L->first_turn);
        else
            rdoc_lit(doc, 0, "-");
    }
    rdoc_table_end(doc);
    rdoc_para(doc);
    rdoc_lit(doc, RS_STRONG, "How ratings are earned.");
    rdoc_lit(doc, 0, " ");
    rdoc_str(doc, 0, debrief_rating_rule);
    for (int k = 0; k < LESSON_COUNT; k++)
        if (d->lesson[k].arose)
            lesson(doc, d, &d->lesson[k]);
    if (debrief_lessons_arisen(d) < LESSON_COUNT) {
        rdoc_heading(doc, 3, 0, NULL);
        rdoc_lit(doc, 0, "Objectives that did not come up");
        rdoc_list(doc, 0, NULL);
        for (int k = 0; k < LESSON_COUNT; k++) {
            if (d->lesson[k].arose)
                continue;
            const struct lesson_def *def = debrief_lesson_def(d, k + 1);
            rdoc_item(doc);
            rdoc_litf(doc, 0, "%d. ", k + 1);
            rdoc_str(doc, RS_LEAD, def ? def->statement : debrief_lesson_title(d, k + 1));
        }
        rdoc_list_end(doc);
    }
    rdoc_section_end(doc);
}

static void points(struct rdoc *doc, const char *id, int num, const char *title,
                   const struct db_point *p, int n)
{
    rdoc_section(doc, id, title, 0);
    rdoc_heading(doc, 2, num, NULL);
    rdoc_lit(doc, 0, title);
    rdoc_list(doc, 0, NULL);
    if (!n) {
        rdoc_item(doc);
        rdoc_lit(doc, 0, "None recorded.");
    }
    for (int i = 0; i < n; i++) {
        rdoc_item(doc);
        rdoc_str(doc, RS_LEAD, p[i].text);
    }
    rdoc_list_end(doc);
    rdoc_section_end(doc);
}

/* A field of the improvement plan left for the exercise's owners to fill
 * in: a line to write on in Markdown, an empty cell to write in on the
 * printed HTML page. */
static void blank_cell(struct rdoc *doc)
{
    rdoc_td(doc, 0);
    rdoc_set_class(doc, "fill");
    rdoc_for(doc, RDOC_MD);
    rdoc_lit(doc, 0, "________");
    rdoc_for(doc, RDOC_ALL);
}

static void plan(struct rdoc *doc, const struct debrief *d)
{
    enum { NCOLS = 9 };
    static const char *const none = "No area for improvement was found";
    static const char *const heads[] = {">#",
                                        "Objective",
                                        "Issue / area for improvement",
                                        "Corrective action",
                                        "Capability element",
                                        "Primary responsible organisation",
                                        "Responsible party",
                                        "Start date",
                                        "Completion date",
                                        NULL};
    rdoc_section(doc, "plan", "Improvement plan", 0);
    rdoc_heading(doc, 2, 5, NULL);
    rdoc_lit(doc, 0, "Improvement plan");
    rdoc_para(doc);
    rdoc_lit(doc, 0,
             "One row per issue. The primary responsible organisation is the report's "
             "suggestion; the responsible party, start date and completion date are for the "
             "exercise's owners to fill in.");
    dd_table(doc, 0, heads);
    if (!d->nplan) {
        /* one cell across the table where it can span, dashes where not */
        rdoc_for(doc, RDOC_MD);
        rdoc_tr(doc, 0, NULL);
        for (int k = 0; k < NCOLS; k++)
            dd_cell_lit(doc, k == 2 ? none : "-");
        rdoc_for(doc, RDOC_HTML | RDOC_TTY);
        rdoc_tr(doc, 0, NULL);
        rdoc_td(doc, RBF_LEFT);
        rdoc_set_span(doc, NCOLS);
        rdoc_litf(doc, 0, "%s.", none);
        rdoc_for(doc, RDOC_ALL);
    }
    for (int i = 0; i < d->nplan; i++) {
        const struct db_plan *p = &d->plan[i];
        rdoc_tr(doc, 0, NULL);
        rdoc_td(doc, 0);
        rdoc_litf(doc, 0, "%d", i + 1);
        rdoc_td(doc, 0);
        if (p->lesson)
            rdoc_litf(doc, 0, "%d. ", p->lesson);
        rdoc_str(doc, 0, p->lesson ? debrief_lesson_title(d, p->lesson) : "The mission");
        dd_cell_str(doc, p->issue);
        dd_cell_str(doc, p->action);
        dd_cell_lit(doc, element_name(p->element));
        dd_cell_str(doc, p->responsible);
        for (int k = 0; k < 3; k++)
            blank_cell(doc);
    }
    rdoc_table_end(doc);
    rdoc_section_end(doc);
}

/* A question as an item of a list, with a note: why it is on the
 * shortlist (why) or where it comes from. */
static void question_item(struct rdoc *doc, const struct debrief *d, const struct db_question *q,
                          int why)
{
    char b[96];
    rdoc_item(doc);
    rdoc_str(doc, RS_LEAD, q->text);
    rdoc_lit(doc, 0, " ");
    rdoc_lit(doc, RS_NOTE, "(");
    rdoc_str(doc, RS_NOTE, why ? q->why : debrief_question_source(d, q, b, sizeof b));
    rdoc_lit(doc, RS_NOTE, ")");
}

static void questions(struct rdoc *doc, const struct debrief *d)
{
    rdoc_section(doc, "questions", "Discussion questions", 1);
    rdoc_heading(doc, 2, 11, NULL);
    rdoc_lit(doc, 0, "Discussion questions");
    if (!d->nquestions) {
        rdoc_para(doc);
        rdoc_lit(doc, 0, "No questions: no learning objective came up.");
        rdoc_section_end(doc);
        return;
    }
    if (d->nshortlist) {
        rdoc_heading(doc, 3, 0, NULL);
        rdoc_lit(doc, 0, "The five for this game");
        rdoc_para(doc);
        rdoc_lit(doc, 0,
                 "Ranked by what happened in this game: the objectives that came up, the "
                 "operations run and caught.");
        rdoc_list(doc, 1, NULL);
        for (int i = 0; i < d->nshortlist; i++)
            question_item(doc, d, &d->questions[d->shortlist[i]], 1);
        rdoc_list_end(doc);
        rdoc_heading(doc, 3, 0, NULL);
        rdoc_lit(doc, 0, "Every question");
    }
    rdoc_list(doc, 1, NULL);
    for (int i = 0; i < d->nquestions; i++)
        question_item(doc, d, &d->questions[i], 0);
    rdoc_list_end(doc);
    rdoc_section_end(doc);
}

/* The controller's journal: every facilitator action and note, and the
 * weeks whose orders were filled in (the declassified report alone). */
static void journal(struct rdoc *doc, const struct debrief *d)
{
    static const char *const heads[] = {"UTC", ">Week", "Action", NULL};
    char line[LONG_TEXT + 2 * NAME_LEN + 64];
    if (!debrief_has_journal(d))
        return;
    int flagged = 0;
    for (int t = 1; t <= d->turns; t++)
        flagged |= debrief_flagged(d, t);
    rdoc_section(doc, "journal", "Controller's journal", 1);
    rdoc_heading(doc, 2, 12, NULL);
    rdoc_lit(doc, 0, "Controller's journal");
    if (d->njournal)
        dd_table(doc, 0, heads);
    for (int i = 0; i < d->njournal; i++) {
        const struct fac_action *a = &d->journal[i];
        rdoc_tr(doc, 0, NULL);
        dd_cell_str(doc, a->at[0] ? a->at : "-");
        rdoc_td(doc, RBF_RIGHT);
        rdoc_litf(doc, 0, "%d", a->week);
        dd_cell_str(doc, debrief_journal_line(d, a, line, sizeof line));
    }
    if (d->njournal)
        rdoc_table_end(doc);
    if (flagged)
        rdoc_list(doc, 0, NULL);
    for (int t = 1; t <= d->turns; t++)
        if (debrief_flagged(d, t)) {
            debrief_flags_line(d, t, line, sizeof line);
            rdoc_item(doc);
            rdoc_litf(doc, 0, "Week %d, orders not confirmed by their players: ", t);
            rdoc_str(doc, 0, line);
        }
    if (flagged)
        rdoc_list_end(doc);
    rdoc_section_end(doc);
}

/* The declassified debrief. */
static void declassified(struct rdoc *doc, const struct debrief *d)
{
    lessons(doc, d);
    points(doc, "strengths", 3, "Strengths", d->strengths, d->nstrengths);
    points(doc, "improve", 4, "Areas for improvement", d->improvements, d->nimprovements);
    plan(doc, d);
    dd_timeline(doc, d, 6);
    dd_spying(doc, d, 7);
    dd_charts(doc, d, 8);
    dd_scores(doc, d, 9);
    dd_reasons(doc, d, 10);
    questions(doc, d);
    journal(doc, d);
    rdoc_footer(doc);
    rdoc_lit(doc, 0,
             "Written by mandate " MANDATE_VERSION " from the game's record. Shaped "
             "after the HSEEP After-Action Report / Improvement Plan.");
}

/* A seat's own report, or the public record. */
static void seat_report(struct rdoc *doc, const struct debrief *d)
{
    int num = 2;
    if (d->viewer >= 0) {
        dd_secret_objectives(doc, d, num++);
        dd_timeline(doc, d, num++);
    }
    dd_record(doc, d, num++);
    dd_charts(doc, d, num++);
    dd_scores(doc, d, num++);
    if (d->viewer >= 0 && !d->seat[d->viewer].human)
        dd_reasons(doc, d, num++);
    rdoc_footer(doc);
    rdoc_lit(doc, 0,
             "Written by mandate " MANDATE_VERSION " from the game's record, with only "
             "what the report's reader was told.");
}

struct rdoc *debrief_document(const struct debrief *d, const struct debrief_doc_opts *o)
{
    struct rdoc *doc = rdoc_new();
    if (!doc)
        return NULL;
    for (int i = 0; i < d->nseats; i++)
        rdoc_seat(doc, i, d->sc->seats[i].name, d->sc->seats[i].colour);
    if (o && o->pages) {
        dd_pages(doc, d, o);
    } else {
        cover(doc, d);
        overview(doc, d, o ? o->meta : NULL);
        if (debrief_declassified(d))
            declassified(doc, d);
        else
            seat_report(doc, d);
    }
    if (doc->failed) {
        rdoc_free(doc);
        return NULL;
    }
    return doc;
}
