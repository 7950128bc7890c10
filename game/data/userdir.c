/* userdir.c - the XDG base folders of one user, resolved from the
 * environment each time (nothing cached, nothing created). */
#include "userdir.h"

#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* The home folder: $HOME when set and absolute, else the password
 * database's entry of the real user; NULL when neither is known. */
static const char *home_dir(void)
{
    const char *h = getenv("HOME");
    if (h && h[0] == '/')
        return h;
    const struct passwd *pw = getpwuid(getuid());
    return pw && pw->pw_dir && pw->pw_dir[0] == '/' ? pw->pw_dir : NULL;
}

/* BASE/mandate[/SUB], where BASE is $var when absolute (the specification
 * says a relative one is to be ignored), else HOME/fallback. */
static int xdg_path(const char *var, const char *fallback, const char *sub,
                    char *out, size_t n)
{
    if (n == 0)
        return 0;
    const char *base = getenv(var);
    const char *home = "", *rest = "";
    if (!base || base[0] != '/') {
        if (!(home = home_dir())) {
            out[0] = '\0';
            return 0;
        }
        base = home;
        rest = fallback;
    }
    int has_sub = sub && *sub;
    int w = snprintf(out, n, "%s%s/mandate%s%s", base, rest,
                     has_sub ? "/" : "", has_sub ? sub : "");
    if (w < 0 || (size_t)w >= n) {
        out[0] = '\0';
        return 0;
    }
    return 1;
}

int userdir_data(const char *sub, char *out, size_t n)
{
    return xdg_path("XDG_DATA_HOME", "/.local/share", sub, out, n);
}

int userdir_config(const char *sub, char *out, size_t n)
{
    return xdg_path("XDG_CONFIG_HOME", "/.config", sub, out, n);
}
