/* test_master.c - the master level (issue 14 point 6): the worlds it
 * samples agree with its view and never with what the view hides; its
 * decisions are the same for the same seed, on any number of threads;
 * every order it gives says what it foresaw; --think refuses nonsense in
 * one line. (That the master's orders ignore hidden state is test_ai's
 * ai_choices_ignore_hidden_state, which covers every level.) */
#include "assets.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ai/ai.h"
#include "master/ai_master.h"
#include "cli/cli.h"
#include "core/view.h"
#include "session/session.h"
#include "session/sim.h"
#include "session/sim_run.h"
#include "store/sim_json.h"

static struct pub pub;
static struct personality_set ps;
static struct scenario *sc;

static int setup(void **state)
{
    (void)state;
    return (sc = assets_load(&pub, &ps, MANDATE_ASSETS "/scenarios/lakeland.json")) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    free(sc);
    return 0;
}

/* What a sampled world is built of, for one seat of one game's week. */
struct rig {
    struct scenario book;
    struct game world;
    struct view v, wv;
};

static void sample(struct rig *r, const struct game *g, int seat, uint64_t seed, int k)
{
    struct rng rr;
    r->v.built = 0;
    view_build(g, seat, &r->v);
    struct ai_mind m;
    ai_mind_init(&m);
    aiw_base(&r->world, &r->book, &r->v, &m);
    rng_seed(&rr, seed, (uint64_t)k);
    aiw_sample(&r->world, &r->v, &rr);
}

/* The seat's own state, the public state and its objectives are the same
 * in the world's view of it as in its own view; the others' sampled
 * capabilities lie within what its dossiers say. */
static void worlds_agree_with_the_seats_view(void **state)
{
    (void)state;
    struct session *s = malloc(sizeof *s);
    struct rig *r = calloc(1, sizeof *r);
    assert_non_null(s);
    assert_non_null(r);
    long dossiers = 0;
    for (int gi = 0; gi < 6; gi++) {
        session_init(s, sc, &pub, &ps, 40 + (uint64_t)gi);
        while (s->g.phase == PHASE_ORDERS) {
            for (int seat = 0; seat < sc->nseats; seat++) {
                sample(r, &s->g, seat, 7, (uint64_t)seat);
                r->wv.built = 0;
                view_build(&r->world, seat, &r->wv);
                const struct view *v = &r->v, *w = &r->wv;
                assert_memory_equal(&v->me, &w->me, sizeof v->me);
                assert_memory_equal(v->sectors, w->sectors, sizeof v->sectors);
                assert_memory_equal(v->trust, w->trust, sizeof v->trust);
                assert_memory_equal(v->c, w->c, sizeof v->c);
                assert_memory_equal(v->eq, w->eq, sizeof v->eq);
                assert_int_equal(v->neq, w->neq);
                assert_int_equal(v->turn, w->turn);
                assert_int_equal(v->centralisation, w->centralisation);
                assert_int_equal(v->net_security, w->net_security);
                assert_int_equal(v->pool, w->pool);
                assert_int_equal(v->nobjectives, w->nobjectives);
                for (int k = 0; k < v->nobjectives; k++) {
                    assert_int_equal(v->objectives[k].kind, w->objectives[k].kind);
                    assert_int_equal(v->objectives[k].done, w->objectives[k].done);
                }
                for (int o = 0; o < sc->nseats; o++) {
                    const struct dossier *d = &v->me.dos[o][DOS_CAPABILITIES];
                    if (o == seat || d->turn < 0)
                        continue;
                    dossiers++;
                    for (int c = 0; c < CAP_COUNT; c++) {
                        int off = r->world.seats[o].caps[c] - d->est[c];
                        assert_true(off >= -1 && off <= 1);
                        if (d->quality > 1)
                            assert_int_equal(off, 0);
                    }
                }
            }
            session_ai_all(s);
            session_resolve(s);
        }
    }
    printf("# %ld capability dossiers checked against the worlds\n", dossiers);
    assert_true(dossiers > 20);
    free(r);
    free(s);
}

/* The worlds are drawn from the view alone: poisoning what the seat
 * cannot know of the others leaves every sampled world byte for byte the
 * same; and different draws do give different worlds. */
static void worlds_never_read_the_true_hidden_state(void **state)
{
    (void)state;
    struct session *s = malloc(sizeof *s);
    struct game *p = malloc(sizeof *p);
    struct rig *r1 = calloc(1, sizeof *r1), *r2 = calloc(1, sizeof *r2);
    assert_non_null(s);
    assert_non_null(p);
    assert_non_null(r1);
    assert_non_null(r2);
    int differ = 0;
    for (int gi = 0; gi < 4; gi++) {
        session_init(s, sc, &pub, &ps, 70 + (uint64_t)gi);
        while (s->g.phase == PHASE_ORDERS) {
            for (int seat = 0; seat < sc->nseats; seat++) {
                *p = s->g;
                for (int o = 0; o < sc->nseats; o++) {
                    if (o == seat)
                        continue;
                    struct seat *x = &p->seats[o];
                    for (int c = 0; c < CAP_COUNT; c++)
                        x->caps[c] = 5 - x->caps[c];
                    x->comms = 100 - x->comms;
                    x->influence = 100 - x->influence;
                    x->nins = 0;
                    memset(x->evidence, 0, sizeof x->evidence);
                }
                rng_seed(&p->rng, 999, 1);
                sample(r1, &s->g, seat, 11, 1);
                sample(r2, p, seat, 11, 1);
                assert_memory_equal(&r1->book, &r2->book, sizeof r1->book);
                r1->world.sc = r2->world.sc = NULL;   /* each its own book */
                assert_memory_equal(&r1->world, &r2->world, sizeof r1->world);
                sample(r2, &s->g, seat, 11, 2);
                differ += memcmp(r1->world.seats, r2->world.seats, sizeof r1->world.seats) != 0;
            }
            session_ai_all(s);
            session_resolve(s);
        }
    }
    assert_true(differ > 0);
    free(r1);
    free(r2);
    free(p);
    free(s);
}

/* Worlds of n in a reason: its "foreseen in K of N worlds" (0 when none). */
static int foreseen_of(const char *reason, int *k)
{
    const char *f = strstr(reason, "foreseen in ");
    int n = 0;
    if (!f || sscanf(f, "foreseen in %d of %d worlds", k, &n) != 2 || *k < 0 || *k > n)
        return 0;
    return n;
}

/* The same view, mind and generator give the same orders and reasons;
 * every order the master gives says what it foresaw, in how many of its
 * worlds (issue 14 point 6); and sometimes (a tilted plan beating the
 * expert's world by world) it gives other orders than the expert's,
 * saying so. */
static void master_decides_the_same_and_says_what_it_foresaw(void **state)
{
    (void)state;
    struct session *s = malloc(sizeof *s);
    struct view *v = calloc(1, sizeof *v);
    assert_non_null(s);
    assert_non_null(v);
    long orders = 0, foreseen = 0, switched = 0, differ = 0, covert = 0, mandate = 0;
    for (int gi = 0; gi < 3; gi++) {
        session_init(s, sc, &pub, &ps, 300 + (uint64_t)gi);
        for (int i = 0; i < sc->nseats; i++)
            s->ctl[i].level = AI_MASTER;
        while (s->g.phase == PHASE_ORDERS) {
            for (int seat = 0; seat < sc->nseats; seat++) {
                view_build(&s->g, seat, v);
                struct rng r1, r2;
                rng_derive(&r1, s->g.seed, s->g.turn, seat);
                r2 = r1;
                struct ai_mind m1 = s->ctl[seat].mind, m2 = m1;
                struct ai_choice c1[MAX_ORDERS], c2[MAX_ORDERS];
                int n1 = ai_master_decide(v, s->ctl[seat].p, 0, &r1, &m1, c1, MAX_ORDERS, 1);
                int n2 = ai_master_decide(v, s->ctl[seat].p, 0, &r2, &m2, c2, MAX_ORDERS, 1);
                assert_int_equal(n1, n2);
                /* the expert's own plan, as the master asked for it */
                struct rng r3;
                rng_derive(&r3, s->g.seed, s->g.turn, seat);
                rng_next(&r3);
                struct ai_mind m3 = s->ctl[seat].mind;
                struct ai_choice c3[MAX_ORDERS];
                int n3 = ai_decide(v, s->ctl[seat].p, AI_EXPERT, &r3, &m3, c3, MAX_ORDERS, 0);
                int same = n3 == n1;
                for (int k = 0; same && k < n1; k++)
                    same = memcmp(&c1[k].o, &c3[k].o, sizeof c1[k].o) == 0;
                /* another plan than the expert's says so in its first reason */
                int said = n1 > 0 && strstr(c1[0].reason, "does better than the expert's plan");
                if (said)
                    assert_false(same);
                switched += said;
                differ += !same;
                assert_memory_equal(&m1, &m2, sizeof m1);
                struct order list[MAX_ORDERS];
                for (int k = 0; k < n1; k++) {
                    assert_memory_equal(&c1[k].o, &c2[k].o, sizeof c1[k].o);
                    assert_string_equal(c1[k].reason, c2[k].reason);
                    list[k] = c1[k].o;
                    orders++;
                    int k1;
                    foreseen += foreseen_of(c1[k].reason, &k1) >= 2;
                    /* the worlds kept their events: outcomes were seen */
                    covert += strstr(c1[k].reason, "worlds: it succeeds in ") != NULL;
                    mandate += strstr(c1[k].reason, "worlds: it raises stability") != NULL;
                    assert_non_null(strstr(c1[k].reason, " - rule "));
                }
                assert_true(view_check_orders(v, list, n1, NULL, 0));
            }
            session_ai_all(s);
            session_resolve(s);
        }
    }
    printf("# %ld master orders, %ld say in how many worlds what was foreseen; %ld plans "
           "not the expert's, %ld saying so\n", orders, foreseen, differ, switched);
    assert_true(orders > 100);
    assert_int_equal(foreseen, orders);
    assert_true(switched > 0);
    printf("# %ld covert orders foresaw their outcomes, %ld mandate operations their gain\n",
           covert, mandate);
    assert_true(covert > 0);
    assert_true(mandate > 0);
    /* a plan differs from the expert's only when the master chose another */
    assert_int_equal(differ, switched);
    free(v);
    free(s);
}

/* A batch with a master seat gives the same summary on 1 and 3 threads,
 * and twice over. */
static void master_batches_are_the_same_on_any_threads(void **state)
{
    (void)state;
    struct sim *m = malloc(sizeof *m);
    assert_non_null(m);
    struct sim_setup st = {sc, &pub, &ps, 5, 1, {1}, {&ps.p[0]}, {AI_MASTER}, 1};
    char *text[3];
    int jobs[3] = {1, 3, 1};
    for (int k = 0; k < 3; k++) {
        sim_init(m, sc, &ps, st.seed);
        assert_true(sim_run(m, &st, 0, 6, jobs[k], NULL));
        text[k] = sim_json(m);
        assert_non_null(text[k]);
    }
    assert_non_null(strstr(text[0], "\"master\""));
    assert_string_equal(text[0], text[1]);
    assert_string_equal(text[0], text[2]);
    for (int k = 0; k < 3; k++)
        free(text[k]);
    free(m);
}

/* Runs `mandate simulate` or `new` with args; returns its status and its
 * stderr in err. */
static int run_cmd(int (*cmd)(int, char **), const char *const *args, char *err, size_t n)
{
    char text[8][48], *argv[9];
    int argc = 0;
    for (; args[argc] && argc < 8; argc++) {
        snprintf(text[argc], sizeof text[argc], "%s", args[argc]);
        argv[argc] = text[argc];
    }
    argv[argc] = NULL;
    fflush(stderr);
    FILE *f = tmpfile();
    assert_non_null(f);
    int saved = dup(2);
    dup2(fileno(f), 2);
    int rc = cmd(argc, argv);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    rewind(f);
    size_t got = fread(err, 1, n - 1, f);
    err[got] = 0;
    fclose(f);
    return rc;
}

static int lines(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

static void think_refuses_nonsense_in_one_line(void **state)
{
    (void)state;
    static const char *const bad[] = {"0", "-3", "1001", "2x", "", "99999999999999999999"};
    int (*cmds[2])(int, char **) = {cmd_simulate, cmd_new};
    const char *names[2] = {"simulate", "new"};
    for (int c = 0; c < 2; c++)
        for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
            const char *args[] = {names[c], "--think", bad[k], NULL};
            char err[1024];
            int rc = run_cmd(cmds[c], args, err, sizeof err);
            assert_int_equal(rc, 2);
            assert_int_equal(lines(err), 1);
            assert_non_null(strstr(err, "--think"));
            assert_non_null(strstr(err, "1-1000"));
        }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(worlds_agree_with_the_seats_view),
        cmocka_unit_test(worlds_never_read_the_true_hidden_state),
        cmocka_unit_test(master_decides_the_same_and_says_what_it_foresaw),
        cmocka_unit_test(master_batches_are_the_same_on_any_threads),
        cmocka_unit_test(think_refuses_nonsense_in_one_line),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
