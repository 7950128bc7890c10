/* coach_load.c - checks a scenario's optional "coach" (one week per idea:
 * what the coach says, the orders the week opens, what it asks the player
 * to try) and converts it into struct coach. */
#include <stdio.h>
#include <string.h>

#include "../core/coach.h"
#include "../core/defs.h"
#include "loaders.h"

static const char *const week_keys[] = { "idea", "text", "try", "opens", "tries", NULL };

/* The order kinds an "opens" or "tries" entry names: an order id, or (with
 * families) a family of orders by its name. 0 after an error. */
static uint32_t kinds_named(struct jctx *c, const cJSON *item, const char *path, int families)
{
    if (!cJSON_IsString(item)) {
        ju_err(c, path, "expected an order id, not %s", ju_type_name(item));
        return 0;
    }
    int k = order_from_name(item->valuestring);
    if (k >= 0)
        return 1u << k;
    for (int f = 0; families && f < FAM_COUNT; f++)
        if (strcmp(item->valuestring, family_name(f)) == 0) {
            uint32_t m = 0;
            for (int o = 0; o < ORD_COUNT; o++)
                if (order_family(o) == f)
                    m |= 1u << o;
            return m;
        }
    ju_err(c, path, "\"%s\" is no order%s", item->valuestring,
           families ? " nor family of orders" : "");
    return 0;
}

static uint32_t read_kinds(struct jctx *c, const cJSON *obj, const char *path, const char *key,
                           int families)
{
    int n;
    const cJSON *arr = ju_array(c, obj, path, key, 1, 1, ORD_COUNT, &n);
    char kp[JU_PATH], ip[JU_PATH];
    ju_key(kp, path, key);
    uint32_t m = 0;
    for (int i = 0; i < n; i++) {
        uint32_t one = kinds_named(c, cJSON_GetArrayItem(arr, i), ju_idx(ip, kp, i), families);
        if (one & m)
            ju_err(c, ip, "named twice");
        m |= one;
    }
    return m;
}

static void read_week(struct jctx *c, struct coach *co, int w, const cJSON *it,
                      const char *path, uint32_t *opened)
{
    struct coach_week *cw = &co->weeks[w];
    if (!ju_is_object(c, it, path))
        return;
    ju_keys(c, it, path, week_keys);
    ju_text(c, it, path, "idea", JT_NAME, 0, cw->idea, sizeof cw->idea);
    ju_text(c, it, path, "text", JT_LONG, JU_NONEMPTY, cw->text, sizeof cw->text);
    ju_text(c, it, path, "try", JT_LINE, JU_NONEMPTY, cw->try_text, sizeof cw->try_text);
    char p[JU_PATH];
    cw->opens = read_kinds(c, it, path, "opens", 1);
    if (cw->opens & *opened)
        ju_err(c, ju_key(p, path, "opens"), "opens an order an earlier week opened");
    *opened |= cw->opens;
    cw->tries = read_kinds(c, it, path, "tries", 0);
    if (cw->tries & coach_untraceable())
        ju_err(c, ju_key(p, path, "tries"), "asks to try an order that leaves no trace "
               "the coach can check");
    else if (cw->tries & ~*opened)
        ju_err(c, ju_key(p, path, "tries"), "asks to try an order not open by week %d", w + 1);
}

void load_coach(struct jctx *c, struct coach *co, int turns, const cJSON *root)
{
    co->nweeks = 0;
    if (!cJSON_GetObjectItemCaseSensitive(root, "coach"))
        return;
    int n;
    const cJSON *arr = ju_array(c, root, "", "coach", 1, 1, MAX_TURNS, &n);
    if (arr && n > turns)
        ju_err(c, "coach", "%d weeks of coaching in a game of %d", n, turns);
    uint32_t opened = 0;
    char p[JU_PATH];
    for (int w = 0; w < n; w++)
        read_week(c, co, w, cJSON_GetArrayItem(arr, w), ju_idx(p, "coach", w), &opened);
    co->nweeks = n;
}
