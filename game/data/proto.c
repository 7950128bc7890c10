/* proto.c - the protocol's messages to JSON and back (proto.h). The
 * envelope (type, id, the small fields) is a cJSON tree; a view, an fview
 * or the public book is the wire codec's text, spliced in when encoding
 * and handed back to the wire codec when decoding. */
#include <stdlib.h>
#include <string.h>

#include "../core/pub.h"
#include "../core/view.h"
#include "proto_int.h"
#include "team_name.h"

/* ---- names ------------------------------------------------------------ */

static const char *const type_names[] = {
#define X_NAME(e, name, by) name,
    PROTO_MSG_LIST(X_NAME)
#undef X_NAME
};

static const unsigned type_senders[] = {
#define X_BY(e, name, by) by,
    PROTO_MSG_LIST(X_BY)
#undef X_BY
};

static const char *const role_names[] = {
#define X_NAME(e, name, stays) name,
    PROTO_ROLE_LIST(X_NAME)
#undef X_NAME
};

static const unsigned char role_stays[] = {
#define X_STAYS(e, name, stays) stays,
    PROTO_ROLE_LIST(X_STAYS)
#undef X_STAYS
};

static int lookup(const char *const *names, int n, const char *s)
{
    for (int i = 0; s && i < n; i++)
        if (strcmp(names[i], s) == 0)
            return i;
    return -1;
}

const char *proto_type_name(int type)
{
    return type >= 0 && type < MSG_COUNT ? type_names[type] : NULL;
}

const char *proto_role_name(int role)
{
    return role >= 0 && role < ROLE_COUNT ? role_names[role] : NULL;
}

int proto_role_from_name(const char *name)
{
    return lookup(role_names, ROLE_COUNT, name);
}

int proto_role_stays(int role)
{
    return role >= 0 && role < ROLE_COUNT && role_stays[role];
}

int proto_may_send(int role, int type)
{
    return role >= 0 && role < ROLE_COUNT && type >= 0 && type < MSG_COUNT &&
           (type_senders[type] & (1u << role)) != 0;
}

void proto_init(struct proto_msg *m, int type)
{
    memset(m, 0, sizeof *m);
    m->type = type;
    m->id = -1;
    m->re = -1;
    m->version = PROTO_VERSION;
    m->seat = -1;
    m->norders = 0;
    m->status.deadline = -1;
    m->fac = fac_action_make(0);
}

/* ---- encoding ----------------------------------------------------------- */

static void enc_status(struct wenc *w, cJSON *root, const struct proto_status *s)
{
    int n = s->nseats < 0 ? 0 : s->nseats > MAX_SEATS ? MAX_SEATS : s->nseats;
    int human[MAX_SEATS], ready[MAX_SEATS], conn[MAX_SEATS];
    wenc_int(w, root, "week", s->week);
    wenc_bool(w, root, "ended", s->ended);
    wenc_int(w, root, "nseats", n);
    for (int i = 0; i < n; i++) {
        human[i] = s->human[i] != 0;
        ready[i] = s->ready[i] != 0;
        conn[i] = s->connected[i] != 0;
    }
    cJSON *a[3] = { wenc_array(w, root, "human"), wenc_array(w, root, "ready"),
                    wenc_array(w, root, "connected") };
    const int *v[3] = { human, ready, conn };
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < n && a[k]; i++) {
            cJSON *b = cJSON_CreateBool(v[k][i]);
            if (!b || !cJSON_AddItemToArray(a[k], b)) {
                cJSON_Delete(b);
                w->oom = 1;
            }
        }
    if (s->deadline >= 0)
        wenc_int(w, root, "deadline", s->deadline);
    else if (!cJSON_AddNullToObject(root, "deadline"))
        w->oom = 1;
    wenc_bool(w, root, "paused", s->paused);
}

/* The envelope of m as a tree (without a view or book). */
static cJSON *envelope(struct wenc *w, const struct proto_msg *m)
{
    cJSON *root = cJSON_CreateObject();
    if (!root) {
        w->oom = 1;
        return NULL;
    }
    wenc_string(w, root, "type", proto_type_name(m->type));
    if (m->id >= 0)
        wenc_int(w, root, "id", m->id);
    switch (m->type) {
    case MSG_HELLO:
        wenc_int(w, root, "version", m->version);
        wenc_string(w, root, "token", m->token);
        if (m->client[0])
            wenc_string(w, root, "client", m->client);
        break;
    case MSG_SIZE:
        wenc_int(w, root, "cols", m->cols);
        break;
    case MSG_WELCOME:
        wenc_int(w, root, "version", m->version);
        wenc_string(w, root, "role", proto_role_name(m->role));
        if (m->seat >= 0)
            wenc_int(w, root, "seat", m->seat);
        else if (!cJSON_AddNullToObject(root, "seat"))
            w->oom = 1;
        if (m->pub)
            wenc_texts(w, root, "teams", m->teams[0], sizeof m->teams[0],
                       m->pub->nseats < MAX_SEATS ? m->pub->nseats : MAX_SEATS);
        break;
    case MSG_DRAFT:
    case MSG_READY:
        wenc_int(w, root, "week", m->week);
        if (m->type == MSG_DRAFT || m->norders >= 0)
            wenc_records(w, root, "orders", m->orders, sizeof m->orders[0],
                         m->norders < 0 ? 0 : m->norders > MAX_ORDERS ? MAX_ORDERS : m->norders,
                         wire_order_fields, wire_norder_fields);
        break;
    case MSG_UNREADY:
        wenc_int(w, root, "week", m->week);
        break;
    case MSG_STATUS:
        enc_status(w, root, &m->status);
        break;
    case MSG_FAC: case MSG_ROSTER: case MSG_MSEL: case MSG_JOURNAL: case MSG_PAGES:
        proto_fac_encode(w, root, m);
        break;
    case MSG_ACK:
    case MSG_ERROR:
        if (m->re >= 0)
            wenc_int(w, root, "re", m->re);
        if (m->type == MSG_ACK)
            break;
        wenc_string(w, root, "message", m->message);
        wenc_bool(w, root, "fatal", m->fatal);
        break;
    case MSG_BYE:
        if (m->reason[0])
            wenc_string(w, root, "reason", m->reason);
        break;
    default:
        break;
    }
    return root;
}

/* head (a JSON object's text, ending with '}') with ,"key":body spliced
 * in before its end; frees head and body. NULL when out of memory. */
static char *splice(char *head, const char *key, char *body)
{
    char *out = NULL;
    size_t hn = head ? strlen(head) : 0;
    if (head && body && hn >= 2 && head[hn - 1] == '}') {
        size_t bn = strlen(body), kn = strlen(key);
        out = malloc(hn + kn + bn + 6);
        if (out) {
            memcpy(out, head, hn - 1);
            size_t k = hn - 1;
            if (hn > 2)
                out[k++] = ',';
            out[k++] = '"';
            memcpy(out + k, key, kn);
            k += kn;
            out[k++] = '"';
            out[k++] = ':';
            memcpy(out + k, body, bn);
            k += bn;
            out[k++] = '}';
            out[k] = 0;
        }
    }
    free(head);
    free(body);
    return out;
}

char *proto_encode(const struct proto_msg *m)
{
    if (!proto_type_name(m->type))
        return NULL;
    struct wenc w = { MAX_SEATS, 0 };
    char *text = wenc_finish(&w, envelope(&w, m));
    if (m->type == MSG_WELCOME && m->pub)
        text = splice(text, "pub", wire_pub_encode(m->pub));
    else if (m->type == MSG_VIEW && m->fview)
        text = splice(text, "fview", wire_fview_encode(m->fview));
    else if (m->type == MSG_VIEW && m->view)
        text = splice(text, "view", wire_view_encode(m->view));
    else if (m->type == MSG_BOARD && m->board)
        text = splice(text, "board", wire_board_encode(m->board));
    return text;
}

/* ---- decoding ----------------------------------------------------------- */

/* The keys each type may carry besides "type" and "id". */
static const char *const *keys_of(int type)
{
    static const char *const hello[] = { "type", "id", "version", "token", "client", NULL };
    static const char *const welcome[] = { "type", "id", "version", "role", "seat", "pub",
                                           "teams", NULL };
    static const char *const view[] = { "type", "id", "view", "fview", NULL };
    static const char *const orders[] = { "type", "id", "week", "orders", NULL };
    static const char *const week[] = { "type", "id", "week", NULL };
    static const char *const status[] = { "type",  "id",        "week",     "ended",
                                          "nseats", "human",    "ready",    "connected",
                                          "deadline", "paused", NULL };
    static const char *const ack[] = { "type", "id", "re", NULL };
    static const char *const error[] = { "type", "id", "re", "message", "fatal", NULL };
    static const char *const bye[] = { "type", "id", "reason", NULL };
    static const char *const bare[] = { "type", "id", NULL };
    static const char *const board[] = { "type", "id", "board", NULL };
    static const char *const size[] = { "type", "id", "cols", NULL };
    switch (type) {
    case MSG_HELLO: return hello;
    case MSG_WELCOME: return welcome;
    case MSG_VIEW: return view;
    case MSG_DRAFT: case MSG_READY: return orders;
    case MSG_UNREADY: return week;
    case MSG_STATUS: return status;
    case MSG_FAC: case MSG_ROSTER: case MSG_MSEL: case MSG_JOURNAL: case MSG_PAGES:
        return proto_fac_keys(type);
    case MSG_ACK: return ack;
    case MSG_ERROR: return error;
    case MSG_BYE: return bye;
    case MSG_BOARD: return board;
    case MSG_SIZE: return size;
    default: return bare;
    }
}

/* An ASCII string of at most n-1 printable characters at obj.key into out. */
static void dec_ascii(struct wdec *d, const cJSON *obj, const char *key, int required,
                      char *out, size_t n)
{
    const cJSON *s = ju_get(&d->c, obj, "", key, required);
    if (!s)
        return;
    if (!cJSON_IsString(s) || strlen(s->valuestring) >= n) {
        ju_err(&d->c, key, "expected a string of at most %zu characters", n - 1);
        return;
    }
    for (const char *p = s->valuestring; *p; p++)
        if (*p < 0x20 || *p > 0x7e) {
            ju_err(&d->c, key, "expected printable ASCII");
            return;
        }
    snprintf(out, n, "%s", s->valuestring);
}

/* The member key of obj, an object or array, as text handed to a wire
 * decoder (fn's kind by what), or an error. */
static void dec_embedded(struct wdec *d, const cJSON *obj, const char *key, const struct pub *pub,
                         struct proto_msg *m)
{
    char err[WIRE_ERR];
    const cJSON *item = ju_object(&d->c, obj, "", key, 1);
    if (!item)
        return;
    char *text = cJSON_PrintUnformatted(item);
    if (!text) {
        ju_err(&d->c, key, "out of memory");
        return;
    }
    int ok = 1;
    size_t len = strlen(text);
    if (strcmp(key, "pub") == 0)
        ok = m->pub ? wire_pub_decode(text, len, m->pub, err) : -1;
    else if (strcmp(key, "fview") == 0)
        ok = m->fview && pub ? wire_fview_decode(text, len, pub, m->fview, err) : -1;
    else if (strcmp(key, "board") == 0)
        ok = m->board && pub ? wire_board_decode(text, len, pub, m->board, err) : -1;
    else
        ok = m->view && pub ? wire_view_decode(text, len, pub, m->view, err) : -1;
    free(text);
    if (ok < 0)
        ju_err(&d->c, key, "not expected here");
    else if (!ok)
        ju_err(&d->c, key, "%s", err);
}

/* A list of bools, one per seat, at obj.key into out. */
static void dec_flags(struct wdec *d, const cJSON *obj, const char *key, int n,
                      unsigned char *out)
{
    char ap[JU_PATH], p[JU_PATH];
    int cnt;
    const cJSON *arr = wdec_array(d, obj, "", key, n, n, &cnt, ap);
    int k = 0;
    const cJSON *b;
    cJSON_ArrayForEach(b, arr) {
        if (k >= n)
            break;
        if (!cJSON_IsBool(b)) {
            ju_err(&d->c, ju_idx(p, ap, k), "expected true or false");
            return;
        }
        out[k++] = cJSON_IsTrue(b) ? 1 : 0;
    }
}

/* The teams' names at root.teams, one per seat of the book: each "" or
 * a name as mandate new takes it (team_name_clean: one line of UTF-8, no
 * control or bidirectional character, at most NAME_COLS columns). */
static void dec_teams(struct wdec *d, const cJSON *root, int nseats, struct proto_msg *m)
{
    char ap[JU_PATH], p[JU_PATH], why[160];
    int n = 0, k = 0;
    const cJSON *arr = wdec_array(d, root, "", "teams", nseats, nseats, &n, ap);
    const cJSON *s;
    cJSON_ArrayForEach(s, arr) {
        if (k >= n || k >= MAX_SEATS || !wdec_ok(d))
            break;
        if (!cJSON_IsString(s))
            ju_err(&d->c, ju_idx(p, ap, k), "expected a team's name (a string)");
        else if (!team_name_clean(s->valuestring, m->teams[k], sizeof m->teams[k], why,
                                  sizeof why))
            ju_err(&d->c, ju_idx(p, ap, k), "a team's name refused: %s", why);
        k++;
    }
}

static void dec_status(struct wdec *d, const cJSON *root, const struct pub *pub,
                       struct proto_status *s)
{
    int max = pub ? pub->nseats : MAX_SEATS;
    ju_int(&d->c, root, "", "week", 0, MAX_TURNS, &s->week);
    ju_bool(&d->c, root, "", "ended", &s->ended);
    ju_bool(&d->c, root, "", "paused", &s->paused);
    if (!ju_int(&d->c, root, "", "nseats", pub ? max : MIN_SEATS, max, &s->nseats))
        return;
    dec_flags(d, root, "human", s->nseats, s->human);
    dec_flags(d, root, "ready", s->nseats, s->ready);
    dec_flags(d, root, "connected", s->nseats, s->connected);
    const cJSON *dl = ju_get(&d->c, root, "", "deadline", 1);
    if (cJSON_IsNull(dl))
        s->deadline = -1;
    else if (dl)
        ju_int_value(&d->c, dl, "deadline", 0, 1000000, &s->deadline);
}

/* The orders at root.orders (required: 1) into m. */
static void dec_orders(struct wdec *d, const cJSON *root, int required, struct proto_msg *m)
{
    m->norders = -1;
    if (!required && !cJSON_GetObjectItemCaseSensitive(root, "orders"))
        return;
    memset(m->orders, 0, sizeof m->orders);
    m->norders = wdec_records(d, root, "", "orders", m->orders, sizeof m->orders[0], MAX_ORDERS,
                              wire_order_fields, wire_norder_fields);
}

static void dec_body(struct wdec *d, const cJSON *root, const struct pub *pub,
                     struct proto_msg *m)
{
    struct jctx *c = &d->c;
    int turns = pub ? pub->turns : MAX_TURNS;
    switch (m->type) {
    case MSG_HELLO:
        ju_int(c, root, "", "version", 0, 1000000, &m->version);
        dec_ascii(d, root, "token", 1, m->token, sizeof m->token);
        dec_ascii(d, root, "client", 0, m->client, sizeof m->client);
        break;
    case MSG_WELCOME: {
        ju_int(c, root, "", "version", 0, 1000000, &m->version);
        char role[16] = "";
        dec_ascii(d, root, "role", 1, role, sizeof role);
        m->role = proto_role_from_name(role);
        if (wdec_ok(d) && (m->role < ROLE_SEAT || m->role > ROLE_BOARD))
            ju_err(c, "role", "expected seat, facilitator or board");
        const cJSON *s = ju_get(c, root, "", "seat", 1);
        m->seat = -1;
        if (s && !cJSON_IsNull(s))
            ju_int_value(c, s, "seat", 0, MAX_SEATS - 1, &m->seat);
        if (wdec_ok(d))
            dec_embedded(d, root, "pub", pub, m);
        if (wdec_ok(d) && m->pub)
            dec_teams(d, root, m->pub->nseats, m);
        break;
    }
    case MSG_VIEW: {
        int hv = cJSON_GetObjectItemCaseSensitive(root, "view") != NULL;
        int hf = cJSON_GetObjectItemCaseSensitive(root, "fview") != NULL;
        if (hv == hf)
            ju_err(c, "", "expected one of view and fview");
        else
            dec_embedded(d, root, hv ? "view" : "fview", pub, m);
        break;
    }
    case MSG_DRAFT:
    case MSG_READY:
        ju_int(c, root, "", "week", 1, turns, &m->week);
        dec_orders(d, root, m->type == MSG_DRAFT, m);
        break;
    case MSG_UNREADY:
        ju_int(c, root, "", "week", 1, turns, &m->week);
        break;
    case MSG_STATUS:
        dec_status(d, root, pub, &m->status);
        break;
    case MSG_FAC: case MSG_ROSTER: case MSG_MSEL: case MSG_JOURNAL: case MSG_PAGES:
        proto_fac_decode(d, root, pub, m);
        break;
    case MSG_ACK:
        ju_int_opt(c, root, "", "re", 0, PROTO_ID_MAX, -1, &m->re);
        break;
    case MSG_ERROR:
        ju_int_opt(c, root, "", "re", 0, PROTO_ID_MAX, -1, &m->re);
        ju_text(c, root, "", "message", JT_LINE, JU_NONEMPTY, m->message, sizeof m->message);
        ju_bool(c, root, "", "fatal", &m->fatal);
        break;
    case MSG_BYE:
        dec_ascii(d, root, "reason", 0, m->reason, sizeof m->reason);
        break;
    case MSG_BOARD:
        dec_embedded(d, root, "board", pub, m);
        break;
    case MSG_SIZE:
        ju_int(c, root, "", "cols", PROTO_COLS_MIN, PROTO_COLS_MAX, &m->cols);
        break;
    default:
        break;
    }
}

int proto_decode(const char *text, size_t len, int sender, const struct pub *pub,
                 struct proto_msg *m, char err[PROTO_ERR])
{
    struct errlist e;
    struct wdec d;
    cJSON *root;
    struct pub *pb = m->pub;
    struct view *vb = m->view;
    struct fview *fb = m->fview;
    struct fac_status *rb = m->roster;
    struct fac_inject *mb = m->msel;
    struct fac_action *jb = m->journal;
    char (*tb)[SHORT_TEXT] = m->titles;
    struct board *bb = m->board;
    proto_init(m, -1);
    m->pub = pb, m->view = vb, m->fview = fb, m->board = bb;
    m->roster = rb, m->msel = mb, m->journal = jb, m->titles = tb;
    if (wdec_begin(&d, &e, "frame", pub, text, len, &root)) {
        const cJSON *t = cJSON_GetObjectItemCaseSensitive(root, "type");
        if (!cJSON_IsString(t))
            ju_err(&d.c, "type", "expected a string naming the message");
        else if ((m->type = lookup(type_names, MSG_COUNT, t->valuestring)) < 0)
            ju_err(&d.c, "type", "no message '%.40s'", t->valuestring);
        else if (!proto_may_send(sender, m->type))
            ju_err(&d.c, "type", "a %s may not send %s", proto_role_name(sender),
                   t->valuestring);
        if (wdec_ok(&d)) {
            ju_keys(&d.c, root, "", keys_of(m->type));
            ju_int_opt(&d.c, root, "", "id", 0, PROTO_ID_MAX, -1, &m->id);
        }
        if (wdec_ok(&d))
            dec_body(&d, root, pub, m);
    }
    /* WIRE_ERR is PROTO_ERR's size or less */
    char werr[WIRE_ERR];
    int ok = wdec_finish(&d, root, werr);
    snprintf(err, PROTO_ERR, "%s", ok ? "" : werr);
    return ok;
}
