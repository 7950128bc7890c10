/* scr_title.c - the title menu, the new-game screen and the load screen. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "../core/personality.h"
#include "../data/data.h"
#include "../data/save.h"
#include "../data/team_name.h"
#include "../session/host.h"
#include "cui.h"
#include "lobby.h"

/* --- the title menu ---------------------------------------------------- */

static const char *const logo[] = {
    " __  __    _    _   _ ____    _  _____ _____ ",
    "|  \\/  |  / \\  | \\ | |  _ \\  / \\|_   _| ____|",
    "| |\\/| | / _ \\ |  \\| | | | |/ _ \\ | | |  _|  ",
    "| |  | |/ ___ \\| |\\  | |_| / ___ \\| | | |___ ",
    "|_|  |_/_/   \\_\\_| \\_|____/_/   \\_\\_| |_____|",
};

struct title {
    int sel;
    char newest[1024];
    char when[64];               /* when the newest save was written */
};

static const char *const title_items[] = { "New game", "Continue", "Load a saved game", "Help",
                                           "Quit" };

static void title_draw(struct cui *u, void *arg)
{
    struct title *t = arg;
    int h = 5 + 2 + 2 + 2 + 5 * 2;
    int y = (LINES - h) / 2;
    d_text(0, 1, COLS - 2, term_attr(R_DIM), "MANDATE");
    if (y < 0)
        y = 0;
    for (int i = 0; i < 5; i++)
        d_centre(y + i, 0, COLS, term_attr(R_TITLE), logo[i]);
    y += 6;
    d_centre(y++, 0, COLS, A_BOLD, "A tabletop exercise for a multinational peacekeeping mission");
    d_centre(y++, 0, COLS, term_attr(R_DIM),
             "Carry out the mandate together. Serve your capital. Watch your partners.");
    y += 2;
    int w = 44, x = (COLS - w) / 2;
    for (int i = 0; i < 5; i++, y += 2) {
        int selected = i == t->sel;
        attr_t a = selected ? term_attr(R_SELECT) | A_BOLD : A_NORMAL;
        if (selected)
            d_fill(y, x, w, a);
        char label[200];
        if (i == TITLE_CONTINUE && t->newest[0]) {
            snprintf(label, sizeof label, "%s  (saved %s)", title_items[i], t->when);
        } else if (i == TITLE_CONTINUE) {
            snprintf(label, sizeof label, "%s  (no save yet)", title_items[i]);
            if (!selected)
                a = term_attr(R_DIM);
        } else {
            snprintf(label, sizeof label, "%s", title_items[i]);
        }
        d_text(y, x + 2, w - 3, a, label);
        term_hit(y, x, 1, w, HIT_ITEM, i);
    }
    static const char *const hints[] = { "Up/Down", "choose", "Enter", "select", "?", "help",
                                         "q", "quit", NULL, NULL };
    ui_footer(u, hints);
    char ver[64];
    snprintf(ver, sizeof ver, "%s", "mandate " MANDATE_VERSION);
    if (!u->status[0])
        d_right(LINES - 1, 0, COLS - 1, term_attr(R_DIM), ver);
}

int screen_title(struct cui *u)
{
    struct title t;
    memset(&t, 0, sizeof t);
    struct stat st;
    if (!save_newest(t.newest, sizeof t.newest))
        t.newest[0] = 0;
    else if (stat(t.newest, &st) == 0) {
        struct tm tm;
        localtime_r(&st.st_mtime, &tm);
        strftime(t.when, sizeof t.when, "%d %b %H:%M", &tm);
    }
    t.sel = t.newest[0] ? TITLE_CONTINUE : TITLE_NEW;
    struct input in;
    for (;;) {
        int k = ui_step(u, title_draw, &t, &in);
        switch (k) {
        case K_SIGNAL: case K_EOF: case K_QUIT: return -1;
        case K_UP: case K_WHEEL_UP: t.sel = (t.sel + 4) % 5; break;
        case K_DOWN: case K_WHEEL_DOWN: case K_TAB: t.sel = (t.sel + 1) % 5; break;
        case K_HOME: t.sel = 0; break;
        case K_END: t.sel = 4; break;
        case K_HELP: return TITLE_HELP;
        case K_ESC: t.sel = TITLE_QUIT; break;
        case K_CLICK:
            if (in.hit != HIT_ITEM)
                break;
            if (t.sel != in.arg) {
                t.sel = in.arg;
                break;
            }
            /* fall through */
        case K_ENTER:
            return t.sel;
        case K_CHAR:
            switch (in.ch) {
            case 'n': case 'N': return TITLE_NEW;
            case 'c': case 'C': return TITLE_CONTINUE;
            case 'L': return TITLE_LOAD;
            case 'q': case 'Q': return TITLE_QUIT;
            default: break;
            }
            break;
        default: break;
        }
    }
}

/* --- the new-game screen --------------------------------------------- */

#define MAX_SCENARIOS 64

struct newgame {
    struct lobby *p;
    char names[MAX_SCENARIOS][64];
    int nscen, scen;
    int human[MAX_SEATS];
    int pers[MAX_SEATS];         /* index into the bundle's personalities */
    int level[MAX_SEATS];
    char team[MAX_SEATS][NAME_LEN];  /* a human seat's team name ("" none) */
    char seed[24];
    int row, col;                /* row 0 scenario, 1..n seats, n+1 seed, n+2 start;
                                    col of a seat: 0 player, 1 AI personality or
                                    (human) team name, 2 AI level */
    char error[300];
};

static int cmp_names(const void *a, const void *b)
{
    return strcmp(a, b);
}

static void list_scenarios(struct newgame *g)
{
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/scenarios", data_assets_dir());
    g->nscen = 0;
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) && g->nscen < MAX_SCENARIOS) {
        size_t len = strlen(e->d_name);
        if (len < 6 || len - 5 >= sizeof g->names[0] || strcmp(e->d_name + len - 5, ".json"))
            continue;
        snprintf(g->names[g->nscen], sizeof g->names[0], "%.*s", (int)(len - 5), e->d_name);
        g->nscen++;
    }
    closedir(d);
    qsort(g->names, (size_t)g->nscen, sizeof g->names[0], cmp_names);
}

/* Loads scenario g->scen and resets the seats to their defaults. */
static void pick_scenario(struct newgame *g)
{
    struct errlist *e = malloc(sizeof *e);
    if (!e)
        return;
    errlist_init(e);
    g->error[0] = 0;
    if (!lobby_load_bundle(g->p, g->names[g->scen], e))
        snprintf(g->error, sizeof g->error, "%s", e->n ? e->line[0] : "cannot load the scenario");
    free(e);
    if (!g->p->loaded)
        return;
    const struct scenario *sc = g->p->b.sc;
    const struct personality_set *ps = &g->p->b.ps;
    for (int i = 0; i < sc->nseats; i++) {
        g->human[i] = i == 0;
        g->pers[i] = 0;
        for (int k = 0; k < ps->n; k++)
            if (!strcmp(ps->p[k].id, sc->seats[i].personality))
                g->pers[i] = k;
        g->level[i] = AI_STANDARD;
        g->team[i][0] = 0;
    }
}

static int nrows(const struct newgame *g)
{
    return 1 + (g->p->loaded ? g->p->b.sc->nseats : 0) + 2;
}

static void newgame_draw(struct cui *u, void *arg)
{
    struct newgame *g = arg;
    d_fill(0, 0, COLS, term_attr(R_HEADER));
    d_text(0, 1, COLS - 2, term_attr(R_HEADER), "MANDATE  New game");
    int w = COLS - 4 > 96 ? 96 : COLS - 4, x = (COLS - w) / 2, y = 2;
    int lab = 12;
    /* scenario */
    attr_t a = g->row == 0 ? term_attr(R_SELECT) : A_NORMAL;
    d_text(y, x, lab, A_BOLD, "Scenario");
    const char *sname = g->p->loaded ? g->p->b.sc->name : g->names[g->scen];
    d_textf(y, x + lab, w - lab, a, " %s %s %s ", term_glyph(G_LEFT), sname, term_glyph(G_RIGHT));
    term_hit(y, x, 1, w, HIT_CELL, 0);
    y += 1;
    if (g->p->loaded)
        d_textf(y, x + lab + 1, w - lab - 1, term_attr(R_DIM),
                "%d week%s, %d sector%s, %d contingent%s (%s)", g->p->b.sc->turns,
                words_s(g->p->b.sc->turns), g->p->b.sc->nsectors, words_s(g->p->b.sc->nsectors),
                g->p->b.sc->nseats, words_s(g->p->b.sc->nseats), g->names[g->scen]);
    y += 2;
    int nh = 0;
    if (g->p->loaded) {
        const struct scenario *sc = g->p->b.sc;
        const struct personality_set *ps = &g->p->b.ps;
        d_text(y, x, lab, A_BOLD, "Contingents");
        d_text(y, x + lab + 1, 10, term_attr(R_DIM), "Player");
        d_text(y, x + lab + 12, 24, term_attr(R_DIM), "AI personality, or team");
        d_text(y, x + lab + 38, 12, term_attr(R_DIM), "AI level");
        y++;
        for (int i = 0; i < sc->nseats; i++, y++) {
            int row = 1 + i;
            nh += g->human[i];
            d_text(y, x + 1, lab - 1, term_colour_attr(sc->seats[i].colour), sc->seats[i].name);
            char team[NAME_LEN + 16];
            snprintf(team, sizeof team, "Team: %s", g->team[i][0] ? g->team[i] : "(name it)");
            const char *cells[3] = { g->human[i] ? "Human" : "AI",
                                     g->human[i] ? team : ps->n ? ps->p[g->pers[i]].name : "-",
                                     g->human[i] ? "" : ai_level_name(g->level[i]) };
            int cx[3] = { x + lab + 1, x + lab + 12, x + lab + 38 }, cw[3] = { 10, 25, 12 };
            for (int c = 0; c < 3; c++) {
                int selected = g->row == row && g->col == c;
                attr_t ca = selected ? term_attr(R_SELECT)
                            : (c == 1 && g->human[i] && !g->team[i][0]) ? term_attr(R_DIM)
                            : c == 0 && g->human[i] ? A_BOLD
                                                    : A_NORMAL;
                d_textf(y, cx[c], cw[c], ca, "%s %s", cells[c],
                        selected ? term_glyph(G_RIGHT) : "");
                term_hit(y, cx[c], 1, cw[c], HIT_CELL, row << 4 | c);
            }
        }
    }
    y++;
    int srow = nrows(g) - 2;
    d_text(y, x, lab, A_BOLD, "Seed");
    d_textf(y, x + lab + 1, 22, g->row == srow ? term_attr(R_SELECT) : A_NORMAL, "%s%s", g->seed,
            g->row == srow ? "_" : "");
    d_text(y, x + lab + 24, w - lab - 24, term_attr(R_DIM), "digits, or r for a random one");
    term_hit(y, x, 1, w, HIT_CELL, srow << 4);
    y += 2;
    const char *mode = nh == 0 ? "Choose at least one human contingent."
                       : nh == 1 ? "Solo: you against the AI contingents."
                                 : "Hot-seat: the players share this terminal, turn by turn.";
    d_text(y, x + lab + 1, w - lab - 1, nh ? A_NORMAL : term_attr(R_WARN), mode);
    y += 2;
    int start = nrows(g) - 1;
    d_text(y, x + lab + 1, 22, g->row == start ? term_attr(R_SELECT) | A_BOLD : term_attr(R_KEY),
           "[ Start the game ]");
    term_hit(y, x + lab + 1, 1, 18, HIT_CELL, start << 4);
    y += 2;
    /* the scenario's summary, or the selected contingent's profile */
    const char *about = g->error[0] ? g->error : NULL;
    if (!about && g->p->loaded) {
        int seat = g->row - 1;
        if (seat >= 0 && seat < g->p->b.sc->nseats)
            about = g->p->b.sc->seats[seat].profile;
        else
            about = g->p->b.sc->summary;
    }
    if (about && y < LINES - 2) {
        struct page *pg = &u->aux;
        page_reset(pg, w - 1);
        page_add(pg, g->error[0] ? term_attr(R_BAD) : term_attr(R_DIM), 0, about);
        struct rect r = { y, x, LINES - 1 - y, w };
        page_draw(pg, r, 0, -1, 0);
    }
    static const char *const hints[] = { "Up/Down", "row", "Left/Right", "change", "Enter",
                                         "toggle / start", "Esc", "back", "?", "help", NULL, NULL };
    ui_footer(u, hints);
}

static void cycle(int *v, int n, int dir)
{
    if (n > 0)
        *v = ((*v + dir) % n + n) % n;
}

static void change(struct newgame *g, int dir)
{
    if (g->row == 0) {
        cycle(&g->scen, g->nscen, dir);
        pick_scenario(g);
        return;
    }
    int seat = g->row - 1;
    if (!g->p->loaded || seat < 0 || seat >= g->p->b.sc->nseats)
        return;
    if (g->col == 0)
        g->human[seat] = !g->human[seat];
    else if (g->human[seat])
        return;                  /* the team's name is typed (ask_team) */
    else if (g->col == 1)
        cycle(&g->pers[seat], g->p->b.ps.n, dir);
    else
        cycle(&g->level[seat], AI_LEVEL_COUNT, dir);
}

/* Enter on a human seat's team cell: its name typed, cleaned or refused
 * (a status line says why). -1 on quit. */
static int ask_team(struct cui *u, struct newgame *g, int seat)
{
    const char *cname = g->p->b.sc->seats[seat].name;
    char buf[2 * NAME_LEN], label[NAME_LEN + 64], clean[NAME_LEN], why[160];
    snprintf(buf, sizeof buf, "%s", g->team[seat]);
    snprintf(label, sizeof label, "The team playing %s (Backspace on the cell: none):", cname);
    int r = ui_ask_text(u, newgame_draw, g, "Team name", label, "name it", buf, sizeof buf);
    if (r <= 0)
        return r;
    if (!team_name_clean(buf, clean, sizeof clean, why, sizeof why)) {
        ui_status(u, R_BAD, "That team name is refused: %s.", why);
        return 0;
    }
    snprintf(g->team[seat], sizeof g->team[seat], "%s", clean);
    ui_status(u, R_GOOD, "%s is played by the team %s.", cname, clean);
    return 1;
}

/* Starts the game the screen holds: 1, or 0 with the reason on the
 * status line (no scenario, no human contingent). */
static int start_game(struct cui *u, struct newgame *g)
{
    struct lobby *p = g->p;
    int nh = 0;
    for (int i = 0; p->loaded && i < p->b.sc->nseats; i++)
        nh += g->human[i];
    if (!p->loaded) {
        ui_status(u, R_BAD, "No scenario loaded.");
        return 0;
    }
    if (!nh) {
        ui_status(u, R_WARN, "Choose at least one human contingent (Enter on its Player cell).");
        return 0;
    }
    const struct personality *pers[MAX_SEATS];
    for (int i = 0; i < p->b.sc->nseats; i++)
        pers[i] = p->b.ps.n ? &p->b.ps.p[g->pers[i]] : NULL;
    uint64_t seed = strtoull(g->seed[0] ? g->seed : "0", NULL, 10);
    lobby_start(p, g->human, pers, g->level, seed);
    for (int i = 0; i < p->b.sc->nseats; i++)
        if (g->human[i])
            host_set_team(p->h, i, g->team[i]);
    return 1;
}

int screen_newgame(struct cui *u, struct lobby *p, const char *scenario)
{
    struct newgame *g = calloc(1, sizeof *g);
    if (!g)
        return -1;
    g->p = p;
    list_scenarios(g);
    const char *want = scenario ? scenario : "lakeland";
    for (int i = 0; i < g->nscen; i++)
        if (!strcmp(g->names[i], want))
            g->scen = i;
    if (g->nscen)
        pick_scenario(g);
    else
        snprintf(g->error, sizeof g->error, "No scenarios in %s/scenarios.", data_assets_dir());
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    snprintf(g->seed, sizeof g->seed, "%lu", (unsigned long)((ts.tv_sec * 1000003L ^ ts.tv_nsec) % 1000000));
    g->row = nrows(g) - 1;
    int result = 0;
    struct input in;
    for (;;) {
        int k = ui_step(u, newgame_draw, g, &in);
        int n = nrows(g), srow = n - 2;
        if (k == K_SIGNAL || k == K_EOF || k == K_QUIT) {
            result = -1;
            break;
        }
        if (k == K_ESC) {
            result = 0;
            break;
        }
        if (k == K_HELP) {
            if (ui_help(u, newgame_draw, g) < 0) {
                result = -1;
                break;
            }
            continue;
        }
        if (k == K_CLICK && in.hit == HIT_CELL) {
            int row = in.arg >> 4, col = in.arg & 15;
            int again = g->row == row && g->col == col;
            g->row = row;
            g->col = col;
            if (!again && row != n - 1)
                continue;
            k = K_ENTER;
        }
        if (k == K_HOME || k == K_PGUP)
            g->row = 0;
        else if (k == K_END || k == K_PGDN)
            g->row = n - 1;
        else if (k == K_UP)
            g->row = (g->row + n - 1) % n;
        else if (k == K_DOWN || k == K_TAB)
            g->row = (g->row + 1) % n;
        else if (k == K_LEFT || k == K_RIGHT) {
            int dir = k == K_LEFT ? -1 : 1;
            if (g->row >= 1 && g->row < srow) {
                /* Left/Right walk the cells; on the last they change it */
                int human = g->human[g->row - 1];
                int last = human ? 1 : 2;
                if ((dir > 0 && g->col < last) || (dir < 0 && g->col > 0))
                    g->col += dir;
                else
                    change(g, dir);
            } else {
                change(g, dir);
            }
        } else if (k == K_ENTER || (k == K_CHAR && in.ch == ' ')) {
            if (g->row == n - 1) {
                if (start_game(u, g)) {
                    result = 1;
                    break;
                }
            } else if (g->row >= 1 && g->row < srow && g->human[g->row - 1] && g->col == 1) {
                if (ask_team(u, g, g->row - 1) < 0) {
                    result = -1;
                    break;
                }
            } else if (g->row != srow) {
                change(g, 1);
            }
        } else if ((k == K_BACKSPACE || k == K_DELETE) && g->row >= 1 && g->row < srow &&
                   g->human[g->row - 1] && g->col == 1) {
            g->team[g->row - 1][0] = 0;
        } else if (k == K_CHAR && g->row == srow && in.ch >= '0' && in.ch <= '9') {
            size_t len = strlen(g->seed);
            if (len < 18) {
                g->seed[len] = (char)in.ch;
                g->seed[len + 1] = 0;
            }
        } else if (k == K_BACKSPACE && g->row == srow) {
            size_t len = strlen(g->seed);
            if (len)
                g->seed[len - 1] = 0;
        } else if (k == K_CHAR && (in.ch == 'r' || in.ch == 'R')) {
            struct timespec t2;
            clock_gettime(CLOCK_REALTIME, &t2);
            snprintf(g->seed, sizeof g->seed, "%lu",
                     (unsigned long)((t2.tv_sec * 7919L ^ t2.tv_nsec) % 1000000));
        } else if (k == K_CHAR && (in.ch == 'q' || in.ch == 'Q')) {
            result = 0;
            break;
        }
        if (g->row >= 1 && g->row < srow && g->human[g->row - 1] && g->col > 1)
            g->col = 1;
    }
    free(g);
    return result;
}

/* --- the load screen -------------------------------------------------- */

struct loadscreen {
    struct save_file *f;         /* the Mandate saves of the folder (owned) */
    int n, sel, top;
    char dir[1024];
};

static void list_saves(struct loadscreen *l)
{
    snprintf(l->dir, sizeof l->dir, "%s", save_dir());
    l->n = save_list(l->dir, &l->f);
}

static void load_draw(struct cui *u, void *arg)
{
    struct loadscreen *l = arg;
    d_fill(0, 0, COLS, term_attr(R_HEADER));
    d_text(0, 1, COLS - 2, term_attr(R_HEADER), "MANDATE  Load a saved game");
    int w = COLS - 4 > 96 ? 96 : COLS - 4, x = (COLS - w) / 2;
    d_textf(2, x, w, term_attr(R_DIM), "Saves in %s, newest first:", l->dir);
    int h = LINES - 6;
    if (!l->n)
        d_text(4, x + 2, w - 2, term_attr(R_WARN), "No saved games yet.");
    if (l->sel < l->top)
        l->top = l->sel;
    if (l->sel >= l->top + h)
        l->top = l->sel - h + 1;
    for (int i = 0; i < h && l->top + i < l->n; i++) {
        const struct save_file *f = &l->f[l->top + i];
        int y = 4 + i, selected = l->top + i == l->sel;
        attr_t a = selected ? term_attr(R_SELECT) : A_NORMAL;
        if (selected)
            d_fill(y, x, w, a);
        char when[40];
        struct tm tm;
        localtime_r(&f->mtime.tv_sec, &tm);
        strftime(when, sizeof when, "%Y-%m-%d %H:%M", &tm);
        d_text(y, x + 1, w - 20, a, f->name);
        d_text(y, x + w - 17, 17, selected ? a : term_attr(R_DIM), when);
        term_hit(y, x, 1, w, HIT_ITEM, l->top + i);
    }
    static const char *const hints[] = { "Up/Down", "choose", "Enter", "load", "Esc", "back",
                                         NULL, NULL };
    ui_footer(u, hints);
}

int screen_load(struct cui *u, char *path, size_t n)
{
    struct loadscreen l;
    memset(&l, 0, sizeof l);
    list_saves(&l);
    struct input in;
    int result = 0;
    for (;;) {
        int k = ui_step(u, load_draw, &l, &in);
        if (k == K_SIGNAL || k == K_EOF || k == K_QUIT) {
            result = -1;
            break;
        }
        if (k == K_ESC || (k == K_CHAR && (in.ch == 'q' || in.ch == 'Q')))
            break;
        if (k == K_UP && l.sel > 0)
            l.sel--;
        else if (k == K_DOWN && l.sel < l.n - 1)
            l.sel++;
        else if (k == K_HOME || k == K_PGUP)
            l.sel = 0;
        else if ((k == K_END || k == K_PGDN) && l.n)
            l.sel = l.n - 1;
        else if (k == K_CLICK && in.hit == HIT_ITEM && in.arg != l.sel)
            l.sel = in.arg;
        else if ((k == K_ENTER || k == K_CLICK) && l.n) {
            snprintf(path, n, "%s/%s", l.dir, l.f[l.sel].name);
            result = 1;
            break;
        }
    }
    free(l.f);
    return result;
}
