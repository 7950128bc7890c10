/* csv.c - reading and writing RFC 4180 CSV, cell by cell. */
#include "csv.h"

#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "utf8.h"

/* A cell being read: a growable byte buffer. */
struct cellbuf {
    char *p;
    size_t n, cap;
};

static int cb_put(struct cellbuf *b, char ch)
{
    if (b->n + 2 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        char *q = realloc(b->p, cap);
        if (!q)
            return 0;
        b->p = q;
        b->cap = cap;
    }
    b->p[b->n++] = ch;
    b->p[b->n] = '\0';
    return 1;
}

void csv_free(struct csv_table *t)
{
    for (int i = 0; i < t->n; i++) {
        for (int k = 0; k < t->rows[i].n; k++)
            free(t->rows[i].cell[k]);
        free(t->rows[i].cell);
    }
    free(t->rows);
    memset(t, 0, sizeof *t);
}

/* Appends an empty record numbered row; NULL when out of memory. */
static struct csv_row *new_row(struct csv_table *t, int row)
{
    if (t->n == t->cap) {
        int cap = t->cap ? t->cap * 2 : 32;
        struct csv_row *r = realloc(t->rows, (size_t)cap * sizeof *r);
        if (!r)
            return NULL;
        t->rows = r;
        t->cap = cap;
    }
    struct csv_row *r = &t->rows[t->n++];
    r->cell = NULL;
    r->n = 0;
    r->row = row;
    return r;
}

/* Moves the finished cell b into row r (b is emptied). */
static int add_cell(struct csv_row *r, struct cellbuf *b)
{
    char **c = realloc(r->cell, (size_t)(r->n + 1) * sizeof *c);
    if (!c)
        return 0;
    r->cell = c;
    char *text = b->p ? b->p : strdup("");
    if (!text)
        return 0;
    r->cell[r->n++] = text;
    b->p = NULL;
    b->n = b->cap = 0;
    return 1;
}

int csv_parse(const char *text, size_t len, const char *name,
              struct csv_table *t, struct errlist *e)
{
    memset(t, 0, sizeof *t);
    size_t i = 0;
    if (len >= 3 && !memcmp(text, "\xef\xbb\xbf", 3))
        i = 3;                 /* the byte order mark */
    struct cellbuf b = { NULL, 0, 0 };
    int row = 1, col = 1;
    struct csv_row *r = NULL;
    const char *why = NULL;
    while (i < len) {
        if (!r && !(r = new_row(t, row)))
            goto oom;
        if (col > CSV_MAX_CELLS) {
            why = "more cells in a row than a scenario's events list has columns";
            goto bad;
        }
        int quoted = text[i] == '"';
        if (quoted)
            i++;
        /* the cell's bytes, up to its comma or the record's end */
        for (;;) {
            if (i >= len) {
                if (quoted) {
                    why = "a quoted cell never closed (a quote missing at its end)";
                    goto bad;
                }
                break;
            }
            char ch = text[i];
            if (ch == '\0') {
                why = "a NUL byte (is this file UTF-16? save it as CSV UTF-8)";
                goto bad;
            }
            if (quoted && ch == '"') {
                if (i + 1 < len && text[i + 1] == '"') {
                    if (!cb_put(&b, '"'))
                        goto oom;
                    i += 2;
                    continue;
                }
                i++;           /* the closing quote */
                if (i < len && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
                    why = "text after the closing quote of a cell (a quote inside "
                          "a cell is written twice: \"\")";
                    goto bad;
                }
                break;
            }
            if (!quoted && (ch == ',' || ch == '\n' || ch == '\r'))
                break;
            if (!quoted && ch == '"') {
                why = "a quote inside a cell that does not start with one "
                      "(quote the whole cell and write the quote twice)";
                goto bad;
            }
            if (quoted && ch == '\r' && i + 1 < len && text[i + 1] == '\n')
                i++;           /* CRLF inside a cell: one line break */
            if (!cb_put(&b, ch == '\r' ? '\n' : ch))
                goto oom;
            i++;
        }
        if (b.p && utf8_cols(b.p) < 0) {
            why = "bytes that are not UTF-8 (save the file as CSV UTF-8)";
            goto bad;
        }
        if (!add_cell(r, &b))
            goto oom;
        if (i < len && text[i] == ',') {
            i++;
            col++;
            if (i == len && !add_cell(r, &b))   /* a trailing comma */
                goto oom;
            continue;
        }
        /* the record's end: CRLF, LF or CR */
        if (i < len && text[i] == '\r')
            i++;
        if (i < len && text[i] == '\n')
            i++;
        r = NULL;
        row++;
        col = 1;
    }
    free(b.p);
    return 1;
bad:
    errlist_add(e, "%s:%d:%d: %s", name, row, col, why);
    free(b.p);
    csv_free(t);
    return 0;
oom:
    errlist_add(e, "%s: out of memory", name);
    free(b.p);
    csv_free(t);
    return 0;
}

void csv_put_cell(FILE *f, const char *s)
{
    size_t n = strlen(s);
    int quote = n > 0 && (s[0] == ' ' || s[n - 1] == ' ');
    quote |= strpbrk(s, ",\"\n\r") != NULL;
    if (!quote) {
        fputs(s, f);
        return;
    }
    putc('"', f);
    for (; *s; s++) {
        if (*s == '"')
            putc('"', f);
        putc(*s, f);
    }
    putc('"', f);
}

void csv_end_row(FILE *f)
{
    fputs("\r\n", f);
}

void csv_put_bom(FILE *f)
{
    fputs("\xef\xbb\xbf", f);
}
