/* util.h - small helpers the engine's files share: clamping a number,
 * copying a text into a fixed-size field. No state. */
#ifndef MANDATE_UTIL_H
#define MANDATE_UTIL_H

#include <stddef.h>
#include <string.h>

static inline int clampi(int v, int lo, int hi)
{
    return v < lo ? lo : v > hi ? hi : v;
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
