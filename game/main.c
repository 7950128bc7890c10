/* main.c - the mandate program: dispatches to the subcommands. */
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "config.h"

static const char usage[] =
    "usage: mandate [COMMAND] [OPTIONS]\n"
    "\n"
    "A terminal tabletop exercise: national contingents of a peacekeeping\n"
    "mission carry out its mandate together, and spy on each other.\n"
    "\n"
    "Commands:\n"
    "  (none)      the title menu\n"
    "  new         start a game:      mandate new --scenario lakeland --seat kestria\n"
    "  load FILE   resume a save:     mandate load saves/autosave-1.json\n"
    "  simulate    AI-vs-AI batches:  mandate simulate --games 100 --seed 7 --json\n"
    "  replay FILE replay a save:     mandate replay saves/game.json --verify\n"
    "  report FILE after-action report: mandate report saves/game.json --format html -o aar.html\n"
    "  validate    check data files:  mandate validate assets/scenarios/lakeland.json\n"
    "  bench       speed figures:     mandate bench\n"
    "  --help      this text; COMMAND --help for a command's options\n"
    "  --version   the version\n";

int main(int argc, char **argv)
{
    setlocale(LC_ALL, "");
    signal(SIGPIPE, SIG_IGN);    /* a closed pipe becomes a write error */
    if (argc < 2)
        return cmd_title(argc, argv);
    const char *cmd = argv[1];
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
        fputs(usage, stdout);
        return 0;
    }
    if (!strcmp(cmd, "--version")) {
        printf("mandate %s\n", MANDATE_VERSION);
        return 0;
    }
    if (!strcmp(cmd, "validate"))
        return cmd_validate(argc - 1, argv + 1);
    if (!strcmp(cmd, "simulate"))
        return cmd_simulate(argc - 1, argv + 1);
    if (!strcmp(cmd, "bench"))
        return cmd_bench(argc - 1, argv + 1);
    if (!strcmp(cmd, "new"))
        return cmd_new(argc - 1, argv + 1);
    if (!strcmp(cmd, "load"))
        return cmd_load(argc - 1, argv + 1);
    if (!strcmp(cmd, "replay")) return cmd_replay(argc - 1, argv + 1);
    if (!strcmp(cmd, "report")) return cmd_report(argc - 1, argv + 1);
    fprintf(stderr, "mandate: %s: unknown command (try mandate --help)\n", cmd);
    return 2;
}
