/* personality.h - an AI personality as plain data (assets/ai/NAME.json)
 * and the AI's levels of play: what a seat's controller names, so that
 * saves (game/data) can read and write it without the AI itself. */
#ifndef MANDATE_PERSONALITY_H
#define MANDATE_PERSONALITY_H

#include "../config.h"

#define MAX_PERSONALITIES 16

#define AI_LEVEL_LIST(X)            \
    X(AI_NOVICE, "novice")          \
    X(AI_STANDARD, "standard")      \
    X(AI_EXPERT, "expert")          \
    X(AI_MASTER, "master")   /* looks ahead in sampled worlds (game/ai/ai_master.c) */

#define X_ENUM(e, name) e,
enum ai_level { AI_LEVEL_LIST(X_ENUM) AI_LEVEL_COUNT };
#undef X_ENUM
/* The level's name ("?" when out of range), and the level of a name
 * (-1 when none). */
const char *ai_level_name(int level);
int ai_level_from_name(const char *s);

struct personality {
    char id[ID_LEN];
    char name[NAME_LEN];
    char description[SHORT_TEXT];
    int w_mandate, w_collection, w_security, w_influence;  /* 0..100 */
    int risk;                    /* tolerance of detection 0..100 */
    int grudge;                  /* urge to retaliate 0..100 */
    int honesty;                 /* accuses only with evidence 0..100 */
    int share;                   /* preferred share level 0..2 */
    int random;                  /* 1: uniform among legal orders */
};

struct personality_set {
    struct personality p[MAX_PERSONALITIES];
    int n;
};

/* The personality with that id, or NULL. */
const struct personality *personality_find(const struct personality_set *ps,
                                           const char *id);

#endif
