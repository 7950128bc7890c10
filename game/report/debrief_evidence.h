/* debrief_evidence.h - what the learning objectives' detectors share
 * (debrief_lessons.c): adding a piece of evidence, an operation's words,
 * the tally of quiet failures, and the rating of an objective once its
 * evidence is in (debrief_evidence.c). */
#ifndef MANDATE_DEBRIEF_EVIDENCE_H
#define MANDATE_DEBRIEF_EVIDENCE_H

#include <stddef.h>

#include "debrief_int.h"

/* Failed operations nobody saw, tallied by who, against whom and what,
 * so that the evidence lists them in one line. */
struct quiet {
    int seat, target, kind, extra; /* extra: the caller's key */
    int n, first;
    char turns[64];
};

#define MAX_QUIET 48

/* Adds a piece of evidence (threat, countered, wrong clear; seat, target,
 * order and op -1); NULL when the objective's list is full. */
struct db_evidence *dbl_add_ev(struct db_lesson *L, int arising, int turn, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
const char *dbl_op_brief(const struct debrief *d, const struct db_op *op, char *buf, size_t n);
const char *dbl_seat_list(const struct debrief *d, unsigned set, char *buf, size_t n);
struct db_evidence *dbl_add_op(struct debrief *d, struct db_lesson *L, int k, const char *extra);
int dbl_quiet_add(const struct debrief *d, struct quiet *q, int *nq, int k, int extra);
int dbl_is_seat(const struct debrief *d, int s);
void dbl_quiet_flush(struct debrief *d, struct db_lesson *L, const struct quiet *q, int nq,
                     const char *(*words)(const struct debrief *, const struct quiet *, char *,
                                          size_t));
void dbl_rate(struct debrief *d, struct db_lesson *L);
void dbl_sort_evidence(struct db_lesson *L);

#endif
