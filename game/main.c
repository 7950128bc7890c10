/* main.c - the mandate program: runs the command its first argument
 * names (cli/cli.c's table). */
#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "config.h"

/* Runs one command. */
static int dispatch(int argc, char **argv)
{
    if (argc < 2)
        return cmd_title(argc, argv);
    const char *name = argv[1];
    if (!strcmp(name, "--help") || !strcmp(name, "-h") || !strcmp(name, "help")) {
        cli_help(stdout);
        return 0;
    }
    if (!strcmp(name, "--version")) {
        printf("mandate %s\n", MANDATE_VERSION);
        return 0;
    }
    const struct command *c = cli_find(name);
    if (!c) {
        fprintf(stderr, "mandate: %s: unknown command (try mandate --help)\n", name);
        return 2;
    }
    return c->run(argc - 1, argv + 1);
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
