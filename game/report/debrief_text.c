/* debrief_text.c - the debrief's words: names, one line per operation,
 * and the small formatting helpers the report files share. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../core/personality.h"
#include "../text/optext.h"
#include "../text/words.h"
#include "debrief_doc.h"
#include "debrief_int.h"

char *db_fmt(char *buf, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int w = vsnprintf(buf, n, fmt, ap);
    va_end(ap);
    if (w < 0 && n)
        buf[0] = '\0';
    return buf;
}

void db_cat(char *buf, size_t n, const char *fmt, ...)
{
    size_t k = strlen(buf);
    if (k + 1 >= n)
        return;
    va_list ap;
    va_start(ap, fmt);
    int w = vsnprintf(buf + k, n - k, fmt, ap);
    va_end(ap);
    if (w < 0)
        buf[k] = '\0';
}

const char *debrief_seat(const struct debrief *d, int seat)
{
    if (seat == TARGET_HQ)
        return "mission HQ";
    if (seat >= 0 && seat < d->nseats)
        return d->sc->seats[seat].name;
    return "nobody";
}

const char *debrief_order(const struct debrief *d, int kind)
{
    if (kind < 0 || kind >= ORD_COUNT)
        return "operation";
    return d->cat->orders[kind].name[0] ? d->cat->orders[kind].name : order_name(kind);
}

const struct lesson_def *debrief_lesson_def(const struct debrief *d, int number)
{
    if (!d->book || number < 1 || number > LESSON_COUNT)
        return NULL;
    return &d->book->l[number - 1];
}

const char *debrief_lesson_title(const struct debrief *d, int number)
{
    static const char *const fallback[LESSON_COUNT] = {
        "Learning objective 1", "Learning objective 2", "Learning objective 3",
        "Learning objective 4", "Learning objective 5", "Learning objective 6",
        "Learning objective 7", "Learning objective 8",
    };
    const struct lesson_def *l = debrief_lesson_def(d, number);
    if (l && l->title[0])
        return l->title;
    return number >= 1 && number <= LESSON_COUNT ? fallback[number - 1] : "?";
}

int debrief_lessons_arisen(const struct debrief *d)
{
    int n = 0;
    for (int k = 0; k < LESSON_COUNT; k++)
        n += d->lesson[k].arose;
    return n;
}


/* The operation's account as text/optext.h words it. */
static struct optext op_words(const struct db_op *op)
{
    struct optext w = {
        .seat = op->seat,
        .kind = op->kind,
        .covert = op->covert,
        .target = op->target,
        .aimed = op->aimed,
        .resolved = op->resolved,
        .success = op->success,
        .chance = op->chance,
        .roll = op->roll,
        .detected = op->detected,
        .detected_by = op->detected_by,
        .blamed = op->blamed,
        .attribution = op->attribution,
        .result = op->result,
    };
    return w;
}

const char *debrief_op_outcome(const struct db_op *op)
{
    struct optext w = op_words(op);
    return optext_outcome(&w);
}

const char *debrief_op_detection(const struct debrief *d, const struct db_op *op, char *buf,
                                 size_t n)
{
    struct optext w = op_words(op);
    return optext_detection(d->pub, &w, buf, n);
}

int debrief_op_line(const struct debrief *d, const struct db_op *op, char *buf, size_t n)
{
    struct optext w = op_words(op);
    return optext_line(d->pub, &w, buf, n);
}

/* ---- wording the terminal debrief and the reports share ---- */

const char *debrief_rule(int rule)
{
    return ai_rule_name(rule);
}

const char debrief_rating_rule[] =
    "Each objective that came up is rated on the critical task it names. Its hostile "
    "acts are the operations that succeeded or were caught, the insider networks and "
    "the leaks; a failed operation nobody saw is evidence but no threat. Each act "
    "scores 2 when it was detected and attributed to the right contingent (or found by "
    "a sweep or an audit), 1 when it was detected but not rightly attributed, 0 when "
    "nobody saw it. P: every act scored 2 (or there was none); S: at least half the "
    "points; M: some; U: none. Objective 7 is rated on the intelligence pool at the end "
    "against the start (P 100% or more, S 75%, M 50%, else U). More acts blamed on the "
    "wrong contingent than on the right one make it at best M; a mandate that ended in "
    "partial success caps every rating at S, a failed one at M.";

const char *debrief_outcome(const struct debrief *d)
{
    return words_outcome(d->outcome, d->collapsed);
}

const char *debrief_player(const struct debrief *d, int seat, char *buf, size_t n)
{
    const struct db_seat *s = &d->seat[seat];
    if (s->human)
        return db_fmt(buf, n, "%s (human team)", s->team);
    return db_fmt(buf, n, "AI - %s, %s", s->personality[0] ? s->personality : "scripted",
                  ai_level_name(s->level));
}

const char *debrief_against(const struct debrief *d, const struct db_op *op, char *buf, size_t n)
{
    struct optext w = op_words(op);
    return optext_against(d->pub, &w, buf, n);
}

const char *debrief_pct(int permille, char *buf, size_t n)
{
    char pct[16];
    if (permille < 0)
        return db_fmt(buf, n, "-");
    return db_fmt(buf, n, "%s%%", words_permille(permille, pct, sizeof pct));
}

const char *debrief_injects(const struct debrief *d, int t, char *buf, size_t n)
{
    buf[0] = '\0';
    if (t < 1 || t > d->turns)
        return buf;
    for (int i = 0; i < d->turn[t].ninjects; i++) {
        int k = d->turn[t].injects[i];
        if (k >= 0 && k < d->sc->ninjects)
            db_cat(buf, n, "%s%s", buf[0] ? "; " : "", d->sc->injects[k].title);
    }
    return buf;
}

const char *debrief_deadline(const struct debrief *d, int t, char *buf, size_t n)
{
    buf[0] = '\0';
    if (t < 1 || t > d->turns)
        return buf;
    for (int i = 0; i < d->nseats; i++) {
        int f = d->turn[t].flags[i];
        if (!(f & (RF_DRAFT_SUBMITTED | RF_ORDERS_BY_AI)))
            continue;
        db_cat(buf, n, "%s%s", buf[0] ? "; " : "At the deadline, ", debrief_seat(d, i));
        db_cat(buf, n, "%s", f & RF_ORDERS_BY_AI
                                 ? " gave nothing: its AI personality's orders were played"
                                 : "'s draft, not confirmed, was submitted");
    }
    return buf;
}

const char *debrief_question_source(const struct debrief *d, const struct db_question *q,
                                    char *buf, size_t n)
{
    if (q->lesson > 0)
        return db_fmt(buf, n, "Objective %d", q->lesson);
    if (q->order >= 0)
        return db_fmt(buf, n, "Order: %s", debrief_order(d, q->order));
    if (q->inject >= 0 && q->inject < d->sc->ninjects)
        return db_fmt(buf, n, "Inject: %s", d->sc->injects[q->inject].title);
    return db_fmt(buf, n, "-");
}
