/* sim.c - a batch of AI-vs-AI games summed up. */
#include "sim.h"

#include <stdio.h>
#include <string.h>

#include "../core/score.h"

void sim_init(struct sim *m, const struct scenario *sc, const struct personality_set *ps,
              uint64_t seed)
{
    memset(m, 0, sizeof *m);
    m->sc = sc;
    m->ps = ps;
    m->seed = seed;
}

void sim_turn(struct sim *m, const struct session *s)
{
    const struct record_turn *t = &s->rec.turns[s->rec.nturns - 1];
    for (int i = 0; i < s->g.nseats; i++)
        for (int k = 0; k < t->norders[i]; k++) {
            int kind = t->orders[i][k].kind;
            if (order_family(kind) == FAM_COVERT) {
                m->game_covert[i][kind]++;
                m->covert[kind]++;
            }
        }
    for (int k = 0; k < s->g.nevents; k++) {
        const struct event *e = &s->g.events[k];
        if (e->kind == EV_INCIDENT) {
            m->detections++;
            if (e->outcome > 0 && e->outcome < ATTR_COUNT)
                m->attrib[e->outcome]++;
        }
    }
}

static void add_tally(struct sim_tally *t, const struct score *sc, int won,
                      const struct seat *st, const long covert[ORD_COUNT])
{
    t->seats++;
    t->score += sc->total;
    t->wins += won;
    for (int k = 0; k < ORD_COUNT; k++) {
        t->covert[k] += covert[k];
        t->covert_total += covert[k];
    }
    t->exposed += st->blown;
    t->detections += st->detected_against;
    t->attributed += st->attributed;
    const long parts[SIM_PARTS] = {sc->intel, sc->influence, sc->objectives, sc->reputation,
                                   sc->penalties};
    for (int k = 0; k < SIM_PARTS; k++)
        t->parts[k] += parts[k];
}

void sim_game(struct sim *m, const struct session *s)
{
    const struct game *g = &s->g;
    m->games++;
    m->outcome[g->outcome]++;
    m->final_stability += game_avg_stability(g);
    /* every seat scored once; the winner from those scores, as
     * score_winner finds it (the first highest above -1, else seat 0) */
    struct score scores[MAX_SEATS];
    int win = 0, best = -1;
    for (int i = 0; i < g->nseats; i++) {
        score_seat(g, i, &scores[i]);
        if (scores[i].total > best) {
            best = scores[i].total;
            win = i;
        }
    }
    for (int i = 0; i < g->nseats; i++) {
        const struct score *sc = &scores[i];
        const struct seat_ctl *c = &s->ctl[i];
        const long *covert = m->game_covert[i];
        add_tally(&m->seat[i], sc, i == win, &g->seats[i], covert);
        if (c->p)
            add_tally(&m->pers[c->p - m->ps->p], sc, i == win, &g->seats[i], covert);
        add_tally(&m->level[c->level], sc, i == win, &g->seats[i], covert);
        m->seat_p[i] = c->p;
        m->seat_level[i] = c->level;
    }
    memset(m->game_covert, 0, sizeof m->game_covert);
}

void sim_play(struct sim *m, struct session *s, const struct sim_setup *st, long gi,
              int keep)
{
    (keep & SIM_AGAIN ? session_again : session_init)(s, st->sc, st->pub, st->ps,
                                                       st->seed + (uint64_t)gi);
    keep &= ~SIM_AGAIN;
    for (int i = 0; i < s->g.nseats; i++)
        s->ctl[i].mind.think = st->think;
    for (int k = 0; k < st->nai; k++) {
        s->ctl[st->ai_seat[k]].p = st->ai_p[k];
        if (st->ai_level[k] >= 0)
            s->ctl[st->ai_seat[k]].level = st->ai_level[k];
    }
    if (keep == SIM_HISTORY)
        session_keep_history(s);
    else if (keep == SIM_LEAN)
        session_lean(s, EVENT_KIND(EV_INCIDENT));   /* sim_turn's */
    while (s->g.phase == PHASE_ORDERS) {
        session_ai_all(s);
        session_resolve(s);
        sim_turn(m, s);
    }
    sim_game(m, s);
}

void sim_shard_range(const struct sim_shard *sh, long *lo, long *hi)
{
    long long g = sh->games_total;
    *lo = (long)(g * (sh->index - 1) / sh->of);
    *hi = (long)(g * sh->index / sh->of);
}

static void tally_add(struct sim_tally *into, const struct sim_tally *from)
{
    into->seats += from->seats;
    into->score += from->score;
    into->wins += from->wins;
    for (int k = 0; k < ORD_COUNT; k++)
        into->covert[k] += from->covert[k];
    into->covert_total += from->covert_total;
    into->exposed += from->exposed;
    into->detections += from->detections;
    into->attributed += from->attributed;
    for (int k = 0; k < SIM_PARTS; k++)
        into->parts[k] += from->parts[k];
}

void sim_add(struct sim *into, const struct sim *from)
{
    into->games += from->games;
    for (int k = 0; k < OUT_COUNT; k++)
        into->outcome[k] += from->outcome[k];
    into->final_stability += from->final_stability;
    for (int k = 0; k < ORD_COUNT; k++)
        into->covert[k] += from->covert[k];
    into->detections += from->detections;
    for (int k = 0; k < ATTR_COUNT; k++)
        into->attrib[k] += from->attrib[k];
    for (int i = 0; i < MAX_SEATS; i++)
        tally_add(&into->seat[i], &from->seat[i]);
    for (int i = 0; i < MAX_PERSONALITIES; i++)
        tally_add(&into->pers[i], &from->pers[i]);
    for (int i = 0; i < AI_LEVEL_COUNT; i++)
        tally_add(&into->level[i], &from->level[i]);
    if (from->games)
        for (int i = 0; i < MAX_SEATS; i++) {
            into->seat_p[i] = from->seat_p[i];
            into->seat_level[i] = from->seat_level[i];
        }
}

const char *sim_mean(char *buf, size_t size, long sum, long n, int decimals)
{
    static const long scale[] = {1, 10, 100, 1000, 10000};
    if (decimals < 0 || decimals > 4)
        decimals = 2;
    if (n <= 0) {
        sum = 0;
        n = 1;
    }
    long f = scale[decimals];
    int neg = sum < 0;
    long v = ((neg ? -sum : sum) * f + n / 2) / n;
    if (decimals)
        snprintf(buf, size, "%s%ld.%0*ld", neg ? "-" : "", v / f, decimals, v % f);
    else
        snprintf(buf, size, "%s%ld", neg ? "-" : "", v);
    return buf;
}
