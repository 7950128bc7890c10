/* aar_common.c - wording shared by the Markdown and HTML reports. */
#include <stdio.h>
#include <string.h>

#include "aar_int.h"
#include "debrief_int.h"

const char *aar_date(const char *iso, char *buf, size_t n)
{
    if (!iso || !iso[0])
        return db_fmt(buf, n, "unknown");
    /* YYYY-MM-DDTHH:MM:SS... */
    if (strlen(iso) >= 16 && iso[10] == 'T')
        return db_fmt(buf, n, "%.10s %.5s UTC", iso, iso + 11);
    return db_fmt(buf, n, "%s", iso);
}

const char *aar_scope(const struct debrief *d, char *buf, size_t n)
{
    int human = 0;
    for (int i = 0; i < d->nseats; i++)
        human += d->seat[i].human;
    return db_fmt(buf, n, "A tabletop exercise of %d contingents (%d played by human team%s, %d "
                  "by the AI) in %d sectors, %d weekly turns scheduled and %d played; %d "
                  "learning objectives.", d->nseats, human, human == 1 ? "" : "s",
                  d->nseats - human, d->nsectors, d->scheduled, d->turns, LESSON_COUNT);
}

/* Seconds since 1970 of "YYYY-MM-DDTHH:MM:SS..." (UTC), or -1. */
static long long iso_seconds(const char *iso)
{
    int y, mo, dd, h, mi, s;
    char t;
    if (!iso || sscanf(iso, "%4d-%2d-%2d%c%2d:%2d:%2d", &y, &mo, &dd, &t, &h, &mi, &s) != 7 ||
        t != 'T' || mo < 1 || mo > 12 || dd < 1 || dd > 31 || h > 23 || mi > 59 || s > 60 ||
        y < 1970 || h < 0 || mi < 0 || s < 0)
        return -1;
    /* days from the civil date (proleptic Gregorian) */
    int yy = y - (mo <= 2);
    int era = yy / 400, yoe = yy - era * 400;
    int doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
    long long days = (long long)era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
    return days * 86400 + h * 3600 + mi * 60 + s;
}

long aar_elapsed(const struct debrief *d, const struct aar_meta *meta)
{
    long long a = iso_seconds(d->started_at), b = iso_seconds(meta ? meta->saved_at : NULL);
    if (a < 0 || b < a || b - a > 365LL * 86400)
        return -1;
    return (long)(b - a);
}

const char *aar_duration(const struct debrief *d, const struct aar_meta *meta, char *buf,
                         size_t n)
{
    long s = aar_elapsed(d, meta);
    db_fmt(buf, n, "%d weekly turn%s", d->turns, d->turns == 1 ? "" : "s");
    if (s < 0)
        db_cat(buf, n, " (time of play not recorded)");
    else if (s < 60)
        db_cat(buf, n, " in under a minute (from its start to its last save)");
    else if (s < 3600)
        db_cat(buf, n, " in %ld min of play (from its start to its last save)", s / 60);
    else
        db_cat(buf, n, " in %ld h %02ld min of play (from its start to its last save)", s / 3600,
               s / 60 % 60);
    return buf;
}

size_t aar_control(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    if (*p == 0)
        return 0;
    if (*p < 0x20 || *p == 0x7f)
        return 1;
    return p[0] == 0xc2 && p[1] >= 0x80 && p[1] < 0xa0 ? 2 : 0;
}

const char *aar_entity(char c)
{
    switch (c) {
    case '&':
        return "&amp;";
    case '<':
        return "&lt;";
    case '>':
        return "&gt;";
    case '"':
        return "&quot;";
    case '\'':
        return "&#39;";
    default:
        return NULL;
    }
}

/* ---- the words of a seat's or the public document ---- */

const char aar_seat_knew[] =
    " knew: its secret objectives, its own hidden orders with their dice, what it detected "
    "and learned, and the public record. No other contingent's secret is in it.";
const char aar_seat_orders[] =
    "Its own covert and counter-intelligence orders, turn by turn, with the dice it was shown.";
const char aar_seat_record[] =
    "What it was told, turn by turn: the public bulletin and, marked own, its private reports "
    "- dossiers, detections, what its insiders and intercepts gave.";
const char aar_public_record[] =
    "The public bulletin, turn by turn: injects to all, incidents and whom their victims "
    "blamed, accusations, pacts, investigations, leaks and public orders.";
const char aar_seat_reasons[] =
    "Its AI's every hidden order and the first order each rule of its instruction list "
    "produced, with the reason it gave.";
const char aar_own_score[] = " Until the game ends, a contingent knows only its own.";
