/* check.c - the legality of a seat's orders, judged from its own view, so
 * that the engine, the terminal UI and the AI apply one rule book. */
#include <stdio.h>
#include <string.h>

#include "view.h"

static int fail(char *why, int whylen, const char *msg, int idx)
{
    if (why && whylen > 0)
        snprintf(why, (size_t)whylen, "order %d: %s", idx + 1, msg);
    return 0;
}

/* "share level must be none, tactical or broad", from the list of levels. */
static int fail_share(char *why, int whylen, int idx)
{
    char msg[96] = "share level must be";
    for (int l = 0; l < SHARE_COUNT; l++) {
        size_t k = strlen(msg);
        snprintf(msg + k, sizeof msg - k, "%s%s",
                 l == 0 ? " " : l == SHARE_COUNT - 1 ? " or " : ", ", share_name(l));
    }
    return fail(why, whylen, msg, idx);
}

/* "Observe is not taught yet: it opens in week 2 (Collection by
 * proximity)", from the coach of the book. */
static int fail_untaught(const struct view *v, int kind, char *why, int whylen, int idx)
{
    const struct coach *c = &v->pub->coach;
    int w = coach_opens_in(c, kind);
    char msg[2 * NAME_LEN + 64];
    if (w > 0)
        snprintf(msg, sizeof msg, "%s is not taught yet: it opens in week %d (%s)",
                 v->pub->cat.orders[kind].name, w, c->weeks[w - 1].idea);
    else
        snprintf(msg, sizeof msg, "%s is not part of this coached scenario",
                 v->pub->cat.orders[kind].name);
    return fail(why, whylen, msg, idx);
}

int view_reaches(const struct view *v, int sector)
{
    unsigned me = 1u << v->seat;
    if (v->sectors[sector].deployed & me)
        return 1;
    for (int s = 0; s < v->nsectors; s++)
        if ((v->pub->sectors[sector].neighbours & (1u << s)) && (v->sectors[s].deployed & me))
            return 1;
    return 0;
}

int view_colocated(const struct view *v, int other)
{
    unsigned both = (1u << v->seat) | (1u << other);
    for (int s = 0; s < v->nsectors; s++)
        if ((v->sectors[s].deployed & both) == both)
            return 1;
    return 0;
}

static int owns_clean_equipment(const struct view *v)
{
    for (int i = 0; i < v->neq; i++)
        if (v->eq[i].supplier == v->seat && !v->eq[i].backdoor && !v->eq[i].discovered)
            return 1;
    return 0;
}

static const struct view_inject *live_inject(const struct view *v, int index)
{
    for (int i = 0; i < v->ninjects; i++)
        if (v->injects[i].index == index)
            return &v->injects[i];
    return NULL;
}

int view_order_cost(const struct view *v, const struct order *o, int n)
{
    return catalogue_orders_cost(&v->pub->cat, o, n);
}

static int check_one(const struct view *v, const struct order *o, int idx,
                     const struct order *all, char *why, int whylen)
{
    int seat = v->seat;
    if (o->kind >= ORD_COUNT)
        return fail(why, whylen, "unknown order", idx);
    if (o->seat != seat)
        return fail(why, whylen, "given for another contingent", idx);
    if (o->turn != v->turn)
        return fail(why, whylen, "given for another turn", idx);
    const struct order_def *d = &v->pub->cat.orders[o->kind];
    if (!coach_is_open(&v->pub->coach, o->kind, v->turn))
        return fail_untaught(v, o->kind, why, whylen, idx);
    const struct view_self *st = &v->me;
    int tk = order_target_kind(o->kind);
    if (tk == TK_SECTOR || tk == TK_SECTOR_SEAT) {
        if (o->sector < 0 || o->sector >= v->nsectors)
            return fail(why, whylen, "needs a sector", idx);
        if (tk == TK_SECTOR && !view_reaches(v, o->sector))
            return fail(why, whylen, "no presence in or next to that sector", idx);
        if (tk == TK_SECTOR_SEAT && !(v->sectors[o->sector].deployed & (1u << seat)))
            return fail(why, whylen, "not deployed in that sector", idx);
        if (d->feature >= 0 && !(v->pub->sectors[o->sector].features & (1u << d->feature)))
            return fail(why, whylen, "the sector lacks the feature it needs", idx);
    }
    if ((tk == TK_SEAT || tk == TK_SECTOR_SEAT) &&
        (o->target < 0 || o->target >= v->nseats || o->target == seat))
        return fail(why, whylen, "needs another contingent as target", idx);
    if (tk == TK_LEVEL && (o->level < 0 || o->level >= SHARE_COUNT))
        return fail_share(why, whylen, idx);
    if (tk == TK_CHOICE) {
        const struct view_inject *in = live_inject(v, o->inject);
        if (!in)
            return fail(why, whylen, "no such inject this turn", idx);
        if (in->audience != seat)
            return fail(why, whylen, "that inject is not addressed to you", idx);
        if (o->level < 0 || o->level >= in->nchoices)
            return fail(why, whylen, "no such choice", idx);
    }
    if ((d->capability >= 0 || o->kind == ORD_FALSE_FLAG) &&
        odds_skill(st->caps, o->kind, &v->pub->cat) < d->min_capability)
        return fail(why, whylen, "capability too low", idx);
    if (o->kind == ORD_OBSERVE && !view_colocated(v, o->target))
        return fail(why, whylen, "not co-located with the target", idx);
    if (o->kind == ORD_PACT && (st->pacts & (1u << o->target)))
        return fail(why, whylen, "already in a pact with that contingent", idx);
    if (o->kind == ORD_RETAIN) {
        int any = 0;
        for (int s = 0; s < v->nsectors; s++)
            any |= (v->sectors[s].deployed & (1u << seat)) != 0;
        if (!any)
            return fail(why, whylen, "no patrols to retain data from", idx);
    }
    if (o->kind == ORD_BACKDOOR && !owns_clean_equipment(v)) {
        int contributes = 0;
        for (int j = 0; j < idx; j++)
            contributes |= all[j].kind == ORD_CONTRIBUTE;
        if (!contributes)
            return fail(why, whylen, "needs equipment you contributed", idx);
    }
    if (o->kind == ORD_CONTRIBUTE) {
        int n = v->neq;
        for (int j = 0; j < idx; j++)
            n += all[j].kind == ORD_CONTRIBUTE;
        if (n >= MAX_EQUIPMENT)
            return fail(why, whylen, "the mission network has no room for more", idx);
    }
    if (o->kind == ORD_INSIDER) {
        int have = 0;
        for (int k = 0; k < st->nins; k++)
            have |= st->ins[k].target == o->target;
        if (!have && st->nins >= MAX_INSIDERS)
            return fail(why, whylen, "too many insider networks", idx);
    }
    /* one of each kind per target, one share, one answer per inject */
    for (int j = 0; j < idx; j++) {
        const struct order *p = &all[j];
        if (p->kind != o->kind)
            continue;
        if (tk == TK_LEVEL || tk == TK_NONE)
            return fail(why, whylen, "given twice", idx);
        if (tk == TK_CHOICE && p->inject == o->inject)
            return fail(why, whylen, "inject answered twice", idx);
        if ((tk == TK_SECTOR && p->sector == o->sector) ||
            (tk == TK_SEAT && p->target == o->target) ||
            (tk == TK_SECTOR_SEAT && p->sector == o->sector && p->target == o->target))
            return fail(why, whylen, "given twice for the same target", idx);
    }
    return 1;
}

/* Checks orders from..n-1 of a list of n whose orders before from were
 * accepted (an order is judged by the orders before it alone), then the
 * whole list's cost. */
static int check_from(const struct view *v, const struct order *o, int from, int n, char *why,
                      int whylen)
{
    if (why && whylen > 0)
        why[0] = 0;
    if (v->seat < 0) {
        if (why && whylen > 0)
            snprintf(why, (size_t)whylen, "the facilitator gives no orders");
        return 0;
    }
    if (v->phase != PHASE_ORDERS) {
        if (why && whylen > 0)
            snprintf(why, (size_t)whylen, "the game has ended");
        return 0;
    }
    if (n < 0 || n > MAX_ORDERS) {
        if (why && whylen > 0)
            snprintf(why, (size_t)whylen, "at most %d orders a turn", MAX_ORDERS);
        return 0;
    }
    for (int i = from; i < n; i++)
        if (!check_one(v, &o[i], i, o, why, whylen))
            return 0;
    if (view_order_cost(v, o, n) > v->me.ap)
        return fail(why, whylen, "not enough action points", n ? n - 1 : 0);
    return 1;
}

int view_check_orders(const struct view *v, const struct order *o, int n,
                      char *why, int whylen)
{
    return check_from(v, o, 0, n, why, whylen);
}

int view_check_next(const struct view *v, const struct order *o, int n, char *why, int whylen)
{
    return check_from(v, o, n > 0 ? n - 1 : 0, n, why, whylen);
}
