/* test_wire.c - the wire codec (game/data/wire.h, issue 10): the public
 * book, every seat's view, the facilitator's view and the order and event
 * lists of real AI games of every shipped scenario (and the 2- and
 * 8-seat fixtures) go to JSON and back unchanged - decoded byte for byte
 * equal, re-encoded to the same text; hostile input (cut, mutated,
 * out-of-range, unknown keys, the JSON test suite) is refused with one
 * line naming the place, never a crash.
 *
 * MANDATE_WIRE_SEEDS=DIR writes one document of each kind into DIR (the
 * fuzz seeds of tests/fixtures/wire; tools/regen-golden.sh does it). */
#include "helpers.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/game.h"
#include "core/rng.h"
#include "core/view.h"
#include "data/data.h"
#include "data/save.h"
#include "data/wire.h"
#include "session/session.h"

#define FIX MANDATE_ASSETS "/../tests/fixtures"
#define SEEDS FIX "/wire"
#define CORPUS MANDATE_ASSETS "/../../shared/corpus/json-test-suite/test_parsing"

static const char *const scenarios[] = { "lakeland", "tutorial", "veldara", FIX "/two_seats.json",
                                         FIX "/eight_seats.json" };
#define NSCENARIOS ((int)(sizeof scenarios / sizeof scenarios[0]))

static struct bundle *load_bundle(const char *scenario)
{
    struct bundle *b = malloc(sizeof *b);
    struct errlist *e = malloc(sizeof *e);
    assert_non_null(b);
    assert_non_null(e);
    errlist_init(e);
    if (!bundle_load(b, scenario, e)) {
        for (int i = 0; i < e->n; i++)
            print_message("# %s\n", e->line[i]);
        fail_msg("%s does not load", scenario);
    }
    free(e);
    return b;
}

static void free_bundle(struct bundle *b)
{
    bundle_free(b);
    free(b);
}

/* --- round trips ---------------------------------------------------------- */

struct trip {
    struct view *v;
    struct fview *f, *fd;
    struct event ev[MAX_VIEW_EVENTS];
    struct order o[MAX_ORDERS];
    long views, fviews, bytes, max_bytes, injects, texts;
};

static void view_trip(struct trip *t, const struct pub *pub, const struct view *v)
{
    char err[WIRE_ERR];
    char *a = wire_view_encode(v);
    assert_non_null(a);
    size_t n = strlen(a);
    if (!wire_view_decode(a, n, pub, t->v, err))
        fail_msg("a real view is refused: %s", err);
    assert_memory_equal(t->v, v, sizeof *v);
    char *b = wire_view_encode(t->v);
    assert_non_null(b);
    assert_string_equal(a, b);
    t->views++;
    t->bytes += (long)n;
    t->max_bytes = (long)n > t->max_bytes ? (long)n : t->max_bytes;
    t->injects += v->ninjects;
    for (int k = 0; k < v->ninjects; k++)
        t->texts += v->injects[k].text[0] != 0;
    free(a);
    free(b);
    /* its events and orders as lists of their own */
    int m;
    a = wire_events_encode(v->events, v->nevents);
    assert_non_null(a);
    if (!wire_events_decode(a, strlen(a), pub, t->ev, &m, err))
        fail_msg("real events are refused: %s", err);
    assert_int_equal(m, v->nevents);
    assert_memory_equal(t->ev, v->events, sizeof(struct event) * (size_t)m);
    free(a);
    a = wire_orders_encode(v->orders, v->norders);
    assert_non_null(a);
    if (!wire_orders_decode(a, strlen(a), pub, t->o, &m, err))
        fail_msg("real orders are refused: %s", err);
    assert_int_equal(m, v->norders);
    assert_memory_equal(t->o, v->orders, sizeof(struct order) * (size_t)m);
    free(a);
}

static void fview_trip(struct trip *t, const struct pub *pub, const struct game *g)
{
    char err[WIRE_ERR];
    view_build_facilitator(g, t->f);
    t->f->pub_part.pub = pub;    /* decoded against this book */
    char *a = wire_fview_encode(t->f);
    assert_non_null(a);
    if (!wire_fview_decode(a, strlen(a), pub, t->fd, err))
        fail_msg("a real fview is refused: %s", err);
    assert_memory_equal(t->fd, t->f, sizeof *t->f);
    char *b = wire_fview_encode(t->fd);
    assert_non_null(b);
    assert_string_equal(a, b);
    t->fviews++;
    free(a);
    free(b);
}

/* Plays games of the bundle's scenario; every seat's view and the
 * facilitator's round-trip when orders are given and after resolution. */
static void trip_games(struct trip *t, const struct bundle *bun, const struct pub *pub, int games)
{
    struct session *s = malloc(sizeof *s);
    struct view *v = calloc(1, sizeof *v);
    assert_non_null(s);
    assert_non_null(v);
    for (int gi = 0; gi < games; gi++) {
        session_init(s, bun->sc, &bun->pub, &bun->ps, 40 + (uint64_t)gi);
        for (int i = 0; i < s->g.nseats; i++)
            s->ctl[i].level = (gi + i) % AI_LEVEL_COUNT;
        while (s->g.phase == PHASE_ORDERS) {
            session_ai_all(s);
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < s->g.nseats; i++) {
                    view_build(&s->g, i, v);
                    v->pub = pub;    /* decoded against this book */
                    view_trip(t, pub, v);
                }
                fview_trip(t, pub, &s->g);
                if (pass == 0)
                    session_resolve(s);
            }
        }
        session_free(s);
    }
    free(v);
    free(s);
}

static void real_games_should_round_trip_through_the_wire(void **state)
{
    (void)state;
    struct trip t;
    memset(&t, 0, sizeof t);
    t.v = malloc(sizeof *t.v);
    t.f = malloc(sizeof *t.f);
    t.fd = malloc(sizeof *t.fd);
    struct pub *pub = malloc(sizeof *pub);
    assert_non_null(t.v);
    assert_non_null(t.f);
    assert_non_null(t.fd);
    assert_non_null(pub);
    for (int k = 0; k < NSCENARIOS; k++) {
        struct bundle *b = load_bundle(scenarios[k]);
        /* the book first: views are decoded against the decoded book */
        char err[WIRE_ERR];
        char *a = wire_pub_encode(&b->pub);
        assert_non_null(a);
        if (!wire_pub_decode(a, strlen(a), pub, err))
            fail_msg("%s: its book is refused: %s", scenarios[k], err);
        assert_memory_equal(pub, &b->pub, sizeof *pub);
        char *again = wire_pub_encode(pub);
        assert_string_equal(a, again);
        print_message("# %s: the book is %zu bytes\n", scenarios[k], strlen(a));
        free(a);
        free(again);
        trip_games(&t, b, pub, k == 0 ? 12 : 4);
        free_bundle(b);
    }
    print_message("# %ld seat views and %ld facilitator views round-tripped; a view is %ld "
                  "bytes on average, %ld at most; %ld injects, %ld with a text\n",
                  t.views, t.fviews, t.bytes / (t.views ? t.views : 1), t.max_bytes, t.injects,
                  t.texts);
    assert_true(t.injects > 0);
    assert_int_equal(t.texts, t.injects);
    free(pub);
    free(t.v);
    free(t.f);
    free(t.fd);
}

/* --- a real document of each kind -------------------------------------------- */

struct docs {
    struct bundle *b;
    char *pub, *view, *fview, *orders, *events;
};

/* Documents of a lakeland game in its fourth week, from the seat with the
 * most orders and injects; every kind non-trivial. */
static struct docs *docs_make(void)
{
    struct docs *d = calloc(1, sizeof *d);
    struct session *s = malloc(sizeof *s);
    struct view *v = calloc(1, sizeof *v);
    struct fview *f = calloc(1, sizeof *f);
    assert_non_null(d);
    assert_non_null(s);
    assert_non_null(v);
    assert_non_null(f);
    d->b = load_bundle("lakeland");
    session_init(s, d->b->sc, &d->b->pub, &d->b->ps, 5);
    for (int w = 0; w < 3; w++) {
        session_ai_all(s);
        session_resolve(s);
    }
    session_ai_all(s);
    int best = 0;
    for (int i = 1; i < s->g.nseats; i++)
        if (s->g.norders[i] > s->g.norders[best])
            best = i;
    view_build(&s->g, best, v);
    view_build_facilitator(&s->g, f);
    d->pub = wire_pub_encode(&d->b->pub);
    d->view = wire_view_encode(v);
    d->fview = wire_fview_encode(f);
    d->orders = wire_orders_encode(v->orders, v->norders);
    d->events = wire_events_encode(v->events, v->nevents);
    assert_true(v->norders > 0 && v->nevents > 0 && v->me.nins + v->nobjectives > 0);
    session_free(s);
    free(s);
    free(v);
    free(f);
    return d;
}

static void docs_free(struct docs *d)
{
    free(d->pub);
    free(d->view);
    free(d->fview);
    free(d->orders);
    free(d->events);
    free_bundle(d->b);
    free(d);
}

/* Every decoder on text: 1 when some accepted it. Each refusal must say
 * why in one line starting with its document's name; each acceptance
 * must encode again to a text that decodes to the same bytes. */
static int decode_all(const struct pub *pub, const char *text, size_t len)
{
    static struct view v, v2;
    static struct fview f, f2;
    static struct pub p, p2;
    static struct order o[MAX_ORDERS], o2[MAX_ORDERS];
    static struct event e[MAX_VIEW_EVENTS], e2[MAX_VIEW_EVENTS];
    char err[WIRE_ERR];
    int n, n2, ok = 0;
    char *t;
#define REFUSED(what) \
    do { \
        if (strncmp(err, what ": ", strlen(what) + 2) != 0 && strncmp(err, what ":", strlen(what) + 1) != 0) \
            fail_msg("a refusal without its place: \"%s\"", err); \
        if (strchr(err, '\n')) \
            fail_msg("a refusal of more than one line: \"%s\"", err); \
    } while (0)
    if (wire_view_decode(text, len, pub, &v, err)) {
        ok = 1;
        assert_non_null(t = wire_view_encode(&v));
        assert_true(wire_view_decode(t, strlen(t), pub, &v2, err));
        assert_memory_equal(&v, &v2, sizeof v);
        free(t);
    } else {
        REFUSED("view");
    }
    if (wire_fview_decode(text, len, pub, &f, err)) {
        ok = 1;
        assert_non_null(t = wire_fview_encode(&f));
        assert_true(wire_fview_decode(t, strlen(t), pub, &f2, err));
        assert_memory_equal(&f, &f2, sizeof f);
        free(t);
    } else {
        REFUSED("fview");
    }
    if (wire_pub_decode(text, len, &p, err)) {
        ok = 1;
        assert_non_null(t = wire_pub_encode(&p));
        assert_true(wire_pub_decode(t, strlen(t), &p2, err));
        assert_memory_equal(&p, &p2, sizeof p);
        free(t);
    } else {
        REFUSED("pub");
    }
    if (wire_orders_decode(text, len, pub, o, &n, err)) {
        ok = 1;
        assert_non_null(t = wire_orders_encode(o, n));
        assert_true(wire_orders_decode(t, strlen(t), pub, o2, &n2, err));
        assert_int_equal(n, n2);
        assert_memory_equal(o, o2, sizeof o);
        free(t);
    } else {
        REFUSED("orders");
    }
    if (wire_events_decode(text, len, pub, e, &n, err)) {
        ok = 1;
        assert_non_null(t = wire_events_encode(e, n));
        assert_true(wire_events_decode(t, strlen(t), pub, e2, &n2, err));
        assert_int_equal(n, n2);
        assert_memory_equal(e, e2, sizeof e);
        free(t);
    } else {
        REFUSED("events");
    }
#undef REFUSED
    return ok;
}

static void cut_documents_should_be_refused(void **state)
{
    (void)state;
    struct docs *d = docs_make();
    const char *all[] = { d->pub, d->view, d->fview, d->orders, d->events };
    long cuts = 0;
    for (int k = 0; k < 5; k++) {
        size_t len = strlen(all[k]);
        if (!decode_all(&d->b->pub, all[k], len))
            fail_msg("document %d is refused: %.200s", k, all[k]);
        size_t step = len / 400 + 1;
        for (size_t n = 0; n < len; n += n < 64 ? 1 : step, cuts++)
            assert_int_equal(decode_all(&d->b->pub, all[k], n), 0);
    }
    print_message("# %ld cut documents refused\n", cuts);
    docs_free(d);
}

/* Replaces text[at..at+n) by rep into a new string. */
static char *splice(const char *text, size_t at, size_t n, const char *rep)
{
    size_t len = strlen(text), r = strlen(rep);
    char *out = malloc(len - n + r + 1);
    assert_non_null(out);
    memcpy(out, text, at);
    memcpy(out + at, rep, r);
    memcpy(out + at + r, text + at + n, len - at - n + 1);
    return out;
}

static void mutated_documents_should_never_crash(void **state)
{
    (void)state;
    static const char *const values[] = {
        "9", "-1", "-2", "8", "12", "255", "256", "32767", "-32769", "2147483648", "1e308",
        "-1e308", "0.5", "null", "true", "\"\"", "\"x\"", "[]", "{}", "[[[[[[[[]]]]]]]]",
        "\"\\u0000\"", "\"\\u001b[2J\"", "\"\xc3\x28\"", "{\"zzz\":1}",
    };
    struct docs *d = docs_make();
    const char *all[] = { d->pub, d->view, d->fview, d->orders, d->events };
    struct rng r;
    rng_seed(&r, 10, 1);
    long accepted = 0, tried = 0;
    for (int k = 0; k < 5; k++) {
        const char *doc = all[k];
        size_t len = strlen(doc);
        for (int i = 0; i < 600; i++, tried++) {
            char *m;
            size_t at = (size_t)rng_below(&r, (int)len);
            int how = rng_below(&r, 4);
            if (how == 0) {          /* a byte */
                char b[2] = { (char)(1 + rng_below(&r, 255)), 0 };
                m = splice(doc, at, 1, b);
            } else if (how == 1) {   /* a value after a colon or in an array */
                const char *c = strpbrk(doc + at, ":[,");
                size_t from = c ? (size_t)(c - doc) + 1 : at, end = from;
                while (end < len && strchr("-0123456789.e", doc[end]))
                    end++;
                m = splice(doc, from, end - from, values[rng_below(&r, (int)(sizeof values /
                                                                           sizeof values[0]))]);
            } else if (how == 2) {   /* a span deleted */
                size_t n = (size_t)rng_below(&r, 64);
                m = splice(doc, at, at + n > len ? len - at : n, "");
            } else {                 /* a span repeated */
                size_t n = (size_t)rng_below(&r, 64);
                n = at + n > len ? len - at : n;
                char *span = malloc(n + 1);
                assert_non_null(span);
                memcpy(span, doc + at, n);
                span[n] = 0;
                m = splice(doc, at, 0, span);
                free(span);
            }
            accepted += decode_all(&d->b->pub, m, strlen(m));
            free(m);
        }
    }
    print_message("# %ld mutated documents, %ld still accepted (each re-encoded stable)\n",
                  tried, accepted);
    docs_free(d);
}

/* Exact refusals: the place and the reason, in one line. */
static void refusals_should_name_the_place(void **state)
{
    (void)state;
    struct docs *d = docs_make();
    const struct pub *pub = &d->b->pub;
    char err[WIRE_ERR];
    static struct view v;
    struct order o[MAX_ORDERS];
    struct event e[MAX_VIEW_EVENTS];
    int n;
    char *m = splice(d->view, 1, 0, "\"zzz\":1,");
    assert_int_equal(wire_view_decode(m, strlen(m), pub, &v, err), 0);
    assert_string_equal(err, "view: unknown key \"zzz\"");
    free(m);
    const char *seat = strstr(d->view, "\"seat\":");
    assert_non_null(seat);
    m = splice(d->view, (size_t)(seat - d->view) + 7, 1, "9");
    assert_int_equal(wire_view_decode(m, strlen(m), pub, &v, err), 0);
    assert_string_equal(err, "view: seat: expected an integer from -2 to 4, got 9");
    free(m);
    const char *o1 = "{\"items\":[{\"kind\":\"patrol\",\"seat\":5,\"turn\":1,\"sector\":0,"
                     "\"target\":-1,\"level\":0,\"inject\":-1}]}";
    assert_int_equal(wire_orders_decode(o1, strlen(o1), pub, o, &n, err), 0);
    assert_string_equal(err, "orders: items[0].seat: expected an integer 0-4, got 5");
    const char *o2 = "{\"items\":[{\"kind\":\"launch\",\"seat\":0,\"turn\":1,\"sector\":0,"
                     "\"target\":-1,\"level\":0,\"inject\":-1}]}";
    assert_int_equal(wire_orders_decode(o2, strlen(o2), pub, o, &n, err), 0);
    assert_string_equal(err, "orders: items[0].kind: unknown kind \"launch\"");
    const char *o3 = "{\"items\":[{\"kind\":\"patrol\",\"seat\":0,\"turn\":1,\"sector\":8,"
                     "\"target\":-1,\"level\":0,\"inject\":-1}]}";
    assert_int_equal(wire_orders_decode(o3, strlen(o3), pub, o, &n, err), 0);
    assert_string_equal(err, "orders: items[0].sector: expected an integer from -1 to 7, got 8");
    /* more orders than a turn holds */
    char big[4096] = "{\"items\":[";
    for (int k = 0; k <= MAX_ORDERS; k++)
        strcat(big, k ? ",{}" : "{}");
    strcat(big, "]}");
    assert_int_equal(wire_orders_decode(big, strlen(big), pub, o, &n, err), 0);
    assert_string_equal(err, "orders: items: expected 0-12 items, got more than 12");
    const char *e1 = "{\"items\":[{\"kind\":\"covert\",\"turn\":1,\"actor\":0,\"target\":9,"
                     "\"sector\":-1,\"order\":null,\"blamed\":-1,\"outcome\":0,\"audience\":1,"
                     "\"a\":0,\"b\":0,\"c\":0,\"d\":0,\"cause\":\"none\",\"cause_seat\":-1,"
                     "\"cause_arg\":-1}]}";
    assert_int_equal(wire_events_decode(e1, strlen(e1), pub, e, &n, err), 0);
    assert_string_equal(err, "events: items[0].target: expected a contingent -1-4 or 8 "
                             "(mission HQ)");
    /* an audience naming a seat the book does not have */
    m = strdup(e1);
    assert_non_null(m);
    memcpy(strstr(m, "\"target\":9"), "\"target\":8", 10);
    char *m2 = splice(m, (size_t)(strstr(m, "\"audience\":1") - m) + 11, 1, "64");
    assert_int_equal(wire_events_decode(m2, strlen(m2), pub, e, &n, err), 0);
    assert_string_equal(err, "events: items[0].audience: bits outside 0x11f in 0x40");
    free(m);
    free(m2);
    /* a syntax error: where */
    assert_int_equal(wire_view_decode("{\"seat\":", 8, pub, &v, err), 0);
    assert_string_equal(err, "view:1:9: syntax error: unexpected end of file");
    /* depth beyond cJSON's limit: refused, no stack overflow */
    size_t deep = 200000;
    char *nest = malloc(deep * 2 + 1);
    assert_non_null(nest);
    memset(nest, '[', deep);
    memset(nest + deep, ']', deep);
    nest[deep * 2] = 0;
    assert_int_equal(decode_all(pub, nest, deep * 2), 0);
    free(nest);
    docs_free(d);
}

/* Every file of the JSON test suite (and the project's fuzz seeds) given
 * to every decoder: refused with its one line, or accepted and stable. */
static void json_test_suite_should_be_refused(void **state)
{
    (void)state;
    struct bundle *b = load_bundle("lakeland");
    DIR *dir = opendir(CORPUS);
    if (!dir) {
        free_bundle(b);
        print_message("# %s absent: the JSON test suite is not beside the checkout\n", CORPUS);
        skip();
    }
    int files = 0;
    struct dirent *de;
    while ((de = readdir(dir))) {
        if (de->d_name[0] == '.')
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", CORPUS, de->d_name);
        struct errlist e;
        size_t len;
        errlist_init(&e);
        char *text = data_read_file(path, &len, &e);
        if (!text)
            continue;
        assert_int_equal(decode_all(&b->pub, text, len), 0);
        free(text);
        files++;
    }
    closedir(dir);
    assert_true(files > 300);
    free_bundle(b);
}

/* The seeds of the fuzz target decode (written first when asked). */
static void fuzz_seeds_should_decode(void **state)
{
    (void)state;
    struct docs *d = docs_make();
    const char *names[] = { "pub", "view", "fview", "orders", "events" };
    const char *all[] = { d->pub, d->view, d->fview, d->orders, d->events };
    const char *dir = getenv("MANDATE_WIRE_SEEDS");
    for (int k = 0; k < 5; k++) {
        char path[1024];
        if (dir && *dir) {
            snprintf(path, sizeof path, "%s/%s.json", dir, names[k]);
            FILE *f = fopen(path, "w");
            assert_non_null(f);
            assert_true(fputs(all[k], f) >= 0 && fputc('\n', f) == '\n');
            assert_int_equal(fclose(f), 0);
        }
        snprintf(path, sizeof path, "%s/%s.json", SEEDS, names[k]);
        struct errlist e;
        size_t len;
        errlist_init(&e);
        char *text = data_read_file(path, &len, &e);
        if (!text)
            fail_msg("%s: %s", path, e.n ? e.line[0] : "unreadable");
        if (!decode_all(&d->b->pub, text, len))
            fail_msg("%s no longer decodes: run tools/regen-golden.sh", path);
        free(text);
    }
    docs_free(d);
}

/* issue 11: the order dialog leaves level -1 (the engine's "none") on an
 * order that takes no level, and the engine accepts it; the codec
 * refused it, so a networked team's first mandate order closed its
 * connection ("orders[0].level: expected an integer 0-2, got -1"). */
static void an_order_without_a_level_should_go_and_come_back(void **state)
{
    (void)state;
    struct bundle *b = load_bundle("tutorial");
    struct order o = order_make(ORD_PATROL, 0, 1);
    o.sector = 0;
    o.target = o.level = o.inject = -1;      /* as dlg_order.c builds it */
    char *t = wire_orders_encode(&o, 1);
    assert_non_null(t);
    struct order back[MAX_ORDERS];
    int n = 0;
    char err[WIRE_ERR];
    if (!wire_orders_decode(t, strlen(t), &b->pub, back, &n, err))
        fail_msg("an order of the dialog is refused: %s", err);
    assert_int_equal(n, 1);
    assert_memory_equal(&back[0], &o, sizeof o);
    free(t);
    free_bundle(b);
}

/* issue 14: struct event keeps its small fields in bits and the wire
 * reads them through a flat copy. Every field at each end of the range
 * the codec accepts comes back as it went (no bit lost, no sign
 * flipped), and a c or d past what the bits hold is refused. */
static void events_at_the_ends_of_their_ranges_should_go_and_come_back(void **state)
{
    (void)state;
    struct event e[2];
    memset(e, 0, sizeof e);
    e[0].kind = EV_COUNT - 1;
    e[0].turn = MAX_TURNS;
    e[0].actor = MAX_SEATS - 1;
    e[0].target = TARGET_HQ;
    e[0].sector = MAX_SECTORS - 1;
    e[0].order = ORD_COUNT - 1;
    e[0].blamed = MAX_SEATS - 1;
    e[0].outcome = ATTR_COUNT - 1;
    e[0].audience = AUDIENCE_PUBLIC | ((1u << MAX_SEATS) - 1);
    e[0].a = INT16_MAX;
    e[0].b = INT16_MIN;
    e[0].c = EVENT_C_MAX;
    e[0].d = EVENT_D_MIN;
    e[0].cause = CAUSE_COUNT - 1;
    e[0].cause_seat = TARGET_HQ;
    e[0].cause_arg = MAX_INJECTS - 1;
    e[1].actor = e[1].target = e[1].sector = e[1].order = e[1].cause_seat = e[1].cause_arg = -1;
    e[1].blamed = -2;
    e[1].a = INT16_MIN;
    e[1].b = INT16_MAX;
    e[1].c = EVENT_C_MIN;
    e[1].d = EVENT_D_MAX;
    char *t = wire_events_encode(e, 2);
    assert_non_null(t);
    assert_non_null(strstr(t, "\"c\":8191"));
    assert_non_null(strstr(t, "\"d\":-16384"));
    static struct event back[MAX_VIEW_EVENTS];
    int n = 0;
    char err[WIRE_ERR];
    if (!wire_events_decode(t, strlen(t), NULL, back, &n, err))
        fail_msg("events at the ends of their ranges are refused: %s", err);
    assert_int_equal(n, 2);
    assert_memory_equal(back, e, sizeof e);
    assert_int_equal(back[0].target, TARGET_HQ);
    assert_int_equal(back[1].blamed, -2);
    assert_int_equal(back[1].cause_arg, -1);
    free(t);
    const char *wide = "{\"items\":[{\"kind\":\"covert\",\"turn\":1,\"actor\":0,\"target\":1,"
                       "\"sector\":-1,\"order\":null,\"blamed\":-1,\"outcome\":0,\"audience\":1,"
                       "\"a\":0,\"b\":0,\"c\":8192,\"d\":0,\"cause\":\"none\",\"cause_seat\":-1,"
                       "\"cause_arg\":-1}]}";
    assert_false(wire_events_decode(wide, strlen(wide), NULL, back, &n, err));
    assert_non_null(strstr(err, "items[0].c"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(real_games_should_round_trip_through_the_wire),
        cmocka_unit_test(cut_documents_should_be_refused),
        cmocka_unit_test(mutated_documents_should_never_crash),
        cmocka_unit_test(refusals_should_name_the_place),
        cmocka_unit_test(json_test_suite_should_be_refused),
        cmocka_unit_test(fuzz_seeds_should_decode),
        cmocka_unit_test(an_order_without_a_level_should_go_and_come_back),
        cmocka_unit_test(events_at_the_ends_of_their_ranges_should_go_and_come_back),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
