/* config.h - tunable limits and version numbers, in one place. */
#ifndef MANDATE_CONFIG_H
#define MANDATE_CONFIG_H

#define MANDATE_VERSION "0.1.0"

/* Sizes of the world. A scenario may use fewer; never more. */
#define MAX_SEATS 8            /* contingents in one game */
#define MIN_SEATS 2
#define MAX_SECTORS 12
#define MIN_SECTORS 2
#define MAX_TURNS 16
#define MIN_TURNS 1
#define MAX_INJECTS 48
#define MAX_VIEW_INJECTS 12    /* injects live in one week: every view holds them all */
#define MAX_EFFECTS 6          /* effects of one inject or one choice */
#define MAX_CHOICES 3          /* choices of one inject */
#define MAX_OBJECTIVES 4       /* secret objectives of one contingent */
#define MAX_EQUIPMENT 24       /* items installed: the network's and contingents' gifts */
#define MAX_INSIDERS 8         /* insider networks one contingent runs */
#define MAX_ORDERS 12          /* orders of one seat in one turn */
#define MAX_TURN_EVENTS 640    /* events one resolution may emit */
#define MAX_VIEW_EVENTS 320    /* events one seat's view carries */
#define MAX_POPULATION 1000000 /* of a sector, in thousands: a billion people */

/* Limits of the texts of data files, in display columns: a character of
 * any script takes one column, a wide East Asian one two, a combining mark
 * none - so a name in Greek or Chinese gets the room of one in English. */
#define NAME_COLS 39
#define LINE_COLS 159
#define LONG_COLS 639

/* Text sizes, bytes including the terminating NUL: a text's buffer holds
 * its limit in columns at UTF8_MAX bytes each (the longest UTF-8). */
#define UTF8_MAX 4
#define NAME_LEN (NAME_COLS * UTF8_MAX + 1)
#define ID_LEN 32              /* ids are ASCII: 31 characters */
#define SHORT_TEXT (LINE_COLS * UTF8_MAX + 1)
#define LONG_TEXT (LONG_COLS * UTF8_MAX + 1)
#define REASON_LEN 288         /* an AI's reason for one order */

/* Targets of intelligence: every seat, plus mission HQ at index MAX_SEATS. */
#define TARGET_HQ MAX_SEATS
#define MAX_TARGETS (MAX_SEATS + 1)

/* Probabilities in the engine are per-mille integers (0..1000). */
#define PERMILLE 1000

#endif
