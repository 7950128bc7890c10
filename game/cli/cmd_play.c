/* cmd_play.c - the terminal game's commands: `mandate` (the title menu),
 * `mandate new` and `mandate load FILE`. */
#include <stdio.h>
#include <string.h>

#include "../ui/ui.h"
#include "cli.h"
#include "common.h"
#include "options.h"

static const char new_usage[] =
    "usage: mandate new [--scenario NAME|FILE] [--seat ID[,ID...]] [--hotseat]\n"
    "                   [--seed N] [--save-dir DIR]\n"
    "Starts a game in the terminal. --seat names the human contingents (ids or\n"
    "numbers from 1; default: the first); the others are played by their\n"
    "scenario's AI personality. Several seats, or --hotseat (every seat when\n"
    "no --seat is given), make a hot-seat game on one terminal. Autosaves go to\n"
    "--save-dir (default: $MANDATE_SAVE_DIR, else saves/ in the source folder,\n"
    "or ~/.local/share/mandate/saves when installed). In the game, ? lists\n"
    "every key. Exit status 1 when the game was left unsaved (a save failed and\n"
    "the players went on or quit without one); the last line says what is lost.\n"
    "\n"
    "Examples:\n"
    "  mandate new --scenario tutorial --seat alvar    a short classroom game\n"
    "  mandate new --seat kestria,morvane --hotseat    two players, one keyboard\n"
    "  mandate new --seed 42 --save-dir /tmp/workshop  a fixed game, saves elsewhere\n";

static const char load_usage[] =
    "usage: mandate load FILE [--save-dir DIR]\n"
    "Resumes a saved game in the terminal (see mandate new --help; the same\n"
    "exit status). FILE is a save: an autosave, or one written with S; the\n"
    "game names it when you quit.\n";

enum { OPT_SCENARIO = OPTS_LONG, OPT_SEATS, OPT_HOTSEAT, OPT_SEED, OPT_SAVE_DIR };
#define SAVE_DIR_OPTION {"save-dir", required_argument, NULL, OPT_SAVE_DIR}

int cmd_title(int argc, char **argv)
{
    (void)argc, (void)argv;
    struct ui_options o;
    memset(&o, 0, sizeof o);
    o.start = UI_TITLE;
    return ui_main(&o);
}

int cmd_new(int argc, char **argv)
{
    static const struct option longopts[] = {
        OPTS_HELP,
        {"scenario", required_argument, NULL, OPT_SCENARIO},
        {"seat", required_argument, NULL, OPT_SEATS},
        {"hotseat", no_argument, NULL, OPT_HOTSEAT},
        {"seed", required_argument, NULL, OPT_SEED},
        SAVE_DIR_OPTION,
        {0},
    };
    struct ui_options u;
    memset(&u, 0, sizeof u);
    u.start = UI_NEW;
    u.scenario = DEFAULT_SCENARIO;
    struct opts o;
    opts_init(&o, "new", new_usage, argc, argv, "", longopts);
    for (int c; (c = opts_next(&o)) != OPTS_END;) {
        switch (c) {
        case OPTS_HELP_SHOWN:
            return 0;
        case OPT_SCENARIO:
            u.scenario = o.arg;
            break;
        case OPT_SEATS:
            u.seats = o.arg;
            break;
        case OPT_HOTSEAT:
            u.hotseat = 1;
            break;
        case OPT_SEED:
            if (!parse_u64(o.arg, &u.seed))
                return opts_usage(&o, "--seed %s: expected a whole number", o.arg);
            u.have_seed = 1;
            break;
        case OPT_SAVE_DIR:
            u.save_dir = o.arg;
            break;
        case OPTS_OPERAND:
            return opts_usage(&o, "%s: unexpected argument", o.arg);
        default:
            return 2;
        }
    }
    if (!u.have_seed) {
        u.seed = seed_from_clock();
        u.have_seed = 1;
    }
    return ui_main(&u);
}

int cmd_load(int argc, char **argv)
{
    static const struct option longopts[] = {OPTS_HELP, SAVE_DIR_OPTION, {0}};
    struct ui_options u;
    memset(&u, 0, sizeof u);
    u.start = UI_LOAD;
    struct opts o;
    opts_init(&o, "load", load_usage, argc, argv, "", longopts);
    for (int c; (c = opts_next(&o)) != OPTS_END;) {
        switch (c) {
        case OPTS_HELP_SHOWN:
            return 0;
        case OPT_SAVE_DIR:
            u.save_dir = o.arg;
            break;
        case OPTS_OPERAND:
            if (u.load)
                return opts_usage(&o, "%s: one file at a time", o.arg);
            u.load = o.arg;
            break;
        default:
            return 2;
        }
    }
    if (!u.load)
        return opts_usage(&o, "no file given");
    return ui_main(&u);
}
