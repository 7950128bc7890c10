/* bench_master.c - the master level's decisions timed. */
#include "bench_master.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "../session/session.h"
#include "common.h"

static double cpu_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

void bench_master(const struct bundle *a, int games, int think)
{
    struct session *s = malloc(sizeof *s);
    if (!s) {
        printf("us per master decision:        not measured (out of memory)\n");
        return;
    }
    double total = 0, worst = 0;
    long n = 0;
    for (int gi = 0; gi < games; gi++) {
        int seat = gi % a->sc->nseats;
        session_init(s, a->sc, &a->pub, &a->ps, 2000 + (uint64_t)gi);
        s->ctl[seat].level = AI_MASTER;
        s->ctl[seat].mind.think = think;
        while (s->g.phase == PHASE_ORDERS) {
            double t0 = cpu_s();
            session_ai_turn(s, seat, NULL, 0);
            double t = cpu_s() - t0;
            total += t;
            worst = t > worst ? t : worst;
            n++;
            session_ai_all(s);
            session_resolve(s);
        }
    }
    free(s);
    printf("us per master decision:        %.0f  (slowest %.0f; --think %d, %ld decisions,\n"
           "                               one seat at a time at the master level)\n",
           n ? total / (double)n * 1e6 : 0.0, worst * 1e6, think ? think : 2, n);
}
