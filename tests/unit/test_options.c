/* test_options.c - cli/options.h (issue 10): getopt_long started afresh
 * for every parse in one process (libc keeps its state in globals), so a
 * second command line is read whole even after the first stopped midway
 * or in a cluster of short options; operands come back in their order, the
 * rest after "--" as operands whatever they look like. */
#include "helpers.h"

#include <stdio.h>
#include <string.h>

#include "cli/options.h"

enum { OPT_VERIFY = OPTS_LONG, OPT_SEAT };

static const struct option longopts[] = {
    OPTS_HELP,
    {"verify", no_argument, NULL, OPT_VERIFY},
    {"seat", required_argument, NULL, OPT_SEAT},
    {"output", required_argument, NULL, 'o'},
    {0},
};

/* Parses args (NULL-terminated, at most 15) into "v|s=ID|o=OUT|f=FILE|E|"
 * text, as a command gets them: in writable strings. */
static void parse(const char *const *args, char *out, size_t n)
{
    char text[16][32], *argv[16];
    int argc = 0;
    for (; args[argc] && argc < 15; argc++) {
        snprintf(text[argc], sizeof text[argc], "%s", args[argc]);
        argv[argc] = text[argc];
    }
    argv[argc] = NULL;
    struct opts o;
    opts_init(&o, "test", "usage: test\n", argc, argv, "o:", longopts);
    out[0] = '\0';
    for (int c; (c = opts_next(&o)) != OPTS_END;) {
        char item[80];
        if (c == OPT_VERIFY)
            snprintf(item, sizeof item, "v|");
        else if (c == OPT_SEAT)
            snprintf(item, sizeof item, "s=%s|", o.arg);
        else if (c == 'o')
            snprintf(item, sizeof item, "o=%s|", o.arg);
        else if (c == OPTS_OPERAND)
            snprintf(item, sizeof item, "f=%s|", o.arg);
        else
            snprintf(item, sizeof item, "E|");
        strncat(out, item, n - strlen(out) - 1);
        if (c == OPTS_ERROR)
            break;
    }
}

static void options_should_be_read_afresh_for_each_command_line(void **state)
{
    (void)state;
    char buf[256];
    static const char *const a[] = {"test", "--verify", "-ox", "--bogus", "--seat", "2", NULL};
    parse(a, buf, sizeof buf);
    assert_string_equal(buf, "v|o=x|E|");       /* stopped at --bogus */
    static const char *const b[] = {"test", "B", "--se=3", "A", "--out", "y", "--", "--verify", "-", NULL};
    parse(b, buf, sizeof buf);
    assert_string_equal(buf, "f=B|s=3|f=A|o=y|f=--verify|f=-|");
    static const char *const c[] = {"test", "-o", NULL};            /* a missing value */
    parse(c, buf, sizeof buf);
    assert_string_equal(buf, "E|");
    static const char *const d[] = {"test", "--verify", "C", NULL};
    parse(d, buf, sizeof buf);
    assert_string_equal(buf, "v|f=C|");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(options_should_be_read_afresh_for_each_command_line),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
