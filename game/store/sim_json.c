/* sim_json.c - the summary of a batch of AI-vs-AI games as JSON. */
#include "sim_json.h"

#include <inttypes.h>
#include <stdio.h>

#include "../core/personality.h"
#include "../session/sim.h"
#include "jbuild.h"

/* key: sum/n with two decimals, as a number. */
static void mean(struct jb *j, cJSON *o, const char *key, long sum, long n)
{
    char buf[32];
    jb_raw(j, o, key, sim_mean(buf, sizeof buf, sum, n, 2));
}

/* key: {"ORDER": count, ...} for every covert order, in the engine's order. */
static void covert(struct jb *j, cJSON *o, const char *key, const long count[ORD_COUNT])
{
    cJSON *c = jb_obj(j, o, key);
    for (int k = 0; k < ORD_COUNT; k++)
        if (order_family(k) == FAM_COVERT)
            jb_num(j, c, order_name(k), count[k]);
}

/* The detection counts of t into o. */
static void detected(struct jb *j, cJSON *o, const struct sim_tally *t)
{
    jb_num(j, o, "operations_exposed", t->exposed);
    jb_num(j, o, "detections_made", t->detections);
    jb_num(j, o, "times_attributed", t->attributed);
}

static void tally(struct jb *j, cJSON *parent, const char *key, const struct sim_tally *t)
{
    cJSON *o = jb_obj(j, parent, key);
    jb_num(j, o, "seat_games", t->seats);
    mean(j, o, "mean_score", t->score, t->seats);
    jb_num(j, o, "wins", t->wins);
    jb_num(j, o, "covert_ops", t->covert_total);
    covert(j, o, "covert", t->covert);
    detected(j, o, t);
}

static void contingents(struct jb *j, cJSON *root, const struct sim *m)
{
    cJSON *a = jb_arr(j, root, "contingents");
    for (int i = 0; i < m->sc->nseats; i++) {
        const struct sim_tally *t = &m->seat[i];
        cJSON *o = jb_obj(j, a, NULL);
        jb_str(j, o, "id", m->sc->seats[i].id);
        jb_str(j, o, "personality", m->seat_p[i] ? m->seat_p[i]->id : "");
        jb_str(j, o, "level", ai_level_name(m->seat_level[i]));
        mean(j, o, "mean_score", t->score, t->seats);
        jb_num(j, o, "wins", t->wins);
        jb_num(j, o, "covert_ops", t->covert_total);
        detected(j, o, t);
    }
}

char *sim_json(const struct sim *m)
{
    struct jb j = {1};
    cJSON *root = cJSON_CreateObject();
    if (!root)
        return NULL;
    jb_str(&j, root, "scenario", m->sc->id);
    jb_num(&j, root, "games", m->games);
    char seed[24];
    snprintf(seed, sizeof seed, "%" PRIu64, m->seed);
    jb_raw(&j, root, "seed", seed);
    cJSON *o = jb_obj(&j, root, "mandate");
    jb_num(&j, o, "success", m->outcome[OUT_SUCCESS]);
    jb_num(&j, o, "partial", m->outcome[OUT_PARTIAL]);
    jb_num(&j, o, "failure", m->outcome[OUT_FAILURE]);
    contingents(&j, root, m);
    covert(&j, root, "covert", m->covert);
    jb_num(&j, root, "detections", m->detections);
    o = jb_obj(&j, root, "attribution");
    jb_num(&j, o, "right", m->attrib[ATTR_RIGHT]);
    jb_num(&j, o, "wrong", m->attrib[ATTR_WRONG]);
    jb_num(&j, o, "unknown", m->attrib[ATTR_UNKNOWN]);
    mean(&j, root, "mean_final_stability", m->final_stability, m->games);
    o = jb_obj(&j, root, "personalities");
    for (int i = 0; i < m->ps->n; i++)
        if (m->pers[i].seats)
            tally(&j, o, m->ps->p[i].id, &m->pers[i]);
    o = jb_obj(&j, root, "levels");
    for (int i = 0; i < AI_LEVEL_COUNT; i++)
        if (m->level[i].seats)
            tally(&j, o, ai_level_name(i), &m->level[i]);
    return jb_print(&j, root, JB_LINE);
}
