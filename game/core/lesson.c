/* lesson.c - names of ratings and capability elements. */
#include "lesson.h"

#include <string.h>

#define X_LETTER(e, letter, text) letter,
#define X_TEXT(e, letter, text) text,
#define X_NAME(e, name) name,
static const char *const letters[] = {RATING_LIST(X_LETTER)};
static const char *const texts[] = {RATING_LIST(X_TEXT)};
static const char *const elements[] = {ELEMENT_LIST(X_NAME)};
#undef X_LETTER
#undef X_TEXT
#undef X_NAME

const char *rating_letter(int r)
{
    return r >= 0 && r < RATING_COUNT ? letters[r] : "?";
}

const char *rating_text(int r)
{
    return r >= 0 && r < RATING_COUNT ? texts[r] : "?";
}

const char *element_name(int e)
{
    return e >= 0 && e < ELEM_COUNT ? elements[e] : "?";
}

int element_from_name(const char *s)
{
    for (int e = 0; e < ELEM_COUNT; e++)
        if (strcmp(elements[e], s) == 0)
            return e;
    return -1;
}
