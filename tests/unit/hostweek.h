/* hostweek.h - a week of a host played through to its resolution, for
 * the cmocka tests that drive a host by hand (test_board, test_control). */
#ifndef MANDATE_TEST_HOSTWEEK_H
#define MANDATE_TEST_HOSTWEEK_H

#include "helpers.h"
#include "session/host.h"
#include "session/port.h"

/* Plays h's week: human seats confirm their drafts (none: no orders),
 * AI seats decide, the week resolves; a refusal fails the test. */
static inline void week(struct host *h)
{
    char why[200];
    for (int i = 0; i < host_nseats(h); i++)
        if (host_human(h, i) && !host_is_ready(h, i) && !host_ready(h, i, why, sizeof why))
            fail_msg("seat %d: %s", i, why);
    assert_int_equal(host_ask(h), PORT_OK);
    assert_true(host_resolve(h, 0));
}

#endif
