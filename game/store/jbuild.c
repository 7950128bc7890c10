/* jbuild.c - building and printing cJSON documents. */
#include "jbuild.h"

#include <stdlib.h>
#include <string.h>

cJSON *jb_obj(struct jb *j, cJSON *parent, const char *key)
{
    cJSON *o = parent ? cJSON_CreateObject() : NULL;
    if (!o || (key ? !cJSON_AddItemToObject(parent, key, o) : !cJSON_AddItemToArray(parent, o))) {
        cJSON_Delete(o);
        j->ok = 0;
        return NULL;
    }
    return o;
}

cJSON *jb_arr(struct jb *j, cJSON *parent, const char *key)
{
    cJSON *a = parent ? cJSON_CreateArray() : NULL;
    if (!a || !cJSON_AddItemToObject(parent, key, a)) {
        cJSON_Delete(a);
        j->ok = 0;
        return NULL;
    }
    return a;
}

void jb_num(struct jb *j, cJSON *o, const char *key, double v)
{
    if (o && !cJSON_AddNumberToObject(o, key, v))
        j->ok = 0;
}

void jb_str(struct jb *j, cJSON *o, const char *key, const char *v)
{
    if (o && !cJSON_AddStringToObject(o, key, v ? v : ""))
        j->ok = 0;
}

void jb_bool(struct jb *j, cJSON *o, const char *key, int v)
{
    if (o && !cJSON_AddBoolToObject(o, key, v))
        j->ok = 0;
}

void jb_null(struct jb *j, cJSON *o, const char *key)
{
    if (o && !cJSON_AddNullToObject(o, key))
        j->ok = 0;
}

void jb_raw(struct jb *j, cJSON *o, const char *key, const char *text)
{
    if (o && !cJSON_AddRawToObject(o, key, text))
        j->ok = 0;
}

/* Appends item to a, or deletes it and marks the failure. */
static void push(struct jb *j, cJSON *a, cJSON *item)
{
    if (!a || !item || !cJSON_AddItemToArray(a, item)) {
        cJSON_Delete(item);
        j->ok = 0;
    }
}

void jb_push_int(struct jb *j, cJSON *a, int v)
{
    push(j, a, cJSON_CreateNumber(v));
}

void jb_push_str(struct jb *j, cJSON *a, const char *v)
{
    push(j, a, cJSON_CreateString(v));
}

/* text (cJSON's unformatted print) with a space after each ':' and ','
 * outside strings, into out, which has room for twice text's length. */
static void space_out(const char *text, char *out)
{
    int in_string = 0;
    for (const char *p = text; *p; p++) {
        *out++ = *p;
        if (in_string) {
            if (*p == '\\' && p[1])
                *out++ = *++p;
            else if (*p == '"')
                in_string = 0;
        } else if (*p == '"') {
            in_string = 1;
        } else if (*p == ':' || *p == ',') {
            *out++ = ' ';
        }
    }
    *out = '\0';
}

char *jb_print(struct jb *j, cJSON *root, enum jb_style style)
{
    char *text = j->ok && root ? (style == JB_PRETTY ? cJSON_Print(root)
                                                      : cJSON_PrintUnformatted(root))
                               : NULL;
    cJSON_Delete(root);
    if (!text)
        return NULL;
    size_t n = strlen(text);
    char *out = malloc(style == JB_PRETTY ? n + 2 : 2 * n + 2);
    if (out && style == JB_PRETTY)
        memcpy(out, text, n + 1);
    else if (out)
        space_out(text, out);
    if (out)
        strcat(out, "\n");
    cJSON_free(text);
    return out;
}
