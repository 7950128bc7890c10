/* report_json.c - the after-action report of a debrief as one JSON document
 * (format "mandate-report", version 1; its shape is in the README,
 * "After-action report"): the declassified debrief, a seat's own report or
 * the public record, as the debrief is. Seats are named by their scenario
 * ids, mission HQ by "hq"; numbers are integers (per-mille for chances). */
#include "report_json.h"

#include <stdio.h>

#include "../core/personality.h"
#include "../report/aar.h"
#include "../report/debrief.h"
#include "jbuild.h"

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
        jb_str(j, o, key, id);
    else
        jb_null(j, o, key);
}

static void order_ref(struct jb *j, cJSON *o, const char *key, int kind)
{
    if (kind >= 0 && kind < ORD_COUNT)
        jb_str(j, o, key, order_name(kind));
    else
        jb_null(j, o, key);
}

static void exercise(struct jb *j, cJSON *root, const struct debrief *d, const struct aar_meta *m)
{
    cJSON *x = jb_obj(j, root, "exercise");
    cJSON *sc = jb_obj(j, x, "scenario");
    jb_str(j, sc, "id", d->sc->id);
    jb_str(j, sc, "name", d->sc->name);
    jb_str(j, sc, "host", d->sc->host);
    jb_str(j, sc, "summary", d->sc->summary);
    char seed[32];
    snprintf(seed, sizeof seed, "%llu", (unsigned long long)d->seed);
    if (debrief_declassified(d) || d->ended) /* the seed would foretell the dice */
        jb_str(j, x, "seed", seed);
    else
        jb_null(j, x, "seed");
    jb_str(j, x, "started_at", d->started_at);
    jb_str(j, x, "saved_at", m && m->saved_at ? m->saved_at : "");
    jb_str(j, x, "source", m && m->source ? m->source : "");
    jb_str(j, x, "game_version", m && m->game_version ? m->game_version : "");
    jb_num(j, x, "turns_played", d->turns);
    jb_num(j, x, "turns", d->scheduled);
    char text[LONG_TEXT];
    jb_str(j, x, "scope", aar_scope(d, text, sizeof text));
    long elapsed = aar_elapsed(d, m);
    if (elapsed >= 0)
        jb_num(j, x, "duration_seconds", (double)elapsed);
    else
        jb_null(j, x, "duration_seconds");
    jb_bool(j, x, "ended", d->ended);
    jb_str(j, x, "outcome", outcome_name(d->outcome));
    jb_bool(j, x, "collapsed", d->collapsed);
    jb_num(j, x, "final_avg_stability", d->avg[d->npoints - 1]);
    jb_num(j, x, "final_min_stability", d->min[d->npoints - 1]);
    seat_ref(j, x, "winner", d, d->winner);
    jb_bool(j, x, "exact", d->exact);
}

static void seats(struct jb *j, cJSON *root, const struct debrief *d)
{
    cJSON *a = jb_arr(j, root, "seats");
    for (int i = 0; a && i < d->nseats; i++) {
        const struct db_seat *s = &d->seat[i];
        cJSON *o = jb_obj(j, a, NULL);
        jb_str(j, o, "id", d->sc->seats[i].id);
        jb_str(j, o, "name", d->sc->seats[i].name);
        jb_bool(j, o, "human", s->human);
        if (s->human)
            jb_str(j, o, "team", s->team);
        jb_str(j, o, "personality", s->personality);
        jb_str(j, o, "level", ai_level_name(s->level));
        cJSON *mn = jb_obj(j, o, "mandate");
        jb_num(j, mn, "operations", s->mandate_ops);
        jb_num(j, mn, "stability_added", s->stability_added);
        jb_num(j, mn, "share_permille", s->mandate_permille);
        if (!debrief_score_known(d, i)) {
            jb_null(j, o, "national");
            jb_null(j, o, "covert");
            continue;
        }
        cJSON *n = jb_obj(j, o, "national");
        jb_num(j, n, "intel", s->national.intel);
        jb_num(j, n, "influence", s->national.influence);
        jb_num(j, n, "objectives", s->national.objectives);
        jb_num(j, n, "reputation", s->national.reputation);
        jb_num(j, n, "penalties", s->national.penalties);
        jb_num(j, n, "raw", s->national.raw);
        jb_num(j, n, "factor_permille", s->national.factor);
        jb_num(j, n, "total", s->national.total);
        if (!debrief_declassified(d) && i != d->viewer) {
            jb_null(j, o, "covert"); /* another's operations: not known */
            continue;
        }
        cJSON *c = jb_obj(j, o, "covert");
        jb_num(j, c, "operations", s->covert_ops);
        jb_num(j, c, "succeeded", s->covert_succeeded);
        jb_num(j, c, "detected", s->covert_detected);
        jb_num(j, c, "attributed", s->covert_attributed);
        jb_num(j, c, "detections_made", s->detections);
    }
}

static void objectives(struct jb *j, cJSON *root, const struct debrief *d)
{
    cJSON *a = jb_arr(j, root, "objectives");
    for (int k = 0; a && k < LESSON_COUNT; k++) {
        const struct db_lesson *L = &d->lesson[k];
        const struct lesson_def *def = debrief_lesson_def(d, L->number);
        cJSON *o = jb_obj(j, a, NULL);
        jb_num(j, o, "number", L->number);
        jb_str(j, o, "id", def ? def->id : "");
        jb_str(j, o, "title", debrief_lesson_title(d, L->number));
        jb_str(j, o, "statement", def ? def->statement : "");
        jb_str(j, o, "task", def ? def->task : "");
        jb_bool(j, o, "arose", L->arose);
        if (L->arose)
            jb_str(j, o, "rating", rating_letter(L->rating));
        else
            jb_null(j, o, "rating");
        jb_str(j, o, "rating_text", rating_text(L->rating));
        jb_num(j, o, "first_turn", L->first_turn);
        jb_num(j, o, "threats", L->threats);
        jb_num(j, o, "countered", L->countered);
        jb_num(j, o, "wrong", L->wrong);
        jb_str(j, o, "basis", L->basis);
        cJSON *ev = jb_arr(j, o, "evidence");
        for (int i = 0; ev && i < L->nev; i++) {
            const struct db_evidence *e = &L->ev[i];
            cJSON *x = jb_obj(j, ev, NULL);
            jb_num(j, x, "turn", e->turn);
            seat_ref(j, x, "seat", d, e->seat);
            seat_ref(j, x, "target", d, e->target);
            order_ref(j, x, "order", e->order);
            jb_bool(j, x, "threat", e->threat);
            jb_bool(j, x, "countered", e->countered);
            jb_bool(j, x, "wrong", e->wrong);
            jb_str(j, x, "text", e->text);
        }
        jb_num(j, o, "evidence_left_out", L->dropped);
        jb_str(j, o, "precedent", def ? def->precedent : "");
        jb_str(j, o, "source", def ? def->source : "");
        cJSON *q = jb_arr(j, o, "questions");
        for (int i = 0; def && q && i < def->nquestions; i++)
            jb_push_str(j, q, def->questions[i]);
    }
}

static void points(struct jb *j, cJSON *root, const char *key, const struct db_point *p, int n)
{
    cJSON *a = jb_arr(j, root, key);
    for (int i = 0; a && i < n; i++) {
        cJSON *o = jb_obj(j, a, NULL);
        if (p[i].lesson)
            jb_num(j, o, "objective", p[i].lesson);
        else
            jb_null(j, o, "objective");
        jb_str(j, o, "text", p[i].text);
    }
}

static void plan(struct jb *j, cJSON *root, const struct debrief *d)
{
    cJSON *a = jb_arr(j, root, "improvement_plan");
    for (int i = 0; a && i < d->nplan; i++) {
        const struct db_plan *p = &d->plan[i];
        cJSON *o = jb_obj(j, a, NULL);
        if (p->lesson)
            jb_num(j, o, "objective", p->lesson);
        else
            jb_null(j, o, "objective");
        jb_str(j, o, "issue", p->issue);
        jb_str(j, o, "action", p->action);
        jb_str(j, o, "element", element_name(p->element));
        jb_str(j, o, "responsible", p->responsible);
        jb_str(j, o, "responsible_party", ""); /* for the exercise's owners to fill in */
        jb_str(j, o, "start_date", "");
        jb_str(j, o, "completion_date", "");
    }
}

static void timeline(struct jb *j, cJSON *root, const struct debrief *d)
{
    cJSON *a = jb_arr(j, root, "timeline");
    for (int k = 0; a && k < d->nops; k++) {
        const struct db_op *op = &d->ops[k];
        cJSON *o = jb_obj(j, a, NULL);
        jb_num(j, o, "turn", op->turn);
        seat_ref(j, o, "seat", d, op->seat);
        order_ref(j, o, "order", op->kind);
        jb_str(j, o, "family", op->covert ? "covert" : "counter");
        seat_ref(j, o, "target", d, op->target);
        seat_ref(j, o, "aimed", d, op->aimed);
        jb_bool(j, o, "resolved", op->resolved);
        jb_bool(j, o, "success", op->success);
        if (op->covert) {
            jb_num(j, o, "chance", op->chance);
            jb_num(j, o, "roll", op->roll);
            jb_num(j, o, "detect_chance", op->detect_chance);
            jb_num(j, o, "detect_roll", op->detect_roll);
        }
        jb_bool(j, o, "detected", op->detected);
        seat_ref(j, o, "detected_by", d, op->detected_by);
        seat_ref(j, o, "blamed", d, op->blamed);
        jb_str(j, o, "attribution", attribution_name(op->attribution));
        jb_str(j, o, "result", op->result);
        if (op->reason >= 0)
            jb_str(j, o, "reason", d->reasons[op->reason].text);
    }
}

static void spying(struct jb *j, cJSON *root, const struct debrief *d)
{
    cJSON *a = jb_arr(j, root, "spying");
    for (int i = 0; a && i < d->nseats; i++)
        for (int t = 0; t < MAX_TARGETS; t++) {
            const struct db_cell *c = &d->spy[i][t];
            if (!c->ops)
                continue;
            cJSON *o = jb_obj(j, a, NULL);
            seat_ref(j, o, "from", d, i);
            seat_ref(j, o, "to", d, t);
            jb_num(j, o, "operations", c->ops);
            jb_num(j, o, "succeeded", c->succeeded);
            jb_num(j, o, "detected", c->detected);
            jb_num(j, o, "attributed", c->attributed);
        }
}

static void series_array(struct jb *j, cJSON *o, const char *key, const int *v, int n)
{
    cJSON *a = jb_arr(j, o, key);
    for (int t = 0; a && t < n; t++)
        jb_push_int(j, a, v[t]);
}

static void series(struct jb *j, cJSON *root, const struct debrief *d)
{
    cJSON *s = jb_obj(j, root, "series");
    int n = d->npoints, v[MAX_TURNS + 1];
    for (int t = 0; t < n; t++)
        v[t] = t;
    series_array(j, s, "turn", v, n);
    series_array(j, s, "avg_stability", d->avg, n);
    series_array(j, s, "min_stability", d->min, n);
    series_array(j, s, "pool", d->pool, n);
    series_array(j, s, "centralisation", d->centralisation, n);
    cJSON *sec = jb_obj(j, s, "stability");
    for (int k = 0; sec && k < d->nsectors; k++) {
        for (int t = 0; t < n; t++)
            v[t] = d->stability[t][k];
        series_array(j, sec, d->sc->sectors[k].id, v, n);
    }
    cJSON *rep = jb_obj(j, s, "reputation");
    for (int i = 0; rep && i < d->nseats; i++) {
        for (int t = 0; t < n; t++)
            v[t] = d->reputation[t][i];
        series_array(j, rep, d->sc->seats[i].id, v, n);
    }
    cJSON *tr = jb_obj(j, s, "trust");
    for (int a = 0; tr && a < d->nseats; a++) {
        cJSON *row = jb_obj(j, tr, d->sc->seats[a].id);
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
    cJSON *a = jb_arr(j, root, "reasons");
    for (int i = 0; a && i < d->nreasons; i++) {
        const struct db_reason *r = &d->reasons[i];
        cJSON *o = jb_obj(j, a, NULL);
        jb_num(j, o, "turn", r->turn);
        seat_ref(j, o, "seat", d, r->seat);
        order_ref(j, o, "order", r->o.kind);
        jb_str(j, o, "rule", ai_rule_name(r->rule));
        jb_str(j, o, "text", r->text);
    }
}

static void questions(struct jb *j, cJSON *root, const struct debrief *d)
{
    cJSON *a = jb_arr(j, root, "questions");
    for (int i = 0; a && i < d->nquestions; i++) {
        const struct db_question *q = &d->questions[i];
        cJSON *o = jb_obj(j, a, NULL);
        if (q->lesson > 0) {
            jb_str(j, o, "source", "objective");
            jb_num(j, o, "objective", q->lesson);
        } else if (q->order >= 0) {
            jb_str(j, o, "source", "order");
            order_ref(j, o, "order", q->order);
        } else {
            jb_str(j, o, "source", "inject");
            jb_str(j, o, "inject",
                q->inject >= 0 && q->inject < d->sc->ninjects ? d->sc->injects[q->inject].id : "");
        }
        jb_str(j, o, "text", q->text);
    }
    a = jb_arr(j, root, "questions_shortlist");
    for (int i = 0; a && i < d->nshortlist; i++) {
        cJSON *o = jb_obj(j, a, NULL);
        jb_num(j, o, "question", d->shortlist[i]);
        jb_num(j, o, "score", d->questions[d->shortlist[i]].score);
        jb_str(j, o, "why", d->questions[d->shortlist[i]].why);
    }
}

/* A seat's secret objectives, as the game stands. */
static void secret_objectives(struct jb *j, cJSON *root, const struct debrief *d)
{
    cJSON *a = jb_arr(j, root, "secret_objectives");
    for (int k = 0; a && k < d->nobjectives; k++) {
        const struct objective_def *def = &d->sc->objectives[d->objectives[k]];
        cJSON *o = jb_obj(j, a, NULL);
        jb_str(j, o, "text", def->text);
        jb_num(j, o, "points", def->points);
        jb_bool(j, o, "met", d->seat[d->viewer].national.done[k]);
    }
}

/* What the viewer was told, turn by turn. */
static void record(struct jb *j, cJSON *root, const struct debrief *d)
{
    cJSON *a = jb_arr(j, root, "record");
    for (int i = 0; a && i < d->nnotes; i++) {
        const struct db_note *n = &d->notes[i];
        cJSON *o = jb_obj(j, a, NULL);
        jb_num(j, o, "turn", n->turn);
        jb_str(j, o, "event", event_name(n->kind));
        jb_bool(j, o, "own", n->own);
        jb_str(j, o, "text", n->text);
    }
    jb_num(j, root, "record_left_out", d->notes_dropped);
}

/* The controller's journal (the declassified report alone): every
 * facilitator action and note, and the orders not confirmed by their
 * players, week by week. */
static void journal_json(struct jb *j, cJSON *root, const struct debrief *d)
{
    char line[LONG_TEXT + 2 * NAME_LEN + 64];
    if (!debrief_has_journal(d))
        return;                  /* a game the facilitator never touched: as before */
    cJSON *o = jb_obj(j, root, "journal");
    cJSON *a = o ? jb_arr(j, o, "entries") : NULL;
    for (int i = 0; a && i < d->njournal; i++) {
        const struct fac_action *e = &d->journal[i];
        cJSON *it = jb_obj(j, a, NULL);
        jb_str(j, it, "at", e->at);
        jb_num(j, it, "week", e->week);
        jb_str(j, it, "action", fac_kind_name(e->kind));
        jb_bool(j, it, "undone", e->undone);
        jb_str(j, it, "text", debrief_journal_line(d, e, line, sizeof line));
    }
    cJSON *f = o ? jb_arr(j, o, "filled_in") : NULL;
    for (int t = 1; f && t <= d->turns; t++)
        for (int i = 0; i < d->nseats; i++) {
            if (!d->flags[t][i])
                continue;
            cJSON *it = jb_obj(j, f, NULL);
            jb_num(j, it, "week", t);
            seat_ref(j, it, "seat", d, i);
            for (int bit = 1; bit < 0x100; bit <<= 1)
                if ((d->flags[t][i] & bit) && record_flag_name(bit))
                    jb_bool(j, it, record_flag_name(bit), 1);
        }
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
    jb_str(&j, root, "format", "mandate-report");
    jb_num(&j, root, "version", 1);
    jb_str(&j, root, "view", view_name(d));
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
    if (debrief_declassified(d)) {
        questions(&j, root, d);
        journal_json(&j, root, d);
    }
    return jb_print(&j, root, JB_PRETTY);
}
