/* sim_run.c - a batch of AI-vs-AI games spread over threads. */
#include "sim_run.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <time.h>

/* What the threads share with the caller: how many have finished. */
struct sim_join {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int finished;
};

/* One thread's run of games and everything it writes. */
struct sim_worker {
    const struct sim_setup *st;
    long lo, hi;                /* its games */
    struct sim part;            /* its own summary */
    struct session *s;          /* its own session */
    atomic_long done;           /* games ended: written by it, read by the caller */
    struct sim_join *join;
    pthread_t tid;
    int started;
};

static void play_part(struct sim_worker *w)
{
    for (long gi = w->lo; gi < w->hi; gi++) {
        sim_play(&w->part, w->s, w->st, gi, SIM_LEAN | (gi > w->lo ? SIM_AGAIN : 0));
        session_free(w->s);
        atomic_store_explicit(&w->done, gi - w->lo + 1, memory_order_relaxed);
    }
}

static void *worker_main(void *arg)
{
    struct sim_worker *w = arg;
    play_part(w);
    pthread_mutex_lock(&w->join->mu);
    w->join->finished++;
    pthread_cond_signal(&w->join->cv);
    pthread_mutex_unlock(&w->join->mu);
    return NULL;
}

static long games_done(struct sim_worker *w, int n)
{
    long done = 0;
    for (int i = 0; i < n; i++)
        done += atomic_load_explicit(&w[i].done, memory_order_relaxed);
    return done;
}

/* Waits for the started threads to finish, ticking w every period. */
static void watch(struct sim_join *j, int started, struct sim_worker *ws, int n,
                  const struct sim_watch *w)
{
    pthread_mutex_lock(&j->mu);
    while (j->finished < started) {
        if (!w) {
            pthread_cond_wait(&j->cv, &j->mu);
            continue;
        }
        struct timespec until;
        clock_gettime(CLOCK_MONOTONIC, &until);
        long ns = until.tv_nsec + (long)w->period_ms * 1000000L;
        until.tv_sec += ns / 1000000000L;
        until.tv_nsec = ns % 1000000000L;
        pthread_cond_timedwait(&j->cv, &j->mu, &until);
        pthread_mutex_unlock(&j->mu);
        w->tick(w->ctx, games_done(ws, n));
        pthread_mutex_lock(&j->mu);
    }
    pthread_mutex_unlock(&j->mu);
}

int sim_run(struct sim *m, const struct sim_setup *st, long lo, long hi, int jobs,
            const struct sim_watch *w)
{
    long games = hi > lo ? hi - lo : 0;
    int n = jobs < 1 ? 1 : jobs;
    if (n > games)
        n = games > 0 ? (int)games : 1;
    struct sim_worker *ws = calloc((size_t)n, sizeof *ws);
    int ok = ws != NULL;
    for (int i = 0; ok && i < n; i++) {
        ws[i].s = malloc(sizeof *ws[i].s);
        ok = ws[i].s != NULL;
    }
    if (!ok) {
        for (int i = 0; ws && i < n; i++)
            free(ws[i].s);
        free(ws);
        return 0;
    }
    struct sim_join j = {.finished = 0};
    pthread_mutex_init(&j.mu, NULL);
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&j.cv, &ca);
    pthread_condattr_destroy(&ca);
    int started = 0;
    for (int i = 0; i < n; i++) {
        struct sim_worker *k = &ws[i];
        k->st = st;
        k->lo = lo + games * i / n;
        k->hi = lo + games * (i + 1) / n;
        k->join = &j;
        sim_init(&k->part, m->sc, m->ps, m->seed);
        atomic_init(&k->done, 0);
        /* one job and nobody watching: no thread at all */
        k->started = (n > 1 || w) && pthread_create(&k->tid, NULL, worker_main, k) == 0;
        started += k->started;
    }
    for (int i = 0; i < n; i++)
        if (!ws[i].started)
            play_part(&ws[i]);
    watch(&j, started, ws, n, w);
    for (int i = 0; i < n; i++) {
        if (ws[i].started)
            pthread_join(ws[i].tid, NULL);
        sim_add(m, &ws[i].part);
        free(ws[i].s);
    }
    if (w)
        w->tick(w->ctx, games);
    pthread_cond_destroy(&j.cv);
    pthread_mutex_destroy(&j.mu);
    free(ws);
    return 1;
}
