/* frame.h - the protocol's framing: a 4-byte big-endian length N, then N
 * bytes holding one JSON object (assets/PROTOCOL.md). The decoder is
 * incremental: bytes go in as the socket gives them, whole frames come
 * out. A length of zero or over the decoder's cap, a NUL byte, or a
 * payload that does not start with '{' and end with '}' (white space
 * aside) is an error, and the decoder stays failed: a connection never
 * resynchronises. That the payload is exactly one JSON object is
 * proto_decode's check (game/data/proto.h). */
#ifndef MANDATE_NET_FRAME_H
#define MANDATE_NET_FRAME_H

#include <stddef.h>
#include <stdint.h>

#define FRAME_HEAD 4                 /* bytes of the length */
#define FRAME_ERR 160                /* bytes of an error line, NUL included */

struct frame_dec {
    unsigned char *buf;              /* owned: bytes not yet given back */
    size_t len, cap;                 /* bytes held, room */
    size_t start;                    /* bytes of buf already given back */
    size_t max;                      /* the cap of one frame's payload */
    int failed;                      /* 1 after an error: every call fails */
    char err[FRAME_ERR];             /* the first error */
};

/* A decoder of frames of at most max bytes. */
void frame_dec_init(struct frame_dec *d, size_t max);
void frame_dec_free(struct frame_dec *d);   /* NULL-safe; d is then empty */

/* Adds n bytes as they came. 1, or 0 when the decoder has failed (now or
 * before: d->err says why). The decoder holds at most one frame and the
 * bytes of one feed beyond it: feed no more than FRAME_HEAD + max bytes
 * between calls of frame_dec_next that drain it. */
int frame_dec_feed(struct frame_dec *d, const void *p, size_t n);

/* The next whole frame: 1 with its payload in *text, *len (valid until
 * the next call of feed or free; NUL-terminated), 0 when none is whole
 * yet, -1 when the input is broken (d->err). */
int frame_dec_next(struct frame_dec *d, const char **text, size_t *len);

/* Bytes held that no frame has given back yet (a cut frame at the end). */
size_t frame_dec_pending(const struct frame_dec *d);

/* The frame of payload text[0..len) into a new buffer (the caller frees
 * it), its size in *out_len: NULL when len is 0 or over max, or out of
 * memory. */
unsigned char *frame_encode(const char *text, size_t len, size_t max, size_t *out_len);

/* The length of the frame head at p (FRAME_HEAD bytes). */
uint32_t frame_head(const unsigned char *p);

#endif
