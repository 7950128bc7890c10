/* order.h - one order: plain data, produced alike by humans, AI, scripts,
 * saves and the network, checked and applied by the engine. */
#ifndef MANDATE_ORDER_H
#define MANDATE_ORDER_H

#include <stdint.h>

#include "../config.h"
#include "defs.h"

struct order {
    uint8_t kind;                /* enum order_kind */
    int8_t seat;                 /* who gives it */
    int8_t turn;                 /* the turn it is given for */
    int8_t sector;               /* TK_SECTOR, TK_SECTOR_SEAT; else -1 */
    int8_t target;               /* seat for TK_SEAT and TK_SECTOR_SEAT; else -1 */
    int8_t level;                /* TK_LEVEL: share level 0..2; TK_CHOICE: choice */
    int8_t inject;               /* TK_CHOICE: inject index; else -1 */
};

/* An order with every field unset. */
struct order order_make(int kind, int seat, int turn);

/* Whom a covert order works against: a contingent for orders aimed at
 * one, else mission HQ (TARGET_HQ). Inline: the odds of every covert
 * candidate ask it. */
static inline int order_victim(const struct order *o)
{
    return order_target_kind(o->kind) == TK_SEAT ? o->target : TARGET_HQ;
}

#endif
