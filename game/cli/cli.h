/* cli.h - the commands of the mandate program: one table (cli.c) of each
 * command's name, operands, one-line summary, an example and the function
 * that runs it. main() looks a command up by name; `mandate --help` is
 * written from the table. Every command parses its options with
 * options.h (getopt_long) and has --help. */
#ifndef MANDATE_CLI_H
#define MANDATE_CLI_H

#include <stdio.h>

struct command {
    const char *name;            /* "replay" */
    const char *operands;        /* "FILE", or "" */
    const char *summary;         /* one line, lower case, no full stop */
    const char *example;         /* a whole command line that works */
    /* Runs the command on argv[0..argc) (argv[0] its name); returns the
     * exit status: 0, 1 for a failure, 2 for a usage error. */
    int (*run)(int argc, char **argv);
    int hidden;                  /* 1: left out of --help (plumbing for
                                    the shell completion, not for players) */
};

/* The command called name, or NULL. */
const struct command *cli_find(const char *name);

/* The program's usage: every command but the hidden ones, with its
 * summary and example. */
void cli_help(FILE *f);

/* `mandate` alone: the title menu. */
int cmd_title(int argc, char **argv);

int cmd_new(int argc, char **argv);
int cmd_load(int argc, char **argv);
int cmd_serve(int argc, char **argv);
int cmd_simulate(int argc, char **argv);
int cmd_replay(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_handout(int argc, char **argv);
int cmd_validate(int argc, char **argv);
int cmd_bench(int argc, char **argv);
int cmd_complete(int argc, char **argv);
int cmd_msel(int argc, char **argv);
int cmd_join(int argc, char **argv);
int cmd_facilitate(int argc, char **argv);
int cmd_board(int argc, char **argv);

#endif
