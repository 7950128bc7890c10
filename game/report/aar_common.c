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
