/* output.c - a command's document to standard output or, atomically, to
 * a file. */
#include "output.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Flushes the folder of path, so that a rename in it reaches the disk. */
static void sync_folder(const char *path)
{
    char *copy = strdup(path);
    if (!copy)
        return;
    char *slash = strrchr(copy, '/');
    const char *dir = ".";
    if (slash == copy)
        dir = "/";
    else if (slash) {
        *slash = '\0';
        dir = copy;
    }
    int fd = open(dir, O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
    free(copy);
}

/* Writes straight into out (a device, a pipe: nothing to replace). */
static int write_direct(const char *cmd, const char *out, out_emit_fn emit, void *arg)
{
    FILE *f = fopen(out, "w");
    int ok = f != NULL && emit(f, arg);
    int err = errno;
    if (f) {
        ok = fflush(f) == 0 && ok;
        err = ok ? 0 : errno;
        ok = fclose(f) == 0 && ok;
    }
    if (!ok)
        fprintf(stderr, "mandate %s: %s: cannot write: %s\n", cmd, out,
                err ? strerror(err) : "write failed");
    return ok;
}

/* Writes to out through a temporary file in the same folder, renamed into
 * place, so that out is the old file or the whole new one; prints one
 * error line naming out on failure. Only a regular file (or a new one) is
 * replaced so: a device or a pipe is written into, and a symbolic link is
 * followed to the file it names, which is replaced. */
static int write_atomic(const char *cmd, const char *out, out_emit_fn emit, void *arg)
{
    struct stat st;
    if (stat(out, &st) == 0 && !S_ISREG(st.st_mode))
        return write_direct(cmd, out, emit, arg);
    char *real = NULL;
    if (lstat(out, &st) == 0 && S_ISLNK(st.st_mode))
        real = realpath(out, NULL);
    const char *dest = real ? real : out;
    size_t n = strlen(dest) + 16;
    char *tmp = malloc(n);
    if (!tmp) {
        fprintf(stderr, "mandate %s: %s: out of memory\n", cmd, out);
        free(real);
        return 0;
    }
    snprintf(tmp, n, "%s.tmpXXXXXX", dest);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        fprintf(stderr, "mandate %s: %s: cannot write: %s\n", cmd, out, strerror(errno));
        free(tmp);
        free(real);
        return 0;
    }
    /* mkstemp makes it private: give it the mode of the file it replaces,
     * else the one a new file would have */
    mode_t mode;
    if (stat(dest, &st) == 0) {
        mode = st.st_mode & 0777;
    } else {
        mode_t mask = umask(022);
        umask(mask);
        mode = 0666 & ~mask;
    }
    fchmod(fd, mode);
    FILE *f = fdopen(fd, "w");
    int ok = f != NULL && emit(f, arg);
    int err = errno;
    if (f) {
        ok = fflush(f) == 0 && ok;
        err = ok ? 0 : errno;
        ok = fsync(fileno(f)) == 0 && ok;
        ok = fclose(f) == 0 && ok;
    } else {
        close(fd);
    }
    if (ok && rename(tmp, dest) != 0) {
        err = errno;
        ok = 0;
    }
    if (ok)
        sync_folder(dest);
    if (!ok) {
        fprintf(stderr, "mandate %s: %s: cannot write: %s\n", cmd, out,
                err ? strerror(err) : "write failed");
        unlink(tmp);
    }
    free(tmp);
    free(real);
    return ok;
}

int out_write(const char *cmd, const char *out, out_emit_fn emit, void *arg)
{
    if (out && strcmp(out, "-") != 0)
        return write_atomic(cmd, out, emit, arg);
    int ok = emit(stdout, arg);
    ok = fflush(stdout) == 0 && !ferror(stdout) && ok;
    if (!ok)
        fprintf(stderr, "mandate %s: standard output: write failed\n", cmd);
    return ok;
}
