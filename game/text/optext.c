/* optext.c - a hidden order's account in words (see optext.h). */
#include "optext.h"

#include <stdio.h>

#include "evtext.h"
#include "words.h"

const char *optext_outcome(const struct optext *op)
{
    if (!op->resolved)
        return "not recorded";
    if (op->covert)
        return op->success ? "succeeded" : "failed";
    switch (op->kind) {
    case ORD_HARDEN:
    case ORD_COMPARTMENT:
        return "done";
    case ORD_CANARY:
        return op->success ? "caught a reader" : "caught nobody";
    default:
        return op->success ? "found something" : "found nothing";
    }
}

const char *optext_detection(const struct pub *pub, const struct optext *op, char *buf, size_t n)
{
    char b[NAME_LEN + 32];
    if (!op->covert)
        snprintf(buf, n, "-");
    else if (!op->detected)
        snprintf(buf, n, "undetected");
    else
        snprintf(buf, n, "detected by %s, %s", words_seat(pub, op->detected_by),
                 evtext_blame_truth(pub, op->blamed, op->attribution, b, sizeof b));
    return buf;
}

const char *optext_against(const struct pub *pub, const struct optext *op, char *buf, size_t n)
{
    if (op->kind == ORD_FALSE_FLAG)
        snprintf(buf, n, "framing %s", words_seat(pub, op->aimed));
    else if (op->kind == ORD_COURT)
        snprintf(buf, n, "the host government");
    else if (op->kind == ORD_RETAIN)
        snprintf(buf, n, "its patrol sectors");
    else if (op->target < 0)
        snprintf(buf, n, "-");
    else
        snprintf(buf, n, "%s", words_seat(pub, op->target));
    return buf;
}

int optext_line(const struct pub *pub, const struct optext *op, char *buf, size_t n)
{
    char what[96] = "", det[160], chance[16], roll[16];
    const char *result = op->result ? op->result : "";
    if (op->kind == ORD_FALSE_FLAG)
        snprintf(what, sizeof what, " naming %s", words_seat(pub, op->aimed));
    else if (op->covert && op->target == TARGET_HQ && op->kind == ORD_COURT)
        snprintf(what, sizeof what, " (the host government)");
    else if (op->target >= 0)
        snprintf(what, sizeof what, " against %s", words_seat(pub, op->target));
    if (!op->covert)
        return snprintf(buf, n, "%s: %s - %s", words_seat(pub, op->seat),
                        words_order(pub, op->kind), result);
    return snprintf(buf, n, "%s: %s%s - %s (chance %s%%, rolled %s); %s. %s",
                    words_seat(pub, op->seat), words_order(pub, op->kind), what,
                    optext_outcome(op), words_permille(op->chance, chance, sizeof chance),
                    words_permille(op->roll, roll, sizeof roll),
                    optext_detection(pub, op, det, sizeof det), result);
}
