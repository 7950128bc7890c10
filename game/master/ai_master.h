/* ai_master.h - the master level: an AI that looks ahead. From its own
 * view only it builds worlds it can believe in (ai_world.c: what it knows
 * copied, what it does not know drawn from its dossiers' estimates and
 * the published figures), plays its candidate plans forward in each with
 * the engine, and keeps the plan with the best average (ai_master.c).
 * A layer of its own above game/ai: it runs games of the worlds it
 * believes in, which the AI may not (tools/check-layers.sh); the session
 * calls it for a master seat. */
#ifndef MANDATE_AI_MASTER_H
#define MANDATE_AI_MASTER_H

#include "../ai/ai.h"
#include "../core/game.h"

/* The budget is counted in simulated seat-decisions and resolutions, never
 * by the clock, so that the same seed gives the same game on any machine:
 * one millisecond buys AIM_UNITS_PER_MS units. A seat's decision on a
 * world's view (its view built, then decided) costs AIM_DECISION_UNITS, a
 * plan's week played in a world (copied, resolved, valued) AIM_PLAY_UNITS:
 * 36k and 27k instructions measured by callgrind. The translation keeps
 * the slowest decision of `mandate bench` under think's milliseconds on
 * the machine it was measured on. */
#define AIM_UNITS_PER_MS 270
#define AIM_DECISION_UNITS 4
#define AIM_PLAY_UNITS 3

/* The world sampler (ai_world.c). aiw_base fills sc with the scenario
 * the seat can believe in and g with the game of it as the seat knows it
 * now (core/view_game.h), the evidence each other seat holds against it
 * guessed from the public blames it remembers (m->blamed_by); aiw_sample
 * draws one world from that game: each other contingent's capabilities,
 * communications security and influence from the seat's dossiers (within
 * their error), else from the published figures, else from the seat's
 * own. Only v and m are read. */
void aiw_base(struct game *g, struct scenario *sc, const struct view *v,
              const struct ai_mind *m);
void aiw_sample(struct game *g, const struct view *v, struct rng *r);

/* A personality the master may believe another seat has (it knows
 * nobody's), drawn from r among AIW_BELIEFS. */
#define AIW_BELIEFS 4
const struct personality *aiw_believe(struct rng *r);

/* The master's decision (ai_decide's contract): think is its budget in
 * milliseconds (0: AI_THINK_DEFAULT). */
int ai_master_decide(const struct view *v, const struct personality *p, int think,
                     struct rng *rng, struct ai_mind *mind, struct ai_choice *out, int max,
                     int reasons);

#endif
