/* cmd_report.c - `mandate report FILE [--format md|html|json] [-o OUT]
 * [--reveal | --seat ID]`: replays a save with its history and writes its
 * after-action report (Markdown by default, to stdout; -o writes OUT
 * atomically): the declassified debrief of a finished game (or with
 * --reveal), the public record of a game in progress, or one seat's own
 * report (--seat). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../data/report_data.h"
#include "../data/save.h"
#include "../report/aar.h"
#include "../report/debrief.h"
#include "../session/load.h"
#include "../session/session.h"
#include "../store/report_json.h"
#include "cli.h"
#include "common.h"
#include "options.h"
#include "output.h"

enum format { FMT_MD, FMT_HTML, FMT_JSON };

static const char usage[] =
    "usage: mandate report FILE [--format md|html|json] [-o OUT] [--reveal | --seat ID]\n"
    "Writes the after-action report of a saved game (a save, an autosave or\n"
    "a file written by mandate simulate --save): exercise overview, the\n"
    "learning objectives that came up with their HSEEP ratings and evidence,\n"
    "strengths, areas for improvement, an improvement plan, the declassified\n"
    "timeline, charts, both scores, the AI's reasons and discussion questions.\n"
    "Of a game still in progress it writes only the public record (every\n"
    "secret withheld, said on stderr) unless --reveal is given.\n"
    "  --format md    GitHub-flavoured Markdown (the default)\n"
    "  --format html  one self-contained page with charts, printable\n"
    "  --format json  one JSON document (its shape is in the README)\n"
    "  -o OUT         write to OUT (atomically) instead of standard output;\n"
    "                 never the save itself\n"
    "  --reveal       the declassified debrief even of a game in progress\n"
    "  --seat ID      one contingent's own report (its id or number from 1):\n"
    "                 only what it knew, for a game finished or not\n"
    "Exit status: 0 written, 1 bad save or unwritable output, 2 usage error.\n";

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

struct emit_arg {
    enum format fmt;
    const struct debrief *d;
    const struct aar_meta *m;
};

static int emit_report(FILE *f, void *arg)
{
    const struct emit_arg *x = arg;
    return emit(f, x->fmt, x->d, x->m);
}

/* 1 when out names the save being reported (the same file, whatever the
 * spelling: a link, ./, a hard link). */
static int same_file(const char *file, const char *out)
{
    struct stat a, b;
    return stat(file, &a) == 0 && stat(out, &b) == 0 && a.st_dev == b.st_dev &&
           a.st_ino == b.st_ino;
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
static int report(const struct cli_view_args *w, enum format fmt, const char *out)
{
    const char *file = w->file;
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
    if (!session_load(file, b, s, &info, REPLAY_HISTORY, e)) {
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
    int viewer = cli_view_viewer(w, "report", s);
    struct debrief *d = viewer < -2 ? NULL : debrief_build_for(s, NULL, book, viewer);
    if (viewer < -2) {
        status = 2;
    } else if (!d) {
        fputs("mandate report: out of memory\n", stderr);
    } else {
        struct aar_meta m = {file, info.saved_at, info.game_version};
        struct emit_arg x = {fmt, d, &m};
        status = out_write("report", out, emit_report, &x) ? 0 : 1;
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

enum { OPT_FORMAT = OPT_VIEW_NEXT };

int cmd_report(int argc, char **argv)
{
    static const struct option longopts[] = {
        OPTS_HELP,
        CLI_VIEW_OPTIONS,
        {"format", required_argument, NULL, OPT_FORMAT},
        {"output", required_argument, NULL, 'o'},
        {0},
    };
    const char *out = NULL;
    enum format fmt = FMT_MD;
    struct cli_view_args w = {NULL, 0, NULL};
    struct opts o;
    opts_init(&o, "report", usage, argc, argv, "o:", longopts);
    for (int c; (c = opts_next(&o)) != OPTS_END;) {
        int took = cli_view_take(&w, &o, c);
        if (took < 0)
            return 2;
        if (took)
            continue;
        switch (c) {
        case OPTS_HELP_SHOWN:
            return 0;
        case 'o':
            out = o.arg;
            break;
        case OPT_FORMAT:
            if (!parse_format(o.arg, &fmt))
                return opts_usage(&o, "--format %s: expected md, html or json", o.arg);
            break;
        default:
            return 2;
        }
    }
    if (!cli_view_check(&w, &o))
        return 2;
    if (out && strcmp(out, "-") != 0 && same_file(w.file, out)) {
        fprintf(stderr, "mandate report: -o %s: that is the save being reported; write the "
                "report to another file\n", out);
        return 2;
    }
    return report(&w, fmt, out);
}
