/* common.c - bundle loading and argument parsing for the subcommands. */
#include "common.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../ai/ai.h"
#include "../data/data.h"

int cli_bundle_load(struct bundle *b, const char *scenario)
{
    struct errlist *e = malloc(sizeof *e);
    if (!e) {
        fputs("mandate: out of memory\n", stderr);
        memset(b, 0, sizeof *b);
        return 0;
    }
    errlist_init(e);
    int ok = bundle_load(b, scenario ? scenario : DEFAULT_SCENARIO, e);
    errlist_print(e, stderr);
    free(e);
    return ok;
}

int cli_save(const char *path, const struct record *r, const struct bundle *b)
{
    struct errlist *e = malloc(sizeof *e);
    if (!e) {
        fputs("mandate: out of memory\n", stderr);
        return 0;
    }
    errlist_init(e);
    int ok = save_write(path, r, b, e);
    errlist_print(e, stderr);
    free(e);
    return ok;
}

int parse_u64(const char *s, uint64_t *out)
{
    if (!s || !*s || *s == '-' || *s == '+')
        return 0;
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end)
        return 0;
    *out = v;
    return 1;
}

int parse_int(const char *s, int lo, int hi, int *out)
{
    uint64_t v;
    if (!parse_u64(s, &v) || v < (uint64_t)(lo < 0 ? 0 : lo) || v > (uint64_t)hi)
        return 0;
    *out = (int)v;
    return 1;
}

int cli_seat(const struct scenario *sc, const char *spec)
{
    int seat = scenario_seat_index(sc, spec);
    if (seat < 0 && parse_int(spec, 1, sc->nseats, &seat))
        seat--; /* a seat number, from 1 */
    return seat;
}

const char *cli_seat_ids(const struct scenario *sc, char *buf, size_t n)
{
    size_t k = 0;
    buf[0] = '\0';
    for (int i = 0; i < sc->nseats; i++) {
        int w = snprintf(buf + k, n - k, "%s%s", i ? ", " : "", sc->seats[i].id);
        if (w < 0 || (size_t)w >= n - k)
            break;
        k += (size_t)w;
    }
    return buf;
}

void cli_withheld(const char *cmd, const char *file)
{
    fprintf(stderr,
            "mandate %s: %s: the game is not over: only the public record is shown; every "
            "seat's secret orders, private reports and AI reasons are withheld (--reveal "
            "shows them all, --seat ID one contingent's own)\n",
            cmd, file);
}

int parse_ai_spec(const struct bundle *a, const char *spec, int *seat,
                  const struct personality **p, int *level)
{
    char buf[128];
    if (strlen(spec) >= sizeof buf) {
        fprintf(stderr, "mandate: --ai %.40s...: too long\n", spec);
        return 0;
    }
    strcpy(buf, spec);
    char *eq = strchr(buf, '=');
    if (!eq) {
        fprintf(stderr, "mandate: --ai %s: expected SEAT=PERSONALITY[:LEVEL]\n", spec);
        return 0;
    }
    *eq = 0;
    char *name = eq + 1, *lv = strchr(name, ':');
    if (lv)
        *lv++ = 0;
    *seat = cli_seat(a->sc, buf);
    if (*seat < 0) {
        fprintf(stderr, "mandate: --ai %s: no contingent '%s' in scenario %s\n", spec, buf,
                a->sc->id);
        return 0;
    }
    *p = personality_find(&a->ps, name);
    if (!*p) {
        fprintf(stderr, "mandate: --ai %s: no personality '%s' (see assets/ai/)\n", spec, name);
        return 0;
    }
    *level = -1;
    if (lv && (*level = ai_level_from_name(lv)) < 0) {
        fprintf(stderr, "mandate: --ai %s: level must be novice, standard or expert\n", spec);
        return 0;
    }
    return 1;
}

uint64_t seed_from_clock(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return ((uint64_t)ts.tv_sec * 1000003u) ^ (uint64_t)ts.tv_nsec;
}
