/* cli.c - the table of commands and the program's usage written from it. */
#include "cli.h"

#include <string.h>

static const struct command commands[] = {
    {"new", "", "start a game in the terminal",
     "mandate new --scenario lakeland --seat kestria", cmd_new},
    {"load", "FILE", "resume a saved game", "mandate load saves/game.json", cmd_load},
    {"serve", "", "hold a game for teams at their own terminals",
     "mandate serve --seats kestria,morvane --deadline 600", cmd_serve},
    {"join", "TOKEN", "join a game that mandate serve runs, as a team",
     "mandate join --socket /tmp/workshop.sock 3f0c9a2b7d41e8c56a0b9d3e7f21c4e9", cmd_join},
    {"facilitate", "TOKEN", "the facilitator's console for a game mandate serve runs",
     "mandate facilitate --socket /tmp/workshop.sock 9b1d5e0a6c3f47d2b8e19a4c0f6d07c2",
     cmd_facilitate},
    {"board", "TOKEN", "the projector board of a game that mandate serve runs",
     "mandate board --socket /tmp/workshop.sock 9b1e5d0c3a7f26e84d1c0b9a5e3f04c7", cmd_board},
    {"simulate", "", "AI-vs-AI batches and their summary",
     "mandate simulate --games 100 --seed 7 --json", cmd_simulate},
    {"replay", "FILE", "replay a save and print its events",
     "mandate replay saves/game.json --verify", cmd_replay},
    {"report", "FILE", "the after-action report of a save",
     "mandate report saves/game.json --format html -o aar.html", cmd_report},
    {"handout", "", "a contingent's role brief to print",
     "mandate handout --scenario tutorial --seat alvar --format html -o alvar.html",
     cmd_handout},
    {"validate", "FILE...", "check data files",
     "mandate validate assets/scenarios/lakeland.json", cmd_validate},
    {"msel", "export|import", "a scenario's injects as a spreadsheet",
     "mandate msel export lakeland -o lakeland.csv", cmd_msel},
    {"bench", "", "speed and memory figures", "mandate bench", cmd_bench},
    /* the words the bash completion offers: its interface to mandate,
     * documented in the man page, never typed by a player */
    {"complete", "WHAT", "words for the shell completion",
     "mandate complete scenarios", cmd_complete, 1},
};
#define NCOMMANDS ((int)(sizeof commands / sizeof commands[0]))

const struct command *cli_find(const char *name)
{
    for (int i = 0; i < NCOMMANDS; i++)
        if (!strcmp(commands[i].name, name))
            return &commands[i];
    return NULL;
}

/* "NAME OPERANDS" of c into buf[n]; its length. */
static int head(const struct command *c, char *buf, size_t n)
{
    return snprintf(buf, n, "%s%s%s", c->name, *c->operands ? " " : "", c->operands);
}

void cli_help(FILE *f)
{
    char buf[64];
    int w = (int)strlen("--version");
    for (int i = 0; i < NCOMMANDS; i++) {
        if (commands[i].hidden)
            continue;
        int n = head(&commands[i], buf, sizeof buf);
        w = n > w ? n : w;
    }
    fputs("usage: mandate [COMMAND] [OPTIONS]\n"
          "\n"
          "A terminal tabletop exercise: national contingents of a peacekeeping\n"
          "mission carry out its mandate together, and spy on each other.\n"
          "\n"
          "Commands:\n",
          f);
    fprintf(f, "  %-*s  %s\n", w, "(none)", "the title menu");
    for (int i = 0; i < NCOMMANDS; i++) {
        const struct command *c = &commands[i];
        if (c->hidden)
            continue;
        head(c, buf, sizeof buf);
        fprintf(f, "  %-*s  %s\n  %-*s    %s\n", w, buf, c->summary, w, "", c->example);
    }
    fprintf(f, "  %-*s  %s\n  %-*s  %s\n", w, "--help",
            "this text; mandate COMMAND --help: a command's options", w, "--version",
            "the version");
    fputs("Options go before or after FILEs: --opt value or --opt=value, any\n"
          "unambiguous abbreviation (--sc for --scenario), and -- before a FILE\n"
          "that starts with '-'.\n",
          f);
}
