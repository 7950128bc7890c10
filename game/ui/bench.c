/* bench.c - speed of the terminal game at 80x24: CPU time and bytes
 * written per key press and per full repaint (against a counting output
 * file through newterm), start-up to the first frame (in process, and of
 * the real program in a pseudo-terminal), and CPU while idle. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../data/data.h"
#include "../data/report_data.h"
#include "../report/debrief.h"
#include "../session/host.h"
#include "cui.h"
#include "lobby.h"
#include "ui.h"

static double now(clockid_t c)
{
    struct timespec ts;
    clock_gettime(c, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static long file_size(FILE *f)
{
    struct stat st;
    fflush(f);
    return fstat(fileno(f), &st) == 0 ? (long)st.st_size : 0;
}

/* One scripted key on the playing screen: handled and drawn. */
static void press(struct cui *u, struct turnui *t, int key, int ch)
{
    struct input in;
    memset(&in, 0, sizeof in);
    in.key = key;
    in.ch = ch;
    u->status[0] = 0;
    orders_key(u, t, &in);
    ui_frame(u, orders_draw, t);
}

struct keystat {
    const char *name;
    int key, ch;
    double cpu;
    long bytes, max_bytes;
    int n;
};

static void rm_tree(const char *dir)
{
    DIR *d = opendir(dir);
    if (d) {
        struct dirent *e;
        while ((e = readdir(d))) {
            if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
                continue;
            char p[1400];
            snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
            unlink(p);
        }
        closedir(d);
    }
    rmdir(dir);
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* CPU ticks (utime + stime) of a process. */
static long proc_ticks(pid_t pid)
{
    char path[64], buf[1024];
    snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    char *p = strrchr(buf, ')');
    long ut = 0, st = 0;
    if (!p || sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %ld %ld", &ut, &st) != 2)
        return -1;
    return ut + st;
}

/* Runs the real program in a pseudo-terminal of 80x24 until its first
 * frame is complete; returns seconds (wall), or -1. The child's CPU ticks
 * over half a second of idling go to *idle. */
static double pty_start(const char *exe, const char *savedir, int title, long *idle)
{
    int m = posix_openpt(O_RDWR | O_NOCTTY);
    if (m < 0 || grantpt(m) || unlockpt(m))
        return -1;
    const char *sname = ptsname(m);
    if (!sname) {
        close(m);
        return -1;
    }
    struct winsize ws = { 24, 80, 0, 0 };
    ioctl(m, TIOCSWINSZ, &ws);
    double t0 = now(CLOCK_MONOTONIC);
    pid_t pid = fork();
    if (pid < 0) {
        close(m);
        return -1;
    }
    if (pid == 0) {
        setsid();
        int s = open(sname, O_RDWR);
        if (s < 0)
            _exit(127);
        ioctl(s, TIOCSCTTY, 0);
        dup2(s, 0);
        dup2(s, 1);
        dup2(s, 2);
        if (s > 2)
            close(s);
        close(m);
        setenv("TERM", "xterm-256color", 1);
        setenv("LANG", "C.UTF-8", 1);
        setenv("LC_ALL", "C.UTF-8", 1);
        unsetenv("NO_COLOR");
        setenv("MANDATE_SAVE_DIR", savedir, 1);
        if (title)
            execl(exe, "mandate", (char *)NULL);
        else
            execl(exe, "mandate", "new", "--seed", "1", "--save-dir", savedir, (char *)NULL);
        _exit(127);
    }
    /* the first frame is complete when its last row (hints) follows its
     * top */
    const char *top = title ? "Load a saved game" : "the brief for";
    const char *marker = title ? "mandate " MANDATE_VERSION : "quit";
    char buf[65536];
    size_t have = 0;
    double t = -1;
    for (;;) {
        struct pollfd pf = { m, POLLIN, 0 };
        double left = t0 + 3.0 - now(CLOCK_MONOTONIC);
        if (left <= 0 || poll(&pf, 1, (int)(left * 1000) + 1) <= 0)
            break;
        ssize_t k = read(m, buf + have, sizeof buf - 1 - have);
        if (k <= 0)
            break;
        have += (size_t)k;
        buf[have] = 0;
        const char *at = strstr(buf, top);
        if (at && strstr(at, marker)) {
            t = now(CLOCK_MONOTONIC) - t0;
            break;
        }
        if (have > sizeof buf - 4096)
            have = 0;
    }
    if (t < 0 && getenv("MANDATE_BENCH_DEBUG")) {
        fprintf(stderr, "no first frame seen; the last bytes:\n");
        for (size_t i = have > 300 ? have - 300 : 0; i < have; i++)
            fputc(buf[i] >= 32 && buf[i] < 127 ? buf[i] : '.', stderr);
        fputc('\n', stderr);
    }
    if (idle && t > 0) {
        long a = proc_ticks(pid);
        struct timespec half = { 0, 500000000L };
        nanosleep(&half, NULL);
        long b = proc_ticks(pid);
        *idle = a >= 0 && b >= 0 ? b - a : -1;
    }
    kill(pid, SIGTERM);
    /* drain until it exits */
    for (;;) {
        struct pollfd pf = { m, POLLIN, 0 };
        if (poll(&pf, 1, 2000) <= 0) {
            kill(pid, SIGKILL);
            break;
        }
        if (read(m, buf, sizeof buf) <= 0)
            break;
    }
    int status;
    waitpid(pid, &status, 0);
    close(m);
    return t;
}

struct debrief_figures {
    int weeks, ops, reasons;
    double build_ms;
    double flip_cpu[2], flip_bytes[2], scroll_cpu[2], scroll_bytes[2];
    long flip_max[2];
};

/* One key on the debrief, handled and drawn: its CPU time and bytes. */
static void debrief_press(struct dbs *ds, FILE *out, int key, double *cpu, long *bytes)
{
    struct input in;
    memset(&in, 0, sizeof in);
    in.key = key;
    long b0 = file_size(out);
    double t0 = now(CLOCK_PROCESS_CPUTIME_ID);
    debrief_key(ds, &in);
    debrief_frame(ds);
    *cpu += now(CLOCK_PROCESS_CPUTIME_ID) - t0;
    *bytes = file_size(out) - b0;
}

/* Builds the debrief of p's finished game and measures flipping through
 * its pages and scrolling them; 1 when measured. */
static int bench_debrief(struct cui *u, struct lobby *p, FILE *out, struct debrief_figures *f)
{
    memset(f, 0, sizeof *f);
    struct lesson_book *book = malloc(sizeof *book);
    struct errlist *e = malloc(sizeof *e);
    if (!book || !e) {
        free(book);
        free(e);
        return 0;
    }
    errlist_init(e);
    if (!data_load_lessons(NULL, book, e)) {
        free(book);
        book = NULL;
    }
    free(e);
    ui_view(u, VIEW_FACILITATOR);
    double t0 = now(CLOCK_PROCESS_CPUTIME_ID);
    struct debrief *d = p->link.debrief(p->link.ctx, book);
    f->build_ms = (now(CLOCK_PROCESS_CPUTIME_ID) - t0) * 1e3;
    struct dbs *ds = d ? debrief_open(u, d, "", 0) : NULL;
    if (!ds) {
        debrief_free(d);
        free(book);
        return 0;
    }
    f->weeks = d->turns;
    f->ops = d->nops;
    f->reasons = d->nreasons;
    for (int z = 0; z < 2; z++) {
        resizeterm(z ? 48 : 24, z ? 160 : 80);
        u->curtain = 1;
        debrief_frame(ds);
        int flips = 70, scrolls = 100;
        for (int i = 0; i < flips; i++) {
            double cpu = 0;
            long b;
            debrief_press(ds, out, K_TAB, &cpu, &b);
            f->flip_cpu[z] += cpu / flips;
            f->flip_bytes[z] += (double)b / flips;
            if (b > f->flip_max[z])
                f->flip_max[z] = b;
        }
        for (int i = 0; i < scrolls; i++) {
            double cpu = 0;
            long b;
            debrief_press(ds, out, i < scrolls / 2 ? K_DOWN : K_UP, &cpu, &b);
            f->scroll_cpu[z] += cpu / scrolls;
            f->scroll_bytes[z] += (double)b / scrolls;
        }
    }
    resizeterm(24, 80);
    debrief_close(ds);
    debrief_free(d);
    free(book);
    return 1;
}

int ui_bench(void)
{
    char why[256];
    struct lobby p;
    memset(&p, 0, sizeof p);
    struct errlist *e = malloc(sizeof *e);
    if (!e)
        return 1;
    errlist_init(e);
    double w0 = now(CLOCK_MONOTONIC), c0 = now(CLOCK_PROCESS_CPUTIME_ID);
    if (!lobby_load_bundle(&p, "lakeland", e)) {
        errlist_print(e, stderr);
        free(e);
        return 1;
    }
    free(e);
    int human[MAX_SEATS] = { 1 };
    lobby_start(&p, human, NULL, NULL, 1);
    host_set_autosave(p.h, 0);
    double w1 = now(CLOCK_MONOTONIC);
    FILE *out = tmpfile(), *in = fopen("/dev/null", "r");
    if (!out || !in) {
        fprintf(stderr, "mandate bench: cannot open the counting files\n");
        return 1;
    }
    if (!term_open(out, in, "xterm-256color", why, sizeof why)) {
        fprintf(stderr, "mandate bench: %s\n", why);
        return 1;
    }
    resizeterm(24, 80);
    double w1b = now(CLOCK_MONOTONIC);
    struct cui u;
    cui_init(&u);
    cui_start_game(&u, &p.link);
    ui_view(&u, 0);
    struct turnui *t = calloc(1, sizeof *t);
    turnui_init(t, u.v);
    double w2 = now(CLOCK_MONOTONIC);
    ui_frame(&u, orders_draw, t);
    double w3 = now(CLOCK_MONOTONIC), c3 = now(CLOCK_PROCESS_CPUTIME_ID);
    long first_bytes = file_size(out);

    /* typical key presses, over and over */
    struct keystat keys[] = {
        { "move in a panel (j/k)", K_DOWN, 'j', 0, 0, 0, 0 },
        { "next panel (Tab)", K_TAB, '\t', 0, 0, 0, 0 },
        { "open the order dialog (n)", K_CHAR, 'n', 0, 0, 0, 0 },
        { "move in the order dialog", K_DOWN, 'j', 0, 0, 0, 0 },
        { "close the dialog (Esc)", K_ESC, 27, 0, 0, 0, 0 },
        { "move back (k)", K_UP, 'k', 0, 0, 0, 0 },
    };
    int nkeys = (int)(sizeof keys / sizeof keys[0]);
    int rounds = 400;
    for (int r = 0; r < rounds; r++)
        for (int k = 0; k < nkeys; k++) {
            long b0 = file_size(out);
            double t0 = now(CLOCK_PROCESS_CPUTIME_ID);
            press(&u, t, keys[k].key, keys[k].ch);
            if (k == 1 && t->focus != P_ORDERS && r % 6 == 5)
                t->focus = P_ORDERS;
            keys[k].cpu += now(CLOCK_PROCESS_CPUTIME_ID) - t0;
            long b = file_size(out) - b0;
            keys[k].bytes += b;
            if (b > keys[k].max_bytes)
                keys[k].max_bytes = b;
            keys[k].n++;
        }
    /* an unchanged redraw, then full repaints in colour and monochrome */
    long b0 = file_size(out);
    ui_frame(&u, orders_draw, t);
    long idle_bytes = file_size(out) - b0;
    double rep_cpu[2] = { 0, 0 };
    long rep_bytes[2] = { 0, 0 };
    int nrep = 200;
    for (int mono = 0; mono < 2; mono++) {
        term_set_mono(mono);
        ui_frame(&u, orders_draw, t);
        for (int i = 0; i < nrep; i++) {
            long a = file_size(out);
            double c = now(CLOCK_PROCESS_CPUTIME_ID);
            u.curtain = 1;       /* a full repaint, as after a resize */
            ui_frame(&u, orders_draw, t);
            rep_cpu[mono] += now(CLOCK_PROCESS_CPUTIME_ID) - c;
            rep_bytes[mono] += file_size(out) - a;
        }
    }
    term_set_mono(0);

    /* the debrief of the whole game: built once, then pages flipped and
     * scrolled at 80x24 and at 160x48 */
    host_set_port(p.h, 0, port_ai());   /* the AI plays it out */
    host_run(p.h);
    struct debrief_figures df;
    int have_df = bench_debrief(&u, &p, out, &df);
    free(t);
    cui_free(&u);
    term_close();
    fclose(in);
    fclose(out);
    lobby_free(&p);

    printf("terminal UI at 80x24 (lakeland, xterm-256color, counting output file)\n");
    printf("  start-up to the first frame, in process: %.2f ms  (assets %.2f, terminal %.2f, "
           "view %.2f, first frame %.2f; CPU %.2f ms; %ld bytes)\n",
           (w3 - w0) * 1e3, (w1 - w0) * 1e3, (w1b - w1) * 1e3, (w2 - w1b) * 1e3, (w3 - w2) * 1e3,
           (c3 - c0) * 1e3, first_bytes);
    double all_cpu = 0;
    long all_bytes = 0, all_max = 0;
    int all_n = 0;
    for (int k = 0; k < nkeys; k++) {
        printf("  key: %-28s %7.1f us CPU  %6.0f bytes (max %ld)\n", keys[k].name,
               keys[k].cpu / keys[k].n * 1e6, (double)keys[k].bytes / keys[k].n,
               keys[k].max_bytes);
        all_cpu += keys[k].cpu;
        all_bytes += keys[k].bytes;
        all_n += keys[k].n;
        if (keys[k].max_bytes > all_max)
            all_max = keys[k].max_bytes;
    }
    printf("  key press, mean of %d:             %7.1f us CPU  %6.0f bytes (max %ld)  "
           "[targets: 1000 us, 2048 bytes]\n",
           all_n, all_cpu / all_n * 1e6, (double)all_bytes / all_n, all_max);
    printf("  unchanged redraw:                    %ld bytes\n", idle_bytes);
    printf("  full repaint, colour:                %7.1f us CPU  %6ld bytes\n",
           rep_cpu[0] / nrep * 1e6, rep_bytes[0] / nrep);
    printf("  full repaint, monochrome:            %7.1f us CPU  %6ld bytes\n",
           rep_cpu[1] / nrep * 1e6, rep_bytes[1] / nrep);
    if (have_df) {
        printf("  debrief of the %d-week game: built in %.2f ms (%d hidden orders, %d AI "
               "reasons)\n", df.weeks, df.build_ms, df.ops, df.reasons);
        for (int z = 0; z < 2; z++)
            printf("  debrief at %-7s flip a page (Tab) %7.1f us CPU  %6.0f bytes (max %ld); "
                   "scroll a line %6.1f us CPU  %5.0f bytes\n", z ? "160x48:" : "80x24:",
                   df.flip_cpu[z] * 1e6, df.flip_bytes[z], df.flip_max[z],
                   df.scroll_cpu[z] * 1e6, df.scroll_bytes[z]);
    }

    /* the real program in a pseudo-terminal */
    char exe[1024];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    char dir[] = "/tmp/mandate-bench-XXXXXX";
    if (n > 0 && mkdtemp(dir)) {
        exe[n] = 0;
        long idle = -1;
        for (int title = 0; title < 2; title++) {
            double runs[9];
            int ok = 0;
            for (int i = 0; i < 9; i++) {
                double s = pty_start(exe, dir, title, !title && i == 0 ? &idle : NULL);
                if (s > 0)
                    runs[ok++] = s;
            }
            if (!ok) {
                printf("  start-up in a pty: not measured (no pseudo-terminal)\n");
                break;
            }
            qsort(runs, (size_t)ok, sizeof runs[0], cmp_double);
            printf("  start-up to the first frame, %-14s in a pty: median %.1f ms of %d (min %.1f, "
                   "max %.1f)  [target: 10 ms]\n", title ? "`mandate`" : "`mandate new`",
                   runs[ok / 2] * 1e3, ok, runs[0] * 1e3, runs[ok - 1] * 1e3);
        }
        rm_tree(dir);
        printf("  idle CPU over 0.5 s waiting for a key: %ld ticks\n", idle);
    }
    return 0;
}
