/* calibrate.h - how honest the odds shown to a seat are. AI-vs-AI games
 * are played; before each turn resolves, every covert order's estimate is
 * taken from its own seat's view (what the order dialog shows), then set
 * beside the chance resolution really used and the outcome. For `mandate
 * bench` and the calibration test. */
#ifndef MANDATE_CALIBRATE_H
#define MANDATE_CALIBRATE_H

#include <stdint.h>

struct scenario;
struct pub;
struct personality_set;

#define CALIB_BINS 10            /* deciles of the shown chance */

/* Sums over decisions; chances in per-mille. */
struct calib_sum {
    long n;
    long shown;                  /* the shown estimate (a range's centre) */
    long truth;                  /* the chance resolution used */
    long success;                /* operations that succeeded */
};

struct calib {
    struct calib_sum all;
    struct calib_sum bin[CALIB_BINS];   /* by the decile of the shown chance */
    struct calib_sum guessed;    /* shown as a guess: no fresh dossier */
    struct calib_sum known;      /* from fresh dossiers */
    long in_range;               /* true chance inside the shown range */
    long detect_shown, detect_truth, detected;  /* detection, per-mille sums */
    int games;
};

/* The bounds of honest odds, in per-mille: the mean shown chance within
 * CALIB_MEAN_TOLERANCE of the mean true chance; in each decile of the
 * shown chance holding at least CALIB_BIN_MIN decisions (fewer are too
 * few to judge), the observed success rate inside the decile widened by
 * CALIB_BIN_MARGIN on each side. */
#define CALIB_MEAN_TOLERANCE 30
#define CALIB_BIN_MARGIN 50
#define CALIB_BIN_MIN 200

/* Plays games of the scenario from seed, seed+1, ... with every seat an
 * AI at its scenario personality, until at least min_decisions covert
 * orders have resolved or max_games were played, and sums every covert
 * order into out (zeroed first). */
void calib_run(const struct scenario *sc, const struct pub *pub,
               const struct personality_set *ps, uint64_t seed, long min_decisions,
               int max_games, struct calib *out);

/* Mean of a sum, in per-mille (0 when empty). */
int calib_mean(long sum, long n);

/* 1 when the mean shown chance is within the tolerance of the true one. */
int calib_mean_ok(const struct calib *c);

/* 1 when decile b's observed rate is within its bounds, 0 when not, -1
 * when it holds too few decisions to judge. */
int calib_bin_ok(const struct calib *c, int b);

#endif
