/* debrief_points.c - what a debrief concludes from its objectives and
 * timeline: strengths, areas for improvement, the improvement plan (issue,
 * corrective action, capability element, who should act) and the
 * discussion questions of the learning objectives, orders and injects
 * that came up. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../text/words.h"
#include "debrief_int.h"

static int is_seat(const struct debrief *d, int s)
{
    return s >= 0 && s < d->nseats;
}

static struct db_point *point(struct db_point *p, int *n, int lesson, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static struct db_point *point(struct db_point *p, int *n, int lesson, const char *fmt, ...)
{
    if (*n >= DB_MAX_POINTS)
        return NULL;
    struct db_point *x = &p[(*n)++];
    x->lesson = lesson;
    va_list ap;
    va_start(ap, fmt);
    int w = vsnprintf(x->text, sizeof x->text, fmt, ap);
    va_end(ap);
    if (w < 0)
        x->text[0] = '\0';
    return x;
}

static struct db_plan *plan_row(struct debrief *d, int lesson, int element)
{
    if (d->nplan >= DB_MAX_PLAN)
        return NULL;
    struct db_plan *p = &d->plan[d->nplan++];
    memset(p, 0, sizeof *p);
    p->lesson = lesson;
    p->element = element;
    return p;
}

/* "Lisselund, Garrovia, mission HQ": the targets of uncountered threats. */
static void responsible(const struct debrief *d, const struct db_lesson *L, char *buf, size_t n)
{
    unsigned seen = 0;
    buf[0] = '\0';
    for (int i = 0; i < L->nev; i++) {
        const struct db_evidence *e = &L->ev[i];
        if (!e->threat || e->countered || e->target < 0 || e->target > TARGET_HQ)
            continue;
        if (seen & (1u << e->target))
            continue;
        seen |= 1u << e->target;
        db_cat(buf, n, "%s%s", buf[0] ? ", " : "",
               e->target == TARGET_HQ ? "Mission HQ (network security)"
                                      : debrief_seat(d, e->target));
    }
    if (!buf[0])
        db_fmt(buf, n, "Mission HQ and every contingent");
}

static void mandate_points(struct debrief *d)
{
    const struct scenario *sc = d->sc;
    int avg = d->avg[d->npoints - 1], min = d->min[d->npoints - 1];
    if (d->outcome == OUT_SUCCESS) {
        point(d->strengths, &d->nstrengths, 0,
              "The mandate %s: average stability %d (success "
              "needs %d) with no sector below %d.",
              d->ended ? "succeeded" : "is on course", avg, sc->success_avg, sc->success_min);
        return;
    }
    point(d->improvements, &d->nimprovements, 0,
          "The mandate %s %s: average stability %d "
          "against the %d success needs, lowest sector %d.",
          d->ended ? "ended in" : "stands at",
          d->collapsed ? "collapse" : words_outcome(d->outcome, 0),
          avg, sc->success_avg, min);
    struct db_plan *p = plan_row(d, 0, ELEM_PLANNING);
    if (!p)
        return;
    db_fmt(p->issue, sizeof p->issue,
           "The mandate ended in %s (average stability %d, "
           "success at %d).",
           words_outcome(d->outcome, 0), avg, sc->success_avg);
    db_fmt(p->action, sizeof p->action,
           "Agree at the start of each rotation how much "
           "effort every contingent gives to mandate operations, and direct it to the "
           "least stable sectors; review the balance between collection and the mandate "
           "at each turn's brief.");
    db_fmt(p->responsible, sizeof p->responsible, "Mission HQ and every contingent");
}

static void lesson_points(struct debrief *d)
{
    for (int k = 0; k < LESSON_COUNT; k++) {
        const struct db_lesson *L = &d->lesson[k];
        if (!L->arose)
            continue;
        const struct lesson_def *def = debrief_lesson_def(d, L->number);
        const char *title = debrief_lesson_title(d, L->number);
        if (L->rating == RATING_P || L->rating == RATING_S) {
            point(d->strengths, &d->nstrengths, L->number, "%s (objective %d, %s): %s %s", title,
                  L->number, rating_letter(L->rating), def && def->strength[0] ? def->strength : "",
                  L->basis);
            continue;
        }
        point(d->improvements, &d->nimprovements, L->number, "%s (objective %d, %s): %s %s", title,
              L->number, rating_letter(L->rating), def && def->issue[0] ? def->issue : "",
              L->basis);
        struct db_plan *p = plan_row(d, L->number, def ? def->element : ELEM_TRAINING);
        if (!p)
            continue;
        db_fmt(p->issue, sizeof p->issue, "%s %s", def && def->issue[0] ? def->issue : title,
               L->basis);
        db_fmt(p->action, sizeof p->action, "%s",
               def && def->action[0] ? def->action : "Discuss in the debrief.");
        if (L->number == 1 || L->number == 7)
            db_fmt(p->responsible, sizeof p->responsible, "Mission HQ and every contingent");
        else
            responsible(d, L, p->responsible, sizeof p->responsible);
    }
}

/* Counter-intelligence that found something, detection, attribution. */
static void security_points(struct debrief *d)
{
    int covert = 0, unseen = 0, detected = 0, right = 0, wrong = 0;
    char wrong_turns[64] = "";
    for (int k = 0; k < d->nops; k++) {
        const struct db_op *op = &d->ops[k];
        if (!op->covert) {
            if (op->success &&
                (op->kind == ORD_SWEEP || op->kind == ORD_AUDIT || op->kind == ORD_CANARY))
                point(d->strengths, &d->nstrengths, 0, "Turn %d: %s's %s %s.", op->turn,
                      debrief_seat(d, op->seat), debrief_order(d, op->kind), op->result);
            continue;
        }
        if (op->kind == ORD_FALSE_FLAG)
            continue;
        covert++;
        unseen += op->success && !op->detected;
        detected += op->detected;
        right += op->attribution == ATTR_RIGHT;
        if (op->attribution == ATTR_WRONG) {
            wrong++;
            db_cat(wrong_turns, sizeof wrong_turns, "%s%d", wrong > 1 ? ", " : "", op->turn);
        }
    }
    if (detected && 2 * right >= detected)
        point(d->strengths, &d->nstrengths, 0,
              "%d of %d detected operations were "
              "attributed to the right contingent.",
              right, detected);
    if (covert && 2 * unseen > covert)
        point(d->improvements, &d->nimprovements, 0,
              "%d of %d covert operations succeeded "
              "without being detected.",
              unseen, covert);
    if (wrong) {
        point(d->improvements, &d->nimprovements, 0,
              "%d detected operation%s blamed on "
              "the wrong contingent (turn%s %s).",
              wrong, wrong == 1 ? " was" : "s were", words_s(wrong), wrong_turns);
        struct db_plan *p = plan_row(d, 6, ELEM_TRAINING);
        if (p) {
            db_fmt(p->issue, sizeof p->issue,
                   "%d incident%s blamed on the wrong contingent: "
                   "trust fell between the wrong partners.",
                   wrong, words_s(wrong));
            db_fmt(p->action, sizeof p->action,
                   "Before naming a culprit, gather evidence - "
                   "sweeps, canary traps, an investigation by mission HQ - and raise "
                   "suspicions through mission HQ rather than in public.");
            db_fmt(p->responsible, sizeof p->responsible,
                   "Every contingent's "
                   "counter-intelligence staff; mission HQ");
        }
    }
}

static void accusation_points(struct dbctx *c)
{
    struct debrief *d = c->d;
    for (int k = 0; k < c->nev; k++) {
        const struct event *e = &c->ev[k];
        if (e->kind == EV_ACCUSE && e->a == 0)
            point(d->improvements, &d->nimprovements, 6,
                  "Turn %d: %s accused %s in public "
                  "without evidence, and lost the others' trust.",
                  e->turn, debrief_seat(d, e->actor), debrief_seat(d, e->target));
        else if (e->kind == EV_INVESTIGATION && is_seat(d, e->target))
            point(d->strengths, &d->nstrengths, 6,
                  "Turn %d: mission HQ's investigation for "
                  "%s named %s.",
                  e->turn, debrief_seat(d, e->actor), debrief_seat(d, e->target));
    }
}

static void exercise_row(struct debrief *d)
{
    char missing[64] = "";
    int n = 0;
    for (int k = 0; k < LESSON_COUNT; k++)
        if (!d->lesson[k].arose) {
            db_cat(missing, sizeof missing, "%s%d", n ? ", " : "", k + 1);
            n++;
        }
    if (!n)
        return;
    struct db_plan *p = plan_row(d, 0, ELEM_EXERCISE);
    if (!p)
        return;
    db_fmt(p->issue, sizeof p->issue, "Learning objective%s %s did not come up in this game.",
           words_s(n), missing);
    db_fmt(p->action, sizeof p->action,
           "Play again with injects, secret objectives or "
           "personalities that bring %s into play, or discuss %s from %s precedent%s in the "
           "debrief.",
           n == 1 ? "it" : "them", n == 1 ? "it" : "them", n == 1 ? "its" : "their",
           words_s(n));
    db_fmt(p->responsible, sizeof p->responsible, "Exercise planners and the facilitator");
}

static void add_question(struct debrief *d, int lesson, int order, int inject, const char *text)
{
    if (!text || !text[0] || d->nquestions >= DB_MAX_QUESTIONS)
        return;
    struct db_question *q = &d->questions[d->nquestions++];
    q->lesson = lesson;
    q->order = order;
    q->inject = inject;
    q->text = text;
}

static void questions(struct debrief *d)
{
    for (int k = 0; k < LESSON_COUNT; k++) {
        const struct lesson_def *def = debrief_lesson_def(d, k + 1);
        if (!d->lesson[k].arose || !def)
            continue;
        for (int i = 0; i < def->nquestions && i < LESSON_QUESTIONS; i++)
            add_question(d, k + 1, -1, -1, def->questions[i]);
    }
    unsigned long used = 0;
    _Static_assert(ORD_COUNT <= 32, "an order kind is a bit of an unsigned long");
    for (int k = 0; k < d->nops; k++)
        used |= 1ul << d->ops[k].kind;
    for (int o = 0; o < ORD_COUNT; o++)
        if (used & (1ul << o))
            add_question(d, 0, o, -1, d->cat->orders[o].question);
    uint8_t seen[MAX_INJECTS] = {0};
    for (int t = 1; t <= d->turns; t++)
        for (int i = 0; i < d->turn[t].ninjects; i++) {
            int in = d->turn[t].injects[i];
            if (in < 0 || in >= d->sc->ninjects || seen[in]++)
                continue;
            add_question(d, 0, -1, in, d->sc->injects[in].question);
        }
}

void db_points(struct dbctx *c)
{
    struct debrief *d = c->d;
    mandate_points(d);
    lesson_points(d);
    security_points(d);
    accusation_points(c);
    exercise_row(d);
    questions(d);
}
