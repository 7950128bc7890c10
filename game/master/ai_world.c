/* ai_world.c - the worlds a seat can believe in, built from its view
 * alone: the game consistent with it (core/view_game.h), then what the
 * view hides drawn from what its dossiers estimate, the mission's
 * published figures, or, where it knows nothing, its own figures. It
 * never sees the game: its only input is the seat's view. */
#include "ai_master.h"

#include <string.h>

#include "../core/view.h"
#include "../core/view_game.h"

/* Stability every sector loses a week: the scenario's drift is not
 * public, so the master assumes a middling one. */
#define AIW_DRIFT 6

/* Influence of a contingent it knows nothing of: the middle of 0..100,
 * give or take. */
#define AIW_INFLUENCE 50
#define AIW_INFLUENCE_SPREAD 15

/* Who a partner may be when nobody says: a guardian, a collector, a
 * partner of the mandate, or a mix of the five personalities of assets/ai.
 * Each world draws one for each other seat (aiw_sample). */
static const struct personality believed[AIW_BELIEFS] = {
    { .id = "believed_guardian", .name = "a wary partner",
      .w_mandate = 60, .w_collection = 20, .w_security = 95, .w_influence = 20,
      .risk = 15, .grudge = 50, .honesty = 85, .share = 1 },
    { .id = "believed_collector", .name = "a collector",
      .w_mandate = 40, .w_collection = 90, .w_security = 45, .w_influence = 50,
      .risk = 55, .grudge = 55, .honesty = 40, .share = 0 },
    { .id = "believed_partner", .name = "a partner of the mandate",
      .w_mandate = 85, .w_collection = 20, .w_security = 40, .w_influence = 40,
      .risk = 25, .grudge = 25, .honesty = 80, .share = 2 },
    { .id = "believed_mix", .name = "a partner of middling appetites",
      .w_mandate = 57, .w_collection = 47, .w_security = 49, .w_influence = 47,
      .risk = 38, .grudge = 40, .honesty = 64, .share = 1 },
};

const struct personality *aiw_believe(struct rng *r)
{
    return &believed[rng_below(r, AIW_BELIEFS)];
}

static int clampw(int x, int lo, int hi)
{
    return x < lo ? lo : x > hi ? hi : x;
}

/* The dossier the seat holds on other's category, fresh or stale, or NULL. */
static const struct dossier *known(const struct view *v, int other, int cat)
{
    const struct dossier *d = &v->me.dos[other][cat];
    return d->turn >= 0 ? d : NULL;
}

void aiw_base(struct game *g, struct scenario *sc, const struct view *v,
              const struct ai_mind *m)
{
    const struct view_game_guess guess = { AIW_DRIFT, AIW_INFLUENCE, m->blamed_by };
    view_game(g, sc, v, &guess);
}

/* A level (0..5) or a percentage estimated by d's estimate idx, drawn
 * within its error (a level is off by one at the lowest quality). */
static int draw_estimate(const struct dossier *d, int idx, int percent, struct rng *r)
{
    int e = percent ? d->err : d->quality <= 1;
    int x = d->est[idx] + (e ? rng_range(r, -e, e) : 0);
    return percent ? clampw(x, 0, 100) : clampw(x, 0, 5);
}

/* One capability of other: the dossier that estimates it, else cat's
 * published figures (counter-intelligence), else ours give or take one. */
static int draw_cap(const struct view *v, int other, int c, struct rng *r)
{
    const struct dossier *d = known(v, other, DOS_CAPABILITIES);
    if (d)
        return draw_estimate(d, c, 0, r);
    if (c == CAP_COUNTERINTEL && (d = known(v, other, DOS_PROCEDURES)))
        return draw_estimate(d, 0, 0, r);
    if (c == CAP_SIGINT && (d = known(v, other, DOS_COMMUNICATIONS)))
        return draw_estimate(d, 1, 0, r);
    if (c == CAP_HUMINT && (d = known(v, other, DOS_PERSONNEL)))
        return draw_estimate(d, 0, 0, r);
    if (c == CAP_CYBER && (d = known(v, other, DOS_EQUIPMENT)))
        return draw_estimate(d, 2, 0, r);
    if (c == CAP_COUNTERINTEL && v->published.ci_hi >= 0)
        return rng_range(r, v->published.ci_lo, v->published.ci_hi);
    return clampw(v->me.caps[c] + rng_range(r, -1, 1), 0, 5);
}

void aiw_sample(struct game *g, const struct view *v, struct rng *r)
{
    for (int i = 0; i < v->nseats; i++) {
        if (i == v->seat)
            continue;
        struct seat *st = &g->seats[i];
        for (int c = 0; c < CAP_COUNT; c++)
            st->caps[c] = draw_cap(v, i, c, r);
        const struct dossier *d = known(v, i, DOS_COMMUNICATIONS);
        if (d)
            st->comms = draw_estimate(d, 0, 1, r);
        else if (v->published.comms_hi >= 0)
            st->comms = rng_range(r, v->published.comms_lo, v->published.comms_hi);
        else
            st->comms = v->me.comms;
        st->influence = clampw(AIW_INFLUENCE + rng_range(r, -AIW_INFLUENCE_SPREAD,
                                                          AIW_INFLUENCE_SPREAD), 0, 100);
    }
    rng_seed(&g->rng, rng_next(r), 1);
    rng_seed(&g->rng_text, 0, 3);
}
