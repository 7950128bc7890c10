/* rng.h - the seeded generator every random draw comes from
 * (xoshiro256**, seeded through splitmix64). Same seed, same draws, on
 * every machine: integers only. */
#ifndef MANDATE_RNG_H
#define MANDATE_RNG_H

#include <stdint.h>

struct rng {
    uint64_t s[4];
};

/* Seeds a stream; the same (seed, stream) pair always gives the same draws. */
void rng_seed(struct rng *r, uint64_t seed, uint64_t stream);
/* The generator of one AI decision: seeded from the game's seed, the turn
 * and the seat alone, so that a seat's decision does not depend on which
 * seats decided before it, nor when (a stream apart from the game's). */
void rng_derive(struct rng *r, uint64_t seed, int turn, int seat);
uint64_t rng_next(struct rng *r);
/* A uniform integer in [0, n); n > 0. */
int rng_below(struct rng *r, int n);
/* 1 with probability permille/1000. */
int rng_chance(struct rng *r, int permille);
/* A uniform integer in [lo, hi]. */
int rng_range(struct rng *r, int lo, int hi);

#endif
