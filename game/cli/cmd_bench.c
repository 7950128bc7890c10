/* cmd_bench.c - `mandate bench` (what `make bench` runs): speed and
 * memory of the engine and the AI, measured in CPU time on one core. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../core/view.h"
#include "../data/wire.h"
#include "../session/calibrate.h"
#include "../session/host.h"
#include "../session/load.h"
#include "../session/port_script.h"
#include "../session/session.h"
#include "../text/words.h"
#include "../ui/ui.h"
#include "bench_master.h"
#include "bench_net.h"
#include "bench_sim.h"
#include "cli.h"
#include "common.h"
#include "options.h"

static double wall_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Saves: a whole game written (fsync'd, in the saves folder) and read back
 * (parsed, checked and replayed with verification), in wall-clock time. */
static void bench_saves(const struct bundle *a, struct session *s)
{
    enum { ROUNDS = 40 };
    session_init(s, a->sc, &a->pub, &a->ps, 1000);
    session_play_out(s);
    char path[1200];
    snprintf(path, sizeof path, "%s/.bench-%ld.json", save_dir(), (long)getpid());
    static struct errlist e;
    errlist_init(&e);
    struct bundle *b = malloc(sizeof *b);
    struct session *r = malloc(sizeof *r);
    double tw = 0, tr = 0;
    int ok = b && r;
    for (int i = 0; ok && i < ROUNDS; i++) {
        double t0 = wall_now();
        ok = save_write(path, session_record(s), a, &e);
        double t1 = wall_now();
        ok = ok && session_load(path, b, r, NULL, REPLAY_VERIFY, &e);
        double t2 = wall_now();
        if (ok) {
            session_free(r);
            bundle_free(b);
        }
        tw += t1 - t0;
        tr += t2 - t1;
    }
    if (ok)
        printf("ms per save_write:             %.2f  (%d-turn game, fsync'd, in %s)\n"
               "ms per save_read:              %.2f  (parsed, replayed, verified)\n",
               tw / ROUNDS * 1e3, s->rec.nturns, save_dir(), tr / ROUNDS * 1e3);
    else
        errlist_print(&e, stderr);
    unlink(path);
    free(b);
    free(r);
    session_free(s);
}

static void pct_line(const char *label, const struct calib_sum *s)
{
    printf("  %-34s %6ld  shown %4.1f%%  true %4.1f%%  observed %4.1f%%\n", label, s->n,
           calib_mean(s->shown, s->n) / 10.0, calib_mean(s->truth, s->n) / 10.0,
           calib_mean(s->success * 1000, s->n) / 10.0);
}

/* Honest odds: the chance a seat is shown before it gives a covert order
 * (a range's centre) against the chance resolution used and the outcome. */
static void bench_odds(const struct bundle *a)
{
    enum { DECISIONS = 10000, MAX_GAMES = 20000 };
    struct calib c;
    calib_run(a->sc, &a->pub, &a->ps, 1, DECISIONS, MAX_GAMES, &c);
    long n = c.all.n;
    printf("odds calibration: %ld covert decisions of %d AI games (seeds 1-%d)\n", n, c.games,
           c.games);
    if (!n) {
        puts("  no covert operation was ordered: nothing to measure");
        return;
    }
    int d = calib_mean(c.all.shown, n) - calib_mean(c.all.truth, n);
    printf("  shown - true, mean:                %+.1f points (bound +-%d): %s\n", d / 10.0,
           CALIB_MEAN_TOLERANCE / 10, calib_mean_ok(&c) ? "ok" : "OUT OF BOUNDS");
    pct_line("all decisions", &c.all);
    pct_line("shown as a guess (no dossier)", &c.guessed);
    pct_line("from dossiers or public figures", &c.known);
    printf("  true chance inside the shown range: %.1f%%\n", c.in_range * 100.0 / n);
    printf("  detection: shown %.1f%%, true %.1f%%, observed %.1f%%\n",
           calib_mean(c.detect_shown, n) / 10.0, calib_mean(c.detect_truth, n) / 10.0,
           calib_mean(c.detected * 1000, n) / 10.0);
    printf("  shown chance  decisions  shown   true  observed  bound\n");
    int w = 1000 / CALIB_BINS;
    for (int b = 0; b < CALIB_BINS; b++) {
        const struct calib_sum *s = &c.bin[b];
        if (!s->n)
            continue;
        int ok = calib_bin_ok(&c, b);
        int lo = b * w - CALIB_BIN_MARGIN, hi = (b + 1) * w + CALIB_BIN_MARGIN;
        printf("  %3d-%3d%%     %9ld  %5.1f  %5.1f  %8.1f  %3d-%d%%  %s\n", b * w / 10,
               (b + 1) * w / 10, s->n, calib_mean(s->shown, s->n) / 10.0,
               calib_mean(s->truth, s->n) / 10.0, calib_mean(s->success * 1000, s->n) / 10.0,
               lo < 0 ? 0 : lo / 10, hi > 1000 ? 100 : hi / 10,
               ok < 0 ? "too few to judge" : ok ? "ok" : "OUT OF BOUNDS");
    }
}

static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Whole games through the game host: AI ports, and a recorded game's
 * orders played by scripted ports; checked against the session's. */
static void bench_host(const struct bundle *a, int games, const struct session *last)
{
    struct host_setup st;
    uint64_t check = 0;
    double t0 = cpu_now();
    for (int gi = 0; gi < games; gi++) {
        host_setup_init(&st, 1000 + (uint64_t)gi);
        st.autosave = st.history = 0;
        struct host *h = host_new(a, &st);
        host_run(h);
        check = check * 31 + host_checksum(h);
        host_free(h);
    }
    double ai = cpu_now() - t0;
    host_setup_init(&st, last->g.seed);
    st.autosave = st.history = 0;
    for (int i = 0; i < a->sc->nseats; i++)
        st.human[i] = 1;
    struct port *p = port_script_new(&last->rec);
    double t1 = cpu_now();
    int ok = 1;
    for (int gi = 0; gi < games; gi++) {
        struct host *h = host_new(a, &st);
        for (int i = 0; i < a->sc->nseats; i++)
            host_set_port(h, i, p);
        ok &= host_run(h) == HOST_DONE && host_checksum(h) == game_checksum(&last->g);
        host_free(h);
    }
    double script = cpu_now() - t1;
    port_script_free(p);
    printf("games per second via the host:  %.0f  (AI ports; checksum %016" PRIx64 ")\n",
           games / ai, check);
    printf("us per game by scripted ports:  %.1f  (a recorded game's orders, through the "
           "host%s)\n", script / games * 1e6, ok ? "" : "; CHECKSUMS DIFFER");
}

static const char usage[] =
    "usage: mandate bench [--games N] [--scenario NAME|FILE] [--odds | --scaling]\n"
    "Measures full AI-vs-AI games per second on one core, ns per\n"
    "resolved turn, us per AI decision and per master decision, the\n"
    "size of the state, saves,\n"
    "then the terminal game at 80x24: CPU and bytes per key press and\n"
    "per repaint, and start-up to the first frame in a pty. Then how\n"
    "honest the shown odds are over 10,000 covert decisions of AI\n"
    "games: the shown chance against the true chance and the outcome,\n"
    "by decile of the shown chance; the classroom server's CPU per\n"
    "client per week and bytes per view. The cost of a turn against\n"
    "the seats (2, 5 and 8: tests/fixtures' two_seats and eight_seats and\n"
    "the default scenario) and games per second of simulate on 2 threads\n"
    "against 1. --odds measures only the odds, --scaling only the seats\n"
    "and the threads.\n";

/* Whole games as simulate plays them (timed by phase, then plain), and
 * the engine alone replaying the last game's record; s ends holding the
 * last game. */
static void bench_games(const struct bundle *a, int games, struct session *s)
{
    /* whole games, as simulate plays them */
    long turns = 0, decisions = 0;
    double t_ai = 0;
    uint64_t check = 0;
    double t0 = cpu_now();
    for (int gi = 0; gi < games; gi++) {   /* one session, as simulate's */
        (gi ? session_again : session_init)(s, a->sc, &a->pub, &a->ps, 1000 + (uint64_t)gi);
        session_lean(s, 0);
        while (s->g.phase == PHASE_ORDERS) {
            double ta = cpu_now();
            session_ai_all(s);
            double tb = cpu_now();
            session_resolve(s);
            t_ai += tb - ta;
            turns++;
            decisions += s->g.nseats;
        }
        check = check * 31 + game_checksum(&s->g);
    }
    double total = cpu_now() - t0;
    /* the same games without per-phase timers, for games per second: as
     * simulate plays them (lean: no checksums, the AI's events only) */
    double t1 = cpu_now();
    for (int gi = 0; gi < games; gi++) {
        session_again(s, a->sc, &a->pub, &a->ps, 1000 + (uint64_t)gi);
        session_lean(s, 0);
        session_play_out(s);
    }
    double plain = cpu_now() - t1;
    /* the last game again, in full: its record, checksums and all */
    session_init(s, a->sc, &a->pub, &a->ps, 1000 + (uint64_t)games - 1);
    session_play_out(s);
    /* the engine alone: the last game's recorded orders replayed (its seats
     * taken as human, so that no AI decides; each submission is still
     * checked, each checksum verified) */
    struct session *r = malloc(sizeof *r);
    struct record *rec = malloc(sizeof *rec);
    int reps = games, drift = 0;
    if (rec) {
        *rec = *session_record(s);
        for (int i = 0; i < rec->nseats; i++)
            rec->seats[i].human = 1;
    }
    double t3 = cpu_now();
    for (int k = 0; r && rec && k < reps; k++) {
        session_init(r, a->sc, &a->pub, &a->ps, 0);
        drift |= !session_replay(r, rec, -1, REPLAY_VERIFY, NULL);
        session_free(r);
    }
    double engine = cpu_now() - t3;
    if (drift)
        fputs("mandate bench: the replay drifted\n", stderr);
    free(r);
    free(rec);
    printf("scenario %s, %d games, %ld turns (checksum %016" PRIx64 ")\n", a->sc->id, games, turns,
           check);
    printf("games per second (one core):   %.0f  (as simulate plays them)\n", games / plain);
    printf("us per game:                   %.1f\n", plain / games * 1e6);
    printf("engine only, games per second: %.0f  (recorded orders replayed: no AI)\n",
           reps / engine);
    printf("ns per resolved turn:          %.0f  (the replay above: checks, resolution, checksum)\n",
           engine / ((double)reps * (s->rec.nturns ? s->rec.nturns : 1)) * 1e9);
    printf("us per AI decision:            %.2f  (one contingent, one turn, view included)\n",
           t_ai / (double)decisions * 1e6);
    printf("timed run / plain run:         %.2f  (timer overhead)\n", total / plain);
}

/* Views built (full and lean, at a game's end and at a week's start)
 * and encoded to JSON, from the game s holds; then the structures' sizes. */
static void bench_views(const struct bundle *a, const struct session *s)
{
    /* view building alone */
    struct view *v = calloc(1, sizeof *v);
    double t2 = cpu_now();
    int nview = 200000;
    for (int i = 0; v && i < nview; i++)
        view_build(&s->g, i % s->g.nseats, v);
    double tview = cpu_now() - t2;
    double t4 = cpu_now();
    for (int i = 0; v && i < nview; i++)
        view_build_lean(&s->g, i % s->g.nseats, v);
    double tlean = cpu_now() - t4;
    /* the AI's: one buffer rebuilt, each week's public part shared */
    double t8 = cpu_now();
    if (v)
        view_init(v);
    for (int i = 0; v && i < nview; i++)
        view_rebuild(&s->g, i % s->g.nseats, v, VIEW_LEAN | (i % s->g.nseats ? VIEW_SAME_WEEK : 0));
    double trebuild = cpu_now() - t8;
    /* the same at a week's start, its injects live (texts copied or not) */
    struct session *w1 = malloc(sizeof *w1);
    double tw1 = 0, tw1lean = 0;
    if (w1) {
        session_init(w1, a->sc, &a->pub, &a->ps, 1000);
        double t6 = cpu_now();
        for (int i = 0; v && i < nview; i++)
            view_build(&w1->g, i % w1->g.nseats, v);
        double t7 = cpu_now();
        for (int i = 0; v && i < nview; i++)
            view_build_lean(&w1->g, i % w1->g.nseats, v);
        tw1 = t7 - t6;
        tw1lean = cpu_now() - t7;
    }
    /* the wire: a seat's view to JSON, as a networked seat is sent it */
    int nwire = 2000;
    size_t wbytes = 0;
    double t5 = cpu_now();
    for (int i = 0; v && i < nwire; i++) {
        view_build(&s->g, i % s->g.nseats, v);
        char *json = wire_view_encode(v);
        wbytes += json ? strlen(json) : 0;
        free(json);
    }
    double twire = cpu_now() - t5;
    printf("ns per view built:             %.0f  (into any buffer, cleared whole; lean: %.0f)\n"
           "  rebuilt as the AI does:       %.0f  (lean, one buffer, the week's public part shared)\n",
           tview / nview * 1e9, tlean / nview * 1e9, trebuild / nview * 1e9);
    if (w1)
        printf("  at the start, %d inject%s live: %.0f  (lean: %.0f)\n", w1->g.nlive,
               words_s(w1->g.nlive), tw1 / nview * 1e9, tw1lean / nview * 1e9);
    session_free(w1);
    free(w1);
    printf("us per view encoded to JSON:   %.1f  (%zu bytes, the end of the last game)\n",
           twire / nwire * 1e6, wbytes / (size_t)nwire);
    printf("bytes: struct game %zu, struct view %zu, struct fview %zu, struct pub %zu,\n"
           "       struct session %zu, scenario %zu\n",
           sizeof(struct game), sizeof(struct view), sizeof(struct fview), sizeof(struct pub),
           sizeof(struct session), sizeof(struct scenario));
    free(v);
}

enum { OPT_GAMES = OPTS_LONG, OPT_SCENARIO, OPT_ODDS, OPT_SCALING };

int cmd_bench(int argc, char **argv)
{
    static const struct option longopts[] = {
        OPTS_HELP,
        {"games", required_argument, NULL, OPT_GAMES},
        {"scenario", required_argument, NULL, OPT_SCENARIO},
        {"odds", no_argument, NULL, OPT_ODDS},
        {"scaling", no_argument, NULL, OPT_SCALING},
        {0},
    };
    int games = 3000, odds_only = 0, scaling_only = 0;
    const char *scenario = NULL;
    struct opts o;
    opts_init(&o, "bench", usage, argc, argv, "", longopts);
    for (int c; (c = opts_next(&o)) != OPTS_END;) {
        switch (c) {
        case OPTS_HELP_SHOWN:
            return 0;
        case OPT_GAMES:
            if (!parse_int(o.arg, 1, 100000000, &games))
                return opts_usage(&o, "--games %s: expected a number 1-100000000", o.arg);
            break;
        case OPT_SCENARIO:
            scenario = o.arg;
            break;
        case OPT_ODDS:
            odds_only = 1;
            break;
        case OPT_SCALING:
            scaling_only = 1;
            break;
        case OPTS_OPERAND:
            return opts_usage(&o, "%s: unexpected argument", o.arg);
        default:
            return 2;
        }
    }
    struct bundle a;
    if (!cli_bundle_load(&a, scenario))
        return 1;
    if (scaling_only) {
        bench_seats(games / 3 ? games / 3 : 1);
        bench_jobs(&a, games);
        bundle_free(&a);
        return 0;
    }
    if (odds_only) {
        bench_odds(&a);
        bundle_free(&a);
        return 0;
    }
    struct session *s = malloc(sizeof *s);
    if (!s) {
        bundle_free(&a);
        return 1;
    }
    bench_games(&a, games, s);
    bench_master(&a, games / 50 ? games / 50 : 1, 0);
    bench_views(&a, s);
    bench_host(&a, games / 10 ? games / 10 : 1, s);
    bench_seats(games / 3 ? games / 3 : 1);
    bench_jobs(&a, games);
    bench_saves(&a, s);
    free(s);
    bench_odds(&a);
    bench_server(&a, 3);
    bundle_free(&a);
    /* the terminal game: key presses, repaints, start-up */
    fflush(stdout);
    if (ui_bench() != 0)
        printf("terminal UI: not measured (see the message above)\n");
    return 0;
}
