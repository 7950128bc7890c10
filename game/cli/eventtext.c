/* eventtext.c - events as lines of plain English (see eventtext.h). Every
 * index an event carries is checked before it names anything. */
#include "eventtext.h"

#include <stdio.h>

#include "../core/game.h"

static const char *seat_name(const struct scenario *sc, int s)
{
    if (s == TARGET_HQ)
        return "mission HQ";
    return s >= 0 && s < sc->nseats ? sc->seats[s].name : "someone";
}

static const char *sector_name(const struct scenario *sc, int s)
{
    return s >= 0 && s < sc->nsectors ? sc->sectors[s].name : "somewhere";
}

static const char *order_word(int o)
{
    return o >= 0 && o < ORD_COUNT ? order_name(o) : "operation";
}

static const char *share_word(int level)
{
    static const char *const names[] = { "none", "tactical", "broad" };
    return level >= 0 && level < 3 ? names[level] : "?";
}

static const struct inject *inject_of(const struct scenario *sc, int k)
{
    return k >= 0 && k < sc->ninjects ? &sc->injects[k] : NULL;
}

/* "blamed Northia (wrong)", "nobody blamed". */
static const char *blame(const struct scenario *sc, int blamed, int how,
                         char *buf, size_t n)
{
    if (blamed < 0)
        snprintf(buf, n, "nobody blamed");
    else
        snprintf(buf, n, "blamed %s (%s)", seat_name(sc, blamed),
                 how > 0 && how < ATTR_COUNT ? attribution_name(how) : "?");
    return buf;
}

/* An order's object: " in Ossa City", " against Eastmark", " broad"... */
static const char *object_of(const struct scenario *sc, int kind, int sector,
                             int target, int level, char *buf, size_t n)
{
    buf[0] = '\0';
    int tk = kind >= 0 && kind < ORD_COUNT ? order_target_kind(kind) : TK_NONE;
    if (tk == TK_SECTOR)
        snprintf(buf, n, " in %s", sector_name(sc, sector));
    else if (tk == TK_SECTOR_SEAT)
        snprintf(buf, n, " in %s with %s", sector_name(sc, sector),
                 seat_name(sc, target));
    else if (tk == TK_SEAT)
        snprintf(buf, n, " %s %s", order_family(kind) == FAM_COVERT ? "against" : "to",
                 seat_name(sc, target));
    else if (tk == TK_LEVEL)
        snprintf(buf, n, " %s", share_word(level));
    return buf;
}

static int signed_change(char *buf, size_t n, const char *what, int delta,
                         int now)
{
    return snprintf(buf, n, "%s %+d -> %d", what, delta, now);
}

/* Why a number changed, for the facilitator: "inject \"A bargain on
 * radios\"", "Kestria's harden_comms", "incident: intercept against Morvane". */
static void cause_text(const struct scenario *sc, const struct event *e, char *buf, size_t n)
{
    static const char *const fixed[CAUSE_COUNT] = {
        [CAUSE_RECOVERY] = "trust heals",
        [CAUSE_SPOILERS] = "drift and spoilers",
        [CAUSE_SHARING] = "decay and sharing",
    };
    const struct inject *in;
    switch (e->cause) {
    case CAUSE_ORDER:
        snprintf(buf, n, "%s's %s", seat_name(sc, e->cause_seat), order_word(e->cause_arg));
        break;
    case CAUSE_INJECT:
        in = inject_of(sc, e->cause_arg);
        snprintf(buf, n, "inject \"%s\"", in ? in->title : "?");
        break;
    case CAUSE_INCIDENT:
        snprintf(buf, n, "incident: %s against %s", order_word(e->cause_arg),
                 seat_name(sc, e->cause_seat));
        break;
    case CAUSE_IDLE:
        snprintf(buf, n, "%s did no mandate work", seat_name(sc, e->cause_seat));
        break;
    default:
        snprintf(buf, n, "%s", e->cause > CAUSE_NONE && e->cause < CAUSE_COUNT && fixed[e->cause]
                                   ? fixed[e->cause] : cause_name(e->cause));
        break;
    }
}

/* evlog_text, then "; cause: ..." when the event carries one. */
static int text_of(const struct scenario *sc, const struct event *e, int culprit,
                   char *buf, size_t n);

int evlog_text(const struct scenario *sc, const struct event *e, int culprit,
               char *buf, size_t n)
{
    int len = text_of(sc, e, culprit, buf, n);
    if (e->cause <= CAUSE_NONE || len < 0 || (size_t)len >= n)
        return len;
    char c[160];
    cause_text(sc, e, c, sizeof c);
    return len + snprintf(buf + len, n - (size_t)len, "; cause: %s", c);
}

static int text_of(const struct scenario *sc, const struct event *e, int culprit,
                   char *buf, size_t n)
{
    char x[128], y[96];
    const char *actor = seat_name(sc, e->actor), *target = seat_name(sc, e->target);
    const struct inject *in;
    switch (e->kind) {
    case EV_TURN_BEGIN:
        return snprintf(buf, n, "turn %d begins", e->a);
    case EV_INJECT:
        in = inject_of(sc, e->a);
        return snprintf(buf, n, "\"%s\" to %s", in ? in->title : "?",
                        e->target >= 0 ? target : "all");
    case EV_INJECT_CHOICE:
        in = inject_of(sc, e->a);
        return snprintf(buf, n, "%s's answer to \"%s\": %s", actor,
                        in ? in->title : "?",
                        in && e->b >= 0 && e->b < in->nchoices
                            ? in->choices[e->b].label : "?");
    case EV_ORDER:
        if (e->order == ORD_RESPOND)
            return snprintf(buf, n, "%s answers an inject (choice %d)", actor,
                            e->a);
        return snprintf(buf, n, "%s: %s%s", actor, order_word(e->order),
                        object_of(sc, e->order, e->sector, e->target, e->a, x,
                                  sizeof x));
    case EV_MANDATE_OP:
        return snprintf(buf, n, "%s's %s%s: stability %+d, threat %+d", actor,
                        order_word(e->order),
                        object_of(sc, e->order, e->sector, e->target, 0, x,
                                  sizeof x),
                        e->a, e->b);
    case EV_COVERT:
        if (e->blamed == -2)
            snprintf(y, sizeof y, "undetected (chance %d/1000, rolled %d)",
                     e->c, e->d);
        else if (e->blamed >= 0)
            snprintf(y, sizeof y, "detected, blamed %s", seat_name(sc, e->blamed));
        else
            snprintf(y, sizeof y, "detected, nobody blamed");
        return snprintf(buf, n, "%s's %s against %s %s (chance %d/1000, "
                        "rolled %d); %s", actor, order_word(e->order), target,
                        e->outcome ? "succeeded" : "failed", e->a, e->b, y);
    case EV_DETECTED:
        return snprintf(buf, n, "%s detected an operation against it (%s); %s",
                        target,
                        order_word(e->order),
                        blame(sc, e->blamed, e->outcome, x, sizeof x));
    case EV_INCIDENT:
        if (culprit >= 0)
            return snprintf(buf, n, "%s's %s against %s detected; %s",
                            seat_name(sc, culprit), order_word(e->order), target,
                            blame(sc, e->blamed, e->outcome, x, sizeof x));
        return snprintf(buf, n, "an operation (%s) against %s detected; %s",
                        order_word(e->order), target,
                        blame(sc, e->blamed, e->outcome, x, sizeof x));
    case EV_DOSSIER:
        return snprintf(buf, n, "%s gained a dossier on %s: %s, quality %d",
                        actor, target,
                        e->a >= 0 && e->a < DOS_COUNT ? dossier_name(e->a) : "?",
                        e->b);
    case EV_INSIDER:
        return snprintf(buf, n, "%s's insider network in %s: %s", actor, target,
                        e->a >= 0 && e->a < STAGE_COUNT ? stage_name(e->a) : "?");
    case EV_INSIDER_BLOWN:
        return snprintf(buf, n, "%s's insider network in %s blown; %s", actor,
                        target, blame(sc, e->blamed, e->outcome, x, sizeof x));
    case EV_IMPLANT_FOUND:
        if (e->target == TARGET_HQ)
            return snprintf(buf, n, "%s found an implant at mission HQ (%s); %s",
                            actor, e->a >= 0 && e->a < IMP_COUNT ? implant_name(e->a) : "?",
                            blame(sc, e->blamed, e->outcome, x, sizeof x));
        return snprintf(buf, n, "%s found an implant (%s); %s", target,
                        e->a >= 0 && e->a < IMP_COUNT ? implant_name(e->a) : "?",
                        blame(sc, e->blamed, e->outcome, x, sizeof x));
    case EV_BACKDOOR_FOUND:
        if (e->target >= 0)
            return snprintf(buf, n, "%s's %s found a backdoor in equipment "
                            "item %d, %s's communications, supplied by %s",
                            actor, order_word(e->order), e->a + 1, target,
                            seat_name(sc, e->blamed));
        return snprintf(buf, n, "%s found a backdoor in equipment item %d "
                        "supplied by %s", actor, e->a + 1,
                        seat_name(sc, e->blamed));
    case EV_ORDERS_READ:
        return snprintf(buf, n, "%s read %s's order: %s%s", actor, target,
                        order_word(e->order),
                        object_of(sc, e->order, e->sector, e->b, 0, x, sizeof x));
    case EV_STABILITY:
        signed_change(x, sizeof x, "stability", e->a, e->b);
        return snprintf(buf, n, "%s %s", sector_name(sc, e->sector), x);
    case EV_THREAT:
        signed_change(x, sizeof x, "threat", e->a, e->b);
        return snprintf(buf, n, "%s %s", sector_name(sc, e->sector), x);
    case EV_LEAK:
        return snprintf(buf, n, "a leak from %s reaches the spoilers in %s: "
                        "threat %+d", target, sector_name(sc, e->sector), e->a);
    case EV_POOL:
        signed_change(x, sizeof x, "intelligence pool", e->a, e->b);
        return snprintf(buf, n, "%s", x);
    case EV_NETWORK:
        return snprintf(buf, n, "mission network: centralisation %d -> %d, "
                        "security %d -> %d", e->c, e->a, e->d, e->b);
    case EV_EQUIPMENT:
        if (e->target >= 0)
            return snprintf(buf, n, "%s supplied equipment item %d to %s's "
                            "communications", actor, e->a + 1, target);
        return snprintf(buf, n, "%s contributed equipment item %d", actor,
                        e->a + 1);
    case EV_BACKDOOR:
        return snprintf(buf, n, "%s backdoored equipment item %d", actor,
                        e->a + 1);
    case EV_ACCUSE:
        return snprintf(buf, n, "%s accuses %s (evidence %d)", actor, target,
                        e->a);
    case EV_PACT:
        return snprintf(buf, n, "%s %s %s", actor,
                        e->a ? "forms a pact with" : "proposes a pact to", target);
    case EV_INVESTIGATION:
        if (e->target >= 0)
            return snprintf(buf, n, "mission HQ's investigation for %s names "
                            "%s", actor, target);
        return snprintf(buf, n, "mission HQ's investigation for %s finds "
                        "nobody", actor);
    case EV_CANARY:
        return snprintf(buf, n, "%s's canary trap caught %s", actor, target);
    case EV_INFLUENCE:
        signed_change(x, sizeof x, "influence", e->a, e->b);
        return snprintf(buf, n, "%s %s", actor, x);
    case EV_TRUST:
        return snprintf(buf, n, "%s's trust in %s %+d -> %d", actor, target,
                        e->a, e->b);
    case EV_COMMS:
        signed_change(x, sizeof x, "comms security", e->a, e->b);
        return snprintf(buf, n, "%s %s", actor, x);
    case EV_OBJECTIVES:
        return snprintf(buf, n, "%s received new instructions from its capital",
                        actor);
    case EV_AP:
        return snprintf(buf, n, "%s's action points next turn %+d -> %d", actor, e->a, e->b);
    case EV_SWEEP:
        if (e->d)
            snprintf(x, sizeof x, " and %d backdoor%s in its equipment", e->d,
                     e->d == 1 ? "" : "s");
        return snprintf(buf, n, "%s's sweep found %d insider network%s and %d implant%s%s "
                        "(chance %d/1000 for each)", actor, e->b, e->b == 1 ? "" : "s", e->c,
                        e->c == 1 ? "" : "s", e->d ? x : "", e->a);
    case EV_SECTOR_WEEK:
        return snprintf(buf, n, "%s over the turn: stability %d -> %d, threat %d -> %d",
                        sector_name(sc, e->sector), e->a, e->b, e->c, e->d);
    case EV_MANDATE:
        return snprintf(buf, n, "average stability %d, lowest %d", e->a, e->b);
    case EV_GAME_END:
        return snprintf(buf, n, "the mandate ends: %s%s",
                        e->outcome >= 0 && e->outcome < OUT_COUNT
                            ? outcome_name(e->outcome) : "?",
                        e->a ? " (collapse)" : "");
    default:
        return snprintf(buf, n, "event %d", e->kind);
    }
}

int evlog_line(const struct scenario *sc, const struct event *e, int culprit,
               char *buf, size_t n)
{
    char body[400], to[160] = "";
    evlog_text(sc, e, culprit, body, sizeof body);
    if (!(e->audience & AUDIENCE_PUBLIC)) {
        size_t k = 0;
        for (int s = 0; s < sc->nseats && s < MAX_SEATS; s++)
            if (e->audience & AUDIENCE_SEAT(s)) {
                int w = snprintf(to + k, sizeof to - k, "%s%s", k ? ", " : " [to ",
                                 sc->seats[s].name);
                if (w < 0 || (size_t)w >= sizeof to - k)
                    break;
                k += (size_t)w;
            }
        if (k && k + 1 < sizeof to) {
            to[k] = ']';
            to[k + 1] = '\0';
        }
    }
    return snprintf(buf, n, "T%d %s: %s%s", e->turn, event_name(e->kind), body, to);
}

int evlog_culprit(const struct event *ev, int n, int k)
{
    if (k < 0 || k >= n || ev[k].kind != EV_INCIDENT)
        return -1;
    const struct event *in = &ev[k];
    for (int i = k + 1; i < n && ev[i].turn == in->turn; i++) {
        const struct event *c = &ev[i];
        if (c->kind == EV_COVERT && c->order == in->order &&
            c->target == in->target && c->blamed == in->blamed)
            return c->actor;
    }
    return -1;
}
