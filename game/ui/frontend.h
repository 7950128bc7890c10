/* frontend.h - a front end is a table of functions: the turn driver of
 * play.c calls it at each step of a turn (assets/RULES.md section 3) and
 * knows nothing of how it shows things. The curses front end (fe_curses.c) and
 * the null one (fe_null.c) implement it. */
#ifndef MANDATE_FRONTEND_H
#define MANDATE_FRONTEND_H

struct play;

/* What a step of a front end ends with. */
enum fe_result {
    FE_OK,                       /* go on */
    FE_QUIT,                     /* the players quit (the driver autosaves) */
};

struct frontend {
    const char *name;
    void *ctx;
    /* Hot-seat: hands the terminal to seat, showing nothing of the
     * previous one (the curtain); seat -1: to everyone, for the result. */
    int (*handover)(void *ctx, struct play *p, int seat);
    /* One human seat's turn: last turn's report, this turn's brief, then
     * its orders until it ends its turn (play_submit) or quits. */
    int (*turn)(void *ctx, struct play *p, int seat);
    /* The game has ended: the seat's last report (nothing to answer). */
    int (*last_report)(void *ctx, struct play *p, int seat);
    /* The game has ended: the result, then the debrief. */
    int (*result)(void *ctx, struct play *p);
    /* A turn was resolved and autosaved (path, or NULL with why). */
    void (*resolved)(void *ctx, struct play *p, const char *path, const char *why);
};

/* The null front end: no human turns (each human seat gives no orders),
 * nothing shown. For headless runs and measurements. */
extern const struct frontend fe_null;

#endif
