/* board_page.h - a page of the hot wash drawn full-screen (rows 1 to
 * LINES-2: its number, its title and its lines), as the projector board
 * shows it (mandate board) and as the facilitator's console shows it in a
 * local game, whose screen is the projector. */
#ifndef MANDATE_UI_BOARD_PAGE_H
#define MANDATE_UI_BOARD_PAGE_H

struct board;

/* Draws b's hot wash page (b->page, from 1), its lines wrapped for this
 * screen (board_page_width(COLS)): from the left margin, centred on a
 * screen wider than the widest page. */
void board_page_draw(const struct board *b);

/* The columns a hot wash page is wrapped at on a screen of cols columns:
 * cols less a margin each side, within HOTWASH_MIN_COLS..HOTWASH_MAX_COLS
 * (as hotwash_board wraps it when asked for cols - 2). */
int board_page_width(int cols);

#endif
