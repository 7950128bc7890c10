/* errcheck.h - what the data tests assert about error lists. */
#ifndef MANDATE_TEST_ERRCHECK_H
#define MANDATE_TEST_ERRCHECK_H

#include <string.h>

#include "helpers.h"
#include "data/data.h"

/* Prints e's lines as TAP comments. */
static inline void show(const struct errlist *e)
{
    for (int i = 0; i < e->n; i++)
        print_message("# %s\n", e->line[i]);
}

/* Fails unless e holds exactly that line. */
static inline void expect_line(const struct errlist *e, const char *line)
{
    for (int i = 0; i < e->n; i++)
        if (strcmp(e->line[i], line) == 0)
            return;
    show(e);
    fail_msg("missing error line: %s", line);
}

#endif
