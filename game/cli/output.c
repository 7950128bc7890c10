/* output.c - a command's document to standard output or, atomically, to
 * a file. */
#include "output.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../data/afile.h"
#include "../data/data.h"

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

/* Writes to out atomically (afile.h: the old file or the whole new one;
 * temporary files of killed writers are removed); prints one error line
 * naming out on failure. Only a regular file (or a new one) is replaced
 * so: a device or a pipe is written into, and a symbolic link is
 * followed to the file it names, which is replaced. */
static int write_atomic(const char *cmd, const char *out, out_emit_fn emit, void *arg)
{
    struct stat st;
    if (stat(out, &st) == 0 && !S_ISREG(st.st_mode))
        return write_direct(cmd, out, emit, arg);
    char *real = NULL;
    if (lstat(out, &st) == 0 && S_ISLNK(st.st_mode))
        real = realpath(out, NULL);
    struct errlist *e = malloc(sizeof *e);
    struct afile *a = malloc(sizeof *a);
    int ok = 0;
    if (e && a) {
        errlist_init(e);
        if (afile_open(a, real ? real : out, e)) {
            int wrote = emit(a->f, arg);
            if (wrote || ferror(a->f)) {
                ok = afile_commit(a, e) && wrote;   /* a write error: commit says why */
            } else {
                afile_abort(a);
                errlist_add(e, "%s: cannot write: out of memory", out);
            }
        }
    } else {
        fprintf(stderr, "mandate %s: %s: out of memory\n", cmd, out);
    }
    if (e && e->n)
        fprintf(stderr, "mandate %s: %s\n", cmd, e->line[0]);
    free(e);
    free(a);
    free(real);
    return ok;
}

int out_write(const char *cmd, const char *out, out_emit_fn emit, void *arg)
{
    if (out && strcmp(out, "-") != 0)
        return write_atomic(cmd, out, emit, arg);
    /* a write error on standard output is reported by main */
    int ok = emit(stdout, arg);
    return fflush(stdout) == 0 && !ferror(stdout) && ok;
}
