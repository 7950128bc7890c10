/* dial.h - a client's way to its server: the address and the connection. */
#ifndef MANDATE_DIAL_H
#define MANDATE_DIAL_H

#include <stddef.h>

/* HOST:PORT ([ADDRESS]:PORT for IPv6) into host and port: 1, or 0 with
 * why. */
int dial_parse_hostport(const char *s, char *host, size_t hn, char *port, size_t pn, char *why,
                        size_t n);

/* A connected, non-blocking socket: to the Unix socket path when it is
 * not empty, else to host:port; waits at most wait_ms for the connect.
 * Its fd, or -1 with why. */
int dial_connect(const char *path, const char *host, const char *port, int wait_ms, char *why,
                 size_t n);

#endif
