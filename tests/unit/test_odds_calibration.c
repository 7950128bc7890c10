/* test_odds_calibration.c - issue 9, "Honest numbers": the odds a seat is
 * shown before a covert order are calibrated. Over at least 10,000 covert
 * decisions of AI games on the default scenario (a fixed batch: seeds from
 * 1), the mean shown chance (a range's centre) is within 3 points of the
 * mean true chance resolution used, and in every decile of the shown
 * chance with at least CALIB_BIN_MIN decisions the observed success rate
 * lies inside the decile widened by 5 points each side; deciles with fewer
 * are too few to judge, and must hold under 5% of the decisions. The
 * bounds are computed here from the sums, not taken from calibrate.c.
 * Before issue 9 the estimate assumed CI 2 and comms 50 without a dossier:
 * on this batch, shown 46.5% against a true 37.0%, and the 50-60% and
 * 60-70% deciles succeeded 44.4% and 46.0% of the time, so this test
 * failed. `mandate bench --odds` prints the figures. */
#include "assets.h"

#include <stdlib.h>

#include "session/calibrate.h"

static struct pub pub;
static struct personality_set ps;
static struct scenario *sc;

static int setup(void **state)
{
    (void)state;
    sc = assets_load(&pub, &ps, MANDATE_ASSETS "/scenarios/lakeland.json");
    return sc ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    free(sc);
    return 0;
}

static double pct(long sum, long n)
{
    return n ? sum / 10.0 / (double)n : 0;
}

static void shown_odds_are_calibrated_over_ten_thousand_decisions(void **state)
{
    (void)state;
    static struct calib c;
    calib_run(sc, &pub, &ps, 1, 10000, 20000, &c);
    long n = c.all.n;
    double shown = pct(c.all.shown, n), truth = pct(c.all.truth, n);
    double seen = pct(c.all.success * 1000, n);
    print_message("# %ld covert decisions of %d games: shown %.1f%%, true %.1f%%, observed "
                  "%.1f%%; true chance inside the shown range %.1f%%\n",
                  n, c.games, shown, truth, seen, c.in_range * 100.0 / (double)(n ? n : 1));
    assert_true(n >= 10000);
    assert_true(shown - truth <= 3.0 && truth - shown <= 3.0);
    long unjudged = 0;
    for (int b = 0; b < CALIB_BINS; b++) {
        const struct calib_sum *s = &c.bin[b];
        if (!s->n)
            continue;
        double lo = b * 10.0 - 5, hi = b * 10.0 + 15, rate = pct(s->success * 1000, s->n);
        int judged = s->n >= CALIB_BIN_MIN;
        print_message("# shown %2d-%3d%%: %5ld decisions, shown %.1f%%, true %.1f%%, observed "
                      "%.1f%% (bound %.0f-%.0f%%)%s\n",
                      b * 10, b * 10 + 10, s->n, pct(s->shown, s->n), pct(s->truth, s->n), rate,
                      lo, hi, judged ? "" : ": too few to judge");
        if (!judged) {
            unjudged += s->n;
            continue;
        }
        assert_true(rate >= lo && rate <= hi);
    }
    assert_true(unjudged * 20 < n);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(shown_odds_are_calibrated_over_ten_thousand_decisions),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
