/* debrief_journal.c - the controller's journal of the declassified
 * debrief: every facilitator action and note, and the weeks in which a
 * seat's orders came about otherwise than from its players. Never in a
 * seat's document, nor the public one. */
#include <stdlib.h>
#include <string.h>

#include "../text/factext.h"
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
    const char *seat = a->seat >= 0 && a->seat < d->nseats ? debrief_seat(d, a->seat) : NULL;
    return factext_line(a, inject_title(d, a->inject), seat, buf, n);
}

const char *debrief_flags_line(const struct debrief *d, int t, char *buf, size_t n)
{
    buf[0] = 0;
    if (t < 1 || t > MAX_TURNS)
        return buf;
    /* the facilitator resolved the week at once, or its deadline passed */
    int now = 0;
    for (int k = 0; k < d->njournal; k++)
        now |= d->journal[k].week == t && !d->journal[k].undone &&
               d->journal[k].kind == FAC_RESOLVE_NOW;
    size_t len = 0;
    for (int i = 0; i < d->nseats && len < n; i++) {
        int f = d->flags[t][i];
        if (!f)
            continue;
        db_fmt(buf + len, n - len, "%s%s: %s", len ? "; " : "", debrief_seat(d, i),
               !(f & RF_ORDERS_BY_AI) ? "its draft, submitted unconfirmed"
               : now ? "its AI's orders (nothing given when the facilitator resolved the week)"
                     : "its AI's orders (nothing given in time)");
        len = strlen(buf);
    }
    return buf;
}
