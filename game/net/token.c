/* token.c - tokens from the kernel's random source, and their sidecar
 * file (token.h). The file is text, one token a line:
 *     mandate-tokens 1
 *     facilitator HEX
 *     board HEX
 *     seat INDEX HEX
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "token.h"

int token_new(char out[TOKEN_HEX + 1])
{
    static const char hex[] = "0123456789abcdef";
    unsigned char b[TOKEN_BYTES];
    size_t got = 0;
    while (got < sizeof b) {
        ssize_t r = getrandom(b + got, sizeof b - got, 0);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            out[0] = 0;
            return 0;
        }
        got += (size_t)r;
    }
    for (int i = 0; i < TOKEN_BYTES; i++) {
        out[2 * i] = hex[b[i] >> 4];
        out[2 * i + 1] = hex[b[i] & 15];
    }
    out[TOKEN_HEX] = 0;
    return 1;
}

int token_valid(const char *s)
{
    if (!s)
        return 0;
    for (int i = 0; i < TOKEN_HEX; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
            return 0;
    return s[TOKEN_HEX] == 0;
}

int token_equal(const char *a, const char *b)
{
    if (!token_valid(a) || !token_valid(b))
        return 0;
    unsigned diff = 0;
    for (int i = 0; i < TOKEN_HEX; i++)
        diff |= (unsigned)(unsigned char)a[i] ^ (unsigned)(unsigned char)b[i];
    return diff == 0;
}

int token_set_new(struct token_set *t, int nseats, const int *human)
{
    memset(t, 0, sizeof *t);
    t->nseats = nseats;
    for (int i = 0; i < nseats && i < MAX_SEATS; i++)
        if (human[i] && !token_new(t->seat[i]))
            return 0;
    return token_new(t->facilitator) && token_new(t->board);
}

void token_sidecar(const char *save, char *out, size_t n)
{
    size_t len = strlen(save);
    if (len > 5 && strcmp(save + len - 5, ".json") == 0)
        len -= 5;
    snprintf(out, n, "%.*s.tokens", (int)len, save);
}

int token_find_sidecar(const char *save, const char *game, char *out, size_t n)
{
    token_sidecar(save, out, n);
    if (access(out, F_OK) == 0)
        return 1;
    char dir[1024];
    snprintf(dir, sizeof dir, "%s", save);
    char *slash = strrchr(dir, '/');
    if (slash)
        *slash = 0;
    else
        snprintf(dir, sizeof dir, ".");
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    char best[1200] = "", path[1200];
    struct timespec when = { 0, 0 };
    for (struct dirent *e; (e = readdir(d));) {
        size_t len = strlen(e->d_name);
        if (len < 8 || strcmp(e->d_name + len - 7, ".tokens") != 0 || !strstr(e->d_name, game))
            continue;
        struct stat st;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (stat(path, &st) != 0)
            continue;
        if (!best[0] || st.st_mtim.tv_sec > when.tv_sec ||
            (st.st_mtim.tv_sec == when.tv_sec && st.st_mtim.tv_nsec > when.tv_nsec)) {
            when = st.st_mtim;
            snprintf(best, sizeof best, "%s", path);
        }
    }
    closedir(d);
    if (!best[0])
        return 0;
    snprintf(out, n, "%s", best);
    return 1;
}

int token_write(const char *path, const struct token_set *t, char *err, size_t n)
{
    char tmp[1100];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        snprintf(err, n, "%s: %s", tmp, strerror(errno));
        return 0;
    }
    fchmod(fd, 0600);            /* whatever the file was */
    char buf[1024];
    int k = snprintf(buf, sizeof buf, "mandate-tokens 1\nfacilitator %s\nboard %s\n",
                     t->facilitator, t->board);
    for (int i = 0; i < t->nseats && i < MAX_SEATS; i++)
        if (t->seat[i][0])
            k += snprintf(buf + k, sizeof buf - (size_t)k, "seat %d %s\n", i, t->seat[i]);
    int ok = write(fd, buf, (size_t)k) == k && fsync(fd) == 0;
    int e = errno;
    if (close(fd) != 0 && ok) {
        ok = 0;
        e = errno;
    }
    if (ok && rename(tmp, path) != 0) {
        ok = 0;
        e = errno;
    }
    if (!ok) {
        snprintf(err, n, "%s: %s", path, strerror(e));
        unlink(tmp);
    }
    return ok;
}

int token_read(const char *path, int nseats, struct token_set *t, char *err, size_t n)
{
    memset(t, 0, sizeof *t);
    t->nseats = nseats;
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, n, "%s: %s", path, strerror(errno));
        return 0;
    }
    char line[200], word[32], hex[64];
    int lineno = 0, ok = 1;
    while (ok && fgets(line, sizeof line, f)) {
        lineno++;
        int seat = -1, used = 0;
        if (!strchr(line, '\n') && !feof(f))
            ok = 0;
        else if (lineno == 1)
            ok = strcmp(line, "mandate-tokens 1\n") == 0;
        else if (sscanf(line, "seat %d %63s %n", &seat, hex, &used) == 2)
            ok = seat >= 0 && seat < nseats && token_valid(hex) && line[used] == 0 &&
                 !t->seat[seat][0] && memcpy(t->seat[seat], hex, TOKEN_HEX + 1);
        else if (sscanf(line, "%31s %63s %n", word, hex, &used) == 2 && token_valid(hex) &&
                 line[used] == 0) {
            char *dst = strcmp(word, "facilitator") == 0 ? t->facilitator
                        : strcmp(word, "board") == 0     ? t->board : NULL;
            ok = dst && !dst[0];
            if (ok)
                memcpy(dst, hex, TOKEN_HEX + 1);
        } else
            ok = 0;
        if (!ok)
            snprintf(err, n, "%s:%d: %s", path, lineno,
                     lineno == 1 ? "expected 'mandate-tokens 1'"
                                 : "expected 'facilitator HEX', 'board HEX' or 'seat N HEX' "
                                   "(32 lowercase hex digits; each once)");
    }
    fclose(f);
    if (ok && (!t->facilitator[0] || !t->board[0])) {
        snprintf(err, n, "%s: no %s token", path, t->facilitator[0] ? "board" : "facilitator");
        ok = 0;
    }
    return ok;
}
