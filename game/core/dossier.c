/* dossier.c - intelligence dossiers: what a dossier of each category
 * estimates, a new one gained with its noisy estimates (and the canary
 * trap it may spring), and whether one is still fresh. */
#include <string.h>

#include "internal.h"

/* The largest value of each rule (world.h's ranges). */
#define X_HI(name, lo, hi) RULE_HI_##name = hi,
enum { RULE_LIST(X_HI) };
#undef X_HI

/* An estimate is a truth plus its error, never below 0: a percentage
 * with the rules' error at quality 1, a count (items installed, insider
 * networks, a seat's action points, at most MAX_ORDERS by the scenario
 * loader), or a level 0..5 off by one; each fits a dossier's estimate. */
_Static_assert(100 + RULE_HI_dossier_err_base <= DOSSIER_EST_MAX, "a percentage's estimate fits");
_Static_assert(MAX_TURNS <= 31 && sizeof(struct dossier) == 2 + CAP_COUNT,
               "a dossier's turn and quality share a byte");
_Static_assert(MAX_EQUIPMENT + 1 <= DOSSIER_EST_MAX && MAX_INSIDERS + 1 <= DOSSIER_EST_MAX &&
                   MAX_ORDERS + 1 <= DOSSIER_EST_MAX,
               "a count's estimate fits");

/* The true values a dossier estimates (see view.h for their meaning),
 * the others 0: each a number of the state, never below 0, which fits an
 * estimate (the asserts above). */
static void dossier_truth(const struct game *g, int target, int cat, uint8_t out[CAP_COUNT])
{
    memset(out, 0, CAP_COUNT);
    int items = 0, bad = 0;      /* equipment: the network's, or the target's gifts */
    for (int i = 0; cat == DOS_EQUIPMENT && i < g->neq; i++)
        if (target == TARGET_HQ ? g->eq[i].user < 0 : g->eq[i].supplier == target) {
            items++;
            bad += g->eq[i].backdoor;
        }
    if (target == TARGET_HQ) {
        switch (cat) {
        case DOS_COMMUNICATIONS: out[0] = (uint8_t)g->net_security; break;
        case DOS_EQUIPMENT: out[0] = (uint8_t)items; out[1] = (uint8_t)bad; break;
        case DOS_PROCEDURES: out[0] = (uint8_t)g->centralisation; out[1] = (uint8_t)g->pool; break;
        default: break;
        }
        return;
    }
    const struct seat *t = &g->seats[target];
    switch (cat) {
    case DOS_CAPABILITIES:
        for (int c = 0; c < CAP_COUNT; c++)
            out[c] = (uint8_t)t->caps[c];
        break;
    case DOS_EQUIPMENT:
        out[0] = (uint8_t)items; out[1] = (uint8_t)bad; out[2] = (uint8_t)t->caps[CAP_CYBER];
        break;
    case DOS_PROCEDURES:
        out[0] = (uint8_t)t->caps[CAP_COUNTERINTEL]; out[1] = (uint8_t)t->share;
        out[2] = (uint8_t)g->sc->seats[target].ap;
        break;
    case DOS_COMMUNICATIONS:
        out[0] = (uint8_t)t->comms; out[1] = (uint8_t)t->caps[CAP_SIGINT];
        break;
    case DOS_PERSONNEL:
        out[0] = (uint8_t)t->caps[CAP_HUMINT]; out[1] = (uint8_t)t->nins;
        break;
    default:
        break;
    }
}

/* How an estimate errs, by what it measures: a 0..100 measure by the
 * source's error, a 0..5 level by a point at the lowest quality, a count
 * not at all. See view.h for what each estimate is. As bits of the
 * estimates' indices, for a seat [0] or the mission HQ [1], by category. */
static const uint8_t est_percent[2][DOS_COUNT] = {
    [0] = { [DOS_COMMUNICATIONS] = 1u << 0 },
    [1] = { [DOS_COMMUNICATIONS] = 1u << 0, [DOS_PROCEDURES] = 1u << 1 },
};
static const uint8_t est_level[2][DOS_COUNT] = {
    [0] = { [DOS_CAPABILITIES] = (1u << CAP_COUNT) - 1, [DOS_EQUIPMENT] = 1u << 2,
            [DOS_PROCEDURES] = 1u << 0, [DOS_COMMUNICATIONS] = 1u << 1,
            [DOS_PERSONNEL] = 1u << 0 },
};

void dossier_gain(struct game *g, int holder, int target, int cat, int quality)
{
    if (holder == target || quality < 1)
        return;
    struct dossier *d = &g->seats[holder].dos[target][cat];
    /* A fresher or better source replaces the old estimate. */
    if (d->turn == g->turn && d->quality >= quality)
        return;
    int err = R(g)->dossier_err_base / quality;
    struct dossier x = { .turn = (int8_t)g->turn, .quality = (uint8_t)quality,
                         .err = (uint8_t)err };
    dossier_truth(g, target, cat, x.est);
    /* the noisy estimates, each drawn in the order of its index; at most
     * the asserts' error */
    int hq = target == TARGET_HQ;
    unsigned pct = err ? est_percent[hq][cat] : 0u, lvl = quality == 1 ? est_level[hq][cat] : 0u;
    for (unsigned noisy = pct | lvl; noisy; noisy &= noisy - 1) {
        int c = lowest_bit(noisy);
        int e = pct >> c & 1u ? err : 1;
        int v = x.est[c] + rng_range(&g->rng, -e, e);
        x.est[c] = (uint8_t)(v < 0 ? 0 : v);
    }
    *d = x;
    struct event *ev = ev_add_by(g, EV_DOSSIER, AUDIENCE_SEAT(holder), holder, target);
    if (ev) {
        ev->a = (int16_t)cat;
        ev->b = (int16_t)quality;
    }
    /* A canary trap marks what the victim's reports carry. */
    if (target != TARGET_HQ && g->seats[target].canary_until >= g->turn) {
        struct seat *v = &g->seats[target];
        ev_add_by(g, EV_CANARY, AUDIENCE_SEAT(target), target, holder);
        v->evidence[holder] += R(g)->canary_evidence;
        v->detected_against++;
        v->canary_until = -1;
    }
}
