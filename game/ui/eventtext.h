/* eventtext.h - one line of plain text for an event, worded for the seat
 * whose view holds it ("we", "our") or, in the facilitator's view, with
 * every name. Never says more than the event gives that seat: an
 * incident names whom it was blamed on, not who did it. No curses. */
#ifndef MANDATE_EVENTTEXT_H
#define MANDATE_EVENTTEXT_H

#include <stddef.h>

#include "../core/view.h"

/* How a line reads: what the log colours it by. */
enum evtone {
    EVT_SKIP,                    /* nothing to say (bookkeeping) */
    EVT_PUBLIC,                  /* the public bulletin */
    EVT_PRIVATE,                 /* our own report */
    EVT_GOOD,                    /* private, and good for us */
    EVT_BAD,                     /* private, and bad for us */
    EVT_ALERT,                   /* public and grave: incidents, leaks */
};

/* What the reader has seen of an inject while it was live: its title and
 * its choices' labels (title "" when unseen: then the text says less). */
struct evtext_inject {
    char title[NAME_LEN];
    char labels[MAX_CHOICES][SHORT_TEXT];
    int nchoices;
};

/* The injects the reader has seen, by inject index (MAX_INJECTS entries);
 * may be NULL. */
typedef const struct evtext_inject *evtext_injects;

/* Keeps what the view's live injects say in seen (MAX_INJECTS entries). */
void evtext_remember(const struct view *v, struct evtext_inject *seen);

/* Writes the event's line into buf (always NUL-terminated) and returns its
 * tone; EVT_SKIP leaves an empty line. */
int event_text(const struct view *v, evtext_injects injects, const struct event *e,
               char *buf, size_t n);

/* Why the event's number changed, in the reader's words ("our Harden
 * communications", "the inject \"...\"", "cause unknown to us"); empty
 * when it carries no cause. */
void evtext_cause(const struct view *v, evtext_injects injects, const struct event *e,
                  char *buf, size_t n);

/* Name of a contingent, "mission HQ", or "unknown" for a bad index. */
const char *evtext_seat(const struct view *v, int seat);

/* "62.0" for a per-mille value. */
void evtext_permille(int pm, char *buf, size_t n);

/* Quality of a dossier: "glimpse", "technical", "insider". */
const char *evtext_quality(int q);

#endif
