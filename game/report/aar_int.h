/* aar_int.h - private to game/report: wording the Markdown and HTML
 * reports share. */
#ifndef MANDATE_AAR_INT_H
#define MANDATE_AAR_INT_H

#include <stddef.h>

#include "aar.h"
#include "debrief.h"

/* "2025-03-01 14:05 UTC" from an ISO 8601 time, "unknown" for "". */
const char *aar_date(const char *iso, char *buf, size_t n);

#endif
