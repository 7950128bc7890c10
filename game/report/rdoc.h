/* rdoc.h - a format-neutral document: what the debrief says, said once
 * for every form it takes - Markdown, one HTML page, the terminal's
 * debrief pages. A flat list of blocks (a cover, headings, paragraphs,
 * lists, tables, charts, sections, pages), each holding runs of text with
 * a style: a tone (dim, good, bad, a contingent's colour...) and marks
 * (strong, code, small...). Some blocks and runs are meant for some media
 * only: what HTML draws as an SVG chart, Markdown gives as a table.
 *
 *     struct rdoc *doc = rdoc_new();
 *     rdoc_heading(doc, 2, 6, "timeline");
 *     rdoc_lit(doc, 0, "Declassified timeline");
 *     rdoc_para(doc);
 *     rdoc_str(doc, RS_STRONG, name);        // words from a file: escaped
 *     ...
 *     render_md(f, doc);                     // render.h
 *     rdoc_free(doc);
 *
 * Blocks and runs are added at the end; runs go to the last block. What
 * is added after rdoc_for(doc, media) shows in those media only. Plain
 * data: no terminal, no printing. The document owns everything in it,
 * copies of every string included. */
#ifndef MANDATE_RDOC_H
#define MANDATE_RDOC_H

#include <stddef.h>

#include "../config.h"

/* Where a block or run shows. */
enum rdoc_media {
    RDOC_MD = 1,
    RDOC_HTML = 2,
    RDOC_TTY = 4,
    RDOC_PRINT = RDOC_MD | RDOC_HTML,
    RDOC_ALL = RDOC_MD | RDOC_HTML | RDOC_TTY
};

/* A run's style: a tone (its colour on a terminal), for RT_SEAT the
 * contingent whose colour (RSEAT(i)), and marks. */
enum rdoc_tone {
    RT_NORMAL,
    RT_DIM,
    RT_GOOD,
    RT_BAD,
    RT_WARN,
    RT_KEY, /* a key, a number to press, a command to type */
    RT_HEADING,
    RT_PRIVATE, /* a secret of the reader's own */
    RT_SEAT
};
#define RT_MASK 0xfu
#define RSEAT(i) (RT_SEAT | ((unsigned)(i)&0xffu) << 4)
#define RSTYLE_TONE(s) ((s)&RT_MASK)
#define RSTYLE_SEAT(s) ((int)((s) >> 4 & 0xffu))
enum {
    RS_STRONG = 1u << 12,  /* bold */
    RS_EM = 1u << 13,      /* emphasis (Markdown *x*) */
    RS_CODE = 1u << 14,    /* code or an identifier */
    RS_SMALL = 1u << 15,   /* an aside (HTML <small>; plain elsewhere) */
    RS_NOTE = 1u << 16,    /* a source note (HTML <small>, Markdown *x*) */
    RS_LABEL = 1u << 17,   /* a label (HTML and terminal bold, Markdown plain) */
    RS_REVERSE = 1u << 18, /* terminal: reversed */
    RS_LEAD = 1u << 19     /* Markdown: it starts a line; defuse what would
                            * open a block there (a list, a code block) */
};

/* Marks every medium draws its own way. */
#define RDOC_GLYPH_LIST(X)                                                                         \
    X(RG_ARROW)   /* a rightwards arrow */                                                         \
    X(RG_DOWN)    /* a downwards arrow */                                                          \
    X(RG_BY_ON)   /* a matrix's corner: rows by, columns on */                                     \
    X(RG_MIDDOT)  /* a separating dot */                                                           \
    X(RG_DASH)    /* a long dash */                                                                \
    X(RG_TIMES)   /* multiplication, "x 2" */                                                      \
    X(RG_DIAG)    /* a matrix cell of a row with itself */                                         \
    X(RG_HIGHEST) /* the highest score */                                                          \
    X(RG_SWATCH)  /* a contingent's colour before its name */                                      \
    X(RG_CHECK)                                                                                    \
    X(RG_CROSS)                                                                                    \
    X(RG_LQUOTE)                                                                                   \
    X(RG_RQUOTE)                                                                                   \
    X(RG_FULL)      /* a full block, as bars are drawn */                                          \
    X(RG_SPARK_KEY) /* how a sparkline reads: low to high */                                       \
    X(RG_SECRET)    /* a secret order or line */                                                   \
    X(RG_BULLET)                                                                                   \
    X(RG_BREAK) /* a line break inside a paragraph */
#define X_ENUM(e) e,
enum rdoc_glyph { RDOC_GLYPH_LIST(X_ENUM) RG_COUNT };
#undef X_ENUM

/* A glyph's form in UTF-8 and plain ASCII. The renderers of print
 * write their own. */
const char *rdoc_glyph_utf8(int g);
const char *rdoc_glyph_ascii(int g);

enum rdoc_block_kind {
    RB_COVER,   /* the title: its runs (then, from number on, its
                 * subtitle); label: a short title; id: what it is of;
                 * cls: what kind of document */
    RB_BANNER,  /* what the document is, and what it leaves out */
    RB_TOC,     /* the sections' table of contents goes here */
    RB_SECTION, /* a section starts: id, label (its entry in the contents) */
    RB_SECTION_END,
    RB_GROUP, /* a group of blocks: id, cls */
    RB_GROUP_END,
    RB_HEADING, /* level 1-4, number, id, badge */
    RB_PARA,
    RB_LIST, /* RBF_ORDERED */
    RB_ITEM,
    RB_LIST_END,
    RB_TABLE, /* RBF_ROW_HEADS: each row's first cell names it */
    RB_ROW,   /* RBF_HEAD: the header row */
    RB_CELL,  /* RBF_RIGHT, RBF_LEFT; number: columns spanned */
    RB_TABLE_END,
    RB_FIGURE,
    RB_FIGURE_END,
    RB_CHART, /* chart: index into charts */
    RB_BLANK, /* terminal: an empty row */
    RB_PAGE,  /* terminal: a page starts; label: its tab, cls: its
               * wide tab, tip: its title, id: what it shows */
    RB_FOOTER
};

enum {
    RBF_MARK = 1,    /* terminal: a section starts here ([ and ] jump) */
    RBF_MAJOR = 2,   /* a section that starts a printed page */
    RBF_ORDERED = 4, /* a numbered list */
    RBF_HEAD = 8,    /* a table's header row */
    RBF_ROW_HEADS = 16,
    RBF_RIGHT = 32, /* a column (set on the header's cell) or a cell: numbers */
    RBF_LEFT = 64   /* a cell: left even in a right-aligned column */
};

/* A table cell's shade (HTML). */
enum rdoc_heat {
    RH_NONE,
    RH_SELF,  /* the diagonal of a matrix */
    RH_TRUST, /* red (0) to green (100) */
    RH_STAB,  /* red (0) to green (100), paler */
    RH_COUNT  /* red, the deeper the more of max */
};

struct rdoc_block {
    unsigned char kind, media, flags;
    signed char level;  /* a heading's level */
    short indent, hang; /* terminal: columns of its first and next rows */
    short number;       /* a heading's number (0 none); a cell's span */
    short grade;        /* a heading's badge: its grade, -1 none */
    short heat, heat_v, heat_max;
    int first, nrun;         /* its runs */
    int id, label, cls, tip; /* strings (rdoc_text), -1 none */
    int letter, words;       /* a heading's badge: its letter and words */
    int chart;               /* RB_CHART */
};

enum rdoc_run_kind {
    RK_TEXT,  /* text; with width, a cell of that many columns */
    RK_GLYPH, /* glyph */
    RK_SPARK, /* a sparkline of n values from lo to hi */
    RK_BAR,   /* terminal: a bar of width columns, value of max */
    RK_BADGE, /* a rating: text its letter, tip its words, grade 0 (none) to 4 */
    RK_TAG,   /* a status: text, tone, glyph before it */
    RK_TO     /* terminal: spaces up to column width of the row */
};

struct rdoc_run {
    unsigned char kind, media;
    unsigned char data;  /* text from a file: renderers escape it */
    unsigned char right; /* a cell: right-aligned */
    unsigned style;
    short width;
    short glyph;
    int text, tip, link; /* strings, -1 none; link: an id to point at */
    int vals, n, lo, hi; /* SPARK: values (rdoc_values), count, scale;
                          * BAR: value (lo) of max (hi); BADGE: grade (lo) */
};

/* Chart series and threshold styles. */
enum rdoc_series_kind {
    RC_LINE,  /* a line (on a terminal: its points marked by tag) */
    RC_BAR,   /* terminal: a bar a point, toned by the thresholds */
    RC_MARK,  /* terminal: a mark at each point */
    RC_VALUES /* terminal: its values under the chart only */
};
enum rdoc_line { RL_THICK, RL_PLAIN, RL_DASHED, RL_DOTTED };

struct rdoc_series {
    unsigned char kind, line;
    unsigned style;  /* its tone (RSEAT for a contingent's colour) */
    int vals;        /* npoints values (rdoc_values) */
    int label;       /* its name in a legend */
    int tag;         /* terminal: its mark (RC_LINE) or its values' label */
    int values;      /* terminal: 1 to show its values under the chart */
    unsigned vstyle; /* terminal: the style of those values */
};

struct rdoc_rule {
    int value;
    unsigned style; /* RT_GOOD, RT_WARN, RT_BAD */
    int label;
};

struct rdoc_chart {
    int id, title;    /* strings: an id for the page, its title */
    int head, legend; /* terminal, beside another chart: its heading and
                       * one line saying how it reads */
    int npoints;
    int first, nseries; /* into series */
    int rfirst, nrules; /* into rules */
    short rows, width;  /* terminal: its height in rows (10 or 20), the
                         * columns it may use */
    short beside;       /* terminal: drawn beside the chart before it */
};

struct rdoc {
    struct rdoc_block *b;
    int nb, capb;
    struct rdoc_run *r;
    int nr, capr;
    char *text;
    size_t used, capt;
    int *v;
    int nv, capv;
    struct rdoc_chart *c;
    int nc, capc;
    struct rdoc_series *s;
    int ns, caps;
    struct rdoc_rule *rule;
    int nrule, caprule;
    int media;  /* of what is added next */
    int failed; /* out of memory: the document is incomplete */
    /* the contingents' names and colour names (curses names: "red"...),
     * for the renderers */
    int nseats;
    int seat_name[MAX_SEATS], seat_colour[MAX_SEATS];
};

/* A new, empty document; NULL when out of memory. */
struct rdoc *rdoc_new(void);
void rdoc_free(struct rdoc *doc); /* NULL-safe */

/* Blocks and runs added next show in media (RDOC_*; at first RDOC_ALL). */
void rdoc_for(struct rdoc *doc, int media);

/* The index of the first block after block k (-1: the first block) that
 * shows in media, or -1 when none is left. */
int rdoc_next(const struct rdoc *doc, int k, int media);

/* The string at off (a block's or run's id, label, text...), "" for -1. */
const char *rdoc_text(const struct rdoc *doc, int off);
/* The values at off. */
const int *rdoc_values(const struct rdoc *doc, int off);

/* A contingent's name and colour (a curses colour name), for renderers
 * that colour contingents. */
void rdoc_seat(struct rdoc *doc, int seat, const char *name, const char *colour);

/* --- blocks: each returns its index; runs added next go to it ---------- */

/* The cover: runs added next are the title, those after rdoc_cover_sub
 * its subtitle. short_title (may be NULL) stands for the title where it
 * must be short; name: what the document is of; kicker: what kind of
 * document it is. */
int rdoc_cover(struct rdoc *doc, const char *short_title, const char *name, const char *kicker);
void rdoc_cover_sub(struct rdoc *doc);
int rdoc_banner(struct rdoc *doc);
int rdoc_toc(struct rdoc *doc);
/* A section: id names it, label is its entry in the contents; major: it
 * starts a printed page. */
int rdoc_section(struct rdoc *doc, const char *id, const char *label, int major);
int rdoc_section_end(struct rdoc *doc);
int rdoc_group(struct rdoc *doc, const char *id, const char *cls);
int rdoc_group_end(struct rdoc *doc);
/* A heading of level 1-4, numbered (0: not), with an id (may be NULL). */
int rdoc_heading(struct rdoc *doc, int level, int number, const char *id);
int rdoc_para(struct rdoc *doc);
/* A paragraph on a terminal row at indent, its next rows at indent + hang. */
int rdoc_row(struct rdoc *doc, int indent, int hang);
int rdoc_blank(struct rdoc *doc);
int rdoc_list(struct rdoc *doc, int ordered, const char *cls);
int rdoc_item(struct rdoc *doc);
int rdoc_list_end(struct rdoc *doc);
int rdoc_table(struct rdoc *doc, int flags, const char *cls);
int rdoc_tr(struct rdoc *doc, int flags, const char *cls);
int rdoc_td(struct rdoc *doc, int flags);
int rdoc_table_end(struct rdoc *doc);
int rdoc_figure(struct rdoc *doc);
int rdoc_figure_end(struct rdoc *doc);
int rdoc_footer(struct rdoc *doc);
/* A terminal page: its tab, its wide tab, its title and what it shows. */
int rdoc_page(struct rdoc *doc, const char *tab, const char *wide, const char *title,
              const char *what);

/* The last block: its html class, tooltip, terminal indent, section
 * mark, a cell's span and shade, a heading's badge (a rating). */
void rdoc_set_class(struct rdoc *doc, const char *cls);
void rdoc_set_tip(struct rdoc *doc, const char *tip);
void rdoc_set_mark(struct rdoc *doc);
void rdoc_set_span(struct rdoc *doc, int columns);
void rdoc_set_heat(struct rdoc *doc, int heat, int value, int max);
void rdoc_set_badge(struct rdoc *doc, const char *letter, const char *words, int grade);

/* --- runs of the last block ------------------------------------------------ */

/* Our own words. */
void rdoc_lit(struct rdoc *doc, unsigned style, const char *text);
void rdoc_litf(struct rdoc *doc, unsigned style, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Words from the game or a file (names, texts): escaped by renderers. */
void rdoc_str(struct rdoc *doc, unsigned style, const char *text);
/* A terminal cell: text padded or cut to width columns. */
void rdoc_fit(struct rdoc *doc, unsigned style, int width, int right, const char *text);
void rdoc_fitf(struct rdoc *doc, unsigned style, int width, int right, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* The last run is a terminal cell: padded or cut to width columns. */
void rdoc_set_cell(struct rdoc *doc, int width, int right);
/* Terminal: spaces up to column x of the row. */
void rdoc_to(struct rdoc *doc, int x);
void rdoc_glyph(struct rdoc *doc, unsigned style, int glyph);
void rdoc_spark(struct rdoc *doc, unsigned style, const int *v, int n, int lo, int hi);
void rdoc_bar(struct rdoc *doc, unsigned style, int width, int value, int max);
void rdoc_badge(struct rdoc *doc, const char *letter, const char *words, int grade);
void rdoc_tag(struct rdoc *doc, unsigned tone, int glyph, const char *text);
/* The last run points at the block of that id. */
void rdoc_link(struct rdoc *doc, const char *id);

/* A sparkline of v[0..n) scaled from lo to hi, one character per value:
 * block characters (UTF-8) or, with ascii, " .:-=+*#". Returns buf. */
char *rdoc_sparkline(const int *v, int n, int lo, int hi, int ascii, char *buf, size_t size);
/* The sparkline of a SPARK run r, into buf. */
const char *rdoc_spark_text(const struct rdoc *doc, const struct rdoc_run *r, int ascii, char *buf,
                            size_t size);

/* --- charts ------------------------------------------------------------------ */

/* A chart of npoints points; rows and width: its room on a terminal.
 * Returns its index. */
int rdoc_chart(struct rdoc *doc, const char *id, const char *title, int npoints, int rows,
               int width);
/* Terminal: the last chart's heading and a line on how it reads, shown
 * above it when it stands beside another; beside: it goes beside the
 * chart before it. */
void rdoc_chart_head(struct rdoc *doc, const char *head, const char *legend, int beside);
void rdoc_series(struct rdoc *doc, int kind, int line, unsigned style, const int *v,
                 const char *label, const char *tag);
/* Terminal: the last series' values go under the chart. */
void rdoc_series_values(struct rdoc *doc, unsigned style);
void rdoc_rule(struct rdoc *doc, int value, unsigned style, const char *label);

#endif
