/* cmd_simulate.c - `mandate simulate`: batches of AI-vs-AI games over
 * threads, a shard of a batch, or the shards of a batch merged, with a
 * readable summary (cli/sim_show.h) or JSON (game/store/sim_json.h). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../ai/ai.h"
#include "../session/sim.h"
#include "../session/sim_run.h"
#include "../store/sim_json.h"
#include "cli.h"
#include "common.h"
#include "options.h"
#include "sim_show.h"

#define JOBS_MAX 256

static const char usage[] =
    "usage: mandate simulate [--scenario NAME|FILE] [--games N] [--seed S]\n"
    "                        [--ai SEAT=PERSONALITY[:LEVEL]]... [--json] [--explain]\n"
    "                        [--save FILE] [--jobs N] [--shard K/N] [--think MS]\n"
    "                        [--quiet]\n"
    "       mandate simulate --merge [--scenario NAME|FILE] [--json] FILE...\n"
    "Plays N complete AI-vs-AI games (default 100) from seed S (default 1;\n"
    "game i uses seed S+i) and prints a summary. --ai sets a seat (its id or\n"
    "number from 1) to a personality of assets/ai/ at a level (novice,\n"
    "standard, expert, master). --think MS gives a master seat that many\n"
    "milliseconds per decision (1-1000, default 2; counted in simulated\n"
    "weeks, not timed, so the games do not depend on the machine). --json\n"
    "prints one JSON object instead. --explain\n"
    "prints every AI decision of the first game with its reason. --save\n"
    "writes the full save of the first game to FILE (see mandate replay).\n"
    "--jobs N plays on N threads (default: the machine's cores); the output\n"
    "is the same for any N. --shard K/N plays only the K-th of N equal parts\n"
    "of the games; --merge adds the --json outputs of all N shards up into\n"
    "the summary of the whole batch. On a terminal, the progress is shown on\n"
    "stderr; --quiet hides it.\n";

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

/* The summary of m (of shard sh, or NULL) on stdout; 0 after a write
 * error or when out of memory. */
static int print_summary(const struct sim *m, const struct sim_shard *sh, int json)
{
    int ok = 1;
    if (json) {
        char *text = sh ? sim_json_shard(m, sh) : sim_json(m);
        ok = text && fputs(text, stdout) >= 0;
        if (!text)
            fputs("mandate simulate: out of memory\n", stderr);
        free(text);
    } else {
        sim_show_text(m, sh, sim_show_utf8());
    }
    return ok && fflush(stdout) == 0 && !ferror(stdout);
}

/* The options of a batch. */
struct sim_args {
    const char *scenario, *save_path;
    int games, json, explain, jobs, quiet, merge, think;
    uint64_t seed;
    const char *specs[MAX_SEATS * 2];
    int nspecs;
    struct sim_shard shard;          /* of 0: the whole batch */
    const char *files[256];          /* --merge's */
    int nfiles;
    const char *batch_only;          /* an option --merge does not take */
};

/* Plays the batch (or the shard) of g, set up as st, with bundle a into m. The first
 * game is played here when it is explained or saved. 1, or 0 after an
 * error line. */
static int play(const struct sim_args *g, const struct bundle *a, const struct sim_setup *st,
                struct sim *m)
{
    long lo = 0, hi = g->games;
    if (g->shard.of)
        sim_shard_range(&g->shard, &lo, &hi);
    sim_init(m, a->sc, &a->ps, g->seed);
    if (g->explain || g->save_path) {
        struct session *s = malloc(sizeof *s);
        if (!s) {
            fputs("mandate simulate: out of memory\n", stderr);
            return 0;
        }
        sim_play(m, s, st, lo, g->explain ? SIM_HISTORY : SIM_RECORD);
        int ok = !g->save_path || cli_save(g->save_path, session_record(s), a);
        if (ok && g->explain && !g->json) {
            printf("Decisions of game %ld (seed %" PRIu64 "):\n", lo + 1, g->seed + (uint64_t)lo);
            explain_game(s);
            putchar('\n');
        }
        session_free(s);
        free(s);
        if (!ok)
            return 0;
        lo++;
    }
    struct sim_progress pr;
    struct sim_watch w = {sim_progress_tick, &pr, 250};
    int watched = !g->quiet && isatty(STDERR_FILENO);
    if (watched) {
        sim_progress_start(&pr, stderr, hi - lo);
        sim_progress_tick(&pr, 0);
    }
    int ok = sim_run(m, st, lo, hi, g->jobs, watched ? &w : NULL);
    if (watched)
        sim_progress_end(&pr);
    if (!ok)
        fputs("mandate simulate: out of memory\n", stderr);
    return ok;
}

/* One line "mandate simulate: FILE: ..." and 0 when shard file f does not
 * belong with the first one (m0, sh0, file0). */
static int same_batch(const char *f, const struct sim *m, const struct sim_shard *sh,
                      const char *f0, const struct sim *m0, const struct sim_shard *sh0)
{
    const char *what = NULL;
    if (m->seed != m0->seed)
        what = "seed";
    else if (sh->of != sh0->of)
        what = "shard count (N of --shard K/N)";
    else if (sh->games_total != sh0->games_total)
        what = "--games";
    else if ((sh->think ? sh->think : AI_THINK_DEFAULT) != (sh0->think ? sh0->think : AI_THINK_DEFAULT))
        what = "--think";
    for (int i = 0; !what && i < m->sc->nseats; i++)
        if (m->seat_p[i] != m0->seat_p[i] || m->seat_level[i] != m0->seat_level[i])
            what = "AI of a contingent (--ai)";
    if (what)
        fprintf(stderr, "mandate simulate: %s: another batch than %s (its %s differs)\n", f, f0,
                what);
    return !what;
}

/* 1 when the scenario id is one of the assets (so that the shards' own
 * "scenario" can be loaded by its name). */
static int named_scenario(const char *id)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/scenarios/%s.json", data_assets_dir(), id);
    return strspn(id, "abcdefghijklmnopqrstuvwxyz0123456789_") == strlen(id) &&
           access(path, R_OK) == 0;
}

/* `--merge FILE...`: reads every shard of one batch, adds them up in the
 * order of their games and prints the summary of the whole batch. */
static int merge(const struct sim_args *g)
{
    struct errlist *e = malloc(sizeof *e);
    char **text = calloc((size_t)g->nfiles, sizeof *text);
    size_t *len = calloc((size_t)g->nfiles, sizeof *len);
    struct bundle a;
    int loaded = 0, ok = e && text && len;
    if (!ok)
        fputs("mandate simulate: out of memory\n", stderr);
    else
        errlist_init(e);
    for (int i = 0; ok && i < g->nfiles; i++)
        if (!(text[i] = data_read_file(g->files[i], &len[i], e))) {
            errlist_print(e, stderr);
            ok = 0;
        }
    char id[64], err[512];
    if (ok && !g->scenario &&
        !sim_json_scenario(text[0], len[0], g->files[0], id, sizeof id, err, sizeof err)) {
        fprintf(stderr, "mandate simulate: %s\n", err);
        ok = 0;
    }
    if (ok && !g->scenario && !named_scenario(id)) {
        fprintf(stderr, "mandate simulate: %s: scenario \"%s\" is not in %s/scenarios: give "
                        "its file with --scenario FILE\n", g->files[0], id, data_assets_dir());
        ok = 0;
    }
    ok = ok && (loaded = cli_bundle_load(&a, g->scenario ? g->scenario : id));
    struct sim *part = ok ? calloc((size_t)g->nfiles, sizeof *part) : NULL;
    struct sim_shard *sh = ok ? calloc((size_t)g->nfiles, sizeof *sh) : NULL;
    int *at = NULL;   /* the file (from 1) of each shard, once their count is known */
    if (ok && !(part && sh)) {
        fputs("mandate simulate: out of memory\n", stderr);
        ok = 0;
    }
    for (int i = 0; ok && i < g->nfiles; i++) {
        sim_init(&part[i], a.sc, &a.ps, 0);
        if (!sim_json_read(text[i], len[i], g->files[i], &part[i], &sh[i], err, sizeof err)) {
            fprintf(stderr, "mandate simulate: %s\n", err);
            ok = 0;
        } else if (i && !same_batch(g->files[i], &part[i], &sh[i], g->files[0], &part[0], &sh[0])) {
            ok = 0;
        } else if (!i && !(at = calloc((size_t)sh[0].of, sizeof *at))) {
            fputs("mandate simulate: out of memory\n", stderr);
            ok = 0;
        } else if (at[sh[i].index - 1]) {
            fprintf(stderr, "mandate simulate: %s: shard %d of %d again (also %s)\n", g->files[i],
                    sh[i].index, sh[i].of, g->files[at[sh[i].index - 1] - 1]);
            ok = 0;
        } else {
            at[sh[i].index - 1] = i + 1;
        }
    }
    for (int k = 0; ok && k < sh[0].of; k++)
        if (!at[k]) {
            fprintf(stderr, "mandate simulate: --merge: shard %d of %d is missing (%d file%s "
                            "given)\n", k + 1, sh[0].of, g->nfiles, g->nfiles == 1 ? "" : "s");
            ok = 0;
        }
    if (ok) {
        struct sim *m = malloc(sizeof *m);
        ok = m != NULL;
        if (m) {
            sim_init(m, a.sc, &a.ps, part[0].seed);
            for (int k = 0; k < sh[0].of; k++)
                sim_add(m, &part[at[k] - 1]);
            ok = print_summary(m, NULL, g->json);
        }
        free(m);
    }
    for (int i = 0; text && i < g->nfiles; i++)
        free(text[i]);
    if (loaded)
        bundle_free(&a);
    free(text);
    free(len);
    free(part);
    free(sh);
    free(at);
    free(e);
    return ok ? 0 : 1;
}

/* The default of --jobs: the machine's online cores. */
static int online_cores(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > JOBS_MAX ? JOBS_MAX : (int)n;
}

/* "K/N" with 1 <= K <= N: 1 and sh set. */
static int parse_shard(const char *s, struct sim_shard *sh)
{
    char k[32];
    const char *slash = strchr(s, '/');
    if (!slash || slash - s >= (long)sizeof k)
        return 0;
    memcpy(k, s, (size_t)(slash - s));
    k[slash - s] = 0;
    return parse_int(slash + 1, 1, SIM_SHARDS_MAX, &sh->of) && parse_int(k, 1, sh->of, &sh->index);
}

enum {
    OPT_SCENARIO = OPTS_LONG, OPT_GAMES, OPT_SEED, OPT_AI, OPT_JSON, OPT_EXPLAIN, OPT_SAVE,
    OPT_JOBS, OPT_SHARD, OPT_MERGE, OPT_QUIET, OPT_THINK
};

/* Takes option c of o into g: 0, or 2 after a usage error line. */
static int take(struct sim_args *g, struct opts *o, int c)
{
    switch (c) {
    case OPT_JSON: g->json = 1; return 0;
    case OPT_QUIET: g->quiet = 1; return 0;
    case OPT_MERGE: g->merge = 1; return 0;
    case OPT_SCENARIO: g->scenario = o->arg; return 0;
    case OPTS_OPERAND:
        if (g->nfiles >= (int)(sizeof g->files / sizeof g->files[0]))
            return opts_usage(o, "%s: more than %d files", o->arg, g->nfiles);
        g->files[g->nfiles++] = o->arg;
        return 0;
    default:
        break;
    }
    switch (c) {
    case OPT_EXPLAIN: g->explain = 1; g->batch_only = "--explain"; return 0;
    case OPT_SAVE: g->save_path = o->arg; g->batch_only = "--save"; return 0;
    case OPT_GAMES:
        g->batch_only = "--games";
        if (!parse_int(o->arg, 1, 10000000, &g->games))
            return opts_usage(o, "--games %s: expected a number 1-10000000", o->arg);
        return 0;
    case OPT_SEED:
        g->batch_only = "--seed";
        if (!parse_u64(o->arg, &g->seed))
            return opts_usage(o, "--seed %s: expected a whole number >= 0", o->arg);
        return 0;
    case OPT_JOBS:
        g->batch_only = "--jobs";
        if (!parse_int(o->arg, 1, JOBS_MAX, &g->jobs))
            return opts_usage(o, "--jobs %s: expected a number of threads 1-%d", o->arg, JOBS_MAX);
        return 0;
    case OPT_SHARD:
        g->batch_only = "--shard";
        if (!parse_shard(o->arg, &g->shard))
            return opts_usage(o, "--shard %s: expected K/N, shard K of N with 1 <= K <= N", o->arg);
        return 0;
    case OPT_THINK:
        g->batch_only = "--think";
        if (!parse_int(o->arg, 1, AI_THINK_MAX, &g->think))
            return opts_usage(o, "--think %s: expected milliseconds per master decision 1-%d",
                              o->arg, AI_THINK_MAX);
        return 0;
    case OPT_AI:
        g->batch_only = "--ai";
        if (g->nspecs >= (int)(sizeof g->specs / sizeof g->specs[0]))
            return opts_usage(o, "too many --ai options");
        g->specs[g->nspecs++] = o->arg;
        return 0;
    default:
        return 2;
    }
}

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
        {"jobs", required_argument, NULL, OPT_JOBS},
        {"shard", required_argument, NULL, OPT_SHARD},
        {"merge", no_argument, NULL, OPT_MERGE},
        {"quiet", no_argument, NULL, OPT_QUIET},
        {"think", required_argument, NULL, OPT_THINK},
        {0},
    };
    struct sim_args *g = calloc(1, sizeof *g);
    if (!g) {
        fputs("mandate simulate: out of memory\n", stderr);
        return 1;
    }
    g->games = 100;
    g->seed = 1;
    g->jobs = online_cores();
    struct opts o;
    opts_init(&o, "simulate", usage, argc, argv, "", longopts);
    int rc = 0;
    const char *batch_only = NULL;
    for (int c; !rc && (c = opts_next(&o)) != OPTS_END;) {
        if (c == OPTS_HELP_SHOWN) {
            free(g);
            return 0;
        }
        g->batch_only = NULL;
        rc = take(g, &o, c);
        if (g->batch_only && !batch_only)
            batch_only = g->batch_only;
    }
    if (!rc && g->merge && !g->nfiles)
        rc = opts_usage(&o, "--merge: name the --json outputs of the shards to merge");
    else if (!rc && g->merge && batch_only)
        rc = opts_usage(&o, "--merge: %s does not apply (the shards' own settings are used)",
                        batch_only);
    else if (!rc && !g->merge && g->nfiles)
        rc = opts_usage(&o, "%s: unexpected argument", g->files[0]);
    else if (!rc && g->shard.of > g->games)
        rc = opts_usage(&o, "--shard %d/%d: more shards than games (%d)", g->shard.index,
                        g->shard.of, g->games);
    if (rc || g->merge) {
        rc = rc ? rc : merge(g);
        free(g);
        return rc;
    }
    g->shard.games_total = g->games;
    g->shard.think = g->think;
    struct bundle a;
    struct sim *m = malloc(sizeof *m);
    if (!m || !cli_bundle_load(&a, g->scenario)) {
        if (!m)
            fputs("mandate simulate: out of memory\n", stderr);
        free(m);
        free(g);
        return 1;
    }
    struct sim_setup st = {a.sc, &a.pub, &a.ps, g->seed, g->nspecs, {0}, {0}, {0}, g->think};
    for (int k = 0; !rc && k < g->nspecs; k++)
        if (!parse_ai_spec("simulate", &a, g->specs[k], &st.ai_seat[k], &st.ai_p[k],
                           &st.ai_level[k]))
            rc = 2;
    if (!rc)
        rc = play(g, &a, &st, m) ? 0 : 1;
    if (!rc && !print_summary(m, g->shard.of ? &g->shard : NULL, g->json))
        rc = 1;
    free(m);
    bundle_free(&a);
    free(g);
    return rc;
}
