/* options.h - a command's options parsed by libc's getopt_long, as in
 * every GNU tool: --opt=value, --opt value, -o value, unambiguous
 * abbreviations (--verif for --verify), and -- before operands that start
 * with '-'. Options and operands (FILEs) may come in any order; operands
 * are given back one by one in the order they were written, never
 * permuted (whatever POSIXLY_CORRECT says). A usage error is one line on
 * stderr, "mandate CMD: ... (see mandate CMD --help)", and status 2.
 *
 *     static const struct option longopts[] = {
 *         OPTS_HELP, {"verify", no_argument, NULL, OPT_VERIFY}, {0}};
 *     struct opts o;
 *     opts_init(&o, "replay", usage, argc, argv, "", longopts);
 *     for (int c; (c = opts_next(&o)) != OPTS_END;)
 *         switch (c) {
 *         case OPTS_HELP_SHOWN: return 0;
 *         case OPTS_ERROR: return 2;
 *         case OPTS_OPERAND: file = o.arg; break;
 *         case OPT_VERIFY: ...
 *         }
 *
 * getopt_long keeps its state in libc's globals (optind, optarg): one
 * command parses at a time, and opts_init starts getopt afresh. */
#ifndef MANDATE_CLI_OPTIONS_H
#define MANDATE_CLI_OPTIONS_H

#include <getopt.h>

/* What opts_next returns besides an option's val (long-only options
 * take vals from OPTS_LONG up, so they never clash with a short letter). */
enum {
    OPTS_END = -1,             /* no more arguments */
    OPTS_OPERAND = 1,          /* an operand, in o->arg */
    OPTS_ERROR = '?',          /* a usage error: its line is printed */
    OPTS_HELP_SHOWN = 'h',     /* --help or -h: the usage is printed */
    OPTS_LONG = 256
};

/* The --help (-h) option every command has. */
#define OPTS_HELP {"help", no_argument, NULL, 'h'}

struct opts {
    const char *cmd;                 /* "replay": in messages */
    const char *verb;                /* "export" of "msel export", named after
                                        cmd in messages; NULL: none */
    const char *usage;               /* printed on stdout by --help */
    int argc;
    char **argv;                     /* argv[0] is the command's name */
    const struct option *longopts;   /* ends with {0} */
    char shortopts[32];              /* "-:h" and the short options */
    int ended;                       /* getopt_long is done: operands follow */
    const char *arg;                 /* the option's value, or the operand */
};

/* Starts parsing argv for cmd; shortopts as getopt's ("o:"), -h is
 * added. */
void opts_init(struct opts *o, const char *cmd, const char *usage, int argc, char **argv,
               const char *shortopts, const struct option *longopts);

/* The next option's val (its value, if any, in o->arg), OPTS_OPERAND,
 * OPTS_HELP_SHOWN after printing the usage, OPTS_ERROR after printing a
 * usage error (an unknown or ambiguous option, a missing or unwanted
 * value), or OPTS_END. */
int opts_next(struct opts *o);

/* Prints "mandate CMD: MESSAGE (see mandate CMD --help)" on stderr
 * ("mandate CMD VERB: ..." when o->verb is set); returns 2, the status
 * of a usage error. */
int opts_usage(const struct opts *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
