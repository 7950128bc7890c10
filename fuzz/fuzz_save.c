/* fuzz_save.c - libFuzzer target for the save loader: any bytes given to
 * save_parse either load (and are freed) or are refused with at least one
 * error line naming the file; never a crash, a leak, undefined behaviour
 * or a hang. Built by `make fuzz-build`, run by `make fuzz`. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "data/save.h"
#include "session/session.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static struct errlist e;
    static struct bundle b;
    static struct session s;
    struct save_info info;
    errlist_init(&e);
    if (save_parse((const char *)data, size, "fuzz.json", &b, &s, &info,
                   SAVE_VERIFY | SAVE_HISTORY, &e)) {
        if (errlist_count(&e) != 0 || s.nturns != info.turns)
            abort();
        session_free(&s);
        bundle_free(&b);
    } else if (errlist_count(&e) == 0 ||
               strncmp(e.line[0], "fuzz.json", 9) != 0) {
        abort();                 /* a refusal always says why, and where */
    }
    return 0;
}
