/* session.c - a game with its controllers, record and history. */
#include "session.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/view.h"

static void *grow(void *p, int *cap, size_t item)
{
    int n = *cap ? *cap * 2 : 256;
    void *q = realloc(p, (size_t)n * item);
    if (!q)
        abort();                 /* out of memory: nothing sane to do */
    *cap = n;
    return q;
}

static void snapshot(struct session *s)
{
    struct history *h = s->hist;
    const struct game *g = &s->g;
    if (!h || h->nsnap > MAX_TURNS)
        return;
    int t = h->nsnap++;
    for (int k = 0; k < g->nsectors; k++) {
        h->stability[t][k] = g->sectors[k].stability;
        h->threat[t][k] = g->sectors[k].threat;
    }
    for (int a = 0; a < g->nseats; a++)
        for (int b = 0; b < g->nseats; b++)
            h->trust[t][a][b] = a == b ? 0 : g->seats[a].trust[b];
    h->avg[t] = game_avg_stability(g);
    h->pool[t] = g->pool;
}

static void keep_events(struct session *s)
{
    struct history *h = s->hist;
    if (!h)
        return;
    for (int k = 0; k < s->g.nevents; k++) {
        if (h->nevents >= h->cap)
            h->events = grow(h->events, &h->cap, sizeof *h->events);
        h->events[h->nevents++] = s->g.events[k];
    }
}

void session_init(struct session *s, const struct scenario *sc,
                  const struct pub *pub, const struct personality_set *ps,
                  uint64_t seed)
{
    memset(s, 0, sizeof *s);
    game_init(&s->g, sc, pub, seed);
    for (int i = 0; i < sc->nseats; i++) {
        const struct personality *p = personality_find(ps, sc->seats[i].personality);
        s->ctl[i].p = p ? p : (ps && ps->n ? &ps->p[0] : NULL);
        s->ctl[i].level = AI_STANDARD;
        ai_mind_init(&s->ctl[i].mind);
    }
}

void session_keep_history(struct session *s)
{
    if (s->hist)
        return;
    s->hist = calloc(1, sizeof *s->hist);
    if (!s->hist)
        abort();
    snapshot(s);
    keep_events(s);              /* the first brief */
}

void session_free(struct session *s)
{
    if (!s || !s->hist)
        return;
    free(s->hist->events);
    free(s->hist->reasons);
    free(s->hist);
    s->hist = NULL;
}

/* The AI of seat decides this week's orders into out: from its view
 * (with the injects' texts only when it writes reasons, which may quote
 * an inject; the decision is the same either way) and the generator of
 * (seed, week, seat), so that it decides the same whichever seats decided
 * before it, and whenever. */
static int ai_decide_seat(struct session *s, int seat, int reasons, struct ai_choice *out,
                          int max)
{
    struct seat_ctl *c = &s->ctl[seat];
    struct view *v = &s->ai_view;
    if (reasons)
        view_build(&s->g, seat, v);
    else
        view_build_lean(&s->g, seat, v);
    struct rng r;
    rng_derive(&r, s->g.seed, s->g.turn, seat);
    return ai_decide(v, c->p, c->level, &r, &c->mind, out, max, reasons);
}

int session_ai_turn(struct session *s, int seat, struct ai_choice *out, int max)
{
    struct ai_choice local[MAX_ORDERS];
    int reasons = out != NULL || s->hist != NULL;
    if (!out || max > MAX_ORDERS) {
        out = local;
        max = MAX_ORDERS;
    }
    int n = s->ctl[seat].p ? ai_decide_seat(s, seat, reasons, out, max) : 0;
    struct order o[MAX_ORDERS];
    for (int i = 0; i < n; i++)
        o[i] = out[i].o;
    if (!game_submit(&s->g, seat, o, n, NULL, 0))
        game_submit(&s->g, seat, o, 0, NULL, 0);   /* never: the AI checks */
    struct history *h = s->hist;
    for (int i = 0; h && i < n; i++) {
        if (h->nreasons >= h->rcap)
            h->reasons = grow(h->reasons, &h->rcap, sizeof *h->reasons);
        struct reason *r = &h->reasons[h->nreasons++];
        r->turn = s->g.turn;
        r->seat = seat;
        r->o = out[i].o;
        r->rule = out[i].rule;
        memcpy(r->text, out[i].reason, sizeof r->text);
    }
    return n;
}

void session_ai_all(struct session *s)
{
    for (int i = 0; i < s->g.nseats; i++)
        if (!s->ctl[i].human && !s->g.confirmed[i])
            session_ai_turn(s, i, NULL, 0);
}

void session_resolve(struct session *s)
{
    struct game *g = &s->g;
    if (g->phase != PHASE_ORDERS || s->nturns >= MAX_TURNS)
        return;
    struct turn_record *t = &s->turns[s->nturns];
    memset(t, 0, sizeof *t);
    for (int i = 0; i < g->nseats; i++) {
        int n = g->confirmed[i] ? g->norders[i] : 0;
        t->norders[i] = (uint8_t)n;
        memcpy(t->orders[i], g->orders[i], sizeof(struct order) * (size_t)n);
    }
    game_resolve(g);
    t->checksum = game_checksum(g);
    s->nturns++;
    keep_events(s);
    snapshot(s);
}

void session_play_out(struct session *s)
{
    while (s->g.phase == PHASE_ORDERS) {
        session_ai_all(s);
        session_resolve(s);
    }
}

int session_apply_turn(struct session *s, const struct turn_record *t,
                       char *why, int whylen)
{
    struct game *g = &s->g;
    /* every seat's list is checked before any is submitted: a refused
     * turn leaves the game as it was */
    for (int i = 0; i < g->nseats; i++) {
        char reason[160];
        if (!game_check_orders(g, i, t->orders[i], t->norders[i], reason, sizeof reason)) {
            if (why && whylen > 0)
                snprintf(why, (size_t)whylen, "%s, %s", g->sc->seats[i].id, reason);
            return 0;
        }
    }
    for (int i = 0; i < g->nseats; i++)
        game_submit(g, i, t->orders[i], t->norders[i], NULL, 0);
    return 1;
}

/* Keeps the reasons of seat's n choices in the history. */
static void replay_reasons(struct session *s, int seat,
                           const struct ai_choice *out, int n)
{
    struct history *h = s->hist;
    for (int i = 0; h && i < n; i++) {
        if (h->nreasons >= h->rcap)
            h->reasons = grow(h->reasons, &h->rcap, sizeof *h->reasons);
        struct reason *r = &h->reasons[h->nreasons++];
        r->turn = s->g.turn;
        r->seat = seat;
        r->o = out[i].o;
        r->rule = out[i].rule;
        memcpy(r->text, out[i].reason, sizeof r->text);
    }
}

int session_replay_turn(struct session *s, const struct turn_record *t,
                        char *why, int whylen)
{
    struct game *g = &s->g;
    if (g->phase != PHASE_ORDERS || s->nturns >= MAX_TURNS) {
        if (why && whylen > 0)
            snprintf(why, (size_t)whylen, "the game has ended");
        return 0;
    }
    for (int i = 0; i < g->nseats; i++) {
        struct seat_ctl *c = &s->ctl[i];
        if (c->human || !c->p)
            continue;
        struct ai_choice out[MAX_ORDERS];
        int n = ai_decide_seat(s, i, s->hist != NULL, out, MAX_ORDERS);
        int same = n == t->norders[i];
        for (int k = 0; same && k < n; k++)
            same = memcmp(&out[k].o, &t->orders[i][k], sizeof out[k].o) == 0;
        if (same)
            replay_reasons(s, i, out, n);
    }
    if (!session_apply_turn(s, t, why, whylen))
        return 0;
    session_resolve(s);
    return 1;
}
