/* common.h - what the commands share: loading the bundle a game needs,
 * parsing numbers, seat specifications and the options of the commands
 * that read a save (replay, report), and error lines. */
#ifndef MANDATE_CLI_COMMON_H
#define MANDATE_CLI_COMMON_H

#include <stdint.h>
#include <stdio.h>

#include "../core/personality.h"
#include "../core/world.h"
#include "../data/save.h"
#include "options.h"

struct session;

/* Loads the bundle: catalogue, personalities and the scenario (a NAME
 * under assets/scenarios or a file; NULL for the default). Prints every
 * error on stderr; 1 on success. Free it with bundle_free. */
int cli_bundle_load(struct bundle *b, const char *scenario);

/* save_write, printing the error on stderr; 1 on success. */
int cli_save(const char *path, const struct record *r, const struct bundle *b);

/* The default scenario's name. */
#define DEFAULT_SCENARIO "lakeland"

/* Parses a whole unsigned decimal number; 1 on success. */
int parse_u64(const char *s, uint64_t *out);
int parse_int(const char *s, int lo, int hi, int *out);

/* The socket mandate serve makes, and mandate join looks for, when none
 * is given: $XDG_RUNTIME_DIR/mandate/mandate.sock, else
 * /tmp/mandate-UID/mandate.sock. */
void cli_default_socket(char *out, size_t n);

/* A seat of sc by its id or its number from 1; -1 when neither. */
int cli_seat(const struct scenario *sc, const char *spec);

/* "kestria, morvane, ..." into buf[n]; returns buf. */
const char *cli_seat_ids(const struct scenario *sc, char *buf, size_t n);

struct host;

/* The teams of specs[0..n) ("SEAT=NAME", --team) into the human seats
 * (human[]) of h, a new game of sc; 1, or 0 after a usage line naming
 * seats_option (how the command makes a seat human). The name is
 * cleaned or refused by team_name_clean - never echoed: it may hold
 * anything. */
int cli_set_teams(const struct opts *o, struct host *h, const struct scenario *sc,
                  const int *human, const char *seats_option, const char *const *specs, int n);

/* What replay and report share: a saved game and whose view of it. */
struct cli_view_args {
    const char *file;            /* the save; NULL until given */
    int reveal;                  /* --reveal: everything, even in play */
    const char *seat;            /* --seat ID: one contingent's own; or NULL */
};

/* Their options (the commands' own vals start at OPT_VIEW_NEXT). */
enum { OPT_REVEAL = OPTS_LONG, OPT_SEAT, OPT_VIEW_NEXT };
#define CLI_VIEW_OPTIONS                                                                           \
    {"reveal", no_argument, NULL, OPT_REVEAL}, {"seat", required_argument, NULL, OPT_SEAT}

/* Takes c (opts_next's) when it is --reveal, --seat or the FILE: 1; 0
 * when it is none of them; -1 after a usage error line (a second FILE). */
int cli_view_take(struct cli_view_args *w, const struct opts *o, int c);

/* After the options: 1 when a FILE was given and not both --reveal and
 * --seat; else 0 after a usage error line. */
int cli_view_check(const struct cli_view_args *w, const struct opts *o);

/* The viewer w asks for in the game s read from w->file: a seat, the
 * facilitator (a game over, or --reveal), or VIEW_PUBLIC after a line on
 * stderr saying what is withheld and how to see it; -3 after a usage
 * error line (no such seat). */
int cli_view_viewer(const struct cli_view_args *w, const char *cmd, const struct session *s);

/* "SEAT=PERSONALITY[:LEVEL]" against the loaded assets: seat index,
 * personality and level (-1 when not given). 1 on success, else prints
 * why on stderr, as `mandate CMD: --ai SPEC: ...`. */
int parse_ai_spec(const char *cmd, const struct bundle *a, const char *spec, int *seat,
                  const struct personality **p, int *level);

/* A seed from the clock, for games started without --seed (front ends
 * only: the engine never reads the clock). */
uint64_t seed_from_clock(void);

#endif
