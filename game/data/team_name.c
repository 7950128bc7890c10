/* team_name.c - cleaning a team's name (team_name.h). */
#include "team_name.h"

#include <stdio.h>
#include <string.h>

#include "../config.h"
#include "utf8.h"

/* Characters a name may not hold: C0 and C1 controls, DEL, and the
 * invisible ones that reorder or hide text (bidirectional overrides and
 * isolates, line and paragraph separators). */
static int forbidden(unsigned cp)
{
    return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x202a && cp <= 0x202e) ||
           (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 || cp == 0x2029;
}

int team_name_clean(const char *in, char *out, size_t n, char *why, size_t whylen)
{
    size_t o = 0;
    int chars = 0, space = 0;
    out[0] = 0;
    for (const char *s = in; *s;) {
        unsigned cp;
        size_t len = utf8_decode(s, &cp);
        chars++;
        if (!len) {
            snprintf(why, whylen, "not valid UTF-8 (byte 0x%02x at character %d)",
                     (unsigned char)*s, chars);
            return 0;
        }
        if (forbidden(cp)) {
            snprintf(why, whylen, "a control character (U+%04X) at character %d", cp, chars);
            out[0] = 0;
            return 0;
        }
        s += len;
        if (cp == ' ') {
            space = o > 0;       /* blanks at the start are dropped */
            continue;
        }
        if (o + len + 2 > n) {
            snprintf(why, whylen, "too long: a team name fits in %d columns", NAME_COLS);
            out[0] = 0;
            return 0;
        }
        if (space)
            out[o++] = ' ';
        space = 0;
        memcpy(out + o, s - len, len);
        o += len;
        out[o] = 0;
    }
    long cols = utf8_cols(out);
    if (cols > NAME_COLS) {
        snprintf(why, whylen, "%ld columns long: a team name fits in %d", cols, NAME_COLS);
        out[0] = 0;
        return 0;
    }
    return 1;
}
