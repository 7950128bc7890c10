/* lesson.h - the learning objectives of assets/RULES.md section 1 as plain
 * data (assets/objectives.json, read by data_load_lessons in game/data), the
 * HSEEP ratings a debrief (game/report) gives them and the capability
 * elements of an improvement plan. In code a learning objective is a "lesson", as in
 * order_def.lessons, so that it is not confused with a contingent's
 * secret objectives. */
#ifndef MANDATE_LESSON_H
#define MANDATE_LESSON_H

#include "../config.h"

#define LESSON_COUNT 8     /* learning objectives 1..8 */
#define LESSON_QUESTIONS 4 /* discussion questions of one */

/* HSEEP ratings of a critical task, best first. */
#define RATING_LIST(X)                                                                             \
    X(RATING_NONE, "-", "did not come up")                                                         \
    X(RATING_P, "P", "performed without challenges")                                               \
    X(RATING_S, "S", "performed with some challenges")                                             \
    X(RATING_M, "M", "performed with major challenges")                                            \
    X(RATING_U, "U", "unable to be performed")

/* Capability elements of an improvement plan (HSEEP's POETE). */
#define ELEMENT_LIST(X)                                                                            \
    X(ELEM_PLANNING, "planning")                                                                   \
    X(ELEM_ORGANISATION, "organisation")                                                           \
    X(ELEM_EQUIPMENT, "equipment")                                                                 \
    X(ELEM_TRAINING, "training")                                                                   \
    X(ELEM_EXERCISE, "exercise")

#define X_ENUM(e, ...) e,
enum rating { RATING_LIST(X_ENUM) RATING_COUNT };
enum element { ELEMENT_LIST(X_ENUM) ELEM_COUNT };
#undef X_ENUM

/* "P", "S"...; "performed without challenges"...; "planning"... ("?" for
 * a bad value). element_from_name returns -1 when unknown. */
const char *rating_letter(int r);
const char *rating_text(int r);
const char *element_name(int e);
int element_from_name(const char *s);

/* One learning objective: what it says and what a facilitator hands out
 * with it. */
struct lesson_def {
    int number; /* 1..LESSON_COUNT */
    char id[ID_LEN];
    char title[SHORT_TEXT];     /* a heading */
    char statement[SHORT_TEXT]; /* as the rules state it */
    char task[SHORT_TEXT];      /* the critical task that is rated */
    char precedent[LONG_TEXT];  /* real-world precedents */
    char source[SHORT_TEXT];    /* their publications and dates, or "" */
    char questions[LESSON_QUESTIONS][LONG_TEXT];
    int nquestions;
    char strength[SHORT_TEXT]; /* said when rated P or S */
    char issue[SHORT_TEXT];    /* said when rated M or U */
    char action[LONG_TEXT];    /* corrective action */
    int element;               /* enum element of the action */
};

/* All eight, indexed by number - 1. */
struct lesson_book {
    struct lesson_def l[LESSON_COUNT];
};

#endif
