/* replay.c - the one replay routine: a session rebuilt from a record by
 * re-resolving it, week by week. Loading a save, `mandate replay`, the
 * debrief, the report and the bench all go through it. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "session.h"
#include "session_int.h"

static void fault(struct replay_error *err, int kind, int turn, int seat, int order)
{
    err->fault = kind;
    err->turn = turn;
    err->seat = seat;
    err->order = order;
}

/* The AI of seat decides as it did in play: its memory moves on, and its
 * reasons go to the history when it decided as recorded. 1 when it did. */
static int redecide(struct session *s, int seat, const struct order *rec, int nrec)
{
    struct ai_choice out[MAX_ORDERS];
    int n = session_ai_decide(s, seat, NULL, s->hist != NULL, out, MAX_ORDERS);
    int same = n == nrec;
    for (int k = 0; same && k < n; k++)
        same = memcmp(&out[k].o, &rec[k], sizeof out[k].o) == 0;
    if (same)
        session_keep_reasons(s, seat, out, n);
    return same;
}

/* Checks one seat's recorded orders by the rules of the week being
 * played; 0 with the culprit (the shortest refused prefix ends with it)
 * in err. */
static int check_seat(const struct game *g, int seat, const struct order *o, int n, int turn,
                      struct replay_error *err)
{
    char why[200];
    if (game_check_orders(g, seat, o, n, why, sizeof why))
        return 1;
    int k = 1;
    while (k < n && game_check_orders(g, seat, o, k, why, sizeof why))
        k++;
    game_check_orders(g, seat, o, k, why, sizeof why);
    const char *reason = why;
    int skip = 0;
    if (sscanf(why, "order %*d: %n", &skip) == 0 && skip > 0)
        reason = why + skip;
    fault(err, REPLAY_REFUSED, turn, seat, n ? k - 1 : -1);
    snprintf(err->why, sizeof err->why, "%s", reason);
    return 0;
}

/* Replays recorded week t (index into r->turns). */
static int replay_turn(struct session *s, const struct record_turn *rt, int t, int flags,
                       struct replay_error *err)
{
    struct game *g = &s->g;
    if (g->phase != PHASE_ORDERS) {
        fault(err, REPLAY_ENDED, t, -1, -1);
        return 0;
    }
    /* the AI seats first, in seat order, as they decide in play; then the
     * human seats whose orders their AI gave at a deadline. Orders an AI
     * gave again are not checked again: it kept only what
     * view_check_orders accepted on the seat's view of the game as it
     * stands, the check check_seat makes (as in play: session.c). */
    uint8_t given[MAX_SEATS] = {0};
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < g->nseats; i++) {
            int human = s->ctl[i].human;
            if (pass == 0 ? !human : human && (rt->flags[i] & RF_ORDERS_BY_AI))
                given[i] = (uint8_t)redecide(s, i, rt->orders[i], rt->norders[i]);
        }
    for (int i = 0; i < g->nseats; i++)
        if (!given[i] && !check_seat(g, i, rt->orders[i], rt->norders[i], t, err))
            return 0;
    for (int i = 0; i < g->nseats; i++)   /* checked above */
        game_store_orders(g, i, rt->orders[i], rt->norders[i]);
    session_resolve_flagged(s, rt->flags);
    uint64_t got = s->rec.turns[s->rec.nturns - 1].checksum;
    if (got == rt->checksum || err->drift_turn)
        return 1;
    err->expected = rt->checksum;
    err->got = got;
    if (flags & REPLAY_VERIFY) {
        fault(err, REPLAY_DRIFT, t, -1, -1);
        return 0;
    }
    err->drift_turn = t + 1;
    return 1;
}

/* Applies r's facilitator actions of week (from *next on, in the order
 * taken) to s: those that change the game or the week's views as in
 * play, the others kept as they were. An action out of week order, of a
 * week not played, or refused is a fault at its index. */
static int replay_actions(struct session *s, const struct record *r, int week, int *next,
                          struct replay_error *err)
{
    for (; *next < r->nactions && r->actions[*next].week <= week; (*next)++) {
        const struct fac_action *a = &r->actions[*next];
        char why[200] = "";
        int ok = a->week == week;
        if (!ok)
            snprintf(why, sizeof why, "taken in week %d, after an action of week %d",
                     a->week, *next ? r->actions[*next - 1].week : 1);
        else if (!fac_kind_replayed(a->kind))
            ok = record_add_action(&s->rec, a);
        else
            ok = session_control(s, a, why, sizeof why);
        if (!ok) {
            fault(err, REPLAY_ACTION, -1, -1, *next);
            snprintf(err->why, sizeof err->why, "%s", why[0] ? why : "too many actions");
            return 0;
        }
    }
    return 1;
}

/* Who played each seat at the start: its controller in r, unless the
 * facilitator switched it, then who played it before the first switch. */
static int started_human(const struct record *r, int seat)
{
    for (int k = 0; k < r->nactions; k++)
        if (r->actions[k].kind == FAC_SEAT && r->actions[k].seat == seat)
            return r->actions[k].was_human;
    return r->seats[seat].human;
}

/* Confirms the pending orders of r's human seats again. */
static int replay_pending(struct session *s, const struct record *r, struct replay_error *err)
{
    struct game *g = &s->g;
    if (!record_has_pending(r))
        return 1;
    if (g->phase != PHASE_ORDERS) {
        fault(err, REPLAY_PENDING_ENDED, -1, -1, -1);
        return 0;
    }
    const struct record_pending *p = &r->pending;
    for (int i = 0; i < g->nseats; i++)
        if (p->seat[i] && s->ctl[i].human &&
            !check_seat(g, i, p->orders[i], p->norders[i], -1, err))
            return 0;
    for (int i = 0; i < g->nseats; i++)
        if (p->seat[i] && s->ctl[i].human)
            game_submit(g, i, p->orders[i], p->norders[i], NULL, 0);
    return 1;
}

int session_replay(struct session *s, const struct record *r, int upto_turn, int flags,
                   struct replay_error *err)
{
    struct replay_error local;
    if (!err)
        err = &local;
    memset(err, 0, sizeof *err);
    fault(err, REPLAY_OK, -1, -1, -1);
    const struct scenario *sc = s->g.sc;
    const struct pub *pub = s->g.pub;
    const struct personality_set *ps = s->ps;
    session_free(s);
    session_init(s, sc, pub, ps, r->seed);
    snprintf(s->rec.started_at, sizeof s->rec.started_at, "%s", r->started_at);
    s->rec.facilitator = r->facilitator;
    for (int i = 0; i < s->g.nseats && i < r->nseats; i++) {
        const struct record_seat *rs = &r->seats[i];
        const struct personality *p = personality_find(ps, rs->personality);
        if (rs->personality[0] && !p) {
            fault(err, REPLAY_PERSONALITY, -1, i, -1);
            snprintf(err->why, sizeof err->why, "%s", rs->personality);
            return 0;
        }
        session_set_seat(s, i, started_human(r, i), p, rs->level);
        s->ctl[i].mind.think = rs->think;   /* a master seat thinks as it did */
        snprintf(s->rec.seats[i].team, sizeof s->rec.seats[i].team, "%s", rs->team);
    }
    memcpy(s->rec.journal, r->journal, sizeof r->journal[0] * (size_t)r->njournal);
    s->rec.njournal = r->njournal;
    if (flags & REPLAY_HISTORY)
        session_keep_history(s);
    int n = upto_turn < 0 || upto_turn > r->nturns ? r->nturns : upto_turn;
    int next = 0;
    for (int t = 0; t < n; t++)
        if (!replay_actions(s, r, t + 1, &next, err) ||
            !replay_turn(s, &r->turns[t], t, flags, err))
            return 0;
    if (s->hist)
        s->hist->drift_turn = err->drift_turn;
    if (n < r->nturns)
        return 1;
    if (!replay_actions(s, r, n + 1, &next, err))
        return 0;
    if (next < r->nactions) {
        fault(err, REPLAY_ACTION, -1, -1, next);
        snprintf(err->why, sizeof err->why, "taken in week %d, which was never played",
                 r->actions[next].week);
        return 0;
    }
    return replay_pending(s, r, err);
}

void replay_error_text(const struct replay_error *err, const struct scenario *sc, char *path,
                       size_t pn, char *msg, size_t mn)
{
    int seat = err->seat;
    const char *id = sc && seat >= 0 && seat < sc->nseats ? sc->seats[seat].id : "?";
    char at[64] = "";
    if (err->order >= 0)
        snprintf(at, sizeof at, "[%d]", err->order);
    path[0] = msg[0] = 0;
    switch (err->fault) {
    case REPLAY_PERSONALITY:
        snprintf(path, pn, "seats[%d].personality", seat);
        snprintf(msg, mn, "no personality \"%s\" among the personalities", err->why);
        break;
    case REPLAY_REFUSED: {
        char drift[96] = "";
        if (err->drift_turn)
            snprintf(drift, sizeof drift, " (the game drifted from the recorded one at turn %d)",
                     err->drift_turn);
        if (err->turn >= 0)
            snprintf(path, pn, "turns[%d].orders.%s%s", err->turn, id, at);
        else
            snprintf(path, pn, "pending.orders.%s%s", id, at);
        snprintf(msg, mn, "order refused: %s%s", err->why, drift);
        break;
    }
    case REPLAY_DRIFT:
        snprintf(path, pn, "turns[%d]", err->turn);
        snprintf(msg, mn, "checksum drift at turn %d (expected %016" PRIx64 ", got %016" PRIx64
                 ")", err->turn + 1, err->expected, err->got);
        break;
    case REPLAY_ENDED:
        snprintf(path, pn, "turns[%d]", err->turn);
        snprintf(msg, mn, "the game ended after turn %d: no turn follows", err->turn);
        break;
    case REPLAY_PENDING_ENDED:
        snprintf(path, pn, "pending.turn");
        snprintf(msg, mn, "the game has ended: nothing can be pending");
        break;
    case REPLAY_ACTION:
        snprintf(path, pn, "facilitator.actions[%d]", err->order);
        snprintf(msg, mn, "action refused: %s", err->why);
        break;
    case REPLAY_NOMEM:
        snprintf(msg, mn, "out of memory");
        break;
    default:
        break;
    }
}
