/* test_client.c - the network client's seat link (issue 11) against a
 * scripted server in a child process on a Unix socket: a refused token
 * is one line and no client; a good one gets welcome, the view and the
 * status with its deadline; pings are answered; the draft goes as the
 * team changes it, submit and ready wait for the server's answer; when
 * the server drops the connection the client says so, keeps the draft
 * the team changes meanwhile, reconnects with the same token and sends
 * that draft again; a bye ends it with its reason. The child checks what
 * it receives and exits with the number of the first step that failed. */
#include "helpers.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/view.h"
#include "data/proto.h"
#include "data/save.h"
#include "net/client.h"
#include "net/frame.h"
#include "session/host.h"

#define GOOD "0123456789abcdef0123456789abcdef"
#define WRONG "ffffffffffffffffffffffffffffffff"
#define SEAT 1

static struct bundle bun;
static char dir[200], path[300];

static int setup(void **state)
{
    (void)state;
    struct errlist e;
    errlist_init(&e);
    snprintf(dir, sizeof dir, "/tmp/mandate-test-client-XXXXXX");
    if (!mkdtemp(dir))
        return -1;
    snprintf(path, sizeof path, "%s/s.sock", dir);
    if (!bundle_load(&bun, "lakeland", &e)) {
        errlist_print(&e, stderr);
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    bundle_free(&bun);
    unlink(path);
    rmdir(dir);
    return 0;
}

/* --- the scripted server (the child) -------------------------------- */

struct srv {
    int fd;
    struct frame_dec dec;
    struct proto_msg m;
    struct host *h;
};

/* Reads one message the client sends (within 10 s): 1, or 0. */
static int srv_recv(struct srv *s, int sender)
{
    for (;;) {
        const char *text;
        size_t len;
        int k = frame_dec_next(&s->dec, &text, &len);
        if (k < 0)
            return 0;
        if (k > 0) {
            char err[PROTO_ERR];
            s->m.pub = NULL, s->m.view = NULL, s->m.fview = NULL;
            return proto_decode(text, len, sender, &bun.pub, &s->m, err);
        }
        struct pollfd pf = { s->fd, POLLIN, 0 };
        if (poll(&pf, 1, 10000) <= 0)
            return 0;
        char buf[4096];
        ssize_t r = read(s->fd, buf, sizeof buf);
        if (r <= 0 || !frame_dec_feed(&s->dec, buf, (size_t)r))
            return 0;
    }
}

static int srv_send(struct srv *s, const struct proto_msg *m)
{
    char *text = proto_encode(m);
    size_t len = 0;
    unsigned char *f = text ? frame_encode(text, strlen(text), PROTO_SERVER_MAX, &len) : NULL;
    free(text);
    int ok = f && write(s->fd, f, len) == (ssize_t)len;
    free(f);
    return ok;
}

/* Accepts a connection and reads its hello: 1 when its token is GOOD. */
static int srv_accept(struct srv *s, int lfd)
{
    s->fd = accept(lfd, NULL, NULL);
    frame_dec_free(&s->dec);
    frame_dec_init(&s->dec, PROTO_CLIENT_MAX);
    return s->fd >= 0 && srv_recv(s, ROLE_NONE) && s->m.type == MSG_HELLO &&
           !strcmp(s->m.token, GOOD);
}

/* welcome, the seat's view (as the host holds it) and a status. */
static int srv_welcome(struct srv *s)
{
    static struct view v;
    struct proto_msg m;
    proto_init(&m, MSG_WELCOME);
    m.version = PROTO_VERSION;
    m.role = ROLE_SEAT;
    m.seat = SEAT;
    m.pub = (struct pub *)&bun.pub;
    if (!srv_send(s, &m))
        return 0;
    host_view(s->h, SEAT, &v);
    proto_init(&m, MSG_VIEW);
    m.view = &v;
    if (!srv_send(s, &m))
        return 0;
    proto_init(&m, MSG_STATUS);
    m.status.week = 1;
    m.status.nseats = bun.pub.nseats;
    m.status.human[0] = m.status.human[SEAT] = 1;
    m.status.ready[0] = 1;
    m.status.deadline = 120;
    return srv_send(s, &m);
}

static int srv_ack(struct srv *s)
{
    struct proto_msg m;
    proto_init(&m, MSG_ACK);
    m.re = s->m.id;
    return s->m.id >= 0 && srv_send(s, &m);
}

/* The script; the number of the step that failed, or 0. */
static int serve_script(int lfd)
{
    struct srv s;
    memset(&s, 0, sizeof s);
    struct host_setup st;
    host_setup_init(&st, 5);
    st.autosave = 0;
    st.human[0] = st.human[SEAT] = 1;
    s.h = host_new(&bun, &st);
    struct proto_msg m;
    /* 1: a wrong token is refused */
    if (srv_accept(&s, lfd) || s.m.type != MSG_HELLO)
        return 1;
    proto_init(&m, MSG_ERROR);
    snprintf(m.message, sizeof m.message, "unknown token");
    m.fatal = 1;
    srv_send(&s, &m);
    close(s.fd);
    /* 2: the good one: welcome, view, status, a ping answered */
    if (!srv_accept(&s, lfd) || !srv_welcome(&s))
        return 2;
    proto_init(&m, MSG_PING);
    if (!srv_send(&s, &m) || !srv_recv(&s, ROLE_SEAT) || s.m.type != MSG_PONG)
        return 3;
    /* 4: the draft as the team changes it (one order) */
    if (!srv_recv(&s, ROLE_SEAT) || s.m.type != MSG_DRAFT || s.m.norders != 1 ||
        s.m.week != 1 || s.m.orders[0].kind != ORD_PATROL)
        return 4;
    srv_ack(&s);
    /* 5: submit waits for its ack; 6: ready too */
    if (!srv_recv(&s, ROLE_SEAT) || s.m.type != MSG_DRAFT || s.m.norders != 1 || !srv_ack(&s))
        return 5;
    if (!srv_recv(&s, ROLE_SEAT) || s.m.type != MSG_READY || s.m.week != 1 || !srv_ack(&s))
        return 6;
    /* 7: the server drops the connection; the client comes back with the
     * same token and sends the draft it kept meanwhile (two orders) */
    close(s.fd);
    if (!srv_accept(&s, lfd) || !srv_welcome(&s))
        return 7;
    if (!srv_recv(&s, ROLE_SEAT) || s.m.type != MSG_DRAFT || s.m.norders != 2 ||
        s.m.orders[1].kind != ORD_MEDIATE)
        return 8;
    srv_ack(&s);
    /* 9: another terminal took the token */
    proto_init(&m, MSG_BYE);
    snprintf(m.reason, sizeof m.reason, "replaced");
    if (!srv_send(&s, &m))
        return 9;
    close(s.fd);
    host_free(s.h);
    frame_dec_free(&s.dec);
    return 0;
}

/* --- the client (the parent) ---------------------------------------- */

/* Pumps the link until cond holds (10 s at most): 1 when it does. */
static int pump_until(const struct seat_link *l, int (*cond)(const struct seat_link *))
{
    for (int i = 0; i < 1000; i++) {
        if (cond(l))
            return 1;
        int fd, ms;
        l->waiting(l->ctx, &fd, &ms);
        struct pollfd pf = { fd, POLLIN, 0 };
        poll(&pf, fd >= 0 ? 1 : 0, ms < 0 || ms > 10 ? 10 : ms);
        l->pump(l->ctx);
    }
    return cond(l);
}

static struct link_status lst;

static int has_view(const struct seat_link *l)
{
    l->status(l->ctx, &lst);
    return lst.week == 1 && lst.nseats > 0;
}

static int offline(const struct seat_link *l)
{
    l->status(l->ctx, &lst);
    return lst.offline;
}

static int online(const struct seat_link *l)
{
    l->status(l->ctx, &lst);
    return !lst.offline;
}

static int is_closed(const struct seat_link *l)
{
    l->status(l->ctx, &lst);
    return lst.closed[0] != 0;
}

/* An order of kind the seat may give this week, by its own view. */
static struct order legal(const struct view *v, int kind, const struct order *before, int n)
{
    struct order all[MAX_ORDERS];
    memcpy(all, before, sizeof(struct order) * (size_t)n);
    for (int s = 0; s < v->nsectors; s++) {
        struct order o = order_make(kind, SEAT, v->turn);
        o.sector = (int8_t)s;
        o.target = -1;
        all[n] = o;
        if (view_check_orders(v, all, n + 1, NULL, 0))
            return o;
    }
    fail_msg("no sector where the seat may give order %d", kind);
    return all[0];
}

static void the_client_should_play_its_seat_over_the_socket_and_come_back(void **state)
{
    (void)state;
    int lfd = socket(AF_UNIX, SOCK_STREAM, 0);
    struct sockaddr_un sa;
    memset(&sa, 0, sizeof sa);
    sa.sun_family = AF_UNIX;
    memcpy(sa.sun_path, path, strlen(path) + 1);
    unlink(path);
    assert_int_equal(bind(lfd, (struct sockaddr *)&sa, sizeof sa), 0);
    assert_int_equal(listen(lfd, 8), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0)
        _exit(serve_script(lfd));
    close(lfd);

    struct client_addr a = { path, NULL };
    struct client_timers tm = { 10000, 30000, 50, 200 };
    char why[CLIENT_ERR];
    /* a refused token: no client, and the server's reason */
    assert_null(client_open(&a, WRONG, &tm, why, sizeof why));
    assert_non_null(strstr(why, "unknown token"));

    struct client *c = client_open(&a, GOOD, &tm, why, sizeof why);
    if (!c)
        fail_msg("client_open: %s", why);
    assert_int_equal(client_seat(c), SEAT);
    struct seat_link l;
    client_link(c, &l);
    assert_null(l.save);
    assert_true(pump_until(&l, has_view));
    assert_true(lst.deadline > 100 && lst.deadline <= 120);
    assert_true(lst.human[SEAT] && lst.ready[0] && !lst.ready[SEAT]);
    static struct view v;
    assert_true(l.view(l.ctx, SEAT, &v));
    assert_int_equal(v.turn, 1);
    assert_int_equal(v.seat, SEAT);
    assert_false(l.view(l.ctx, 0, &v));      /* another seat's: never */
    assert_true(l.view(l.ctx, SEAT, &v));

    /* the draft goes as it changes; submit and ready wait for the server */
    struct order d[2];
    d[0] = legal(&v, ORD_PATROL, d, 0);
    l.draft(l.ctx, SEAT, d, 1);
    l.pump(l.ctx);
    if (!l.submit(l.ctx, SEAT, d, 1, why, sizeof why))
        fail_msg("submit: %s", why);
    if (!l.ready(l.ctx, SEAT, why, sizeof why))
        fail_msg("ready: %s", why);
    l.status(l.ctx, &lst);
    assert_true(lst.ready[SEAT]);

    /* the server drops us: we say so, keep the draft, come back, send it */
    assert_true(pump_until(&l, offline));
    d[1] = legal(&v, ORD_MEDIATE, d, 1);
    l.draft(l.ctx, SEAT, d, 2);
    assert_false(l.submit(l.ctx, SEAT, d, 2, why, sizeof why));
    assert_non_null(strstr(why, "connection"));
    assert_true(l.view(l.ctx, SEAT, &v));
    assert_int_equal(v.norders, 2);          /* the team's draft, kept here */
    assert_true(pump_until(&l, online));
    assert_true(pump_until(&l, is_closed));
    assert_non_null(strstr(lst.closed, "another terminal"));
    client_free(c);

    int st = 0;
    assert_int_equal(waitpid(pid, &st, 0), pid);
    assert_true(WIFEXITED(st));
    if (WEXITSTATUS(st))
        fail_msg("the server's step %d failed", WEXITSTATUS(st));
}

/* No server at the socket, and a nonsense address: one line, no client. */
static void no_server_should_be_one_line(void **state)
{
    (void)state;
    char why[CLIENT_ERR];
    struct client_addr a = { path, NULL };
    unlink(path);
    assert_null(client_open(&a, GOOD, NULL, why, sizeof why));
    assert_non_null(strstr(why, "no game server at"));
    assert_null(strchr(why, '\n'));
    struct client_addr b = { NULL, "localhost" };
    assert_null(client_open(&b, GOOD, NULL, why, sizeof why));
    assert_non_null(strstr(why, "is not HOST:PORT"));
    struct client_addr t = { NULL, "127.0.0.1:99999" };
    assert_null(client_open(&t, GOOD, NULL, why, sizeof why));
    assert_non_null(strstr(why, "is not HOST:PORT"));
    assert_null(client_open(&a, "not-a-token", NULL, why, sizeof why));
    assert_non_null(strstr(why, "is not a token"));
}

int main(void)
{
    signal(SIGPIPE, SIG_IGN);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_client_should_play_its_seat_over_the_socket_and_come_back),
        cmocka_unit_test(no_server_should_be_one_line),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
