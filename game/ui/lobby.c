/* lobby.c - the terminal game's set-up: a new or a saved game's host. */
#include "lobby.h"

#include <string.h>

#include "../report/debrief_host.h"
#include "../report/hotwash.h"
#include "../session/host.h"

/* The seats' link to l's game. */
static void link_up(struct lobby *l)
{
    link_host_init(&l->link, l->h);
    l->link.debrief = debrief_of_host;
    fac_link_host_init(&l->flink, l->h);
    l->flink.pages = hotwash_titles;
    l->flink.page = hotwash_board;   /* one laptop: the console is the projector */
}

int lobby_load_bundle(struct lobby *l, const char *scenario, struct errlist *e)
{
    if (l->loaded) {
        bundle_free(&l->b);
        l->loaded = 0;
    }
    if (!bundle_load(&l->b, scenario ? scenario : BUNDLE_DEFAULT_SCENARIO, e))
        return 0;
    l->loaded = 1;
    return 1;
}

void lobby_start(struct lobby *l, const int *human, const struct personality *const *pers,
                 const int *level, uint64_t seed)
{
    struct host_setup st;
    host_setup_init(&st, seed);
    st.think = l->think;
    for (int i = 0; i < l->b.sc->nseats; i++) {
        st.human[i] = human && human[i];
        st.pers[i] = pers ? pers[i] : NULL;
        st.level[i] = level ? level[i] : -1;
    }
    host_free(l->h);
    l->h = host_new(&l->b, &st);
    link_up(l);
}

int lobby_load(struct lobby *l, const char *path, struct errlist *e)
{
    lobby_free(l);
    l->h = host_load(path, HOST_LOAD_VERIFY, NULL, e);
    if (l->h)
        link_up(l);
    return l->h != NULL;
}

void lobby_free(struct lobby *l)
{
    if (!l)
        return;
    host_free(l->h);
    if (l->loaded)
        bundle_free(&l->b);
    memset(l, 0, sizeof *l);
}
