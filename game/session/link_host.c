/* link_host.c - a seat's link over an in-process host. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "../core/view.h"
#include "host_int.h"
#include "link.h"

int64_t link_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int lh_view(void *ctx, int seat, struct view *out)
{
    struct host *h = ctx;
    if (seat == VIEW_FACILITATOR && !host_ended(h))
        return 0;                /* every secret: only once it is all over */
    return host_view(h, seat, out);
}

static int lh_fview(void *ctx, struct fview *out)
{
    const struct host *h = ctx;
    return host_ended(h) && host_fview(h, out);
}

static int lh_submit(void *ctx, int seat, const struct order *o, int n, char *why,
                     size_t whylen)
{
    return host_submit(ctx, seat, o, n, why, whylen);
}

static int lh_ready(void *ctx, int seat, char *why, size_t whylen)
{
    return host_ready(ctx, seat, why, whylen);
}

static int lh_unready(void *ctx, int seat)
{
    return host_unready(ctx, seat);
}

static int lh_save(void *ctx, int kind, char *out, size_t n)
{
    return kind == LINK_SAVE_MANUAL ? host_save(ctx, out, n) : host_autosave(ctx, out, n);
}

static void lh_status(void *ctx, struct link_status *out)
{
    const struct host *h = ctx;
    const struct session *s = &h->s;
    memset(out, 0, sizeof *out);
    out->week = s->g.turn;
    out->ended = host_ended(h);
    out->nseats = s->g.nseats;
    for (int i = 0; i < s->g.nseats; i++) {
        const struct seat_ctl *c = &s->ctl[i];
        out->human[i] = (uint8_t)c->human;
        out->ready[i] = s->g.confirmed[i];
        snprintf(out->played_by[i], sizeof out->played_by[i], "%s",
                 c->human ? "human" : c->p ? c->p->name : "AI");
        snprintf(out->team[i], sizeof out->team[i], "%s", c->human ? s->rec.seats[i].team : "");
    }
    out->deadline = host_deadline_left(h, link_now_ms());
    out->paused = host_paused(h);
    out->unsaved = host_unsaved(h);
    snprintf(out->file, sizeof out->file, "%s", host_file(h));
    snprintf(out->save_error, sizeof out->save_error, "%s", host_save_error(h));
    host_unsaved_text(h, out->lost, sizeof out->lost);
}

void link_host_init(struct seat_link *l, struct host *h)
{
    memset(l, 0, sizeof *l);
    l->ctx = h;
    l->view = lh_view;
    l->fview = lh_fview;
    l->submit = lh_submit;
    l->ready = lh_ready;
    l->unready = lh_unready;
    l->save = lh_save;
    l->status = lh_status;
}
