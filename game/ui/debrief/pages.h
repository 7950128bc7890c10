/* pages.h - the debrief's pages as a screen of the curses front end:
 * the debrief's document (report/debrief_doc.h) laid out for the
 * terminal and rendered by trender.h, with its tabs, help and keys. */
#ifndef MANDATE_DEBRIEF_PAGES_H
#define MANDATE_DEBRIEF_PAGES_H

#include "../cui.h"

/* The debrief's pages, drawn from d (game/report/debrief.h);
 * file is the save that holds the game ("" none); *page is the page to
 * open and, on return, the one shown last. SR_BACK: Esc, back to the
 * result; SR_NEXT: closed; SR_QUIT. */
struct debrief;
int screen_debrief(struct cui *u, const struct debrief *d, const char *file, int *page);
/* Asks to close the debrief (early: the finished game, from its last
 * report), saying where the game stays; 1 yes, 0 no, -1 quit. */
int debrief_ask_close(struct cui *u, drawfn under, void *arg, const char *file, int early);
/* The same screen in parts (for the bench): open on a page, handle one
 * key (-1: stay; SR_BACK, SR_DONE - asks to close -, SR_QUIT), draw one
 * frame, close. */
struct dbs;
struct dbs *debrief_open(struct cui *u, const struct debrief *d, const char *file, int page);
int debrief_key(struct dbs *s, const struct input *in);
void debrief_frame(struct dbs *s);
void debrief_close(struct dbs *s);

#endif
