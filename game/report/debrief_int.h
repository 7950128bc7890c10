/* debrief_int.h - private to game/report: what debrief.c hands to
 * debrief_lessons.c while it builds a debrief. */
#ifndef MANDATE_DEBRIEF_INT_H
#define MANDATE_DEBRIEF_INT_H

#include "../session/session.h"
#include "debrief.h"

struct dbctx {
    const struct session *s;
    struct debrief *d;
    const struct event *ev; /* every event, in order */
    int nev;
    int first[MAX_TURNS + 2], end[MAX_TURNS + 2]; /* turn t: [first, end) */
    /* the state as turn t was resolved (its orders in, nothing resolved
     * yet: the history's snapshot after turn t - 1); index 1..turns */
    struct hist_state pre[MAX_TURNS + 1];
};

/* Detects and rates the learning objectives, then calls db_points. */
void db_lessons(struct dbctx *c);

/* Writes strengths, areas for improvement, the improvement plan and the
 * discussion questions from the rated objectives and the timeline. */
void db_points(struct dbctx *c);

/* The declassified document: copies the session's journal and its
 * record's flags into d. 0 when out of memory. */
int db_journal(struct debrief *d, const struct session *s);

/* A seat's or the public document: words every event the viewer was
 * told of (c->ev holds only those) as notes. */
void db_notes(struct dbctx *c);

/* Index of the first event of turn t that belongs to a phase after the
 * defensive measures (so events of turn t before it are the sweeps' and
 * audits'). */
int db_defence_end(const struct dbctx *c, int t);

/* Communications security of seat when turn t's covert operations
 * resolved (after the turn's hardening). */
int db_comms_at_covert(const struct dbctx *c, int t, int seat);

/* Centralisation of the mission database when event k of turn t happened. */
int db_central_at(const struct dbctx *c, int t, int k);

/* snprintf that never fails: always NUL-terminated, returns buf. */
char *db_fmt(char *buf, size_t n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Appends to buf[n] (a NUL-terminated string), cutting what does not fit. */
void db_cat(char *buf, size_t n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

#endif
