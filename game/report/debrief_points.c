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

/* The plan's row for objective lesson (1..8), or NULL. */
static struct db_plan *plan_of(struct debrief *d, int lesson)
{
    for (int i = 0; i < d->nplan; i++)
        if (d->plan[i].lesson == lesson)
            return &d->plan[i];
    return NULL;
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

/* The objectives whose texts in assets/objectives.json claim that hostile
 * acts went unnoticed (their "issue": 1, 2, 3, 5, 6; 3's that a network
 * grew to developed or recruited unseen) and that they were traced to
 * their source (their "strength": 2, 3, 4, 5, 6, 8). 4's issue claims a
 * breach, 7's and 8's what made them arise; 7 is rated on the pool. */
#define CLAIMS_UNSEEN ((1u << 1) | (1u << 2) | (1u << 3) | (1u << 5) | (1u << 6))
#define CLAIMS_TRACED ((1u << 2) | (1u << 3) | (1u << 4) | (1u << 5) | (1u << 6) | (1u << 8))

/* What went wrong under an objective, in words its evidence bears out:
 * the book's issue when it claims no more than happened, else what did -
 * every act seen but not all traced to the right contingent, or only the
 * rating's basis (a mandate that capped it, say). */
static void lesson_issue(const struct debrief *d, const struct db_lesson *L, char *buf, size_t n)
{
    const struct lesson_def *def = debrief_lesson_def(d, L->number);
    int unseen = L->threats - L->detected;
    if (L->number == 3) /* only networks that grew count */
        for (int i = unseen = 0; i < L->nev; i++)
            unseen += L->ev[i].threat && !L->ev[i].detected && L->ev[i].stage >= STAGE_DEVELOPED;
    if (def && def->issue[0] && (((CLAIMS_UNSEEN >> L->number) & 1) == 0 || unseen > 0))
        db_fmt(buf, n, "%s %s", def->issue, L->basis);
    else if (L->threats && L->threats == L->detected && L->countered < L->threats)
        db_fmt(buf, n, "Every hostile act was detected, but %d %s blamed on the wrong "
               "contingent and %d on nobody: the mission saw it happen without knowing who "
               "did it. %s", L->wrong, L->wrong == 1 ? "was" : "were",
               L->detected - L->countered - L->wrong, L->basis);
    else
        db_fmt(buf, n, "%s", L->basis);
}

/* What went well: the book's strength when the acts were traced to the
 * right contingent, else only the count of what was seen. */
static void lesson_strength(const struct debrief *d, const struct db_lesson *L, char *buf,
                            size_t n)
{
    const struct lesson_def *def = debrief_lesson_def(d, L->number);
    int claim = def && def->strength[0] &&
                (((CLAIMS_TRACED >> L->number) & 1) == 0 || L->countered == L->threats);
    db_fmt(buf, n, "%s%s%s", claim ? def->strength : "", claim ? " " : "", L->basis);
}

static void lesson_points(struct debrief *d)
{
    char text[LONG_TEXT];
    for (int k = 0; k < LESSON_COUNT; k++) {
        const struct db_lesson *L = &d->lesson[k];
        if (!L->arose)
            continue;
        const struct lesson_def *def = debrief_lesson_def(d, L->number);
        const char *title = debrief_lesson_title(d, L->number);
        if (L->rating == RATING_P || L->rating == RATING_S) {
            lesson_strength(d, L, text, sizeof text);
            point(d->strengths, &d->nstrengths, L->number, "%s (objective %d, %s): %s", title,
                  L->number, rating_letter(L->rating), text);
            continue;
        }
        lesson_issue(d, L, text, sizeof text);
        point(d->improvements, &d->nimprovements, L->number, "%s (objective %d, %s): %s", title,
              L->number, rating_letter(L->rating), text);
        struct db_plan *p = plan_row(d, L->number, def ? def->element : ELEM_TRAINING);
        if (!p)
            continue;
        db_fmt(p->issue, sizeof p->issue, "%s", text);
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
        /* objective 6's row, when it has one: one row per objective */
        struct db_plan *p = plan_of(d, 6);
        int merge = p != NULL;
        if (!p && (p = plan_row(d, 6, ELEM_TRAINING)) == NULL)
            return;
        db_cat(p->issue, sizeof p->issue,
               "%s%d incident%s blamed on the wrong contingent: trust fell between the wrong "
               "partners.", merge ? " Also, " : "", wrong, words_s(wrong));
        db_cat(p->action, sizeof p->action,
               "%sBefore naming a culprit, gather evidence - sweeps, canary traps, an "
               "investigation by mission HQ - and raise suspicions through mission HQ rather "
               "than in public.", merge ? " " : "");
        db_cat(p->responsible, sizeof p->responsible, "%s contingent's counter-intelligence "
               "staff; mission HQ", merge ? "; every" : "Every");
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

static struct db_question *add_question(struct debrief *d, int lesson, int order, int inject,
                                        const char *text)
{
    if (!text || !text[0] || d->nquestions >= DB_MAX_QUESTIONS)
        return NULL;
    struct db_question *q = &d->questions[d->nquestions++];
    memset(q, 0, sizeof *q);
    q->lesson = lesson;
    q->order = order;
    q->inject = inject;
    q->text = text;
    return q;
}

static int at_most(int v, int cap)
{
    return v < cap ? v : cap;
}

/* An objective's questions: its hostile acts weigh most, then its
 * evidence, then how badly it went (a U is the one to talk about); its
 * later questions rank below its first. */
static void lesson_questions(struct debrief *d, const struct db_lesson *L)
{
    static const int worse[RATING_COUNT] = {[RATING_U] = 40, [RATING_M] = 30, [RATING_S] = 15};
    const struct lesson_def *def = debrief_lesson_def(d, L->number);
    int score = 60 + 12 * at_most(L->threats, 10) + 4 * at_most(L->nev, 10) +
                (L->rating >= 0 && L->rating < RATING_COUNT ? worse[L->rating] : 0);
    for (int i = 0; def && i < def->nquestions && i < LESSON_QUESTIONS; i++) {
        struct db_question *q = add_question(d, L->number, -1, -1, def->questions[i]);
        if (!q)
            return;
        q->score = score - 50 * i;
        db_fmt(q->why, sizeof q->why, "objective %d: came up from week %d, rated %s, %d hostile "
               "act%s, %d countered", L->number, L->first_turn, rating_letter(L->rating),
               L->threats, words_s(L->threats), L->countered);
    }
}

/* An order's question: how often it was run and - covert - how often it
 * was caught or blamed on the wrong contingent, or - a sweep, an audit, a
 * canary trap - how often it found someone out. An operation caught
 * outranks one more run; an objective usually outranks both. */
static void order_question(struct debrief *d, int kind)
{
    int n = 0, hit = 0, wrong = 0, covert = 0;
    int finds = kind == ORD_SWEEP || kind == ORD_AUDIT || kind == ORD_CANARY;
    for (int k = 0; k < d->nops; k++) {
        const struct db_op *op = &d->ops[k];
        if (op->kind != kind)
            continue;
        n++;
        covert = op->covert;
        hit += op->covert ? op->detected : finds && op->success;
        wrong += op->attribution == ATTR_WRONG;
    }
    struct db_question *q = add_question(d, 0, kind, -1, d->cat->orders[kind].question);
    if (!q)
        return;
    q->score = 20 + 4 * at_most(n, 10) + 15 * at_most(hit, 4) + 15 * at_most(wrong, 3);
    db_fmt(q->why, sizeof q->why, "%s: run %d time%s", debrief_order(d, kind), n,
           words_s(n));
    if (covert || finds)
        db_cat(q->why, sizeof q->why, ", %s %d", covert ? "detected" : "found someone out", hit);
    if (wrong)
        db_cat(q->why, sizeof q->why, ", %d blamed on the wrong contingent", wrong);
}

/* An inject's question: one that play set off (a condition, not a date)
 * ranks above the calendar's, one that asked for a choice above one that
 * did not. */
static void inject_question(struct debrief *d, int in, int week)
{
    const struct inject *ij = &d->sc->injects[in];
    struct db_question *q = add_question(d, 0, -1, in, ij->question);
    if (!q)
        return;
    int played = ij->trigger != TRIG_TURN;
    q->score = 20 + (played ? 40 : 0) + (ij->nchoices ? 15 : 0);
    db_fmt(q->why, sizeof q->why, "\"%s\", week %d%s%s", ij->title, week,
           played ? ", set off by play" : "", ij->nchoices ? ", a choice to make" : "");
}

/* Whether the shortlist already asks something from q's source. */
static int source_listed(const struct debrief *d, const struct db_question *q)
{
    for (int i = 0; i < d->nshortlist; i++) {
        const struct db_question *x = &d->questions[d->shortlist[i]];
        if (x->lesson == q->lesson && x->order == q->order && x->inject == q->inject)
            return 1;
    }
    return 0;
}

/* The DB_SHORTLIST questions of highest score, one per source while
 * other sources have any left; ties keep the full list's order. */
static void shortlist(struct debrief *d)
{
    uint8_t taken[DB_MAX_QUESTIONS] = {0};
    d->nshortlist = 0;
    for (int pass = 0; pass < 2; pass++)
        while (d->nshortlist < DB_SHORTLIST) {
            int best = -1;
            for (int i = 0; i < d->nquestions; i++) {
                if (taken[i] || (pass == 0 && source_listed(d, &d->questions[i])))
                    continue;
                if (best < 0 || d->questions[i].score > d->questions[best].score)
                    best = i;
            }
            if (best < 0)
                break;
            taken[best] = 1;
            d->shortlist[d->nshortlist++] = best;
        }
}

static void questions(struct debrief *d)
{
    for (int k = 0; k < LESSON_COUNT; k++)
        if (d->lesson[k].arose)
            lesson_questions(d, &d->lesson[k]);
    unsigned long used = 0;
    _Static_assert(ORD_COUNT <= 32, "an order kind is a bit of an unsigned long");
    for (int k = 0; k < d->nops; k++)
        used |= 1ul << d->ops[k].kind;
    for (int o = 0; o < ORD_COUNT; o++)
        if (used & (1ul << o))
            order_question(d, o);
    uint8_t seen[MAX_INJECTS] = {0};
    for (int t = 1; t <= d->turns; t++)
        for (int i = 0; i < d->turn[t].ninjects; i++) {
            int in = d->turn[t].injects[i];
            if (in < 0 || in >= d->sc->ninjects || seen[in]++)
                continue;
            inject_question(d, in, t);
        }
    shortlist(d);
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
