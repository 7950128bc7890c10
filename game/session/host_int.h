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
    /* saving */
    int autosave;                /* 1: after every week */
    char save_path[1024];        /* the save it came from, or the last one written */
    char autosave_path[1024];    /* the last autosave written ("" none) */
    int saved_turns;             /* turns the newest file of the game holds (-1: none) */
    int unsaved;                 /* 1: the last save failed, none worked since */
    char save_error[320];        /* why it failed */
};

/* The AI of seat decides and confirms its orders now, from v (the seat's
 * view of the game as it stands; NULL: built here); its reasons go to
 * the history. */
void host_ai_play(struct host *h, int seat, const struct view *v);

#endif
