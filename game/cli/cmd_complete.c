/* cmd_complete.c - "mandate complete WHAT [SCENARIO]": the words shell
 * completion offers, one a line, from the assets this mandate reads:
 * scenario names, AI personality ids, or a scenario's seat ids. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/world.h"
#include "../data/data.h"
#include "cli.h"
#include "options.h"

#define MAX_WORDS 512

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names of ASSETS/sub/ *.json without ".json", sorted, one a line. */
static int list_json(const char *sub)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/%s", data_assets_dir(), sub);
    DIR *d = opendir(dir);
    if (!d)
        return 1;
    char *words[MAX_WORDS];
    int n = 0;
    const struct dirent *de;
    while ((de = readdir(d)) && n < MAX_WORDS) {
        size_t l = strlen(de->d_name);
        if (de->d_name[0] == '.' || l <= 5 || strcmp(de->d_name + l - 5, ".json"))
            continue;
        char *w = strdup(de->d_name);
        if (!w)
            break;
        w[l - 5] = '\0';
        words[n++] = w;
    }
    closedir(d);
    qsort(words, (size_t)n, sizeof *words, by_name);
    for (int i = 0; i < n; i++) {
        puts(words[i]);
        free(words[i]);
    }
    return 0;
}

static int list_seats(const char *scenario)
{
    char path[4096];
    if (!data_scenario_path(scenario, path, sizeof path))
        return 1;
    struct scenario *sc = data_load_scenario(path, NULL);
    if (!sc)
        return 1;
    for (int i = 0; i < sc->nseats; i++)
        puts(sc->seats[i].id);
    free(sc);
    return 0;
}

static const char usage[] =
    "usage: mandate complete scenarios|personalities|seats SCENARIO\n"
    "Prints the words shell completion offers, one a line: the scenario\n"
    "names, the AI personality ids, or a scenario's seat ids.\n";

int cmd_complete(int argc, char **argv)
{
    static const struct option longopts[] = {OPTS_HELP, {0}};
    const char *what[2] = {NULL, NULL};
    int n = 0;
    struct opts o;
    opts_init(&o, "complete", usage, argc, argv, "", longopts);
    for (int c; (c = opts_next(&o)) != OPTS_END;) {
        if (c == OPTS_HELP_SHOWN)
            return 0;
        if (c != OPTS_OPERAND)
            return 2;
        if (n == 2)
            return opts_usage(&o, "%s: unexpected argument", o.arg);
        what[n++] = o.arg;
    }
    const char *w = n ? what[0] : "nothing";
    int list = !strcmp(w, "scenarios") || !strcmp(w, "personalities");
    if (list && n == 2)
        return opts_usage(&o, "%s: unexpected argument", what[1]);
    if (list)
        return list_json(!strcmp(w, "scenarios") ? "scenarios" : "ai");
    if (!strcmp(w, "seats"))
        return n == 2 ? list_seats(what[1]) : opts_usage(&o, "seats: which scenario's?");
    return opts_usage(&o, "%s: expected scenarios, personalities or seats SCENARIO", w);
}
