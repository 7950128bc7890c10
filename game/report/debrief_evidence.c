/* debrief_evidence.c - the learning objectives' evidence, tallied and
 * worded, and each objective's HSEEP rating once its evidence is in (the
 * rule is at the top of debrief_lessons.c). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../session/session.h"
#include "../text/evtext.h"
#include "../text/words.h"
#include "debrief_evidence.h"

/* Adds a piece of evidence (threat, countered, wrong clear; seat, target,
 * order and op -1); NULL when the objective's list is full. */
struct db_evidence *dbl_add_ev(struct db_lesson *L, int arising, int turn, const char *fmt, ...)
{
    L->arose |= arising;
    if (L->nev >= DB_MAX_EVIDENCE) {
        L->dropped++;
        return NULL;
    }
    struct db_evidence *e = &L->ev[L->nev++];
    memset(e, 0, sizeof *e);
    e->turn = turn;
    e->seat = e->target = e->order = e->op = -1;
    va_list ap;
    va_start(ap, fmt);
    int w = vsnprintf(e->text, sizeof e->text, fmt, ap);
    va_end(ap);
    if (w < 0)
        e->text[0] = '\0';
    return e;
}

/* "Kestria: Intercept against Garrovia, succeeded; undetected" */
const char *dbl_op_brief(const struct debrief *d, const struct db_op *op, char *buf, size_t n)
{
    char det[160];
    debrief_op_detection(d, op, det, sizeof det);
    if (op->kind == ORD_COURT)
        return db_fmt(buf, n, "%s courted the host government: %s (%s); %s",
                      debrief_seat(d, op->seat), debrief_op_outcome(op), op->result, det);
    if (op->target >= 0 && op->target < d->nseats)
        return db_fmt(buf, n, "%s: %s against %s, %s; %s", debrief_seat(d, op->seat),
                      debrief_order(d, op->kind), debrief_seat(d, op->target),
                      debrief_op_outcome(op), det);
    return db_fmt(buf, n, "%s: %s, %s; %s", debrief_seat(d, op->seat), debrief_order(d, op->kind),
                  debrief_op_outcome(op), det);
}

/* "Morvane, Lisselund and Sevrana" for a set of seats. */
const char *dbl_seat_list(const struct debrief *d, unsigned set, char *buf, size_t n)
{
    int total = 0, i = 0;
    for (int s = 0; s < d->nseats; s++)
        total += (set >> s) & 1;
    buf[0] = '\0';
    for (int s = 0; s < d->nseats; s++) {
        if (!((set >> s) & 1))
            continue;
        i++;
        db_cat(buf, n, "%s%s", i == 1 ? "" : i == total ? " and " : ", ", debrief_seat(d, s));
    }
    return buf;
}

/* Evidence from an operation: a threat, countered when detected and
 * rightly attributed. */
struct db_evidence *dbl_add_op(struct debrief *d, struct db_lesson *L, int k, const char *extra)
{
    const struct db_op *op = &d->ops[k];
    char b[DB_TEXT];
    dbl_op_brief(d, op, b, sizeof b);
    struct db_evidence *e = dbl_add_ev(L, 1, op->turn, "%s%s%s", b, extra[0] ? ". " : "", extra);
    if (!e)
        return NULL;
    e->seat = op->seat;
    e->target = op->target;
    e->order = op->kind;
    e->op = k;
    e->threat = op->success || op->detected;
    e->detected = op->detected;
    e->countered = op->detected && op->attribution == ATTR_RIGHT;
    e->wrong = op->detected && op->attribution == ATTR_WRONG;
    return e;
}


/* Adds operation k to the tally; 0 when it is no quiet failure. */
int dbl_quiet_add(const struct debrief *d, struct quiet *q, int *nq, int k, int extra)
{
    const struct db_op *op = &d->ops[k];
    if (op->success || op->detected)
        return 0;
    for (int i = 0; i < *nq; i++)
        if (q[i].seat == op->seat && q[i].target == op->target && q[i].kind == op->kind &&
            q[i].extra == extra) {
            q[i].n++;
            db_cat(q[i].turns, sizeof q[i].turns, ", %d", op->turn);
            return 1;
        }
    if (*nq >= MAX_QUIET)
        return 1;
    struct quiet *x = &q[(*nq)++];
    x->seat = op->seat;
    x->target = op->target;
    x->kind = op->kind;
    x->extra = extra;
    x->n = 1;
    x->first = op->turn;
    db_fmt(x->turns, sizeof x->turns, "%d", op->turn);
    return 1;
}

/* One line of evidence per tally: "Morvane's Observe against Garrovia
 * failed unnoticed 3 times (turns 1, 2, 11)" and the caller's words. */
void dbl_quiet_flush(struct debrief *d, struct db_lesson *L, const struct quiet *q, int nq,
                     const char *(*words)(const struct debrief *, const struct quiet *, char *,
                                          size_t))
{
    for (int i = 0; i < nq; i++) {
        char w[DB_TEXT] = "", what[96] = "";
        if (words)
            words(d, &q[i], w, sizeof w);
        if (q[i].target >= 0 && q[i].target < d->nseats)
            db_fmt(what, sizeof what, " against %s", debrief_seat(d, q[i].target));
        char times[24];
        db_fmt(times, sizeof times,
               q[i].n == 1   ? "once"
               : q[i].n == 2 ? "twice"
                             : "%d times",
               q[i].n);
        struct db_evidence *e =
            dbl_add_ev(L, 1, q[i].first, "%s: %s%s, failed unnoticed %s (turn%s %s)%s%s",
                   debrief_seat(d, q[i].seat), debrief_order(d, q[i].kind), what, times,
                   words_s(q[i].n), q[i].turns, w[0] ? ". " : "", w);
        if (e) {
            e->seat = q[i].seat;
            e->target = q[i].target;
            e->order = q[i].kind;
        }
    }
}

int dbl_is_seat(const struct debrief *d, int s)
{
    return s >= 0 && s < d->nseats;
}

/* ---- ratings -------------------------------------------------------------------- */

void dbl_rate(struct debrief *d, struct db_lesson *L)
{
    if (!L->arose) {
        L->rating = L->base = RATING_NONE;
        return;
    }
    for (int i = 0; i < L->nev; i++) {
        const struct db_evidence *e = &L->ev[i];
        if (!e->threat)
            continue;
        L->threats++;
        L->detected += e->detected;
        L->countered += e->countered;
        L->wrong += e->wrong;
    }
    if (L->number == 7) {
        int start = d->pool[0], end = d->pool[d->npoints - 1];
        int pct = start > 0 ? end * 100 / start : 100;
        L->base = pct >= 100 ? RATING_P : pct >= 75 ? RATING_S : pct >= 50 ? RATING_M : RATING_U;
        db_fmt(L->basis, sizeof L->basis,
               "The intelligence pool ended at %d against %d at "
               "the start (%d%%)",
               end, start, pct);
    } else if (!L->threats) {
        L->base = RATING_P;
        db_fmt(L->basis, sizeof L->basis,
               "No hostile act succeeded or was caught: nothing "
               "to counter");
    } else {
        int t = L->threats, points = 2 * L->countered + (L->detected - L->countered);
        L->base = points == 2 * t ? RATING_P
                  : points >= t   ? RATING_S
                  : points > 0    ? RATING_M
                                  : RATING_U;
        db_fmt(L->basis, sizeof L->basis,
               "Of %d hostile act%s, %d %s detected and rightly "
               "attributed (or found), %d blamed on the wrong contingent, %d detected with "
               "nobody blamed, %d never detected",
               t, words_s(t), L->countered, L->countered == 1 ? "was" : "were", L->wrong,
               L->detected - L->countered - L->wrong, t - L->detected);
    }
    L->rating = L->base;
    if (L->wrong > L->countered && L->rating < RATING_M) {
        L->rating = RATING_M;
        db_cat(L->basis, sizeof L->basis,
               "; more were blamed on the wrong contingent than "
               "on the right one");
    }
    int cap = d->outcome == OUT_SUCCESS   ? RATING_P
              : d->outcome == OUT_PARTIAL ? RATING_S
                                          : RATING_M;
    if (cap > L->rating) {
        L->rating = cap;
        db_cat(L->basis, sizeof L->basis, "; the mandate's %s caps it at %s",
               words_outcome(d->outcome, 0), rating_letter(cap));
    }
    db_cat(L->basis, sizeof L->basis, ".");
}

/* Sorts evidence by turn, keeping the order within a turn. */
void dbl_sort_evidence(struct db_lesson *L)
{
    for (int i = 1; i < L->nev; i++) {
        struct db_evidence x = L->ev[i];
        int j = i;
        while (j > 0 && L->ev[j - 1].turn > x.turn) {
            L->ev[j] = L->ev[j - 1];
            j--;
        }
        L->ev[j] = x;
    }
    L->first_turn = L->nev ? L->ev[0].turn : 0;
}
