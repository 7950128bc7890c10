/* msel.c - exporting a scenario's injects as an MSEL spreadsheet (CSV) and
 * importing one into a scenario: rows to inject trees, checked by the
 * scenario loader, its errors brought back to the cells they came from. */
#include "msel.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "../core/world.h"
#include "csv.h"
#include "loaders.h"
#include "msel_int.h"

#define WHY 200

/* The scenario file at path as a tree, checked: NULL after its errors. */
static cJSON *read_scenario(const char *path, struct errlist *e)
{
    size_t len;
    char *text = data_read_file(path, &len, e);
    if (!text)
        return NULL;
    struct jctx c;
    ju_init(&c, path, e);
    cJSON *root = ju_parse(&c, text, len);
    free(text);
    if (!root)
        return NULL;
    struct scenario *sc = ju_expect_kind(&c, root, JU_SCENARIO)
                              ? load_scenario_json(&c, root) : NULL;
    if (!sc) {
        cJSON_Delete(root);
        return NULL;
    }
    free(sc);
    return root;
}

/* ---- export ---- */

static const char *str_of(const cJSON *obj, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    return cJSON_IsString(v) ? v->valuestring : "";
}

/* One cell written by fn into memory, then as a CSV cell. */
static void put_cell_with(FILE *f, void (*fn)(FILE *, const cJSON *), const cJSON *item)
{
    char *text = NULL;
    size_t n = 0;
    FILE *m = open_memstream(&text, &n);
    if (m) {
        if (item)
            fn(m, item);
        fclose(m);
    }
    csv_put_cell(f, text ? text : "");
    free(text);
}

static void put_effects_lines(FILE *f, const cJSON *effects)
{
    msel_put_effects(f, effects, "\n");
}

/* A choice label holding "=>" cannot be told from its effects in a cell. */
static int check_labels(const char *path, const cJSON *injects, struct errlist *e)
{
    int ok = 1, i = 0;
    const cJSON *in;
    cJSON_ArrayForEach(in, injects) {
        int k = 0;
        const cJSON *ch;
        cJSON_ArrayForEach(ch, cJSON_GetObjectItemCaseSensitive(in, "choices")) {
            if (strstr(str_of(ch, "label"), "=>")) {
                errlist_add(e, "%s: injects[%d].choices[%d].label: holds \"=>\", which "
                            "an events list puts between a choice and its effects",
                            path, i, k);
                ok = 0;
            }
            k++;
        }
        i++;
    }
    return ok;
}

char *msel_export(const char *path, size_t *len, struct errlist *e)
{
    *len = 0;
    cJSON *root = read_scenario(path, e);
    if (!root)
        return NULL;
    const cJSON *injects = cJSON_GetObjectItemCaseSensitive(root, "injects");
    if (!check_labels(path, injects, e)) {
        cJSON_Delete(root);
        return NULL;
    }
    char *out = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&out, &n);
    if (!f) {
        errlist_add(e, "%s: out of memory", path);
        cJSON_Delete(root);
        return NULL;
    }
    csv_put_bom(f);
    for (int c = 0; c < MC_COUNT; c++) {
        if (c)
            fputc(',', f);
        csv_put_cell(f, msel_heading(c));
    }
    csv_end_row(f);
    int i = 0;
    const cJSON *in;
    cJSON_ArrayForEach(in, injects) {
        const cJSON *trig = cJSON_GetObjectItemCaseSensitive(in, "trigger");
        const cJSON *turn = cJSON_GetObjectItemCaseSensitive(trig, "turn");
        fprintf(f, "%d,", ++i);
        csv_put_cell(f, str_of(in, "id"));
        fputc(',', f);
        if (cJSON_IsNumber(turn))
            fprintf(f, "%.0f", turn->valuedouble);
        fputc(',', f);
        put_cell_with(f, msel_put_trigger, trig);
        fputc(',', f);
        csv_put_cell(f, str_of(in, "audience"));
        static const char *const texts[] = { "title", "text", "question", "notes" };
        for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
            fputc(',', f);
            csv_put_cell(f, str_of(in, texts[k]));
        }
        fputc(',', f);
        put_cell_with(f, put_effects_lines, cJSON_GetObjectItemCaseSensitive(in, "effects"));
        fputc(',', f);
        put_cell_with(f, msel_put_choices, cJSON_GetObjectItemCaseSensitive(in, "choices"));
        csv_end_row(f);
    }
    int bad = ferror(f);
    fclose(f);
    cJSON_Delete(root);
    if (bad || !out) {
        errlist_add(e, "%s: out of memory", path);
        free(out);
        return NULL;
    }
    *len = n;
    return out;
}

/* ---- import ---- */

struct importer {
    const char *csv;           /* its name in messages */
    struct errlist *e;
    int col[MC_COUNT];         /* where each column is (0-based), or -1 */
    int errors;
};

static void cell_err(struct importer *im, int row, int c, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* "CSV:ROW:COLUMN: Heading: message" for column c of a row. */
static void cell_err(struct importer *im, int row, int c, const char *fmt, ...)
{
    char msg[ERRLIST_LINE];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    int at = c >= 0 && im->col[c] >= 0 ? im->col[c] + 1 : 1;
    errlist_add(im->e, "%s:%d:%d: %s: %s", im->csv, row, at, msel_heading(c), msg);
    im->errors++;
}

/* Finds the columns in the heading row; 0 after errors. */
static int read_headings(struct importer *im, const struct csv_row *h)
{
    for (int c = 0; c < MC_COUNT; c++)
        im->col[c] = -1;
    for (int k = 0; k < h->n; k++) {
        if (!h->cell[k][0])
            continue;          /* an empty heading: a column to ignore */
        int c = msel_column_of(h->cell[k]);
        if (c < 0) {
            errlist_add(im->e, "%s:%d:%d: unknown column \"%.60s\" (the columns: Event, "
                        "ID, Week, Trigger, Audience, Title, Text, Expected action / "
                        "discussion question, Facilitator notes, Effects, Choices)",
                        im->csv, h->row, k + 1, h->cell[k]);
            im->errors++;
        } else if (im->col[c] >= 0) {
            errlist_add(im->e, "%s:%d:%d: column \"%s\" given twice", im->csv, h->row,
                        k + 1, msel_heading(c));
            im->errors++;
        } else {
            im->col[c] = k;
        }
    }
    static const int required[] = { MC_WEEK, MC_TITLE, MC_TEXT };
    for (size_t i = 0; i < sizeof required / sizeof required[0]; i++)
        if (im->col[required[i]] < 0) {
            errlist_add(im->e, "%s:%d:%d: no column \"%s\"", im->csv, h->row, h->n + 1,
                        msel_heading(required[i]));
            im->errors++;
        }
    return im->errors == 0;
}

static const char *cell(const struct importer *im, const struct csv_row *r, int c)
{
    int k = im->col[c];
    return k >= 0 && k < r->n ? r->cell[k] : "";
}

static int blank_row(const struct csv_row *r)
{
    for (int k = 0; k < r->n; k++)
        if (strspn(r->cell[k], " \t\n") != strlen(r->cell[k]))
            return 0;
    return 1;
}

/* A whole number cell: 1 and *out; 0 when empty; -1 when it is not one. */
static int number_cell(const char *s, int *out)
{
    while (*s == ' ')
        s++;
    if (!*s)
        return 0;
    char *end;
    long v = strtol(s, &end, 10);
    while (*end == ' ')
        end++;
    if (*end || v < 0 || v > 1000000)
        return -1;
    *out = (int)v;
    return 1;
}

/* The inject of one row, or NULL after its cell errors. index: its place
 * among the events (from 1), for an id when the row gives none. */
static cJSON *read_row(struct importer *im, const struct csv_row *r, int index)
{
    int before = im->errors;
    char why[WHY];
    cJSON *in = cJSON_CreateObject();
    if (!in) {
        cell_err(im, r->row, MC_EVENT, "out of memory");
        return NULL;
    }
    int event = index, week = 0;
    int got = number_cell(cell(im, r, MC_EVENT), &event);
    if (got < 0) {
        cell_err(im, r->row, MC_EVENT, "expected a whole number, got \"%.40s\"",
                 cell(im, r, MC_EVENT));
    } else if (got == 0) {
        event = index;
    }
    const char *id = cell(im, r, MC_ID);
    char made[ID_LEN];
    if (!*id) {
        snprintf(made, sizeof made, "event_%d", event);
        id = made;
    }
    cJSON_AddStringToObject(in, "id", id);
    cJSON_AddStringToObject(in, "title", cell(im, r, MC_TITLE));
    cJSON_AddStringToObject(in, "text", cell(im, r, MC_TEXT));
    if (*cell(im, r, MC_NOTES))
        cJSON_AddStringToObject(in, "notes", cell(im, r, MC_NOTES));
    if (*cell(im, r, MC_QUESTION))
        cJSON_AddStringToObject(in, "question", cell(im, r, MC_QUESTION));
    cJSON *trig = msel_read_trigger(cell(im, r, MC_TRIGGER), why, sizeof why);
    if (!trig) {
        cell_err(im, r->row, MC_TRIGGER, "%s", why);
    } else {
        got = number_cell(cell(im, r, MC_WEEK), &week);
        if (got < 0)
            cell_err(im, r->row, MC_WEEK, "expected a week number, got \"%.40s\"",
                     cell(im, r, MC_WEEK));
        else if (got > 0)
            cJSON_AddNumberToObject(trig, "turn", week);
        cJSON_AddItemToObject(in, "trigger", trig);
    }
    if (*cell(im, r, MC_AUDIENCE)) {
        const char *a = cell(im, r, MC_AUDIENCE);
        a += strspn(a, " ");
        char *aud = strndup(a, strcspn(a, " "));
        if (aud)
            cJSON_AddStringToObject(in, "audience", aud);
        free(aud);
    }
    static const struct {
        int col;
        const char *key;
        cJSON *(*read)(const char *, char *, size_t);
    } lists[] = {
        { MC_EFFECTS, "effects", msel_read_effects },
        { MC_CHOICES, "choices", msel_read_choices },
    };
    for (size_t k = 0; k < sizeof lists / sizeof lists[0]; k++) {
        cJSON *arr = lists[k].read(cell(im, r, lists[k].col), why, sizeof why);
        if (!arr)
            cell_err(im, r->row, lists[k].col, "%s", why);
        else if (cJSON_GetArraySize(arr) == 0)
            cJSON_Delete(arr);
        else
            cJSON_AddItemToObject(in, lists[k].key, arr);
    }
    if (im->errors != before) {
        cJSON_Delete(in);
        return NULL;
    }
    return in;
}

/* The part of a JSON path under an inject in a cell's words, counting
 * from 1: "choices[0].effects[1].amount" is "choice 1: effect 2: amount". */
static const char *humane_path(const char *path, size_t len, char *out, size_t n)
{
    size_t o = 0;
    out[0] = '\0';
    for (size_t i = 0; i < len && o + 24 < n;) {
        int k, used = 0;
        if (!strncmp(path + i, "effects[", 8) && sscanf(path + i + 8, "%d]%n", &k, &used) == 1) {
            o += (size_t)snprintf(out + o, n - o, "effect %d", k + 1);
            i += 8 + (size_t)used;
        } else if (!strncmp(path + i, "choices[", 8) &&
                   sscanf(path + i + 8, "%d]%n", &k, &used) == 1) {
            o += (size_t)snprintf(out + o, n - o, "choice %d", k + 1);
            i += 8 + (size_t)used;
        } else if (path[i] == '.') {
            o += (size_t)snprintf(out + o, n - o, ": ");
            i++;
        } else {
            out[o++] = path[i++];
            out[o] = '\0';
        }
    }
    return out;
}

/* Brings one loader error line "MARK: injects[I]...: message" back to the
 * cell it came from; other lines are kept as they are. */
static void map_error(struct importer *im, const char *line, const char *mark,
                      const int *rows, int nrows)
{
    size_t ml = strlen(mark);
    int i, used = 0;
    if (strncmp(line, mark, ml) || strncmp(line + ml, ": injects[", 10) ||
        sscanf(line + ml + 10, "%d]%n", &i, &used) != 1 || i < 0 || i >= nrows) {
        const char *rest = !strncmp(line, mark, ml) ? line + ml : line;
        if (!strncmp(rest, ": injects: ", 11) && nrows)
            cell_err(im, rows[nrows - 1], MC_EVENT, "%s", rest + 11);
        else
            errlist_add(im->e, "%s%s", im->csv, rest);
        im->errors++;
        return;
    }
    const char *path = line + ml + 10 + used;     /* ".key...: message" */
    if (*path == '.')
        path++;
    const char *colon = strstr(path, ": ");
    if (*path == ':' || !colon) {
        cell_err(im, rows[i], MC_EVENT, "%s", *path == ':' ? path + 2 : path);
        return;
    }
    int c = msel_column_of_path(path);
    /* a key's own name is its column's; a deeper path is worth keeping */
    size_t plen = (size_t)(colon - path);
    char where[JU_PATH];
    if (strcspn(path, ".[") >= plen || c == MC_WEEK || c == MC_TRIGGER)
        cell_err(im, rows[i], c, "%s", colon + 2);
    else
        cell_err(im, rows[i], c, "%s: %s", humane_path(path, plen, where, sizeof where),
                 colon + 2);
}

/* The scenario text: 2-space indents and one space after a colon (cJSON
 * writes tabs there, and a tab in a string as \t), a line break at the
 * end. */
static char *print_scenario(const cJSON *root)
{
    char *t = cJSON_Print(root);
    if (!t)
        return NULL;
    size_t tabs = 0, n = strlen(t);
    for (size_t i = 0; i < n; i++)
        tabs += t[i] == '\t';
    char *out = malloc(n + tabs + 2);
    if (out) {
        char *o = out;
        for (size_t i = 0; i < n; i++) {
            if (t[i] == '\t' && i > 0 && t[i - 1] == ':') {
                *o++ = ' ';    /* "key":<tab>value */
            } else if (t[i] == '\t') {
                *o++ = ' ';
                *o++ = ' ';
            } else {
                *o++ = t[i];
            }
        }
        *o++ = '\n';
        *o = '\0';
    }
    free(t);
    return out;
}

char *msel_import(const char *csv_path, const char *scenario_path, struct errlist *e)
{
    struct importer im = { csv_path, e, { 0 }, 0 };
    cJSON *root = read_scenario(scenario_path, e);
    if (!root)
        return NULL;
    size_t len;
    char *text = data_read_file(csv_path, &len, e);
    struct csv_table t;
    if (!text || !csv_parse(text, len, csv_path, &t, e)) {
        free(text);
        cJSON_Delete(root);
        return NULL;
    }
    free(text);
    char *result = NULL;
    int *rows = NULL;
    cJSON *injects = NULL;
    if (t.n == 0) {
        errlist_add(e, "%s: empty: expected a row of column headings, then a row an event",
                    csv_path);
        goto done;
    }
    if (!read_headings(&im, &t.rows[0]))
        goto done;
    rows = malloc(sizeof *rows * (size_t)t.n);
    injects = cJSON_CreateArray();
    if (!rows || !injects) {
        errlist_add(e, "%s: out of memory", csv_path);
        goto done;
    }
    int n = 0, events = 0;
    for (int k = 1; k < t.n; k++) {
        if (blank_row(&t.rows[k]))
            continue;
        cJSON *in = read_row(&im, &t.rows[k], ++events);
        if (in) {
            cJSON_AddItemToArray(injects, in);
            rows[n++] = t.rows[k].row;
        }
    }
    /* the scenario with the rows that were read, checked by its loader
     * (so that a file's errors are all listed at once) */
    cJSON_DeleteItemFromObjectCaseSensitive(root, "injects");
    if (n > 0) {
        cJSON_AddItemToObject(root, "injects", injects);
        injects = NULL;
    }
    struct errlist *mine = malloc(sizeof *mine);
    if (!mine) {
        errlist_add(e, "%s: out of memory", csv_path);
        goto done;
    }
    errlist_init(mine);
    struct jctx c;
    ju_init(&c, scenario_path, mine);
    struct scenario *sc = load_scenario_json(&c, root);
    for (int k = 0; k < mine->n; k++)
        map_error(&im, mine->line[k], scenario_path, rows, n);
    if (mine->more)
        errlist_add(e, "%s: (%d more errors)", csv_path, mine->more);
    free(mine);
    if (sc && !im.errors) {
        result = print_scenario(root);
        if (!result)
            errlist_add(e, "%s: out of memory", csv_path);
    }
    free(sc);
done:
    cJSON_Delete(injects);
    free(rows);
    csv_free(&t);
    cJSON_Delete(root);
    return result;
}
