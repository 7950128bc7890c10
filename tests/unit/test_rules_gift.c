/* test_rules_gift.c - rules catalogue group P (tests/RULES.md): equipment
 * an inject plants (issue 13). A partner's gift of radios goes into the
 * accepting contingent's communications, backdoored or clean as the
 * scenario says; a backdoor gives its supplier that contingent's traffic
 * and orders until an audit, or the contingent's own sweep, finds it; no
 * view tells the accepting contingent which kind it was offered; and the
 * debrief finds learning objective 5 in it. */
#include "report_rig.h"

/* Writes an inject (before fx_start) on turn 1 for user: supplier offers
 * radios - choice 0 takes them, its communications security + amount,
 * backdoored or not; choice 1 refuses. Its index. */
static int offer_radios(struct fx *f, int user, int supplier, int amount, int backdoor)
{
    int k = fx_inject(f, "radios", TRIG_TURN, 1, -1, 0, user);
    struct effect gift = fx_effect(EFF_EQUIPMENT, user, supplier, -1, amount);
    gift.backdoor = backdoor;
    fx_choice_effect(f, k, 0, gift);
    f->sc->injects[k].nchoices = 2;
    snprintf(f->sc->injects[k].choices[0].label, SHORT_TEXT, "Accept the radios");
    snprintf(f->sc->injects[k].choices[1].label, SHORT_TEXT, "Refuse");
    return k;
}

/* The two-seat fixture, Basalt offering Amber radios (+15) on turn 1.
 * Amber's comms security 45, network security 50. */
static struct fx *gift_game(int backdoor)
{
    struct fx *f = fx_load(FX_TWO);
    f->sc->turns = 8;
    f->sc->seats[AMBER].ap = 4;
    f->sc->seats[BASALT].ap = 5;
    offer_radios(f, AMBER, BASALT, 15, backdoor);
    struct game *g = fx_start(f, 1);
    g->seats[AMBER].comms = 45;
    g->seats[BASALT].comms = 70;
    g->seats[AMBER].trust[BASALT] = 60;
    g->seats[BASALT].trust[AMBER] = 40;
    g->net_security = 50;
    return f;
}

/* The number of events of a kind from actor on target. */
static int fx_count_of(const struct fx *f, int kind, int actor, int target)
{
    int n = 0;
    for (int k = 0; k < f->g.nevents; k++) {
        const struct event *e = &f->g.events[k];
        n += e->kind == kind && e->actor == actor && e->target == target;
    }
    return n;
}

/* The game's first backdoor found: a public finding by finder, in
 * victim's equipment (item), found by an order of that kind and rightly
 * blamed on supplier. */
static void assert_backdoor_found(const struct fx *f, int finder, int victim, int order,
                                  int supplier, int item)
{
    const struct event *e = fx_ev(f, EV_BACKDOOR_FOUND);
    assert_int_equal(e->audience, AUDIENCE_PUBLIC);
    assert_int_equal(e->actor, finder);
    assert_int_equal(e->target, victim);
    assert_int_equal(e->order, order);
    assert_int_equal(e->blamed, supplier);
    assert_int_equal(e->outcome, ATTR_RIGHT);
    assert_int_equal(e->a, item);
}

/* R97: an equipment effect installs an item of its supplier's, at the end
 * of the resolution like every effect: in the named contingent's
 * communications, whose security rises by the amount, or (no contingent)
 * in the mission network, whose security does. The item is public - who
 * supplied it and whose communications carry it - with its inject as the
 * cause, hidden from all but the inject's audience as any private
 * inject's cause is; its backdoor is known to its supplier alone. */
static void r97_an_equipment_effect_installs_the_supplier_s_item(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_TWO);
    int k = offer_radios(f, AMBER, BASALT, 15, 1);
    int r = fx_inject(f, "router", TRIG_TURN, 1, -1, 0, -1);
    fx_inject_effect(f, r, fx_effect(EFF_EQUIPMENT, -1, AMBER, -1, 6));
    struct game *g = fx_start(f, 1);
    g->seats[AMBER].comms = 45;
    g->net_security = 50;
    fx_submit1(f, fx_answer(f, AMBER, k, 0));
    assert_int_equal(g->neq, 0);                  /* not before the resolution */
    fx_resolve(f);
    assert_int_equal(g->neq, 2);
    assert_int_equal(g->eq[0].supplier, BASALT);
    assert_int_equal(g->eq[0].user, AMBER);
    assert_int_equal(g->eq[0].backdoor, 1);
    assert_int_equal(g->eq[0].discovered, 0);
    assert_int_equal(g->eq[0].since, 1);
    assert_int_equal(g->seats[AMBER].comms, 60);  /* 45 + 15 */
    assert_int_equal(g->eq[1].supplier, AMBER);
    assert_int_equal(g->eq[1].user, -1);          /* the mission network */
    assert_int_equal(g->eq[1].backdoor, 0);
    assert_int_equal(g->net_security, 56);        /* 50 + 6 */
    const struct event *e = fx_find(f, EV_EQUIPMENT, BASALT, AMBER);
    assert_non_null(e);
    assert_int_equal(e->audience, AUDIENCE_PUBLIC);
    assert_int_equal(e->a, 0);
    assert_int_equal(e->cause, CAUSE_INJECT);
    assert_int_equal(e->cause_arg, k);
    e = fx_find(f, EV_COMMS, AMBER, -1);
    assert_non_null(e);
    assert_int_equal(e->a, 15);
    assert_int_equal(e->cause, CAUSE_INJECT);
    /* Basalt sees the item and its own backdoor, not why Amber took it;
     * Amber sees the item, not the backdoor */
    view_build(g, BASALT, &f->v);
    assert_int_equal(f->v.neq, 2);
    assert_int_equal(f->v.eq[0].user, AMBER);
    assert_int_equal(f->v.eq[0].supplier, BASALT);
    assert_int_equal(f->v.eq[0].backdoor, 1);
    assert_int_equal(f->v.c[BASALT].supplied, 1);
    int seen = 0;
    for (int i = 0; i < f->v.nevents; i++)
        if (f->v.events[i].kind == EV_EQUIPMENT && f->v.events[i].target == AMBER) {
            assert_int_equal(f->v.events[i].cause, CAUSE_HIDDEN);
            seen++;
        }
    assert_int_equal(seen, 1);
    view_build(g, AMBER, &f->v);
    assert_int_equal(f->v.eq[0].user, AMBER);
    assert_int_equal(f->v.eq[0].backdoor, 0);
    fx_close(f);
}

/* R97: what a view carries of an offer never says whether the equipment
 * is backdoored - not to the contingent choosing, nor to anyone. */
static void r97_no_view_says_whether_offered_equipment_is_backdoored(void **state)
{
    (void)state;
    struct fx *f = gift_game(1);
    struct game *g = &f->g;
    assert_int_equal(f->sc->injects[0].choices[0].effects[0].backdoor, 1);
    static const int viewers[] = { AMBER, BASALT, VIEW_FACILITATOR };
    for (size_t i = 0; i < sizeof viewers / sizeof viewers[0]; i++) {
        view_build(g, viewers[i], &f->v);
        int found = 0;
        for (int j = 0; j < f->v.ninjects; j++) {
            const struct view_inject *in = &f->v.injects[j];
            if (in->index != 0)
                continue;
            found = 1;
            const struct effect *e = &in->choices[0].effects[0];
            assert_int_equal(e->kind, EFF_EQUIPMENT);
            assert_int_equal(e->seat, AMBER);
            assert_int_equal(e->target, BASALT);
            assert_int_equal(e->amount, 15);
            assert_int_equal(e->backdoor, 0);
        }
        assert_int_equal(found, viewers[i] != BASALT);   /* Amber's inject */
    }
    fx_close(f);
}

/* R98: a backdoored item in a contingent's communications gives its
 * supplier every turn, until it is found, a communications dossier
 * (quality 2) on that contingent and that contingent's orders at the next
 * resolution (a secret order read aimed at the supplier is evidence, R43);
 * nothing on anyone else, nothing from a clean item. */
static void r98_a_backdoored_gift_reads_its_user(void **state)
{
    (void)state;
    for (int backdoor = 0; backdoor <= 1; backdoor++) {
        struct fx *f = gift_game(backdoor);
        struct game *g = &f->g;
        fx_unseen(f);
        fx_submit1(f, fx_answer(f, AMBER, 0, 0));
        fx_resolve(f);                              /* turn 1: installed at its end */
        assert_int_equal(g->neq, 1);
        assert_int_equal(fx_dossiers(f, BASALT, AMBER, -1), 0);
        fx_submit1(f, fx_os(f, ORD_PATROL, AMBER, NORTH));
        fx_resolve(f);                              /* turn 2 */
        assert_int_equal(fx_dossiers(f, BASALT, AMBER, DOS_COMMUNICATIONS), backdoor);
        assert_int_equal(fx_dossiers(f, BASALT, TARGET_HQ, -1), 0);
        assert_int_equal(fx_count(f, EV_ORDERS_READ), 0);
        if (backdoor) {
            const struct event *e = fx_find(f, EV_DOSSIER, BASALT, AMBER);
            assert_int_equal(e->b, 2);
            assert_int_equal(e->audience, AUDIENCE_SEAT(BASALT));
            assert_int_equal(g->seats[BASALT].dos[AMBER][DOS_COMMUNICATIONS].quality, 2);
        }
        struct order o[] = { fx_os(f, ORD_PATROL, AMBER, NORTH),
                             fx_ot(f, ORD_OBSERVE, AMBER, BASALT) };
        fx_submit(f, AMBER, o, 2);
        fx_resolve(f);                              /* turn 3: the orders are read */
        assert_int_equal(fx_count_of(f, EV_ORDERS_READ, BASALT, AMBER), 2 * backdoor);
        assert_int_equal(g->seats[BASALT].evidence[AMBER], backdoor);
        if (backdoor) {
            const struct event *e = fx_find(f, EV_ORDERS_READ, BASALT, AMBER);
            assert_int_equal(e->audience, AUDIENCE_SEAT(BASALT));
            assert_int_equal(e->order, ORD_PATROL);
        }
        assert_int_equal(fx_dossiers(f, BASALT, AMBER, DOS_COMMUNICATIONS), backdoor);
        fx_close(f);
    }
}

/* R99: an audit finds a backdoored gift as it finds a backdoor in the
 * network (R56's chance): public, rightly blamed on the supplier, a piece
 * of evidence against it for every other contingent; the contingent whose
 * communications carried it loses trust_victim of its trust in the
 * supplier, the others trust_others. Found, it reads nothing more. */
static void r99_an_audit_finds_a_backdoored_gift(void **state)
{
    (void)state;
    struct fx *f = fx_load(FX_EIGHT);
    offer_radios(f, BRISA, CORVO, 10, 1);
    struct game *g = fx_start(f, 1);
    for (int i = 0; i < g->nseats; i++)
        for (int j = 0; j < g->nseats; j++)
            g->seats[i].trust[j] = i == j ? 0 : 50;
    struct rules *r = &f->pub.cat.rules;
    r->trust_others_min = r->trust_others_max = 6;
    fx_resolve(f);                   /* unanswered: the first choice, the gift */
    assert_int_equal(g->eq[0].user, BRISA);
    r->audit_base = 0;
    r->audit_per_security = 0;       /* no chance: still there */
    fx_submit1(f, fx_o(f, ORD_AUDIT, AUREL));
    fx_resolve(f);
    assert_int_equal(g->eq[0].discovered, 0);
    assert_int_equal(fx_dossiers(f, CORVO, BRISA, DOS_COMMUNICATIONS), 1);
    r->audit_base = 1000;
    fx_submit1(f, fx_o(f, ORD_AUDIT, AUREL));
    fx_resolve(f);
    assert_int_equal(g->eq[0].discovered, 1);
    assert_backdoor_found(f, AUREL, BRISA, ORD_AUDIT, CORVO, 0);
    assert_int_equal(g->seats[CORVO].attributed, 1);
    assert_int_equal(g->incidents, 1);
    for (int s = 0; s < g->nseats; s++)
        assert_int_equal(g->seats[s].evidence[CORVO], s == CORVO ? 0 : 1);
    assert_int_equal(g->seats[BRISA].trust[CORVO], 30);   /* 50 - 20 */
    assert_int_equal(g->seats[AUREL].trust[CORVO], 44);   /* 50 - 6 */
    assert_int_equal(g->seats[DELM].trust[CORVO], 44);
    /* standing intelligence runs after the audit: nothing this turn, nor after */
    assert_int_equal(fx_dossiers(f, CORVO, BRISA, -1), 0);
    fx_resolve(f);
    assert_int_equal(fx_dossiers(f, CORVO, BRISA, -1), 0);
    assert_int_equal(fx_count(f, EV_BACKDOOR_FOUND), 0);
    fx_close(f);
}

/* R99: the contingent whose communications carry a backdoored gift finds
 * it with its own sweep, at an implant's chance (sweep_base + sweep_per_ci
 * x its CI): the same public finding, counted in the sweep's own report
 * (it said "found nothing" when only this was found); the supplier's
 * sweep finds nothing,
 * and a sweep never finds a backdoor in the mission network (an audit's
 * work). */
static void r99_its_user_s_sweep_finds_a_backdoored_gift(void **state)
{
    (void)state;
    struct fx *f = gift_game(1);
    struct game *g = &f->g;
    struct rules *r = &f->pub.cat.rules;
    int net = fx_give_equipment(f, BASALT, 1, 0);  /* a backdoor in the network */
    fx_submit1(f, fx_answer(f, AMBER, 0, 0));
    fx_resolve(f);
    int gift = 1;
    assert_int_equal(g->eq[gift].user, AMBER);
    g->seats[AMBER].caps[CAP_COUNTERINTEL] = 2;
    r->sweep_base = 0;
    r->sweep_per_ci = 0;                           /* no chance */
    fx_submit1(f, fx_o(f, ORD_SWEEP, AMBER));
    fx_resolve(f);
    assert_int_equal(g->eq[gift].discovered, 0);
    r->sweep_per_ci = 500;                         /* 0 + 500 x 2: certain */
    fx_submit1(f, fx_o(f, ORD_SWEEP, BASALT));
    fx_resolve(f);
    assert_int_equal(fx_count(f, EV_BACKDOOR_FOUND), 0);
    fx_submit1(f, fx_o(f, ORD_SWEEP, AMBER));
    fx_resolve(f);
    assert_int_equal(g->eq[gift].discovered, 1);
    assert_int_equal(g->eq[net].discovered, 0);
    assert_int_equal(fx_count(f, EV_BACKDOOR_FOUND), 1);
    const struct event *e = fx_ev(f, EV_SWEEP);      /* its report counts it (R93) */
    assert_int_equal(e->audience, AUDIENCE_SEAT(AMBER));
    assert_int_equal(e->b + e->c, 0);
    assert_int_equal(e->d, 1);
    assert_backdoor_found(f, AMBER, AMBER, ORD_SWEEP, BASALT, gift);
    assert_int_equal(g->seats[AMBER].evidence[BASALT], 1);
    assert_int_equal(g->seats[AMBER].trust[BASALT], 40);  /* 60 - 20 */
    assert_int_equal(g->seats[BASALT].attributed, 1);
    fx_close(f);
}

static void show_lesson5(const struct debrief *d)
{
    const struct db_lesson *L = &d->lesson[4];
    print_message("# objective 5: arose %d rating %s\n", L->arose, rating_letter(L->rating));
    for (int i = 0; i < L->nev; i++)
        print_message("#   T%d %s\n", L->ev[i].turn, L->ev[i].text);
}

/* R97-R99 as a class meets them: Amber accepts Basalt's radios, Basalt
 * reads Amber until Amber's audit finds the backdoor, and the debrief
 * names learning objective 5 (contingent-owned equipment takes data out
 * of the mission's control) with that evidence, countered; never found,
 * the same evidence is a threat nobody countered. */
static void r97_r99_the_gift_of_radios_teaches_objective_5(void **state)
{
    (void)state;
    for (int audit = 0; audit <= 1; audit++) {
        struct rig *r = rig_load();
        struct fx *f = r->f;
        f->sc->turns = 4;
        int k = offer_radios(f, AMBER, BASALT, 15, 1);
        f->pub.cat.rules.audit_base = 1000;
        rig_start(r, 1);
        struct game *g = &r->s->g;
        struct order a[] = { o_(r, ORD_RESPOND, AMBER), os(r, ORD_PATROL, AMBER, NORTH) };
        a[0].inject = (int8_t)k;
        a[0].level = 0;
        struct order b = os(r, ORD_PATROL, BASALT, SOUTH);
        rig_turn(r, a, 2, &b, 1);                 /* turn 1: accepted */
        assert_int_equal(g->eq[0].backdoor, 1);
        rig_patrol(r);                            /* turn 2: Basalt listens */
        assert_true(g->seats[BASALT].dos[AMBER][DOS_COMMUNICATIONS].turn == 2);
        struct order a3[] = { os(r, ORD_PATROL, AMBER, NORTH), o_(r, ORD_AUDIT, AMBER) };
        b = os(r, ORD_PATROL, BASALT, SOUTH);
        rig_turn(r, a3, audit ? 2 : 1, &b, 1);    /* turn 3: read; audited or not */
        assert_int_equal(g->eq[0].discovered, audit);
        rig_patrol(r);                            /* turn 4: the end */
        assert_int_equal(g->phase, PHASE_ENDED);
        const struct debrief *d = rig_debrief(r);
        const struct db_lesson *L = &d->lesson[4];
        if (!L->arose)
            show_lesson5(d);
        assert_true(L->arose);
        int gift_line = -1;
        for (int i = 0; i < L->nev; i++)
            if (L->ev[i].turn == 1 &&
                strstr(L->ev[i].text, "Basalt supplied equipment item 1 to Amber's communications"))
                gift_line = i;
        if (gift_line < 0)
            show_lesson5(d);
        assert_true(gift_line >= 0);
        const struct db_evidence *e = &L->ev[gift_line];
        assert_int_equal(e->threat, 1);
        assert_int_equal(e->countered, audit);
        assert_non_null(strstr(e->text, audit ? "until Amber's audit found it on turn 3"
                                              : "never found"));
        /* every threat countered: performed; none: unable to be performed */
        assert_int_equal(L->rating, audit ? RATING_P : RATING_U);
        rig_close(r);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(r97_an_equipment_effect_installs_the_supplier_s_item),
        cmocka_unit_test(r97_no_view_says_whether_offered_equipment_is_backdoored),
        cmocka_unit_test(r98_a_backdoored_gift_reads_its_user),
        cmocka_unit_test(r99_an_audit_finds_a_backdoored_gift),
        cmocka_unit_test(r99_its_user_s_sweep_finds_a_backdoored_gift),
        cmocka_unit_test(r97_r99_the_gift_of_radios_teaches_objective_5),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
