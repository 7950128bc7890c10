/* fuzzbook.c - lakeland's public book, for the fuzz targets
 * (fuzzbook.h). */
#include <stdlib.h>

#include "data/save.h"
#include "fuzzbook.h"

const struct pub *fuzz_book(void)
{
    static struct bundle b;
    static int loaded;
    if (!loaded) {
        static struct errlist e;
        errlist_init(&e);
        if (!bundle_load(&b, "lakeland", &e))
            abort();
        loaded = 1;
    }
    return &b.pub;
}
