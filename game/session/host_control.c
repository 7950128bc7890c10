/* host_control.c - the facilitator's actions as the host takes them: the
 * checks, the clock (pause, deadline), resolve now, rewind, and the
 * journal. What a replay must redo goes through the session
 * (control.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../data/utf8.h"
#include "host_int.h"

static int refuse(char *why, size_t n, const char *reason)
{
    if (why && n)
        snprintf(why, n, "%s", reason);
    return 0;
}

/* A text that screens will show and a save must hold: control characters
 * become spaces (line breaks too, unless lines), bytes that are no UTF-8
 * become "?", and it ends within its buffer and cols columns. */
static void clean(char *s, size_t n, int lines, long cols)
{
    s[n - 1] = 0;
    char *w = s;
    long used = 0;
    for (const char *p = s; *p;) {
        unsigned cp = 0;
        size_t step = utf8_decode(p, &cp);
        if (!step) {
            cp = '?';
            step = 1;
        }
        int control = cp < 0x20 || (cp >= 0x7f && cp < 0xa0);
        if (control && !(lines && cp == '\n'))
            cp = ' ';
        int width = cp == '\n' ? 0 : utf8_cp_width(cp);
        if (used + width > cols)
            break;
        used += width;
        if (cp < 0x80 || step == 1) {
            *w++ = (char)(cp < 0x80 ? cp : '?');
        } else {
            memmove(w, p, step);
            w += step;
        }
        p += step;
    }
    *w = 0;
}

int host_paused(const struct host *h)
{
    return h->paused;
}

int host_deadline_secs(const struct host *h)
{
    return h->deadline_secs;
}

void host_set_deadline(struct host *h, int secs)
{
    h->deadline_secs = secs < 0 ? 0 : secs;
    h->has_deadline = 0;
}

int host_deadline_left(const struct host *h, int64_t now_ms)
{
    if (!h->has_deadline)
        return h->deadline_secs > 0 && !host_ended(h) ? h->deadline_secs : -1;
    int64_t left = h->paused ? h->left_ms : h->due_ms - now_ms;
    if (left <= 0)
        return 0;
    return (int)((left + 999) / 1000);
}

/* Starts a deadline of ms from now_ms (paused: kept until resumed). */
static void clock_start(struct host *h, int64_t ms, int64_t now_ms)
{
    h->has_deadline = 1;
    h->left_ms = ms;
    h->due_ms = now_ms + ms;
}

int host_tick(struct host *h, int64_t now_ms)
{
    if (host_ended(h))
        return 0;
    if (!h->has_deadline) {
        if (h->deadline_secs > 0)
            clock_start(h, (int64_t)h->deadline_secs * 1000, now_ms);
        return 0;
    }
    if (h->paused || now_ms < h->due_ms)
        return 0;
    return host_resolve(h, HOST_RESOLVE_NOW);
}

const struct fac_action *host_journal(const struct host *h, int *n)
{
    *n = h->s.rec.njournal;
    return h->s.rec.journal;
}

/* The deadline: set to a->amount seconds (0: none; every week from now
 * on), or a->amount added to the time left this week. */
static int deadline(struct host *h, const struct fac_action *a, int64_t now_ms, char *why,
                    size_t n)
{
    if (!a->relative) {
        if (a->amount < 0 || a->amount > 24 * 3600)
            return refuse(why, n, "a deadline is 0 (none) to 86400 seconds");
        h->deadline_secs = a->amount;
        h->has_deadline = 0;
        if (a->amount > 0)
            clock_start(h, (int64_t)a->amount * 1000, now_ms);
        return 1;
    }
    if (!h->has_deadline)
        return refuse(why, n, "this week has no deadline: set one first");
    int64_t left = (h->paused ? h->left_ms : h->due_ms - now_ms) + (int64_t)a->amount * 1000;
    if (left < 1000)
        return refuse(why, n, "the deadline would pass: resolve now instead");
    if (left > (int64_t)24 * 3600 * 1000)
        return refuse(why, n, "a deadline is at most 86400 seconds away");
    h->left_ms = left;
    h->due_ms = now_ms + left;
    return 1;
}

/* Rebuilds the game at the start of week a->amount from the record (the
 * one replay routine), marks what that undid in the journal and writes
 * it into a->text. */
static int rewind_to(struct host *h, struct fac_action *a, int64_t now_ms, char *why,
                     size_t n)
{
    struct session *s = &h->s;
    int week = a->amount;
    if (week < 1)
        return refuse(why, n, "no such week");
    if (week > s->g.turn)
        return refuse(why, n, "that week is still to come: only a week played or being "
                              "played can be restarted");
    struct record *r = malloc(sizeof *r);
    if (!r)
        return refuse(why, n, "out of memory");
    *r = s->rec;
    session_record_into(s, r);
    int undone_weeks = r->nturns - (week - 1), undone = 0;
    r->nturns = week - 1;
    for (int i = 0; i < r->nseats; i++)
        record_clear_pending(r, i);
    int keep = 0;
    while (keep < r->nactions && r->actions[keep].week < week)
        keep++;
    undone = r->nactions - keep;
    /* who played each seat at the start of the week restarted: as the
     * undone switches found it */
    for (int k = r->nactions - 1; k >= keep; k--)
        if (r->actions[k].kind == FAC_SEAT)
            r->seats[r->actions[k].seat].human = (uint8_t)r->actions[k].was_human;
    r->nactions = keep;
    for (int k = 0; k < r->njournal; k++)
        if (r->journal[k].week >= week && r->journal[k].kind != FAC_NOTE)
            r->journal[k].undone = 1;
    snprintf(a->text, sizeof a->text, "back to the start of week %d: %d week%s resolved and %d "
             "action%s undone", week, undone_weeks, undone_weeks == 1 ? "" : "s", undone,
             undone == 1 ? "" : "s");
    a->week = (int8_t)s->g.turn;
    record_add_journal(r, a);
    struct replay_error err;
    int ok = session_replay(s, r, -1, s->hist ? REPLAY_HISTORY : 0, &err);
    free(r);
    if (!ok)                     /* the record replayed before: never */
        return refuse(why, n, "the record does not replay");
    memset(h->has_draft, 0, sizeof h->has_draft);
    memset(h->ndraft, 0, sizeof h->ndraft);
    memset(h->asked, 0, sizeof h->asked);
    memset(h->mind_week, 0, sizeof h->mind_week);   /* the replay's memories stand */
    h->fac_asked = 0;
    h->has_deadline = 0;
    if (h->deadline_secs > 0)
        clock_start(h, (int64_t)h->deadline_secs * 1000, now_ms);
    if (h->autosave) {
        char out[1024];
        host_autosave(h, out, sizeof out);
    }
    return 1;
}

void host_keep_mind(struct host *h, int seat)
{
    if (seat < 0 || seat >= h->s.g.nseats || h->mind_week[seat] == h->s.g.turn)
        return;
    h->mind0[seat] = h->s.ctl[seat].mind;
    h->mind_week[seat] = h->s.g.turn;
}

/* Human seats that had confirmed and must choose again: the audience of
 * a fired inject that asks for an answer. */
static void reopen(struct host *h, int inject)
{
    const struct inject *in = &h->s.g.sc->injects[inject];
    if (in->nchoices <= 0)
        return;
    for (int i = 0; i < h->s.g.nseats; i++)
        if ((in->audience < 0 || in->audience == i) && h->s.ctl[i].human)
            host_unconfirm(h, i);
}

/* An action a replay applies before any seat decides (fire, hold,
 * release, contingency, seat) came after some AIs decided this week: a
 * replay has each AI decide once, after it. So each AI that decided gets
 * back its memory of before, and an AI seat decides again (its port is
 * asked anew): live play and its replay stay one game (issue 12). */
static void redo_ai(struct host *h)
{
    for (int i = 0; i < h->s.g.nseats; i++) {
        if (h->mind_week[i] != h->s.g.turn)
            continue;
        h->s.ctl[i].mind = h->mind0[i];
        h->mind_week[i] = 0;
        if (!h->s.ctl[i].human)
            host_unconfirm(h, i);
    }
}

/* The host's part of a; 1, or 0 with the reason. */
static int take(struct host *h, struct fac_action *a, int64_t now_ms, char *why, size_t n)
{
    struct game *g = &h->s.g;
    int seat_ok = a->seat >= 0 && a->seat < g->nseats;
    switch (a->kind) {
    case FAC_FIRE:
        if (!session_control(&h->s, a, why, n))
            return 0;
        reopen(h, a->inject);
        redo_ai(h);
        return 1;
    case FAC_SEAT: {
        if (!session_control(&h->s, a, why, n))
            return 0;
        a->was_human = h->s.rec.actions[h->s.rec.nactions - 1].was_human;
        h->asked[a->seat] = 0;
        if (a->human)
            host_unconfirm(h, a->seat);   /* the person reads what its AI gave */
        redo_ai(h);
        return 1;
    }
    case FAC_HOLD: case FAC_RELEASE: case FAC_CONTINGENCY:
        if (!session_control(&h->s, a, why, n))
            return 0;
        redo_ai(h);
        return 1;
    case FAC_PAUSE:
        if (h->paused)
            return refuse(why, n, "the exercise is paused already");
        h->paused = 1;
        if (h->has_deadline)
            h->left_ms = h->due_ms - now_ms;
        break;
    case FAC_RESUME:
        if (!h->paused)
            return refuse(why, n, "the exercise is not paused");
        h->paused = 0;
        if (h->has_deadline)
            h->due_ms = now_ms + h->left_ms;
        break;
    case FAC_DEADLINE:
        if (!deadline(h, a, now_ms, why, n))
            return 0;
        break;
    case FAC_RESOLVE_NOW:
        if (h->paused)
            return refuse(why, n, "the exercise is paused: resume it first");
        break;
    case FAC_KICK:
        if (!seat_ok)
            return refuse(why, n, "no such contingent");
        break;
    case FAC_REVEAL:
        if (!a->text[0])
            return refuse(why, n, "nothing to reveal");
        break;
    case FAC_NOTE:
        if (!a->text[0])
            return refuse(why, n, "an empty note");
        return 1;                /* the journal's alone */
    case FAC_REWIND:
        return rewind_to(h, a, now_ms, why, n);
    case FAC_SHOW:
        if (!host_ended(h))
            return refuse(why, n, "the hot wash starts once the game has ended");
        if (a->amount < 0 || a->amount > FAC_SHOW_MAX)
            return refuse(why, n, "no such page");
        return 1;                /* the journal's alone: a hot wash steps often */
    default:
        return refuse(why, n, "no such action");
    }
    return session_control(&h->s, a, why, n);   /* kept in the record */
}

/* Tells the ports what the facilitator did. */
static void tell(struct host *h, const struct fac_action *a)
{
    struct host_note *note = calloc(1, sizeof *note);
    if (!note)
        return;
    note->kind = a->kind == FAC_REWIND ? NOTE_REWOUND : NOTE_CONTROL;
    note->week = h->s.g.turn;
    note->saved = -1;
    snprintf(note->why, sizeof note->why, "%s", fac_kind_name(a->kind));
    if (a->kind == FAC_KICK) {
        const struct port *p = h->port[a->seat];
        note->kind = NOTE_KICKED;
        if (p && p->ops->notify)
            p->ops->notify(p->ctx, h, a->seat, note);
    } else if (a->kind != FAC_NOTE) {
        host_notify(h, note);
    }
    free(note);
}

int host_control(struct host *h, const struct fac_action *a, int64_t now_ms, char *why,
                 size_t whylen)
{
    if (!a || a->kind >= FAC_KIND_COUNT)
        return refuse(why, whylen, "no such action");
    if (host_ended(h) && a->kind != FAC_NOTE && a->kind != FAC_REVEAL && a->kind != FAC_REWIND &&
        a->kind != FAC_SHOW)
        return refuse(why, whylen, "the game has ended");
    if (h->s.rec.njournal >= MAX_JOURNAL)
        return refuse(why, whylen, "the journal is full");
    if (a->kind != FAC_NOTE && a->kind != FAC_REWIND && a->kind != FAC_SHOW &&
        h->s.rec.nactions >= MAX_FAC_ACTIONS)
        return refuse(why, whylen, "the record holds as many facilitator actions as it can");
    struct fac_action *c = malloc(sizeof *c);
    if (!c)
        return refuse(why, whylen, "out of memory");
    *c = *a;
    clean(c->at, sizeof c->at, 0, FAC_AT_LEN - 1);
    clean(c->title, sizeof c->title, 0, NAME_COLS);
    clean(c->text, sizeof c->text, 1, LONG_COLS);
    c->undone = 0;
    c->week = (int8_t)h->s.g.turn;
    int ok = take(h, c, now_ms, why, whylen);
    if (ok) {
        if (c->kind != FAC_REWIND)
            record_add_journal(&h->s.rec, c);
        tell(h, c);
        if (c->kind == FAC_RESOLVE_NOW)
            host_resolve(h, HOST_RESOLVE_NOW);
    }
    free(c);
    return ok;
}
