/* server_game.c - what the server's messages do to the game, and what each
 * connection is sent: the welcome, its role's view after every week, the
 * status of the week, the end. The seat of a connection comes from its
 * token only (server_int.h). */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/view.h"
#include "../data/save.h"
#include "../session/host.h"
#include "server_int.h"

/* ---- the human seats' port ------------------------------------------------ */

static int net_turn(void *ctx, struct host *h, int seat, const struct view *v)
{
    (void)ctx, (void)h, (void)seat, (void)v;
    return PORT_PENDING;         /* orders come as messages */
}

/* Removes the sidecars written whose save is gone (pruned). */
static void prune_sidecars(struct server *s)
{
    int k = 0;
    for (int i = 0; i < s->nwritten; i++) {
        char json[sizeof s->written[0] + 8];
        size_t n = strlen(s->written[i]) - strlen(".tokens");
        snprintf(json, sizeof json, "%.*s.json", (int)n, s->written[i]);
        if (access(json, F_OK) != 0)
            unlink(s->written[i]);
        else if (k != i)
            memcpy(s->written[k++], s->written[i], sizeof s->written[0]);
        else
            k++;
    }
    s->nwritten = k;
}

/* Writes the tokens' sidecar beside save path (once per path). */
static void sidecar_for(struct server *s, const char *path)
{
    char side[sizeof s->sidecar], err[TOKEN_ERR];
    token_sidecar(path, side, sizeof side);
    if (strcmp(side, s->sidecar) == 0)
        return;
    if (!token_write(side, &s->tokens, err, sizeof err)) {
        server_log(s, "%s", err);
        s->save_failed = 1;
        return;
    }
    snprintf(s->sidecar, sizeof s->sidecar, "%s", side);
    if (s->nwritten == SERVER_SIDECARS) {   /* the oldest is forgotten */
        memmove(s->written[0], s->written[1], sizeof s->written[0] * (SERVER_SIDECARS - 1));
        s->nwritten--;
    }
    snprintf(s->written[s->nwritten++], sizeof s->written[0], "%s", side);
    prune_sidecars(s);
}

static void net_notify(void *ctx, struct host *h, int seat, const struct host_note *n)
{
    struct server *s = ctx;
    (void)h, (void)seat;
    if (n->saved == 1 && strcmp(n->path, s->saved) != 0) {
        sidecar_for(s, n->path);
        snprintf(s->saved, sizeof s->saved, "%s", n->path);
    } else if (n->saved == 0 && !s->save_failed) {
        server_log(s, "week %d was not saved: %s", n->week, n->why);
        s->save_failed = 1;
    }
}

static const struct port_ops net_ops = { "network", net_turn, net_notify, NULL };

void server_save(struct server *s)
{
    char out[1024];
    if (!host_autosave(s->h, out, sizeof out)) {
        server_log(s, "the game was not saved: %s", out);
        s->save_failed = 1;
        return;
    }
    sidecar_for(s, out);
    snprintf(s->saved, sizeof s->saved, "%s", out);
}

void server_game_init(struct server *s)
{
    s->port = (struct port){ &net_ops, s };
    for (int i = 0; i < host_nseats(s->h); i++)
        if (host_human(s->h, i))
            host_set_port(s->h, i, &s->port);
    if (s->o.deadline > 0)       /* the week's clock is the host's */
        host_set_deadline(s->h, s->o.deadline);
    server_save(s);              /* so that a resume has a file from the start */
    if (!host_ended(s->h)) {
        host_ask(s->h);          /* the AI seats decide */
        host_tick(s->h, server_now());   /* the deadline starts */
    }
}

int server_deadline_left(const struct server *s)
{
    return host_deadline_left(s->h, server_now());
}

/* ---- what connections are sent --------------------------------------------- */

/* The text of the view message of key (a seat, VIEW_PUBLIC, or
 * VIEW_FACILITATOR for the fview), malloc'd. */
static char *view_text(struct server *s, int key)
{
    struct proto_msg m;
    proto_init(&m, MSG_VIEW);
    if (key == VIEW_FACILITATOR) {
        host_fview(s->h, s->fbuf);
        m.fview = s->fbuf;
    } else {
        host_view(s->h, key, s->vbuf);
        m.view = s->vbuf;
    }
    return proto_encode(&m);
}

/* Whose view c gets: its seat, VIEW_PUBLIC (the board), VIEW_FACILITATOR. */
static int view_key(const struct conn *c)
{
    return c->role == ROLE_SEAT ? c->seat : c->role == ROLE_BOARD ? VIEW_PUBLIC : VIEW_FACILITATOR;
}

int server_authed(const struct conn *c)
{
    return c->state == CONN_OPEN && c->role != ROLE_NONE;
}

static void status_of(struct server *s, struct proto_msg *m)
{
    proto_init(m, MSG_STATUS);
    struct proto_status *st = &m->status;
    st->week = host_week(s->h);
    st->ended = host_ended(s->h);
    st->nseats = host_nseats(s->h);
    for (int i = 0; i < st->nseats; i++) {
        st->human[i] = (unsigned char)host_human(s->h, i);
        st->ready[i] = (unsigned char)host_is_ready(s->h, i);
    }
    for (int k = 0; k < SERVER_MAX_CONNS; k++)
        if (server_authed(&s->conns[k]) && s->conns[k].role == ROLE_SEAT)
            st->connected[s->conns[k].seat] = 1;
    st->deadline = server_deadline_left(s);
    st->paused = host_paused(s->h);
}

void server_status_all(struct server *s)
{
    struct proto_msg m;
    status_of(s, &m);
    char *text = proto_encode(&m);
    for (int k = 0; k < SERVER_MAX_CONNS && text; k++)
        if (server_authed(&s->conns[k]) && s->conns[k].role != ROLE_BOARD)
            conn_send_text(s, &s->conns[k], text, MSG_STATUS);
    free(text);
    server_fac_push(s, 1);
    server_board_push(s, NULL);  /* the boards: what they show instead */
}

/* Every connection's view (each built and encoded once), then the status. */
void server_push_views(struct server *s)
{
    char *text[MAX_SEATS + 2] = { 0 };
    for (int k = 0; k < SERVER_MAX_CONNS; k++) {
        struct conn *c = &s->conns[k];
        if (!server_authed(c) || c->role == ROLE_BOARD)
            continue;
        int key = view_key(c);
        int slot = key >= 0 ? key : key == VIEW_PUBLIC ? MAX_SEATS : MAX_SEATS + 1;
        if (!text[slot])
            text[slot] = view_text(s, key);
        conn_send_text(s, c, text[slot], MSG_VIEW);
    }
    for (int i = 0; i < MAX_SEATS + 2; i++)
        free(text[i]);
    server_status_all(s);
}

/* The game has ended: every client gets its last view and the status;
 * the teams bye "ended", while the boards and the facilitator stay for
 * the hot wash. */
static void send_end(struct server *s)
{
    server_push_views(s);
    /* the boards stay for the hot wash, and the facilitator who runs it */
    for (int k = 0; k < SERVER_MAX_CONNS; k++)
        if (!proto_role_stays(s->conns[k].role))
            conn_close_soon(s, &s->conns[k], "ended");
    s->ended_told = 1;
    s->ended_at = server_now();
    server_log(s, "the game has ended (%s)", host_file(s->h));
    if (server_stayers(s))
        server_log(s, "the board or the facilitator stays for the hot wash: Ctrl-C stops the "
                   "server");
}

void server_tick(struct server *s)
{
    server_board_tick(s);
    if (host_ended(s->h)) {
        if (!s->ended_told)
            send_end(s);
        return;
    }
    int resolved = 0, week = host_week(s->h);
    if (host_paused(s->h))
        resolved = 0;            /* nothing resolves while paused */
    else if (host_all_ready(s->h))
        resolved = host_resolve(s->h, 0);
    else if ((resolved = host_tick(s->h, server_now())))
        server_log(s, "week %d: the deadline has passed", week);
    if (!resolved) {
        server_fac_push(s, 0);   /* the roster's clocks move on */
        return;
    }
    s->st.weeks++;
    server_log(s, "week %d resolved%s%s", week, s->saved[0] ? "; saved " : "", s->saved);
    server_new_week(s);
}

void server_new_week(struct server *s)
{
    if (host_ended(s->h)) {
        send_end(s);
        return;
    }
    host_ask(s->h);              /* the AI seats decide */
    host_tick(s->h, server_now());   /* the week's deadline starts */
    server_push_views(s);
}

/* ---- what connections send --------------------------------------------------- */

static void ack(struct server *s, struct conn *c, const struct proto_msg *m)
{
    struct proto_msg a;
    proto_init(&a, MSG_ACK);
    a.re = m->id;
    conn_send(s, c, &a);
}

/* The role and seat of token, or ROLE_NONE. */
static int who(const struct server *s, const char *token, int *seat)
{
    int role = ROLE_NONE;
    *seat = -1;
    /* every token is compared, whichever matches */
    for (int i = 0; i < s->tokens.nseats; i++)
        if (token_equal(token, s->tokens.seat[i]))
            role = ROLE_SEAT, *seat = i;
    if (token_equal(token, s->tokens.facilitator))
        role = ROLE_FACILITATOR;
    if (token_equal(token, s->tokens.board))
        role = ROLE_BOARD;
    return role;
}

static void hello(struct server *s, struct conn *c, const struct proto_msg *m)
{
    if (m->version != PROTO_VERSION) {
        conn_error(s, c, m->id, 1, "protocol version %d: this server speaks version %d",
                   m->version, PROTO_VERSION);
        return;
    }
    int seat, role = who(s, m->token, &seat);
    if (role == ROLE_NONE) {
        conn_error(s, c, m->id, 1, "unknown token");
        return;
    }
    /* the same seat (or facilitator) again: the older connection goes,
     * and nothing it still sends counts */
    int again = 0;
    for (int k = 0; k < SERVER_MAX_CONNS && role != ROLE_BOARD; k++) {
        struct conn *o = &s->conns[k];
        if (o != c && server_authed(o) && o->role == role && o->seat == seat) {
            conn_close_soon(s, o, "replaced");
            again = 1;
        }
    }
    c->role = role;
    c->seat = seat;
    char name[96];
    server_who(s, c, name, sizeof name);
    server_log(s, "%s %s %s%s", name, again ? "joined again" : "joined", c->from,
               again ? " (its older connection is closed)" : "");
    struct proto_msg w;
    proto_init(&w, MSG_WELCOME);
    w.role = role;
    w.seat = seat;
    w.pub = (struct pub *)&host_bundle(s->h)->pub;
    for (int i = 0; i < host_nseats(s->h) && i < MAX_SEATS; i++)
        snprintf(w.teams[i], sizeof w.teams[i], "%s", host_record(s->h)->seats[i].team);
    if (!conn_send(s, c, &w))
        return;
    if (role == ROLE_BOARD) {    /* the board's own payload, never a view */
        server_board_push(s, c);
        return;
    }
    char *text = view_text(s, view_key(c));
    int ok = conn_send_text(s, c, text, MSG_VIEW);
    free(text);
    if (!ok)
        return;
    if (role == ROLE_SEAT) {
        struct proto_msg d;
        proto_init(&d, MSG_DRAFT);
        d.week = host_week(s->h);
        d.norders = host_draft(s->h, seat, d.orders, MAX_ORDERS);
        if (d.norders >= 0 && !host_ended(s->h) && !conn_send(s, c, &d))
            return;
    }
    if (role == ROLE_SEAT)
        s->seat_heard[seat] = server_now();
    if (role == ROLE_FACILITATOR)
        memset(s->fac_sent, 0, sizeof s->fac_sent);   /* everything, afresh */
    server_status_all(s);        /* its seat is connected now */
    if (host_ended(s->h) && !proto_role_stays(role))
        conn_close_soon(s, c, "ended");
}

/* 1 when week is the one being played, else 0 after an error. */
static int this_week(struct server *s, struct conn *c, const struct proto_msg *m)
{
    if (host_ended(s->h)) {
        conn_error(s, c, m->id, 0, "the game has ended");
        return 0;
    }
    if (m->week != host_week(s->h)) {
        conn_error(s, c, m->id, 0, "week %d is not being played: this is week %d", m->week,
                   host_week(s->h));
        return 0;
    }
    return 1;
}

/* Submits m's orders as c's seat's (the seat fields are c's, whatever
 * they said). 1, or 0 after an error. */
static int submit(struct server *s, struct conn *c, struct proto_msg *m)
{
    char why[SHORT_TEXT];
    for (int k = 0; k < m->norders; k++)
        m->orders[k].seat = c->seat;
    if (host_submit(s->h, c->seat, m->orders, m->norders, why, sizeof why))
        return 1;
    conn_error(s, c, m->id, 0, "%s", why);
    return 0;
}

void server_handle(struct server *s, struct conn *c, const struct proto_msg *msg)
{
    struct proto_msg m = *msg;
    char why[SHORT_TEXT];
    switch (m.type) {
    case MSG_HELLO:
        hello(s, c, &m);
        break;
    case MSG_DRAFT:
        if (this_week(s, c, &m) && submit(s, c, &m))
            ack(s, c, &m);
        break;
    case MSG_READY:
        if (!this_week(s, c, &m) || (m.norders >= 0 && !submit(s, c, &m)))
            break;
        if (!host_ready(s->h, c->seat, why, sizeof why)) {
            conn_error(s, c, m.id, 0, "%s", why);
            break;
        }
        if (!host_all_ready(s->h))
            server_save(s);      /* confirmed orders outlive the server */
        ack(s, c, &m);           /* (after the save: an ack means kept) */
        server_status_all(s);
        break;
    case MSG_UNREADY:
        if (!this_week(s, c, &m))
            break;
        if (!host_unready(s->h, c->seat)) {
            conn_error(s, c, m.id, 0, "the orders were not confirmed");
            break;
        }
        server_save(s);
        ack(s, c, &m);
        server_status_all(s);
        break;
    case MSG_FAC:
        server_fac_action(s, c, &m);
        break;
    case MSG_SIZE:               /* a board's width: its page is wrapped for it */
        if (c->cols != m.cols) {
            c->cols = m.cols;
            server_board_push(s, c);
        }
        break;
    case MSG_PING: {
        struct proto_msg p;
        proto_init(&p, MSG_PONG);
        conn_send(s, c, &p);
        break;
    }
    case MSG_BYE: {
        char name[96];
        server_who(s, c, name, sizeof name);
        server_log(s, "%s left", name);
        conn_close_soon(s, c, NULL);
        break;
    }
    default:                     /* pong: hearing it was the point */
        break;
    }
}
