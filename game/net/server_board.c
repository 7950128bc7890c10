/* server_board.c - what the projector board is sent (core/board.h): built
 * from the public view (VIEW_PUBLIC: only what every seat knows), the
 * week's clock and who has confirmed, the facilitator's reveals and, in
 * the hot wash, the one page of the declassified debrief the facilitator
 * chose (rendered by the server's caller: this layer draws no report).
 * A board connection gets it instead of a view and a status. */
#include <stdlib.h>
#include <string.h>

#include "../core/board.h"
#include "../core/view.h"
#include "../session/host.h"
#include "../text/evtext.h"
#include "server_int.h"

/* The public bulletin of v in words: grave news first; an inject by the
 * title the public view shows of it. */
static void bulletin(const struct view *v, struct board *b)
{
    struct evtext_inject *seen = calloc(MAX_INJECTS, sizeof *seen);
    if (seen)
        evtext_remember(v, seen);
    for (int pass = 0; pass < 2; pass++)
        for (int k = 0; k < v->nevents && b->nbulletin < BOARD_BULLETIN; k++) {
            const struct event *e = &v->events[k];
            if (!(e->audience & AUDIENCE_PUBLIC) || e->kind == EV_MANDATE)
                continue;
            char *line = b->bulletin[b->nbulletin];
            int tone = evtext_seat(v->pub, VIEW_PUBLIC, seen, e, line, sizeof b->bulletin[0]);
            if (tone == EVT_SKIP || (tone == EVT_ALERT) != (pass == 0))
                continue;
            b->nbulletin++;
        }
    free(seen);
}

void board_build(const struct host *h, const struct board_clock *clk, struct view *v,
                 struct board *b)
{
    memset(b, 0, sizeof *b);
    host_view(h, VIEW_PUBLIC, v);
    b->week = v->turn;
    b->weeks = v->turns;
    b->ended = host_ended(h);
    b->outcome = v->outcome;
    b->collapsed = v->collapsed;
    b->nseats = v->nseats;
    b->nsectors = v->nsectors;
    for (int k = 0; k < v->nsectors; k++) {
        b->sectors[k].stability = v->sectors[k].stability;
        b->sectors[k].threat = v->sectors[k].threat;
    }
    b->avg_stability = v->avg_stability;
    b->min_stability = v->min_stability;
    b->incidents = v->incidents;
    for (int i = 0; i < v->nseats; i++) {
        b->human[i] = (uint8_t)host_human(h, i);
        b->confirmed[i] = (uint8_t)(!b->ended && host_is_ready(h, i));
        b->connected[i] = clk ? clk->connected[i] : 0;
    }
    b->deadline = clk && !b->ended ? clk->deadline : -1;
    b->paused = host_paused(h);
    bulletin(v, b);
    /* the reveals and the page shown: the journal's actions not undone */
    int n;
    const struct fac_action *j = host_journal(h, &n);
    for (int k = 0; k < n; k++) {
        if (j[k].undone)
            continue;
        if (j[k].kind == FAC_REVEAL && b->nreveals < BOARD_REVEALS)
            snprintf(b->reveals[b->nreveals++], sizeof b->reveals[0], "%s", j[k].text);
        else if (j[k].kind == FAC_SHOW)
            b->page = j[k].amount;
    }
}

/* ---- the server's boards ---------------------------------------------- */

/* Page want of the hot wash (0: none) wrapped at cols, into b (rendered
 * once a page and width: once the game has ended, the debrief no longer
 * changes - but for a rewind, which forgets it). */
static void page_of(struct server *s, struct board *b, int want, int cols)
{
    b->page = 0;
    b->nlines = 0;
    b->title[0] = 0;
    if (!b->ended)
        s->bcache_page = 0;
    if (!want || !b->ended || !s->o.hotwash)
        return;
    struct board *c = s->bcache;
    if (s->bcache_page != want || s->bcache_cols != cols) {
        if (!s->o.hotwash(s->h, want, cols, c))
            c->page = 0;
        s->bcache_page = want;
        s->bcache_cols = cols;
    }
    if (!c->page)
        return;
    b->page = c->page;
    b->npages = c->npages;
    snprintf(b->title, sizeof b->title, "%s", c->title);
    b->nlines = c->nlines;
    memcpy(b->lines, c->lines, sizeof b->lines[0] * (size_t)c->nlines);
}

static int board_conn(const struct conn *c)
{
    return c->state == CONN_OPEN && c->role == ROLE_BOARD;
}

/* The columns board connection c's page is wrapped at: its width less a
 * margin each side; 0 (the hot wash's default) until it has said it. */
static int page_cols(const struct conn *c)
{
    return c->cols > 0 ? c->cols - 2 : 0;
}

void server_board_push(struct server *s, struct conn *only)
{
    int any = 0;
    for (int k = 0; k < SERVER_MAX_CONNS; k++)
        any |= board_conn(&s->conns[k]) && (!only || only == &s->conns[k]);
    if (!any || !s->board)
        return;
    struct board_clock clk = { server_deadline_left(s), { 0 } };
    for (int k = 0; k < SERVER_MAX_CONNS; k++)
        if (s->conns[k].state == CONN_OPEN && s->conns[k].role == ROLE_SEAT)
            clk.connected[s->conns[k].seat] = 1;
    board_build(s->h, &clk, s->vbuf, s->board);
    /* one payload a width: the page is wrapped for each board's screen */
    int want = s->board->ended ? s->board->page : 0;
    unsigned char sent[SERVER_MAX_CONNS] = { 0 };
    for (int k = 0; k < SERVER_MAX_CONNS; k++) {
        struct conn *c = &s->conns[k];
        if (sent[k] || !board_conn(c) || (only && only != c))
            continue;
        int cols = want ? page_cols(c) : 0;
        page_of(s, s->board, want, cols);
        struct proto_msg m;
        proto_init(&m, MSG_BOARD);
        m.board = s->board;
        char *text = proto_encode(&m);
        for (int j = k; j < SERVER_MAX_CONNS && text; j++)
            if (!sent[j] && board_conn(&s->conns[j]) && (!only || only == &s->conns[j]) &&
                (want ? page_cols(&s->conns[j]) : 0) == cols) {
                sent[j] = 1;
                conn_send_text(s, &s->conns[j], text, MSG_BOARD);
            }
        free(text);
        if (!text)
            break;
    }
    int nj;
    host_journal(s->h, &nj);
    s->board_journal = nj;
}

void server_board_tick(struct server *s)
{
    int nj;
    host_journal(s->h, &nj);
    if (nj != s->board_journal)  /* the facilitator acted */
        server_board_push(s, NULL);
}
