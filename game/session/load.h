/* load.h - a save file into a bundle and a session: the data layer reads
 * the bundle and the record (save_read), the one replay routine rebuilds
 * the game from the record (session_replay), and any problem is one line
 * naming the file and its place in it: "FILE: json.path: message". */
#ifndef MANDATE_SESSION_LOAD_H
#define MANDATE_SESSION_LOAD_H

#include <stddef.h>

#include "../data/save.h"
#include "session.h"

/* Reads the save at path into a fresh bundle b and session s built on it,
 * replayed with flags (REPLAY_VERIFY, REPLAY_HISTORY: see
 * session_replay); info (may be NULL) gets the file's facts and the
 * replay's (drift, pending). The session is ready to go on at the week
 * after the last recorded one, with the pending orders confirmed; the
 * caller frees it with session_free, then b with bundle_free (s points
 * into b). 1, or 0 with errors in e and nothing to free. */
int session_load(const char *path, struct bundle *b, struct session *s,
                 struct save_info *info, int flags, struct errlist *e);

/* The same from a buffer (at most DATA_FILE_MAX bytes; no NUL needed),
 * name the file's name in messages - for fuzzing and tests. */
int session_load_text(const char *text, size_t len, const char *name, struct bundle *b,
                      struct session *s, struct save_info *info, int flags,
                      struct errlist *e);

/* Replays s's own record again into a new session with the history (the
 * events, the AI's reasons, the snapshots a debrief reads), for a game
 * whose session did not keep it from the start. NULL when out of memory
 * or when the record does not replay (then err, if given, says why); the
 * caller frees the result with session_free and free. */
struct session *session_rebuilt(const struct session *s, struct replay_error *err);

#endif
