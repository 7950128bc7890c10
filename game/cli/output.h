/* output.h - where a command's document goes: standard output, or a file
 * replaced atomically (the old file or the whole new one, never a part). */
#ifndef MANDATE_CLI_OUTPUT_H
#define MANDATE_CLI_OUTPUT_H

#include <stdio.h>

/* Writes a document to f; 1 on success. */
typedef int (*out_emit_fn)(FILE *f, void *arg);

/* Calls emit on standard output when out is NULL or "-"; else on a
 * temporary file in out's folder, fsync'd and renamed onto out (a device
 * or a pipe is written into; a symbolic link is followed to the file it
 * names, which is replaced; the file keeps its mode; temporary files of
 * killed writers in that folder are removed: data/afile.h). 1 on success,
 * else 0 after one line "mandate CMD: OUT: cannot write: why" on stderr
 * (for standard output main reports the error when the command ends). */
int out_write(const char *cmd, const char *out, out_emit_fn emit, void *arg);

#endif
