/* fuzzbook.h - the public book the fuzz targets decode against:
 * lakeland's, loaded once (a failure to load aborts: the target cannot
 * run without it). */
#ifndef MANDATE_FUZZBOOK_H
#define MANDATE_FUZZBOOK_H

struct pub;

const struct pub *fuzz_book(void);

#endif
