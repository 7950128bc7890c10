/* order.c - making an order (whom it works against: order.h, inline). */
#include "order.h"

struct order order_make(int kind, int seat, int turn)
{
    struct order o = { (uint8_t)kind, (int8_t)seat, (int8_t)turn, -1, -1, 0, -1 };
    return o;
}
