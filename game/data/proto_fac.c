/* proto_fac.c - the facilitator's messages of the protocol: the action a
 * console sends (fac: any kind of the record's list, with the fields its
 * kind takes) and what the server sends the console alone (roster, msel,
 * journal). Tables of fields drive the encoder and the hostile-input
 * decoder as in the wire codec; texts are read as the save reads them. */
#include <stdio.h>
#include <string.h>

#include "../core/pub.h"
#include "proto_int.h"

/* ---- names ---------------------------------------------------------------- */

static const char *const presence_names[] = { "local", "connected", "dropped", "never_joined" };
static const char *const state_names[] = { "upcoming", "held", "waiting", "live", "fired" };

static const char *name_in(const char *const *names, int n, int v)
{
    return v >= 0 && v < n ? names[v] : "?";
}

static int from_in(const char *const *names, int n, const char *s)
{
    for (int i = 0; s && i < n; i++)
        if (strcmp(names[i], s) == 0)
            return i;
    return -1;
}

#define NNAMES(a) ((int)(sizeof(a) / sizeof((a)[0])))

static const char *presence_name(int v)
{
    return name_in(presence_names, NNAMES(presence_names), v);
}

static int presence_from(const char *s)
{
    return from_in(presence_names, NNAMES(presence_names), s);
}

static const char *state_name(int v)
{
    return name_in(state_names, NNAMES(state_names), v);
}

static int state_from(const char *s)
{
    return from_in(state_names, NNAMES(state_names), s);
}

static const char *kind_name(int v)
{
    const char *n = fac_kind_name(v);
    return n ? n : "?";
}

/* ---- the tables ------------------------------------------------------------ */

#define DAY (24 * 3600)

static const struct wfield seat_fields[] = {
    WF_DOM(struct fac_seat, human, WD_BOOL),
    WF_ENUM(struct fac_seat, presence, 0, presence_name, presence_from),
    WF_DOM(struct fac_seat, confirmed, WD_BOOL),
    WF_NUM(struct fac_seat, drafted, -1, MAX_ORDERS),
    WF_NUM(struct fac_seat, last_seen, -1, 1000000000),
};

static const struct wfield inject_fields[] = {
    WF_NUM(struct fac_inject, index, 0, MAX_INJECTS - 1),
    WF_ENUM(struct fac_inject, state, 0, state_name, state_from),
    WF_NUM(struct fac_inject, week, 0, MAX_TURNS),
    WF_NUM(struct fac_inject, audience, -1, MAX_SEATS - 1),
    WF_NUM(struct fac_inject, nchoices, 0, MAX_CHOICES),
    WF_NUM(struct fac_inject, answer, -1, MAX_CHOICES - 1),
};

/* A journal entry: every field (the kind's meaning is the record's). */
static const struct wfield action_fields[] = {
    { "action", offsetof(struct fac_action, kind), WT_U8, WD_ENUM, 0, 0, 0, kind_name,
      fac_kind_from_name },
    WF_NUM(struct fac_action, week, 0, MAX_TURNS),
    WF_NUM(struct fac_action, seat, -1, MAX_SEATS - 1),
    WF_NUM(struct fac_action, inject, -1, MAX_INJECTS - 1),
    WF_NUM(struct fac_action, human, -1, 1),
    WF_NUM(struct fac_action, was_human, -1, 1),
    WF_DOM(struct fac_action, relative, WD_BOOL),
    WF_DOM(struct fac_action, undone, WD_BOOL),
    WF_NUM(struct fac_action, amount, -DAY, DAY),
};

/* ---- the action a console sends ---------------------------------------------- */

/* The fields of a fac message besides type, id and action. */
enum {
    F_INJECT = 1, F_SEAT = 2, F_HUMAN = 4, F_AMOUNT = 8, F_RELATIVE = 16, F_TITLE = 32,
    F_TEXT = 64, F_ALL = 127
};

/* The fields kind takes, and (*need) those it must have. */
static unsigned kind_fields(int kind, unsigned *need)
{
    switch (kind) {
    case FAC_FIRE: case FAC_HOLD: case FAC_RELEASE: return *need = F_INJECT;
    case FAC_CONTINGENCY: *need = F_TITLE | F_TEXT; return F_SEAT | F_TITLE | F_TEXT;
    case FAC_SEAT: return *need = F_SEAT | F_HUMAN;
    case FAC_KICK: return *need = F_SEAT;
    case FAC_DEADLINE: *need = F_AMOUNT; return F_AMOUNT | F_RELATIVE;
    case FAC_REWIND: case FAC_SHOW: return *need = F_AMOUNT;
    case FAC_REVEAL: case FAC_NOTE: return *need = F_TEXT;
    case FAC_PAUSE: case FAC_RESUME: case FAC_RESOLVE_NOW: return *need = 0;
    default: *need = 0; return F_ALL;   /* a kind this list does not know yet */
    }
}

static const char *const field_keys[] = { "inject", "seat", "human", "amount", "relative",
                                          "title", "text" };

static void enc_fac(struct wenc *w, cJSON *root, const struct fac_action *a)
{
    unsigned need;
    unsigned f = kind_fields(a->kind, &need);
    wenc_string(w, root, "action", kind_name(a->kind));
    if (f & F_INJECT)
        wenc_int(w, root, "inject", a->inject);
    if (f & F_SEAT)
        wenc_int(w, root, "seat", a->seat);
    if (f & F_HUMAN)
        wenc_bool(w, root, "human", a->human > 0);
    if (f & F_AMOUNT)
        wenc_int(w, root, "amount", a->amount);
    if (f & F_RELATIVE)
        wenc_bool(w, root, "relative", a->relative);
    if (f & F_TITLE)
        wenc_string(w, root, "title", a->title);
    if (f & F_TEXT)
        wenc_string(w, root, "text", a->text);
}

static void dec_fac(struct wdec *d, const cJSON *root, const struct pub *pub,
                    struct fac_action *a)
{
    struct jctx *c = &d->c;
    const cJSON *v = ju_get(c, root, "", "action", 1);
    int kind = v ? ju_enum_value(c, v, "action", fac_kind_from_name, "facilitator action") : -1;
    if (kind < 0)
        return;
    *a = fac_action_make(kind);
    unsigned need;
    unsigned f = kind_fields(kind, &need);
    const char *keys[12] = { "type", "id", "action" };
    int nk = 3;
    for (int k = 0; k < NNAMES(field_keys); k++)
        if (f & (1u << k))
            keys[nk++] = field_keys[k];
    keys[nk] = NULL;
    ju_keys(c, root, "", keys);
    for (int k = 0; k < NNAMES(field_keys) && wdec_ok(d); k++)
        if ((need & (1u << k)) && !cJSON_GetObjectItemCaseSensitive(root, field_keys[k]))
            ju_err(c, field_keys[k], "missing: a %s names it", fac_kind_name(kind));
    int seats = pub ? pub->nseats : MAX_SEATS, turns = pub ? pub->turns : MAX_TURNS;
    int x = -1;
    if (ju_int_opt(c, root, "", "inject", 0, MAX_INJECTS - 1, -1, &x))
        a->inject = (int8_t)x;
    /* a contingency's audience may be every seat (-1) */
    if (ju_int_opt(c, root, "", "seat", kind == FAC_CONTINGENCY ? -1 : 0, seats - 1, -1, &x))
        a->seat = (int8_t)x;
    if (cJSON_GetObjectItemCaseSensitive(root, "human") && ju_bool(c, root, "", "human", &x))
        a->human = (int8_t)x;
    if (cJSON_GetObjectItemCaseSensitive(root, "relative") &&
        ju_bool(c, root, "", "relative", &x))
        a->relative = (uint8_t)x;
    x = 0;
    if (kind == FAC_REWIND  ? ju_int_opt(c, root, "", "amount", 1, turns, 0, &x)
        : kind == FAC_SHOW  ? ju_int_opt(c, root, "", "amount", 0, FAC_SHOW_MAX, 0, &x)
                            : ju_int_opt(c, root, "", "amount", -DAY, DAY, 0, &x))
        a->amount = x;
    if (f & F_TITLE)
        wdec_text(d, root, "", "title", JT_NAME, (need & F_TITLE) ? 0 : JU_EMPTY, a->title,
                  sizeof a->title);
    if (f & F_TEXT)
        wdec_text(d, root, "", "text", JT_LONG, (need & F_TEXT) ? JU_NONEMPTY : 0, a->text,
                  sizeof a->text);
}

/* ---- what the console is sent ---------------------------------------------- */

static void enc_roster(struct wenc *w, cJSON *root, const struct fac_status *st)
{
    int n = st->nseats < 0 ? 0 : st->nseats > MAX_SEATS ? MAX_SEATS : st->nseats;
    wenc_int(w, root, "week", st->week);
    wenc_int(w, root, "weeks", st->weeks);
    wenc_bool(w, root, "ended", st->ended);
    wenc_bool(w, root, "paused", st->paused);
    if (st->deadline >= 0)
        wenc_int(w, root, "deadline", st->deadline);
    else if (!cJSON_AddNullToObject(root, "deadline"))
        w->oom = 1;
    wenc_int(w, root, "deadline_secs", st->deadline_secs);
    wenc_int(w, root, "recorded", st->nrecorded);
    wenc_string(w, root, "file", st->file);
    cJSON *arr = wenc_array(w, root, "seats");
    for (int i = 0; i < n && arr; i++) {
        cJSON *o = wenc_object(w, arr, NULL);
        if (!o)
            break;
        wenc_fields(w, o, &st->seats[i], seat_fields, WF_COUNT(seat_fields));
        wenc_string(w, o, "played_by", st->seats[i].played_by);
    }
}

static void dec_seat(struct wdec *d, const cJSON *item, const char *path, void *out,
                     const void *arg)
{
    static const char *const extra[] = { "played_by", NULL };
    struct fac_seat *s = out;
    (void)arg;
    wdec_keys(d, item, path, seat_fields, WF_COUNT(seat_fields), extra);
    wdec_fields(d, item, path, s, seat_fields, WF_COUNT(seat_fields));
    wdec_text(d, item, path, "played_by", JT_NAME, JU_EMPTY, s->played_by,
              sizeof s->played_by);
}

static void dec_roster(struct wdec *d, const cJSON *root, const struct pub *pub,
                       struct fac_status *st)
{
    struct jctx *c = &d->c;
    int turns = pub ? pub->turns : MAX_TURNS, seats = pub ? pub->nseats : MAX_SEATS;
    char file[LONG_TEXT];
    memset(st, 0, sizeof *st);
    ju_int(c, root, "", "week", 0, turns, &st->week);
    ju_int(c, root, "", "weeks", 1, MAX_TURNS, &st->weeks);
    ju_bool(c, root, "", "ended", &st->ended);
    ju_bool(c, root, "", "paused", &st->paused);
    const cJSON *dl = ju_get(c, root, "", "deadline", 1);
    st->deadline = -1;
    if (dl && !cJSON_IsNull(dl))
        ju_int_value(c, dl, "deadline", 0, DAY, &st->deadline);
    ju_int(c, root, "", "deadline_secs", 0, DAY, &st->deadline_secs);
    ju_int(c, root, "", "recorded", 0, MAX_FAC_ACTIONS, &st->nrecorded);
    wdec_text(d, root, "", "file", JT_LONG, 0, file, sizeof file);
    if (strlen(file) >= sizeof st->file)
        ju_err(c, "file", "a path of at most %zu bytes", sizeof st->file - 1);
    else
        snprintf(st->file, sizeof st->file, "%s", file);
    st->nseats = wdec_each(d, root, "", "seats", pub ? seats : MIN_SEATS, seats, st->seats,
                           sizeof st->seats[0], dec_seat, NULL);
}

static void enc_msel(struct wenc *w, cJSON *root, const struct fac_inject *in, int n)
{
    cJSON *arr = wenc_array(w, root, "injects");
    for (int k = 0; k < n && arr; k++) {
        cJSON *o = wenc_object(w, arr, NULL);
        if (!o)
            break;
        wenc_fields(w, o, &in[k], inject_fields, WF_COUNT(inject_fields));
        wenc_string(w, o, "title", in[k].title);
        wenc_string(w, o, "trigger", in[k].trigger);
        wenc_string(w, o, "answer_text", in[k].answer_text);
    }
}

static void dec_inject(struct wdec *d, const cJSON *item, const char *path, void *out,
                       const void *arg)
{
    static const char *const extra[] = { "title", "trigger", "answer_text", NULL };
    struct fac_inject *f = out;
    (void)arg;
    memset(f, 0, sizeof *f);
    wdec_keys(d, item, path, inject_fields, WF_COUNT(inject_fields), extra);
    wdec_fields(d, item, path, f, inject_fields, WF_COUNT(inject_fields));
    wdec_text(d, item, path, "title", JT_NAME, JU_EMPTY, f->title, sizeof f->title);
    wdec_text(d, item, path, "trigger", JT_LINE, 0, f->trigger, sizeof f->trigger);
    wdec_text(d, item, path, "answer_text", JT_LINE, 0, f->answer_text, sizeof f->answer_text);
}

static void enc_journal(struct wenc *w, cJSON *root, const struct fac_action *a, int n)
{
    cJSON *arr = wenc_array(w, root, "actions");
    for (int k = 0; k < n && arr; k++) {
        cJSON *o = wenc_object(w, arr, NULL);
        if (!o)
            break;
        wenc_fields(w, o, &a[k], action_fields, WF_COUNT(action_fields));
        wenc_string(w, o, "at", a[k].at);
        wenc_string(w, o, "title", a[k].title);
        wenc_string(w, o, "text", a[k].text);
    }
}

static void dec_entry(struct wdec *d, const cJSON *item, const char *path, void *out,
                      const void *arg)
{
    static const char *const extra[] = { "at", "title", "text", NULL };
    struct fac_action *a = out;
    char at[SHORT_TEXT], p[JU_PATH];
    (void)arg;
    memset(a, 0, sizeof *a);
    wdec_keys(d, item, path, action_fields, WF_COUNT(action_fields), extra);
    wdec_fields(d, item, path, a, action_fields, WF_COUNT(action_fields));
    wdec_text(d, item, path, "at", JT_LINE, 0, at, sizeof at);
    if (strlen(at) >= sizeof a->at)
        ju_err(&d->c, ju_key(p, path, "at"), "expected a UTC time (\"2026-12-05T22:16:42Z\")");
    else
        snprintf(a->at, sizeof a->at, "%s", at);
    wdec_text(d, item, path, "title", JT_NAME, JU_EMPTY, a->title, sizeof a->title);
    wdec_text(d, item, path, "text", JT_LONG, 0, a->text, sizeof a->text);
}

/* ---- the messages --------------------------------------------------------------- */

const char *const *proto_fac_keys(int type)
{
    static const char *const roster[] = { "type", "id", "week", "weeks", "ended", "paused",
                                          "deadline", "deadline_secs", "recorded", "file",
                                          "seats", NULL };
    static const char *const msel[] = { "type", "id", "injects", NULL };
    static const char *const journal[] = { "type", "id", "actions", NULL };
    static const char *const pages[] = { "type", "id", "titles", NULL };
    static const char *const fac[] = { "type", "id", "action", "inject", "seat", "human",
                                       "amount", "relative", "title", "text", NULL };
    switch (type) {
    case MSG_ROSTER: return roster;
    case MSG_MSEL: return msel;
    case MSG_JOURNAL: return journal;
    case MSG_PAGES: return pages;
    default: return fac;         /* dec_fac narrows them by the action */
    }
}

void proto_fac_encode(struct wenc *w, cJSON *root, const struct proto_msg *m)
{
    switch (m->type) {
    case MSG_FAC: enc_fac(w, root, &m->fac); break;
    case MSG_ROSTER:
        if (m->roster)
            enc_roster(w, root, m->roster);
        break;
    case MSG_MSEL:
        enc_msel(w, root, m->msel, m->msel ? m->nmsel : 0);
        break;
    case MSG_JOURNAL:
        enc_journal(w, root, m->journal, m->journal ? m->njournal : 0);
        break;
    case MSG_PAGES:
        wenc_texts(w, root, "titles", m->titles ? m->titles[0] : "", SHORT_TEXT,
                   m->titles ? m->ntitles : 0);
        break;
    default: break;
    }
}

void proto_fac_decode(struct wdec *d, const cJSON *root, const struct pub *pub,
                      struct proto_msg *m)
{
    const char *key = m->type == MSG_ROSTER ? "seats"
                      : m->type == MSG_MSEL ? "injects"
                      : m->type == MSG_PAGES ? "titles"
                                             : "actions";
    if (m->type != MSG_FAC &&
        (m->type == MSG_ROSTER  ? !m->roster
         : m->type == MSG_MSEL  ? !m->msel
         : m->type == MSG_PAGES ? !m->titles
                                : !m->journal)) {
        ju_err(&d->c, key, "not expected here");
        return;
    }
    switch (m->type) {
    case MSG_FAC: dec_fac(d, root, pub, &m->fac); break;
    case MSG_ROSTER: dec_roster(d, root, pub, m->roster); break;
    case MSG_MSEL:
        m->nmsel = wdec_each(d, root, "", "injects", 0, MAX_INJECTS, m->msel,
                             sizeof m->msel[0], dec_inject, NULL);
        break;
    case MSG_JOURNAL:
        m->njournal = wdec_each(d, root, "", "actions", 0, MAX_JOURNAL, m->journal,
                                sizeof m->journal[0], dec_entry, NULL);
        break;
    case MSG_PAGES:
        m->ntitles = wdec_texts(d, root, "titles", JT_LINE, m->titles[0], sizeof m->titles[0],
                                PROTO_PAGES);
        break;
    default: break;
    }
}
