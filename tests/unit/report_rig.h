/* report_rig.h - games built by hand for the debrief and report tests
 * (test_report.c, test_report_views.c): the two-seat fixture with both
 * seats human and the test rule book, orders submitted turn by turn, the
 * debrief built and the reports rendered to strings. Header-only: every
 * function is static inline. */
#ifndef MANDATE_REPORT_RIG_H
#define MANDATE_REPORT_RIG_H

#include "rules_fixture.h"

#include "data/report_data.h"
#include "report/aar.h"
#include "report/debrief.h"
#include "session/session.h"
#include "store/report_json.h"

/* A game on the two-seat fixture, both seats human, with its history. */
struct rig {
    struct fx *f;
    struct session *s;
    struct lesson_book book;
    struct debrief *d;
};

/* Loads the fixture; the caller edits r->f->sc and r->f->pub.cat, then calls
 * rig_start. Success thresholds are set to 0 so that the mandate succeeds
 * and caps no rating (tests of the cap restore them). */
static inline struct rig *rig_load(void)
{
    struct rig *r = calloc(1, sizeof *r);
    assert_non_null(r);
    r->f = fx_load(FX_TWO);
    r->f->sc->success_avg = 0;
    r->f->sc->success_min = 0;
    r->f->sc->partial_avg = 0;
    r->f->sc->collapse_floor = 0;
    struct errlist *e = malloc(sizeof *e);
    assert_non_null(e);
    errlist_init(e);
    int ok = data_load_lessons(MANDATE_ASSETS "/objectives.json", &r->book, e);
    if (!ok)
        fx_show(e);
    free(e);
    assert_true(ok);
    return r;
}

static inline void rig_start(struct rig *r, int history)
{
    r->s = calloc(1, sizeof *r->s);
    assert_non_null(r->s);
    session_init(r->s, r->f->sc, fx_pub(r->f), NULL, 7);
    for (int i = 0; i < r->f->sc->nseats; i++)
        r->s->ctl[i].human = 1;
    if (history)
        session_keep_history(r->s);
}

static inline struct order o_(const struct rig *r, int kind, int seat)
{
    return order_make(kind, seat, r->s->g.turn);
}
static inline struct order ot(const struct rig *r, int kind, int seat, int target)
{
    struct order o = o_(r, kind, seat);
    o.target = (int8_t)target;
    return o;
}
static inline struct order os(const struct rig *r, int kind, int seat, int sector)
{
    struct order o = o_(r, kind, seat);
    o.sector = (int8_t)sector;
    return o;
}
static inline struct order olv(const struct rig *r, int kind, int seat, int level)
{
    struct order o = o_(r, kind, seat);
    o.level = (int8_t)level;
    return o;
}

/* Submits both seats' orders and resolves the turn. */
static inline void rig_turn(struct rig *r, const struct order *a, int na, const struct order *b, int nb)
{
    char why[REASON_LEN] = "";
    if (!game_submit(&r->s->g, AMBER, a, na, why, (int)sizeof why))
        fail_msg("Amber's orders refused: %s", why);
    if (!game_submit(&r->s->g, BASALT, b, nb, why, (int)sizeof why))
        fail_msg("Basalt's orders refused: %s", why);
    session_resolve(r->s);
}

/* A quiet turn: both patrol where they are deployed. */
static inline void rig_patrol(struct rig *r)
{
    struct order a = os(r, ORD_PATROL, AMBER, NORTH), b = os(r, ORD_PATROL, BASALT, SOUTH);
    rig_turn(r, &a, 1, &b, 1);
}

static inline const struct debrief *rig_debrief(struct rig *r)
{
    debrief_free(r->d);
    r->d = debrief_build(r->s, NULL, &r->book);
    assert_non_null(r->d);
    return r->d;
}

static inline void rig_close(struct rig *r)
{
    if (!r)
        return;
    debrief_free(r->d);
    if (r->s)
        session_free(r->s);
    free(r->s);
    fx_close(r->f);
    free(r);
}

/* The report in a format (0 Markdown, 1 HTML) with meta m, as one string
 * (free it). */
static inline char *render_meta(const struct debrief *d, int html, const struct aar_meta *m)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    assert_true(html ? aar_write_html(f, d, m) : aar_write_md(f, d, m));
    assert_int_equal(fclose(f), 0);
    return buf;
}

/* The same with the meta of a plain save. */
static inline char *render(const struct debrief *d, int html)
{
    struct aar_meta m = {"test.json", "2030-01-02T03:04:05Z", "9.9.9"};
    return render_meta(d, html, &m);
}

#endif
