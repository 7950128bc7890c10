/* server.h - the classroom server: one game host, its clients over a Unix
 * socket (and TCP with a listen address), one thread and poll() over
 * non-blocking sockets. Each connection says hello with a token, which
 * alone makes it a seat, the facilitator or the board; seats send drafts
 * and ready, and get their own view after every week; the board gets only
 * what every seat knows; the facilitator gets every secret. A slow client
 * never stalls the others: its queued view is replaced by a newer one, and
 * past its output cap it is dropped (it gets a fresh snapshot when it
 * comes back). assets/PROTOCOL.md is the protocol. */
#ifndef MANDATE_NET_SERVER_H
#define MANDATE_NET_SERVER_H

#include <stddef.h>
#include <stdio.h>

#include "../config.h"
#include "token.h"

struct host;
struct board;
struct view;

/* Limits and timers (assets/PROTOCOL.md, "Limits and timers"). */
#define SERVER_MAX_CONNS 64
#define SERVER_OUT_CAP (4u << 20)    /* bytes queued to one client */
#define SERVER_PING_MS 10000
#define SERVER_SILENCE_MS 30000
#define SERVER_HELLO_MS 10000

struct server_opts {
    const char *socket_path;     /* the Unix socket (required) */
    int group;                   /* 1: socket 0660, its folder 0710 */
    int private_folder;          /* 1: the socket's folder, when it exists,
                                    must be this user's (it is made
                                    private again): the default folder */
    const char *listen;          /* "HOST:PORT", ":PORT" or "PORT" (host
                                    127.0.0.1), or NULL: no TCP */
    int deadline;                /* seconds per week, 0: none */
    const struct token_set *tokens;
    FILE *log;                   /* a line per event (NULL: none) */
    int signals;                 /* 1: SIGINT, SIGTERM and SIGHUP stop the
                                    server cleanly (blocked and read
                                    through a signalfd) */
    /* The hot wash: page (from 1) of the declassified debrief of host's
     * ended game into b's page, npages, title and lines, wrapped at cols
     * columns (a board's width less its margins; 0: a board that has not
     * said its width, the default); 0 when there is no
     * such page. NULL: no page is ever shown. (The caller gives it: the
     * server draws no report.) */
    int (*hotwash)(void *host, int page, int cols, struct board *b);
    /* The titles of those pages (at most max, tlen bytes apart) into
     * titles: how many (0 before the end); the facilitator is sent them
     * to choose from. NULL: none (the console lists pages by number). */
    int (*hotwash_titles)(void *host, char *titles, size_t tlen, int max);
    /* 0: the defaults above (tests shorten them) */
    int ping_ms, silence_ms, hello_ms;
    size_t out_cap;
    int max_conns;
};

/* A server for host h (borrowed; its human seats get the server's port),
 * listening as o says. NULL with one line in err (the socket's path or
 * the address named) when it cannot listen. */
struct server *server_new(struct host *h, const struct server_opts *o, char *err, size_t n);

/* Serves until the game has ended and every client has been told (or
 * given up on), or a signal came (then: autosave, tell every client
 * "shutdown"). 0, or 1 when the last save failed. */
int server_run(struct server *s);

/* Closes every connection and the sockets, removes the socket file. */
void server_free(struct server *s);  /* NULL-safe */

/* The TCP port listened on (0: none), once server_new has bound it. */
int server_tcp_port(const struct server *s);

/* What the server did, for the bench: bytes sent, frames of views sent
 * and their bytes, weeks resolved. */
struct server_stats {
    unsigned long long bytes_out, bytes_in;
    unsigned long views, view_bytes;
    int weeks;
    int conns_max;               /* connections open at once, at most */
};
void server_stats(const struct server *s, struct server_stats *out);

/* What a board is sent of the clock and the connections, besides the
 * host's game. */
struct board_clock {
    int deadline;                /* seconds left this week, -1: none */
    unsigned char connected[MAX_SEATS];   /* seats with a client */
};

/* What the projector board shows of host's game now into b (v: scratch
 * for the public view; clk may be NULL): only what every seat knows, the
 * facilitator's reveals and the hot wash's page number (b->page; its
 * lines are the server's to add). */
void board_build(const struct host *h, const struct board_clock *clk, struct view *v,
                 struct board *b);

#endif
