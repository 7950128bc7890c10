/* cmd_msel.c - "mandate msel export SCENARIO [-o FILE.csv]" and "mandate
 * msel import FILE.csv --scenario SCENARIO [-o NEW.json]": a scenario's
 * injects to and from a spreadsheet (CSV). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../data/data.h"
#include "../data/msel.h"
#include "cli.h"
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

int cmd_msel(int argc, char **argv)
{
    const char *verb = argc > 1 ? argv[1] : "";
    if (!strcmp(verb, "--help") || !strcmp(verb, "-h")) {
        fputs(usage_text, stdout);
        return 0;
    }
    int export = !strcmp(verb, "export");
    if (!export && strcmp(verb, "import")) {
        fprintf(stderr, "mandate msel: %s: expected export or import (see mandate msel --help)\n",
                *verb ? verb : "nothing");
        return 2;
    }
    const char *file = NULL, *scenario = NULL, *out = NULL;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(usage_text, stdout);
            return 0;
        } else if (!strcmp(a, "-o") || (!export && !strcmp(a, "--scenario"))) {
            if (i + 1 >= argc) {
                fprintf(stderr, "mandate msel %s: %s needs a value (see mandate msel --help)\n",
                        verb, a);
                return 2;
            }
            *(a[1] == 'o' ? &out : &scenario) = argv[++i];
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "mandate msel %s: %s: unknown option (see mandate msel --help)\n",
                    verb, a);
            return 2;
        } else if (file) {
            fprintf(stderr, "mandate msel %s: %s: one file at a time (see mandate msel --help)\n",
                    verb, a);
            return 2;
        } else {
            file = a;
        }
    }
    if (!file || (!export && !scenario)) {
        fprintf(stderr, "mandate msel %s: %s (see mandate msel --help)\n", verb,
                !file ? (export ? "no scenario given" : "no CSV file given")
                      : "--scenario SCENARIO is needed: the scenario the events go into");
        return 2;
    }
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
