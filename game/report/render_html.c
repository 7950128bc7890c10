/* render_html.c - a document (rdoc.h) as one self-contained HTML page:
 * inline CSS, inline SVG charts (render_svg.c), no script and nothing
 * fetched from the network; @media print rules give A4 pages with each
 * major section on a new page and table headers repeated. */
#include <stdio.h>
#include <string.h>

#include "aar_int.h"
#include "debrief.h"
#include "rdoc.h"
#include "render.h"

static const char css[] =
    ":root{--ink:#1b2631;--muted:#5d6d7e;--rule:#d5d8dc;--accent:#1f4e79;--soft:#eaf0f6}"
    "*{box-sizing:border-box}"
    "body{font-family:'DejaVu Sans','Segoe UI',Helvetica,Arial,sans-serif;color:var(--ink);"
    "background:#fff;max-width:1120px;margin:0 auto;padding:24px 32px;line-height:1.45;"
    "font-size:15px}"
    "header.cover{border-bottom:5px solid var(--accent);padding-bottom:14px;margin-bottom:18px}"
    "header.cover .kicker{text-transform:uppercase;letter-spacing:.12em;font-size:12px;"
    "color:var(--muted)}"
    "h1{font-size:28px;margin:4px 0}h2{color:var(--accent);border-bottom:2px solid "
    "var(--accent);padding-bottom:4px;margin-top:34px}h3{margin:22px 0 6px}"
    "p.sub{color:var(--muted);margin:0}"
    ".banner{background:#fdf2e9;border-left:5px solid #ca6f1e;padding:8px 12px;margin:12px 0}"
    "nav.toc{background:var(--soft);padding:8px 14px;border-radius:6px;font-size:14px}"
    "nav.toc ol{margin:4px 0;padding-left:22px;columns:2}"
    "table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:13px}"
    "th,td{border:1px solid var(--rule);padding:4px 6px;vertical-align:top;text-align:left}"
    "thead th{background:var(--soft)}tbody tr:nth-child(even) td{background:#fafbfc}"
    "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}td.n{white-space:nowrap}"
    "table.facts th{width:190px;background:var(--soft)}"
    ".badge{display:inline-block;min-width:1.7em;text-align:center;font-weight:bold;"
    "border-radius:4px;padding:0 6px;color:#fff;-webkit-print-color-adjust:exact;"
    "print-color-adjust:exact}"
    ".r-P{background:#1e8449}.r-S{background:#b7950b}.r-M{background:#ca6f1e}"
    ".r-U{background:#a93226}.r-none{background:#aab7b8}"
    ".lesson{border:1px solid var(--rule);border-left:6px solid var(--accent);"
    "border-radius:6px;padding:8px 16px 4px;margin:16px 0}"
    ".lesson h3{margin-top:6px}.lesson .statement{font-style:italic;color:var(--muted)}"
    "ul.evidence li{margin:2px 0}.tag{font-size:12px;font-weight:bold;white-space:nowrap}"
    ".ok{color:#1e8449}.no{color:#a93226}.warn{color:#ca6f1e}"
    ".precedent{background:#f4f6f7;padding:6px 10px;border-radius:4px}"
    "tr.fail td:nth-child(6){color:#a93226}tr.succ td:nth-child(6){color:#1e8449}"
    "td.seen{color:#a93226;font-weight:bold}td.fill{min-width:7em}"
    "figure{margin:14px 0}figcaption{color:var(--muted);font-size:13px}"
    "svg{max-width:100%;height:auto;font-family:inherit}"
    "footer{margin-top:30px;color:var(--muted);font-size:12px;border-top:1px solid "
    "var(--rule);padding-top:6px}"
    "@page{size:A4;margin:14mm}"
    "@media print{body{max-width:none;padding:0;font-size:10pt}nav.toc{display:none}"
    "section.major{break-before:page}h2,h3{break-after:avoid}"
    "tr,li,figure,.badge{break-inside:avoid}thead{display:table-header-group}"
    "a{color:inherit;text-decoration:none}"
    "table{font-size:8.5pt}.lesson{break-inside:auto}"
    "th,td,.lesson,.banner,.precedent{-webkit-print-color-adjust:exact;"
    "print-color-adjust:exact}}";

/* Our own words: only what would open a tag or an entity is escaped. */
static void lit(FILE *f, const char *s)
{
    for (; *s; s++)
        if (*s == '&' || *s == '<' || *s == '>')
            fputs(aar_entity(*s), f);
        else
            fputc(*s, f);
}

static const char *glyph(int g)
{
    switch (g) {
    case RG_ARROW:
        return "&#8594;";
    case RG_DOWN:
        return "&#8595;";
    case RG_MIDDOT:
        return "&middot;";
    case RG_DASH:
    case RG_DIAG:
        return "&#8212;";
    case RG_TIMES:
        return "&times;";
    case RG_HIGHEST:
        return "&#9733;";
    case RG_CHECK:
        return "&#10004;";
    case RG_CROSS:
        return "&#10008;";
    case RG_BREAK:
        return "<br>";
    default:
        return rdoc_glyph_utf8(g);
    }
}

/* The tags HTML has for marks, in the order they open. */
static const struct aar_mark marks[] = {
    {RS_STRONG | RS_LABEL, "<strong>", "</strong>"},
    {RS_EM, "<em>", "</em>"},
    {RS_SMALL | RS_NOTE, "<small>", "</small>"},
    {RS_CODE, "<code>", "</code>"},
};

/* A rating's badge: its letter on its colour, its words as its title. */
static void badge(FILE *f, const char *letter, const char *words, int grade)
{
    fprintf(f, "<span class=\"badge r-%s\" title=\"", grade > 0 ? letter : "none");
    aar_html_text(f, words);
    fputs("\">", f);
    aar_html_text(f, letter);
    fputs("</span>", f);
}

static void one_run(FILE *f, const struct rdoc *doc, const struct rdoc_run *r)
{
    if (r->link >= 0) {
        fputs("<a href=\"#", f);
        aar_html_text(f, rdoc_text(doc, r->link));
        fputs("\">", f);
    }
    static const char *const tags[] = {[RT_GOOD] = "ok", [RT_BAD] = "no", [RT_WARN] = "warn"};
    const char *t = rdoc_text(doc, r->text);
    char spark[128];
    switch (r->kind) {
    case RK_TEXT:
        if (r->data)
            aar_html_text(f, t);
        else
            lit(f, t);
        break;
    case RK_GLYPH:
        if (r->glyph == RG_SWATCH)
            fprintf(f, "<span style=\"color:%s\">&#9632;</span> ",
                    aar_seat_colour(doc, RSTYLE_SEAT(r->style)));
        else
            fputs(glyph(r->glyph), f);
        break;
    case RK_SPARK:
        fputs(rdoc_spark_text(doc, r, 0, spark, sizeof spark), f);
        break;
    case RK_BADGE:
        badge(f, t, rdoc_text(doc, r->tip), r->lo);
        fputs(" ", f);
        aar_html_text(f, rdoc_text(doc, r->tip));
        break;
    case RK_TAG: {
        unsigned tone = RSTYLE_TONE(r->style);
        fprintf(f, "<span class=\"tag %s\">",
                tone < sizeof tags / sizeof tags[0] && tags[tone] ? tags[tone] : "ok");
        if (r->glyph >= 0)
            fprintf(f, "%s ", glyph(r->glyph));
        aar_html_text(f, t);
        fputs("</span>", f);
        break;
    }
    default:
        break;
    }
    if (r->link >= 0)
        fputs("</a>", f);
}

static void run_at(FILE *f, const struct rdoc *doc, int k)
{
    one_run(f, doc, &doc->r[k]);
}

static void runs(FILE *f, const struct rdoc *doc, int first, int n)
{
    aar_runs(f, doc, first, n, RDOC_HTML, marks, sizeof marks / sizeof marks[0], run_at);
}

static void block_runs(FILE *f, const struct rdoc *doc, const struct rdoc_block *b)
{
    runs(f, doc, b->first, b->nrun);
}

/* ' class="cls"' when the block has one. */
static void class_of(FILE *f, const struct rdoc *doc, const struct rdoc_block *b)
{
    if (b->cls < 0)
        return;
    fputs(" class=\"", f);
    aar_html_text(f, rdoc_text(doc, b->cls));
    fputs("\"", f);
}

static void head(FILE *f, const struct rdoc *doc, const struct rdoc_block *b)
{
    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<title>",
          f);
    if (b->label >= 0)
        lit(f, rdoc_text(doc, b->label));
    else
        runs(f, doc, b->first, b->number >= 0 ? b->number : b->nrun);
    fputs(" - ", f);
    aar_html_text(f, rdoc_text(doc, b->id));
    fprintf(f, "</title>\n<style>%s</style>\n</head>\n<body>\n", css);
    fputs("<header class=\"cover\"><div class=\"kicker\">", f);
    lit(f, rdoc_text(doc, b->cls));
    fputs(" - ", f);
    runs(f, doc, b->first, b->number >= 0 ? b->number : b->nrun);
    fputs("</div><h1>", f);
    aar_html_text(f, rdoc_text(doc, b->id));
    fputs("</h1>", f);
    if (b->number >= 0) {
        fputs("<p class=\"sub\">", f);
        runs(f, doc, b->first + b->number, b->nrun - b->number);
        fputs("</p>", f);
    }
    fputs("</header>\n", f);
}

/* The table of contents: every section with a label. */
static void toc(FILE *f, const struct rdoc *doc)
{
    fputs("<nav class=\"toc\"><strong>Contents</strong><ol>", f);
    for (int k = 0; k < doc->nb; k++) {
        const struct rdoc_block *b = &doc->b[k];
        if (b->kind != RB_SECTION || !(b->media & RDOC_HTML) || b->label < 0)
            continue;
        fputs("<li><a href=\"#", f);
        aar_html_text(f, rdoc_text(doc, b->id));
        fputs("\">", f);
        lit(f, rdoc_text(doc, b->label));
        fputs("</a></li>", f);
    }
    fputs("</ol></nav>\n", f);
}

static void heading(FILE *f, const struct rdoc *doc, const struct rdoc_block *b)
{
    fprintf(f, "<h%d>", b->level);
    if (b->grade >= 0) {
        badge(f, rdoc_text(doc, b->letter), rdoc_text(doc, b->words), b->grade);
        fputs(" ", f);
    }
    if (b->number)
        fprintf(f, "%d. ", b->number);
    block_runs(f, doc, b);
    if (b->grade >= 0) {
        fputs(" <small>- ", f);
        aar_html_text(f, rdoc_text(doc, b->words));
        fputs("</small>", f);
    }
    fprintf(f, "</h%d>\n", b->level);
}

/* A table's state as its rows go by. */
struct table {
    int flags;
    int body;                /* 1 once <tbody> is open */
    unsigned char right[64]; /* the header's columns of numbers */
    int ncols;
};

/* The shade of a cell, as a style attribute. */
static void heat(FILE *f, const struct rdoc_block *c)
{
    switch (c->heat) {
    case RH_SELF:
        fputs(" style=\"background:#eee\"", f);
        break;
    case RH_TRUST:
        fprintf(f, " style=\"background:hsl(%d,60%%,85%%)\"", c->heat_v * 120 / 100);
        break;
    case RH_STAB:
        fprintf(f, " style=\"background:hsl(%d,55%%,88%%)\"", c->heat_v * 120 / 100);
        break;
    case RH_COUNT:
        fprintf(f, " style=\"background:rgba(169,50,38,.%02d)\"",
                15 + 60 * c->heat_v / (c->heat_max > 0 ? c->heat_max : 1));
        break;
    default:
        break;
    }
}

static void cell(FILE *f, const struct rdoc *doc, const struct rdoc_block *c, struct table *t,
                 int col, int head_row)
{
    int th = head_row || (col == 0 && (t->flags & RBF_ROW_HEADS));
    int right = head_row ? (c->flags & RBF_RIGHT) != 0
                         : (col < t->ncols && t->right[col]) || (c->flags & RBF_RIGHT);
    if (c->flags & RBF_LEFT)
        right = 0;
    if (head_row && col < (int)sizeof t->right) {
        t->right[col] = (unsigned char)right;
        t->ncols = col + 1;
    }
    fputs(th ? "<th" : "<td", f);
    if (right || c->cls >= 0) {
        fputs(" class=\"", f);
        fputs(right ? "n" : "", f);
        if (c->cls >= 0) {
            fputs(right ? " " : "", f);
            aar_html_text(f, rdoc_text(doc, c->cls));
        }
        fputs("\"", f);
    }
    if (c->number > 1)
        fprintf(f, " colspan=\"%d\"", c->number);
    heat(f, c);
    if (c->tip >= 0) {
        fputs(" title=\"", f);
        aar_html_text(f, rdoc_text(doc, c->tip));
        fputs("\"", f);
    }
    fputs(">", f);
    block_runs(f, doc, c);
    fputs(th ? "</th>" : "</td>", f);
}

/* Writes the row at block k and its cells (the blocks after it). */
static void row(FILE *f, const struct rdoc *doc, int k, struct table *t)
{
    const struct rdoc_block *b = &doc->b[k];
    int head_row = (b->flags & RBF_HEAD) != 0;
    if (head_row) {
        fputs("<thead><tr>", f);
    } else {
        if (!t->body)
            fputs("<tbody>\n", f);
        t->body = 1;
        fputs("<tr", f);
        class_of(f, doc, b);
        fputs(">", f);
    }
    int end = k + 1, col = 0;
    for (; end < doc->nb && doc->b[end].kind == RB_CELL; end++) {
        const struct rdoc_block *c = &doc->b[end];
        if (!(c->media & RDOC_HTML))
            continue;
        cell(f, doc, c, t, col, head_row);
        col += c->number > 1 ? c->number : 1;
    }
    fputs(head_row ? "</tr></thead>\n" : "</tr>\n", f);
}

int render_html(FILE *f, const struct rdoc *doc)
{
    struct table t;
    int figure = 0, list = 0, cover = 0;
    memset(&t, 0, sizeof t);
    for (int k = rdoc_next(doc, -1, RDOC_HTML); k >= 0; k = rdoc_next(doc, k, RDOC_HTML)) {
        const struct rdoc_block *b = &doc->b[k];
        switch (b->kind) {
        case RB_ROW:
            row(f, doc, k, &t);
            break;
        case RB_COVER:
            head(f, doc, b);
            cover = 1;
            break;
        case RB_BANNER:
            fputs("<div class=\"banner\">", f);
            block_runs(f, doc, b);
            fputs("</div>\n", f);
            break;
        case RB_TOC:
            toc(f, doc);
            break;
        case RB_SECTION:
            fputs("<section id=\"", f);
            aar_html_text(f, rdoc_text(doc, b->id));
            fputs(b->flags & RBF_MAJOR ? "\" class=\"major\">" : "\">", f);
            break;
        case RB_SECTION_END:
            fputs("</section>\n", f);
            break;
        case RB_GROUP:
            fputs("<div", f);
            class_of(f, doc, b);
            if (b->id >= 0) {
                fputs(" id=\"", f);
                aar_html_text(f, rdoc_text(doc, b->id));
                fputs("\"", f);
            }
            fputs(">", f);
            break;
        case RB_GROUP_END:
            fputs("</div>\n", f);
            break;
        case RB_HEADING:
            heading(f, doc, b);
            break;
        case RB_PARA:
            fputs(figure ? "<figcaption>" : "<p", f);
            if (!figure) {
                class_of(f, doc, b);
                fputs(">", f);
            }
            block_runs(f, doc, b);
            fputs(figure ? "</figcaption>" : "</p>\n", f);
            break;
        case RB_LIST:
            list = b->flags & RBF_ORDERED;
            fputs(list ? "<ol" : "<ul", f);
            class_of(f, doc, b);
            fputs(">", f);
            break;
        case RB_ITEM:
            fputs("<li>", f);
            block_runs(f, doc, b);
            fputs("</li>", f);
            break;
        case RB_LIST_END:
            fputs(list ? "</ol>\n" : "</ul>\n", f);
            break;
        case RB_TABLE:
            memset(&t, 0, sizeof t);
            t.flags = b->flags;
            fputs("<table", f);
            class_of(f, doc, b);
            fputs(">", f);
            break;
        case RB_TABLE_END:
            fputs("</tbody></table>\n", f);
            break;
        case RB_FIGURE:
            fputs("<figure>", f);
            figure = 1;
            break;
        case RB_FIGURE_END:
            fputs("</figure>\n", f);
            figure = 0;
            break;
        case RB_CHART:
            aar_svg_chart(f, doc, b->chart);
            break;
        case RB_FOOTER:
            fputs("<footer>", f);
            block_runs(f, doc, b);
            fputs("</footer>\n", f);
            break;
        default:
            break; /* cells (written with their row); the terminal's */
        }
    }
    if (cover)
        fputs("</body>\n</html>\n", f);
    return !ferror(f);
}
