/* debrief.h - the debrief of one game (assets/RULES.md section 10), computed from
 * its session: the declassified timeline of every hidden order, who spied
 * on whom, trust and stability over time, both scores of every contingent,
 * the learning objectives that came up - each with its evidence and an
 * HSEEP rating earned in play - and the AI's key reasons. Plain data: no
 * terminal, no JSON, no printing. debrief_doc.h walks it into one
 * document, which the terminal's debrief pages and the after-action report
 * (Markdown, HTML: aar.h) render; game/store/report_json.h writes the
 * model itself as JSON.
 *
 *     struct lesson_book *book = ...;     // data_load_lessons(NULL, ...)
 *     struct debrief *d = debrief_build(s, NULL, book);  // or debrief_of_host
 *     timeline:   d->turn[t].first, .nops -> d->ops[], debrief_op_line()
 *     spying:     d->spy[attacker][target] (target TARGET_HQ: mission HQ)
 *     charts:     d->avg[], d->min[], d->reputation[][], d->trust[][][]
 *                 over d->npoints points
 *     scores:     d->seat[i].national (struct score), .mandate_ops ...
 *     objectives: d->lesson[k] (k = number - 1): .arose, .rating, .ev[];
 *                 debrief_lesson_def() for precedent and questions;
 *                 d->strengths, d->improvements, d->plan
 *     questions:  d->shortlist[] first (indices into d->questions[], each
 *                 with its .why), then every d->questions[]
 *     reasons:    d->reasons[]
 *     debrief_free(d);
 *
 * The debrief borrows the session's scenario and catalogue and the lesson
 * book: they must outlive it. The session itself may go at once. */
#ifndef MANDATE_DEBRIEF_H
#define MANDATE_DEBRIEF_H

#include <stddef.h>
#include <stdint.h>

#include "../core/game.h"
#include "../core/lesson.h"
#include "../core/score.h"
#include "../core/view.h"

struct session;
struct history;

#define DB_TEXT 384 /* bytes of one line of evidence */
#define DB_MAX_OPS (MAX_TURNS * MAX_SEATS * MAX_ORDERS)
#define DB_MAX_EVIDENCE 40 /* per learning objective */
#define DB_MAX_REASONS 200
#define DB_MAX_POINTS 24 /* strengths; areas for improvement */
#define DB_MAX_PLAN 16   /* rows of the improvement plan */
#define DB_MAX_INJECTS 8 /* injects listed for one turn */
#define DB_MAX_QUESTIONS (LESSON_COUNT * LESSON_QUESTIONS + ORD_COUNT + MAX_INJECTS)
#define DB_SHORTLIST 5   /* discussion questions on the shortlist */
#define DB_WHY 160       /* bytes of why a question is on it */
#define DB_ALLY_TRUST 50 /* trust that makes a partner an ally */
#define DB_MAX_NOTES 800  /* lines of a seat's or the public record */

/* One hidden order (covert or counter-intelligence), declassified. */
struct db_op {
    int turn, seat;                 /* when, and who gave it */
    int kind;                       /* enum order_kind */
    int covert;                     /* 1: FAM_COVERT, rolled; 0: FAM_COUNTER */
    int target;                     /* whom it worked against: a seat,
                                     * TARGET_HQ (the mission network, the
                                     * host for court_host), or -1 */
    int aimed;                      /* the order's own target seat (the one
                                     * a false flag names), or -1 */
    int resolved;                   /* 1 when its account was found in the
                                     * events (0: events were dropped) */
    int success;                    /* covert: succeeded; counter: found or
                                     * did something */
    int chance, roll;               /* covert, per-mille: succeeded when
                                     * roll < chance; -1 for counter */
    int detect_chance, detect_roll; /* detected when roll < chance; -1 */
    int detected;                   /* 1 when its victim (or mission HQ)
                                     * detected it */
    int detected_by;                /* the victim seat or TARGET_HQ; -1 */
    int blamed;                     /* whom it was blamed on, -1 nobody */
    int attribution;                /* enum attribution; ATTR_NONE when not
                                     * detected */
    int dossiers;                   /* dossiers it gained on contingents */
    unsigned on;                    /* ... on these seats, bit per seat */
    int item;                       /* equipment item it backdoored, or -1 */
    int stage;                      /* insider stage it reached, or 0 */
    int reason;                     /* index into reasons (AI seats), -1 */
    char result[DB_TEXT];           /* what it yielded or found, one line */
};

/* Operations of one contingent against one target. */
struct db_cell {
    int ops, succeeded, detected, attributed; /* attributed: rightly */
};

/* One turn at a glance. */
struct db_turn {
    int first, nops;             /* its hidden orders: ops[first..+nops) */
    int incidents;               /* public incidents that turn */
    int injects[DB_MAX_INJECTS]; /* injects fired at its start */
    int ninjects;
    unsigned char flags[MAX_SEATS]; /* enum record_flag: orders a deadline gave */
};

/* Both scores of one contingent: its part in the mandate and its national
 * score (assets/RULES.md section 6). */
struct db_seat {
    int human;
    char team[NAME_LEN];        /* a human seat's team: its name, or the
                                   contingent's when it took none */
    char personality[NAME_LEN]; /* AI personality's name ("" none) */
    int level;                  /* enum ai_level */
    struct score national;      /* score_seat as the game stands */
    int mandate_ops;            /* mandate operations it ran */
    int stability_added;        /* stability those operations added */
    int mandate_permille;       /* its share of all stability added */
    int share;                  /* its share level at the end, 0..2 */
    int covert_ops, covert_succeeded, covert_detected, covert_attributed;
    int detections; /* operations against it it detected */
};

/* One piece of evidence that a learning objective came up. */
struct db_evidence {
    int turn;
    int seat;      /* who acted, or -1 */
    int target;    /* seat, TARGET_HQ or -1 */
    int order;     /* enum order_kind, or -1 */
    int op;        /* index into ops, or -1 */
    int threat;    /* a hostile act the mission had to
                    * counter: it succeeded, was caught or
                    * did harm (a failed operation nobody
                    * saw is evidence, not a threat) */
    int detected;  /* it was detected or found */
    int countered; /* ... and rightly attributed */
    int wrong;     /* ... but blamed on the wrong one */
    int stage;     /* an insider network's highest stage (enum stage), else 0 */
    char text[DB_TEXT];
};

/* One learning objective in this game. See debrief_lessons.c and the
 * README's "After-action report" for when each comes up and the rule of
 * its rating. */
struct db_lesson {
    int number;                              /* 1..LESSON_COUNT */
    int arose;                               /* 1 when it came up in play */
    int first_turn;                          /* its earliest evidence, 0 when none */
    int rating;                              /* enum rating; RATING_NONE if not arose */
    int base;                                /* the rating before wrong blame and
                                              * the mandate's cap */
    int threats, detected, countered, wrong; /* over its threats */
    char basis[LONG_TEXT];                   /* how the rating was reached */
    struct db_evidence ev[DB_MAX_EVIDENCE];
    int nev, dropped; /* held; left out once full */
};

/* A strength or an area for improvement. */
struct db_point {
    int lesson; /* 1..8, or 0 for the whole mission */
    char text[LONG_TEXT];
};

/* A row of the improvement plan. */
struct db_plan {
    int lesson; /* 1..8, or 0 */
    char issue[LONG_TEXT];
    char action[LONG_TEXT];
    int element;               /* enum element */
    char responsible[DB_TEXT]; /* who should act */
};

/* An AI's reason for a key decision: every hidden order, and the first
 * order each rule of its instruction list produced. */
struct db_reason {
    int turn, seat, rule; /* rule: enum ai_rule */
    struct order o;
    char text[REASON_LEN];
};

/* A discussion question and where it comes from (one of the three is set;
 * the others are 0 / -1). text is borrowed from the book, catalogue or
 * scenario. */
struct db_question {
    int lesson; /* 1..8, or 0 */
    int order;  /* enum order_kind, or -1 */
    int inject; /* inject index, or -1 */
    const char *text;
    int score;        /* how much of this game it speaks to (the shortlist's rank) */
    char why[DB_WHY]; /* what in this game earned it: "came up 3 times: ..." */
};

/* One thing a seat (or every seat) was told, for its own report. */
struct db_note {
    int turn;
    int kind; /* enum event_kind */
    int own;  /* 1: told to the viewing seat alone; 0: public */
    char text[DB_TEXT];
};

struct debrief {
    /* Whose document it is: VIEW_FACILITATOR, the declassified debrief
     * (every secret); a seat, that seat's own report; VIEW_PUBLIC, the
     * public record. A seat's or the public document is built from what
     * that seat (or every seat) was told - its view of each event, its
     * own orders of the record - never by filtering the declassified one:
     * its timeline holds the seat's own hidden orders only, it has no
     * learning objectives, strengths, plan or questions (they need every
     * secret), national scores only where debrief_score_known(), the AI's
     * reasons of the seat itself, and adds notes and the seat's secret
     * objectives. */
    int viewer;
    const struct scenario *sc;      /* borrowed */
    const struct pub *pub;          /* borrowed: its public book */
    const struct catalogue *cat;    /* borrowed */
    const struct lesson_book *book; /* borrowed; NULL: titles only */
    uint64_t seed;
    char started_at[32]; /* from the session ("" unknown) */
    int nseats, nsectors;
    int turns;     /* turns resolved */
    int scheduled; /* the scenario's turns */
    int ended;     /* 1 when the game is over */
    int outcome;   /* enum outcome (as if ending now) */
    int collapsed;
    int winner;      /* highest national score */
    int exact;       /* 1 when re-resolving the record gave
                      * every recorded checksum */
    int has_reasons; /* 1 when a history held AI reasons */

    /* (a) the declassified timeline, turn by turn, seat by seat */
    struct db_op ops[DB_MAX_OPS];
    int nops;
    struct db_turn turn[MAX_TURNS + 1]; /* index: turn 1..turns */

    /* (b) who spied on whom: collection operations (observe, intercept,
     * insider against seats; intrude, backdoor, retain against mission
     * HQ); court_host and false_flag are in the timeline only */
    struct db_cell spy[MAX_SEATS][MAX_TARGETS];

    /* (c) series: index 0 is the start, t the state after turn t */
    int npoints;                                /* turns + 1 */
    int avg[MAX_TURNS + 1], min[MAX_TURNS + 1]; /* stability */
    int pool[MAX_TURNS + 1], centralisation[MAX_TURNS + 1];
    int stability[MAX_TURNS + 1][MAX_SECTORS];
    int trust[MAX_TURNS + 1][MAX_SEATS][MAX_SEATS]; /* [t][from][to] */
    int reputation[MAX_TURNS + 1][MAX_SEATS];       /* mean trust held in it */

    /* (d) both scores */
    struct db_seat seat[MAX_SEATS];
    int stability_added; /* by all contingents */

    /* (e) learning objectives, index number - 1 */
    struct db_lesson lesson[LESSON_COUNT];
    struct db_point strengths[DB_MAX_POINTS];
    int nstrengths;
    struct db_point improvements[DB_MAX_POINTS];
    int nimprovements;
    struct db_plan plan[DB_MAX_PLAN];
    int nplan;
    struct db_question questions[DB_MAX_QUESTIONS];
    int nquestions;
    /* the DB_SHORTLIST questions most relevant to this game, most first
     * (indices into questions): ranked by what happened - the hostile acts
     * and rating of each objective that came up, the operations run and
     * caught, injects set off by play - one per objective, order or inject
     * while there are enough */
    int shortlist[DB_SHORTLIST];
    int nshortlist;

    /* (f) the AI's key reasons, by turn */
    struct db_reason reasons[DB_MAX_REASONS];
    int nreasons, reasons_dropped;

    /* (g) a seat's or the public document only: what the viewer was told,
     * turn by turn (besides its own operations, which are in ops), and
     * the viewing seat's secret objectives as the game stands (indices
     * into sc->objectives; met: seat[viewer].national.done[]) */
    struct db_note notes[DB_MAX_NOTES];
    int nnotes, notes_dropped;
    int objectives[MAX_OBJECTIVES];
    int nobjectives;

    /* (h) the declassified document only: the controller's journal (a
     * copy of every facilitator action and note, with its time and week;
     * NULL when none) and how seats' orders of each week came about when
     * not from their players (enum record_flag bits, index: week) */
    struct fac_action *journal;
    int njournal;
    uint8_t flags[MAX_TURNS + 1][MAX_SEATS];
};

/* Builds the debrief of the session s, finished or not. h is the history
 * to read (every event, AI reasons, snapshots): NULL means s->hist; when
 * neither holds the whole game, s's record is replayed (session_replay:
 * the AI seats decide again, so their reasons come back) to rebuild it.
 * book may be NULL (objectives are then detected and rated but have no
 * texts). Returns NULL when out of memory (or the record does not
 * replay); the caller frees it with debrief_free. */
struct debrief *debrief_build(const struct session *s, const struct history *h,
                              const struct lesson_book *book);

/* The document of one viewer (see struct debrief): VIEW_FACILITATOR
 * gives debrief_build's; a seat index, that seat's own report, for a game
 * finished or not; VIEW_PUBLIC, the public record. NULL when out of memory
 * or for a seat the game does not have. */
struct debrief *debrief_build_for(const struct session *s, const struct history *h,
                                  const struct lesson_book *book, int viewer);

void debrief_free(struct debrief *d); /* NULL-safe */

/* 1 when the document may show seat's national score: every score in the
 * declassified debrief and once the game is over, else only the viewing
 * seat's own. */
int debrief_score_known(const struct debrief *d, int seat);

/* 1 for the declassified debrief (every secret), 0 for a seat's or the
 * public document. */
int debrief_declassified(const struct debrief *d);

/* A seat's name, "mission HQ" for TARGET_HQ, "nobody" for -1. */
const char *debrief_seat(const struct debrief *d, int seat);

/* An order kind's display name from the catalogue ("Intercept"). */
const char *debrief_order(const struct debrief *d, int kind);

/* One line for a timeline entry, without its turn: "Kestria: Intercept
 * against Garrovia - succeeded (chance 52%, rolled 15); detected by
 * Garrovia, blamed Morvane (wrong). Dossier: communications." Returns
 * the length the whole line needs, as snprintf. */
int debrief_op_line(const struct debrief *d, const struct db_op *op, char *buf, size_t n);

/* "succeeded", "failed" (covert) or "found something"/"nothing found"... */
const char *debrief_op_outcome(const struct db_op *op);

/* How it was attributed: "undetected", "detected, blamed Morvane (wrong)",
 * "detected, nobody blamed", into buf. */
const char *debrief_op_detection(const struct debrief *d, const struct db_op *op, char *buf,
                                 size_t n);

/* The name of a rule of the AI's instruction list (enum ai_rule):
 * "collection ladder". */
const char *debrief_rule(int rule);

/* The book's entry for a learning objective (1..8), or NULL. */
const struct lesson_def *debrief_lesson_def(const struct debrief *d, int number);

/* Its title, or "Learning objective N" without a book. */
const char *debrief_lesson_title(const struct debrief *d, int number);

/* The number of lessons that came up. */
int debrief_lessons_arisen(const struct debrief *d);

/* "success", "partial success", "failure (collapse)"... */
const char *debrief_outcome(const struct debrief *d);

/* Who played a seat: "The Eagles (human team)" - its team's name, or the
 * contingent's when it took none - or "AI - Shadow broker, standard",
 * into buf. */
const char *debrief_player(const struct debrief *d, int seat, char *buf, size_t n);

/* Whom an operation worked against: "Garrovia", "mission HQ", "the host
 * government", "framing Sevrana", "-". */
const char *debrief_against(const struct debrief *d, const struct db_op *op, char *buf, size_t n);

/* "62.0%" for per-mille, into buf; "-" for a negative value. */
const char *debrief_pct(int permille, char *buf, size_t n);

/* The injects of turn t by title: "Arrival; Vendor radios", "" none. */
const char *debrief_injects(const struct debrief *d, int t, char *buf, size_t n);

/* What a deadline did in turn t: "at the deadline, Kestria's draft was
 * submitted; Morvane gave nothing: its AI personality's orders were
 * played", "" when nothing. */
const char *debrief_deadline(const struct debrief *d, int t, char *buf, size_t n);

/* Where a discussion question comes from: "Objective 3", "Order: Intercept",
 * "Inject: Patrol schedule leaked". */
const char *debrief_question_source(const struct debrief *d, const struct db_question *q,
                                    char *buf, size_t n);

/* One journal entry in words, without its time and week: "Fired the
 * inject \"Leaked schedule\"", "Note: ...", "Rewound: back to the start
 * of week 2: ...". Returns buf. */
const char *debrief_journal_line(const struct debrief *d, const struct fac_action *a, char *buf,
                                 size_t n);

/* 1 when the declassified document has a controller's journal: an entry,
 * or a week whose orders were filled in; and when week t had one. */
int debrief_has_journal(const struct debrief *d);
int debrief_flagged(const struct debrief *d, int t);

/* Seats' orders of week t that came about otherwise than from their
 * players, in words ("Kestria: its AI's orders (nothing given in time);
 * Morvane: its draft, submitted unconfirmed"; "nothing given when the
 * facilitator resolved the week" after a resolve now), "" none. Returns buf. */
const char *debrief_flags_line(const struct debrief *d, int t, char *buf, size_t n);

#endif
