/* evtext.h - an event as one line of plain English, in two voices: a
 * seat's, which words what the seat was told ("we", "our"; an incident
 * names whom it was blamed on, never who did it unless the event says so)
 * and the facilitator's, which tells the whole truth (the culprit, the
 * dice, whether a blame was right). Names are read through the public
 * book; an inject's title through what the reader was shown of it. The
 * screens, `mandate replay`, the debrief and the report all word events
 * here. */
#ifndef MANDATE_EVTEXT_H
#define MANDATE_EVTEXT_H

#include <stddef.h>

#include "../core/view.h"

/* How a seat's line reads: what a log colours it by. */
enum evtone {
    EVT_SKIP,    /* nothing to say (bookkeeping) */
    EVT_PUBLIC,  /* the public bulletin */
    EVT_PRIVATE, /* the seat's own report */
    EVT_GOOD,    /* private, and good for the seat */
    EVT_BAD,     /* private, and bad for it */
    EVT_ALERT,   /* public and grave: incidents, leaks */
};

/* What a reader was shown of an inject: its title and its choices'
 * labels (title "" when it was never shown one: then the text says
 * less). A reader's injects are a table of MAX_INJECTS of these, by the
 * inject's index in the scenario. */
struct evtext_inject {
    char title[NAME_LEN];
    char labels[MAX_CHOICES][SHORT_TEXT];
    int nchoices;
};

/* Keeps in seen[index] (seen: MAX_INJECTS entries) that the reader was
 * shown the inject in; an index out of range is ignored. */
void evtext_show(struct evtext_inject *seen, int index, const struct inject *in);

/* Keeps what the view's live injects say in seen (MAX_INJECTS entries). */
void evtext_remember(const struct view *v, struct evtext_inject *seen);

/* A seat's voice: the event as viewer (a seat, or VIEW_PUBLIC: then
 * nobody is "we") was told it, into buf (always NUL-terminated); returns
 * its tone (EVT_SKIP: bookkeeping, though buf still holds a line). e must
 * be the event as view_event gave it to viewer; seen (may be NULL) the
 * injects viewer was shown. */
int evtext_seat(const struct pub *pub, int viewer, const struct evtext_inject *seen,
                const struct event *e, char *buf, size_t n);

/* Why the event's number changed, in the seat's voice ("our Harden
 * communications", "the inject \"...\"", "cause unknown to us"); "" when
 * it carries no cause. */
void evtext_cause(const struct pub *pub, int viewer, const struct evtext_inject *seen,
                  const struct event *e, char *buf, size_t n);

/* A seat's order in the reader's words: "our Patrol", "Kestria's
 * Patrol". */
void evtext_order_of(const struct pub *pub, int viewer, int seat, int kind, char *buf, size_t n);

/* A covert operation as its seat reads it: what was done, "Intercept on
 * Kestria" (what[]), and, when it was detected, whom it was blamed on,
 * "blamed on us", "culprit unknown" (blame[]). */
void evtext_covert_what(const struct pub *pub, int viewer, const struct event *e, char *buf,
                        size_t n);
void evtext_blame(const struct pub *pub, int viewer, int blamed, char *buf, size_t n);

/* A covert operation's two rolls as its seat reads them on its report,
 * each padded to line up: "SUCCESS  rolled  13.0, needed under 62.0"
 * (odds[]) and "UNSEEN   rolled  80.0, seen only under 20.0" or
 * "DETECTED rolled   5.0, seen under 20.0: blamed on us" (seen[]). */
void evtext_covert_rolls(const struct pub *pub, int viewer, const struct event *e, char *odds,
                         size_t on, char *seen, size_t sn);

/* The facilitator's voice: what happened, without turn or kind
 * ("Westria's intercept against Eastmark detected; blamed Northia
 * (wrong)"). culprit: the seat whose covert operation an incident
 * reveals, or -1 (see evtext_culprit); injects: every inject (may be
 * NULL). Returns the length the whole text needs, as snprintf. */
int evtext_truth(const struct pub *pub, const struct evtext_inject *injects, const struct event *e,
                 int culprit, char *buf, size_t n);

/* Whom the facilitator knows an act was blamed on, and whether rightly
 * (how: enum attribution): "blamed Northia (wrong)", "nobody blamed".
 * Returns buf. */
const char *evtext_blame_truth(const struct pub *pub, int blamed, int how, char *buf, size_t n);

/* The same inside an aside, where a reader already reads parentheses:
 * "blamed Northia, wrong", "nobody blamed"; for ATTR_CLAIMED (a seat's
 * view: right or wrong unknown) only "blamed Northia". Returns buf. */
const char *evtext_blame_aside(const struct pub *pub, int blamed, int how, char *buf, size_t n);

/* A line of an event log: "T3 incident: " and the event in viewer's
 * voice - the facilitator's for VIEW_FACILITATOR (then a private event
 * ends " [to Westria]", naming who was told), else the seat's (then a
 * private one ends " [secret]"). seen and culprit as above. Returns the
 * length the whole line needs, as snprintf. */
int evtext_line(const struct pub *pub, int viewer, const struct evtext_inject *seen,
                const struct event *e, int culprit, char *buf, size_t n);

/* For the incident ev[k] of a resolution's events ev[0..n) (unfiltered),
 * the seat whose covert operation it reveals, or -1 (not an incident, or
 * none found). */
int evtext_culprit(const struct event *ev, int n, int k);

#endif
