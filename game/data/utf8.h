/* utf8.h - UTF-8 as the data layer checks it: decoding one character and
 * its display width, counted the same in every locale (a wide East Asian
 * character takes two columns, a combining mark none). */
#ifndef MANDATE_DATA_UTF8_H
#define MANDATE_DATA_UTF8_H

#include <stddef.h>

/* Bytes of the valid UTF-8 sequence at s (1-4; overlong forms, surrogates
 * and code points past U+10FFFF are invalid), or 0 when it is invalid or
 * s is at its NUL. *cp gets the code point (cp may be NULL). */
size_t utf8_decode(const char *s, unsigned *cp);

/* Display columns of code point cp: 0 (combining marks, zero-width and
 * format characters), 2 (East Asian wide and full-width, most emoji), 1
 * otherwise. */
int utf8_cp_width(unsigned cp);

/* Display columns of the NUL-terminated string s, or -1 when it is not
 * valid UTF-8. */
long utf8_cols(const char *s);

#endif
