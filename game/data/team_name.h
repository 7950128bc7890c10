/* team_name.h - a human team's name as players type it (the new-game
 * screen, mandate new --team): cleaned, or refused with a reason - never
 * kept raw. The same rule as a scenario's names: one line of valid UTF-8
 * within NAME_COLS display columns. */
#ifndef MANDATE_DATA_TEAM_NAME_H
#define MANDATE_DATA_TEAM_NAME_H

#include <stddef.h>

/* Cleans in into out[n] (n at least NAME_LEN): blanks at both ends
 * dropped, a run of spaces inside made one. 1 with the name in out ("":
 * none, the contingent's name stands for it), or 0 with out "" and the
 * reason in why ("not valid UTF-8", "a control character (0x1b) at
 * character 3", "48 columns long: a team name fits in 39"). */
int team_name_clean(const char *in, char *out, size_t n, char *why, size_t whylen);

#endif
