/* draw.c - text, boxes, bars, dialogs and pages on stdscr. */
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

/* The first line of s in w columns: its bytes go to *end; returns the
 * bytes to skip to the next line. */
static int wrap_one(const char *s, int w, int *end)
{
    if (w < 4)
        w = 4;
    int i = 0, cols = 0, last_space = -1;
    while (s[i] && s[i] != '\n') {
        int c;
        int step = text_char(s + i, &c);
        if (cols + c > w)
            break;
        if (s[i] == ' ')
            last_space = i;
        cols += c;
        i += step;
    }
    *end = i;
    if (s[i] == '\n')
        return i + 1;
    if (s[i] && last_space > 0) {
        *end = last_space;
        return last_space + 1;
    }
    return i;
}

/* Wraps s at w columns for its first line and rest for the others. */
static void wrap_hang(const char *s, int w, int rest,
                      void (*out)(void *ctx, const char *s, int len), void *ctx)
{
    while (*s) {
        int end, next = wrap_one(s, w, &end);
        out(ctx, s, end);
        s += next;
        w = rest;
        if (!*s && next > 0 && s[-1] == '\n')
            break;
    }
}

void text_wrap(const char *s, int w, void (*out)(void *ctx, const char *s, int len), void *ctx)
{
    wrap_hang(s, w, w, out, ctx);
}

/* --- pages ------------------------------------------------------------- */

void page_init(struct page *p)
{
    memset(p, 0, sizeof *p);
    p->item = -1;
}

void page_free(struct page *p)
{
    free(p->l);
    free(p->text);
    page_init(p);
}

void page_reset(struct page *p, int w)
{
    p->n = 0;
    p->used = 0;
    p->width = w;
    p->item = -1;
    p->nitems = 0;
}

struct add_ctx {
    struct page *p;
    attr_t a;
    int indent;
    int hang;                    /* added to indent after the first line */
};

static void add_line(void *vctx, const char *s, int len)
{
    struct add_ctx *c = vctx;
    struct page *p = c->p;
    if (p->n >= p->cap) {
        p->cap = p->cap ? p->cap * 2 : 256;
        p->l = term_xrealloc(p->l, (size_t)p->cap * sizeof *p->l);
    }
    if (p->used + len + 1 > p->tcap) {
        while (p->used + len + 1 > p->tcap)
            p->tcap = p->tcap ? p->tcap * 2 : 16384;
        p->text = term_xrealloc(p->text, (size_t)p->tcap);
    }
    struct pline *l = &p->l[p->n++];
    l->off = p->used;
    l->attr = c->a;
    l->indent = (short)c->indent;
    c->indent += c->hang;
    c->hang = 0;
    l->item = (short)p->item;
    l->hang = 0;
    memcpy(p->text + p->used, s, (size_t)len);
    p->used += len;
    p->text[p->used++] = 0;
}

void page_add_hang(struct page *p, attr_t a, int indent, int hang, const char *text)
{
    struct add_ctx c = { p, a, indent, hang };
    if (!*text) {
        add_line(&c, "", 0);
        return;
    }
    wrap_hang(text, p->width - indent, p->width - indent - hang, add_line, &c);
}

void page_add(struct page *p, attr_t a, int indent, const char *text)
{
    struct add_ctx c = { p, a, indent, 0 };
    if (!*text) {
        add_line(&c, "", 0);
        return;
    }
    text_wrap(text, p->width - indent, add_line, &c);
}

void page_addf(struct page *p, attr_t a, int indent, const char *fmt, ...)
{
    char buf[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    page_add(p, a, indent, buf);
}

void page_bullet(struct page *p, attr_t a, int indent, int g, const char *fmt, ...)
{
    char buf[2048];
    const char *gl = term_glyph(g);
    int n = snprintf(buf, sizeof buf, "%s ", gl);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf + n, sizeof buf - (size_t)n, fmt, ap);
    va_end(ap);
    page_add_hang(p, a, indent, text_cols(gl, -1) + 1, buf);
}

void page_blank(struct page *p)
{
    int item = p->item;
    p->item = -1;
    page_add(p, A_NORMAL, 0, "");
    p->item = item;
}

void page_item(struct page *p, int id)
{
    p->item = id;
    if (id >= p->nitems)
        p->nitems = id + 1;
}

int page_item_first(const struct page *p, int id)
{
    for (int i = 0; i < p->n; i++)
        if (p->l[i].item == id)
            return i;
    return -1;
}

int page_item_last(const struct page *p, int id)
{
    for (int i = p->n - 1; i >= 0; i--)
        if (p->l[i].item == id)
            return i;
    return -1;
}

int page_clamp(const struct page *p, int top, int h)
{
    if (top > p->n - h)
        top = p->n - h;
    return top < 0 ? 0 : top;
}

int page_scroll_to(const struct page *p, int top, int h, int sel)
{
    int first = page_item_first(p, sel), last = page_item_last(p, sel);
    if (first >= 0) {
        if (last - top >= h)
            top = last - h + 1;
        if (first < top)
            top = first;
    }
    return page_clamp(p, top, h);
}

void page_draw(const struct page *p, struct rect r, int top, int sel, int hit)
{
    int textw = r.w - 1;         /* the last column holds the scroll marks */
    for (int i = 0; i < r.h && top + i < p->n; i++) {
        const struct pline *l = &p->l[top + i];
        attr_t a = l->attr;
        if (l->item >= 0 && l->item == sel) {
            a = (a & ~(attr_t)A_COLOR) | term_attr(R_SELECT);
            d_fill(r.y + i, r.x, textw, term_attr(R_SELECT));
        }
        d_text(r.y + i, r.x + l->indent, textw - l->indent, a, p->text + l->off);
        if (l->item >= 0 && hit > 0)
            term_hit(r.y + i, r.x, 1, textw, hit, l->item);
    }
    if (top > 0)
        d_glyph(r.y, r.x + r.w - 1, term_attr(R_KEY), G_UP);
    if (top + r.h < p->n)
        d_glyph(r.y + r.h - 1, r.x + r.w - 1, term_attr(R_KEY), G_DOWN);
}
