/* fuzz_proto.c - libFuzzer target for the network protocol's input side:
 * the bytes are a stream given to the frame decoder (game/net/frame.h,
 * at the server's cap) and every whole frame to the message decoder
 * (game/data/proto.h) as sent by each role, with buffers for a book, a
 * view, a facilitator's view and its roster, MSEL and journal, and a
 * board (against lakeland's book). A frame either
 * fails the decoder for good or comes out; a message is refused with one
 * line, or accepted - and then it encodes to a text that decodes and
 * encodes to the same text. Never a crash, a leak, undefined behaviour or
 * a hang. Built by `make fuzz-build`, run by `make fuzz`; seeds:
 * tests/fixtures/proto (real frames). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/board.h"
#include "core/view.h"
#include "data/proto.h"
#include "data/save.h"
#include "fuzzbook.h"
#include "net/frame.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A message as role sends it: refused in one line, or stable. */
static void one(const char *text, size_t len, int role)
{
    static struct pub p, p2;
    static struct view v, v2;
    static struct fview f, f2;
    static struct board bd, bd2;
    static struct proto_msg m, m2;
    static struct fac_status r, r2;
    static struct fac_inject in[MAX_INJECTS], in2[MAX_INJECTS];
    static struct fac_action j[MAX_JOURNAL], j2[MAX_JOURNAL];
    char err[PROTO_ERR];
    m.pub = &p, m.view = &v, m.fview = &f, m.board = &bd;
    m.roster = &r, m.msel = in, m.journal = j;
    if (!proto_decode(text, len, role, fuzz_book(), &m, err)) {
        if (strncmp(err, "frame", 5) != 0 || strchr(err, '\n'))
            abort();
        return;
    }
    if (!proto_may_send(role, m.type))
        abort();
    char *a = proto_encode(&m);
    m2.pub = &p2, m2.view = &v2, m2.fview = &f2, m2.board = &bd2;
    m2.roster = &r2, m2.msel = in2, m2.journal = j2;
    if (!a || !proto_decode(a, strlen(a), role, fuzz_book(), &m2, err))
        abort();
    char *b = proto_encode(&m2);
    if (!b || strcmp(a, b) != 0)
        abort();
    free(a);
    free(b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct frame_dec d;
    frame_dec_init(&d, PROTO_SERVER_MAX);
    /* fed in pieces of at most 4 KiB, as reads give them */
    for (size_t at = 0; at < size;) {
        size_t n = size - at < 4096 ? size - at : 4096;
        if (!frame_dec_feed(&d, data + at, n))
            break;
        at += n;
        const char *t;
        size_t len;
        int r;
        while ((r = frame_dec_next(&d, &t, &len)) == 1)
            for (int role = 0; role < ROLE_COUNT; role++)
                one(t, len, role);
        if (r < 0) {
            if (!d.err[0])
                abort();
            break;
        }
    }
    frame_dec_free(&d);
    return 0;
}
