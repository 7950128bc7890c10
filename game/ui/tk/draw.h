/* draw.h - drawing primitives on stdscr: clipped text that counts display
 * columns (UTF-8, or '?' for non-ASCII under another locale), boxes with
 * titles, bars, dialogs. The text that wraps and scrolls is page.h's. */
#ifndef MANDATE_DRAW_H
#define MANDATE_DRAW_H

#include <stdarg.h>

#include "term.h"

struct rect {
    int y, x, h, w;
};

/* Bytes of the (UTF-8) character at s; its display columns go to cols:
 * wcwidth's, 1 for a control character (drawn as a space) and for any
 * non-ASCII one under a non-UTF-8 locale (drawn as '?'). Every count of
 * display columns goes through it. */
int text_char(const char *s, int *cols);
/* Display columns of s (at most its first len bytes; len < 0: all). */
int text_cols(const char *s, int len);
/* s padded with spaces, or cut, to exactly w display columns into buf (n
 * bytes); a cut ends in an ellipsis. how: FIT_LEFT (padded on the right),
 * FIT_RIGHT (right-aligned), | FIT_WORDS (prose: cut at a word when that
 * keeps two thirds of the room). Returns buf. */
enum { FIT_LEFT = 0, FIT_RIGHT = 1, FIT_WORDS = 2 };
char *text_fit(char *buf, size_t n, const char *s, int w, int how);

/* Draws s at y,x in at most w columns (cut with an ellipsis when it does
 * not fit); returns the columns used. */
int d_text(int y, int x, int w, attr_t a, const char *s);
int d_textf(int y, int x, int w, attr_t a, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* Right-aligns s so that it ends at column x + w. */
void d_right(int y, int x, int w, attr_t a, const char *s);
/* Centres s in [x, x+w). */
void d_centre(int y, int x, int w, attr_t a, const char *s);
void d_fill(int y, int x, int w, attr_t a);
void d_glyph(int y, int x, attr_t a, int g);
/* A box; title (may be NULL) sits on the top border. */
void d_box(struct rect r, attr_t border, const char *title, attr_t tattr);
/* A bar of w cells showing value out of max. */
void d_bar(int y, int x, int w, int value, int max, attr_t fill);
/* A centred dialog box of h x w (cut to the screen), cleared inside;
 * returns the inside. */
struct rect d_dialog(int h, int w, const char *title);
/* "key label  key label" hints on one line; keys and labels alternate in
 * a NULL-terminated list. Returns the columns used. */
int d_hints(int y, int x, int w, const char *const *pairs);

#endif
