/* util.h - small helpers the engine's files share: clamping a number,
 * copying a text into a fixed-size field. No state. */
#ifndef MANDATE_UTIL_H
#define MANDATE_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

static inline int clampi(int v, int lo, int hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

/* The index of the lowest set bit of m, m != 0 (a de Bruijn sequence:
 * portable, and the same on every machine). */
static inline int lowest_bit(uint64_t m)
{
    static const uint8_t index[64] = {
        0,  1,  2,  53, 3,  7,  54, 27, 4,  38, 41, 8,  34, 55, 48, 28,
        62, 5,  39, 46, 44, 42, 22, 9,  24, 35, 59, 56, 49, 18, 29, 11,
        63, 52, 6,  26, 37, 40, 33, 47, 61, 45, 43, 21, 23, 58, 17, 10,
        51, 25, 36, 32, 60, 20, 57, 16, 50, 31, 19, 15, 30, 14, 13, 12,
    };
    return index[((m & (~m + 1)) * UINT64_C(0x022fdd63cc95386d)) >> 58];
}

/* A string into a field of n bytes, cut and NUL-padded: the field's
 * bytes depend on the text alone. */
static inline void str_field(char *dst, const char *src, size_t n)
{
    size_t len = strnlen(src, n - 1);
    memcpy(dst, src, len);
    memset(dst + len, 0, n - len);
}

#endif
