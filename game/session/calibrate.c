/* calibrate.c - shown odds against true odds over AI-vs-AI games. */
#include "calibrate.h"

#include <stdlib.h>
#include <string.h>

#include "../core/view.h"
#include "session.h"

/* One covert order waiting for its resolution. */
struct pending {
    int seat, kind, victim, used;
    struct odds_estimate est;
};

static void add(struct calib_sum *s, int shown, int truth, int ok)
{
    s->n++;
    s->shown += shown;
    s->truth += truth;
    s->success += ok;
}

/* The seats' covert orders of this turn with their shown estimates. */
static int collect(const struct session *s, struct view *v, struct pending *p, int max)
{
    const struct game *g = &s->g;
    int n = 0;
    for (int seat = 0; seat < g->nseats; seat++) {
        if (!g->confirmed[seat])
            continue;
        view_rebuild(g, seat, v, VIEW_LEAN);   /* v: calloc'd, then rebuilt */
        for (int k = 0; k < g->norders[seat] && n < max; k++) {
            const struct order *o = &g->orders[seat][k];
            if (order_family(o->kind) != FAM_COVERT)
                continue;
            p[n].seat = seat;
            p[n].kind = o->kind;
            p[n].victim = order_victim(o);
            p[n].used = 0;
            view_estimate(v, o, &p[n].est);
            n++;
        }
    }
    return n;
}

static void match(const struct game *g, struct pending *p, int n, struct calib *out)
{
    for (int k = 0; k < g->nevents; k++) {
        const struct event *e = &g->events[k];
        if (e->kind != EV_COVERT)
            continue;
        for (int i = 0; i < n; i++) {
            struct pending *x = &p[i];
            if (x->used || x->seat != e->actor || x->kind != e->order || x->victim != e->target)
                continue;
            x->used = 1;
            int shown = x->est.mid.success;
            int ok = e->outcome == 1;
            add(&out->all, shown, e->a, ok);
            add(x->est.guess ? &out->guessed : &out->known, shown, e->a, ok);
            int b = shown / (1000 / CALIB_BINS);
            add(&out->bin[b < CALIB_BINS ? b : CALIB_BINS - 1], shown, e->a, ok);
            out->in_range += e->a >= x->est.lo && e->a <= x->est.hi;
            out->detect_shown += odds_detection(&x->est.mid);
            out->detect_truth += e->c;
            out->detected += e->blamed != -2;
            break;
        }
    }
}

void calib_run(const struct scenario *sc, const struct pub *pub,
               const struct personality_set *ps, uint64_t seed, long min_decisions,
               int max_games, struct calib *out)
{
    memset(out, 0, sizeof *out);
    struct session *s = malloc(sizeof *s);
    struct view *v = calloc(1, sizeof *v);
    static const int max = MAX_SEATS * MAX_ORDERS;
    struct pending p[MAX_SEATS * MAX_ORDERS];
    for (int gi = 0; s && v && gi < max_games && out->all.n < min_decisions; gi++) {
        session_init(s, sc, pub, ps, seed + (uint64_t)gi);
        while (s->g.phase == PHASE_ORDERS) {
            session_ai_all(s);
            int n = collect(s, v, p, max);
            session_resolve(s);
            match(&s->g, p, n, out);
        }
        out->games++;
    }
    free(v);
    free(s);
}

int calib_mean(long sum, long n)
{
    return n ? (int)((sum + n / 2) / n) : 0;
}

int calib_mean_ok(const struct calib *c)
{
    int d = calib_mean(c->all.shown, c->all.n) - calib_mean(c->all.truth, c->all.n);
    return c->all.n > 0 && d <= CALIB_MEAN_TOLERANCE && d >= -CALIB_MEAN_TOLERANCE;
}

int calib_bin_ok(const struct calib *c, int b)
{
    const struct calib_sum *s = &c->bin[b];
    if (s->n < CALIB_BIN_MIN)
        return -1;
    int w = 1000 / CALIB_BINS;
    int seen = calib_mean(s->success * 1000, s->n);
    return seen >= b * w - CALIB_BIN_MARGIN && seen <= (b + 1) * w + CALIB_BIN_MARGIN;
}
