/* board_big.c - big characters for the projector board: digits and the
 * clock's colon, five rows of three cells, drawn with full blocks (or
 * '#' on a terminal without UTF-8), so that the week, the clock and the
 * mandate read from the back of a room. */
#include <string.h>

#include "board_int.h"

/* Each character: five rows of three cells, 'x' drawn. */
static const char *const glyphs[][BIG_ROWS] = {
    { "xxx", "x x", "x x", "x x", "xxx" },   /* 0 */
    { " x ", "xx ", " x ", " x ", "xxx" },   /* 1 */
    { "xxx", "  x", "xxx", "x  ", "xxx" },   /* 2 */
    { "xxx", "  x", "xxx", "  x", "xxx" },   /* 3 */
    { "x x", "x x", "xxx", "  x", "  x" },   /* 4 */
    { "xxx", "x  ", "xxx", "  x", "xxx" },   /* 5 */
    { "xxx", "x  ", "xxx", "x x", "xxx" },   /* 6 */
    { "xxx", "  x", "  x", "  x", "  x" },   /* 7 */
    { "xxx", "x x", "xxx", "x x", "xxx" },   /* 8 */
    { "xxx", "x x", "xxx", "  x", "xxx" },   /* 9 */
    { "   ", " x ", "   ", " x ", "   " },   /* : */
    { "  x", "  x", " x ", "x  ", "x  " },   /* / */
    { "   ", "   ", "xxx", "   ", "   " },   /* - */
    { "   ", "   ", "   ", "   ", "   " },   /* space, and anything else */
};

static int glyph_of(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    const char *more = ":/-";
    const char *p = c ? strchr(more, c) : NULL;
    return p ? 10 + (int)(p - more) : 13;
}

int big_cols(const char *s)
{
    int n = (int)strlen(s);
    return n ? 4 * n - 1 : 0;
}

int big_text(int y, int x, attr_t a, const char *s)
{
    const char *cell = term_utf8() ? "\xe2\x96\x88" : "#";
    attrset(a);
    for (int k = 0; s[k]; k++) {
        const char *const *g = glyphs[glyph_of(s[k])];
        for (int r = 0; r < BIG_ROWS; r++)
            for (int c = 0; c < 3; c++)
                if (g[r][c] == 'x' && x + 4 * k + c < COLS && y + r < LINES)
                    mvaddstr(y + r, x + 4 * k + c, cell);
    }
    attrset(A_NORMAL);
    return big_cols(s);
}
