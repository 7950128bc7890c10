/* proto_int.h - private to the protocol's codec (proto.c: the envelope
 * and the seats' messages; proto_fac.c: the facilitator's). */
#ifndef MANDATE_DATA_PROTO_INT_H
#define MANDATE_DATA_PROTO_INT_H

#include "proto.h"
#include "wire_int.h"

/* The keys a facilitator's message (fac, roster, msel, journal) may
 * carry. */
const char *const *proto_fac_keys(int type);
/* Adds the fields of a facilitator's message m to root. */
void proto_fac_encode(struct wenc *w, cJSON *root, const struct proto_msg *m);
/* Reads the fields of a facilitator's message (m->type set) from root. */
void proto_fac_decode(struct wdec *d, const cJSON *root, const struct pub *pub,
                      struct proto_msg *m);

#endif
