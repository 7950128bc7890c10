/* wire_board.c - what the projector board is sent (core/board.h) to JSON
 * and back (wire.h): the public figures by a table of wire_int.h, the
 * texts (bulletin, reveals, a hot wash page) as arrays of strings. */
#include <string.h>

#include "../config.h"
#include "../core/board.h"
#include "../core/defs.h"
#include "../core/pub.h"
#include "wire_int.h"

static const struct wfield board_fields[] = {
    WF_NUM(struct board, week, 1, MAX_TURNS),
    WF_NUM(struct board, weeks, 1, MAX_TURNS),
    WF_DOM(struct board, ended, WD_BOOL),
    WF_ENUM(struct board, outcome, 0, outcome_name, outcome_from_name),
    WF_DOM(struct board, collapsed, WD_BOOL),
    WF_NUM(struct board, avg_stability, 0, 100),
    WF_NUM(struct board, min_stability, 0, 100),
    WF_NUM(struct board, incidents, 0, 1000000),
    WF_DOMS(struct board, human, WC_SEATS, WD_BOOL),
    WF_DOMS(struct board, confirmed, WC_SEATS, WD_BOOL),
    WF_DOMS(struct board, connected, WC_SEATS, WD_BOOL),
    WF_NUM(struct board, deadline, -1, 86400),
    WF_DOM(struct board, paused, WD_BOOL),
    WF_NUM(struct board, page, 0, 1000),
    WF_NUM(struct board, npages, 0, 1000),
};
static const char *const board_keys[] = { "sectors", "bulletin", "reveals", "title", "lines",
                                          NULL };

static const struct wfield sector_fields[] = {
    WF_NUM(struct board_sector, stability, 0, 100),
    WF_NUM(struct board_sector, threat, 0, 10),
};

/* n texts of size bytes each from base, as an array under key. */
char *wire_board_encode(const struct board *b)
{
    struct wenc w = { b->nseats, 0 };
    cJSON *root = cJSON_CreateObject();
    wenc_fields(&w, root, b, board_fields, WF_COUNT(board_fields));
    wenc_records(&w, root, "sectors", b->sectors, sizeof b->sectors[0], b->nsectors,
                 sector_fields, WF_COUNT(sector_fields));
    wenc_texts(&w, root, "bulletin", b->bulletin[0], sizeof b->bulletin[0], b->nbulletin);
    wenc_texts(&w, root, "reveals", b->reveals[0], sizeof b->reveals[0], b->nreveals);
    wenc_string(&w, root, "title", b->title);
    wenc_texts(&w, root, "lines", b->lines[0], sizeof b->lines[0], b->nlines);
    return wenc_finish(&w, root);
}

int wire_board_decode(const char *text, size_t len, const struct pub *pub, struct board *out,
                      char err[WIRE_ERR])
{
    struct errlist e;
    struct wdec d;
    cJSON *root;
    memset(out, 0, sizeof *out);
    if (wdec_begin(&d, &e, "board", pub, text, len, &root)) {
        out->nseats = d.nseats;
        out->nsectors = d.nsectors;
        wdec_keys(&d, root, "", board_fields, WF_COUNT(board_fields), board_keys);
        wdec_fields(&d, root, "", out, board_fields, WF_COUNT(board_fields));
        wdec_records_exact(&d, root, "", "sectors", out->sectors, sizeof out->sectors[0],
                           d.nsectors, sector_fields, WF_COUNT(sector_fields));
        out->nbulletin = wdec_texts(&d, root, "bulletin", JT_LINE, out->bulletin[0],
                                      sizeof out->bulletin[0], BOARD_BULLETIN);
        out->nreveals = wdec_texts(&d, root, "reveals", JT_LONG, out->reveals[0],
                                     sizeof out->reveals[0], BOARD_REVEALS);
        wdec_text(&d, root, "", "title", JT_LINE, 0, out->title, sizeof out->title);
        out->nlines = wdec_texts(&d, root, "lines", JT_LINE, out->lines[0],
                                   sizeof out->lines[0], BOARD_LINES);
        if (wdec_ok(&d) && out->week > out->weeks)
            ju_err(&d.c, "week", "week %d of %d", out->week, out->weeks);
        if (wdec_ok(&d) && out->page > out->npages)
            ju_err(&d.c, "page", "page %d of %d", out->page, out->npages);
        if (wdec_ok(&d) && !out->page && (out->nlines || out->title[0]))
            ju_err(&d.c, "lines", "a page's lines with no page shown");
    }
    return wdec_finish(&d, root, err);
}
