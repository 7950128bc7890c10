/* proto.h - the network protocol's messages (assets/PROTOCOL.md) to the
 * JSON text of one frame and back. Every message is one JSON object with a
 * "type"; the types, the direction each travels and the roles that may
 * send it are one list (PROTO_MSG_LIST). Views, orders and the public book
 * inside a message use the wire codec (wire.h).
 *
 * Decoding treats its input as hostile, as the wire codec does: a text
 * that is not one JSON object, an unknown type, a type the sender may not
 * send, an unknown or duplicate key, a value of the wrong type or out of
 * range is refused with one line of reason; never a crash, whatever the
 * bytes. Nothing a client sends names its seat: the server knows it from
 * the token (orders' seat fields are overwritten by the server). */
#ifndef MANDATE_DATA_PROTO_H
#define MANDATE_DATA_PROTO_H

#include <stddef.h>

#include "../config.h"
#include "../core/fac_state.h"
#include "../core/order.h"
#include "../core/record.h"

struct pub;
struct view;
struct fview;
struct board;

#define PROTO_VERSION 3          /* 2: welcome names the teams; 3: a board
                                  * says its width (size) */
#define PROTO_CLIENT_MAX 65536       /* bytes of a frame a client sends */
#define PROTO_SERVER_MAX 1048576     /* bytes of a frame the server sends */
#define PROTO_TOKEN_LEN 32           /* a token: 32 lowercase hex digits */
#define PROTO_ERR 320                /* bytes of a reason, NUL included */
#define PROTO_REASON 64              /* bytes of a bye's reason */
#define PROTO_ID_MAX 2147483647      /* an id a client gives a message */
#define PROTO_COLS_MIN 20            /* a board's width (size) */
#define PROTO_COLS_MAX 10000

/* Who is at the other end of a connection: the enum, its name, and
 * whether it stays connected after the game has ended (1: the board and
 * the facilitator, for the hot wash; a team is told "ended" and goes). */
#define PROTO_ROLE_LIST(X) \
    X(ROLE_NONE, "none", 0)            /* not yet said hello */ \
    X(ROLE_SEAT, "seat", 0)            /* a team's seat */ \
    X(ROLE_FACILITATOR, "facilitator", 1) \
    X(ROLE_BOARD, "board", 1)          /* the projector: public facts only */ \
    X(ROLE_SERVER, "server", 0)
#define X_ENUM(e, name, stays) e,
enum proto_role { PROTO_ROLE_LIST(X_ENUM) ROLE_COUNT };
#undef X_ENUM

/* Bits of the roles that may send a message. */
#define BY_NONE (1u << ROLE_NONE)
#define BY_SEAT (1u << ROLE_SEAT)
#define BY_FAC (1u << ROLE_FACILITATOR)
#define BY_BOARD (1u << ROLE_BOARD)
#define BY_SERVER (1u << ROLE_SERVER)
#define BY_CLIENT (BY_SEAT | BY_FAC | BY_BOARD)

/* The messages: the enum, the "type" text, who may send it. */
#define PROTO_MSG_LIST(X) \
    X(MSG_HELLO, "hello", BY_NONE)               /* version, token, client? */ \
    X(MSG_WELCOME, "welcome", BY_SERVER)         /* version, role, seat|null, pub, teams */ \
    X(MSG_VIEW, "view", BY_SERVER)               /* view (seat, board) or fview */ \
    X(MSG_DRAFT, "draft", BY_SEAT | BY_SERVER)   /* week, orders */ \
    X(MSG_READY, "ready", BY_SEAT)               /* week, orders? */ \
    X(MSG_UNREADY, "unready", BY_SEAT)           /* week */ \
    X(MSG_STATUS, "status", BY_SERVER)           /* how the week stands */ \
    X(MSG_FAC, "fac", BY_FAC)                    /* a facilitator's action */ \
    X(MSG_ROSTER, "roster", BY_SERVER)           /* to the facilitator: seats, clock */ \
    X(MSG_MSEL, "msel", BY_SERVER)               /* to the facilitator: the injects */ \
    X(MSG_JOURNAL, "journal", BY_SERVER)         /* to the facilitator: its journal */ \
    X(MSG_PAGES, "pages", BY_SERVER)             /* to the facilitator: the hot wash's */ \
    X(MSG_ACK, "ack", BY_SERVER)                 /* re? */ \
    X(MSG_ERROR, "error", BY_SERVER)             /* re?, message, fatal */ \
    X(MSG_PING, "ping", BY_CLIENT | BY_SERVER) \
    X(MSG_PONG, "pong", BY_CLIENT | BY_SERVER) \
    X(MSG_BYE, "bye", BY_NONE | BY_CLIENT | BY_SERVER)  /* reason? */ \
    X(MSG_BOARD, "board", BY_SERVER)             /* board: what the projector shows */ \
    X(MSG_SIZE, "size", BY_BOARD)                /* cols: the board's width */
#define X_ENUM(e, name, by) e,
enum proto_msg_type { PROTO_MSG_LIST(X_ENUM) MSG_COUNT };
#undef X_ENUM

/* The most hot wash pages a pages message names. */
#define PROTO_PAGES 160

/* How the week stands (status). */
struct proto_status {
    int week;
    int ended;
    int nseats;
    unsigned char human[MAX_SEATS];
    unsigned char ready[MAX_SEATS];     /* confirmed: who, never what */
    unsigned char connected[MAX_SEATS];
    int deadline;                       /* seconds left, -1: none */
    int paused;
};

/* One message. Only the members of its type are read (encoding) or set
 * (decoding); the rest are left as they were. pub, view and fview point
 * at the caller's buffers: encoding reads them, decoding fills them (a
 * message carrying one whose pointer is NULL is refused); so do roster,
 * msel and journal. */
struct proto_msg {
    int type;                           /* enum proto_msg_type */
    int id;                             /* a client's message id, -1: none */
    int re;                             /* ack, error: the id answered, -1 */
    int version;                        /* hello, welcome */
    int cols;                           /* size: the board's columns */
    char token[PROTO_TOKEN_LEN + 1];    /* hello */
    char client[NAME_LEN];              /* hello: the client's name ("" none) */
    int role;                           /* welcome: enum proto_role */
    int seat;                           /* welcome: the seat, -1: none */
    int week;                           /* draft, ready, unready */
    int norders;                        /* draft, ready: -1 (ready): none given */
    struct order orders[MAX_ORDERS];
    struct proto_status status;         /* status */
    struct fac_action fac;              /* fac: kind and its fields (the
                                         * server sets week and time) */
    struct fac_status *roster;          /* roster */
    struct fac_inject *msel;            /* msel: [MAX_INJECTS] */
    int nmsel;
    struct fac_action *journal;         /* journal: [MAX_JOURNAL] */
    int njournal;
    char (*titles)[SHORT_TEXT];         /* pages: [PROTO_PAGES] the hot wash's */
    int ntitles;
    int fatal;                          /* error */
    char message[SHORT_TEXT];           /* error: one line */
    char reason[PROTO_REASON];          /* bye ("" none) */
    struct pub *pub;                    /* welcome */
    char teams[MAX_SEATS][NAME_LEN];    /* welcome: each seat's team name, public
                                         * ("" none: its contingent's name) */
    struct view *view;                  /* view of a seat or the board */
    struct fview *fview;                /* view of the facilitator */
    struct board *board;                /* board: the projector's */
};

/* Clears m to a message of type (ids -1, no orders, no buffers). */
void proto_init(struct proto_msg *m, int type);

const char *proto_type_name(int type);  /* NULL when none */
const char *proto_role_name(int role);
int proto_role_from_name(const char *name);  /* -1 when none */
/* 1 when a peer of role stays connected after the end (the hot wash):
 * the server keeps it, and may let it connect, once the game has ended. */
int proto_role_stays(int role);
/* 1 when role may send a message of type. */
int proto_may_send(int role, int type);

/* The JSON text of m (one line, malloc'd: the caller frees it), or NULL
 * when out of memory. A view message carries m->fview when set, else
 * m->view. A board message carries m->board. */
char *proto_encode(const struct proto_msg *m);

/* Decodes text[0..len), sent by a peer of role sender (ROLE_SERVER for
 * what a client receives), into m. pub bounds the orders and views (NULL:
 * the engine's limits; a view needs it). 1, or 0 with one line in err
 * ("frame: ..."). */
int proto_decode(const char *text, size_t len, int sender, const struct pub *pub,
                 struct proto_msg *m, char err[PROTO_ERR]);

#endif
