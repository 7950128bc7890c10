/* sim_show.h - how `mandate simulate` shows a batch to a person: the
 * progress line on a terminal's stderr while it plays, and the readable
 * summary with each contingent's win rate and mean score as bars. */
#ifndef MANDATE_CLI_SIM_SHOW_H
#define MANDATE_CLI_SIM_SHOW_H

#include <stdio.h>

struct sim;
struct sim_shard;

/* The progress of a batch of `total` games drawn on f (a terminal), at
 * most 4 times a second: games done, games per second, time left. */
struct sim_progress {
    FILE *f;
    long total;
    double start;               /* monotonic seconds */
    double drawn;               /* when last drawn; 0: never */
};

void sim_progress_start(struct sim_progress *p, FILE *f, long total);
/* The progress with done games ended (a struct sim_watch's tick). */
void sim_progress_tick(void *p, long done);
/* Clears the line, leaving the terminal as it was. */
void sim_progress_end(struct sim_progress *p);

/* The readable summary of m (sh: the shard it holds, or NULL) on stdout;
 * utf8: bars of block characters, else of '#'. */
void sim_show_text(const struct sim *m, const struct sim_shard *sh, int utf8);

/* 1 when the locale's characters are UTF-8. */
int sim_show_utf8(void);

#endif
