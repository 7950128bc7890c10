/* coach_ui.c - the coach of a coached scenario on the seat's pages: this
 * week's idea, what to try and the orders it opens (on the brief), and
 * whether last week's try was tried and what it did (on the report and
 * the brief). Its words come from the scenario (the public book); c
 * skips it, and brings it back, for the seat on screen. */
#include <stdio.h>
#include <string.h>

#include "seat.h"

int coach_shown(const struct cui *u)
{
    const struct view *v = u->v;
    return v->pub->coach.nweeks > 0 && v->seat >= 0 && !(u->coach_off & (1u << v->seat));
}

/* "Observe, Intercept": the names of the order kinds in mask. */
static void kind_names(const struct view *v, uint32_t mask, const char *last, char *buf,
                       size_t n)
{
    int total = 0, k2 = 0;
    for (int k = 0; k < ORD_COUNT; k++)
        total += (mask >> k) & 1;
    buf[0] = 0;
    for (int k = 0; k < ORD_COUNT; k++) {
        if (!(mask & (1u << k)))
            continue;
        size_t len = strlen(buf);
        snprintf(buf + len, n - len, "%s%s", k2 == 0 ? "" : k2 == total - 1 ? last : ", ",
                 v->pub->cat.orders[k].name);
        k2++;
    }
}

/* Did the seat try week turn's idea: the order kinds of the week's tries
 * its view shows it gave that week. */
static uint32_t tried_in(const struct view *v, int turn)
{
    const struct coach_week *w = coach_week_of(&v->pub->coach, turn);
    uint32_t got = 0;
    for (int k = 0; w && k < v->nevents; k++) {
        int o = v->events[k].turn == turn ? coach_event_order(&v->events[k], v->seat) : -1;
        if (o >= 0 && (w->tries & (1u << o)))
            got |= 1u << o;
    }
    return got;
}

void coach_check(struct cui *u, struct page *pg, int turn)
{
    const struct view *v = u->v;
    const struct coach_week *w = coach_week_of(&v->pub->coach, turn);
    if (!w || turn < 1 || turn > v->pub->coach.nweeks || !coach_shown(u))
        return;
    char names[400];
    uint32_t got = tried_in(v, turn);
    page_addf(pg, term_attr(R_HEADING), 0, "The coach on week %d: %s", turn, w->idea);
    if (!got) {
        kind_names(v, w->tries, " or ", names, sizeof names);
        page_bullet(pg, term_attr(R_WARN), 2, G_CROSS, "You did not try %s.", names);
        page_addf(pg, term_attr(R_DIM), 4, "It was: %s", w->try_text);
        page_blank(pg);
        return;
    }
    kind_names(v, got, " and ", names, sizeof names);
    page_bullet(pg, term_attr(R_GOOD), 2, G_CHECK, "You tried %s: here is what it did.", names);
    int shown = 0;
    for (int k = 0; k < v->nevents && shown < 6; k++) {
        const struct event *e = &v->events[k];
        int o = e->turn == turn ? coach_event_order(e, v->seat) : -1;
        if (o < 0 || !(got & (1u << o)))
            continue;
        char buf[300];
        if (e->kind == EV_COVERT) {
            evtext_covert_what(v->pub, v->seat, e, buf, sizeof buf);
            page_bullet(pg, e->outcome ? term_attr(R_GOOD) : term_attr(R_BAD), 4, G_SECRET,
                        "%s: %s (its rolls are in the report).", buf,
                        e->outcome ? "it worked" : "it failed");
        } else {
            int tone = evtext_seat(v->pub, v->seat, u->seen[v->seat], e, buf, sizeof buf);
            if (tone == EVT_SKIP)
                continue;
            page_bullet(pg, ui_tone_attr(tone), 4, G_BULLET, "%s", buf);
        }
        shown++;
    }
    page_blank(pg);
}

void coach_brief(struct cui *u, struct page *pg)
{
    const struct view *v = u->v;
    const struct coach *c = &v->pub->coach;
    if (c->nweeks <= 0 || v->seat < 0)
        return;
    if (!coach_shown(u)) {
        page_add(pg, term_attr(R_DIM), 0, "The coach is skipped: c brings it back.");
        page_blank(pg);
        return;
    }
    if (v->turn > 1)
        coach_check(u, pg, v->turn - 1);
    if (v->turn > c->nweeks)
        return;
    const struct coach_week *w = &c->weeks[v->turn - 1];
    page_addf(pg, term_attr(R_TITLE), 0, "The coach, week %d of %d: %s", v->turn, c->nweeks,
              w->idea);
    page_add(pg, A_NORMAL, 2, w->text);
    page_addf(pg, term_attr(R_GOOD) | A_BOLD, 2, "%s Try this week: %s", term_glyph(G_ARROW),
              w->try_text);
    char names[600];
    kind_names(v, w->opens, " and ", names, sizeof names);
    if (names[0])
        page_addf(pg, A_NORMAL, 2, "Open from this week: %s.", names);
    uint32_t later = 0;
    for (int k = 0; k < ORD_COUNT; k++)
        if (!coach_is_open(c, k, v->turn))
            later |= 1u << k;
    if (later)
        page_addf(pg, term_attr(R_DIM), 2, "The other orders open as the coach teaches them.");
    page_add(pg, term_attr(R_DIM), 2, "c: skip the coach (its orders stay as they open).");
    page_blank(pg);
}

int coach_key(struct cui *u, const struct input *in)
{
    const struct view *v = u->v;
    if (in->key != K_CHAR || (in->ch != 'c' && in->ch != 'C') || v->pub->coach.nweeks <= 0 ||
        v->seat < 0)
        return 0;
    u->coach_off ^= 1u << v->seat;
    if (u->coach_off & (1u << v->seat))
        ui_status(u, R_GOOD, "Coach skipped for %s: c on the brief or the report brings it "
                  "back.", v->pub->seats[v->seat].name);
    else
        ui_status(u, R_GOOD, "The coach is back for %s.", v->pub->seats[v->seat].name);
    return 1;
}
