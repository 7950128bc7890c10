/* cmd_report.c - `mandate report FILE [--format md|html|json] [-o OUT]`:
 * replays a save with its history and writes its after-action report
 * (Markdown by default, to stdout; -o writes OUT atomically). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../data/report_data.h"
#include "../data/save.h"
#include "../report/aar.h"
#include "../report/debrief.h"
#include "../session/session.h"
#include "cli.h"
#include "output.h"

enum format { FMT_MD, FMT_HTML, FMT_JSON };

static void usage(FILE *f)
{
    fputs("usage: mandate report FILE [--format md|html|json] [-o OUT]\n"
          "Writes the after-action report of a saved game (a save, an autosave or\n"
          "a file written by mandate simulate --save): exercise overview, the\n"
          "learning objectives that came up with their HSEEP ratings and evidence,\n"
          "strengths, areas for improvement, an improvement plan, the declassified\n"
          "timeline, charts, both scores, the AI's reasons and discussion questions.\n"
          "  --format md    GitHub-flavoured Markdown (the default)\n"
          "  --format html  one self-contained page with charts, printable\n"
          "  --format json  one JSON document (its shape is in the README)\n"
          "  -o OUT         write to OUT (atomically) instead of standard output\n"
          "Exit status: 0 written, 1 bad save or unwritable output, 2 usage error.\n",
          f);
}

/* Writes the report in fmt to f; 1 on success. */
static int emit(FILE *f, enum format fmt, const struct debrief *d, const struct aar_meta *m)
{
    if (fmt == FMT_MD)
        return aar_write_md(f, d, m);
    if (fmt == FMT_HTML)
        return aar_write_html(f, d, m);
    char *json = report_json(d, m);
    if (!json)
        return 0;
    int ok = fputs(json, f) >= 0;
    free(json);
    return ok;
}

struct emit_args {
    enum format fmt;
    const struct debrief *d;
    const struct aar_meta *m;
};

static int emit_report(FILE *f, void *arg)
{
    const struct emit_args *a = arg;
    return emit(f, a->fmt, a->d, a->m);
}

static int parse_format(const char *s, enum format *out)
{
    if (!strcmp(s, "md") || !strcmp(s, "markdown"))
        *out = FMT_MD;
    else if (!strcmp(s, "html"))
        *out = FMT_HTML;
    else if (!strcmp(s, "json"))
        *out = FMT_JSON;
    else
        return 0;
    return 1;
}

/* Reads the save and the objectives, builds the debrief and writes it. */
static int report(const char *file, enum format fmt, const char *out)
{
    struct bundle *b = malloc(sizeof *b);
    struct session *s = malloc(sizeof *s);
    struct errlist *e = malloc(sizeof *e);
    struct lesson_book *book = malloc(sizeof *book);
    int status = 1;
    if (!b || !s || !e || !book) {
        fputs("mandate report: out of memory\n", stderr);
        goto done;
    }
    errlist_init(e);
    struct save_info info;
    if (!save_read(file, b, s, &info, SAVE_HISTORY, e)) {
        /* one line naming the file: the first error; the rest are counted */
        if (e->n)
            fprintf(stderr, "mandate report: %s%s\n", e->line[0],
                    errlist_count(e) > 1 ? " (and more errors)" : "");
        else
            fprintf(stderr, "mandate report: %s: not a readable save\n", file);
        goto done;
    }
    errlist_init(e);
    if (!data_load_lessons(NULL, book, e)) {
        fprintf(stderr, "mandate report: %s\n", e->n ? e->line[0] : "objectives.json: unreadable");
        session_free(s);
        bundle_free(b);
        goto done;
    }
    if (info.drift_turn)
        fprintf(stderr,
                "mandate report: %s: note: the state drifts from the recorded "
                "checksum at turn %d: the rules have changed since the save\n",
                file, info.drift_turn);
    struct debrief *d = debrief_build(s, NULL, book);
    if (!d) {
        fputs("mandate report: out of memory\n", stderr);
    } else {
        struct aar_meta m = {file, info.saved_at, info.game_version};
        struct emit_args a = {fmt, d, &m};
        status = out_write("report", out, emit_report, &a) ? 0 : 1;
        debrief_free(d);
    }
    session_free(s);
    bundle_free(b);
done:
    free(b);
    free(s);
    free(e);
    free(book);
    return status;
}

int cmd_report(int argc, char **argv)
{
    const char *file = NULL, *out = NULL;
    enum format fmt = FMT_MD;
    int dashdash = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!dashdash && !strcmp(a, "--")) {
            dashdash = 1;
        } else if (!dashdash && (!strcmp(a, "--help") || !strcmp(a, "-h"))) {
            usage(stdout);
            return 0;
        } else if (!dashdash &&
                   (!strcmp(a, "--format") || !strcmp(a, "-o") || !strcmp(a, "--output"))) {
            if (i + 1 >= argc) {
                fprintf(stderr, "mandate report: %s needs a value (see mandate report --help)\n", a);
                return 2;
            }
            const char *v = argv[++i];
            if (strcmp(a, "--format") != 0) {
                out = v;
            } else if (!parse_format(v, &fmt)) {
                fprintf(stderr, "mandate report: --format %s: expected md, html or json (see mandate report --help)\n", v);
                return 2;
            }
        } else if (!dashdash && !strncmp(a, "--format=", 9)) {
            if (!parse_format(a + 9, &fmt)) {
                fprintf(stderr, "mandate report: %s: expected md, html or json (see mandate report --help)\n", a);
                return 2;
            }
        } else if (!dashdash && a[0] == '-' && a[1]) {
            fprintf(stderr, "mandate report: %s: unknown option (see mandate report --help)\n", a);
            return 2;
        } else if (file) {
            fprintf(stderr, "mandate report: %s: one file at a time (see mandate report --help)\n", a);
            return 2;
        } else {
            file = a;
        }
    }
    if (!file) {
        fputs("mandate report: no file given (see mandate report --help)\n", stderr);
        return 2;
    }
    return report(file, fmt, out);
}
