/* debrief_journal.c - the controller's journal of the declassified
 * debrief: every facilitator action and note, and the weeks in which a
 * seat's orders came about otherwise than from its players. Never in a
 * seat's document, nor the public one. */
#include <stdlib.h>
#include <string.h>

#include "debrief_int.h"

int db_journal(struct debrief *d, const struct session *s)
{
    const struct record *r = &s->rec;
    for (int t = 0; t < r->nturns && t < MAX_TURNS; t++)
        memcpy(d->flags[t + 1], r->turns[t].flags, sizeof d->flags[t + 1]);
    if (!r->njournal)
        return 1;
    d->journal = malloc(sizeof *d->journal * (size_t)r->njournal);
    if (!d->journal)
        return 0;
    memcpy(d->journal, r->journal, sizeof *d->journal * (size_t)r->njournal);
    d->njournal = r->njournal;
    return 1;
}

int debrief_flagged(const struct debrief *d, int t)
{
    int f = 0;
    for (int i = 0; t >= 1 && t <= MAX_TURNS && i < d->nseats; i++)
        f |= d->flags[t][i];
    return f != 0;
}

int debrief_has_journal(const struct debrief *d)
{
    int f = d->njournal > 0;
    for (int t = 1; t <= d->turns; t++)
        f |= debrief_flagged(d, t);
    return f;
}

static const char *inject_title(const struct debrief *d, int k)
{
    return k >= 0 && k < d->sc->ninjects ? d->sc->injects[k].title : "?";
}

const char *debrief_journal_line(const struct debrief *d, const struct fac_action *a, char *buf,
                                 size_t n)
{
    const char *seat = a->seat >= 0 && a->seat < d->nseats ? debrief_seat(d, a->seat) : "every "
                                                                                       "contingent";
    switch (a->kind) {
    case FAC_FIRE: db_fmt(buf, n, "Fired the inject \"%s\"", inject_title(d, a->inject)); break;
    case FAC_HOLD: db_fmt(buf, n, "Held the inject \"%s\"", inject_title(d, a->inject)); break;
    case FAC_RELEASE:
        db_fmt(buf, n, "Released the inject \"%s\"", inject_title(d, a->inject));
        break;
    case FAC_CONTINGENCY:
        db_fmt(buf, n, "Contingency message to %s: \"%s\" - %s", seat, a->title, a->text);
        break;
    case FAC_SEAT:
        db_fmt(buf, n, "%s played by %s from now on", seat, a->human ? "its players" : "its AI");
        break;
    case FAC_PAUSE: db_fmt(buf, n, "Paused the exercise"); break;
    case FAC_RESUME: db_fmt(buf, n, "Resumed the exercise"); break;
    case FAC_DEADLINE:
        if (a->relative)
            db_fmt(buf, n, "Deadline %+d s", a->amount);
        else if (a->amount > 0)
            db_fmt(buf, n, "Deadline set to %d s a week", a->amount);
        else
            db_fmt(buf, n, "Deadline removed");
        break;
    case FAC_RESOLVE_NOW: db_fmt(buf, n, "Resolved the week at once"); break;
    case FAC_KICK: db_fmt(buf, n, "Closed %s's connection", seat); break;
    case FAC_REVEAL: db_fmt(buf, n, "Revealed on the board: %s", a->text); break;
    case FAC_NOTE: db_fmt(buf, n, "Note: %s", a->text); break;
    case FAC_REWIND: db_fmt(buf, n, "Rewound: %s", a->text); break;
    case FAC_SHOW:
        if (a->amount > 0)
            db_fmt(buf, n, "Hot wash: page %d on the board", a->amount);
        else
            db_fmt(buf, n, "Hot wash: the board's page cleared");
        break;
    default: db_fmt(buf, n, "?"); break;
    }
    if (a->undone && n > strlen(buf))
        db_fmt(buf + strlen(buf), n - strlen(buf), " (undone by a rewind)");
    return buf;
}

const char *debrief_flags_line(const struct debrief *d, int t, char *buf, size_t n)
{
    buf[0] = 0;
    if (t < 1 || t > MAX_TURNS)
        return buf;
    size_t len = 0;
    for (int i = 0; i < d->nseats && len < n; i++) {
        int f = d->flags[t][i];
        if (!f)
            continue;
        db_fmt(buf + len, n - len, "%s%s: %s", len ? "; " : "", debrief_seat(d, i),
               f & RF_ORDERS_BY_AI ? "its AI's orders (nothing given in time)"
                                   : "its draft, submitted unconfirmed");
        len = strlen(buf);
    }
    return buf;
}
