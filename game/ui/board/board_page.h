/* board_page.h - a page of the hot wash drawn full-screen (rows 1 to
 * LINES-2: its number, its title and its lines), as the projector board
 * shows it (mandate board) and as the facilitator's console shows it in a
 * local game, whose screen is the projector. */
#ifndef MANDATE_UI_BOARD_PAGE_H
#define MANDATE_UI_BOARD_PAGE_H

struct board;

/* Draws b's hot wash page (b->page, from 1). */
void board_page_draw(const struct board *b);

#endif
