/* debrief_notes.c - the record of a seat's own report, or of the public
 * one: one line for each thing the viewer was told, in the viewer's
 * terms. It reads only the events the viewer saw (each as view_event
 * gave it), so it can name nothing the viewer did not learn: whose
 * insider network was blown, or whether a blame was right, stays out
 * unless the viewer knew it. Bookkeeping the charts carry (stability,
 * threat, trust, the pool, the network) is left out, and the viewer's
 * own operations, which the timeline lists with their dice. */
#include <stdio.h>

#include "debrief_int.h"

static const char *quality_word(int q)
{
    static const char *const names[] = {"a glimpse", "technical", "from an insider"};
    return q >= 1 && q <= 3 ? names[q - 1] : "unknown quality";
}

static const char *share_word(int level)
{
    static const char *const names[] = {"none", "tactical", "broad"};
    return level >= 0 && level < 3 ? names[level] : "?";
}

/* "; Garrovia blamed Morvane", "; nobody was blamed". */
static void blame_clause(const struct debrief *d, const struct event *e, const char *who,
                         char *buf, size_t n)
{
    if (e->blamed >= 0)
        db_fmt(buf, n, "; %s blamed %s", who, debrief_seat(d, e->blamed));
    else
        db_fmt(buf, n, "; nobody was blamed");
}

static const char *inject_title(const struct debrief *d, int k)
{
    return k >= 0 && k < d->sc->ninjects ? d->sc->injects[k].title : "an inject";
}

/* Words event e; 0 when it is no line of the record. */
static int note_text(const struct debrief *d, const struct event *e, char *buf, size_t n)
{
    char b[DB_TEXT];
    const char *actor = debrief_seat(d, e->actor), *target = debrief_seat(d, e->target);
    const struct inject *in;
    switch (e->kind) {
    case EV_INJECT:
        db_fmt(buf, n, "Inject \"%s\"%s%s", inject_title(d, e->a), e->target >= 0 ? " to " : "",
               e->target >= 0 ? target : "");
        return 1;
    case EV_INJECT_CHOICE:
        in = e->a >= 0 && e->a < d->sc->ninjects ? &d->sc->injects[e->a] : NULL;
        db_fmt(buf, n, "%s answered \"%s\": %s", actor, inject_title(d, e->a),
               in && e->b >= 0 && e->b < in->nchoices ? in->choices[e->b].label : "?");
        return 1;
    case EV_ORDER:
        /* public orders with no event of their own */
        if (e->order == ORD_SHARE)
            db_fmt(buf, n, "%s shares intelligence: %s", actor, share_word(e->a));
        else if (e->order == ORD_CENTRALISE || e->order == ORD_AUDIT)
            db_fmt(buf, n, "%s: %s", actor, debrief_order(d, e->order));
        else
            return 0;
        return 1;
    case EV_INCIDENT:
        blame_clause(d, e, debrief_seat(d, e->target), b, sizeof b);
        db_fmt(buf, n, "Incident: an operation (%s) against %s was detected%s",
               debrief_order(d, e->order), target, b);
        return 1;
    case EV_DETECTED:
        blame_clause(d, e, "it", b, sizeof b);
        db_fmt(buf, n, "%s detected an operation against it (%s)%s", target,
               debrief_order(d, e->order), b);
        return 1;
    case EV_INSIDER_BLOWN:
        blame_clause(d, e, target, b, sizeof b);
        if (e->actor >= 0)
            db_fmt(buf, n, "%s's insider network in %s was blown%s", actor, target, b);
        else
            db_fmt(buf, n, "An insider network in %s was blown%s", target, b);
        return 1;
    case EV_IMPLANT_FOUND:
        blame_clause(d, e, e->target == TARGET_HQ ? "mission HQ" : target, b, sizeof b);
        if (e->target == TARGET_HQ)
            db_fmt(buf, n, "%s's audit found an implant at mission HQ (%s)%s", actor,
                   e->a >= 0 && e->a < IMP_COUNT ? implant_name(e->a) : "?", b);
        else
            db_fmt(buf, n, "%s found an implant (%s)%s", target,
                   e->a >= 0 && e->a < IMP_COUNT ? implant_name(e->a) : "?", b);
        return 1;
    case EV_BACKDOOR_FOUND:
        if (e->target >= 0)
            db_fmt(buf, n, "%s's %s found a backdoor in equipment item %d, %s's communications, "
                   "supplied by %s", actor, e->order == ORD_SWEEP ? "sweep" : "audit", e->a + 1,
                   target, debrief_seat(d, e->blamed));
        else
            db_fmt(buf, n, "%s's audit found a backdoor in equipment item %d, supplied by %s",
                   actor, e->a + 1, debrief_seat(d, e->blamed));
        return 1;
    case EV_LEAK:
        db_fmt(buf, n, "A leak from %s reached the spoilers in %s: threat %+d", target,
               e->sector >= 0 && e->sector < d->nsectors ? d->sc->sectors[e->sector].name : "?",
               e->a);
        return 1;
    case EV_EQUIPMENT:
        if (e->target >= 0)
            db_fmt(buf, n, "%s supplied equipment item %d to %s's communications", actor, e->a + 1,
                   target);
        else
            db_fmt(buf, n, "%s contributed equipment item %d to the mission network", actor,
                   e->a + 1);
        return 1;
    case EV_ACCUSE:
        db_fmt(buf, n, "%s accused %s (evidence %d)", actor, target, e->a);
        return 1;
    case EV_PACT:
        db_fmt(buf, n, "%s %s %s", actor, e->a ? "formed a pact with" : "proposed a pact to",
               target);
        return 1;
    case EV_INVESTIGATION:
        if (e->target >= 0)
            db_fmt(buf, n, "Mission HQ's investigation for %s named %s", actor, target);
        else
            db_fmt(buf, n, "Mission HQ's investigation for %s found nobody", actor);
        return 1;
    case EV_DOSSIER:
        db_fmt(buf, n, "%s gained a dossier on %s: %s, %s", actor, target,
               e->a >= 0 && e->a < DOS_COUNT ? dossier_name(e->a) : "?", quality_word(e->b));
        return 1;
    case EV_ORDERS_READ: {
        char what[96] = "";
        int tk = e->order >= 0 && e->order < ORD_COUNT ? order_target_kind(e->order) : TK_NONE;
        if ((tk == TK_SECTOR || tk == TK_SECTOR_SEAT) && e->sector >= 0 && e->sector < d->nsectors)
            db_fmt(what, sizeof what, " in %s", d->sc->sectors[e->sector].name);
        if ((tk == TK_SEAT || tk == TK_SECTOR_SEAT) && e->b >= 0)
            db_cat(what, sizeof what, " %s %s", tk == TK_SEAT ? "against" : "with",
                   debrief_seat(d, e->b));
        db_fmt(buf, n, "%s read %s's order: %s%s", actor, target, debrief_order(d, e->order),
               what);
        return 1;
    }
    case EV_CANARY:
        db_fmt(buf, n, "%s's canary trap caught %s reading its marked reports", actor, target);
        return 1;
    case EV_INSIDER:
        db_fmt(buf, n, "%s's insider network in %s: %s", actor, target,
               e->a > 0 && e->a < STAGE_COUNT ? stage_name(e->a) : "?");
        return 1;
    case EV_BACKDOOR:
        db_fmt(buf, n, "%s backdoored its equipment item %d", actor, e->a + 1);
        return 1;
    case EV_INFLUENCE:
        db_fmt(buf, n, "%s's influence with the host %+d -> %d", actor, e->a, e->b);
        return 1;
    case EV_COMMS:
        db_fmt(buf, n, "%s's communications security %+d -> %d", actor, e->a, e->b);
        return 1;
    case EV_OBJECTIVES:
        db_fmt(buf, n, "%s received new instructions from its capital", actor);
        return 1;
    case EV_GAME_END:
        db_fmt(buf, n, "The mandate ends: %s%s",
               e->outcome >= 0 && e->outcome < OUT_COUNT ? outcome_name(e->outcome) : "?",
               e->a ? " (collapse)" : "");
        return 1;
    default:
        return 0; /* covert (in the timeline), charts' bookkeeping, turn marks */
    }
}

void db_notes(struct dbctx *c)
{
    struct debrief *d = c->d;
    for (int k = 0; k < c->nev; k++) {
        const struct event *e = &c->ev[k];
        char text[DB_TEXT];
        if (e->turn < 1 || !note_text(d, e, text, sizeof text))
            continue;
        if (d->nnotes >= DB_MAX_NOTES) {
            d->notes_dropped++;
            continue;
        }
        struct db_note *note = &d->notes[d->nnotes++];
        note->turn = e->turn;
        note->kind = e->kind;
        note->own = !(e->audience & AUDIENCE_PUBLIC);
        db_fmt(note->text, sizeof note->text, "%s", text);
    }
}
