/* rep_changes.c - two parts of the week's report: "What changed for us",
 * every change the week brought to the seat's own numbers (influence,
 * comms security, action points, objectives, the trust it holds and is
 * held in) and to the mission's numbers it can see, each with its causes;
 * and "The sectors this week", every sector's net change with its main
 * causes. Built only from the seat's view: a cause it may not know reads
 * "cause unknown to us". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "seat.h"

#define MAX_WHY 8                /* causes listed for one number */

/* One number over the week: where it started and ended, and what moved
 * it, summed by cause. */
struct tally {
    int seen, start, end;
    int n;
    int delta[MAX_WHY];
    char why[MAX_WHY][200];
};

static void tally_add(struct tally *t, int before, int after, const char *why)
{
    if (!t->seen)
        t->start = before;
    t->seen = 1;
    t->end = after;
    int k = 0;
    while (k < t->n && strcmp(t->why[k], why))
        k++;
    if (k == t->n && t->n == MAX_WHY) {
        k = MAX_WHY - 1;         /* full: the last line gathers the rest */
        snprintf(t->why[k], sizeof t->why[k], "other causes");
    } else if (k == t->n) {
        t->n++;
        t->delta[k] = 0;
        snprintf(t->why[k], sizeof t->why[k], "%s", why);
    }
    t->delta[k] += after - before;
}

/* Adds an event of the (a = change, b = new value) kind. */
static void tally_event(struct cui *u, struct tally *t, const struct event *e)
{
    char why[200];
    evtext_cause(u->v->pub, u->v->seat, u->seen[u->v->seat], e, why, sizeof why);
    tally_add(t, e->b - e->a, e->b, why[0] ? why : "no cause given");
}

/* "Our influence with the host: 15 -> 10", then a line per cause with
 * its share of the change. 1 when the number changed. */
static int tally_lines(struct page *pg, const char *label, const struct tally *t)
{
    if (!t->seen)
        return 0;
    int d = t->end - t->start;
    page_addf(pg, d > 0 ? term_attr(R_GOOD) : d < 0 ? term_attr(R_BAD) : A_NORMAL, 2,
              "%s: %d -> %d", label, t->start, t->end);
    for (int k = 0; k < t->n; k++) {
        if (!t->delta[k] && t->n > 1)
            continue;
        char line[260];
        snprintf(line, sizeof line, "%+4d  %s", t->delta[k], t->why[k]);
        page_add_hang(pg, A_NORMAL, 5, 6, line);
    }
    return 1;
}

/* The events of the reported week. */
static int in_week(const struct event *e, int turn)
{
    return e->turn == turn;
}

static void own_numbers(struct cui *u, struct page *pg, int turn, int *any)
{
    const struct view *v = u->v;
    struct tally infl = { 0 }, comms = { 0 }, ap = { 0 };
    struct tally held[MAX_SEATS], hold[MAX_SEATS];
    memset(held, 0, sizeof held);
    memset(hold, 0, sizeof hold);
    for (int k = 0; k < v->nevents; k++) {
        const struct event *e = &v->events[k];
        if (!in_week(e, turn))
            continue;
        if (e->kind == EV_INFLUENCE && e->actor == v->seat)
            tally_event(u, &infl, e);
        else if (e->kind == EV_COMMS && e->actor == v->seat)
            tally_event(u, &comms, e);
        else if (e->kind == EV_AP && e->actor == v->seat)
            tally_event(u, &ap, e);
        else if (e->kind == EV_TRUST && e->target == v->seat && e->actor >= 0 &&
                 e->actor < v->nseats)
            tally_event(u, &held[e->actor], e);
        else if (e->kind == EV_TRUST && e->actor == v->seat && e->target >= 0 &&
                 e->target < v->nseats)
            tally_event(u, &hold[e->target], e);
    }
    *any |= tally_lines(pg, "Our influence with the host", &infl);
    *any |= tally_lines(pg, "Our communications security", &comms);
    *any |= tally_lines(pg, "Our action points next week", &ap);
    for (int k = 0; k < v->nevents; k++) {
        const struct event *e = &v->events[k];
        if (!in_week(e, turn) || e->kind != EV_OBJECTIVES || e->actor != v->seat)
            continue;
        char why[200];
        evtext_cause(v->pub, v->seat, u->seen[v->seat], e, why, sizeof why);
        page_add(pg, term_attr(R_WARN), 2, "Our secret objectives: new instructions");
        page_add_hang(pg, A_NORMAL, 6, 4, why[0] ? why : "no cause given");
        *any = 1;
    }
    char label[120];
    for (int i = 0; i < v->nseats; i++) {
        snprintf(label, sizeof label, "%s's trust in us", words_seat(v->pub, i));
        *any |= tally_lines(pg, label, &held[i]);
        snprintf(label, sizeof label, "Our trust in %s", words_seat(v->pub, i));
        *any |= tally_lines(pg, label, &hold[i]);
    }
}

static void mission_numbers(struct cui *u, struct page *pg, int turn, int *any)
{
    const struct view *v = u->v;
    struct tally pool = { 0 }, central = { 0 }, security = { 0 };
    for (int k = 0; k < v->nevents; k++) {
        const struct event *e = &v->events[k];
        if (!in_week(e, turn))
            continue;
        char why[200];
        if (e->kind == EV_POOL) {
            tally_event(u, &pool, e);
        } else if (e->kind == EV_NETWORK) {
            evtext_cause(v->pub, v->seat, u->seen[v->seat], e, why, sizeof why);
            if (e->a != e->c)
                tally_add(&central, e->c, e->a, why);
            if (e->b != e->d)
                tally_add(&security, e->d, e->b, why);
        }
    }
    *any |= tally_lines(pg, "Mission intelligence pool", &pool);
    *any |= tally_lines(pg, "Mission database centralisation", &central);
    *any |= tally_lines(pg, "Mission network security", &security);
}

/* --- sectors ------------------------------------------------------------ */

struct part {
    int delta;
    char why[120];
};

static int by_size(const void *a, const void *b)
{
    int x = abs(((const struct part *)a)->delta), y = abs(((const struct part *)b)->delta);
    return (x < y) - (x > y);
}

/* Adds delta for why to the list (summed by cause). */
static void part_add(struct part *p, int *n, int max, int delta, const char *why)
{
    if (!delta)
        return;
    for (int k = 0; k < *n; k++)
        if (!strcmp(p[k].why, why)) {
            p[k].delta += delta;
            return;
        }
    if (*n < max) {
        p[*n].delta = delta;
        snprintf(p[*n].why, sizeof p[*n].why, "%s", why);
        (*n)++;
    }
}

/* "drift and spoilers -9, our Patrol +4, 2 more +3" into buf: the main
 * causes, largest first, and what the listed ones leave unexplained. */
static void parts_text(struct part *p, int n, int net, char *buf, size_t len)
{
    enum { SHOWN = 3 };
    qsort(p, (size_t)n, sizeof *p, by_size);
    size_t k = 0;
    int listed = 0;
    buf[0] = 0;
    for (int i = 0; i < n && i < SHOWN && k < len; i++) {
        int w = snprintf(buf + k, len - k, "%s%s %+d", i ? ", " : "", p[i].why, p[i].delta);
        k += w > 0 ? (size_t)w : 0;
        listed += p[i].delta;
    }
    int rest = net - listed;
    if (rest && k < len)
        snprintf(buf + k, len - k, "%s%s %+d", k ? ", " : "", n > SHOWN ? "other causes" : "unexplained",
                 rest);
}

static void sector_causes(struct cui *u, int turn, int s, const struct event *week,
                          char *buf, size_t len)
{
    const struct view *v = u->v;
    enum { MAXP = 24 };
    struct part st[MAXP], th[MAXP];
    int nst = 0, nth = 0;
    for (int k = 0; k < v->nevents; k++) {
        const struct event *e = &v->events[k];
        if (!in_week(e, turn) || e->sector != s)
            continue;
        char why[160];
        switch (e->kind) {
        case EV_MANDATE_OP:
            evtext_order_of(v->pub, v->seat, e->actor, e->order, why, sizeof why);
            part_add(st, &nst, MAXP, e->a, why);
            part_add(th, &nth, MAXP, e->b, why);
            break;
        case EV_STABILITY:
            evtext_cause(v->pub, v->seat, u->seen[v->seat], e, why, sizeof why);
            part_add(st, &nst, MAXP, e->a, why);
            break;
        case EV_THREAT:
            evtext_cause(v->pub, v->seat, u->seen[v->seat], e, why, sizeof why);
            part_add(th, &nth, MAXP, e->a, why);
            break;
        case EV_LEAK:
            part_add(th, &nth, MAXP, e->a, "a leak to the spoilers");
            break;
        default:
            break;
        }
    }
    char a[300] = "", b[300] = "";
    if (week->b != week->a)
        parts_text(st, nst, week->b - week->a, a, sizeof a);
    if (week->d != week->c)
        parts_text(th, nth, week->d - week->c, b, sizeof b);
    snprintf(buf, len, "%s%s%s%s%s", a[0] ? "stability: " : "", a, a[0] && b[0] ? "; " : "",
             b[0] ? "threat: " : "", b);
}

void report_sectors(struct cui *u, struct page *pg, int turn)
{
    const struct view *v = u->v;
    page_add(pg, term_attr(R_HEADING), 0, "The sectors this week");
    int any = 0;
    for (int k = 0; k < v->nevents; k++) {
        const struct event *e = &v->events[k];
        if (!in_week(e, turn) || e->kind != EV_SECTOR_WEEK || e->sector < 0 ||
            e->sector >= v->nsectors)
            continue;
        int d = e->b - e->a;
        const struct view_sector *sc = &v->sectors[e->sector];
        page_addf(pg, d > 0 ? term_attr(R_GOOD) : d < 0 ? term_attr(R_BAD) : A_NORMAL, 2,
                  "%-16.16s stability %3d -> %3d (%+d)  threat %d -> %d%s", v->pub->sectors[e->sector].name, e->a, e->b,
                  d, e->c, e->d, sc->deployed & (1u << v->seat) ? "  (we are here)" : "");
        char why[700];
        sector_causes(u, turn, e->sector, e, why, sizeof why);
        if (why[0])
            page_add_hang(pg, term_attr(R_DIM), 5, 2, why);
        any = 1;
    }
    if (!any)
        page_add(pg, term_attr(R_DIM), 2, "No sector figures this week.");
}

void report_changes(struct cui *u, struct page *pg, int turn)
{
    page_add(pg, term_attr(R_HEADING), 0, "What changed for us");
    int any = 0;
    own_numbers(u, pg, turn, &any);
    mission_numbers(u, pg, turn, &any);
    if (!any)
        page_add(pg, term_attr(R_DIM), 2, "None of our numbers changed this week.");
}

