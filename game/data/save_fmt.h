/* save_fmt.h - private to game/data: the spelling of a save file, shared
 * by its writer (save_write.c) and its reader (save_read.c). The format
 * is described in assets/SAVE_FORMAT.md. */
#ifndef MANDATE_DATA_SAVE_FMT_H
#define MANDATE_DATA_SAVE_FMT_H

#define SAVE_FORMAT "mandate-save"

/* Hex digits of a 64-bit hash or checksum. */
#define SAVE_HEX_LEN 16

#endif
