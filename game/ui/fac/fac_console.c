/* fac_console.c - the facilitator's console: the whole truth, clearly
 * marked as such, and the facilitator's actions - fire, hold or release
 * an inject, a contingency message, pause and resume, the deadline,
 * resolve now, who plays a seat, kick, reveal, notes, rewind. It talks
 * to a facilitator's link (session/fac_link.h), never to the host. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fac_int.h"

static const char *const tab_names[FT_COUNT] = { "Board", "Secrets", "Roster", "MSEL",
                                                 "Journal", "Projector" };

/* The console's keys for its help (pairs: key, what it does); help()
 * adds what c and q do here. */
static const char *const keys_help[] = {
    "Tab, 1-6", "the pages: board, secrets, roster, MSEL, journal, projector",
    "Up/Down", "select a seat (roster) or an inject (MSEL); scroll",
    "f h r", "fire now, hold, release the selected inject (MSEL)",
    "m", "send a contingency message (title, text, audience)",
    "a k", "switch the selected seat human/AI, kick it (roster)",
    "p", "pause / resume the exercise (orders are refused while paused)",
    "+ -", "this week's deadline 30 s later / sooner; d sets every week's",
    "n", "resolve the week now (drafts submitted, empty seats get their AI's orders)",
    "j v", "a note in the journal; reveal something on the board",
    "w", "rewind to the start of an earlier week (asks first)",
    "Left/Right", "on the projector page, after the end: the hot wash's page on the "
                  "board; Up/Down and Enter pick one; x clears it",
};


/* What c does in this console: hand the keyboard back to the teams (a
 * local game being played), go back to the result (a local game's hot
 * wash), or nothing (over a server: the teams are at their own
 * terminals). NULL for nothing. */
static const char *back_to(const struct fcon *c)
{
    if (!c->link->page)
        return NULL;             /* a link that shows no page itself: a server's */
    return c->st.ended ? "result" : "teams";
}

/* The footer's keys: those that act here - after the end the hot wash's
 * (on the projector page) rather than the week's; c as back_to says. */
static void footer(struct cui *u, const struct fcon *c)
{
    const char *hints[16];
    int n = 0;
#define HINT(k, what) (hints[n++] = (k), hints[n++] = (what))
    if (c->st.ended && c->tab == FT_PROJECTOR) {
        HINT("Left/Right", "page");
        HINT("Enter", "show picked");
        HINT("x", "clear");
        HINT("Tab", "page");
    } else if (c->st.ended) {
        HINT("Tab", "page");
        HINT("6", "hot wash");
        HINT("j", "note");
    } else {
        HINT("Tab", "page");
        HINT("f/h/r", "inject");
        HINT("m", "message");
        HINT("p", "pause");
        HINT("n", "resolve");
    }
    const char *back = back_to(c);
    if (back)
        HINT("c", back);
    else
        HINT("q", "leave");
    HINT("?", "keys");
#undef HINT
    hints[n++] = NULL;
    hints[n] = NULL;
    ui_footer(u, hints);
}

/* The keys' help: keys_help, then what c and q do here. */
static int help(struct cui *u, struct fcon *c, drawfn under)
{
    enum { N = sizeof keys_help / sizeof *keys_help };
    const char *keys[N + 6];
    memcpy(keys, keys_help, sizeof keys_help);
    const char *back = back_to(c);
    int n = N;
    if (!back) {
        keys[n++] = "q";
        keys[n++] = "leave the console (the server and the game go on)";
    } else if (strcmp(back, "teams") == 0) {
        keys[n++] = "c";
        keys[n++] = "hand the keyboard back to the teams";
        keys[n++] = "q";
        keys[n++] = "quit";
    } else {
        keys[n++] = "c, Esc";
        keys[n++] = "back to the result";
        keys[n++] = "q";
        keys[n++] = "quit";
    }
    keys[n++] = NULL;
    keys[n] = NULL;
    return ui_keys(u, under, c, "The facilitator's keys", keys);
}

/* Fetches everything the console shows, from the link (and the teams'
 * names from the screens' link). */
static void fetch(struct cui *u, struct fcon *c)
{
    const struct fac_link *l = c->link;
    l->fview(l->ctx, c->f);
    l->status(l->ctx, &c->st);
    c->nmsel = l->msel(l->ctx, c->msel, MAX_INJECTS);
    c->njournal = l->journal(l->ctx, c->journal, MAX_JOURNAL);
    struct link_status *st = malloc(sizeof *st);
    if (st) {
        u->link->status(u->link->ctx, st);
        memcpy(c->team, st->team, sizeof c->team);
        free(st);
    }
}

static void con_draw(struct cui *u, void *arg)
{
    struct fcon *c = arg;
    if (c->link->changed && c->link->changed(c->link->ctx))
        fetch(u, c);                /* the server sent something new */
    const struct fac_status *st = &c->st;
    attr_t bar = term_attr(R_BAD) | A_REVERSE | A_BOLD;
    d_fill(0, 0, COLS, bar);
    char clock[64] = "";
    if (st->deadline >= 0)
        snprintf(clock, sizeof clock, "  deadline %d:%02d", st->deadline / 60, st->deadline % 60);
    d_textf(0, 1, COLS - 2, bar, "FACILITATOR - WHOLE TRUTH   week %d/%d%s%s%s", st->week,
            st->weeks, st->ended ? "  ENDED" : "", st->paused ? "  PAUSED" : "", clock);
    d_fill(1, 0, COLS, A_NORMAL);
    int x = 1;
    for (int t = 0; t < FT_COUNT && x < COLS - 2; t++) {
        char tab[32];
        snprintf(tab, sizeof tab, " %d %s ", t + 1, tab_names[t]);
        x += d_text(1, x, COLS - 1 - x, t == c->tab ? term_attr(R_SELECT) | A_BOLD : A_NORMAL,
                    tab) + 1;
    }
    struct rect r = { 2, 1, LINES - 3, COLS - 2 };
    page_reset(&u->page, r.w - 1);
    fac_page(u, c, &u->page);
    int *top = &c->top[c->tab];
    int sel = c->tab == FT_ROSTER || c->tab == FT_MSEL || c->tab == FT_PROJECTOR ? c->sel[c->tab]
                                                                                : -1;
    if (sel >= 0 && c->follow)
        *top = page_scroll_to(&u->page, *top, r.h, sel);
    c->follow = 0;
    *top = page_clamp(&u->page, *top, r.h);
    page_draw(&u->page, r, *top, sel, HIT_ITEM);
    footer(u, c);
}

/* Moves the selection of the roster or the MSEL by dir. */
static void select_by(struct fcon *c, int dir)
{
    int first = c->tab == FT_ROSTER ? FAC_ITEM_SEAT : FAC_ITEM_INJECT;
    int n = c->tab == FT_ROSTER ? c->st.nseats : c->nmsel;
    int cur = c->sel[c->tab] - first;
    if (cur < 0 || cur >= n)
        cur = dir > 0 ? -1 : n;
    cur += dir;
    if (cur >= 0 && cur < n) {
        c->sel[c->tab] = first + (c->tab == FT_MSEL ? c->msel[cur].index : cur);
        c->follow = 1;
    } else {
        c->top[c->tab] += dir;
    }
}

/* Takes a, and says how it went. */
static void act(struct cui *u, struct fcon *c, const struct fac_action *a, const char *done)
{
    char why[256];
    if (c->link->control(c->link->ctx, a, why, sizeof why))
        ui_status(u, R_GOOD, "%s", done);
    else
        ui_status(u, R_BAD, "Refused: %s", why);
    fetch(u, c);
}

void fac_act(struct cui *u, struct fcon *c, const struct fac_action *a, const char *done)
{
    act(u, c, a, done);
}

/* The selected inject (MSEL) or seat (roster), or -1 after saying why. */
static int selected(struct cui *u, const struct fcon *c, int tab)
{
    int first = tab == FT_ROSTER ? FAC_ITEM_SEAT : FAC_ITEM_INJECT;
    if (c->tab != tab || c->sel[tab] < first) {
        ui_status(u, R_WARN, "Select %s first (page %d, %s).",
                  tab == FT_ROSTER ? "a seat" : "an inject", tab + 1, tab_names[tab]);
        return -1;
    }
    return c->sel[tab] - first;
}

static int typed(struct cui *u, struct fcon *c, const char *title, const char *label,
                 char *buf, size_t n)
{
    return ui_ask_text(u, con_draw, c, title, label, "OK", buf, n);
}

/* A contingency message: title, text and audience, typed. -1 on quit. */
static int message(struct cui *u, struct fcon *c)
{
    struct fac_action *a = calloc(1, sizeof *a);
    char aud[64] = "all";
    if (!a)
        return 0;
    *a = fac_action_make(FAC_CONTINGENCY);
    int r = typed(u, c, "Contingency message", "Title:", a->title, sizeof a->title);
    if (r > 0)
        r = typed(u, c, "Contingency message", "Text:", a->text, sizeof a->text);
    if (r > 0)
        r = typed(u, c, "Contingency message", "To (all, or a contingent's number or id):",
                  aud, sizeof aud);
    if (r > 0) {
        int seat = strcmp(aud, "all") == 0 ? -1 : -2;
        const struct view *v = &c->f->pub_part;
        for (int i = 0; i < v->nseats && seat == -2; i++)
            if (strcmp(aud, v->pub->seats[i].id) == 0 || atoi(aud) == i + 1)
                seat = i;
        if (seat == -2) {
            ui_status(u, R_BAD, "No contingent \"%s\": nothing sent.", aud);
        } else {
            a->seat = (int8_t)seat;
            act(u, c, a, "Message sent.");
        }
    }
    free(a);
    return r < 0 ? -1 : 0;
}

/* A text action (note, reveal) typed. -1 on quit. */
static int text_action(struct cui *u, struct fcon *c, int kind)
{
    struct fac_action *a = calloc(1, sizeof *a);
    if (!a)
        return 0;
    *a = fac_action_make(kind);
    int r = typed(u, c, kind == FAC_NOTE ? "A note in the journal" : "Reveal on the board",
                  kind == FAC_NOTE ? "Note:" : "What the room may see:", a->text, sizeof a->text);
    if (r > 0)
        act(u, c, a, kind == FAC_NOTE ? "Noted." : "Revealed on the board.");
    free(a);
    return r < 0 ? -1 : 0;
}

/* A number typed (weeks, seconds): 1 with it in *out, 0 none, -1 quit. */
static int number(struct cui *u, struct fcon *c, const char *title, const char *label, int *out)
{
    char buf[16] = "";
    int r = typed(u, c, title, label, buf, sizeof buf);
    if (r <= 0)
        return r;
    char *end;
    long v = strtol(buf, &end, 10);
    if (*end || v < 0 || v > 100000) {
        ui_status(u, R_BAD, "\"%s\" is not a number.", buf);
        return 0;
    }
    *out = (int)v;
    return 1;
}

static int rewind_week(struct cui *u, struct fcon *c)
{
    int week = 0;
    int r = number(u, c, "Rewind", "Back to the start of week:", &week);
    if (r <= 0)
        return r;
    char text[320];
    snprintf(text, sizeof text, "Restart the exercise at the start of week %d? What was played "
             "from then on is undone for everyone; the journal keeps it.", week);
    r = ui_confirm(u, con_draw, c, "Rewind", text);
    if (r > 0) {
        struct fac_action a = fac_action_make(FAC_REWIND);
        a.amount = week;
        char done[64];
        snprintf(done, sizeof done, "Back at the start of week %d.", week);
        act(u, c, &a, done);
    }
    return r < 0 ? -1 : 0;
}

/* One key; SR_NEXT: back to the teams, SR_QUIT, or -1 to stay. */
static int key(struct cui *u, struct fcon *c, int k, const struct input *in)
{
    /* h, j, k and l are letters here (hold, note, kick), not moves */
    if (k != K_CHAR && (in->ch == 'h' || in->ch == 'j' || in->ch == 'k' || in->ch == 'l'))
        k = K_CHAR;
    int b = c->tab == FT_PROJECTOR ? fac_board_key(u, c, k, in) : 0;
    if (b)
        return b == 2 ? SR_QUIT : -1;
    int ch = k == K_CHAR ? in->ch : 0;
    struct fac_action a = fac_action_make(FAC_PAUSE);
    int i;
    switch (k) {
    case K_SIGNAL: case K_EOF: case K_QUIT: return SR_QUIT;
    case K_TAB: c->tab = (c->tab + 1) % FT_COUNT; return -1;
    case K_BTAB: c->tab = (c->tab + FT_COUNT - 1) % FT_COUNT; return -1;
    case K_UP: case K_WHEEL_UP: select_by(c, -1); return -1;
    case K_DOWN: case K_WHEEL_DOWN: select_by(c, 1); return -1;
    case K_PGUP: c->top[c->tab] -= LINES - 4; return -1;
    case K_PGDN: c->top[c->tab] += LINES - 4; return -1;
    case K_ESC: ch = 'c'; break;
    case K_HELP: ch = '?'; break;
    default: break;
    }
    if (ch >= '1' && ch < '1' + FT_COUNT) {
        c->tab = ch - '1';
        return -1;
    }
    char done[160];
    switch (ch) {
    case 'c': case 'C':
        if (c->st.paused && !c->st.ended) {
            ui_status(u, R_WARN, "The exercise is paused: p resumes it before the teams play.");
            return -1;
        }
        return SR_NEXT;
    case 'q': case 'Q':
        return ui_ask_leave(u, con_draw, c, LEAVE_CONSOLE) ? SR_QUIT : -1;
    case '?':
        return help(u, c, con_draw) < 0 ? SR_QUIT : -1;
    case 'f': case 'h': case 'r':
        if ((i = selected(u, c, FT_MSEL)) < 0)
            return -1;
        a = fac_action_make(ch == 'f' ? FAC_FIRE : ch == 'h' ? FAC_HOLD : FAC_RELEASE);
        a.inject = (int8_t)i;
        snprintf(done, sizeof done, "%s.", ch == 'f' ? "Fired: live this week"
                                           : ch == 'h' ? "Held: its trigger is skipped"
                                                       : "Released: it goes live at the next "
                                                         "week's start if its trigger holds");
        act(u, c, &a, done);
        return -1;
    case 'm': return message(u, c) < 0 ? SR_QUIT : -1;
    case 'j': return text_action(u, c, FAC_NOTE) < 0 ? SR_QUIT : -1;
    case 'v': return text_action(u, c, FAC_REVEAL) < 0 ? SR_QUIT : -1;
    case 'w': return rewind_week(u, c) < 0 ? SR_QUIT : -1;
    case 'p':
        a = fac_action_make(c->st.paused ? FAC_RESUME : FAC_PAUSE);
        act(u, c, &a, c->st.paused ? "Resumed." : "EXERCISE PAUSED.");
        return -1;
    case '+': case '-':
        a = fac_action_make(FAC_DEADLINE);
        a.relative = 1;
        a.amount = ch == '+' ? 30 : -30;
        act(u, c, &a, ch == '+' ? "Deadline: 30 s more." : "Deadline: 30 s less.");
        return -1;
    case 'd': {
        int secs = 0;
        int r = number(u, c, "Deadline", "Seconds every week (0: none):", &secs);
        if (r > 0) {
            a = fac_action_make(FAC_DEADLINE);
            a.amount = secs;
            act(u, c, &a, secs ? "Deadline set." : "No deadline.");
        }
        return r < 0 ? SR_QUIT : -1;
    }
    case 'n': {
        int r = ui_confirm(u, con_draw, c, "Resolve now",
                           "Resolve this week now? Drafts are submitted; seats without orders "
                           "get their AI's (flagged in the record and the report).");
        if (r > 0) {
            a = fac_action_make(FAC_RESOLVE_NOW);
            snprintf(done, sizeof done, "Week %d resolved.", c->st.week);
            act(u, c, &a, done);
        }
        return r < 0 ? SR_QUIT : -1;
    }
    case 'a': case 'k':
        if ((i = selected(u, c, FT_ROSTER)) < 0)
            return -1;
        a = fac_action_make(ch == 'a' ? FAC_SEAT : FAC_KICK);
        a.seat = (int8_t)i;
        a.human = (int8_t)!c->st.seats[i].human;
        snprintf(done, sizeof done, ch == 'k' ? "%s's connection closed."
                 : a.human ? "%s: played by its players from now on."
                           : "%s: played by its AI from now on.", fac_seat_name(c, i));
        act(u, c, &a, done);
        return -1;
    default:
        return -1;
    }
}

/* The console over l, opening on tab (enum fac_tab). */
static int console(struct cui *u, const struct fac_link *l, int tab)
{
    struct fcon *c = calloc(1, sizeof *c);
    int res = SR_QUIT;
    if (!c || !(c->f = calloc(1, sizeof *c->f)) ||
        !(c->journal = malloc(sizeof *c->journal * MAX_JOURNAL)))
        goto out;
    c->link = l;
    c->tab = tab;
    c->sel[FT_ROSTER] = c->sel[FT_MSEL] = -1;
    u->status[0] = 0;
    u->curtain = 1;
    fetch(u, c);
    struct input in;
    for (;;) {
        int k = ui_step(u, con_draw, c, &in);
        if (l->tick && l->tick(l->ctx))
            ui_status(u, R_WARN, "The deadline passed: the week was resolved.");
        int r = key(u, c, k, &in);
        fetch(u, c);
        if (r >= 0) {
            res = r;
            break;
        }
    }
out:
    if (c) {
        free(c->f);
        free(c->journal);
        free(c->titles);
    }
    free(c);
    u->curtain = 1;              /* nothing of the truth stays on screen */
    return res;
}

int fac_console(struct cui *u, const struct fac_link *l)
{
    return console(u, l, FT_BOARD);
}

int fac_hot_wash(struct cui *u, const struct fac_link *l)
{
    return console(u, l, FT_PROJECTOR);
}
