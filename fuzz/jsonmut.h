/* jsonmut.h - what the targets of fuzz/ share: mutations that keep a JSON
 * document JSON, and saves whose scenario hash is made right again.
 *
 * Random bytes rarely leave a file JSON, and a save records the hash of
 * its embedded scenario: so nearly every byte-level mutation of a save is
 * refused at the parser or at the hash check, before any turn is
 * replayed. fuzz_mutate changes the document as a tree instead (one value
 * changed, removed, duplicated or swapped for another) and recomputes the
 * hash, as the save writer would; half of its mutations stay libFuzzer's
 * own, on bytes, for the parser's refusals. */
#ifndef MANDATE_FUZZ_JSONMUT_H
#define MANDATE_FUZZ_JSONMUT_H

#include <stddef.h>
#include <stdint.h>

/* libFuzzer's LLVMFuzzerCustomMutator: mutates data[0..size) in place (at
 * most max_size bytes), returns the new size. */
size_t fuzz_mutate(uint8_t *data, size_t size, size_t max_size, unsigned seed);

/* The input re-printed as one line of JSON with its "scenario_hash" set to
 * the hash of its "scenario" object (malloc'd, its length in *len), or
 * NULL when the input is not a JSON object holding both. */
char *fuzz_rehash(const uint8_t *data, size_t size, size_t *len);

/* 1 unless FUZZ_SAVE_STRICT=1 is set in the environment: then the save
 * targets load each input only as given (see fuzz_save.c). */
int fuzz_rehash_wanted(void);

#endif
