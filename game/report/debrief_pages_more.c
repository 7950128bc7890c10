/* debrief_pages_more.c - the terminal debrief's pages 4 to 7: both
 * scores, the learning objectives, the improvement plan (with the
 * questions and how to hand the report out) and the AI's reasons. */
#include <stdio.h>
#include <string.h>

#include "debrief_doc_int.h"
#include "debrief_int.h"

/* --- page 4: both scores ------------------------------------------------ */

/* A row of a table of numbers: a contingent's name, then its cells. */
static void name_row(struct dp *p, int seat, int nw)
{
    rdoc_row(p->doc, 2, 0);
    if (seat >= 0)
        dp_seat_cell(p, seat, nw);
    else
        rdoc_fit(p->doc, RT_DIM, nw, 0, "");
}

/* A header row: cols[0..8) right-aligned in cwid columns. */
static void head_row(struct dp *p, int nw, int cwid, const char *const *cols)
{
    name_row(p, -1, nw);
    for (int k = 0; k < 8; k++)
        rdoc_fit(p->doc, RT_DIM, cwid, 1, cols[k]);
}

static void side_by_side(struct dp *p, int nw)
{
    struct rdoc *doc = p->doc;
    const struct debrief *d = p->d;
    int maxtot = 1, maxshare = 1;
    for (int i = 0; i < d->nseats; i++) {
        maxtot = d->seat[i].national.total > maxtot ? d->seat[i].national.total : maxtot;
        maxshare = d->seat[i].mandate_permille > maxshare ? d->seat[i].mandate_permille : maxshare;
    }
    int bw = (p->o->width - 3 - nw - 2 * 16) / 2;
    bw = bw < 8 ? 8 : bw > 30 ? 30 : bw;
    dp_heading(p, "Side by side");
    rdoc_row(doc, 2, 0);
    rdoc_fit(doc, RT_DIM, nw + 1, 0, "");
    rdoc_fit(doc, RT_DIM, bw + 14, 0,
             bw + 14 > 28 ? "share of the stability added" : "mandate share");
    rdoc_fit(doc, 0, 1, 0, "");
    rdoc_lit(doc, RT_DIM, "national score");
    for (int i = 0; i < d->nseats; i++) {
        const struct db_seat *st = &d->seat[i];
        name_row(p, i, nw);
        rdoc_fit(doc, 0, 1, 0, "");
        rdoc_bar(doc, RSEAT(i), bw, st->mandate_permille, maxshare);
        rdoc_fitf(doc, 0, 7, 1, "%d.%d%%", st->mandate_permille / 10, st->mandate_permille % 10);
        rdoc_fit(doc, 0, 8, 0, "");
        rdoc_bar(doc, RSEAT(i), bw, st->national.total, maxtot);
        rdoc_fitf(doc, RS_STRONG, 5, 1, "%d", st->national.total);
        if (i == d->winner)
            dp_glyphed(p, RT_GOOD | RS_STRONG, "  ", RG_HIGHEST, " highest");
    }
}

void dp_scores(struct dp *p)
{
    static const char *const cols[] = {"intel", "infl", "object", "reput",
                                       "penal", "raw",  "factor", "TOTAL"};
    static const char *const cols2[] = {"mandate", "stab +", "share",  "covert",
                                        "succ",    "seen",   "caught", "detects"};
    struct rdoc *doc = p->doc;
    const struct debrief *d = p->d;
    int last = d->npoints - 1, nw = p->nw + 1;
    int fac = d->seat[0].national.factor;
    unsigned os = d->outcome == OUT_SUCCESS   ? RT_GOOD | RS_STRONG
                  : d->outcome == OUT_PARTIAL ? RT_WARN | RS_STRONG
                                              : RT_BAD;
    rdoc_row(doc, 0, 2);
    rdoc_lit(doc, 0, "The mandate: ");
    rdoc_lit(doc, os, debrief_outcome(d));
    rdoc_litf(doc, 0,
              "%s - average stability %d (success needs %d), lowest sector %d. "
              "Every national score is multiplied by %d.%02d.",
              d->ended ? "" : " so far", d->avg[last], d->sc->success_avg, d->min[last], fac / 1000,
              fac % 1000 / 10);
    dp_dim(p, 0,
           "The mandate is everyone's score; the national score is each capital's. The "
           "exercise is about the trade-off between the two.");
    side_by_side(p, nw);

    dp_heading(p, "The national score, part by part");
    int cwid = (p->o->width - 2 - nw) / 8;
    cwid = cwid < 7 ? 7 : cwid > 10 ? 10 : cwid;
    head_row(p, nw, cwid, cols);
    for (int i = 0; i < d->nseats; i++) {
        const struct score *sc = &d->seat[i].national;
        int v[6] = {sc->intel,      sc->influence,  sc->objectives,
                    sc->reputation, -sc->penalties, sc->raw};
        name_row(p, i, nw);
        for (int k = 0; k < 6; k++)
            rdoc_fitf(doc, 0, cwid, 1, "%d", v[k]);
        rdoc_fitf(doc, 0, cwid, 1, "x%d.%02d", sc->factor / 1000, sc->factor % 1000 / 10);
        rdoc_fitf(doc, i == d->winner ? RT_GOOD | RS_STRONG : RS_STRONG, cwid, 1, "%d", sc->total);
    }
    dp_dim(p, 2,
           "intel: fresh dossiers by value; infl: influence with the host; object: secret "
           "objectives met; reput: the trust the others hold in it; penal: the blame it took "
           "- operations attributed to it, rightly or falsely; factor: the mandate's outcome "
           "multiplies the raw sum.");

    dp_heading(p, "Its part in the mandate, and in the shadows");
    head_row(p, nw, cwid, cols2);
    for (int i = 0; i < d->nseats; i++) {
        const struct db_seat *st = &d->seat[i];
        int v[8] = {st->mandate_ops,       st->stability_added,  0,
                    st->covert_ops,        st->covert_succeeded, st->covert_detected,
                    st->covert_attributed, st->detections};
        name_row(p, i, nw);
        for (int k = 0; k < 8; k++) {
            if (k == 2)
                rdoc_fitf(doc, 0, cwid, 1, "%d%%", (st->mandate_permille + 5) / 10);
            else
                rdoc_fitf(doc, 0, cwid, 1, k == 1 ? "%+d" : "%d", v[k]);
        }
    }
    dp_dim(p, 2,
           "mandate: mandate operations run; stab +: the stability they added; share: of "
           "all stability added; covert: covert operations, succ: succeeded, seen: "
           "detected, caught: rightly attributed to it; detects: operations against it "
           "that it detected.");

    dp_heading(p, "Who played");
    for (int i = 0; i < d->nseats; i++) {
        char buf[256];
        rdoc_row(doc, 2, 4);
        dp_seat(p, i);
        rdoc_lit(doc, 0, ": ");
        rdoc_str(doc, 0, debrief_player(d, i, buf, sizeof buf));
        dp_glyphed(p, RT_DIM, "  ", RG_DASH, " ");
        rdoc_str(doc, RT_DIM, d->sc->seats[i].profile);
    }
}

/* --- page 5: learning objectives ----------------------------------------- */

static void labelled(struct dp *p, int indent, const char *label, const char *text)
{
    rdoc_row(p->doc, indent, 2);
    rdoc_lit(p->doc, RS_STRONG, label);
    rdoc_lit(p->doc, 0, " ");
    rdoc_str(p->doc, 0, text);
}

static unsigned rating_style(int r)
{
    switch (r) {
    case RATING_P:
        return RT_GOOD | RS_STRONG;
    case RATING_S:
        return RT_GOOD;
    case RATING_M:
        return RT_WARN | RS_STRONG;
    case RATING_U:
        return RT_BAD;
    default:
        return RT_DIM;
    }
}

static void evidence(struct dp *p, const struct db_evidence *e)
{
    static const struct {
        unsigned tone;
        const char *text;
    } tag[3] = {
        {RT_GOOD, " countered"},
        {RT_BAD, " blamed on the wrong contingent"},
        {RT_WARN, " not countered"},
    };
    rdoc_row(p->doc, 4, 8);
    rdoc_litf(p->doc, RT_DIM, "week %-2d ", e->turn);
    rdoc_str(p->doc, 0, e->text);
    if (e->threat) {
        int k = e->countered ? 0 : e->wrong ? 1 : 2;
        dp_glyphed(p, tag[k].tone, " ", RG_DASH, tag[k].text);
    }
}

static void lesson(struct dp *p, const struct db_lesson *L)
{
    struct rdoc *doc = p->doc;
    const struct debrief *d = p->d;
    const struct lesson_def *def = debrief_lesson_def(d, L->number);
    unsigned badge = rating_style(L->rating) | RS_REVERSE;
    rdoc_blank(doc);
    rdoc_row(doc, 0, 2);
    rdoc_set_mark(doc);
    rdoc_litf(doc, RT_HEADING, "Objective %d: ", L->number);
    rdoc_str(doc, RT_HEADING, debrief_lesson_title(d, L->number));
    rdoc_row(doc, 2, 2);
    rdoc_lit(doc, RS_STRONG, "Rating: ");
    rdoc_litf(doc, badge, " %s ", rating_letter(L->rating));
    rdoc_litf(doc, 0, " %s", rating_text(L->rating));
    if (L->base != L->rating)
        rdoc_litf(doc, RT_DIM, " (%s before the caps)", rating_letter(L->base));
    if (def && def->statement[0]) {
        rdoc_row(doc, 2, 0);
        rdoc_str(doc, RT_DIM, def->statement);
    }
    if (def && def->task[0])
        labelled(p, 2, "Critical task:", def->task);
    if (L->basis[0])
        labelled(p, 2, "How it was rated:", L->basis);
    rdoc_row(doc, 2, 0);
    rdoc_litf(doc, RS_STRONG, "In this game (from week %d):", L->first_turn);
    for (int i = 0; i < L->nev; i++)
        evidence(p, &L->ev[i]);
    if (L->dropped) {
        rdoc_row(doc, 4, 0);
        rdoc_litf(doc, RT_DIM, "(%d more not listed)", L->dropped);
    }
    if (def && def->precedent[0])
        labelled(p, 2, "Precedent:", def->precedent);
    if (def && def->source[0])
        labelled(p, 2, "Source:", def->source);
    if (def && def->nquestions) {
        dp_text(p, RS_STRONG, 2, "Discussion questions:");
        for (int q = 0; q < def->nquestions; q++) {
            rdoc_row(doc, 4, 3);
            rdoc_litf(doc, RT_KEY, "%d. ", q + 1);
            rdoc_str(doc, 0, def->questions[q]);
        }
    }
}

/* The objectives that did not come up, with their precedents. */
static void absent(struct dp *p)
{
    const struct debrief *d = p->d;
    dp_heading(p, "Objectives that did not come up");
    dp_dim(p, 0,
           "Discuss them from their precedents, or play again with the injects and "
           "orders that bring them into play.");
    for (int k = 0; k < LESSON_COUNT; k++) {
        if (d->lesson[k].arose)
            continue;
        const struct lesson_def *def = debrief_lesson_def(d, k + 1);
        rdoc_row(p->doc, 2, 3);
        rdoc_litf(p->doc, RT_DIM, "%d. ", k + 1);
        rdoc_str(p->doc, 0,
                 def && def->statement[0] ? def->statement : debrief_lesson_title(d, k + 1));
        if (def && def->precedent[0])
            labelled(p, 5, "Precedent:", def->precedent);
        if (def && def->source[0])
            labelled(p, 5, "Source:", def->source);
    }
}

void dp_lessons(struct dp *p)
{
    struct rdoc *doc = p->doc;
    const struct debrief *d = p->d;
    int arisen = debrief_lessons_arisen(d);
    rdoc_row(doc, 0, 0);
    rdoc_litf(doc, RS_STRONG, "%d of the %d learning objectives came up in this game.", arisen,
              LESSON_COUNT);
    if (!d->book)
        dp_dim(p, 0,
               "(assets/objectives.json could not be read: titles, precedents and questions "
               "are missing.)");
    rdoc_blank(doc);
    for (int k = 0; k < LESSON_COUNT; k++) {
        const struct db_lesson *L = &d->lesson[k];
        rdoc_row(doc, 2, 6);
        rdoc_litf(doc, RT_DIM, "%d ", k + 1);
        rdoc_lit(doc,
                 rating_style(L->arose ? L->rating : RATING_NONE) | (L->arose ? RS_REVERSE : 0),
                 L->arose ? rating_letter(L->rating) : "-");
        rdoc_lit(doc, 0, "  ");
        rdoc_str(doc, L->arose ? 0 : RT_DIM, debrief_lesson_title(d, k + 1));
        if (L->arose)
            rdoc_litf(doc, RT_DIM, "  (week %d)", L->first_turn);
        else
            rdoc_lit(doc, RT_DIM, "  (did not come up)");
    }
    rdoc_blank(doc);
    dp_dim(p, 0,
           "P performed without challenges; S with some challenges; M with major "
           "challenges; U unable to be performed (HSEEP). Press ? for how ratings are "
           "earned.");
    for (int k = 0; k < LESSON_COUNT; k++)
        if (d->lesson[k].arose)
            lesson(p, &d->lesson[k]);
    if (arisen < LESSON_COUNT)
        absent(p);
}

/* --- page 6: strengths, improvements, plan, questions --------------------- */

static void points(struct dp *p, const char *title, const struct db_point *pt, int n)
{
    dp_heading(p, title);
    if (!n)
        dp_dim(p, 2, "None recorded.");
    for (int i = 0; i < n; i++) {
        rdoc_row(p->doc, 2, 2);
        rdoc_glyph(p->doc, 0, RG_BULLET);
        rdoc_lit(p->doc, 0, " ");
        rdoc_str(p->doc, 0, pt[i].text);
    }
}

static void plan(struct dp *p)
{
    struct rdoc *doc = p->doc;
    const struct debrief *d = p->d;
    dp_heading(p, "Improvement plan");
    if (!d->nplan)
        dp_dim(p, 2, "No area for improvement was found.");
    for (int i = 0; i < d->nplan; i++) {
        const struct db_plan *pl = &d->plan[i];
        rdoc_row(doc, 2, 3);
        rdoc_litf(doc, RT_KEY, "%d. ", i + 1);
        if (pl->lesson) {
            rdoc_litf(doc, RS_STRONG, "Objective %d: ", pl->lesson);
            rdoc_str(doc, RS_STRONG, debrief_lesson_title(d, pl->lesson));
        } else {
            rdoc_lit(doc, RS_STRONG, "The mission");
        }
        labelled(p, 5, "Issue:", pl->issue);
        labelled(p, 5, "Action:", pl->action);
        rdoc_row(doc, 5, 2);
        rdoc_lit(doc, RS_STRONG, "Capability element: ");
        rdoc_lit(doc, 0, element_name(pl->element));
        dp_glyphed(p, 0, "  ", RG_MIDDOT, "  ");
        rdoc_lit(doc, RS_STRONG, "Responsible organisation: ");
        rdoc_str(doc, 0, pl->responsible);
        dp_dim(p, 5, "Responsible party ______  Start date ______  Completion ______");
    }
}

/* A numbered question, with what earned it a place on the shortlist (why)
 * or where it comes from. */
static void question_row(struct dp *p, const struct db_question *q, int num, int why)
{
    struct rdoc *doc = p->doc;
    char buf[128];
    rdoc_row(doc, 2, 4);
    rdoc_litf(doc, RT_KEY, "%2d. ", num);
    rdoc_str(doc, 0, q->text ? q->text : "");
    rdoc_lit(doc, RT_DIM, "  (");
    rdoc_str(doc, RT_DIM, why ? q->why : debrief_question_source(p->d, q, buf, sizeof buf));
    rdoc_lit(doc, RT_DIM, ")");
}

void dp_plan(struct dp *p)
{
    struct rdoc *doc = p->doc;
    const struct debrief *d = p->d;
    const char *file = p->o->file;
    dp_dim(p, 0,
           "What a facilitator hands out the next morning: what went well, what to "
           "improve, and who should do what (HSEEP's improvement plan).");
    if (d->nshortlist)
        dp_heading(p, "Five questions for this game (ranked by what happened; every one below)");
    for (int i = 0; i < d->nshortlist; i++)
        question_row(p, &d->questions[d->shortlist[i]], i + 1, 1);
    points(p, "Strengths", d->strengths, d->nstrengths);
    points(p, "Areas for improvement", d->improvements, d->nimprovements);
    plan(p);
    dp_heading(p, "Every discussion question");
    if (!d->nquestions)
        dp_dim(p, 2, "No questions: no learning objective came up.");
    for (int i = 0; i < d->nquestions; i++)
        question_row(p, &d->questions[i], i + 1, 0);
    dp_heading(p, "To hand out");
    if (file && file[0]) {
        rdoc_row(doc, 2, 0);
        rdoc_lit(doc, 0, "The game is saved in ");
        rdoc_str(doc, 0, file);
        rdoc_lit(doc, 0, ". Its after-action report, to print or to share:");
        rdoc_row(doc, 4, 0);
        rdoc_lit(doc, RT_KEY, "mandate report ");
        rdoc_str(doc, RT_KEY, file);
        rdoc_lit(doc, RT_KEY, " --format html -o report.html");
        rdoc_row(doc, 4, 0);
        rdoc_lit(doc, RT_KEY, "mandate report ");
        rdoc_str(doc, RT_KEY, file);
        rdoc_lit(doc, RT_KEY, " --format md -o report.md");
    } else {
        dp_dim(p, 2,
               "This game was not saved: the after-action report (mandate report FILE) "
               "needs a save.");
    }
}

/* --- page 7: the AI's reasons --------------------------------------------- */

/* What an order aimed at, in words ("" for nothing). */
static void order_target(const struct debrief *d, const struct order *o, char *buf, size_t n)
{
    const struct scenario *sc = d->sc;
    buf[0] = 0;
    switch (order_target_kind(o->kind)) {
    case TK_SECTOR:
        if (o->sector >= 0 && o->sector < d->nsectors)
            db_fmt(buf, n, "%s", sc->sectors[o->sector].name);
        break;
    case TK_SEAT:
        db_fmt(buf, n, "%s", debrief_seat(d, o->target));
        break;
    case TK_SECTOR_SEAT:
        db_fmt(buf, n, "%s, with %s",
               o->sector >= 0 && o->sector < d->nsectors ? sc->sectors[o->sector].name : "?",
               debrief_seat(d, o->target));
        break;
    case TK_LEVEL:
        db_fmt(buf, n, "%s", share_name(o->level));
        break;
    case TK_CHOICE:
        if (o->inject >= 0 && o->inject < sc->ninjects && o->level >= 0 &&
            o->level < sc->injects[o->inject].nchoices)
            db_fmt(buf, n, "%s: %s", sc->injects[o->inject].title,
                   sc->injects[o->inject].choices[o->level].label);
        break;
    default:
        break;
    }
}

static void reason(struct dp *p, const struct db_reason *r)
{
    struct rdoc *doc = p->doc;
    const struct debrief *d = p->d;
    char buf[SHORT_TEXT * 2];
    int fam = r->o.kind < ORD_COUNT ? order_family(r->o.kind) : -1;
    rdoc_row(doc, 2, p->nw + 2);
    dp_seat_cell(p, r->seat, p->nw);
    rdoc_fit(doc, 0, 1, 0, "");
    rdoc_str(doc, RS_STRONG, debrief_order(d, r->o.kind));
    order_target(d, &r->o, buf, sizeof buf);
    if (buf[0]) {
        dp_glyphed(p, 0, " ", RG_ARROW, " ");
        rdoc_str(doc, 0, buf);
    }
    if (fam == FAM_COVERT || fam == FAM_COUNTER) {
        rdoc_lit(doc, RT_PRIVATE, " ");
        rdoc_glyph(doc, RT_PRIVATE, RG_SECRET);
    }
    if (!strstr(r->text, "rule "))
        rdoc_litf(doc, RT_DIM, "  [%s]", debrief_rule(r->rule));
    rdoc_row(doc, p->nw + 3, 0);
    rdoc_str(doc, 0, r->text);
}

void dp_reasons(struct dp *p)
{
    struct rdoc *doc = p->doc;
    const struct debrief *d = p->d;
    char buf[256];
    dp_dim(p, 0,
           "Every hidden order of the AI contingents, and the first order each rule of "
           "their instruction list produced, with the reason the AI gave at the time - "
           "from its own view, knowing only what it had learnt.");
    dp_heading(p, "Who played");
    for (int i = 0; i < d->nseats; i++) {
        rdoc_row(doc, 2, 4);
        dp_seat(p, i);
        rdoc_lit(doc, 0, ": ");
        rdoc_str(doc, 0, debrief_player(d, i, buf, sizeof buf));
    }
    if (!d->nreasons) {
        rdoc_blank(doc);
        dp_dim(p, 0,
               d->has_reasons ? "No key decision to show."
                              : "No AI reasons were kept for this game (every seat was "
                                "human, or the record could not be replayed).");
        return;
    }
    for (int i = 0, turn = -1; i < d->nreasons; i++) {
        if (d->reasons[i].turn != turn) {
            turn = d->reasons[i].turn;
            rdoc_blank(doc);
            rdoc_row(doc, 0, 0);
            rdoc_set_mark(doc);
            rdoc_litf(doc, RT_HEADING, "Week %d", turn);
        }
        reason(p, &d->reasons[i]);
    }
    if (d->reasons_dropped) {
        rdoc_row(doc, 0, 0);
        rdoc_litf(doc, RT_DIM, "(%d more reason%s not listed.)", d->reasons_dropped,
                  words_s(d->reasons_dropped));
    }
    rdoc_blank(doc);
    rdoc_row(doc, 0, 0);
    rdoc_glyph(doc, RT_DIM, RG_SECRET);
    rdoc_lit(doc, RT_DIM,
             " marks a hidden order. A rule is the line of the AI's instruction "
             "list that produced the order.");
}
