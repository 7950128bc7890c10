/* msel.h - a scenario's injects as a master scenario events list (MSEL):
 * a spreadsheet of one row per inject, RFC 4180 CSV, written from a
 * scenario and read back into one. The columns and the syntax of the
 * Trigger, Effects and Choices cells are in assets/FORMAT.md. */
#ifndef MANDATE_DATA_MSEL_H
#define MANDATE_DATA_MSEL_H

#include <stddef.h>

struct errlist;

/* The MSEL of the scenario file at path: CSV text with a byte order mark
 * and CRLF line ends, *len its bytes. NULL after errors naming the file
 * (a scenario that does not validate is not exported). The caller frees
 * the result with free(). */
char *msel_export(const char *path, size_t *len, struct errlist *e);

/* The scenario file at scenario_path with its injects replaced by the
 * rows of the CSV file at csv_path, checked as `mandate validate` checks
 * a scenario: JSON text (2-space indented, ending in a line break), or
 * NULL after listing every error, a cell's as "CSV:ROW:COLUMN: message".
 * The caller frees the result with free(). */
char *msel_import(const char *csv_path, const char *scenario_path,
                  struct errlist *e);

#endif
