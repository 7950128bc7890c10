/* dial_args.c - the command line of a client of mandate serve
 * (dial_args.h). */
#include "dial_args.h"

#include <stdio.h>
#include <string.h>

#include "common.h"
#include "options.h"

enum { OPT_SOCKET = OPTS_LONG, OPT_CONNECT };

int dial_args_parse(struct dial_args *d, const char *cmd, const char *usage, const char *what,
                    int argc, char **argv)
{
    static const struct option longopts[] = {
        OPTS_HELP,
        { "socket", required_argument, NULL, OPT_SOCKET },
        { "connect", required_argument, NULL, OPT_CONNECT },
        { 0 },
    };
    memset(d, 0, sizeof *d);
    struct opts o;
    opts_init(&o, cmd, usage, argc, argv, "", longopts);
    for (int c; (c = opts_next(&o)) != OPTS_END;) {
        switch (c) {
        case OPTS_HELP_SHOWN: return 0;
        case OPTS_ERROR: return 2;
        case OPT_SOCKET: d->a.path = o.arg; break;
        case OPT_CONNECT: d->a.hostport = o.arg; break;
        case OPTS_OPERAND:
            if (d->token)
                return opts_usage(&o, "one TOKEN only ('%s' is a second)", o.arg);
            d->token = o.arg;
            break;
        default: return 2;
        }
    }
    if (!d->token)
        return opts_usage(&o, "the %s TOKEN is missing (mandate serve printed it)", what);
    if (d->a.path && d->a.hostport)
        return opts_usage(&o, "--socket and --connect: give one");
    if (!d->a.path && !d->a.hostport) {
        cli_default_socket(d->def, sizeof d->def);
        d->a.path = d->def;
    }
    return -1;
}

int dial_args_open(const char *cmd, const char *usage, const char *what, int role, int argc,
                   char **argv, struct client **out)
{
    struct dial_args d;
    int rc = dial_args_parse(&d, cmd, usage, what, argc, argv);
    if (rc >= 0)
        return rc;
    char why[CLIENT_ERR];
    *out = client_open_as(&d.a, d.token, role, NULL, why, sizeof why);
    if (!*out) {
        fprintf(stderr, "mandate %s: %s\n", cmd, why);
        return 1;
    }
    return -1;
}
