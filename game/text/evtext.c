/* evtext.c - a seat's voice (see evtext.h), the injects a reader was
 * shown, and the lines of an event log in either voice. The facilitator's
 * voice is evtext_truth.c. Every index an event carries is checked before
 * it names anything. */
#include "evtext.h"

#include <stdio.h>
#include <string.h>

#include "words.h"

/* Starts seen[index] afresh with the title; the number of its choices
 * (0..MAX_CHOICES) whose labels the caller copies; -1 for a bad index. */
static int keep(struct evtext_inject *seen, int index, const char *title, int nchoices)
{
    if (index < 0 || index >= MAX_INJECTS)
        return -1;
    struct evtext_inject *s = &seen[index];
    memset(s, 0, sizeof *s);
    snprintf(s->title, sizeof s->title, "%s", title);
    s->nchoices = nchoices >= 0 && nchoices <= MAX_CHOICES ? nchoices : 0;
    return s->nchoices;
}

void evtext_show(struct evtext_inject *seen, int index, const struct inject *in)
{
    int nc = keep(seen, index, in->title, in->nchoices);
    for (int c = 0; c < nc; c++)
        snprintf(seen[index].labels[c], sizeof seen[index].labels[c], "%s", in->choices[c].label);
}

void evtext_remember(const struct view *v, struct evtext_inject *seen)
{
    for (int i = 0; i < v->ninjects; i++) {
        const struct view_inject *in = &v->injects[i];
        int nc = keep(seen, in->index, in->title, in->nchoices);
        for (int c = 0; c < nc; c++)
            snprintf(seen[in->index].labels[c], sizeof seen[in->index].labels[c], "%s",
                     in->choices[c].label);
    }
}

/* The inject of that index as the reader was shown it, or NULL. */
static const struct evtext_inject *shown(const struct evtext_inject *seen, int index)
{
    return seen && index >= 0 && index < MAX_INJECTS && seen[index].title[0] ? &seen[index] : NULL;
}

/* Who reads: the book names come from, the seat that is "we"
 * (VIEW_PUBLIC: nobody), and the injects it was shown (may be NULL). */
struct voice {
    const struct pub *pub;
    int viewer;
    const struct evtext_inject *seen;
};

/* A reader's words for a seat: "We" / "us" for the reader, else its name. */
static int is_me(const struct voice *w, int seat)
{
    return seat >= 0 && seat == w->viewer;
}

static const char *who(const struct voice *w, int seat)
{
    return is_me(w, seat) ? "We" : words_seat(w->pub, seat);
}

static const char *whom(const struct voice *w, int seat)
{
    return is_me(w, seat) ? "us" : words_seat(w->pub, seat);
}

/* "Our" / "our" for the reader (cap: capitalised), else "Kestria's". */
static const char *whose(const struct voice *w, int seat, int cap, char *buf, size_t n)
{
    if (is_me(w, seat))
        return cap ? "Our" : "our";
    snprintf(buf, n, "%s's", words_seat(w->pub, seat));
    return buf;
}

void evtext_blame(const struct pub *pub, int viewer, int blamed, char *buf, size_t n)
{
    struct voice w = {pub, viewer, NULL};
    if (blamed >= 0)
        snprintf(buf, n, "blamed on %s", whom(&w, blamed));
    else
        snprintf(buf, n, "culprit unknown");
}

void evtext_order_of(const struct pub *pub, int viewer, int seat, int kind, char *buf, size_t n)
{
    struct voice w = {pub, viewer, NULL};
    char who_s[NAME_LEN + 4];
    snprintf(buf, n, "%s %s", whose(&w, seat, 0, who_s, sizeof who_s), words_order(pub, kind));
}

static void cause_of(const struct voice *w, const struct event *e, char *buf, size_t n)
{
    static const char *const fixed[CAUSE_COUNT] = {
        [CAUSE_HIDDEN] = "cause unknown to us",
        [CAUSE_RECOVERY] = "trust heals with time",
        [CAUSE_SPOILERS] = "drift and spoilers",
        [CAUSE_SHARING] = "decay, and what was shared",
    };
    const struct evtext_inject *in;
    switch (e->cause) {
    case CAUSE_ORDER:
        evtext_order_of(w->pub, w->viewer, e->cause_seat, e->cause_arg, buf, n);
        break;
    case CAUSE_INJECT:
        in = shown(w->seen, e->cause_arg);
        snprintf(buf, n, "the inject \"%s\"", in ? in->title : "news of the week");
        break;
    case CAUSE_INCIDENT:
        snprintf(buf, n, "the incident: %s against %s", words_order(w->pub, e->cause_arg),
                 whom(w, e->cause_seat));
        break;
    case CAUSE_IDLE:
        snprintf(buf, n, "%s did no mandate work and made no contribution",
                 is_me(w, e->cause_seat) ? "we" : words_seat(w->pub, e->cause_seat));
        break;
    default:
        snprintf(buf, n, "%s",
                 e->cause > CAUSE_NONE && e->cause < CAUSE_COUNT && fixed[e->cause]
                     ? fixed[e->cause]
                     : "");
        break;
    }
}

void evtext_cause(const struct pub *pub, int viewer, const struct evtext_inject *seen,
                  const struct event *e, char *buf, size_t n)
{
    struct voice w = {pub, viewer, seen};
    cause_of(&w, e, buf, n);
}

/* " (cause)" for an event that carries one, else "". */
static const char *because(const struct voice *w, const struct event *e, char *buf, size_t n)
{
    char c[200];
    cause_of(w, e, c, sizeof c);
    if (c[0])
        snprintf(buf, n, " (%s)", c);
    else
        buf[0] = 0;
    return buf;
}

/* "Our influence with the host -5 to 10 (the inject "...")": a change to
 * one of a contingent's own numbers, good or bad for it. */
static int own_change(const struct voice *w, const struct event *e, const char *what, char *buf,
                      size_t n)
{
    char why[240], who_s[NAME_LEN + 4];
    snprintf(buf, n, "%s %s %+d to %d%s.", whose(w, e->actor, 1, who_s, sizeof who_s), what, e->a,
             e->b, because(w, e, why, sizeof why));
    return e->a >= 0 ? EVT_GOOD : EVT_BAD;
}

void evtext_covert_what(const struct pub *pub, int viewer, const struct event *e, char *buf,
                        size_t n)
{
    struct voice w = {pub, viewer, NULL};
    int tk = e->order >= 0 && e->order < ORD_COUNT ? order_target_kind(e->order) : TK_NONE;
    if (tk == TK_SEAT || e->target == TARGET_HQ)
        snprintf(buf, n, "%s on %s", words_order(pub, e->order), whom(&w, e->target));
    else
        snprintf(buf, n, "%s", words_order(pub, e->order));
}

void evtext_covert_rolls(const struct pub *pub, int viewer, const struct event *e, char *odds,
                         size_t on, char *seen, size_t sn)
{
    char ch[16], roll[16], dch[16], droll[16], blame[80];
    snprintf(odds, on, "%-8s rolled %5s, needed under %s", e->outcome ? "SUCCESS" : "FAILED",
             words_permille(e->b, roll, sizeof roll), words_permille(e->a, ch, sizeof ch));
    words_permille(e->d, droll, sizeof droll);
    words_permille(e->c, dch, sizeof dch);
    if (e->blamed == -2) {
        snprintf(seen, sn, "%-8s rolled %5s, seen only under %s", "UNSEEN", droll, dch);
    } else {
        evtext_blame(pub, viewer, e->blamed, blame, sizeof blame);
        snprintf(seen, sn, "%-8s rolled %5s, seen under %s: %s", "DETECTED", droll, dch, blame);
    }
}

static int covert_text(const struct voice *w, const struct event *e, char *buf, size_t n)
{
    char ch[16], roll[16], dch[16], droll[16], seen[80], tmp[64], what[160], who_s[NAME_LEN + 4];
    evtext_covert_what(w->pub, w->viewer, e, what, sizeof what);
    int detected = e->blamed != -2;
    if (detected) {
        evtext_blame(w->pub, w->viewer, e->blamed, tmp, sizeof tmp);
        snprintf(seen, sizeof seen, "DETECTED, %s", tmp);
    } else {
        snprintf(seen, sizeof seen, "unseen");
    }
    snprintf(buf, n, "%s %s: %s (rolled %s, needed under %s); %s (rolled %s, seen under %s)",
             whose(w, e->actor, 1, who_s, sizeof who_s), what, e->outcome ? "success" : "FAILED",
             words_permille(e->b, roll, sizeof roll), words_permille(e->a, ch, sizeof ch), seen,
             words_permille(e->d, droll, sizeof droll), words_permille(e->c, dch, sizeof dch));
    if (!is_me(w, e->actor))
        return EVT_PRIVATE;
    return detected ? EVT_BAD : e->outcome ? EVT_GOOD : EVT_PRIVATE;
}

/* The inject, its answer, an order given in public. */
static int order_text(const struct voice *w, const struct event *e, char *buf, size_t n)
{
    const struct evtext_inject *in;
    switch (e->kind) {
    case EV_INJECT:
        in = shown(w->seen, e->a);
        if (e->target >= 0)
            snprintf(buf, n, "Inject for %s: %s", whom(w, e->target), in ? in->title : "a message");
        else
            snprintf(buf, n, "Inject: %s", in ? in->title : "news for the mission");
        return e->target >= 0 ? EVT_PRIVATE : EVT_PUBLIC;
    case EV_INJECT_CHOICE:
        in = shown(w->seen, e->a);
        if (in && e->b >= 0 && e->b < in->nchoices)
            snprintf(buf, n, "%s: %s chose \"%s\".", in->title,
                     e->actor >= 0 ? who(w, e->actor) : "The mission", in->labels[e->b]);
        else
            snprintf(buf, n, "%s answered an inject (choice %d).",
                     e->actor >= 0 ? who(w, e->actor) : "The mission", e->b + 1);
        return EVT_PUBLIC;
    case EV_ORDER:
        if (e->order == ORD_SHARE)
            snprintf(buf, n, "%s set intelligence sharing to %s.", who(w, e->actor),
                     share_name(e->a));
        else if (e->order >= 0 && e->order < ORD_COUNT && order_target_kind(e->order) == TK_SEAT)
            snprintf(buf, n, "%s: %s, towards %s.", who(w, e->actor), words_order(w->pub, e->order),
                     whom(w, e->target));
        else
            snprintf(buf, n, "%s: %s.", who(w, e->actor), words_order(w->pub, e->order));
        return EVT_PUBLIC;
    default: /* EV_MANDATE_OP */
        if (e->order == ORD_JOINT)
            snprintf(buf, n, "%s and %s: %s in %s, stability %+d, threat %+d.", who(w, e->actor),
                     whom(w, e->target), words_order(w->pub, e->order),
                     words_sector(w->pub, e->sector), e->a, e->b);
        else
            snprintf(buf, n, "%s: %s in %s, stability %+d, threat %+d.", who(w, e->actor),
                     words_order(w->pub, e->order), words_sector(w->pub, e->sector), e->a, e->b);
        return EVT_PUBLIC;
    }
}

/* What a seat learnt of others by spying and counter-spying. */
static int intel_text(const struct voice *w, const struct event *e, char *buf, size_t n)
{
    char t1[64], who_s[NAME_LEN + 4];
    int tk = e->order >= 0 && e->order < ORD_COUNT ? order_target_kind(e->order) : TK_NONE;
    switch (e->kind) {
    case EV_DETECTED:
        evtext_blame(w->pub, w->viewer, e->blamed, t1, sizeof t1);
        snprintf(buf, n, "Caught: %s against %s, %s.", words_order(w->pub, e->order),
                 whom(w, e->target), t1);
        return EVT_BAD;
    case EV_DOSSIER:
        if (is_me(w, e->actor))
            snprintf(buf, n, "New dossier on %s: %s (%s).", whom(w, e->target), dossier_name(e->a),
                     words_quality(e->b));
        else
            snprintf(buf, n, "%s gained a dossier on %s: %s (%s).", who(w, e->actor),
                     whom(w, e->target), dossier_name(e->a), words_quality(e->b));
        return EVT_GOOD;
    case EV_INSIDER:
        snprintf(buf, n, "%s insider in %s is now %s.", whose(w, e->actor, 1, who_s, sizeof who_s),
                 words_seat(w->pub, e->target), stage_name(e->a));
        return EVT_GOOD;
    case EV_ORDERS_READ: {
        if (is_me(w, e->actor))
            snprintf(buf, n, "Read %s's order: %s", words_seat(w->pub, e->target),
                     words_order(w->pub, e->order));
        else
            snprintf(buf, n, "%s read %s's order: %s", who(w, e->actor),
                     words_seat(w->pub, e->target), words_order(w->pub, e->order));
        size_t k = strlen(buf);
        if (tk == TK_SECTOR)
            snprintf(buf + k, n - k, " in %s.", words_sector(w->pub, e->sector));
        else if (tk == TK_SEAT || tk == TK_SECTOR_SEAT)
            snprintf(buf + k, n - k, " on %s.", whom(w, e->b));
        else
            snprintf(buf + k, n - k, ".");
        return EVT_GOOD;
    }
    case EV_BACKDOOR:
        snprintf(buf, n, "%s hid a backdoor in contributed equipment (item %d).", who(w, e->actor),
                 e->a + 1);
        return EVT_GOOD;
    case EV_CANARY:
        snprintf(buf, n, "Canary trap: %s passed on %s marked reports.",
                 words_seat(w->pub, e->target), whose(w, e->actor, 0, who_s, sizeof who_s));
        return EVT_GOOD;
    default: /* EV_SWEEP; d: backdoors found in equipment the sweeper was given */
    {
        char gifts[96] = "";
        const char *ws = whose(w, e->actor, 1, who_s, sizeof who_s);
        words_permille(e->a, t1, sizeof t1);
        if (e->d)
            snprintf(gifts, sizeof gifts, ", and a backdoor in %d item%s of equipment %s given",
                     e->d, words_s(e->d), is_me(w, e->actor) ? "we were" : "it was");
        if (e->b || e->c || e->d)
            snprintf(buf, n,
                     "%s counter-intelligence sweep found %d insider network%s and %d "
                     "implant%s%s (a %s%% chance to find each, more for an exposed network).",
                     ws, e->b, words_s(e->b), e->c, words_s(e->c), gifts, t1);
        else
            snprintf(buf, n,
                     "%s counter-intelligence sweep found nothing (a %s%% chance to "
                     "find each network or implant run against %s, if there is one).",
                     ws, t1, is_me(w, e->actor) ? "us" : "it");
        return e->b || e->c || e->d ? EVT_BAD : EVT_PRIVATE;
    }
    }
}

/* What the whole mission hears: incidents, exposures, leaks, accusations. */
static int alarm_text(const struct voice *w, const struct event *e, char *buf, size_t n)
{
    char t1[64];
    evtext_blame(w->pub, w->viewer, e->blamed, t1, sizeof t1);
    switch (e->kind) {
    case EV_INCIDENT:
        snprintf(buf, n, "INCIDENT: %s against %s detected, %s.", words_order(w->pub, e->order),
                 whom(w, e->target), t1);
        return EVT_ALERT;
    case EV_INSIDER_BLOWN:
        if (is_me(w, e->actor))
            snprintf(buf, n, "BLOWN: our insider network in %s, %s.", words_seat(w->pub, e->target),
                     t1);
        else if (is_me(w, e->target)) /* not "in us" */
            snprintf(buf, n, "BLOWN: an insider network in our ranks, %s.", t1);
        else
            snprintf(buf, n, "BLOWN: an insider network in %s, %s.", whom(w, e->target), t1);
        return EVT_ALERT;
    case EV_IMPLANT_FOUND:
        snprintf(buf, n, "Found: a %s implant against %s, %s.", words_implant(e->a),
                 whom(w, e->target), t1);
        return e->target == TARGET_HQ ? EVT_ALERT : EVT_BAD;
    case EV_BACKDOOR_FOUND:
        if (e->target >= 0) /* in a contingent's own equipment, found by an audit or its sweep */
            snprintf(buf, n, "%s: a backdoor found in %s communications equipment, supplied by %s.",
                     e->order == ORD_SWEEP ? "SWEEP" : "AUDIT",
                     whose(w, e->target, 0, t1, sizeof t1), whom(w, e->blamed));
        else
            snprintf(buf, n,
                     "AUDIT: backdoored equipment found in the mission network, supplied by "
                     "%s.",
                     whom(w, e->blamed));
        return EVT_ALERT;
    case EV_LEAK:
        if (e->target >= 0 && e->target != TARGET_HQ)
            snprintf(buf, n, "LEAK: %s data reached spoilers, threat +%d in %s.",
                     whose(w, e->target, 0, t1, sizeof t1), e->a, words_sector(w->pub, e->sector));
        else
            snprintf(buf, n, "LEAK: mission data reached spoilers, threat +%d in %s.", e->a,
                     words_sector(w->pub, e->sector));
        return EVT_ALERT;
    case EV_ACCUSE:
        snprintf(buf, n, "%s accused %s %s.", who(w, e->actor), whom(w, e->target),
                 e->a > 0 ? "with evidence" : "without evidence");
        return EVT_ALERT;
    default: /* EV_INVESTIGATION */
        if (e->target >= 0)
            snprintf(buf, n, "Investigation asked by %s: mission HQ names %s.",
                     words_seat(w->pub, e->actor), whom(w, e->target));
        else
            snprintf(buf, n, "Investigation asked by %s: mission HQ found nothing.",
                     words_seat(w->pub, e->actor));
        return e->target >= 0 ? EVT_ALERT : EVT_PUBLIC;
    }
}

/* The numbers of the mission and its sectors, and a seat's own. */
static int number_text(const struct voice *w, const struct event *e, char *buf, size_t n)
{
    char why[240], who_s[NAME_LEN + 4];
    switch (e->kind) {
    case EV_STABILITY:
    case EV_THREAT:
        snprintf(buf, n, "%s: %s %+d to %d%s.", words_sector(w->pub, e->sector),
                 e->kind == EV_STABILITY ? "stability" : "threat", e->a, e->b,
                 because(w, e, why, sizeof why));
        return EVT_PUBLIC;
    case EV_SECTOR_WEEK:
        snprintf(buf, n, "%s over the week: stability %d to %d, threat %d to %d.",
                 words_sector(w->pub, e->sector), e->a, e->b, e->c, e->d);
        return EVT_SKIP; /* the report's sector table shows it */
    case EV_POOL:
        snprintf(buf, n, "Shared intelligence pool %+d to %d%s.", e->a, e->b,
                 because(w, e, why, sizeof why));
        return EVT_PUBLIC;
    case EV_NETWORK:
        snprintf(buf, n, "Mission network: centralisation %d to %d, security %d to %d%s.", e->c,
                 e->a, e->d, e->b, because(w, e, why, sizeof why));
        return EVT_PUBLIC;
    case EV_INFLUENCE:
        return own_change(w, e, "influence with the host", buf, n);
    case EV_COMMS:
        return own_change(w, e, "communications security", buf, n);
    case EV_AP:
        return own_change(w, e, "action points next week", buf, n);
    case EV_TRUST:
        snprintf(buf, n, "%s trust in %s %+d to %d%s.", whose(w, e->actor, 1, who_s, sizeof who_s),
                 whom(w, e->target), e->a, e->b, because(w, e, why, sizeof why));
        /* healing between others is bookkeeping; ours is news */
        if (e->cause == CAUSE_RECOVERY && !is_me(w, e->actor) && !is_me(w, e->target))
            return EVT_SKIP;
        return EVT_PUBLIC;
    case EV_OBJECTIVES:
        snprintf(buf, n, "New instructions from the capital: %s secret objectives changed%s.",
                 whose(w, e->actor, 0, who_s, sizeof who_s), because(w, e, why, sizeof why));
        return EVT_BAD;
    case EV_MANDATE:
        snprintf(buf, n, "Mandate: average stability %d, lowest sector %d.", e->a, e->b);
        return EVT_PUBLIC;
    default: /* EV_GAME_END */
        snprintf(buf, n, "The mandate ends: %s.", words_outcome(e->outcome, e->a));
        return EVT_ALERT;
    }
}

int evtext_seat(const struct pub *pub, int viewer, const struct evtext_inject *seen,
                const struct event *e, char *buf, size_t n)
{
    struct voice w = {pub, viewer, seen};
    buf[0] = 0;
    switch (e->kind) {
    case EV_TURN_BEGIN:
        snprintf(buf, n, "Week %d begins.", e->a);
        return EVT_SKIP;
    case EV_INJECT:
    case EV_INJECT_CHOICE:
    case EV_ORDER:
    case EV_MANDATE_OP:
        return order_text(&w, e, buf, n);
    case EV_COVERT:
        return covert_text(&w, e, buf, n);
    case EV_DETECTED:
    case EV_DOSSIER:
    case EV_INSIDER:
    case EV_ORDERS_READ:
    case EV_BACKDOOR:
    case EV_CANARY:
    case EV_SWEEP:
        return intel_text(&w, e, buf, n);
    case EV_INCIDENT:
    case EV_INSIDER_BLOWN:
    case EV_IMPLANT_FOUND:
    case EV_BACKDOOR_FOUND:
    case EV_LEAK:
    case EV_ACCUSE:
    case EV_INVESTIGATION:
        return alarm_text(&w, e, buf, n);
    case EV_STABILITY:
    case EV_THREAT:
    case EV_SECTOR_WEEK:
    case EV_POOL:
    case EV_NETWORK:
    case EV_INFLUENCE:
    case EV_COMMS:
    case EV_AP:
    case EV_TRUST:
    case EV_OBJECTIVES:
    case EV_MANDATE:
    case EV_GAME_END:
        return number_text(&w, e, buf, n);
    case EV_EQUIPMENT: {
        char why[240];
        if (e->target >= 0) /* a partner's gift to one contingent's communications */
            snprintf(buf, n, "%s supplied communications equipment to %s%s.", who(&w, e->actor),
                     whom(&w, e->target), because(&w, e, why, sizeof why));
        else
            snprintf(buf, n, "%s contributed equipment to the mission network.", who(&w, e->actor));
        return EVT_PUBLIC;
    }
    case EV_PACT:
        if (e->a)
            snprintf(buf, n, "%s and %s formed an intelligence-sharing pact.", who(&w, e->actor),
                     whom(&w, e->target));
        else
            snprintf(buf, n, "%s proposed a pact to %s.", who(&w, e->actor), whom(&w, e->target));
        return EVT_PUBLIC;
    default:
        snprintf(buf, n, "%s", event_name(e->kind));
        return EVT_PUBLIC;
    }
}

/* " [to Westria, Eastmark]": who of the seats was told a private event. */
static void audience_tag(const struct pub *pub, unsigned audience, char *to, size_t size)
{
    size_t k = 0;
    to[0] = 0;
    for (int s = 0; s < pub->nseats && s < MAX_SEATS; s++)
        if (audience & AUDIENCE_SEAT(s)) {
            int w = snprintf(to + k, size - k, "%s%s", k ? ", " : " [to ", pub->seats[s].name);
            if (w < 0 || (size_t)w >= size - k)
                break;
            k += (size_t)w;
        }
    if (k && k + 1 < size) {
        to[k] = ']';
        to[k + 1] = '\0';
    }
}

int evtext_line(const struct pub *pub, int viewer, const struct evtext_inject *seen,
                const struct event *e, int culprit, char *buf, size_t n)
{
    char body[600], to[200] = "";
    if (viewer == VIEW_FACILITATOR) {
        evtext_truth(pub, seen, e, culprit, body, sizeof body);
        if (!(e->audience & AUDIENCE_PUBLIC))
            audience_tag(pub, e->audience, to, sizeof to);
    } else {
        evtext_seat(pub, viewer, seen, e, body, sizeof body);
        if (!(e->audience & AUDIENCE_PUBLIC))
            snprintf(to, sizeof to, " [secret]");
    }
    return snprintf(buf, n, "T%d %s: %s%s", e->turn, event_name(e->kind), body, to);
}

int evtext_culprit(const struct event *ev, int n, int k)
{
    if (k < 0 || k >= n || ev[k].kind != EV_INCIDENT)
        return -1;
    const struct event *in = &ev[k];
    for (int i = k + 1; i < n && ev[i].turn == in->turn; i++) {
        const struct event *c = &ev[i];
        if (c->kind == EV_COVERT && c->order == in->order && c->target == in->target &&
            c->blamed == in->blamed)
            return c->actor;
    }
    return -1;
}
