/* helpers.h - what every cmocka test includes. */
#ifndef MANDATE_TEST_HELPERS_H
#define MANDATE_TEST_HELPERS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#ifndef MANDATE_ASSETS
#define MANDATE_ASSETS "assets"
#endif

#endif
