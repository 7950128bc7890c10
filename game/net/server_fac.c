/* server_fac.c - the facilitator's end of the server: its actions (any
 * kind of the record's list) taken through the host like the local
 * console's, with what they change sent to every client; and what the
 * facilitator alone is sent: the roster (who plays each seat, who is
 * connected, dropped or never joined, from the server's connections),
 * the clock, the MSEL and the journal, whenever they change. */
#include <stdlib.h>
#include <string.h>

#include "../session/fac_link.h"
#include "../session/host.h"
#include "server_int.h"

/* The facilitator's connection, or NULL. */
static struct conn *facilitator(struct server *s)
{
    for (int k = 0; k < SERVER_MAX_CONNS; k++)
        if (server_authed(&s->conns[k]) && s->conns[k].role == ROLE_FACILITATOR)
            return &s->conns[k];
    return NULL;
}

/* The open connection of seat, or NULL. */
static struct conn *seat_conn(struct server *s, int seat)
{
    for (int k = 0; k < SERVER_MAX_CONNS; k++)
        if (server_authed(&s->conns[k]) && s->conns[k].role == ROLE_SEAT &&
            s->conns[k].seat == seat)
            return &s->conns[k];
    return NULL;
}

/* The roster as the host holds it, with each seat's presence from the
 * connections: connected, dropped (joined once, gone now), never joined;
 * a seat without a team's token is its AI's. */
static void roster(struct server *s, const struct fac_link *l, struct fac_status *st)
{
    int64_t now = server_now();
    l->status(l->ctx, st);
    st->deadline = server_deadline_left(s);
    for (int i = 0; i < st->nseats; i++) {
        struct fac_seat *f = &st->seats[i];
        const struct conn *c = seat_conn(s, i);
        int64_t heard = c ? c->heard : s->seat_heard[i];
        f->presence = c ? FAC_CONNECTED : heard ? FAC_DROPPED
                    : s->tokens.seat[i][0] ? FAC_NEVER_JOINED : FAC_LOCAL;
        f->last_seen = heard ? (int)((now - heard) / 1000) : -1;
    }
}

/* FNV-1a of text: what was last sent, to send only what changed. */
static uint64_t hash(const char *text)
{
    uint64_t h = 1469598103934665603ull;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        h = (h ^ *p) * 1099511628211ull;
    return h | 1;                /* never 0: 0 is "nothing sent" */
}

/* Sends m to c unless the same text was sent last (slot of fac_sent). */
static void send_changed(struct server *s, struct conn *c, const struct proto_msg *m, int slot)
{
    char *text = proto_encode(m);
    if (!text) {
        conn_drop(s, c, "out of memory");
        return;
    }
    uint64_t h = hash(text);
    if (h != s->fac_sent[slot] && conn_send_text(s, c, text, m->type))
        s->fac_sent[slot] = h;
    free(text);
}

/* Once the game has ended, the hot wash's page titles (through the
 * caller's hook: the server draws no report), for the facilitator to
 * choose from. */
static void send_pages(struct server *s, struct conn *c, struct proto_msg *m)
{
    if (!s->o.hotwash_titles || !host_ended(s->h) || c->state != CONN_OPEN)
        return;
    char (*t)[SHORT_TEXT] = malloc(sizeof *t * PROTO_PAGES);
    if (!t)
        return;
    proto_init(m, MSG_PAGES);
    m->titles = t;
    m->ntitles = s->o.hotwash_titles(s->h, t[0], sizeof t[0], PROTO_PAGES);
    if (m->ntitles > 0)
        send_changed(s, c, m, 3);
    free(t);
}

void server_fac_push(struct server *s, int force)
{
    struct conn *c = facilitator(s);
    int64_t now = server_now();
    if (!c || (!force && now - s->fac_at < 1000))
        return;
    s->fac_at = now;
    struct fac_link l;
    fac_link_host_init(&l, s->h);
    struct proto_msg *m = malloc(sizeof *m);
    struct fac_status *st = malloc(sizeof *st);
    struct fac_inject *in = malloc(sizeof *in * MAX_INJECTS);
    struct fac_action *j = malloc(sizeof *j * MAX_JOURNAL);
    if (m && st && in && j) {
        roster(s, &l, st);
        proto_init(m, MSG_ROSTER);
        m->roster = st;
        send_changed(s, c, m, 0);
        proto_init(m, MSG_MSEL);
        m->msel = in;
        m->nmsel = l.msel(l.ctx, in, MAX_INJECTS);
        if (c->state == CONN_OPEN)
            send_changed(s, c, m, 1);
        proto_init(m, MSG_JOURNAL);
        m->journal = j;
        m->njournal = l.journal(l.ctx, j, MAX_JOURNAL);
        if (c->state == CONN_OPEN)
            send_changed(s, c, m, 2);
        send_pages(s, c, m);
    }
    free(m);
    free(st);
    free(in);
    free(j);
}

/* Refuses what the server cannot do for the action (0 with why). */
static int serveable(struct server *s, const struct fac_action *a, char *why, size_t n)
{
    if (a->kind == FAC_SEAT && a->human > 0 && a->seat >= 0 && a->seat < MAX_SEATS &&
        !s->tokens.seat[a->seat][0]) {
        snprintf(why, n, "this contingent has no team token (it was an AI seat when the "
                 "server started): no team could join it");
        return 0;
    }
    return 1;
}

void server_fac_action(struct server *s, struct conn *c, const struct proto_msg *m)
{
    char why[SHORT_TEXT];
    struct fac_link l;
    fac_link_host_init(&l, s->h);
    int week = host_week(s->h), weeks = host_weeks_resolved(s->h);
    const struct fac_action *a = &m->fac;
    if (!serveable(s, a, why, sizeof why) || !l.control(l.ctx, a, why, sizeof why)) {
        conn_error(s, c, m->id, 0, "%s", why);
        return;
    }
    server_log(s, "the facilitator: %s", fac_kind_name(a->kind));
    struct proto_msg ack;
    proto_init(&ack, MSG_ACK);
    ack.re = m->id;
    conn_send(s, c, &ack);
    /* each seat's players' port, or its AI's (a switch, or a rewind that
     * undid one) */
    for (int i = 0; i < host_nseats(s->h); i++)
        host_set_port(s->h, i, host_human(s->h, i) ? &s->port : NULL);
    if (a->kind == FAC_KICK) {
        struct conn *k = seat_conn(s, a->seat);
        char name[96];
        if (k) {
            server_who(s, k, name, sizeof name);
            server_log(s, "%s was disconnected by the facilitator", name);
            conn_close_soon(s, k, "kicked");
        }
    }
    if (a->kind == FAC_REWIND || host_week(s->h) != week ||
        host_weeks_resolved(s->h) != weeks) {
        if (a->kind == FAC_REWIND)
            server_save(s);      /* (a resolution saved itself) */
        else
            s->st.weeks++;
        server_new_week(s);      /* resolved now, or rewound: a week begins */
        return;
    }
    if (host_ended(s->h)) {
        s->acted_after_end = 1;  /* the hot wash's pages shown: saved at the stop */
        server_status_all(s);
        return;
    }
    if (fac_kind_replayed(a->kind)) {
        host_ask(s->h);          /* a seat the AI plays now, or reopened */
        server_push_views(s);
        return;
    }
    server_status_all(s);        /* the clock, or the journal */
}
