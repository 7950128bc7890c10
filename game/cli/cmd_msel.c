/* cmd_msel.c - "mandate msel export SCENARIO [-o FILE.csv]" and "mandate
 * msel import FILE.csv --scenario SCENARIO [-o NEW.json]": a scenario's
 * injects to and from a spreadsheet (CSV). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../data/data.h"
#include "../data/msel.h"
#include "cli.h"
#include "options.h"
#include "output.h"

static const char usage_text[] =
    "usage: mandate msel export SCENARIO [-o FILE.csv]\n"
    "       mandate msel import FILE.csv --scenario SCENARIO [-o NEW.json]\n"
    "The master scenario events list (MSEL) of a scenario - its injects, one\n"
    "row each - as a spreadsheet: RFC 4180 CSV in UTF-8, which LibreOffice\n"
    "Calc and Excel open and save. export writes it; import reads one back\n"
    "into SCENARIO (a name or a file) in place of its injects, checks the\n"
    "result as mandate validate does and writes the new scenario. A bad cell\n"
    "is reported as FILE.csv:ROW:COLUMN: message. -o writes to a file\n"
    "(atomically) instead of standard output. The columns and the syntax of\n"
    "the Trigger, Effects and Choices cells are in assets/FORMAT.md.\n"
    "Exit status: 0 written, 1 bad input or unwritable output, 2 usage error.\n";

struct text {
    const char *p;
    size_t n;
};

static int emit_text(FILE *f, void *arg)
{
    const struct text *t = arg;
    return fwrite(t->p, 1, t->n, f) == t->n;
}

/* Prints the errors; 1 (the exit status). */
static int failed(struct errlist *e)
{
    errlist_print(e, stderr);
    free(e);
    return 1;
}

enum { OPT_SCENARIO = OPTS_LONG };

/* The verb's operand and options (see usage_text) from o: 1, or 0 after
 * a usage error line or the usage (*status says which). */
static int verb_args(struct opts *o, int export, const char **file, const char **scenario,
                     const char **out, int *status)
{
    *status = 2;
    for (int c; (c = opts_next(o)) != OPTS_END;) {
        switch (c) {
        case OPTS_HELP_SHOWN:
            *status = 0;
            return 0;
        case 'o':
            *out = o->arg;
            break;
        case OPT_SCENARIO:
            *scenario = o->arg;
            break;
        case OPTS_OPERAND:
            if (*file) {
                opts_usage(o, "%s: one file at a time", o->arg);
                return 0;
            }
            *file = o->arg;
            break;
        default:
            return 0;
        }
    }
    if (!*file)
        opts_usage(o, "%s", export ? "no scenario given" : "no CSV file given");
    else if (!export && !*scenario)
        opts_usage(o, "--scenario SCENARIO is needed: the scenario the events go into");
    else
        return 1;
    return 0;
}

int cmd_msel(int argc, char **argv)
{
    static const struct option no_verb[] = {OPTS_HELP, {0}};
    static const struct option export_opts[] = {
        OPTS_HELP,
        {"output", required_argument, NULL, 'o'},
        {0},
    };
    static const struct option import_opts[] = {
        OPTS_HELP,
        {"scenario", required_argument, NULL, OPT_SCENARIO},
        {"output", required_argument, NULL, 'o'},
        {0},
    };
    /* the verb: the first operand (only --help may come before it) */
    struct opts o;
    opts_init(&o, "msel", usage_text, argc, argv, "", no_verb);
    int c = opts_next(&o);
    if (c == OPTS_HELP_SHOWN)
        return 0;
    if (c == OPTS_ERROR)
        return 2;
    if (c != OPTS_OPERAND)
        return opts_usage(&o, "nothing: expected export or import");
    const char *verb = o.arg;
    int export = !strcmp(verb, "export");
    if (!export && strcmp(verb, "import"))
        return opts_usage(&o, "%s: expected export or import", verb);
    /* the verb's options: argv from the verb on (optind is past it) */
    int at = optind - 1;
    opts_init(&o, "msel", usage_text, argc - at, argv + at, "o:",
              export ? export_opts : import_opts);
    o.verb = verb;
    const char *file = NULL, *scenario = NULL, *out = NULL;
    int status;
    if (!verb_args(&o, export, &file, &scenario, &out, &status))
        return status;
    char path[4096];
    const char *sc = export ? file : scenario;
    if (!data_scenario_path(sc, path, sizeof path)) {
        fprintf(stderr, "mandate msel %s: %s: scenario name too long\n", verb, sc);
        return 2;
    }
    struct errlist *e = malloc(sizeof *e);
    if (!e) {
        fputs("mandate msel: out of memory\n", stderr);
        return 1;
    }
    errlist_init(e);
    struct text t;
    char *doc;
    if (export) {
        doc = msel_export(path, &t.n, e);
    } else {
        doc = msel_import(file, path, e);
        t.n = doc ? strlen(doc) : 0;
    }
    if (!doc)
        return failed(e);
    t.p = doc;
    int ok = out_write("msel", out, emit_text, &t);
    free(doc);
    free(e);
    return ok ? 0 : 1;
}
