/* sim.h - a batch of AI-vs-AI games summed up (what `mandate simulate`
 * prints): mandate outcomes, covert operations, detections and
 * attributions, and per contingent, personality and level the national
 * scores, wins and covert counts. Plain sums: means are taken when
 * printed (sim_mean), in integers, so output is identical everywhere. */
#ifndef MANDATE_SIM_H
#define MANDATE_SIM_H

#include <stddef.h>
#include <stdint.h>

#include "session.h"

/* The parts of a national score, summed: intel, influence, objectives,
 * reputation, penalties. */
#define SIM_PARTS 5

/* What one contingent, personality or level did over its seat-games. */
struct sim_tally {
    long seats;                  /* seat-games */
    long score;                  /* national score, summed */
    long wins;
    long covert[ORD_COUNT];
    long covert_total;
    long exposed;                /* its operations detected (seat.blown) */
    long detections;             /* operations against it that it detected */
    long attributed;             /* its operations rightly attributed */
    long parts[SIM_PARTS];
};

struct sim {
    const struct scenario *sc;         /* borrowed: the batch's scenario */
    const struct personality_set *ps;  /* borrowed: its personalities */
    int games;                         /* games ended so far */
    uint64_t seed;                     /* of the first game */
    int outcome[OUT_COUNT];
    long final_stability;              /* summed over games */
    long covert[ORD_COUNT];
    long detections;
    long attrib[ATTR_COUNT];
    struct sim_tally seat[MAX_SEATS];
    struct sim_tally pers[MAX_PERSONALITIES];
    struct sim_tally level[AI_LEVEL_COUNT];
    /* who played each seat in the last game ended (NULL: none) */
    const struct personality *seat_p[MAX_SEATS];
    int seat_level[MAX_SEATS];
    long game_covert[MAX_SEATS][ORD_COUNT]; /* the game in progress */
};

/* What a batch plays: the bundle's parts (borrowed, read only, shared by
 * every thread of a batch), the first seed (game i uses seed + i) and the
 * seats set by `--ai` (the scenario's personality at the standard level
 * for the others). */
struct sim_setup {
    const struct scenario *sc;
    const struct pub *pub;
    const struct personality_set *ps;
    uint64_t seed;
    int nai;
    int ai_seat[MAX_SEATS * 2];
    const struct personality *ai_p[MAX_SEATS * 2];
    int ai_level[MAX_SEATS * 2];       /* -1: the seat's level stays */
    int think;                         /* ms per master decision (0: default) */
};

/* Which part of a batch a summary holds (`simulate --shard K/N`): shard
 * index (1..of) of `of` holds games first..first+games-1 of games_total. */
#define SIM_SHARDS_MAX 1000000

struct sim_shard {
    int index, of;
    long games_total;
    int think;                   /* the batch's --think (0: the default) */
};

/* The games of shard index/of of a batch of total: [*lo, *hi). */
void sim_shard_range(const struct sim_shard *sh, long *lo, long *hi);

/* An empty summary of games of sc with personalities ps, from seed. */
void sim_init(struct sim *m, const struct scenario *sc, const struct personality_set *ps,
              uint64_t seed);

/* Counts the turn s has just resolved: its covert orders and detections. */
void sim_turn(struct sim *m, const struct session *s);

/* Counts the game s has just ended: outcome, stability, every seat's
 * score and covert counts under its contingent, personality and level. */
void sim_game(struct sim *m, const struct session *s);

/* What sim_play keeps of a game besides its tallies. */
enum sim_keep {
    SIM_LEAN,                    /* nothing more (session_lean) */
    SIM_RECORD,                  /* the record, with its checksums, to save */
    SIM_HISTORY,                 /* the record and the history, to explain */
};

/* Added to a keep of sim_play: s holds the last game sim_play played in
 * it (then freed by session_free), whose AI view buffer is kept
 * (session_again). */
#define SIM_AGAIN 8

/* Plays game gi of the batch (seed st->seed + gi) to its end in s and
 * counts it into m; s keeps what keep says (enum sim_keep), and holds
 * the ended game after (the caller frees it with session_free). */
void sim_play(struct sim *m, struct session *s, const struct sim_setup *st, long gi,
              int keep);

/* Adds the sums of from to into (same scenario and personalities);
 * who played each seat is taken from from when it played any game, so
 * that adding the parts of a batch in the order of their games gives the
 * summary of the whole batch. */
void sim_add(struct sim *into, const struct sim *from);

/* sum/n rounded half away from zero to `decimals` places (0-4) into
 * buf[size] ("-1.25", "0.00" when n <= 0), in integers; returns buf. */
const char *sim_mean(char *buf, size_t size, long sum, long n, int decimals);

#endif
