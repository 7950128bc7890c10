/* debrief_doc.h - the debrief as one document (rdoc.h), the one walk of
 * the debrief model that every form of it renders: the after-action
 * report (Markdown and HTML, render.h) - the declassified debrief, one
 * seat's own report or the public record of a game in progress, as the
 * debrief's viewer says - and, with pages, the terminal's debrief pages.
 * (The JSON report is the model itself, serialised: report_json.) */
#ifndef MANDATE_DEBRIEF_DOC_H
#define MANDATE_DEBRIEF_DOC_H

struct debrief;
struct rdoc;
struct aar_meta;

struct debrief_doc_opts {
    const struct aar_meta *meta; /* the save's facts (may be NULL) */
    /* The terminal's pages instead of the report: laid out for a page
     * of width columns and height rows, text measured by cols (display
     * columns of s; NULL: bytes); file: the save that holds the game
     * ("" or NULL: not saved). */
    int pages;
    int width, height;
    int (*cols)(const char *s);
    const char *file;
};

/* The document of d; NULL when out of memory. The caller frees it with
 * rdoc_free. */
struct rdoc *debrief_document(const struct debrief *d, const struct debrief_doc_opts *o);

/* One paragraph: how the learning objectives are rated (the rating key),
 * as every form of the debrief says it. */
extern const char debrief_rating_rule[];

#endif
