/* dlg_save.c - saving from the terminal game, and what a player sees when
 * a save fails: the reason in full, what of the game is in no file, and a
 * choice - retry, another folder (typed in a small dialog), or go on (or
 * quit) without saving. Nothing here claims a save that did not happen. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../data/save.h"
#include "cui.h"

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
            int r = old ? ui_ask_text(u, under, arg, "Save in another folder", "Folder (created when missing):", "save there", dir, 1024) : -1;
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
