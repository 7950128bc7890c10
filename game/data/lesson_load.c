/* lesson_load.c - checks a "mandate-objectives" file (assets/objectives.json:
 * the learning objectives of assets/RULES.md section 1 with their precedents,
 * discussion questions and improvement-plan texts) and converts it into a
 * struct lesson_book. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/lesson.h"
#include "json_util.h"
#include "report_data.h"

#define LESSON_FORMAT "mandate-objectives"

static const char *const top_keys[] = {"format", "version", "objectives", NULL};
static const char *const lesson_keys[] = {
    "number",    "id",       "title", "statement", "task",    "precedent", "source",
    "questions", "strength", "issue", "action",    "element", NULL,
};

static int element_index(const char *s)
{
    return element_from_name(s);
}

static void read_lesson(struct jctx *c, const cJSON *obj, const char *path, struct lesson_def *l)
{
    char p[JU_PATH];
    memset(l, 0, sizeof *l);
    if (!ju_is_object(c, obj, path))
        return;
    ju_keys(c, obj, path, lesson_keys);
    ju_int(c, obj, path, "number", 1, LESSON_COUNT, &l->number);
    ju_text(c, obj, path, "id", JT_ID, 0, l->id, sizeof l->id);
    ju_text(c, obj, path, "title", JT_LINE, JU_NONEMPTY, l->title, sizeof l->title);
    ju_text(c, obj, path, "statement", JT_LINE, JU_NONEMPTY, l->statement, sizeof l->statement);
    ju_text(c, obj, path, "task", JT_LINE, JU_NONEMPTY, l->task, sizeof l->task);
    ju_text(c, obj, path, "precedent", JT_LONG, JU_NONEMPTY, l->precedent, sizeof l->precedent);
    ju_text(c, obj, path, "source", JT_LINE, JU_OPTIONAL | JU_NONEMPTY, l->source,
            sizeof l->source);
    ju_text(c, obj, path, "strength", JT_LINE, JU_NONEMPTY, l->strength, sizeof l->strength);
    ju_text(c, obj, path, "issue", JT_LINE, JU_NONEMPTY, l->issue, sizeof l->issue);
    ju_text(c, obj, path, "action", JT_LONG, JU_NONEMPTY, l->action, sizeof l->action);
    const cJSON *el = ju_get(c, obj, path, "element", 1);
    if (el) {
        l->element = ju_enum_value(c, el, ju_key(p, path, "element"), element_index,
                                   "capability element (planning, organisation, "
                                   "equipment, training, exercise)");
        if (l->element < 0)
            l->element = ELEM_TRAINING;
    }
    int n;
    const cJSON *arr = ju_array(c, obj, path, "questions", 1, 1, LESSON_QUESTIONS, &n);
    if (!arr)
        return;
    ju_key(p, path, "questions");
    int i = 0;
    const cJSON *q;
    cJSON_ArrayForEach(q, arr)
    {
        if (i >= n)
            break;
        char qp[JU_PATH];
        ju_text_value(c, q, ju_idx(qp, p, i), JT_LONG, JU_NONEMPTY, l->questions[i],
                      sizeof l->questions[i]);
        i++;
    }
    l->nquestions = n;
}

static int load_lessons_json(struct jctx *c, const cJSON *root, struct lesson_book *out)
{
    int before = c->errors;
    memset(out, 0, sizeof *out);
    const cJSON *f = cJSON_IsObject(root) ? cJSON_GetObjectItemCaseSensitive(root, "format") : NULL;
    if (!cJSON_IsString(f) || strcmp(f->valuestring, LESSON_FORMAT) != 0) {
        ju_err(c, cJSON_IsObject(root) ? "format" : "",
               "expected a JSON object with "
               "\"format\": \"%s\"",
               LESSON_FORMAT);
        return 0;
    }
    ju_keys(c, root, "", top_keys);
    ju_version(c, root);
    int n;
    const cJSON *arr = ju_array(c, root, "", "objectives", 1, LESSON_COUNT, LESSON_COUNT, &n);
    if (!arr)
        return 0;
    unsigned seen = 0;
    int i = 0;
    const cJSON *item;
    cJSON_ArrayForEach(item, arr)
    {
        if (i >= n)
            break;
        char p[JU_PATH];
        ju_idx(p, "objectives", i++);
        struct lesson_def l;
        int errs = c->errors;
        read_lesson(c, item, p, &l);
        if (l.number < 1 || l.number > LESSON_COUNT)
            continue;
        if (seen & (1u << l.number)) {
            ju_err(c, p, "objective %d is given twice", l.number);
            continue;
        }
        seen |= 1u << l.number;
        if (c->errors == errs)
            out->l[l.number - 1] = l;
    }
    for (int k = 1; k <= LESSON_COUNT && c->errors == before; k++)
        if (!(seen & (1u << k)))
            ju_err(c, "objectives", "objective %d is missing", k);
    return c->errors == before;
}

int data_parse_lessons(const char *text, size_t len, const char *name, struct lesson_book *out,
                       struct errlist *e)
{
    struct jctx c;
    ju_init(&c, name, e);
    cJSON *root = ju_parse(&c, text, len);
    if (!root)
        return 0;
    int ok = load_lessons_json(&c, root, out);
    cJSON_Delete(root);
    return ok;
}

int data_load_lessons(const char *path, struct lesson_book *out, struct errlist *e)
{
    char def[1100];
    if (!path) {
        snprintf(def, sizeof def, "%s/objectives.json", data_assets_dir());
        path = def;
    }
    size_t len;
    char *text = data_read_file(path, &len, e);
    if (!text)
        return 0;
    int ok = data_parse_lessons(text, len, path, out, e);
    free(text);
    return ok;
}
