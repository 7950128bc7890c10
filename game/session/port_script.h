/* port_script.h - a scripted port: it plays a seat (or several) from a
 * list of orders per (week, seat), here a record's - the orders a game
 * gave, played again through a host. For tests and the bench. */
#ifndef MANDATE_PORT_SCRIPT_H
#define MANDATE_PORT_SCRIPT_H

#include "port.h"

struct record;

/* A port that gives, for week w, the orders r records for week w of the
 * seat it is asked for (no orders past the record's end), and confirms
 * them. r is borrowed: it must outlive the port. Never NULL (out of
 * memory aborts). */
struct port *port_script_new(const struct record *r);
void port_script_free(struct port *p);   /* NULL-safe */

/* Why the port quit ("" when it did not): the host refused its orders. */
const char *port_script_error(const struct port *p);

#endif
