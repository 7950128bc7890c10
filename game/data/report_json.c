/* report_json.c - the after-action report of a debrief as one JSON document
 * (format "mandate-report", version 1; its shape is in the README,
 * "After-action report"): the declassified debrief, a seat's own report or
 * the public record, as the debrief is. Seats are named by their scenario
 * ids, mission HQ by "hq"; numbers are integers (per-mille for chances). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "../ai/ai.h"
#include "../report/aar.h"
#include "../report/debrief.h"
#include "report_data.h"

/* Builders that remember a failed allocation in *ok and go on. */
struct jb {
    int ok;
};

static cJSON *obj(struct jb *j, cJSON *parent, const char *key)
{
    cJSON *o = cJSON_CreateObject();
    if (!o || (key ? !cJSON_AddItemToObject(parent, key, o) : !cJSON_AddItemToArray(parent, o))) {
        cJSON_Delete(o);
        j->ok = 0;
        return NULL;
    }
    return o;
}

static cJSON *arr(struct jb *j, cJSON *parent, const char *key)
{
    cJSON *a = cJSON_CreateArray();
    if (!a || !cJSON_AddItemToObject(parent, key, a)) {
        cJSON_Delete(a);
        j->ok = 0;
        return NULL;
    }
    return a;
}

static void num(struct jb *j, cJSON *o, const char *key, int v)
{
    if (o && !cJSON_AddNumberToObject(o, key, v))
        j->ok = 0;
}

static void str(struct jb *j, cJSON *o, const char *key, const char *v)
{
    if (o && !cJSON_AddStringToObject(o, key, v ? v : ""))
        j->ok = 0;
}

static void boolean(struct jb *j, cJSON *o, const char *key, int v)
{
    if (o && !cJSON_AddBoolToObject(o, key, v))
        j->ok = 0;
}

static void null(struct jb *j, cJSON *o, const char *key)
{
    if (o && !cJSON_AddNullToObject(o, key))
        j->ok = 0;
}

static void push_int(struct jb *j, cJSON *a, int v)
{
    cJSON *n = cJSON_CreateNumber(v);
    if (!a || !n || !cJSON_AddItemToArray(a, n)) {
        cJSON_Delete(n);
        j->ok = 0;
    }
}

static void push_str(struct jb *j, cJSON *a, const char *v)
{
    cJSON *n = cJSON_CreateString(v);
    if (!a || !n || !cJSON_AddItemToArray(a, n)) {
        cJSON_Delete(n);
        j->ok = 0;
    }
}

static const char *seat_id(const struct debrief *d, int s)
{
    if (s == TARGET_HQ)
        return "hq";
    return s >= 0 && s < d->nseats ? d->sc->seats[s].id : NULL;
}

/* A seat id, "hq", or null. */
static void seat_ref(struct jb *j, cJSON *o, const char *key, const struct debrief *d, int s)
{
    const char *id = seat_id(d, s);
    if (id)
        str(j, o, key, id);
    else
        null(j, o, key);
}

static void order_ref(struct jb *j, cJSON *o, const char *key, int kind)
{
    if (kind >= 0 && kind < ORD_COUNT)
        str(j, o, key, order_name(kind));
    else
        null(j, o, key);
}

static void exercise(struct jb *j, cJSON *root, const struct debrief *d, const struct aar_meta *m)
{
    cJSON *x = obj(j, root, "exercise");
    cJSON *sc = obj(j, x, "scenario");
    str(j, sc, "id", d->sc->id);
    str(j, sc, "name", d->sc->name);
    str(j, sc, "host", d->sc->host);
    str(j, sc, "summary", d->sc->summary);
    char seed[32];
    snprintf(seed, sizeof seed, "%llu", (unsigned long long)d->seed);
    if (debrief_declassified(d) || d->ended) /* the seed would foretell the dice */
        str(j, x, "seed", seed);
    else
        null(j, x, "seed");
    str(j, x, "started_at", d->started_at);
    str(j, x, "saved_at", m && m->saved_at ? m->saved_at : "");
    str(j, x, "source", m && m->source ? m->source : "");
    str(j, x, "game_version", m && m->game_version ? m->game_version : "");
    num(j, x, "turns_played", d->turns);
    num(j, x, "turns", d->scheduled);
    boolean(j, x, "ended", d->ended);
    str(j, x, "outcome", outcome_name(d->outcome));
    boolean(j, x, "collapsed", d->collapsed);
    num(j, x, "final_avg_stability", d->avg[d->npoints - 1]);
    num(j, x, "final_min_stability", d->min[d->npoints - 1]);
    seat_ref(j, x, "winner", d, d->winner);
    boolean(j, x, "exact", d->exact);
}

static void seats(struct jb *j, cJSON *root, const struct debrief *d)
{
    cJSON *a = arr(j, root, "seats");
    for (int i = 0; a && i < d->nseats; i++) {
        const struct db_seat *s = &d->seat[i];
        cJSON *o = obj(j, a, NULL);
        str(j, o, "id", d->sc->seats[i].id);
        str(j, o, "name", d->sc->seats[i].name);
        boolean(j, o, "human", s->human);
        str(j, o, "personality", s->personality);
        str(j, o, "level", ai_level_name(s->level));
        cJSON *mn = obj(j, o, "mandate");
        num(j, mn, "operations", s->mandate_ops);
        num(j, mn, "stability_added", s->stability_added);
        num(j, mn, "share_permille", s->mandate_permille);
        if (!debrief_score_known(d, i)) {
            null(j, o, "national");
            null(j, o, "covert");
            continue;
        }
        cJSON *n = obj(j, o, "national");
        num(j, n, "intel", s->national.intel);
        num(j, n, "influence", s->national.influence);
        num(j, n, "objectives", s->national.objectives);
        num(j, n, "reputation", s->national.reputation);
        num(j, n, "penalties", s->national.penalties);
        num(j, n, "raw", s->national.raw);
        num(j, n, "factor_permille", s->national.factor);
        num(j, n, "total", s->national.total);
        if (!debrief_declassified(d) && i != d->viewer) {
            null(j, o, "covert"); /* another's operations: not known */
            continue;
        }
        cJSON *c = obj(j, o, "covert");
        num(j, c, "operations", s->covert_ops);
        num(j, c, "succeeded", s->covert_succeeded);
        num(j, c, "detected", s->covert_detected);
        num(j, c, "attributed", s->covert_attributed);
        num(j, c, "detections_made", s->detections);
    }
}

static void objectives(struct jb *j, cJSON *root, const struct debrief *d)
{
    cJSON *a = arr(j, root, "objectives");
    for (int k = 0; a && k < LESSON_COUNT; k++) {
        const struct db_lesson *L = &d->lesson[k];
        const struct lesson_def *def = debrief_lesson_def(d, L->number);
        cJSON *o = obj(j, a, NULL);
        num(j, o, "number", L->number);
        str(j, o, "id", def ? def->id : "");
        str(j, o, "title", debrief_lesson_title(d, L->number));
        str(j, o, "statement", def ? def->statement : "");
        str(j, o, "task", def ? def->task : "");
        boolean(j, o, "arose", L->arose);
        if (L->arose)
            str(j, o, "rating", rating_letter(L->rating));
        else
            null(j, o, "rating");
        str(j, o, "rating_text", rating_text(L->rating));
        num(j, o, "first_turn", L->first_turn);
        num(j, o, "threats", L->threats);
        num(j, o, "countered", L->countered);
        num(j, o, "wrong", L->wrong);
        str(j, o, "basis", L->basis);
        cJSON *ev = arr(j, o, "evidence");
        for (int i = 0; ev && i < L->nev; i++) {
            const struct db_evidence *e = &L->ev[i];
            cJSON *x = obj(j, ev, NULL);
            num(j, x, "turn", e->turn);
            seat_ref(j, x, "seat", d, e->seat);
            seat_ref(j, x, "target", d, e->target);
            order_ref(j, x, "order", e->order);
            boolean(j, x, "threat", e->threat);
            boolean(j, x, "countered", e->countered);
            boolean(j, x, "wrong", e->wrong);
            str(j, x, "text", e->text);
        }
        num(j, o, "evidence_left_out", L->dropped);
        str(j, o, "precedent", def ? def->precedent : "");
        str(j, o, "source", def ? def->source : "");
        cJSON *q = arr(j, o, "questions");
        for (int i = 0; def && q && i < def->nquestions; i++)
            push_str(j, q, def->questions[i]);
    }
}

static void points(struct jb *j, cJSON *root, const char *key, const struct db_point *p, int n)
{
    cJSON *a = arr(j, root, key);
    for (int i = 0; a && i < n; i++) {
        cJSON *o = obj(j, a, NULL);
        if (p[i].lesson)
            num(j, o, "objective", p[i].lesson);
        else
            null(j, o, "objective");
        str(j, o, "text", p[i].text);
    }
}

static void plan(struct jb *j, cJSON *root, const struct debrief *d)
{
    cJSON *a = arr(j, root, "improvement_plan");
    for (int i = 0; a && i < d->nplan; i++) {
        const struct db_plan *p = &d->plan[i];
        cJSON *o = obj(j, a, NULL);
        if (p->lesson)
            num(j, o, "objective", p->lesson);
        else
            null(j, o, "objective");
        str(j, o, "issue", p->issue);
        str(j, o, "action", p->action);
        str(j, o, "element", element_name(p->element));
        str(j, o, "responsible", p->responsible);
    }
}

static void timeline(struct jb *j, cJSON *root, const struct debrief *d)
{
    cJSON *a = arr(j, root, "timeline");
    for (int k = 0; a && k < d->nops; k++) {
        const struct db_op *op = &d->ops[k];
        cJSON *o = obj(j, a, NULL);
        num(j, o, "turn", op->turn);
        seat_ref(j, o, "seat", d, op->seat);
        order_ref(j, o, "order", op->kind);
        str(j, o, "family", op->covert ? "covert" : "counter");
        seat_ref(j, o, "target", d, op->target);
        seat_ref(j, o, "aimed", d, op->aimed);
        boolean(j, o, "resolved", op->resolved);
        boolean(j, o, "success", op->success);
        if (op->covert) {
            num(j, o, "chance", op->chance);
            num(j, o, "roll", op->roll);
            num(j, o, "detect_chance", op->detect_chance);
            num(j, o, "detect_roll", op->detect_roll);
        }
        boolean(j, o, "detected", op->detected);
        seat_ref(j, o, "detected_by", d, op->detected_by);
        seat_ref(j, o, "blamed", d, op->blamed);
        str(j, o, "attribution", attribution_name(op->attribution));
        str(j, o, "result", op->result);
        if (op->reason >= 0)
            str(j, o, "reason", d->reasons[op->reason].text);
    }
}

static void spying(struct jb *j, cJSON *root, const struct debrief *d)
{
    cJSON *a = arr(j, root, "spying");
    for (int i = 0; a && i < d->nseats; i++)
        for (int t = 0; t < MAX_TARGETS; t++) {
            const struct db_cell *c = &d->spy[i][t];
            if (!c->ops)
                continue;
            cJSON *o = obj(j, a, NULL);
            seat_ref(j, o, "from", d, i);
            seat_ref(j, o, "to", d, t);
            num(j, o, "operations", c->ops);
            num(j, o, "succeeded", c->succeeded);
            num(j, o, "detected", c->detected);
            num(j, o, "attributed", c->attributed);
        }
}

static void series_array(struct jb *j, cJSON *o, const char *key, const int *v, int n)
{
    cJSON *a = arr(j, o, key);
    for (int t = 0; a && t < n; t++)
        push_int(j, a, v[t]);
}

static void series(struct jb *j, cJSON *root, const struct debrief *d)
{
    cJSON *s = obj(j, root, "series");
    int n = d->npoints, v[MAX_TURNS + 1];
    for (int t = 0; t < n; t++)
        v[t] = t;
    series_array(j, s, "turn", v, n);
    series_array(j, s, "avg_stability", d->avg, n);
    series_array(j, s, "min_stability", d->min, n);
    series_array(j, s, "pool", d->pool, n);
    series_array(j, s, "centralisation", d->centralisation, n);
    cJSON *sec = obj(j, s, "stability");
    for (int k = 0; sec && k < d->nsectors; k++) {
        for (int t = 0; t < n; t++)
            v[t] = d->stability[t][k];
        series_array(j, sec, d->sc->sectors[k].id, v, n);
    }
    cJSON *rep = obj(j, s, "reputation");
    for (int i = 0; rep && i < d->nseats; i++) {
        for (int t = 0; t < n; t++)
            v[t] = d->reputation[t][i];
        series_array(j, rep, d->sc->seats[i].id, v, n);
    }
    cJSON *tr = obj(j, s, "trust");
    for (int a = 0; tr && a < d->nseats; a++) {
        cJSON *row = obj(j, tr, d->sc->seats[a].id);
        for (int b = 0; row && b < d->nseats; b++) {
            if (a == b)
                continue;
            for (int t = 0; t < n; t++)
                v[t] = d->trust[t][a][b];
            series_array(j, row, d->sc->seats[b].id, v, n);
        }
    }
}

static void reasons(struct jb *j, cJSON *root, const struct debrief *d)
{
    cJSON *a = arr(j, root, "reasons");
    for (int i = 0; a && i < d->nreasons; i++) {
        const struct db_reason *r = &d->reasons[i];
        cJSON *o = obj(j, a, NULL);
        num(j, o, "turn", r->turn);
        seat_ref(j, o, "seat", d, r->seat);
        order_ref(j, o, "order", r->o.kind);
        str(j, o, "rule", ai_rule_name(r->rule));
        str(j, o, "text", r->text);
    }
}

static void questions(struct jb *j, cJSON *root, const struct debrief *d)
{
    cJSON *a = arr(j, root, "questions");
    for (int i = 0; a && i < d->nquestions; i++) {
        const struct db_question *q = &d->questions[i];
        cJSON *o = obj(j, a, NULL);
        if (q->lesson > 0) {
            str(j, o, "source", "objective");
            num(j, o, "objective", q->lesson);
        } else if (q->order >= 0) {
            str(j, o, "source", "order");
            order_ref(j, o, "order", q->order);
        } else {
            str(j, o, "source", "inject");
            str(j, o, "inject",
                q->inject >= 0 && q->inject < d->sc->ninjects ? d->sc->injects[q->inject].id : "");
        }
        str(j, o, "text", q->text);
    }
}

/* A seat's secret objectives, as the game stands. */
static void secret_objectives(struct jb *j, cJSON *root, const struct debrief *d)
{
    cJSON *a = arr(j, root, "secret_objectives");
    for (int k = 0; a && k < d->nobjectives; k++) {
        const struct objective_def *def = &d->sc->objectives[d->objectives[k]];
        cJSON *o = obj(j, a, NULL);
        str(j, o, "text", def->text);
        num(j, o, "points", def->points);
        boolean(j, o, "met", d->seat[d->viewer].national.done[k]);
    }
}

/* What the viewer was told, turn by turn. */
static void record(struct jb *j, cJSON *root, const struct debrief *d)
{
    cJSON *a = arr(j, root, "record");
    for (int i = 0; a && i < d->nnotes; i++) {
        const struct db_note *n = &d->notes[i];
        cJSON *o = obj(j, a, NULL);
        num(j, o, "turn", n->turn);
        str(j, o, "event", event_name(n->kind));
        boolean(j, o, "own", n->own);
        str(j, o, "text", n->text);
    }
    num(j, root, "record_left_out", d->notes_dropped);
}

/* Whose document: "all", a seat id, or "public". */
static const char *view_name(const struct debrief *d)
{
    if (debrief_declassified(d))
        return "all";
    return d->viewer >= 0 ? d->sc->seats[d->viewer].id : "public";
}

char *report_json(const struct debrief *d, const struct aar_meta *meta)
{
    struct jb j = {1};
    cJSON *root = cJSON_CreateObject();
    if (!root)
        return NULL;
    str(&j, root, "format", "mandate-report");
    num(&j, root, "version", 1);
    str(&j, root, "view", view_name(d));
    exercise(&j, root, d, meta);
    seats(&j, root, d);
    if (debrief_declassified(d)) {
        objectives(&j, root, d);
        points(&j, root, "strengths", d->strengths, d->nstrengths);
        points(&j, root, "improvements", d->improvements, d->nimprovements);
        plan(&j, root, d);
    } else if (d->viewer >= 0) {
        secret_objectives(&j, root, d);
    }
    timeline(&j, root, d);
    if (!debrief_declassified(d))
        record(&j, root, d);
    spying(&j, root, d);
    series(&j, root, d);
    reasons(&j, root, d);
    if (debrief_declassified(d))
        questions(&j, root, d);
    char *text = j.ok ? cJSON_Print(root) : NULL;
    cJSON_Delete(root);
    if (!text)
        return NULL;
    size_t n = strlen(text);
    char *out = malloc(n + 2);
    if (out) {
        memcpy(out, text, n);
        out[n] = '\n';
        out[n + 1] = '\0';
    }
    cJSON_free(text);
    return out;
}
