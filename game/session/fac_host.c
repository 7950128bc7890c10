/* fac_host.c - the facilitator's link over an in-process host: the whole
 * truth, the roster, the MSEL and the journal as the host holds them, and
 * the actions with the time read here (the host keeps no clock). */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "../core/view.h"
#include "fac_link.h"
#include "host_int.h"
#include "link.h"

static int fh_fview(void *ctx, struct fview *out)
{
    return host_fview(ctx, out);
}

static void fh_status(void *ctx, struct fac_status *out)
{
    const struct host *h = ctx;
    const struct session *s = &h->s;
    memset(out, 0, sizeof *out);
    out->week = s->g.turn;
    out->weeks = s->g.sc->turns;
    out->ended = host_ended(h);
    out->nseats = s->g.nseats;
    for (int i = 0; i < s->g.nseats; i++) {
        struct fac_seat *f = &out->seats[i];
        f->human = (uint8_t)(s->ctl[i].human != 0);
        f->presence = FAC_LOCAL;
        f->confirmed = s->g.confirmed[i];
        f->drafted = (int8_t)(h->has_draft[i] ? h->ndraft[i] : -1);
        f->last_seen = -1;
        snprintf(f->played_by, sizeof f->played_by, "%s",
                 s->ctl[i].human ? "players" : s->ctl[i].p ? s->ctl[i].p->name : "AI");
    }
    out->paused = host_paused(h);
    out->deadline = host_deadline_left(h, link_now_ms());
    out->deadline_secs = host_deadline_secs(h);
    out->nrecorded = s->rec.nactions;
    snprintf(out->file, sizeof out->file, "%s", host_file(h));
}

/* When an inject's trigger holds, in words. */
static void trigger_text(const struct scenario *sc, const struct inject *in, char *buf,
                         size_t n)
{
    const char *sector = in->sector >= 0 && in->sector < sc->nsectors
                             ? sc->sectors[in->sector].name : "any sector";
    switch (in->trigger) {
    case TRIG_TURN: snprintf(buf, n, "week %d", in->turn); return;
    case TRIG_AVG_STABILITY_BELOW:
        snprintf(buf, n, "average stability below %d", in->value);
        break;
    case TRIG_THREAT_AT_LEAST: snprintf(buf, n, "threat %d+ in %s", in->value, sector); break;
    case TRIG_INCIDENTS_AT_LEAST: snprintf(buf, n, "%d+ public incidents", in->value); break;
    case TRIG_CENTRALISATION_AT_LEAST:
        snprintf(buf, n, "centralisation %d+", in->value);
        break;
    default: snprintf(buf, n, "?"); return;
    }
    size_t len = strlen(buf);
    if (in->turn > 1 && len < n)
        snprintf(buf + len, n - len, ", from week %d", in->turn);
}

static int fh_msel(void *ctx, struct fac_inject *out, int max)
{
    const struct host *h = ctx;
    const struct game *g = &h->s.g;
    const struct scenario *sc = g->sc;
    int n = 0;
    for (int k = 0; k < sc->ninjects && n < max; k++) {
        const struct inject *in = &sc->injects[k];
        struct fac_inject *f = &out[n++];
        memset(f, 0, sizeof *f);
        f->index = k;
        f->audience = in->audience;
        f->nchoices = in->nchoices;
        f->week = g->inject_week[k];
        f->answer = -1;
        snprintf(f->title, sizeof f->title, "%s", in->title);
        trigger_text(sc, in, f->trigger, sizeof f->trigger);
        if (g->inject_held[k])
            f->state = MSEL_HELD;
        else if (g->inject_fired[k] == INJ_WAITING)
            f->state = MSEL_WAITING;
        else if (g->inject_fired[k] == INJ_FIRED)
            f->state = f->week == g->turn && g->phase == PHASE_ORDERS ? MSEL_LIVE : MSEL_FIRED;
        else
            f->state = MSEL_UPCOMING;
        if (f->state == MSEL_LIVE) {
            for (int i = 0; i < g->nlive; i++)
                if (g->live[i].index == k)
                    f->answer = g->live[i].choice;
        } else if (f->state == MSEL_FIRED) {
            f->answer = g->inject_answer[k];
        }
        if (f->answer >= 0 && f->answer < in->nchoices)
            snprintf(f->answer_text, sizeof f->answer_text, "%s", in->choices[f->answer].label);
    }
    return n;
}

static int fh_journal(void *ctx, struct fac_action *out, int max)
{
    const struct host *h = ctx;
    int n = h->s.rec.njournal < max ? h->s.rec.njournal : max;
    memcpy(out, h->s.rec.journal, sizeof *out * (size_t)(n > 0 ? n : 0));
    return n;
}

static int fh_control(void *ctx, const struct fac_action *a, char *why, size_t whylen)
{
    struct fac_action c = *a;
    if (!c.at[0]) {
        time_t t = time(NULL);
        struct tm tm;
        if (gmtime_r(&t, &tm))
            strftime(c.at, sizeof c.at, "%Y-%m-%dT%H:%M:%SZ", &tm);
    }
    return host_control(ctx, &c, link_now_ms(), why, whylen);
}

static int fh_tick(void *ctx)
{
    return host_tick(ctx, link_now_ms());
}

void fac_link_host_init(struct fac_link *l, struct host *h)
{
    *l = (struct fac_link){ .ctx = h, .fview = fh_fview, .status = fh_status, .msel = fh_msel,
                            .journal = fh_journal, .control = fh_control, .tick = fh_tick };
}
