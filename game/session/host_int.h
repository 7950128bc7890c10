/* host_int.h - private to game/session: the host's state, for the ports
 * the session layer makes (the AI port). */
#ifndef MANDATE_HOST_INT_H
#define MANDATE_HOST_INT_H

#include "../data/save.h"
#include "host.h"
#include "port.h"
#include "session.h"

struct host {
    const struct bundle *b;      /* borrowed, or owned */
    struct bundle *owned;        /* the bundle of a loaded game, or NULL */
    struct session s;
    const struct port *port[MAX_SEATS];  /* NULL: the AI port (AI seats), none (human) */
    /* this week */
    struct order draft[MAX_SEATS][MAX_ORDERS];
    int ndraft[MAX_SEATS];
    uint8_t has_draft[MAX_SEATS];
    uint8_t asked[MAX_SEATS];    /* its port was asked and answered */
    const struct port *fac;      /* the facilitator's port, or NULL */
    int fac_asked;               /* it was asked this week */
    /* saving */
    int autosave;                /* 1: after every week */
    char save_path[1024];        /* the save it came from, or the last one written */
    char autosave_path[1024];    /* the last autosave written ("" none) */
    int saved_turns;             /* turns the newest file of the game holds (-1: none) */
    int unsaved;                 /* 1: the last save failed, none worked since */
    char save_error[320];        /* why it failed */
    /* each AI's memory before it first decided this week (mind_week: the
     * week; 0 none), so that an action that reopens the week lets it
     * decide again as a replay does: once, after the action */
    struct ai_mind mind0[MAX_SEATS];
    int mind_week[MAX_SEATS];
    /* the clock (the caller's monotonic milliseconds) */
    int paused;
    int deadline_secs;           /* every week's deadline (0: none) */
    int has_deadline;            /* this week has one */
    int64_t left_ms;             /* while paused: the time left */
    int64_t due_ms;              /* while running: when it passes */
};

/* Tells every seat's own port (not the AI's) about n. */
void host_notify(struct host *h, const struct host_note *n);

/* Withdraws seat's confirmation (its orders become its draft, its port
 * is asked again), paused or not: 1, or 0 when it was not confirmed. */
int host_unconfirm(struct host *h, int seat);

/* Keeps seat's AI memory as it stands before its first decision of the
 * week (host_control.c). */
void host_keep_mind(struct host *h, int seat);

/* The AI of seat decides and confirms its orders now, from v (the seat's
 * view of the game as it stands; NULL: built here); its reasons go to
 * the history. */
void host_ai_play(struct host *h, int seat, const struct view *v);

#endif
