/* test_host.c - the game host and its ports (issue 10): a whole game
 * played by scripted ports through the host gives the checksums of the
 * same orders replayed; AI ports through the host play the game
 * session_play_out plays; orders arrive from any seat in any order and a
 * seat may unready; at a deadline drafts are submitted and a human seat
 * with nothing gets its AI personality's orders, flagged in the record,
 * and the flag survives a save and a load; an ended game has one final
 * save, which later saves of it replace. */
#include "helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/view.h"
#include "data/save.h"
#include "session/host.h"
#include "session/link.h"
#include "session/load.h"
#include "session/port.h"
#include "session/port_script.h"
#include "session/session.h"

static struct bundle bun;
static char tmpdir[256];

static int setup(void **state)
{
    (void)state;
    struct errlist e;
    errlist_init(&e);
    snprintf(tmpdir, sizeof tmpdir, "/tmp/mandate-test-host-XXXXXX");
    if (!mkdtemp(tmpdir))
        return -1;
    save_set_dir(tmpdir);
    if (!bundle_load(&bun, "lakeland", &e)) {
        errlist_print(&e, stderr);
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    bundle_free(&bun);
    save_set_dir(NULL);
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

/* A whole AI game of seed, as simulate plays it. */
static struct session *ai_game(uint64_t seed)
{
    struct session *s = malloc(sizeof *s);
    assert_non_null(s);
    session_init(s, bun.sc, &bun.pub, &bun.ps, seed);
    session_play_out(s);
    return s;
}

static void session_delete(struct session *s)
{
    session_free(s);
    free(s);
}

/* A host of seed without autosave; every seat human when humans. */
static struct host *new_host(uint64_t seed, int humans)
{
    struct host_setup st;
    host_setup_init(&st, seed);
    st.autosave = 0;
    st.started_at = "2030-01-02T03:04:05Z";
    for (int i = 0; i < bun.sc->nseats; i++)
        st.human[i] = humans;
    return host_new(&bun, &st);
}

static void assert_same_weeks(const struct record *a, const struct record *b)
{
    assert_int_equal(a->nturns, b->nturns);
    for (int t = 0; t < a->nturns; t++) {
        if (a->turns[t].checksum != b->turns[t].checksum)
            fail_msg("week %d: checksum %016llx, expected %016llx", t + 1,
                     (unsigned long long)a->turns[t].checksum,
                     (unsigned long long)b->turns[t].checksum);
        for (int i = 0; i < a->nseats; i++) {
            assert_int_equal(a->turns[t].norders[i], b->turns[t].norders[i]);
            assert_memory_equal(a->turns[t].orders[i], b->turns[t].orders[i],
                                sizeof(struct order) * a->turns[t].norders[i]);
        }
    }
}

static void a_game_of_scripted_ports_should_equal_its_orders_replayed(void **state)
{
    (void)state;
    struct session *src = ai_game(21);
    struct host *h = new_host(21, 1);
    struct port *p = port_script_new(&src->rec);
    for (int i = 0; i < host_nseats(h); i++)
        host_set_port(h, i, p);
    int r = host_run(h);
    if (r != HOST_DONE)
        fail_msg("host_run: %d (%s)", r, port_script_error(p));
    assert_true(host_ended(h));
    const struct record *rec = host_record(h);
    assert_true(rec->nturns > 1);
    /* the same orders replayed give the same checksums */
    struct session *rep = malloc(sizeof *rep);
    assert_non_null(rep);
    session_init(rep, bun.sc, &bun.pub, &bun.ps, 0);
    struct replay_error err;
    if (!session_replay(rep, rec, -1, REPLAY_VERIFY, &err))
        fail_msg("the host's record does not replay: fault %d at week %d", err.fault,
                 err.turn + 1);
    assert_same_weeks(&rep->rec, rec);
    assert_true(game_checksum(&rep->g) == host_checksum(h));
    /* and they are the game the orders came from */
    assert_same_weeks(rec, &src->rec);
    session_delete(rep);
    port_script_free(p);
    host_free(h);
    session_delete(src);
}

static void ai_ports_through_the_host_should_play_session_play_out(void **state)
{
    (void)state;
    for (uint64_t seed = 1; seed <= 5; seed++) {
        struct session *ref = ai_game(seed);
        struct host *h = new_host(seed, 0);
        assert_int_equal(host_run(h), HOST_DONE);
        const struct record *rec = host_record(h);
        assert_same_weeks(rec, &ref->rec);
        assert_true(host_checksum(h) == game_checksum(&ref->g));
        const struct session *hs = host_session(h);
        for (int i = 0; i < ref->g.nseats; i++)
            assert_memory_equal(&hs->ctl[i].mind, &ref->ctl[i].mind, sizeof ref->ctl[i].mind);
        host_free(h);
        session_delete(ref);
    }
}

/* Seat i's orders of week t of r, submitted through the host. */
static void submit_week(struct host *h, const struct record *r, int t, int i)
{
    char why[200];
    if (!host_submit(h, i, r->turns[t].orders[i], r->turns[t].norders[i], why, sizeof why))
        fail_msg("week %d, seat %d: refused: %s", t + 1, i + 1, why);
}

static void orders_should_come_in_any_order_and_a_seat_may_unready(void **state)
{
    (void)state;
    struct session *src = ai_game(33);
    struct host *h = new_host(33, 1);
    int n = host_nseats(h);
    char why[200];
    for (int t = 0; t < src->rec.nturns; t++) {
        /* drafts from the last seat to the first, readied in another order */
        for (int i = n - 1; i >= 0; i--)
            submit_week(h, &src->rec, t, i);
        for (int i = 1; i < n; i += 2)
            assert_true(host_ready(h, i, why, sizeof why));
        assert_false(host_all_ready(h));
        assert_int_equal(host_resolve(h, 0), 0);    /* not every seat is ready */
        /* seat 1 changes its mind: unready, its orders are its draft again */
        assert_true(host_unready(h, 1));
        assert_false(host_is_ready(h, 1));
        struct order d[MAX_ORDERS];
        assert_int_equal(host_draft(h, 1, d, MAX_ORDERS), src->rec.turns[t].norders[1]);
        /* a ready seat's draft cannot change */
        assert_true(host_ready(h, 3, why, sizeof why));
        assert_int_equal(host_submit(h, 3, NULL, 0, why, sizeof why), 0);
        assert_non_null(strstr(why, "confirmed"));
        for (int i = 0; i < n; i += 2)
            assert_true(host_ready(h, i, why, sizeof why));
        assert_false(host_all_ready(h));
        assert_true(host_ready(h, 1, why, sizeof why));
        assert_true(host_all_ready(h));
        assert_int_equal(host_resolve(h, 0), 1);
        assert_true(host_record(h)->turns[t].checksum == src->rec.turns[t].checksum);
    }
    assert_true(host_ended(h));
    assert_int_equal(host_submit(h, 0, NULL, 0, why, sizeof why), 0);
    assert_same_weeks(host_record(h), &src->rec);
    host_free(h);
    session_delete(src);
}

/* A port that records what the host tells it. */
struct listener {
    int weeks[MAX_TURNS + 1];
    int nnotes, ended_notes, ends, turns;
};

static int listen_turn(void *ctx, struct host *h, int seat, const struct view *v)
{
    struct listener *l = ctx;
    assert_int_equal(v->seat, seat);
    assert_int_equal(v->turn, host_week(h));
    l->turns++;
    return host_ready(h, seat, NULL, 0) ? PORT_OK : PORT_QUIT;
}

static void listen_notify(void *ctx, struct host *h, int seat, const struct host_note *n)
{
    struct listener *l = ctx;
    (void)h, (void)seat;
    assert_int_equal(n->kind, NOTE_RESOLVED);
    assert_int_equal(n->saved, -1);      /* no autosave in these hosts */
    l->weeks[l->nnotes++] = n->week;
    l->ended_notes += n->ended;
}

static int listen_end(void *ctx, struct host *h, int seat)
{
    struct listener *l = ctx;
    (void)seat;
    assert_true(host_ended(h));
    l->ends++;
    return PORT_OK;
}

static void ports_should_be_told_of_each_week_and_of_the_end(void **state)
{
    (void)state;
    struct host_setup st;
    host_setup_init(&st, 4);
    st.autosave = 0;
    st.human[2] = 1;
    struct host *h = host_new(&bun, &st);
    struct listener l = { { 0 }, 0, 0, 0, 0 };
    static const struct port_ops ops = { "listener", listen_turn, listen_notify, listen_end };
    struct port p = { &ops, &l };
    host_set_port(h, 2, &p);
    assert_int_equal(host_run(h), HOST_DONE);
    int weeks = host_weeks_resolved(h);
    assert_int_equal(l.turns, weeks);
    assert_int_equal(l.nnotes, weeks);
    for (int k = 0; k < weeks; k++)
        assert_int_equal(l.weeks[k], k + 1);
    assert_int_equal(l.ended_notes, 1);
    assert_int_equal(l.ends, 1);
    /* the seat gave no orders, and said so itself: nothing is flagged */
    for (int t = 0; t < weeks; t++)
        assert_int_equal(host_record(h)->turns[t].flags[2], 0);
    host_free(h);
}

static void a_human_seat_without_a_port_should_leave_the_week_pending(void **state)
{
    (void)state;
    struct host_setup st;
    host_setup_init(&st, 4);
    st.autosave = 0;
    st.human[1] = 1;
    struct host *h = host_new(&bun, &st);
    assert_int_equal(host_run(h), HOST_PENDING);
    assert_int_equal(host_weeks_resolved(h), 0);
    for (int i = 0; i < host_nseats(h); i++)
        assert_int_equal(host_is_ready(h, i), i != 1);   /* the AI seats answered */
    assert_true(host_ready(h, 1, NULL, 0));
    assert_int_equal(host_run(h), HOST_PENDING);         /* the next week waits */
    assert_int_equal(host_weeks_resolved(h), 1);
    host_free(h);
}

static void a_deadline_should_submit_drafts_and_flag_the_ai_orders(void **state)
{
    (void)state;
    struct host_setup st;
    host_setup_init(&st, 8);
    st.human[0] = st.human[1] = st.human[2] = 1;
    struct host *h = host_new(&bun, &st);
    const struct session *s = host_session(h);
    /* seat 0 drafts an order and never confirms; seat 1 does nothing;
     * seat 2 confirms no orders; the AI seats answer when asked */
    struct order patrol = order_make(ORD_PATROL, 0, host_week(h));
    for (int k = 0; k < s->g.nsectors; k++)
        if (s->g.sectors[k].deployed & 1u)
            patrol.sector = (int8_t)k;
    char why[200];
    assert_true(host_submit(h, 0, &patrol, 1, why, sizeof why));
    assert_true(host_ready(h, 2, why, sizeof why));
    assert_int_equal(host_ask(h), PORT_OK);
    assert_false(host_all_ready(h));
    assert_int_equal(host_resolve(h, 0), 0);
    assert_int_equal(host_resolve(h, HOST_RESOLVE_NOW), 1);
    const struct record *r = host_record(h);
    assert_int_equal(r->nturns, 1);
    assert_int_equal(r->turns[0].flags[0], RF_DRAFT_SUBMITTED);
    assert_int_equal(r->turns[0].norders[0], 1);
    assert_memory_equal(&r->turns[0].orders[0][0], &patrol, sizeof patrol);
    assert_int_equal(r->turns[0].flags[1], RF_ORDERS_BY_AI);
    assert_int_equal(r->turns[0].flags[2], 0);
    assert_int_equal(r->turns[0].norders[2], 0);
    for (int i = 3; i < s->g.nseats; i++)
        assert_int_equal(r->turns[0].flags[i], 0);
    /* seat 1's orders are its AI personality's: its reasons are kept */
    int n1 = r->turns[0].norders[1], reasons = 0;
    assert_true(n1 > 0);
    for (int k = 0; k < s->hist->nreasons; k++) {
        const struct reason *x = &s->hist->reasons[k];
        if (x->seat == 1 && x->turn == 1) {
            assert_memory_equal(&x->o, &r->turns[0].orders[1][reasons], sizeof x->o);
            reasons++;
        }
    }
    assert_int_equal(reasons, n1);
    /* the autosave holds the flags; the game loaded from it has them, and
     * its replay decided seat 1's orders again the same way */
    const char *file = host_file(h);
    assert_true(file[0]);
    struct save_info info;
    struct errlist e;
    errlist_init(&e);
    struct host *h2 = host_load(file, HOST_LOAD_VERIFY, &info, &e);
    if (!h2) {
        errlist_print(&e, stderr);
        fail_msg("cannot load %s", file);
    }
    const struct record *r2 = host_record(h2);
    assert_int_equal(r2->turns[0].flags[0], RF_DRAFT_SUBMITTED);
    assert_int_equal(r2->turns[0].flags[1], RF_ORDERS_BY_AI);
    assert_int_equal(r2->turns[0].flags[2], 0);
    assert_true(host_checksum(h2) == host_checksum(h));
    const struct session *s2 = host_session(h2);
    assert_memory_equal(&s2->ctl[1].mind, &s->ctl[1].mind, sizeof s->ctl[1].mind);
    int reasons2 = 0;
    for (int k = 0; k < s2->hist->nreasons; k++)
        reasons2 += s2->hist->reasons[k].seat == 1 && s2->hist->reasons[k].turn == 1;
    assert_int_equal(reasons2, n1);
    /* both go on alike, and a save of the loaded game keeps the flags */
    for (struct host *x = h; x; x = x == h ? h2 : NULL) {
        for (int i = 0; i < 3; i++)
            assert_true(host_ready(x, i, why, sizeof why));
        assert_int_equal(host_resolve(x, HOST_RESOLVE_NOW), 1);
    }
    assert_true(host_checksum(h2) == host_checksum(h));
    char out[1024];
    assert_true(host_save(h2, out, sizeof out));
    struct host *h3 = host_load(out, HOST_LOAD_VERIFY, NULL, &e);
    assert_non_null(h3);
    assert_int_equal(host_record(h3)->turns[0].flags[1], RF_ORDERS_BY_AI);
    assert_int_equal(host_record(h3)->nturns, 2);
    host_free(h3);
    host_free(h2);
    host_free(h);
}

static void the_seat_link_should_give_the_whole_truth_only_at_the_end(void **state)
{
    (void)state;
    struct host_setup st;
    host_setup_init(&st, 6);
    st.autosave = 0;
    st.human[0] = 1;
    struct host *h = host_new(&bun, &st);
    struct seat_link l;
    link_host_init(&l, h);
    struct view *v = calloc(1, sizeof *v);
    assert_non_null(v);
    assert_true(l.view(l.ctx, 0, v));
    assert_int_equal(v->seat, 0);
    assert_false(l.view(l.ctx, VIEW_FACILITATOR, v));   /* not while it is played */
    assert_null(l.debrief);
    struct link_status *ls = malloc(sizeof *ls);
    assert_non_null(ls);
    l.status(l.ctx, ls);
    assert_int_equal(ls->week, 1);
    assert_int_equal(ls->human[0], 1);
    assert_string_equal(ls->played_by[0], "human");
    assert_string_equal(ls->played_by[1], host_session(h)->ctl[1].p->name);
    assert_int_equal(ls->deadline, -1);
    /* the link's orders are the host's */
    char why[200];
    assert_true(l.submit(l.ctx, 0, NULL, 0, why, sizeof why));
    assert_true(l.ready(l.ctx, 0, why, sizeof why));
    l.status(l.ctx, ls);
    assert_int_equal(ls->ready[0], 1);
    assert_true(l.unready(l.ctx, 0));
    assert_false(host_is_ready(h, 0));
    host_set_port(h, 0, port_ai());          /* the AI plays it out */
    assert_int_equal(host_run(h), HOST_DONE);
    assert_true(l.view(l.ctx, VIEW_FACILITATOR, v));
    assert_int_equal(v->seat, VIEW_FACILITATOR);
    l.status(l.ctx, ls);
    assert_int_equal(ls->ended, 1);
    free(ls);
    free(v);
    host_free(h);
}

/* The files of the saves folder whose name holds part. */
static int files_named(const char *part)
{
    struct save_file *v;
    int n = save_list(tmpdir, &v), k = 0;
    for (int i = 0; i < n; i++)
        k += strstr(v[i].name, part) != NULL;
    free(v);
    return k;
}

/* Seen in a new user's run (stop 20): quitting right after a week's
 * autosave wrote autosave-GAME-t02-2.json beside autosave-GAME-t02.json.
 * An autosave of the same game at the same week replaces the earlier. */
static void a_second_autosave_of_a_week_should_replace_the_first(void **state)
{
    (void)state;
    struct host *h = new_host(32, 1);
    assert_int_equal(host_run(h), HOST_PENDING);
    char first[1024], again[1024];
    assert_true(host_autosave(h, first, sizeof first));
    assert_non_null(strstr(first, "autosave-"));
    assert_true(host_autosave(h, again, sizeof again));
    assert_string_equal(again, first);
    char stem[1024];             /* autosave-GAME-tNN: its -2 would hold it too */
    snprintf(stem, sizeof stem, "%s", strrchr(first, '/') + 1);
    *strstr(stem, ".json") = 0;
    assert_int_equal(files_named(stem), 1);
    host_free(h);
}

/* issue 12 (left at stop 19): each save of an ended game made a new
 * GAME-final-N.json - the hot wash's pages shown, saved at each stop,
 * piled up final files. Now one final save, replaced by later saves of
 * the same game; a game branched from an older save keeps its own. */
static void an_ended_game_should_have_one_final_save(void **state)
{
    (void)state;
    struct host *h = new_host(31, 0);
    assert_int_equal(host_run(h), HOST_DONE);
    char first[1024], again[1024], why[200];
    assert_true(host_autosave(h, first, sizeof first));
    assert_non_null(strstr(first, "-final.json"));
    /* the hot wash: a page shown, then saved again (a server's stop) */
    struct fac_action show = fac_action_make(FAC_SHOW);
    show.amount = 2;
    snprintf(show.at, sizeof show.at, "2030-01-02T05:00:00Z");
    assert_true(host_control(h, &show, 0, why, sizeof why));
    assert_true(host_autosave(h, again, sizeof again));
    assert_string_equal(again, first);
    assert_true(host_autosave(h, again, sizeof again));
    assert_string_equal(again, first);
    assert_int_equal(files_named("-final"), 1);
    /* the file holds the page shown, and loads */
    struct bundle b;
    struct record *r = malloc(sizeof *r);
    struct errlist e;
    errlist_init(&e);
    assert_non_null(r);
    assert_true(save_read(first, &b, r, NULL, &e));
    assert_int_equal(r->njournal, 1);
    assert_int_equal(r->journal[0].kind, FAC_SHOW);
    bundle_free(&b);
    /* another game of the same name in the final file (a branch that
     * ended otherwise): never replaced; this one gets -final-2 */
    memcpy(r, host_record(h), sizeof *r);
    r->turns[r->nturns - 1].checksum ^= 1;
    r->njournal = 0;
    assert_true(save_write(first, r, &bun, &e));
    assert_true(host_autosave(h, again, sizeof again));
    assert_non_null(strstr(again, "-final-2.json"));
    assert_true(host_autosave(h, again, sizeof again));
    assert_non_null(strstr(again, "-final-2.json"));
    assert_int_equal(files_named("-final"), 2);
    assert_true(save_read(first, &b, r, NULL, &e));
    assert_int_equal(r->njournal, 0);
    assert_true(r->turns[r->nturns - 1].checksum != host_record(h)->turns[r->nturns - 1].checksum);
    bundle_free(&b);
    free(r);
    host_free(h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_game_of_scripted_ports_should_equal_its_orders_replayed),
        cmocka_unit_test(ai_ports_through_the_host_should_play_session_play_out),
        cmocka_unit_test(orders_should_come_in_any_order_and_a_seat_may_unready),
        cmocka_unit_test(ports_should_be_told_of_each_week_and_of_the_end),
        cmocka_unit_test(a_human_seat_without_a_port_should_leave_the_week_pending),
        cmocka_unit_test(a_deadline_should_submit_drafts_and_flag_the_ai_orders),
        cmocka_unit_test(the_seat_link_should_give_the_whole_truth_only_at_the_end),
        cmocka_unit_test(an_ended_game_should_have_one_final_save),
        cmocka_unit_test(a_second_autosave_of_a_week_should_replace_the_first),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
