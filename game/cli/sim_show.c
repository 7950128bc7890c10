/* sim_show.c - a batch of games shown to a person: progress and summary. */
#include "sim_show.h"

#include <inttypes.h>
#include <langinfo.h>
#include <string.h>
#include <time.h>

#include "../session/sim.h"

static double mono_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

void sim_progress_start(struct sim_progress *p, FILE *f, long total)
{
    p->f = f;
    p->total = total;
    p->start = mono_now();
    p->drawn = 0;
}

void sim_progress_tick(void *arg, long done)
{
    struct sim_progress *p = arg;
    double now = mono_now();
    if (p->drawn && now - p->drawn < 0.24)
        return;
    p->drawn = now;
    double t = now - p->start;
    fprintf(p->f, "\rsimulate: %ld of %ld games", done, p->total);
    if (done > 0 && t > 0) {
        double rate = (double)done / t;
        long left = (long)((double)(p->total - done) / rate + 0.5);
        fprintf(p->f, ", %.0f games/s, ", rate);
        if (left >= 3600)
            fprintf(p->f, "%ld:%02ld:%02ld left", left / 3600, left / 60 % 60, left % 60);
        else
            fprintf(p->f, "%ld:%02ld left", left / 60, left % 60);
    }
    fputs("\033[K", p->f);
    fflush(p->f);
}

void sim_progress_end(struct sim_progress *p)
{
    fputs("\r\033[K", p->f);
    fflush(p->f);
}

int sim_show_utf8(void)
{
    const char *cs = nl_langinfo(CODESET);
    return cs && (!strcmp(cs, "UTF-8") || !strcmp(cs, "utf8"));
}

enum { BAR_CELLS = 20 };

/* A bar of value/max of BAR_CELLS cells, padded with spaces to its full
 * width when pad is set: block characters to the eighth of a cell in UTF-8, else '#' to
 * the nearest cell. Nothing for a value <= 0. */
static void bar(long value, long max, int utf8, int pad)
{
    static const char *const eighth[8] = {"",         "\u258f", "\u258e", "\u258d",
                                          "\u258c", "\u258b", "\u258a", "\u2589"};
    long e = value > 0 && max > 0 ? (value * BAR_CELLS * 8 + max / 2) / max : 0;
    if (e > BAR_CELLS * 8)
        e = BAR_CELLS * 8;
    if (!utf8)
        e = (e + 4) / 8 * 8;
    long cells = 0;
    for (; cells < e / 8; cells++)
        fputs(utf8 ? "\u2588" : "#", stdout);
    if (e % 8) {
        fputs(eighth[e % 8], stdout);
        cells++;
    }
    for (; pad && cells < BAR_CELLS; cells++)
        putchar(' ');
}

/* Win rate and mean score per contingent, as bars: the rate against
 * 100%, the score against the best mean score. */
static void balance(const struct sim *m, int utf8)
{
    const struct scenario *sc = m->sc;
    char buf[32];
    long best = 0;   /* the highest mean score, in hundredths */
    long mean[MAX_SEATS];
    for (int i = 0; i < sc->nseats; i++) {
        const struct sim_tally *t = &m->seat[i];
        long n = t->seats > 0 ? t->seats : 1;
        mean[i] = (t->score * 100 + (t->score < 0 ? -n / 2 : n / 2)) / n;
        if (mean[i] > best)
            best = mean[i];
    }
    printf("\nBalance: share of the wins; mean score against the best\n");
    printf("%-12s %6s %-*s %10s\n", "contingent", "wins", BAR_CELLS, "", "mean score");
    for (int i = 0; i < sc->nseats; i++) {
        const struct sim_tally *t = &m->seat[i];
        printf("%-12s %5s%% ", sc->seats[i].id, sim_mean(buf, sizeof buf, t->wins * 100, t->seats, 1));
        bar(t->seats > 0 ? t->wins * 10000 / t->seats : 0, 10000, utf8, 1);
        printf(" %10s ", sim_mean(buf, sizeof buf, t->score, t->seats, 2));
        bar(mean[i], best, utf8, 0);
        fputs("\n", stdout);
    }
}

void sim_show_text(const struct sim *m, const struct sim_shard *sh, int utf8)
{
    const struct scenario *sc = m->sc;
    char buf[32];
    printf("Scenario %s (%s): %d games from seed %" PRIu64 "\n", sc->id, sc->name, m->games,
           m->seed);
    if (sh) {
        long lo, hi;
        sim_shard_range(sh, &lo, &hi);
        printf("Shard %d of %d: games %ld-%ld of %ld (seeds %" PRIu64 "-%" PRIu64 ")\n", sh->index,
               sh->of, lo + 1, hi, sh->games_total, m->seed + (uint64_t)lo,
               m->seed + (uint64_t)hi - 1);
    }
    printf("Mandate: success %d, partial %d, failure %d; mean final stability %s\n",
           m->outcome[OUT_SUCCESS], m->outcome[OUT_PARTIAL], m->outcome[OUT_FAILURE],
           sim_mean(buf, sizeof buf, m->final_stability, m->games, 2));
    printf("\n%-12s %-22s %-8s %10s %6s %7s %7s %7s %10s\n", "contingent", "personality",
           "level", "mean score", "wins", "covert", "exposed", "caught", "attributed");
    for (int i = 0; i < sc->nseats; i++) {
        const struct sim_tally *t = &m->seat[i];
        printf("%-12s %-22s %-8s ", sc->seats[i].id, m->seat_p[i] ? m->seat_p[i]->id : "-",
               ai_level_name(m->seat_level[i]));
        printf("%10s %6ld %7ld %7ld %7ld %10ld\n", sim_mean(buf, sizeof buf, t->score, t->seats, 2),
               t->wins, t->covert_total, t->exposed, t->detections, t->attributed);
    }
    fputs("covert: its covert operations; exposed: its operations detected by their\n"
          "target or mission HQ (blown insider networks included); caught: operations\n"
          "against it that it detected; attributed: its operations rightly blamed on it\n",
          stdout);
    balance(m, utf8);
    printf("\nScore components (means before the mandate factor):\n%-12s %8s %10s %11s %11s %10s\n",
           "contingent", "intel", "influence", "objectives", "reputation", "penalties");
    for (int i = 0; i < sc->nseats; i++) {
        const struct sim_tally *t = &m->seat[i];
        printf("%-12s", sc->seats[i].id);
        static const int width[SIM_PARTS] = {8, 10, 11, 11, 10};
        for (int k = 0; k < SIM_PARTS; k++)
            printf(" %*s", width[k], sim_mean(buf, sizeof buf, t->parts[k], t->seats, 1));
        putchar('\n');
    }
    printf("\nCovert operations:");
    const char *sep = " ";
    for (int k = 0; k < ORD_COUNT; k++)
        if (order_family(k) == FAM_COVERT) {
            printf("%s%s %ld", sep, order_name(k), m->covert[k]);
            sep = ", ";
        }
    printf("\nDetected operations %ld: attributed right %ld, wrong %ld, unknown %ld\n",
           m->detections, m->attrib[ATTR_RIGHT], m->attrib[ATTR_WRONG], m->attrib[ATTR_UNKNOWN]);
}
