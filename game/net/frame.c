/* frame.c - the frames of the protocol: a big-endian length and one JSON
 * object (frame.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frame.h"

void frame_dec_init(struct frame_dec *d, size_t max)
{
    memset(d, 0, sizeof *d);
    d->max = max;
}

void frame_dec_free(struct frame_dec *d)
{
    if (!d)
        return;
    free(d->buf);
    size_t max = d->max;
    frame_dec_init(d, max);
}

static int fail(struct frame_dec *d, const char *why)
{
    if (!d->failed)
        snprintf(d->err, sizeof d->err, "%s", why);
    d->failed = 1;
    return 0;
}

uint32_t frame_head(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

int frame_dec_feed(struct frame_dec *d, const void *p, size_t n)
{
    if (d->failed)
        return 0;
    if (d->start) {              /* drop what was given back */
        memmove(d->buf, d->buf + d->start, d->len - d->start);
        d->len -= d->start;
        d->start = 0;
    }
    size_t limit = 2 * (FRAME_HEAD + d->max) + 1;
    if (n > limit - d->len)
        return fail(d, "input not drained: more than two frames pending");
    if (d->len + n + 1 > d->cap) {
        size_t cap = d->cap ? d->cap : 4096;
        while (cap < d->len + n + 1)
            cap *= 2;
        unsigned char *b = realloc(d->buf, cap);
        if (!b)
            return fail(d, "out of memory");
        d->buf = b;
        d->cap = cap;
    }
    memcpy(d->buf + d->len, p, n);
    d->len += n;
    return 1;
}

static int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Checks payload p[0..n): no NUL, '{' first and '}' last (white space
 * aside). */
static const char *payload_error(const unsigned char *p, size_t n)
{
    if (memchr(p, 0, n))
        return "a NUL byte in the frame";
    size_t a = 0, b = n;
    while (a < b && is_space(p[a]))
        a++;
    while (b > a && is_space(p[b - 1]))
        b--;
    if (a == b || p[a] != '{' || p[b - 1] != '}')
        return "the frame is not one JSON object";
    return NULL;
}

int frame_dec_next(struct frame_dec *d, const char **text, size_t *len)
{
    if (d->failed)
        return -1;
    size_t have = d->len - d->start;
    if (have < FRAME_HEAD)
        return 0;
    unsigned char *p = d->buf + d->start;
    uint32_t n = frame_head(p);
    char why[FRAME_ERR];
    if (n == 0) {
        fail(d, "a frame of length 0");
        return -1;
    }
    if (n > d->max) {
        snprintf(why, sizeof why, "a frame of %lu bytes, over the cap of %zu",
                 (unsigned long)n, d->max);
        fail(d, why);
        return -1;
    }
    if (have - FRAME_HEAD < n)
        return 0;
    const char *bad = payload_error(p + FRAME_HEAD, n);
    if (bad) {
        fail(d, bad);
        return -1;
    }
    /* the payload moves over its head, so that it ends at p[n] - a byte
     * of this frame's, never of the next one's - and is NUL-terminated;
     * the whole frame is given back (the next feed compacts) */
    memmove(p, p + FRAME_HEAD, n);
    p[n] = 0;
    d->start += FRAME_HEAD + n;
    *text = (const char *)p;
    *len = n;
    return 1;
}

size_t frame_dec_pending(const struct frame_dec *d)
{
    return d->len - d->start;
}

unsigned char *frame_encode(const char *text, size_t len, size_t max, size_t *out_len)
{
    if (len == 0 || len > max || len > 0xffffffffu)
        return NULL;
    unsigned char *b = malloc(FRAME_HEAD + len);
    if (!b)
        return NULL;
    b[0] = (unsigned char)(len >> 24);
    b[1] = (unsigned char)(len >> 16);
    b[2] = (unsigned char)(len >> 8);
    b[3] = (unsigned char)len;
    memcpy(b + FRAME_HEAD, text, len);
    *out_len = FRAME_HEAD + len;
    return b;
}
