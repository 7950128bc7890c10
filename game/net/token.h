/* token.h - the credentials of a networked game: 128 bits from
 * getrandom(2), written as 32 lowercase hex digits, compared in constant
 * time. A token alone decides who a connection is (a seat, the
 * facilitator or the board). The tokens of a game live in a sidecar file
 * beside its save, SAVE.tokens (mode 0600), never in the save itself nor
 * in any report, so that `mandate serve --load SAVE` gives every client
 * back its seat. */
#ifndef MANDATE_NET_TOKEN_H
#define MANDATE_NET_TOKEN_H

#include <stddef.h>

#include "../config.h"

#define TOKEN_BYTES 16
#define TOKEN_HEX (2 * TOKEN_BYTES)  /* 32 */
#define TOKEN_ERR 1200               /* bytes of an error line */

/* A fresh token into out (NUL-terminated). 1, or 0 when the kernel's
 * random source failed (never a weaker token). */
int token_new(char out[TOKEN_HEX + 1]);

/* 1 when s is exactly 32 lowercase hex digits. */
int token_valid(const char *s);

/* 1 when a and b are the same token (both valid); the time taken does not
 * depend on where they differ. */
int token_equal(const char *a, const char *b);

/* The tokens of one game. A seat's token is "" for an AI seat. */
struct token_set {
    int nseats;
    char seat[MAX_SEATS][TOKEN_HEX + 1];
    char facilitator[TOKEN_HEX + 1];
    char board[TOKEN_HEX + 1];
};

/* Fresh tokens for the seats where human[i], the facilitator and the
 * board. 1, or 0 (the random source failed). */
int token_set_new(struct token_set *t, int nseats, const int *human);

/* The sidecar of save path (DIR/NAME.json: DIR/NAME.tokens) into out. */
void token_sidecar(const char *save, char *out, size_t n);

/* The sidecar holding the tokens of save (of the game named game, as
 * save_game_name spells it): save's own, else - when the server was
 * stopped between writing a save and its sidecar - the newest sidecar of
 * the same game in save's folder. 1 with its path in out, or 0 (out: the
 * save's own, which is missing). */
int token_find_sidecar(const char *save, const char *game, char *out, size_t n);

/* Writes t to path (atomically, mode 0600). 1, or 0 with one line in err
 * naming the file. */
int token_write(const char *path, const struct token_set *t, char *err, size_t n);

/* Reads path into t (nseats: the game's seats). 1, or 0 with one line in
 * err naming the file and the line. */
int token_read(const char *path, int nseats, struct token_set *t, char *err, size_t n);

#endif
