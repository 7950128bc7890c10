/* dial.c - where a client connects: HOST:PORT read from the command
 * line, and a non-blocking connection made to a Unix socket or a TCP
 * address within a time limit. */
#include "dial.h"

#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

int dial_parse_hostport(const char *s, char *host, size_t hn, char *port, size_t pn, char *why,
                        size_t n)
{
    const char *colon, *h = s;
    size_t hl;
    if (s[0] == '[') {
        const char *close = strchr(s, ']');
        if (!close || close[1] != ':') {
            snprintf(why, n, "'%.80s' is not HOST:PORT ([ADDRESS]:PORT for IPv6)", s);
            return 0;
        }
        h = s + 1;
        hl = (size_t)(close - h);
        colon = close + 1;
    } else {
        colon = strrchr(s, ':');
        if (!colon || strchr(s, ':') != colon) {
            snprintf(why, n, "'%.80s' is not HOST:PORT (e.g. 127.0.0.1:7000)", s);
            return 0;
        }
        hl = (size_t)(colon - s);
    }
    const char *p = colon + 1;
    char *end;
    long v = strtol(p, &end, 10);
    if (hl == 0 || !*p || *end || v < 1 || v > 65535 || p[0] == '-' || p[0] == '+') {
        snprintf(why, n, "'%.80s' is not HOST:PORT (a host, then a port from 1 to 65535)", s);
        return 0;
    }
    if (hl >= hn) {
        snprintf(why, n, "'%.80s': the host name is too long", s);
        return 0;
    }
    memcpy(host, h, hl);
    host[hl] = 0;
    snprintf(port, pn, "%ld", v);
    return 1;
}

/* Waits up to ms for fd's connect to finish: 0, or an errno. */
static int connect_wait(int fd, int ms)
{
    struct pollfd pf = { fd, POLLOUT, 0 };
    int k;
    do
        k = poll(&pf, 1, ms);
    while (k < 0 && errno == EINTR);
    if (k == 0)
        return ETIMEDOUT;
    int err = 0;
    socklen_t len = sizeof err;
    if (k < 0 || getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0)
        return errno;
    return err;
}

int dial_connect(const char *path, const char *host, const char *port, int wait_ms, char *why,
                 size_t n)
{
    if (path[0]) {
        int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            snprintf(why, n, "socket: %s", strerror(errno));
            return -1;
        }
        struct sockaddr_un sa;
        memset(&sa, 0, sizeof sa);
        sa.sun_family = AF_UNIX;
        memcpy(sa.sun_path, path, strlen(path) + 1);
        int err = connect(fd, (struct sockaddr *)&sa, sizeof sa) == 0 ? 0 : errno;
        if (err == EINPROGRESS || err == EAGAIN)
            err = connect_wait(fd, wait_ms);
        if (err) {
            snprintf(why, n, "no game server at %s (%s): is mandate serve running?", path,
                     strerror(err));
            close(fd);
            return -1;
        }
        return fd;
    }
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    int g = getaddrinfo(host, port, &hints, &res);
    if (g) {
        snprintf(why, n, "%s:%s: %s", host, port, gai_strerror(g));
        return -1;
    }
    int fd = -1, err = 0;
    for (struct addrinfo *ai = res; ai && fd < 0; ai = ai->ai_next) {
        fd = socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC,
                    ai->ai_protocol);
        if (fd < 0) {
            err = errno;
            continue;
        }
        err = connect(fd, ai->ai_addr, ai->ai_addrlen) == 0 ? 0 : errno;
        if (err == EINPROGRESS)
            err = connect_wait(fd, wait_ms);
        if (err) {
            close(fd);
            fd = -1;
        }
    }
    freeaddrinfo(res);
    if (fd < 0) {
        snprintf(why, n, "no game server at %s:%s (%s): is mandate serve --listen running?",
                 host, port, strerror(err));
        return -1;
    }
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}
