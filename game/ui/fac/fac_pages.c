/* fac_pages.c - the pages of the facilitator's console: the board (every
 * contingent's state, the sectors, the mandate, trust), the secrets
 * (objectives, insiders, implants, dossiers, backdoors, this week's
 * orders), the roster and the clock, the MSEL and the journal. */
#include <stdio.h>
#include <string.h>

#include "../../text/factext.h"
#include "fac_int.h"

const char *fac_seat_name(const struct fcon *c, int seat)
{
    const struct view *v = &c->f->pub_part;
    if (seat < 0)
        return "every contingent";
    return view_seat_name(v, seat);
}

static const char *inject_title(const struct fcon *c, int k)
{
    for (int i = 0; i < c->nmsel; i++)
        if (c->msel[i].index == k)
            return c->msel[i].title;
    return "?";
}

const char *fac_journal_text(const struct fcon *c, const struct fac_action *a, char *buf,
                             size_t n)
{
    return factext_line(a, inject_title(c, a->inject), a->seat >= 0 ? fac_seat_name(c, a->seat)
                                                                    : NULL, buf, n);
}

/* --- the board ------------------------------------------------------- */

static void board(struct fcon *c, struct page *pg)
{
    const struct view *v = &c->f->pub_part;
    char name[160];
    page_addf(pg, term_attr(R_HEADING), 0, "The mandate  (week %d of %d)", v->turn, v->turns);
    page_addf(pg, A_NORMAL, 2, "Average stability %d (success %d, partial %d, collapse below "
              "%d); lowest sector %d (success %d).", v->avg_stability, v->pub->success_avg,
              v->pub->partial_avg, v->pub->collapse_floor, v->min_stability,
              v->pub->success_min);
    page_addf(pg, A_NORMAL, 2, "Pool %d, network security %d, centralisation %d, public "
              "incidents %d; the database leaks %d more week(s).", v->pool, v->net_security,
              v->centralisation, v->incidents, c->f->db_compromised);
    page_blank(pg);
    page_add(pg, term_attr(R_HEADING), 0, "Sectors");
    for (int k = 0; k < v->nsectors; k++) {
        char who[64] = "";
        for (int i = 0; i < v->nseats; i++)
            if (v->sectors[k].deployed & 1u << i) {
                size_t l = strlen(who);
                snprintf(who + l, sizeof who - l, "%s%.3s", l ? " " : "", v->pub->seats[i].id);
            }
        page_addf(pg, v->sectors[k].stability < v->pub->partial_avg ? term_attr(R_BAD) : A_NORMAL,
                  2, "%s  stability %3d  threat %2d  %s",
                  text_fit(name, sizeof name, v->pub->sectors[k].name, 18, FIT_LEFT),
                  v->sectors[k].stability, v->sectors[k].threat, who);
    }
    page_blank(pg);
    page_add(pg, term_attr(R_HEADING), 0, "Contingents (score as if the game ended now)");
    for (int i = 0; i < v->nseats; i++) {
        const struct fview_seat *s = &c->f->seats[i];
        page_addf(pg, A_NORMAL, 2, "%s AP %d  comms %d  influence %d  share %d  reput %d  "
                  "score %d", text_fit(name, sizeof name, v->pub->seats[i].name, 12, FIT_LEFT),
                  s->self.ap, s->self.comms, s->self.influence, s->self.share,
                  v->c[i].reputation, s->score.total);
    }
    page_blank(pg);
    page_add(pg, term_attr(R_HEADING), 0, "Trust (row: how far it trusts each column)");
    char line[256];
    int len = snprintf(line, sizeof line, "%-12s", "");
    for (int j = 0; j < v->nseats && len < (int)sizeof line; j++)
        len += snprintf(line + len, sizeof line - (size_t)len, " %5.5s", v->pub->seats[j].id);
    page_add(pg, term_attr(R_DIM), 2, line);
    for (int i = 0; i < v->nseats; i++) {
        len = snprintf(line, sizeof line, "%-12.12s", v->pub->seats[i].id);
        for (int j = 0; j < v->nseats && len < (int)sizeof line; j++)
            len += i == j ? snprintf(line + len, sizeof line - (size_t)len, "     -")
                          : snprintf(line + len, sizeof line - (size_t)len, " %5d",
                                     c->f->seats[i].self.trust[j]);
        page_add(pg, A_NORMAL, 2, line);
    }
}

/* --- the secrets ----------------------------------------------------- */

static void orders_line(const struct fcon *c, const struct fview_seat *s, char *line, size_t n)
{
    const struct view *v = &c->f->pub_part;
    int len = snprintf(line, n, "%s: ", s->confirmed ? "orders (confirmed)" : "orders (draft "
                                                                               "unconfirmed)");
    for (int k = 0; k < s->norders && len < (int)n; k++) {
        const struct order *o = &s->orders[k];
        const char *on = o->target >= 0 ? view_seat_name(v, o->target)
                         : o->sector >= 0 ? view_sector_name(v, o->sector) : "";
        len += snprintf(line + len, n - (size_t)len, "%s%s%s%s", k ? "; " : "",
                        v->pub->cat.orders[o->kind].name, on[0] ? " " : "", on);
    }
    if (!s->norders && len < (int)n)
        snprintf(line + len, n - (size_t)len, "none");
}

static void secrets(struct fcon *c, struct page *pg)
{
    const struct view *v = &c->f->pub_part;
    char line[1024];
    for (int i = 0; i < v->nseats; i++) {
        const struct fview_seat *s = &c->f->seats[i];
        page_addf(pg, term_colour_attr(v->pub->seats[i].colour) | A_BOLD, 0, "%s",
                  v->pub->seats[i].name);
        for (int k = 0; k < s->nobjectives; k++)
            page_addf(pg, s->objectives[k].done ? term_attr(R_GOOD) : A_NORMAL, 2,
                      "objective %s: %s (%d points)", s->objectives[k].done ? "met" : "open",
                      s->objectives[k].text, s->objectives[k].points);
        for (int k = 0; k < s->self.nins; k++)
            page_addf(pg, A_NORMAL, 2, "insider in %s: %s, exposure %d%%",
                      view_seat_name(v, s->self.ins[k].target), stage_name(s->self.ins[k].stage),
                      s->self.ins[k].exposure);
        for (int k = 0; k < s->self.nimp; k++)
            page_addf(pg, A_NORMAL, 2, "implant in %s: %s since week %d",
                      view_seat_name(v, s->self.imp[k].target), implant_name(s->self.imp[k].kind),
                      s->self.imp[k].since);
        int len = snprintf(line, sizeof line, "fresh dossiers:");
        for (int t = 0; t < MAX_TARGETS; t++) {
            int fresh = 0;
            for (int k = 0; k < DOS_COUNT; k++)
                fresh += s->self.dos[t][k].turn >= 0 && v->turn - s->self.dos[t][k].turn <= 2;
            if (fresh && len < (int)sizeof line)
                len += snprintf(line + len, sizeof line - (size_t)len, " %s %d",
                                view_seat_name(v, t == MAX_SEATS ? TARGET_HQ : t), fresh);
        }
        page_add(pg, term_attr(R_DIM), 2, line);
        orders_line(c, s, line, sizeof line);
        page_add(pg, A_NORMAL, 2, line);
        if (c->f->last_attacker[i] >= 0)
            page_addf(pg, term_attr(R_WARN), 2, "truth: the last operation it detected was %s's "
                      "(week %d)", view_seat_name(v, c->f->last_attacker[i]),
                      c->f->last_attack_turn[i]);
        page_blank(pg);
    }
    int nb = 0;
    for (int e = 0; e < v->neq; e++)
        if (v->eq[e].backdoor)
            page_addf(pg, term_attr(R_BAD), 0, "%sbackdoor in item %d, supplied by %s%s",
                      nb++ ? "" : "", e + 1, view_seat_name(v, v->eq[e].supplier),
                      v->eq[e].discovered ? " (discovered)" : " (hidden)");
}

/* --- the roster, the MSEL, the journal ----------------------------------- */

static void roster(struct fcon *c, struct page *pg)
{
    static const char *const presence[] = { "here", "connected", "dropped", "never joined" };
    const struct fac_status *st = &c->st;
    char name[160];
    if (st->paused)
        page_add(pg, term_attr(R_BAD) | A_BOLD, 0, "EXERCISE PAUSED: seats' orders are refused.");
    if (st->deadline >= 0)
        page_addf(pg, A_NORMAL, 0, "Deadline: %d:%02d left this week (%d s a week).",
                  st->deadline / 60, st->deadline % 60, st->deadline_secs);
    else
        page_add(pg, term_attr(R_DIM), 0, "No deadline.");
    page_blank(pg);
    page_add(pg, term_attr(R_HEADING), 0, "Seats  (a: human/AI, k: kick)");
    for (int i = 0; i < st->nseats; i++) {
        const struct fac_seat *s = &st->seats[i];
        char draft[32] = "no draft";
        if (s->drafted >= 0)
            snprintf(draft, sizeof draft, "draft of %d", s->drafted);
        char seen[32] = "";
        if (s->last_seen >= 0)
            snprintf(seen, sizeof seen, ", seen %ds ago", s->last_seen);
        page_item(pg, FAC_ITEM_SEAT + i);
        page_addf(pg, s->confirmed ? term_attr(R_GOOD) : A_NORMAL, 2, "%s %-6s %-22.22s %s, %s",
                  text_fit(name, sizeof name, fac_seat_name(c, i), 14, FIT_LEFT),
                  s->human ? "human" : "AI", s->played_by,
                  s->confirmed ? "CONFIRMED" : "not confirmed",
                  s->presence < 4 ? presence[s->presence] : "?");
        page_addf(pg, term_attr(R_DIM), 6, "%s%s%s%s%s", c->team[i][0] ? "team " : "", c->team[i],
                  c->team[i][0] ? "; " : "", draft, seen);
        page_item(pg, -1);
    }
}

static void msel(struct fcon *c, struct page *pg)
{
    static const char *const state[] = { "upcoming", "HELD", "waiting", "LIVE", "fired" };
    char title[160];
    page_add(pg, term_attr(R_HEADING), 0, "MSEL  (f: fire now, h: hold, r: release, m: message)");
    for (int i = 0; i < c->nmsel; i++) {
        const struct fac_inject *in = &c->msel[i];
        attr_t a = in->state == MSEL_HELD ? term_attr(R_BAD)
                   : in->state == MSEL_LIVE ? term_attr(R_GOOD) | A_BOLD
                   : in->state == MSEL_FIRED ? term_attr(R_DIM) : A_NORMAL;
        char when[24] = "";
        if (in->week)
            snprintf(when, sizeof when, "wk %d", in->week);
        page_item(pg, FAC_ITEM_INJECT + in->index);
        page_addf(pg, a, 2, "%-8s %-5s %s", state[in->state < 5 ? in->state : 0], when,
                  text_fit(title, sizeof title, in->title, 40, FIT_LEFT));
        char ans[SHORT_TEXT + 64] = "";
        if (in->nchoices > 0)
            snprintf(ans, sizeof ans, "; answer: %s", in->answer_text[0] ? in->answer_text
                     : in->state == MSEL_FIRED ? "none (the first applied)" : "none yet");
        page_addf(pg, term_attr(R_DIM), 6, "to %s; when: %s%s", fac_seat_name(c, in->audience),
                  in->trigger, ans);
        page_item(pg, -1);
    }
}

static void journal(struct fcon *c, struct page *pg)
{
    char text[LONG_TEXT + 200];
    page_add(pg, term_attr(R_HEADING), 0, "Controller's journal  (j: add a note)");
    if (!c->njournal)
        page_add(pg, term_attr(R_DIM), 2, "Nothing yet.");
    for (int i = 0; i < c->njournal; i++) {
        const struct fac_action *a = &c->journal[i];
        fac_journal_text(c, a, text, sizeof text);
        page_addf(pg, a->undone ? term_attr(R_DIM) : A_NORMAL, 2, "%.16s wk %d  %s",
                  a->at[0] ? a->at + (strlen(a->at) > 11 ? 11 : 0) : "-", a->week, text);
    }
}

void fac_page(struct cui *u, struct fcon *c, struct page *pg)
{
    (void)u;
    if (!c->f->pub_part.pub) {   /* over a server: its first view not in yet */
        page_add(pg, term_attr(R_DIM), 2, "Waiting for the game from the server...");
        return;
    }
    switch (c->tab) {
    case FT_BOARD: board(c, pg); break;
    case FT_SECRETS: secrets(c, pg); break;
    case FT_ROSTER: roster(c, pg); break;
    case FT_MSEL: msel(c, pg); break;
    case FT_PROJECTOR: fac_board_page(c, pg); break;
    default: journal(c, pg); break;
    }
}
