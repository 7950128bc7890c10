/* msel_cells.c - the MSEL's columns and the little language of its
 * Trigger, Effects and Choices cells:
 *
 *   Trigger   KIND [VALUE] [sector=ID]      e.g. threat_at_least 6 sector=hills
 *   Effects   one a line (or split by ';'):  KIND [AMOUNT] [KEY=VALUE]...
 *             e.g. trust -5 contingent=westria towards=eastmark
 *             equipment +15 contingent=alvar supplier=brenn backdoor=true
 *             new_objectives contingent=eastmark objectives=[{...JSON...}]
 *             A VALUE is a word, true or false, or JSON ("...", [...],
 *             {...}): a word that would read otherwise is written quoted.
 *   Choices   one a line: LABEL [=> EFFECT; EFFECT...]
 *
 * Reading turns the text into JSON trees without judging them: whether a
 * kind, a key or a number is allowed is the scenario loader's to say. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "msel_int.h"

static const char *const headings[MC_COUNT] = {
#define X_HEAD(e, head, key) head,
    MSEL_COLUMNS(X_HEAD)
#undef X_HEAD
};

/* Other headings planners give these columns. */
static const struct {
    const char *name;
    int col;
} aliases[] = {
    { "event #", MC_EVENT }, { "event number", MC_EVENT }, { "#", MC_EVENT },
    { "no.", MC_EVENT }, { "turn", MC_WEEK }, { "question", MC_QUESTION },
    { "discussion question", MC_QUESTION }, { "expected player action", MC_QUESTION },
    { "expected action", MC_QUESTION }, { "notes", MC_NOTES }, { "inject", MC_TEXT },
};

#define SEP " => "             /* between a choice's label and its effects */

const char *msel_heading(int c)
{
    return c >= 0 && c < MC_COUNT ? headings[c] : "";
}

/* Whether a and b are equal, ignoring ASCII case and b's surrounding
 * spaces. */
static int same_name(const char *a, const char *b)
{
    while (*b == ' ')
        b++;
    size_t n = strlen(b);
    while (n && b[n - 1] == ' ')
        n--;
    return strlen(a) == n && strncasecmp(a, b, n) == 0;
}

int msel_column_of(const char *heading)
{
    for (int c = 0; c < MC_COUNT; c++)
        if (same_name(headings[c], heading))
            return c;
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (same_name(aliases[i].name, heading))
            return aliases[i].col;
    return -1;
}

int msel_column_of_path(const char *path)
{
    static const char *const keys[MC_COUNT] = {
#define X_KEY(e, head, key) key,
        MSEL_COLUMNS(X_KEY)
#undef X_KEY
    };
    if (!strncmp(path, "trigger.turn", 12) && (path[12] == '\0' || path[12] == ':'))
        return MC_WEEK;
    size_t n = strcspn(path, ".[:");
    for (int c = 0; c < MC_COUNT; c++)
        if (keys[c] && strlen(keys[c]) == n && !strncmp(path, keys[c], n))
            return c;
    return MC_EVENT;
}

/* ---- writing ---- */

/* Whether a VALUE written as the word s would be read as JSON (a yes or
 * no, a quoted string, an array, an object) rather than as a string. */
static int word_is_json(const char *s)
{
    return !strcmp(s, "true") || !strcmp(s, "false") || *s == '"' || *s == '[' || *s == '{';
}

/* KIND [NUMBER] [KEY=VALUE]... of an object whose number is under numkey
 * (amount: with its sign). */
static void put_item(FILE *f, const cJSON *obj, const char *numkey)
{
    const cJSON *kind = cJSON_GetObjectItemCaseSensitive(obj, "kind");
    fputs(cJSON_IsString(kind) ? kind->valuestring : "?", f);
    const cJSON *num = cJSON_GetObjectItemCaseSensitive(obj, numkey);
    if (cJSON_IsNumber(num))
        fprintf(f, strcmp(numkey, "amount") ? " %.0f" : " %+.0f", num->valuedouble);
    const cJSON *m;
    cJSON_ArrayForEach(m, obj) {
        if (!m->string || !strcmp(m->string, "kind") || !strcmp(m->string, numkey) ||
            !strcmp(m->string, "turn"))
            continue;
        if (cJSON_IsString(m) && !word_is_json(m->valuestring)) {
            fprintf(f, " %s=%s", m->string, m->valuestring);
        } else {
            char *json = cJSON_PrintUnformatted(m);
            fprintf(f, " %s=%s", m->string, json ? json : "null");
            free(json);
        }
    }
}

void msel_put_trigger(FILE *f, const cJSON *trigger)
{
    put_item(f, trigger, "value");
}

void msel_put_effects(FILE *f, const cJSON *effects, const char *sep)
{
    const cJSON *it;
    int i = 0;
    cJSON_ArrayForEach(it, effects) {
        if (i++)
            fputs(sep, f);
        put_item(f, it, "amount");
    }
}

void msel_put_choices(FILE *f, const cJSON *choices)
{
    const cJSON *it;
    int i = 0;
    cJSON_ArrayForEach(it, choices) {
        if (i++)
            fputc('\n', f);
        const cJSON *label = cJSON_GetObjectItemCaseSensitive(it, "label");
        fputs(cJSON_IsString(label) ? label->valuestring : "", f);
        const cJSON *eff = cJSON_GetObjectItemCaseSensitive(it, "effects");
        if (cJSON_GetArraySize(eff) > 0) {
            fputs(SEP, f);
            msel_put_effects(f, eff, "; ");
        }
    }
}

/* ---- reading ---- */

static const char *skip_spaces(const char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    return s;
}

/* A whole number with an optional sign; 1 and *out, or 0. */
static int read_number(const char *s, size_t n, double *out)
{
    char buf[24];
    if (n == 0 || n >= sizeof buf)
        return 0;
    memcpy(buf, s, n);
    buf[n] = '\0';
    char *end;
    errno = 0;
    long v = strtol(buf, &end, 10);
    if (errno || *end || end == buf || v < -1000000000L || v > 1000000000L)
        return 0;
    *out = (double)v;
    return 1;
}

/* One item KIND [NUMBER] [KEY=VALUE]... from s up to a ';', a line break
 * or the end (*next gets where it stopped) into a new object, the number
 * under numkey. NULL after writing why. */
static cJSON *read_item(const char *s, const char **next, const char *numkey,
                        char *why, size_t n)
{
    cJSON *obj = cJSON_CreateObject();
    if (!obj) {
        snprintf(why, n, "out of memory");
        return NULL;
    }
    int have_kind = 0, have_num = 0;
    for (;;) {
        s = skip_spaces(s);
        if (!*s || *s == ';' || *s == '\n')
            break;
        size_t len = strcspn(s, " \t;\n");
        const char *eq = memchr(s, '=', len);
        double v;
        if (!have_kind) {
            if (eq || read_number(s, len, &v)) {
                snprintf(why, n, "\"%.*s\": expected a kind first", (int)(len > 40 ? 40 : len), s);
                goto fail;
            }
            char *word = strndup(s, len);
            cJSON *k = word ? cJSON_CreateString(word) : NULL;
            free(word);
            if (!k) {
                snprintf(why, n, "out of memory");
                goto fail;
            }
            cJSON_AddItemToObject(obj, "kind", k);
            have_kind = 1;
            s += len;
            continue;
        }
        if (!eq) {
            if (have_num || !read_number(s, len, &v)) {
                snprintf(why, n, "\"%.*s\": expected %s or KEY=VALUE",
                         (int)(len > 40 ? 40 : len), s,
                         have_num ? "one number at most" : "a whole number");
                goto fail;
            }
            cJSON_AddNumberToObject(obj, numkey, v);
            have_num = 1;
            s += len;
            continue;
        }
        char key[32];
        size_t klen = (size_t)(eq - s);
        if (klen == 0 || klen >= sizeof key) {
            snprintf(why, n, "\"%.*s\": expected KEY=VALUE", (int)(len > 40 ? 40 : len), s);
            goto fail;
        }
        memcpy(key, s, klen);
        key[klen] = '\0';
        if (cJSON_GetObjectItemCaseSensitive(obj, key)) {
            snprintf(why, n, "%s given twice", key);
            goto fail;
        }
        const char *val = eq + 1;
        size_t vlen = len - klen - 1;
        if ((vlen == 4 && !strncmp(val, "true", 4)) || (vlen == 5 && !strncmp(val, "false", 5))) {
            cJSON *b = cJSON_CreateBool(*val == 't');
            if (!b) {
                snprintf(why, n, "out of memory");
                goto fail;
            }
            cJSON_AddItemToObject(obj, key, b);
            s += len;
            continue;
        }
        if (*val == '[' || *val == '{' || *val == '"') {
            /* JSON (the objectives of new_objectives, a quoted word) up
             * to its end */
            const char *end = NULL;
            cJSON *j = cJSON_ParseWithOpts(val, &end, 0);
            if (!j) {
                snprintf(why, n, "%s: not valid JSON", key);
                goto fail;
            }
            cJSON_AddItemToObject(obj, key, j);
            s = end;
            continue;
        }
        char *text = strndup(val, vlen);
        cJSON *str = text ? cJSON_CreateString(text) : NULL;
        free(text);
        if (!str) {
            snprintf(why, n, "out of memory");
            goto fail;
        }
        cJSON_AddItemToObject(obj, key, str);
        s += len;
    }
    *next = s;
    if (!have_kind) {
        snprintf(why, n, "expected a kind");
        goto fail;
    }
    return obj;
fail:
    cJSON_Delete(obj);
    return NULL;
}

cJSON *msel_read_trigger(const char *s, char *why, size_t n)
{
    s = skip_spaces(s);
    if (!*s)
        s = "turn";
    const char *next;
    cJSON *t = read_item(s, &next, "value", why, n);
    if (t && *skip_spaces(next)) {
        snprintf(why, n, "one trigger only");
        cJSON_Delete(t);
        return NULL;
    }
    return t;
}

/* Items separated by ';' or line breaks into a new array. */
static cJSON *read_list(const char *s, char *why, size_t n)
{
    cJSON *arr = cJSON_CreateArray();
    if (!arr) {
        snprintf(why, n, "out of memory");
        return NULL;
    }
    int i = 0;
    for (;;) {
        s = skip_spaces(s);
        while (*s == ';' || *s == '\n' || *s == ' ' || *s == '\t')
            s++;
        if (!*s)
            break;
        const char *next;
        char sub[160];
        cJSON *it = read_item(s, &next, "amount", sub, sizeof sub);
        if (!it) {
            snprintf(why, n, "effect %d: %s", i + 1, sub);
            cJSON_Delete(arr);
            return NULL;
        }
        cJSON_AddItemToArray(arr, it);
        s = next;
        i++;
    }
    return arr;
}

cJSON *msel_read_effects(const char *s, char *why, size_t n)
{
    return read_list(s, why, n);
}

cJSON *msel_read_choices(const char *s, char *why, size_t n)
{
    cJSON *arr = cJSON_CreateArray();
    if (!arr) {
        snprintf(why, n, "out of memory");
        return NULL;
    }
    int i = 0;
    while (*s) {
        size_t len = strcspn(s, "\n");
        char *line = strndup(s, len);
        s += len;
        if (*s == '\n')
            s++;
        if (!line) {
            snprintf(why, n, "out of memory");
            cJSON_Delete(arr);
            return NULL;
        }
        char *label = line, *effects = strstr(line, "=>");
        if (effects) {
            *effects = '\0';
            effects += 2;
        }
        /* the label without the spaces around it */
        label = (char *)skip_spaces(label);
        size_t l = strlen(label);
        while (l && (label[l - 1] == ' ' || label[l - 1] == '\t'))
            label[--l] = '\0';
        if (!*label && !effects) {
            free(line);
            continue;          /* a blank line */
        }
        i++;
        cJSON *ch = cJSON_CreateObject();
        cJSON_AddItemToArray(arr, ch);
        cJSON_AddStringToObject(ch, "label", label);
        if (effects) {
            char sub[160];
            cJSON *eff = read_list(effects, sub, sizeof sub);
            if (!eff) {
                snprintf(why, n, "choice %d: %s", i, sub);
                free(line);
                cJSON_Delete(arr);
                return NULL;
            }
            cJSON_AddItemToObject(ch, "effects", eff);
        }
        free(line);
    }
    return arr;
}
