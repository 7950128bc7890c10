/* draw.c - text, boxes, bars and dialogs on stdscr. */
#include "draw.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

/* Bytes of the character at s and its display width (non-ASCII under a
 * non-UTF-8 locale, and a broken or cut sequence, such as a copy limited
 * in bytes leaves: one '?'). *bad gets 1 when it shows as '?'. */
static int char_step_ok(const char *s, int *cols, int *bad)
{
    unsigned char c = (unsigned char)*s;
    *bad = 0;
    if (c < 0x80) {
        *cols = 1;               /* a control character shows as a space */
        return 1;
    }
    int len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    for (int i = 1; i < len; i++)
        if (((unsigned char)s[i] & 0xc0) != 0x80) {
            len = i;
            break;
        }
    *cols = 1;
    *bad = 1;
    if (term_utf8()) {
        mbstate_t st;
        memset(&st, 0, sizeof st);
        wchar_t wc;
        size_t k = mbrtowc(&wc, s, (size_t)len, &st);
        if (k != (size_t)-1 && k != (size_t)-2 && k != 0) {
            int w = wcwidth(wc);
            *cols = w < 0 ? 1 : w;
            *bad = 0;
        }
    }
    return len;
}

int text_char(const char *s, int *cols)
{
    int bad;
    return char_step_ok(s, cols, &bad);
}

int text_cols(const char *s, int len)
{
    int cols = 0;
    for (int i = 0; s[i] && (len < 0 || i < len);) {
        int c;
        i += text_char(s + i, &c);
        cols += c;
    }
    return cols;
}

char *text_fit(char *buf, size_t n, const char *s, int w, int how)
{
    int total = text_cols(s, -1), cols = 0;
    size_t nb = 0;
    if (w < 0)
        w = 0;
    if (total > w) {
        const char *ell = term_glyph(G_ELLIPSIS);
        int ellw = text_cols(ell, -1), limit = w - ellw;
        size_t cut = 0;
        int cut_cols = 0, last_space = -1, space_cols = 0;
        for (size_t i = 0; s[i] && limit > 0;) {
            int c;
            int k = text_char(s + i, &c);
            if (cut_cols + c > limit)
                break;
            if (s[i] == ' ') {
                last_space = (int)i;
                space_cols = cut_cols;
            }
            cut_cols += c;
            i += (size_t)k;
            cut = i;
        }
        /* prose: end at a word when that keeps most of the room */
        if ((how & FIT_WORDS) && s[cut] != ' ' && last_space > 0 && space_cols * 3 >= limit * 2) {
            cut = (size_t)last_space;
            cut_cols = space_cols;
        }
        while (cut > 0 && s[cut - 1] == ' ') {
            cut--;
            cut_cols--;
        }
        if (ellw > w)
            ell = "", ellw = 0;
        size_t el = strlen(ell);
        if (cut + el + 1 > n)
            cut = n > el + 1 ? n - el - 1 : 0;
        memcpy(buf, s, cut);
        memcpy(buf + cut, ell, el);
        nb = cut + el;
        cols = cut_cols + ellw;
    } else {
        nb = strlen(s) < n ? strlen(s) : n - 1;
        memcpy(buf, s, nb);
        cols = total;
    }
    int pad = w - cols;
    if (pad > 0 && nb + (size_t)pad < n) {
        if (how & FIT_RIGHT) {
            memmove(buf + pad, buf, nb);
            memset(buf, ' ', (size_t)pad);
        } else {
            memset(buf + nb, ' ', (size_t)pad);
        }
        nb += (size_t)pad;
    }
    buf[nb] = 0;
    return buf;
}

int d_text(int y, int x, int w, attr_t a, const char *s)
{
    if (w <= 0 || y < 0 || y >= LINES || x >= COLS || !s)
        return 0;
    if (x + w > COLS)
        w = COLS - x;
    char fit[1024];
    if (text_cols(s, -1) > w)    /* cut: it ends in an ellipsis */
        s = text_fit(fit, sizeof fit, s, w, FIT_LEFT);
    char buf[1024];
    int nb = 0, cols = 0;
    for (int i = 0; s[i] && nb < (int)sizeof buf - 5;) {
        int c, bad = 0;
        int step = char_step_ok(s + i, &c, &bad);
        if (cols + c > w)
            break;
        unsigned char b = (unsigned char)s[i];
        if (b < 0x20) {
            buf[nb++] = ' ';
            c = 1;
        } else if (b >= 0x80 && bad) {
            buf[nb++] = '?';
        } else {
            memcpy(buf + nb, s + i, (size_t)step);
            nb += step;
        }
        cols += c;
        i += step;
    }
    buf[nb] = 0;
    attrset(a);
    mvaddnstr(y, x, buf, nb);
    attrset(A_NORMAL);
    return cols;
}

int d_textf(int y, int x, int w, attr_t a, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return d_text(y, x, w, a, buf);
}

void d_right(int y, int x, int w, attr_t a, const char *s)
{
    int c = text_cols(s, -1);
    if (c > w)
        c = w;
    d_text(y, x + w - c, c, a, s);
}

void d_centre(int y, int x, int w, attr_t a, const char *s)
{
    int c = text_cols(s, -1);
    if (c > w)
        c = w;
    d_text(y, x + (w - c) / 2, c, a, s);
}

void d_fill(int y, int x, int w, attr_t a)
{
    if (y < 0 || y >= LINES || w <= 0)
        return;
    if (x + w > COLS)
        w = COLS - x;
    attrset(a);
    mvhline(y, x, ' ', w);
    attrset(A_NORMAL);
}

void d_glyph(int y, int x, attr_t a, int g)
{
    if (y < 0 || y >= LINES || x < 0 || x >= COLS)
        return;
    attrset(a);
    mvaddstr(y, x, term_glyph(g));
    attrset(A_NORMAL);
}

static void glyph_run(int y, int x, int n, int g)
{
    if (y < 0 || y >= LINES || n <= 0)
        return;
    const char *s = term_glyph(g);
    char buf[1024];
    size_t len = strlen(s), used = 0;
    for (int i = 0; i < n && used + len < sizeof buf; i++, used += len)
        memcpy(buf + used, s, len);
    buf[used] = 0;
    mvaddstr(y, x, buf);
}

void d_box(struct rect r, attr_t border, const char *title, attr_t tattr)
{
    if (r.h < 2 || r.w < 2)
        return;
    attrset(border);
    mvaddstr(r.y, r.x, term_glyph(G_UL));
    glyph_run(r.y, r.x + 1, r.w - 2, G_H);
    mvaddstr(r.y, r.x + r.w - 1, term_glyph(G_UR));
    for (int i = 1; i < r.h - 1; i++) {
        mvaddstr(r.y + i, r.x, term_glyph(G_V));
        mvaddstr(r.y + i, r.x + r.w - 1, term_glyph(G_V));
    }
    mvaddstr(r.y + r.h - 1, r.x, term_glyph(G_LL));
    glyph_run(r.y + r.h - 1, r.x + 1, r.w - 2, G_H);
    mvaddstr(r.y + r.h - 1, r.x + r.w - 1, term_glyph(G_LR));
    attrset(A_NORMAL);
    if (title && *title && r.w > 6) {
        char t[256];
        snprintf(t, sizeof t, " %s ", title);
        d_text(r.y, r.x + 2, r.w - 4, tattr, t);
    }
}

void d_bar(int y, int x, int w, int value, int max, attr_t fill)
{
    if (w <= 0 || max <= 0)
        return;
    int n = (value * w + max / 2) / max;
    if (n < 0)
        n = 0;
    if (n > w)
        n = w;
    if (value > 0 && n == 0)
        n = 1;
    attrset(fill);
    glyph_run(y, x, n, G_FULL);
    attrset(term_attr(R_DIM));
    glyph_run(y, x + n, w - n, G_EMPTY);
    attrset(A_NORMAL);
}

struct rect d_dialog(int h, int w, const char *title)
{
    if (w > COLS - 2)
        w = COLS - 2;
    if (h > LINES - 2)
        h = LINES - 2;
    struct rect r = { (LINES - h) / 2, (COLS - w) / 2, h, w };
    for (int i = 0; i < h; i++)
        d_fill(r.y + i, r.x, w, A_NORMAL);
    d_box(r, term_attr(R_FOCUS), title, term_attr(R_FOCUS));
    struct rect in = { r.y + 1, r.x + 2, h - 2, w - 4 };
    return in;
}

int d_hints(int y, int x, int w, const char *const *pairs)
{
    int used = 0;
    for (int i = 0; pairs[i] && pairs[i + 1]; i += 2) {
        int need = text_cols(pairs[i], -1) + 1 + text_cols(pairs[i + 1], -1) + (used ? 2 : 0);
        if (used + need > w)
            break;
        if (used)
            used += 2;
        used += d_text(y, x + used, w - used, term_attr(R_KEY), pairs[i]);
        used += 1;
        used += d_text(y, x + used, w - used, A_NORMAL, pairs[i + 1]);
    }
    return used;
}
