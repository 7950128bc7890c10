/* cmd_replay.c - `mandate replay FILE [--verify] [--reveal | --seat ID]`:
 * replays a save with no terminal and prints its event log, turn by turn:
 * every event of a finished game (or with --reveal), only the public ones
 * of a game in progress, or those one seat was told (--seat); --verify
 * also checks every turn's checksum and fails at the first turn that
 * drifts. The facilitator's view ends with the controller's journal. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/view.h"
#include "../data/save.h"
#include "../session/load.h"
#include "../session/session.h"
#include "../text/evtext.h"
#include "../text/factext.h"
#include "../text/words.h"
#include "cli.h"
#include "common.h"
#include "options.h"

static const char usage[] =
    "usage: mandate replay FILE [--verify] [--reveal | --seat ID]\n"
    "Replays a saved game (a save, an autosave or a file written by\n"
    "mandate simulate --save) and prints every event, turn by turn, as\n"
    "the facilitator sees them. Of a game still in progress it prints only\n"
    "the public events (every secret withheld, said on stderr), as any\n"
    "seat was told them.\n"
    "  --verify   check the state's checksum after every turn and fail at\n"
    "             the first turn that drifts\n"
    "  --reveal   every event even of a game in progress\n"
    "  --seat ID  only what one contingent (its id or number from 1) was\n"
    "             told, in its words (\"we\"; its secrets marked [secret])\n"
    "Exit status: 0 replayed, 1 bad or drifting file, 2 usage error.\n";

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
    if (viewer >= 0 && viewer < sc->nseats)
        printf("As told to %s (%s), in its words\n", sc->seats[viewer].id,
               sc->seats[viewer].name);
}

/* The events viewer (VIEW_FACILITATOR, VIEW_PUBLIC or a seat) was told,
 * each as it was told and in its voice: the facilitator's names an
 * incident's culprit and knows every inject; a seat's knows the injects
 * it was shown. 0 when out of memory. */
static int print_events(const struct session *s, int viewer)
{
    const struct history *h = s->hist;
    const struct scenario *sc = s->g.sc;
    struct evtext_inject *seen = calloc(MAX_INJECTS, sizeof *seen);
    if (!seen)
        return 0;
    if (viewer == VIEW_FACILITATOR)
        for (int k = 0; k < sc->ninjects; k++)
            evtext_show(seen, k, &sc->injects[k]);
    char line[800];
    for (int k = 0; h && k < h->nevents; k++) {
        struct event e;
        if (!view_event(&h->events[k], viewer, &e))
            continue;
        if (e.kind == EV_INJECT && e.a >= 0 && e.a < sc->ninjects)
            evtext_show(seen, e.a, &sc->injects[e.a]);
        evtext_line(s->g.pub, viewer, seen, &e,
                    viewer == VIEW_FACILITATOR ? evtext_culprit(h->events, h->nevents, k) : -1,
                    line, sizeof line);
        puts(line);
    }
    free(seen);
    return 1;
}

/* The controller's journal (the facilitator's actions and notes), for
 * the facilitator's eyes only: never with --seat nor of a game in
 * progress without --reveal. */
static void print_journal(const struct session *s, int viewer)
{
    const struct record *r = &s->rec;
    const struct scenario *sc = s->g.sc;
    if (viewer != VIEW_FACILITATOR || !r->njournal)
        return;
    printf("Controller's journal:\n");
    char line[LONG_TEXT + NAME_LEN + 200];
    for (int k = 0; k < r->njournal; k++) {
        const struct fac_action *a = &r->journal[k];
        const char *in = a->inject >= 0 && a->inject < sc->ninjects ? sc->injects[a->inject].title
                                                                     : NULL;
        const char *seat = a->seat >= 0 && a->seat < sc->nseats ? sc->seats[a->seat].name : NULL;
        printf("  week %d  %s  %s\n", a->week, a->at[0] ? a->at : "-",
               factext_line(a, in, seat, line, sizeof line));
    }
}

static void print_footer(const struct session *s, const struct save_info *info,
                         int verify)
{
    const struct game *g = &s->g;
    if (g->phase == PHASE_ENDED)
        printf("Ended after turn %d: mandate %s\n", s->rec.nturns,
               words_outcome(g->outcome, g->collapsed));
    else
        printf("Goes on at turn %d%s\n", g->turn,
               info->pending ? " (with confirmed orders pending)" : "");
    if (verify)
        printf(info->turns == 1 ? "Verified: the checksum of its one turn matches\n"
                                : "Verified: the checksums of all %d turns match\n",
               info->turns);
}

/* Prints the replayed game as viewer sees it, and the notes on the save;
 * the exit status. */
static int replay_print(const char *file, const struct bundle *b, const struct session *s,
                        const struct save_info *info, int verify, int viewer)
{
    print_header(b, s, info, viewer);
    if (!print_events(s, viewer)) {
        fprintf(stderr, "mandate replay: out of memory\n");
        return 1;
    }
    print_journal(s, viewer);
    print_footer(s, info, verify);
    if (info->migrated)
        fprintf(stderr, "%s: note: an older save: %d key%s its embedded "
                "files lacked were taken from the current files of %s\n",
                file, info->migrated, words_s(info->migrated),
                data_assets_dir());
    if (info->drift_turn)
        fprintf(stderr, "%s: turns[%d]: note: checksum drift at turn %d "
                "(expected %016" PRIx64 ", got %016" PRIx64 "): the rules "
                "have changed since the save\n", file, info->drift_turn - 1,
                info->drift_turn, info->drift_expected, info->drift_got);
    return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 1;
}

enum { OPT_VERIFY = OPT_VIEW_NEXT };

int cmd_replay(int argc, char **argv)
{
    static const struct option longopts[] = {
        OPTS_HELP, CLI_VIEW_OPTIONS, {"verify", no_argument, NULL, OPT_VERIFY}, {0}};
    struct cli_view_args w = {NULL, 0, NULL};
    int verify = 0;
    struct opts o;
    opts_init(&o, "replay", usage, argc, argv, "", longopts);
    for (int c; (c = opts_next(&o)) != OPTS_END;) {
        int took = cli_view_take(&w, &o, c);
        if (took < 0)
            return 2;
        if (took)
            continue;
        if (c == OPTS_HELP_SHOWN)
            return 0;
        if (c != OPT_VERIFY)
            return 2;
        verify = 1;
    }
    if (!cli_view_check(&w, &o))
        return 2;
    const char *file = w.file;
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
        int viewer = cli_view_viewer(&w, "replay", s);
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
