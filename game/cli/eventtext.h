/* eventtext.h (cli) - one line of plain English per engine event, as the
 * facilitator may read it (nothing hidden): what `mandate replay` prints.
 * The terminal UI words events per seat in game/ui/eventtext.h. */
#ifndef MANDATE_CLI_EVENTTEXT_H
#define MANDATE_CLI_EVENTTEXT_H

#include <stddef.h>

struct scenario;
struct catalogue;
struct event;

/* What happened, without turn or kind ("Westria's intercept against
 * Eastmark detected; blamed Northia (wrong)"), into buf[n]. culprit: the
 * seat whose covert operation an incident reveals, or -1 (see
 * evlog_culprit). Returns the length the whole text needs, as snprintf. */
int evlog_text(const struct scenario *sc, const struct event *e, int culprit,
               char *buf, size_t n);

/* The whole line: "T3 incident: ..." and, for an event only some seats
 * see, " [to Westria]". */
int evlog_line(const struct scenario *sc, const struct event *e, int culprit,
               char *buf, size_t n);

/* For the incident ev[k] of a resolution's events ev[0..n), the seat
 * whose covert operation it reveals, or -1 (not an incident, or none
 * found). */
int evlog_culprit(const struct event *ev, int n, int k);

#endif
