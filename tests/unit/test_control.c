/* test_control.c - the facilitator's actions (issue 12): each applied
 * through the host, replayed from the record to the same checksums, kept
 * through a save and a load; the refused cases (hold an inject that went
 * live, rewind to a week still to come, act after the end); pause refuses
 * the seats' orders and keeps the deadline's time left; resolve now
 * flags what it filled in; rewind rebuilds the start of a week and keeps
 * the journal whole. */
#include "helpers.h"
#include "hostweek.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/view.h"
#include "report/aar.h"
#include "report/debrief.h"
#include "store/report_json.h"
#include "data/save.h"
#include "session/host.h"
#include "session/fac_link.h"
#include "session/link.h"
#include "session/port.h"
#include "session/session.h"

static struct bundle bun;
static char tmpdir[256];

enum { ARRIVAL, VENDOR_RADIOS, LEAKED_SCHEDULE, ONE_DATABASE };   /* lakeland's injects */
enum { KESTRIA, MORVANE, LISSELUND };

static int setup(void **state)
{
    (void)state;
    struct errlist e;
    errlist_init(&e);
    snprintf(tmpdir, sizeof tmpdir, "/tmp/mandate-test-control-XXXXXX");
    if (!mkdtemp(tmpdir))
        return -1;
    save_set_dir(tmpdir);
    if (!bundle_load(&bun, "lakeland", &e)) {
        errlist_print(&e, stderr);
        return -1;
    }
    if (strcmp(bun.sc->injects[VENDOR_RADIOS].id, "vendor_radios") != 0 ||
        strcmp(bun.sc->injects[LEAKED_SCHEDULE].id, "leaked_schedule") != 0)
        return -1;
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

/* A host of seed without autosave: kestria human, the others AI. */
static struct host *new_host(uint64_t seed)
{
    struct host_setup st;
    host_setup_init(&st, seed);
    st.autosave = 0;
    st.started_at = "2030-01-02T03:04:05Z";
    st.human[KESTRIA] = 1;
    return host_new(&bun, &st);
}

static struct fac_action act(int kind)
{
    struct fac_action a = fac_action_make(kind);
    snprintf(a.at, sizeof a.at, "2030-01-02T04:00:00Z");
    return a;
}

static void take(struct host *h, const struct fac_action *a, int64_t now)
{
    char why[200] = "";
    if (!host_control(h, a, now, why, sizeof why))
        fail_msg("%s refused: %s", fac_kind_name(a->kind), why);
}

static void refused_at(struct host *h, const struct fac_action *a, int64_t now,
                       const char *part)
{
    char why[200] = "";
    assert_false(host_control(h, a, now, why, sizeof why));
    if (!strstr(why, part))
        fail_msg("%s: \"%s\", expected \"%s\"", fac_kind_name(a->kind), why, part);
}

static void refused(struct host *h, const struct fac_action *a, const char *part)
{
    refused_at(h, a, 0, part);
}

static struct fac_action on_inject(int kind, int inject)
{
    struct fac_action a = act(kind);
    a.inject = (int8_t)inject;
    return a;
}

/* The record replayed into a new session gives every recorded checksum
 * and the host's state; the session is returned (the caller frees it). */
static struct session *replayed(struct host *h)
{
    const struct record *r = host_record(h);
    struct session *s = malloc(sizeof *s);
    assert_non_null(s);
    session_init(s, bun.sc, &bun.pub, &bun.ps, 0);
    struct replay_error err;
    if (!session_replay(s, r, -1, REPLAY_VERIFY, &err)) {
        char path[96], msg[300];
        replay_error_text(&err, bun.sc, path, sizeof path, msg, sizeof msg);
        fail_msg("the record does not replay: %s: %s", path, msg);
    }
    assert_true(game_checksum(&s->g) == host_checksum(h));
    assert_int_equal(s->rec.nactions, r->nactions);
    return s;
}

static void session_delete(struct session *s)
{
    session_free(s);
    free(s);
}

/* Saves h and loads it back (verified): the same checksum, actions and
 * journal. */
static void round_trip(struct host *h)
{
    char path[1024];
    if (!host_save(h, path, sizeof path))
        fail_msg("save: %s", path);
    struct errlist *e = malloc(sizeof *e);
    assert_non_null(e);
    errlist_init(e);
    struct host *g = host_load(path, HOST_LOAD_VERIFY, NULL, e);
    if (!g) {
        errlist_print(e, stderr);
        fail_msg("the save does not load");
    }
    free(e);
    const struct record *a = host_record(h), *b = host_record(g);
    assert_true(host_checksum(g) == host_checksum(h));
    assert_int_equal(b->nactions, a->nactions);
    assert_memory_equal(b->actions, a->actions, sizeof a->actions[0] * (size_t)a->nactions);
    assert_int_equal(b->njournal, a->njournal);
    assert_memory_equal(b->journal, a->journal, sizeof a->journal[0] * (size_t)a->njournal);
    for (int i = 0; i < host_nseats(h); i++)
        assert_int_equal(host_human(g, i), host_human(h, i));
    host_free(g);
}

static int live_in(struct host *h, int seat, int index)
{
    struct view *v = calloc(1, sizeof *v);
    assert_non_null(v);
    assert_true(host_view(h, seat, v));
    int found = 0;
    for (int i = 0; i < v->ninjects; i++)
        found |= v->injects[i].index == index;
    free(v);
    return found;
}

static void fire_should_make_an_inject_live_now_and_replay(void **state)
{
    (void)state;
    struct host *h = new_host(31);
    week(h);
    /* week 2: lisselund confirmed; the facilitator fires week 3's
     * inject for morvane and week 2's stays */
    char why[200];
    assert_true(host_ready(h, KESTRIA, why, sizeof why));
    assert_int_equal(host_ask(h), PORT_OK);
    assert_true(host_is_ready(h, MORVANE));
    assert_false(live_in(h, MORVANE, LEAKED_SCHEDULE));
    struct fac_action a = on_inject(FAC_FIRE, LEAKED_SCHEDULE);
    take(h, &a, 0);
    assert_true(live_in(h, MORVANE, LEAKED_SCHEDULE));
    assert_false(live_in(h, KESTRIA, LEAKED_SCHEDULE));   /* morvane's alone */
    /* morvane must choose: its confirmation is withdrawn, its AI asked again */
    assert_false(host_is_ready(h, MORVANE));
    assert_true(host_is_ready(h, KESTRIA));
    refused(h, &a, "it has gone live already");
    assert_int_equal(host_ask(h), PORT_OK);
    assert_true(host_resolve(h, 0));
    /* it does not fire again in week 3 */
    assert_false(live_in(h, MORVANE, LEAKED_SCHEDULE));
    week(h);
    const struct record *r = host_record(h);
    assert_int_equal(r->nactions, 1);
    assert_int_equal(r->actions[0].week, 2);
    assert_string_equal(r->actions[0].at, "2030-01-02T04:00:00Z");
    assert_int_equal(r->njournal, 1);
    session_delete(replayed(h));
    round_trip(h);
    host_free(h);
}

/* Issue 12: a fired inject that reopens a confirmed AI seat makes its AI
 * decide again. A replay applies the week's actions before any seat
 * decides, so live play must come to the same game as the fire taken
 * before the AI decided: the same orders, the same AI memory, the same
 * checksums to the end; and the save replays verified. */
static void a_reopened_ai_seat_should_decide_as_in_replay(void **state)
{
    (void)state;
    char why[200];
    for (uint64_t seed = 1; seed <= 16; seed++) {
        struct host *live = new_host(seed), *first = new_host(seed);
        week(live);
        week(first);
        struct fac_action a = on_inject(FAC_FIRE, LEAKED_SCHEDULE);
        /* live: the AI seats confirmed, then the fire reopens morvane */
        assert_true(host_ready(live, KESTRIA, why, sizeof why));
        assert_int_equal(host_ask(live), PORT_OK);
        assert_true(host_is_ready(live, MORVANE));
        take(live, &a, 0);
        assert_int_equal(host_ask(live), PORT_OK);
        assert_true(host_resolve(live, 0));
        /* as a replay does it: the fire first */
        take(first, &a, 0);
        week(first);
        if (host_checksum(live) != host_checksum(first))
            fail_msg("seed %llu: the week of the fire parts from its replay",
                     (unsigned long long)seed);
        const struct session *x = host_session(live), *y = host_session(first);
        for (int i = 0; i < host_nseats(live); i++)
            if (memcmp(&x->ctl[i].mind, &y->ctl[i].mind, sizeof x->ctl[i].mind) != 0)
                fail_msg("seed %llu: seat %d's AI remembers otherwise than in replay",
                         (unsigned long long)seed, i);
        while (!host_ended(live)) {
            week(live);
            week(first);
            if (host_checksum(live) != host_checksum(first))
                fail_msg("seed %llu, week %d: live play and replay part",
                         (unsigned long long)seed, host_weeks_resolved(live));
        }
        session_delete(replayed(live));
        round_trip(live);
        host_free(live);
        host_free(first);
    }
}

static void hold_should_skip_a_trigger_until_released(void **state)
{
    (void)state;
    struct host *h = new_host(32);
    struct host *ref = new_host(32);
    week(ref);
    uint64_t plain = host_checksum(ref);
    host_free(ref);
    struct fac_action hold = on_inject(FAC_HOLD, VENDOR_RADIOS);
    take(h, &hold, 0);
    refused(h, &hold, "it is held already");
    week(h);
    assert_false(live_in(h, LISSELUND, VENDOR_RADIOS));    /* week 2: held */
    assert_true(host_checksum(h) != plain);            /* the held bit counts */
    struct fac_action rel = on_inject(FAC_RELEASE, VENDOR_RADIOS);
    take(h, &rel, 0);
    refused(h, &rel, "it is not held");
    week(h);
    assert_true(live_in(h, LISSELUND, VENDOR_RADIOS));     /* week 3: its week passed */
    /* an inject that went live is never held */
    struct fac_action late = on_inject(FAC_HOLD, VENDOR_RADIOS);
    refused(h, &late, "it has gone live already");
    week(h);
    session_delete(replayed(h));
    round_trip(h);
    host_free(h);
}

static void a_contingency_should_reach_its_audience_alone(void **state)
{
    (void)state;
    struct host *h = new_host(33);
    struct fac_action c = act(FAC_CONTINGENCY);
    c.seat = MORVANE;
    snprintf(c.title, sizeof c.title, "Power cut at the base");
    snprintf(c.text, sizeof c.text, "Generators run for a day.\nSay how you cope.");
    take(h, &c, 0);
    struct view *v = calloc(1, sizeof *v);
    assert_non_null(v);
    int found = 0;
    assert_true(host_view(h, MORVANE, v));
    for (int i = 0; i < v->ninjects; i++)
        if (v->injects[i].index >= VIEW_CONTINGENCY) {
            found++;
            assert_string_equal(v->injects[i].title, "Power cut at the base");
            assert_int_equal(v->injects[i].nchoices, 0);
        }
    assert_int_equal(found, 1);
    assert_true(host_view(h, KESTRIA, v));
    for (int i = 0; i < v->ninjects; i++)
        assert_true(v->injects[i].index < VIEW_CONTINGENCY);
    assert_true(host_view(h, VIEW_PUBLIC, v));
    for (int i = 0; i < v->ninjects; i++)
        assert_true(v->injects[i].index < VIEW_CONTINGENCY);
    free(v);
    struct fac_action untitled = act(FAC_CONTINGENCY);
    refused(h, &untitled, "needs a title");
    week(h);
    assert_false(live_in(h, MORVANE, VIEW_CONTINGENCY));   /* its week is over */
    session_delete(replayed(h));
    round_trip(h);
    host_free(h);
}

static void a_seat_switched_to_ai_should_replay_as_played(void **state)
{
    (void)state;
    struct host *h = new_host(34);
    week(h);
    struct fac_action s = act(FAC_SEAT);
    s.seat = KESTRIA;
    s.human = 0;
    take(h, &s, 0);
    refused(h, &s, "its AI plays it already");
    assert_false(host_human(h, KESTRIA));
    week(h);
    week(h);
    struct fac_action back = act(FAC_SEAT);
    back.seat = KESTRIA;
    back.human = 1;
    take(h, &back, 0);
    week(h);
    assert_true(host_human(h, KESTRIA));
    const struct record *r = host_record(h);
    assert_int_equal(r->actions[0].was_human, 1);
    assert_int_equal(r->actions[1].was_human, 0);
    struct session *rep = replayed(h);
    assert_true(rep->ctl[KESTRIA].human);
    session_delete(rep);
    round_trip(h);
    host_free(h);
}

static void pause_should_refuse_orders_and_keep_the_time_left(void **state)
{
    (void)state;
    struct host *h = new_host(35);
    struct fac_action d = act(FAC_DEADLINE);
    d.amount = 60;
    take(h, &d, 1000);
    assert_int_equal(host_deadline_left(h, 11000), 50);
    struct fac_action p = act(FAC_PAUSE);
    take(h, &p, 11000);
    refused(h, &p, "paused already");
    char why[200];
    assert_false(host_submit(h, KESTRIA, NULL, 0, why, sizeof why));
    assert_string_equal(why, "the exercise is paused by the facilitator");
    assert_false(host_ready(h, KESTRIA, why, sizeof why));
    assert_string_equal(why, "the exercise is paused by the facilitator");
    /* half an hour of pause: the time left is kept, nothing resolves */
    assert_int_equal(host_deadline_left(h, 1811000), 50);
    assert_false(host_tick(h, 1811000));
    struct fac_action rn = act(FAC_RESOLVE_NOW);
    refused(h, &rn, "resume it first");
    struct fac_action r = act(FAC_RESUME);
    take(h, &r, 1811000);
    refused(h, &r, "not paused");
    assert_int_equal(host_deadline_left(h, 1821000), 40);
    struct fac_action more = act(FAC_DEADLINE);
    more.amount = 30;
    more.relative = 1;
    take(h, &more, 1821000);
    assert_int_equal(host_deadline_left(h, 1821000), 70);
    more.amount = -90;
    refused_at(h, &more, 1821000, "the deadline would pass");
    assert_false(host_tick(h, 1890000));
    assert_int_equal(host_weeks_resolved(h), 0);
    assert_true(host_tick(h, 1891000));     /* due: resolved as at a deadline */
    assert_int_equal(host_weeks_resolved(h), 1);
    assert_true(host_record(h)->turns[0].flags[KESTRIA] & RF_ORDERS_BY_AI);
    /* the next week's deadline starts at the next tick */
    assert_false(host_tick(h, 2000000));
    assert_int_equal(host_deadline_left(h, 2010000), 50);
    session_delete(replayed(h));
    host_free(h);
}

static void resolve_now_should_submit_drafts_and_flag_them(void **state)
{
    (void)state;
    struct host_setup st;
    host_setup_init(&st, 36);
    st.autosave = 0;
    st.human[KESTRIA] = st.human[MORVANE] = 1;
    struct host *h = host_new(&bun, &st);
    char why[200];
    assert_true(host_submit(h, KESTRIA, NULL, 0, why, sizeof why));   /* a draft, unconfirmed */
    struct fac_action rn = act(FAC_RESOLVE_NOW);
    take(h, &rn, 0);
    const struct record *r = host_record(h);
    assert_int_equal(r->nturns, 1);
    assert_int_equal(r->turns[0].flags[KESTRIA], RF_DRAFT_SUBMITTED);
    assert_int_equal(r->turns[0].flags[MORVANE], RF_ORDERS_BY_AI);
    assert_int_equal(r->turns[0].flags[LISSELUND], 0);
    assert_int_equal(r->journal[0].kind, FAC_RESOLVE_NOW);
    assert_int_equal(r->journal[0].week, 1);
    session_delete(replayed(h));
    round_trip(h);
    host_free(h);
}

static void rewind_should_restart_a_week_and_keep_the_journal(void **state)
{
    (void)state;
    struct host *h = new_host(37);
    struct fac_action note = act(FAC_NOTE);
    snprintf(note.text, sizeof note.text, "Kestria's team is late.");
    take(h, &note, 0);
    week(h);
    uint64_t start2 = host_checksum(h);
    struct fac_action hold = on_inject(FAC_HOLD, LEAKED_SCHEDULE);
    take(h, &hold, 0);
    week(h);
    struct fac_action fire = on_inject(FAC_FIRE, ONE_DATABASE);
    take(h, &fire, 0);
    week(h);
    assert_int_equal(host_week(h), 4);
    struct fac_action ahead = act(FAC_REWIND);
    ahead.amount = 5;
    refused(h, &ahead, "still to come");
    struct fac_action rw = act(FAC_REWIND);
    rw.amount = 2;
    take(h, &rw, 0);
    assert_int_equal(host_week(h), 2);
    assert_int_equal(host_weeks_resolved(h), 1);
    assert_true(host_checksum(h) == start2);
    const struct record *r = host_record(h);
    assert_int_equal(r->nactions, 0);   /* the hold of week 2 is undone */
    assert_int_equal(r->njournal, 4);   /* note, hold, fire, rewind */
    assert_int_equal(r->journal[0].undone, 0);
    assert_int_equal(r->journal[1].undone, 1);
    assert_int_equal(r->journal[2].undone, 1);
    assert_int_equal(r->journal[3].kind, FAC_REWIND);
    assert_int_equal(r->journal[3].week, 4);
    assert_non_null(strstr(r->journal[3].text, "2 weeks resolved and 2 actions undone"));
    /* week 2 plays again, without the hold */
    week(h);
    assert_true(live_in(h, MORVANE, LEAKED_SCHEDULE));
    session_delete(replayed(h));
    round_trip(h);
    host_free(h);
}

static void the_ended_game_should_take_notes_alone(void **state)
{
    (void)state;
    struct host *h = new_host(38);
    while (!host_ended(h))
        week(h);
    struct fac_action fire = on_inject(FAC_FIRE, ONE_DATABASE);
    refused(h, &fire, "the game has ended");
    struct fac_action p = act(FAC_PAUSE);
    refused(h, &p, "the game has ended");
    struct fac_action note = act(FAC_NOTE);
    refused(h, &note, "an empty note");
    snprintf(note.text, sizeof note.text, "Hot wash at 16:00.\x1b[2J");
    take(h, &note, 0);
    int n;
    const struct fac_action *j = host_journal(h, &n);
    assert_int_equal(n, 1);
    assert_string_equal(j[0].text, "Hot wash at 16:00. [2J");   /* no escape reaches a screen */
    session_delete(replayed(h));
    round_trip(h);
    host_free(h);
}

/* Every operation of a seat's link, as a seat would use it: none reaches
 * the facilitator's actions (the link has no operation for them). */
static void a_seat_link_should_never_act_for_the_facilitator(void **state)
{
    (void)state;
    struct host *h = new_host(39);
    struct seat_link l;
    link_host_init(&l, h);
    char why[200];
    struct view *v = calloc(1, sizeof *v);
    assert_non_null(v);
    for (int t = 0; t < 3; t++) {
        assert_true(l.view(l.ctx, KESTRIA, v));
        assert_true(l.submit(l.ctx, KESTRIA, NULL, 0, why, sizeof why));
        assert_true(l.ready(l.ctx, KESTRIA, why, sizeof why));
        assert_true(l.unready(l.ctx, KESTRIA));
        assert_true(l.ready(l.ctx, KESTRIA, why, sizeof why));
        struct link_status st;
        l.status(l.ctx, &st);
        assert_int_equal(st.paused, 0);
        assert_int_equal(host_ask(h), PORT_OK);
        assert_true(host_resolve(h, 0));
    }
    free(v);
    const struct record *r = host_record(h);
    assert_int_equal(r->nactions, 0);
    assert_int_equal(r->njournal, 0);
    assert_true(host_human(h, KESTRIA));
    host_free(h);
}

/* A port that counts what it is told. */
struct heard {
    int kicked[MAX_SEATS], control, rewound;
};

static void heard_notify(void *ctx, struct host *h, int seat, const struct host_note *n)
{
    struct heard *x = ctx;
    (void)h;
    if (n->kind == NOTE_KICKED)
        x->kicked[seat]++;
    else if (n->kind == NOTE_CONTROL && seat == KESTRIA)
        x->control++;
    else if (n->kind == NOTE_REWOUND && seat == KESTRIA)
        x->rewound++;
}

static int heard_turn(void *ctx, struct host *h, int seat, const struct view *v)
{
    (void)ctx, (void)h, (void)seat, (void)v;
    return PORT_PENDING;
}

/* Kick closes one seat's connection: its port alone is told; the
 * others hear of every other action, and of a rewind. */
static void kick_should_tell_that_seat_alone(void **state)
{
    (void)state;
    static const struct port_ops ops = { "heard", heard_turn, heard_notify, NULL };
    struct heard x;
    memset(&x, 0, sizeof x);
    struct port p = { &ops, &x };
    struct host *h = new_host(41);
    host_set_port(h, KESTRIA, &p);
    host_set_port(h, MORVANE, &p);
    struct fac_action k = act(FAC_KICK);
    k.seat = MORVANE;
    take(h, &k, 0);
    assert_int_equal(x.kicked[MORVANE], 1);
    assert_int_equal(x.kicked[KESTRIA], 0);
    k.seat = 9;
    refused(h, &k, "no such contingent");
    struct fac_action p1 = act(FAC_PAUSE);
    take(h, &p1, 0);
    assert_int_equal(x.control, 1);
    struct fac_action rw = act(FAC_REWIND);
    rw.amount = 1;
    take(h, &rw, 0);
    assert_int_equal(x.rewound, 1);
    assert_int_equal(host_record(h)->journal[0].kind, FAC_KICK);
    host_free(h);
}

/* The facilitator's link over the host: the MSEL as the host stands
 * (live, held, fired with its answer, upcoming with its trigger), the
 * roster and the clock, the journal, and actions with the time filled
 * in. */
static void the_facilitators_link_should_show_the_msel_and_roster(void **state)
{
    (void)state;
    struct host *h = new_host(42);
    struct fac_link l;
    fac_link_host_init(&l, h);
    char why[200];
    struct fac_action a = fac_action_make(FAC_HOLD);
    a.inject = LEAKED_SCHEDULE;
    assert_true(l.control(l.ctx, &a, why, sizeof why));
    a = fac_action_make(FAC_PAUSE);
    assert_true(l.control(l.ctx, &a, why, sizeof why));
    struct fac_inject *m = calloc(MAX_INJECTS, sizeof *m);
    assert_non_null(m);
    int n = l.msel(l.ctx, m, MAX_INJECTS);
    assert_int_equal(n, bun.sc->ninjects);
    assert_int_equal(m[ARRIVAL].state, MSEL_LIVE);
    assert_int_equal(m[ARRIVAL].week, 1);
    assert_int_equal(m[LEAKED_SCHEDULE].state, MSEL_HELD);
    assert_int_equal(m[VENDOR_RADIOS].state, MSEL_UPCOMING);
    assert_string_equal(m[VENDOR_RADIOS].trigger, "week 2");
    struct fac_status st;
    l.status(l.ctx, &st);
    assert_int_equal(st.paused, 1);
    assert_int_equal(st.nseats, host_nseats(h));
    assert_int_equal(st.seats[KESTRIA].human, 1);
    assert_int_equal(st.seats[MORVANE].human, 0);
    assert_int_equal(st.deadline, -1);
    a = fac_action_make(FAC_RESUME);
    assert_true(l.control(l.ctx, &a, why, sizeof why));
    week(h);
    /* week 2: vendor radios live for lisselund, answered by its AI */
    week(h);
    n = l.msel(l.ctx, m, MAX_INJECTS);
    assert_int_equal(m[VENDOR_RADIOS].state, MSEL_FIRED);
    assert_int_equal(m[VENDOR_RADIOS].week, 2);
    assert_true(m[VENDOR_RADIOS].answer >= 0);
    assert_string_equal(m[VENDOR_RADIOS].answer_text,
                        bun.sc->injects[VENDOR_RADIOS].choices[m[VENDOR_RADIOS].answer].label);
    free(m);
    struct fac_action *j = calloc(MAX_JOURNAL, sizeof *j);
    assert_non_null(j);
    assert_int_equal(l.journal(l.ctx, j, MAX_JOURNAL), 3);
    assert_int_equal(strlen(j[0].at), 20);   /* "2026-12-05T22:16:42Z": the link's clock */
    free(j);
    host_free(h);
}

/* The report of viewer (md, html and json) in one string. */
static char *reports(struct host *h, int viewer)
{
    struct debrief *d = debrief_build_for(host_session(h), NULL, NULL, viewer);
    assert_non_null(d);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    assert_true(aar_write_md(f, d, NULL));
    assert_true(aar_write_html(f, d, NULL));
    char *json = report_json(d, NULL);
    assert_non_null(json);
    fputs(json, f);
    free(json);
    fclose(f);
    debrief_free(d);
    return buf;
}

static int count(const char *text, const char *what)
{
    int n = 0;
    for (const char *p = text; (p = strstr(p, what)); p++)
        n++;
    return n;
}

/* The controller's journal is in the declassified report (md, html and
 * json) and in no seat's report nor the public one. */
static void the_journal_should_reach_the_declassified_report_alone(void **state)
{
    (void)state;
    struct host *h = new_host(40);
    struct fac_action note = act(FAC_NOTE);
    snprintf(note.text, sizeof note.text, "CANARY-NOTE Kestria's team argued for ten minutes.");
    take(h, &note, 0);
    struct fac_action rev = act(FAC_REVEAL);
    snprintf(rev.text, sizeof rev.text, "CANARY-REVEAL the trust matrix");
    take(h, &rev, 0);
    struct fac_action hold = on_inject(FAC_HOLD, VENDOR_RADIOS);
    take(h, &hold, 0);
    struct fac_action rn = act(FAC_RESOLVE_NOW);
    take(h, &rn, 0);               /* kestria gave nothing: its AI's orders */
    week(h);
    char *all = reports(h, VIEW_FACILITATOR);
    /* md's heading, html's heading and its table of contents */
    assert_int_equal(count(all, "Controller's journal"), 3);
    assert_int_equal(count(all, "CANARY-NOTE"), 3);            /* md, html, json */
    assert_int_equal(count(all, "CANARY-REVEAL"), 3);
    assert_int_equal(count(all, "Held the inject"), 3);
    /* md and html: resolved at once, not a deadline passed (issue 12) */
    assert_int_equal(count(all, "orders (nothing given when the facilitator resolved the week)"),
                     2);
    assert_int_equal(count(all, "nothing given in time"), 0);
    assert_non_null(strstr(all, "\"orders_by_ai\":"));
    free(all);
    for (int v = VIEW_PUBLIC; v < host_nseats(h); v++) {
        if (v == VIEW_FACILITATOR)
            continue;
        char *seat = reports(h, v);
        if (strstr(seat, "CANARY") || strstr(seat, "Controller's journal") ||
            strstr(seat, "\"journal\""))
            fail_msg("the journal reached the report of viewer %d", v);
        free(seat);
    }
    host_free(h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fire_should_make_an_inject_live_now_and_replay),
        cmocka_unit_test(a_reopened_ai_seat_should_decide_as_in_replay),
        cmocka_unit_test(hold_should_skip_a_trigger_until_released),
        cmocka_unit_test(a_contingency_should_reach_its_audience_alone),
        cmocka_unit_test(a_seat_switched_to_ai_should_replay_as_played),
        cmocka_unit_test(pause_should_refuse_orders_and_keep_the_time_left),
        cmocka_unit_test(resolve_now_should_submit_drafts_and_flag_them),
        cmocka_unit_test(rewind_should_restart_a_week_and_keep_the_journal),
        cmocka_unit_test(the_ended_game_should_take_notes_alone),
        cmocka_unit_test(a_seat_link_should_never_act_for_the_facilitator),
        cmocka_unit_test(the_journal_should_reach_the_declassified_report_alone),
        cmocka_unit_test(kick_should_tell_that_seat_alone),
        cmocka_unit_test(the_facilitators_link_should_show_the_msel_and_roster),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
