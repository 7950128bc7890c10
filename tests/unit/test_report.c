/* test_report.c - the debrief and the after-action report (issue 6): every
 * learning objective is claimed only when play earned it, with the turn
 * that shows it; ratings follow the documented rule; the timeline, spying
 * matrix and series agree with the game; the Markdown, HTML and JSON
 * reports name what the debrief found; the objectives asset loads and
 * its loader reports bad files. Games are built by hand on the two-seat
 * fixture with the test rule book, outcomes forced by setting the rules
 * to certainties; one is a whole simulated Lakeland game saved and
 * replayed. */
#include "report_rig.h"

#include <unistd.h>

#include <cJSON.h>

#include "data/save.h"
#include "session/load.h"

static const struct db_lesson *lesson(const struct debrief *d, int number)
{
    return &d->lesson[number - 1];
}

/* 1 when the objective's evidence has an item of that turn whose text
 * contains needle. */
static int evidence_at(const struct debrief *d, int number, int turn, const char *needle)
{
    const struct db_lesson *L = lesson(d, number);
    for (int i = 0; i < L->nev; i++)
        if (L->ev[i].turn == turn && strstr(L->ev[i].text, needle))
            return 1;
    return 0;
}

static void show_lesson(const struct debrief *d, int number)
{
    const struct db_lesson *L = lesson(d, number);
    print_message("# objective %d: arose %d rating %s: %s\n", number, L->arose,
                  rating_letter(L->rating), L->basis);
    for (int i = 0; i < L->nev; i++)
        print_message("#   T%d %s\n", L->ev[i].turn, L->ev[i].text);
}

/* 1 when the Markdown names the objective's heading and an evidence line
 * "- Turn T: ...needle...". */
static int md_names(const char *md, int number, int turn, const char *needle)
{
    char head[32], line[32];
    snprintf(head, sizeof head, "### Objective %d:", number);
    snprintf(line, sizeof line, "- Turn %d: ", turn);
    const char *h = strstr(md, head);
    if (!h)
        return 0;
    const char *end = strstr(h + 1, "### ");
    for (const char *p = strstr(h, line); p && (!end || p < end); p = strstr(p + 1, line)) {
        const char *eol = strchr(p, '\n');
        size_t n = eol ? (size_t)(eol - p) : strlen(p);
        char *one = strndup(p, n);
        int hit = strstr(one, needle) != NULL;
        free(one);
        if (hit)
            return 1;
    }
    return 0;
}

/* --- objectives are claimed only when earned ------------------------------ */

static void mandate_only_game_claims_no_objective(void **state)
{
    (void)state;
    struct rig *r = rig_load();
    rig_start(r, 1);
    for (int t = 0; t < 4; t++)
        rig_patrol(r);
    const struct debrief *d = rig_debrief(r);
    assert_true(d->ended);
    assert_int_equal(d->turns, 4);
    assert_int_equal(d->nops, 0);
    for (int k = 1; k <= LESSON_COUNT; k++) {
        if (lesson(d, k)->arose)
            show_lesson(d, k);
        assert_false(lesson(d, k)->arose);
        assert_int_equal(lesson(d, k)->rating, RATING_NONE);
    }
    assert_int_equal(debrief_lessons_arisen(d), 0);
    for (int i = 0; i < MAX_SEATS; i++)
        for (int t = 0; t < MAX_TARGETS; t++)
            assert_int_equal(d->spy[i][t].ops, 0);
    char *md = render(d, 0);
    for (int k = 1; k <= LESSON_COUNT; k++) {
        char head[32];
        snprintf(head, sizeof head, "### Objective %d:", k);
        assert_null(strstr(md, head));
    }
    assert_non_null(strstr(md, "### Objectives that did not come up"));
    free(md);
    rig_close(r);
}

static void backdoor_found_by_audit_names_objective_5_with_its_turns(void **state)
{
    (void)state;
    struct rig *r = rig_load();
    fx_covert_sure(r->f);
    fx_unseen(r->f);
    r->f->pub.cat.rules.audit_base = 1000;
    rig_start(r, 1);
    struct order a[2] = {o_(r, ORD_CONTRIBUTE, AMBER), o_(r, ORD_BACKDOOR, AMBER)};
    struct order b = os(r, ORD_PATROL, BASALT, SOUTH);
    rig_turn(r, a, 2, &b, 1); /* turn 1: backdoored */
    rig_patrol(r);            /* turn 2 */
    struct order pa = os(r, ORD_PATROL, AMBER, NORTH), au = o_(r, ORD_AUDIT, BASALT);
    rig_turn(r, &pa, 1, &au, 1); /* turn 3: the audit finds it */
    const struct debrief *d = rig_debrief(r);
    const struct db_lesson *L = lesson(d, 5);
    if (!L->arose || L->rating != RATING_P)
        show_lesson(d, 5);
    assert_true(L->arose);
    assert_int_equal(L->first_turn, 1);
    assert_true(evidence_at(d, 5, 1, "Amber: Backdoor equipment, succeeded"));
    assert_true(evidence_at(d, 5, 3, "audit"));
    assert_true(evidence_at(d, 5, 1, "turn 3")); /* found on turn 3 */
    assert_int_equal(L->threats, 1);
    assert_int_equal(L->countered, 1);
    assert_int_equal(L->rating, RATING_P);
    /* the timeline: the backdoor succeeded unseen, the audit found it */
    int seen = 0;
    for (int k = 0; k < d->nops; k++) {
        const struct db_op *op = &d->ops[k];
        if (op->kind == ORD_BACKDOOR) {
            assert_int_equal(op->turn, 1);
            assert_true(op->success);
            assert_false(op->detected);
            assert_int_equal(op->item, 0);
            assert_int_equal(op->chance, 1000);
            seen |= 1;
        } else if (op->kind == ORD_AUDIT) {
            assert_int_equal(op->turn, 3);
            assert_true(op->success);
            assert_non_null(strstr(op->result, "backdoor"));
            seen |= 2;
        }
    }
    assert_int_equal(seen, 3);
    assert_int_equal(d->spy[AMBER][TARGET_HQ].ops, 1);
    /* nothing else was earned: no spying between the two */
    for (int k = 2; k <= 4; k++)
        assert_false(lesson(d, k)->arose);
    assert_false(lesson(d, 6)->arose);
    assert_false(lesson(d, 8)->arose);
    char *md = render(d, 0);
    assert_true(md_names(md, 5, 3, "audit"));
    assert_true(md_names(md, 5, 1, "Backdoor equipment"));
    free(md);
    rig_close(r);
}

static void insider_recruited_names_objective_3_with_its_turn(void **state)
{
    (void)state;
    struct rig *r = rig_load();
    fx_covert_sure(r->f);
    fx_unseen(r->f);
    rig_start(r, 1);
    for (int t = 1; t <= 3; t++) {
        struct order a = os(r, ORD_PATROL, AMBER, NORTH);
        struct order b = ot(r, ORD_INSIDER, BASALT, AMBER);
        rig_turn(r, &a, 1, &b, 1);
    }
    rig_patrol(r);
    const struct debrief *d = rig_debrief(r);
    const struct db_lesson *L = lesson(d, 3);
    if (!L->arose)
        show_lesson(d, 3);
    assert_true(L->arose);
    assert_int_equal(L->first_turn, 3);
    assert_true(evidence_at(d, 3, 3, "recruited turn 3"));
    assert_true(evidence_at(d, 3, 3, "developed turn 2"));
    assert_true(evidence_at(d, 3, 3, "still in place"));
    assert_int_equal(L->threats, 1);
    assert_int_equal(L->countered, 0);
    assert_int_equal(L->rating, RATING_U); /* nobody found it */
    /* the timeline shows each stage */
    int stages = 0;
    for (int k = 0; k < d->nops; k++)
        if (d->ops[k].kind == ORD_INSIDER)
            stages = stages * 10 + d->ops[k].stage;
    assert_int_equal(stages, 123);
    char *md = render(d, 0);
    assert_true(md_names(md, 3, 3, "recruited turn 3"));
    assert_non_null(strstr(md, "U (unable to be performed)"));
    free(md);
    rig_close(r);
}

static void insider_found_by_sweep_is_countered(void **state)
{
    (void)state;
    struct rig *r = rig_load();
    fx_covert_sure(r->f);
    fx_unseen(r->f);
    fx_attrib_right(r->f);
    r->f->pub.cat.rules.sweep_base = 1000;
    rig_start(r, 1);
    for (int t = 1; t <= 2; t++) {
        struct order a = os(r, ORD_PATROL, AMBER, NORTH);
        struct order b = ot(r, ORD_INSIDER, BASALT, AMBER);
        rig_turn(r, &a, 1, &b, 1);
    }
    struct order sw = o_(r, ORD_SWEEP, AMBER), pb = os(r, ORD_PATROL, BASALT, SOUTH);
    rig_turn(r, &sw, 1, &pb, 1); /* turn 3: the sweep finds it */
    const struct debrief *d = rig_debrief(r);
    const struct db_lesson *L = lesson(d, 3);
    if (L->rating != RATING_P)
        show_lesson(d, 3);
    assert_true(L->arose);
    assert_true(evidence_at(d, 3, 2, "blown turn 3, found by Amber's sweep"));
    assert_int_equal(L->countered, 1);
    assert_int_equal(L->rating, RATING_P);
    /* the blown network's leak belongs to objective 3, not the database */
    assert_false(lesson(d, 4)->arose);
    int found = 0;
    for (int k = 0; k < d->nops; k++)
        if (d->ops[k].kind == ORD_SWEEP) {
            assert_true(d->ops[k].success);
            assert_non_null(strstr(d->ops[k].result, "Basalt's insider network"));
            found = 1;
        }
    assert_true(found);
    rig_close(r);
}

static void observe_between_partners_names_objectives_2_and_6(void **state)
{
    (void)state;
    struct rig *r = rig_load();
    fx_covert_sure(r->f);
    fx_unseen(r->f);
    rig_start(r, 1);
    rig_patrol(r);
    struct order a = os(r, ORD_PATROL, AMBER, NORTH), b = ot(r, ORD_OBSERVE, BASALT, AMBER);
    rig_turn(r, &a, 1, &b, 1); /* turn 2 */
    const struct debrief *d = rig_debrief(r);
    assert_true(lesson(d, 2)->arose);
    assert_int_equal(lesson(d, 2)->first_turn, 2);
    assert_true(evidence_at(d, 2, 2, "Basalt: Observe against Amber, succeeded"));
    /* Amber trusts Basalt 60: an ally was watched */
    assert_true(lesson(d, 6)->arose);
    assert_true(evidence_at(d, 6, 2, "Amber's in it at 60"));
    assert_int_equal(d->spy[BASALT][AMBER].ops, 1);
    assert_int_equal(d->spy[BASALT][AMBER].succeeded, 1);
    assert_int_equal(d->spy[BASALT][AMBER].detected, 0);
    rig_close(r);
}

static void observe_between_wary_contingents_is_no_ally_spying(void **state)
{
    (void)state;
    struct rig *r = rig_load();
    fx_covert_sure(r->f);
    fx_unseen(r->f);
    r->f->sc->seats[AMBER].trust[BASALT] = 30; /* Basalt's in Amber: 40 */
    rig_start(r, 1);
    struct order a = os(r, ORD_PATROL, AMBER, NORTH), b = ot(r, ORD_OBSERVE, BASALT, AMBER);
    rig_turn(r, &a, 1, &b, 1);
    const struct debrief *d = rig_debrief(r);
    assert_true(lesson(d, 2)->arose);
    assert_false(lesson(d, 6)->arose);
    rig_close(r);
}

static void intrusion_at_centralisation_two_names_objective_4(void **state)
{
    (void)state;
    for (int level = 1; level <= 2; level++) {
        struct rig *r = rig_load();
        fx_covert_sure(r->f);
        fx_unseen(r->f);
        r->f->sc->centralisation = level;
        r->f->pub.cat.orders[ORD_INTRUDE].base = 500; /* every category yields */
        rig_start(r, 1);
        struct order a = olv(r, ORD_SHARE, AMBER, 2), b = os(r, ORD_PATROL, BASALT, SOUTH);
        rig_turn(r, &a, 1, &b, 1); /* turn 1: Amber shares broadly */
        struct order pa = os(r, ORD_PATROL, AMBER, NORTH), in = o_(r, ORD_INTRUDE, BASALT);
        rig_turn(r, &pa, 1, &in, 1); /* turn 2: Basalt breaks in */
        const struct debrief *d = rig_debrief(r);
        int op = -1;
        for (int k = 0; k < d->nops; k++)
            if (d->ops[k].kind == ORD_INTRUDE)
                op = k;
        assert_true(op >= 0);
        assert_true(d->ops[op].dossiers > 0);
        if (level == 2) {
            if (!lesson(d, 4)->arose)
                show_lesson(d, 4);
            assert_true(lesson(d, 4)->arose);
            assert_int_equal(lesson(d, 4)->first_turn, 2);
            assert_true(evidence_at(d, 4, 2, "centralisation 2: it gave 5 dossiers on Amber, who"));
        } else {
            assert_false(lesson(d, 4)->arose);
        }
        assert_int_equal(d->spy[BASALT][TARGET_HQ].ops, 1);
        rig_close(r);
    }
}

static void intercept_of_weak_comms_names_objective_8(void **state)
{
    (void)state;
    for (int comms = 45; comms <= 60; comms += 15) {
        struct rig *r = rig_load();
        fx_covert_sure(r->f);
        fx_unseen(r->f);
        r->f->sc->seats[AMBER].comms = comms; /* the threshold is 50 */
        rig_start(r, 1);
        struct order a = os(r, ORD_PATROL, AMBER, NORTH), b = ot(r, ORD_INTERCEPT, BASALT, AMBER);
        rig_turn(r, &a, 1, &b, 1); /* turn 1 */
        struct order a2[2] = {os(r, ORD_PATROL, AMBER, NORTH), olv(r, ORD_SHARE, AMBER, 2)};
        struct order b2 = os(r, ORD_PATROL, BASALT, SOUTH);
        rig_turn(r, a2, 2, &b2, 1); /* turn 2: Basalt reads Amber's orders */
        const struct debrief *d = rig_debrief(r);
        if (comms < 50) {
            if (!lesson(d, 8)->arose)
                show_lesson(d, 8);
            assert_true(lesson(d, 8)->arose);
            assert_int_equal(lesson(d, 8)->first_turn, 1);
            assert_true(evidence_at(d, 8, 1, "communications security was 45"));
            assert_true(evidence_at(d, 8, 2, "read 2 of Amber's orders"));
        } else {
            assert_false(lesson(d, 8)->arose);
        }
        rig_close(r);
    }
}

static void sharing_cut_after_an_incident_names_objective_7(void **state)
{
    (void)state;
    for (int incident = 0; incident <= 1; incident++) {
        struct rig *r = rig_load();
        fx_covert_fails(r->f);
        if (incident)
            fx_seen(r->f);
        else
            fx_unseen(r->f);
        fx_attrib_right(r->f);
        rig_start(r, 1);
        struct order a = os(r, ORD_PATROL, AMBER, NORTH), b = ot(r, ORD_OBSERVE, BASALT, AMBER);
        rig_turn(r, &a, 1, &b, 1); /* turn 1: caught, or not */
        struct order cut = olv(r, ORD_SHARE, AMBER, 0), pb = os(r, ORD_PATROL, BASALT, SOUTH);
        rig_turn(r, &cut, 1, &pb, 1); /* turn 2: Amber stops sharing */
        const struct debrief *d = rig_debrief(r);
        if (incident) {
            assert_true(lesson(d, 7)->arose);
            assert_true(evidence_at(d, 7, 2,
                                    "cut its sharing with the mission from "
                                    "tactical to none, after 1 public incident"));
            assert_int_equal(d->turn[1].incidents, 1);
            /* the failed observe was caught and rightly named */
            assert_true(lesson(d, 6)->arose);
            assert_int_equal(lesson(d, 6)->countered, 1);
            assert_int_equal(lesson(d, 6)->rating, RATING_P);
            assert_false(lesson(d, 2)->arose); /* it failed: nothing learnt */
        } else {
            assert_false(lesson(d, 7)->arose);
        }
        rig_close(r);
    }
}

static void courting_the_host_names_objective_1(void **state)
{
    (void)state;
    struct rig *r = rig_load();
    fx_covert_sure(r->f);
    fx_unseen(r->f);
    rig_start(r, 1);
    rig_patrol(r);
    rig_patrol(r);
    struct order a = o_(r, ORD_COURT, AMBER), b = os(r, ORD_PATROL, BASALT, SOUTH);
    rig_turn(r, &a, 1, &b, 1); /* turn 3 */
    const struct debrief *d = rig_debrief(r);
    assert_true(lesson(d, 1)->arose);
    assert_int_equal(lesson(d, 1)->first_turn, 3);
    assert_true(evidence_at(d, 1, 3, "Amber courted the host government"));
    for (int k = 2; k <= LESSON_COUNT; k++)
        assert_false(lesson(d, k)->arose);
    rig_close(r);
}

/* --- ratings ------------------------------------------------------------------ */

static void failed_mandate_caps_every_rating_at_m(void **state)
{
    (void)state;
    struct rig *r = rig_load();
    fx_covert_sure(r->f);
    fx_seen(r->f);
    fx_attrib_right(r->f);
    r->f->sc->success_avg = 99; /* out of reach: */
    r->f->sc->partial_avg = 98; /* the mandate fails */
    rig_start(r, 1);
    struct order a = os(r, ORD_PATROL, AMBER, NORTH), b = ot(r, ORD_OBSERVE, BASALT, AMBER);
    rig_turn(r, &a, 1, &b, 1);
    const struct debrief *d = rig_debrief(r);
    assert_int_equal(d->outcome, OUT_FAILURE);
    const struct db_lesson *L = lesson(d, 2);
    assert_true(L->arose);
    assert_int_equal(L->base, RATING_P); /* caught and rightly named */
    assert_int_equal(L->rating, RATING_M);
    assert_non_null(strstr(L->basis, "caps it at M"));
    assert_true(d->nimprovements > 0);
    assert_non_null(strstr(d->improvements[0].text, "failure"));
    rig_close(r);
}

static void detection_without_attribution_earns_half(void **state)
{
    (void)state;
    struct rig *r = rig_load();
    fx_covert_sure(r->f);
    fx_unseen(r->f);
    r->f->pub.cat.rules.detect_min = r->f->pub.cat.rules.detect_max = 1000;
    fx_attrib_unknown(r->f);
    rig_start(r, 1);
    struct order a = os(r, ORD_PATROL, AMBER, NORTH), b = ot(r, ORD_OBSERVE, BASALT, AMBER);
    rig_turn(r, &a, 1, &b, 1);
    const struct debrief *d = rig_debrief(r);
    const struct db_lesson *L = lesson(d, 2);
    assert_int_equal(L->threats, 1);
    assert_int_equal(L->detected, 1);
    assert_int_equal(L->countered, 0);
    assert_int_equal(L->rating, RATING_S); /* detected, nobody named: 1 of 2 */
    rig_close(r);
}

/* --- the debrief agrees with the game ----------------------------------------- */

static void debrief_without_history_rebuilds_the_same(void **state)
{
    (void)state;
    struct rig *r = rig_load();
    fx_covert_sure(r->f);
    fx_unseen(r->f);
    rig_start(r, 0);
    for (int t = 1; t <= 4; t++) {
        struct order a = os(r, ORD_PATROL, AMBER, NORTH);
        struct order b = ot(r, ORD_INSIDER, BASALT, AMBER);
        rig_turn(r, &a, 1, &b, 1);
    }
    assert_null(r->s->hist);
    const struct debrief *d = rig_debrief(r);
    assert_true(d->exact);
    assert_int_equal(d->nops, 4);
    assert_true(lesson(d, 3)->arose);
    assert_int_equal(lesson(d, 3)->first_turn, 3);
    assert_false(d->has_reasons);
    assert_int_equal(d->npoints, 5);
    assert_int_equal(d->avg[4], game_avg_stability(&r->s->g));
    rig_close(r);
}

/* Without a history the debrief replays the record: a state changed by
 * hand is not reproduced, and the debrief says so. (With the history kept
 * from the start the debrief reads the game's own states: exact.) */
static void a_session_changed_by_hand_is_not_exact(void **state)
{
    (void)state;
    struct rig *r = rig_load();
    rig_start(r, 0);
    rig_patrol(r);
    r->s->g.seats[AMBER].comms = 1; /* not from any order */
    rig_patrol(r);
    const struct debrief *d = rig_debrief(r);
    assert_false(d->exact);
    rig_close(r);
}

/* A whole simulated Lakeland game: the debrief is consistent, and the
 * debrief of its save, replayed, writes the very same report. */
static void lakeland_game_and_its_save_give_the_same_report(void **state)
{
    (void)state;
    struct bundle *b = calloc(1, sizeof *b), *b2 = calloc(1, sizeof *b2);
    struct session *s = calloc(1, sizeof *s), *s2 = calloc(1, sizeof *s2);
    struct errlist *e = calloc(1, sizeof *e);
    struct lesson_book *book = calloc(1, sizeof *book);
    assert_true(b && b2 && s && s2 && e && book);
    errlist_init(e);
    assert_true(bundle_load(b, "lakeland", e));
    assert_true(data_load_lessons(NULL, book, e));
    session_init(s, b->sc, &b->pub, &b->ps, 3);
    snprintf(s->rec.started_at, sizeof s->rec.started_at, "2030-01-02T03:04:05Z");
    session_keep_history(s);
    session_play_out(s);
    struct debrief *d = debrief_build(s, NULL, book);
    assert_non_null(d);
    assert_true(d->exact);
    assert_true(d->ended);
    assert_int_equal(d->npoints, d->turns + 1);
    assert_true(d->has_reasons);
    int collection = 0, cells = 0;
    for (int k = 0; k < d->nops; k++) {
        const struct db_op *op = &d->ops[k];
        assert_true(op->resolved);
        if (op->covert) {
            assert_true(op->chance >= 0 && op->chance <= 1000);
            assert_int_equal(op->success, op->roll < op->chance);
            assert_int_equal(op->detected, op->detect_roll < op->detect_chance);
        }
        collection += op->covert && op->kind != ORD_COURT && op->kind != ORD_FALSE_FLAG;
    }
    for (int i = 0; i < MAX_SEATS; i++)
        for (int t = 0; t < MAX_TARGETS; t++)
            cells += d->spy[i][t].ops;
    assert_int_equal(cells, collection);
    for (int k = 0; k < LESSON_COUNT; k++) {
        const struct db_lesson *L = lesson(d, k + 1);
        assert_int_equal(L->arose, L->rating != RATING_NONE);
        assert_int_equal(L->arose, L->nev > 0);
    }
    char *md = render(d, 0);

    char path[] = "/tmp/mandate-test-report-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    assert_true(save_write(path, session_record(s), b, e));
    struct save_info info;
    if (!session_load(path, b2, s2, &info, REPLAY_HISTORY | REPLAY_VERIFY, e))
        fx_show(e);
    unlink(path);
    struct debrief *d2 = debrief_build(s2, NULL, book);
    assert_non_null(d2);
    char *md2 = render(d2, 0);
    assert_string_equal(md, md2);

    /* JSON: parses, and names the same objectives and ratings */
    char *json = report_json(d2, NULL);
    assert_non_null(json);
    cJSON *root = cJSON_Parse(json);
    assert_non_null(root);
    assert_string_equal(cJSON_GetObjectItem(root, "format")->valuestring, "mandate-report");
    const cJSON *objs = cJSON_GetObjectItem(root, "objectives");
    assert_int_equal(cJSON_GetArraySize(objs), LESSON_COUNT);
    for (int k = 0; k < LESSON_COUNT; k++) {
        const cJSON *o = cJSON_GetArrayItem(objs, k);
        assert_int_equal(cJSON_IsTrue(cJSON_GetObjectItem(o, "arose")), d->lesson[k].arose);
        if (d->lesson[k].arose)
            assert_string_equal(cJSON_GetObjectItem(o, "rating")->valuestring,
                                rating_letter(d->lesson[k].rating));
    }
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(root, "timeline")), d->nops);
    const cJSON *ser = cJSON_GetObjectItem(root, "series");
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(ser, "avg_stability")), d->npoints);
    cJSON_Delete(root);
    free(json);

    /* HTML: one self-contained page */
    char *html = render(d2, 1);
    assert_non_null(strstr(html, "<!DOCTYPE html>"));
    assert_non_null(strstr(html, "</html>"));
    assert_non_null(strstr(html, "<svg"));
    assert_non_null(strstr(html, "@media print"));
    assert_null(strstr(html, "<script"));
    assert_null(strstr(html, "src="));
    assert_null(strstr(html, "url("));
    assert_null(strstr(html, "@import"));
    assert_null(strstr(html, "href=\"http"));
    free(html);

    free(md);
    free(md2);
    debrief_free(d);
    debrief_free(d2);
    session_free(s);
    session_free(s2);
    bundle_free(b);
    bundle_free(b2);
    free(b);
    free(b2);
    free(s);
    free(s2);
    free(e);
    free(book);
}

/* Issue 13: a precedent's source line (publication and date) is printed
 * under it in the Markdown, HTML and JSON reports; without one, nothing. */
static void precedent_source_shows_in_every_report_form(void **state)
{
    (void)state;
    struct rig *r = rig_load();
    snprintf(r->book.l[4].source, sizeof r->book.l[4].source, "A & B Gazette, 1 May 2001");
    fx_covert_sure(r->f);
    fx_unseen(r->f);
    rig_start(r, 1);
    struct order a[2] = {o_(r, ORD_CONTRIBUTE, AMBER), o_(r, ORD_BACKDOOR, AMBER)};
    struct order b = os(r, ORD_PATROL, BASALT, SOUTH);
    rig_turn(r, a, 2, &b, 1);
    const struct debrief *d = rig_debrief(r);
    if (!lesson(d, 5)->arose)
        show_lesson(d, 5);
    assert_true(lesson(d, 5)->arose);
    char *md = render(d, 0), *html = render(d, 1);
    assert_non_null(strstr(md, "**Source:** A &amp; B Gazette, 1 May 2001"));
    assert_non_null(strstr(html, "<strong>Source:</strong> A &amp; B Gazette, 1 May 2001"));
    free(md);
    free(html);
    char *json = report_json(d, NULL);
    assert_non_null(json);
    cJSON *root = cJSON_Parse(json);
    assert_non_null(root);
    const cJSON *objs = cJSON_GetObjectItem(root, "objectives");
    assert_string_equal(cJSON_GetObjectItem(cJSON_GetArrayItem(objs, 4), "source")->valuestring,
                        "A & B Gazette, 1 May 2001");
    cJSON_Delete(root);
    free(json);
    for (int k = 0; k < LESSON_COUNT; k++)
        r->book.l[k].source[0] = '\0';
    md = render(d, 0);
    html = render(d, 1);
    assert_null(strstr(md, "**Source:**"));
    assert_null(strstr(html, "<strong>Source:</strong>"));
    free(md);
    free(html);
    rig_close(r);
}

/* --- the objectives asset ------------------------------------------------------ */

static void objectives_asset_has_all_eight(void **state)
{
    (void)state;
    struct lesson_book *book = calloc(1, sizeof *book);
    struct errlist *e = calloc(1, sizeof *e);
    assert_true(book && e);
    errlist_init(e);
    int ok = data_load_lessons(NULL, book, e);
    if (!ok)
        fx_show(e);
    assert_true(ok);
    for (int k = 0; k < LESSON_COUNT; k++) {
        const struct lesson_def *l = &book->l[k];
        assert_int_equal(l->number, k + 1);
        assert_true(l->title[0] && l->statement[0] && l->task[0] && l->precedent[0]);
        assert_true(l->nquestions >= 1);
        assert_true(l->element >= 0 && l->element < ELEM_COUNT);
    }
    /* objective 6 names its real-world precedents */
    assert_non_null(strstr(book->l[5].precedent, "Crypto AG"));
    assert_non_null(strstr(book->l[5].precedent, "G20"));
    /* issue 13: a source line where one is given, "" where none is */
    assert_non_null(strstr(book->l[5].source, "2020"));
    assert_string_equal(book->l[1].source, "");
    free(book);
    free(e);
}

static void objectives_loader_reports_bad_files(void **state)
{
    (void)state;
    static const struct {
        const char *text, *expect;
    } cases[] = {
        {"{\"format\": \"mandate-orders\", \"version\": 1}", "bad.json: format: expected"},
        {"{\"format\": \"mandate-objectives\", \"version\": 1, \"objectives\": []}",
         "bad.json: objectives: expected 8-8 items, got 0"},
        {"{\"format\": \"mandate-objectives\", \"version\": 1,", "bad.json:1:"},
    };
    struct lesson_book *book = calloc(1, sizeof *book);
    struct errlist *e = calloc(1, sizeof *e);
    assert_true(book && e);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        errlist_init(e);
        assert_false(data_parse_lessons(cases[i].text, strlen(cases[i].text), "bad.json", book, e));
        assert_true(e->n >= 1);
        if (!strstr(e->line[0], cases[i].expect))
            fail_msg("got \"%s\", expected \"%s\"", e->line[0], cases[i].expect);
    }
    /* a duplicate number and a bad element in an otherwise good file */
    size_t len;
    errlist_init(e);
    char *text = data_read_file(MANDATE_ASSETS "/objectives.json", &len, e);
    assert_non_null(text);
    char *p = strstr(text, "\"number\": 2");
    assert_non_null(p);
    p[10] = '1';
    char *q = strstr(text, "\"element\": \"equipment\"");
    assert_non_null(q);
    memcpy(q + 12, "gadgetry\"  ", 11);
    errlist_init(e);
    assert_false(data_parse_lessons(text, len, "bad.json", book, e));
    int dup = 0, elem = 0;
    for (int i = 0; i < e->n; i++) {
        dup |= strstr(e->line[i], "objectives[1]: objective 1 is given twice") != NULL;
        elem |= strstr(e->line[i], "element") != NULL;
    }
    if (!dup || !elem)
        fx_show(e);
    assert_true(dup);
    assert_true(elem);
    free(text);
    /* issue 13: a source, when given, may not be empty */
    errlist_init(e);
    text = data_read_file(MANDATE_ASSETS "/objectives.json", &len, e);
    assert_non_null(text);
    char *src = strstr(text, "\"source\": \"");
    assert_non_null(src);
    char *end = strchr(src + 11, '"');
    assert_non_null(end);
    memset(src + 11, ' ', (size_t)(end - src - 11));
    src[11] = '"';
    *end = ' ';
    errlist_init(e);
    assert_false(data_parse_lessons(text, len, "bad.json", book, e));
    int empty = 0;
    for (int i = 0; i < e->n; i++)
        empty |= strstr(e->line[i], "].source: expected one line of text of 1-159 columns, "
                                    "got \"\"") != NULL;
    if (!empty)
        fx_show(e);
    assert_true(empty);
    free(text);
    free(book);
    free(e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(mandate_only_game_claims_no_objective),
        cmocka_unit_test(backdoor_found_by_audit_names_objective_5_with_its_turns),
        cmocka_unit_test(insider_recruited_names_objective_3_with_its_turn),
        cmocka_unit_test(insider_found_by_sweep_is_countered),
        cmocka_unit_test(observe_between_partners_names_objectives_2_and_6),
        cmocka_unit_test(observe_between_wary_contingents_is_no_ally_spying),
        cmocka_unit_test(intrusion_at_centralisation_two_names_objective_4),
        cmocka_unit_test(intercept_of_weak_comms_names_objective_8),
        cmocka_unit_test(sharing_cut_after_an_incident_names_objective_7),
        cmocka_unit_test(courting_the_host_names_objective_1),
        cmocka_unit_test(failed_mandate_caps_every_rating_at_m),
        cmocka_unit_test(detection_without_attribution_earns_half),
        cmocka_unit_test(debrief_without_history_rebuilds_the_same),
        cmocka_unit_test(a_session_changed_by_hand_is_not_exact),
        cmocka_unit_test(lakeland_game_and_its_save_give_the_same_report),
        cmocka_unit_test(precedent_source_shows_in_every_report_form),
        cmocka_unit_test(objectives_asset_has_all_eight),
        cmocka_unit_test(objectives_loader_reports_bad_files),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
