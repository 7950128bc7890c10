/* scr_pages.c - the full-screen pages: last week's report, this week's
 * brief, the hot-seat curtain, the result and the debrief. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../core/lesson.h"
#include "../../core/score.h"
#include "../../data/data.h"
#include "../../data/report_data.h"
#include "../../report/debrief_host.h"
#include "../../session/fac_link.h"
#include "../debrief/pages.h"
#include "seat.h"

/* The turn whose resolution the view reports, or 0. */
static int reported_turn(const struct view *v)
{
    return v->phase == PHASE_ENDED ? v->turn : v->turn - 1;
}

int report_has(const struct view *v)
{
    int t = reported_turn(v);
    for (int k = 0; k < v->nevents; k++)
        if (v->events[k].turn == t && t > 0)
            return 1;
    return 0;
}

static attr_t stab_role_attr(const struct cui *u, int s)
{
    return s >= u->v->pub->success_avg ? term_attr(R_GOOD)
           : s >= u->v->pub->partial_avg ? term_attr(R_WARN)
                                     : term_attr(R_BAD);
}

/* A page screen: a title bar, the page, hints. */
struct pagescreen {
    const char *phase;
    const char *const *hints;
    void (*build)(struct cui *u, void *arg, struct page *pg);
    void *arg;
    int *top;
    int sel;                     /* selected item, or -1 */
    struct rect body;
    int follow;                  /* 1: scroll to show sel (it just moved) */
};

static void pagescreen_draw(struct cui *u, void *arg)
{
    struct pagescreen *ps = arg;
    ui_header(u, ps->phase, -1);
    int w = COLS - 4 > 100 ? 100 : COLS - 4;
    struct rect r = { 1, (COLS - w) / 2, LINES - 2, w };
    page_reset(&u->page, w - 1);
    ps->build(u, ps->arg, &u->page);
    ps->body = r;
    if (ps->sel >= 0 && ps->follow)
        *ps->top = page_scroll_to(&u->page, *ps->top, r.h, ps->sel);
    ps->follow = 0;
    *ps->top = page_clamp(&u->page, *ps->top, r.h);
    page_draw(&u->page, r, *ps->top, ps->sel, HIT_ITEM);
    ui_footer(u, ps->hints);
}

/* Scrolling keys common to pages; 1 when handled. */
static int page_scroll_key(struct cui *u, struct pagescreen *ps, const struct input *in)
{
    int h = ps->body.h > 2 ? ps->body.h - 1 : 1;
    (void)u;
    switch (in->key) {
    case K_UP: case K_WHEEL_UP: (*ps->top)--; break;
    case K_DOWN: case K_WHEEL_DOWN: (*ps->top)++; break;
    case K_PGUP: *ps->top -= h; break;
    case K_PGDN: *ps->top += h; break;
    case K_HOME: *ps->top = 0; break;
    case K_END: *ps->top = 1 << 20; break;
    case K_CHAR:
        if (in->ch != ' ')
            return 0;
        *ps->top += h;
        break;
    default: return 0;
    }
    if (*ps->top < 0)
        *ps->top = 0;
    return 1;
}

/* --- the report ------------------------------------------------------ */

static int is_brief_event(const struct event *e)
{
    return e->kind == EV_TURN_BEGIN || e->kind == EV_INJECT;
}

/* 1 for an event the "What changed for us" and sector sections show. */
static int in_changes(const struct view *v, const struct event *e)
{
    switch (e->kind) {
    case EV_INFLUENCE: case EV_COMMS: case EV_AP: case EV_OBJECTIVES:
        return e->actor == v->seat;
    case EV_TRUST:
        return e->actor == v->seat || e->target == v->seat;
    case EV_POOL: case EV_NETWORK: case EV_STABILITY: case EV_THREAT: case EV_SECTOR_WEEK:
        return 1;
    default:
        return 0;
    }
}

static void report_build(struct cui *u, void *arg, struct page *pg)
{
    const struct view *v = u->v;
    (void)arg;
    int t = reported_turn(v);
    page_addf(pg, term_attr(R_TITLE), 0, "Report on week %d of %d", t, v->turns);
    page_addf(pg, term_attr(R_DIM), 0, "What %s learnt of the week's resolution. Secret lines "
              "(%s) are ours alone.", v->pub->seats[v->seat].name, term_glyph(G_SECRET));
    page_blank(pg);
    coach_check(u, pg, t);
    for (int k = 0; k < v->nevents; k++)
        if (v->events[k].kind == EV_MANDATE && v->events[k].turn == t)
            page_addf(pg, stab_role_attr(u, v->events[k].a), 0,
                      "The mandate: average stability %d (success %d, partial %d); lowest "
                      "sector %d.", v->events[k].a, u->v->pub->success_avg, u->v->pub->partial_avg,
                      v->events[k].b);
    page_blank(pg);
    page_add(pg, term_attr(R_HEADING), 0, "Our covert operations: the rolls against the odds");
    int any = 0;
    for (int k = 0; k < v->nevents; k++) {
        const struct event *e = &v->events[k];
        if (e->kind != EV_COVERT || e->turn != t || e->actor != v->seat)
            continue;
        char what[160], odds[120], seen[160];
        evtext_covert_what(v->pub, v->seat, e, what, sizeof what);
        evtext_covert_rolls(v->pub, v->seat, e, odds, sizeof odds, seen, sizeof seen);
        page_bullet(pg, A_BOLD, 2, G_SECRET, "%s", what);
        page_addf(pg, e->outcome ? term_attr(R_GOOD) : term_attr(R_BAD), 6, "%s", odds);
        page_addf(pg, e->blamed == -2 ? term_attr(R_GOOD) : term_attr(R_BAD), 6, "%s", seen);
        any = 1;
    }
    if (!any)
        page_add(pg, term_attr(R_DIM), 2, "None this week.");
    page_blank(pg);
    report_changes(u, pg, t);
    page_blank(pg);
    page_add(pg, term_attr(R_HEADING), 0, "Our private reports");
    any = 0;
    for (int k = 0; k < v->nevents; k++) {
        const struct event *e = &v->events[k];
        if (e->turn != t || (e->audience & AUDIENCE_PUBLIC) || e->kind == EV_COVERT ||
            is_brief_event(e) || in_changes(v, e))
            continue;
        char buf[300];
        int tone = evtext_seat(v->pub, v->seat, u->seen[v->seat], e, buf, sizeof buf);
        if (tone == EVT_SKIP)
            continue;
        page_bullet(pg, ui_tone_attr(tone), 2, G_SECRET, "%s", buf);
        any = 1;
    }
    if (!any)
        page_add(pg, term_attr(R_DIM), 2, "Nothing to report.");
    page_blank(pg);
    report_sectors(u, pg, t);
    page_blank(pg);
    page_add(pg, term_attr(R_HEADING), 0, "The public bulletin");
    /* the grave news first, then the rest in the order it happened */
    for (int pass = 0; pass < 2; pass++)
        for (int k = 0; k < v->nevents; k++) {
            const struct event *e = &v->events[k];
            if (e->turn != t || !(e->audience & AUDIENCE_PUBLIC) || is_brief_event(e) ||
                e->kind == EV_MANDATE || in_changes(v, e))
                continue;
            char buf[300];
            int tone = evtext_seat(v->pub, v->seat, u->seen[v->seat], e, buf, sizeof buf);
            if (tone == EVT_SKIP || (tone == EVT_ALERT) != (pass == 0))
                continue;
            page_bullet(pg, ui_tone_attr(tone), 2, G_BULLET, "%s", buf);
        }
    if (v->events_dropped)
        page_addf(pg, term_attr(R_DIM), 2, "(%d more event%s not shown)", v->events_dropped,
                  words_s(v->events_dropped));
}

/* q on the last report: closes the finished game before its result and
 * debrief, saying where they stay. 1 closed (u->closed), 0 no, -1 quit. */
static int ask_close_early(struct cui *u, struct pagescreen *ps)
{
    int r = debrief_ask_close(u, pagescreen_draw, ps, ui_file(u), 1);
    if (r > 0)
        u->closed = 1;
    return r;
}

int screen_report(struct cui *u, struct turnui *t, int final)
{
    static const char *const hints[] = { "Enter", "to the brief", "Up/Down", "scroll", "S", "save",
                                         "?", "help", "q", "quit", NULL, NULL };
    static const char *const fhints[] = { "Enter", "to the result", "Up/Down", "scroll", "?",
                                          "help", "q", "close", NULL, NULL };
    struct pagescreen ps = { "Report", final ? fhints : hints, report_build, NULL,
                             &t->report_top, -1, { 0, 0, 0, 0 }, 0 };
    struct input in;
    for (;;) {
        int k = ui_step(u, pagescreen_draw, &ps, &in);
        if (k == K_SIGNAL || k == K_EOF || k == K_QUIT)
            return SR_QUIT;
        if (page_scroll_key(u, &ps, &in))
            continue;
        if (k == K_ENTER || k == K_ESC || k == K_CLICK)
            return SR_NEXT;
        if (k == K_HELP && ui_help(u, pagescreen_draw, &ps) < 0)
            return SR_QUIT;
        if (k != K_CHAR)
            continue;
        if (final) {
            int r = in.ch == 'q' || in.ch == 'Q' ? ask_close_early(u, &ps) : 0;
            if (r < 0)
                return SR_QUIT;
            if (r > 0)
                return SR_DONE;
            continue;
        }
        if (coach_key(u, &in)) {
            *ps.top = 0;
            continue;
        }
        if (in.ch == 'S' || in.ch == 's')
            ui_save(u, pagescreen_draw, &ps);
        else if ((in.ch == 'q' || in.ch == 'Q') && ui_ask_quit(u, pagescreen_draw, &ps))
            return SR_QUIT;
        else if (in.ch == 'o' || in.ch == 'b')
            return SR_NEXT;
    }
}

/* --- the brief --------------------------------------------------------- */

#define ITEM_CONTINUE 999

static int answer_of(const struct turnui *t, int inject)
{
    for (int i = 0; i < t->n; i++)
        if (t->draft[i].kind == ORD_RESPOND && t->draft[i].inject == inject)
            return t->draft[i].level;
    return -1;
}

struct brief {
    struct turnui *t;
    int items[MAX_INJECTS * MAX_CHOICES + 1];
    int nitems;
};

static void brief_build(struct cui *u, void *arg, struct page *pg)
{
    struct brief *b = arg;
    const struct view *v = u->v;
    b->nitems = 0;
    page_addf(pg, term_attr(R_TITLE), 0, "Week %d of %d: the brief for %s", v->turn, v->turns,
              v->pub->seats[v->seat].name);
    page_blank(pg);
    coach_brief(u, pg);
    if (v->turn == 1 && v->pub->summary[0]) {
        page_add(pg, term_attr(R_HEADING), 0, "The situation");
        page_add(pg, A_NORMAL, 2, v->pub->summary);
        page_blank(pg);
        page_addf(pg, term_attr(R_HEADING), 0, "Our contingent: %s", v->pub->seats[v->seat].name);
        page_add(pg, A_NORMAL, 2, v->pub->seats[v->seat].profile);
        page_blank(pg);
    }
    page_add(pg, term_attr(R_HEADING), 0, "This week's injects");
    if (!v->ninjects)
        page_add(pg, term_attr(R_DIM), 2, "None: a quiet week.");
    if (!v->ninjects)
        page_blank(pg);
    for (int i = 0; i < v->ninjects; i++) {
        const struct view_inject *in = &v->injects[i];
        page_bullet(pg, A_BOLD, 2, G_ARROW, "%s%s", in->title,
                  in->audience >= 0 ? "  (for us alone)" : "");
        page_add(pg, A_NORMAL, 4, in->text);
        if (in->nchoices > 0 && in->audience == v->seat) {
            int ans = answer_of(b->t, v->injects[i].index);
            page_addf(pg, term_attr(R_KEY), 4, "Our answer (free; without one the first "
                      "applies):");
            for (int c = 0; c < in->nchoices; c++) {
                int id = i * MAX_CHOICES + c;
                page_item(pg, id);
                b->items[b->nitems++] = id;
                page_bullet(pg, c == ans ? term_attr(R_GOOD) | A_BOLD : A_NORMAL, 6,
                            c == ans ? G_SEL : G_UNSEL, "%s", in->choices[c].label);
                page_item(pg, -1);
            }
        }
        page_blank(pg);
    }
    page_add(pg, term_attr(R_HEADING), 0, "Our secret objectives");
    for (int k = 0; k < v->nobjectives; k++)
        page_bullet(pg, v->objectives[k].done ? term_attr(R_GOOD) : A_NORMAL, 2,
                    v->objectives[k].done ? G_CHECK : G_CROSS, "%s (%d point%s)",
                    v->objectives[k].text, v->objectives[k].points,
                    words_s(v->objectives[k].points));
    if (!v->nobjectives)
        page_add(pg, term_attr(R_DIM), 2, "none");
    page_blank(pg);
    page_addf(pg, A_NORMAL, 0, "We have %d action point%s this week. Comms security %d, "
              "influence with the host %d.", v->me.ap, words_s(v->me.ap), v->me.comms,
              v->me.influence);
    page_blank(pg);
    page_item(pg, ITEM_CONTINUE);
    b->items[b->nitems++] = ITEM_CONTINUE;
    page_addf(pg, term_attr(R_KEY), 2, "%s Continue to our orders", term_glyph(G_ARROW));
    page_item(pg, -1);
}

/* Puts the answer behind a brief item into the draft: only an inject of
 * this week addressed to this seat, with that choice, gets an answer
 * (anything else - no item selected, the Continue line - adds nothing).
 * 1 when the draft holds the answer, 0 when item is no answer, -1 when
 * the draft has no room for one. */
static int set_answer(struct turnui *t, const struct view *v, int item)
{
    if (item < 0 || item == ITEM_CONTINUE)
        return 0;
    int i = item / MAX_CHOICES, c = item % MAX_CHOICES;
    if (i >= v->ninjects)
        return 0;
    const struct view_inject *def = &v->injects[i];
    if (def->audience != v->seat || c >= def->nchoices)
        return 0;
    int inject = v->injects[i].index;
    for (int k = 0; k < t->n; k++)
        if (t->draft[k].kind == ORD_RESPOND && t->draft[k].inject == inject) {
            t->draft[k].level = (int8_t)c;
            return 1;
        }
    if (t->n >= MAX_ORDERS)
        return -1;
    struct order o = order_make(ORD_RESPOND, v->seat, v->turn);
    o.sector = o.target = -1;
    o.inject = (int8_t)inject;
    o.level = (int8_t)c;
    t->draft[t->n++] = o;
    return 1;
}

int screen_brief(struct cui *u, struct turnui *t)
{
    static const char *const hints[] = { "Up/Down", "choose", "Enter", "answer / continue", "r",
                                         "report", "S", "save", "?", "help", "q", "quit", NULL,
                                         NULL };
    struct brief b = { t, { 0 }, 0 };
    struct pagescreen ps = { "Brief", hints, brief_build, &b, &t->brief_top, t->brief_sel,
                             { 0, 0, 0, 0 }, 0 };
    if (ps.sel <= 0)
        ps.sel = ITEM_CONTINUE;
    /* start on the first unanswered question */
    const struct view *v = u->v;
    for (int i = 0; i < v->ninjects; i++) {
        const struct view_inject *in = &v->injects[i];
        if (in->nchoices > 0 && in->audience == v->seat &&
            answer_of(t, v->injects[i].index) < 0) {
            ps.sel = i * MAX_CHOICES;
            break;
        }
    }
    struct input in;
    for (;;) {
        int k = ui_step(u, pagescreen_draw, &ps, &in);
        ps.follow = 1;
        int pos = 0;
        while (pos < b.nitems && b.items[pos] != ps.sel)
            pos++;
        switch (k) {
        case K_SIGNAL: case K_EOF: case K_QUIT: return SR_QUIT;
        case K_UP: case K_WHEEL_UP:
            if (pos > 0)
                ps.sel = b.items[pos - 1];
            else
                t->brief_top--;
            break;
        case K_DOWN: case K_WHEEL_DOWN:
            if (pos + 1 < b.nitems)
                ps.sel = b.items[pos + 1];
            break;
        case K_CLICK:
            if (in.hit != HIT_ITEM)
                break;
            if (ps.sel != in.arg) {
                ps.sel = in.arg;
                break;
            }
            /* fall through */
        case K_ENTER:
            /* an answer not on screen (a long brief opens at its top) is
             * not given blind: the question comes into view first */
            if (ps.sel >= 0 && ps.sel != ITEM_CONTINUE &&
                page_scroll_to(&u->page, *ps.top, ps.body.h, ps.sel) != *ps.top) {
                ps.follow = 1;
                ui_status(u, R_WARN, "A question for us: Up/Down choose an answer, Enter "
                          "gives it.");
                break;
            }
            /* Enter on anything but an answer (the Continue line, or
             * while reading with nothing selected) goes on to the orders */
            switch (set_answer(t, u->v, ps.sel)) {
            case 0:
                t->brief_sel = ITEM_CONTINUE;
                return SR_NEXT;
            case -1:
                ui_status(u, R_BAD, "No room for an answer: at most %d orders a week. "
                          "Withdraw one first.", MAX_ORDERS);
                continue;
            default: break;
            }
            ui_draft(u, t);
            if (pos + 1 < b.nitems) {
                /* on to the next question */
                int next = pos + 1;
                while (next < b.nitems && b.items[next] != ITEM_CONTINUE &&
                       b.items[next] / MAX_CHOICES == ps.sel / MAX_CHOICES)
                    next++;
                ps.sel = b.items[next < b.nitems ? next : b.nitems - 1];
            }
            break;
        case K_ESC:
            t->brief_sel = ps.sel;
            return SR_NEXT;
        case K_HELP:
            if (ui_help(u, pagescreen_draw, &ps) < 0)
                return SR_QUIT;
            break;
        default:
            if (page_scroll_key(u, &ps, &in)) {
                ps.sel = -1;     /* free scrolling */
                break;
            }
            if (k != K_CHAR)
                break;
            if (coach_key(u, &in)) {
                t->brief_top = 0;    /* the coach's place, or the line that replaces it */
                ps.follow = 0;
                break;
            }
            if (in.ch == 'S' || in.ch == 's')
                ui_save(u, pagescreen_draw, &ps);
            else if ((in.ch == 'q' || in.ch == 'Q') && ui_ask_quit(u, pagescreen_draw, &ps))
                return SR_QUIT;
            else if (in.ch == 'o')
                return SR_NEXT;
            else if (in.ch == 'r' && report_has(u->v))
                return SR_REPORT;
            break;
        }
        if (ps.sel < 0 && (k == K_UP || k == K_DOWN))
            ps.sel = ITEM_CONTINUE;
    }
}

/* --- the curtain ------------------------------------------------------- */

struct curtain {
    const char *name;            /* who takes the keyboard: its team, with
                                    the contingent in brackets when named */
    const char *colour;
    int fac;                     /* 1: to the facilitator */
};

static void curtain_draw(struct cui *u, void *arg)
{
    struct curtain *c = arg;
    (void)u;
    int y = LINES / 2 - 3;
    char line[160];
    d_text(0, 1, COLS - 2, term_attr(R_DIM), "MANDATE  hand-over");
    d_centre(y, 0, COLS, term_attr(R_TITLE), "M A N D A T E");
    if (c->name) {
        snprintf(line, sizeof line, "Pass the keyboard to %s.", c->name);
        d_centre(y + 2, 0, COLS, term_colour_attr(c->colour), line);
        d_centre(y + 4, 0, COLS, A_NORMAL, "Press Enter when ready.");
        d_centre(y + 6, 0, COLS, term_attr(R_DIM),
                 c->fac ? "Everyone else: look away: the facilitator's console shows every "
                          "secret."
                        : "Everyone else: look away while this team gives its orders.");
    } else {
        d_centre(y + 2, 0, COLS, A_BOLD, "The mandate is over. Gather everyone.");
        d_centre(y + 4, 0, COLS, A_NORMAL, "Press Enter when ready.");
        d_centre(y + 6, 0, COLS, term_attr(R_DIM),
                 "The result and the debrief declassify every secret of the game.");
    }
    term_hit(0, 0, LINES, COLS, HIT_BUTTON, 0);
    static const char *const hints[] = { "Enter", "ready", "q", "quit", NULL, NULL };
    d_hints(LINES - 1, 1, COLS - 2, hints);
}

int screen_curtain(struct cui *u, int seat)
{
    /* nothing of the previous seat: no status line, every cell repainted */
    u->status[0] = 0;
    u->curtain = 1;
    const struct view *v = u->v;       /* the seat's: only its public name is read */
    struct curtain c = { NULL, NULL, 0 };
    if (seat == CURTAIN_FACILITATOR) {
        c.name = "the facilitator";
        c.colour = "";
        c.fac = 1;
    } else if (seat >= 0 && seat < v->nseats && v->pub) {
        c.name = v->pub->seats[seat].name;
        c.colour = v->pub->seats[seat].colour;
    }
    char named[2 * NAME_LEN + 4];
    struct link_status *st = seat >= 0 && c.name ? malloc(sizeof *st) : NULL;
    if (st) {
        u->link->status(u->link->ctx, st);
        if (seat < st->nseats && st->team[seat][0]) {
            snprintf(named, sizeof named, "%s (%s)", st->team[seat], c.name);
            c.name = named;
        }
        free(st);
    }
    struct input in;
    for (;;) {
        int k = ui_step(u, curtain_draw, &c, &in);
        if (k == K_SIGNAL || k == K_EOF || k == K_QUIT)
            return SR_QUIT;
        if (k == K_ENTER || k == K_CLICK)
            return SR_NEXT;
        if (k == K_CHAR && (in.ch == 'q' || in.ch == 'Q') && ui_ask_quit(u, curtain_draw, &c))
            return SR_QUIT;
    }
}

/* --- the result and the debrief ---------------------------------------- */

/* What the result page is drawn from: the facilitator's view (every
 * secret is out) and the debrief model (who played; may be NULL). */
struct result {
    const struct fview *f;
    const struct debrief *d;
};

static void result_build(struct cui *u, void *arg, struct page *pg)
{
    const struct result *res = arg;
    const struct fview *f = res->f;
    const struct view *v = &f->pub_part;
    static const char *const outcome[] = { "-", "SUCCESS", "PARTIAL SUCCESS", "FAILURE" };
    attr_t oa = v->outcome == OUT_SUCCESS ? term_attr(R_GOOD) | A_BOLD
                : v->outcome == OUT_PARTIAL ? term_attr(R_WARN) | A_BOLD
                                            : term_attr(R_BAD);
    page_addf(pg, term_attr(R_TITLE), 0, "The end of the mandate: %s", v->pub->name);
    page_blank(pg);
    page_addf(pg, oa, 2, "The mission: %s%s", outcome[v->outcome >= 0 && v->outcome < 4 ? v->outcome : 0],
              v->collapsed ? " (the mandate collapsed)" : "");
    page_addf(pg, A_NORMAL, 2, "Average stability %d (success needs %d, partial %d); lowest "
              "sector %d (success needs %d).", v->avg_stability, u->v->pub->success_avg,
              u->v->pub->partial_avg, v->min_stability, u->v->pub->success_min);
    page_blank(pg);
    page_add(pg, term_attr(R_HEADING), 0, "National scores");
    char name[160];
    page_addf(pg, term_attr(R_DIM), 2, "%s %6s %6s %6s %6s %6s %6s %6s %6s",
              text_fit(name, sizeof name, "contingent", 14, FIT_LEFT), "intel", "infl", "object",
              "reput", "penal", "sum", "factor", "TOTAL");
    struct score sc[MAX_SEATS];
    int order[MAX_SEATS];
    for (int i = 0; i < v->nseats; i++) {
        sc[i] = f->seats[i].score;
        order[i] = i;
    }
    for (int i = 1; i < v->nseats; i++)
        for (int j = i; j > 0 && sc[order[j]].total > sc[order[j - 1]].total; j--) {
            int x = order[j];
            order[j] = order[j - 1];
            order[j - 1] = x;
        }
    int winner = f->winner;
    for (int k = 0; k < v->nseats; k++) {
        int i = order[k];
        char fac[16];
        snprintf(fac, sizeof fac, "x%d.%02d", sc[i].factor / 1000, sc[i].factor % 1000 / 10);
        page_addf(pg, i == winner ? term_attr(R_GOOD) | A_BOLD : ui_seat_attr(u, i), 2,
                  "%s %6d %6d %6d %6d %6d %6d %6s %6d",
                  text_fit(name, sizeof name, v->pub->seats[i].name, 14, FIT_LEFT), sc[i].intel,
                  sc[i].influence, sc[i].objectives, sc[i].reputation, -sc[i].penalties, sc[i].raw,
                  fac, sc[i].total);
    }
    page_blank(pg);
    page_addf(pg, term_attr(R_GOOD) | A_BOLD, 2, "%s Winner: %s, with %d point%s.",
              term_glyph(G_ARROW), v->pub->seats[winner].name, sc[winner].total,
              words_s(sc[winner].total));
    page_add(pg, term_attr(R_DIM), 2, "Intel: fresh dossiers by value. Infl: influence with the "
             "host. Object: secret objectives met. Reput: the trust others hold in it. Penal: "
             "the blame it took, rightly or falsely. Factor: the mandate's outcome multiplies "
             "every score.");
    page_blank(pg);
    page_add(pg, term_attr(R_HEADING), 0, "Who played, and their secret objectives");
    for (int i = 0; i < v->nseats; i++) {
        char who[NAME_LEN + 32];
        page_addf(pg, ui_seat_attr(u, i), 2, "%s: %s", v->pub->seats[i].name,
                  res->d ? debrief_played_by(res->d, i, who, sizeof who) : "-");
        const struct fview_seat *fs = &f->seats[i];
        for (int k = 0; k < fs->nobjectives; k++) {
            const struct view_objective *o = &fs->objectives[k];
            page_bullet(pg, o->done ? term_attr(R_GOOD) : A_NORMAL, 4,
                        o->done ? G_CHECK : G_CROSS, "%s (%d point%s)", o->text, o->points,
                        words_s(o->points));
        }
    }
    page_blank(pg);
    page_addf(pg, term_attr(R_KEY), 0, "%s Enter: the debrief", term_glyph(G_ARROW));
    page_add(pg, term_attr(R_DIM), 2, "Seven pages, every secret out: the declassified "
             "timeline, who spied on whom, trust and stability charts, both scores, the "
             "learning objectives that came up, the improvement plan and the AI's reasons.");
}

/* 1 when the facilitator's console can run the hot wash on this screen
 * (a local game with the console: the screen is the projector). */
static int hot_wash_here(const struct cui *u)
{
    return u->flink && u->flink->page;
}

/* The result's keys: SR_NEXT to the debrief, SR_CONSOLE (f) the
 * facilitator's hot wash, SR_DONE closed, SR_QUIT. */
static int result_loop(struct cui *u, struct pagescreen *ps)
{
    struct input in;
    for (;;) {
        int k = ui_step(u, pagescreen_draw, ps, &in);
        if (k == K_SIGNAL || k == K_EOF || k == K_QUIT)
            return SR_QUIT;
        if (k == K_CHAR && (in.ch == 'f' || in.ch == 'F') && hot_wash_here(u))
            return SR_CONSOLE;
        if (k == K_ENTER || k == K_RIGHT || k == K_CLICK || k == K_TAB)
            return SR_NEXT;
        if (page_scroll_key(u, ps, &in))
            continue;
        if (k == K_HELP && ui_help(u, pagescreen_draw, ps) < 0)
            return SR_QUIT;
        if (k == K_ESC || (k == K_CHAR && (in.ch == 'q' || in.ch == 'Q'))) {
            int r = debrief_ask_close(u, pagescreen_draw, ps, ui_file(u), 0);
            if (r < 0)
                return SR_QUIT;
            if (r > 0)
                return SR_DONE;
        }
    }
}

static struct lesson_book *load_book(void)
{
    struct lesson_book *book = malloc(sizeof *book);
    struct errlist *e = malloc(sizeof *e);
    if (book && e) {
        errlist_init(e);
        if (!data_load_lessons(NULL, book, e)) {
            free(book);
            book = NULL;
        }
    }
    free(e);
    return book;
}

int screen_result(struct cui *u)
{
    ui_view(u, VIEW_FACILITATOR);
    static const char *const plain[] = { "Enter", "the debrief", "Up/Down", "scroll", "q",
                                         "close", "?", "help", NULL, NULL };
    static const char *const fac[] = { "Enter", "the debrief", "f", "hot wash (facilitator)",
                                       "q", "close", "?", "help", NULL, NULL };
    const char *const *rhints = hot_wash_here(u) ? fac : plain;
    int rtop = 0, page = 0, res = SR_NEXT;
    /* the debrief is built once, from the whole history (rebuilt by
     * replay when the game came from a save) */
    struct lesson_book *book = load_book();
    const struct seat_link *l = u->link;
    struct debrief *d = l->debrief ? l->debrief(l->ctx, book) : NULL;
    struct fview *f = calloc(1, sizeof *f);
    if (!f || !l->fview || !l->fview(l->ctx, f)) {
        free(f);
        debrief_free(d);
        free(book);
        return SR_QUIT;
    }
    struct result res_of = { f, d };
    for (;;) {
        struct pagescreen rs = { "Result", rhints, result_build, &res_of, &rtop, -1,
                                 { 0, 0, 0, 0 }, 0 };
        int r = result_loop(u, &rs);
        if (r == SR_CONSOLE) {
            /* the facilitator steps through the debrief on this screen */
            if (screen_curtain(u, CURTAIN_FACILITATOR) == SR_QUIT ||
                fac_hot_wash(u, u->flink) == SR_QUIT) {
                res = SR_QUIT;
                break;
            }
            /* the pages shown are actions of the record: saved now, as
             * no week ends after them */
            char saved[1024];
            if (l->save && ui_save_game(u, ui_blank_draw, NULL, SAVE_AUTO, 0, NULL, saved,
                                        sizeof saved) == SV_QUIT) {
                res = SR_QUIT;
                break;
            }
            ui_view(u, VIEW_FACILITATOR);
            continue;
        }
        if (r == SR_QUIT)
            res = SR_QUIT;
        if (r != SR_NEXT)
            break;
        if (!d) {
            if (ui_message(u, pagescreen_draw, &rs, "Debrief",
                           l->debrief ? "The debrief could not be built: out of memory."
                                      : "The debrief is not shown here: the game's host "
                                        "has it (mandate report on the saved game).") < 0) {
                res = SR_QUIT;
                break;
            }
            continue;
        }
        r = screen_debrief(u, d, ui_file(u), &page);
        if (r == SR_QUIT)
            res = SR_QUIT;
        if (r != SR_BACK)
            break;
    }
    free(f);
    debrief_free(d);
    free(book);
    return res;
}
