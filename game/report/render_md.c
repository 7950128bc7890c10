/* render_md.c - a document (rdoc.h) as GitHub-flavoured Markdown:
 * headings, paragraphs, lists and tables; what comes from a file escaped
 * so that it renders as itself and as nothing else. */
#include <stdio.h>
#include <string.h>

#include "aar_int.h"
#include "debrief.h"
#include "rdoc.h"
#include "render.h"

/* Writes s as Markdown text that renders as s and as nothing else, in a
 * table cell as in a paragraph: < and & become entities (so no tag, no
 * autolink and no entity of the text survives; > alone opens nothing
 * inside a line and stays as it is for the reader), Markdown's
 * specials are escaped with a backslash (a | never ends a cell), and
 * line breaks and any other control character become spaces. With block,
 * s starts a line or a list item, and what would open a block there (a
 * list, an indented code block) is defused too. */
void aar_md_text(FILE *f, const char *s, int block)
{
    const unsigned char *p = (const unsigned char *)s;
    if (!p)
        return;
    /* "- x", "+ x", "= x", "> x", "1. x", "2) x", "    x" */
    if (!block) {
        /* nothing opens a block inside a line */
    } else if (*p == '-' || *p == '+' || *p == '=' || *p == '>') {
        fputc('\\', f);
    } else if (*p == ' ') {
        fputs("&#32;", f);
        p++;
    } else if (*p >= '0' && *p <= '9') {
        const unsigned char *q = p;
        while (*q >= '0' && *q <= '9')
            q++;
        if (*q == '.' || *q == ')') {
            fwrite(p, 1, (size_t)(q - p), f);
            fputc('\\', f);
            p = q;
        }
    }
    for (; *p; p++) {
        switch (*p) {
        case '&':
        case '<':
            fputs(aar_entity((char)*p), f);
            break;
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '|':
        case '~':
        case '#':
        case '$':
            fputc('\\', f);
            fputc(*p, f);
            break;
        default:
            if (aar_control((const char *)p)) {
                fputc(' ', f);
                p += aar_control((const char *)p) - 1;
            } else {
                fputc(*p, f);
            }
        }
    }
}

/* Writes s inside a code span: ids are [a-z0-9_], but whatever is given,
 * nothing ends the span or the cell. */
static void md_code(FILE *f, const char *s)
{
    for (; *s; s++)
        fputc(*s == '`' || *s == '|' || (unsigned char)*s < 0x20 ? '_' : *s, f);
}

static const char *glyph(int g)
{
    switch (g) {
    case RG_ARROW:
        return "->";
    case RG_DOWN:
        return "v";
    case RG_TIMES:
    case RG_DIAG:
        return "x";
    case RG_HIGHEST:
        return "(highest)";
    case RG_SWATCH:
    case RG_CHECK:
    case RG_CROSS:
        return "";
    case RG_MIDDOT:
    case RG_DASH:
        return "-";
    case RG_BREAK:
        return "\n\n";
    default:
        return rdoc_glyph_utf8(g);
    }
}

/* The marks Markdown has, in the order they open. */
static const struct aar_mark marks[] = {
    {RS_STRONG, "**", "**"},
    {RS_EM | RS_NOTE, "*", "*"},
    {RS_CODE, "`", "`"},
};

static void one_run(FILE *f, const struct rdoc *doc, int k)
{
    const struct rdoc_run *r = &doc->r[k];
    const char *t = rdoc_text(doc, r->text);
    char spark[128];
    switch (r->kind) {
    case RK_TEXT:
        if (r->style & RS_CODE)
            md_code(f, t);
        else if (r->data)
            aar_md_text(f, t, (r->style & RS_LEAD) != 0);
        else
            fputs(t, f);
        break;
    case RK_GLYPH:
        fputs(glyph(r->glyph), f);
        break;
    case RK_SPARK:
        fputs(rdoc_spark_text(doc, r, 0, spark, sizeof spark), f);
        break;
    case RK_BADGE:
        if (r->lo)
            fprintf(f, "**%s** (%s)", t, rdoc_text(doc, r->tip));
        else
            fputs("-", f);
        break;
    case RK_TAG:
        fprintf(f, "*%s*", t);
        break;
    default:
        break;
    }
}

/* Writes runs [first, first + n) of the document. */
static void runs(FILE *f, const struct rdoc *doc, int first, int n)
{
    aar_runs(f, doc, first, n, RDOC_MD, marks, sizeof marks / sizeof marks[0], one_run);
}

static void block_runs(FILE *f, const struct rdoc *doc, const struct rdoc_block *b)
{
    runs(f, doc, b->first, b->nrun);
}

/* Writes the table row at block k with its cells (the blocks after it).
 * *head: 1 once the table has its header. */
static void row(FILE *f, const struct rdoc *doc, int k, int *head)
{
    const struct rdoc_block *b = &doc->b[k];
    int end = k + 1, ncells = 0;
    while (end < doc->nb && doc->b[end].kind == RB_CELL) {
        if (doc->b[end].media & RDOC_MD)
            ncells += doc->b[end].number > 1 ? doc->b[end].number : 1;
        end++;
    }
    if (!*head && !(b->flags & RBF_HEAD)) {
        /* a table without a header: an empty one */
        fputs("|", f);
        for (int c = 0; c < ncells; c++)
            fputs(" |", f);
        fputs("\n|", f);
        for (int c = 0; c < ncells; c++)
            fputs("---|", f);
        fputs("\n", f);
        *head = 1;
    }
    fputs("|", f);
    for (int c = k + 1; c < end; c++) {
        const struct rdoc_block *cell = &doc->b[c];
        if (!(cell->media & RDOC_MD))
            continue;
        for (int s = 1; s < cell->number; s++)
            fputs(" - |", f); /* a span: its text in its last column */
        if ((b->flags & RBF_HEAD) && !cell->nrun) {
            fputs(" |", f);
            continue;
        }
        fputs(" ", f);
        block_runs(f, doc, cell);
        fputs(" |", f);
    }
    fputs("\n", f);
    if (b->flags & RBF_HEAD) {
        fputs("|", f);
        for (int c = k + 1; c < end; c++)
            if (doc->b[c].media & RDOC_MD)
                fputs(doc->b[c].flags & RBF_RIGHT ? "---:|" : "---|", f);
        fputs("\n", f);
        *head = 1;
    }
}

int render_md(FILE *f, const struct rdoc *doc)
{
    int head = 0, number = 0;
    for (int k = rdoc_next(doc, -1, RDOC_MD); k >= 0; k = rdoc_next(doc, k, RDOC_MD)) {
        const struct rdoc_block *b = &doc->b[k];
        switch (b->kind) {
        case RB_ROW:
            row(f, doc, k, &head);
            break;
        case RB_COVER:
            fputs("# ", f);
            runs(f, doc, b->first, b->number >= 0 ? b->number : b->nrun);
            fputs("\n\n## ", f);
            aar_md_text(f, rdoc_text(doc, b->id), 0);
            fprintf(f, " - %s\n\n", rdoc_text(doc, b->cls));
            break;
        case RB_BANNER:
            fputs("> ", f);
            block_runs(f, doc, b);
            fputs("\n\n", f);
            break;
        case RB_HEADING:
            for (int i = 0; i < b->level; i++)
                fputc('#', f);
            fputc(' ', f);
            if (b->number)
                fprintf(f, "%d. ", b->number);
            block_runs(f, doc, b);
            if (b->grade >= 0)
                fprintf(f, " - %s (%s)", rdoc_text(doc, b->letter), rdoc_text(doc, b->words));
            fputs("\n\n", f);
            break;
        case RB_PARA: {
            /* a statement of principle reads in italics */
            int em = b->cls >= 0 && !strcmp(rdoc_text(doc, b->cls), "statement");
            fputs(em ? "*" : "", f);
            block_runs(f, doc, b);
            fputs(em ? "*\n\n" : "\n\n", f);
            break;
        }
        case RB_LIST:
            number = b->flags & RBF_ORDERED ? 1 : 0;
            break;
        case RB_ITEM:
            if (number)
                fprintf(f, "%d. ", number++);
            else
                fputs("- ", f);
            block_runs(f, doc, b);
            fputs("\n", f);
            break;
        case RB_LIST_END:
        case RB_TABLE_END:
            fputs("\n", f);
            break;
        case RB_TABLE:
            head = 0;
            break;
        case RB_FOOTER:
            fputs("---\n\n*", f);
            block_runs(f, doc, b);
            fputs("*\n", f);
            break;
        default:
            break; /* cells (written with their row); sections, figures,
                    * charts: HTML's */
        }
    }
    return !ferror(f);
}
