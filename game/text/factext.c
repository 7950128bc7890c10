/* factext.c - the facilitator's actions in words (factext.h). */
#include "factext.h"

#include <stdio.h>
#include <string.h>

#include "../core/record.h"

const char *factext_line(const struct fac_action *a, const char *inject, const char *seat,
                         char *buf, size_t n)
{
    const char *in = inject ? inject : "?";
    const char *who = seat ? seat : "every contingent";
    if (!n)
        return buf;
    switch (a->kind) {
    case FAC_FIRE: snprintf(buf, n, "Fired the inject \"%s\"", in); break;
    case FAC_HOLD: snprintf(buf, n, "Held the inject \"%s\"", in); break;
    case FAC_RELEASE: snprintf(buf, n, "Released the inject \"%s\"", in); break;
    case FAC_CONTINGENCY:
        snprintf(buf, n, "Contingency message to %s: \"%s\" - %s", who, a->title, a->text);
        break;
    case FAC_SEAT:
        snprintf(buf, n, "%s played by %s from now on", who,
                 a->human ? "its players" : "its AI");
        break;
    case FAC_PAUSE: snprintf(buf, n, "Paused the exercise"); break;
    case FAC_RESUME: snprintf(buf, n, "Resumed the exercise"); break;
    case FAC_DEADLINE:
        if (a->relative)
            snprintf(buf, n, "Deadline %+d s", (int)a->amount);
        else if (a->amount > 0)
            snprintf(buf, n, "Deadline set to %d s a week", (int)a->amount);
        else
            snprintf(buf, n, "Deadline removed");
        break;
    case FAC_RESOLVE_NOW: snprintf(buf, n, "Resolved the week at once"); break;
    case FAC_KICK: snprintf(buf, n, "Closed %s's connection", who); break;
    case FAC_REVEAL: snprintf(buf, n, "Revealed on the board: %s", a->text); break;
    case FAC_NOTE: snprintf(buf, n, "Note: %s", a->text); break;
    case FAC_REWIND: snprintf(buf, n, "Rewound: %s", a->text); break;
    case FAC_SHOW:
        if (a->amount > 0)
            snprintf(buf, n, "Hot wash: page %d on the board", (int)a->amount);
        else
            snprintf(buf, n, "Hot wash: the board's page cleared");
        break;
    default: {
        const char *name = fac_kind_name(a->kind);
        snprintf(buf, n, "%s", name ? name : "?");
        break;
    }
    }
    size_t len = strlen(buf);
    if (a->undone && len + 1 < n)
        snprintf(buf + len, n - len, " (undone by a rewind)");
    return buf;
}
