/* bench_master.h - `mandate bench`'s figure of the master level: the CPU
 * time of one master decision at a budget. */
#ifndef MANDATE_CLI_BENCH_MASTER_H
#define MANDATE_CLI_BENCH_MASTER_H

struct bundle;

/* Plays games of a's scenario with one seat (in turn) at the master
 * level and the others at their default, think ms per decision (0: the
 * default), and prints the mean and the slowest CPU time of a master
 * decision in microseconds. */
void bench_master(const struct bundle *a, int games, int think);

#endif
