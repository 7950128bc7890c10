/* play.h - one game being played in the terminal: its bundle and session,
 * who is human, saving and autosaving, and the turn driver that walks a
 * front end through a turn (assets/RULES.md section 3). No curses here. */
#ifndef MANDATE_PLAY_H
#define MANDATE_PLAY_H

#include <stddef.h>
#include <stdint.h>

#include "../data/save.h"
#include "../session/session.h"

struct frontend;

struct play {
    struct bundle b;             /* owned */
    struct session *s;           /* owned; NULL until started */
    int loaded;                  /* 1 when b holds a scenario */
    int nhuman;
    int from_save;               /* 1 when resumed from a save file */
    char save_path[1024];        /* the save it came from, or the last one written */
    char autosave_path[1024];    /* the last autosave written ("" none) */
    int saved_turns;             /* turns the newest file of the game holds (-1: none) */
    int unsaved;                 /* 1: the last save failed, none worked since */
    char save_error[320];        /* why it failed */
    struct session *rebuilt;     /* owned: s replayed with its history, or NULL */
};

/* Loads the bundle for a scenario (NAME or FILE). 1, or 0 with errors in e. */
int play_load_bundle(struct play *p, const char *scenario, struct errlist *e);

/* Starts a new game on the loaded bundle: human[i] marks human seats;
 * pers[i] (may be NULL, or hold NULLs) and level[i] (may be NULL, or hold
 * -1) set the AI of the others. */
void play_start(struct play *p, const int *human, const struct personality *const *pers,
                const int *level, uint64_t seed);

/* Resumes a save file, keeping its history (events and the AI's reasons,
 * rebuilt by replay) for the debrief. 1, or 0 with errors in e (p is
 * then empty). */
int play_load(struct play *p, const char *path, struct errlist *e);

void play_free(struct play *p);  /* NULL-safe; leaves p empty */

/* Replaces a human seat's orders for this turn and confirms them. 1, or
 * 0 with the reason. */
int play_submit(struct play *p, int seat, const struct order *o, int n, char *why,
                size_t whylen);

/* The file that holds the game as it stands: the last autosave, else the
 * save it came from or was last saved to; "" when none, and when the
 * last save failed (the files are behind the game). */
const char *play_file(const struct play *p);

/* Saves to a new file in the saves folder (save_manual); its path goes
 * to out. 1, or 0 with one line of reason in out (and p->save_error). */
int play_save(struct play *p, char *out, size_t n);

/* Autosaves (save_autosave: this game's newest few are kept; an ended
 * game gets its final save). 1, or 0 with the reason in out (and in
 * p->save_error). */
int play_autosave(struct play *p, char *out, size_t n);

/* What of the game no file holds, in words, when the last save failed
 * ("weeks 3 to 4 are in no file (the newest save of this game ends after
 * week 2: FILE)"); "" when nothing is unsaved. */
void play_unsaved_text(const struct play *p, char *out, size_t n);

/* Runs the game from where it stands until it ends or the players quit;
 * returns FE_OK or FE_QUIT. Autosaves after each resolved turn. */
int play_run(struct play *p, const struct frontend *fe);

/* The whole history of the game (every event of every turn, the AI's
 * reasons, snapshots), rebuilt by replaying the record - the AI seats
 * deciding again, so that their reasons come back - when the session did
 * not keep it. The result belongs to p (or is the session's own); NULL
 * when out of memory. */
const struct history *play_history(struct play *p);

#endif
