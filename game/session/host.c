/* host.c - the game host: set-up, seats and their orders, resolution and
 * the local driver. Saving is in host_save.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/view.h"
#include "host_int.h"
#include "load.h"
#include "session_int.h"

static void utc_now(char *out, size_t n)
{
    time_t t = time(NULL);
    struct tm tm;
    if (!gmtime_r(&t, &tm) || !strftime(out, n, "%Y-%m-%dT%H:%M:%SZ", &tm))
        snprintf(out, n, "%s", "");
}

static struct host *alloc_host(void)
{
    struct host *h = calloc(1, sizeof *h);
    if (!h)
        abort();                 /* out of memory at the start: nothing to save */
    h->saved_turns = -1;
    return h;
}

void host_setup_init(struct host_setup *st, uint64_t seed)
{
    memset(st, 0, sizeof *st);
    st->seed = seed;
    for (int i = 0; i < MAX_SEATS; i++)
        st->level[i] = -1;
    st->autosave = 1;
    st->history = 1;
}

struct host *host_new(const struct bundle *b, const struct host_setup *st)
{
    struct host *h = alloc_host();
    h->b = b;
    h->autosave = st->autosave;
    struct session *s = &h->s;
    session_init(s, b->sc, &b->pub, &b->ps, st->seed);
    if (st->history)
        session_keep_history(s);
    if (st->started_at)
        snprintf(s->rec.started_at, sizeof s->rec.started_at, "%s", st->started_at);
    else
        utc_now(s->rec.started_at, sizeof s->rec.started_at);
    for (int i = 0; i < s->g.nseats; i++) {
        session_set_seat(s, i, st->human[i], st->pers[i] ? st->pers[i] : s->ctl[i].p,
                         st->level[i] >= 0 ? st->level[i] : s->ctl[i].level);
        s->ctl[i].mind.think = st->think;
    }
    return h;
}

void host_set_team(struct host *h, int seat, const char *name)
{
    struct record *r = &h->s.rec;
    if (seat >= 0 && seat < h->s.g.nseats)
        snprintf(r->seats[seat].team, sizeof r->seats[seat].team, "%s", name ? name : "");
}

struct host *host_load(const char *path, int flags, struct save_info *info, struct errlist *e)
{
    struct bundle *b = calloc(1, sizeof *b);
    struct host *h = calloc(1, sizeof *h);
    if (!b || !h) {
        errlist_add(e, "%s: out of memory", path);
        free(b);
        free(h);
        return NULL;
    }
    int rf = REPLAY_HISTORY | (flags & HOST_LOAD_VERIFY ? REPLAY_VERIFY : 0);
    if (!session_load(path, b, &h->s, info, rf, e)) {
        free(b);
        free(h);
        return NULL;
    }
    h->b = h->owned = b;
    h->autosave = 1;
    /* every week's deadline, as the facilitator last set it */
    for (int k = 0; k < h->s.rec.nactions; k++)
        if (h->s.rec.actions[k].kind == FAC_DEADLINE && !h->s.rec.actions[k].relative)
            h->deadline_secs = h->s.rec.actions[k].amount;
    snprintf(h->save_path, sizeof h->save_path, "%s", path);
    h->saved_turns = h->s.rec.nturns;
    return h;
}

void host_free(struct host *h)
{
    if (!h)
        return;
    session_free(&h->s);
    if (h->owned) {
        bundle_free(h->owned);
        free(h->owned);
    }
    free(h);
}

void host_set_autosave(struct host *h, int on)
{
    h->autosave = on != 0;
}

const struct bundle *host_bundle(const struct host *h)
{
    return h->b;
}

const struct session *host_session(const struct host *h)
{
    return &h->s;
}

const struct record *host_record(struct host *h)
{
    return session_record(&h->s);
}

int host_nseats(const struct host *h)
{
    return h->s.g.nseats;
}

static int valid_seat(const struct host *h, int seat)
{
    return seat >= 0 && seat < h->s.g.nseats;
}

int host_human(const struct host *h, int seat)
{
    return valid_seat(h, seat) && h->s.ctl[seat].human;
}

int host_week(const struct host *h)
{
    return h->s.g.turn;
}

int host_weeks_resolved(const struct host *h)
{
    return h->s.rec.nturns;
}

int host_ended(const struct host *h)
{
    return h->s.g.phase == PHASE_ENDED;
}

uint64_t host_checksum(const struct host *h)
{
    return game_checksum(&h->s.g);
}

/* ---- seats and their orders ---- */

void host_set_port(struct host *h, int seat, const struct port *p)
{
    if (valid_seat(h, seat))
        h->port[seat] = p;
}

/* The port that plays seat, or NULL (a human seat without one). */
static const struct port *port_of(const struct host *h, int seat)
{
    if (h->port[seat])
        return h->port[seat];
    return h->s.ctl[seat].human ? NULL : port_ai();
}

void host_set_facilitator(struct host *h, const struct port *p)
{
    h->fac = p;
    h->fac_asked = 0;
}

int host_view(const struct host *h, int seat, struct view *out)
{
    if (seat != VIEW_FACILITATOR && seat != VIEW_PUBLIC && !valid_seat(h, seat))
        return 0;
    view_build(&h->s.g, seat, out);
    session_add_messages(&h->s, seat, out);
    return 1;
}

int host_fview(const struct host *h, struct fview *out)
{
    view_build_facilitator(&h->s.g, out);
    session_add_messages(&h->s, VIEW_FACILITATOR, &out->pub_part);
    return 1;
}

static int refuse(char *why, size_t n, const char *reason)
{
    if (why && n)
        snprintf(why, n, "%s", reason);
    return 0;
}

int host_submit(struct host *h, int seat, const struct order *o, int n, char *why,
                size_t whylen)
{
    const struct game *g = &h->s.g;
    if (!valid_seat(h, seat))
        return refuse(why, whylen, "no such seat");
    if (g->phase != PHASE_ORDERS)
        return refuse(why, whylen, "the game has ended");
    if (h->paused)
        return refuse(why, whylen, HOST_PAUSED);
    if (g->confirmed[seat])
        return refuse(why, whylen, "the orders are confirmed: withdraw the confirmation first");
    if (n < 0 || n > MAX_ORDERS)
        return refuse(why, whylen, "too many orders");
    if (!game_check_orders(g, seat, o, n, why, (int)whylen))
        return 0;
    if (n)
        memcpy(h->draft[seat], o, (size_t)n * sizeof *o);
    h->ndraft[seat] = n;
    h->has_draft[seat] = 1;
    return 1;
}

int host_draft(const struct host *h, int seat, struct order *out, int max)
{
    if (!valid_seat(h, seat) || !h->has_draft[seat])
        return -1;
    int n = h->ndraft[seat] < max ? h->ndraft[seat] : max;
    if (n > 0)
        memcpy(out, h->draft[seat], (size_t)n * sizeof *out);
    return n;
}

int host_ready(struct host *h, int seat, char *why, size_t whylen)
{
    struct game *g = &h->s.g;
    if (!valid_seat(h, seat))
        return refuse(why, whylen, "no such seat");
    if (g->phase != PHASE_ORDERS)
        return refuse(why, whylen, "the game has ended");
    if (h->paused)
        return refuse(why, whylen, HOST_PAUSED);
    if (g->confirmed[seat])
        return 1;
    int n = h->has_draft[seat] ? h->ndraft[seat] : 0;
    return game_submit(g, seat, h->draft[seat], n, why, (int)whylen);
}

int host_unready(struct host *h, int seat)
{
    return !h->paused && host_unconfirm(h, seat);
}

int host_unconfirm(struct host *h, int seat)
{
    struct game *g = &h->s.g;
    if (!valid_seat(h, seat) || g->phase != PHASE_ORDERS || !g->confirmed[seat])
        return 0;
    game_unconfirm(g, seat);
    h->ndraft[seat] = g->norders[seat];
    memcpy(h->draft[seat], g->orders[seat], (size_t)g->norders[seat] * sizeof(struct order));
    h->has_draft[seat] = 1;
    h->asked[seat] = 0;
    return 1;
}

int host_is_ready(const struct host *h, int seat)
{
    return valid_seat(h, seat) && h->s.g.confirmed[seat];
}

int host_all_ready(const struct host *h)
{
    return game_all_confirmed(&h->s.g);
}

void host_ai_play(struct host *h, int seat, const struct view *v)
{
    if (valid_seat(h, seat) && h->s.g.phase == PHASE_ORDERS && !h->s.g.confirmed[seat])
        session_ai_play(&h->s, seat, v);
}

/* ---- resolution ---- */

/* At a deadline: AI seats not yet asked decide (in seat order, as they
 * would have), then each human seat not ready gets its draft submitted,
 * or, having none, its AI personality's orders; flags say which. */
static void fill_seats(struct host *h, uint8_t *flags)
{
    struct game *g = &h->s.g;
    for (int i = 0; i < g->nseats; i++)
        if (!g->confirmed[i] && !h->s.ctl[i].human)
            host_ai_play(h, i, NULL);
    for (int i = 0; i < g->nseats; i++) {
        if (g->confirmed[i])
            continue;
        if (h->has_draft[i] && game_submit(g, i, h->draft[i], h->ndraft[i], NULL, 0)) {
            flags[i] = RF_DRAFT_SUBMITTED;
            continue;
        }
        session_ai_play(&h->s, i, NULL);
        flags[i] = RF_ORDERS_BY_AI;
    }
}

void host_notify(struct host *h, const struct host_note *n)
{
    for (int i = 0; i < h->s.g.nseats; i++) {
        const struct port *p = h->port[i];
        if (p && p->ops->notify)
            p->ops->notify(p->ctx, h, i, n);
    }
}

int host_resolve(struct host *h, int flags)
{
    struct game *g = &h->s.g;
    if (g->phase != PHASE_ORDERS)
        return 0;
    uint8_t rf[MAX_SEATS] = { 0 };
    if (flags & HOST_RESOLVE_NOW)
        fill_seats(h, rf);
    else if (!game_all_confirmed(g))
        return 0;
    session_resolve_flagged(&h->s, rf);
    h->has_deadline = 0;         /* the next week's starts at the next tick */
    memset(h->has_draft, 0, sizeof h->has_draft);
    memset(h->ndraft, 0, sizeof h->ndraft);
    memset(h->asked, 0, sizeof h->asked);
    h->fac_asked = 0;
    struct host_note *n = calloc(1, sizeof *n);
    if (!n)
        return 1;                /* resolved; nobody told: out of memory */
    n->kind = NOTE_RESOLVED;
    n->week = h->s.rec.nturns;
    n->ended = g->phase == PHASE_ENDED;
    n->saved = -1;
    if (h->autosave) {
        n->saved = host_autosave(h, n->path, sizeof n->path);
        if (!n->saved) {
            snprintf(n->why, sizeof n->why, "%s", h->save_error);
            n->path[0] = 0;
        }
    }
    host_notify(h, n);
    free(n);
    return 1;
}

int host_ask(struct host *h)
{
    struct game *g = &h->s.g;
    struct view *v = malloc(sizeof *v);
    if (!v)
        return PORT_QUIT;        /* out of memory: nothing can be shown */
    v->built = 0;                /* never built: its first build clears it whole */
    int res = PORT_OK;
    for (int i = 0; i < g->nseats && g->phase == PHASE_ORDERS; i++) {
        const struct port *p = port_of(h, i);
        if (g->confirmed[i] || h->asked[i] || !p)
            continue;
        /* the AI port builds its own view, lean when it keeps no reasons */
        const struct view *give = NULL;
        if (p != port_ai()) {
            host_view(h, i, v);
            give = v;
        }
        int r = p->ops->turn(p->ctx, h, i, give);
        if (r == PORT_QUIT) {
            res = PORT_QUIT;
            break;
        }
        h->asked[i] = 1;
    }
    free(v);
    return res;
}

/* Tells each seat's own port, in seat order, that the game has ended. */
static int host_end(struct host *h)
{
    for (int i = 0; i < h->s.g.nseats; i++) {
        const struct port *p = h->port[i];
        if (p && p->ops->end && p->ops->end(p->ctx, h, i) == PORT_QUIT)
            return HOST_QUIT;
    }
    return HOST_DONE;
}

/* The facilitator's turn, when it has a port and was not asked this
 * week (or the exercise is paused): PORT_QUIT when it quit. */
static int ask_facilitator(struct host *h)
{
    if (!h->fac || (h->fac_asked && !h->paused))
        return PORT_OK;
    h->fac_asked = 1;
    return h->fac->ops->turn(h->fac->ctx, h, VIEW_FACILITATOR, NULL);
}

int host_run(struct host *h)
{
    while (h->s.g.phase == PHASE_ORDERS) {
        if (ask_facilitator(h) == PORT_QUIT)
            return HOST_QUIT;
        if (h->s.g.phase != PHASE_ORDERS)
            break;               /* resolved now, to the end */
        if (h->paused)
            continue;            /* back to the facilitator */
        if (host_ask(h) == PORT_QUIT)
            return HOST_QUIT;
        if (!host_resolve(h, 0))
            return HOST_PENDING;
    }
    return host_end(h);
}
