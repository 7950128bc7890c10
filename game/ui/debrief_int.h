/* debrief_int.h - shared by the debrief screen's files (scr_debrief.c,
 * dbpages.c, dbcharts.c): its state and the pages' builders. Not for
 * other modules. */
#ifndef MANDATE_UI_DEBRIEF_INT_H
#define MANDATE_UI_DEBRIEF_INT_H

#include "../report/debrief.h"
#include "cui.h"
#include "page.h"

enum dpage { DP_TIMELINE, DP_SPY, DP_CHARTS, DP_SCORES, DP_LESSONS, DP_PLAN, DP_REASONS,
             DP_COUNT };

#define DOC_MAX_W 140            /* the widest a page grows */

struct dbs {
    struct cui *u;
    const struct debrief *d;
    const char *file;            /* the save that holds the game, or "" */
    int page;
    int top[DP_COUNT];
    char tag[MAX_SEATS][2];      /* one character per contingent, for charts */
    struct page doc, help;
    int built_page, built_w, built_h;
    struct rect body;
    int help_top;
};

/* Small drawing helpers (scr_debrief.c); glyphs with an ASCII fallback. */
#define ARROW gl("\u2192", "->")
#define DOT gl("\u00b7", ".")
#define DASH gl("\u2014", "-")
const char *gl(const char *utf8, const char *ascii);
attr_t seat_attr(const struct debrief *d, int seat);
const char *seat_name(const struct debrief *d, int seat);
void put_seat(struct page *o, const struct debrief *d, int seat);
void heading(struct page *o, const char *text);
void dim(struct page *o, int indent, const char *text);

/* The pages (dbpages.c, dbcharts.c). */
int name_cols(const struct debrief *d);
void page_timeline(struct dbs *s, struct page *o);
void page_spy(struct dbs *s, struct page *o);
void page_charts(struct dbs *s, struct page *o);
void page_scores(struct dbs *s, struct page *o);
void page_lessons(struct dbs *s, struct page *o);
void page_plan(struct dbs *s, struct page *o);
void page_reasons(struct dbs *s, struct page *o);

#endif
