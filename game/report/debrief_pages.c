/* debrief_pages.c - the debrief as the terminal's pages (one document,
 * a page break before each): the declassified timeline, who spied on
 * whom, trust and stability over time, both scores, the learning
 * objectives, the improvement plan and the AI's reasons. Laid out for a
 * page's width and height: the terminal renders it as it is. This file:
 * the pages' table, their helpers, and pages 1 and 2. */
#include <stdio.h>
#include <string.h>

#include "debrief_doc_int.h"
#include "debrief_int.h"

static const struct {
    const char *tab, *wide, *title, *what;
} pages[] = {
    {"Timeline", "Declassified timeline", "Declassified timeline: every hidden order by week",
     "every covert and counter-intelligence order, week by week: its roll against its "
     "chance, whether it was detected, and whom the victim blamed - rightly or wrongly - "
     "with the AI's reason for it"},
    {"Spying", "Who spied on whom", "Who spied on whom",
     "collection operations between contingents and against mission HQ, pair by pair; "
     "secret courting of the host and false flags; who blamed whom; counter-intelligence"},
    {"Charts", "Trust & stability", "Trust and stability over time",
     "the mandate's stability per week (bars) with its thresholds, each contingent's "
     "reputation (lines), trust between every pair, each sector, the pool"},
    {"Scores", "Both scores", "Both scores: the mandate and the capitals",
     "the mandate and the national score side by side, the national score part by part, "
     "and each contingent's part in the mandate and in the shadows"},
    {"Objectives", "Learning objectives", "Learning objectives that came up",
     "the learning objectives that came up: rating, evidence by week, precedent and "
     "discussion questions"},
    {"Plan", "Improvement plan", "Strengths, areas for improvement, improvement plan",
     "the five discussion questions most relevant to this game first (ranked by the "
     "objectives that came up and the operations run and caught), then strengths, areas "
     "for improvement, the improvement plan and every discussion question; how to write "
     "the after-action report"},
    {"AI reasons", "The AI's reasons", "The AI's reasons for its key decisions",
     "why each AI contingent did what it did"},
};

int dp_cols(const struct dp *p, const char *s)
{
    return p->o->cols ? p->o->cols(s) : (int)strlen(s);
}

unsigned dp_seat_style(const struct debrief *d, int seat)
{
    return seat >= 0 && seat < d->nseats ? RSEAT(seat) : RS_STRONG;
}

void dp_seat(struct dp *p, int seat)
{
    rdoc_str(p->doc, dp_seat_style(p->d, seat), debrief_seat(p->d, seat));
}

void dp_seat_cell(struct dp *p, int seat, int width)
{
    rdoc_fit(p->doc, dp_seat_style(p->d, seat), width, 0, debrief_seat(p->d, seat));
}

void dp_heading(struct dp *p, const char *text)
{
    rdoc_blank(p->doc);
    rdoc_row(p->doc, 0, 2);
    rdoc_set_mark(p->doc);
    rdoc_lit(p->doc, RT_HEADING, text);
}

void dp_text(struct dp *p, unsigned style, int indent, const char *text)
{
    rdoc_row(p->doc, indent, 0);
    rdoc_lit(p->doc, style, text);
}

void dp_dim(struct dp *p, int indent, const char *text)
{
    dp_text(p, RT_DIM, indent, text);
}

void dp_glyphed(struct dp *p, unsigned style, const char *before, int g, const char *after)
{
    rdoc_lit(p->doc, style, before);
    rdoc_glyph(p->doc, style, g);
    rdoc_lit(p->doc, style, after);
}

/* Columns of the longest contingent name (at most 14). */
static int name_cols(const struct dp *p)
{
    int nw = 4;
    for (int i = 0; i < p->d->nseats; i++) {
        int c = dp_cols(p, debrief_seat(p->d, i));
        nw = c > nw ? c : nw;
    }
    return nw > 14 ? 14 : nw;
}

/* One character per contingent, for the charts: its initial, or its
 * number when two share one or one is not plain ASCII. */
static void seat_tags(struct dp *p)
{
    const struct debrief *d = p->d;
    int clash = 0;
    for (int i = 0; i < d->nseats; i++) {
        char c = d->sc->seats[i].name[0];
        p->tag[i][0] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
        p->tag[i][1] = 0;
        if ((unsigned char)c >= 0x80 || c <= ' ')
            clash = 1;
        for (int j = 0; j < i; j++)
            if (p->tag[j][0] == p->tag[i][0])
                clash = 1;
    }
    if (clash)
        for (int i = 0; i < d->nseats; i++)
            p->tag[i][0] = (char)('1' + i);
}

/* --- page 1: the declassified timeline --------------------------------- */

/* "15.2" for per-mille 152. */
static const char *pm(int v, char *buf, size_t n)
{
    if (v < 0)
        return db_fmt(buf, n, "-");
    return db_fmt(buf, n, "%d.%d", v / 10, v % 10);
}

/* Whom an operation's victim blamed, rightly or wrongly. */
static void blame(struct dp *p, const struct db_op *op)
{
    if (op->blamed < 0) {
        rdoc_lit(p->doc, 0, "nobody blamed");
        return;
    }
    rdoc_lit(p->doc, 0, "blamed ");
    dp_seat(p, op->blamed);
    if (op->attribution == ATTR_RIGHT)
        dp_glyphed(p, RT_GOOD | RS_STRONG, " ", RG_CHECK, " right");
    else if (op->attribution == ATTR_WRONG)
        dp_glyphed(p, RT_BAD, " ", RG_CROSS, " WRONG");
}

/* A covert operation's roll, its detection and the blame. */
static void rolls(struct dp *p, const struct db_op *op)
{
    struct rdoc *doc = p->doc;
    char b1[16], b2[16];
    rdoc_row(doc, p->nw + 3, 2);
    rdoc_lit(doc, op->success ? RS_STRONG : RT_DIM, op->success ? "SUCCEEDED" : "FAILED");
    rdoc_litf(doc, 0, " roll %s vs %s%%", pm(op->roll, b1, sizeof b1),
              pm(op->chance, b2, sizeof b2));
    dp_glyphed(p, 0, "  ", RG_MIDDOT, "  ");
    if (!op->detected) {
        rdoc_lit(doc, RT_DIM, "unseen");
        if (op->detect_chance >= 0)
            rdoc_litf(doc, RT_DIM, " roll %s vs %s%%", pm(op->detect_roll, b1, sizeof b1),
                      pm(op->detect_chance, b2, sizeof b2));
    } else {
        rdoc_lit(doc, RT_WARN | RS_STRONG, "DETECTED");
        rdoc_litf(doc, 0, " roll %s vs %s%% by ", pm(op->detect_roll, b1, sizeof b1),
                  pm(op->detect_chance, b2, sizeof b2));
        dp_seat(p, op->detected_by);
        dp_glyphed(p, 0, "  ", RG_MIDDOT, "  ");
        blame(p, op);
    }
}

static void op_block(struct dp *p, const struct db_op *op)
{
    struct rdoc *doc = p->doc;
    const struct debrief *d = p->d;
    char tmp[DB_TEXT];
    /* who did what against whom */
    rdoc_row(doc, 2, p->nw + 2);
    dp_seat_cell(p, op->seat, p->nw);
    rdoc_fit(doc, 0, 1, 0, "");
    rdoc_str(doc, RS_STRONG, debrief_order(d, op->kind));
    debrief_against(d, op, tmp, sizeof tmp);
    if (strcmp(tmp, "-")) {
        dp_glyphed(p, 0, " ", RG_ARROW, " ");
        int t = op->kind == ORD_FALSE_FLAG ? op->aimed : op->target;
        rdoc_str(doc, t >= 0 && t < d->nseats ? RSEAT(t) : 0, tmp);
    }
    if (!op->covert) {
        /* counter-intelligence: what it did or found, on the same row */
        dp_glyphed(p, 0, " ", RG_DASH, " ");
        rdoc_lit(doc, op->success ? RT_GOOD : 0, debrief_op_outcome(op));
        if (op->result[0]) {
            rdoc_lit(doc, RT_DIM, ": ");
            rdoc_str(doc, RT_DIM, op->result);
        }
    }
    if (op->covert && op->resolved) {
        rolls(p, op);
        if (op->result[0]) {
            rdoc_row(doc, p->nw + 3, 0);
            rdoc_str(doc, RT_DIM, op->result);
        }
    } else if (op->covert) {
        dp_dim(p, p->nw + 3, "(its account was not recorded)");
    }
    if (op->reason >= 0 && op->reason < d->nreasons) {
        rdoc_row(doc, p->nw + 3, 5);
        rdoc_lit(doc, RT_KEY, "why: ");
        rdoc_str(doc, 0, d->reasons[op->reason].text);
    }
}

static void timeline(struct dp *p)
{
    struct rdoc *doc = p->doc;
    const struct debrief *d = p->d;
    int covert = 0, won = 0, seen = 0, right = 0, wrong = 0, counter = 0;
    for (int k = 0; k < d->nops; k++) {
        const struct db_op *op = &d->ops[k];
        if (!op->covert) {
            counter++;
            continue;
        }
        covert++;
        won += op->success;
        seen += op->detected;
        right += op->detected && op->attribution == ATTR_RIGHT;
        wrong += op->detected && op->attribution == ATTR_WRONG;
    }
    dp_dim(p, 0,
           "Every covert and counter-intelligence order of the game, week by week, now "
           "that every secret is out. Rolls and chances are in percent: an operation "
           "succeeds when its roll is under its chance (roll 25.5 vs 47.0%: succeeded), and "
           "is detected when its detection roll is under the detection chance. Then: whom "
           "the victim blamed, rightly or wrongly, and the AI's reason.");
    rdoc_blank(doc);
    rdoc_row(doc, 0, 0);
    rdoc_litf(doc, RS_STRONG,
              "%d covert operation%s: %d succeeded; %d detected - %d blamed "
              "rightly, %d wrongly, %d on nobody. %d counter-intelligence order%s.",
              covert, words_s(covert), won, seen, right, wrong, seen - right - wrong, counter,
              words_s(counter));
    if (!d->exact)
        dp_dim(p, 0,
               "(Re-resolving the record did not give every recorded checksum: some "
               "details may be approximate.)");
    char buf[DB_TEXT];
    for (int t = 1; t <= d->turns; t++) {
        const struct db_turn *tu = &d->turn[t];
        rdoc_blank(doc);
        rdoc_row(doc, 0, 2);
        rdoc_set_mark(doc);
        rdoc_litf(doc, RT_HEADING, "Week %d of %d", t, d->scheduled);
        rdoc_litf(doc, RT_DIM,
                  "   stability %d, lowest sector %d, pool %d; %d public "
                  "incident%s",
                  d->avg[t], d->min[t], d->pool[t], tu->incidents, words_s(tu->incidents));
        debrief_injects(d, t, buf, sizeof buf);
        if (buf[0]) {
            rdoc_lit(doc, RT_DIM, "; injects: ");
            rdoc_str(doc, RT_DIM, buf);
        }
        if (!tu->nops)
            dp_dim(p, 2, "No hidden orders.");
        for (int k = tu->first; k < tu->first + tu->nops && k < d->nops; k++)
            op_block(p, &d->ops[k]);
    }
    if (!d->turns)
        dp_dim(p, 0, "No week was played.");
}

/* --- page 2: who spied on whom ----------------------------------------- */

/* The matrix of collection operations, with totals by row and column. */
static void spy_matrix(struct dp *p)
{
    struct rdoc *doc = p->doc;
    const struct debrief *d = p->d;
    int n = d->nseats;
    int label = p->nw < 10 ? 10 : p->nw; /* the corner's "by \ on" */
    label += 1;
    int cells = n + 2; /* each contingent, mission HQ, all */
    int cw = (p->o->width - 2 - label) / cells;
    if (cw > 16)
        cw = 16;
    int four = cw >= 12; /* room for "rightly attributed" too */
    rdoc_blank(doc);
    rdoc_row(doc, 0, 0);
    rdoc_litf(doc, RS_STRONG, "Each cell: operations / succeeded / detected%s.",
              four ? " / rightly attributed" : " (rightly attributed: below)");
    rdoc_blank(doc);
    /* the header */
    rdoc_row(doc, 2, 0);
    rdoc_glyph(doc, RT_DIM, RG_BY_ON);
    rdoc_set_cell(doc, label, 0);
    for (int j = 0; j < cells; j++) {
        const char *name = j < n    ? debrief_seat(d, j)
                           : j == n ? (cw >= 11 ? "mission HQ" : "HQ")
                                    : "all";
        rdoc_fit(doc, 0, 1, 0, "");
        rdoc_fit(doc, j < n ? RSEAT(j) : RS_STRONG, cw - 1, 1, name);
    }
    int tot_col[MAX_TARGETS + 1][4];
    memset(tot_col, 0, sizeof tot_col);
    for (int i = 0; i <= n; i++) {
        int all[4] = {0, 0, 0, 0};
        rdoc_row(doc, 2, 0);
        if (i < n)
            dp_seat_cell(p, i, label);
        else
            rdoc_fit(doc, RS_STRONG, label, 0, "all");
        for (int j = 0; j < cells; j++) {
            int t = j < n ? j : TARGET_HQ;
            int v[4];
            if (i < n && j <= n) {
                const struct db_cell *c = &d->spy[i][t];
                v[0] = c->ops;
                v[1] = c->succeeded;
                v[2] = c->detected;
                v[3] = c->attributed;
                for (int k = 0; k < 4; k++) {
                    all[k] += v[k];
                    tot_col[j][k] += v[k];
                    tot_col[cells - 1][k] += v[k];
                }
            } else if (i < n) {
                memcpy(v, all, sizeof v);
            } else {
                memcpy(v, tot_col[j], sizeof v);
            }
            rdoc_fit(doc, 0, 1, 0, "");
            if ((i < n && t == i) || !v[0]) {
                rdoc_glyph(doc, RT_DIM, i < n && t == i ? RG_DIAG : RG_MIDDOT);
                rdoc_set_cell(doc, cw - 1, 1);
            } else if (four) {
                rdoc_fitf(doc, i == n || j == cells - 1 ? 0 : RS_STRONG, cw - 1, 1, "%d/%d/%d/%d",
                          v[0], v[1], v[2], v[3]);
            } else {
                rdoc_fitf(doc, i == n || j == cells - 1 ? 0 : RS_STRONG, cw - 1, 1, "%d/%d/%d",
                          v[0], v[1], v[2]);
            }
        }
    }
}

/* Each pair that spied, the most operations first, with the orders used. */
static void pairs(struct dp *p)
{
    struct rdoc *doc = p->doc;
    const struct debrief *d = p->d;
    int n = d->nseats, any = 0;
    dp_heading(p, "Pair by pair");
    for (int pass = MAX_TURNS * MAX_ORDERS; pass >= 1; pass--)
        for (int i = 0; i < n; i++)
            for (int t = 0; t < MAX_TARGETS; t++) {
                const struct db_cell *c = &d->spy[i][t];
                if (c->ops != pass || (t >= n && t != TARGET_HQ))
                    continue;
                any = 1;
                int kinds[ORD_COUNT], first = 1;
                memset(kinds, 0, sizeof kinds);
                for (int k = 0; k < d->nops; k++)
                    if (d->ops[k].covert && d->ops[k].seat == i && d->ops[k].target == t &&
                        d->ops[k].kind != ORD_COURT && d->ops[k].kind != ORD_FALSE_FLAG)
                        kinds[d->ops[k].kind]++;
                rdoc_row(doc, 2, 4);
                dp_seat(p, i);
                dp_glyphed(p, 0, " ", RG_ARROW, " ");
                dp_seat(p, t);
                rdoc_litf(doc, 0, ": %d operation%s (", c->ops, words_s(c->ops));
                for (int k = 0; k < ORD_COUNT; k++)
                    if (kinds[k]) {
                        rdoc_lit(doc, 0, first ? "" : ", ");
                        rdoc_str(doc, 0, debrief_order(d, k));
                        rdoc_lit(doc, 0, " ");
                        rdoc_glyph(doc, 0, RG_TIMES);
                        rdoc_litf(doc, 0, "%d", kinds[k]);
                        first = 0;
                    }
                rdoc_litf(doc, 0, "); %d succeeded, %d detected, %d rightly attributed.",
                          c->succeeded, c->detected, c->attributed);
            }
    if (!any)
        dp_dim(p, 2, "Nobody spied on anybody: no collection operation was ordered.");
}

/* Secret courting of the host, false flags. */
static void others(struct dp *p)
{
    struct rdoc *doc = p->doc;
    const struct debrief *d = p->d;
    int any = 0;
    dp_heading(p, "Other covert operations");
    for (int k = 0; k < d->nops; k++) {
        const struct db_op *op = &d->ops[k];
        if (!op->covert || (op->kind != ORD_COURT && op->kind != ORD_FALSE_FLAG))
            continue;
        any = 1;
        char tmp[DB_TEXT];
        rdoc_row(doc, 2, 4);
        rdoc_litf(doc, RT_DIM, "week %-2d ", op->turn);
        dp_seat(p, op->seat);
        rdoc_lit(doc, 0, " ");
        rdoc_str(doc, 0, debrief_order(d, op->kind));
        dp_glyphed(p, 0, " ", RG_ARROW, " ");
        rdoc_str(doc, 0, debrief_against(d, op, tmp, sizeof tmp));
        rdoc_litf(doc, 0, " - %s%s", debrief_op_outcome(op), op->detected ? ", detected" : "");
    }
    if (!any)
        dp_dim(p, 2, "Nobody courted the host government in secret or ran a false flag.");
}

/* Who caught whom, and whom they blamed. */
static void accusations(struct dp *p)
{
    struct rdoc *doc = p->doc;
    const struct debrief *d = p->d;
    int any = 0;
    dp_heading(p, "Who blamed whom");
    for (int k = 0; k < d->nops; k++) {
        const struct db_op *op = &d->ops[k];
        if (!op->covert || !op->detected)
            continue;
        any = 1;
        rdoc_row(doc, 2, 4);
        rdoc_litf(doc, RT_DIM, "week %-2d ", op->turn);
        dp_seat(p, op->detected_by);
        dp_glyphed(p, 0, " caught ", RG_LQUOTE, "");
        rdoc_str(doc, 0, debrief_order(d, op->kind));
        dp_glyphed(p, 0, "", RG_RQUOTE, " by ");
        dp_seat(p, op->seat);
        if (op->blamed < 0) {
            rdoc_lit(doc, 0, " and blamed nobody");
        } else {
            rdoc_lit(doc, 0, " and blamed ");
            dp_seat(p, op->blamed);
            if (op->attribution == ATTR_RIGHT)
                dp_glyphed(p, RT_GOOD | RS_STRONG, " ", RG_CHECK, " right");
            else
                dp_glyphed(p, RT_BAD, " ", RG_CROSS, " WRONG");
        }
    }
    if (!any)
        dp_dim(p, 2, "No covert operation was detected: nobody was blamed, rightly or wrongly.");
}

/* Each contingent's counter-intelligence, order by order. */
static void counter(struct dp *p)
{
    struct rdoc *doc = p->doc;
    const struct debrief *d = p->d;
    int any = 0;
    dp_heading(p, "Counter-intelligence");
    for (int i = 0; i < d->nseats; i++) {
        int kinds[ORD_COUNT], found[ORD_COUNT], total = 0, first = 1;
        memset(kinds, 0, sizeof kinds);
        memset(found, 0, sizeof found);
        for (int k = 0; k < d->nops; k++) {
            const struct db_op *op = &d->ops[k];
            if (op->covert || op->seat != i || op->kind >= ORD_COUNT)
                continue;
            kinds[op->kind]++;
            found[op->kind] += op->success;
            total++;
        }
        if (!total)
            continue;
        any = 1;
        rdoc_row(doc, 2, 4);
        dp_seat(p, i);
        rdoc_lit(doc, 0, ": ");
        for (int k = 0; k < ORD_COUNT; k++)
            if (kinds[k]) {
                rdoc_lit(doc, 0, first ? "" : "; ");
                rdoc_str(doc, 0, debrief_order(d, k));
                rdoc_lit(doc, 0, " ");
                rdoc_glyph(doc, 0, RG_TIMES);
                rdoc_litf(doc, 0, "%d", kinds[k]);
                if (k != ORD_HARDEN && k != ORD_COMPARTMENT)
                    rdoc_litf(doc, RT_DIM, " (%d found something)", found[k]);
                first = 0;
            }
        rdoc_litf(doc, 0, "; it detected %d operation%s against it.", d->seat[i].detections,
                  words_s(d->seat[i].detections));
    }
    if (!any)
        dp_dim(p, 2, "No contingent gave a counter-intelligence order.");
}

static void spying(struct dp *p)
{
    dp_dim(p, 0,
           "Collection operations between the contingents: observe, intercept and "
           "insider recruitment against a contingent; intrusion, backdoors and retained "
           "surveillance against mission HQ. Rows spied on columns.");
    spy_matrix(p);
    pairs(p);
    others(p);
    accusations(p);
    counter(p);
}

void dd_pages(struct rdoc *doc, const struct debrief *d, const struct debrief_doc_opts *o)
{
    static void (*const build[])(struct dp *) = {
        timeline, spying, dp_charts, dp_scores, dp_lessons, dp_plan, dp_reasons,
    };
    struct dp p;
    memset(&p, 0, sizeof p);
    p.doc = doc;
    p.d = d;
    p.o = o;
    p.nw = name_cols(&p);
    seat_tags(&p);
    for (size_t k = 0; k < sizeof pages / sizeof pages[0]; k++) {
        rdoc_page(doc, pages[k].tab, pages[k].wide, pages[k].title, pages[k].what);
        build[k](&p);
    }
}
