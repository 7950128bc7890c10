/* bench_net.h - `mandate bench`'s figures of the classroom server: its
 * CPU time per connected client per week and the bytes of a view, over
 * whole games played by clients on its Unix socket. */
#ifndef MANDATE_CLI_BENCH_NET_H
#define MANDATE_CLI_BENCH_NET_H

struct bundle;

/* Plays games games of a (every seat human, plus a board and the
 * facilitator) through a server in a child process; prints the figures,
 * or one line saying why they could not be measured. */
void bench_server(const struct bundle *a, int games);

#endif
