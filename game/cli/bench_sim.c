/* bench_sim.c - batches of games measured: seats and threads. */
#include "bench_sim.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../core/personality.h"
#include "../core/pub.h"
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
    int seats, turns;            /* turns: of the game replayed */
    double weeks;                /* mean turns of the games played whole */
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
    c->weeks = (double)turns / games;
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
           "          fit %.0f*S %+.0f*S^2: S^2 %.0f of %.0f ns at %d seats (%.0f%%)\n",
           what, y0, cs[0].seats, y2, (int)s8, y2 / y0, b, c, c * s8 * s8, fit8, (int)s8,
           sq_share(b, c, s8));
}

/* ---- the seats alone: one scenario cut to its first k contingents ---- */

/* The personalities the cut seats take in turn, seat i the (i mod 5)th,
 * so a seat plays the same part in every cut. */
static const char *const seat_cycle[] = {
    "steadfast_partner", "opportunist_collector", "shadow_broker",
    "wary_guardian", "influence_seeker",
};

/* 1 when a seat reference (seat, TARGET_HQ, or -1 for none or all)
 * names a seat at or past k. */
static int names_cut(int ref, int k)
{
    return ref >= k && ref < MAX_SEATS;
}

/* 1 when an effect names a seat at or past k, or an objective that is cut
 * (map[i] < 0). */
static int effect_names_cut(const struct effect *f, int k, const int *map)
{
    if (names_cut(f->seat, k) || names_cut(f->target, k))
        return 1;
    for (int i = 0; i < f->nobjectives; i++)
        if (map[f->objectives[i]] < 0)
            return 1;
    return 0;
}

static int inject_names_cut(const struct inject *in, int k, const int *map)
{
    if (names_cut(in->audience, k))
        return 1;
    for (int i = 0; i < in->neffects; i++)
        if (effect_names_cut(&in->effects[i], k, map))
            return 1;
    for (int c = 0; c < in->nchoices; c++)
        for (int i = 0; i < in->choices[c].neffects; i++)
            if (effect_names_cut(&in->choices[c].effects[i], k, map))
                return 1;
    return 0;
}

/* An objective list renumbered by map, cut ones left out. */
static void renumber(int *idx, int *n, const int *map)
{
    int m = 0;
    for (int i = 0; i < *n; i++)
        if (map[idx[i]] >= 0)
            idx[m++] = map[idx[i]];
    *n = m;
}

/* The checks the scenario loader makes that a cut can break: every
 * reference to a seat, sector or objective in range, every contingent
 * with an objective, deployed somewhere, and a personality of ps. NULL
 * when sound, else what is wrong. */
static const char *cut_check(const struct scenario *sc, const struct personality_set *ps)
{
    if (sc->nseats < MIN_SEATS || sc->nseats > MAX_SEATS)
        return "seats out of range";
    uint8_t deployed = 0;
    for (int s = 0; s < sc->nsectors; s++)
        deployed |= sc->sectors[s].deployed;
    for (int i = 0; i < sc->nseats; i++) {
        const struct contingent_def *d = &sc->seats[i];
        if (!personality_find(ps, d->personality))
            return "a contingent's personality is not in the assets";
        if (d->nobjectives < 1)
            return "a contingent has no objective left";
        if (!(deployed & (1u << i)))
            return "a contingent is deployed nowhere";
        for (int j = 0; j < d->nobjectives; j++)
            if (d->objectives[j] < 0 || d->objectives[j] >= sc->nobjectives)
                return "an objective index out of range";
    }
    if (deployed >> sc->nseats)
        return "a sector holds a cut contingent";
    for (int i = 0; i < sc->nobjectives; i++) {
        const struct objective_def *o = &sc->objectives[i];
        if (o->owner >= sc->nseats || names_cut(o->target, sc->nseats) ||
            o->sector >= sc->nsectors)
            return "an objective names a cut contingent";
    }
    int all[MAX_SCENARIO_OBJECTIVES];
    for (int i = 0; i < sc->nobjectives; i++)
        all[i] = i;
    for (int i = 0; i < sc->ninjects; i++)
        if (inject_names_cut(&sc->injects[i], sc->nseats, all))
            return "an inject names a cut contingent";
    return NULL;
}

/* *out: sc cut to its first k contingents, their personalities by
 * seat_cycle; trust towards the cut seats, and the objectives and injects
 * that name one of them, left out. NULL when sound, else what is wrong. */
static const char *cut_scenario(const struct scenario *sc, int k,
                                const struct personality_set *ps, struct scenario *out)
{
    if (k < MIN_SEATS || k > sc->nseats)
        return "seats out of range";
    *out = *sc;
    out->nseats = k;
    int map[MAX_SCENARIO_OBJECTIVES];
    out->nobjectives = 0;
    for (int i = 0; i < sc->nobjectives; i++) {
        const struct objective_def *o = &sc->objectives[i];
        map[i] = o->owner >= k || names_cut(o->target, k) ? -1 : out->nobjectives;
        if (map[i] >= 0)
            out->objectives[out->nobjectives++] = *o;
    }
    for (int i = 0; i < k; i++) {
        struct contingent_def *d = &out->seats[i];
        snprintf(d->personality, sizeof d->personality, "%s",
                 seat_cycle[i % (int)(sizeof seat_cycle / sizeof *seat_cycle)]);
        for (int j = k; j < MAX_SEATS; j++)
            d->trust[j] = 0;
        renumber(d->objectives, &d->nobjectives, map);
    }
    for (int i = k; i < MAX_SEATS; i++)
        memset(&out->seats[i], 0, sizeof out->seats[i]);
    for (int s = 0; s < out->nsectors; s++)
        out->sectors[s].deployed &= (uint8_t)((1u << k) - 1);
    out->ninjects = 0;
    for (int i = 0; i < sc->ninjects; i++) {
        if (inject_names_cut(&sc->injects[i], k, map))
            continue;
        struct inject *in = &out->injects[out->ninjects++];
        *in = sc->injects[i];
        for (int e = 0; e < in->neffects; e++)
            renumber(in->effects[e].objectives, &in->effects[e].nobjectives, map);
        for (int c = 0; c < in->nchoices; c++)
            for (int e = 0; e < in->choices[c].neffects; e++)
                renumber(in->choices[c].effects[e].objectives,
                         &in->choices[c].effects[e].nobjectives, map);
    }
    return cut_check(out, ps);
}

/* The series: the eight_seats fixture cut to 2..8 seats, each played. */
enum { CUT_MIN = 2, CUT_MAX = 8, CUTS = CUT_MAX - CUT_MIN + 1 };

static void sq_line(const char *what, const struct seat_cost *cs, int n, int engine)
{
    double lin, sq;
    fit_per_seat(cs, n, engine, &lin, &sq);
    double s = cs[n - 1].seats;
    printf("  %-7s fit %.0f*S %+.0f*S^2 ns/turn; at %d seats the S^2 term is %.0f%%\n",
           what, lin, sq, (int)s, sq_share(lin, sq, s));
}

/* Rounds of the series: each cut's figures are its fastest round's, the
 * rounds going through every cut in turn, so a burst of load on a shared
 * machine slows one round of every cut rather than all of one cut. */
enum { ROUNDS = 5 };

/* Measures the cut to k seats into *c (the faster of *c and this round),
 * its injects and objectives into *ninj, *nobj; 0 after a line saying
 * what failed. */
static int cut_round(const struct bundle *eight, int k, int games, struct scenario *cut,
                     struct pub *pub, struct seat_cost *c, int first, int *ninj, int *nobj)
{
    const char *why = cut_scenario(eight->sc, k, &eight->ps, cut);
    if (why) {
        printf("cost against seats alone: not measured; eight_seats cut to %d seats:\n  %s\n",
               k, why);
        return 0;
    }
    pub_build(cut, &eight->cat, pub);
    struct seat_cost m;
    if (!measure_sc(cut, pub, &eight->ps, games, &m)) {
        printf("cost against seats alone: not measured (%d seats: the replay drifted\n"
               "or memory ran out)\n", k);
        return 0;
    }
    if (first || m.whole < c->whole)
        c->whole = m.whole;
    if (first || m.engine < c->engine)
        c->engine = m.engine;
    c->seats = m.seats;
    c->weeks = m.weeks;
    *ninj = cut->ninjects;
    *nobj = cut->nobjectives;
    return 1;
}

/* Prints the series over eight (a loaded eight_seats bundle); 0 after a
 * line saying what failed. */
static int seats_alone(const struct bundle *eight, int games)
{
    struct scenario *cut = malloc(sizeof *cut);
    struct pub *pub = malloc(sizeof *pub);
    struct seat_cost c[CUTS];
    int ninj[CUTS], nobj[CUTS];
    int ok = cut && pub;
    if (!ok)
        puts("cost against seats alone: not measured (out of memory)");
    for (int r = 0; ok && r < ROUNDS; r++)
        for (int i = 0; ok && i < CUTS; i++)
            ok = cut_round(eight, CUT_MIN + i, games, cut, pub, &c[i], r == 0, &ninj[i], &nobj[i]);
    free(cut);
    free(pub);
    if (!ok)
        return 0;
    printf("cost of a turn against seats alone (CPU; eight_seats cut to its first k\n"
           "contingents, its sectors and weeks kept, personalities in a fixed\n"
           "cycle; the fastest of %d rounds of %d games each):\n"
           "  seats  mean weeks  injects  objectives  ns/turn whole  engine alone\n",
           ROUNDS, games);
    for (int i = 0; i < CUTS; i++)
        printf("  %5d %11.1f %8d %11d %14.0f %13.0f\n", c[i].seats, c[i].weeks, ninj[i], nobj[i],
               c[i].whole, c[i].engine);
    sq_line("whole:", c, CUTS, 0);
    sq_line("engine:", c, CUTS, 1);
    return 1;
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
    printf("cost of a turn against seats (CPU, %d games each, a game's start left out;\n"
           "the scenarios also differ in sectors, weeks and personalities; whole: the\n"
           "AI included):\n", games);
    for (int i = 0; i < 3; i++)
        printf("  %-11s %d seats, %2d weeks: %7.0f ns per turn whole, engine alone %6.0f\n",
               name[i], c[i].seats, c[i].turns, c[i].whole, c[i].engine);
    fit_line("whole:", c, 0);
    fit_line("engine:", c, 1);
    struct bundle e;
    if (cli_bundle_load(&e, eight)) {
        seats_alone(&e, games);
        bundle_free(&e);
    } else {
        puts("cost against seats alone: not measured (eight_seats failed)");
    }
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
    printf("simulate --jobs 2 / --jobs 1: %.2f (%.0f and %.0f games/s wall clock,\n"
           "  %d games; cores busy %.2f and %.2f of %ld online;\n"
           "  games per CPU-second %.0f and %.0f)\n",
           rate[1] / rate[0], rate[1], rate[0], games, busy[1], busy[0],
           sysconf(_SC_NPROCESSORS_ONLN), per_cpu[1], per_cpu[0]);
}
