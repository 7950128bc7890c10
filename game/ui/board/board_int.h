/* board_int.h - private to game/ui/board: the projector board's screen
 * (board_screen.c) and its big digits (board_big.c). */
#ifndef MANDATE_UI_BOARD_INT_H
#define MANDATE_UI_BOARD_INT_H

#include "../tk/term.h"

#define BIG_ROWS 5               /* rows of a big character */
#define BOARD_BIG_COLS 120       /* from this size the board is drawn large */
#define BOARD_BIG_LINES 40

/* Columns s takes in big characters (digits, ':', '/', '-', ' '). */
int big_cols(const char *s);
/* Draws s in big characters with its top left at y,x in attribute a:
 * the columns used. */
int big_text(int y, int x, attr_t a, const char *s);

#endif
