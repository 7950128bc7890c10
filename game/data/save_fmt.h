/* save_fmt.h - private to game/data: the spelling of a save file, shared
 * by its writer (save_write.c) and its reader (save_read.c). The format
 * is described in assets/SAVE_FORMAT.md. */
#ifndef MANDATE_DATA_SAVE_FMT_H
#define MANDATE_DATA_SAVE_FMT_H

#define SAVE_FORMAT "mandate-save"

/* Share levels as orders and personalities spell them, 0..2. */
#define SAVE_SHARE_LEVELS { "none", "tactical", "broad" }
#define SAVE_NSHARE 3

/* Hex digits of a 64-bit hash or checksum. */
#define SAVE_HEX_LEN 16

#endif
