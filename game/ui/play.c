/* play.c - the game being played: set-up, saves and the turn driver. */
#include "play.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../session/load.h"
#include "frontend.h"

static void utc_now(char *out, size_t n)
{
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int play_load_bundle(struct play *p, const char *scenario, struct errlist *e)
{
    if (p->loaded) {
        bundle_free(&p->b);
        p->loaded = 0;
    }
    if (!bundle_load(&p->b, scenario ? scenario : "lakeland", e))
        return 0;
    p->loaded = 1;
    return 1;
}

void play_start(struct play *p, const int *human, const struct personality *const *pers,
                const int *level, uint64_t seed)
{
    if (!p->s)
        p->s = malloc(sizeof *p->s);
    if (!p->s)
        abort();                 /* out of memory at the start: nothing to save */
    session_init(p->s, p->b.sc, &p->b.cat, &p->b.ps, seed);
    session_keep_history(p->s);
    utc_now(p->s->rec.started_at, sizeof p->s->rec.started_at);
    p->nhuman = 0;
    for (int i = 0; i < p->b.sc->nseats; i++) {
        struct seat_ctl *c = &p->s->ctl[i];
        c->human = human && human[i];
        p->nhuman += c->human;
        if (pers && pers[i])
            c->p = pers[i];
        if (level && level[i] >= 0)
            c->level = level[i];
    }
    p->from_save = 0;
    p->save_path[0] = 0;
    p->autosave_path[0] = 0;
    p->saved_turns = -1;
    p->unsaved = 0;
    p->save_error[0] = 0;
}

int play_load(struct play *p, const char *path, struct errlist *e)
{
    play_free(p);
    p->s = malloc(sizeof *p->s);
    if (!p->s)
        return 0;
    struct save_info info;
    if (!session_load(path, &p->b, p->s, &info, REPLAY_VERIFY | REPLAY_HISTORY, e)) {
        free(p->s);
        p->s = NULL;
        return 0;
    }
    p->loaded = 1;
    p->from_save = 1;
    snprintf(p->save_path, sizeof p->save_path, "%s", path);
    p->saved_turns = p->s->rec.nturns;
    p->nhuman = 0;
    for (int i = 0; i < p->s->g.nseats; i++)
        p->nhuman += p->s->ctl[i].human != 0;
    return 1;
}

void play_free(struct play *p)
{
    if (!p)
        return;
    if (p->s) {
        session_free(p->s);
        free(p->s);
    }
    if (p->loaded)
        bundle_free(&p->b);
    if (p->rebuilt) {
        session_free(p->rebuilt);
        free(p->rebuilt);
    }
    memset(p, 0, sizeof *p);
}

int play_submit(struct play *p, int seat, const struct order *o, int n, char *why,
                size_t whylen)
{
    return game_submit(&p->s->g, seat, o, n, why, (int)whylen);
}

/* After a save attempt: where the game now is, or why it is not. */
static int saved(struct play *p, int ok, char *path, const struct errlist *e, char *out,
                 size_t n)
{
    if (ok) {
        snprintf(path, sizeof p->save_path, "%s", out);
        p->saved_turns = p->s->rec.nturns;
        p->unsaved = 0;
        p->save_error[0] = 0;
    } else {
        snprintf(p->save_error, sizeof p->save_error, "%s",
                 e && e->n ? e->line[0] : "out of memory");
        snprintf(out, n, "%s", p->save_error);
        p->unsaved = 1;
    }
    return ok;
}

int play_save(struct play *p, char *out, size_t n)
{
    struct errlist *e = malloc(sizeof *e);
    if (e)
        errlist_init(e);
    int ok = e && save_manual(session_record(p->s), &p->b, p->s->g.phase == PHASE_ENDED, out, n, e);
    saved(p, ok, p->save_path, e, out, n);
    free(e);
    return ok;
}

int play_autosave(struct play *p, char *out, size_t n)
{
    if (!p || !p->s)
        return 0;
    struct errlist *e = malloc(sizeof *e);
    if (e)
        errlist_init(e);
    int ok = e && save_autosave(session_record(p->s), &p->b, p->s->g.phase == PHASE_ENDED,
                                SAVE_KEEP_DEFAULT, out, n, e);
    saved(p, ok, p->autosave_path, e, out, n);
    free(e);
    return ok;
}

void play_unsaved_text(const struct play *p, char *out, size_t n)
{
    out[0] = 0;
    if (!p->s || !p->unsaved)
        return;
    int from = p->saved_turns + 1, to = p->s->rec.nturns;
    const char *file = p->autosave_path[0] ? p->autosave_path : p->save_path;
    int confirmed = 0;
    for (int i = 0; i < p->s->g.nseats && p->s->g.phase == PHASE_ORDERS; i++)
        confirmed |= p->s->ctl[i].human && p->s->g.confirmed[i];
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
    if (p->saved_turns < 0 || !file[0])
        snprintf(out, n, "no file holds this game yet");
    else if (p->saved_turns == 0)
        snprintf(out, n, "%s in no file (the newest save of this game is from its start: %s)",
                 weeks, file);
    else
        snprintf(out, n, "%s in no file (the newest save of this game ends after week %d: %s)",
                 weeks, p->saved_turns, file);
}

int play_run(struct play *p, const struct frontend *fe)
{
    struct game *g = &p->s->g;
    while (g->phase == PHASE_ORDERS) {
        for (int i = 0; i < g->nseats; i++) {
            if (!p->s->ctl[i].human || g->confirmed[i])
                continue;
            if (p->nhuman > 1 && fe->handover(fe->ctx, p, i) != FE_OK)
                return FE_QUIT;
            if (fe->turn(fe->ctx, p, i) != FE_OK)
                return FE_QUIT;
        }
        session_ai_all(p->s);
        session_resolve(p->s);
        char path[1024];
        int ok = play_autosave(p, path, sizeof path);
        fe->resolved(fe->ctx, p, ok ? path : NULL, ok ? NULL : path);
    }
    for (int i = 0; i < g->nseats; i++) {
        if (!p->s->ctl[i].human)
            continue;
        if (p->nhuman > 1 && fe->handover(fe->ctx, p, i) != FE_OK)
            return FE_QUIT;
        if (fe->last_report(fe->ctx, p, i) != FE_OK)
            return FE_QUIT;
    }
    /* hot-seat: everyone back for the declassified result */
    if (p->nhuman > 1 && fe->handover(fe->ctx, p, -1) != FE_OK)
        return FE_QUIT;
    return fe->result(fe->ctx, p);
}

const struct history *play_history(struct play *p)
{
    struct session *s = p->s;
    if (s->hist && s->hist->nsnap == s->rec.nturns + 1)
        return s->hist;
    if (p->rebuilt && p->rebuilt->rec.nturns == s->rec.nturns)
        return p->rebuilt->hist;
    if (p->rebuilt) {
        session_free(p->rebuilt);
        free(p->rebuilt);
    }
    p->rebuilt = session_rebuilt(s, NULL);
    return p->rebuilt ? p->rebuilt->hist : NULL;
}

const char *play_file(const struct play *p)
{
    if (p->unsaved)
        return "";
    return p->autosave_path[0] ? p->autosave_path : p->save_path;
}
