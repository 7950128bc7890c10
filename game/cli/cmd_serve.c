/* cmd_serve.c - `mandate serve`: one game held by a server, every team at
 * its own terminal (`mandate join`), the facilitator and the board on
 * their own connections. Prints a join line per human seat. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/pub.h"
#include "../data/save.h"
#include "../net/server.h"
#include "../report/hotwash.h"
#include "../session/host.h"
#include "cli.h"
#include "common.h"
#include "options.h"

static const char serve_usage[] =
    "usage: mandate serve [--scenario NAME|FILE] [--seed N] [--seats ID[,ID...]|all]\n"
    "                     [--team SEAT=NAME]... [--deadline SECONDS] [--socket PATH]\n"
    "                     [--listen HOST:PORT] [--group] [--save-dir DIR]\n"
    "       mandate serve --load FILE [--deadline SECONDS] [--socket PATH] ...\n"
    "Runs a game for teams at their own terminals. Prints one line per human seat\n"
    "(--seats: ids or numbers from 1, default all; the others are played by their\n"
    "AI personality) to give that team: `mandate join --socket PATH TOKEN`; the\n"
    "facilitator's line (`mandate facilitate --socket PATH TOKEN`: the console\n"
    "that sees everything and runs the exercise) and the board's token. The token\n"
    "alone is the team's seat: hand each line to its team only. --team names a\n"
    "human seat's team, as mandate new does (one line, at most 39 columns): the\n"
    "teams, the board and the facilitator see it.\n"
    "\n"
    "The server listens on a Unix socket (--socket; default\n"
    "$XDG_RUNTIME_DIR/mandate/mandate.sock, else /tmp/mandate-UID/mandate.sock),\n"
    "made in a folder only you can enter (mode 0700) and readable by you only\n"
    "(0600), or by your group too with --group (0660, folder 0710). --listen adds\n"
    "TCP, on 127.0.0.1 unless an address is given: TCP is plaintext, so teams on\n"
    "other machines join over ssh (see the README, \"Running a workshop\").\n"
    "\n"
    "--deadline gives each week SECONDS: then confirmed orders stand, a draft not\n"
    "confirmed is submitted, and a seat with nothing gets its AI personality's\n"
    "orders (the record and the report say so). The game autosaves after every\n"
    "week and at every confirmation; its tokens are kept beside the save in\n"
    "SAVE.tokens (mode 0600). `mandate serve --load SAVE` resumes it with the same\n"
    "tokens. Ctrl-C (or SIGTERM) saves, tells the clients and removes the socket.\n"
    "Exit status 1 when the game could not be saved.\n"
    "\n"
    "Examples:\n"
    "  mandate serve --seats kestria,morvane --deadline 600\n"
    "  mandate serve --seats kestria,morvane --team kestria=Eagles --team morvane=Owls\n"
    "  mandate serve --load saves/autosave-lakeland-20260101-t03.json\n";

enum {
    OPT_SCENARIO = OPTS_LONG, OPT_SEED, OPT_SEATS, OPT_DEADLINE, OPT_SOCKET, OPT_LISTEN,
    OPT_GROUP, OPT_SAVE_DIR, OPT_LOAD, OPT_TEAM
};

struct serve_args {
    const char *scenario, *seats, *load;
    const char *teams[MAX_SEATS];    /* --team SEAT=NAME, as given */
    int nteams;
    uint64_t seed;
    int have_seed;
    struct server_opts so;
};

/* The human seats of spec into human; 0 after a usage line. */
static int parse_seats(const struct opts *o, const struct scenario *sc, const char *spec,
                       int *human)
{
    for (int i = 0; i < MAX_SEATS; i++)
        human[i] = !spec || strcmp(spec, "all") == 0 ? i < sc->nseats : 0;
    if (!spec || strcmp(spec, "all") == 0)
        return 1;
    char buf[256], ids[512];
    snprintf(buf, sizeof buf, "%s", spec);
    for (char *tok = strtok(buf, ","); tok; tok = strtok(NULL, ",")) {
        int s = cli_seat(sc, tok);
        if (s < 0) {
            opts_usage(o, "--seats %s: no contingent '%s' in %s (it has: %s)", spec, tok, sc->id,
                       cli_seat_ids(sc, ids, sizeof ids));
            return 0;
        }
        human[s] = 1;
    }
    return 1;
}

static int parse(struct serve_args *a, struct opts *o)
{
    for (int c; (c = opts_next(o)) != OPTS_END;) {
        switch (c) {
        case OPTS_HELP_SHOWN:
            return 0;
        case OPT_SCENARIO:
            a->scenario = o->arg;
            break;
        case OPT_SEED:
            if (!parse_u64(o->arg, &a->seed))
                return opts_usage(o, "--seed %s: expected a whole number", o->arg);
            a->have_seed = 1;
            break;
        case OPT_SEATS:
            a->seats = o->arg;
            break;
        case OPT_DEADLINE:
            if (!parse_int(o->arg, 1, 86400, &a->so.deadline))
                return opts_usage(o, "--deadline %s: expected seconds, 1 to 86400", o->arg);
            break;
        case OPT_SOCKET:
            a->so.socket_path = o->arg;
            break;
        case OPT_LISTEN:
            a->so.listen = o->arg;
            break;
        case OPT_GROUP:
            a->so.group = 1;
            break;
        case OPT_SAVE_DIR:
            save_set_dir(o->arg);
            break;
        case OPT_LOAD:
            a->load = o->arg;
            break;
        case OPT_TEAM:
            if (a->nteams == MAX_SEATS)
                return opts_usage(o, "--team: at most %d teams", MAX_SEATS);
            a->teams[a->nteams++] = o->arg;
            break;
        case OPTS_OPERAND:
            return opts_usage(o, "%s: unexpected argument", o->arg);
        default:
            return 2;
        }
    }
    if (a->load && (a->scenario || a->seats || a->have_seed || a->nteams))
        return opts_usage(o, "--load resumes a game: its scenario, seed, seats and teams are "
                          "the save's");
    return -1;
}

/* Prints the lines to hand out. */
static void print_joins(struct host *h, const struct token_set *t, const char *sock, int port)
{
    const struct pub *p = &host_bundle(h)->pub;
    printf("Mandate server: %s, week %d of %d. Give each team its line:\n", p->name,
           host_week(h), p->turns);
    for (int i = 0; i < p->nseats; i++)
        if (t->seat[i][0])
            printf("  mandate join --socket %s %s  # %s\n", sock, t->seat[i], p->seats[i].name);
    printf("The facilitator's console (keep this line to yourself):\n"
           "  mandate facilitate --socket %s %s\n", sock, t->facilitator);
    printf("The projector (public facts only):\n  mandate board --socket %s %s\n", sock,
           t->board);
    if (port)
        printf("TCP: port %d (join with --connect HOST:%d)\n", port, port);
    printf("Resume after a stop: mandate serve --load %s\n", host_file(h));
    fflush(stdout);
}

/* The host of a new game or of --load, its tokens into t; NULL after
 * printing why (*status: 2 for a usage error, else 1). */
static struct host *make_host(struct serve_args *a, struct opts *o, struct bundle **owned,
                              struct token_set *t, int *status)
{
    *status = 1;
    char err[TOKEN_ERR];
    if (a->load) {
        struct errlist e;
        errlist_init(&e);
        struct host *h = host_load(a->load, 0, NULL, &e);
        if (!h) {
            errlist_print(&e, stderr);
            return NULL;
        }
        if (host_ended(h)) {
            fprintf(stderr, "mandate serve: %s: the game has ended (mandate report %s gives "
                            "its report)\n", a->load, a->load);
            host_free(h);
            return NULL;
        }
        char side[1200], game[96];
        save_game_name(host_record(h), host_bundle(h)->sc->id, game, sizeof game);
        token_find_sidecar(a->load, game, side, sizeof side);
        if (!token_read(side, host_nseats(h), t, err, sizeof err)) {
            fprintf(stderr, "mandate serve: %s (the teams' tokens: without them nobody can "
                            "rejoin)\n", err);
            host_free(h);
            return NULL;
        }
        for (int i = 0; i < host_nseats(h); i++)
            if (host_human(h, i) != (t->seat[i][0] != 0)) {
                fprintf(stderr, "mandate serve: %s: seat %d is %s in the save but has %s token\n",
                        side, i + 1, host_human(h, i) ? "human" : "AI",
                        t->seat[i][0] ? "a" : "no");
                host_free(h);
                return NULL;
            }
        return h;
    }
    *owned = calloc(1, sizeof **owned);
    if (!*owned || !cli_bundle_load(*owned, a->scenario)) {
        free(*owned);
        *owned = NULL;
        return NULL;
    }
    struct host_setup st;
    host_setup_init(&st, a->have_seed ? a->seed : seed_from_clock());
    if (!parse_seats(o, (*owned)->sc, a->seats, st.human)) {
        *status = 2;
        return NULL;
    }
    if (!token_set_new(t, (*owned)->sc->nseats, st.human)) {
        fputs("mandate serve: the system's random source failed: no tokens\n", stderr);
        return NULL;
    }
    struct host *h = host_new(*owned, &st);
    if (h && !cli_set_teams(o, h, (*owned)->sc, st.human, "--seats", a->teams, a->nteams)) {
        host_free(h);
        *status = 2;
        return NULL;
    }
    return h;
}

int cmd_serve(int argc, char **argv)
{
    static const struct option longopts[] = {
        OPTS_HELP,
        {"scenario", required_argument, NULL, OPT_SCENARIO},
        {"seed", required_argument, NULL, OPT_SEED},
        {"seats", required_argument, NULL, OPT_SEATS},
        {"deadline", required_argument, NULL, OPT_DEADLINE},
        {"socket", required_argument, NULL, OPT_SOCKET},
        {"listen", required_argument, NULL, OPT_LISTEN},
        {"group", no_argument, NULL, OPT_GROUP},
        {"save-dir", required_argument, NULL, OPT_SAVE_DIR},
        {"load", required_argument, NULL, OPT_LOAD},
        {"team", required_argument, NULL, OPT_TEAM},
        {0},
    };
    struct serve_args a;
    memset(&a, 0, sizeof a);
    struct opts o;
    opts_init(&o, "serve", serve_usage, argc, argv, "", longopts);
    int rc = parse(&a, &o);
    if (rc >= 0)
        return rc;
    char sock[900];
    if (!a.so.socket_path) {
        cli_default_socket(sock, sizeof sock);
        a.so.socket_path = sock;
        a.so.private_folder = 1;
    }
    struct bundle *owned = NULL;
    struct token_set t;
    int status;
    struct host *h = make_host(&a, &o, &owned, &t, &status);
    if (h) {
        char err[1200];
        host_set_autosave(h, 1);
        a.so.tokens = &t;
        a.so.log = stderr;
        a.so.signals = 1;
        a.so.hotwash = hotwash_board;
        a.so.hotwash_titles = hotwash_titles;
        struct server *s = server_new(h, &a.so, err, sizeof err);
        if (!s)
            fprintf(stderr, "mandate serve: %s\n", err);
        else {
            print_joins(h, &t, a.so.socket_path, server_tcp_port(s));
            status = server_run(s);
            server_free(s);
            if (host_unsaved(h))
                fprintf(stderr, "mandate serve: the game is not saved: %s\n",
                        host_save_error(h));
            else
                fprintf(stderr, "mandate serve: the game is in %s\n", host_file(h));
        }
        host_free(h);
    }
    if (owned) {
        bundle_free(owned);
        free(owned);
    }
    memset(&t, 0, sizeof t);
    return status;
}
