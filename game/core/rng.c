/* rng.c - xoshiro256** seeded by splitmix64. */
#include "rng.h"

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
