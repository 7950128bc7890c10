/* debrief_doc_play.c - the report's sections on the play: the timeline
 * of hidden orders (declassified, or the reader's own), who spied on
 * whom, both scores, the AI's reasons, and in a seat's report its secret
 * objectives and what it was told. */
#include <stdio.h>
#include <string.h>

#include "debrief_doc_int.h"
#include "debrief_int.h"

/* A section with its numbered heading; the heading's runs come next. */
static void section(struct rdoc *doc, const char *id, const char *label, int major, int num)
{
    rdoc_section(doc, id, label, major);
    rdoc_heading(doc, 2, num, NULL);
}

/* The heading's words for a seat's document: "Kestria's hidden orders". */
static void seats(struct rdoc *doc, const struct debrief *d, const char *what)
{
    dd_seat(doc, d, d->viewer);
    rdoc_lit(doc, 0, what);
}

static void op_row(struct rdoc *doc, const struct debrief *d, const struct db_op *op)
{
    char b[DB_TEXT], c[16];
    rdoc_tr(doc, 0, !op->covert ? "counter" : op->success ? "succ" : "fail");
    rdoc_td(doc, 0);
    dd_seat(doc, d, op->seat);
    dd_cell_str(doc, debrief_order(d, op->kind));
    dd_cell_str(doc, debrief_against(d, op, b, sizeof b));
    dd_cell_lit(doc, debrief_pct(op->chance, c, sizeof c));
    dd_cell_lit(doc, debrief_pct(op->roll, c, sizeof c));
    dd_cell_lit(doc, debrief_op_outcome(op));
    dd_cell_lit(doc, debrief_pct(op->detect_chance, c, sizeof c));
    dd_cell_lit(doc, debrief_pct(op->detect_roll, c, sizeof c));
    rdoc_td(doc, 0);
    if (op->detected)
        rdoc_set_class(doc, "seen");
    rdoc_str(doc, 0, debrief_op_detection(d, op, b, sizeof b));
    dd_cell_str(doc, op->result);
}

void dd_timeline(struct rdoc *doc, const struct debrief *d, int num)
{
    static const char *const heads[] = {
        "Contingent",        "Order", "Against",           ">Chance", ">Roll", "Outcome",
        ">Detection chance", ">Roll", "Detected / blamed", "Result",  NULL};
    char b[DB_TEXT];
    int all = debrief_declassified(d);
    section(doc, "timeline", all ? "Declassified timeline" : "Hidden orders", 1, num);
    if (all)
        rdoc_lit(doc, 0, "Declassified timeline");
    else
        seats(doc, d, "'s hidden orders");
    rdoc_para(doc);
    if (all)
        rdoc_lit(doc, 0, "Every covert and counter-intelligence order, turn by turn.");
    else
        rdoc_str(doc, 0,
                 "Its own covert and counter-intelligence orders, turn by turn, with "
                 "the dice it was shown.");
    rdoc_lit(doc, 0,
             " An operation succeeds when its roll is below its chance, and is detected "
             "when the detection roll is below the detection chance.");
    for (int t = 1; t <= d->turns; t++) {
        const struct db_turn *tu = &d->turn[t];
        rdoc_heading(doc, 3, 0, NULL);
        rdoc_litf(doc, 0, "Turn %d", t);
        rdoc_para(doc);
        rdoc_litf(doc, 0, "Average stability %d, lowest sector %d, pool %d; %d public incident%s.",
                  d->avg[t], d->min[t], d->pool[t], tu->incidents, words_s(tu->incidents));
        debrief_injects(d, t, b, sizeof b);
        if (b[0]) {
            rdoc_lit(doc, 0, " Injects: ");
            rdoc_str(doc, 0, b);
            rdoc_lit(doc, 0, ".");
        }
        if (debrief_deadline(d, t, b, sizeof b)[0]) {
            rdoc_lit(doc, 0, " ");
            rdoc_str(doc, 0, b);
            rdoc_lit(doc, 0, ".");
        }
        if (!tu->nops) {
            rdoc_para(doc);
            rdoc_lit(doc, 0, "No hidden orders.");
            continue;
        }
        dd_table(doc, 0, heads);
        for (int k = tu->first; k < tu->first + tu->nops; k++)
            op_row(doc, d, &d->ops[k]);
        rdoc_table_end(doc);
    }
    rdoc_section_end(doc);
}

/* A matrix's header: its corner (Markdown has no arrows to spare) and a
 * column per contingent. */
static void matrix_head(struct rdoc *doc, const struct debrief *d, const char *md_corner,
                        const char *rows, int down)
{
    rdoc_tr(doc, RBF_HEAD, NULL);
    rdoc_td(doc, 0);
    rdoc_for(doc, RDOC_MD);
    rdoc_lit(doc, 0, md_corner);
    rdoc_for(doc, RDOC_HTML | RDOC_TTY);
    rdoc_lit(doc, 0, rows);
    rdoc_glyph(doc, 0, down ? RG_DOWN : RG_ARROW);
    rdoc_lit(doc, 0, down ? " in " : " target");
    if (down)
        rdoc_glyph(doc, 0, RG_ARROW);
    rdoc_for(doc, RDOC_ALL);
    for (int j = 0; j < d->nseats; j++) {
        rdoc_td(doc, RBF_RIGHT);
        rdoc_str(doc, 0, d->sc->seats[j].name);
    }
}

void dd_spying(struct rdoc *doc, const struct debrief *d, int num)
{
    int most = 1;
    for (int i = 0; i < d->nseats; i++)
        for (int t = 0; t < MAX_TARGETS; t++)
            if (d->spy[i][t].ops > most)
                most = d->spy[i][t].ops;
    section(doc, "spying", "Who spied on whom", 0, num);
    rdoc_lit(doc, 0, "Who spied on whom");
    rdoc_para(doc);
    rdoc_lit(doc, 0,
             "Collection operations (observe, intercept and insiders against "
             "contingents; intrusion, backdoor and retained surveillance against "
             "mission HQ). Each cell: operations / succeeded / detected / rightly "
             "attributed");
    rdoc_for(doc, RDOC_HTML);
    rdoc_lit(doc, 0, "; the darker, the more operations");
    rdoc_for(doc, RDOC_ALL);
    rdoc_lit(doc, 0, ".");
    rdoc_table(doc, RBF_ROW_HEADS, NULL);
    matrix_head(doc, d, "Operator \\\\ target", "Operator ", 0);
    rdoc_td(doc, RBF_RIGHT);
    rdoc_lit(doc, 0, "Mission HQ");
    for (int i = 0; i < d->nseats; i++) {
        rdoc_tr(doc, 0, NULL);
        dd_cell_str(doc, d->sc->seats[i].name);
        for (int j = 0; j <= d->nseats; j++) {
            int t = j == d->nseats ? TARGET_HQ : j;
            const struct db_cell *c = &d->spy[i][t];
            rdoc_td(doc, 0);
            if (t == i) {
                rdoc_set_heat(doc, RH_SELF, 0, 0);
                rdoc_glyph(doc, 0, RG_DIAG);
            } else if (!c->ops) {
                rdoc_lit(doc, 0, "-");
            } else {
                char tip[128];
                snprintf(tip, sizeof tip,
                         "%d operations, %d succeeded, %d detected, %d rightly attributed", c->ops,
                         c->succeeded, c->detected, c->attributed);
                rdoc_set_heat(doc, RH_COUNT, c->ops, most);
                rdoc_set_tip(doc, tip);
                rdoc_litf(doc, 0, "%d / %d / %d / %d", c->ops, c->succeeded, c->detected,
                          c->attributed);
            }
        }
    }
    rdoc_table_end(doc);
    rdoc_section_end(doc);
}

/* A trust matrix, row's trust in column from the start to the end. */
static void trust_matrix(struct rdoc *doc, const struct debrief *d)
{
    int last = d->npoints - 1;
    rdoc_table(doc, RBF_ROW_HEADS, NULL);
    matrix_head(doc, d, "Trust of \\\\ in", "Trust of ", 1);
    for (int i = 0; i < d->nseats; i++) {
        rdoc_tr(doc, 0, NULL);
        dd_cell_str(doc, d->sc->seats[i].name);
        for (int j = 0; j < d->nseats; j++) {
            rdoc_td(doc, 0);
            if (i == j) {
                rdoc_set_heat(doc, RH_SELF, 0, 0);
                rdoc_glyph(doc, 0, RG_DIAG);
                continue;
            }
            int a = d->trust[0][i][j], b = d->trust[last][i][j];
            rdoc_set_heat(doc, RH_TRUST, b, 100);
            if (a == b) {
                rdoc_litf(doc, 0, "%d", b);
                continue;
            }
            rdoc_litf(doc, 0, "%d ", a);
            rdoc_glyph(doc, 0, RG_ARROW);
            rdoc_litf(doc, 0, " %d ", b);
            rdoc_litf(doc, RS_SMALL, "(%+d)", b - a);
        }
    }
    rdoc_table_end(doc);
}

/* The trust between contingents, for the charts' section. */
void dd_trust(struct rdoc *doc, const struct debrief *d)
{
    rdoc_for(doc, RDOC_MD);
    rdoc_para(doc);
    rdoc_lit(doc, RS_STRONG, "Trust between contingents, start -> end");
    rdoc_lit(doc, 0, " (row's trust in column):");
    rdoc_for(doc, RDOC_HTML | RDOC_TTY);
    rdoc_heading(doc, 3, 0, NULL);
    rdoc_lit(doc, 0, "Trust between contingents, start ");
    rdoc_glyph(doc, 0, RG_ARROW);
    rdoc_lit(doc, 0, " end");
    rdoc_for(doc, RDOC_ALL);
    trust_matrix(doc, d);
}

void dd_scores(struct rdoc *doc, const struct debrief *d, int num)
{
    static const char *const heads[] = {
        "Contingent",
        ">Mandate operations",
        ">Stability added",
        ">Share of the mandate",
        ">Intelligence",
        ">Influence",
        ">Secret objectives",
        ">Reputation",
        ">Penalties",
        ">Raw",
        ">Factor",
        ">National score",
        NULL,
    };
    section(doc, "scores", "Both scores", 0, num);
    rdoc_lit(doc, 0, "Both scores");
    rdoc_para(doc);
    rdoc_lit(doc, 0,
             "The mandate is everyone's score; the national score is each capital's "
             "(the rules, ");
    rdoc_lit(doc, RS_CODE, "assets/RULES.md");
    rdoc_lit(doc, 0,
             ", section 6). National score = (intelligence + influence + secret "
             "objectives + reputation - penalties) ");
    rdoc_glyph(doc, 0, RG_TIMES);
    rdoc_lit(doc, 0, " the mandate factor.");
    if (!debrief_declassified(d) && !d->ended)
        rdoc_lit(doc, 0, " Until the game ends, a contingent knows only its own.");
    dd_table(doc, 0, heads);
    for (int i = 0; i < d->nseats; i++) {
        const struct db_seat *s = &d->seat[i];
        const struct score *n = &s->national;
        int v[] = {s->mandate_ops, n->intel, n->influence, n->objectives, n->reputation};
        rdoc_tr(doc, 0, NULL);
        dd_cell_str(doc, d->sc->seats[i].name);
        rdoc_td(doc, 0);
        rdoc_litf(doc, 0, "%d", v[0]);
        rdoc_td(doc, 0);
        rdoc_litf(doc, 0, "%+d", s->stability_added);
        rdoc_td(doc, 0);
        rdoc_litf(doc, 0, "%d.%d%%", s->mandate_permille / 10, s->mandate_permille % 10);
        if (!debrief_score_known(d, i)) {
            rdoc_td(doc, 0);
            rdoc_set_span(doc, 8);
            rdoc_lit(doc, 0, "secret until the end");
            continue;
        }
        for (int k = 1; k < 5; k++) {
            rdoc_td(doc, 0);
            rdoc_litf(doc, 0, "%d", v[k]);
        }
        rdoc_td(doc, 0);
        rdoc_litf(doc, 0, "%s%d", n->penalties ? "-" : "", n->penalties);
        rdoc_td(doc, 0);
        rdoc_litf(doc, 0, "%d", n->raw);
        rdoc_td(doc, 0);
        rdoc_litf(doc, 0, "%d.%02d", n->factor / 1000, n->factor % 1000 / 10);
        rdoc_td(doc, 0);
        rdoc_litf(doc, RS_STRONG, "%d", n->total);
        if (i == d->winner) {
            rdoc_lit(doc, 0, " ");
            rdoc_glyph(doc, 0, RG_HIGHEST);
        }
    }
    rdoc_table_end(doc);
    if (d->viewer != VIEW_PUBLIC) {
        static const char *const covert[] = {
            "Contingent",          ">Covert operations", ">Succeeded", ">Detected",
            ">Rightly attributed", ">Detections made",   NULL};
        dd_table(doc, 0, covert);
        for (int i = 0; i < d->nseats; i++) {
            const struct db_seat *s = &d->seat[i];
            int v[] = {s->covert_ops, s->covert_succeeded, s->covert_detected, s->covert_attributed,
                       s->detections};
            if (!debrief_declassified(d) && i != d->viewer)
                continue; /* another's operations: not known */
            rdoc_tr(doc, 0, NULL);
            dd_cell_str(doc, d->sc->seats[i].name);
            for (int k = 0; k < 5; k++) {
                rdoc_td(doc, 0);
                rdoc_litf(doc, 0, "%d", v[k]);
            }
        }
        rdoc_table_end(doc);
    }
    rdoc_section_end(doc);
}

void dd_reasons(struct rdoc *doc, const struct debrief *d, int num)
{
    section(doc, "reasons", "The AI's reasons", 0, num);
    if (debrief_declassified(d))
        rdoc_lit(doc, 0, "The AI's reasons");
    else
        seats(doc, d, "'s reasons");
    rdoc_para(doc);
    if (debrief_declassified(d))
        rdoc_lit(doc, 0,
                 "Every hidden order of the AI contingents and the first order each "
                 "rule of their instruction list produced, with the reason it gave.");
    else
        rdoc_str(doc, 0,
                 "Its AI's every hidden order and the first order each rule of its "
                 "instruction list produced, with the reason it gave.");
    if (!d->nreasons) {
        rdoc_para(doc);
        rdoc_lit(doc, 0,
                 d->has_reasons ? "No key decision."
                                : "No AI reasons were kept for "
                                  "this game.");
        rdoc_section_end(doc);
        return;
    }
    static const char *const heads[] = {">Turn", "Contingent", "Order", "Rule", "Reason", NULL};
    dd_table(doc, 0, heads);
    for (int i = 0; i < d->nreasons; i++) {
        const struct db_reason *r = &d->reasons[i];
        rdoc_tr(doc, 0, NULL);
        rdoc_td(doc, 0);
        rdoc_litf(doc, 0, "%d", r->turn);
        rdoc_td(doc, 0);
        dd_seat(doc, d, r->seat);
        dd_cell_str(doc, debrief_order(d, r->o.kind));
        dd_cell_str(doc, debrief_rule(r->rule));
        dd_cell_str(doc, r->text);
    }
    rdoc_table_end(doc);
    if (d->reasons_dropped) {
        rdoc_para(doc);
        rdoc_litf(doc, 0, "(%d more reasons not listed.)", d->reasons_dropped);
    }
    rdoc_section_end(doc);
}

void dd_secret_objectives(struct rdoc *doc, const struct debrief *d, int num)
{
    section(doc, "secret-objectives", "Secret objectives", 0, num);
    rdoc_lit(doc, 0, "Secret objectives");
    rdoc_para(doc);
    rdoc_litf(doc, 0, "From its capital, as the game stands%s.", d->ended ? " at the end" : "");
    rdoc_list(doc, 0, NULL);
    if (!d->nobjectives) {
        rdoc_item(doc);
        rdoc_lit(doc, 0, "None.");
    }
    for (int k = 0; k < d->nobjectives; k++) {
        const struct objective_def *o = &d->sc->objectives[d->objectives[k]];
        int met = d->seat[d->viewer].national.done[k];
        rdoc_item(doc);
        rdoc_for(doc, RDOC_MD);
        rdoc_lit(doc, met ? RS_STRONG : 0, met ? "met" : "not met:");
        rdoc_for(doc, RDOC_HTML | RDOC_TTY);
        rdoc_tag(doc, met ? RT_GOOD : RT_BAD, met ? RG_CHECK : RG_CROSS, met ? "met" : "not met");
        rdoc_for(doc, RDOC_ALL);
        rdoc_lit(doc, 0, " ");
        rdoc_str(doc, 0, o->text);
        rdoc_litf(doc, 0, " (%d points)", o->points);
    }
    rdoc_list_end(doc);
    rdoc_section_end(doc);
}

void dd_record(struct rdoc *doc, const struct debrief *d, int num)
{
    section(doc, "record", "The record", 1, num);
    if (d->viewer >= 0) {
        seats(doc, d, "'s record");
        rdoc_para(doc);
        rdoc_str(doc, 0,
                 "What it was told, turn by turn: the public bulletin and, marked own, "
                 "its private reports - dossiers, detections, what its insiders and "
                 "intercepts gave.");
    } else {
        rdoc_lit(doc, 0, "The public record");
        rdoc_para(doc);
        rdoc_str(doc, 0,
                 "The public bulletin, turn by turn: injects to all, incidents and whom "
                 "their victims blamed, accusations, pacts, investigations, leaks and "
                 "public orders.");
    }
    if (!d->nnotes) {
        rdoc_para(doc);
        rdoc_lit(doc, 0, "Nothing yet.");
    }
    for (int i = 0; i < d->nnotes; i++) {
        const struct db_note *n = &d->notes[i];
        if (i == 0 || n->turn != d->notes[i - 1].turn) {
            if (i)
                rdoc_list_end(doc);
            rdoc_heading(doc, 3, 0, NULL);
            rdoc_litf(doc, 0, "Turn %d", n->turn);
            rdoc_list(doc, 0, NULL);
        }
        rdoc_item(doc);
        if (n->own) {
            rdoc_for(doc, RDOC_MD);
            rdoc_lit(doc, RS_EM, "own:");
            rdoc_for(doc, RDOC_HTML | RDOC_TTY);
            rdoc_tag(doc, RT_WARN, -1, "own");
            rdoc_for(doc, RDOC_ALL);
            rdoc_lit(doc, 0, " ");
        }
        rdoc_str(doc, 0, n->text);
    }
    if (d->notes_dropped) {
        rdoc_item(doc);
        rdoc_litf(doc, 0, "(%d more not listed)", d->notes_dropped);
    }
    if (d->nnotes)
        rdoc_list_end(doc);
    rdoc_section_end(doc);
}
