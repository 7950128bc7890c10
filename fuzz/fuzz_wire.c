/* fuzz_wire.c - libFuzzer target for the wire codec's decoders
 * (game/data/wire.h): any bytes are given to each of the six decoders
 * (the public book, a seat's view, the facilitator's view, an order list,
 * an event list, the board's payload; a view against lakeland's book). Each either refuses
 * them with one error line naming its document, or accepts them - and
 * then what it decoded encodes to a text that decodes to the same bytes.
 * Never a crash, a leak, undefined behaviour or a hang. Half of the
 * mutations keep the input JSON (fuzz/jsonmut.h). Built by `make
 * fuzz-build`, run by `make fuzz`; seeds: tests/fixtures/wire. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/board.h"
#include "core/view.h"
#include "data/save.h"
#include "data/wire.h"
#include "fuzzbook.h"
#include "jsonmut.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned seed);

size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned seed)
{
    return fuzz_mutate(data, size, max_size, seed);
}

/* A refusal names its document first, in one line. */
static void refused(const char *err, const char *what)
{
    size_t n = strlen(what);
    if (strncmp(err, what, n) != 0 || err[n] != ':' || strchr(err, '\n'))
        abort();
}

/* Encodes what was decoded and decodes it again into b: the same bytes. */
#define AGAIN(enc, dec_call, a, b, size) \
    do { \
        char *t_ = enc; \
        if (!t_ || !(dec_call) || memcmp(a, b, size) != 0) \
            abort(); \
        free(t_); \
    } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static struct view v, v2;
    static struct fview f, f2;
    static struct pub p, p2;
    static struct order o[MAX_ORDERS], o2[MAX_ORDERS];
    static struct event e[MAX_VIEW_EVENTS], e2[MAX_VIEW_EVENTS];
    static struct board bd, bd2;
    const struct pub *pub = fuzz_book();
    const char *text = (const char *)data;
    char err[WIRE_ERR];
    int n, n2;
    if (wire_view_decode(text, size, pub, &v, err))
        AGAIN(wire_view_encode(&v), wire_view_decode(t_, strlen(t_), pub, &v2, err), &v, &v2,
              sizeof v);
    else
        refused(err, "view");
    if (wire_fview_decode(text, size, pub, &f, err))
        AGAIN(wire_fview_encode(&f), wire_fview_decode(t_, strlen(t_), pub, &f2, err), &f, &f2,
              sizeof f);
    else
        refused(err, "fview");
    if (wire_pub_decode(text, size, &p, err))
        AGAIN(wire_pub_encode(&p), wire_pub_decode(t_, strlen(t_), &p2, err), &p, &p2, sizeof p);
    else
        refused(err, "pub");
    if (wire_orders_decode(text, size, pub, o, &n, err))
        AGAIN(wire_orders_encode(o, n),
              wire_orders_decode(t_, strlen(t_), pub, o2, &n2, err) && n == n2, o, o2, sizeof o);
    else
        refused(err, "orders");
    if (wire_events_decode(text, size, pub, e, &n, err))
        AGAIN(wire_events_encode(e, n),
              wire_events_decode(t_, strlen(t_), pub, e2, &n2, err) && n == n2, e, e2, sizeof e);
    else
        refused(err, "events");
    if (wire_board_decode(text, size, pub, &bd, err))
        AGAIN(wire_board_encode(&bd), wire_board_decode(t_, strlen(t_), pub, &bd2, err), &bd,
              &bd2, sizeof bd);
    else
        refused(err, "board");
    return 0;
}
