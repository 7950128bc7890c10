/* json_util.c - the JSON checking toolkit of game/data: error lists, syntax
 * errors with line:column, JSON paths, and getters that check type, range
 * and length and report under the value's path. */
#include "json_util.h"

#include <assert.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "../config.h"
#include "utf8.h"

#define MAX_ALLOWED_KEYS 64

static const char *const kind_formats[] = {
    [JU_NONE] = "",
    [JU_SCENARIO] = "mandate-scenario",
    [JU_ORDERS] = "mandate-orders",
    [JU_PERSONALITY] = "mandate-personality",
};

/* ---- error lists ---- */

void errlist_init(struct errlist *e)
{
    e->n = 0;
    e->more = 0;
}

void errlist_add(struct errlist *e, const char *fmt, ...)
{
    if (!e)
        return;
    if (e->n >= ERRLIST_MAX) {
        e->more++;
        return;
    }
    char *s = e->line[e->n++];
    va_list ap;
    va_start(ap, fmt);
    int w = vsnprintf(s, ERRLIST_LINE, fmt, ap);
    va_end(ap);
    if (w < 0)
        strcpy(s, "(unprintable error)");
    else if (w >= ERRLIST_LINE)
        memcpy(s + ERRLIST_LINE - 4, "...", 4);
    /* The line may reach a terminal: no control character, C0 or C1, and
     * no byte that is not UTF-8. */
    for (unsigned char *p = (unsigned char *)s; *p;) {
        size_t step = utf8_decode((const char *)p, NULL);
        if (step == 0 || *p < 0x20 || *p == 0x7f) {
            *p++ = '?';
        } else if (p[0] == 0xc2 && p[1] < 0xa0) {
            p[0] = p[1] = '?';
            p += 2;
        } else {
            p += step;
        }
    }
}

int errlist_count(const struct errlist *e)
{
    return e ? e->n + e->more : 0;
}

void errlist_print(const struct errlist *e, FILE *f)
{
    if (!e)
        return;
    for (int i = 0; i < e->n; i++)
        fprintf(f, "%s\n", e->line[i]);
    if (e->more)
        fprintf(f, "(%d more error%s)\n", e->more, e->more == 1 ? "" : "s");
}

/* ---- context, paths ---- */

void ju_init(struct jctx *c, const char *file, struct errlist *e)
{
    c->file = file ? file : "(input)";
    c->e = e;
    c->errors = 0;
    c->prefix = NULL;
}

void ju_err(struct jctx *c, const char *path, const char *fmt, ...)
{
    char msg[ERRLIST_LINE];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    c->errors++;
    const char *pre = c->prefix ? c->prefix : "";
    if (!path)
        path = "";
    const char *dot = *pre && *path && *path != '[' ? "." : "";
    if (*pre || *path)
        errlist_add(c->e, "%s: %s%s%s: %s", c->file, pre, dot, path, msg);
    else
        errlist_add(c->e, "%s: %s", c->file, msg);
}

const char *ju_key(char *out, const char *parent, const char *key)
{
    if (parent && *parent)
        snprintf(out, JU_PATH, "%s.%s", parent, key);
    else
        snprintf(out, JU_PATH, "%s", key);
    return out;
}

const char *ju_idx(char *out, const char *parent, int i)
{
    snprintf(out, JU_PATH, "%s[%d]", parent ? parent : "", i);
    return out;
}

/* ---- syntax ---- */

static void syntax_err(struct jctx *c, const char *text, size_t pos,
                       const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void syntax_err(struct jctx *c, const char *text, size_t pos,
                       const char *fmt, ...)
{
    size_t line = 1, col = 1;
    for (size_t i = 0; i < pos; i++) {
        if (text[i] == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
    }
    char msg[ERRLIST_LINE];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    c->errors++;
    errlist_add(c->e, "%s:%zu:%zu: %s", c->file, line, col, msg);
}

static int is_space(unsigned char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

static void near_err(struct jctx *c, const char *text, size_t pos)
{
    unsigned char ch = (unsigned char)text[pos];
    if (ch > 0x20 && ch < 0x7f)
        syntax_err(c, text, pos, "syntax error near '%c'", ch);
    else
        syntax_err(c, text, pos, "syntax error near byte 0x%02x", ch);
}

/* Whether a parse that failed at the last byte ran out of text: cJSON
 * reports both at the last byte, so parse again with a space added and
 * see whether the failure moves onto it. */
static int ran_out(const char *text, size_t len)
{
    if (is_space((unsigned char)text[len - 1]))
        return 1;
    char *more = malloc(len + 1);
    if (!more)
        return 0;
    memcpy(more, text, len);
    more[len] = ' ';
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(more, len + 1, &end, 0);
    int out = !root && end == more + len;
    cJSON_Delete(root);
    free(more);
    return out;
}

/* Whether a parse that failed at pos stopped in a string or a word (true,
 * false, null) that the end of the text cut short: cJSON reports those at
 * the token's start, not at the end. */
static int cut_token(const char *text, size_t len, size_t pos)
{
    if (pos > 0 && pos <= len && text[pos - 1] == '"') {
        for (size_t i = pos; i < len; i++) {
            if (text[i] == '\\')
                i++;
            else if (text[i] == '"')
                return 0;
        }
        return 1;
    }
    static const char *const words[] = { "true", "false", "null" };
    size_t rest = len - pos;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (rest > 0 && rest < strlen(words[k]) &&
            memcmp(text + pos, words[k], rest) == 0)
            return 1;
    return 0;
}

cJSON *ju_parse(struct jctx *c, const char *text, size_t len)
{
    if (!text || len == 0) {
        syntax_err(c, "", 0, "empty file: expected a JSON object");
        return NULL;
    }
    /* JSON allows no control character but white space, anywhere. */
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)text[i];
        if (ch < 0x20 && !is_space(ch)) {
            syntax_err(c, text, i, "syntax error: control character 0x%02x",
                       ch);
            return NULL;
        }
    }
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(text, len, &end, 0);
    size_t pos = (end && end >= text && end <= text + len)
                     ? (size_t)(end - text) : 0;
    if (!root) {
        if ((pos + 1 >= len && ran_out(text, len)) || cut_token(text, len, pos))
            syntax_err(c, text, len, "syntax error: unexpected end of file");
        else
            near_err(c, text, pos);
        return NULL;
    }
    while (pos < len && is_space((unsigned char)text[pos]))
        pos++;
    if (pos != len) {
        syntax_err(c, text, pos,
                   "syntax error: text after the end of the JSON value");
        cJSON_Delete(root);
        return NULL;
    }
    return root;
}

enum ju_kind ju_kind_of(const cJSON *root)
{
    if (!cJSON_IsObject(root))
        return JU_NONE;
    const cJSON *f = cJSON_GetObjectItemCaseSensitive(root, "format");
    if (!cJSON_IsString(f))
        return JU_NONE;
    for (int k = JU_SCENARIO; k <= JU_PERSONALITY; k++)
        if (strcmp(f->valuestring, kind_formats[k]) == 0)
            return (enum ju_kind)k;
    return JU_NONE;
}

int ju_expect_kind(struct jctx *c, const cJSON *root, enum ju_kind kind)
{
    enum ju_kind k = ju_kind_of(root);
    if (k == kind)
        return 1;
    if (k == JU_NONE)
        ju_err(c, "", "not a Mandate file: expected a JSON object with "
               "\"format\": \"%s\"", kind_formats[kind]);
    else
        ju_err(c, "format", "this is a \"%s\" file, expected \"%s\"",
               kind_formats[k], kind_formats[kind]);
    return 0;
}

void ju_version(struct jctx *c, const cJSON *root)
{
    const cJSON *v = ju_get(c, root, "", "version", 1);
    if (v && !(cJSON_IsNumber(v) && v->valuedouble == 1.0))
        ju_err(c, "version", "unsupported version: this game reads version 1");
}

void ju_schema(struct jctx *c, const cJSON *root)
{
    const cJSON *v = ju_get(c, root, "", "$schema", 0);
    if (v && !cJSON_IsString(v))
        ju_err(c, "$schema", "expected a string (a JSON Schema's address), got %s",
               ju_type_name(v));
}

/* ---- keys ---- */

void ju_keys(struct jctx *c, const cJSON *obj, const char *path,
             const char *const *allowed)
{
    int n = 0;
    while (allowed[n])
        n++;
    assert(n <= MAX_ALLOWED_KEYS);
    unsigned char seen[MAX_ALLOWED_KEYS] = { 0 };
    const cJSON *m;
    cJSON_ArrayForEach(m, obj)
        ju_member(c, m, path, allowed, n, seen);
}

int ju_member(struct jctx *c, const cJSON *m, const char *path,
              const char *const *names, int n, unsigned char *seen)
{
    const char *key = m->string ? m->string : "";
    for (int i = 0; i < n; i++) {
        if (names[i] && names[i][0] && strcmp(names[i], key) == 0) {
            if (seen[i]) {
                ju_err(c, path, "duplicate key \"%.80s\"", key);
                return -1;
            }
            seen[i] = 1;
            return i;
        }
    }
    ju_err(c, path, "unknown key \"%.80s\"", key);
    return -1;
}

void ju_missing(struct jctx *c, const char *path, const char *const *names,
                int n, const unsigned char *seen)
{
    for (int i = 0; i < n; i++)
        if (!seen[i] && names[i] && names[i][0])
            ju_err(c, path, "missing \"%s\"", names[i]);
}

/* ---- getters ---- */

const char *ju_type_name(const cJSON *item)
{
    if (cJSON_IsString(item))
        return "a string";
    if (cJSON_IsNumber(item))
        return "a number";
    if (cJSON_IsTrue(item))
        return "true";
    if (cJSON_IsFalse(item))
        return "false";
    if (cJSON_IsNull(item))
        return "null";
    if (cJSON_IsArray(item))
        return "an array";
    if (cJSON_IsObject(item))
        return "an object";
    return "an unknown value";
}

const cJSON *ju_get(struct jctx *c, const cJSON *obj, const char *path,
                    const char *key, int required)
{
    if (!cJSON_IsObject(obj))
        return NULL;
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!item && required)
        ju_err(c, path, "missing \"%s\"", key);
    return item;
}

int ju_is_object(struct jctx *c, const cJSON *item, const char *path)
{
    if (cJSON_IsObject(item))
        return 1;
    ju_err(c, path, "expected an object, got %s", ju_type_name(item));
    return 0;
}

const cJSON *ju_object(struct jctx *c, const cJSON *obj, const char *path,
                       const char *key, int required)
{
    const cJSON *item = ju_get(c, obj, path, key, required);
    if (item && !cJSON_IsObject(item)) {
        char p[JU_PATH];
        ju_err(c, ju_key(p, path, key), "expected an object, got %s",
               ju_type_name(item));
        return NULL;
    }
    return item;
}

const cJSON *ju_array(struct jctx *c, const cJSON *obj, const char *path,
                      const char *key, int required, int min, int max,
                      int *n)
{
    *n = 0;
    const cJSON *item = ju_get(c, obj, path, key, required);
    if (!item)
        return NULL;
    char p[JU_PATH];
    ju_key(p, path, key);
    if (!cJSON_IsArray(item)) {
        ju_err(c, p, "expected an array, got %s", ju_type_name(item));
        return NULL;
    }
    int size = 0;
    const cJSON *it;
    cJSON_ArrayForEach(it, item) {
        if (size > max)
            break;          /* enough to know it is too long */
        size++;
    }
    if (size < min || size > max) {
        if (size > max)
            ju_err(c, p, "expected %d-%d items, got more than %d", min, max,
                   max);
        else
            ju_err(c, p, "expected %d-%d items, got %d", min, max, size);
    }
    *n = size > max ? max : size;
    return item;
}

static const char *range_text(char *buf, size_t n, int lo, int hi)
{
    if (lo == hi)
        snprintf(buf, n, "%d", lo);
    else if (lo >= 0)
        snprintf(buf, n, "%d-%d", lo, hi);
    else
        snprintf(buf, n, "from %d to %d", lo, hi);
    return buf;
}

int ju_int_value(struct jctx *c, const cJSON *item, const char *path, int lo,
                 int hi, int *out)
{
    char r[48];
    if (!cJSON_IsNumber(item)) {
        ju_err(c, path, "expected an integer %s, got %s",
               range_text(r, sizeof r, lo, hi), ju_type_name(item));
        return 0;
    }
    double d = item->valuedouble;
    /* Range first: then the cast to int is defined. */
    if (!(d >= lo && d <= hi) || d != (double)(int)d) {
        ju_err(c, path, "expected an integer %s, got %.15g",
               range_text(r, sizeof r, lo, hi), d);
        return 0;
    }
    *out = (int)d;
    return 1;
}

int ju_int(struct jctx *c, const cJSON *obj, const char *path,
           const char *key, int lo, int hi, int *out)
{
    const cJSON *item = ju_get(c, obj, path, key, 1);
    if (!item)
        return 0;
    char p[JU_PATH];
    return ju_int_value(c, item, ju_key(p, path, key), lo, hi, out);
}

int ju_int_opt(struct jctx *c, const cJSON *obj, const char *path,
               const char *key, int lo, int hi, int def, int *out)
{
    const cJSON *item = ju_get(c, obj, path, key, 0);
    if (!item) {
        *out = def;
        return 1;
    }
    char p[JU_PATH];
    return ju_int_value(c, item, ju_key(p, path, key), lo, hi, out);
}

int ju_bool(struct jctx *c, const cJSON *obj, const char *path,
            const char *key, int *out)
{
    const cJSON *item = ju_get(c, obj, path, key, 1);
    if (!item)
        return 0;
    if (!cJSON_IsBool(item)) {
        char p[JU_PATH];
        ju_err(c, ju_key(p, path, key), "expected true or false, got %s",
               ju_type_name(item));
        return 0;
    }
    *out = cJSON_IsTrue(item) ? 1 : 0;
    return 1;
}

/* ---- strings ---- */

/* The most display columns a kind of text may take (ids: characters). */
static size_t text_cols_max(enum ju_text kind)
{
    switch (kind) {
    case JT_ID: return ID_LEN - 1;
    case JT_NAME: return NAME_COLS;
    case JT_LINE: return LINE_COLS;
    case JT_LONG: return LONG_COLS;
    }
    return 0;
}

/* The bytes a kind of text may take, NUL included: its buffer's size. */
static size_t text_bytes(enum ju_text kind)
{
    switch (kind) {
    case JT_ID: return ID_LEN;
    case JT_NAME: return NAME_LEN;
    case JT_LINE: return SHORT_TEXT;
    case JT_LONG: return LONG_TEXT;
    }
    return 0;
}

static const char *text_expect(char *buf, size_t n, enum ju_text kind,
                               unsigned flags)
{
    size_t max = text_cols_max(kind);
    int nonempty = kind == JT_ID || (kind == JT_NAME && !(flags & JU_EMPTY)) ||
                   (flags & JU_NONEMPTY);
    const char *what = kind == JT_ID     ? "an id"
                       : kind == JT_NAME ? "a name"
                       : kind == JT_LINE ? "one line of text"
                                         : "a text";
    if (kind == JT_ID)
        snprintf(buf, n, "an id of 1-%zu characters a-z, 0-9 or _", max);
    else if (nonempty)
        snprintf(buf, n, "%s of 1-%zu columns", what, max);
    else
        snprintf(buf, n, "%s of at most %zu columns", what, max);
    return buf;
}

int ju_text_value(struct jctx *c, const cJSON *item, const char *path,
                  enum ju_text kind, unsigned flags, char *buf, size_t n)
{
    size_t limit = text_bytes(kind);
    assert(n >= limit);
    buf[0] = '\0';
    char x[96];
    if (!cJSON_IsString(item)) {
        ju_err(c, path, "expected %s, got %s",
               text_expect(x, sizeof x, kind, flags), ju_type_name(item));
        return 0;
    }
    const char *s = item->valuestring;
    size_t len = strlen(s);
    int nonempty = kind == JT_ID || (kind == JT_NAME && !(flags & JU_EMPTY)) ||
                   (flags & JU_NONEMPTY);
    if (len == 0 && nonempty) {
        ju_err(c, path, "expected %s, got \"\"",
               text_expect(x, sizeof x, kind, flags));
        return 0;
    }
    size_t cols = 0;
    for (size_t i = 0; i < len;) {
        unsigned char ch = (unsigned char)s[i];
        if (kind == JT_ID) {
            if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
                  ch == '_') || i >= ID_LEN - 1) {
                ju_err(c, path, "expected %s, got \"%.40s\"",
                       text_expect(x, sizeof x, kind, flags), s);
                return 0;
            }
            i++;
            continue;
        }
        if ((ch < 0x20 && !(ch == '\n' && kind == JT_LONG)) || ch == 0x7f) {
            ju_err(c, path, "control character 0x%02x in %s", ch,
                   kind == JT_LONG ? "text" : "one-line text");
            return 0;
        }
        unsigned cp;
        size_t step = utf8_decode(s + i, &cp);
        if (!step) {
            ju_err(c, path, "invalid UTF-8 at byte %zu", i);
            return 0;
        }
        /* C1 controls, U+0080-U+009F (0xc2 0x80-0x9f): a terminal acts
         * on them as on C0 (U+009B is CSI) */
        if (step == 2 && ch == 0xc2 && (unsigned char)s[i + 1] < 0xa0) {
            ju_err(c, path, "control character U+%04X in %s", (unsigned char)s[i + 1],
                   kind == JT_LONG ? "text" : "one-line text");
            return 0;
        }
        cols += (size_t)utf8_cp_width(cp);
        i += step;
    }
    if (kind != JT_ID && cols > text_cols_max(kind)) {
        ju_err(c, path, "expected %s, got %zu columns",
               text_expect(x, sizeof x, kind, flags), cols);
        return 0;
    }
    /* within its columns but not its bytes: only with many combining
     * marks or characters of four bytes */
    if (len >= limit) {
        ju_err(c, path, "expected %s and at most %zu bytes of UTF-8, got %zu",
               text_expect(x, sizeof x, kind, flags), limit - 1, len);
        return 0;
    }
    memcpy(buf, s, len + 1);
    return 1;
}

int ju_text(struct jctx *c, const cJSON *obj, const char *path,
            const char *key, enum ju_text kind, unsigned flags, char *buf,
            size_t n)
{
    const cJSON *item = ju_get(c, obj, path, key, !(flags & JU_OPTIONAL));
    if (!item) {
        buf[0] = '\0';
        return (flags & JU_OPTIONAL) != 0;
    }
    char p[JU_PATH];
    return ju_text_value(c, item, ju_key(p, path, key), kind, flags, buf, n);
}

int ju_enum_value(struct jctx *c, const cJSON *item, const char *path,
                  int (*lookup)(const char *), const char *what)
{
    if (!cJSON_IsString(item)) {
        ju_err(c, path, "expected a %s name, got %s", what, ju_type_name(item));
        return -1;
    }
    int v = lookup(item->valuestring);
    if (v < 0)
        ju_err(c, path, "unknown %s \"%.60s\"", what, item->valuestring);
    return v;
}
