/* fe_null.c - the null front end: shows nothing, gives no orders. */
#include "frontend.h"
#include "play.h"

static int null_handover(void *ctx, struct play *p, int seat)
{
    (void)ctx, (void)p, (void)seat;
    return FE_OK;
}

static int null_turn(void *ctx, struct play *p, int seat)
{
    (void)ctx;
    return play_submit(p, seat, NULL, 0, NULL, 0) ? FE_OK : FE_QUIT;
}

static int null_result(void *ctx, struct play *p)
{
    (void)ctx, (void)p;
    return FE_OK;
}

static void null_resolved(void *ctx, struct play *p, const char *path, const char *why)
{
    (void)ctx, (void)p, (void)path, (void)why;
}

const struct frontend fe_null = {
    "null", NULL, null_handover, null_turn, null_handover, null_result, null_resolved,
};
