/* save.h - everything a game runs on (the bundle), and saves: JSON files
 * that record meaning, not keystrokes - the scenario, catalogue and AI
 * personalities embedded, the seed, the seats, every confirmed order turn
 * by turn and the state's checksum after each turn. Writes are atomic. */
#ifndef MANDATE_SAVE_H
#define MANDATE_SAVE_H

#include <stddef.h>
#include <stdint.h>

#include "../ai/personality.h"
#include "../core/world.h"
#include "data.h"

struct session;

#define SAVE_FORMAT_VERSION 1
#define SAVE_KEEP_DEFAULT 5          /* autosave generations kept */

/* What a game is built from, with the canonical JSON texts that a save
 * embeds (so that a save stays playable when the asset files change). */
struct bundle {
    struct scenario *sc;             /* owned */
    struct catalogue cat;
    struct personality_set ps;
    char *scenario_json;             /* owned, canonical (unformatted) JSON */
    char *catalogue_json;            /* owned */
    char scenario_path[1024];        /* where it was loaded from ("" from a save) */
    uint64_t scenario_hash;          /* FNV-1a of scenario_json */
};

/* Loads the catalogue (ASSETS/orders.json), the personalities (ASSETS/ai)
 * and a scenario (a NAME under ASSETS/scenarios, or a file). 1 on success,
 * else 0 with every error listed in e. */
int bundle_load(struct bundle *b, const char *scenario, struct errlist *e);
void bundle_free(struct bundle *b);    /* NULL-safe; leaves b zeroed */

/* Facts of a save besides its game. */
struct save_info {
    int version;                     /* format version of the file */
    char game_version[32];
    char saved_at[32];               /* UTC, ISO 8601 */
    char started_at[32];
    int turns;                       /* turns recorded */
};

/* Writes the session (its record, seats and seed) and the bundle's texts
 * to path: a temporary file in the same folder, fsync'd, renamed into
 * place. 1 on success, else 0 with one error line naming the file. */
int save_write(const char *path, const struct session *s, const struct bundle *b,
               struct errlist *e);

/* Reads a save into a fresh bundle and session, replaying every recorded
 * turn (AI seats recompute their decisions, so their memories and the AI
 * generator continue as in the original game, but the recorded orders
 * are what is applied). With verify, each turn's checksum must match:
 * the first turn that drifts is an error naming it. 1 on success, else 0
 * with errors naming the file and the place (JSON path or line:col). The
 * session is ready to continue at the turn after the last recorded one.
 * On failure nothing needs freeing. */
int save_read(const char *path, struct bundle *b, struct session *s,
              struct save_info *info, int verify, struct errlist *e);

/* The same from a buffer (no NUL needed) - for fuzzing. */
int save_parse(const char *text, size_t len, const char *name, struct bundle *b,
               struct session *s, struct save_info *info, int verify,
               struct errlist *e);

/* The saves folder: --save-dir when set by save_set_dir, else
 * $MANDATE_SAVE_DIR when set, else the saves/ folder of the source tree. */
const char *save_dir(void);
void save_set_dir(const char *dir);

/* Writes DIR/autosave-<timestamp>-t<turn>.json and keeps the newest `keep`
 * autosaves. The path written goes to out. 1 on success. */
int save_autosave(const struct session *s, const struct bundle *b, int keep,
                  char *out, size_t n, struct errlist *e);

/* The newest save or autosave in the saves folder into out; 0 if none. */
int save_newest(char *out, size_t n);

#endif
