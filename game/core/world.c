/* world.c - look-ups in the immutable scenario. */
#include "world.h"

#include <string.h>

#include "order.h"

int scenario_seat_index(const struct scenario *sc, const char *id)
{
    for (int i = 0; i < sc->nseats; i++)
        if (strcmp(sc->seats[i].id, id) == 0)
            return i;
    return -1;
}

int scenario_sector_index(const struct scenario *sc, const char *id)
{
    for (int i = 0; i < sc->nsectors; i++)
        if (strcmp(sc->sectors[i].id, id) == 0)
            return i;
    return -1;
}

int rules_category_weight(const struct rules *r, int cat)
{
    switch (cat) {
    case DOS_CAPABILITIES: return r->weight_capabilities;
    case DOS_EQUIPMENT: return r->weight_equipment;
    case DOS_PROCEDURES: return r->weight_procedures;
    case DOS_COMMUNICATIONS: return r->weight_communications;
    case DOS_PERSONNEL: return r->weight_personnel;
    default: return 0;
    }
}

int catalogue_orders_cost(const struct catalogue *cat, const struct order *o, int n)
{
    int sum = 0;
    for (int i = 0; i < n; i++)
        if (o[i].kind < ORD_COUNT)
            sum += cat->orders[o[i].kind].cost;
    return sum;
}
