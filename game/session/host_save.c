/* host_save.c - the host's saves: on demand and automatic, and what it
 * says when one fails (issue 9: a failed save is shown, never claimed). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "host_int.h"

/* After a save attempt: where the game now is (into *path), or why not. */
static int saved(struct host *h, int ok, char *path, size_t pathn, const struct errlist *e,
                 char *out, size_t n)
{
    if (ok) {
        snprintf(path, pathn, "%s", out);
        h->saved_turns = h->s.rec.nturns;
        h->unsaved = 0;
        h->save_error[0] = 0;
    } else {
        snprintf(h->save_error, sizeof h->save_error, "%s",
                 e && e->n ? e->line[0] : "out of memory");
        snprintf(out, n, "%s", h->save_error);
        h->unsaved = 1;
    }
    return ok;
}

int host_save(struct host *h, char *out, size_t n)
{
    struct errlist *e = malloc(sizeof *e);
    if (e)
        errlist_init(e);
    int ok = e && save_manual(session_record(&h->s), h->b, host_ended(h), out, n, e);
    saved(h, ok, h->save_path, sizeof h->save_path, e, out, n);
    free(e);
    return ok;
}

int host_autosave(struct host *h, char *out, size_t n)
{
    struct errlist *e = malloc(sizeof *e);
    if (e)
        errlist_init(e);
    int ok = e && save_autosave(session_record(&h->s), h->b, host_ended(h), SAVE_KEEP_DEFAULT,
                                out, n, e);
    saved(h, ok, h->autosave_path, sizeof h->autosave_path, e, out, n);
    free(e);
    return ok;
}

const char *host_file(const struct host *h)
{
    if (h->unsaved)
        return "";
    return h->autosave_path[0] ? h->autosave_path : h->save_path;
}

int host_unsaved(const struct host *h)
{
    return h->unsaved;
}

const char *host_save_error(const struct host *h)
{
    return h->save_error;
}

void host_unsaved_text(const struct host *h, char *out, size_t n)
{
    out[0] = 0;
    if (!h->unsaved)
        return;
    const struct session *s = &h->s;
    int from = h->saved_turns + 1, to = s->rec.nturns;
    const char *file = h->autosave_path[0] ? h->autosave_path : h->save_path;
    int confirmed = 0;
    for (int i = 0; i < s->g.nseats && s->g.phase == PHASE_ORDERS; i++)
        confirmed |= s->ctl[i].human && s->g.confirmed[i];
    char weeks[64];
    if (to < from && !confirmed && file[0]) {
        snprintf(out, n, "yet nothing is lost: the newest save of this game holds it as it "
                 "stands: %s", file);
        return;
    }
    if (to < from)
        snprintf(weeks, sizeof weeks, "the orders confirmed this week are");
    else if (to == from)
        snprintf(weeks, sizeof weeks, "week %d is", to);
    else
        snprintf(weeks, sizeof weeks, "weeks %d to %d are", from, to);
    if (h->saved_turns < 0 || !file[0])
        snprintf(out, n, "no file holds this game yet");
    else if (h->saved_turns == 0)
        snprintf(out, n, "%s in no file (the newest save of this game is from its start: %s)",
                 weeks, file);
    else
        snprintf(out, n, "%s in no file (the newest save of this game ends after week %d: %s)",
                 weeks, h->saved_turns, file);
}
