/* internal.h - what the engine's own files share (game.c, dossier.c,
 * change.c, covert.c, resolve.c, score.c, odds.c, view.c, submit.c); not
 * for front ends. */
#ifndef MANDATE_INTERNAL_H
#define MANDATE_INTERNAL_H

#include "game.h"
#include "util.h"

/* The balance numbers of g's catalogue, and the definition of an order kind. */
#define R(g) (&(g)->cat->rules)
#define DEF(g, k) (&(g)->cat->orders[(k)])

/* A new event at the end of the log, of actor about target (seats, or
 * -1): no sector, order nor cause. */
static inline struct event *ev_put(struct game *g, int kind, unsigned audience, int actor,
                                   int target)
{
    struct event *e = &g->events[g->nevents++];
    struct event x = { .kind = (unsigned)kind, .turn = (unsigned)g->turn, .actor = actor,
                       .target = target, .sector = -1, .order = -1, .blamed = -1,
                       .audience = audience, .cause_seat = -1, .cause_arg = -1 };
    *e = x;
    return e;
}

/* ev_add's way for an event past the bound of a view's log (game.c). */
struct event *ev_add_slow(struct game *g, int kind, unsigned audience, int actor, int target);

/* An event of a kind not kept: counted where a view would have seen it. */
static inline struct event *ev_lose(struct game *g, unsigned audience)
{
    g->lost_all++;
    if (audience & AUDIENCE_PUBLIC)
        g->lost_public++;
    else
        for (unsigned a = audience; a; a &= a - 1)
            g->lost_seat[lowest_bit(a)]++;
    return NULL;
}

/* Appends an event of actor about target (seats, or -1) to the turn's
 * log, and returns it for its other fields; NULL (so that nothing more is
 * spent on it) when it is of a kind not kept, or dropped because the log
 * is full (and counted). Inline: a resolution adds one for many a seat
 * and target. */
static inline struct event *ev_add_by(struct game *g, int kind, unsigned audience, int actor,
                                      int target)
{
    if (g->events_seen >= MAX_VIEW_EVENTS)
        return ev_add_slow(g, kind, audience, actor, target);
    g->events_seen++;
    if (!(g->event_kinds & EVENT_KIND(kind)))
        return ev_lose(g, audience);
    return ev_put(g, kind, audience, actor, target);
}

/* The same, of no seat. */
static inline struct event *ev_add(struct game *g, int kind, unsigned audience)
{
    return ev_add_by(g, kind, audience, -1, -1);
}

/* Empties the log for a new resolution. */
void ev_reset(struct game *g);

/* Why a number changed (see CAUSE_LIST), and setting it on an event. */
struct cause {
    int kind, seat, arg;
};

static inline struct cause cause_of(int kind, int seat, int arg)
{
    struct cause c = { kind, seat, arg };
    return c;
}

static inline void ev_cause(struct event *e, struct cause c)
{
    struct event x = *e;         /* the three bit fields set in a register */
    x.cause = (unsigned)c.kind;
    x.cause_seat = c.seat;
    x.cause_arg = c.arg;
    *e = x;
}

/* Begins g->turn: action points, posture, injects, the brief (game.c). */
void turn_begin(struct game *g);

/* Gives the seat n objectives (indices into the scenario's). */
void seat_objectives(struct seat *st, const int *objectives, int n);

/* --- dossier.c --- */

/* Stores a dossier of quality q on target/category, with noisy estimates
 * drawn from the outcome stream. Keeps the better of old and new. */
void dossier_gain(struct game *g, int holder, int target, int cat, int quality);

/* 1 when the holder's dossier is fresh this turn (inline: the pact
 * partners' exchange asks it for every pair, target and category). */
static inline int held_fresh(const struct game *g, const struct dossier *d)
{
    int turn = d->turn;
    return turn >= 0 && g->turn - turn < R(g)->dossier_max_age;
}

/* The first turn of a dossier fresh now (never below 0, the turn of
 * none being -1): held_fresh is d->turn >= this. */
static inline int dossier_fresh_from(const struct game *g)
{
    int from = g->turn - R(g)->dossier_max_age + 1;
    return from > 0 ? from : 0;
}

static inline int dossier_fresh(const struct game *g, int holder, int target, int cat)
{
    return held_fresh(g, &g->seats[holder].dos[target][cat]);
}

/* --- change.c: a number changes for a cause, with its event --- */

/* who's trust in towards falls by amount (rises when negative), for c;
 * an event when it moved (inline: trust heals, and falls, pair by pair). */
static inline void trust_drop(struct game *g, int who, int towards, int amount, struct cause c)
{
    if (who == towards || amount == 0)
        return;
    struct seat *s = &g->seats[who];
    int old = s->trust[towards];
    int now = clampi(old - amount, 0, 100);
    if (now == old)
        return;
    s->trust[towards] = (int8_t)now;
    struct event *e = ev_add_by(g, EV_TRUST, AUDIENCE_PUBLIC, who, towards);
    if (e) {
        e->a = (int16_t)(now - old);
        e->b = (int16_t)now;
        ev_cause(e, c);
    }
}
/* A public incident (or finding) blamed on 'blamed' (or nobody, -1):
 * everyone's trust in it falls, the victim's most. */
void incident_fallout(struct game *g, int victim, int blamed, struct cause c);
/* The mission network's centralisation and security change. */
void network_change(struct game *g, int central, int security, struct cause c);
/* The shared intelligence pool changes by delta. */
void pool_change(struct game *g, int delta, struct cause c);
/* One of seat's own numbers (kind EV_INFLUENCE or EV_COMMS) changes by
 * delta: an event for the seat alone. */
void own_change(struct game *g, int seat, int kind, int delta, struct cause c);
/* A sector's stability or threat (kind EV_STABILITY, EV_THREAT) moved by
 * delta to now: a public event, when it moved (inline: every sector's,
 * every week). */
static inline void sector_event(struct game *g, int kind, int s, int delta, int now,
                                struct cause c)
{
    if (!delta)
        return;
    struct event *e = ev_add(g, kind, AUDIENCE_PUBLIC);
    if (e) {
        e->sector = (int8_t)s;
        e->a = (int16_t)delta;
        e->b = (int16_t)now;
        ev_cause(e, c);
    }
}

/* --- covert.c --- */

/* The resolution steps of a counter-intelligence order and of a covert
 * operation of seat. */
void covert_defend(struct game *g, int seat, const struct order *o);
void covert_run(struct game *g, int seat, const struct order *o);
/* Holder's insider network k is blown (found by its target's sweep, or
 * exposed beyond 100): attribution, fallout, a leak. */
void blow_insider(struct game *g, int holder, int k, int found_by_victim);
/* Dossiers from the mission database, by centralisation and sharing. */
void database_yield(struct game *g, int seat, int per_level);

#endif
