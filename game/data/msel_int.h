/* msel_int.h - private to the MSEL module: its columns and the text of
 * its Trigger, Effects and Choices cells, to and from JSON trees. */
#ifndef MANDATE_DATA_MSEL_INT_H
#define MANDATE_DATA_MSEL_INT_H

#include <stdio.h>

#include <cJSON.h>

/* The columns, in the order export writes them. */
#define MSEL_COLUMNS(X)                                              \
    X(MC_EVENT, "Event", NULL)                                        \
    X(MC_ID, "ID", "id")                                              \
    X(MC_WEEK, "Week", NULL)                                          \
    X(MC_TRIGGER, "Trigger", "trigger")                               \
    X(MC_AUDIENCE, "Audience", "audience")                            \
    X(MC_TITLE, "Title", "title")                                     \
    X(MC_TEXT, "Text", "text")                                        \
    X(MC_QUESTION, "Expected action / discussion question", "question") \
    X(MC_NOTES, "Facilitator notes", "notes")                         \
    X(MC_EFFECTS, "Effects", "effects")                               \
    X(MC_CHOICES, "Choices", "choices")

#define X_ENUM(e, head, key) e,
enum msel_col { MSEL_COLUMNS(X_ENUM) MC_COUNT };
#undef X_ENUM

/* The heading export writes for column c. */
const char *msel_heading(int c);
/* The column a heading names (case and surrounding spaces ignored; a few
 * other names planners use are accepted), or -1. */
int msel_column_of(const char *heading);
/* The column a key of an inject (its JSON path under the inject, e.g.
 * "trigger.turn", "effects[2].amount") is read from. */
int msel_column_of_path(const char *path);

/* Writes a trigger, an effect list or a choice list as cell text. */
void msel_put_trigger(FILE *f, const cJSON *trigger);
void msel_put_effects(FILE *f, const cJSON *effects, const char *sep);
void msel_put_choices(FILE *f, const cJSON *choices);

/* Reads cell text into a new tree: a trigger object (empty text: kind
 * "turn"), an array of effects, an array of choices. NULL after writing
 * why into why[n] (the tree's own checks are the loader's, later). */
cJSON *msel_read_trigger(const char *s, char *why, size_t n);
cJSON *msel_read_effects(const char *s, char *why, size_t n);
cJSON *msel_read_choices(const char *s, char *why, size_t n);

#endif
