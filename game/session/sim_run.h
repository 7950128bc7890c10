/* sim_run.h - a batch of AI-vs-AI games spread over threads. The games
 * are cut into one run of consecutive games per thread; each thread has
 * its own session and its own summary, reads only the setup (the
 * scenario, the public book and the personalities, never written during
 * a game), and the summaries are added in the order of their games, so
 * that the result is the same sums, byte for byte, for any number of
 * threads. */
#ifndef MANDATE_SIM_RUN_H
#define MANDATE_SIM_RUN_H

#include "sim.h"

/* Someone watching the batch: tick(ctx, done) is called from the calling
 * thread about every period_ms milliseconds with the games ended so far
 * (and once at the end with all of them). */
struct sim_watch {
    void (*tick)(void *ctx, long done);
    void *ctx;
    int period_ms;
};

/* Plays games lo..hi-1 of st (game i with seed st->seed + i) over at most
 * jobs threads and adds them to m (set up by sim_init). w may be NULL.
 * A thread that cannot be started has its games played by the calling
 * thread instead. 1, or 0 when out of memory (m is then unchanged). */
int sim_run(struct sim *m, const struct sim_setup *st, long lo, long hi, int jobs,
            const struct sim_watch *w);

#endif
