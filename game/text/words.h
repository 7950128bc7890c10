/* words.h - the words a reader sees: the prose names of the game's values
 * that only prose uses, counts with their plural, odds, and the names of
 * seats and sectors read through the public book. One spelling each, for
 * every screen, log and report.
 *
 * The names files and the AI also use live with their enumerations in
 * core/defs.h, one list apiece, and prose uses them as they are: share
 * levels (share_name: "none", "tactical", "broad"), insider stages
 * (stage_name), attributions (attribution_name), dossier categories
 * (dossier_name) and the AI's rules (ai_rule_name). */
#ifndef MANDATE_WORDS_H
#define MANDATE_WORDS_H

#include <stddef.h>

struct pub;

/* The quality of a dossier, 1..3 (core/holdings.h); a dossier has no
 * quality 0, so it has no word (words_quality says "?"). */
#define QUALITY_WORDS(X)                   \
    X(1, "glimpse")                        \
    X(2, "technical")                      \
    X(3, "insider")

/* The mandate's outcome (enum outcome) as a reader reads it. */
#define OUTCOME_WORDS(X)                   \
    X(OUT_NONE, "undecided")               \
    X(OUT_SUCCESS, "success")              \
    X(OUT_PARTIAL, "partial success")      \
    X(OUT_FAILURE, "failure")

/* A kind of implant (enum implant_kind); IMP_NONE marks no implant and
 * is never read out, so it has no word. */
#define IMPLANT_WORDS(X)                   \
    X(IMP_NETWORK, "network")              \
    X(IMP_TAP, "communications tap")

/* The word for a value of each list; "?" for one out of range. */
const char *words_quality(int quality);
const char *words_implant(int kind);

/* The outcome's words, with " (collapse)" after a failure by collapse:
 * "partial success", "failure (collapse)". */
const char *words_outcome(int outcome, int collapsed);

/* The plural s of a count's noun: "" when n is 1 or -1, else "s", as in
 * ("%d action point%s", n, words_s(n)): "1 action point", "2 action points". */
const char *words_s(int n);

/* A per-mille value as a percentage without the sign: "62.0" for 620
 * (0.0 for a negative one). Returns buf. */
const char *words_permille(int pm, char *buf, size_t n);

/* word with its first letter a capital ("Tactical"), into buf; returns
 * buf. */
const char *words_capital(const char *word, char *buf, size_t n);

/* The name of seat (a contingent), "mission HQ" for TARGET_HQ, else
 * "unknown". */
const char *words_seat(const struct pub *pub, int seat);

/* The name of sector, else "?". */
const char *words_sector(const struct pub *pub, int sector);

/* The name of an order kind as the catalogue gives it ("Harden
 * communications"), else "an order". */
const char *words_order(const struct pub *pub, int kind);

#endif
