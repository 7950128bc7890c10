/* cmd_simulate.c - `mandate simulate`: batches of AI-vs-AI games, with a
 * readable or JSON summary (game/store/sim_json.h) per scenario,
 * contingent, personality and level. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../session/sim.h"
#include "../store/sim_json.h"
#include "cli.h"
#include "common.h"
#include "options.h"

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

static void print_text(const struct sim *m)
{
    const struct scenario *sc = m->sc;
    char buf[32];
    printf("Scenario %s (%s): %d games from seed %" PRIu64 "\n", sc->id, sc->name, m->games,
           m->seed);
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

enum { OPT_SCENARIO = OPTS_LONG, OPT_GAMES, OPT_SEED, OPT_AI, OPT_JSON, OPT_EXPLAIN, OPT_SAVE };

int cmd_simulate(int argc, char **argv)
{
    static const struct option longopts[] = {
        OPTS_HELP,
        {"scenario", required_argument, NULL, OPT_SCENARIO},
        {"games", required_argument, NULL, OPT_GAMES},
        {"seed", required_argument, NULL, OPT_SEED},
        {"ai", required_argument, NULL, OPT_AI},
        {"json", no_argument, NULL, OPT_JSON},
        {"explain", no_argument, NULL, OPT_EXPLAIN},
        {"save", required_argument, NULL, OPT_SAVE},
        {0},
    };
    const char *scenario = NULL, *save_path = NULL;
    int games = 100, json = 0, explain = 0;
    uint64_t seed = 1;
    const char *specs[MAX_SEATS * 2];
    int nspecs = 0;
    struct opts o;
    opts_init(&o, "simulate", usage, argc, argv, "", longopts);
    for (int c; (c = opts_next(&o)) != OPTS_END;) {
        switch (c) {
        case OPTS_HELP_SHOWN:
            return 0;
        case OPT_JSON:
            json = 1;
            break;
        case OPT_EXPLAIN:
            explain = 1;
            break;
        case OPT_SCENARIO:
            scenario = o.arg;
            break;
        case OPT_SAVE:
            save_path = o.arg;
            break;
        case OPT_GAMES:
            if (!parse_int(o.arg, 1, 10000000, &games))
                return opts_usage(&o, "--games %s: expected a number 1-10000000", o.arg);
            break;
        case OPT_SEED:
            if (!parse_u64(o.arg, &seed))
                return opts_usage(&o, "--seed %s: expected a whole number >= 0", o.arg);
            break;
        case OPT_AI:
            if (nspecs >= (int)(sizeof specs / sizeof specs[0]))
                return opts_usage(&o, "too many --ai options");
            specs[nspecs++] = o.arg;
            break;
        case OPTS_OPERAND:
            return opts_usage(&o, "%s: unexpected argument", o.arg);
        default:
            return 2;
        }
    }
    struct bundle a;
    if (!cli_bundle_load(&a, scenario))
        return 1;
    int seat_of[MAX_SEATS * 2], level_of[MAX_SEATS * 2];
    const struct personality *p_of[MAX_SEATS * 2];
    for (int k = 0; k < nspecs; k++)
        if (!parse_ai_spec("simulate", &a, specs[k], &seat_of[k], &p_of[k], &level_of[k])) {
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
    sim_init(m, a.sc, &a.ps, seed);
    for (int gi = 0; gi < games; gi++) {
        session_init(s, a.sc, &a.pub, &a.ps, seed + (uint64_t)gi);
        for (int k = 0; k < nspecs; k++) {
            s->ctl[seat_of[k]].p = p_of[k];
            if (level_of[k] >= 0)
                s->ctl[seat_of[k]].level = level_of[k];
        }
        if (gi == 0 && explain)
            session_keep_history(s);
        while (s->g.phase == PHASE_ORDERS) {
            session_ai_all(s);
            session_resolve(s);
            sim_turn(m, s);
        }
        sim_game(m, s);
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
    int ok = 1;
    if (json) {
        char *text = sim_json(m);
        ok = text && fputs(text, stdout) >= 0;
        if (!text)
            fputs("mandate simulate: out of memory\n", stderr);
        free(text);
    } else {
        print_text(m);
    }
    free(m);
    free(s);
    bundle_free(&a);
    if (!ok || fflush(stdout) != 0 || ferror(stdout))
        return 1;
    return 0;
}
