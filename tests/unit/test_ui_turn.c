/* test_ui_turn.c - a seat's turn in the terminal front end, driven in
 * process: curses draws into a scratch file and reads keys from a pipe.
 * Issue 9: a draft order the rules refuse never traps the players - E
 * names it and offers to withdraw it - and Enter on a scrolled brief
 * adds no order. Issue 10: the curses front end is a port of the game
 * host: a game it plays is the game its orders give through any port;
 * and the key wait also wakes for another descriptor (a network
 * client's socket) and for a timeout. */
#include "helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/record.h"
#include "session/host.h"
#include "session/port_script.h"
#include "ui/seat/seat.h"
#include "ui/lobby.h"

struct rig {
    struct lobby p;
    struct cui u;
    struct turnui t;
    FILE *out, *in;
    int keyfd;                   /* the pipe's write end: the keys typed */
};

static int setup(void **state)
{
    struct rig *r = calloc(1, sizeof *r);
    struct errlist *e = malloc(sizeof *e);
    int fd[2];
    if (!r || !e || pipe(fd))
        return -1;
    errlist_init(e);
    if (!lobby_load_bundle(&r->p, "tutorial", e))
        return -1;
    free(e);
    int human[MAX_SEATS] = { 1 };
    lobby_start(&r->p, human, NULL, NULL, 1);
    host_set_autosave(r->p.h, 0);
    r->out = tmpfile();
    r->in = fdopen(fd[0], "r");
    r->keyfd = fd[1];
    char why[256];
    if (!r->out || !r->in || !term_open(r->out, r->in, "xterm-256color", why, sizeof why))
        return -1;
    resizeterm(24, 80);
    if (!cui_init(&r->u))
        return -1;
    cui_start_game(&r->u, &r->p.link);
    ui_view(&r->u, 0);
    turnui_init(&r->t, r->u.v);
    *state = r;
    return 0;
}

static int teardown(void **state)
{
    struct rig *r = *state;
    term_close();
    cui_free(&r->u);
    lobby_free(&r->p);
    fclose(r->out);
    fclose(r->in);
    close(r->keyfd);
    free(r);
    return 0;
}

static void type(struct rig *r, const char *keys)
{
    size_t n = strlen(keys);
    assert_int_equal(write(r->keyfd, keys, n), (ssize_t)n);
}

/* An answer to an inject that is not the seat's, as the old brief added
 * it: choice -1 of the week's first inject. */
static void add_refused_answer(struct rig *r)
{
    struct order o = order_make(ORD_RESPOND, r->u.v->seat, r->u.v->turn);
    o.sector = o.target = -1;
    o.inject = (int8_t)r->u.v->injects[0].index;
    o.level = -1;
    r->t.draft[r->t.n++] = o;
    assert_false(view_check_orders(r->u.v, r->t.draft, r->t.n, NULL, 0));
}

static int press_e(struct rig *r)
{
    struct input in;
    memset(&in, 0, sizeof in);
    in.key = K_CHAR;
    in.ch = 'E';
    return orders_key(&r->u, &r->t, &in);
}

static void e_should_offer_to_withdraw_a_refused_order_and_end_the_turn(void **state)
{
    struct rig *r = *state;
    add_refused_answer(r);
    type(r, "yy");               /* withdraw it; end the turn */
    assert_int_equal(press_e(r), SR_DONE);
    assert_int_equal(r->t.n, 0);
    assert_true(host_is_ready(r->p.h, 0));
}

static void keeping_a_refused_order_should_select_it_and_say_why(void **state)
{
    struct rig *r = *state;
    add_refused_answer(r);
    r->t.focus = P_BOARD;
    type(r, "n");                /* keep it */
    assert_int_equal(press_e(r), -1);
    assert_int_equal(r->t.n, 1);
    assert_false(host_is_ready(r->p.h, 0));
    assert_int_equal(r->t.focus, P_ORDERS);
    assert_int_equal(r->t.sel[P_ORDERS], 0);
    assert_non_null(strstr(r->u.status, "Order 1 cannot be given"));
}

static void enter_on_a_scrolled_brief_should_continue_without_an_order(void **state)
{
    struct rig *r = *state;
    /* PgDn, Enter; then Esc, which leaves the brief should Enter not */
    type(r, "\033[6~\r\033");
    assert_int_equal(screen_brief(&r->u, &r->t), SR_NEXT);
    assert_int_equal(r->t.n, 0);
}

static void a_game_of_the_curses_port_should_be_the_game_of_its_orders(void **state)
{
    struct rig *r = *state;
    struct host *h = r->p.h;
    int human[MAX_SEATS] = { 1 };
    cui_serve(&r->u, human, host_nseats(h));
    host_set_port(h, 0, &r->u.port);
    /* the tutorial's six weeks: the report (from week 2), Esc from the
     * brief to the orders, one order, E and y; then q and y on the last
     * report close the finished game */
    for (int w = 1; w <= 6; w++) {
        if (w > 1)
            type(r, "\r");
        type(r, "\033");
        type(r, "npat\r\r\r"); /* a patrol (open every week of the coached tutorial): its
                                   sector, its odds, then given */
        type(r, "Ey");
    }
    type(r, "qy");
    int res = host_run(h);
    if (res != HOST_DONE)
        fail_msg("host_run: %d, quit %d, status \"%s\"", res, r->u.quit, r->u.status);
    assert_true(host_ended(h));
    const struct record *rec = host_record(h);
    assert_int_equal(rec->nturns, 6);
    int given = 0;
    for (int t = 0; t < rec->nturns; t++)
        given += rec->turns[t].norders[0];
    assert_true(given > 0);          /* the keys gave orders */
    /* the same orders through a scripted port: the same game */
    struct host_setup st;
    host_setup_init(&st, 1);
    st.autosave = 0;
    st.human[0] = 1;
    struct host *h2 = host_new(&r->p.b, &st);
    struct port *p = port_script_new(rec);
    host_set_port(h2, 0, p);
    assert_int_equal(host_run(h2), HOST_DONE);
    const struct record *rec2 = host_record(h2);
    assert_int_equal(rec2->nturns, rec->nturns);
    for (int t = 0; t < rec->nturns; t++)
        assert_true(rec2->turns[t].checksum == rec->turns[t].checksum);
    assert_true(host_checksum(h2) == host_checksum(h));
    port_script_free(p);
    host_free(h2);
}

/* term_read_wait past the resizes the rig's set-up caused. */
static int wait_key(struct input *in, int fd, int ms)
{
    int k;
    while ((k = term_read_wait(in, fd, ms)) == K_RESIZE)
        continue;
    return k;
}

static void the_key_wait_should_wake_for_another_descriptor_and_time_out(void **state)
{
    struct rig *r = *state;
    int fd[2];
    assert_int_equal(pipe(fd), 0);
    struct input in;
    /* nothing anywhere: the time is up */
    assert_int_equal(wait_key(&in, fd[0], 30), K_TIMEOUT);
    assert_int_equal(wait_key(&in, -1, 0), K_TIMEOUT);
    /* the other descriptor has something: woken, the key wait reads none of it */
    assert_int_equal(write(fd[1], "!", 1), 1);
    assert_int_equal(wait_key(&in, fd[0], -1), K_WAKE);
    assert_int_equal(in.key, K_WAKE);
    /* a key and the descriptor both: the key first, then the wake */
    type(r, "x");
    assert_int_equal(wait_key(&in, fd[0], -1), K_CHAR);
    assert_int_equal(in.ch, 'x');
    assert_int_equal(wait_key(&in, fd[0], 1000), K_WAKE);
    char c;
    assert_int_equal(read(fd[0], &c, 1), 1);
    assert_int_equal(wait_key(&in, fd[0], 0), K_TIMEOUT);
    /* without a descriptor and a time: the plain key wait */
    type(r, "j");
    assert_int_equal(wait_key(&in, -1, -1), K_DOWN);
    close(fd[0]);
    close(fd[1]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(
            e_should_offer_to_withdraw_a_refused_order_and_end_the_turn, setup, teardown),
        cmocka_unit_test_setup_teardown(keeping_a_refused_order_should_select_it_and_say_why,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(
            enter_on_a_scrolled_brief_should_continue_without_an_order, setup, teardown),
        cmocka_unit_test_setup_teardown(
            a_game_of_the_curses_port_should_be_the_game_of_its_orders, setup, teardown),
        cmocka_unit_test_setup_teardown(
            the_key_wait_should_wake_for_another_descriptor_and_time_out, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
