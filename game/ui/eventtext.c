/* eventtext.c - event lines for the log, the report and the debrief. */
#include "eventtext.h"

#include <stdio.h>
#include <string.h>

const char *evtext_seat(const struct view *v, int seat)
{
    if (seat == TARGET_HQ)
        return "mission HQ";
    if (seat >= 0 && seat < v->nseats)
        return v->pub->seats[seat].name;
    return "unknown";
}

/* "we" when the seat is the reader, else its name. */
static const char *who(const struct view *v, int seat)
{
    return seat >= 0 && seat == v->seat ? "We" : evtext_seat(v, seat);
}

static const char *whom(const struct view *v, int seat)
{
    return seat >= 0 && seat == v->seat ? "us" : evtext_seat(v, seat);
}

static const char *sector_name(const struct view *v, int s)
{
    return s >= 0 && s < v->nsectors ? v->pub->sectors[s].name : "?";
}

static const char *order_title(const struct view *v, int k)
{
    return k >= 0 && k < ORD_COUNT ? v->pub->cat.orders[k].name : "an order";
}

void evtext_permille(int pm, char *buf, size_t n)
{
    if (pm < 0)
        pm = 0;
    snprintf(buf, n, "%d.%d", pm / 10, pm % 10);
}

const char *evtext_quality(int q)
{
    static const char *const names[] = { "none", "glimpse", "technical", "insider" };
    return q >= 0 && q <= 3 ? names[q] : "?";
}

static const char *share_level(int l)
{
    static const char *const names[] = { "none", "tactical", "broad" };
    return l >= 0 && l <= 2 ? names[l] : "?";
}

static void remember(const struct view_inject *in, struct evtext_inject *s)
{
    memset(s, 0, sizeof *s);
    snprintf(s->title, sizeof s->title, "%s", in->title);
    s->nchoices = in->nchoices;
    for (int c = 0; c < in->nchoices; c++)
        snprintf(s->labels[c], sizeof s->labels[c], "%s", in->choices[c].label);
}

void evtext_remember(const struct view *v, struct evtext_inject *seen)
{
    for (int i = 0; i < v->ninjects; i++)
        if (v->injects[i].index >= 0 && v->injects[i].index < MAX_INJECTS)
            remember(&v->injects[i], &seen[v->injects[i].index]);
}

/* The inject of that index as the reader knows it: live in the view, or
 * seen before; NULL when neither. */
static const struct evtext_inject *inject_seen(const struct view *v, evtext_injects injects,
                                               int index, struct evtext_inject *live)
{
    if (index < 0 || index >= MAX_INJECTS)
        return NULL;
    for (int i = 0; i < v->ninjects; i++)
        if (v->injects[i].index == index) {
            remember(&v->injects[i], live);
            return live;
        }
    return injects && injects[index].title[0] ? &injects[index] : NULL;
}

static const char *blame_text(const struct view *v, int blamed, char *buf, size_t n)
{
    if (blamed >= 0)
        snprintf(buf, n, "blamed on %s", whom(v, blamed));
    else
        snprintf(buf, n, "culprit unknown");
    return buf;
}

void evtext_cause(const struct view *v, evtext_injects injects, const struct event *e,
                  char *buf, size_t n)
{
    static const char *const fixed[CAUSE_COUNT] = {
        [CAUSE_HIDDEN] = "cause unknown to us",
        [CAUSE_RECOVERY] = "trust heals with time",
        [CAUSE_SPOILERS] = "drift and spoilers",
        [CAUSE_SHARING] = "decay, and what was shared",
    };
    const struct evtext_inject *in;
    struct evtext_inject live;
    int me = e->cause_seat >= 0 && e->cause_seat == v->seat;
    switch (e->cause) {
    case CAUSE_ORDER:
        snprintf(buf, n, "%s%s %s", me ? "our" : evtext_seat(v, e->cause_seat), me ? "" : "'s",
                 order_title(v, e->cause_arg));
        break;
    case CAUSE_INJECT:
        in = inject_seen(v, injects, e->cause_arg, &live);
        snprintf(buf, n, "the inject \"%s\"", in ? in->title : "news of the week");
        break;
    case CAUSE_INCIDENT:
        snprintf(buf, n, "the incident: %s against %s", order_title(v, e->cause_arg),
                 whom(v, e->cause_seat));
        break;
    case CAUSE_IDLE:
        snprintf(buf, n, me ? "we did no mandate work and made no contribution"
                            : "%s did no mandate work and made no contribution",
                 evtext_seat(v, e->cause_seat));
        break;
    default:
        snprintf(buf, n, "%s", e->cause > CAUSE_NONE && e->cause < CAUSE_COUNT && fixed[e->cause]
                                   ? fixed[e->cause] : "");
        break;
    }
}

/* " (cause)" for an event that carries one, else "". */
static const char *because(const struct view *v, evtext_injects injects, const struct event *e,
                           char *buf, size_t n)
{
    char c[200];
    evtext_cause(v, injects, e, c, sizeof c);
    if (c[0])
        snprintf(buf, n, " (%s)", c);
    else
        buf[0] = 0;
    return buf;
}

/* "Our influence with the host -5 to 10 (the inject "...")": a change to
 * one of a contingent's own numbers, good or bad for it. */
static int own_change(const struct view *v, evtext_injects injects, const struct event *e,
                      const char *what, char *buf, size_t n)
{
    char why[240];
    snprintf(buf, n, "%s %s %+d to %d%s.", e->actor == v->seat ? "Our" : evtext_seat(v, e->actor),
             what, e->a, e->b, because(v, injects, e, why, sizeof why));
    return e->a >= 0 ? EVT_GOOD : EVT_BAD;
}

static int covert_text(const struct view *v, const struct event *e, char *buf, size_t n)
{
    char ch[16], roll[16], dch[16], droll[16], seen[80], tmp[64];
    evtext_permille(e->a, ch, sizeof ch);
    evtext_permille(e->b, roll, sizeof roll);
    evtext_permille(e->c, dch, sizeof dch);
    evtext_permille(e->d, droll, sizeof droll);
    char target[80] = "";
    int tk = e->order >= 0 ? order_target_kind(e->order) : TK_NONE;
    if (tk == TK_SEAT || e->target == TARGET_HQ)
        snprintf(target, sizeof target, " on %s", whom(v, e->target));
    int detected = e->blamed != -2;
    if (detected)
        snprintf(seen, sizeof seen, "DETECTED, %s", blame_text(v, e->blamed, tmp, sizeof tmp));
    else
        snprintf(seen, sizeof seen, "unseen");
    snprintf(buf, n, "%s %s%s: %s (rolled %s, needed under %s); %s (rolled %s, seen under %s)",
             v->seat == e->actor ? "Our" : evtext_seat(v, e->actor), order_title(v, e->order),
             target, e->outcome ? "success" : "FAILED", roll, ch, seen, droll, dch);
    if (v->seat != e->actor)
        return EVT_PRIVATE;
    return detected ? EVT_BAD : e->outcome ? EVT_GOOD : EVT_PRIVATE;
}

int event_text(const struct view *v, evtext_injects injects, const struct event *e,
               char *buf, size_t n)
{
    char t1[64], t2[96], why[240];
    buf[0] = 0;
    const struct evtext_inject *in;
    struct evtext_inject live;
    switch (e->kind) {
    case EV_TURN_BEGIN:
        snprintf(buf, n, "Week %d begins.", e->a);
        return EVT_SKIP;
    case EV_INJECT:
        in = inject_seen(v, injects, e->a, &live);
        if (e->target >= 0)
            snprintf(buf, n, "Inject for %s: %s", whom(v, e->target), in ? in->title : "a message");
        else
            snprintf(buf, n, "Inject: %s", in ? in->title : "news for the mission");
        return e->target >= 0 ? EVT_PRIVATE : EVT_PUBLIC;
    case EV_INJECT_CHOICE:
        in = inject_seen(v, injects, e->a, &live);
        if (in && e->b >= 0 && e->b < in->nchoices)
            snprintf(buf, n, "%s: %s chose \"%s\".", in->title,
                     e->actor >= 0 ? who(v, e->actor) : "The mission", in->labels[e->b]);
        else
            snprintf(buf, n, "%s answered an inject (choice %d).",
                     e->actor >= 0 ? who(v, e->actor) : "The mission", e->b + 1);
        return EVT_PUBLIC;
    case EV_ORDER:
        if (e->order == ORD_SHARE)
            snprintf(buf, n, "%s set intelligence sharing to %s.", who(v, e->actor),
                     share_level(e->a));
        else if (e->order >= 0 && order_target_kind(e->order) == TK_SEAT)
            snprintf(buf, n, "%s: %s, towards %s.", who(v, e->actor), order_title(v, e->order),
                     whom(v, e->target));
        else
            snprintf(buf, n, "%s: %s.", who(v, e->actor), order_title(v, e->order));
        return EVT_PUBLIC;
    case EV_MANDATE_OP:
        if (e->order == ORD_JOINT)
            snprintf(buf, n, "%s and %s: %s in %s, stability %+d, threat %+d.", who(v, e->actor),
                     whom(v, e->target), order_title(v, e->order), sector_name(v, e->sector), e->a,
                     e->b);
        else
            snprintf(buf, n, "%s: %s in %s, stability %+d, threat %+d.", who(v, e->actor),
                     order_title(v, e->order), sector_name(v, e->sector), e->a, e->b);
        return EVT_PUBLIC;
    case EV_COVERT:
        return covert_text(v, e, buf, n);
    case EV_DETECTED:
        snprintf(buf, n, "Caught: %s against %s, %s.", order_title(v, e->order),
                 whom(v, e->target), blame_text(v, e->blamed, t1, sizeof t1));
        return EVT_BAD;
    case EV_INCIDENT:
        snprintf(buf, n, "INCIDENT: %s against %s detected, %s.", order_title(v, e->order),
                 whom(v, e->target), blame_text(v, e->blamed, t1, sizeof t1));
        return EVT_ALERT;
    case EV_DOSSIER:
        snprintf(buf, n, "New dossier on %s: %s (%s).", whom(v, e->target),
                 e->a >= 0 && e->a < DOS_COUNT ? dossier_name(e->a) : "?", evtext_quality(e->b));
        return EVT_GOOD;
    case EV_INSIDER:
        snprintf(buf, n, "Our insider in %s is now %s.", evtext_seat(v, e->target),
                 stage_name(e->a));
        return EVT_GOOD;
    case EV_INSIDER_BLOWN:
        if (e->actor >= 0 && e->actor == v->seat)
            snprintf(buf, n, "BLOWN: our insider network in %s, %s.", evtext_seat(v, e->target),
                     blame_text(v, e->blamed, t1, sizeof t1));
        else
            snprintf(buf, n, "BLOWN: an insider network in %s, %s.", whom(v, e->target),
                     blame_text(v, e->blamed, t1, sizeof t1));
        return EVT_ALERT;
    case EV_IMPLANT_FOUND:
        snprintf(buf, n, "Found: a %s implant against %s, %s.",
                 e->a == IMP_TAP ? "communications tap" : "network", whom(v, e->target),
                 blame_text(v, e->blamed, t1, sizeof t1));
        return e->target == TARGET_HQ ? EVT_ALERT : EVT_BAD;
    case EV_BACKDOOR_FOUND:
        if (e->target >= 0)
            snprintf(buf, n, "%s: a backdoor found in %s communications equipment, supplied by %s.",
                     e->order == ORD_SWEEP ? "SWEEP" : "AUDIT",
                     e->target == v->seat ? "our" : evtext_seat(v, e->target), whom(v, e->blamed));
        else
            snprintf(buf, n,
                     "AUDIT: backdoored equipment found in the mission network, supplied by %s.",
                     whom(v, e->blamed));
        return EVT_ALERT;
    case EV_ORDERS_READ:
        if (e->order >= 0 && order_target_kind(e->order) == TK_SECTOR)
            snprintf(buf, n, "Read %s's order: %s in %s.", evtext_seat(v, e->target),
                     order_title(v, e->order), sector_name(v, e->sector));
        else if (e->order >= 0 && (order_target_kind(e->order) == TK_SEAT ||
                                   order_target_kind(e->order) == TK_SECTOR_SEAT))
            snprintf(buf, n, "Read %s's order: %s on %s.", evtext_seat(v, e->target),
                     order_title(v, e->order), whom(v, e->b));
        else
            snprintf(buf, n, "Read %s's order: %s.", evtext_seat(v, e->target),
                     order_title(v, e->order));
        return EVT_GOOD;
    case EV_STABILITY:
        snprintf(buf, n, "%s: stability %+d to %d%s.", sector_name(v, e->sector), e->a, e->b,
                 because(v, injects, e, why, sizeof why));
        return EVT_PUBLIC;
    case EV_THREAT:
        snprintf(buf, n, "%s: threat %+d to %d%s.", sector_name(v, e->sector), e->a, e->b,
                 because(v, injects, e, why, sizeof why));
        return EVT_PUBLIC;
    case EV_SECTOR_WEEK:
        snprintf(buf, n, "%s over the week: stability %d to %d, threat %d to %d.",
                 sector_name(v, e->sector), e->a, e->b, e->c, e->d);
        return EVT_SKIP;             /* the report's sector table shows it */
    case EV_LEAK:
        if (e->target >= 0 && e->target != TARGET_HQ)
            snprintf(buf, n, "LEAK: %s's data reached spoilers, threat +%d in %s.",
                     evtext_seat(v, e->target), e->a, sector_name(v, e->sector));
        else
            snprintf(buf, n, "LEAK: mission data reached spoilers, threat +%d in %s.", e->a,
                     sector_name(v, e->sector));
        return EVT_ALERT;
    case EV_POOL:
        snprintf(buf, n, "Shared intelligence pool %+d to %d%s.", e->a, e->b,
                 because(v, injects, e, why, sizeof why));
        return EVT_PUBLIC;
    case EV_NETWORK:
        snprintf(buf, n, "Mission network: centralisation %d to %d, security %d to %d%s.", e->c,
                 e->a, e->d, e->b, because(v, injects, e, why, sizeof why));
        return EVT_PUBLIC;
    case EV_EQUIPMENT:
        if (e->target >= 0)
            snprintf(buf, n, "%s supplied communications equipment to %s%s.", who(v, e->actor),
                     whom(v, e->target), because(v, injects, e, why, sizeof why));
        else
            snprintf(buf, n, "%s contributed equipment to the mission network.", who(v, e->actor));
        return EVT_PUBLIC;
    case EV_BACKDOOR:
        snprintf(buf, n, "%s hid a backdoor in contributed equipment (item %d).",
                 who(v, e->actor), e->a + 1);
        return EVT_GOOD;
    case EV_ACCUSE:
        snprintf(buf, n, "%s accused %s %s.", who(v, e->actor), whom(v, e->target),
                 e->a > 0 ? "with evidence" : "without evidence");
        return EVT_ALERT;
    case EV_PACT:
        if (e->a)
            snprintf(buf, n, "%s and %s formed an intelligence-sharing pact.", who(v, e->actor),
                     whom(v, e->target));
        else
            snprintf(buf, n, "%s proposed a pact to %s.", who(v, e->actor), whom(v, e->target));
        return EVT_PUBLIC;
    case EV_INVESTIGATION:
        if (e->target >= 0)
            snprintf(buf, n, "Investigation asked by %s: mission HQ names %s.", evtext_seat(v, e->actor),
                     whom(v, e->target));
        else
            snprintf(buf, n, "Investigation asked by %s: mission HQ found nothing.",
                     evtext_seat(v, e->actor));
        return e->target >= 0 ? EVT_ALERT : EVT_PUBLIC;
    case EV_CANARY:
        snprintf(buf, n, "Canary trap: %s passed on our marked reports.",
                 evtext_seat(v, e->target));
        return EVT_GOOD;
    case EV_INFLUENCE:
        return own_change(v, injects, e, "influence with the host", buf, n);
    case EV_TRUST:
        snprintf(buf, n, "%s%s trust in %s %+d to %d%s.",
                 e->actor == v->seat ? "Our" : evtext_seat(v, e->actor),
                 e->actor == v->seat ? "" : "'s", whom(v, e->target), e->a, e->b,
                 because(v, injects, e, why, sizeof why));
        /* healing between others is bookkeeping; ours is news */
        if (e->cause == CAUSE_RECOVERY && e->actor != v->seat && e->target != v->seat)
            return EVT_SKIP;
        return EVT_PUBLIC;
    case EV_COMMS:
        return own_change(v, injects, e, "communications security", buf, n);
    case EV_OBJECTIVES:
        snprintf(buf, n, "New instructions from the capital: %s secret objectives changed%s.",
                 e->actor == v->seat ? "our" : evtext_seat(v, e->actor),
                 because(v, injects, e, why, sizeof why));
        return EVT_BAD;
    case EV_AP:
        return own_change(v, injects, e, "action points next week", buf, n);
    case EV_SWEEP:
        evtext_permille(e->a, t1, sizeof t1);
        if (e->d)
            snprintf(t2, sizeof t2, ", and a backdoor in %d item%s of equipment we were given",
                     e->d, e->d == 1 ? "" : "s");
        else
            t2[0] = '\0';
        if (e->b || e->c || e->d)
            snprintf(buf, n, "Our counter-intelligence sweep found %d insider network%s and %d "
                     "implant%s%s (a %s%% chance to find each, more for an exposed network).",
                     e->b, e->b == 1 ? "" : "s", e->c, e->c == 1 ? "" : "s", t2, t1);
        else
            snprintf(buf, n, "Our counter-intelligence sweep found nothing (a %s%% chance to "
                     "find each network or implant run against us, if there is one).", t1);
        return e->b || e->c || e->d ? EVT_BAD : EVT_PRIVATE;
    case EV_MANDATE:
        snprintf(buf, n, "Mandate: average stability %d, lowest sector %d.", e->a, e->b);
        return EVT_PUBLIC;
    case EV_GAME_END:
        snprintf(buf, n, "The mandate ends: %s%s.", outcome_name(e->outcome),
                 e->a ? " (collapse)" : "");
        return EVT_ALERT;
    default:
        snprintf(buf, n, "%s", event_name(e->kind));
        return EVT_PUBLIC;
    }
}
