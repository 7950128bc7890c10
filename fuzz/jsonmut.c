/* jsonmut.c - see jsonmut.h. */
#include "jsonmut.h"

#include <cJSON.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/save.h"

/* libFuzzer's own byte-level mutation */
size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t max_size);

/* The choices of one mutation, from libFuzzer's seed (xorshift32). */
struct pick {
    uint32_t x;
};

static uint32_t below(struct pick *p, uint32_t n)
{
    p->x ^= p->x << 13;
    p->x ^= p->x >> 17;
    p->x ^= p->x << 5;
    return n ? p->x % n : 0;
}

/* A node of the tree and the array or object holding it (NULL: root). */
struct spot {
    cJSON *node, *parent;
};

static int count(const cJSON *node)
{
    int n = 1;
    for (const cJSON *c = node->child; c; c = c->next)
        n += count(c);
    return n;
}

/* The k-th node in document order into *out; 1 when found. */
static int find(cJSON *node, cJSON *parent, int *k, struct spot *out)
{
    if ((*k)-- == 0) {
        out->node = node;
        out->parent = parent;
        return 1;
    }
    for (cJSON *c = node->child; c; c = c->next)
        if (find(c, node, k, out))
            return 1;
    return 0;
}

static struct spot any(cJSON *root, int n, struct pick *p)
{
    struct spot s = { NULL, NULL };
    int k = (int)below(p, (uint32_t)n);
    find(root, NULL, &k, &s);
    return s;
}

/* A number near the edges of what a loader checks. */
static double number(double v, struct pick *p)
{
    static const double edge[] = { 0, 1, -1, 2, 3, 7, 8, 9, 12, 16, 100, 101, 127, 128, 255,
                                   256, 1000, 1001, 65535, 65536, 2147483647.0,
                                   2147483648.0, -2147483649.0, 1e18, 1e300, 0.5, -0.0 };
    switch (below(p, 6)) {
    case 0: return v + 1;
    case 1: return v - 1;
    case 2: return -v;
    case 3: return v * 2;
    case 4: return (double)below(p, 101);
    default: return edge[below(p, sizeof edge / sizeof edge[0])];
    }
}

/* A string: emptied, doubled, long, another string of the document (an id
 * that names something else) or its bytes mutated by libFuzzer. */
static cJSON *string(const char *v, cJSON *root, int n, struct pick *p)
{
    size_t len = strlen(v);
    switch (below(p, 5)) {
    case 0: return cJSON_CreateString("");
    case 1: {
        char *two = malloc(2 * len + 1);
        if (!two)
            return NULL;
        memcpy(two, v, len);
        memcpy(two + len, v, len + 1);
        cJSON *s = cJSON_CreateString(two);
        free(two);
        return s;
    }
    case 2: {
        char longer[1200];
        memset(longer, 'x', sizeof longer - 1);
        longer[below(p, sizeof longer)] = '\0';
        longer[sizeof longer - 1] = '\0';
        return cJSON_CreateString(longer);
    }
    case 3:
        for (int tries = 0; tries < 20; tries++) {
            struct spot o = any(root, n, p);
            if (cJSON_IsString(o.node))
                return cJSON_CreateString(o.node->valuestring);
        }
        return cJSON_CreateString(v);
    default: {
        size_t cap = len + 64;
        uint8_t *buf = malloc(cap + 1);
        if (!buf)
            return NULL;
        memcpy(buf, v, len);
        size_t m = LLVMFuzzerMutate(buf, len, cap);
        buf[m] = '\0';           /* cut at a NUL it may have put in */
        cJSON *s = cJSON_CreateString((const char *)buf);
        free(buf);
        return s;
    }
    }
}

/* Changes one node of the tree; 1 when something changed. */
static int mutate_tree(cJSON *root, struct pick *p)
{
    int n = count(root);
    struct spot s = any(root, n, p);
    cJSON *node = s.node, *with = NULL;
    int kids = cJSON_GetArraySize(node);
    if ((cJSON_IsArray(node) || cJSON_IsObject(node)) && kids > 0 && below(p, 2)) {
        /* take a member out, or add a copy of one (a duplicate key) */
        int i = (int)below(p, (uint32_t)kids);
        if (below(p, 2)) {
            cJSON_DeleteItemFromArray(node, i);
            return 1;
        }
        cJSON *copy = cJSON_Duplicate(cJSON_GetArrayItem(node, i), 1);
        if (!copy)
            return 0;
        if (cJSON_IsObject(node))
            cJSON_AddItemToObject(node, cJSON_GetArrayItem(node, i)->string, copy);
        else
            cJSON_AddItemToArray(node, copy);
        return 1;
    }
    if (!s.parent)
        return 0;                /* the root is only changed within */
    if (below(p, 6) == 0) {
        /* another node of the document in its place */
        with = cJSON_Duplicate(any(root, n, p).node, 1);
    } else if (cJSON_IsNumber(node)) {
        with = cJSON_CreateNumber(number(node->valuedouble, p));
    } else if (cJSON_IsString(node)) {
        with = string(node->valuestring, root, n, p);
    } else if (cJSON_IsBool(node)) {
        with = cJSON_CreateBool(cJSON_IsFalse(node));
    } else {
        static const char *const odd[] = { "null", "0", "\"\"", "[]", "{}", "true" };
        with = cJSON_Parse(odd[below(p, 6)]);
    }
    if (!with)
        return 0;
    if (node->string) {
        /* a member keeps its key */
        if (!(with->type & cJSON_StringIsConst))
            free(with->string);
        with->type &= ~cJSON_StringIsConst;
        with->string = strdup(node->string);
    }
    if (!cJSON_ReplaceItemViaPointer(s.parent, node, with)) {
        cJSON_Delete(with);
        return 0;
    }
    return 1;
}

/* Sets a save's scenario_hash to the hash of its scenario, as the save
 * writer would (the reader hashes the scenario's unformatted print). */
static int set_hash(cJSON *root)
{
    cJSON *sc = cJSON_GetObjectItemCaseSensitive(root, "scenario");
    if (!cJSON_IsObject(root) || !cJSON_IsObject(sc) ||
        !cJSON_HasObjectItem(root, "scenario_hash"))
        return 0;
    char *text = cJSON_PrintUnformatted(sc);
    if (!text)
        return 0;
    char hex[17];
    snprintf(hex, sizeof hex, "%016" PRIx64, bundle_hash(text, strlen(text)));
    cJSON_free(text);
    cJSON *h = cJSON_CreateString(hex);
    if (h && cJSON_ReplaceItemInObjectCaseSensitive(root, "scenario_hash", h))
        return 1;
    cJSON_Delete(h);
    return 0;
}

size_t fuzz_mutate(uint8_t *data, size_t size, size_t max_size, unsigned seed)
{
    struct pick p = { seed ? seed : 0x9e3779b9u };
    cJSON *root = (seed & 1) ? NULL : cJSON_ParseWithLength((const char *)data, size);
    size_t len = 0;
    if (root && mutate_tree(root, &p)) {
        set_hash(root);
        char *out = cJSON_PrintUnformatted(root);
        len = out ? strlen(out) : 0;
        if (len > 0 && len <= max_size)
            memcpy(data, out, len);
        else
            len = 0;
        cJSON_free(out);
    }
    cJSON_Delete(root);
    return len ? len : LLVMFuzzerMutate(data, size, max_size);
}

char *fuzz_rehash(const uint8_t *data, size_t size, size_t *len)
{
    cJSON *root = cJSON_ParseWithLength((const char *)data, size);
    char *out = set_hash(root) ? cJSON_PrintUnformatted(root) : NULL;
    cJSON_Delete(root);
    *len = out ? strlen(out) : 0;
    return out;
}

int fuzz_rehash_wanted(void)
{
    const char *s = getenv("FUZZ_SAVE_STRICT");
    return !(s && strcmp(s, "1") == 0);
}
