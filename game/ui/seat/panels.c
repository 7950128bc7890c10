/* panels.c - the panels of the playing screen, drawn from the seat's view:
 * the sector board, the orders, intelligence, the mission, relations and
 * the log. */
#include <stdio.h>
#include <string.h>

#include "seat.h"

static attr_t stab_attr(const struct cui *u, int s)
{
    return s >= u->v->pub->success_avg ? term_attr(R_GOOD)
           : s >= u->v->pub->partial_avg ? term_attr(R_WARN)
                                     : term_attr(R_BAD);
}

static attr_t threat_attr(int t)
{
    return t >= 6 ? term_attr(R_BAD) : t >= 3 ? term_attr(R_WARN) : A_NORMAL;
}

static attr_t trust_attr(int t)
{
    return t >= 60 ? term_attr(R_GOOD) : t >= 40 ? A_NORMAL : term_attr(R_BAD);
}

/* Scrolls top so that sel shows in h rows. */
static int keep_visible(int top, int sel, int h, int n)
{
    if (sel >= 0) {
        if (sel < top)
            top = sel;
        if (sel >= top + h)
            top = sel - h + 1;
    }
    if (top > n - h)
        top = n - h;
    return top < 0 ? 0 : top;
}

void order_target_text(const struct cui *u, const struct order *o, char *buf, size_t n)
{
    const struct view *v = u->v;
    buf[0] = 0;
    switch (order_target_kind(o->kind)) {
    case TK_SECTOR:
        if (o->sector >= 0 && o->sector < v->nsectors)
            snprintf(buf, n, "%s", v->pub->sectors[o->sector].name);
        break;
    case TK_SEAT:
        snprintf(buf, n, "%s", words_seat(v->pub, o->target));
        break;
    case TK_SECTOR_SEAT:
        snprintf(buf, n, "%s, %s", o->sector >= 0 && o->sector < v->nsectors
                                       ? v->pub->sectors[o->sector].name : "?",
                 words_seat(v->pub, o->target));
        break;
    case TK_LEVEL:
        snprintf(buf, n, "%s", share_name(o->level));
        break;
    case TK_CHOICE:
        for (int i = 0; i < v->ninjects; i++)
            if (v->injects[i].index == o->inject) {
                const struct view_inject *in = &v->injects[i];
                snprintf(buf, n, "%s", o->level >= 0 && o->level < in->nchoices
                                           ? in->choices[o->level].label : "?");
            }
        break;
    default:
        break;
    }
}

/* --- the sector board ------------------------------------------------- */

static const char feat_letters[FEAT_COUNT] = { 'H', 'A', 'L', 'C', 'B' };

static void board(struct cui *u, struct turnui *t, struct rect r, int focused)
{
    const struct view *v = u->v;
    int x = r.x + 1, w = r.w - 2, y = r.y + 1, rows = r.h - 2;
    if (rows < 3 || w < 30)
        return;
    int tagw = (int)strlen(ui_seat_tag(u, 0)) + 1;
    int forcesw = v->nseats * tagw < 6 ? 6 : v->nseats * tagw;
    int namew = 10;
    for (int s = 0; s < v->nsectors; s++) {
        int c = text_cols(v->pub->sectors[s].name, -1);
        if (c > namew)
            namew = c;
    }
    if (namew > (w >= 70 ? 20 : 15))
        namew = w >= 70 ? 20 : 15;
    int barw = w - (2 + namew + 1 + 3 + 1 + 4 + 1 + 3 + 1 + forcesw);
    if (barw > 20)
        barw = 20;
    if (barw < 3)
        barw = 0;
    int cx_name = x + 2, cx_feat = cx_name + namew + 1, cx_bar = cx_feat + 4;
    int cx_num = cx_bar + barw + (barw ? 1 : 0), cx_thr = cx_num + 4, cx_forces = cx_thr + 4;
    attr_t hd = term_attr(R_DIM);
    d_text(y, cx_name, namew, hd, "Sector");
    d_text(y, cx_feat, 3, hd, "   ");
    /* the stability heading over the bar and its number, however much
     * room the bar has: "Stability", else "Stab." ending over the number
     * (it may take the blank column before it) */
    if (barw + 4 >= 9)
        d_text(y, cx_bar, barw + 4, hd, "Stability");
    else
        d_text(y, cx_num - 2, 5, hd, "Stab.");
    d_text(y, cx_thr, 3, hd, "Thr");
    d_text(y, cx_forces, x + w - cx_forces, hd, "Forces");
    int list_h = rows - 2;
    int sel = t->sel[P_BOARD];
    t->top[P_BOARD] = keep_visible(t->top[P_BOARD], sel, list_h, v->nsectors);
    unsigned me = v->seat >= 0 ? 1u << v->seat : 0;
    for (int i = 0; i < list_h && t->top[P_BOARD] + i < v->nsectors; i++) {
        int s = t->top[P_BOARD] + i;
        const struct view_sector *vs = &v->sectors[s];
        const struct pub_sector *ps = &v->pub->sectors[s];
        int row = y + 1 + i;
        if (focused && s == sel)
            d_fill(row, x, w, term_attr(R_SELECT));
        attr_t base = focused && s == sel ? term_attr(R_SELECT) : A_NORMAL;
        if (vs->deployed & me)
            d_glyph(row, x, v->seat >= 0 ? ui_seat_attr(u, v->seat) : A_BOLD, G_HERE);
        else if (v->seat >= 0 && view_reaches(v, s))
            d_glyph(row, x, term_attr(R_DIM), G_NEAR);
        d_text(row, cx_name, namew, base | (ps->features & 1u << FEAT_HQ ? A_BOLD : 0), ps->name);
        char feats[8];
        int nf = 0;
        for (int f = 0; f < FEAT_COUNT && nf < 3; f++)
            if (ps->features & (1u << f))
                feats[nf++] = feat_letters[f];
        feats[nf] = 0;
        d_text(row, cx_feat, 3, base ? base : hd, feats);
        if (barw)
            d_bar(row, cx_bar, barw, vs->stability, 100, stab_attr(u, vs->stability));
        d_textf(row, cx_num, 3, base ? base : stab_attr(u, vs->stability), "%3d", vs->stability);
        d_textf(row, cx_thr, 3, base ? base : threat_attr(vs->threat), "%3d", vs->threat);
        int fx = cx_forces;
        for (int c = 0; c < v->nseats; c++)
            if (vs->deployed & (1u << c)) {
                attr_t a = ui_seat_attr(u, c) | (c == v->seat ? A_UNDERLINE : 0);
                fx += d_text(row, fx, x + w - fx, a, ui_seat_tag(u, c)) + 1;
            }
        term_hit(row, x, 1, w, HIT_ROW, ROW_ARG(P_BOARD, s));
    }
    /* the selected sector in one line */
    if (sel >= 0 && sel < v->nsectors) {
        const struct view_sector *vs = &v->sectors[sel];
        const struct pub_sector *ps = &v->pub->sectors[sel];
        char line[512];
        int len = snprintf(line, sizeof line, "%s: %dk people", ps->name, ps->population);
        static const char *const feat_words[FEAT_COUNT] = {
            "mission HQ", "airport", "logistics hub", "ceasefire line", "border crossing",
        };
        if (vs->deployed & me)
            len += snprintf(line + len, sizeof line - (size_t)len, ", we are here");
        for (int f = 0; f < FEAT_COUNT; f++)
            if (ps->features & (1u << f))
                len += snprintf(line + len, sizeof line - (size_t)len, ", %s", feat_words[f]);
        len += snprintf(line + len, sizeof line - (size_t)len, "; next to");
        int first = 1;
        for (int s = 0; s < v->nsectors; s++)
            if (ps->neighbours & (1u << s)) {
                len += snprintf(line + len, sizeof line - (size_t)len, "%s %s", first ? "" : ",",
                                v->pub->sectors[s].name);
                first = 0;
            }
        char fit[512];
        d_text(y + rows - 1, x + 1, w - 1, term_attr(R_DIM),
               text_fit(fit, sizeof fit, line, w - 1, FIT_WORDS));
    }
}

/* --- orders ------------------------------------------------------------- */

static void orders(struct cui *u, struct turnui *t, struct rect r, int focused)
{
    const struct view *v = u->v;
    int x = r.x + 1, w = r.w - 2, y = r.y + 1, rows = r.h - 2;
    int cost = view_order_cost(v, t->draft, t->n);
    int left = v->me.ap - cost;
    d_textf(y, x + 1, w - 1, left > 0 ? A_BOLD : term_attr(R_DIM), "AP %d of %d left", left,
            v->me.ap);
    int barw = w - 18;
    if (barw > 3)
        d_bar(y, x + w - barw - 1, barw, left, v->me.ap > 0 ? v->me.ap : 1, term_attr(R_GOOD));
    int list_h = rows - 1;
    int n = t->n + 1;
    int sel = t->sel[P_ORDERS];
    t->top[P_ORDERS] = keep_visible(t->top[P_ORDERS], sel, list_h, n);
    /* one name column for the orders with a target: wide enough for every
     * name when the targets still fit, and never under half the room */
    int maxname = 0, maxtgt = 0, tgtroom = w - 3 - 3 - (w >= 40 ? 5 : 0);
    for (int k = 0; k < t->n; k++) {
        char tgt[128];
        order_target_text(u, &t->draft[k], tgt, sizeof tgt);
        if (!tgt[0] || t->draft[k].kind == ORD_RESPOND)
            continue;
        int c = text_cols(v->pub->cat.orders[t->draft[k].kind].name, -1), ct = text_cols(tgt, -1);
        maxname = c > maxname ? c : maxname;
        maxtgt = ct > maxtgt ? ct : maxtgt;
    }
    int namecol = maxname + 1 + maxtgt <= tgtroom ? maxname : tgtroom - 1 - maxtgt;
    if (namecol < tgtroom / 2)
        namecol = tgtroom / 2;
    if (namecol > maxname)
        namecol = maxname;
    for (int i = 0; i < list_h && t->top[P_ORDERS] + i < n; i++) {
        int k = t->top[P_ORDERS] + i;
        int row = y + 1 + i;
        int selected = focused && k == sel;
        attr_t a = selected ? term_attr(R_SELECT) : A_NORMAL;
        if (selected)
            d_fill(row, x, w, a);
        term_hit(row, x, 1, w, HIT_ROW, ROW_ARG(P_ORDERS, k));
        if (k == t->n) {
            d_textf(row, x + 1, w - 1, selected ? a : term_attr(R_KEY), "+ New order (n)");
            continue;
        }
        const struct order *o = &t->draft[k];
        char tgt[128];
        order_target_text(u, o, tgt, sizeof tgt);
        int secret = !order_is_public(o->kind);
        if (secret)
            d_glyph(row, x, selected ? a : term_attr(R_PRIVATE), G_SECRET);
        int costw = 3, oddsw = 0;
        if (order_family(o->kind) == FAM_COVERT && w >= 40) {
            struct odds_estimate est;
            view_estimate(v, o, &est);
            oddsw = 5;       /* "~41%": a guess or a range, about its centre */
            d_textf(row, x + w - costw - oddsw, oddsw, selected ? a : term_attr(R_DIM), "%s%2d%%",
                    est.lo == est.hi ? " " : "~", (est.mid.success + 5) / 10);
        }
        int room = w - costw - oddsw - 3;
        int namew = tgt[0] ? namecol : room;
        if (o->kind == ORD_RESPOND)
            namew = 6;
        d_text(row, x + 2, namew, a, o->kind == ORD_RESPOND ? "Answer" : v->pub->cat.orders[o->kind].name);
        d_text(row, x + 3 + namew, room - namew - 1, selected ? a : term_attr(R_DIM), tgt);
        d_textf(row, x + w - costw, costw, a, "%2d", v->pub->cat.orders[o->kind].cost);
    }
    /* the selected order in full, then in words, below the list */
    if (focused && sel < t->n && list_h - n >= 2) {
        const struct order *o = &t->draft[sel];
        char tgt[128];
        order_target_text(u, o, tgt, sizeof tgt);
        struct page *pg = &u->aux;
        page_reset(pg, w - 2);
        page_addf(pg, A_BOLD, 0, "%s%s%s (%d AP)", v->pub->cat.orders[o->kind].name,
                  tgt[0] ? ": " : "", tgt, v->pub->cat.orders[o->kind].cost);
        page_add(pg, term_attr(R_DIM), 0, v->pub->cat.orders[o->kind].summary);
        struct rect in = { y + 1 + n + 1, x + 1, list_h - n - 1, w - 1 };
        page_draw(pg, in, 0, -1, 0);
    }
    if (!t->n && rows > 4)
        d_text(y + 3, x + 1, w - 1, term_attr(R_DIM), "No orders yet this week.");
}

/* --- intelligence ----------------------------------------------------- */

int intel_target(struct cui *u, int row)
{
    const struct view *v = u->v;
    int k = 0;
    for (int i = 0; i < v->nseats; i++)
        if (i != v->seat && k++ == row)
            return i;
    return row == k ? TARGET_HQ : -1;
}

static int intel_count(const struct view *v)
{
    return v->nseats - (v->seat >= 0 ? 1 : 0) + 1;
}

static void age_text(const struct view *v, int target, int cat, char *buf, size_t n, attr_t *a)
{
    const struct dossier *d = &v->me.dos[target][cat];
    *a = A_NORMAL;
    if (d->turn < 0 || (d->turn == 0 && d->quality == 0)) {
        snprintf(buf, n, "-");
        *a = term_attr(R_DIM);
        return;
    }
    int age = v->turn - d->turn - 1;
    if (!view_fresh(v, target, cat)) {
        snprintf(buf, n, "old");
        *a = term_attr(R_DIM);
    } else if (age <= 0) {
        snprintf(buf, n, "new");
        *a = d->quality >= 3 ? term_attr(R_GOOD) | A_BOLD : term_attr(R_GOOD);
    } else {
        snprintf(buf, n, "%dw", age);
        *a = d->quality >= 3 ? term_attr(R_GOOD) : A_NORMAL;
    }
}

static void intel(struct cui *u, struct turnui *t, struct rect r, int focused)
{
    const struct view *v = u->v;
    int x = r.x + 1, w = r.w - 2, y = r.y + 1, rows = r.h - 2;
    static const char *const cats[DOS_COUNT] = { "Cap", "Equ", "Pro", "Com", "Per" };
    int namew = 14, cw = 5;
    attr_t hd = term_attr(R_DIM);
    d_text(y, x + 1, namew, hd, "Dossiers on");
    for (int c = 0; c < DOS_COUNT; c++)
        d_text(y, x + 1 + namew + c * cw, cw, hd, cats[c]);
    int extra_x = x + 1 + namew + DOS_COUNT * cw + 1;
    int n = intel_count(v);
    int sel = t->sel[P_INTEL];
    int row = y + 1;
    for (int i = 0; i < n && row < y + rows; i++, row++) {
        int tg = intel_target(u, i);
        int selected = focused && i == sel;
        attr_t a = selected ? term_attr(R_SELECT) : A_NORMAL;
        if (selected)
            d_fill(row, x, w, a);
        d_text(row, x + 1, namew - 1, selected ? a : tg == TARGET_HQ ? A_BOLD : ui_seat_attr(u, tg),
               words_seat(v->pub, tg));
        for (int c = 0; c < DOS_COUNT; c++) {
            char buf[16];
            attr_t ca;
            age_text(v, tg, c, buf, sizeof buf, &ca);
            d_text(row, x + 1 + namew + c * cw, cw, selected ? a : ca, buf);
        }
        if (tg >= 0 && tg < MAX_SEATS && v->seat >= 0 && extra_x < x + w - 8) {
            /* insiders and implants on that target */
            char buf[128] = "";
            int len = 0;
            for (int k = 0; k < v->me.nins; k++)
                if (v->me.ins[k].target == tg)
                    len += snprintf(buf + len, sizeof buf - (size_t)len, "insider %s (exp %d) ",
                                    stage_name(v->me.ins[k].stage), v->me.ins[k].exposure);
            for (int k = 0; k < v->me.nimp; k++)
                if (v->me.imp[k].target == tg)
                    len += snprintf(buf + len, sizeof buf - (size_t)len, "%s ",
                                    v->me.imp[k].kind == IMP_TAP ? "tap" : "implant");
            if (tg < v->nseats && v->me.evidence[tg] > 0)
                snprintf(buf + len, sizeof buf - (size_t)len, "evidence %d", v->me.evidence[tg]);
            d_text(row, extra_x, x + w - extra_x, selected ? a : term_attr(R_PRIVATE), buf);
        } else if (tg == TARGET_HQ && extra_x < x + w - 8) {
            for (int k = 0; k < v->me.nimp; k++)
                if (v->me.imp[k].target == TARGET_HQ)
                    d_text(row, extra_x, x + w - extra_x, selected ? a : term_attr(R_PRIVATE),
                           "network implant");
        }
        term_hit(row, x, 1, w, HIT_ROW, ROW_ARG(P_INTEL, i));
    }
    if (row < y + rows)
        d_text(row++, x + 1, w - 1, hd, "Weeks old; old = stale; Enter: details");
    /* every insider and implant, when there is room */
    if (row < y + rows && (v->me.nins || v->me.nimp)) {
        char buf[512];
        int len = snprintf(buf, sizeof buf, "Our networks:");
        for (int k = 0; k < v->me.nins; k++)
            len += snprintf(buf + len, sizeof buf - (size_t)len, " insider in %s, %s;",
                            words_seat(v->pub, v->me.ins[k].target), stage_name(v->me.ins[k].stage));
        for (int k = 0; k < v->me.nimp; k++)
            len += snprintf(buf + len, sizeof buf - (size_t)len, " %s on %s since week %d;",
                            v->me.imp[k].kind == IMP_TAP ? "comms tap" : "network implant",
                            words_seat(v->pub, v->me.imp[k].target), v->me.imp[k].since);
        struct page *pg = &u->aux;
        page_reset(pg, w - 2);
        page_add_hang(pg, term_attr(R_PRIVATE), 0, 2, buf);
        struct rect in = { row, x + 1, y + rows - row < 2 ? y + rows - row : 2, w - 1 };
        page_draw(pg, in, 0, -1, 0);
        row += pg->n < in.h ? pg->n : in.h;
    }
    /* the selected target's dossiers, when the panel is tall */
    int tg = intel_target(u, sel);
    if (rows - (row - y) > 8 && tg >= 0) {
        row++;
        d_textf(row++, x + 1, w - 1, term_attr(R_HEADING), "What we know of %s",
                words_seat(v->pub, tg));
        struct page *pg = &u->aux;
        page_reset(pg, w - 2);
        panel_dossier_page(u, tg, pg);
        struct rect in = { row, x + 1, y + rows - row, w - 1 };
        page_draw(pg, in, 0, -1, 0);
    }
}

/* The estimates of one dossier, as words. */
static void dossier_words(const struct view *v, int target, int cat, char *buf, size_t n)
{
    const struct dossier *d = &v->me.dos[target][cat];
    const uint8_t *e = d->est;
    const char *ap = d->quality <= 1 ? "~" : "";
    if (target == TARGET_HQ) {
        switch (cat) {
        case DOS_COMMUNICATIONS: snprintf(buf, n, "network security %d-%d", e[0] - d->err, e[0] + d->err); return;
        case DOS_EQUIPMENT:
            snprintf(buf, n, "%d item%s, %d backdoored", e[0], words_s(e[0]), e[1]);
            return;
        case DOS_PROCEDURES: snprintf(buf, n, "centralisation %d, pool %d", e[0], e[1]); return;
        default: snprintf(buf, n, "-"); return;
        }
    }
    switch (cat) {
    case DOS_CAPABILITIES: {
        int len = 0;
        buf[0] = 0;
        for (int c = 0; c < CAP_COUNT; c++)
            len += snprintf(buf + len, n - (size_t)len, "%s%s %s%d", c ? ", " : "",
                            capability_name(c), ap, e[c]);
        return;
    }
    case DOS_EQUIPMENT:
        snprintf(buf, n, "%s%d item%s supplied, %s%d backdoored, cyber %s%d", ap, e[0],
                 words_s(e[0]), ap, e[1], ap, e[2]);
        return;
    case DOS_PROCEDURES:
        snprintf(buf, n, "counter-intelligence %s%d, shares %s, %s%d AP", ap, e[0],
                 share_name(e[1]), ap, e[2]);
        return;
    case DOS_COMMUNICATIONS:
        snprintf(buf, n, "comms security %d-%d, SIGINT %s%d", e[0] - d->err < 0 ? 0 : e[0] - d->err,
                 e[0] + d->err > 100 ? 100 : e[0] + d->err, ap, e[1]);
        return;
    case DOS_PERSONNEL:
        snprintf(buf, n, "HUMINT %s%d, runs %s%d insider network%s", ap, e[0], ap, e[1],
                 words_s(e[1]));
        return;
    default:
        snprintf(buf, n, "-");
    }
}

void panel_dossier_page(struct cui *u, int target, struct page *pg)
{
    const struct view *v = u->v;
    if (target < 0)
        return;
    int any = 0;
    for (int c = 0; c < DOS_COUNT; c++) {
        const struct dossier *d = &v->me.dos[target][c];
        any |= d->turn > 0 || (d->turn == 0 && d->quality > 0);
    }
    if (!any)
        page_add(pg, term_attr(R_DIM), 0, "No dossier gathered yet: observe, intercept, "
                 "cultivate an insider, or intrude into the mission network.");
    for (int c = 0; any && c < DOS_COUNT; c++) {
        const struct dossier *d = &v->me.dos[target][c];
        char words[256];
        page_add(pg, term_attr(R_HEADING), 0, dossier_name(c));
        if (d->turn < 0 || (d->turn == 0 && d->quality == 0)) {
            page_add(pg, term_attr(R_DIM), 2, "nothing gathered");
            continue;
        }
        dossier_words(v, target, c, words, sizeof words);
        page_addf(pg, view_fresh(v, target, c) ? A_NORMAL : term_attr(R_DIM), 2,
                  "%s (week %d, %s source%s)", words, d->turn, words_quality(d->quality),
                  view_fresh(v, target, c) ? "" : ", stale");
    }
    if (target < v->nseats && target != v->seat) {
        page_blank(pg);
        page_addf(pg, A_NORMAL, 0, "Evidence we hold against %s: %d.", words_seat(v->pub, target),
                  v->me.evidence[target]);
        page_addf(pg, A_NORMAL, 0, "Public: reputation %d, shares %s, supplied %d item%s.",
                  v->c[target].reputation,
                  share_name(v->c[target].share),
                  v->c[target].supplied, words_s(v->c[target].supplied));
        page_add(pg, term_attr(R_DIM), 0, v->pub->seats[target].profile);
    }
    page_blank(pg);
    page_add(pg, term_attr(R_DIM), 0,
             "~ marks an estimate from a glimpse (off by one either way); ranges "
             "narrow with better sources. The odds of your operations use these "
             "estimates while they are fresh.");
}

/* --- the mission ------------------------------------------------------- */

static void mission(struct cui *u, struct turnui *t, struct rect r, int focused)
{
    const struct view *v = u->v;
    (void)focused;
    struct page *pg = &u->aux;
    int w = r.w - 4;
    page_reset(pg, w);
    page_addf(pg, A_NORMAL, 0, "Mandate: average stability %d (success %d, partial %d), lowest %d "
              "(success needs %d). Collapse below %d.",
              v->avg_stability, u->v->pub->success_avg, u->v->pub->partial_avg, v->min_stability,
              u->v->pub->success_min, u->v->pub->collapse_floor);
    page_addf(pg, A_NORMAL, 0, "Network: centralisation %d of 3, security %d. Pool %d. "
              "Incidents so far: %d.", v->centralisation, v->net_security, v->pool, v->incidents);
    if (v->seat >= 0)
        page_addf(pg, A_NORMAL, 0, "Us: share %s, comms security %d, influence %d, reputation %d.",
                  share_name(v->me.share),
                  v->me.comms, v->me.influence, v->c[v->seat].reputation);
    page_add(pg, term_attr(R_HEADING), 0, "Equipment installed");
    if (!v->neq)
        page_add(pg, term_attr(R_DIM), 2, "none");
    for (int i = 0; i < v->neq; i++) {
        const struct view_equipment *q = &v->eq[i];
        char tail[80] = "";
        attr_t a = A_NORMAL;
        if (q->discovered) {
            snprintf(tail, sizeof tail, " - BACKDOOR FOUND");
            a = term_attr(R_BAD);
        } else if (q->backdoor) {
            snprintf(tail, sizeof tail, " - our backdoor (secret)");
            a = term_attr(R_PRIVATE);
        }
        char where[64] = "";
        if (q->user >= 0)
            snprintf(where, sizeof where, " in %s%s radios",
                     q->user == v->seat ? "our" : words_seat(v->pub, q->user),
                     q->user == v->seat ? "" : "'s");
        page_addf(pg, a, 2, "%d. from %s%s, week %d%s", i + 1, words_seat(v->pub, q->supplier),
                  where, q->since, tail);
    }
    if (v->seat >= 0) {
        page_add(pg, term_attr(R_HEADING), 0, "Our secret objectives");
        for (int k = 0; k < v->nobjectives; k++)
            page_bullet(pg, v->objectives[k].done ? term_attr(R_GOOD) : A_NORMAL, 2,
                        v->objectives[k].done ? G_CHECK : G_CROSS, "%s (%d pt%s)",
                        v->objectives[k].text, v->objectives[k].points,
                        words_s(v->objectives[k].points));
        page_add(pg, term_attr(R_HEADING), 0, "Our capabilities");
        char caps[256];
        int len = 0;
        for (int c = 0; c < CAP_COUNT; c++)
            len += snprintf(caps + len, sizeof caps - (size_t)len, "%s%s %d", c ? ", " : "",
                            capability_name(c), v->me.caps[c]);
        page_add(pg, A_NORMAL, 2, caps);
    }
    struct rect in = { r.y + 1, r.x + 2, r.h - 2, r.w - 3 };
    t->top[P_MISSION] = page_clamp(pg, t->top[P_MISSION], in.h);
    page_draw(pg, in, t->top[P_MISSION], -1, 0);
}

/* --- relations --------------------------------------------------------- */

static void relations(struct cui *u, struct turnui *t, struct rect r, int focused)
{
    const struct view *v = u->v;
    (void)focused;
    int x = r.x + 1, w = r.w - 2, y = r.y + 1, rows = r.h - 2;
    int namew = 13, cw = (w - namew - 12) / (v->nseats ? v->nseats : 1);
    if (cw > 5)
        cw = 5;
    if (cw < 3)
        cw = 3;
    attr_t hd = term_attr(R_DIM);
    int top = t->top[P_RELATIONS];
    if (top > v->nseats - 1)
        top = v->nseats - 1;
    if (top < 0)
        top = 0;
    t->top[P_RELATIONS] = top;
    d_text(y, x + 1, namew, hd, "Trust in");
    for (int c = 0; c < v->nseats; c++)
        d_text(y, x + 1 + namew + c * cw, cw, ui_seat_attr(u, c), ui_seat_tag(u, c));
    int rx = x + 1 + namew + v->nseats * cw;
    d_text(y, rx, 4, hd, "Rep");
    d_text(y, rx + 5, x + w - rx - 5, hd, "Pacts");
    int row = y + 1;
    for (int a = top; a < v->nseats && row < y + rows; a++, row++) {
        char name[64];
        snprintf(name, sizeof name, "%s%s", v->pub->seats[a].name, a == v->seat ? " *" : "");
        d_text(row, x + 1, namew - 1, ui_seat_attr(u, a), name);
        for (int b = 0; b < v->nseats; b++) {
            if (a == b)
                d_glyph(row, x + 1 + namew + b * cw, hd, G_DOT);
            else
                d_textf(row, x + 1 + namew + b * cw, cw, trust_attr(v->trust[a][b]), "%d",
                        v->trust[a][b]);
        }
        d_textf(row, rx, 4, trust_attr(v->c[a].reputation), "%d", v->c[a].reputation);
        int px = rx + 5;
        for (int b = 0; b < v->nseats; b++)
            if (v->c[a].pacts & (1u << b))
                px += d_text(row, px, x + w - px, ui_seat_attr(u, b), ui_seat_tag(u, b)) + 1;
    }
    if (row < y + rows)
        d_text(row++, x + 1, w - 1, hd,
               "0-100; rows trust columns. Rep: trust held in it.");
    if (row < y + rows && v->seat >= 0) {
        char buf[256];
        int len = snprintf(buf, sizeof buf, "Evidence we hold:");
        int any = 0;
        for (int b = 0; b < v->nseats; b++)
            if (b != v->seat && v->me.evidence[b] > 0) {
                len += snprintf(buf + len, sizeof buf - (size_t)len, " %s %d", v->pub->seats[b].name,
                                v->me.evidence[b]);
                any = 1;
            }
        if (!any)
            snprintf(buf + len, sizeof buf - (size_t)len, " none");
        d_text(row++, x + 1, w - 1, term_attr(R_PRIVATE), buf);
    }
}

/* --- the log ------------------------------------------------------------ */

static void log_panel(struct cui *u, struct turnui *t, struct rect r, int focused)
{
    (void)focused;
    struct page *pg = &u->aux;
    int w = r.w - 4;
    page_reset(pg, w);
    const struct seatlog *l = u->seat >= 0 ? &u->log[u->seat] : NULL;
    int turn = -1;
    for (int i = 0; l && i < l->n; i++) {
        if (l->l[i].turn != turn) {
            turn = l->l[i].turn;
            page_addf(pg, term_attr(R_HEADING), 0, "%s Week %d %s", term_glyph(G_DASH), turn,
                      term_glyph(G_DASH));
        }
        int priv = l->l[i].tone != EVT_PUBLIC && l->l[i].tone != EVT_ALERT;
        char line[300];
        snprintf(line, sizeof line, "%s %s", priv ? term_glyph(G_SECRET) : term_glyph(G_BULLET),
                 l->l[i].text);
        page_add_hang(pg, ui_tone_attr(l->l[i].tone), 0, 2, line);
    }
    if (!l || !l->n)
        page_add(pg, term_attr(R_DIM), 0, "Nothing yet.");
    struct rect in = { r.y + 1, r.x + 2, r.h - 2, r.w - 3 };
    /* top counts lines up from the newest */
    int maxback = pg->n - in.h;
    if (maxback < 0)
        maxback = 0;
    if (t->top[P_LOG] > maxback)
        t->top[P_LOG] = maxback;
    if (t->top[P_LOG] < 0)
        t->top[P_LOG] = 0;
    page_draw(pg, in, maxback - t->top[P_LOG], -1, 0);
}

/* --- frames and tabs ------------------------------------------------- */

int panel_rows(struct cui *u, struct turnui *t, int panel)
{
    switch (panel) {
    case P_BOARD: return u->v->nsectors;
    case P_ORDERS: return t->n + 1;
    case P_INTEL: return intel_count(u->v);
    default: return 0;
    }
}

static void tabs(struct cui *u, struct turnui *t, struct rect r, int focused)
{
    (void)u;
    int x = r.x + 2;
    for (int p = P_INTEL; p <= P_LOG; p++) {
        char name[40];
        snprintf(name, sizeof name, " %d %s ", p + 1, panel_name(p));
        attr_t a = p == t->tab ? (focused ? term_attr(R_SELECT) | A_BOLD : A_BOLD | A_UNDERLINE)
                               : term_attr(R_DIM);
        int used = d_text(r.y, x, r.x + r.w - 2 - x, a, name);
        term_hit(r.y, x, 1, used, HIT_TAB, p);
        x += used + 1;
    }
}

void panel_draw(struct cui *u, struct turnui *t, int panel, struct rect r, int focused,
                int tabbed)
{
    attr_t b = focused ? term_attr(R_FOCUS) : term_attr(R_BORDER);
    char title[64];
    snprintf(title, sizeof title, "%d %s", panel + 1, panel_name(panel));
    term_hit(r.y, r.x, r.h, r.w, HIT_PANEL, panel);
    d_box(r, b, tabbed ? NULL : title, focused ? term_attr(R_FOCUS) : A_BOLD);
    if (tabbed)
        tabs(u, t, r, focused);
    switch (panel) {
    case P_BOARD: board(u, t, r, focused); break;
    case P_ORDERS: orders(u, t, r, focused); break;
    case P_INTEL: intel(u, t, r, focused); break;
    case P_MISSION: mission(u, t, r, focused); break;
    case P_RELATIONS: relations(u, t, r, focused); break;
    case P_LOG: log_panel(u, t, r, focused); break;
    default: break;
    }
}
