/* aar_int.h - private to game/report: wording the Markdown and HTML
 * reports share. */
#ifndef MANDATE_AAR_INT_H
#define MANDATE_AAR_INT_H

#include <stddef.h>

#include "aar.h"
#include "debrief.h"

/* "2025-03-01 14:05 UTC" from an ISO 8601 time, "unknown" for "". */
const char *aar_date(const char *iso, char *buf, size_t n);

/* The bytes of the control character s starts with (C0 or DEL: 1, C1
 * U+0080-U+009F: 2), or 0: what the writers turn into one space. */
size_t aar_control(const char *s);

/* The HTML entity of c when it is one of & < > " ', else NULL. */
const char *aar_entity(char c);

#endif
