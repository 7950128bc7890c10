/* wire.h - the wire codec: the public book, a seat's view, the
 * facilitator's view, a list of orders and a list of events to JSON text
 * and back. What a networked seat is sent and sends (issue 11's frames
 * carry these texts).
 *
 * Encoding never fails but for memory: the result is one line of JSON
 * (malloc'd; the caller frees it with free()), or NULL when out of memory.
 * The same data always gives the same text.
 *
 * Decoding treats its input as hostile: every key is known (an unknown or
 * duplicate key is refused), every count is bounded by the book (or the
 * engine's limits), every index and number is checked against its range,
 * every text for length, UTF-8 and control characters. On failure it
 * returns 0 with one line in err, "WHAT: json.path: what is wrong" (WHAT:
 * "pub", "view", "fview", "orders", "events"), and leaves *out
 * unspecified; it never crashes, whatever the bytes. A decoded view
 * borrows the book it was decoded against (v->pub). */
#ifndef MANDATE_WIRE_H
#define MANDATE_WIRE_H

#include <stddef.h>

struct pub;
struct view;
struct fview;
struct order;
struct event;
struct board;

#define WIRE_ERR 300             /* bytes of an error line, NUL included */

char *wire_pub_encode(const struct pub *p);
int wire_pub_decode(const char *text, size_t len, struct pub *out, char err[WIRE_ERR]);

char *wire_view_encode(const struct view *v);
int wire_view_decode(const char *text, size_t len, const struct pub *pub, struct view *out,
                     char err[WIRE_ERR]);

char *wire_fview_encode(const struct fview *f);
int wire_fview_decode(const char *text, size_t len, const struct pub *pub, struct fview *out,
                      char err[WIRE_ERR]);

/* At most MAX_ORDERS orders; each names a seat and sector of the book
 * (the seat is the giver's own claim: a server checks it). */
char *wire_orders_encode(const struct order *o, int n);
int wire_orders_decode(const char *text, size_t len, const struct pub *pub, struct order *out,
                       int *n, char err[WIRE_ERR]);

/* At most MAX_VIEW_EVENTS events. */
char *wire_events_encode(const struct event *e, int n);
int wire_events_decode(const char *text, size_t len, const struct pub *pub, struct event *out,
                       int *n, char err[WIRE_ERR]);

/* What the projector board is sent (core/board.h); the seats and
 * sectors are the book's (wire_board.c). */
char *wire_board_encode(const struct board *b);
int wire_board_decode(const char *text, size_t len, const struct pub *pub, struct board *out,
                      char err[WIRE_ERR]);

#endif
