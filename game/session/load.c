/* load.c - a save into a bundle and a replayed session, with one error
 * line naming the file and the place. */
#include "load.h"

#include <stdlib.h>
#include <string.h>

/* Rebuilds s on b from the record r; 0 with one error line under name. */
static int replay(const char *name, struct bundle *b, struct session *s, const struct record *r,
                  struct save_info *info, int flags, struct errlist *e)
{
    session_init(s, b->sc, &b->pub, &b->ps, r->seed);
    struct replay_error err;
    if (!session_replay(s, r, -1, flags, &err)) {
        char path[200], msg[400];
        replay_error_text(&err, b->sc, path, sizeof path, msg, sizeof msg);
        if (path[0])
            errlist_add(e, "%s: %s: %s", name, path, msg);
        else
            errlist_add(e, "%s: %s", name, msg);
        session_free(s);
        return 0;
    }
    if (info) {
        info->drift_turn = err.drift_turn;
        info->drift_expected = err.drift_turn ? err.expected : 0;
        info->drift_got = err.drift_turn ? err.got : 0;
        info->turns = s->rec.nturns;
    }
    return 1;
}

/* After the record r was read (ok), replays it; frees r. */
static int load(const char *name, struct bundle *b, struct session *s, struct save_info *info,
                int flags, struct errlist *e, int ok, struct record *r)
{
    if (ok && !replay(name, b, s, r, info, flags, e)) {
        bundle_free(b);
        ok = 0;
    }
    if (!ok)
        memset(s, 0, sizeof *s);
    free(r);
    return ok;
}

int session_load(const char *path, struct bundle *b, struct session *s,
                 struct save_info *info, int flags, struct errlist *e)
{
    struct record *r = malloc(sizeof *r);
    memset(s, 0, sizeof *s);
    if (!r) {
        errlist_add(e, "%s: out of memory", path);
        return 0;
    }
    int ok = save_read(path, b, r, info, e);
    return load(path, b, s, info, flags, e, ok, r);
}

int session_load_text(const char *text, size_t len, const char *name, struct bundle *b,
                      struct session *s, struct save_info *info, int flags,
                      struct errlist *e)
{
    struct record *r = malloc(sizeof *r);
    memset(s, 0, sizeof *s);
    if (!r) {
        errlist_add(e, "%s: out of memory", name);
        return 0;
    }
    int ok = save_parse(text, len, name, b, r, info, e);
    return load(name, b, s, info, flags, e, ok, r);
}

struct session *session_rebuilt(const struct session *s, struct replay_error *err)
{
    struct session *r = malloc(sizeof *r);
    struct record *rec = malloc(sizeof *rec);
    int ok = r && rec;
    if (ok) {
        *rec = s->rec;
        session_record_into(s, rec);
        session_init(r, s->g.sc, s->g.pub, s->ps, rec->seed);
        ok = session_replay(r, rec, -1, REPLAY_HISTORY, err);
        if (!ok)
            session_free(r);
    } else if (err) {
        memset(err, 0, sizeof *err);
        err->fault = REPLAY_NOMEM;
    }
    free(rec);
    if (!ok) {
        free(r);
        return NULL;
    }
    return r;
}
