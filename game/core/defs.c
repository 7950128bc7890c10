/* defs.c - names of the game's enumerations and their reverse look-up. */
#include "defs.h"

#include <string.h>

#define X_NAME(e, name, ...) name,
static const char *const capability_names[] = { CAPABILITY_LIST(X_NAME) };
static const char *const dossier_names[] = { DOSSIER_LIST(X_NAME) };
static const char *const feature_names[] = { FEATURE_LIST(X_NAME) };
static const char *const family_names[] = { FAMILY_LIST(X_NAME) };
static const char *const target_kind_names[] = { TARGETKIND_LIST(X_NAME) };
static const char *const order_names[] = { ORDER_LIST(X_NAME) };
static const char *const stage_names[] = { STAGE_LIST(X_NAME) };
static const char *const objective_names[] = { OBJECTIVE_LIST(X_NAME) };
static const char *const effect_names[] = { EFFECT_LIST(X_NAME) };
static const char *const trigger_names[] = { TRIGGER_LIST(X_NAME) };
static const char *const phase_names[] = { PHASE_LIST(X_NAME) };
static const char *const outcome_names[] = { OUTCOME_LIST(X_NAME) };
static const char *const attribution_names[] = { ATTRIB_LIST(X_NAME) };
static const char *const implant_names[] = { IMPLANT_LIST(X_NAME) };
static const char *const share_names[] = { SHARE_LIST(X_NAME) };
static const char *const ai_rule_names[] = { AI_RULE_LIST(X_NAME) };
#undef X_NAME

#define X_FAMILY(e, name, fam, tk, pub) fam,
const unsigned char order_families[ORD_COUNT] = { ORDER_LIST(X_FAMILY) };
#undef X_FAMILY
#define X_TK(e, name, fam, tk, pub) tk,
const unsigned char order_targets[ORD_COUNT] = { ORDER_LIST(X_TK) };
#undef X_TK
#define X_PUB(e, name, fam, tk, pub) pub,
const unsigned char order_public[ORD_COUNT] = { ORDER_LIST(X_PUB) };
#undef X_PUB

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

static const char *name_of(const char *const *names, int n, int i)
{
    return i >= 0 && i < n ? names[i] : "?";
}

static int index_of(const char *const *names, int n, const char *s)
{
    if (!s)
        return -1;
    for (int i = 0; i < n; i++)
        if (strcmp(names[i], s) == 0)
            return i;
    return -1;
}

#define NAME_FN(fn, table) \
    const char *fn(int i) { return name_of(table, COUNT(table), i); }
NAME_FN(capability_name, capability_names)
NAME_FN(dossier_name, dossier_names)
NAME_FN(feature_name, feature_names)
NAME_FN(family_name, family_names)
NAME_FN(target_kind_name, target_kind_names)
NAME_FN(order_name, order_names)
NAME_FN(stage_name, stage_names)
NAME_FN(objective_name, objective_names)
NAME_FN(effect_name, effect_names)
NAME_FN(trigger_name, trigger_names)
NAME_FN(phase_name, phase_names)
NAME_FN(outcome_name, outcome_names)
NAME_FN(attribution_name, attribution_names)
NAME_FN(implant_name, implant_names)
NAME_FN(share_name, share_names)
NAME_FN(ai_rule_name, ai_rule_names)
#undef NAME_FN

#define INDEX_FN(fn, table) \
    int fn(const char *s) { return index_of(table, COUNT(table), s); }
INDEX_FN(capability_from_name, capability_names)
INDEX_FN(dossier_from_name, dossier_names)
INDEX_FN(feature_from_name, feature_names)
INDEX_FN(order_from_name, order_names)
INDEX_FN(objective_from_name, objective_names)
INDEX_FN(effect_from_name, effect_names)
INDEX_FN(trigger_from_name, trigger_names)
INDEX_FN(phase_from_name, phase_names)
INDEX_FN(outcome_from_name, outcome_names)
INDEX_FN(share_from_name, share_names)
#undef INDEX_FN
