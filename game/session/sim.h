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

/* An empty summary of games of sc with personalities ps, from seed. */
void sim_init(struct sim *m, const struct scenario *sc, const struct personality_set *ps,
              uint64_t seed);

/* Counts the turn s has just resolved: its covert orders and detections. */
void sim_turn(struct sim *m, const struct session *s);

/* Counts the game s has just ended: outcome, stability, every seat's
 * score and covert counts under its contingent, personality and level. */
void sim_game(struct sim *m, const struct session *s);

/* sum/n rounded half away from zero to `decimals` places (0-4) into
 * buf[size] ("-1.25", "0.00" when n <= 0), in integers; returns buf. */
const char *sim_mean(char *buf, size_t size, long sum, long n, int decimals);

#endif
