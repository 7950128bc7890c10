/* common.c - bundle loading and argument parsing for the commands. */
#include "common.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../ai/ai.h"
#include "../core/view.h"
#include "../data/data.h"
#include "../data/team_name.h"
#include "../session/host.h"
#include "../session/session.h"

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

int cli_set_teams(const struct opts *o, struct host *h, const struct scenario *sc,
                  const int *human, const char *seats_option, const char *const *specs, int n)
{
    int named[MAX_SEATS] = { 0 };
    for (int k = 0; k < n; k++) {
        const char *eq = strchr(specs[k], '=');
        char seat[64], ids[MAX_SEATS * ID_LEN], name[NAME_LEN], why[160];
        if (!eq || eq == specs[k] || (size_t)(eq - specs[k]) >= sizeof seat)
            return !opts_usage(o, "--team: expected SEAT=NAME (e.g. --team %s=Eagles)",
                               sc->seats[0].id);
        snprintf(seat, sizeof seat, "%.*s", (int)(eq - specs[k]), specs[k]);
        for (char *c = seat; *c; c++)      /* echoed below: printable ASCII only */
            if (*c < 0x20 || *c >= 0x7f)
                *c = '?';
        int s = cli_seat(sc, seat);
        if (s < 0)
            return !opts_usage(o, "--team %s=...: no contingent '%s' in %s (it has: %s)", seat,
                               seat, sc->id, cli_seat_ids(sc, ids, sizeof ids));
        if (!human[s])
            return !opts_usage(o, "--team %s=...: %s is played by the AI; teams name human "
                               "seats (%s)", seat, sc->seats[s].id, seats_option);
        if (named[s]++)
            return !opts_usage(o, "--team %s: given twice", sc->seats[s].id);
        if (!team_name_clean(eq + 1, name, sizeof name, why, sizeof why))
            return !opts_usage(o, "--team %s=...: the name is refused: %s", sc->seats[s].id,
                               why);
        host_set_team(h, s, name);
    }
    return 1;
}

int cli_view_take(struct cli_view_args *w, const struct opts *o, int c)
{
    switch (c) {
    case OPT_REVEAL:
        w->reveal = 1;
        return 1;
    case OPT_SEAT:
        w->seat = o->arg;
        return 1;
    case OPTS_OPERAND:
        if (w->file) {
            opts_usage(o, "%s: one file at a time", o->arg);
            return -1;
        }
        w->file = o->arg;
        return 1;
    default:
        return 0;
    }
}

int cli_view_check(const struct cli_view_args *w, const struct opts *o)
{
    if (!w->file)
        opts_usage(o, "no file given");
    else if (w->reveal && w->seat)
        opts_usage(o, "--reveal and --seat exclude each other: a seat's own view holds only "
                      "what it knew");
    else
        return 1;
    return 0;
}

int cli_view_viewer(const struct cli_view_args *w, const char *cmd, const struct session *s)
{
    if (w->seat) {
        int seat = cli_seat(s->g.sc, w->seat);
        if (seat < 0) {
            char ids[MAX_SEATS * (ID_LEN + 2)];
            fprintf(stderr, "mandate %s: --seat %s: no such contingent in %s (%s)\n", cmd,
                    w->seat, w->file, cli_seat_ids(s->g.sc, ids, sizeof ids));
            return -3;
        }
        return seat;
    }
    if (w->reveal || s->g.phase == PHASE_ENDED)
        return VIEW_FACILITATOR;
    fprintf(stderr,
            "mandate %s: %s: the game is not over: only the public record is shown; every "
            "seat's secret orders, private reports and AI reasons are withheld (--reveal "
            "shows them all, --seat ID one contingent's own)\n",
            cmd, w->file);
    return VIEW_PUBLIC;
}

int parse_ai_spec(const char *cmd, const struct bundle *a, const char *spec, int *seat,
                  const struct personality **p, int *level)
{
    char buf[128];
    if (strlen(spec) >= sizeof buf) {
        fprintf(stderr, "mandate %s: --ai %.40s...: too long\n", cmd, spec);
        return 0;
    }
    strcpy(buf, spec);
    char *eq = strchr(buf, '=');
    if (!eq) {
        fprintf(stderr, "mandate %s: --ai %s: expected SEAT=PERSONALITY[:LEVEL]\n", cmd, spec);
        return 0;
    }
    *eq = 0;
    char *name = eq + 1, *lv = strchr(name, ':');
    if (lv)
        *lv++ = 0;
    *seat = cli_seat(a->sc, buf);
    if (*seat < 0) {
        fprintf(stderr, "mandate %s: --ai %s: no contingent '%s' in scenario %s\n", cmd, spec, buf,
                a->sc->id);
        return 0;
    }
    *p = personality_find(&a->ps, name);
    if (!*p) {
        fprintf(stderr, "mandate %s: --ai %s: no personality '%s' (see assets/ai/)\n", cmd, spec, name);
        return 0;
    }
    *level = -1;
    if (lv && (*level = ai_level_from_name(lv)) < 0) {
        fprintf(stderr, "mandate %s: --ai %s: level must be novice, standard, expert or master\n", cmd, spec);
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

void cli_default_socket(char *out, size_t n)
{
    const char *run = getenv("XDG_RUNTIME_DIR");
    if (run && run[0] == '/')
        snprintf(out, n, "%s/mandate/mandate.sock", run);
    else
        snprintf(out, n, "/tmp/mandate-%lu/mandate.sock", (unsigned long)getuid());
}

