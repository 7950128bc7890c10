/* personality.h - an AI personality as plain data (assets/ai/NAME.json). */
#ifndef MANDATE_PERSONALITY_H
#define MANDATE_PERSONALITY_H

#include "../config.h"

#define MAX_PERSONALITIES 16

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
