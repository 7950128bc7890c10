/* wire_view.c - a seat's view and the facilitator's view to JSON and
 * back (wire.h), every part described by a table of wire_int.h. */
#include <string.h>

#include "../config.h"
#include "../core/view.h"
#include "wire_int.h"

/* ---- tables ------------------------------------------------------------ */

static const struct wfield view_fields[] = {
    WF_DOM(struct view, seat, WD_VIEWER),
    WF_NUM(struct view, turn, 1, MAX_TURNS),
    WF_ENUM(struct view, phase, 0, phase_name, phase_from_name),
    WF_ENUM(struct view, outcome, 0, outcome_name, outcome_from_name),
    WF_DOM(struct view, collapsed, WD_BOOL),
    WF_NUM(struct view, centralisation, 0, 3),
    WF_NUM(struct view, net_security, 0, 100),
    WF_NUM(struct view, pool, 0, 100),
    WF_NUM(struct view, avg_stability, 0, 100),
    WF_NUM(struct view, min_stability, 0, 100),
    WF_NUM(struct view, incidents, 0, 1000000),
    WF_DOM(struct view, confirmed, WD_BOOL),
    WF_NUM(struct view, events_dropped, 0, 1000000),
};
static const char *const view_keys[] = { "sectors", "contingents", "trust", "equipment",
                                         "published", "me", "objectives", "orders",
                                         "injects", "events", NULL };

static const struct wfield sector_fields[] = {
    WF_NUM(struct view_sector, stability, 0, 100),
    WF_NUM(struct view_sector, threat, 0, 10),
    WF_DOM(struct view_sector, deployed, WD_SEATS),
};

static const struct wfield contingent_fields[] = {
    WF_NUM(struct view_contingent, share, 0, SHARE_COUNT - 1),
    WF_NUM(struct view_contingent, reputation, 0, 100),
    WF_DOM(struct view_contingent, pacts, WD_SEATS),
    WF_NUM(struct view_contingent, supplied, 0, MAX_EQUIPMENT),
};

static const struct wfield equipment_fields[] = {
    WF_DOM(struct view_equipment, supplier, WD_SEAT),
    WF_NUM(struct view_equipment, since, 0, MAX_TURNS),
    WF_DOM(struct view_equipment, backdoor, WD_BOOL),
    WF_DOM(struct view_equipment, discovered, WD_BOOL),
    WF_DOM(struct view_equipment, user, WD_SEAT_NONE),
};

static const struct wfield published_fields[] = {
    WF_NUM(struct view_published, ci_lo, 0, 5),
    WF_NUM(struct view_published, ci_hi, 0, 5),
    WF_NUM(struct view_published, ci10, 0, 50),
    WF_NUM(struct view_published, comms_lo, 0, 100),
    WF_NUM(struct view_published, comms_hi, 0, 100),
    WF_NUM(struct view_published, comms, 0, 100),
};

static const struct wfield self_fields[] = {
    WF_NUM(struct view_self, ap, 0, 1000),
    WF_NUM(struct view_self, ap_bonus, -1000, 1000),
    WF_NUMS(struct view_self, caps, CAP_COUNT, 0, 5),
    WF_NUM(struct view_self, comms, 0, 100),
    WF_NUM(struct view_self, influence, 0, 100),
    WF_NUMS(struct view_self, trust, WC_SEATS, 0, 100),
    WF_NUM(struct view_self, share, 0, SHARE_COUNT - 1),
    WF_NUM(struct view_self, hardened, 0, 1),
    WF_NUM(struct view_self, compartment, 0, 1),
    WF_NUM(struct view_self, swept, 0, 1),
    WF_DOM(struct view_self, false_flag, WD_SEAT_NONE),
    WF_NUM(struct view_self, canary_until, -1, INT8_MAX),
    WF_DOM(struct view_self, pact_offer, WD_SEAT_NONE),
    WF_NUM(struct view_self, pact_offer_turn, -1, INT8_MAX),
    WF_DOM(struct view_self, pacts, WD_SEATS),
    WF_DOM(struct view_self, taps, WD_SEATS),
    WF_NUMS(struct view_self, evidence, WC_SEATS, 0, 1000000),
};
static const char *const self_keys[] = { "dossiers", "insiders", "implants", NULL };

/* A dossier as the wire reads and writes it: struct dossier keeps its
 * turn and quality in bits, which have no offset; this copy has them
 * whole (the ranges fit those bits: dossier.c asserts it). */
struct wdossier {
    int8_t turn;
    uint8_t quality, err;
    uint8_t est[CAP_COUNT];
};

static const struct wfield dossier_fields[] = {
    WF_NUM(struct wdossier, turn, -1, MAX_TURNS),
    WF_NUM(struct wdossier, quality, 0, 3),
    WF_NUM(struct wdossier, err, 0, UINT8_MAX),
    WF_NUMS(struct wdossier, est, CAP_COUNT, 0, DOSSIER_EST_MAX),
};

static const struct wfield insider_fields[] = {
    WF_DOM(struct insider, target, WD_SEAT),
    WF_NUM(struct insider, stage, 0, STAGE_COUNT - 1),
    WF_NUM(struct insider, exposure, 0, 100),
    WF_NUM(struct insider, since, 0, MAX_TURNS),
};

static const struct wfield implant_fields[] = {
    WF_DOM(struct implant, target, WD_TARGET_NONE),
    WF_NUM(struct implant, kind, 0, IMP_COUNT - 1),
    WF_NUM(struct implant, since, 0, MAX_TURNS),
};

static const struct wfield objective_fields[] = {
    WF_ENUM(struct view_objective, kind, 0, objective_name, objective_from_name),
    WF_DOM(struct view_objective, target, WD_TARGET_NONE),
    WF_DOM(struct view_objective, sector, WD_SECTOR_NONE),
    WF_NUM(struct view_objective, value, -1000, 1000),
    WF_NUM(struct view_objective, points, -1000, 1000),
    WF_DOM(struct view_objective, done, WD_BOOL),
};
static const char *const objective_keys[] = { "text", NULL };

static const struct wfield inject_fields[] = {
    WF_NUM(struct view_inject, index, 0, VIEW_INJECT_INDEX_MAX),
    WF_DOM(struct view_inject, audience, WD_SEAT_NONE),
    WF_NUM(struct view_inject, choice, -1, MAX_CHOICES - 1),
};
static const char *const inject_keys[] = { "title", "text", "choices", NULL };
static const char *const choice_keys[] = { "label", "effects", NULL };

static const struct wfield effect_fields[] = {
    WF_ENUM(struct effect, kind, 0, effect_name, effect_from_name),
    WF_DOM(struct effect, seat, WD_SEAT_NONE),
    WF_DOM(struct effect, target, WD_SEAT_NONE),
    WF_DOM(struct effect, sector, WD_SECTOR_NONE),
    WF_NUM(struct effect, amount, -100, 100),
};
static const char *const effect_keys[] = { "objectives", NULL };

static const struct wfield score_fields[] = {
    WF_NUM(struct score, intel, -1000000, 1000000),
    WF_NUM(struct score, influence, -1000000, 1000000),
    WF_NUM(struct score, objectives, -1000000, 1000000),
    WF_NUM(struct score, reputation, -1000000, 1000000),
    WF_NUM(struct score, penalties, -1000000, 1000000),
    WF_NUM(struct score, raw, -1000000, 1000000),
    WF_NUM(struct score, factor, 0, PERMILLE),
    WF_NUM(struct score, total, -1000000, 1000000),
    WF_NUMS(struct score, done, MAX_OBJECTIVES, 0, 1),
};

static const struct wfield tally_fields[] = {
    WF_NUM(struct fview_tallies, ops_run, 0, 1000000),
    WF_NUM(struct fview_tallies, ops_succeeded, 0, 1000000),
    WF_NUM(struct fview_tallies, detected_against, 0, 1000000),
    WF_NUM(struct fview_tallies, blown, 0, 1000000),
    WF_NUM(struct fview_tallies, attributed, 0, 1000000),
    WF_NUM(struct fview_tallies, blamed_falsely, 0, 1000000),
    WF_NUM(struct fview_tallies, accusations_true, 0, 1000000),
    WF_NUM(struct fview_tallies, accusations_false, 0, 1000000),
    WF_NUMS(struct fview_tallies, times_victim, WC_SEATS, 0, 1000000),
};

static const struct wfield fview_fields[] = {
    WF_DOMS(struct fview, last_attacker, WC_SEATS, WD_SEAT_NONE),
    WF_NUMS(struct fview, last_attack_turn, WC_SEATS, -1, MAX_TURNS),
    WF_NUM(struct fview, db_compromised, 0, 1000),
    WF_NUM(struct fview, central_support, 0, 1000000),
    WF_DOM(struct fview, winner, WD_SEAT),
};
static const char *const fview_keys[] = { "view", "seats", NULL };

static const struct wfield fseat_fields[] = {
    WF_DOM(struct fview_seat, confirmed, WD_BOOL),
};
static const char *const fseat_keys[] = { "self", "objectives", "orders", "score", "tallies",
                                          NULL };

/* ---- encoding ------------------------------------------------------------ */

#define RECORDS(w, obj, key, arr, n, t) \
    wenc_records(w, obj, key, arr, sizeof((arr)[0]), n, t, WF_COUNT(t))

static void self_encode(struct wenc *w, cJSON *obj, const struct view_self *me)
{
    wenc_fields(w, obj, me, self_fields, WF_COUNT(self_fields));
    cJSON *dos = wenc_array(w, obj, "dossiers");   /* the seats', then mission HQ's */
    for (int t = 0; t <= w->nseats; t++) {
        int target = t < w->nseats ? t : TARGET_HQ;
        cJSON *arr = wenc_array(w, dos, NULL);
        for (int c = 0; c < DOS_COUNT; c++) {
            const struct dossier *x = &me->dos[target][c];
            struct wdossier one = { (int8_t)x->turn, x->quality, x->err, { 0 } };
            memcpy(one.est, x->est, sizeof one.est);
            wenc_fields(w, wenc_object(w, arr, NULL), &one, dossier_fields,
                        WF_COUNT(dossier_fields));
        }
    }
    RECORDS(w, obj, "insiders", me->ins, me->nins, insider_fields);
    RECORDS(w, obj, "implants", me->imp, me->nimp, implant_fields);
}

static void objectives_encode(struct wenc *w, cJSON *obj, const struct view_objective *o, int n)
{
    cJSON *arr = wenc_array(w, obj, "objectives");
    for (int k = 0; k < n; k++) {
        cJSON *x = wenc_object(w, arr, NULL);
        wenc_fields(w, x, &o[k], objective_fields, WF_COUNT(objective_fields));
        wenc_string(w, x, "text", o[k].text);
    }
}

static void injects_encode(struct wenc *w, cJSON *obj, const struct view *v)
{
    cJSON *arr = wenc_array(w, obj, "injects");
    for (int k = 0; k < v->ninjects; k++) {
        const struct view_inject *in = &v->injects[k];
        cJSON *x = wenc_object(w, arr, NULL);
        wenc_fields(w, x, in, inject_fields, WF_COUNT(inject_fields));
        wenc_string(w, x, "title", in->title);
        wenc_string(w, x, "text", in->text);
        cJSON *chs = wenc_array(w, x, "choices");
        for (int c = 0; c < in->nchoices; c++) {
            const struct view_choice *ch = &in->choices[c];
            cJSON *y = wenc_object(w, chs, NULL);
            wenc_string(w, y, "label", ch->label);
            cJSON *effs = wenc_array(w, y, "effects");
            for (int e = 0; e < ch->neffects; e++) {
                cJSON *z = wenc_object(w, effs, NULL);
                wenc_fields(w, z, &ch->effects[e], effect_fields, WF_COUNT(effect_fields));
                wenc_ints(w, z, "objectives", ch->effects[e].objectives,
                          ch->effects[e].nobjectives);
            }
        }
    }
}

static void view_encode(struct wenc *w, cJSON *obj, const struct view *v)
{
    wenc_fields(w, obj, v, view_fields, WF_COUNT(view_fields));
    RECORDS(w, obj, "sectors", v->sectors, v->nsectors, sector_fields);
    RECORDS(w, obj, "contingents", v->c, v->nseats, contingent_fields);
    cJSON *trust = wenc_array(w, obj, "trust");
    for (int i = 0; i < v->nseats; i++)
        wenc_ints(w, trust, NULL, v->trust[i], v->nseats);
    RECORDS(w, obj, "equipment", v->eq, v->neq, equipment_fields);
    wenc_fields(w, wenc_object(w, obj, "published"), &v->published, published_fields,
                WF_COUNT(published_fields));
    if (v->seat >= 0)
        self_encode(w, wenc_object(w, obj, "me"), &v->me);
    else if (!cJSON_AddNullToObject(obj, "me"))
        w->oom = 1;
    objectives_encode(w, obj, v->objectives, v->nobjectives);
    wenc_records(w, obj, "orders", v->orders, sizeof v->orders[0], v->norders,
                 wire_order_fields, wire_norder_fields);
    injects_encode(w, obj, v);
    wenc_events(w, obj, "events", v->events, v->nevents);
}

char *wire_view_encode(const struct view *v)
{
    struct wenc w = { v->nseats, 0 };
    cJSON *root = cJSON_CreateObject();
    view_encode(&w, root, v);
    return wenc_finish(&w, root);
}

char *wire_fview_encode(const struct fview *f)
{
    const struct view *v = &f->pub_part;
    struct wenc w = { v->nseats, 0 };
    cJSON *root = cJSON_CreateObject();
    view_encode(&w, wenc_object(&w, root, "view"), v);
    cJSON *seats = wenc_array(&w, root, "seats");
    for (int i = 0; i < v->nseats; i++) {
        const struct fview_seat *fs = &f->seats[i];
        cJSON *x = wenc_object(&w, seats, NULL);
        self_encode(&w, wenc_object(&w, x, "self"), &fs->self);
        objectives_encode(&w, x, fs->objectives, fs->nobjectives);
        wenc_records(&w, x, "orders", fs->orders, sizeof fs->orders[0], fs->norders,
                     wire_order_fields, wire_norder_fields);
        wenc_fields(&w, x, fs, fseat_fields, WF_COUNT(fseat_fields));
        wenc_fields(&w, wenc_object(&w, x, "score"), &fs->score, score_fields,
                    WF_COUNT(score_fields));
        wenc_fields(&w, wenc_object(&w, x, "tallies"), &fs->tallies, tally_fields,
                    WF_COUNT(tally_fields));
    }
    wenc_fields(&w, root, f, fview_fields, WF_COUNT(fview_fields));
    return wenc_finish(&w, root);
}

/* ---- decoding ------------------------------------------------------------ */

#define READ_RECORDS(d, obj, path, key, arr, max, t) \
    wdec_records(d, obj, path, key, arr, sizeof((arr)[0]), max, t, WF_COUNT(t))
#define READ_EACH(d, obj, path, key, min, max, arr, fn) \
    wdec_each(d, obj, path, key, min, max, arr, sizeof((arr)[0]), fn, NULL)

/* One target's dossiers, an array of DOS_COUNT (arg: none). */
static void dossiers_decode(struct wdec *d, const cJSON *m, const char *p, struct dossier *dos)
{
    char q[JU_PATH];
    if (!cJSON_IsArray(m) || cJSON_GetArraySize(m) != DOS_COUNT) {
        ju_err(&d->c, p, "expected an array of %d dossiers", DOS_COUNT);
        return;
    }
    int c = 0;
    const cJSON *x;
    cJSON_ArrayForEach(x, m) {
        ju_idx(q, p, c);
        if (ju_is_object(&d->c, x, q)) {
            struct wdossier one = { (int8_t)dos[c].turn, dos[c].quality, dos[c].err, { 0 } };
            memcpy(one.est, dos[c].est, sizeof one.est);
            wdec_keys(d, x, q, dossier_fields, WF_COUNT(dossier_fields), NULL);
            wdec_fields(d, x, q, &one, dossier_fields, WF_COUNT(dossier_fields));
            dos[c].turn = one.turn;       /* within the fields' ranges */
            dos[c].quality = one.quality;
            dos[c].err = one.err;
            memcpy(dos[c].est, one.est, sizeof one.est);
        }
        c++;
    }
}

static void self_decode(struct wdec *d, const cJSON *obj, const char *path, void *out,
                        const void *arg)
{
    struct view_self *me = out;
    char ap[JU_PATH], p[JU_PATH];
    (void)arg;
    wdec_keys(d, obj, path, self_fields, WF_COUNT(self_fields), self_keys);
    wdec_fields(d, obj, path, me, self_fields, WF_COUNT(self_fields));
    for (int t = 0; t < MAX_TARGETS; t++)
        for (int c = 0; c < DOS_COUNT; c++)
            me->dos[t][c].turn = -1;
    int n;
    const cJSON *dos = wdec_array(d, obj, path, "dossiers", d->nseats + 1, d->nseats + 1, &n, ap);
    int t = 0;
    const cJSON *m;
    cJSON_ArrayForEach(m, dos) {     /* the seats', then mission HQ's */
        dossiers_decode(d, m, ju_idx(p, ap, t), me->dos[t < d->nseats ? t : TARGET_HQ]);
        if (++t >= n || !wdec_ok(d))
            break;
    }
    me->nins = READ_RECORDS(d, obj, path, "insiders", me->ins, MAX_INSIDERS, insider_fields);
    me->nimp = READ_RECORDS(d, obj, path, "implants", me->imp, MAX_TARGETS, implant_fields);
}

static void objective_decode(struct wdec *d, const cJSON *m, const char *p, void *out,
                             const void *arg)
{
    struct view_objective *o = out;
    (void)arg;
    wdec_keys(d, m, p, objective_fields, WF_COUNT(objective_fields), objective_keys);
    wdec_fields(d, m, p, o, objective_fields, WF_COUNT(objective_fields));
    wdec_text(d, m, p, "text", JT_LINE, 0, o->text, sizeof o->text);
}

static void effect_decode(struct wdec *d, const cJSON *m, const char *p, void *out,
                          const void *arg)
{
    struct effect *e = out;
    char ap[JU_PATH];
    (void)arg;
    wdec_keys(d, m, p, effect_fields, WF_COUNT(effect_fields), effect_keys);
    wdec_fields(d, m, p, e, effect_fields, WF_COUNT(effect_fields));
    int n;
    const cJSON *arr = wdec_array(d, m, p, "objectives", 0, MAX_OBJECTIVES, &n, ap);
    if (arr) {
        wdec_ints(d, arr, ap, e->objectives, n, 0, MAX_SCENARIO_OBJECTIVES - 1);
        e->nobjectives = n;
    }
}

static void choice_decode(struct wdec *d, const cJSON *m, const char *p, void *out,
                          const void *arg)
{
    struct view_choice *ch = out;
    (void)arg;
    ju_keys(&d->c, m, p, choice_keys);
    wdec_text(d, m, p, "label", JT_LINE, 0, ch->label, sizeof ch->label);
    ch->neffects = READ_EACH(d, m, p, "effects", 0, MAX_EFFECTS, ch->effects, effect_decode);
}

static void inject_decode(struct wdec *d, const cJSON *m, const char *p, void *out,
                          const void *arg)
{
    struct view_inject *in = out;
    char q[JU_PATH];
    (void)arg;
    wdec_keys(d, m, p, inject_fields, WF_COUNT(inject_fields), inject_keys);
    wdec_fields(d, m, p, in, inject_fields, WF_COUNT(inject_fields));
    wdec_text(d, m, p, "title", JT_NAME, JU_EMPTY, in->title, sizeof in->title);
    wdec_text(d, m, p, "text", JT_LONG, 0, in->text, sizeof in->text);
    in->nchoices = READ_EACH(d, m, p, "choices", 0, MAX_CHOICES, in->choices, choice_decode);
    if (wdec_ok(d) && in->choice >= in->nchoices)
        ju_err(&d->c, ju_key(q, p, "choice"), "answer %d of %d choices", in->choice,
               in->nchoices);
}

static void view_decode(struct wdec *d, const cJSON *obj, const char *path, const struct pub *pub,
                        struct view *v)
{
    char ap[JU_PATH], p[JU_PATH];
    v->built = VIEW_BUILT;   /* zero past ninjects and nevents, as a build leaves it */
    v->pub = pub;
    v->turns = pub->turns;
    v->nseats = pub->nseats;
    v->nsectors = pub->nsectors;
    wdec_keys(d, obj, path, view_fields, WF_COUNT(view_fields), view_keys);
    wdec_fields(d, obj, path, v, view_fields, WF_COUNT(view_fields));
    if (wdec_ok(d) && v->turn > pub->turns)
        ju_err(&d->c, ju_key(p, path, "turn"), "week %d of a game of %d", v->turn, pub->turns);
    if (!wdec_ok(d))
        return;
    wdec_records_exact(d, obj, path, "sectors", v->sectors, sizeof v->sectors[0], v->nsectors,
                       sector_fields, WF_COUNT(sector_fields));
    wdec_records_exact(d, obj, path, "contingents", v->c, sizeof v->c[0], v->nseats,
                       contingent_fields, WF_COUNT(contingent_fields));
    int n;
    const cJSON *trust = wdec_array(d, obj, path, "trust", v->nseats, v->nseats, &n, ap);
    int i = 0;
    const cJSON *m;
    cJSON_ArrayForEach(m, trust) {
        wdec_ints(d, m, ju_idx(p, ap, i), v->trust[i], v->nseats, 0, 100);
        if (++i >= n || !wdec_ok(d))
            break;
    }
    v->neq = READ_RECORDS(d, obj, path, "equipment", v->eq, MAX_EQUIPMENT, equipment_fields);
    const cJSON *pb = wdec_object(d, obj, path, "published", p);
    if (pb) {
        wdec_keys(d, pb, p, published_fields, WF_COUNT(published_fields), NULL);
        wdec_fields(d, pb, p, &v->published, published_fields, WF_COUNT(published_fields));
    }
    const cJSON *me = ju_get(&d->c, obj, path, "me", 1);
    ju_key(p, path, "me");
    if (me && v->seat < 0 && !cJSON_IsNull(me))
        ju_err(&d->c, p, "expected null: a view of no seat has no self");
    else if (me && v->seat >= 0 && ju_is_object(&d->c, me, p) && wdec_ok(d))
        self_decode(d, me, p, &v->me, NULL);
    if (!wdec_ok(d))
        return;
    v->nobjectives = READ_EACH(d, obj, path, "objectives", 0, MAX_OBJECTIVES, v->objectives,
                               objective_decode);
    v->norders = wdec_records(d, obj, path, "orders", v->orders, sizeof v->orders[0], MAX_ORDERS,
                              wire_order_fields, wire_norder_fields);
    v->ninjects = READ_EACH(d, obj, path, "injects", 0, MAX_VIEW_INJECTS, v->injects,
                            inject_decode);
    v->nevents = wdec_events(d, obj, path, "events", v->events, MAX_VIEW_EVENTS);
}

int wire_view_decode(const char *text, size_t len, const struct pub *pub, struct view *out,
                     char err[WIRE_ERR])
{
    struct errlist e;
    struct wdec d;
    cJSON *root;
    memset(out, 0, sizeof *out);
    if (wdec_begin(&d, &e, "view", pub, text, len, &root))
        view_decode(&d, root, "", pub, out);
    return wdec_finish(&d, root, err);
}

/* One part of an object at m.key, read by the table. */
static void part_decode(struct wdec *d, const cJSON *m, const char *p, const char *key, void *out,
                        const struct wfield *t, int n)
{
    char q[JU_PATH];
    const cJSON *x = wdec_object(d, m, p, key, q);
    if (x) {
        wdec_keys(d, x, q, t, n, NULL);
        wdec_fields(d, x, q, out, t, n);
    }
}

static void fseat_decode(struct wdec *d, const cJSON *m, const char *p, void *out,
                         const void *arg)
{
    struct fview_seat *fs = out;
    char q[JU_PATH];
    (void)arg;
    wdec_keys(d, m, p, fseat_fields, WF_COUNT(fseat_fields), fseat_keys);
    wdec_fields(d, m, p, fs, fseat_fields, WF_COUNT(fseat_fields));
    const cJSON *self = wdec_object(d, m, p, "self", q);
    if (self && wdec_ok(d))
        self_decode(d, self, q, &fs->self, NULL);
    fs->nobjectives = READ_EACH(d, m, p, "objectives", 0, MAX_OBJECTIVES, fs->objectives,
                                objective_decode);
    fs->norders = wdec_records(d, m, p, "orders", fs->orders, sizeof fs->orders[0], MAX_ORDERS,
                               wire_order_fields, wire_norder_fields);
    part_decode(d, m, p, "score", &fs->score, score_fields, WF_COUNT(score_fields));
    part_decode(d, m, p, "tallies", &fs->tallies, tally_fields, WF_COUNT(tally_fields));
}

int wire_fview_decode(const char *text, size_t len, const struct pub *pub, struct fview *out,
                      char err[WIRE_ERR])
{
    struct errlist e;
    struct wdec d;
    cJSON *root;
    memset(out, 0, sizeof *out);
    if (wdec_begin(&d, &e, "fview", pub, text, len, &root)) {
        char p[JU_PATH];
        wdec_keys(&d, root, "", fview_fields, WF_COUNT(fview_fields), fview_keys);
        wdec_fields(&d, root, "", out, fview_fields, WF_COUNT(fview_fields));
        const cJSON *v = wdec_ok(&d) ? wdec_object(&d, root, "", "view", p) : NULL;
        if (v)
            view_decode(&d, v, p, pub, &out->pub_part);
        if (wdec_ok(&d) && out->pub_part.seat != VIEW_FACILITATOR)
            ju_err(&d.c, "view.seat", "expected %d: the facilitator's", VIEW_FACILITATOR);
        if (wdec_ok(&d))
            wdec_each(&d, root, "", "seats", pub->nseats, pub->nseats, out->seats,
                      sizeof out->seats[0], fseat_decode, NULL);
    }
    return wdec_finish(&d, root, err);
}
