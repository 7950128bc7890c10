/* cmd_play.c - the terminal game's commands: `mandate` (the title menu),
 * `mandate new` and `mandate load FILE`. */
#include <stdio.h>
#include <string.h>

#include "../ui/ui.h"
#include "cli.h"
#include "common.h"

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

static int save_dir_opt(int argc, char **argv, int *i, struct ui_options *o)
{
    if (!strcmp(argv[*i], "--save-dir") && *i + 1 < argc) {
        o->save_dir = argv[++*i];
        return 1;
    }
    return 0;
}

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
    struct ui_options o;
    memset(&o, 0, sizeof o);
    o.start = UI_NEW;
    o.scenario = DEFAULT_SCENARIO;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            fputs(new_usage, stdout);
            return 0;
        } else if (!strcmp(argv[i], "--scenario") && i + 1 < argc) {
            o.scenario = argv[++i];
        } else if (!strcmp(argv[i], "--seat") && i + 1 < argc) {
            o.seats = argv[++i];
        } else if (!strcmp(argv[i], "--hotseat")) {
            o.hotseat = 1;
        } else if (!strcmp(argv[i], "--seed") && i + 1 < argc) {
            if (!parse_u64(argv[++i], &o.seed)) {
                fprintf(stderr, "mandate new: --seed %s: expected a whole number\n", argv[i]);
                return 2;
            }
            o.have_seed = 1;
        } else if (!save_dir_opt(argc, argv, &i, &o)) {
            fprintf(stderr, "mandate new: %s: unknown option (try mandate new --help)\n",
                    argv[i]);
            return 2;
        }
    }
    if (!o.have_seed) {
        o.seed = seed_from_clock();
        o.have_seed = 1;
    }
    return ui_main(&o);
}

int cmd_load(int argc, char **argv)
{
    struct ui_options o;
    memset(&o, 0, sizeof o);
    o.start = UI_LOAD;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            fputs(load_usage, stdout);
            return 0;
        } else if (save_dir_opt(argc, argv, &i, &o)) {
            continue;
        } else if (argv[i][0] == '-' || o.load) {
            fprintf(stderr, "mandate load: %s: unexpected argument (try mandate load --help)\n",
                    argv[i]);
            return 2;
        } else {
            o.load = argv[i];
        }
    }
    if (!o.load) {
        fputs("mandate load: no file given (try mandate load --help)\n", stderr);
        return 2;
    }
    return ui_main(&o);
}
