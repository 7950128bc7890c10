/* bench_net.c - the server's cost, measured (bench_net.h). The server runs
 * in a child process and measures its own CPU time over the game; each
 * seat's client in this process decides its orders with the AI from the
 * view it was sent, and confirms them. */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../ai/ai.h"
#include "../core/rng.h"
#include "../core/view.h"
#include "../data/proto.h"
#include "../data/save.h"
#include "../net/frame.h"
#include "../net/server.h"
#include "../session/host.h"
#include "bench_net.h"

/* What the server's child reports. */
struct net_figures {
    double cpu;                  /* seconds of CPU in server_run */
    struct server_stats st;
    int ok;
};

/* One client of the bench. */
struct bclient {
    int fd;
    struct frame_dec in;
    struct proto_msg m;
    struct view *v;
    struct fview *f;
    struct pub *p;
    int seat, played, ended;
    struct ai_mind mind;
};

static double cpu_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* The child: serves one game and writes its figures to fd. */
static void serve_child(const struct bundle *a, const struct token_set *t, const char *sock,
                        int fd)
{
    struct net_figures fig;
    memset(&fig, 0, sizeof fig);
    struct host_setup st;
    host_setup_init(&st, 77);
    st.history = 0;
    for (int i = 0; i < a->sc->nseats; i++)
        st.human[i] = 1;
    struct host *h = host_new(a, &st);
    struct server_opts o = { 0 };
    o.socket_path = sock;
    o.tokens = t;
    char err[1200];
    struct server *s = server_new(h, &o, err, sizeof err);
    if (s) {
        double t0 = cpu_seconds();
        server_run(s);
        fig.cpu = cpu_seconds() - t0;
        server_stats(s, &fig.st);
        fig.ok = 1;
        server_free(s);
    }
    host_free(h);
    (void)!write(fd, &fig, sizeof fig);
    _exit(0);
}

static int client_send(struct bclient *c, const struct proto_msg *m)
{
    char *text = proto_encode(m);
    size_t n;
    unsigned char *f = text ? frame_encode(text, strlen(text), PROTO_CLIENT_MAX, &n) : NULL;
    int ok = f && send(c->fd, f, n, MSG_NOSIGNAL) == (ssize_t)n;
    free(text);
    free(f);
    return ok;
}

/* Connects and says hello with token. */
static int client_open(struct bclient *c, const char *sock, const char *token)
{
    memset(c, 0, sizeof *c);
    c->seat = -1;
    frame_dec_init(&c->in, PROTO_SERVER_MAX);
    ai_mind_init(&c->mind);
    c->v = malloc(sizeof *c->v);
    c->f = malloc(sizeof *c->f);
    c->p = calloc(1, sizeof *c->p);
    struct sockaddr_un sa;
    memset(&sa, 0, sizeof sa);
    sa.sun_family = AF_UNIX;
    snprintf(sa.sun_path, sizeof sa.sun_path, "%.100s", sock);
    for (int tries = 0; tries < 500; tries++) {
        c->fd = socket(AF_UNIX, SOCK_STREAM, 0);
        if (c->fd >= 0 && connect(c->fd, (struct sockaddr *)&sa, sizeof sa) == 0)
            break;
        if (c->fd >= 0)
            close(c->fd);
        c->fd = -1;
        usleep(10000);
    }
    struct proto_msg m;
    proto_init(&m, MSG_HELLO);
    snprintf(m.token, sizeof m.token, "%s", token);
    return c->v && c->f && c->fd >= 0 && client_send(c, &m);
}

static void client_close(struct bclient *c)
{
    if (c->fd >= 0)
        close(c->fd);
    frame_dec_free(&c->in);
    free(c->v);
    free(c->f);
    free(c->p);
}

/* Its AI's orders for the view just received, confirmed. */
static void client_play(struct bclient *c, const struct bundle *a)
{
    const struct view *v = c->v;
    if (c->seat < 0 || v->phase != PHASE_ORDERS || v->turn <= c->played)
        return;
    struct ai_choice ch[MAX_ORDERS];
    struct rng r;
    rng_derive(&r, 5, v->turn, c->seat);
    const struct personality *p = &a->ps.p[c->seat % a->ps.n];
    int n = ai_decide(v, p, AI_STANDARD, &r, &c->mind, ch, MAX_ORDERS, 0);
    struct proto_msg m;
    proto_init(&m, MSG_READY);
    m.week = v->turn;
    m.norders = n;
    for (int k = 0; k < n; k++)
        m.orders[k] = ch[k].o;
    c->played = v->turn;
    client_send(c, &m);
}

/* Reads what came; 0 when the connection ended. */
static int client_read(struct bclient *c, const struct bundle *a)
{
    unsigned char buf[65536];
    ssize_t r = recv(c->fd, buf, sizeof buf, 0);
    if (r <= 0 || !frame_dec_feed(&c->in, buf, (size_t)r))
        return 0;
    const char *t;
    size_t len;
    while (frame_dec_next(&c->in, &t, &len) == 1) {
        char err[PROTO_ERR];
        c->m.pub = c->p, c->m.view = c->v, c->m.fview = c->f;
        if (!proto_decode(t, len, ROLE_SERVER, c->p->nseats ? c->p : NULL, &c->m, err))
            return 0;
        if (c->m.type == MSG_WELCOME)
            c->seat = c->m.seat;
        else if (c->m.type == MSG_VIEW)     /* a seat's view: its seat is known */
            client_play(c, a);
        else if (c->m.type == MSG_PING) {
            struct proto_msg p;
            proto_init(&p, MSG_PONG);
            client_send(c, &p);
        } else if (c->m.type == MSG_BYE)
            c->ended = 1;
    }
    return 1;
}

/* One game: 1 with the server's figures in fig. */
static int one_game(const struct bundle *a, const char *sock, struct net_figures *fig)
{
    struct token_set t;
    int human[MAX_SEATS];
    for (int i = 0; i < MAX_SEATS; i++)
        human[i] = 1;
    int pipefd[2];
    if (!token_set_new(&t, a->sc->nseats, human) || pipe(pipefd) != 0)
        return 0;
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        close(pipefd[0]);
        serve_child(a, &t, sock, pipefd[1]);
    }
    close(pipefd[1]);
    int n = a->sc->nseats + 2, ok = pid > 0;
    struct bclient *cs = calloc((size_t)n, sizeof *cs);
    for (int i = 0; ok && cs && i < n; i++)
        ok = client_open(&cs[i], sock,
                         i < n - 2 ? t.seat[i] : i == n - 2 ? t.board : t.facilitator);
    time_t until = time(NULL) + 300;     /* a game that stalls is no figure */
    for (int done = 0; ok && cs && done < n && time(NULL) < until;) {
        struct pollfd pf[MAX_SEATS + 2];
        for (int i = 0; i < n; i++)
            pf[i] = (struct pollfd){ cs[i].ended ? -1 : cs[i].fd, POLLIN, 0 };
        if (poll(pf, (nfds_t)n, 30000) <= 0)
            ok = 0;
        done = 0;
        for (int i = 0; i < n; i++) {
            if (!cs[i].ended && (pf[i].revents & (POLLIN | POLLHUP)) && !client_read(&cs[i], a))
                cs[i].ended = 1;
            done += cs[i].ended;
        }
    }
    for (int i = 0; cs && i < n; i++) {
        ok = ok && cs[i].ended;
        client_close(&cs[i]);
    }
    free(cs);
    ok = ok && read(pipefd[0], fig, sizeof *fig) == (ssize_t)sizeof *fig && fig->ok;
    close(pipefd[0]);
    if (pid > 0)
        waitpid(pid, NULL, 0);
    return ok;
}

void bench_server(const struct bundle *a, int games)
{
    char dir[] = "/tmp/mandate-bench-net-XXXXXX", sock[128], saves[64];
    if (!mkdtemp(dir)) {
        printf("server: not measured (no temporary folder: %s)\n", strerror(errno));
        return;
    }
    snprintf(sock, sizeof sock, "%s/s.sock", dir);
    snprintf(saves, sizeof saves, "%s", save_dir());
    save_set_dir(dir);           /* the served games' autosaves */
    struct net_figures sum, fig;
    memset(&sum, 0, sizeof sum);
    int ok = 1;
    unsigned long views = 0, view_bytes = 0;
    for (int g = 0; ok && g < games; g++) {
        ok = one_game(a, sock, &fig);
        sum.cpu += fig.cpu;
        sum.st.weeks += fig.st.weeks;
        sum.st.bytes_out += fig.st.bytes_out;
        views += fig.st.views;
        view_bytes += fig.st.view_bytes;
    }
    char cmd[200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    (void)!system(cmd);
    save_set_dir(saves[0] ? saves : NULL);
    int clients = a->sc->nseats + 2;
    if (!ok || !sum.st.weeks || !views) {
        printf("server: not measured (a served game did not finish)\n");
        return;
    }
    printf("server, %d games of %d clients (%d seats, board, facilitator) on its socket:\n",
           games, clients, a->sc->nseats);
    printf("  us of server CPU per client per week: %.1f  (autosaves included)\n",
           sum.cpu / sum.st.weeks / clients * 1e6);
    printf("  bytes per view sent:                  %lu  (frames of views, mean of %lu)\n",
           view_bytes / views, views);
    printf("  bytes sent per client per week:       %llu\n",
           sum.st.bytes_out / (unsigned long long)sum.st.weeks / (unsigned long long)clients);
}
