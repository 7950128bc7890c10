/* layout.c - panel rectangles for the playing screen. */
#include "layout.h"

#define X_NAME(e, name) name,
static const char *const panel_names[] = { PANEL_LIST(X_NAME) };
#undef X_NAME

const char *panel_name(int p)
{
    return p >= 0 && p < P_COUNT ? panel_names[p] : "?";
}

int layout_fits(void)
{
    return COLS >= MIN_COLS && LINES >= MIN_LINES;
}

static struct rect rect(int y, int x, int h, int w)
{
    struct rect r = { y, x, h, w };
    return r;
}

void layout_main(int nsectors, int nseats, struct layout *l)
{
    int H = LINES, W = COLS;
    l->header = rect(0, 0, 1, W);
    l->status = rect(H - 1, 0, 1, W);
    int body = H - 2;
    /* the board: a header row, one row per sector, a detail row, borders */
    int board_h = nsectors + 4;
    for (int p = 0; p < P_COUNT; p++)
        l->tabbed[p] = 0;
    l->wide = W >= 120 && H >= 36;
    if (l->wide) {
        int lw = W * 46 / 100, mw = (W - lw) / 2, rw = W - lw - mw;
        if (board_h > body / 2)
            board_h = body / 2;
        int lower = body - board_h;
        int rel_h = nseats + 6;
        if (rel_h > body / 2)
            rel_h = body / 2;
        l->r[P_BOARD] = rect(1, 0, board_h, lw);
        l->r[P_LOG] = rect(1 + board_h, 0, lower, lw);
        l->r[P_ORDERS] = rect(1, lw, board_h, mw);
        l->r[P_INTEL] = rect(1 + board_h, lw, lower, mw);
        l->r[P_RELATIONS] = rect(1, lw + mw, rel_h, rw);
        l->r[P_MISSION] = rect(1 + rel_h, lw + mw, body - rel_h, rw);
        return;
    }
    if (board_h > body - 7)
        board_h = body - 7;
    int ow = W * 2 / 5;
    if (ow < 32)
        ow = 32;
    l->r[P_BOARD] = rect(1, 0, board_h, W - ow);
    l->r[P_ORDERS] = rect(1, W - ow, board_h, ow);
    struct rect lower = rect(1 + board_h, 0, body - board_h, W);
    for (int p = P_INTEL; p <= P_LOG; p++) {
        l->r[p] = lower;
        l->tabbed[p] = 1;
    }
}
