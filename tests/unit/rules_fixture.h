/* rules_fixture.h - the shared fixture of the rules catalogue
 * (tests/RULES.md, tests/unit/test_rules_*.c): load a fixture scenario and
 * the order catalogue, pin every balance number to the test rule book
 * below (so that tuning assets/orders.json never moves a rule case; only a
 * rule change does), start a game, set state directly, submit orders and
 * find the events they produced. Header-only: every function is static
 * inline, so a test file uses what it needs. */
#ifndef MANDATE_RULES_FIXTURE_H
#define MANDATE_RULES_FIXTURE_H

#include "helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/game.h"
#include "core/odds.h"
#include "core/pub.h"
#include "core/score.h"
#include "core/submit.h"
#include "core/view.h"
#include "core/world.h"
#include "data/data.h"

#define FX_DIR MANDATE_ASSETS "/../tests/fixtures"
#define FX_TWO FX_DIR "/two_seats.json"
#define FX_EIGHT FX_DIR "/eight_seats.json"

/* Seats and sectors of two_seats.json. */
enum { AMBER = 0, BASALT = 1 };
enum { NORTH = 0, MILL = 1, SOUTH = 2 };
/* The first seats of eight_seats.json. */
enum { AUREL = 0, BRISA = 1, CORVO = 2, DELM = 3 };

struct fx {
    struct scenario *sc;         /* owned; tests may edit it before fx_start */
    struct pub pub;              /* its catalogue loaded, then pinned to the test
                                    book; the rest built from sc by fx_start */
    struct game g;
    struct view v;               /* scratch for view tests */
    char why[REASON_LEN];        /* the last refusal */
};

/* The test rule book: every number of the catalogue's "rules". The world
 * it describes is inert: no pool drift, no spoilers, no leaks, no insider
 * exposure; each test switches on and sets what it checks. */
static inline void fx_rule_book(struct rules *r)
{
    /* every rule starts unset (-1); fx_check_book fails on any left so,
     * so a rule added to the engine must be pinned here too */
#define X_UNSET(name, lo, hi) r->name = -1;
    RULE_LIST(X_UNSET)
#undef X_UNSET
    r->covert_base = 350;
    r->covert_per_skill = 100;
    r->covert_min = 50;
    r->covert_max = 950;
    r->defence_comms_div = 40;
    r->posture_defence = 1;
    r->dossier_bonus = 80;
    r->estimate_posture = 0;
    r->estimate_alert = 0;
    r->detect_base = 100;
    r->detect_per_ci = 80;
    r->detect_failed = 150;
    r->detect_min = 20;
    r->detect_max = 900;
    r->attrib_base = 300;
    r->attrib_per_ci = 80;
    r->attrib_evidence = 120;
    r->attrib_wrong = 400;
    r->trust_victim = 20;
    r->trust_others_min = 5;
    r->trust_others_max = 5;
    r->trust_recovery = 0;
    r->trust_idle = 0;
    r->pool_decay_pct = 0;
    r->share_tactical = 0;
    r->share_broad = 0;
    r->pool_div = 200;
    r->centralisation_eff = 25;
    r->centralise_support = 3;
    r->threat_div = 2;
    r->saturation = 0;
    r->spoiler_loss = 0;
    r->threat_rise_below = 0;
    r->threat_rise_chance = 0;
    r->threat_fall_above = 100;
    r->leak_chance = 0;
    r->leak_threat = 1;
    r->insider_exposure = 0;
    r->insider_blow_threat = 1;
    r->sweep_base = 150;
    r->sweep_per_ci = 100;
    r->sweep_detect = 0;
    r->audit_base = 200;
    r->audit_per_security = 30;
    r->compartment_penalty = 30;
    r->accuse_evidence_trust = 12;
    r->accuse_baseless_trust = 8;
    r->pact_trust = 10;
    r->investigation_base = 350;
    r->intercept_read_below = 50;
    r->retain_pool_loss = 0;
    r->dossier_max_age = 4;
    r->dossier_err_base = 0;
    r->weight_capabilities = 3;
    r->weight_equipment = 2;
    r->weight_procedures = 2;
    r->weight_communications = 4;
    r->weight_personnel = 3;
    r->score_intel_pct = 100;
    r->score_influence_pct = 50;
    r->score_reputation_pct = 30;
    r->score_attributed_penalty = 12;
    r->score_false_blame_penalty = 6;
    r->factor_success = 1000;
    r->factor_partial = 750;
    r->factor_failure = 400;
    r->evidence_cap = 3;
    r->canary_evidence = 2;
    r->false_flag_insight = 50;
    r->insider_reassure = 20;
    r->insider_fail_exposure = 15;
    r->breach_turns = 2;
    r->sweep_per_exposure = 3;
    r->investigation_per_security = 3;
    r->investigation_window = 2;
}

/* Fails unless every rule of the book is pinned and within its range. */
static inline void fx_check_book(const struct rules *r)
{
#define X_CHECK(name, lo, hi)                                                   \
    if (r->name < (lo) || r->name > (hi))                                       \
        fail_msg("rule book: %s = %d is unset or outside %d..%d", #name, r->name, \
                 (lo), (hi));
    RULE_LIST(X_CHECK)
#undef X_CHECK
}

/* Pins one order's numbers. */
static inline void fx_def(struct catalogue *cat, int kind, int cost, int cap, int min_cap,
                          int feature, int base, int threat, int success_mod, int detect_mod)
{
    struct order_def *d = &cat->orders[kind];
    d->cost = cost;
    d->capability = cap;
    d->min_capability = min_cap;
    d->feature = feature;
    d->base = base;
    d->threat = threat;
    d->success_mod = success_mod;
    d->detect_mod = detect_mod;
}

/* The test book's orders: cost, capability, minimum, feature, base,
 * threat, success and detection modifiers. */
static inline void fx_order_book(struct catalogue *c)
{
    fx_def(c, ORD_PATROL, 1, CAP_PATROL, 0, -1, 4, 0, 0, 0);
    fx_def(c, ORD_ESCORT, 2, CAP_PATROL, 0, -1, 7, 0, 0, 0);
    fx_def(c, ORD_DEMINE, 2, CAP_ENGINEERING, 1, -1, 6, -1, 0, 0);
    fx_def(c, ORD_MEDIATE, 1, -1, 0, -1, 4, 0, 0, 0);
    fx_def(c, ORD_REPAIR, 2, CAP_ENGINEERING, 0, -1, 7, 0, 0, 0);
    fx_def(c, ORD_MONITOR, 1, CAP_PATROL, 0, FEAT_CEASEFIRE, 3, -1, 0, 0);
    fx_def(c, ORD_MEDICAL, 1, CAP_MEDICAL, 1, -1, 4, 0, 0, 0);
    fx_def(c, ORD_JOINT, 2, CAP_PATROL, 0, -1, 8, -1, 0, 0);
    fx_def(c, ORD_SHARE, 1, -1, 0, -1, 0, 0, 0, 0);
    fx_def(c, ORD_CONTRIBUTE, 2, -1, 0, -1, 8, 0, 0, 0);
    fx_def(c, ORD_CENTRALISE, 1, -1, 0, -1, 1, 0, 0, 0);
    fx_def(c, ORD_OBSERVE, 1, CAP_HUMINT, 0, -1, 0, 0, 150, -30);
    fx_def(c, ORD_INTERCEPT, 2, CAP_SIGINT, 1, -1, 0, 0, 0, 0);
    fx_def(c, ORD_INSIDER, 2, CAP_HUMINT, 1, -1, 0, 0, -50, 20);
    fx_def(c, ORD_INTRUDE, 2, CAP_CYBER, 1, -1, 120, 0, -50, 0);
    fx_def(c, ORD_BACKDOOR, 2, CAP_CYBER, 1, -1, 0, 0, 100, -50);
    fx_def(c, ORD_RETAIN, 2, CAP_PATROL, 1, -1, 0, 0, 200, -50);
    fx_def(c, ORD_COURT, 1, -1, 0, -1, 6, 0, 300, -80);
    fx_def(c, ORD_FALSE_FLAG, 2, -1, 1, -1, 0, 0, 0, 0);
    fx_def(c, ORD_HARDEN, 1, -1, 0, -1, 8, 0, 0, 0);
    fx_def(c, ORD_SWEEP, 2, CAP_COUNTERINTEL, 0, -1, 0, 0, 0, 0);
    fx_def(c, ORD_COMPARTMENT, 1, -1, 0, -1, 0, 0, 0, 0);
    fx_def(c, ORD_CANARY, 1, CAP_COUNTERINTEL, 1, -1, 3, 0, 0, 0);
    fx_def(c, ORD_AUDIT, 2, -1, 0, -1, 0, 0, 0, 0);
    fx_def(c, ORD_ACCUSE, 1, -1, 0, -1, 0, 0, 0, 0);
    fx_def(c, ORD_PACT, 1, -1, 0, -1, 0, 0, 0, 0);
    fx_def(c, ORD_INVESTIGATE, 1, -1, 0, -1, 0, 0, 0, 0);
    fx_def(c, ORD_RESPOND, 0, -1, 0, -1, 0, 0, 0, 0);
}

static inline void fx_show(const struct errlist *e)
{
    for (int i = 0; i < e->n; i++)
        print_message("# %s\n", e->line[i]);
}

/* Loads a fixture scenario (FX_TWO, FX_EIGHT) and assets/orders.json, pins
 * the numbers to the test book, drops the scenario's injects (a test that
 * needs injects writes its own with fx_inject before fx_start) and its
 * drift. */
static inline struct fx *fx_load(const char *scenario)
{
    struct fx *f = calloc(1, sizeof *f);
    struct errlist *e = malloc(sizeof *e);
    assert_non_null(f);
    assert_non_null(e);
    errlist_init(e);
    int ok = data_load_catalogue(MANDATE_ASSETS "/orders.json", &f->pub.cat, e);
    f->sc = data_load_scenario(scenario, e);
    if (!ok || !f->sc)
        fx_show(e);
    free(e);
    assert_true(ok);
    assert_non_null(f->sc);
    fx_rule_book(&f->pub.cat.rules);
    fx_check_book(&f->pub.cat.rules);
    fx_order_book(&f->pub.cat);
    f->sc->ninjects = 0;
    f->sc->drift = 0;            /* no drift unless a test sets it */
    return f;
}

/* Builds the public book from the scenario as it stands now. */
static inline const struct pub *fx_pub(struct fx *f)
{
    pub_build(f->sc, &f->pub.cat, &f->pub);
    return &f->pub;
}

/* Starts the game (turn 1, its brief done). */
static inline struct game *fx_start(struct fx *f, uint64_t seed)
{
    game_init(&f->g, f->sc, fx_pub(f), seed);
    return &f->g;
}

/* fx_load + fx_start with seed 1. */
static inline struct fx *fx_open(const char *scenario)
{
    struct fx *f = fx_load(scenario);
    fx_start(f, 1);
    return f;
}

static inline void fx_close(struct fx *f)
{
    if (!f)
        return;
    free(f->sc);
    free(f);
}

/* Covert operations: always succeed / always fail; never / always seen. */
static inline void fx_covert_sure(struct fx *f)
{
    f->pub.cat.rules.covert_min = f->pub.cat.rules.covert_max = 1000;
}
static inline void fx_covert_fails(struct fx *f)
{
    f->pub.cat.rules.covert_min = f->pub.cat.rules.covert_max = 0;
}
static inline void fx_unseen(struct fx *f)
{
    f->pub.cat.rules.detect_min = f->pub.cat.rules.detect_max = 0;
}
static inline void fx_seen(struct fx *f)
{
    f->pub.cat.rules.detect_min = f->pub.cat.rules.detect_max = 1000;
}
/* Attribution always right (p_right >= 2000, so even a false flag is seen
 * through) or never right, never wrong (unknown). */
static inline void fx_attrib_right(struct fx *f)
{
    f->pub.cat.rules.attrib_base = 1000;
    f->pub.cat.rules.attrib_per_ci = 500;
    f->pub.cat.rules.attrib_evidence = 500;
}
static inline void fx_attrib_unknown(struct fx *f)
{
    f->pub.cat.rules.attrib_base = 0;
    f->pub.cat.rules.attrib_per_ci = 0;
    f->pub.cat.rules.attrib_evidence = 0;
    f->pub.cat.rules.attrib_wrong = 0;
}

/* Orders for the game's current turn. */
static inline struct order fx_o(const struct fx *f, int kind, int seat)
{
    return order_make(kind, seat, f->g.turn);
}
static inline struct order fx_os(const struct fx *f, int kind, int seat, int sector)
{
    struct order o = order_make(kind, seat, f->g.turn);
    o.sector = (int8_t)sector;
    return o;
}
static inline struct order fx_ot(const struct fx *f, int kind, int seat, int target)
{
    struct order o = order_make(kind, seat, f->g.turn);
    o.target = (int8_t)target;
    return o;
}
static inline struct order fx_ost(const struct fx *f, int kind, int seat, int sector, int target)
{
    struct order o = fx_os(f, kind, seat, sector);
    o.target = (int8_t)target;
    return o;
}
static inline struct order fx_level(const struct fx *f, int kind, int seat, int level)
{
    struct order o = order_make(kind, seat, f->g.turn);
    o.level = (int8_t)level;
    return o;
}
static inline struct order fx_answer(const struct fx *f, int seat, int inject, int choice)
{
    struct order o = order_make(ORD_RESPOND, seat, f->g.turn);
    o.inject = (int8_t)inject;
    o.level = (int8_t)choice;
    return o;
}

/* Submits and fails the test, with the engine's reason, if refused. */
static inline void fx_submit(struct fx *f, int seat, const struct order *o, int n)
{
    f->why[0] = 0;
    if (!game_submit(&f->g, seat, o, n, f->why, (int)sizeof f->why))
        fail_msg("seat %d's orders refused: %s", seat, f->why);
}
static inline void fx_submit1(struct fx *f, struct order o)
{
    fx_submit(f, o.seat, &o, 1);
}

/* Fails unless the orders are refused with a reason containing reason. */
static inline void fx_refused(struct fx *f, int seat, const struct order *o, int n,
                              const char *reason)
{
    f->why[0] = 0;
    if (game_submit(&f->g, seat, o, n, f->why, (int)sizeof f->why))
        fail_msg("seat %d's orders accepted; expected refusal: %s", seat, reason);
    if (!strstr(f->why, reason))
        fail_msg("refused for \"%s\"; expected \"%s\"", f->why, reason);
}
static inline void fx_refused1(struct fx *f, struct order o, const char *reason)
{
    fx_refused(f, o.seat, &o, 1, reason);
}

static inline void fx_resolve(struct fx *f)
{
    game_resolve(&f->g);
}

/* Events of the last resolution (and the brief after it). */
static inline int fx_count(const struct fx *f, int kind)
{
    int n = 0;
    for (int k = 0; k < f->g.nevents; k++)
        n += f->g.events[k].kind == kind;
    return n;
}
/* The nth (0-based) event of a kind, or NULL. */
static inline const struct event *fx_nth(const struct fx *f, int kind, int nth)
{
    for (int k = 0; k < f->g.nevents; k++)
        if (f->g.events[k].kind == kind && nth-- == 0)
            return &f->g.events[k];
    return NULL;
}
static inline const struct event *fx_ev(const struct fx *f, int kind)
{
    const struct event *e = fx_nth(f, kind, 0);
    if (!e)
        fail_msg("no %s event", event_name(kind));
    return e;
}
/* Index of the first event of a kind in the log, or -1. */
static inline int fx_index(const struct fx *f, int kind)
{
    for (int k = 0; k < f->g.nevents; k++)
        if (f->g.events[k].kind == kind)
            return k;
    return -1;
}
/* The first event of a kind from actor (-1: any) on target (-1: any). */
static inline const struct event *fx_find(const struct fx *f, int kind, int actor, int target)
{
    for (int k = 0; k < f->g.nevents; k++) {
        const struct event *e = &f->g.events[k];
        if (e->kind == kind && (actor < 0 || e->actor == actor) &&
            (target < 0 || e->target == target))
            return e;
    }
    return NULL;
}
/* EV_DOSSIER events gained by holder on target, category cat (-1: any). */
static inline int fx_dossiers(const struct fx *f, int holder, int target, int cat)
{
    int n = 0;
    for (int k = 0; k < f->g.nevents; k++) {
        const struct event *e = &f->g.events[k];
        n += e->kind == EV_DOSSIER && e->actor == holder && e->target == target &&
             (cat < 0 || e->a == cat);
    }
    return n;
}

/* Sets a dossier directly (turn, quality, estimates zero). */
static inline void fx_give_dossier(struct fx *f, int holder, int target, int cat, int turn,
                                   int quality)
{
    struct dossier *d = &f->g.seats[holder].dos[target][cat];
    memset(d, 0, sizeof *d);
    d->turn = (int8_t)turn;
    d->quality = (uint8_t)quality;
}

/* Adds an insider network of holder in target at a stage and exposure. */
static inline void fx_give_insider(struct fx *f, int holder, int target, int stage,
                                   int exposure)
{
    struct seat *s = &f->g.seats[holder];
    struct insider *in = &s->ins[s->nins++];
    in->target = (int8_t)target;
    in->stage = (uint8_t)stage;
    in->exposure = (uint8_t)exposure;
    in->since = (int8_t)f->g.turn;
}

/* Adds an implant of holder on target (seat or TARGET_HQ). */
static inline void fx_give_implant(struct fx *f, int holder, int target, int kind, int since)
{
    struct seat *s = &f->g.seats[holder];
    struct implant *im = &s->imp[s->nimp++];
    im->target = (int8_t)target;
    im->kind = (uint8_t)kind;
    im->since = (int8_t)since;
}

/* Installs an item of equipment in the mission network; its index. */
static inline int fx_give_equipment(struct fx *f, int supplier, int backdoor, int discovered)
{
    struct equipment *q = &f->g.eq[f->g.neq];
    q->supplier = (int8_t)supplier;
    q->since = 0;
    q->backdoor = (uint8_t)backdoor;
    q->discovered = (uint8_t)discovered;
    q->user = -1;                /* the mission network */
    return f->g.neq++;
}

/* Writes an inject into the scenario (before fx_start); its index. */
static inline int fx_inject(struct fx *f, const char *id, int trigger, int turn, int sector,
                            int value, int audience)
{
    struct inject *in = &f->sc->injects[f->sc->ninjects];
    memset(in, 0, sizeof *in);
    snprintf(in->id, sizeof in->id, "%s", id);
    snprintf(in->title, sizeof in->title, "%s", id);
    in->trigger = trigger;
    in->turn = turn;
    in->sector = sector;
    in->value = value;
    in->audience = audience;
    return f->sc->ninjects++;
}
static inline struct effect fx_effect(int kind, int seat, int target, int sector, int amount)
{
    struct effect e;
    memset(&e, 0, sizeof e);
    e.kind = kind;
    e.seat = seat;
    e.target = target;
    e.sector = sector;
    e.amount = amount;
    return e;
}
static inline void fx_inject_effect(struct fx *f, int inject, struct effect e)
{
    struct inject *in = &f->sc->injects[inject];
    in->effects[in->neffects++] = e;
}
static inline void fx_choice_effect(struct fx *f, int inject, int choice, struct effect e)
{
    struct inject *in = &f->sc->injects[inject];
    if (in->nchoices <= choice)
        in->nchoices = choice + 1;
    struct choice *c = &in->choices[choice];
    c->effects[c->neffects++] = e;
}

/* Writes a scenario objective (before or after fx_start); its index. */
static inline int fx_objective(struct fx *f, int owner, int kind, int target, int sector,
                               int value, int points)
{
    struct objective_def *o = &f->sc->objectives[f->sc->nobjectives];
    memset(o, 0, sizeof *o);
    o->owner = owner;
    o->kind = kind;
    o->target = target;
    o->sector = sector;
    o->value = value;
    o->points = points;
    snprintf(o->text, sizeof o->text, "%s", objective_name(kind));
    return f->sc->nobjectives++;
}

/* Gives the seat exactly these objectives (indices into the scenario). */
static inline void fx_set_objectives(struct fx *f, int seat, const int *idx, int n)
{
    struct seat *s = &f->g.seats[seat];
    for (int k = 0; k < n; k++)
        s->objectives[k] = idx[k];
    s->nobjectives = n;
}

/* --- ready-made games ------------------------------------------------------ */

/* Two seats with known capabilities: Amber the usual victim (CI 2, comms
 * 45), Basalt the usual collector (SIGINT 3, HUMINT 4, CI 3). Amber is in
 * North and Millbrook, Basalt in Millbrook and Southford. */
static inline struct fx *fx_covert_game_seeded(uint64_t seed)
{
    struct fx *f = fx_load(FX_TWO);
    f->sc->turns = 8;
    f->sc->seats[AMBER].ap = 4;
    f->sc->seats[BASALT].ap = 5;
    struct game *g = fx_start(f, seed);
    int amber[CAP_COUNT] = { 2, 3, 2, 1, 1, 2, 2 };
    int basalt[CAP_COUNT] = { 3, 1, 1, 3, 4, 1, 3 };
    memcpy(g->seats[AMBER].caps, amber, sizeof amber);
    memcpy(g->seats[BASALT].caps, basalt, sizeof basalt);
    g->seats[AMBER].comms = 45;
    g->seats[BASALT].comms = 70;
    g->seats[AMBER].influence = 20;
    g->seats[BASALT].influence = 15;
    g->seats[AMBER].trust[BASALT] = 60;
    g->seats[BASALT].trust[AMBER] = 40;
    g->sectors[NORTH].deployed = 1u << AMBER;
    g->sectors[MILL].deployed = 1u << AMBER | 1u << BASALT;
    g->sectors[SOUTH].deployed = 1u << BASALT;
    g->sectors[NORTH].threat = 3;
    g->centralisation = 1;
    g->net_security = 50;
    g->pool = 20;
    return f;
}

static inline struct fx *fx_covert_game(void)
{
    return fx_covert_game_seeded(1);
}

/* Eight seats; every seat's trust in every other 50. */
static inline struct fx *fx_eight_game_seeded(uint64_t seed)
{
    struct fx *f = fx_load(FX_EIGHT);
    struct game *g = fx_start(f, seed);
    for (int i = 0; i < g->nseats; i++)
        for (int j = 0; j < g->nseats; j++)
            g->seats[i].trust[j] = i == j ? 0 : 50;
    g->seats[CORVO].caps[CAP_SIGINT] = 5;
    g->seats[CORVO].caps[CAP_CYBER] = 5;
    g->seats[BRISA].caps[CAP_COUNTERINTEL] = 2;
    return f;
}

static inline struct fx *fx_eight_game(void)
{
    return fx_eight_game_seeded(1);
}

/* The one EV_COVERT of the last resolution from actor. */
static inline const struct event *fx_covert_of(const struct fx *f, int actor)
{
    const struct event *e = fx_find(f, EV_COVERT, actor, -1);
    if (!e)
        fail_msg("no covert event of seat %d", actor);
    return e;
}

#endif
