/* score.h - national scores and secret objectives (assets/RULES.md section 6). */
#ifndef MANDATE_SCORE_H
#define MANDATE_SCORE_H

#include "../config.h"

struct game;

struct score {
    int intel;                   /* fresh dossiers by value */
    int influence;
    int objectives;              /* points of completed secret objectives */
    int reputation;
    int penalties;               /* attributed operations, false blame */
    int raw;                     /* the sum, before the mandate factor */
    int factor;                  /* per-mille: success, partial, failure */
    int total;
    int done[MAX_OBJECTIVES];    /* 1 per completed objective */
};

/* Scores seat as if the game ended now (with the current mandate outcome). */
void score_seat(const struct game *g, int seat, struct score *out);

/* 1 when the seat's objective (index into the scenario's table) holds. */
int objective_done(const struct game *g, int seat, int objective);

/* The seat with the highest national score (lowest index on a tie). */
int score_winner(const struct game *g);

/* Value of one dossier now: weight x quality x freshness. */
int dossier_value(const struct game *g, int holder, int target, int cat);

#endif
