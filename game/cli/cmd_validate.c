/* cmd_validate.c - "mandate validate FILE...": checks scenarios, the order
 * catalogue and AI personalities, and lists every error with its place. */
#include <stdio.h>
#include <string.h>

#include "../data/data.h"
#include "cli.h"

static void usage(FILE *f)
{
    fputs("usage: mandate validate FILE...\n"
          "Checks Mandate data files (scenarios, the order catalogue, AI\n"
          "personalities) and reports every error as FILE:LINE:COL or\n"
          "FILE: json.path. Prints \"FILE: ok\" for each valid file.\n"
          "Exit status: 0 all valid, 1 some invalid, 2 usage error.\n",
          f);
}

int cmd_validate(int argc, char **argv)
{
    int first = 1;
    for (; first < argc; first++) {
        const char *a = argv[first];
        if (strcmp(a, "--") == 0) {
            first++;
            break;
        }
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return 0;
        }
        if (a[0] != '-' || a[1] == '\0')
            break;
        fprintf(stderr, "mandate validate: unknown option %s (see mandate validate --help)\n", a);
        return 2;
    }
    if (first >= argc) {
        fputs("mandate validate: no file given (see mandate validate --help)\n", stderr);
        return 2;
    }
    int status = 0;
    static struct errlist errors;
    for (int i = first; i < argc; i++) {
        errlist_init(&errors);
        int ok = data_validate_file(argv[i], &errors);
        fflush(stdout);
        errlist_print(&errors, stderr);
        if (ok && errlist_count(&errors) == 0) {
            printf("%s: ok\n", argv[i]);
            fflush(stdout);
        } else {
            status = 1;
        }
    }
    return status;
}
