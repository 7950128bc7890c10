/* ai_reason.c - the words of a decision: each chosen order's reason,
 * from its rule's template and numbers (written only for the orders
 * chosen). */
#include <stdio.h>
#include <string.h>

#include "ai_int.h"

static void why_text(unsigned why, char *out, size_t n)
{
    static const char *const parts[] = { "co-located", "its comms security is low",
                                         "our dossiers on it are thin", "we owe it one",
                                         "odds guessed from published figures" };
    out[0] = 0;
    size_t len = 0;
    for (int i = 0; i < 5; i++)
        if (why & (1u << i)) {
            int w = snprintf(out + len, n - len, "%s%s", len ? ", " : "", parts[i]);
            if (w < 0 || (size_t)w >= n - len)
                break;
            len += (size_t)w;
        }
    if (!len)
        snprintf(out, n, "routine collection");
}

#define X_FMT(e, fmt) fmt,
static const char *const text_formats[] = { TEXT_LIST(X_FMT) };
#undef X_FMT

/* Bytes of the longest prefix of s of at most max bytes that ends between
 * two UTF-8 characters: a cut in bytes must not split one of a scenario's
 * names (issue 15). */
static int utf8_fit(const char *s, int max)
{
    int n = (int)strnlen(s, (size_t)max + 1);
    if (n <= max)
        return n;
    n = max;
    while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
        n--;                   /* s[n] would continue a character */
    return n;
}

/* Writes the reason of a chosen candidate. */
void ai_explain(const struct ctx *c, const struct cand *ch, struct ai_choice *out)
{
    const struct view *v = c->v;
    char what[SHORT_TEXT], why[128];
    const char *f = text_formats[ch->text];
    const char *tname = ch->o.target >= 0 ? cname(v, ch->o.target) : "";
    const char *sname = ch->o.sector >= 0 ? view_sector_name(v, ch->o.sector) : "";
    const char *share = share_name(ch->o.level >= 0 && ch->o.level < SHARE_COUNT ? ch->o.level : 0);
    const char *was = share_name(ch->n1 >= 0 && ch->n1 < SHARE_COUNT ? ch->n1 : 0);
    why_text(c->term[ch->x].why, why, sizeof why);
    switch (ch->text) {
    case T_ANSWER: {
        const struct view_inject *in = NULL;
        for (int i = 0; i < v->ninjects; i++)
            if (v->injects[i].index == ch->o.inject)
                in = &v->injects[i];
        snprintf(what, sizeof what, f, in ? in->title : "?",
                 in && ch->o.level < in->nchoices ? in->choices[ch->o.level].label : "?");
        break;
    }
    case T_ACCUSE_EVIDENCE: case T_ACCUSE_SUSPECT: case T_PACT: case T_FALSE_FLAG:
        snprintf(what, sizeof what, f, tname, ch->n1);
        break;
    case T_FALSE_FLAG_COVER:
        snprintf(what, sizeof what, f, tname, ch->n2, ch->n1);
        break;
    case T_WATCH:
        snprintf(what, sizeof what, f, ch->o.kind == ORD_OBSERVE ? "observe" : "intercept", tname,
                 ch->n1);
        break;
    case T_REFRESH:
        snprintf(what, sizeof what, f, tname,
                 ch->n2 >= 0 && ch->n2 < ORD_COUNT ? v->pub->cat.orders[ch->n2].name : "operation",
                 ch->n1);
        break;
    case T_OBSERVE: case T_INTERCEPT: case T_APPROACH: case T_DEVELOP:
        snprintf(what, sizeof what, f, tname, why, ch->n1);
        break;
    case T_REASSURE:
        snprintf(what, sizeof what, f, tname, ch->n1);
        break;
    case T_INTRUDE:
        snprintf(what, sizeof what, f, v->centralisation, ch->n2, ch->n1);
        break;
    case T_RETAIN: case T_COURT:
        snprintf(what, sizeof what, f, ch->n2, ch->n1);
        break;
    case T_MANDATE_OP:
        snprintf(what, sizeof what, f, v->pub->cat.orders[ch->o.kind].name, sname,
                 v->sectors[ch->o.sector].stability, v->sectors[ch->o.sector].threat);
        break;
    case T_JOINT:
        snprintf(what, sizeof what, f, tname, sname, ch->n1);
        break;
    case T_SHARE:
        snprintf(what, sizeof what, f, was, share);
        break;
    case T_SHARE_LESS:
        snprintf(what, sizeof what, f, was, share,
                 c->mind->hardline ? "we no longer trust the pool" : "our capital allows no more");
        break;
    case T_RANDOM:
        snprintf(what, sizeof what, f, v->pub->cat.orders[ch->o.kind].name);
        break;
    default:
        snprintf(what, sizeof what, f, ch->n1);
        break;
    }
    out->o = ch->o;
    out->rule = ch->rule;
    out->utility = ch->utility;
    if (ch->rule == AIR_RANDOM)
        snprintf(out->reason, sizeof out->reason, "%.*s",
                 utf8_fit(what, (int)sizeof out->reason - 1), what);
    else
        snprintf(out->reason, sizeof out->reason, "%.*s - rule %d (%.40s) of the %.*s",
                 utf8_fit(what, 159), what, ch->rule + 1, ai_rule_name(ch->rule),
                 utf8_fit(c->p->name, 39), c->p->name);
}
