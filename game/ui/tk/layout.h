/* layout.h - where the panels of the playing screen go for a terminal
 * size: at 80x24 the board and the orders side by side over one tabbed
 * panel; from 120x36 every panel at once. */
#ifndef MANDATE_LAYOUT_H
#define MANDATE_LAYOUT_H

#include "draw.h"

#define MIN_COLS 80
#define MIN_LINES 24

#define PANEL_LIST(X)                 \
    X(P_BOARD, "Sectors")             \
    X(P_ORDERS, "Orders")             \
    X(P_INTEL, "Intelligence")        \
    X(P_MISSION, "Mission")           \
    X(P_RELATIONS, "Relations")       \
    X(P_LOG, "Log")

#define X_ENUM(e, name) e,
enum panel { PANEL_LIST(X_ENUM) P_COUNT };
#undef X_ENUM
const char *panel_name(int p);

struct layout {
    int wide;                    /* every panel has its own place */
    struct rect header, status;
    struct rect r[P_COUNT];      /* compact: the tabbed panels share one rect */
    int tabbed[P_COUNT];         /* 1 when the panel lives in the tabbed area */
};

/* 1 when the terminal is big enough to play. */
int layout_fits(void);

/* The playing screen at the current size, for a board of nsectors and a
 * trust matrix of nseats. */
void layout_main(int nsectors, int nseats, struct layout *l);

#endif
