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
