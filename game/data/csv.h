/* csv.h - RFC 4180 CSV as spreadsheets write it: reading a whole file into
 * rows of cells (UTF-8 with or without a byte order mark, CRLF or LF line
 * ends, quoted cells holding commas, quotes and line breaks), and writing
 * cells that LibreOffice and Excel read back the same. */
#ifndef MANDATE_DATA_CSV_H
#define MANDATE_DATA_CSV_H

#include <stddef.h>
#include <stdio.h>

struct errlist;

/* One record. Cells are NUL-terminated UTF-8; a line break inside a
 * quoted cell is "\n" (a CRLF there becomes "\n" too). */
struct csv_row {
    char **cell;
    int n;
    int row;                   /* its number: 1 is the first record */
};

/* Every record of a file, in order. Owns its rows and cells. */
struct csv_table {
    struct csv_row *rows;
    int n, cap;
};

#define CSV_MAX_CELLS 64       /* cells of one record */

/* Parses text[0..len) into t (emptied first). 1 on success; else 0 after
 * one error "NAME:ROW:COLUMN: message" (rows and columns from 1, as a
 * spreadsheet numbers them) and t is freed. A lone quote in an unquoted
 * cell, text after a closing quote, a quote never closed, a NUL byte,
 * bytes that are not UTF-8 and more than CSV_MAX_CELLS cells are errors. */
int csv_parse(const char *text, size_t len, const char *name,
              struct csv_table *t, struct errlist *e);
void csv_free(struct csv_table *t);

/* Writes one cell to f, quoted when it holds a comma, a quote, a line
 * break or spaces at an end (quotes doubled, "\n" kept inside). */
void csv_put_cell(FILE *f, const char *s);
/* Ends a record: CRLF, as RFC 4180 says. */
void csv_end_row(FILE *f);
/* The UTF-8 byte order mark, which tells Excel the file is UTF-8. */
void csv_put_bom(FILE *f);

#endif
