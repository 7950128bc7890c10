/* defs.h - the enumerations of the game, each with its JSON name, from one
 * X-macro list apiece, so that the engine, the loader and every front end
 * agree on the spelling. */
#ifndef MANDATE_DEFS_H
#define MANDATE_DEFS_H

/* Capabilities of a contingent, 0..5. */
#define CAPABILITY_LIST(X)                 \
    X(CAP_PATROL, "patrol")                \
    X(CAP_ENGINEERING, "engineering")      \
    X(CAP_MEDICAL, "medical")              \
    X(CAP_SIGINT, "sigint")                \
    X(CAP_HUMINT, "humint")                \
    X(CAP_CYBER, "cyber")                  \
    X(CAP_COUNTERINTEL, "counterintel")

/* Categories of a dossier. */
#define DOSSIER_LIST(X)                    \
    X(DOS_CAPABILITIES, "capabilities")    \
    X(DOS_EQUIPMENT, "equipment")          \
    X(DOS_PROCEDURES, "procedures")        \
    X(DOS_COMMUNICATIONS, "communications")\
    X(DOS_PERSONNEL, "personnel")

/* Features of a sector (a bit each). */
#define FEATURE_LIST(X)                    \
    X(FEAT_HQ, "mission_hq")               \
    X(FEAT_AIRPORT, "airport")             \
    X(FEAT_LOGISTICS, "logistics_hub")     \
    X(FEAT_CEASEFIRE, "ceasefire_line")    \
    X(FEAT_BORDER, "border_crossing")

/* Families of orders. */
#define FAMILY_LIST(X)                     \
    X(FAM_MANDATE, "mandate")              \
    X(FAM_CONTRIBUTION, "contribution")    \
    X(FAM_COVERT, "covert")                \
    X(FAM_COUNTER, "counter")              \
    X(FAM_DIPLOMACY, "diplomacy")          \
    X(FAM_RESPONSE, "response")

/* What an order is aimed at. */
#define TARGETKIND_LIST(X)                 \
    X(TK_NONE, "none")                     \
    X(TK_SECTOR, "sector")                 \
    X(TK_SEAT, "contingent")               \
    X(TK_SECTOR_SEAT, "sector+contingent") \
    X(TK_LEVEL, "level")                   \
    X(TK_CHOICE, "inject choice")

/* Every order: enum, JSON id, family, target kind, public (1) or secret (0).
 * The numbers (cost, base effect, modifiers) come from the catalogue. */
#define ORDER_LIST(X)                                                     \
    X(ORD_PATROL, "patrol", FAM_MANDATE, TK_SECTOR, 1)                    \
    X(ORD_ESCORT, "escort_convoy", FAM_MANDATE, TK_SECTOR, 1)             \
    X(ORD_DEMINE, "demining", FAM_MANDATE, TK_SECTOR, 1)                  \
    X(ORD_MEDIATE, "mediate", FAM_MANDATE, TK_SECTOR, 1)                  \
    X(ORD_REPAIR, "repair_infrastructure", FAM_MANDATE, TK_SECTOR, 1)     \
    X(ORD_MONITOR, "monitor_ceasefire", FAM_MANDATE, TK_SECTOR, 1)        \
    X(ORD_MEDICAL, "medical_outreach", FAM_MANDATE, TK_SECTOR, 1)         \
    X(ORD_JOINT, "joint_operation", FAM_MANDATE, TK_SECTOR_SEAT, 1)       \
    X(ORD_SHARE, "share_intelligence", FAM_CONTRIBUTION, TK_LEVEL, 1)     \
    X(ORD_CONTRIBUTE, "contribute_equipment", FAM_CONTRIBUTION, TK_NONE, 1) \
    X(ORD_CENTRALISE, "support_centralisation", FAM_CONTRIBUTION, TK_NONE, 1) \
    X(ORD_OBSERVE, "observe", FAM_COVERT, TK_SEAT, 0)                     \
    X(ORD_INTERCEPT, "intercept", FAM_COVERT, TK_SEAT, 0)                 \
    X(ORD_INSIDER, "cultivate_insider", FAM_COVERT, TK_SEAT, 0)           \
    X(ORD_INTRUDE, "intrude_network", FAM_COVERT, TK_NONE, 0)             \
    X(ORD_BACKDOOR, "backdoor_equipment", FAM_COVERT, TK_NONE, 0)         \
    X(ORD_RETAIN, "retain_surveillance", FAM_COVERT, TK_NONE, 0)          \
    X(ORD_COURT, "court_host", FAM_COVERT, TK_NONE, 0)                    \
    X(ORD_FALSE_FLAG, "false_flag", FAM_COVERT, TK_SEAT, 0)               \
    X(ORD_HARDEN, "harden_comms", FAM_COUNTER, TK_NONE, 0)                \
    X(ORD_SWEEP, "ci_sweep", FAM_COUNTER, TK_NONE, 0)                     \
    X(ORD_COMPARTMENT, "compartmentalise", FAM_COUNTER, TK_NONE, 0)       \
    X(ORD_CANARY, "canary_trap", FAM_COUNTER, TK_NONE, 0)                 \
    X(ORD_AUDIT, "audit_network", FAM_COUNTER, TK_NONE, 1)                \
    X(ORD_ACCUSE, "accuse", FAM_DIPLOMACY, TK_SEAT, 1)                    \
    X(ORD_PACT, "propose_pact", FAM_DIPLOMACY, TK_SEAT, 1)                \
    X(ORD_INVESTIGATE, "request_investigation", FAM_DIPLOMACY, TK_NONE, 1) \
    X(ORD_RESPOND, "respond_inject", FAM_RESPONSE, TK_CHOICE, 1)

/* Stages of an insider network. */
#define STAGE_LIST(X)                      \
    X(STAGE_NONE, "none")                  \
    X(STAGE_APPROACHED, "approached")      \
    X(STAGE_DEVELOPED, "developed")        \
    X(STAGE_RECRUITED, "recruited")

/* Kinds of secret national objective. */
#define OBJECTIVE_LIST(X)                           \
    X(OBJ_DOSSIERS_ON, "dossiers_on")               \
    X(OBJ_INSIDER_IN, "insider_in")                 \
    X(OBJ_INFLUENCE, "influence")                   \
    X(OBJ_SECTOR_STABLE, "sector_stable")           \
    X(OBJ_CLEAN_HANDS, "clean_hands")               \
    X(OBJ_CENTRALISATION, "centralisation_at_least")\
    X(OBJ_DECENTRALISED, "centralisation_at_most")  \
    X(OBJ_BACKDOOR_LIVE, "backdoor_live")           \
    X(OBJ_TRUSTED_BY, "trusted_by")

/* Effects of injects. */
#define EFFECT_LIST(X)                     \
    X(EFF_STABILITY, "stability")          \
    X(EFF_THREAT, "threat")                \
    X(EFF_INFLUENCE, "influence")          \
    X(EFF_TRUST, "trust")                  \
    X(EFF_POOL, "pool")                    \
    X(EFF_NET_SECURITY, "network_security")\
    X(EFF_CENTRALISATION, "centralisation")\
    X(EFF_COMMS, "comms_security")         \
    X(EFF_AP, "action_points")             \
    X(EFF_OBJECTIVES, "new_objectives")    \
    X(EFF_EQUIPMENT, "equipment")

/* Conditions that trigger an inject. */
#define TRIGGER_LIST(X)                                 \
    X(TRIG_TURN, "turn")                                \
    X(TRIG_AVG_STABILITY_BELOW, "avg_stability_below")  \
    X(TRIG_THREAT_AT_LEAST, "threat_at_least")          \
    X(TRIG_INCIDENTS_AT_LEAST, "incidents_at_least")    \
    X(TRIG_CENTRALISATION_AT_LEAST, "centralisation_at_least")

/* Phase of a game. */
#define PHASE_LIST(X)                      \
    X(PHASE_ORDERS, "orders")              \
    X(PHASE_ENDED, "ended")

/* Mandate outcome. */
#define OUTCOME_LIST(X)                    \
    X(OUT_NONE, "none")                    \
    X(OUT_SUCCESS, "success")              \
    X(OUT_PARTIAL, "partial")              \
    X(OUT_FAILURE, "failure")

/* How a detected operation was attributed. */
#define ATTRIB_LIST(X)                     \
    X(ATTR_NONE, "none")                   \
    X(ATTR_RIGHT, "right")                 \
    X(ATTR_WRONG, "wrong")                 \
    X(ATTR_UNKNOWN, "unknown")                                        \
    X(ATTR_CLAIMED, "claimed")   /* a seat's view: blamed, right or wrong unknown */

/* Levels of intelligence sharing (share_intelligence's level). */
#define SHARE_LIST(X)                      \
    X(SHARE_NONE, "none")                  \
    X(SHARE_TACTICAL, "tactical")          \
    X(SHARE_BROAD, "broad")

/* The rules of the AI's instruction list, first match first, each with
 * the words an AI's reason and the debrief name it by. */
#define AI_RULE_LIST(X)                                             \
    X(AIR_INJECT, "answer the capital's question")                  \
    X(AIR_RETALIATE, "retaliate against a grudge")                  \
    X(AIR_DEFEND, "defend after an attack")                         \
    X(AIR_COLLECT, "collection ladder")                             \
    X(AIR_NETWORK, "exploit the mission network")                   \
    X(AIR_INFLUENCE, "court the host")                              \
    X(AIR_MANDATE, "carry the mandate")                             \
    X(AIR_CONTRIBUTE, "contribute to the mission")                  \
    X(AIR_GUARD, "routine security")                                \
    X(AIR_DIPLOMACY, "diplomacy")                                   \
    X(AIR_RANDOM, "uniform choice (baseline)")

/* Kinds of implant. */
#define IMPLANT_LIST(X)                    \
    X(IMP_NONE, "none")                    \
    X(IMP_NETWORK, "network")              \
    X(IMP_TAP, "comms_tap")

#define X_ENUM(e, ...) e,
enum capability { CAPABILITY_LIST(X_ENUM) CAP_COUNT };
enum dossier_cat { DOSSIER_LIST(X_ENUM) DOS_COUNT };
enum feature { FEATURE_LIST(X_ENUM) FEAT_COUNT };
enum family { FAMILY_LIST(X_ENUM) FAM_COUNT };
enum target_kind { TARGETKIND_LIST(X_ENUM) TK_COUNT };
enum order_kind { ORDER_LIST(X_ENUM) ORD_COUNT };
enum stage { STAGE_LIST(X_ENUM) STAGE_COUNT };
enum objective_kind { OBJECTIVE_LIST(X_ENUM) OBJ_COUNT };
enum effect_kind { EFFECT_LIST(X_ENUM) EFF_COUNT };
enum trigger_kind { TRIGGER_LIST(X_ENUM) TRIG_COUNT };
enum phase { PHASE_LIST(X_ENUM) PHASE_COUNT };
enum outcome { OUTCOME_LIST(X_ENUM) OUT_COUNT };
enum attribution { ATTRIB_LIST(X_ENUM) ATTR_COUNT };
enum implant_kind { IMPLANT_LIST(X_ENUM) IMP_COUNT };
enum share_level { SHARE_LIST(X_ENUM) SHARE_COUNT };
enum ai_rule { AI_RULE_LIST(X_ENUM) AIR_COUNT };
#undef X_ENUM

/* Names of enum values, and their reverse look-up (-1 when unknown). */
const char *capability_name(int c);
const char *dossier_name(int d);
const char *feature_name(int f);
const char *family_name(int f);
const char *target_kind_name(int t);
const char *order_name(int o);
const char *stage_name(int s);
const char *objective_name(int o);
const char *effect_name(int e);
const char *trigger_name(int t);
const char *phase_name(int p);
const char *outcome_name(int o);
const char *attribution_name(int a);
const char *implant_name(int i);
const char *share_name(int level);
const char *ai_rule_name(int rule);
int capability_from_name(const char *s);
int dossier_from_name(const char *s);
int feature_from_name(const char *s);
int order_from_name(const char *s);
int objective_from_name(const char *s);
int effect_from_name(const char *s);
int trigger_from_name(const char *s);
int phase_from_name(const char *s);
int outcome_from_name(const char *s);
int share_from_name(const char *s);

/* Static properties of an order kind: its family, its kind of target,
 * whether it is public (-1, -1 and 0 for no kind). Inline: a resolution
 * asks them of every order in several passes. */
extern const unsigned char order_families[ORD_COUNT], order_targets[ORD_COUNT],
    order_public[ORD_COUNT];

static inline int order_family(int o)
{
    return o >= 0 && o < ORD_COUNT ? order_families[o] : -1;
}

static inline int order_target_kind(int o)
{
    return o >= 0 && o < ORD_COUNT ? order_targets[o] : -1;
}

static inline int order_is_public(int o)
{
    return o >= 0 && o < ORD_COUNT ? order_public[o] : 0;
}

#endif
