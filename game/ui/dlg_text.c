/* dlg_text.c - a line of text typed in a small dialog: a folder to save
 * in, the facilitator's notes and messages. */
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "cui.h"

struct text_ask {
    drawfn under;
    void *arg;
    const char *title, *label, *action;
    char *buf;
    size_t n;
};

static void text_draw(struct cui *u, void *arg)
{
    struct text_ask *f = arg;
    if (f->under)
        f->under(u, f->arg);
    struct rect r = d_dialog(8, 64, f->title);
    d_text(r.y, r.x, r.w, A_NORMAL, f->label);
    /* the end of the text when it is longer than the field */
    const char *shown = f->buf;
    while (text_cols(shown, -1) > r.w - 2) {
        shown++;
        while ((*shown & 0xC0) == 0x80)
            shown++;
    }
    attr_t a = term_attr(R_SELECT);
    d_fill(r.y + 2, r.x, r.w, a);
    int used = d_text(r.y + 2, r.x, r.w - 1, a, shown);
    d_text(r.y + 2, r.x + used, 1, a | A_BLINK, "_");
    const char *hints[] = { "Enter", f->action, "Esc", "back", "Backspace", "erase", NULL, NULL };
    d_hints(r.y + r.h - 1, r.x, r.w, hints);
}

/* Appends the character ch to buf as UTF-8, when it fits. */
static void put_char(char *buf, size_t n, int ch)
{
    char mb[MB_LEN_MAX];
    mbstate_t st;
    memset(&st, 0, sizeof st);
    size_t len = wcrtomb(mb, (wchar_t)ch, &st);
    size_t have = strlen(buf);
    if (len == (size_t)-1 || have + len + 1 > n)
        return;
    memcpy(buf + have, mb, len);
    buf[have + len] = 0;
}

int ui_ask_text(struct cui *u, drawfn under, void *arg, const char *title, const char *label,
                const char *action, char *buf, size_t n)
{
    struct text_ask f = { under, arg, title, label, action, buf, n };
    struct input in;
    for (;;) {
        int k = ui_step(u, text_draw, &f, &in);
        if (k == K_SIGNAL || k == K_EOF || k == K_QUIT)
            return -1;
        if (k == K_ESC)
            return 0;
        if (k == K_ENTER && buf[0])
            return 1;
        if (k == K_BACKSPACE || k == K_DELETE) {
            size_t len = strlen(buf);
            while (len > 0 && (buf[len - 1] & 0xC0) == 0x80)
                len--;
            buf[len ? len - 1 : 0] = 0;
        } else if (in.ch >= 0x20 && in.ch != 0x7f && k != K_ENTER && k != K_TAB) {
            put_char(buf, n, in.ch);   /* hjkl and ? are letters here */
        }
    }
}
