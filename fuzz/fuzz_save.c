/* fuzz_save.c - libFuzzer target for the save loader: any bytes given to
 * save_parse either load (and are freed) or are refused with at least one
 * error line naming the file; never a crash, a leak, undefined behaviour
 * or a hang.
 *
 * Half of the mutations keep the input JSON and its scenario hash right
 * (fuzz/jsonmut.h), so that mutated saves get past the parser and the
 * hash check. An input the first load refuses is loaded twice. First as
 * given, every checksum verified (`mandate replay --verify`): this fuzzes
 * the refusals. Then with its scenario_hash recomputed and its checksums
 * unchecked, as `mandate report` loads a save: a mutated save that the
 * hash check stopped is replayed turn by turn - orders, AI decisions, the
 * engine. FUZZ_SAVE_STRICT=1 in the environment
 * keeps to the first load. Built by `make fuzz-build`, run by `make fuzz`. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "data/save.h"
#include "jsonmut.h"
#include "session/load.h"
#include "session/session.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned seed);

/* Mutations that keep the input JSON, half of them (fuzz/jsonmut.h). */
size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned seed)
{
    return fuzz_mutate(data, size, max_size, seed);
}

/* Loads text with flags: 1 when it loaded; aborts on a load that reports
 * errors or a refusal that does not say where. */
static int load(const char *text, size_t len, int flags)
{
    static struct errlist e;
    static struct bundle b;
    static struct session s;
    struct save_info info;
    errlist_init(&e);
    if (session_load_text(text, len, "fuzz.json", &b, &s, &info, flags, &e)) {
        if (errlist_count(&e) != 0 || s.rec.nturns != info.turns)
            abort();
        session_free(&s);
        bundle_free(&b);
        return 1;
    }
    if (errlist_count(&e) == 0 || strncmp(e.line[0], "fuzz.json", 9) != 0)
        abort();                 /* a refusal always says why, and where */
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (load((const char *)data, size, REPLAY_VERIFY | REPLAY_HISTORY) || !fuzz_rehash_wanted())
        return 0;
    size_t len;
    char *fixed = fuzz_rehash(data, size, &len);
    if (fixed)
        load(fixed, len, REPLAY_HISTORY);
    free(fixed);
    return 0;
}
