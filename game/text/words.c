/* words.c - the words a reader sees (see words.h). */
#include "words.h"

#include <stdio.h>

#include "../core/pub.h"

#define X_WORD(e, word) [e] = word,
static const char *const quality_words[] = {QUALITY_WORDS(X_WORD)};
static const char *const outcome_words[] = {OUTCOME_WORDS(X_WORD)};
static const char *const implant_words[] = {IMPLANT_WORDS(X_WORD)};
#undef X_WORD

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

_Static_assert(COUNT(outcome_words) == OUT_COUNT, "a word for every outcome");
_Static_assert(COUNT(implant_words) == IMP_COUNT, "a word for every kind of implant");

static const char *word_of(const char *const *words, int n, int i)
{
    return i >= 0 && i < n && words[i] ? words[i] : "?";
}

const char *words_quality(int quality)
{
    return word_of(quality_words, COUNT(quality_words), quality);
}

const char *words_implant(int kind)
{
    return word_of(implant_words, COUNT(implant_words), kind);
}

const char *words_outcome(int outcome, int collapsed)
{
    if (outcome == OUT_FAILURE && collapsed)
        return "failure (collapse)";
    return word_of(outcome_words, COUNT(outcome_words), outcome);
}

const char *words_s(int n)
{
    return n == 1 || n == -1 ? "" : "s";
}

const char *words_permille(int pm, char *buf, size_t n)
{
    if (pm < 0)
        pm = 0;
    snprintf(buf, n, "%d.%d", pm / 10, pm % 10);
    return buf;
}

const char *words_capital(const char *word, char *buf, size_t n)
{
    snprintf(buf, n, "%s", word);
    if (n && buf[0] >= 'a' && buf[0] <= 'z')
        buf[0] = (char)(buf[0] - 'a' + 'A');
    return buf;
}

const char *words_seat(const struct pub *pub, int seat)
{
    if (seat == TARGET_HQ)
        return "mission HQ";
    return seat >= 0 && seat < pub->nseats ? pub->seats[seat].name : "unknown";
}

const char *words_sector(const struct pub *pub, int sector)
{
    return sector >= 0 && sector < pub->nsectors ? pub->sectors[sector].name : "?";
}

const char *words_order(const struct pub *pub, int kind)
{
    if (kind < 0 || kind >= ORD_COUNT)
        return "an order";
    return pub->cat.orders[kind].name[0] ? pub->cat.orders[kind].name : order_name(kind);
}
