/* afile.h - writing a file atomically: the contents go to a temporary
 * file .NAME.tmp-PID in the same folder, flushed to disk, renamed over
 * NAME, and the folder flushed, so that NAME is always the old file or
 * the whole new one. Temporary files left in that folder by writers that
 * were killed midway (their process is gone) are removed at the next
 * write there. Used by saves and by `mandate report -o`. */
#ifndef MANDATE_DATA_AFILE_H
#define MANDATE_DATA_AFILE_H

#include <stdio.h>

struct errlist;

#define AFILE_PATH 4096

/* One write in progress. */
struct afile {
    FILE *f;                      /* the contents go here; NULL when closed */
    char path[AFILE_PATH];        /* the file replaced */
    char tmp[AFILE_PATH];         /* the temporary file */
    char dir[AFILE_PATH];         /* their folder */
};

/* Removes the stale temporary files of dir first, then creates the
 * temporary file for path (mode: the file it replaces, else what the
 * umask gives) and opens it for writing in a->f. 1, or 0 with one error
 * line naming path in e (may be NULL); nothing to undo then. */
int afile_open(struct afile *a, const char *path, struct errlist *e);

/* Flushes, fsyncs and closes a->f, renames the temporary file over
 * a->path and flushes the folder. 1, or 0 with one error line naming
 * a->path (the temporary file is then removed, a->path untouched). */
int afile_commit(struct afile *a, struct errlist *e);

/* Gives up a write: closes and removes the temporary file. Safe after
 * afile_commit and on a struct afile never opened (zeroed). */
void afile_abort(struct afile *a);

/* Removes the temporary files of dir whose writer is gone: .NAME.tmp-PID
 * when no process PID exists (or the file is over a day old: the PID was
 * reused), and the random-suffixed ones of older versions after a
 * minute. A file of this process is left alone. Returns how many went. */
int afile_clean(const char *dir);

#endif
