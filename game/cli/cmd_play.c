/* cmd_play.c - the terminal game's commands: `mandate` (the title menu),
 * `mandate new` and `mandate load FILE`. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../ai/ai.h"
#include "../session/host.h"
#include "../ui/lobby.h"
#include "../ui/ui.h"
#include "cli.h"
#include "common.h"
#include "options.h"

static const char new_usage[] =
    "usage: mandate new [--scenario NAME|FILE] [--seat ID[,ID...]] [--hotseat]\n"
    "                   [--team SEAT=NAME]... [--facilitator] [--seed N]\n"
    "                   [--ai SEAT=PERSONALITY[:LEVEL]]... [--think MS]\n"
    "                   [--save-dir DIR]\n"
    "Starts a game in the terminal. --seat names the human contingents (ids or\n"
    "numbers from 1; default: the first); the others are played by their\n"
    "scenario's AI personality. Several seats, or --hotseat (every seat when\n"
    "no --seat is given), make a hot-seat game on one terminal. --team names a\n"
    "human seat's team (one line, at most 39 columns; default: the contingent's\n"
    "name) for the hand-over, the result, the debrief and the report; give it\n"
    "once per team. --ai sets an AI seat to a personality of assets/ai/ at a\n"
    "level (novice, standard, expert, master); --think MS gives a master seat\n"
    "that many milliseconds per decision (1-1000, default 2). --facilitator\n"
    "adds the facilitator's console (the whole truth: fire, hold or release\n"
    "injects, messages, pause, deadline, resolve now, seats human or AI, notes,\n"
    "rewind) as a seat of its own, behind the curtain, at the start of each\n"
    "week. Autosaves go to\n"
    "--save-dir (default: $MANDATE_SAVE_DIR, else saves/ in the source folder,\n"
    "or ~/.local/share/mandate/saves when installed). In the game, ? lists\n"
    "every key. Exit status 1 when the game was left unsaved (a save failed and\n"
    "the players went on or quit without one); the last line says what is lost.\n"
    "\n"
    "Examples:\n"
    "  mandate new --scenario tutorial --seat alvar    a short classroom game\n"
    "  mandate new --seat kestria,morvane --hotseat    two players, one keyboard\n"
    "  mandate new --scenario tutorial --team alvar=Eagles  a team with a name\n"
    "  mandate new --seed 42 --save-dir /tmp/workshop  a fixed game, saves elsewhere\n"
    "  mandate new --seat kestria --facilitator       a team and its facilitator\n"
    "  mandate new --ai morvane=opportunist_collector:master  a rival that looks ahead\n";

static const char load_usage[] =
    "usage: mandate load FILE [--facilitator] [--save-dir DIR]\n"
    "Resumes a saved game in the terminal (see mandate new --help; the same\n"
    "exit status). FILE is a save: an autosave, or one written with S; the\n"
    "game names it when you quit.\n";

enum { OPT_SCENARIO = OPTS_LONG, OPT_SEATS, OPT_HOTSEAT, OPT_SEED, OPT_SAVE_DIR, OPT_FAC,
       OPT_TEAM, OPT_AI, OPT_THINK };
#define SAVE_DIR_OPTION {"save-dir", required_argument, NULL, OPT_SAVE_DIR}
#define FAC_OPTION {"facilitator", no_argument, NULL, OPT_FAC}

/* The human seats of spec ("ID[,ID...]" or numbers from 1; NULL: the
 * first, or every one with hotseat) into human; 0 after a usage line. */
static int parse_seats(const struct scenario *sc, const char *spec, int hotseat, int *human)
{
    for (int i = 0; i < MAX_SEATS; i++)
        human[i] = 0;
    if (!spec) {
        for (int i = 0; i < sc->nseats; i++)
            human[i] = hotseat || i == 0;
        return 1;
    }
    char buf[256];
    snprintf(buf, sizeof buf, "%s", spec);
    for (char *tok = strtok(buf, ","); tok; tok = strtok(NULL, ",")) {
        int s = cli_seat(sc, tok);
        if (s < 0) {
            fprintf(stderr, "mandate new: --seat %s: no contingent '%s' in %s (it has:", spec,
                    tok, sc->id);
            for (int i = 0; i < sc->nseats; i++)
                fprintf(stderr, " %s", sc->seats[i].id);
            fputs(")\n", stderr);
            return 0;
        }
        human[s] = 1;
    }
    return 1;
}

/* The AI seats' personalities and levels of the --ai specs into pers and
 * level (NULL and -1 for a seat not named); 0 after a usage line. */
static int set_ais(const struct bundle *b, const int *human, const char *const *specs,
                   int nspecs, const struct personality **pers, int *level)
{
    for (int i = 0; i < MAX_SEATS; i++)
        level[i] = -1;
    for (int k = 0; k < nspecs; k++) {
        int seat, lv;
        const struct personality *p;
        if (!parse_ai_spec("new", b, specs[k], &seat, &p, &lv))
            return 0;
        if (human[seat]) {
            fprintf(stderr, "mandate new: --ai %s: %s is a human seat (--seat)\n", specs[k],
                    b->sc->seats[seat].id);
            return 0;
        }
        pers[seat] = p;
        level[seat] = lv;
    }
    return 1;
}

/* Plays l (set up when ok, its errors in e printed; with the
 * facilitator's console when fac) in the terminal, then frees it; the
 * exit status. */
static int play(struct lobby *l, int ok, struct errlist *e, int fac)
{
    errlist_print(e, stderr);
    free(e);
    int status = 1;
    if (ok) {
        l->facilitator = fac;
        struct ui_options o = { l };
        status = ui_main(&o);
    }
    lobby_free(l);
    return status;
}

/* A new error list, or NULL after saying so. */
static struct errlist *new_errlist(void)
{
    struct errlist *e = malloc(sizeof *e);
    if (e)
        errlist_init(e);
    else
        fputs("mandate: out of memory\n", stderr);
    return e;
}

int cmd_title(int argc, char **argv)
{
    (void)argc, (void)argv;
    struct lobby l;
    memset(&l, 0, sizeof l);
    struct errlist *e = new_errlist();
    return e ? play(&l, 1, e, 0) : 1;
}

int cmd_new(int argc, char **argv)
{
    static const struct option longopts[] = {
        OPTS_HELP,
        {"scenario", required_argument, NULL, OPT_SCENARIO},
        {"seat", required_argument, NULL, OPT_SEATS},
        {"hotseat", no_argument, NULL, OPT_HOTSEAT},
        {"seed", required_argument, NULL, OPT_SEED},
        {"team", required_argument, NULL, OPT_TEAM},
        {"ai", required_argument, NULL, OPT_AI},
        {"think", required_argument, NULL, OPT_THINK},
        SAVE_DIR_OPTION,
        FAC_OPTION,
        {0},
    };
    const char *scenario = DEFAULT_SCENARIO, *seats = NULL;
    const char *teams[MAX_SEATS], *specs[MAX_SEATS];
    int hotseat = 0, have_seed = 0, fac = 0, nteams = 0, nspecs = 0, think = 0;
    uint64_t seed = 0;
    struct opts o;
    opts_init(&o, "new", new_usage, argc, argv, "", longopts);
    for (int c; (c = opts_next(&o)) != OPTS_END;) {
        switch (c) {
        case OPTS_HELP_SHOWN:
            return 0;
        case OPT_SCENARIO:
            scenario = o.arg;
            break;
        case OPT_SEATS:
            seats = o.arg;
            break;
        case OPT_HOTSEAT:
            hotseat = 1;
            break;
        case OPT_FAC:
            fac = 1;
            break;
        case OPT_TEAM:
            if (nteams == MAX_SEATS)
                return opts_usage(&o, "--team: at most %d teams", MAX_SEATS);
            teams[nteams++] = o.arg;
            break;
        case OPT_AI:
            if (nspecs == MAX_SEATS)
                return opts_usage(&o, "--ai: at most %d seats", MAX_SEATS);
            specs[nspecs++] = o.arg;
            break;
        case OPT_THINK:
            if (!parse_int(o.arg, 1, AI_THINK_MAX, &think))
                return opts_usage(&o, "--think %s: expected milliseconds per master decision "
                                  "1-%d", o.arg, AI_THINK_MAX);
            break;
        case OPT_SEED:
            if (!parse_u64(o.arg, &seed))
                return opts_usage(&o, "--seed %s: expected a whole number", o.arg);
            have_seed = 1;
            break;
        case OPT_SAVE_DIR:
            save_set_dir(o.arg);
            break;
        case OPTS_OPERAND:
            return opts_usage(&o, "%s: unexpected argument", o.arg);
        default:
            return 2;
        }
    }
    if (!have_seed)
        seed = seed_from_clock();
    struct lobby l;
    memset(&l, 0, sizeof l);
    struct errlist *e = new_errlist();
    if (!e)
        return 1;
    int human[MAX_SEATS], level[MAX_SEATS], ok = 0;
    const struct personality *pers[MAX_SEATS] = {0};
    l.think = think;
    if (lobby_load_bundle(&l, scenario, e) && parse_seats(l.b.sc, seats, hotseat, human)) {
        if (!set_ais(&l.b, human, specs, nspecs, pers, level)) {
            free(e);
            lobby_free(&l);
            return 2;
        }
        lobby_start(&l, human, pers, level, seed);
        ok = 1;
        if (!cli_set_teams(&o, l.h, l.b.sc, human, "--seat", teams, nteams)) {
            errlist_print(e, stderr);
            free(e);
            lobby_free(&l);
            return 2;
        }
    }
    return play(&l, ok, e, fac);
}

int cmd_load(int argc, char **argv)
{
    static const struct option longopts[] = {OPTS_HELP, SAVE_DIR_OPTION, FAC_OPTION, {0}};
    const char *file = NULL;
    int fac = 0;
    struct opts o;
    opts_init(&o, "load", load_usage, argc, argv, "", longopts);
    for (int c; (c = opts_next(&o)) != OPTS_END;) {
        switch (c) {
        case OPTS_HELP_SHOWN:
            return 0;
        case OPT_SAVE_DIR:
            save_set_dir(o.arg);
            break;
        case OPT_FAC:
            fac = 1;
            break;
        case OPTS_OPERAND:
            if (file)
                return opts_usage(&o, "%s: one file at a time", o.arg);
            file = o.arg;
            break;
        default:
            return 2;
        }
    }
    if (!file)
        return opts_usage(&o, "no file given");
    struct lobby l;
    memset(&l, 0, sizeof l);
    struct errlist *e = new_errlist();
    if (!e)
        return 1;
    int ok = lobby_load(&l, file, e);
    return play(&l, ok, e, fac);
}
