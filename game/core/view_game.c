/* view_game.c - a game consistent with one seat's view (view_game.h):
 * view.c's copies run backwards, from the view's names to the game's. */
#include "view_game.h"

#include <string.h>

/* The dossier the seat holds on other's category, fresh or stale, or NULL. */
static const struct dossier *held(const struct view *v, int other, int cat)
{
    const struct dossier *d = &v->me.dos[other][cat];
    return d->turn >= 0 ? d : NULL;
}

/* Action points of another contingent: its procedures dossier, else ours. */
static int believed_ap(const struct view *v, int other)
{
    const struct dossier *d = held(v, other, DOS_PROCEDURES);
    return d && d->est[2] > 0 ? d->est[2] : v->me.ap;
}

static void make_book(struct scenario *sc, const struct view *v, const struct view_game_guess *guess)
{
    const struct pub *pub = v->pub;
    sc->id[0] = sc->name[0] = sc->host[0] = sc->summary[0] = 0;
    sc->turns = v->turns;
    sc->nsectors = v->nsectors;
    sc->nseats = v->nseats;
    for (int s = 0; s < v->nsectors; s++) {
        struct sector_def *d = &sc->sectors[s];
        memset(d, 0, sizeof *d);
        d->population = pub->sectors[s].population;
        d->stability = v->sectors[s].stability;
        d->threat = v->sectors[s].threat;
        d->neighbours = pub->sectors[s].neighbours;
        d->features = pub->sectors[s].features;
        d->deployed = v->sectors[s].deployed;
    }
    for (int i = 0; i < v->nseats; i++) {
        struct contingent_def *c = &sc->seats[i];
        memset(c, 0, sizeof *c);
        c->ap = i == v->seat ? v->me.ap : believed_ap(v, i);
        memcpy(c->caps, v->me.caps, sizeof c->caps);
        c->comms = v->me.comms;
        c->influence = i == v->seat ? v->me.influence : guess->influence;
        /* trust heals towards where it is now: its start is not public */
        for (int k = 0; k < v->nseats; k++)
            c->trust[k] = v->trust[i][k];
    }
    sc->centralisation = v->centralisation;
    sc->net_security = v->net_security;
    sc->pool = v->pool;
    sc->drift = guess->drift;
    sc->success_avg = pub->success_avg;
    sc->success_min = pub->success_min;
    sc->partial_avg = pub->partial_avg;
    sc->collapse_floor = pub->collapse_floor;
    sc->ninjects = 0;
    sc->nobjectives = v->nobjectives;
    for (int k = 0; k < v->nobjectives; k++) {
        const struct view_objective *o = &v->objectives[k];
        struct objective_def *d = &sc->objectives[k];
        d->owner = v->seat;
        d->kind = o->kind;
        d->target = o->target;
        d->sector = o->sector;
        d->value = o->value;
        d->points = o->points;
        d->text[0] = 0;
        sc->seats[v->seat].objectives[k] = k;
    }
    sc->seats[v->seat].nobjectives = v->nobjectives;
    memset(&sc->coach, 0, sizeof sc->coach);
}

/* The seat's own state, field by field from its view (the names are
 * struct seat's, as view.h promises). */
static void copy_self(struct seat *st, const struct view_self *me)
{
    st->ap = me->ap;
    st->ap_bonus = me->ap_bonus;
    memcpy(st->caps, me->caps, sizeof st->caps);
    st->comms = me->comms;
    st->influence = me->influence;
    for (int j = 0; j < MAX_SEATS; j++)
        st->trust[j] = (int8_t)me->trust[j];
    st->share = me->share;
    st->hardened = me->hardened;
    st->compartment = me->compartment;
    st->swept = me->swept;
    st->false_flag = me->false_flag;
    st->canary_until = me->canary_until;
    st->pact_offer = me->pact_offer;
    st->pact_offer_turn = me->pact_offer_turn;
    st->pacts = me->pacts;
    st->taps = me->taps;
    memcpy(st->dos, me->dos, sizeof st->dos);
    memcpy(st->ins, me->ins, sizeof st->ins);
    st->nins = me->nins;
    memcpy(st->imp, me->imp, sizeof st->imp);
    st->nimp = me->nimp;
    for (int j = 0; j < MAX_SEATS; j++)
        st->evidence[j] = (int16_t)me->evidence[j];
}

void view_game(struct game *g, struct scenario *book, const struct view *v,
               const struct view_game_guess *guess)
{
    make_book(book, v, guess);
    game_init(g, book, v->pub, 0);
    g->turn = v->turn;
    g->phase = PHASE_ORDERS;
    g->nevents = 0;
    g->events_dropped = 0;
    for (int s = 0; s < v->nsectors; s++) {
        g->sectors[s].stability = v->sectors[s].stability;
        g->sectors[s].threat = v->sectors[s].threat;
        g->sectors[s].deployed = v->sectors[s].deployed;
    }
    g->centralisation = v->centralisation;
    g->net_security = v->net_security;
    g->pool = v->pool;
    g->incidents = v->incidents;
    g->neq = v->neq;
    for (int k = 0; k < v->neq; k++) {
        const struct view_equipment *e = &v->eq[k];
        g->eq[k] = (struct equipment){ e->supplier, e->since, e->backdoor, e->discovered,
                                       e->user };
    }
    for (int i = 0; i < v->nseats; i++) {
        struct seat *st = &g->seats[i];
        if (i == v->seat) {
            copy_self(st, &v->me);
            continue;
        }
        st->share = v->c[i].share;
        st->pacts = v->c[i].pacts;
        st->evidence[v->seat] = guess->evidence ? guess->evidence[i] : 0;
        for (int k = 0; k < v->nseats; k++)
            st->trust[k] = v->trust[i][k];
    }
}
