/* rng.h - the seeded generator every random draw comes from
 * (xoshiro256**, seeded through splitmix64). Same seed, same draws, on
 * every machine: integers only. */
#ifndef MANDATE_RNG_H
#define MANDATE_RNG_H

#include <assert.h>
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

/* The draws are inline: a resolution makes one for every seat, target
 * and category of some operations. */
static inline uint64_t rng_rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

static inline uint64_t rng_next(struct rng *r)
{
    uint64_t *s = r->s;
    uint64_t result = rng_rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rng_rotl(s[3], 45);
    return result;
}

/* A uniform integer in [0, n); n > 0. Lemire's multiply-shift: the tiny
 * bias is irrelevant at n <= 2^16 and the result is identical on every
 * machine. */
static inline int rng_below(struct rng *r, int n)
{
    assert(n > 0);
    uint64_t x = rng_next(r) >> 32;
    return (int)((x * (uint64_t)n) >> 32);
}

/* 1 with probability permille/1000. */
static inline int rng_chance(struct rng *r, int permille)
{
    return rng_below(r, 1000) < permille;
}

/* A uniform integer in [lo, hi]. */
static inline int rng_range(struct rng *r, int lo, int hi)
{
    if (hi <= lo)
        return lo;
    return lo + rng_below(r, hi - lo + 1);
}

#endif
