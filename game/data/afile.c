/* afile.c - atomic writes through .NAME.tmp-PID, and the removal of the
 * temporary files that killed writers leave. */
#include "afile.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "data.h"

#define TMP_MARK ".tmp-"
#define STALE_PID_SECONDS 86400    /* a PID this old may be another process */
#define STALE_OLD_SECONDS 60       /* a random-suffixed temporary file this old
                                    * (older versions) was abandoned */

/* Copies the folder part of path into dir ("." when none); 0 if too long. */
static int dir_of(const char *path, char *dir, size_t n)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return snprintf(dir, n, ".") < (int)n;
    size_t len = slash == path ? 1 : (size_t)(slash - path);
    if (len >= n)
        return 0;
    memcpy(dir, path, len);
    dir[len] = '\0';
    return 1;
}

/* The PID a temporary file's name ends with (.NAME.tmp-PID), 0 when its
 * suffix is not a number, -1 when the name is not a temporary file's. */
static long temp_pid(const char *name)
{
    if (name[0] != '.')
        return -1;
    const char *mark = NULL;
    for (const char *p = strstr(name, TMP_MARK); p; p = strstr(p + 1, TMP_MARK))
        mark = p;
    if (!mark || mark == name)
        return -1;
    const char *s = mark + strlen(TMP_MARK);
    if (!*s)
        return -1;
    long pid = 0;
    for (const char *p = s; *p; p++) {
        if (*p < '0' || *p > '9' || p - s >= 9)
            return 0;
        pid = pid * 10 + (*p - '0');
    }
    return pid;
}

static int process_exists(long pid)
{
    return kill((pid_t)pid, 0) == 0 || errno != ESRCH;
}

int afile_clean(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    time_t now = time(NULL);
    long self = (long)getpid();
    int removed = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        long pid = temp_pid(de->d_name);
        char path[AFILE_PATH];
        struct stat st;
        if (pid < 0 || pid == self ||
            snprintf(path, sizeof path, "%s/%s", dir, de->d_name) >= (int)sizeof path ||
            lstat(path, &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        double age = difftime(now, st.st_mtime);
        int stale = pid > 0 ? !process_exists(pid) || age > STALE_PID_SECONDS
                            : age > STALE_OLD_SECONDS;
        if (stale && unlink(path) == 0)
            removed++;
    }
    closedir(d);
    return removed;
}

int afile_open(struct afile *a, const char *path, struct errlist *e)
{
    memset(a, 0, sizeof *a);
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    if (!*base || snprintf(a->path, sizeof a->path, "%s", path) >= (int)sizeof a->path ||
        !dir_of(path, a->dir, sizeof a->dir) ||
        snprintf(a->tmp, sizeof a->tmp, "%s/.%s" TMP_MARK "%ld", a->dir, base,
                 (long)getpid()) >= (int)sizeof a->tmp) {
        errlist_add(e, "%s: cannot write: not a usable file name", path);
        return 0;
    }
    afile_clean(a->dir);
    /* A temporary file of this name is a dead process's (this one writes
     * one file at a time): it goes. */
    int fd = open(a->tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno == EEXIST && unlink(a->tmp) == 0)
        fd = open(a->tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) {
        errlist_add(e, "%s: cannot write: cannot create a file in its folder: %s", path,
                    strerror(errno));
        return 0;
    }
    /* The mode of the file replaced; a new one has what the umask gave. */
    struct stat st;
    if (stat(path, &st) == 0)
        fchmod(fd, st.st_mode & 0777);
    a->f = fdopen(fd, "w");
    if (!a->f) {
        errlist_add(e, "%s: cannot write: %s", path, strerror(errno));
        close(fd);
        unlink(a->tmp);
        return 0;
    }
    return 1;
}

int afile_commit(struct afile *a, struct errlist *e)
{
    if (!a->f) {
        errlist_add(e, "%s: cannot write: not open", a->path);
        return 0;
    }
    const char *step = NULL;
    int err = 0;
    /* after a failed write errno still tells why (not reset here) */
    if (ferror(a->f) || fflush(a->f) != 0) {
        step = "cannot write";
        err = errno;
    } else if (fsync(fileno(a->f)) != 0) {
        step = "cannot flush to disk";
        err = errno;
    }
    if (fclose(a->f) != 0 && !step) {
        step = "cannot close";
        err = errno;
    }
    a->f = NULL;
    if (!step && rename(a->tmp, a->path) != 0) {
        step = "cannot rename into place";
        err = errno;
    }
    if (step) {
        errlist_add(e, "%s: %s: %s", a->path, step, err ? strerror(err) : "write failed");
        unlink(a->tmp);
        a->tmp[0] = '\0';
        return 0;
    }
    /* The rename itself reaches the disk with the folder. */
    int dfd = open(a->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        fsync(dfd);
        close(dfd);
    }
    a->tmp[0] = '\0';
    return 1;
}

void afile_abort(struct afile *a)
{
    if (a->f) {
        fclose(a->f);
        a->f = NULL;
    }
    if (a->tmp[0]) {
        unlink(a->tmp);
        a->tmp[0] = '\0';
    }
}
