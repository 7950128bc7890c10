/* cmd_handout.c - `mandate handout --scenario S --seat ID [--format
 * md|html] [-o FILE]`: one seat's role brief, to print and hand to the
 * team that plays it, written from that seat's view at the start of a
 * game (report/handout.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/view.h"
#include "../data/save.h"
#include "../report/handout.h"
#include "../session/session.h"
#include "cli.h"
#include "common.h"
#include "options.h"
#include "output.h"

static const char usage[] =
    "usage: mandate handout [--scenario NAME|FILE] --seat ID [--format md|html] [-o FILE]\n"
    "Writes one contingent's role brief, to print and hand to the team that\n"
    "plays it: the situation, its profile and figures, its secret objectives,\n"
    "the other contingents as every team knows them, and its first week (the\n"
    "brief's injects and hints). Nothing of another contingent's secrets is\n"
    "in it: it is written from the seat's own view.\n"
    "  --scenario NAME|FILE  the scenario (default lakeland)\n"
    "  --seat ID             the contingent: its id or its number from 1\n"
    "  --format md           Markdown (the default)\n"
    "  --format html         one self-contained page, printable on A4\n"
    "  -o FILE               write to FILE (atomically) instead of standard output\n"
    "Exit status: 0 written, 1 bad scenario or unwritable output, 2 usage error.\n";

struct brief {
    const struct view *v;
    int html;
};

static int emit_brief(FILE *f, void *arg)
{
    const struct brief *b = arg;
    return handout_write(f, b->v, b->html);
}

/* Loads the scenario, finds the seat and writes its brief: the status. */
static int handout(const char *scenario, const char *seat_spec, int html, const char *out)
{
    struct bundle *b = calloc(1, sizeof *b);
    struct session *s = calloc(1, sizeof *s);
    struct view *v = calloc(1, sizeof *v);
    struct errlist *e = calloc(1, sizeof *e);
    int status = 1;
    if (!b || !s || !v || !e) {
        fputs("mandate handout: out of memory\n", stderr);
        goto done;
    }
    errlist_init(e);
    if (!bundle_load(b, scenario, e)) {
        /* one line naming the file: the first error; the rest are counted */
        fprintf(stderr, "mandate handout: %s%s\n", e->n ? e->line[0] : scenario,
                errlist_count(e) > 1 ? " (and more errors)" : e->n ? "" : ": cannot load");
        goto done;
    }
    int seat = cli_seat(b->sc, seat_spec);
    if (seat < 0) {
        char ids[512];
        fprintf(stderr, "mandate handout: --seat %s: no contingent '%s' in %s (it has: %s)\n",
                seat_spec, seat_spec, b->sc->id, cli_seat_ids(b->sc, ids, sizeof ids));
        status = 2;
    } else {
        session_init(s, b->sc, &b->pub, &b->ps, 0);
        view_build(&s->g, seat, v);
        struct brief x = {v, html};
        status = out_write("handout", out, emit_brief, &x) ? 0 : 1;
        session_free(s);
    }
    bundle_free(b);
done:
    free(b);
    free(s);
    free(v);
    free(e);
    return status;
}

enum { OPT_SCENARIO = OPTS_LONG, OPT_SEAT_ID, OPT_FORMAT };

int cmd_handout(int argc, char **argv)
{
    static const struct option longopts[] = {
        OPTS_HELP,
        {"scenario", required_argument, NULL, OPT_SCENARIO},
        {"seat", required_argument, NULL, OPT_SEAT_ID},
        {"format", required_argument, NULL, OPT_FORMAT},
        {"output", required_argument, NULL, 'o'},
        {0},
    };
    const char *scenario = DEFAULT_SCENARIO, *seat = NULL, *out = NULL;
    int html = 0;
    struct opts o;
    opts_init(&o, "handout", usage, argc, argv, "o:", longopts);
    for (int c; (c = opts_next(&o)) != OPTS_END;) {
        switch (c) {
        case OPTS_HELP_SHOWN:
            return 0;
        case OPT_SCENARIO:
            scenario = o.arg;
            break;
        case OPT_SEAT_ID:
            seat = o.arg;
            break;
        case OPT_FORMAT:
            if (!strcmp(o.arg, "html"))
                html = 1;
            else if (!strcmp(o.arg, "md") || !strcmp(o.arg, "markdown"))
                html = 0;
            else
                return opts_usage(&o, "--format %s: expected md or html", o.arg);
            break;
        case 'o':
            out = o.arg;
            break;
        case OPTS_OPERAND:
            return opts_usage(&o, "%s: unexpected argument", o.arg);
        default:
            return 2;
        }
    }
    if (!seat)
        return opts_usage(&o, "--seat ID is needed: whose brief to write");
    return handout(scenario, seat, html, out);
}
