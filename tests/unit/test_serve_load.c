/* test_serve_load.c - `mandate serve` (issue 11) killed with SIGKILL and
 * resumed with `mandate serve --load`: the binary ($BIN, default
 * ./mandate) runs a two-seat game; the teams' clients play over its
 * socket; the server is killed mid-week (after a seat confirmed: its
 * orders must survive) and then again and again at moments that fall in
 * or near an autosave; each time `serve --load` of the newest save
 * resumes with the same tokens, the clients reconnect to the same seats,
 * and the game goes on to its end. A stop with SIGTERM removes the
 * socket and tells the clients "shutdown". */
#include "helpers.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "netrig.h"

struct srv {
    char dir[64], sock[100], out[100];
    char token[2][40];
    pid_t pid;
};

static const char *bin(void)
{
    const char *b = getenv("BIN");
    return b && b[0] ? b : "./mandate";
}

/* Starts BIN serve with args (NULL-terminated, after "serve"), its
 * standard output to the file out (NULL: nowhere), its errors nowhere. */
static pid_t spawn(const char *const *args, const char *out)
{
    const char *argv[32] = { bin(), "serve" };
    int n = 2;
    for (int i = 0; args[i] && n < 30; i++)
        argv[n++] = args[i];
    argv[n] = NULL;
    fflush(NULL);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        int fd = out ? open(out, O_WRONLY | O_CREAT | O_TRUNC, 0600) : open("/dev/null", O_WRONLY);
        int nul = open("/dev/null", O_WRONLY);
        dup2(fd, 1);
        dup2(nul, 2);
        execv(argv[0], (char **)argv);
        _exit(127);
    }
    return pid;
}

/* Starts BIN serve with args (NULL-terminated, after "serve"); waits for
 * its join lines and reads the two seats' tokens. */
static void srv_start(struct srv *s, const char *const *args)
{
    snprintf(s->out, sizeof s->out, "%s/out", s->dir);
    s->pid = spawn(args, s->out);
    int64_t until = nc_ms() + 20000;
    for (;;) {
        FILE *f = fopen(s->out, "r");
        char line[300];
        int k = 0;
        while (f && fgets(line, sizeof line, f))
            if (k < 2 && sscanf(line, "  mandate join --socket %*s %39s", s->token[k]) == 1)
                k++;
        if (f)
            fclose(f);
        if (k == 2)
            return;
        int status;
        if (waitpid(s->pid, &status, WNOHANG) == s->pid)
            fail_msg("mandate serve exited with status %d", WEXITSTATUS(status));
        if (nc_ms() > until)
            fail_msg("mandate serve printed no join lines");
        usleep(20000);
    }
}

static void srv_kill(struct srv *s, int sig)
{
    kill(s->pid, sig);
    int status;
    waitpid(s->pid, &status, 0);
    s->pid = 0;
}

/* The newest save of the folder (*.json), by modification time. */
static void newest_save(const char *dir, char *out, size_t n)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    struct timespec best = { 0, 0 };
    out[0] = 0;
    for (struct dirent *e; (e = readdir(d));) {
        size_t len = strlen(e->d_name);
        if (len < 6 || strcmp(e->d_name + len - 5, ".json") != 0)
            continue;
        char p[400];
        struct stat st;
        snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
        if (stat(p, &st) == 0 &&
            (!out[0] || st.st_mtim.tv_sec > best.tv_sec ||
             (st.st_mtim.tv_sec == best.tv_sec && st.st_mtim.tv_nsec > best.tv_nsec))) {
            best = st.st_mtim;
            snprintf(out, n, "%s", p);
        }
    }
    closedir(d);
    assert_true(out[0] != 0);
}

/* Runs BIN serve with args to its end: its exit status. */
static int run_serve(const char *const *args)
{
    pid_t pid = spawn(args, NULL);
    int status;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* Resumes from the newest save. */
static void srv_resume(struct srv *s, char save[400])
{
    char saves[100];
    snprintf(saves, sizeof saves, "%s/saves", s->dir);
    newest_save(saves, save, 400);
    char old[2][40];
    memcpy(old, s->token, sizeof old);
    const char *args[] = { "--load", save, "--socket", s->sock, "--save-dir", saves, NULL };
    srv_start(s, args);
    /* the same tokens */
    assert_string_equal(s->token[0], old[0]);
    assert_string_equal(s->token[1], old[1]);
}

static void a_killed_server_should_resume_with_its_tokens(void **state)
{
    (void)state;
    struct srv s;
    snprintf(s.dir, sizeof s.dir, "/tmp/mandate-test-load-XXXXXX");
    assert_non_null(mkdtemp(s.dir));
    snprintf(s.sock, sizeof s.sock, "%s/run/g.sock", s.dir);
    char saves[100], save[400];
    snprintf(saves, sizeof saves, "%s/saves", s.dir);
    const char *args[] = { "--scenario", "tutorial", "--seed", "21", "--seats", "1,2",
                           "--socket", s.sock, "--save-dir", saves, NULL };
    srv_start(&s, args);
    struct errlist e;
    errlist_init(&e);
    struct bundle *b = calloc(1, sizeof *b);
    assert_non_null(b);
    assert_true(bundle_load(b, "tutorial", &e));
    const struct personality *p = &b->ps.p[0];
    struct nc a, c;

    /* week 1: seat 1 confirms, seat 2 only drafts; killed */
    assert_true(nc_connect(&a, s.sock));
    assert_true(nc_hello(&a, s.token[0]));
    assert_true(nc_connect(&c, s.sock));
    assert_true(nc_hello(&c, s.token[1]));
    assert_int_equal(a.view->turn, 1);
    assert_true(nc_play(&a, p, 1));
    assert_true(nc_wait(&a, MSG_ACK, 10000));
    struct proto_msg m;
    proto_init(&m, MSG_DRAFT);
    m.week = 1;
    nc_send(&c, &m);
    assert_true(nc_wait(&c, MSG_ACK, 10000));
    srv_kill(&s, SIGKILL);
    nc_close(&a);
    nc_close(&c);

    /* resumed: seat 1's confirmation stands; both rejoin their seats */
    srv_resume(&s, save);
    assert_true(nc_connect(&a, s.sock));
    assert_true(nc_hello(&a, s.token[0]));
    assert_int_equal(a.seat, 0);
    assert_true(nc_wait(&a, MSG_STATUS, 10000));
    assert_int_equal(a.m.status.week, 1);
    assert_int_equal(a.m.status.ready[0], 1);
    assert_int_equal(a.m.status.ready[1], 0);

    /* a stop with SIGTERM tells the clients and removes the socket */
    pid_t pid = s.pid;
    kill(pid, SIGTERM);
    assert_true(nc_wait(&a, MSG_BYE, 10000));
    assert_string_equal(a.bye, "shutdown");
    srv_kill(&s, 0);
    struct stat st;
    assert_int_equal(stat(s.sock, &st), -1);
    nc_close(&a);
    srv_resume(&s, save);

    /* killed again and again, at moments in and around the autosaves a
     * confirmation and a week make; each time resumed */
    int turns = b->sc->turns, week = 1;
    for (int round = 0; week <= turns && round < 3 * turns; round++) {
        assert_true(nc_connect(&a, s.sock));
        assert_true(nc_hello(&a, s.token[0]));
        assert_true(nc_connect(&c, s.sock));
        assert_true(nc_hello(&c, s.token[1]));
        assert_int_equal(c.seat, 1);
        week = a.view->turn;
        a.week_played = c.week_played = week - 1;
        nc_play(&a, p, 1);
        nc_play(&c, p, 1);
        usleep((useconds_t)(round % 5) * 2000);
        if (round % 2) {
            srv_kill(&s, SIGKILL);
        } else {
            /* the week resolves; then a kill in the next week's autosaves */
            int64_t until = nc_ms() + 10000;
            while (!a.ended && a.view->turn == week && nc_ms() < until)
                nc_next(&a, 200);
            srv_kill(&s, SIGKILL);
        }
        nc_close(&a);
        nc_close(&c);
        newest_save(saves, save, sizeof save);
        if (strstr(save, "-final"))
            break;
        srv_resume(&s, save);
    }
    assert_non_null(strstr(save, "-final"));
    /* a finished game is not served again */
    const char *again[] = { "--load", save, "--socket", s.sock, NULL };
    assert_int_equal(run_serve(again), 1);


    bundle_free(b);
    free(b);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", s.dir);
    assert_int_equal(system(cmd), 0);
}

int main(void)
{
    signal(SIGPIPE, SIG_IGN);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_killed_server_should_resume_with_its_tokens),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
