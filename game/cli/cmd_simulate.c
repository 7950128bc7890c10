/* cmd_simulate.c - `mandate simulate`: batches of AI-vs-AI games, with a
 * readable or JSON summary per scenario, contingent, personality and level. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/score.h"
#include "../session/session.h"
#include "cli.h"
#include "common.h"

struct tally {
    long seats;                  /* seat-games */
    long score;                  /* national score, summed */
    long wins;
    long covert[ORD_COUNT];
    long covert_total;
    long exposed;                /* its operations detected (seat.blown) */
    long detections;             /* operations against it that it detected */
    long attributed;             /* its operations rightly attributed */
    long parts[5];               /* intel, influence, objectives, reputation, penalties */
};

struct sim {
    int games;
    uint64_t seed;
    int outcome[OUT_COUNT];
    long final_stability;        /* summed over games */
    long covert[ORD_COUNT];
    long detections;
    long attrib[ATTR_COUNT];
    struct tally seat[MAX_SEATS];
    struct tally pers[MAX_PERSONALITIES];
    struct tally level[AI_LEVEL_COUNT];
};

static const char usage[] =
    "usage: mandate simulate [--scenario NAME|FILE] [--games N] [--seed S]\n"
    "                        [--ai SEAT=PERSONALITY[:LEVEL]]... [--json] [--explain]\n"
    "                        [--save FILE]\n"
    "Plays N complete AI-vs-AI games (default 100) from seed S (default 1;\n"
    "game i uses seed S+i) and prints a summary. --ai sets a seat (its id or\n"
    "number from 1) to a personality of assets/ai/ at a level (novice,\n"
    "standard, expert). --json prints one JSON object instead. --explain\n"
    "prints every AI decision of the first game with its reason. --save\n"
    "writes the full save of the first game to FILE (see mandate replay).\n";

static void add_tally(struct tally *t, const struct score *sc, int won,
                      const struct seat *st, const long covert[ORD_COUNT])
{
    t->seats++;
    t->score += sc->total;
    t->wins += won;
    for (int k = 0; k < ORD_COUNT; k++) {
        t->covert[k] += covert[k];
        t->covert_total += covert[k];
    }
    t->exposed += st->blown;
    t->detections += st->detected_against;
    t->parts[0] += sc->intel;
    t->parts[1] += sc->influence;
    t->parts[2] += sc->objectives;
    t->parts[3] += sc->reputation;
    t->parts[4] += sc->penalties;
    t->attributed += st->attributed;
}

static void count_events(struct sim *m, const struct game *g)
{
    for (int k = 0; k < g->nevents; k++) {
        const struct event *e = &g->events[k];
        if (e->kind == EV_INCIDENT) {
            m->detections++;
            if (e->outcome > 0 && e->outcome < ATTR_COUNT)
                m->attrib[e->outcome]++;
        }
    }
}

static void explain_game(const struct session *s)
{
    const struct history *h = s->hist;
    int turn = 0;
    for (int i = 0; i < h->nreasons; i++) {
        const struct reason *r = &h->reasons[i];
        if (r->turn != turn) {
            turn = r->turn;
            printf("Turn %d\n", turn);
        }
        printf("  %-12s %s\n", s->g.sc->seats[r->seat].id, r->text);
    }
}

/* "12.34" for sum/n without floating point, so output is identical everywhere. */
static void print_mean(FILE *f, long sum, long n)
{
    if (n <= 0) {
        fputs("0.00", f);
        return;
    }
    long neg = sum < 0;
    long v = ((neg ? -sum : sum) * 100 + n / 2) / n;
    fprintf(f, "%s%ld.%02ld", neg ? "-" : "", v / 100, v % 100);
}

static void json_tally(FILE *f, const struct tally *t)
{
    fputs("{\"seat_games\": ", f);
    fprintf(f, "%ld, \"mean_score\": ", t->seats);
    print_mean(f, t->score, t->seats);
    fprintf(f, ", \"wins\": %ld, \"covert_ops\": %ld, \"covert\": {", t->wins, t->covert_total);
    int first = 1;
    for (int k = 0; k < ORD_COUNT; k++)
        if (order_family(k) == FAM_COVERT) {
            fprintf(f, "%s\"%s\": %ld", first ? "" : ", ", order_name(k), t->covert[k]);
            first = 0;
        }
    fprintf(f, "}, \"operations_exposed\": %ld, \"detections_made\": %ld, "
               "\"times_attributed\": %ld}",
            t->exposed, t->detections, t->attributed);
}

static void print_json(const struct sim *m, const struct bundle *a, const struct session *s)
{
    FILE *f = stdout;
    fprintf(f, "{\"scenario\": \"%s\", \"games\": %d, \"seed\": %" PRIu64 ", ", a->sc->id,
            m->games, m->seed);
    fprintf(f, "\"mandate\": {\"success\": %d, \"partial\": %d, \"failure\": %d}, ",
            m->outcome[OUT_SUCCESS], m->outcome[OUT_PARTIAL], m->outcome[OUT_FAILURE]);
    fputs("\"contingents\": [", f);
    for (int i = 0; i < a->sc->nseats; i++) {
        const struct tally *t = &m->seat[i];
        fprintf(f, "%s{\"id\": \"%s\", \"personality\": \"%s\", \"level\": \"%s\", \"mean_score\": ",
                i ? ", " : "", a->sc->seats[i].id, s->ctl[i].p ? s->ctl[i].p->id : "",
                ai_level_name(s->ctl[i].level));
        print_mean(f, t->score, t->seats);
        fprintf(f, ", \"wins\": %ld, \"covert_ops\": %ld, \"operations_exposed\": %ld, "
                   "\"detections_made\": %ld, \"times_attributed\": %ld}",
                t->wins, t->covert_total, t->exposed, t->detections, t->attributed);
    }
    fputs("], \"covert\": {", f);
    int first = 1;
    for (int k = 0; k < ORD_COUNT; k++)
        if (order_family(k) == FAM_COVERT) {
            fprintf(f, "%s\"%s\": %ld", first ? "" : ", ", order_name(k), m->covert[k]);
            first = 0;
        }
    fprintf(f, "}, \"detections\": %ld, \"attribution\": {\"right\": %ld, \"wrong\": %ld, "
               "\"unknown\": %ld}, \"mean_final_stability\": ",
            m->detections, m->attrib[ATTR_RIGHT], m->attrib[ATTR_WRONG], m->attrib[ATTR_UNKNOWN]);
    print_mean(f, m->final_stability, m->games);
    fputs(", \"personalities\": {", f);
    first = 1;
    for (int i = 0; i < a->ps.n; i++) {
        if (!m->pers[i].seats)
            continue;
        fprintf(f, "%s\"%s\": ", first ? "" : ", ", a->ps.p[i].id);
        json_tally(f, &m->pers[i]);
        first = 0;
    }
    fputs("}, \"levels\": {", f);
    first = 1;
    for (int i = 0; i < AI_LEVEL_COUNT; i++) {
        if (!m->level[i].seats)
            continue;
        fprintf(f, "%s\"%s\": ", first ? "" : ", ", ai_level_name(i));
        json_tally(f, &m->level[i]);
        first = 0;
    }
    fputs("}}\n", f);
}

static void print_text(const struct sim *m, const struct bundle *a, const struct session *s)
{
    printf("Scenario %s (%s): %d games from seed %" PRIu64 "\n", a->sc->id, a->sc->name,
           m->games, m->seed);
    printf("Mandate: success %d, partial %d, failure %d; mean final stability ",
           m->outcome[OUT_SUCCESS], m->outcome[OUT_PARTIAL], m->outcome[OUT_FAILURE]);
    print_mean(stdout, m->final_stability, m->games);
    printf("\n\n%-12s %-22s %-8s %10s %6s %7s %7s %7s %10s\n", "contingent", "personality",
           "level", "mean score", "wins", "covert", "exposed", "caught", "attributed");
    for (int i = 0; i < a->sc->nseats; i++) {
        const struct tally *t = &m->seat[i];
        printf("%-12s %-22s %-8s ", a->sc->seats[i].id, s->ctl[i].p ? s->ctl[i].p->id : "-",
               ai_level_name(s->ctl[i].level));
        char buf[32];
        long v = t->seats ? (t->score * 100 + t->seats / 2) / t->seats : 0;
        snprintf(buf, sizeof buf, "%ld.%02ld", v / 100, v % 100);
        printf("%10s %6ld %7ld %7ld %7ld %10ld\n", buf, t->wins, t->covert_total, t->exposed,
               t->detections, t->attributed);
    }
    fputs("covert: its covert operations; exposed: its operations detected by their\n"
          "target or mission HQ (blown insider networks included); caught: operations\n"
          "against it that it detected; attributed: its operations rightly blamed on it\n",
          stdout);
    printf("\nScore components (means before the mandate factor):\n%-12s %8s %10s %11s %11s %10s\n",
           "contingent", "intel", "influence", "objectives", "reputation", "penalties");
    for (int i = 0; i < a->sc->nseats; i++) {
        const struct tally *t = &m->seat[i];
        printf("%-12s", a->sc->seats[i].id);
        static const int width[5] = { 8, 10, 11, 11, 10 };
        for (int k = 0; k < 5; k++) {
            char buf[32];
            long v = t->seats ? (t->parts[k] * 10 + t->seats / 2) / t->seats : 0;
            snprintf(buf, sizeof buf, "%ld.%ld", v / 10, v % 10);
            printf(" %*s", width[k], buf);
        }
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

int cmd_simulate(int argc, char **argv)
{
    const char *scenario = NULL, *save_path = NULL;
    int games = 100, json = 0, explain = 0;
    uint64_t seed = 1;
    const char *specs[MAX_SEATS * 2];
    int nspecs = 0;
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i];
        const char *val = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(o, "--help") || !strcmp(o, "-h")) {
            fputs(usage, stdout);
            return 0;
        } else if (!strcmp(o, "--json")) {
            json = 1;
        } else if (!strcmp(o, "--explain")) {
            explain = 1;
        } else if (!strcmp(o, "--scenario") && val) {
            scenario = val; i++;
        } else if (!strcmp(o, "--save") && val) {
            save_path = val; i++;
        } else if (!strcmp(o, "--games") && val) {
            if (!parse_int(val, 1, 10000000, &games)) {
                fprintf(stderr, "mandate simulate: --games %s: expected a number 1-10000000\n", val);
                return 2;
            }
            i++;
        } else if (!strcmp(o, "--seed") && val) {
            if (!parse_u64(val, &seed)) {
                fprintf(stderr, "mandate simulate: --seed %s: expected a whole number >= 0\n", val);
                return 2;
            }
            i++;
        } else if (!strcmp(o, "--ai") && val) {
            if (nspecs >= (int)(sizeof specs / sizeof specs[0])) {
                fprintf(stderr, "mandate simulate: too many --ai options\n");
                return 2;
            }
            specs[nspecs++] = val;
            i++;
        } else {
            fprintf(stderr, "mandate simulate: %s: unknown option or missing value (see mandate simulate --help)\n", o);
            return 2;
        }
    }
    struct bundle a;
    if (!cli_bundle_load(&a, scenario))
        return 1;
    int seat_of[MAX_SEATS * 2], level_of[MAX_SEATS * 2];
    const struct personality *p_of[MAX_SEATS * 2];
    for (int k = 0; k < nspecs; k++)
        if (!parse_ai_spec(&a, specs[k], &seat_of[k], &p_of[k], &level_of[k])) {
            bundle_free(&a);
            return 2;
        }
    struct sim *m = calloc(1, sizeof *m);
    struct session *s = malloc(sizeof *s);
    if (!m || !s) {
        fprintf(stderr, "mandate simulate: out of memory\n");
        free(m);
        free(s);
        bundle_free(&a);
        return 1;
    }
    m->games = games;
    m->seed = seed;
    for (int gi = 0; gi < games; gi++) {
        session_init(s, a.sc, &a.cat, &a.ps, seed + (uint64_t)gi);
        for (int k = 0; k < nspecs; k++) {
            s->ctl[seat_of[k]].p = p_of[k];
            if (level_of[k] >= 0)
                s->ctl[seat_of[k]].level = level_of[k];
        }
        if (gi == 0 && explain)
            session_keep_history(s);
        long covert[MAX_SEATS][ORD_COUNT];
        memset(covert, 0, sizeof covert);
        while (s->g.phase == PHASE_ORDERS) {
            session_ai_all(s);
            session_resolve(s);
            const struct record_turn *t = &s->rec.turns[s->rec.nturns - 1];
            for (int i = 0; i < a.sc->nseats; i++)
                for (int k = 0; k < t->norders[i]; k++)
                    if (order_family(t->orders[i][k].kind) == FAM_COVERT) {
                        covert[i][t->orders[i][k].kind]++;
                        m->covert[t->orders[i][k].kind]++;
                    }
            count_events(m, &s->g);
        }
        m->outcome[s->g.outcome]++;
        m->final_stability += game_avg_stability(&s->g);
        int win = score_winner(&s->g);
        for (int i = 0; i < a.sc->nseats; i++) {
            struct score sc;
            score_seat(&s->g, i, &sc);
            const struct seat *st = &s->g.seats[i];
            add_tally(&m->seat[i], &sc, i == win, st, covert[i]);
            if (s->ctl[i].p)
                add_tally(&m->pers[s->ctl[i].p - a.ps.p], &sc, i == win, st, covert[i]);
            add_tally(&m->level[s->ctl[i].level], &sc, i == win, st, covert[i]);
        }
        if (gi == 0 && save_path && !cli_save(save_path, session_record(s), &a)) {
            session_free(s);
            free(m);
            free(s);
            bundle_free(&a);
            return 1;
        }
        if (gi == 0 && explain && !json) {
            printf("Decisions of game 1 (seed %" PRIu64 "):\n", seed);
            explain_game(s);
            putchar('\n');
        }
        session_free(s);
    }
    if (json)
        print_json(m, &a, s);
    else
        print_text(m, &a, s);
    free(m);
    free(s);
    bundle_free(&a);
    if (fflush(stdout) != 0 || ferror(stdout))
        return 1;
    return 0;
}
