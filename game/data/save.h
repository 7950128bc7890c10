/* save.h - everything a game runs on (the bundle), and saves: JSON files
 * that record meaning, not keystrokes - the bundle's scenario, catalogue
 * and AI personalities embedded, and the game's record (core/record.h:
 * the seed, the seats, every confirmed order turn by turn and the
 * state's checksum after each turn). Reading a save gives a bundle and a
 * record; game/session replays the record (session_load). Writes are
 * atomic. */
#ifndef MANDATE_SAVE_H
#define MANDATE_SAVE_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "../core/personality.h"
#include "../core/pub.h"
#include "../core/world.h"
#include "data.h"

struct record;                       /* core/record.h */

#define SAVE_FORMAT_VERSION 1
#define SAVE_KEEP_DEFAULT 5          /* autosave generations kept */

/* What a game is built from, with the canonical JSON texts that a save
 * embeds (so that a save stays playable when the asset files change). */
struct bundle {
    struct scenario *sc;             /* owned */
    struct catalogue cat;
    struct pub pub;                  /* the public book of sc and cat, built
                                      * once: every session borrows it */
    struct personality_set ps;
    char *scenario_json;             /* owned, canonical (unformatted) JSON */
    char *catalogue_json;            /* owned */
    char scenario_path[1024];        /* where it was loaded from ("" from a save) */
    uint64_t scenario_hash;          /* FNV-1a of scenario_json */
};

/* Loads the catalogue (ASSETS/orders.json), the personalities (ASSETS/ai)
 * and a scenario (a NAME under ASSETS/scenarios, or a file; NULL for
 * BUNDLE_DEFAULT_SCENARIO). 1 on success, else 0 with every error listed
 * in e (and nothing to free). A session built on a bundle points into it:
 * the bundle must stay where it is until the session is done. */
int bundle_load(struct bundle *b, const char *scenario, struct errlist *e);
void bundle_free(struct bundle *b);    /* NULL-safe; leaves b zeroed */

#define BUNDLE_DEFAULT_SCENARIO "lakeland"

/* FNV-1a 64 of text[0..n): the scenario_hash of a save. */
uint64_t bundle_hash(const char *text, size_t n);

/* Facts of a save besides its game. */
struct save_info {
    int version;                     /* format version of the file */
    char game_version[32];
    char saved_at[32];               /* UTC, ISO 8601 */
    char started_at[32];
    int turns;                       /* turns recorded */
    int pending;                     /* seats whose orders for the current
                                      * turn were confirmed */
    int migrated;                    /* keys an older save's embedded files
                                      * lacked, taken from the current asset
                                      * files (0: none) */
    /* Filled by the replay of session_load: the first turn whose checksum
     * differs from the recorded one (only without verification: the
     * rules changed since the save), else 0. */
    int drift_turn;
    uint64_t drift_expected, drift_got;
};

/* Writes the record r of a game played on bundle b (its texts embedded)
 * to path: a temporary file in the same folder, fsync'd, renamed into
 * place, the folder fsync'd. r's pending orders (human seats' confirmed
 * orders of the week being played) are kept; AI seats decide again on
 * load. 1 on success, else 0 with one error line naming the file (the
 * old file, if any, is then untouched). */
int save_write(const char *path, const struct record *r, const struct bundle *b,
               struct errlist *e);

/* Reads a save into a fresh bundle and record: the file's format and
 * version, the embedded files (migrated when older: see SAVE_FORMAT.md),
 * the seats, every recorded turn's orders by meaning, checksum and flags,
 * the pending orders. Nothing is replayed: an order is checked here only
 * for what it names, not by the rules (session_replay does that). 1 on
 * success, else 0 with errors naming the file and the place (JSON path
 * or line:col); the caller frees the bundle with bundle_free. On failure
 * nothing needs freeing. info may be NULL. */
int save_read(const char *path, struct bundle *b, struct record *r,
              struct save_info *info, struct errlist *e);

/* The same from a buffer (no NUL needed; at most DATA_FILE_MAX bytes) -
 * for fuzzing. name is the file name in messages. */
int save_parse(const char *text, size_t len, const char *name, struct bundle *b,
               struct record *r, struct save_info *info, struct errlist *e);

/* The saves folder: --save-dir when set by save_set_dir, else
 * $MANDATE_SAVE_DIR when set, else the saves/ folder of the source tree
 * for a build run from its checkout (MANDATE_SAVES compiled in), else
 * (installed) $XDG_DATA_HOME/mandate/saves, by default
 * ~/.local/share/mandate/saves. */
const char *save_dir(void);
void save_set_dir(const char *dir);

/* The name of a game's files: SCENARIO-YYYYMMDD-HHMMSS-XXXXXX, from its
 * scenario, when it started (started_at) and six hex digits of a hash of
 * the scenario id, seed and started_at - the same for every file of one
 * game, and for the game loaded from one of them. */
void save_game_name(const struct record *r, const char *scenario_id, char *out, size_t n);

/* Writes the game into the saves folder (created when missing):
 *  - while it goes on: DIR/autosave-GAME-tNN.json (NN turns played), then
 *    deletes all but the newest `keep` autosaves of this game (GAME, see
 *    save_game_name) - never a file of another game;
 *  - once it has ended: DIR/GAME-final.json, which nothing deletes; a
 *    later save of the same ended game (the hot wash's pages shown since)
 *    replaces it, atomically. A game branched by loading an older save
 *    (other weeks, or another journal) gets GAME-final-2.json, -3...
 * An autosave's name taken by an earlier save of the same game (a quit
 * right after the week's autosave) is replaced the same way; by another
 * game (a branched one) it gets -2, -3...
 * Temporary files that killed writers left in DIR go too. The path
 * written goes to out (may be NULL). 1, or 0 with one error line. */
int save_autosave(const struct record *r, const struct bundle *b, int ended, int keep,
                  char *out, size_t n, struct errlist *e);

/* A save on demand: DIR/GAME-weekNN.json (NN the week being played; -2,
 * -3... when taken), never deleted. As save_autosave otherwise. */
int save_manual(const struct record *r, const struct bundle *b, int ended, char *out,
                size_t n, struct errlist *e);

/* 1 when path is a Mandate save at a glance: a regular file whose first
 * 4 KiB hold "format": "mandate-save" (never blocks: a pipe is not). */
int save_probe(const char *path);

/* A file of the saves folder. */
struct save_file {
    char name[256];                  /* in the folder */
    struct timespec mtime;
    long long size;
};

/* The Mandate saves (save_probe) named *.json of dir, newest first
 * (modification time, then name), into a new array *out (NULL when
 * none; the caller frees it); returns their count. */
int save_list(const char *dir, struct save_file **out);

/* The newest save (save_list) of the saves folder into out; 0 if none
 * (or the path does not fit). */
int save_newest(char *out, size_t n);

#endif
