/* fuzz_scenario.c - libFuzzer target for the scenario loader: any bytes
 * given to data_parse_scenario either load or are refused with at least
 * one error line naming the file; never a crash, a leak, undefined
 * behaviour or a hang. Half of the mutations keep the input JSON
 * (fuzz/jsonmut.h), so that the checks past the parser are reached.
 * Built by `make fuzz-build`, run by `make fuzz`. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/world.h"
#include "data/data.h"
#include "jsonmut.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned seed);

/* Mutations that keep the input JSON, half of them (fuzz/jsonmut.h). */
size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned seed)
{
    return fuzz_mutate(data, size, max_size, seed);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static struct errlist e;
    errlist_init(&e);
    struct scenario *sc = data_parse_scenario((const char *)data, size,
                                              "fuzz.json", &e);
    if (sc) {
        if (sc->nseats < MIN_SEATS || sc->nseats > MAX_SEATS ||
            sc->nsectors < MIN_SECTORS || sc->nsectors > MAX_SECTORS)
            abort();
        free(sc);
    } else if (errlist_count(&e) == 0 || strncmp(e.line[0], "fuzz.json", 9) != 0) {
        abort();                 /* a refusal always says why, and where */
    }
    return 0;
}
