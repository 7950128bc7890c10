/* control.c - the facilitator's actions as the session applies them, in
 * play and in a replay alike: fire, hold and release an inject, who
 * plays a seat, and the contingency messages of the week. */
#include <stdio.h>
#include <string.h>

#include "session.h"
#include "session_int.h"

static int refuse(char *why, size_t n, const char *reason)
{
    if (why && n)
        snprintf(why, n, "%s", reason);
    return 0;
}

int session_messages(const struct session *s)
{
    int n = 0;
    for (int k = 0; k < s->rec.nactions; k++)
        n += s->rec.actions[k].kind == FAC_CONTINGENCY && s->rec.actions[k].week == s->g.turn;
    return n;
}

/* Checks and applies a; 1, or 0 with the reason. */
static int apply(struct session *s, struct fac_action *a, char *why, size_t n)
{
    struct game *g = &s->g;
    int w = (int)n;
    switch (a->kind) {
    case FAC_FIRE: {
        int from = g->nevents;
        if (!game_fire_inject(g, a->inject, why, w))
            return 0;
        session_keep_events(s, from);
        return 1;
    }
    case FAC_HOLD:
    case FAC_RELEASE:
        return game_hold_inject(g, a->inject, a->kind == FAC_HOLD, why, w);
    case FAC_SEAT:
        if (a->seat < 0 || a->seat >= g->nseats)
            return refuse(why, n, "no such contingent");
        if (g->phase != PHASE_ORDERS)
            return refuse(why, n, "the game has ended");
        if (!a->human && !s->ctl[a->seat].p)
            return refuse(why, n, "the contingent has no AI personality to play it");
        if ((s->ctl[a->seat].human != 0) == (a->human != 0))
            return refuse(why, n, a->human ? "a person plays it already"
                                           : "its AI plays it already");
        a->was_human = (int8_t)(s->ctl[a->seat].human != 0);
        s->ctl[a->seat].human = a->human != 0;
        return 1;
    case FAC_CONTINGENCY:
        if (g->phase != PHASE_ORDERS)
            return refuse(why, n, "the game has ended");
        if (a->seat < -1 || a->seat >= g->nseats)
            return refuse(why, n, "no such contingent");
        if (!a->title[0])
            return refuse(why, n, "a contingency message needs a title");
        if (g->nlive + session_messages(s) >= MAX_VIEW_INJECTS)
            return refuse(why, n, "this week holds as many injects as it can");
        return 1;
    default:
        return a->kind < FAC_KIND_COUNT || refuse(why, n, "no such action");
    }
}

int session_control(struct session *s, const struct fac_action *a, char *why, size_t whylen)
{
    struct fac_action copy = *a;
    copy.week = (int8_t)s->g.turn;
    if (s->rec.nactions >= MAX_FAC_ACTIONS)
        return refuse(why, whylen, "the record holds as many facilitator actions as it can");
    if (!apply(s, &copy, why, whylen))
        return 0;
    record_add_action(&s->rec, &copy);
    return 1;
}

void session_add_messages(const struct session *s, int seat, struct view *v)
{
    for (int k = 0; k < s->rec.nactions && v->ninjects < MAX_VIEW_INJECTS; k++) {
        const struct fac_action *a = &s->rec.actions[k];
        if (a->kind != FAC_CONTINGENCY || a->week != s->g.turn ||
            (seat != VIEW_FACILITATOR && a->seat >= 0 && a->seat != seat))
            continue;
        struct view_inject *vi = &v->injects[v->ninjects++];
        memset(vi, 0, sizeof *vi);
        vi->index = VIEW_CONTINGENCY + k;
        vi->audience = a->seat;
        vi->choice = -1;
        snprintf(vi->title, sizeof vi->title, "%s", a->title);
        snprintf(vi->text, sizeof vi->text, "%s", a->text);
    }
}
