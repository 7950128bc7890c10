/* dial_args.h - the command line of a client of mandate serve (join,
 * board): [--socket PATH | --connect HOST:PORT] TOKEN, with the default
 * socket when neither is given. */
#ifndef MANDATE_CLI_DIAL_ARGS_H
#define MANDATE_CLI_DIAL_ARGS_H

#include <stddef.h>

#include "../net/client.h"

struct dial_args {
    struct client_addr a;
    const char *token;
    char def[256];               /* the default socket's path */
};

/* Parses argv for command cmd (usage: its --help text; what: whose token,
 * in words, for the message when it is missing). -1 parsed into d, else
 * the exit status (0 after --help, 2 a usage error, said on stderr). */
int dial_args_parse(struct dial_args *d, const char *cmd, const char *usage, const char *what,
                    int argc, char **argv);

/* Parses argv as dial_args_parse does, then connects with the token's
 * role (enum proto_role): -1 with the connection in *out, else the exit
 * status (0 after --help, 2 a usage error, 1 no connection: the reason
 * said on stderr). */
int dial_args_open(const char *cmd, const char *usage, const char *what, int role, int argc,
                   char **argv, struct client **out);

#endif
