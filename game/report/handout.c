/* handout.c - a seat's role brief (handout.h) in Markdown or HTML. Every
 * fact comes from the seat's view at the start: its own figures and
 * objectives, the public book (names, profiles, the map, the catalogue),
 * what every seat sees (deployments, stability, trust) and the injects of
 * its first brief. */
#include "handout.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../core/view.h"
#include "aar_int.h"

#define HW_TEXT (LONG_TEXT + 512) /* one paragraph: a scenario text and words around it */

/* The writer: its format, and whether a list is open. */
struct hw {
    FILE *f;
    int html;
    int list;
};

static void esc(struct hw *w, const char *s, int block)
{
    if (w->html)
        aar_html_text(w->f, s);
    else
        aar_md_text(w->f, s, block);
}

static void end_list(struct hw *w)
{
    if (w->list)
        fputs(w->html ? "</ul>\n" : "\n", w->f);
    w->list = 0;
}

static void head(struct hw *w, int level, const char *s)
{
    end_list(w);
    if (w->html)
        fprintf(w->f, "<h%d>", level);
    else
        fprintf(w->f, "%.*s ", level, "####");
    esc(w, s, 0);
    fputs(w->html ? (level == 1 ? "</h1>\n" : level == 2 ? "</h2>\n" : "</h3>\n") : "\n\n", w->f);
}

static void para(struct hw *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void para(struct hw *w, const char *fmt, ...)
{
    char buf[HW_TEXT];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    end_list(w);
    fputs(w->html ? "<p>" : "", w->f);
    esc(w, buf, 1);
    fputs(w->html ? "</p>\n" : "\n\n", w->f);
}

/* A list item, with a bold label when label is not NULL. */
static void item(struct hw *w, const char *label, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void item(struct hw *w, const char *label, const char *fmt, ...)
{
    char buf[HW_TEXT];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (!w->list && w->html)
        fputs("<ul>\n", w->f);
    w->list = 1;
    fputs(w->html ? "<li>" : "- ", w->f);
    if (label) {
        fputs(w->html ? "<strong>" : "**", w->f);
        esc(w, label, 0);
        fputs(w->html ? "</strong> " : "** ", w->f);
    }
    esc(w, buf, !label);
    fputs(w->html ? "</li>\n" : "\n", w->f);
}

/* "River Ford and Harbour": the sectors of v where seats in mask are all
 * deployed, into buf. */
static const char *sectors_of(const struct view *v, unsigned mask, char *buf, size_t n)
{
    size_t k = 0;
    int count = 0, total = 0;
    for (int s = 0; s < v->nsectors; s++)
        total += (v->sectors[s].deployed & mask) == mask;
    buf[0] = '\0';
    for (int s = 0; s < v->nsectors && k < n; s++) {
        if ((v->sectors[s].deployed & mask) != mask)
            continue;
        count++;
        int m = snprintf(buf + k, n - k, "%s%s",
                         count == 1 ? "" : count == total ? " and " : ", ",
                         v->pub->sectors[s].name);
        k += m > 0 ? (size_t)m : 0;
    }
    return buf;
}

/* The names of the mandate orders that use capability c, "Patrol, Escort
 * convoy", into buf. */
static const char *orders_using(const struct view *v, int c, char *buf, size_t n)
{
    size_t k = 0;
    buf[0] = '\0';
    for (int o = 0; o < ORD_COUNT && k < n; o++)
        if (order_family(o) == FAM_MANDATE && v->pub->cat.orders[o].capability == c) {
            int m = snprintf(buf + k, n - k, "%s%s", k ? ", " : "", v->pub->cat.orders[o].name);
            k += m > 0 ? (size_t)m : 0;
        }
    return buf;
}

static const char *order(const struct view *v, int kind)
{
    return v->pub->cat.orders[kind].name;
}

static const char *seat(const struct view *v, int s)
{
    return s >= 0 && s < v->nseats ? v->pub->seats[s].name : "mission HQ";
}

static void contingent(struct hw *w, const struct view *v)
{
    const struct view_self *me = &v->me;
    char buf[HW_TEXT];
    head(w, 2, "Your contingent");
    para(w, "%s", v->pub->seats[v->seat].profile);
    item(w, "Action points each week:", "%d", me->ap);
    size_t k = 0;
    for (int c = 0; c < CAP_COUNT; c++)
        k += (size_t)snprintf(buf + k, sizeof buf - k, "%s%s %d", c ? ", " : "",
                              capability_name(c), me->caps[c]);
    item(w, "Capabilities (0-5):", "%s", buf);
    item(w, "Communications security:", "%d of 100", me->comms);
    item(w, "Influence with the host government:", "%d", me->influence);
    item(w, "Deployed in:", "%s", sectors_of(v, 1u << v->seat, buf, sizeof buf));
    k = 0;
    buf[0] = '\0';
    for (int s = 0; s < v->nseats; s++)
        if (s != v->seat)
            k += (size_t)snprintf(buf + k, sizeof buf - k, "%s%s %d", k ? ", " : "", seat(v, s),
                                  me->trust[s]);
    item(w, "Your trust in the others:", "%s", buf);
    end_list(w);
}

static void objectives(struct hw *w, const struct view *v)
{
    head(w, 2, "Your secret objectives");
    para(w, "From your capital, for your team alone. Each one met at the end of the game adds "
            "its points to your national score; no other team knows them.");
    if (!v->nobjectives)
        item(w, NULL, "None: your capital asks nothing of you beyond the mandate.");
    for (int i = 0; i < v->nobjectives; i++)
        item(w, NULL, "%s (%d points)", v->objectives[i].text, v->objectives[i].points);
    end_list(w);
}

static void others(struct hw *w, const struct view *v)
{
    char dep[HW_TEXT / 2], with[HW_TEXT / 2];
    head(w, 2, "The other contingents");
    para(w, "What every team knows of them. Their objectives are secret, as yours are.");
    for (int s = 0; s < v->nseats; s++) {
        if (s == v->seat)
            continue;
        sectors_of(v, 1u << s, dep, sizeof dep);
        sectors_of(v, (1u << s) | (1u << v->seat), with, sizeof with);
        char label[NAME_LEN + 1];
        snprintf(label, sizeof label, "%s:", seat(v, s));
        item(w, label, "%s Deployed in %s%s%s.", v->pub->seats[s].profile, dep,
             with[0] ? "; beside you in " : "", with);
    }
    end_list(w);
}

/* What an objective asks of the first week. */
static void objective_hint(struct hw *w, const struct view *v, const struct view_objective *o)
{
    switch (o->kind) {
    case OBJ_DOSSIERS_ON:
    case OBJ_INSIDER_IN:
        if (o->kind == OBJ_INSIDER_IN)
            item(w, NULL, "An insider in %s takes three successful weeks of %s (approach, "
                 "develop, recruit): start early, and watch its detection chance.",
                 seat(v, o->target), order(v, ORD_INSIDER));
        else if (o->target >= 0 && o->target < v->nseats && view_colocated(v, o->target))
            item(w, NULL, "Dossiers on %s: you share a sector with it, so %s works; %s "
                 "reaches it anywhere.", seat(v, o->target), order(v, ORD_OBSERVE),
                 order(v, ORD_INTERCEPT));
        else
            item(w, NULL, "Dossiers on %s: you share no sector with it, so use %s or an "
                 "insider rather than %s.", seat(v, o->target), order(v, ORD_INTERCEPT),
                 order(v, ORD_OBSERVE));
        break;
    case OBJ_INFLUENCE:
        item(w, NULL, "Influence: %s raises it (a covert order); so do some answers to the "
             "injects. You start at %d.", order(v, ORD_COURT), v->me.influence);
        break;
    case OBJ_SECTOR_STABLE:
        if (o->sector >= 0 && o->sector < v->nsectors)
            item(w, NULL, "%s stands at stability %d and you need %d: %s.",
                 v->pub->sectors[o->sector].name, v->sectors[o->sector].stability, o->value,
                 view_reaches(v, o->sector) ? "your mandate orders reach it from week 1"
                                            : "you are not deployed there or next door, so "
                                              "ask a partner, or a joint operation");
        break;
    case OBJ_CLEAN_HANDS:
        item(w, NULL, "Clean hands: every covert order can be detected. Read its detection "
             "chance before you confirm it, or give none.");
        break;
    case OBJ_CENTRALISATION:
        item(w, NULL, "A central mission database: %s moves it towards one (a contribution).",
             order(v, ORD_CENTRALISE));
        break;
    case OBJ_DECENTRALISED:
        item(w, NULL, "A decentralised database: never give %s, and watch who does.",
             order(v, ORD_CENTRALISE));
        break;
    case OBJ_BACKDOOR_LIVE:
        item(w, NULL, "A live backdoor: %s first, then %s on your own equipment - and keep "
             "it from the audits to the end.", order(v, ORD_CONTRIBUTE), order(v, ORD_BACKDOOR));
        break;
    case OBJ_TRUSTED_BY:
        if (o->target >= 0 && o->target < v->nseats)
            item(w, NULL, "%s's trust in you is %d and you need %d: being caught spying on "
                 "it, or accusing it without evidence, costs trust.", seat(v, o->target),
                 v->trust[o->target][v->seat], o->value);
        break;
    default:
        break;
    }
}

static void first_week(struct hw *w, const struct view *v)
{
    char buf[HW_TEXT], names[HW_TEXT / 2];
    head(w, 2, "Your first week");
    int n = 0;
    for (int i = 0; i < v->ninjects; i++) {
        const struct view_inject *in = &v->injects[i];
        if (!n++)
            head(w, 3, "On the brief");
        size_t k = 0;
        buf[0] = '\0';
        for (int c = 0; c < in->nchoices; c++)
            k += (size_t)snprintf(buf + k, sizeof buf - k, "%s%s", c ? "; " : " Choices: ",
                                  in->choices[c].label);
        char label[NAME_LEN + 1];
        snprintf(label, sizeof label, "%s:", in->title);
        item(w, label, "%s%s", in->text, buf);
    }
    head(w, 3, "Hints");
    /* the least stable sector its mandate orders reach */
    int best = -1, cap = 0;
    for (int s = 0; s < v->nsectors; s++)
        if (view_reaches(v, s) && (best < 0 || v->sectors[s].stability < v->sectors[best].stability))
            best = s;
    if (best >= 0)
        item(w, NULL, "Mandate orders work where you are deployed or next door. The least "
             "stable sector you reach is %s (stability %d, threat %d).",
             v->pub->sectors[best].name, v->sectors[best].stability, v->sectors[best].threat);
    for (int c = 1; c < CAP_COUNT; c++)
        cap = v->me.caps[c] > v->me.caps[cap] ? c : cap;
    if (orders_using(v, cap, names, sizeof names)[0])
        item(w, NULL, "Your strongest capability is %s (%d): %s use%s it.", capability_name(cap),
             v->me.caps[cap], names, strchr(names, ',') ? "" : "s");
    for (int s = 0; s < v->nseats; s++)
        if (s != v->seat && view_colocated(v, s))
            item(w, NULL, "You live beside %s in %s: what you see of its vehicles, radios and "
                 "routines, it sees of yours.", seat(v, s),
                 sectors_of(v, (1u << s) | (1u << v->seat), buf, sizeof buf));
    for (int i = 0; i < v->nobjectives; i++)
        objective_hint(w, v, &v->objectives[i]);
    item(w, NULL, "Each covert order shows its chance of success and of detection before you "
         "confirm it; in the game, ? lists every key.");
    end_list(w);
}

static const char css[] =
    "body{font-family:'DejaVu Sans','Segoe UI',Helvetica,Arial,sans-serif;color:#1b2631;"
    "max-width:800px;margin:0 auto;padding:24px 32px;line-height:1.45;font-size:15px}"
    "h1{font-size:26px;border-bottom:4px solid #1f4e79;padding-bottom:8px}"
    "h2{color:#1f4e79;border-bottom:1px solid #d5d8dc;margin-top:26px}"
    ".secret{background:#fdf2e9;border-left:5px solid #ca6f1e;padding:8px 12px}"
    "footer{margin-top:28px;color:#5d6d7e;font-size:12px;border-top:1px solid #d5d8dc}"
    "@page{size:A4;margin:16mm}@media print{body{max-width:none;padding:0;font-size:10.5pt}"
    "h2,h3{break-after:avoid}li{break-inside:avoid}}";

int handout_write(FILE *f, const struct view *v, int html)
{
    if (!v || v->seat < 0 || v->seat >= v->nseats)
        return 0;
    struct hw w = {f, html, 0};
    char title[HW_TEXT];
    snprintf(title, sizeof title, "%s - role brief for %s", v->pub->name, seat(v, v->seat));
    if (html) {
        fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>", f);
        aar_html_text(f, title);
        fprintf(f, "</title><style>%s</style></head><body>\n", css);
    }
    head(&w, 1, title);
    if (html)
        fputs("<p class=\"secret\">", f);
    esc(&w, "For your team only: your secret objectives are inside. Do not show this page to "
            "another team.", 1);
    fputs(html ? "</p>\n" : "\n\n", f);
    head(&w, 2, "The situation");
    para(&w, "%s", v->pub->summary);
    para(&w, "Host country: %s. The game lasts %d weeks. The mandate succeeds when average "
         "stability reaches %d with no sector below %d, and partly succeeds from %d.",
         v->pub->host, v->turns, v->pub->success_avg, v->pub->success_min,
         v->pub->partial_avg);
    contingent(&w, v);
    objectives(&w, v);
    others(&w, v);
    first_week(&w, v);
    if (html)
        fputs("<footer>", f);
    esc(&w, "Written by mandate " MANDATE_VERSION " from the scenario ", 1);
    esc(&w, v->pub->id, 0);
    esc(&w, ". The full rules, with every number: assets/RULES.md.", 0);
    fputs(html ? "</footer>\n</body>\n</html>\n" : "\n", f);
    return !ferror(f);
}
