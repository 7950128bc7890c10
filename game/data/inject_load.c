/* inject_load.c - checks a scenario's injects (trigger, audience, effects,
 * choices) and converts them into struct inject. */
#include <string.h>

#include "../core/world.h"
#include "loaders.h"

static const char *const inject_keys[] = {
    "id", "title", "text", "notes", "question", "trigger", "audience",
    "effects", "choices", NULL,
};
static const char *const choice_keys[] = { "label", "effects", NULL };

enum { T_TURN = 1, T_VALUE = 2, T_SECTOR = 4 };

/* The keys of each kind of trigger and the range of its value. */
static const struct {
    unsigned keys;
    int lo, hi;
} trigspec[TRIG_COUNT] = {
    [TRIG_TURN] = { T_TURN, 0, 0 },
    [TRIG_AVG_STABILITY_BELOW] = { T_TURN | T_VALUE, 0, 100 },
    [TRIG_THREAT_AT_LEAST] = { T_TURN | T_VALUE | T_SECTOR, 0, 10 },
    [TRIG_INCIDENTS_AT_LEAST] = { T_TURN | T_VALUE, 1, 100 },
    [TRIG_CENTRALISATION_AT_LEAST] = { T_TURN | T_VALUE, 0, 3 },
};

enum {
    E_AMOUNT = 1, E_SECTOR = 2, E_SEAT = 4, E_TOWARDS = 8,
    E_OBJECTIVES = 16, E_SUPPLIER = 32
};

/* The keys of each kind of effect and the range of its amount. */
static const struct {
    unsigned keys;
    int lo, hi;
} effspec[EFF_COUNT] = {
    [EFF_STABILITY] = { E_AMOUNT | E_SECTOR, -100, 100 },
    [EFF_THREAT] = { E_AMOUNT | E_SECTOR, -10, 10 },
    [EFF_INFLUENCE] = { E_AMOUNT | E_SEAT, -100, 100 },
    [EFF_TRUST] = { E_AMOUNT | E_SEAT | E_TOWARDS, -100, 100 },
    [EFF_POOL] = { E_AMOUNT, -100, 100 },
    [EFF_NET_SECURITY] = { E_AMOUNT, -100, 100 },
    [EFF_CENTRALISATION] = { E_AMOUNT, -3, 3 },
    [EFF_COMMS] = { E_AMOUNT | E_SEAT, -100, 100 },
    [EFF_AP] = { E_AMOUNT | E_SEAT, -5, 5 },
    [EFF_OBJECTIVES] = { E_SEAT | E_OBJECTIVES, 0, 0 },
    [EFF_EQUIPMENT] = { E_AMOUNT | E_SEAT | E_SUPPLIER, 0, 100 },
};

static void read_trigger(struct jctx *c, const struct scenario *sc,
                         struct inject *in, const cJSON *obj,
                         const char *path)
{
    char tp[JU_PATH], p[JU_PATH];
    in->trigger = -1;
    in->turn = 1;
    in->sector = -1;
    in->value = 0;
    const cJSON *t = ju_object(c, obj, path, "trigger", 1);
    if (!t)
        return;
    ju_key(tp, path, "trigger");
    const cJSON *k = ju_get(c, t, tp, "kind", 1);
    if (k)
        in->trigger = ju_enum_value(c, k, ju_key(p, tp, "kind"),
                                    trigger_from_name, "trigger kind");
    unsigned keys = in->trigger >= 0 ? trigspec[in->trigger].keys : ~0u;
    const char *allowed[5];
    int n = 0;
    allowed[n++] = "kind";
    allowed[n++] = "turn";
    if (keys & T_VALUE)
        allowed[n++] = "value";
    if (keys & T_SECTOR)
        allowed[n++] = "sector";
    allowed[n] = NULL;
    ju_keys(c, t, tp, allowed);
    if (in->trigger < 0)
        return;
    if (in->trigger == TRIG_TURN)
        ju_int(c, t, tp, "turn", 1, sc->turns, &in->turn);
    else
        ju_int_opt(c, t, tp, "turn", 1, sc->turns, 1, &in->turn);
    if (keys & T_VALUE)
        ju_int(c, t, tp, "value", trigspec[in->trigger].lo,
               trigspec[in->trigger].hi, &in->value);
    if (keys & T_SECTOR) {
        const cJSON *s = ju_get(c, t, tp, "sector", 1);
        if (s)
            in->sector = load_sector_ref(c, sc, s, ju_key(p, tp, "sector"));
    }
}

static void read_effect(struct jctx *c, struct scenario *sc,
                        struct effect *f, const cJSON *it, const char *path)
{
    char p[JU_PATH];
    memset(f, 0, sizeof *f);
    f->seat = f->target = f->sector = -1;
    const cJSON *k = ju_get(c, it, path, "kind", 1);
    f->kind = k ? ju_enum_value(c, k, ju_key(p, path, "kind"),
                                effect_from_name, "effect kind")
                : -1;
    unsigned keys = f->kind >= 0 ? effspec[f->kind].keys : ~0u;
    const char *allowed[9];
    int n = 0;
    allowed[n++] = "kind";
    if (keys & E_AMOUNT)
        allowed[n++] = "amount";
    if (keys & E_SECTOR)
        allowed[n++] = "sector";
    if (keys & E_SEAT)
        allowed[n++] = "contingent";
    if (keys & E_TOWARDS)
        allowed[n++] = "towards";
    if (keys & E_OBJECTIVES)
        allowed[n++] = "objectives";
    if (keys & E_SUPPLIER) {
        allowed[n++] = "supplier";
        allowed[n++] = "backdoor";
    }
    allowed[n] = NULL;
    ju_keys(c, it, path, allowed);
    if (f->kind < 0)
        return;
    if (keys & E_AMOUNT)
        ju_int(c, it, path, "amount", effspec[f->kind].lo,
               effspec[f->kind].hi, &f->amount);
    const int seat_required = (keys & E_OBJECTIVES) != 0;
    const cJSON *v;
    if ((keys & E_SECTOR) && (v = ju_get(c, it, path, "sector", 0)))
        f->sector = load_sector_ref(c, sc, v, ju_key(p, path, "sector"));
    if ((keys & E_SEAT) &&
        (v = ju_get(c, it, path, "contingent", seat_required)))
        f->seat = load_seat_ref(c, sc, v, ju_key(p, path, "contingent"));
    if ((keys & E_TOWARDS) && (v = ju_get(c, it, path, "towards", 0))) {
        f->target = load_seat_ref(c, sc, v, ju_key(p, path, "towards"));
        if (f->target >= 0 && f->target == f->seat)
            ju_err(c, p, "expected another contingent than \"contingent\"");
    }
    if (keys & E_OBJECTIVES)
        load_objectives(c, sc, it, path, f->seat, 1, f->objectives,
                        &f->nobjectives);
    if (keys & E_SUPPLIER) {
        /* equipment: "contingent" is the one whose communications take
         * it (absent: the mission network), "supplier" who made it */
        if ((v = ju_get(c, it, path, "supplier", 1))) {
            f->target = load_seat_ref(c, sc, v, ju_key(p, path, "supplier"));
            if (f->target >= 0 && f->target == f->seat)
                ju_err(c, p, "expected another contingent than \"contingent\": "
                       "a gift comes from a partner");
        }
        if (ju_get(c, it, path, "backdoor", 0))
            ju_bool(c, it, path, "backdoor", &f->backdoor);
    }
}

/* Reads obj's optional "effects" into out[], their count into *n. */
static void read_effects(struct jctx *c, struct scenario *sc,
                         struct effect *out, int *n, const cJSON *obj,
                         const char *path)
{
    char ap[JU_PATH], p[JU_PATH];
    int count, i = 0;
    const cJSON *arr = ju_array(c, obj, path, "effects", 0, 0, MAX_EFFECTS,
                                &count);
    ju_key(ap, path, "effects");
    *n = 0;
    const cJSON *it;
    cJSON_ArrayForEach(it, arr) {
        if (i >= count)
            break;
        if (ju_is_object(c, it, ju_idx(p, ap, i)))
            read_effect(c, sc, &out[(*n)++], it, p);
        i++;
    }
}

static void read_choices(struct jctx *c, struct scenario *sc,
                         struct inject *in, const cJSON *obj,
                         const char *path, int audience_ok)
{
    char ap[JU_PATH], p[JU_PATH];
    int count, i = 0;
    const cJSON *arr = ju_array(c, obj, path, "choices", 0, 0, MAX_CHOICES,
                                &count);
    ju_key(ap, path, "choices");
    if (count > 0 && audience_ok && in->audience < 0)
        ju_err(c, ap, "only an inject with one contingent as its audience "
               "may offer choices");
    const cJSON *it;
    cJSON_ArrayForEach(it, arr) {
        if (i >= count)
            break;
        if (ju_is_object(c, it, ju_idx(p, ap, i))) {
            struct choice *ch = &in->choices[in->nchoices++];
            ju_keys(c, it, p, choice_keys);
            ju_text(c, it, p, "label", JT_LINE, JU_NONEMPTY, ch->label,
                    sizeof ch->label);
            read_effects(c, sc, ch->effects, &ch->neffects, it, p);
        }
        i++;
    }
}

static void read_inject(struct jctx *c, struct scenario *sc, int i,
                        const cJSON *it, const char *path)
{
    struct inject *in = &sc->injects[i];
    char p[JU_PATH];
    ju_keys(c, it, path, inject_keys);
    if (ju_text(c, it, path, "id", JT_ID, 0, in->id, sizeof in->id))
        for (int j = 0; j < i; j++)
            if (strcmp(sc->injects[j].id, in->id) == 0) {
                ju_err(c, ju_key(p, path, "id"),
                       "duplicate inject id \"%s\"", in->id);
                break;
            }
    ju_text(c, it, path, "title", JT_NAME, 0, in->title, sizeof in->title);
    ju_text(c, it, path, "text", JT_LONG, JU_NONEMPTY, in->text,
            sizeof in->text);
    ju_text(c, it, path, "notes", JT_LONG, JU_OPTIONAL, in->notes,
            sizeof in->notes);
    ju_text(c, it, path, "question", JT_LONG, JU_OPTIONAL, in->question,
            sizeof in->question);
    read_trigger(c, sc, in, it, path);

    in->audience = -1;
    int audience_ok = 1;
    const cJSON *a = ju_get(c, it, path, "audience", 0);
    if (a && !(cJSON_IsString(a) && strcmp(a->valuestring, "all") == 0)) {
        in->audience = load_seat_ref(c, sc, a, ju_key(p, path, "audience"));
        audience_ok = in->audience >= 0;
    }
    read_effects(c, sc, in->effects, &in->neffects, it, path);
    read_choices(c, sc, in, it, path, audience_ok);
}

void load_injects(struct jctx *c, struct scenario *sc, const cJSON *root)
{
    char p[JU_PATH];
    int n, i = 0;
    const cJSON *arr = ju_array(c, root, "", "injects", 0, 0, MAX_INJECTS,
                                &n);
    const cJSON *it;
    cJSON_ArrayForEach(it, arr) {
        if (i >= n)
            break;
        if (ju_is_object(c, it, ju_idx(p, "injects", i)))
            read_inject(c, sc, sc->ninjects, it, p);
        sc->ninjects++;
        i++;
    }
}
