/* debrief_notes.c - the record of a seat's own report, or of the public
 * one: one line for each thing the viewer was told, in the viewer's voice
 * (text/evtext.h: "we" for the seat itself). It reads only the events the
 * viewer saw (each as view_event gave it), so it can name nothing the
 * viewer did not learn: whose insider network was blown, or whether a
 * blame was right, stays out unless the viewer knew it. Bookkeeping the
 * charts carry (stability, threat, trust, the pool, the network) is left
 * out, and the viewer's own operations, which the timeline lists with
 * their dice. */
#include <stdlib.h>

#include "../text/evtext.h"
#include "debrief_int.h"

/* 1 when the event is a line of the record. */
static int is_note(const struct event *e)
{
    switch (e->kind) {
    case EV_ORDER:
        /* public orders with no event of their own */
        return e->order == ORD_SHARE || e->order == ORD_CENTRALISE || e->order == ORD_AUDIT;
    case EV_INJECT:
    case EV_INJECT_CHOICE:
    case EV_INCIDENT:
    case EV_DETECTED:
    case EV_INSIDER_BLOWN:
    case EV_IMPLANT_FOUND:
    case EV_BACKDOOR_FOUND:
    case EV_LEAK:
    case EV_EQUIPMENT:
    case EV_ACCUSE:
    case EV_PACT:
    case EV_INVESTIGATION:
    case EV_DOSSIER:
    case EV_ORDERS_READ:
    case EV_CANARY:
    case EV_INSIDER:
    case EV_BACKDOOR:
    case EV_INFLUENCE:
    case EV_COMMS:
    case EV_OBJECTIVES:
    case EV_GAME_END:
        return 1;
    default:
        return 0; /* covert (in the timeline), charts' bookkeeping, turn marks */
    }
}

void db_notes(struct dbctx *c)
{
    struct debrief *d = c->d;
    /* the injects the viewer was shown, as their events came (without
     * memory the notes name none) */
    struct evtext_inject *seen = calloc(MAX_INJECTS, sizeof *seen);
    for (int k = 0; k < c->nev; k++) {
        const struct event *e = &c->ev[k];
        if (seen && e->kind == EV_INJECT && e->a >= 0 && e->a < d->sc->ninjects)
            evtext_show(seen, e->a, &d->sc->injects[e->a]);
        if (e->turn < 1 || !is_note(e))
            continue;
        if (d->nnotes >= DB_MAX_NOTES) {
            d->notes_dropped++;
            continue;
        }
        struct db_note *note = &d->notes[d->nnotes++];
        note->turn = e->turn;
        note->kind = e->kind;
        note->own = !(e->audience & AUDIENCE_PUBLIC);
        evtext_seat(d->pub, d->viewer, seen, e, note->text, sizeof note->text);
    }
    free(seen);
}
