/* odds.c - the covert-operation formula of assets/RULES.md section 5. */
#include "odds.h"

#include "internal.h"

#define X_NAME(e, name) name,
static const char *const modifier_names[] = { MODIFIER_LIST(X_NAME) };
#undef X_NAME

const char *modifier_name(int m)
{
    return m >= 0 && m < MOD_COUNT ? modifier_names[m] : "?";
}

static int clamp(int v, int lo, int hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

int odds_relevant_dossier(int kind)
{
    switch (kind) {
    case ORD_OBSERVE: return DOS_PROCEDURES;
    case ORD_INTERCEPT: return DOS_COMMUNICATIONS;
    case ORD_INSIDER: return DOS_PERSONNEL;
    case ORD_INTRUDE: return DOS_COMMUNICATIONS;
    case ORD_BACKDOOR: return DOS_EQUIPMENT;
    case ORD_FALSE_FLAG: return DOS_PROCEDURES;
    default: return -1;
    }
}

int odds_skill(const int caps[], int kind, const struct catalogue *cat)
{
    if (kind == ORD_FALSE_FLAG)
        return caps[CAP_CYBER] > caps[CAP_HUMINT] ? caps[CAP_CYBER]
                                                  : caps[CAP_HUMINT];
    int c = cat->orders[kind].capability;
    return c >= 0 ? caps[c] : 0;
}

/* The target's defence in tenths of a level. */
static int defence10(const struct rules *r, const struct odds_input *in)
{
    return in->target_ci * 10 + in->ci_tenths + in->unseen10
         + in->target_comms * 10 / r->defence_comms_div + in->posture * 10 * r->posture_defence;
}

/* The chances of detection if the operation succeeds and if it fails. */
static void detection(const struct catalogue *cat, const struct odds_input *in, int *ok,
                      int *failed)
{
    const struct rules *r = &cat->rules;
    int dlo = r->detect_min, dhi = r->detect_max > dlo ? r->detect_max : dlo;
    int q = r->detect_base + r->detect_per_ci * in->target_ci
          + r->detect_per_ci * in->ci_tenths / 10 + cat->orders[in->kind].detect_mod + in->alert;
    *ok = clamp(q, dlo, dhi);
    *failed = clamp(q + r->detect_failed, dlo, dhi);
}

void odds_compute(const struct catalogue *cat, const struct odds_input *in,
                  struct odds *out)
{
    const struct rules *r = &cat->rules;
    const struct order_def *d = &cat->orders[in->kind];
    for (int m = 0; m < MOD_COUNT; m++)
        out->mods[m] = 0;
    out->defence10 = defence10(r, in);
    out->mods[MOD_BASE] = r->covert_base;
    out->mods[MOD_SKILL] = r->covert_per_skill * in->skill;
    out->mods[MOD_DEFENCE] = -(r->covert_per_skill * out->defence10) / 10;
    out->mods[MOD_ORDER] = d->success_mod;
    out->mods[MOD_DOSSIER] = in->dossier ? r->dossier_bonus : 0;
    int p = 0;
    for (int m = 0; m < MOD_CLAMP; m++)
        p += out->mods[m];
    int lo = r->covert_min, hi = r->covert_max > lo ? r->covert_max : lo;
    out->success = clamp(p, lo, hi);
    out->mods[MOD_CLAMP] = out->success - p;
    detection(cat, in, &out->detect_ok, &out->detect_fail);
}

int odds_chance(const struct catalogue *cat, const struct odds_input *in, int *detect)
{
    const struct rules *r = &cat->rules;
    int p = r->covert_base + r->covert_per_skill * in->skill
          - (r->covert_per_skill * defence10(r, in)) / 10 + cat->orders[in->kind].success_mod
          + (in->dossier ? r->dossier_bonus : 0);
    int lo = r->covert_min, hi = r->covert_max > lo ? r->covert_max : lo;
    int ok = clamp(p, lo, hi), seen_ok, seen_fail;
    detection(cat, in, &seen_ok, &seen_fail);
    *detect = (ok * seen_ok + (1000 - ok) * seen_fail) / 1000;
    return ok;
}

int odds_sweep(const struct catalogue *cat, int ci, int exposure)
{
    const struct rules *r = &cat->rules;
    return clamp(r->sweep_base + r->sweep_per_ci * ci + exposure * r->sweep_per_exposure, 0, 1000);
}

int odds_detection(const struct odds *od)
{
    return (od->success * od->detect_ok + (1000 - od->success) * od->detect_fail) / 1000;
}

/* Chance words by the lowest per-mille each starts at, highest first. */
struct band {
    int from;
    const char *words;
};

static const char *band_words(const struct band *b, int pm)
{
    while (pm < b->from)
        b++;
    return b->words;
}

const char *odds_words(int pm)
{
    static const struct band bands[] = {
        { 900, "rarely fails" },  { 700, "likely to work" }, { 550, "more likely than not" },
        { 450, "a coin toss" },   { 300, "likely to fail" }, { 100, "unlikely to work" },
        { -100000, "rarely works" },
    };
    return band_words(bands, pm);
}

const char *odds_detect_words(int pm)
{
    static const struct band bands[] = {
        { 600, "likely to be noticed" },  { 400, "as likely noticed as not" },
        { 200, "may well be noticed" },   { 100, "unlikely to be noticed" },
        { -100000, "rarely noticed" },
    };
    return band_words(bands, pm);
}

/* The true odds of an operation, as resolution sees them. */
void game_odds(const struct game *g, const struct order *o, struct odds *out)
{
    int victim = order_victim(o);
    struct odds_input in = { o->kind, 0, 0, 0, 0, 0, 0 };
    in.skill = odds_skill(g->seats[o->seat].caps, o->kind, g->cat);
    if (victim == TARGET_HQ) {
        in.target_ci = g->net_security / 20;
        in.target_comms = g->net_security;
    } else {
        const struct seat *t = &g->seats[victim];
        in.target_ci = t->caps[CAP_COUNTERINTEL];
        in.target_comms = t->comms;
        in.posture = t->compartment + t->hardened;   /* this turn's posture */
        in.alert = t->swept ? R(g)->sweep_detect : 0;
    }
    int rel = odds_relevant_dossier(o->kind);
    in.dossier = rel >= 0 && dossier_fresh(g, o->seat, victim, rel);
    odds_compute(g->cat, &in, out);
}
