/* server.c - the server's sockets, its poll loop, each connection's input
 * frames, output queue and timers (server.h). What messages do to the
 * game is server_game.c. */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "../core/view.h"
#include "../data/save.h"
#include "../session/host.h"
#include "../core/board.h"
#include "server_int.h"

#define READ_CHUNK 65536
#define CLOSE_GRACE_MS 2000      /* a closing connection's last bytes */
#define END_GRACE_MS 5000        /* clients' last bytes once the game ended */

int64_t server_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

void server_log(struct server *s, const char *fmt, ...)
{
    if (!s->o.log)
        return;
    va_list ap;
    va_start(ap, fmt);
    fputs("mandate serve: ", s->o.log);
    vfprintf(s->o.log, fmt, ap);
    fputc('\n', s->o.log);
    fflush(s->o.log);
    va_end(ap);
}

void server_who(const struct server *s, const struct conn *c, char *out, size_t n)
{
    const struct record *r = host_record(s->h);
    if (c->role == ROLE_SEAT && c->seat >= 0 && c->seat < host_nseats(s->h)) {
        const char *team = r->seats[c->seat].team;
        snprintf(out, n, "%s%s%s%s", host_bundle(s->h)->pub.seats[c->seat].id,
                 team[0] ? " (" : "", team, team[0] ? ")" : "");
    } else if (c->role == ROLE_FACILITATOR) {
        snprintf(out, n, "the facilitator");
    } else if (c->role == ROLE_BOARD) {
        snprintf(out, n, "a board (connection %u)", c->serial);
    } else {
        snprintf(out, n, "connection %u", c->serial);
    }
}

/* Where the peer of fd is, into c->from. */
static void peer_of(struct conn *c, int fd)
{
    struct sockaddr_storage a;
    socklen_t len = sizeof a;
    char host[INET6_ADDRSTRLEN] = "";
    snprintf(c->from, sizeof c->from, "from an unknown place");
    if (getpeername(fd, (struct sockaddr *)&a, &len) != 0)
        return;
    if (a.ss_family == AF_INET &&
        inet_ntop(AF_INET, &((struct sockaddr_in *)&a)->sin_addr, host, sizeof host))
        snprintf(c->from, sizeof c->from, "from %s", host);
    else if (a.ss_family == AF_INET6 &&
             inet_ntop(AF_INET6, &((struct sockaddr_in6 *)&a)->sin6_addr, host, sizeof host))
        snprintf(c->from, sizeof c->from, "from %s", host);
    else if (a.ss_family == AF_UNIX)
        snprintf(c->from, sizeof c->from, "on the socket");
}

/* ---- listening --------------------------------------------------------- */

static int nonblock(int fd)
{
    int fl = fcntl(fd, F_GETFL);
    return fl >= 0 && fcntl(fd, F_SETFL, fl | O_NONBLOCK) == 0;
}

/* Makes the socket's folder (mode 0700, 0710 with group) when missing.
 * The default folder (strict) that exists already must be a folder of
 * this user's, and is made private again; a folder given by the user is
 * the user's business. */
static int make_folder(const char *path, int group, int strict, char *err, size_t n)
{
    char dir[1024];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (!slash || slash == dir)
        return 1;
    *slash = 0;
    mode_t mode = group ? 0710 : 0700;
    if (mkdir(dir, mode) == 0)
        return chmod(dir, mode) == 0 || 1;
    if (errno != EEXIST) {
        snprintf(err, n, "%s: cannot make the socket's folder: %s", dir, strerror(errno));
        return 0;
    }
    struct stat st;
    if (!strict)
        return 1;
    if (lstat(dir, &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != geteuid()) {
        snprintf(err, n, "%s: not a folder of yours: the socket is not made there", dir);
        return 0;
    }
    if ((st.st_mode & 0777) != mode && chmod(dir, mode) != 0) {
        snprintf(err, n, "%s: %s", dir, strerror(errno));
        return 0;
    }
    return 1;
}

/* A socket left by a server that died is removed; a live one is an error. */
static int clear_stale(const struct sockaddr_un *a, char *err, size_t n)
{
    struct stat st;
    if (lstat(a->sun_path, &st) != 0)
        return 1;
    if (!S_ISSOCK(st.st_mode)) {
        snprintf(err, n, "%s: exists and is not a socket", a->sun_path);
        return 0;
    }
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int live = fd >= 0 && connect(fd, (const struct sockaddr *)a, sizeof *a) == 0;
    if (fd >= 0)
        close(fd);
    if (live) {
        snprintf(err, n, "%s: another server is running on this socket", a->sun_path);
        return 0;
    }
    unlink(a->sun_path);
    return 1;
}

static int listen_unix(struct server *s, char *err, size_t n)
{
    struct sockaddr_un a;
    memset(&a, 0, sizeof a);
    a.sun_family = AF_UNIX;
    if (strlen(s->o.socket_path) >= sizeof a.sun_path) {
        snprintf(err, n, "%s: a socket's path is at most %zu bytes", s->o.socket_path,
                 sizeof a.sun_path - 1);
        return 0;
    }
    strcpy(a.sun_path, s->o.socket_path);
    if (!make_folder(a.sun_path, s->o.group, s->o.private_folder, err, n) || !clear_stale(&a, err, n))
        return 0;
    s->ufd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    /* made under a umask that leaves nobody else a moment to connect */
    mode_t old = umask(s->o.group ? 0117 : 0177);
    int ok = s->ufd >= 0 && bind(s->ufd, (struct sockaddr *)&a, sizeof a) == 0;
    umask(old);
    if (ok)
        snprintf(s->path, sizeof s->path, "%s", a.sun_path);
    ok = ok && chmod(a.sun_path, s->o.group ? 0660 : 0600) == 0 && listen(s->ufd, 128) == 0 &&
         nonblock(s->ufd);
    if (!ok)
        snprintf(err, n, "%s: cannot listen: %s", a.sun_path, strerror(errno));
    return ok;
}

static int listen_tcp(struct server *s, char *err, size_t n)
{
    char host[256] = "127.0.0.1", port[32];
    const char *spec = s->o.listen, *colon = strrchr(spec, ':');
    if (colon) {
        if (colon > spec)
            snprintf(host, sizeof host, "%.*s", (int)(colon - spec), spec);
        snprintf(port, sizeof port, "%s", colon + 1);
    } else
        snprintf(port, sizeof port, "%s", spec);
    if (host[0] == '[' && host[strlen(host) - 1] == ']') {
        memmove(host, host + 1, strlen(host));
        host[strlen(host) - 1] = 0;
    }
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    int rc = getaddrinfo(host, port, &hints, &res);
    if (rc != 0) {
        snprintf(err, n, "--listen %s: %s", spec, gai_strerror(rc));
        return 0;
    }
    int one = 1, ok = 0;
    s->tfd = socket(res->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (s->tfd >= 0) {
        setsockopt(s->tfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        ok = bind(s->tfd, res->ai_addr, res->ai_addrlen) == 0 && listen(s->tfd, 128) == 0 &&
             nonblock(s->tfd);
    }
    if (!ok)
        snprintf(err, n, "--listen %s: %s", spec, strerror(errno));
    int loopback = 0;
    if (res->ai_family == AF_INET)
        loopback = (ntohl(((struct sockaddr_in *)res->ai_addr)->sin_addr.s_addr) >> 24) == 127;
    else if (res->ai_family == AF_INET6)
        loopback = IN6_IS_ADDR_LOOPBACK(&((struct sockaddr_in6 *)res->ai_addr)->sin6_addr);
    freeaddrinfo(res);
    if (!ok)
        return 0;
    struct sockaddr_storage ss;
    socklen_t sl = sizeof ss;
    if (getsockname(s->tfd, (struct sockaddr *)&ss, &sl) == 0)
        s->tcp_port = ntohs(ss.ss_family == AF_INET6 ? ((struct sockaddr_in6 *)&ss)->sin6_port
                                                     : ((struct sockaddr_in *)&ss)->sin_port);
    if (!loopback && s->o.log)
        fprintf(s->o.log, "mandate serve: warning: TCP on %s is plaintext: anyone on the "
                "network can read it; off this machine, join over ssh instead\n", host);
    return 1;
}

static int listen_signals(struct server *s, char *err, size_t n)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    if (sigprocmask(SIG_BLOCK, &set, NULL) != 0 ||
        (s->sfd = signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC)) < 0) {
        snprintf(err, n, "signalfd: %s", strerror(errno));
        return 0;
    }
    return 1;
}

struct server *server_new(struct host *h, const struct server_opts *o, char *err, size_t n)
{
    struct server *s = calloc(1, sizeof *s);
    if (!s || !(s->vbuf = calloc(1, sizeof *s->vbuf)) || !(s->fbuf = calloc(1, sizeof *s->fbuf)) ||
        !(s->board = malloc(sizeof *s->board)) || !(s->bcache = malloc(sizeof *s->bcache))) {
        snprintf(err, n, "out of memory");
        if (s) {
            free(s->vbuf);
            free(s->fbuf);
            free(s->board);
        }
        free(s);
        return NULL;
    }
    s->h = h;
    s->o = *o;
    s->tokens = *o->tokens;
    s->o.tokens = &s->tokens;
    if (!s->o.ping_ms)
        s->o.ping_ms = SERVER_PING_MS;
    if (!s->o.silence_ms)
        s->o.silence_ms = SERVER_SILENCE_MS;
    if (!s->o.hello_ms)
        s->o.hello_ms = SERVER_HELLO_MS;
    if (!s->o.out_cap)
        s->o.out_cap = SERVER_OUT_CAP;
    if (s->o.max_conns <= 0 || s->o.max_conns > SERVER_MAX_CONNS)
        s->o.max_conns = SERVER_MAX_CONNS;
    s->ufd = s->tfd = s->sfd = -1;
    for (int i = 0; i < SERVER_MAX_CONNS; i++)
        s->conns[i].fd = -1;
    if (!listen_unix(s, err, n) || (o->listen && !listen_tcp(s, err, n)) ||
        (o->signals && !listen_signals(s, err, n))) {
        server_free(s);
        return NULL;
    }
    server_game_init(s);
    return s;
}

int server_tcp_port(const struct server *s)
{
    return s->tcp_port;
}

void server_stats(const struct server *s, struct server_stats *out)
{
    *out = s->st;
}

/* ---- connections -------------------------------------------------------- */

static void conn_free(struct server *s, struct conn *c)
{
    if (c->fd >= 0)
        close(c->fd);
    frame_dec_free(&c->in);
    for (int i = 0; i < c->nout; i++)
        free(c->out[i].b);
    free(c->out);
    int was_seat = c->role == ROLE_SEAT;
    if (was_seat && s && c->state == CONN_OPEN && c->seat >= 0 && c->seat < MAX_SEATS)
        s->seat_heard[c->seat] = c->heard;   /* dropped: when it was last heard */
    memset(c, 0, sizeof *c);
    c->fd = -1;
    if (was_seat && s)
        server_status_all(s);    /* a seat is no longer connected */
}

void conn_drop(struct server *s, struct conn *c, const char *why)
{
    char who[96];
    server_who(s, c, who, sizeof who);
    server_log(s, "%s %s: %s", who, c->role == ROLE_NONE ? "dropped" : "left", why);
    conn_free(s, c);
}

static int queue_frame(struct server *s, struct conn *c, unsigned char *b, size_t n, int kind)
{
    if (c->state != CONN_OPEN) {
        free(b);
        return 1;
    }
    /* a newer view or status replaces one not begun */
    if (kind == MSG_VIEW || kind == MSG_STATUS || kind == MSG_BOARD)
        for (int i = 0; i < c->nout; i++)
            if (c->out[i].kind == kind && c->out[i].off == 0) {
                c->out_bytes -= c->out[i].n;
                free(c->out[i].b);
                c->out[i].b = b;
                c->out[i].n = n;
                c->out_bytes += n;
                return 1;
            }
    if (c->out_bytes + n > s->o.out_cap) {
        free(b);
        conn_drop(s, c, "it reads too slowly (output over its cap)");
        return 0;
    }
    if (c->nout == c->capout) {
        int cap = c->capout ? 2 * c->capout : 8;
        struct outbuf *o = realloc(c->out, (size_t)cap * sizeof *o);
        if (!o) {
            free(b);
            conn_drop(s, c, "out of memory");
            return 0;
        }
        c->out = o;
        c->capout = cap;
    }
    c->out[c->nout++] = (struct outbuf){ b, n, 0, kind };
    c->out_bytes += n;
    return 1;
}

int conn_send_text(struct server *s, struct conn *c, const char *text, int kind)
{
    size_t n;
    unsigned char *b = text ? frame_encode(text, strlen(text), PROTO_SERVER_MAX, &n) : NULL;
    if (!b) {
        conn_drop(s, c, "a message too big to send, or out of memory");
        return 0;
    }
    if (kind == MSG_VIEW) {
        s->st.views++;
        s->st.view_bytes += n;
    }
    return queue_frame(s, c, b, n, kind);
}

int conn_send(struct server *s, struct conn *c, const struct proto_msg *m)
{
    char *text = proto_encode(m);
    int ok = conn_send_text(s, c, text, m->type);
    free(text);
    return ok;
}

void conn_close_soon(struct server *s, struct conn *c, const char *reason)
{
    if (c->state != CONN_OPEN)
        return;
    if (reason) {
        struct proto_msg m;
        proto_init(&m, MSG_BYE);
        snprintf(m.reason, sizeof m.reason, "%s", reason);
        if (!conn_send(s, c, &m))
            return;
    }
    c->state = CONN_CLOSING;
    c->closing_at = server_now();
}

void conn_error(struct server *s, struct conn *c, int re, int fatal, const char *fmt, ...)
{
    struct proto_msg m;
    proto_init(&m, MSG_ERROR);
    m.re = re;
    m.fatal = fatal;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(m.message, sizeof m.message, fmt, ap);
    va_end(ap);
    if (fatal)
        server_log(s, "connection %u closed: %s", c->serial, m.message);
    if (conn_send(s, c, &m) && fatal)
        conn_close_soon(s, c, NULL);
}

/* Accepts one waiting connection: 1, or 0 when none was waiting. */
static int accept_one(struct server *s, int lfd)
{
    int fd = accept(lfd, NULL, NULL);
    if (fd < 0)
        return 0;
    if (!nonblock(fd) || fcntl(fd, F_SETFD, FD_CLOEXEC) != 0) {
        close(fd);
        return 1;
    }
    int open = 0;
    struct conn *c = NULL;
    for (int i = 0; i < SERVER_MAX_CONNS; i++) {
        if (s->conns[i].state != CONN_FREE)
            open++;
        else if (!c)
            c = &s->conns[i];
    }
    if (open >= s->o.max_conns || !c) {
        /* one try to say why; the socket is new, so its buffer has room */
        static const char full[] = "{\"type\":\"error\",\"message\":\"server full\","
                                   "\"fatal\":true}";
        size_t n;
        unsigned char *b = frame_encode(full, sizeof full - 1, PROTO_SERVER_MAX, &n);
        if (b)
            (void)!send(fd, b, n, MSG_NOSIGNAL | MSG_DONTWAIT);
        free(b);
        close(fd);
        return 1;
    }
    memset(c, 0, sizeof *c);
    c->fd = fd;
    c->state = CONN_OPEN;
    c->serial = ++s->serial;
    c->role = ROLE_NONE;
    c->seat = -1;
    frame_dec_init(&c->in, PROTO_CLIENT_MAX);
    peer_of(c, fd);
    c->opened = c->heard = c->pinged = server_now();
    if (open + 1 > s->st.conns_max)
        s->st.conns_max = open + 1;
    return 1;
}

/* Reads what c sent and handles its whole frames. */
static void read_conn(struct server *s, struct conn *c)
{
    unsigned char buf[READ_CHUNK];
    ssize_t r = recv(c->fd, buf, sizeof buf, 0);
    if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
        return;
    if (r <= 0) {
        if (c->state == CONN_CLOSING)
            conn_free(s, c);
        else
            conn_drop(s, c, r == 0 ? "the client went away" : strerror(errno));
        return;
    }
    s->st.bytes_in += (unsigned long long)r;
    c->heard = server_now();
    if (c->state != CONN_OPEN)
        return;                  /* closing: what it still says is ignored */
    if (!frame_dec_feed(&c->in, buf, (size_t)r)) {
        conn_error(s, c, -1, 1, "%s", c->in.err);
        return;
    }
    const char *t;
    size_t len;
    int rc;
    while (c->state == CONN_OPEN && (rc = frame_dec_next(&c->in, &t, &len)) == 1) {
        struct proto_msg m;
        char err[PROTO_ERR];
        proto_init(&m, 0);
        if (!proto_decode(t, len, c->role, &host_bundle(s->h)->pub, &m, err)) {
            conn_error(s, c, -1, 1, "%s", err);
            return;
        }
        server_handle(s, c, &m);
    }
    if (c->state == CONN_OPEN && rc < 0)
        conn_error(s, c, -1, 1, "%s", c->in.err);
}

/* Writes what c's queue holds, as much as the socket takes. */
static void write_conn(struct server *s, struct conn *c)
{
    while (c->nout > 0) {
        struct outbuf *o = &c->out[0];
        ssize_t w = send(c->fd, o->b + o->off, o->n - o->off, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (w < 0) {
            if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
                conn_drop(s, c, strerror(errno));
            return;
        }
        s->st.bytes_out += (unsigned long long)w;
        o->off += (size_t)w;
        if (o->off < o->n)
            return;
        c->out_bytes -= o->n;
        free(o->b);
        memmove(c->out, c->out + 1, (size_t)(c->nout - 1) * sizeof *c->out);
        c->nout--;
    }
    if (c->state == CONN_CLOSING && !c->shut) {
        shutdown(c->fd, SHUT_WR);    /* then wait for its end, briefly */
        c->shut = 1;
    }
}

/* Pings, silence, the hello grace and closing connections' end. */
static void conn_timers(struct server *s, struct conn *c, int64_t now)
{
    if (c->state == CONN_CLOSING) {
        if (now - c->closing_at >= CLOSE_GRACE_MS)
            conn_free(s, c);
        return;
    }
    if (c->role == ROLE_NONE && now - c->opened >= s->o.hello_ms) {
        conn_error(s, c, -1, 1, "no hello within %d seconds", s->o.hello_ms / 1000);
        return;
    }
    if (now - c->heard >= s->o.silence_ms) {
        conn_drop(s, c, "silent too long");
        return;
    }
    if (c->role != ROLE_NONE && now - c->pinged >= s->o.ping_ms) {
        struct proto_msg m;
        proto_init(&m, MSG_PING);
        c->pinged = now;
        conn_send(s, c, &m);
    }
}

/* ---- the loop ------------------------------------------------------------ */

static void read_signal(struct server *s)
{
    struct signalfd_siginfo si;
    while (read(s->sfd, &si, sizeof si) == (ssize_t)sizeof si) {
        if (s->stopping)
            continue;
        s->stopping = 1;
        s->ended_at = server_now();
        server_log(s, "signal %u: saving and telling the clients", si.ssi_signo);
        if (!host_ended(s->h))
            server_save(s);
        for (int i = 0; i < SERVER_MAX_CONNS; i++)
            conn_close_soon(s, &s->conns[i], "shutdown");
    }
}

static int conns_open(const struct server *s)
{
    int n = 0;
    for (int i = 0; i < SERVER_MAX_CONNS; i++)
        n += s->conns[i].state != CONN_FREE;
    return n;
}

int server_stayers(const struct server *s)
{
    for (int i = 0; i < SERVER_MAX_CONNS; i++)
        if (s->conns[i].state == CONN_OPEN && proto_role_stays(s->conns[i].role))
            return 1;
    return 0;
}

int server_run(struct server *s)
{
    struct pollfd pf[SERVER_MAX_CONNS + 3];
    int who[SERVER_MAX_CONNS + 3];
    for (;;) {
        int64_t now = server_now();
        if (!s->stopping)
            server_tick(s);
        /* stopping or ended: done when every client has gone, or after
         * the grace */
        if ((s->stopping || s->ended_told) &&
            (conns_open(s) == 0 ||
             (now - s->ended_at >= END_GRACE_MS && (s->stopping || !server_stayers(s)))))
            break;
        int n = 0;
        /* after the end, while a board or the facilitator stays for the
         * hot wash, either may still come */
        if (!s->stopping && (!s->ended_told || server_stayers(s))) {
            if (s->ufd >= 0)
                pf[n] = (struct pollfd){ s->ufd, POLLIN, 0 }, who[n++] = -1;
            if (s->tfd >= 0)
                pf[n] = (struct pollfd){ s->tfd, POLLIN, 0 }, who[n++] = -2;
        }
        if (s->sfd >= 0)
            pf[n] = (struct pollfd){ s->sfd, POLLIN, 0 }, who[n++] = -3;
        for (int i = 0; i < SERVER_MAX_CONNS; i++) {
            struct conn *c = &s->conns[i];
            if (c->state == CONN_FREE)
                continue;
            pf[n] = (struct pollfd){ c->fd, (short)(POLLIN | (c->nout ? POLLOUT : 0)), 0 };
            who[n++] = i;
        }
        int timeout = 200;       /* the deadline is checked as often */
        if (poll(pf, (nfds_t)n, timeout) < 0 && errno != EINTR)
            break;
        for (int k = 0; k < n; k++) {
            if (!pf[k].revents)
                continue;
            if (who[k] == -1 || who[k] == -2) {
                for (int i = 0; i < SERVER_MAX_CONNS && accept_one(s, pf[k].fd); i++)
                    ;
                continue;
            }
            if (who[k] == -3) {
                read_signal(s);
                continue;
            }
            struct conn *c = &s->conns[who[k]];
            if (c->state == CONN_FREE || c->fd != pf[k].fd)
                continue;
            if (pf[k].revents & POLLOUT)
                write_conn(s, c);
            if (c->state != CONN_FREE && (pf[k].revents & (POLLIN | POLLHUP | POLLERR)))
                read_conn(s, c);
        }
        now = server_now();
        for (int i = 0; i < SERVER_MAX_CONNS; i++)
            if (s->conns[i].state != CONN_FREE)
                conn_timers(s, &s->conns[i], now);
    }
    if (s->acted_after_end)
        server_save(s);          /* no week ends after the hot wash's actions */
    return s->save_failed;
}

void server_free(struct server *s)
{
    if (!s)
        return;
    for (int i = 0; i < SERVER_MAX_CONNS; i++)
        if (s->conns[i].state != CONN_FREE)
            conn_free(NULL, &s->conns[i]);
    if (s->ufd >= 0)
        close(s->ufd);
    if (s->tfd >= 0)
        close(s->tfd);
    if (s->sfd >= 0)
        close(s->sfd);
    if (s->path[0])
        unlink(s->path);
    free(s->vbuf);
    free(s->fbuf);
    free(s->board);
    free(s->bcache);
    free(s);
}
