/* host.h - the game host: one game, its record, its saves and its seats'
 * ports. It accepts orders from any seat in any order (a draft per seat,
 * then ready), resolves the week when every seat is ready or when told
 * (a deadline, the facilitator), autosaves, and tells each port what
 * changed. Solo, hot-seat, the bench and the tests are arrangements of
 * ports on one host; a server (later) is another. Opaque: no engine type
 * shows through this header. */
#ifndef MANDATE_HOST_H
#define MANDATE_HOST_H

#include <stddef.h>
#include <stdint.h>

#include "../config.h"

struct bundle;
struct errlist;
struct fac_action;
struct fview;
struct order;
struct personality;
struct port;
struct record;
struct save_info;
struct session;
struct view;

/* How a new game is set up. */
struct host_setup {
    uint64_t seed;
    const char *started_at;      /* UTC ISO 8601; NULL: now */
    int human[MAX_SEATS];        /* 1: a human seat */
    const struct personality *pers[MAX_SEATS];  /* NULL: the scenario's */
    int level[MAX_SEATS];        /* enum ai_level; -1: standard */
    int autosave;                /* 1: autosave after every week */
    int history;                 /* 1: keep the history a debrief reads */
    int think;                   /* ms per master decision (0: the default) */
};

/* Defaults: every seat AI with its scenario personality at the standard
 * level, autosave and history on. */
void host_setup_init(struct host_setup *st, uint64_t seed);

/* A new game on bundle b (borrowed: it must outlive the host). Never NULL
 * (out of memory aborts: nothing is lost at the start). */
struct host *host_new(const struct bundle *b, const struct host_setup *st);

/* Resumes a save (session_load, with the history rebuilt): the host owns
 * the bundle read from it. flags: HOST_LOAD_VERIFY (a checksum that
 * drifts is an error). NULL with errors in e (one line naming the file
 * and the place). info may be NULL. */
#define HOST_LOAD_VERIFY 1
struct host *host_load(const char *path, int flags, struct save_info *info, struct errlist *e);

void host_free(struct host *h);  /* NULL-safe */

/* Turns the autosave after every week on or off. */
void host_set_autosave(struct host *h, int on);

const struct bundle *host_bundle(const struct host *h);
/* The session (game/session/session.h), for what builds on it: the
 * debrief, tests. */
const struct session *host_session(const struct host *h);
/* The record as the game stands (seats, weeks, pending orders). */
const struct record *host_record(struct host *h);

/* Names the team of a seat ("" none: its contingent's name stands for
 * it), kept in the record and its saves; name is cleaned already
 * (data/team_name.h). */
void host_set_team(struct host *h, int seat, const char *name);

int host_nseats(const struct host *h);
int host_human(const struct host *h, int seat);
/* The week being played (the last one once the game has ended). */
int host_week(const struct host *h);
int host_weeks_resolved(const struct host *h);
int host_ended(const struct host *h);
/* The state's checksum (game_checksum). */
uint64_t host_checksum(const struct host *h);

/* ---- seats and their orders ---- */

/* The port of seat (borrowed: it must outlive the host, or be replaced).
 * NULL: an AI seat is played by the AI port; a human seat has none (its
 * orders come through host_submit/host_ready, or a deadline). */
void host_set_port(struct host *h, int seat, const struct port *p);

/* The facilitator's port (borrowed; NULL: none): host_run asks it
 * (seat VIEW_FACILITATOR, no view) at the start of each week before any
 * seat, and again while the exercise is paused; its turn acts through
 * the facilitator's link (session/fac_link.h). */
void host_set_facilitator(struct host *h, const struct port *p);

/* seat's view of the game now (seat may be VIEW_FACILITATOR, or
 * VIEW_PUBLIC: what every seat knows, for a public board). 1, or 0 for no
 * such seat. */
int host_view(const struct host *h, int seat, struct view *out);

/* The facilitator's view of the game now (every secret). 1. */
int host_fview(const struct host *h, struct fview *out);

/* Replaces seat's draft for this week (checked by the rules: 0 with the
 * reason in why when refused, or when the seat is ready or the game has
 * ended). Any seat, any order. */
int host_submit(struct host *h, int seat, const struct order *o, int n, char *why,
                size_t whylen);
/* seat's draft into out (at most max): its length, or -1 when it has none. */
int host_draft(const struct host *h, int seat, struct order *out, int max);
/* Confirms seat's draft (none: no orders). 1, or 0 with the reason. */
int host_ready(struct host *h, int seat, char *why, size_t whylen);
/* Withdraws seat's confirmation; its orders stay its draft. 1, or 0 when
 * it was not ready (or the game has ended). */
int host_unready(struct host *h, int seat);
int host_is_ready(const struct host *h, int seat);
/* 1 when every seat is ready. */
int host_all_ready(const struct host *h);

/* What a seat's orders get while the facilitator has paused the game. */
#define HOST_PAUSED "the exercise is paused by the facilitator"

/* Flags of host_resolve. */
#define HOST_RESOLVE_NOW 1       /* a deadline or the facilitator: seats not
                                  * ready have their draft submitted, or
                                  * (none) their AI personality's orders;
                                  * the record flags them */

/* Resolves the week: when every seat is ready, or at once with
 * HOST_RESOLVE_NOW (AI seats not yet asked decide first). Then the week is
 * recorded, autosaved (when set up so) and every port is told. 1, or 0
 * when not every seat is ready (without HOST_RESOLVE_NOW) or the game has
 * ended. */
int host_resolve(struct host *h, int flags);

/* Asks each seat that is neither ready nor asked this week for its turn,
 * in seat order, through its port. PORT_QUIT when a port quit (that seat
 * is asked again next time), else PORT_OK. */
int host_ask(struct host *h);

enum host_run_result { HOST_DONE, HOST_QUIT, HOST_PENDING };

/* The local driver: asks the ports (host_ask), resolves when every seat
 * is ready, until the game ends; then tells each seat's port (seat order)
 * that it has ended. HOST_DONE, HOST_QUIT (a port quit), or HOST_PENDING
 * (a seat's answer comes later: a port answered PORT_PENDING, or a human
 * seat has no port). */
int host_run(struct host *h);

/* ---- the facilitator (host_control.c) ---- */

/* Takes the facilitator's action a (core/record.h: kind and its fields;
 * a->at the UTC time it was taken, given by the caller) at the caller's
 * monotonic clock now_ms (milliseconds; the host keeps no clock of its
 * own): checks it, applies it, keeps it in the record of this week (all
 * but notes and rewinds, which change nothing a replay must redo) and in
 * the journal (all). fire, hold, release, seat and contingency go
 * through the session (a replay applies them the same way); pause,
 * resume, deadline, resolve_now, kick and reveal are the host's; rewind
 * rebuilds the game at the start of week a->amount by the replay routine
 * (the record from that week on is dropped, the journal kept whole with
 * the undone actions marked), then autosaves. Only the facilitator's end
 * calls this: no seat's link reaches it. 1, or 0 with the reason in
 * why. A game loaded from a save keeps every week's deadline as last set,
 * and is not paused. */
int host_control(struct host *h, const struct fac_action *a, int64_t now_ms, char *why,
                 size_t whylen);

/* 1 while the facilitator has paused the exercise: seats' orders are
 * refused ("the exercise is paused by the facilitator") and the
 * deadline's countdown stops (the time left is kept). */
int host_paused(const struct host *h);

/* Seconds left until this week's deadline at now_ms (rounded up), or -1
 * when there is none. */
int host_deadline_left(const struct host *h, int64_t now_ms);

/* Seconds every week's deadline gives (0: none). */
int host_deadline_secs(const struct host *h);
/* Sets every week's deadline to secs (0: none) from the next tick on,
 * as a setting (a server's --deadline), not a facilitator's action. */
void host_set_deadline(struct host *h, int secs);

/* Resolves the week now (HOST_RESOLVE_NOW) when its deadline has passed
 * at now_ms and the exercise is not paused: 1 when it did. */
int host_tick(struct host *h, int64_t now_ms);

/* The journal: every facilitator action taken, with its time and week
 * (the record's, read-only); its length into *n. */
const struct fac_action *host_journal(const struct host *h, int *n);

/* ---- saving (assets/SAVE_FORMAT.md) ---- */

/* Saves to a new file of the saves folder (save_manual); its path into
 * out. 1, or 0 with one line of reason in out (and host_save_error). */
int host_save(struct host *h, char *out, size_t n);
/* Autosaves (save_autosave: this game's newest few are kept; an ended
 * game gets its final save). As host_save otherwise. */
int host_autosave(struct host *h, char *out, size_t n);
/* The file that holds the game as it stands: the last autosave, else the
 * save it came from or was last saved to; "" when none, and when the last
 * save failed (the files are behind the game). */
const char *host_file(const struct host *h);
/* 1 when the last save failed and none worked since; its reason. */
int host_unsaved(const struct host *h);
const char *host_save_error(const struct host *h);
/* What of the game no file holds, in words, when the last save failed
 * ("weeks 3 to 4 are in no file (the newest save of this game ends after
 * week 2: FILE)"); "" when nothing is unsaved. */
void host_unsaved_text(const struct host *h, char *out, size_t n);

#endif
