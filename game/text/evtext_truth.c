/* evtext_truth.c - the facilitator's voice (see evtext.h): every event
 * with every name, the dice and whether a blame was right; orders by their
 * ids, as the order files spell them. Every index an event carries is
 * checked before it names anything. */
#include "evtext.h"

#include <stdio.h>

#include "words.h"

static const char *order_word(int o)
{
    return o >= 0 && o < ORD_COUNT ? order_name(o) : "operation";
}

static const char *inject_title(const struct evtext_inject *injects, int k)
{
    return injects && k >= 0 && k < MAX_INJECTS && injects[k].title[0] ? injects[k].title : "?";
}

/* "blamed Northia (wrong)" or, in an aside, "blamed Northia, wrong". */
static const char *blame_words(const struct pub *pub, int blamed, int how, int aside, char *buf,
                               size_t n)
{
    const char *right = how > 0 && how < ATTR_COUNT ? attribution_name(how) : "?";
    if (blamed < 0)
        snprintf(buf, n, "nobody blamed");
    else if (aside && how == ATTR_CLAIMED)
        snprintf(buf, n, "blamed %s", words_seat(pub, blamed));
    else
        snprintf(buf, n, aside ? "blamed %s, %s" : "blamed %s (%s)", words_seat(pub, blamed),
                 right);
    return buf;
}

const char *evtext_blame_truth(const struct pub *pub, int blamed, int how, char *buf, size_t n)
{
    return blame_words(pub, blamed, how, 0, buf, n);
}

const char *evtext_blame_aside(const struct pub *pub, int blamed, int how, char *buf, size_t n)
{
    return blame_words(pub, blamed, how, 1, buf, n);
}

/* An order's object: " in Ossa City", " against Eastmark", " broad"... */
static const char *object_of(const struct pub *pub, int kind, int sector, int target, int level,
                             char *buf, size_t n)
{
    buf[0] = '\0';
    int tk = kind >= 0 && kind < ORD_COUNT ? order_target_kind(kind) : TK_NONE;
    if (tk == TK_SECTOR)
        snprintf(buf, n, " in %s", words_sector(pub, sector));
    else if (tk == TK_SECTOR_SEAT)
        snprintf(buf, n, " in %s with %s", words_sector(pub, sector), words_seat(pub, target));
    else if (tk == TK_SEAT)
        snprintf(buf, n, " %s %s", order_family(kind) == FAM_COVERT ? "against" : "to",
                 words_seat(pub, target));
    else if (tk == TK_LEVEL)
        snprintf(buf, n, " %s", share_name(level));
    return buf;
}

/* Why a number changed: "inject \"A bargain on radios\"", "Kestria's
 * harden_comms", "incident: intercept against Morvane". */
static void cause_text(const struct pub *pub, const struct evtext_inject *injects,
                       const struct event *e, char *buf, size_t n)
{
    static const char *const fixed[CAUSE_COUNT] = {
        [CAUSE_RECOVERY] = "trust heals",
        [CAUSE_SPOILERS] = "drift and spoilers",
        [CAUSE_SHARING] = "decay and sharing",
    };
    switch (e->cause) {
    case CAUSE_ORDER:
        snprintf(buf, n, "%s's %s", words_seat(pub, e->cause_seat), order_word(e->cause_arg));
        break;
    case CAUSE_INJECT:
        snprintf(buf, n, "inject \"%s\"", inject_title(injects, e->cause_arg));
        break;
    case CAUSE_INCIDENT:
        snprintf(buf, n, "incident: %s against %s", order_word(e->cause_arg),
                 words_seat(pub, e->cause_seat));
        break;
    case CAUSE_IDLE:
        snprintf(buf, n, "%s did no mandate work", words_seat(pub, e->cause_seat));
        break;
    default:
        snprintf(buf, n, "%s",
                 e->cause > CAUSE_NONE && e->cause < CAUSE_COUNT && fixed[e->cause]
                     ? fixed[e->cause]
                     : cause_name(e->cause));
        break;
    }
}

/* Operations and what they found. */
static int op_text(const struct pub *pub, const struct evtext_inject *injects,
                   const struct event *e, int culprit, char *buf, size_t n)
{
    char x[128], y[96];
    const char *actor = words_seat(pub, e->actor), *target = words_seat(pub, e->target);
    switch (e->kind) {
    case EV_INJECT:
        return snprintf(buf, n, "\"%s\" to %s", inject_title(injects, e->a),
                        e->target >= 0 ? target : "all");
    case EV_INJECT_CHOICE: {
        const struct evtext_inject *in =
            injects && e->a >= 0 && e->a < MAX_INJECTS ? &injects[e->a] : NULL;
        return snprintf(buf, n, "%s's answer to \"%s\": %s", actor, inject_title(injects, e->a),
                        in && e->b >= 0 && e->b < in->nchoices ? in->labels[e->b] : "?");
    }
    case EV_ORDER:
        if (e->order == ORD_RESPOND)
            return snprintf(buf, n, "%s answers an inject (choice %d)", actor, e->a);
        return snprintf(buf, n, "%s: %s%s", actor, order_word(e->order),
                        object_of(pub, e->order, e->sector, e->target, e->a, x, sizeof x));
    case EV_MANDATE_OP:
        return snprintf(buf, n, "%s's %s%s: stability %+d, threat %+d", actor, order_word(e->order),
                        object_of(pub, e->order, e->sector, e->target, 0, x, sizeof x), e->a, e->b);
    case EV_COVERT:
        if (e->blamed == -2)
            snprintf(y, sizeof y, "undetected (chance %d/1000, rolled %d)", e->c, e->d);
        else if (e->blamed >= 0)
            snprintf(y, sizeof y, "detected, blamed %s", words_seat(pub, e->blamed));
        else
            snprintf(y, sizeof y, "detected, nobody blamed");
        return snprintf(buf, n, "%s's %s against %s %s (chance %d/1000, rolled %d); %s", actor,
                        order_word(e->order), target, e->outcome ? "succeeded" : "failed", e->a,
                        e->b, y);
    case EV_DETECTED:
        return snprintf(buf, n, "%s detected an operation against it (%s); %s", target,
                        order_word(e->order), evtext_blame_truth(pub, e->blamed, e->outcome, x, sizeof x));
    case EV_INCIDENT:
        if (culprit >= 0)
            return snprintf(buf, n, "%s's %s against %s detected; %s", words_seat(pub, culprit),
                            order_word(e->order), target,
                            evtext_blame_truth(pub, e->blamed, e->outcome, x, sizeof x));
        return snprintf(buf, n, "an operation (%s) against %s detected; %s", order_word(e->order),
                        target, evtext_blame_truth(pub, e->blamed, e->outcome, x, sizeof x));
    case EV_DOSSIER:
        return snprintf(buf, n, "%s gained a dossier on %s: %s (%s)", actor, target,
                        dossier_name(e->a), words_quality(e->b));
    case EV_INSIDER:
        return snprintf(buf, n, "%s's insider network in %s: %s", actor, target, stage_name(e->a));
    case EV_INSIDER_BLOWN:
        return snprintf(buf, n, "%s's insider network in %s blown; %s", actor, target,
                        evtext_blame_truth(pub, e->blamed, e->outcome, x, sizeof x));
    case EV_IMPLANT_FOUND:
        evtext_blame_truth(pub, e->blamed, e->outcome, x, sizeof x);
        if (e->target == TARGET_HQ)
            return snprintf(buf, n, "%s found an implant at mission HQ (%s); %s", actor,
                            words_implant(e->a), x);
        return snprintf(buf, n, "%s found an implant (%s); %s", target, words_implant(e->a), x);
    case EV_BACKDOOR_FOUND:
        if (e->target >= 0)
            return snprintf(buf, n,
                            "%s's %s found a backdoor in equipment item %d, %s's "
                            "communications, supplied by %s",
                            actor, order_word(e->order), e->a + 1, target,
                            words_seat(pub, e->blamed));
        return snprintf(buf, n, "%s found a backdoor in equipment item %d supplied by %s", actor,
                        e->a + 1, words_seat(pub, e->blamed));
    case EV_ORDERS_READ:
        return snprintf(buf, n, "%s read %s's order: %s%s", actor, target, order_word(e->order),
                        object_of(pub, e->order, e->sector, e->b, 0, x, sizeof x));
    case EV_SWEEP:
        x[0] = '\0';
        if (e->d) /* backdoors found in equipment the sweeper was given */
            snprintf(x, sizeof x, " and %d backdoor%s in its equipment", e->d, words_s(e->d));
        return snprintf(buf, n,
                        "%s's sweep found %d insider network%s and %d implant%s%s "
                        "(chance %d/1000 for each)",
                        actor, e->b, words_s(e->b), e->c, words_s(e->c), x, e->a);
    case EV_CANARY:
        return snprintf(buf, n, "%s's canary trap caught %s", actor, target);
    case EV_BACKDOOR:
        return snprintf(buf, n, "%s backdoored equipment item %d", actor, e->a + 1);
    default:
        return -1;
    }
}

/* Numbers, diplomacy and the turn's marks. */
static int state_text(const struct pub *pub, const struct event *e, char *buf, size_t n)
{
    const char *actor = words_seat(pub, e->actor), *target = words_seat(pub, e->target);
    switch (e->kind) {
    case EV_TURN_BEGIN:
        return snprintf(buf, n, "turn %d begins", e->a);
    case EV_STABILITY:
    case EV_THREAT:
        return snprintf(buf, n, "%s %s %+d -> %d", words_sector(pub, e->sector),
                        e->kind == EV_STABILITY ? "stability" : "threat", e->a, e->b);
    case EV_LEAK:
        return snprintf(buf, n, "a leak from %s reaches the spoilers in %s: threat %+d", target,
                        words_sector(pub, e->sector), e->a);
    case EV_POOL:
        return snprintf(buf, n, "intelligence pool %+d -> %d", e->a, e->b);
    case EV_NETWORK:
        return snprintf(buf, n, "mission network: centralisation %d -> %d, security %d -> %d", e->c,
                        e->a, e->d, e->b);
    case EV_EQUIPMENT:
        if (e->target >= 0)
            return snprintf(buf, n, "%s supplied equipment item %d to %s's communications", actor,
                            e->a + 1, target);
        return snprintf(buf, n, "%s contributed equipment item %d", actor, e->a + 1);
    case EV_ACCUSE:
        return snprintf(buf, n, "%s accuses %s (evidence %d)", actor, target, e->a);
    case EV_PACT:
        return snprintf(buf, n, "%s %s %s", actor,
                        e->a ? "forms a pact with" : "proposes a pact to", target);
    case EV_INVESTIGATION:
        if (e->target >= 0)
            return snprintf(buf, n, "mission HQ's investigation for %s names %s", actor, target);
        return snprintf(buf, n, "mission HQ's investigation for %s finds nobody", actor);
    case EV_INFLUENCE:
        return snprintf(buf, n, "%s influence %+d -> %d", actor, e->a, e->b);
    case EV_TRUST:
        return snprintf(buf, n, "%s's trust in %s %+d -> %d", actor, target, e->a, e->b);
    case EV_COMMS:
        return snprintf(buf, n, "%s comms security %+d -> %d", actor, e->a, e->b);
    case EV_OBJECTIVES:
        return snprintf(buf, n, "%s received new instructions from its capital", actor);
    case EV_AP:
        return snprintf(buf, n, "%s's action points next turn %+d -> %d", actor, e->a, e->b);
    case EV_SECTOR_WEEK:
        return snprintf(buf, n, "%s over the turn: stability %d -> %d, threat %d -> %d",
                        words_sector(pub, e->sector), e->a, e->b, e->c, e->d);
    case EV_MANDATE:
        return snprintf(buf, n, "average stability %d, lowest %d", e->a, e->b);
    case EV_GAME_END:
        return snprintf(buf, n, "the mandate ends: %s", words_outcome(e->outcome, e->a));
    default:
        return snprintf(buf, n, "event %d", e->kind);
    }
}

int evtext_truth(const struct pub *pub, const struct evtext_inject *injects, const struct event *e,
                 int culprit, char *buf, size_t n)
{
    int len = op_text(pub, injects, e, culprit, buf, n);
    if (len < 0)
        len = state_text(pub, e, buf, n);
    if (e->cause <= CAUSE_NONE || len < 0 || (size_t)len >= n)
        return len;
    char c[NAME_LEN + 64];
    cause_text(pub, injects, e, c, sizeof c);
    return len + snprintf(buf + len, n - (size_t)len, "; cause: %s", c);
}
