/* handout.h - a seat's role brief, to print and hand to the team that
 * plays it: the situation, its contingent's profile and figures, its
 * secret objectives, the other contingents as everyone knows them, and
 * its first week (the brief's injects and hints drawn from its position).
 * Written from the seat's own view at the start of the game, so that no
 * other seat's secret can be in it: a view holds none. */
#ifndef MANDATE_HANDOUT_H
#define MANDATE_HANDOUT_H

#include <stdio.h>

struct view;

/* Writes v's brief to f as Markdown (html 0) or one self-contained HTML
 * page (html 1, inline CSS, printable on A4). v is a seat's view (not the
 * facilitator's). 1 on success, 0 when a write failed or v is no seat's. */
int handout_write(FILE *f, const struct view *v, int html);

#endif
