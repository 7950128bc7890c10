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

