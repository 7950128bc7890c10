/* dbpages.c - the debrief's pages of words and tables: the declassified
 * timeline, who spied on whom, both scores, the learning objectives, the
 * improvement plan and the AI's reasons. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../ai/ai.h"
#include "debrief_int.h"

/* --- page 1: the declassified timeline --------------------------------- */

/* "15.2" for per-mille 152. */
static const char *pm(int v, char *buf, size_t n)
{
    if (v < 0)
        snprintf(buf, n, "-");
    else
        snprintf(buf, n, "%d.%d", v / 10, v % 10);
    return buf;
}

static void op_block(struct doc *o, const struct debrief *d, const struct db_op *op, int nw)
{
    char b1[16], b2[16], tmp[DB_TEXT];
    /* who did what against whom */
    doc_row(o, 2, nw + 2);
    doc_cell(o, seat_attr(d, op->seat), nw, 0, seat_name(d, op->seat));
    doc_cell(o, A_NORMAL, 1, 0, "");
    doc_put(o, A_BOLD, debrief_order(d, op->kind));
    debrief_against(d, op, tmp, sizeof tmp);
    if (strcmp(tmp, "-")) {
        doc_putf(o, A_NORMAL, " %s ", ARROW);
        int t = op->kind == ORD_FALSE_FLAG ? op->aimed : op->target;
        doc_put(o, t >= 0 && t < d->nseats ? seat_attr(d, t) : A_NORMAL, tmp);
    }
    if (!op->covert) {
        /* counter-intelligence: what it did or found, on the same row */
        doc_putf(o, A_NORMAL, " %s ", DASH);
        doc_put(o, op->success ? term_attr(R_GOOD) : A_NORMAL, debrief_op_outcome(op));
        if (op->result[0])
            doc_putf(o, term_attr(R_DIM), ": %s", op->result);
    }
    /* the roll, the detection, the blame */
    if (op->covert && op->resolved) {
        doc_row(o, nw + 3, 2);
        doc_put(o, op->success ? A_BOLD : term_attr(R_DIM),
                op->success ? "SUCCEEDED" : "FAILED");
        doc_putf(o, A_NORMAL, " roll %s vs %s%%", pm(op->roll, b1, sizeof b1),
                 pm(op->chance, b2, sizeof b2));
        doc_putf(o, A_NORMAL, "  %s  ", DOT);
        if (!op->detected) {
            doc_put(o, term_attr(R_DIM), "unseen");
            if (op->detect_chance >= 0)
                doc_putf(o, term_attr(R_DIM), " roll %s vs %s%%",
                         pm(op->detect_roll, b1, sizeof b1), pm(op->detect_chance, b2, sizeof b2));
        } else {
            doc_put(o, term_attr(R_WARN) | A_BOLD, "DETECTED");
            doc_putf(o, A_NORMAL, " roll %s vs %s%% by ", pm(op->detect_roll, b1, sizeof b1),
                     pm(op->detect_chance, b2, sizeof b2));
            doc_put(o, seat_attr(d, op->detected_by), seat_name(d, op->detected_by));
            doc_putf(o, A_NORMAL, "  %s  ", DOT);
            if (op->blamed < 0) {
                doc_put(o, A_NORMAL, "nobody blamed");
            } else {
                doc_put(o, A_NORMAL, "blamed ");
                doc_put(o, seat_attr(d, op->blamed), seat_name(d, op->blamed));
                if (op->attribution == ATTR_RIGHT)
                    doc_putf(o, term_attr(R_GOOD) | A_BOLD, " %s right", gl("\u2713", "+"));
                else if (op->attribution == ATTR_WRONG)
                    doc_putf(o, term_attr(R_BAD), " %s WRONG", gl("\u2717", "x"));
            }
        }
        if (op->result[0])
            doc_text(o, term_attr(R_DIM), nw + 3, op->result);
    } else if (op->covert) {
        doc_text(o, term_attr(R_DIM), nw + 3, "(its account was not recorded)");
    }
    if (op->reason >= 0 && op->reason < d->nreasons) {
        doc_row(o, nw + 3, 5);
        doc_put(o, term_attr(R_KEY), "why: ");
        doc_put(o, A_NORMAL, d->reasons[op->reason].text);
    }
    doc_end(o);
}

/* Columns of the longest contingent name (at most 14). */
int name_cols(const struct debrief *d)
{
    int nw = 4;
    for (int i = 0; i < d->nseats; i++) {
        int c = text_cols(seat_name(d, i), -1);
        nw = c > nw ? c : nw;
    }
    return nw > 14 ? 14 : nw;
}

void page_timeline(struct dbs *s, struct doc *o)
{
    const struct debrief *d = s->d;
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
    dim(o, 0, "Every covert and counter-intelligence order of the game, week by week, now "
              "that every secret is out. Rolls and chances are in percent: an operation "
              "succeeds when its roll is under its chance (roll 25.5 vs 47.0%: succeeded), and "
              "is detected when its detection roll is under the detection chance. Then: whom "
              "the victim blamed, rightly or wrongly, and the AI's reason.");
    doc_blank(o);
    doc_textf(o, A_BOLD, 0, "%d covert operation%s: %d succeeded; %d detected - %d blamed "
              "rightly, %d wrongly, %d on nobody. %d counter-intelligence order%s.",
              covert, text_s(covert), won, seen, right, wrong, seen - right - wrong, counter,
              text_s(counter));
    if (!d->exact)
        dim(o, 0, "(Re-resolving the record did not give every recorded checksum: some "
                  "details may be approximate.)");
    char buf[DB_TEXT];
    for (int t = 1; t <= d->turns; t++) {
        const struct db_turn *tu = &d->turn[t];
        doc_blank(o);
        doc_row(o, 0, 2);
        doc_mark(o);
        doc_putf(o, term_attr(R_HEADING), "Week %d of %d", t, d->scheduled);
        doc_putf(o, term_attr(R_DIM), "   stability %d, lowest sector %d, pool %d; %d public "
                 "incident%s", d->avg[t], d->min[t], d->pool[t], tu->incidents,
                 text_s(tu->incidents));
        debrief_injects(d, t, buf, sizeof buf);
        if (buf[0])
            doc_putf(o, term_attr(R_DIM), "; injects: %s", buf);
        doc_end(o);
        if (!tu->nops)
            dim(o, 2, "No hidden orders.");
        for (int k = tu->first; k < tu->first + tu->nops && k < d->nops; k++)
            op_block(o, d, &d->ops[k], name_cols(d));
    }
    if (!d->turns)
        dim(o, 0, "No week was played.");
}

/* --- page 2: who spied on whom ----------------------------------------- */

void page_spy(struct dbs *s, struct doc *o)
{
    const struct debrief *d = s->d;
    int w = o->width;
    int n = d->nseats;
    int label = name_cols(d);
    label = label < 10 ? 10 : label; /* the corner's "by \ on" */
    label += 1;
    int cells = n + 2;           /* each contingent, mission HQ, all */
    int cw = (w - 2 - label) / cells;
    if (cw > 16)
        cw = 16;
    int four = cw >= 12;         /* room for "rightly attributed" too */
    dim(o, 0, "Collection operations between the contingents: observe, intercept and "
              "insider recruitment against a contingent; intrusion, backdoors and retained "
              "surveillance against mission HQ. Rows spied on columns.");
    doc_blank(o);
    doc_textf(o, A_BOLD, 0, "Each cell: operations / succeeded / detected%s.",
              four ? " / rightly attributed" : " (rightly attributed: below)");
    doc_blank(o);
    /* the header */
    doc_row(o, 2, 0);
    doc_cell(o, term_attr(R_DIM), label, 0, gl("by \u2193  on \u2192", "by \\ on"));
    for (int j = 0; j < cells; j++) {
        const char *name = j < n ? seat_name(d, j) : j == n ? (cw >= 11 ? "mission HQ" : "HQ")
                                                            : "all";
        doc_cell(o, A_NORMAL, 1, 0, "");
        doc_cell(o, j < n ? seat_attr(d, j) : A_BOLD, cw - 1, 1, name);
    }
    doc_end(o);
    int tot_col[MAX_TARGETS + 1][4];
    memset(tot_col, 0, sizeof tot_col);
    for (int i = 0; i <= n; i++) {
        int all[4] = { 0, 0, 0, 0 };
        doc_row(o, 2, 0);
        if (i < n)
            doc_cell(o, seat_attr(d, i), label, 0, seat_name(d, i));
        else
            doc_cell(o, A_BOLD, label, 0, "all");
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
            char cell[64];
            attr_t a = A_NORMAL;
            if (i < n && t == i) {
                snprintf(cell, sizeof cell, "%s", gl("\u00d7", "x"));
                a = term_attr(R_DIM);
            } else if (!v[0]) {
                snprintf(cell, sizeof cell, "%s", DOT);
                a = term_attr(R_DIM);
            } else {
                if (four)
                    snprintf(cell, sizeof cell, "%d/%d/%d/%d", v[0], v[1], v[2], v[3]);
                else
                    snprintf(cell, sizeof cell, "%d/%d/%d", v[0], v[1], v[2]);
                a = i == n || j == cells - 1 ? A_NORMAL : A_BOLD;
            }
            doc_cell(o, A_NORMAL, 1, 0, "");
            doc_cell(o, a, cw - 1, 1, cell);
        }
        doc_end(o);
    }

    /* pair by pair, with the orders used */
    heading(o, "Pair by pair");
    int any = 0;
    for (int pass = MAX_TURNS * MAX_ORDERS; pass >= 1; pass--)
        for (int i = 0; i < n; i++)
            for (int t = 0; t < MAX_TARGETS; t++) {
                const struct db_cell *c = &d->spy[i][t];
                if (c->ops != pass || (t >= n && t != TARGET_HQ))
                    continue;
                any = 1;
                int kinds[ORD_COUNT];
                memset(kinds, 0, sizeof kinds);
                for (int k = 0; k < d->nops; k++)
                    if (d->ops[k].covert && d->ops[k].seat == i && d->ops[k].target == t &&
                        d->ops[k].kind != ORD_COURT && d->ops[k].kind != ORD_FALSE_FLAG)
                        kinds[d->ops[k].kind]++;
                doc_row(o, 2, 4);
                put_seat(o, d, i);
                doc_putf(o, A_NORMAL, " %s ", ARROW);
                doc_put(o, t < n ? seat_attr(d, t) : A_BOLD, seat_name(d, t));
                doc_putf(o, A_NORMAL, ": %d operation%s (", c->ops, text_s(c->ops));
                int first = 1;
                for (int k = 0; k < ORD_COUNT; k++)
                    if (kinds[k]) {
                        doc_putf(o, A_NORMAL, "%s%s %s%d", first ? "" : ", ",
                                 debrief_order(d, k), gl("\u00d7", "x"), kinds[k]);
                        first = 0;
                    }
                doc_putf(o, A_NORMAL, "); %d succeeded, %d detected, %d rightly attributed.",
                         c->succeeded, c->detected, c->attributed);
                doc_end(o);
            }
    if (!any)
        dim(o, 2, "Nobody spied on anybody: no collection operation was ordered.");

    /* the host, false flags */
    heading(o, "Other covert operations");
    any = 0;
    for (int k = 0; k < d->nops; k++) {
        const struct db_op *op = &d->ops[k];
        if (!op->covert || (op->kind != ORD_COURT && op->kind != ORD_FALSE_FLAG))
            continue;
        any = 1;
        char tmp[DB_TEXT];
        doc_row(o, 2, 4);
        doc_putf(o, term_attr(R_DIM), "week %-2d ", op->turn);
        put_seat(o, d, op->seat);
        doc_putf(o, A_NORMAL, " %s %s %s - %s%s", debrief_order(d, op->kind), ARROW,
                 debrief_against(d, op, tmp, sizeof tmp), debrief_op_outcome(op),
                 op->detected ? ", detected" : "");
        doc_end(o);
    }
    if (!any)
        dim(o, 2, "Nobody courted the host government in secret or ran a false flag.");

    /* accusations */
    heading(o, "Who blamed whom");
    any = 0;
    for (int k = 0; k < d->nops; k++) {
        const struct db_op *op = &d->ops[k];
        if (!op->covert || !op->detected)
            continue;
        any = 1;
        doc_row(o, 2, 4);
        doc_putf(o, term_attr(R_DIM), "week %-2d ", op->turn);
        doc_put(o, op->detected_by < n ? seat_attr(d, op->detected_by) : A_BOLD,
                seat_name(d, op->detected_by));
        doc_putf(o, A_NORMAL, " caught %s%s%s by ", gl("\u2018", "'"),
                 debrief_order(d, op->kind), gl("\u2019", "'"));
        put_seat(o, d, op->seat);
        if (op->blamed < 0) {
            doc_put(o, A_NORMAL, " and blamed nobody");
        } else {
            doc_put(o, A_NORMAL, " and blamed ");
            doc_put(o, seat_attr(d, op->blamed), seat_name(d, op->blamed));
            if (op->attribution == ATTR_RIGHT)
                doc_putf(o, term_attr(R_GOOD) | A_BOLD, " %s right", gl("\u2713", "+"));
            else
                doc_putf(o, term_attr(R_BAD), " %s WRONG", gl("\u2717", "x"));
        }
        doc_end(o);
    }
    if (!any)
        dim(o, 2, "No covert operation was detected: nobody was blamed, rightly or wrongly.");

    /* counter-intelligence */
    heading(o, "Counter-intelligence");
    any = 0;
    for (int i = 0; i < n; i++) {
        int kinds[ORD_COUNT], found[ORD_COUNT];
        memset(kinds, 0, sizeof kinds);
        memset(found, 0, sizeof found);
        int total = 0;
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
        doc_row(o, 2, 4);
        put_seat(o, d, i);
        doc_put(o, A_NORMAL, ": ");
        int first = 1;
        for (int k = 0; k < ORD_COUNT; k++)
            if (kinds[k]) {
                doc_putf(o, A_NORMAL, "%s%s %s%d", first ? "" : "; ", debrief_order(d, k),
                         gl("\u00d7", "x"), kinds[k]);
                if (k != ORD_HARDEN && k != ORD_COMPARTMENT)
                    doc_putf(o, term_attr(R_DIM), " (%d found something)", found[k]);
                first = 0;
            }
        doc_putf(o, A_NORMAL, "; it detected %d operation%s against it.",
                 d->seat[i].detections, text_s(d->seat[i].detections));
        doc_end(o);
    }
    if (!any)
        dim(o, 2, "No contingent gave a counter-intelligence order.");
}

/* --- page 4: both scores ------------------------------------------------ */

static void bar_run(struct doc *o, int w, int value, int max, attr_t a)
{
    int n = max > 0 ? (value * w + max / 2) / max : 0;
    n = n < 0 ? 0 : n > w ? w : n;
    if (value > 0 && !n)
        n = 1;
    char full[512] = "", empty[512] = "";
    for (int i = 0; i < w && i < 120; i++)
        strcat(i < n ? full : empty, i < n ? gl("\u2588", "#") : gl("\u2591", "."));
    if (n)
        doc_cell(o, a, n, 0, full);
    if (w > n)
        doc_cell(o, term_attr(R_DIM), w - n, 0, empty);
}

void page_scores(struct dbs *s, struct doc *o)
{
    const struct debrief *d = s->d;
    int w = o->width, n = d->nseats;
    int last = d->npoints - 1;
    char buf[256];
    int nw = name_cols(d) + 1;
    int fac = d->seat[0].national.factor;
    attr_t oa = d->outcome == OUT_SUCCESS   ? term_attr(R_GOOD) | A_BOLD
                : d->outcome == OUT_PARTIAL ? term_attr(R_WARN) | A_BOLD
                                            : term_attr(R_BAD);
    doc_row(o, 0, 2);
    doc_put(o, A_NORMAL, "The mandate: ");
    doc_put(o, oa, debrief_outcome(d));
    doc_putf(o, A_NORMAL, "%s - average stability %d (success needs %d), lowest sector %d. "
             "Every national score is multiplied by %d.%02d.", d->ended ? "" : " so far",
             d->avg[last], d->sc->success_avg, d->min[last], fac / 1000, fac % 1000 / 10);
    doc_end(o);
    dim(o, 0, "The mandate is everyone's score; the national score is each capital's. The "
              "exercise is about the trade-off between the two.");

    heading(o, "Side by side");
    int maxtot = 1, maxshare = 1;
    for (int i = 0; i < n; i++) {
        maxtot = d->seat[i].national.total > maxtot ? d->seat[i].national.total : maxtot;
        maxshare = d->seat[i].mandate_permille > maxshare ? d->seat[i].mandate_permille : maxshare;
    }
    int bw = (w - 3 - nw - 2 * 16) / 2;
    bw = bw < 8 ? 8 : bw > 30 ? 30 : bw;
    doc_row(o, 2, 0);
    doc_cell(o, term_attr(R_DIM), nw + 1, 0, "");
    doc_cell(o, term_attr(R_DIM), bw + 14, 0,
             bw + 14 > 28 ? "share of the stability added" : "mandate share");
    doc_cell(o, A_NORMAL, 1, 0, "");
    doc_put(o, term_attr(R_DIM), "national score");
    doc_end(o);
    for (int i = 0; i < n; i++) {
        const struct db_seat *st = &d->seat[i];
        doc_row(o, 2, 0);
        doc_cell(o, seat_attr(d, i), nw, 0, seat_name(d, i));
        doc_cell(o, A_NORMAL, 1, 0, "");
        bar_run(o, bw, st->mandate_permille, maxshare, seat_attr(d, i));
        snprintf(buf, sizeof buf, "%d.%d%%", st->mandate_permille / 10, st->mandate_permille % 10);
        doc_cell(o, A_NORMAL, 7, 1, buf);
        doc_cell(o, A_NORMAL, 8, 0, "");
        bar_run(o, bw, st->national.total, maxtot, seat_attr(d, i));
        snprintf(buf, sizeof buf, "%d", st->national.total);
        doc_cell(o, A_BOLD, 5, 1, buf);
        if (i == d->winner)
            doc_putf(o, term_attr(R_GOOD) | A_BOLD, "  %s highest", gl("\u2605", "*"));
        doc_end(o);
    }

    heading(o, "The national score, part by part");
    static const char *const cols[] = { "intel", "infl", "object", "reput", "penal", "raw",
                                        "factor", "TOTAL" };
    int cwid = (w - 2 - nw) / 8;
    cwid = cwid < 7 ? 7 : cwid > 10 ? 10 : cwid;
    doc_row(o, 2, 0);
    doc_cell(o, term_attr(R_DIM), nw, 0, "");
    for (int k = 0; k < 8; k++)
        doc_cell(o, term_attr(R_DIM), cwid, 1, cols[k]);
    doc_end(o);
    for (int i = 0; i < n; i++) {
        const struct score *sc = &d->seat[i].national;
        int v[7] = { sc->intel, sc->influence, sc->objectives, sc->reputation, -sc->penalties,
                     sc->raw };
        doc_row(o, 2, 0);
        doc_cell(o, seat_attr(d, i), nw, 0, seat_name(d, i));
        for (int k = 0; k < 6; k++) {
            snprintf(buf, sizeof buf, "%d", v[k]);
            doc_cell(o, A_NORMAL, cwid, 1, buf);
        }
        snprintf(buf, sizeof buf, "x%d.%02d", sc->factor / 1000, sc->factor % 1000 / 10);
        doc_cell(o, A_NORMAL, cwid, 1, buf);
        snprintf(buf, sizeof buf, "%d", sc->total);
        doc_cell(o, i == d->winner ? term_attr(R_GOOD) | A_BOLD : A_BOLD, cwid, 1, buf);
        doc_end(o);
    }
    dim(o, 2, "intel: fresh dossiers by value; infl: influence with the host; object: secret "
              "objectives met; reput: the trust the others hold in it; penal: the blame it took "
              "- operations attributed to it, rightly or falsely; factor: the mandate's outcome "
              "multiplies the raw sum.");

    heading(o, "Its part in the mandate, and in the shadows");
    static const char *const cols2[] = { "mandate", "stab +", "share", "covert", "succ",
                                         "seen", "caught", "detects" };
    doc_row(o, 2, 0);
    doc_cell(o, term_attr(R_DIM), nw, 0, "");
    for (int k = 0; k < 8; k++)
        doc_cell(o, term_attr(R_DIM), cwid, 1, cols2[k]);
    doc_end(o);
    for (int i = 0; i < n; i++) {
        const struct db_seat *st = &d->seat[i];
        doc_row(o, 2, 0);
        doc_cell(o, seat_attr(d, i), nw, 0, seat_name(d, i));
        int v[8] = { st->mandate_ops, st->stability_added, 0, st->covert_ops,
                     st->covert_succeeded, st->covert_detected, st->covert_attributed,
                     st->detections };
        for (int k = 0; k < 8; k++) {
            if (k == 2)
                snprintf(buf, sizeof buf, "%d%%", (st->mandate_permille + 5) / 10);
            else if (k == 1)
                snprintf(buf, sizeof buf, "%+d", v[k]);
            else
                snprintf(buf, sizeof buf, "%d", v[k]);
            doc_cell(o, A_NORMAL, cwid, 1, buf);
        }
        doc_end(o);
    }
    dim(o, 2, "mandate: mandate operations run; stab +: the stability they added; share: of "
              "all stability added; covert: covert operations, succ: succeeded, seen: "
              "detected, caught: rightly attributed to it; detects: operations against it "
              "that it detected.");

    heading(o, "Who played");
    for (int i = 0; i < n; i++) {
        doc_row(o, 2, 4);
        put_seat(o, d, i);
        doc_putf(o, A_NORMAL, ": %s", debrief_player(d, i, buf, sizeof buf));
        doc_putf(o, term_attr(R_DIM), "  %s %s", DASH, d->sc->seats[i].profile);
        doc_end(o);
    }
}

/* --- page 5: learning objectives ----------------------------------------- */

static void labelled(struct doc *o, int indent, const char *label, const char *text)
{
    doc_row(o, indent, 2);
    doc_put(o, A_BOLD, label);
    doc_put(o, A_NORMAL, " ");
    doc_put(o, A_NORMAL, text);
    doc_end(o);
}

static attr_t rating_attr(int r)
{
    switch (r) {
    case RATING_P: return term_attr(R_GOOD) | A_BOLD;
    case RATING_S: return term_attr(R_GOOD);
    case RATING_M: return term_attr(R_WARN) | A_BOLD;
    case RATING_U: return term_attr(R_BAD);
    default: return term_attr(R_DIM);
    }
}

static void lesson_block(struct doc *o, const struct debrief *d, const struct db_lesson *L)
{
    const struct lesson_def *def = debrief_lesson_def(d, L->number);
    doc_blank(o);
    doc_row(o, 0, 2);
    doc_mark(o);
    doc_putf(o, term_attr(R_HEADING), "Objective %d: %s", L->number,
             debrief_lesson_title(d, L->number));
    doc_end(o);
    doc_row(o, 2, 2);
    doc_put(o, A_BOLD, "Rating: ");
    doc_put(o, rating_attr(L->rating) | A_REVERSE, " ");
    doc_put(o, rating_attr(L->rating) | A_REVERSE, rating_letter(L->rating));
    doc_put(o, rating_attr(L->rating) | A_REVERSE, " ");
    doc_putf(o, A_NORMAL, " %s", rating_text(L->rating));
    if (L->base != L->rating)
        doc_putf(o, term_attr(R_DIM), " (%s before the caps)", rating_letter(L->base));
    doc_end(o);
    if (def && def->statement[0])
        doc_text(o, term_attr(R_DIM), 2, def->statement);
    if (def && def->task[0])
        labelled(o, 2, "Critical task:", def->task);
    if (L->basis[0])
        labelled(o, 2, "How it was rated:", L->basis);
    doc_row(o, 2, 0);
    doc_putf(o, A_BOLD, "In this game (from week %d):", L->first_turn);
    doc_end(o);
    for (int i = 0; i < L->nev; i++) {
        const struct db_evidence *e = &L->ev[i];
        doc_row(o, 4, 8);
        doc_putf(o, term_attr(R_DIM), "week %-2d ", e->turn);
        doc_put(o, A_NORMAL, e->text);
        if (e->threat) {
            if (e->countered)
                doc_putf(o, term_attr(R_GOOD), " %s countered", DASH);
            else if (e->wrong)
                doc_putf(o, term_attr(R_BAD), " %s blamed on the wrong contingent", DASH);
            else
                doc_putf(o, term_attr(R_WARN), " %s not countered", DASH);
        }
        doc_end(o);
    }
    if (L->dropped)
        doc_textf(o, term_attr(R_DIM), 4, "(%d more not listed)", L->dropped);
    if (def && def->precedent[0])
        labelled(o, 2, "Precedent:", def->precedent);
    if (def && def->source[0])
        labelled(o, 2, "Source:", def->source);
    if (def && def->nquestions) {
        doc_text(o, A_BOLD, 2, "Discussion questions:");
        for (int q = 0; q < def->nquestions; q++) {
            doc_row(o, 4, 3);
            doc_putf(o, term_attr(R_KEY), "%d. ", q + 1);
            doc_put(o, A_NORMAL, def->questions[q]);
            doc_end(o);
        }
    }
}

void page_lessons(struct dbs *s, struct doc *o)
{
    const struct debrief *d = s->d;
    int arisen = debrief_lessons_arisen(d);
    doc_textf(o, A_BOLD, 0, "%d of the %d learning objectives came up in this game.", arisen,
              LESSON_COUNT);
    if (!d->book)
        dim(o, 0, "(assets/objectives.json could not be read: titles, precedents and questions "
                  "are missing.)");
    doc_blank(o);
    for (int k = 0; k < LESSON_COUNT; k++) {
        const struct db_lesson *L = &d->lesson[k];
        doc_row(o, 2, 6);
        doc_putf(o, term_attr(R_DIM), "%d ", k + 1);
        doc_put(o, rating_attr(L->arose ? L->rating : RATING_NONE) | (L->arose ? A_REVERSE : 0),
                L->arose ? rating_letter(L->rating) : "-");
        doc_put(o, A_NORMAL, "  ");
        doc_put(o, L->arose ? A_NORMAL : term_attr(R_DIM), debrief_lesson_title(d, k + 1));
        if (L->arose)
            doc_putf(o, term_attr(R_DIM), "  (week %d)", L->first_turn);
        else
            doc_put(o, term_attr(R_DIM), "  (did not come up)");
        doc_end(o);
    }
    doc_blank(o);
    dim(o, 0, "P performed without challenges; S with some challenges; M with major "
              "challenges; U unable to be performed (HSEEP). Press ? for how ratings are "
              "earned.");
    for (int k = 0; k < LESSON_COUNT; k++)
        if (d->lesson[k].arose)
            lesson_block(o, d, &d->lesson[k]);
    if (arisen < LESSON_COUNT) {
        heading(o, "Objectives that did not come up");
        dim(o, 0, "Discuss them from their precedents, or play again with the injects and "
                  "orders that bring them into play.");
        for (int k = 0; k < LESSON_COUNT; k++) {
            if (d->lesson[k].arose)
                continue;
            const struct lesson_def *def = debrief_lesson_def(d, k + 1);
            doc_row(o, 2, 3);
            doc_putf(o, term_attr(R_DIM), "%d. ", k + 1);
            doc_put(o, A_NORMAL, def && def->statement[0] ? def->statement
                                                         : debrief_lesson_title(d, k + 1));
            doc_end(o);
            if (def && def->precedent[0])
                labelled(o, 5, "Precedent:", def->precedent);
            if (def && def->source[0])
                labelled(o, 5, "Source:", def->source);
        }
    }
}

/* --- page 6: strengths, improvements, plan, questions --------------------- */

static void points(struct doc *o, const char *title, const struct db_point *p, int n,
                   const char *none)
{
    heading(o, title);
    if (!n)
        dim(o, 2, none);
    for (int i = 0; i < n; i++) {
        doc_row(o, 2, 2);
        doc_putf(o, A_NORMAL, "%s ", term_glyph(G_BULLET));
        doc_put(o, A_NORMAL, p[i].text);
        doc_end(o);
    }
}

/* A numbered question, with what earned it a place on the shortlist (why)
 * or where it comes from. */
static void question_row(struct doc *o, const struct debrief *d, const struct db_question *q,
                         int num, int why)
{
    char buf[128];
    doc_row(o, 2, 4);
    doc_putf(o, term_attr(R_KEY), "%2d. ", num);
    doc_put(o, A_NORMAL, q->text ? q->text : "");
    doc_putf(o, term_attr(R_DIM), "  (%s)",
             why ? q->why : debrief_question_source(d, q, buf, sizeof buf));
    doc_end(o);
}

void page_plan(struct dbs *s, struct doc *o)
{
    const struct debrief *d = s->d;
    dim(o, 0, "What a facilitator hands out the next morning: what went well, what to "
              "improve, and who should do what (HSEEP's improvement plan).");
    if (d->nshortlist)
        heading(o, "Five questions for this game (ranked by what happened; every one below)");
    for (int i = 0; i < d->nshortlist; i++)
        question_row(o, d, &d->questions[d->shortlist[i]], i + 1, 1);
    points(o, "Strengths", d->strengths, d->nstrengths, "None recorded.");
    points(o, "Areas for improvement", d->improvements, d->nimprovements, "None recorded.");
    heading(o, "Improvement plan");
    if (!d->nplan)
        dim(o, 2, "No area for improvement was found.");
    for (int i = 0; i < d->nplan; i++) {
        const struct db_plan *p = &d->plan[i];
        doc_row(o, 2, 3);
        doc_putf(o, term_attr(R_KEY), "%d. ", i + 1);
        if (p->lesson)
            doc_putf(o, A_BOLD, "Objective %d: %s", p->lesson, debrief_lesson_title(d, p->lesson));
        else
            doc_put(o, A_BOLD, "The mission");
        doc_end(o);
        labelled(o, 5, "Issue:", p->issue);
        labelled(o, 5, "Action:", p->action);
        doc_row(o, 5, 2);
        doc_put(o, A_BOLD, "Capability element: ");
        doc_put(o, A_NORMAL, element_name(p->element));
        doc_putf(o, A_NORMAL, "  %s  ", DOT);
        doc_put(o, A_BOLD, "Responsible organisation: ");
        doc_put(o, A_NORMAL, p->responsible);
        doc_end(o);
        dim(o, 5, "Responsible party ______  Start date ______  Completion ______");
    }
    heading(o, "Every discussion question");
    if (!d->nquestions)
        dim(o, 2, "No questions: no learning objective came up.");
    for (int i = 0; i < d->nquestions; i++)
        question_row(o, d, &d->questions[i], i + 1, 0);
    heading(o, "To hand out");
    if (s->file && s->file[0]) {
        doc_textf(o, A_NORMAL, 2, "The game is saved in %s. Its after-action report, to print "
                  "or to share:", s->file);
        doc_textf(o, term_attr(R_KEY), 4, "mandate report %s --format html -o report.html",
                  s->file);
        doc_textf(o, term_attr(R_KEY), 4, "mandate report %s --format md -o report.md", s->file);
    } else {
        dim(o, 2, "This game was not saved: the after-action report (mandate report FILE) "
                  "needs a save.");
    }
}

/* --- page 7: the AI's reasons --------------------------------------------- */

static void order_target(const struct debrief *d, const struct order *o, char *buf, size_t n)
{
    static const char *const share[] = { "none", "tactical", "broad" };
    const struct scenario *sc = d->sc;
    buf[0] = 0;
    switch (order_target_kind(o->kind)) {
    case TK_SECTOR:
        if (o->sector >= 0 && o->sector < d->nsectors)
            snprintf(buf, n, "%s", sc->sectors[o->sector].name);
        break;
    case TK_SEAT:
        snprintf(buf, n, "%s", seat_name(d, o->target));
        break;
    case TK_SECTOR_SEAT:
        snprintf(buf, n, "%s, with %s",
                 o->sector >= 0 && o->sector < d->nsectors ? sc->sectors[o->sector].name : "?",
                 seat_name(d, o->target));
        break;
    case TK_LEVEL:
        snprintf(buf, n, "%s", o->level >= 0 && o->level <= 2 ? share[o->level] : "?");
        break;
    case TK_CHOICE:
        if (o->inject >= 0 && o->inject < sc->ninjects && o->level >= 0 &&
            o->level < sc->injects[o->inject].nchoices)
            snprintf(buf, n, "%s: %s", sc->injects[o->inject].title,
                     sc->injects[o->inject].choices[o->level].label);
        break;
    default:
        break;
    }
}

void page_reasons(struct dbs *s, struct doc *o)
{
    const struct debrief *d = s->d;
    char buf[SHORT_TEXT * 2];
    dim(o, 0, "Every hidden order of the AI contingents, and the first order each rule of "
              "their instruction list produced, with the reason the AI gave at the time - "
              "from its own view, knowing only what it had learnt.");
    heading(o, "Who played");
    for (int i = 0; i < d->nseats; i++) {
        doc_row(o, 2, 4);
        put_seat(o, d, i);
        doc_putf(o, A_NORMAL, ": %s", debrief_player(d, i, buf, sizeof buf));
        doc_end(o);
    }
    if (!d->nreasons) {
        doc_blank(o);
        dim(o, 0, d->has_reasons ? "No key decision to show."
                                 : "No AI reasons were kept for this game (every seat was "
                                   "human, or the record could not be replayed).");
        return;
    }
    int turn = -1;
    for (int i = 0; i < d->nreasons; i++) {
        const struct db_reason *r = &d->reasons[i];
        if (r->turn != turn) {
            turn = r->turn;
            doc_blank(o);
            doc_textf(o, term_attr(R_HEADING), 0, "Week %d", turn);
            doc_mark(o);
        }
        int fam = r->o.kind < ORD_COUNT ? order_family(r->o.kind) : -1;
        int hidden = fam == FAM_COVERT || fam == FAM_COUNTER;
        doc_row(o, 2, name_cols(d) + 2);
        doc_cell(o, seat_attr(d, r->seat), name_cols(d), 0, seat_name(d, r->seat));
        doc_cell(o, A_NORMAL, 1, 0, "");
        doc_put(o, A_BOLD, debrief_order(d, r->o.kind));
        order_target(d, &r->o, buf, sizeof buf);
        if (buf[0])
            doc_putf(o, A_NORMAL, " %s %s", ARROW, buf);
        if (hidden)
            doc_putf(o, term_attr(R_PRIVATE), " %s", term_glyph(G_SECRET));
        if (!strstr(r->text, "rule "))
            doc_putf(o, term_attr(R_DIM), "  [%s]", ai_rule_name(r->rule));
        doc_end(o);
        doc_text(o, A_NORMAL, name_cols(d) + 3, r->text);
    }
    if (d->reasons_dropped)
        doc_textf(o, term_attr(R_DIM), 0, "(%d more reason%s not listed.)", d->reasons_dropped,
                  text_s(d->reasons_dropped));
    doc_blank(o);
    doc_textf(o, term_attr(R_DIM), 0, "%s marks a hidden order. A rule is the line of the AI's "
              "instruction list that produced the order.", term_glyph(G_SECRET));
}

