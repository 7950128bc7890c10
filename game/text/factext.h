/* factext.h - the facilitator's actions in words: one sentence per
 * action, for the console's journal, the controller's journal of the
 * declassified report and `mandate replay`. Never shown to a seat. */
#ifndef MANDATE_FACTEXT_H
#define MANDATE_FACTEXT_H

#include <stddef.h>

struct fac_action;

/* a in words into buf (at most n bytes, NUL-terminated): buf. The caller
 * names what the action refers to: inject (the title of a->inject, NULL
 * when none) and seat (the name of a->seat, NULL for every contingent). */
const char *factext_line(const struct fac_action *a, const char *inject, const char *seat,
                         char *buf, size_t n);

#endif
