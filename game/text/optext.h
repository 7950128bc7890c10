/* optext.h - a hidden order's account in the facilitator's words: what
 * the debrief's timeline, its tables and the reports say of a covert or
 * counter-intelligence order once it is declassified ("Kestria: Intercept
 * against Garrovia - succeeded (chance 52.0%, rolled 15.0); detected by
 * Garrovia, blamed Morvane (wrong). dossiers: ..."). The account is plain
 * data the caller fills from its own record of the order (the debrief's
 * struct db_op); names are read through the public book. */
#ifndef MANDATE_OPTEXT_H
#define MANDATE_OPTEXT_H

#include <stddef.h>

#include "../core/pub.h"

struct optext {
    int seat, kind;          /* who gave it; enum order_kind */
    int covert;              /* 1: rolled (FAM_COVERT); 0: counter-intelligence */
    int target;              /* whom it worked against: a seat, TARGET_HQ, or -1 */
    int aimed;               /* the order's own target (whom a false flag names) */
    int resolved;            /* 0: its account was not found in the events */
    int success;             /* covert: succeeded; counter: found or did something */
    int chance, roll;        /* covert, per-mille */
    int detected;            /* 1 when its victim (or mission HQ) detected it */
    int detected_by, blamed; /* a seat or TARGET_HQ; whom it was blamed on, -1 nobody */
    int attribution;         /* enum attribution */
    const char *result;      /* what it yielded or found, one line ("" none) */
};

/* "succeeded", "failed" (covert); "done", "caught a reader", "found
 * nothing"... (counter); "not recorded" when unresolved. */
const char *optext_outcome(const struct optext *op);

/* "undetected", "detected by Garrovia, nobody blamed", "detected by
 * Garrovia, blamed Morvane (wrong)"; "-" for a counter order. Returns
 * buf. */
const char *optext_detection(const struct pub *pub, const struct optext *op, char *buf, size_t n);

/* Whom it worked against: "Garrovia", "mission HQ", "the host
 * government", "its patrol sectors", "framing Sevrana", "-". Returns
 * buf. */
const char *optext_against(const struct pub *pub, const struct optext *op, char *buf, size_t n);

/* The whole line, without its turn (see above); a counter order's reads
 * "Garrovia: Sweep - found ...". Returns the length the whole line needs,
 * as snprintf. */
int optext_line(const struct pub *pub, const struct optext *op, char *buf, size_t n);

#endif
