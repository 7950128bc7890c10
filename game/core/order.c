/* order.c - making an order, and whom it works against (order.h). */
#include "order.h"

#include "../config.h"
#include "defs.h"

struct order order_make(int kind, int seat, int turn)
{
    struct order o = { (uint8_t)kind, (int8_t)seat, (int8_t)turn, -1, -1, 0, -1 };
    return o;
}

int order_victim(const struct order *o)
{
    return order_target_kind(o->kind) == TK_SEAT ? o->target : TARGET_HQ;
}
