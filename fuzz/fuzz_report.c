/* fuzz_report.c - libFuzzer target for what is made of a replayed save:
 * each input gets its scenario_hash recomputed (fuzz/jsonmut.h), is loaded
 * with its history as `mandate report` loads it, and every save that loads
 * goes through the debrief and all three report writers - Markdown, HTML
 * and JSON - into memory. Never a crash, a leak, undefined behaviour or a
 * hang; a writer never fails on a memory stream, never writes nothing,
 * and the JSON report always parses as JSON. FUZZ_SAVE_STRICT=1 loads the
 * input as given instead (see fuzz_save.c). Half of the mutations keep
 * the input JSON and its hash right. Built by `make fuzz-build`, run by
 * `make fuzz`. */
#include <cJSON.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/report_data.h"
#include "data/save.h"
#include "jsonmut.h"
#include "report/aar.h"
#include "report/debrief.h"
#include "core/lesson.h"
#include "session/load.h"
#include "session/session.h"
#include "store/report_json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned seed);

/* Mutations that keep the input JSON, half of them (fuzz/jsonmut.h). */
size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned seed)
{
    return fuzz_mutate(data, size, max_size, seed);
}

/* Writes the report with md (1) or html (0) into memory; aborts when the
 * writer fails or writes nothing. */
static void write_aar(int md, const struct debrief *d, const struct aar_meta *m)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    if (!f)
        abort();
    int ok = md ? aar_write_md(f, d, m) : aar_write_html(f, d, m);
    if (fclose(f) != 0 || !ok || n == 0)
        abort();
    free(buf);
}

static void write_json(const struct debrief *d, const struct aar_meta *m)
{
    char *json = report_json(d, m);
    if (!json)
        abort();
    cJSON *back = cJSON_Parse(json);
    if (!back)
        abort();                 /* the JSON report must be JSON */
    cJSON_Delete(back);
    free(json);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static struct errlist e;
    static struct bundle b;
    static struct session s;
    static struct lesson_book book;
    static int have_book = -1;
    if (have_book < 0) {
        errlist_init(&e);
        have_book = data_load_lessons(NULL, &book, &e);
        if (!have_book)
            abort();             /* assets/objectives.json must load */
    }
    struct save_info info;
    int rehash = fuzz_rehash_wanted();
    size_t len = size;
    char *fixed = rehash ? fuzz_rehash(data, size, &len) : NULL;
    errlist_init(&e);
    if (!session_load_text(fixed ? fixed : (const char *)data, fixed ? len : size, "fuzz.json",
                    &b, &s, &info, REPLAY_HISTORY, &e)) {
        if (errlist_count(&e) == 0 || strncmp(e.line[0], "fuzz.json", 9) != 0)
            abort();             /* a refusal always says why, and where */
        free(fixed);
        return 0;
    }
    free(fixed);
    struct debrief *d = debrief_build(&s, NULL, &book);
    if (!d)
        abort();
    struct aar_meta meta = { "fuzz.json", info.saved_at, info.game_version };
    write_aar(1, d, &meta);
    write_aar(0, d, &meta);
    write_json(d, &meta);
    debrief_free(d);
    session_free(&s);
    bundle_free(&b);
    return 0;
}
