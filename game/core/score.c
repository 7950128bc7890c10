/* score.c - national scores and secret objectives. */
#include "score.h"

#include <string.h>

#include "game.h"
#include "internal.h"

int dossier_value(const struct game *g, int holder, int target, int cat)
{
    const struct rules *r = &g->cat->rules;
    const struct dossier *d = &g->seats[holder].dos[target][cat];
    if (d->turn < 0)
        return 0;
    int age = g->turn - d->turn;
    if (age >= r->dossier_max_age)
        return 0;
    return rules_category_weight(r, cat) * d->quality * (r->dossier_max_age - age)
           / r->dossier_max_age;
}

int objective_done(const struct game *g, int seat, int objective)
{
    const struct objective_def *o = &g->sc->objectives[objective];
    const struct seat *st = &g->seats[seat];
    switch (o->kind) {
    case OBJ_DOSSIERS_ON: {
        if (o->target < 0)
            return 0;
        int n = 0;
        for (int c = 0; c < DOS_COUNT; c++)
            n += dossier_fresh(g, seat, o->target, c);
        return n >= o->value;
    }
    case OBJ_INSIDER_IN:
        for (int k = 0; k < st->nins; k++)
            if (st->ins[k].target == o->target && st->ins[k].stage == STAGE_RECRUITED)
                return 1;
        return 0;
    case OBJ_INFLUENCE:
        return st->influence >= o->value;
    case OBJ_SECTOR_STABLE:
        return o->sector >= 0 && g->sectors[o->sector].stability >= o->value;
    case OBJ_CLEAN_HANDS:
        return st->attributed == 0;
    case OBJ_CENTRALISATION:
        return g->centralisation >= o->value;
    case OBJ_DECENTRALISED:
        return g->centralisation <= o->value;
    case OBJ_BACKDOOR_LIVE:
        for (int i = 0; i < g->neq; i++)
            if (g->eq[i].supplier == seat && g->eq[i].backdoor && !g->eq[i].discovered)
                return 1;
        return 0;
    case OBJ_TRUSTED_BY:
        return o->target >= 0 && o->target < g->nseats &&
               g->seats[o->target].trust[seat] >= o->value;
    default:
        return 0;
    }
}

void score_seat(const struct game *g, int seat, struct score *out)
{
    const struct rules *r = &g->cat->rules;
    const struct seat *st = &g->seats[seat];
    memset(out, 0, sizeof *out);
    for (int t = 0; t < MAX_TARGETS; t++) {
        if (t == seat || (t < MAX_SEATS && t >= g->nseats))
            continue;
        for (int c = 0; c < DOS_COUNT; c++)
            out->intel += dossier_value(g, seat, t, c);
    }
    out->intel = out->intel * r->score_intel_pct / 100;
    out->influence = st->influence * r->score_influence_pct / 100;
    for (int k = 0; k < st->nobjectives; k++) {
        out->done[k] = objective_done(g, seat, st->objectives[k]);
        if (out->done[k])
            out->objectives += g->sc->objectives[st->objectives[k]].points;
    }
    out->reputation = game_reputation(g, seat) * r->score_reputation_pct / 100;
    out->penalties = st->attributed * r->score_attributed_penalty
                   + st->blamed_falsely * r->score_false_blame_penalty;
    out->raw = out->intel + out->influence + out->objectives + out->reputation
             - out->penalties;
    if (out->raw < 0)
        out->raw = 0;
    int outcome = g->phase == PHASE_ENDED ? g->outcome : game_mandate_outcome(g);
    out->factor = outcome == OUT_SUCCESS   ? r->factor_success
                : outcome == OUT_PARTIAL ? r->factor_partial
                                         : r->factor_failure;
    out->total = out->raw * out->factor / 1000;
}

int score_winner(const struct game *g)
{
    int best = 0, best_total = -1;
    for (int i = 0; i < g->nseats; i++) {
        struct score s;
        score_seat(g, i, &s);
        if (s.total > best_total) {
            best_total = s.total;
            best = i;
        }
    }
    return best;
}
