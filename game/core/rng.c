/* rng.c - xoshiro256** seeded by splitmix64. */
#include "rng.h"

#include <assert.h>

static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

void rng_seed(struct rng *r, uint64_t seed, uint64_t stream)
{
    uint64_t x = seed ^ (stream * 0xd1b54a32d192ed03ULL);
    for (int i = 0; i < 4; i++)
        r->s[i] = splitmix64(&x);
}

void rng_derive(struct rng *r, uint64_t seed, int turn, int seat)
{
    /* streams 1-3 are the game's; these start at 2^32 */
    uint64_t stream = (uint64_t)1 << 32 | (uint64_t)(uint16_t)turn << 16 | (uint16_t)seat;
    rng_seed(r, seed, stream);
}

static uint64_t rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

uint64_t rng_next(struct rng *r)
{
    uint64_t *s = r->s;
    uint64_t result = rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

int rng_below(struct rng *r, int n)
{
    assert(n > 0);
    /* Lemire's multiply-shift; the tiny bias is irrelevant at n <= 2^16
     * and the result is identical on every machine. */
    uint64_t x = rng_next(r) >> 32;
    return (int)((x * (uint64_t)n) >> 32);
}

int rng_chance(struct rng *r, int permille)
{
    return rng_below(r, 1000) < permille;
}

int rng_range(struct rng *r, int lo, int hi)
{
    if (hi <= lo)
        return lo;
    return lo + rng_below(r, hi - lo + 1);
}
