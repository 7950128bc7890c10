/* scr_orders.c - the playing screen: the panels, the draft orders, and
 * its keys (the dialogs that build an order are in dlg_order.c). */
#include <stdio.h>
#include <string.h>

#include "seat.h"

void turnui_init(struct turnui *t, const struct view *v)
{
    memset(t, 0, sizeof *t);
    t->n = v->norders;
    memcpy(t->draft, v->orders, sizeof(struct order) * (size_t)v->norders);
    t->focus = P_ORDERS;
    t->tab = P_INTEL;
    t->editing = -1;
    /* start the board on a sector where the seat stands */
    for (int s = 0; s < v->nsectors; s++)
        if (v->seat >= 0 && (v->sectors[s].deployed & (1u << v->seat))) {
            t->sel[P_BOARD] = s;
            break;
        }
}

void orders_draw(struct cui *u, void *arg)
{
    struct turnui *t = arg;
    struct layout l;
    layout_main(u->v->nsectors, u->v->nseats, &l);
    int left = u->v->me.ap - view_order_cost(u->v, t->draft, t->n);
    ui_header(u, "Orders", left);
    for (int p = 0; p < P_COUNT; p++) {
        if (l.tabbed[p] && p != t->tab)
            continue;
        panel_draw(u, t, p, l.r[p], p == t->focus, l.tabbed[p]);
    }
    static const char *const hints[] = {
        "n", "new", "Enter", "open", "d", "withdraw", "Tab", "panel", "E", "end turn",
        "S", "save", "?", "help", "q", "quit", NULL, NULL,
    };
    ui_footer(u, hints);
    dialog_draw(u, t);
}

/* --- keys ------------------------------------------------------------------ */

/* The first draft order the rules refuse: its index, with the reason
 * (without "order N: ") in why; -1 when the rules accept the draft; -2
 * when they refuse it as a whole. */
static int draft_refused(const struct cui *u, const struct turnui *t, char *why, size_t n)
{
    char buf[160];
    if (view_check_orders(u->v, t->draft, t->n, buf, sizeof buf))
        return -1;
    int bad = 0, at = 0;
    if (sscanf(buf, "order %d: %n", &bad, &at) < 1 || at == 0 || bad < 1 || bad > t->n) {
        snprintf(why, n, "%s", buf);
        return -2;
    }
    snprintf(why, n, "%s", buf + at);
    return bad - 1;
}

static void drop(struct turnui *t, int k)
{
    memmove(&t->draft[k], &t->draft[k + 1], sizeof(struct order) * (size_t)(t->n - k - 1));
    t->n--;
}

static void withdraw(struct cui *u, struct turnui *t)
{
    int k = t->sel[P_ORDERS];
    if (t->focus != P_ORDERS || k < 0 || k >= t->n) {
        ui_status(u, R_WARN, "Select an order in the Orders panel to withdraw it.");
        return;
    }
    ui_status(u, R_NORMAL, "Withdrawn: %s.", u->v->pub->cat.orders[t->draft[k].kind].name);
    drop(t, k);
    /* the rest may have leaned on it (a backdoor on a contribution) */
    char why[160];
    int bad;
    while ((bad = draft_refused(u, t, why, sizeof why)) >= 0) {
        ui_status(u, R_WARN, "Withdrawn, with %s that needed it.",
                  u->v->pub->cat.orders[t->draft[bad].kind].name);
        drop(t, bad);
    }
}

static void focus(struct turnui *t, struct layout *l, int p)
{
    t->focus = (p + P_COUNT) % P_COUNT;
    if (l->tabbed[t->focus])
        t->tab = t->focus;
}

static void activate(struct cui *u, struct turnui *t)
{
    switch (t->focus) {
    case P_ORDERS: {
        int k = t->sel[P_ORDERS];
        if (k >= t->n) {
            open_pick(u, t, -1, -1);
        } else {
            const struct order *o = &t->draft[k];
            t->editing = k;
            int preset = order_target_kind(o->kind) == TK_SEAT ? o->target : o->sector;
            open_target(u, t, o->kind, preset);
            t->editing = k;
            if (order_target_kind(o->kind) == TK_LEVEL)
                t->dsel = o->level;
        }
        break;
    }
    case P_BOARD:
        open_pick(u, t, -1, ORD_PATROL);
        break;
    case P_INTEL:
        t->dlg = DLG_DOSSIER;
        t->dtop = 0;
        break;
    default:
        break;
    }
}

/* Offers to withdraw the draft orders the rules refuse, one by one. 1
 * when the draft is now accepted; 0 when the players keep a refused
 * order (it is selected, with the reason in the status line); -1 quit. */
static int clear_refused(struct cui *u, struct turnui *t)
{
    char why[160], tgt[128], text[512];
    int bad;
    while ((bad = draft_refused(u, t, why, sizeof why)) != -1) {
        if (bad < 0) {
            ui_status(u, R_BAD, "Cannot end the turn: %s.", why);
            return 0;
        }
        const struct order *o = &t->draft[bad];
        const char *name = u->v->pub->cat.orders[o->kind].name;
        order_target_text(u, o, tgt, sizeof tgt);
        snprintf(text, sizeof text, "Order %d, %s%s%s, cannot be given: %s. Withdraw it?",
                 bad + 1, name, tgt[0] ? ": " : "", tgt, why);
        int r = ui_confirm(u, orders_draw, t, "Cannot end the turn", text);
        if (r < 0)
            return -1;
        if (r == 0) {
            t->focus = P_ORDERS;
            t->sel[P_ORDERS] = bad;
            ui_status(u, R_BAD, "Order %d cannot be given: %s. Enter changes it, d withdraws "
                      "it.", bad + 1, why);
            return 0;
        }
        drop(t, bad);
        ui_status(u, R_NORMAL, "Withdrawn: %s.", name);
    }
    return 1;
}

static int end_turn(struct cui *u, struct turnui *t)
{
    const struct view *v = u->v;
    char text[400], why[160];
    int ok = clear_refused(u, t);
    if (ok <= 0)
        return ok < 0 ? SR_QUIT : -1;
    int cost = view_order_cost(v, t->draft, t->n);
    int len = snprintf(text, sizeof text, "End %s's turn with %d order%s (%d of %d AP)?",
                       v->pub->seats[v->seat].name, t->n, words_s(t->n), cost, v->me.ap);
    if (cost < v->me.ap)
        len += snprintf(text + len, sizeof text - (size_t)len, " %d AP stay%s unused.",
                        v->me.ap - cost, v->me.ap - cost == 1 ? "s" : "");
    snprintf(text + len, sizeof text - (size_t)len, " Your orders are final once you confirm.");
    int r = ui_confirm(u, orders_draw, t, "End turn", text);
    if (r < 0)
        return SR_QUIT;
    if (r == 0)
        return -1;
    const struct seat_link *l = u->link;
    if (!l->submit(l->ctx, v->seat, t->draft, t->n, why, sizeof why) ||
        !l->ready(l->ctx, v->seat, why, sizeof why)) {
        ui_status(u, R_BAD, "The orders were refused: %s.", why);
        return -1;
    }
    return SR_DONE;
}

int orders_key(struct cui *u, struct turnui *t, const struct input *in)
{
    if (in->key == K_SIGNAL || in->key == K_EOF || in->key == K_QUIT)
        return SR_QUIT;
    if (in->key == K_HELP)
        return ui_help(u, orders_draw, t) < 0 ? SR_QUIT : -1;
    if (t->dlg != DLG_NONE)
        return dialog_key(u, t, in);
    struct layout l;
    layout_main(u->v->nsectors, u->v->nseats, &l);
    int rows = panel_rows(u, t, t->focus);
    int *sel = &t->sel[t->focus];
    int scroll_only = rows == 0;
    int dir = t->focus == P_LOG ? -1 : 1;   /* the log scrolls up from the newest */
    switch (in->key) {
    case K_UP: case K_WHEEL_UP:
        if (scroll_only)
            t->top[t->focus] -= dir;
        else if (*sel > 0)
            (*sel)--;
        break;
    case K_DOWN: case K_WHEEL_DOWN:
        if (scroll_only)
            t->top[t->focus] += dir;
        else if (*sel < rows - 1)
            (*sel)++;
        break;
    case K_PGUP:
        if (scroll_only)
            t->top[t->focus] -= dir * 5;
        else
            *sel = 0;
        break;
    case K_PGDN:
        if (scroll_only)
            t->top[t->focus] += dir * 5;
        else
            *sel = rows - 1;
        break;
    case K_HOME:
        *sel = 0;
        t->top[t->focus] = 0;
        break;
    case K_END:
        if (rows)
            *sel = rows - 1;
        break;
    case K_TAB: case K_RIGHT:
        focus(t, &l, t->focus + 1);
        break;
    case K_BTAB: case K_LEFT:
        focus(t, &l, t->focus - 1);
        break;
    case K_ENTER:
        activate(u, t);
        break;
    case K_DELETE: case K_BACKSPACE:
        withdraw(u, t);
        break;
    case K_CLICK:
        if (in->hit == HIT_ROW) {
            int p = in->arg >> 12, row = in->arg & 0xfff;
            int again = t->focus == p && t->sel[p] == row;
            focus(t, &l, p);
            t->sel[p] = row;
            if (again)
                activate(u, t);
        } else if (in->hit == HIT_TAB || in->hit == HIT_PANEL) {
            focus(t, &l, in->arg);
        }
        break;
    case K_CHAR:
        switch (in->ch) {
        case 'n': case 'o': case '+':
            open_pick(u, t, -1, -1);
            break;
        case 'd': case 'x': case '-':
            withdraw(u, t);
            break;
        case 'E': case 'e':
            return end_turn(u, t);
        case 'S': case 's':
            ui_save(u, orders_draw, t);
            break;
        case 'q': case 'Q':
            return ui_ask_quit(u, orders_draw, t) ? SR_QUIT : -1;
        case 'b': case 'B':
            return SR_BRIEF;
        case 'r': case 'R':
            if (report_has(u->v))
                return SR_REPORT;
            ui_status(u, R_WARN, "No report yet: this is the first week.");
            break;
        default:
            if (in->ch >= '1' && in->ch <= '0' + P_COUNT)
                focus(t, &l, in->ch - '1');
            break;
        }
        break;
    default:
        break;
    }
    if (t->top[t->focus] < 0)
        t->top[t->focus] = 0;
    return -1;
}

int screen_orders(struct cui *u, struct turnui *t)
{
    struct input in;
    for (;;) {
        ui_step(u, orders_draw, t, &in);
        int r = orders_key(u, t, &in);
        ui_draft(u, t);
        if (r >= 0)
            return r;
    }
}
