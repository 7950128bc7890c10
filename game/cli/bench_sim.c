/* bench_sim.c - batches of games measured: seats and threads. */
#include "bench_sim.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "../session/session.h"
#include "../session/sim_run.h"
#include "common.h"

static double clock_s(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* One scenario's cost of a resolved turn in ns, the start of a game
 * left out: whole (the AI's decisions and the resolution, lean as
 * simulate plays them) and the engine alone (the last game's record
 * replayed with its seats as humans, every order checked and every
 * checksum verified, less a replay of no week). */
struct seat_cost {
    int seats, turns;
    double whole, engine;
};

/* CPU seconds of games replays of rec up to upto weeks (-1: all). */
static double replay_time(const struct scenario *sc, const struct pub *pub,
                          const struct personality_set *ps, struct session *s,
                          const struct record *rec, int games, int upto, int *drift)
{
    double t0 = clock_s(CLOCK_PROCESS_CPUTIME_ID);
    for (int k = 0; k < games; k++) {
        session_init(s, sc, pub, ps, 0);
        *drift |= !session_replay(s, rec, upto, REPLAY_VERIFY, NULL);
        session_free(s);
    }
    return clock_s(CLOCK_PROCESS_CPUTIME_ID) - t0;
}

/* One scenario's cost per turn into *c: games whole games from seeds
 * 1000.., then the last one replayed (engine alone). 0 when the replay
 * drifted or memory ran out. */
static int measure_sc(const struct scenario *sc, const struct pub *pub,
                      const struct personality_set *ps, int games, struct seat_cost *c)
{
    struct session *s = malloc(sizeof *s);
    struct record *rec = malloc(sizeof *rec);
    if (!s || !rec) {
        free(s);
        free(rec);
        return 0;
    }
    long turns = 0;
    double t0 = clock_s(CLOCK_PROCESS_CPUTIME_ID);
    for (int gi = 0; gi < games; gi++) {   /* as simulate plays them: lean */
        (gi ? session_again : session_init)(s, sc, pub, ps, 1000 + (uint64_t)gi);
        session_lean(s, 0);
        session_play_out(s);
        turns += s->rec.nturns;
        session_free(s);
    }
    double whole = clock_s(CLOCK_PROCESS_CPUTIME_ID) - t0;
    double t1 = clock_s(CLOCK_PROCESS_CPUTIME_ID);
    for (int gi = 0; gi < games; gi++) {
        session_again(s, sc, pub, ps, 1000 + (uint64_t)gi);
        session_free(s);
    }
    whole -= clock_s(CLOCK_PROCESS_CPUTIME_ID) - t1;
    /* the last game again, recorded with its checksums, to replay */
    session_init(s, sc, pub, ps, 1000 + (uint64_t)games - 1);
    session_play_out(s);
    *rec = *session_record(s);
    session_free(s);
    for (int i = 0; i < rec->nseats; i++)
        rec->seats[i].human = 1;
    int drift = 0;
    double engine = replay_time(sc, pub, ps, s, rec, games, -1, &drift) -
                    replay_time(sc, pub, ps, s, rec, games, 0, &drift);
    c->seats = sc->nseats;
    c->turns = rec->nturns;
    c->whole = whole / (double)(turns ? turns : 1) * 1e9;
    c->engine = engine / ((double)games * (rec->nturns ? rec->nturns : 1)) * 1e9;
    free(s);
    free(rec);
    return !drift;
}

static int measure(const char *scenario, int games, struct seat_cost *c)
{
    struct bundle a;
    if (!cli_bundle_load(&a, scenario))
        return 0;
    int ok = measure_sc(a.sc, &a.pub, &a.ps, games, c);
    bundle_free(&a);
    if (!ok)
        fprintf(stderr, "mandate bench: %s: the replay drifted or memory ran out\n", scenario);
    return ok;
}

/* The least-squares line through the cost per seat and turn of n
 * measurements, per seat = *lin + *sq * S, so a turn costs
 * *lin * S + *sq * S^2. */
static void fit_per_seat(const struct seat_cost *cs, int n, int engine, double *lin, double *sq)
{
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (int i = 0; i < n; i++) {
        double x = cs[i].seats, y = (engine ? cs[i].engine : cs[i].whole) / x;
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    *sq = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    *lin = (sy - *sq * sx) / n;
}

/* The S^2 term's percentage of the fitted cost of a turn on s seats. */
static double sq_share(double lin, double sq, double s)
{
    double fit = lin * s + sq * s * s;
    return fit > 0 ? sq * s * s / fit * 100 : 0.0;
}

/* The fit through the three scenarios and the S^2 term's share of the
 * fitted cost at the most seats. */
static void fit_line(const char *what, const struct seat_cost cs[3], int engine)
{
    double b, c, y0 = (engine ? cs[0].engine : cs[0].whole) / cs[0].seats,
                 y2 = (engine ? cs[2].engine : cs[2].whole) / cs[2].seats;
    fit_per_seat(cs, 3, engine, &b, &c);
    double s8 = cs[2].seats, fit8 = b * s8 + c * s8 * s8;
    printf("  %-7s per seat and turn %.0f ns at %d seats, %.0f at %d (x%.2f);\n"
           "          fit %.0f*S %+.0f*S^2: the S^2 term is %.0f of %.0f ns at %d seats (%.0f%%)\n",
           what, y0, cs[0].seats, y2, (int)s8, y2 / y0, b, c, c * s8 * s8, fit8, (int)s8,
           sq_share(b, c, s8));
}

void bench_seats(int games)
{
    char two[4200], eight[4200];
    snprintf(two, sizeof two, "%s/../tests/fixtures/two_seats.json", data_assets_dir());
    snprintf(eight, sizeof eight, "%s/../tests/fixtures/eight_seats.json", data_assets_dir());
    const char *scen[3] = {two, DEFAULT_SCENARIO, eight};
    const char *name[3] = {"two_seats", DEFAULT_SCENARIO, "eight_seats"};
    if (access(two, R_OK) || access(eight, R_OK)) {
        printf("cost of a turn against seats: not measured (no tests/fixtures beside %s)\n",
               data_assets_dir());
        return;
    }
    struct seat_cost c[3];
    for (int i = 0; i < 3; i++)
        if (!measure(scen[i], games, &c[i])) {
            printf("cost of a turn against seats: not measured (%s failed)\n", name[i]);
            return;
        }
    if (c[0].seats == c[1].seats || c[1].seats == c[2].seats || c[0].seats == c[2].seats) {
        puts("cost of a turn against seats: not measured (two scenarios have as many seats)");
        return;
    }
    printf("cost of a turn against seats (CPU, %d games each, a game's start left out; the\n"
           "scenarios also differ in sectors, weeks and personalities):\n", games);
    for (int i = 0; i < 3; i++)
        printf("  %-12s %d seats, %2d weeks: %7.0f ns per turn, AI included; engine alone %6.0f\n",
               name[i], c[i].seats, c[i].turns, c[i].whole, c[i].engine);
    fit_line("whole:", c, 0);
    fit_line("engine:", c, 1);
}

void bench_jobs(const struct bundle *a, int games)
{
    struct sim_setup st = {a->sc, &a->pub, &a->ps, 1000, 0, {0}, {0}, {0}};
    struct sim *m = malloc(sizeof *m);
    double rate[2] = {0, 0}, per_cpu[2] = {0, 0}, busy[2] = {0, 0};
    for (int j = 0; m && j < 2; j++) {
        sim_init(m, a->sc, &a->ps, 1000);
        double w0 = clock_s(CLOCK_MONOTONIC), c0 = clock_s(CLOCK_PROCESS_CPUTIME_ID);
        if (!sim_run(m, &st, 0, games, j + 1, NULL))
            break;
        double wall = clock_s(CLOCK_MONOTONIC) - w0, cpu = clock_s(CLOCK_PROCESS_CPUTIME_ID) - c0;
        rate[j] = games / wall;
        per_cpu[j] = games / cpu;
        busy[j] = cpu / wall;
    }
    free(m);
    if (!rate[0] || !rate[1]) {
        puts("simulate --jobs: not measured (out of memory)");
        return;
    }
    printf("simulate --jobs 2 / --jobs 1:  %.2f  (%.0f and %.0f games/s, wall clock, %d games;\n"
           "  cores busy %.2f and %.2f of %ld online; games per CPU-second %.0f and %.0f)\n",
           rate[1] / rate[0], rate[1], rate[0], games, busy[1], busy[0],
           sysconf(_SC_NPROCESSORS_ONLN), per_cpu[1], per_cpu[0]);
}
