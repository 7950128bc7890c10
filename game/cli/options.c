/* options.c - a command's options parsed by getopt_long. */
#include "options.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void opts_init(struct opts *o, const char *cmd, const char *usage, int argc, char **argv,
               const char *shortopts, const struct option *longopts)
{
    memset(o, 0, sizeof *o);
    o->cmd = cmd;
    o->usage = usage;
    o->argc = argc;
    o->argv = argv;
    o->longopts = longopts;
    /* '-': operands come back in order (never permuted); ':': a missing
     * value is told apart from an unknown option, and getopt prints
     * nothing itself */
    snprintf(o->shortopts, sizeof o->shortopts, "-:h%s", shortopts);
    optind = 0;                /* glibc: start afresh, whatever came before */
    opterr = 0;
}

int opts_usage(const struct opts *o, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "mandate %s%s%s: ", o->cmd, o->verb ? " " : "", o->verb ? o->verb : "");
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, " (see mandate %s --help)\n", o->cmd);
    return 2;
}

/* The long option whose val is val, or NULL. */
static const struct option *by_val(const struct opts *o, int val)
{
    for (const struct option *l = o->longopts; l->name; l++)
        if (l->val == val)
            return l;
    return NULL;
}

/* The argument getopt has just refused, without any "=value". */
static void refused(const struct opts *o, char *buf, size_t n)
{
    const char *a = optind > 0 && optind <= o->argc ? o->argv[optind - 1] : "?";
    snprintf(buf, n, "%.*s", (int)strcspn(a, "="), a);
}

/* An unknown or ambiguous long option: its line. */
static int bad_long(const struct opts *o)
{
    char name[64], alts[256] = "";
    refused(o, name, sizeof name);
    size_t len = strlen(name + 2), k = 0;
    int n = 0;
    for (const struct option *l = o->longopts; l->name; l++)
        if (!strncmp(l->name, name + 2, len) && k < sizeof alts) {
            k += (size_t)snprintf(alts + k, sizeof alts - k, "%s--%s", n ? ", " : "", l->name);
            n++;
        }
    if (n > 1)
        return opts_usage(o, "%s: ambiguous option: %s", name, alts);
    return opts_usage(o, "%s: unknown option", name);
}

int opts_next(struct opts *o)
{
    if (o->ended) {
        if (optind >= o->argc)
            return OPTS_END;
        o->arg = o->argv[optind++];
        return OPTS_OPERAND;
    }
    int c = getopt_long(o->argc, o->argv, o->shortopts, o->longopts, NULL);
    o->arg = optarg;
    const struct option *l = c == ':' || c == '?' ? by_val(o, optopt) : NULL;
    char name[64];
    switch (c) {
    case -1:                   /* the end, or "--": the rest are operands */
        o->ended = 1;
        return opts_next(o);
    case 'h':
        fputs(o->usage, stdout);
        return OPTS_HELP_SHOWN;
    case ':':                  /* a value missing */
        refused(o, name, sizeof name);
        if (strncmp(name, "--", 2) != 0 || !l)
            snprintf(name, sizeof name, "-%c", optopt);
        else
            snprintf(name, sizeof name, "--%s", l->name);
        opts_usage(o, "%s needs a value", name);
        return OPTS_ERROR;
    case '?':
        if (optopt == 0)       /* a long option unknown or ambiguous */
            bad_long(o);
        else if (l)            /* a value given to a long option without one */
            opts_usage(o, "--%s takes no value", l->name);
        else
            opts_usage(o, "-%c: unknown option", optopt);
        return OPTS_ERROR;
    default:
        return c;
    }
}
