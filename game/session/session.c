/* session.c - a game with its controllers, record and history. */
#include "session.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/view.h"
#include "../master/ai_master.h"
#include "session_int.h"

static void *grow(void *p, int *cap, size_t item)
{
    int n = *cap ? *cap * 2 : 256;
    void *q = realloc(p, (size_t)n * item);
    if (!q)
        abort();                 /* out of memory: nothing sane to do */
    *cap = n;
    return q;
}

static void state_of(const struct game *g, struct hist_state *st)
{
    memset(st, 0, sizeof *st);
    for (int i = 0; i < g->nseats; i++) {
        st->comms[i] = g->seats[i].comms;
        st->share[i] = g->seats[i].share;
        st->pacts[i] = g->seats[i].pacts;
        st->nobjectives[i] = g->seats[i].nobjectives;
        for (int k = 0; k < MAX_OBJECTIVES; k++)
            st->objectives[i][k] = g->seats[i].objectives[k];
    }
    st->centralisation = g->centralisation;
    st->net_security = g->net_security;
    st->pool = g->pool;
    st->incidents = g->incidents;
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
    state_of(g, &h->state[t]);
}

void session_keep_events(struct session *s, int from)
{
    struct history *h = s->hist;
    if (!h)
        return;
    for (int k = from < 0 ? 0 : from; k < s->g.nevents; k++) {
        if (h->nevents >= h->cap)
            h->events = grow(h->events, &h->cap, sizeof *h->events);
        h->events[h->nevents++] = s->g.events[k];
    }
}

/* session_init; keep_view: the AI's view buffer holds what its last
 * build left (session_again). */
static void init(struct session *s, const struct scenario *sc, const struct pub *pub,
                 const struct personality_set *ps, uint64_t seed, int keep_view)
{
    /* Cleared: what is live. Not the record's unused list slots, nor the
     * AI's view buffer (unbuilt: its first build clears it whole; or kept,
     * and a build clears only what the last one wrote); both are most of
     * a session's bytes, and a bench of many games would spend its time
     * clearing them. */
    memset(&s->ctl, 0, sizeof s->ctl);
    s->hist = NULL;
    s->lean = 0;
    if (!keep_view)
        s->ai_view.built = 0;
    game_init(&s->g, sc, pub, seed);
    s->ps = ps;
    record_init(&s->rec, sc->nseats, seed);
    for (int i = 0; i < sc->nseats; i++) {
        const struct personality *p = personality_find(ps, sc->seats[i].personality);
        s->ctl[i].p = p ? p : (ps && ps->n ? &ps->p[0] : NULL);
        s->ctl[i].level = AI_STANDARD;
        ai_mind_init(&s->ctl[i].mind);
    }
}

void session_init(struct session *s, const struct scenario *sc,
                  const struct pub *pub, const struct personality_set *ps,
                  uint64_t seed)
{
    init(s, sc, pub, ps, seed, 0);
}

void session_again(struct session *s, const struct scenario *sc, const struct pub *pub,
                   const struct personality_set *ps, uint64_t seed)
{
    init(s, sc, pub, ps, seed, 1);
}

void session_set_seat(struct session *s, int seat, int human, const struct personality *p,
                      int level)
{
    if (seat < 0 || seat >= s->g.nseats)
        return;
    s->ctl[seat].human = human != 0;
    s->ctl[seat].p = p;
    s->ctl[seat].level = level >= 0 && level < AI_LEVEL_COUNT ? level : AI_STANDARD;
}

void session_lean(struct session *s, uint64_t kinds)
{
    s->lean = 1;
    game_keep_events(&s->g, AI_EVENT_KINDS | kinds);
}

void session_keep_history(struct session *s)
{
    s->lean = 0;
    game_keep_events(&s->g, EVENT_KINDS_ALL);
    if (s->hist)
        return;
    s->hist = calloc(1, sizeof *s->hist);
    if (!s->hist)
        abort();
    snapshot(s);
    session_keep_events(s, 0);   /* the first brief */
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

const struct record *session_record(struct session *s)
{
    session_record_into(s, &s->rec);
    return &s->rec;
}

void session_record_into(const struct session *s, struct record *r)
{
    const struct game *g = &s->g;
    r->nseats = g->nseats;
    for (int i = 0; i < g->nseats; i++) {
        const struct seat_ctl *c = &s->ctl[i];
        struct record_seat *rs = &r->seats[i];
        rs->human = (uint8_t)(c->human != 0);
        rs->level = (int8_t)c->level;
        rs->think = c->mind.think;
        snprintf(rs->personality, sizeof rs->personality, "%s", c->p ? c->p->id : "");
        if (g->phase == PHASE_ORDERS && c->human && g->confirmed[i])
            record_set_pending(r, i, g->orders[i], g->norders[i]);
        else
            record_clear_pending(r, i);
    }
}

void session_keep_reasons(struct session *s, int seat, const struct ai_choice *out, int n)
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

/* session_ai_decide; same_week: s->ai_view holds another seat's view of
 * the game as it stands (session_ai_all), whose public part is kept. */
static int decide(struct session *s, int seat, const struct view *v, int reasons,
                  struct ai_choice *out, int max, int same_week)
{
    struct seat_ctl *c = &s->ctl[seat];
    if (!c->p)
        return 0;
    if (!v) {
        /* with the injects' texts only when it writes reasons, which may
         * quote an inject; the decision is the same either way. The
         * buffer: unbuilt (session_init) or built by the last decision */
        view_rebuild(&s->g, seat, &s->ai_view,
                     (reasons ? 0 : VIEW_LEAN) | (same_week ? VIEW_SAME_WEEK : 0));
        v = &s->ai_view;
    }
    /* the generator of (seed, week, seat): it decides the same whichever
     * seats decided before it, and whenever */
    struct rng r;
    rng_derive(&r, s->g.seed, s->g.turn, seat);
    if (c->level == AI_MASTER)   /* looks ahead (game/master) */
        return ai_master_decide(v, c->p, c->mind.think, &r, &c->mind, out, max, reasons);
    return ai_decide(v, c->p, c->level, &r, &c->mind, out, max, reasons);
}

int session_ai_decide(struct session *s, int seat, const struct view *v, int reasons,
                      struct ai_choice *out, int max)
{
    return decide(s, seat, v, reasons, out, max, 0);
}

/* The AI's orders into the game, confirmed, and its reasons kept. */
static int ai_confirm(struct session *s, int seat, const struct view *v, struct ai_choice *out,
                      int max, int reasons, int same_week)
{
    int n = decide(s, seat, v, reasons, out, max, same_week);
    struct order o[MAX_ORDERS];
    for (int i = 0; i < n; i++)
        o[i] = out[i].o;
    /* Not checked again: the AI kept only what view_check_orders accepted
     * on a view of this game as it stands, the check game_submit makes. */
    if (s->g.phase == PHASE_ORDERS)
        game_store_orders(&s->g, seat, o, n);
    session_keep_reasons(s, seat, out, n);
    return n;
}

/* session_ai_turn, same_week as in decide. */
static int ai_turn(struct session *s, int seat, struct ai_choice *out, int max, int same_week)
{
    struct ai_choice local[MAX_ORDERS];
    int reasons = out != NULL || s->hist != NULL;
    if (!out || max > MAX_ORDERS) {
        out = local;
        max = MAX_ORDERS;
    }
    return ai_confirm(s, seat, NULL, out, max, reasons, same_week);
}

int session_ai_turn(struct session *s, int seat, struct ai_choice *out, int max)
{
    return ai_turn(s, seat, out, max, 0);
}

int session_ai_play(struct session *s, int seat, const struct view *v)
{
    struct ai_choice out[MAX_ORDERS];
    return ai_confirm(s, seat, v, out, MAX_ORDERS, s->hist != NULL, 0);
}

void session_ai_all(struct session *s)
{
    /* one week's public part for every seat: between decisions the game
     * changes only in the orders the last seat confirmed */
    int same_week = 0;
    for (int i = 0; i < s->g.nseats; i++)
        if (!s->ctl[i].human && !s->g.confirmed[i]) {
            ai_turn(s, i, NULL, 0, same_week);
            same_week |= s->ctl[i].p != NULL;   /* it built its view */
        }
}

void session_resolve_flagged(struct session *s, const uint8_t *flags)
{
    struct game *g = &s->g;
    if (g->phase != PHASE_ORDERS || s->rec.nturns >= MAX_TURNS)
        return;
    struct record_turn *t = &s->rec.turns[s->rec.nturns];
    memset(t, 0, sizeof *t);
    for (int i = 0; i < g->nseats; i++) {
        int n = g->confirmed[i] ? g->norders[i] : 0;
        t->norders[i] = (uint8_t)n;
        t->flags[i] = flags ? (uint8_t)(flags[i] & RF_ALL) : 0;
        memcpy(t->orders[i], g->orders[i], sizeof(struct order) * (size_t)n);
        record_clear_pending(&s->rec, i);
    }
    game_resolve(g);
    t->checksum = s->lean ? 0 : game_checksum(g);
    s->rec.nturns++;
    session_keep_events(s, 0);
    snapshot(s);
}

void session_resolve(struct session *s)
{
    session_resolve_flagged(s, NULL);
}

void session_play_out(struct session *s)
{
    while (s->g.phase == PHASE_ORDERS) {
        session_ai_all(s);
        session_resolve(s);
    }
}

int session_apply_turn(struct session *s, const struct record_turn *t,
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
    for (int i = 0; i < g->nseats; i++)   /* checked above */
        game_store_orders(g, i, t->orders[i], t->norders[i]);
    return 1;
}
