/* cmd_validate.c - "mandate validate FILE...": checks scenarios, the order
 * catalogue and AI personalities, and lists every error with its place. */
#include <stdio.h>
#include <stdlib.h>

#include "../data/data.h"
#include "cli.h"
#include "options.h"

static const char usage[] =
    "usage: mandate validate FILE...\n"
    "Checks Mandate data files (scenarios, the order catalogue, AI\n"
    "personalities) and reports every error as FILE:LINE:COL or\n"
    "FILE: json.path. Prints \"FILE: ok\" for each valid file.\n"
    "Exit status: 0 all valid, 1 some invalid, 2 usage error.\n";

/* Checks one file: prints its errors, or "FILE: ok"; 1 when valid. */
static int validate(const char *file, struct errlist *errors)
{
    errlist_init(errors);
    int ok = data_validate_file(file, errors);
    fflush(stdout);
    errlist_print(errors, stderr);
    if (!ok || errlist_count(errors) != 0)
        return 0;
    printf("%s: ok\n", file);
    fflush(stdout);
    return 1;
}

int cmd_validate(int argc, char **argv)
{
    static const struct option longopts[] = {OPTS_HELP, {0}};
    struct opts o;
    opts_init(&o, "validate", usage, argc, argv, "", longopts);
    /* every option is checked before the first file is */
    const char **files = malloc((size_t)argc * sizeof *files);
    int n = 0;
    if (!files) {
        fputs("mandate validate: out of memory\n", stderr);
        return 1;
    }
    for (int c; (c = opts_next(&o)) != OPTS_END;) {
        if (c != OPTS_OPERAND) {
            free(files);
            return c == OPTS_HELP_SHOWN ? 0 : 2;
        }
        files[n++] = o.arg;
    }
    int status = n ? 0 : opts_usage(&o, "no file given");
    struct errlist *errors = n ? malloc(sizeof *errors) : NULL;
    if (n && !errors) {
        fputs("mandate validate: out of memory\n", stderr);
        status = 1;
    }
    for (int i = 0; errors && i < n; i++)
        if (!validate(files[i], errors))
            status = 1;
    free(errors);
    free(files);
    return status;
}
