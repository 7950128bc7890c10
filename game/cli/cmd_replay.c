/* cmd_replay.c - `mandate replay FILE [--verify] [--reveal | --seat ID]`:
 * replays a save with no terminal and prints its event log, turn by turn:
 * every event of a finished game (or with --reveal), only the public ones
 * of a game in progress, or those one seat was told (--seat); --verify
 * also checks every turn's checksum and fails at the first turn that
 * drifts. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/view.h"
#include "../data/save.h"
#include "../session/load.h"
#include "../session/session.h"
#include "cli.h"
#include "common.h"
#include "eventtext.h"

static void usage(FILE *f)
{
    fputs("usage: mandate replay FILE [--verify] [--reveal | --seat ID]\n"
          "Replays a saved game (a save, an autosave or a file written by\n"
          "mandate simulate --save) and prints every event, turn by turn, as\n"
          "the facilitator sees them. Of a game still in progress it prints only\n"
          "the public events (every secret withheld, said on stderr).\n"
          "  --verify   check the state's checksum after every turn and fail at\n"
          "             the first turn that drifts\n"
          "  --reveal   every event even of a game in progress\n"
          "  --seat ID  only what one contingent (its id or number from 1) was told\n"
          "Exit status: 0 replayed, 1 bad or drifting file, 2 usage error.\n",
          f);
}

static void print_header(const struct bundle *b, const struct session *s,
                         const struct save_info *info, int viewer)
{
    const struct scenario *sc = b->sc;
    printf("Scenario %s (%s), hash %016" PRIx64, sc->id, sc->name, b->scenario_hash);
    if (viewer == VIEW_FACILITATOR || s->g.phase == PHASE_ENDED)
        printf(", seed %" PRIu64 "\n", s->g.seed);
    else /* in play, the seed would foretell the dice */
        printf(", seed withheld\n");
    printf("Save format %d, mandate %s; %d of %d turns recorded\n", info->version,
           info->game_version, info->turns, sc->turns);
    for (int i = 0; i < sc->nseats; i++) {
        const struct seat_ctl *c = &s->ctl[i];
        printf("  %-12s %-6s %s (%s)\n", sc->seats[i].id, c->human ? "human" : "AI",
               c->p ? c->p->id : "-", ai_level_name(c->level));
    }
}

/* The events viewer (VIEW_FACILITATOR, VIEW_PUBLIC or a seat) was told,
 * each as it was told: only the facilitator's name an incident's culprit. */
static void print_events(const struct session *s, int viewer)
{
    const struct history *h = s->hist;
    char line[600];
    for (int k = 0; h && k < h->nevents; k++) {
        struct event e;
        if (!view_event(&h->events[k], viewer, &e))
            continue;
        evlog_line(s->g.sc, &e,
                   viewer == VIEW_FACILITATOR ? evlog_culprit(h->events, h->nevents, k) : -1,
                   line, sizeof line);
        puts(line);
    }
}

static void print_footer(const struct session *s, const struct save_info *info,
                         int verify)
{
    const struct game *g = &s->g;
    if (g->phase == PHASE_ENDED)
        printf("Ended after turn %d: mandate %s%s\n", s->rec.nturns,
               outcome_name(g->outcome), g->collapsed ? " (collapse)" : "");
    else
        printf("Goes on at turn %d%s\n", g->turn,
               info->pending ? " (with confirmed orders pending)" : "");
    if (verify)
        printf("Verified: the checksums of all %d turns match\n", info->turns);
}

/* The viewer asked for (see cmd_replay), or -3 after a usage error line. */
static int viewer_of(const char *file, const struct session *s, const char *seat, int reveal)
{
    if (seat) {
        int viewer = cli_seat(s->g.sc, seat);
        if (viewer < 0) {
            char ids[MAX_SEATS * (ID_LEN + 2)];
            fprintf(stderr, "mandate replay: --seat %s: no such contingent in %s (%s)\n", seat,
                    file, cli_seat_ids(s->g.sc, ids, sizeof ids));
            return -3;
        }
        return viewer;
    }
    if (reveal || s->g.phase == PHASE_ENDED)
        return VIEW_FACILITATOR;
    cli_withheld("replay", file);
    return VIEW_PUBLIC;
}

/* Prints the replayed game as viewer sees it, and the notes on the save;
 * the exit status. */
static int replay_print(const char *file, const struct bundle *b, const struct session *s,
                        const struct save_info *info, int verify, int viewer)
{
    print_header(b, s, info, viewer);
    print_events(s, viewer);
    print_footer(s, info, verify);
    if (info->migrated)
        fprintf(stderr, "%s: note: an older save: %d key%s its embedded "
                "files lacked were taken from the current files of %s\n",
                file, info->migrated, info->migrated == 1 ? "" : "s",
                data_assets_dir());
    if (info->drift_turn)
        fprintf(stderr, "%s: turns[%d]: note: checksum drift at turn %d "
                "(expected %016" PRIx64 ", got %016" PRIx64 "): the rules "
                "have changed since the save\n", file, info->drift_turn - 1,
                info->drift_turn, info->drift_expected, info->drift_got);
    return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 1;
}

int cmd_replay(int argc, char **argv)
{
    const char *file = NULL, *seat = NULL;
    int verify = 0, reveal = 0, dashdash = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!dashdash && !strcmp(a, "--")) {
            dashdash = 1;
        } else if (!dashdash && (!strcmp(a, "--help") || !strcmp(a, "-h"))) {
            usage(stdout);
            return 0;
        } else if (!dashdash && !strcmp(a, "--verify")) {
            verify = 1;
        } else if (!dashdash && !strcmp(a, "--reveal")) {
            reveal = 1;
        } else if (!dashdash && !strncmp(a, "--seat=", 7)) {
            seat = a + 7;
        } else if (!dashdash && !strcmp(a, "--seat")) {
            if (i + 1 >= argc) {
                fputs("mandate replay: --seat needs a value (see mandate replay --help)\n", stderr);
                return 2;
            }
            seat = argv[++i];
        } else if (!dashdash && a[0] == '-' && a[1]) {
            fprintf(stderr, "mandate replay: %s: unknown option (see mandate replay --help)\n", a);
            return 2;
        } else if (file) {
            fprintf(stderr, "mandate replay: %s: one file at a time (see mandate replay --help)\n", a);
            return 2;
        } else {
            file = a;
        }
    }
    if (!file) {
        fputs("mandate replay: no file given (see mandate replay --help)\n", stderr);
        return 2;
    }
    if (reveal && seat) {
        fputs("mandate replay: --reveal and --seat exclude each other (see mandate replay "
              "--help)\n",
              stderr);
        return 2;
    }
    struct bundle *b = malloc(sizeof *b);
    struct session *s = malloc(sizeof *s);
    struct errlist *e = malloc(sizeof *e);
    if (!b || !s || !e) {
        fputs("mandate replay: out of memory\n", stderr);
        free(b);
        free(s);
        free(e);
        return 1;
    }
    errlist_init(e);
    struct save_info info;
    int flags = REPLAY_HISTORY | (verify ? REPLAY_VERIFY : 0);
    int status = 1;
    if (session_load(file, b, s, &info, flags, e)) {
        int viewer = viewer_of(file, s, seat, reveal);
        status = viewer < -2 ? 2 : replay_print(file, b, s, &info, verify, viewer);
        session_free(s);
        bundle_free(b);
    }
    errlist_print(e, stderr);
    free(b);
    free(s);
    free(e);
    return status;
}
