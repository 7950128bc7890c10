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
#include "cli.h"
#include "common.h"
#include "output.h"

enum format { FMT_MD, FMT_HTML, FMT_JSON };

static void usage(FILE *f)
{
    fputs("usage: mandate report FILE [--format md|html|json] [-o OUT] [--reveal | --seat ID]\n"
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

/* Whose document: what --reveal and --seat ask for (see cmd_report). */
struct whose {
    int reveal;
    const char *seat; /* NULL: none asked */
};

/* The viewer the document is for, or -3 after a usage error line. */
static int viewer_of(const char *file, const struct session *s, const struct whose *w)
{
    if (w->seat) {
        int seat = cli_seat(s->g.sc, w->seat);
        if (seat < 0) {
            char ids[MAX_SEATS * (ID_LEN + 2)];
            fprintf(stderr, "mandate report: --seat %s: no such contingent in %s (%s)\n",
                    w->seat, file, cli_seat_ids(s->g.sc, ids, sizeof ids));
            return -3;
        }
        return seat;
    }
    if (w->reveal || s->g.phase == PHASE_ENDED)
        return VIEW_FACILITATOR;
    cli_withheld("report", file);
    return VIEW_PUBLIC;
}

/* Reads the save and the objectives, builds the debrief and writes it. */
static int report(const char *file, enum format fmt, const char *out, const struct whose *w)
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
    int viewer = viewer_of(file, s, w);
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

int cmd_report(int argc, char **argv)
{
    const char *file = NULL, *out = NULL;
    enum format fmt = FMT_MD;
    struct whose w = {0, NULL};
    int dashdash = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!dashdash && !strcmp(a, "--")) {
            dashdash = 1;
        } else if (!dashdash && (!strcmp(a, "--help") || !strcmp(a, "-h"))) {
            usage(stdout);
            return 0;
        } else if (!dashdash && !strcmp(a, "--reveal")) {
            w.reveal = 1;
        } else if (!dashdash && !strncmp(a, "--seat=", 7)) {
            w.seat = a + 7;
        } else if (!dashdash && (!strcmp(a, "--format") || !strcmp(a, "-o") ||
                                 !strcmp(a, "--output") || !strcmp(a, "--seat"))) {
            if (i + 1 >= argc) {
                fprintf(stderr, "mandate report: %s needs a value (see mandate report --help)\n", a);
                return 2;
            }
            const char *v = argv[++i];
            if (!strcmp(a, "--seat")) {
                w.seat = v;
            } else if (strcmp(a, "--format") != 0) {
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
    if (w.reveal && w.seat) {
        fputs("mandate report: --reveal and --seat exclude each other: a seat's report holds "
              "only what it knew (see mandate report --help)\n",
              stderr);
        return 2;
    }
    if (out && strcmp(out, "-") != 0 && same_file(file, out)) {
        fprintf(stderr, "mandate report: -o %s: that is the save being reported; write the "
                "report to another file\n", out);
        return 2;
    }
    return report(file, fmt, out, &w);
}
