/* aar.h - the after-action report / improvement plan of a debrief, shaped
 * like HSEEP's AAR/IP: exercise overview, learning objectives with their
 * ratings and evidence, strengths, areas for improvement, the improvement
 * plan, the declassified timeline, charts and discussion questions (or a
 * seat's own report, or the public record, as the debrief's viewer says).
 * Markdown (GitHub-flavoured) or one self-contained HTML page (inline CSS
 * and SVG, no network, printable): the debrief's document
 * (debrief_doc.h) rendered (render.h). The JSON form is report_json() in
 * game/store/report_json.h. */
#ifndef MANDATE_AAR_H
#define MANDATE_AAR_H

#include <stddef.h>
#include <stdio.h>

struct debrief;

/* Facts of the report that are not in the game. Any may be NULL. */
struct aar_meta {
    const char *source;       /* the save the report comes from */
    const char *saved_at;     /* UTC, ISO 8601 */
    const char *game_version; /* of the program that saved it */
};

/* The exercise's scope in one sentence: "A tabletop exercise of 5
 * contingents (2 played by human teams, 3 by the AI) in 8 sectors, 12
 * weekly turns scheduled and 12 played; 8 learning objectives.", into
 * buf. */
const char *aar_scope(const struct debrief *d, char *buf, size_t n);

/* The wall-clock time from d's start to meta's saved_at in seconds, or -1
 * when either is unknown or not an ISO 8601 UTC time (YYYY-MM-DDTHH:MM:SS)
 * or the save is older than the start. */
long aar_elapsed(const struct debrief *d, const struct aar_meta *meta);

/* The exercise's duration: "12 weekly turns in 1 h 12 min of play (from
 * its start to its last save)", "... (time of play not recorded)". */
const char *aar_duration(const struct debrief *d, const struct aar_meta *meta, char *buf,
                         size_t n);

/* Write the report to f; 1 on success, 0 when a write failed. meta may be
 * NULL. */
int aar_write_md(FILE *f, const struct debrief *d, const struct aar_meta *meta);
int aar_write_html(FILE *f, const struct debrief *d, const struct aar_meta *meta);

#endif
