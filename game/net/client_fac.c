/* client_fac.c - the facilitator's console over a connection to a game
 * server: the facilitator's link (session/fac_link.h) from what the
 * server sends the facilitator (the whole truth, the roster and the
 * clock, the MSEL, the journal), its actions sent as fac messages and
 * answered by the server; and the few seat-link operations the screens
 * use to hear the connection while they wait for a key. */
#include "client_fac.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "client_int.h"

int client_fac_alloc(struct client *c)
{
    c->roster = calloc(1, sizeof *c->roster);
    c->in_roster = malloc(sizeof *c->in_roster);
    c->msel = calloc(MAX_INJECTS, sizeof *c->msel);
    c->in_msel = malloc(sizeof *c->in_msel * MAX_INJECTS);
    c->journal = calloc(MAX_JOURNAL, sizeof *c->journal);
    c->in_journal = malloc(sizeof *c->in_journal * MAX_JOURNAL);
    c->titles = calloc(PROTO_PAGES, sizeof *c->titles);
    c->in_titles = malloc(sizeof *c->in_titles * PROTO_PAGES);
    return c->roster && c->in_roster && c->msel && c->in_msel && c->journal && c->in_journal &&
           c->titles && c->in_titles;
}

void client_fac_free(struct client *c)
{
    free(c->roster);
    free(c->in_roster);
    free(c->msel);
    free(c->in_msel);
    free(c->journal);
    free(c->in_journal);
    free(c->titles);
    free(c->in_titles);
}

/* The first of have items of each bytes at in (at most max) copied to
 * out: how many. */
static int copy_upto(void *out, const void *in, size_t each, int have, int max)
{
    int n = have < max ? have : max;
    memcpy(out, in, each * (size_t)n);
    return n;
}

void client_fac_heard(struct client *c, const struct proto_msg *m)
{
    if (m->type == MSG_ROSTER) {
        memcpy(c->roster, m->roster, sizeof *c->roster);
        c->roster_at = client_now_ms();
        c->changed |= LINK_STATUS;
    } else if (m->type == MSG_MSEL) {
        c->nmsel = copy_upto(c->msel, m->msel, sizeof *c->msel, m->nmsel, MAX_INJECTS);
    } else if (m->type == MSG_PAGES) {
        c->ntitles = copy_upto(c->titles, m->titles, sizeof *c->titles, m->ntitles, PROTO_PAGES);
    } else {
        c->njournal = copy_upto(c->journal, m->journal, sizeof *c->journal, m->njournal,
                                MAX_JOURNAL);
    }
    c->fac_changed = 1;
}

/* The roster as last sent, its clocks moved on by the time since. */
static void cf_status(void *ctx, struct fac_status *out)
{
    struct client *c = ctx;
    memcpy(out, c->roster, sizeof *out);
    int since = (int)((client_now_ms() - c->roster_at) / 1000);
    if (out->deadline >= 0 && !out->paused && !out->ended)
        out->deadline = out->deadline > since ? out->deadline - since : 0;
    for (int i = 0; i < out->nseats && i < MAX_SEATS; i++)
        if (out->seats[i].last_seen >= 0)
            out->seats[i].last_seen += since;
    if (c->conn != C_ONLINE)     /* the file is the server's business */
        snprintf(out->file, sizeof out->file, "(not connected to the server)");
}

static int cf_msel(void *ctx, struct fac_inject *out, int max)
{
    const struct client *c = ctx;
    return copy_upto(out, c->msel, sizeof *out, c->nmsel, max);
}

static int cf_journal(void *ctx, struct fac_action *out, int max)
{
    const struct client *c = ctx;
    return copy_upto(out, c->journal, sizeof *out, c->njournal, max);
}

static int cf_pages(void *ctx, char *titles, size_t tlen, int max)
{
    struct client *c = ctx;
    int n = c->ntitles < max ? c->ntitles : max;
    for (int k = 0; k < n; k++)
        snprintf(titles + (size_t)k * tlen, tlen, "%s", c->titles[k]);
    return n;
}

static int cf_control(void *ctx, const struct fac_action *a, char *why, size_t whylen)
{
    struct client *c = ctx;
    if (c->conn != C_ONLINE) {
        snprintf(why, whylen, "%s", c->closed[0] ? c->closed
                                                 : "not connected to the server: retrying");
        return 0;
    }
    struct proto_msg *m = c->msg;
    proto_init(m, MSG_FAC);
    m->fac = *a;
    int id = m->id = client_new_id(c);
    if (!client_send(c, m)) {
        snprintf(why, whylen, "the connection to the server was lost");
        return 0;
    }
    if (!client_await(c, id, why, whylen))
        return 0;
    /* what the action changed comes right after the answer */
    client_step(c);
    return 1;
}

static int cf_changed(void *ctx)
{
    struct client *c = ctx;
    int ch = c->fac_changed;
    c->fac_changed = 0;
    /* a running deadline counts down on screen */
    return ch || (c->roster->deadline >= 0 && !c->roster->paused && !c->roster->ended);
}

void client_fac_link(struct client *c, struct fac_link *out)
{
    *out = (struct fac_link){ .ctx = c, .fview = client_fview, .status = cf_status,
                              .msel = cf_msel, .journal = cf_journal, .control = cf_control,
                              .pages = cf_pages, .changed = cf_changed };
}

/* ---- what the screens hear the connection through ---- */

/* No week of a seat's is on screen: week 0, so that nothing "moves". */
static void cs_status(void *ctx, struct link_status *out)
{
    struct client *c = ctx;
    struct fac_status st;
    cf_status(c, &st);
    memset(out, 0, sizeof *out);
    out->ended = st.ended || (c->has_fview && c->fview->pub_part.phase == PHASE_ENDED);
    out->deadline = st.deadline;
    out->paused = st.paused;
    out->offline = c->conn == C_OFFLINE || c->conn == C_HELLO;
    snprintf(out->closed, sizeof out->closed, "%s", c->closed);
    for (int i = 0; i < st.nseats && i < MAX_SEATS; i++)   /* the teams' names */
        if (st.seats[i].human)
            snprintf(out->team[i], sizeof out->team[i], "%s", c->teams[i]);
}

static void cs_waiting(void *ctx, int *fd, int *ms)
{
    client_waiting(ctx, fd, ms);
}

static int cs_pump(void *ctx)
{
    struct client *c = ctx;
    client_step(c);
    int ch = c->changed | (c->fac_changed ? LINK_STATUS : 0);
    c->changed = 0;
    return ch;
}

void client_fac_screens(struct client *c, struct seat_link *out)
{
    *out = (struct seat_link){ .ctx = c, .status = cs_status, .waiting = cs_waiting,
                               .pump = cs_pump };
}
