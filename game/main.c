/* main.c - the mandate program: dispatches to the subcommands. */
#include <errno.h>
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
    "  msel        injects as a spreadsheet: mandate msel export lakeland -o lakeland.csv\n"
    "  bench       speed figures:     mandate bench\n"
    "  --help      this text; COMMAND --help for a command's options\n"
    "  --version   the version\n";

/* Runs one command. */
static int dispatch(int argc, char **argv)
{
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
    if (!strcmp(cmd, "msel"))
        return cmd_msel(argc - 1, argv + 1);
    if (!strcmp(cmd, "complete"))
        return cmd_complete(argc - 1, argv + 1);
    fprintf(stderr, "mandate: %s: unknown command (try mandate --help)\n", cmd);
    return 2;
}

int main(int argc, char **argv)
{
    setlocale(LC_ALL, "");
    signal(SIGPIPE, SIG_IGN);    /* a closed pipe becomes a write error */
    int status = dispatch(argc, argv);
    /* Whatever the command, what it printed must have been written (a
     * full disk, /dev/full, a closed pipe): else one line says so here,
     * and the status is not 0. */
    errno = 0;
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "mandate: standard output: %s\n",
                errno ? strerror(errno) : "write failed");
        if (status == 0)
            status = 1;
    }
    return status;
}
