/* bench_sim.h - `mandate bench`'s figures of batches of games: how the
 * cost of a turn grows with the seats (the two_seats, default and
 * eight_seats scenarios), and how many more games per second `simulate
 * --jobs 2` plays than `--jobs 1`. */
#ifndef MANDATE_CLI_BENCH_SIM_H
#define MANDATE_CLI_BENCH_SIM_H

struct bundle;

/* The CPU time of a resolved turn on 2, 5 and 8 seats, whole (AI
 * included) and the engine alone, and the fit b*S + c*S^2 through them
 * with the S^2 term's share of the 8-seat cost; then the same with the
 * scenario held fixed: the eight_seats fixture cut to its first 2..8
 * contingents (what names a cut seat left out, personalities in a fixed
 * cycle), a row per cut and the fit over the seven. games per scenario.
 * A scenario that cannot be found, loaded or cut is one line saying so. */
void bench_seats(int games);

/* Games per second of a's batch of games through `simulate`'s threads
 * with 1 and 2 jobs, in wall-clock time, and their ratio. */
void bench_jobs(const struct bundle *a, int games);

#endif
