/* dlg_order.c - the dialogs that build an order: pick it (grouped by
 * family; every letter types the start of a name, the arrows move), aim
 * it (sector, contingent, level or answer, each marked legal or not with
 * the reason), read its odds and the modifiers behind them, and give it;
 * and the dossier popup. */
#include <stdio.h>
#include <string.h>

#include "seat.h"

#define MAX_CANDS (MAX_SECTORS + MAX_SEATS + MAX_INJECTS * MAX_CHOICES + 4)

struct cand {
    struct order o;
    int legal;
    char why[120];
    char label[160];
    char extra[NAME_LEN + 40];   /* figures, or an inject's title */
};


/* --- legality ------------------------------------------------------------ */

/* Checks the draft with o in place of order `editing` (or added). */
static int check_with(const struct cui *u, const struct turnui *t, const struct order *o,
                      char *why, size_t n)
{
    struct order list[MAX_ORDERS + 1];
    int k = t->n;
    memcpy(list, t->draft, sizeof(struct order) * (size_t)k);
    if (t->editing >= 0 && t->editing < k) {
        list[t->editing] = *o;
    } else {
        if (k >= MAX_ORDERS) {
            snprintf(why, n, "at most %d orders a week", MAX_ORDERS);
            return 0;
        }
        list[k++] = *o;
    }
    char buf[160];
    if (view_check_orders(u->v, list, k, buf, sizeof buf))
        return 1;
    const char *c = strstr(buf, ": ");
    snprintf(why, n, "%s", c && !strncmp(buf, "order ", 6) ? c + 2 : buf);
    return 0;
}

static int my_choice_injects(const struct view *v)
{
    int n = 0;
    for (int i = 0; i < v->ninjects; i++)
        n += v->injects[i].nchoices > 0 && v->injects[i].audience == v->seat;
    return n;
}

static void pct(int pm, char *buf, size_t n)
{
    if (pm % 10)
        snprintf(buf, n, "%d.%d%%", pm / 10, (pm < 0 ? -pm : pm) % 10);
    else
        snprintf(buf, n, "%d%%", pm / 10);
}

/* "~41% (27-55%, a guess)", "~41% (35-47%)" or "41%": an estimate's
 * centre and, when it is not exact, its range. */
static void estimate_text(const struct odds_estimate *e, char *buf, size_t n)
{
    char m[16];
    pct(e->mid.success, m, sizeof m);
    if (e->lo == e->hi)
        snprintf(buf, n, "%s", m);
    else
        snprintf(buf, n, "~%s (%d-%d%%%s)", m, (e->lo + 5) / 10, (e->hi + 5) / 10,
                 e->guess ? ", a guess" : "");
}

static int candidates(struct cui *u, struct turnui *t, int kind, int stage, struct cand *c)
{
    const struct view *v = u->v;
    int n = 0;
    struct order base = order_make(kind, v->seat, v->turn);
    base.sector = base.target = base.level = base.inject = -1;
    switch (order_target_kind(kind)) {
    case TK_NONE:
        c[n].o = base;
        snprintf(c[n].label, sizeof c[n].label, "%s", v->pub->cat.orders[kind].name);
        c[n].extra[0] = 0;
        n++;
        break;
    case TK_SECTOR:
        for (int s = 0; s < v->nsectors; s++, n++) {
            c[n].o = base;
            c[n].o.sector = (int8_t)s;
            snprintf(c[n].label, sizeof c[n].label, "%s", v->pub->sectors[s].name);
            snprintf(c[n].extra, sizeof c[n].extra, "stability %d, threat %d%s",
                     v->sectors[s].stability, v->sectors[s].threat,
                     v->sectors[s].deployed & (1u << v->seat) ? ", we are here"
                     : view_reaches(v, s)                      ? ", next to us"
                                                               : "");
        }
        break;
    case TK_SECTOR_SEAT:
        if (stage == 0) {
            for (int s = 0; s < v->nsectors; s++, n++) {
                c[n].o = base;
                c[n].o.sector = (int8_t)s;
                c[n].o.target = (int8_t)(v->seat == 0 ? 1 : 0);
                snprintf(c[n].label, sizeof c[n].label, "%s", v->pub->sectors[s].name);
                snprintf(c[n].extra, sizeof c[n].extra, "stability %d, threat %d",
                         v->sectors[s].stability, v->sectors[s].threat);
            }
            break;
        }
        /* stage 1 picks the partner */
        /* fall through */
    case TK_SEAT:
        for (int i = 0; i < v->nseats; i++) {
            if (i == v->seat)
                continue;
            c[n].o = base;
            c[n].o.target = (int8_t)i;
            if (order_target_kind(kind) == TK_SECTOR_SEAT)
                c[n].o.sector = t->build.sector;
            snprintf(c[n].label, sizeof c[n].label, "%s", v->pub->seats[i].name);
            c[n].extra[0] = 0;
            if (order_family(kind) == FAM_COVERT) {
                struct odds_estimate est;
                view_estimate(v, &c[n].o, &est);
                char a[80], b[16];
                estimate_text(&est, a, sizeof a);
                pct(odds_detection(&est.mid), b, sizeof b);
                snprintf(c[n].extra, sizeof c[n].extra, "success %s, seen %s", a, b);
            } else if (kind == ORD_ACCUSE) {
                snprintf(c[n].extra, sizeof c[n].extra, "our evidence: %d", v->me.evidence[i]);
            } else {
                snprintf(c[n].extra, sizeof c[n].extra, "trust %d, theirs in us %d",
                         v->trust[v->seat][i], v->trust[i][v->seat]);
            }
            n++;
        }
        break;
    case TK_LEVEL:
        for (int l = 0; l < SHARE_COUNT; l++, n++) {
            c[n].o = base;
            c[n].o.level = (int8_t)l;
            words_capital(share_name(l), c[n].label, sizeof c[n].label);
            snprintf(c[n].extra, sizeof c[n].extra, "%s", l == v->me.share ? "(now)" : "");
        }
        break;
    case TK_CHOICE:
        for (int i = 0; i < v->ninjects; i++) {
            const struct view_inject *in = &v->injects[i];
            if (in->audience != v->seat)
                continue;
            for (int k = 0; k < in->nchoices && n < MAX_CANDS; k++, n++) {
                c[n].o = base;
                c[n].o.inject = (int8_t)v->injects[i].index;
                c[n].o.level = (int8_t)k;
                snprintf(c[n].label, sizeof c[n].label, "%s", in->choices[k].label);
                snprintf(c[n].extra, sizeof c[n].extra, "%s", in->title);
            }
        }
        break;
    default:
        break;
    }
    for (int i = 0; i < n; i++)
        c[i].legal = check_with(u, t, &c[i].o, c[i].why, sizeof c[i].why);
    return n;
}

/* The kinds of the picker, in family order; -1 entries are headings
 * (family in *fam). A coached scenario's orders not taught yet are left
 * out (the engine refuses them too). */
static int pick_list(const struct view *v, int *kinds, int *fams)
{
    int n = 0;
    const struct coach *c = &v->pub->coach;
    for (int f = 0; f < FAM_COUNT; f++) {
        if (f == FAM_RESPONSE && !my_choice_injects(v))
            continue;
        int head = n;
        kinds[n] = -1;
        fams[n++] = f;
        for (int k = 0; k < ORD_COUNT; k++)
            if (order_family(k) == f && coach_is_open(c, k, v->turn)) {
                kinds[n] = k;
                fams[n++] = f;
            }
        if (n == head + 1)
            n = head;            /* a family the coach has not opened yet */
    }
    return n;
}

static const char *family_title(int f)
{
    static const char *const t[FAM_COUNT] = {
        "Mandate operations (public)", "Mission contributions (public)",
        "Covert operations (secret)", "Counter-intelligence (secret, the audit is public)",
        "Diplomacy (public)", "Answers to injects (free)",
    };
    return f >= 0 && f < FAM_COUNT ? t[f] : "?";
}

/* 1 when some target makes the kind legal now; else the reason. */
static int kind_available(struct cui *u, struct turnui *t, int kind, char *why, size_t n)
{
    static struct cand c[MAX_CANDS];
    int k = candidates(u, t, kind, 0, c);
    for (int i = 0; i < k; i++)
        if (c[i].legal)
            return 1;
    snprintf(why, n, "%s", k ? c[0].why : "no target");
    return 0;
}

/* --- drawing ------------------------------------------------------------ */

static void draw_pick(struct cui *u, struct turnui *t)
{
    const struct view *v = u->v;
    int kinds[ORD_COUNT + FAM_COUNT], fams[ORD_COUNT + FAM_COUNT];
    int n = pick_list(v, kinds, fams);
    int w = COLS - 6 > 90 ? 90 : COLS - 6;
    struct rect r = d_dialog(LINES - 2, w, "New order: what?");
    int list_h = r.h - 5;
    if (t->dsel < t->dtop)
        t->dtop = t->dsel;
    if (t->dsel >= t->dtop + list_h)
        t->dtop = t->dsel - list_h + 1;
    if (t->dtop > 0 && kinds[t->dtop - 1] < 0 && t->dsel - (t->dtop - 1) < list_h)
        t->dtop--;               /* show the family heading above */
    int costx = r.x + r.w - 5;
    for (int i = 0; i < list_h && t->dtop + i < n; i++) {
        int k = kinds[t->dtop + i], y = r.y + i;
        if (k < 0) {
            d_text(y, r.x, r.w, term_attr(R_HEADING), family_title(fams[t->dtop + i]));
            continue;
        }
        char why[120];
        int ok = kind_available(u, t, k, why, sizeof why);
        int selected = t->dtop + i == t->dsel;
        attr_t a = selected ? term_attr(R_SELECT) : ok ? A_NORMAL : term_attr(R_DIM);
        if (selected)
            d_fill(y, r.x, r.w, a);
        if (!order_is_public(k))
            d_glyph(y, r.x + 1, selected ? a : term_attr(R_PRIVATE), G_SECRET);
        d_text(y, r.x + 3, 26, a, v->pub->cat.orders[k].name);
        if (!ok)
            d_text(y, r.x + 30, costx - r.x - 31, a, why);
        d_textf(y, costx, 5, a, "%d AP", v->pub->cat.orders[k].cost);
        term_hit(y, r.x, 1, r.w, HIT_ITEM, t->dtop + i);
    }
    /* the selected order's summary */
    int k = kinds[t->dsel] >= 0 ? kinds[t->dsel] : 0;
    struct page *pg = &u->aux;
    page_reset(pg, r.w);
    page_add(pg, A_NORMAL, 0, v->pub->cat.orders[k].summary);
    struct rect s = { r.y + list_h + 1, r.x, 3, r.w + 1 };
    d_fill(r.y + list_h, r.x, r.w, A_NORMAL);
    page_draw(pg, s, 0, -1, 0);
    static const char *const hints[] = { "arrows", "choose", "a-z", "type a name", "Enter", "next",
                                         "Esc", "cancel", NULL, NULL };
    d_hints(r.y + r.h - 1, r.x, r.w, hints);
}

static void draw_target(struct cui *u, struct turnui *t)
{
    const struct view *v = u->v;
    static struct cand c[MAX_CANDS];
    int n = candidates(u, t, t->kind, t->stage, c);
    char title[96];
    int tk = order_target_kind(t->kind);
    snprintf(title, sizeof title, "%s: %s?", v->pub->cat.orders[t->kind].name,
             tk == TK_SECTOR || (tk == TK_SECTOR_SEAT && t->stage == 0) ? "which sector"
             : tk == TK_LEVEL                                          ? "what level"
             : tk == TK_CHOICE                                         ? "which answer"
                                                                       : "which contingent");
    int w = COLS - 6 > 84 ? 84 : COLS - 6;
    int h = n + 7 < LINES - 2 ? n + 7 : LINES - 2;
    struct rect r = d_dialog(h, w, title);
    int list_h = r.h - 4;
    if (t->dsel >= n)
        t->dsel = n - 1;
    if (t->dsel < t->dtop)
        t->dtop = t->dsel;
    if (t->dsel >= t->dtop + list_h)
        t->dtop = t->dsel - list_h + 1;
    int labw = 24;
    for (int i = 0; i < list_h && t->dtop + i < n; i++) {
        const struct cand *x = &c[t->dtop + i];
        int y = r.y + i, selected = t->dtop + i == t->dsel;
        attr_t a = selected ? term_attr(R_SELECT) : x->legal ? A_NORMAL : term_attr(R_DIM);
        if (selected)
            d_fill(y, r.x, r.w, a);
        attr_t la = a;
        if (tk == TK_SEAT || (tk == TK_SECTOR_SEAT && t->stage == 1))
            la = selected ? a : x->legal ? ui_seat_attr(u, x->o.target) : a;
        d_text(y, r.x + 1, labw, la, x->label);
        d_text(y, r.x + 2 + labw, r.w - labw - 3, a, x->legal ? x->extra : x->why);
        term_hit(y, r.x, 1, r.w, HIT_ITEM, t->dtop + i);
    }
    if (n > 0 && t->dsel >= 0) {
        struct page *pg = &u->aux;
        page_reset(pg, r.w);
        page_add(pg, c[t->dsel].legal ? term_attr(R_DIM) : term_attr(R_BAD), 0,
                 c[t->dsel].legal ? v->pub->cat.orders[t->kind].summary : c[t->dsel].why);
        struct rect s = { r.y + r.h - 3, r.x, 2, r.w + 1 };
        page_draw(pg, s, 0, -1, 0);
    }
    static const char *const hints[] = { "Up/Down", "choose", "Enter", "next", "Esc", "back",
                                         NULL, NULL };
    d_hints(r.y + r.h - 1, r.x, r.w, hints);
}

/* One of the target's figures and where the estimate of it comes from. */
static void figure_source(struct cui *u, int target, const char *what, int src, int dos,
                          int val10, int lo, int hi, struct page *pg)
{
    const struct view *v = u->v;
    char val[16];
    if (val10 % 10)
        snprintf(val, sizeof val, "%d.%d", val10 / 10, val10 % 10);
    else
        snprintf(val, sizeof val, "%d", val10 / 10);
    if (src == SRC_DOSSIER) {
        const struct dossier *d = &v->me.dos[target][dos];
        page_addf(pg, A_NORMAL, 2, "Their %s: about %s (%d to %d), from our %s dossier of "
                  "week %d (%s).", what, val, lo, hi, dossier_name(dos), d->turn,
                  words_quality(d->quality));
    } else {
        page_addf(pg, term_attr(R_WARN), 2, "Their %s: a guess of %s, the average the other "
                  "contingents declared at deployment (%d to %d).", what, val, lo, hi);
    }
}

/* Where the seat's estimate of the target's defence comes from. */
static void odds_sources(struct cui *u, const struct order *o, const struct odds_estimate *e,
                         struct page *pg)
{
    const struct view *v = u->v;
    int target = order_victim(o);
    char fl[16];
    if (target == TARGET_HQ) {
        page_addf(pg, A_NORMAL, 2, "Mission HQ's defence comes from the public network "
                  "security (%d): the chance is known, not guessed.", v->net_security);
    } else {
        figure_source(u, target, "counter-intelligence", e->ci_src,
                      view_fresh(v, target, DOS_PROCEDURES) ? DOS_PROCEDURES : DOS_CAPABILITIES,
                      e->ci10, e->ci_lo, e->ci_hi, pg);
        figure_source(u, target, "communications security", e->comms_src, DOS_COMMUNICATIONS,
                      e->comms * 10, e->comms_lo, e->comms_hi, pg);
        pct(e->floor, fl, sizeof fl);
        page_addf(pg, term_attr(R_DIM), 2, "Their posture this week is unseen until "
                  "resolution: the estimate allows for an average week's; if they harden and "
                  "compartmentalise, it could be as low as %s.", fl);
    }
    int rel = odds_relevant_dossier(o->kind);
    if (rel >= 0)
        page_addf(pg, A_NORMAL, 2, "A fresh %s dossier on the target helps this operation%s.",
                  dossier_name(rel), view_fresh(v, target, rel) ? ": we have one"
                                                                : ": we have none");
}

static void draw_odds(struct cui *u, struct turnui *t)
{
    const struct view *v = u->v;
    const struct order *o = &t->build;
    const struct order_def *d = &v->pub->cat.orders[o->kind];
    char tgt[160], why[160], title[200];
    order_target_text(u, o, tgt, sizeof tgt);
    snprintf(title, sizeof title, "%s%s%s", d->name, tgt[0] ? ": " : "", tgt);
    int legal = check_with(u, t, o, why, sizeof why);
    int w = COLS - 6 > 84 ? 84 : COLS - 6;
    struct page *pg = &u->aux;
    page_reset(pg, w - 5);
    int cost_now = view_order_cost(v, t->draft, t->n);
    if (t->editing >= 0 && t->editing < t->n)
        cost_now -= v->pub->cat.orders[t->draft[t->editing].kind].cost;
    page_addf(pg, A_BOLD, 0, "Cost %d AP: %d of %d left after it. %s", d->cost,
              v->me.ap - cost_now - d->cost, v->me.ap,
              order_is_public(o->kind) ? "Public: every contingent sees it."
                                       : "Secret: only we know, unless it is detected.");
    page_add(pg, A_NORMAL, 0, d->summary);
    if (order_family(o->kind) == FAM_COVERT) {
        struct odds_estimate est;
        view_estimate(v, o, &est);
        const struct odds od = est.mid;
        char a[80], b[16], c[16], lo[16], hi[16];
        page_blank(pg);
        estimate_text(&est, a, sizeof a);
        page_addf(pg, term_attr(R_HEADING), 0, "Chance of success: %s: %s.", a,
                  odds_words(od.success));
        if (est.guess)
            page_addf(pg, term_attr(R_WARN), 2, "A guess: we hold no fresh dossier on %s's %s; "
                      "one would narrow it.", words_seat(v->pub, order_victim(o)),
                      est.ci_src == SRC_PUBLISHED && est.comms_src == SRC_PUBLISHED
                          ? "procedures or communications"
                      : est.ci_src == SRC_PUBLISHED ? "procedures" : "communications");
        for (int m = 0; m < MOD_COUNT; m++) {
            if (!od.mods[m] && m != MOD_BASE)
                continue;
            char mv[16];
            pct(od.mods[m], mv, sizeof mv);
            page_addf(pg, A_NORMAL, 2, "%-22s %s%s", modifier_name(m), od.mods[m] > 0 ? "+" : "",
                      mv);
        }
        pct(od.detect_ok, b, sizeof b);
        pct(od.detect_fail, c, sizeof c);
        int overall = odds_detection(&od);
        char e[16];
        pct(overall, e, sizeof e);
        pct(est.detect_lo, lo, sizeof lo);
        pct(est.detect_hi, hi, sizeof hi);
        if (est.detect_lo == est.detect_hi)
            page_addf(pg, term_attr(R_HEADING), 0, "Chance of detection: %s in all: %s.", e,
                      odds_detect_words(overall));
        else
            page_addf(pg, term_attr(R_HEADING), 0, "Chance of detection: about %s in all "
                      "(%s-%s): %s.", e, lo, hi, odds_detect_words(overall));
        page_addf(pg, A_NORMAL, 2, "%s if it succeeds, %s if it fails.", b, c);
        page_add(pg, term_attr(R_DIM), 0, "Where the estimate comes from:");
        odds_sources(u, o, &est, pg);
    } else if (o->kind == ORD_SWEEP) {
        char a[16];
        pct(odds_sweep(&v->pub->cat, v->me.caps[CAP_COUNTERINTEL], 0), a, sizeof a);
        page_blank(pg);
        page_addf(pg, term_attr(R_HEADING), 0, "Chance to find each insider network or implant "
                  "run against us: %s (%s), more for a network that has been exposed.", a,
                  odds_words(odds_sweep(&v->pub->cat, v->me.caps[CAP_COUNTERINTEL], 0)));
        page_addf(pg, term_attr(R_DIM), 2, "From our counter-intelligence, %d. If nothing is "
                  "found, that does not prove nothing is there.", v->me.caps[CAP_COUNTERINTEL]);
    } else if (d->capability >= 0 && d->min_capability > 0) {
        page_addf(pg, term_attr(R_DIM), 0, "Uses our %s: %d (needs %d).",
                  capability_name(d->capability), v->me.caps[d->capability], d->min_capability);
    } else if (d->capability >= 0) {
        page_addf(pg, term_attr(R_DIM), 0, "Uses our %s: %d.", capability_name(d->capability),
                  v->me.caps[d->capability]);
    }
    if (!legal) {
        page_blank(pg);
        page_addf(pg, term_attr(R_BAD), 0, "Not possible: %s.", why);
    }
    int h = pg->n + 4 < LINES - 2 ? pg->n + 4 : LINES - 2;
    struct rect r = d_dialog(h, w, title);
    struct rect body = { r.y, r.x, r.h - 1, r.w + 1 };
    t->dtop = page_clamp(pg, t->dtop, body.h);
    page_draw(pg, body, t->dtop, -1, 0);
    static const char *const ok_hints[] = { "Enter", "give the order", "PgDn", "more", "Esc",
                                            "back", NULL, NULL };
    static const char *const no_hints[] = { "PgDn", "more", "Esc", "back", NULL, NULL };
    d_hints(r.y + r.h - 1, r.x, r.w, legal ? ok_hints : no_hints);
}

static void draw_dossier(struct cui *u, struct turnui *t)
{
    int target = intel_target(u, t->sel[P_INTEL]);
    char title[96];
    snprintf(title, sizeof title, "What we know of %s", words_seat(u->v->pub, target));
    int w = COLS - 6 > 84 ? 84 : COLS - 6;
    struct page *pg = &u->aux;
    page_reset(pg, w - 5);
    panel_dossier_page(u, target, pg);
    int h = pg->n + 3 < LINES - 2 ? pg->n + 3 : LINES - 2;
    struct rect r = d_dialog(h, w, title);
    struct rect body = { r.y, r.x, r.h - 1, r.w + 1 };
    t->dtop = page_clamp(pg, t->dtop, body.h);
    page_draw(pg, body, t->dtop, -1, 0);
    static const char *const hints[] = { "Up/Down", "scroll", "Esc", "close", NULL, NULL };
    d_hints(r.y + r.h - 1, r.x, r.w, hints);
}


void open_pick(struct cui *u, struct turnui *t, int editing, int preset_kind)
{
    int kinds[ORD_COUNT + FAM_COUNT], fams[ORD_COUNT + FAM_COUNT];
    int n = pick_list(u->v, kinds, fams);
    t->dlg = DLG_PICK;
    t->prefix[0] = 0;
    t->editing = editing;
    t->dsel = 1;
    t->dtop = 0;
    for (int i = 0; preset_kind >= 0 && i < n; i++)
        if (kinds[i] == preset_kind)
            t->dsel = i;
}

/* Opens the target step for kind (or the odds when it has no target). */
void open_target(struct cui *u, struct turnui *t, int kind, int preset)
{
    t->kind = kind;
    t->stage = 0;
    t->build = order_make(kind, u->v->seat, u->v->turn);
    t->build.sector = t->build.target = t->build.level = t->build.inject = -1;
    if (order_target_kind(kind) == TK_NONE) {
        t->dlg = DLG_ODDS;
        t->dtop = 0;
        return;
    }
    t->dlg = DLG_TARGET;
    t->dsel = 0;
    t->dtop = 0;
    static struct cand c[MAX_CANDS];
    int n = candidates(u, t, kind, 0, c);
    int first_legal = -1;
    for (int i = 0; i < n; i++) {
        if (c[i].legal && first_legal < 0)
            first_legal = i;
        if (preset >= 0 && ((order_target_kind(kind) == TK_SECTOR ||
                             order_target_kind(kind) == TK_SECTOR_SEAT)
                                ? c[i].o.sector == preset
                                : c[i].o.target == preset))
            t->dsel = i, first_legal = -2;
    }
    if (first_legal >= 0)
        t->dsel = first_legal;
}

static void add_order(struct cui *u, struct turnui *t)
{
    char why[160], tgt[160];
    if (!check_with(u, t, &t->build, why, sizeof why)) {
        ui_status(u, R_BAD, "Not possible: %s.", why);
        return;
    }
    order_target_text(u, &t->build, tgt, sizeof tgt);
    if (t->editing >= 0 && t->editing < t->n) {
        t->draft[t->editing] = t->build;
        t->sel[P_ORDERS] = t->editing;
        ui_status(u, R_GOOD, "Changed: %s%s%s.", u->v->pub->cat.orders[t->build.kind].name,
                  tgt[0] ? ", " : "", tgt);
    } else {
        t->draft[t->n] = t->build;
        t->n++;
        t->sel[P_ORDERS] = t->n;     /* on "New order", ready for the next */
        ui_status(u, R_GOOD, "Added: %s%s%s (%d AP).", u->v->pub->cat.orders[t->build.kind].name,
                  tgt[0] ? ", " : "", tgt, u->v->pub->cat.orders[t->build.kind].cost);
    }
    t->dlg = DLG_NONE;
    t->editing = -1;
    t->focus = P_ORDERS;
}


static int starts_with(const char *name, const char *prefix)
{
    for (; *prefix; prefix++, name++) {
        char a = *name >= 'A' && *name <= 'Z' ? (char)(*name + 32) : *name;
        char b = *prefix >= 'A' && *prefix <= 'Z' ? (char)(*prefix + 32) : *prefix;
        if (a != b)
            return 0;
    }
    return 1;
}

/* Adds c to the typed prefix and selects the first order matching it (a
 * new prefix of c alone when nothing matches). */
static void type_ahead(struct cui *u, struct turnui *t, const int *kinds, int n, char c)
{
    size_t len = strlen(t->prefix);
    for (int attempt = 0; attempt < 2; attempt++) {
        if (len + 1 < sizeof t->prefix) {
            t->prefix[len] = c;
            t->prefix[len + 1] = 0;
        }
        for (int i = 0; i < n; i++)
            if (kinds[i] >= 0 && starts_with(u->v->pub->cat.orders[kinds[i]].name, t->prefix)) {
                t->dsel = i;
                return;
            }
        len = 0;                 /* no match: start again from this letter */
    }
    t->prefix[0] = 0;
}

/* Scrolls a text dialog (the odds, a dossier) by a line or a page; the
 * drawing clamps the end. */
static void dialog_scroll(struct turnui *t, int k)
{
    int page = LINES - 8 > 1 ? LINES - 8 : 1;
    if (k == K_UP || k == K_WHEEL_UP)
        t->dtop--;
    else if (k == K_DOWN || k == K_WHEEL_DOWN)
        t->dtop++;
    else if (k == K_PGUP)
        t->dtop -= page;
    else if (k == K_PGDN)
        t->dtop += page;
    else if (k == K_HOME)
        t->dtop = 0;
    else if (k == K_END)
        t->dtop = 1 << 20;
    if (t->dtop < 0)
        t->dtop = 0;
}

int dialog_key(struct cui *u, struct turnui *t, const struct input *in)
{
    int k = in->key;
    if (t->dlg == DLG_PICK) {
        int kinds[ORD_COUNT + FAM_COUNT], fams[ORD_COUNT + FAM_COUNT];
        int n = pick_list(u->v, kinds, fams);
        int step = 0;
        /* the picker is where names are typed: every letter, h j k l
         * too, types the start of an order's name; the arrows move */
        int letter = in->ch > 0 && in->ch < 128 &&
                     ((in->ch >= 'a' && in->ch <= 'z') || (in->ch >= 'A' && in->ch <= 'Z'));
        if (letter)
            k = K_CHAR;
        if (k == K_UP || k == K_WHEEL_UP)
            step = -1;
        else if (k == K_DOWN || k == K_WHEEL_DOWN)
            step = 1;
        else if (k == K_PGUP || k == K_HOME)
            t->dsel = 1;
        else if (k == K_PGDN || k == K_END)
            t->dsel = n - 1;
        else if (k == K_ESC) {
            t->dlg = DLG_NONE;
        } else if (k == K_CLICK && in->hit == HIT_ITEM && kinds[in->arg] >= 0) {
            if (t->dsel == in->arg)
                k = K_ENTER;
            t->dsel = in->arg;
        }
        for (int guard = 0; step && guard < n; guard++) {
            t->dsel = (t->dsel + step + n) % n;
            if (kinds[t->dsel] >= 0)
                break;
        }
        if (!letter)
            t->prefix[0] = 0;
        else
            type_ahead(u, t, kinds, n, (char)in->ch);
        if (k == K_ENTER && kinds[t->dsel] >= 0) {
            char why[120];
            if (!kind_available(u, t, kinds[t->dsel], why, sizeof why))
                ui_status(u, R_BAD, "%s: %s.", u->v->pub->cat.orders[kinds[t->dsel]].name, why);
            else
                open_target(u, t, kinds[t->dsel],
                            t->editing >= 0 ? -1 : t->focus == P_BOARD ? t->sel[P_BOARD] : -1);
        }
        return -1;
    }
    if (t->dlg == DLG_TARGET) {
        static struct cand c[MAX_CANDS];
        int n = candidates(u, t, t->kind, t->stage, c);
        if (k == K_UP || k == K_WHEEL_UP)
            t->dsel = (t->dsel + n - 1) % n;
        else if (k == K_DOWN || k == K_WHEEL_DOWN)
            t->dsel = (t->dsel + 1) % n;
        else if (k == K_HOME || k == K_PGUP)
            t->dsel = 0;
        else if (k == K_END || k == K_PGDN)
            t->dsel = n - 1;
        else if (k == K_ESC) {
            if (t->stage > 0) {
                t->stage = 0;
                t->dsel = 0;
            } else {
                open_pick(u, t, t->editing, t->kind);
            }
        } else if (k == K_CLICK && in->hit == HIT_ITEM) {
            if (t->dsel == in->arg)
                k = K_ENTER;
            t->dsel = in->arg;
        }
        if (k == K_ENTER && n > 0) {
            const struct cand *x = &c[t->dsel];
            if (order_target_kind(t->kind) == TK_SECTOR_SEAT && t->stage == 0) {
                if (!(u->v->sectors[x->o.sector].deployed & (1u << u->v->seat))) {
                    ui_status(u, R_BAD, "A joint operation needs us deployed in that sector.");
                    return -1;
                }
                t->build.sector = x->o.sector;
                t->stage = 1;
                t->dsel = 0;
                return -1;
            }
            if (!x->legal) {
                ui_status(u, R_BAD, "Not possible: %s.", x->why);
                return -1;
            }
            t->build = x->o;
            t->dlg = DLG_ODDS;
            t->dtop = 0;
        }
        return -1;
    }
    if (t->dlg == DLG_ODDS) {
        if (k == K_ENTER || (k == K_CHAR && (in->ch == 'y' || in->ch == 'Y')))
            add_order(u, t);
        else if (k == K_ESC) {
            if (order_target_kind(t->kind) == TK_NONE)
                open_pick(u, t, t->editing, t->kind);
            else
                t->dlg = DLG_TARGET;
        } else {
            dialog_scroll(t, k);
        }
        return -1;
    }
    if (t->dlg == DLG_DOSSIER) {
        if (k == K_ESC || k == K_ENTER || k == K_CLICK || (k == K_CHAR && in->ch == 'q'))
            t->dlg = DLG_NONE;
        else
            dialog_scroll(t, k);
        return -1;
    }
    return -1;
}


void dialog_draw(struct cui *u, struct turnui *t)
{
    switch (t->dlg) {
    case DLG_PICK: draw_pick(u, t); break;
    case DLG_TARGET: draw_target(u, t); break;
    case DLG_ODDS: draw_odds(u, t); break;
    case DLG_DOSSIER: draw_dossier(u, t); break;
    default: break;
    }
}
