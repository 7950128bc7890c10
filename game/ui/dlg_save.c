/* dlg_save.c - saving from the terminal game, and what a player sees when
 * a save fails: the reason in full, what of the game is in no file, and a
 * choice - retry, another folder (typed in a small dialog), or go on (or
 * quit) without saving. Nothing here claims a save that did not happen. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "../data/save.h"
#include "cui.h"

/* --- a folder, typed ------------------------------------------------- */

struct folder_ask {
    drawfn under;
    void *arg;
    char *buf;
    size_t n;
};

static void folder_draw(struct cui *u, void *arg)
{
    struct folder_ask *f = arg;
    if (f->under)
        f->under(u, f->arg);
    struct rect r = d_dialog(8, 64, "Save in another folder");
    d_text(r.y, r.x, r.w, A_NORMAL, "Folder (created when missing):");
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
    static const char *const hints[] = { "Enter", "save there", "Esc", "back", "Backspace",
                                         "erase", NULL, NULL };
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

/* Edits buf (a folder); 1 on Enter with a non-empty text, 0 on Esc, -1
 * on quit. */
static int ask_folder(struct cui *u, drawfn under, void *arg, char *buf, size_t n)
{
    struct folder_ask f = { under, arg, buf, n };
    struct input in;
    for (;;) {
        int k = ui_step(u, folder_draw, &f, &in);
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

/* --- a failed save --------------------------------------------------- */

static int attempt(struct cui *u, int kind, char *out, size_t n)
{
    if (u->link->save)
        return u->link->save(u->link->ctx, kind, out, n);
    snprintf(out, n, "this game is not saved from here");
    return 0;
}

int ui_save_game(struct cui *u, drawfn under, void *arg, int kind, int quitting,
                 const char *failed, char *out, size_t n)
{
    if (!failed && attempt(u, kind, out, n))
        return SV_SAVED;
    static const char *const go_on[] = { "Retry", "Another folder", "Go on unsaved", NULL };
    static const char *const quit[] = { "Retry", "Another folder", "Quit unsaved", NULL };
    char *text = malloc(2048), *dir = malloc(1024);
    struct link_status *st = malloc(sizeof *st);
    int res = SV_QUIT;
    while (text && st && dir) {
        u->link->status(u->link->ctx, st);
        char *lost = st->lost;
        if (lost[0] >= 'a' && lost[0] <= 'z')
            lost[0] = (char)(lost[0] - 'a' + 'A');
        snprintf(text, 2048, "%s\n%s\n\n%s.\n\nRetry, choose another folder, or %s.",
                 kind == SAVE_MANUAL ? "Saving failed:" : "The autosave failed:",
                 st->save_error, lost,
                 quitting ? "quit without saving (Esc: back to the game)"
                          : "go on without saving");
        int c = ui_choose(u, under, arg, "The game is not saved", text, quitting ? quit : go_on);
        if (c == -1)
            break;
        if (c == 2 || (c == -2 && !quitting)) {
            res = SV_UNSAVED;
            break;
        }
        if (c == -2) {
            res = SV_BACK;
            break;
        }
        if (c == 1) {
            char *old = strdup(save_dir());
            snprintf(dir, 1024, "%s", save_dir());
            int r = old ? ask_folder(u, under, arg, dir, 1024) : -1;
            if (r == 1)
                save_set_dir(dir);
            int ok = r == 1 && attempt(u, kind, out, n);
            if (r == 1 && !ok)
                save_set_dir(old);   /* the folder that was, which may recover */
            free(old);
            if (r < 0)
                break;
            if (ok) {
                res = SV_SAVED;
                break;
            }
            continue;
        }
        if (attempt(u, kind, out, n)) {
            res = SV_SAVED;
            break;
        }
    }
    free(text);
    free(st);
    free(dir);
    return res;
}

/* The screen under a dialog that must show nothing of any seat. */
void ui_blank_draw(struct cui *u, void *arg)
{
    (void)u, (void)arg;
    d_fill(0, 0, COLS, term_attr(R_HEADER));
    d_text(0, 1, COLS - 2, term_attr(R_HEADER), "MANDATE");
}

void ui_save(struct cui *u, drawfn under, void *arg)
{
    char out[1024];
    if (!u->link->save) {
        ui_status(u, R_NORMAL, "The server saves the game after every week.");
        return;
    }
    int r = ui_save_game(u, under, arg, SAVE_MANUAL, 0, NULL, out, sizeof out);
    if (r == SV_SAVED) {
        ui_status(u, R_GOOD, "Saved to %s (it resumes at the start of week %d).", out,
                  u->v->turn);
    } else if (r == SV_UNSAVED) {
        struct link_status *st = malloc(sizeof *st);
        if (st)
            u->link->status(u->link->ctx, st);
        ui_status(u, R_BAD, "Not saved: %s", st ? st->save_error : "out of memory");
        free(st);
    }
}
