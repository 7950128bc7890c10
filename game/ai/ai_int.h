/* ai_int.h - what the AI's own files share: a decision's context, its
 * candidate orders and the templates of their reasons. Nothing outside
 * game/ai includes it but the AI's unit test (ai_decide_at). */
#ifndef MANDATE_AI_INT_H
#define MANDATE_AI_INT_H

#include "ai.h"

#define MAX_CANDIDATES 256

/* Reasons are written only for the orders chosen: a candidate keeps the
 * template and numbers of its reason, not the text. */
#define TEXT_LIST(X)                                                              \
    X(T_ANSWER, "answer \"%s\": %s")                                              \
    X(T_ACCUSE_EVIDENCE, "accuse %s: we hold evidence of its operations")          \
    X(T_ACCUSE_SUSPECT, "accuse %s without proof: we suspect it")                  \
    X(T_SWEEP_ATTACKED, "counter-intelligence sweep: we were targeted")            \
    X(T_CANARY, "seed a canary trap to find who reads our reports")                \
    X(T_INVESTIGATE, "ask HQ to investigate the attack on us")                     \
    X(T_COMPARTMENT, "compartmentalise: shrink what a breach could expose")        \
    X(T_HARDEN, "harden communications: our security is only %d")                  \
    X(T_OBSERVE, "observe %s: %s (%d%% to succeed)")                               \
    X(T_INTERCEPT, "intercept %s: %s (%d%% to succeed)")                           \
    X(T_APPROACH, "approach an insider in %s: %s (%d%% to succeed)")               \
    X(T_DEVELOP, "develop our insider in %s: %s (%d%% to succeed)")                \
    X(T_REASSURE, "reassure our insider in %s before it is exposed (%d%%)")        \
    X(T_INTRUDE, "intrude into the mission network: centralisation %d, %d levels shared by others (%d%%)") \
    X(T_BACKDOOR, "backdoor the equipment we supplied: it copies all traffic until an audit finds it (%d%%)") \
    X(T_RETAIN, "keep our patrols' surveillance data: it covers %d contingents beside us (%d%%)") \
    X(T_ACCESS, "contribute network equipment: a way into the mission's traffic")  \
    X(T_ONE_TARGET, "support centralisation: one database is one target")         \
    X(T_FALSE_FLAG, "plant a false flag pointing at %s: its reputation is the lowest (%d%%)") \
    X(T_FALSE_FLAG_COVER, "plant a false flag pointing at %s: our operations were traced %d times (%d%%)") \
    X(T_WATCH, "%s %s: it betrayed our trust, a low-risk look (%d%% to succeed)")  \
    X(T_REFRESH, "observe %s first: refresh our guessed odds before another %s (%d%%)") \
    X(T_COURT, "court the host government: our influence is %d (%d%%)")           \
    X(T_MANDATE_OP, "%s in %s: stability %d, threat %d")                           \
    X(T_JOINT, "joint operation with %s in %s: trust %d")                          \
    X(T_SHARE, "raise intelligence sharing from %s to %s: more for every operation") \
    X(T_SHARE_LESS, "cut intelligence sharing from %s to %s: %s")                  \
    X(T_CONTRIBUTE, "contribute communications equipment to the mission network") \
    X(T_CENTRALISE, "support a central mission database: it helps every operation") \
    X(T_AUDIT, "audit the mission network for backdoors")                          \
    X(T_SWEEP, "routine counter-intelligence sweep")                               \
    X(T_CANARY_ROUTINE, "seed a canary trap in our reports")                       \
    X(T_PACT, "propose an intelligence-sharing pact to %s: trust %d")              \
    X(T_RANDOM, "%s: picked at random - the baseline")

#define X_ENUM(e, fmt) e,
enum text { TEXT_LIST(X_ENUM) T_COUNT };
#undef X_ENUM

/* The least weight a covert order gets when it serves one of the seat's
 * open secret objectives: the capital asked for it. */
#define OBJECTIVE_WEIGHT 60

/* Influence an influence objective is courted beyond its threshold: what
 * one scandal takes away. */
#define COURT_MARGIN 6

/* Value units per point of national score: a dossier of quality q and
 * weight w is worth w x q x 10 units and scores w x q / 2 points. */
#define POINT 20

/* Why a target ranks high on the collection ladder, a bit each. */
enum why { W_COLOC = 1, W_LOWCOMMS = 2, W_THIN = 4, W_GRUDGE = 8, W_GUESS = 16 };

/* How a candidate's utility is known: at once, or only as a bound until
 * it could be chosen (its odds are the dear part). */
enum lazy { LZ_EXACT, LZ_COVERT, LZ_INSIDER, LZ_WATCH };

/* A candidate, compact: the greedy pass moves only these. A covert
 * candidate's terms are in the decision's term table (x; term 0 is
 * empty, the terms of every other candidate). */
struct cand {
    struct order o;
    uint8_t lazy;                /* enum lazy */
    int utility;                 /* exact, or the most it can be (lazy) */
    uint8_t rule;                /* enum ai_rule */
    uint8_t text;                /* enum text */
    uint8_t guess;               /* its odds rest on published figures */
    uint8_t x;                   /* its terms: ctx term[x] */
    int n1, n2;                  /* numbers of the reason */
};

/* A covert candidate's terms. */
struct term {
    int value, weight;           /* value x weight x chance */
    int ins, a, left, need, plus;   /* an insider network's terms */
    unsigned why;                /* enum why bits */
};

/* Covert candidates a decision can have: four a seat, five more. */
#define MAX_TERMS (4 * MAX_SEATS + 8)

_Static_assert(MAX_TERMS <= 255 && AIR_COUNT <= 255 && T_COUNT <= 255,
               "a candidate keeps its term, rule and text in a byte each");

/* Ages of a dossier in the decision's table of its worth. */
#define WORTH_AGES 16

_Static_assert(DOS_COUNT <= 8, "a target's fresh dossiers fit in a byte");

struct ctx {
    const struct view *v;
    const struct personality *p;
    int level;
    struct rng *rng;
    struct ai_mind *mind;
    struct cand cand[MAX_CANDIDATES];
    int n;
    struct term term[MAX_TERMS];
    int nterm;                   /* terms in use, term 0 the empty one */
    struct {                     /* the seat's unmet secret objectives */
        int dossiers_on[MAX_TARGETS], insider_in[MAX_SEATS], trusted_by[MAX_SEATS];
        int sector[MAX_SECTORS];
        int influence;           /* its points while short (COURT_MARGIN) */
        int influence_short;     /* influence it lacks, with the margin */
        int clean_hands;         /* its points */
        int backdoor_live;       /* its points while open */
        int central;             /* +1 wants more centralisation, -1 less */
    } obj;
    /* this decision's odds of each covert order (ORD_OBSERVE..ORD_FALSE_FLAG) against
     * each target (index target + 1; 0 for none), computed once */
    struct { short ok, seen; char guess, done; } est[ORD_FALSE_FLAG - ORD_OBSERVE + 1][MAX_TARGETS + 1];
    /* this decision's tables, each filled once */
    struct cand blank;           /* a candidate: an order of the seat's for this turn */
    int eager;                   /* score every candidate at once (a test's) */
    int lazy_ok;                 /* bounds hold for these rules and personality */
    int ok_max[ORD_FALSE_FLAG - ORD_OBSERVE + 1];   /* odds bound of each covert order */
    /* each covert order's odds bound against a seat and mission HQ, with
     * our dossier's bonus or not; its dossier category, 1 when it is aimed
     * at a seat (ai_value.c ok_at) */
    short okb[ORD_FALSE_FLAG - ORD_OBSERVE + 1][2][2];
    int8_t krel[ORD_FALSE_FLAG - ORD_OBSERVE + 1];
    uint8_t kseat[ORD_FALSE_FLAG - ORD_OBSERVE + 1];
    unsigned colocated;          /* seats sharing a sector with ours, a bit each */
    /* what each dossier held is worth now and at the end (ai_held_gain),
     * for the categories of held (ai_value_tables) */
    short held_now[MAX_TARGETS][DOS_COUNT], held_end[MAX_TARGETS][DOS_COUNT];
    uint8_t fresh[MAX_TARGETS];  /* the fresh dossiers on each, a bit a category */
    uint8_t held[MAX_TARGETS];   /* the dossiers held on each, fresh or not, a bit a category */
    short worth[4][WORTH_AGES];  /* a dossier's worth by quality and age */
    int worth_n;                 /* the ages in worth */
    int cat_weight[DOS_COUNT];   /* the rules' weight of each category */
    int new_end[4][2];           /* a new dossier of quality q at the end, lasting or not */
    int empty_gain[4][2];        /* what it adds where none is held, per unit of weight */
    int weight_sum[1 << DOS_COUNT];   /* cat_weight summed over a set of categories */
    int read_alert[MAX_SEATS];   /* seen hardening or sweeping (read orders) */
    int read_hostile[MAX_SEATS]; /* seen running covert ops against us */
    /* the greedy pass: noise per mille either way, orders it may give,
     * the seed of every candidate's noise (ai.c) */
    int nz, limit;
    uint64_t salt;
};

static inline const char *cname(const struct view *v, int seat)
{
    return view_seat_name(v, seat);
}

/* Sort key of the greedy pass: utility per action point (free orders
 * first); -1 for none. */
static inline long ai_key(const struct ctx *c, int kind, long utility)
{
    if (utility <= 0)
        return -1;
    int cost = c->v->pub->cat.orders[kind].cost;
    return cost > 0 ? utility * 1000 / cost : 1L << 50;
}

static inline int clampi(int x, int lo, int hi)
{
    return x < lo ? lo : x > hi ? hi : x;
}

/* ai_decide with the noise of utilities (per mille either way) given, and
 * eager 1 to score every candidate in full before choosing: with no
 * noise, the same choices as ai_decide's lazy scoring (the unit test's). */
int ai_decide_at(const struct view *v, const struct personality *p, int level,
                 struct rng *rng, struct ai_mind *mind, struct ai_choice *out, int max,
                 int reasons, int nz, int eager);

/* ai_rules.c: the seat's unmet secret objectives into c->obj; the
 * candidates of the instruction list's ten rules, in their order; the
 * random baseline's candidates (every legal order). */
void ai_objectives(struct ctx *c);
void ai_candidates(struct ctx *c);
void ai_random_candidates(struct ctx *c);

/* Turns left, capped: long-term operations are worth less near the end. */
static inline int ai_horizon(const struct view *v, int cap)
{
    int left = v->turns - v->turn;
    return left < cap ? (left > 0 ? left : 0) : cap;
}

/* ai_value.c: the decision's tables (lazy_ok, ok_max, the marginal values'
 * figures, what the seat holds on every other seat and mission HQ),
 * filled before the rules run. */
void ai_value_tables(struct ctx *c);

/* The fresh dossiers on t, a bit a category (view_fresh); none for a
 * novice, which ignores what it holds. */
static inline unsigned ai_fresh(const struct ctx *c, int t)
{
    return c->fresh[t];
}

/* Target t's comms security as the seat knows it from a fresh dossier, or
 * -1 (a novice never knows). */
int ai_est_comms(struct ctx *c, int t);

/* What a new dossier of quality q (1..3) on t in category cat adds where
 * one is held: a better one is of use now, and one fresher at the end. */
static inline int ai_held_gain(const struct ctx *c, int t, int cat, int q, int lasting)
{
    int use = q * 10 - c->held_now[t][cat];
    int score = c->new_end[q][lasting] - c->held_end[t][cat];
    return (use > 0 ? use : 0) * (c->level == AI_EXPERT ? 30 : 60) / 100
         + (score > 0 ? score : 0);
}

/* The categories of cats in which the seat holds a dossier on t (none for
 * a novice, which ignores what it holds). */
static inline unsigned ai_held(const struct ctx *c, int t, unsigned cats)
{
    return c->held[t] & cats;
}

/* What a new dossier of quality q (1..3) on t in category cat would add to
 * what the seat holds, in tenths of intelligence points; lasting 1 when it
 * will be kept fresh to the end. A novice ignores what it holds. */
static inline int ai_marginal(struct ctx *c, int t, int cat, int q, int lasting)
{
    int gain = ai_held(c, t, 1u << cat) ? ai_held_gain(c, t, cat, q, lasting)
                                        : c->empty_gain[q][lasting];
    return c->cat_weight[cat] * gain;
}

/* ai_marginal summed over the categories cats (a bit each): those where
 * nothing is held add the same per unit of weight. */
static inline int ai_marginal_sum(struct ctx *c, int t, unsigned cats, int q, int lasting)
{
    unsigned held = ai_held(c, t, cats);
    int sum = c->weight_sum[cats & ~held] * c->empty_gain[q][lasting];
    for (; held; held &= held - 1) {
        int cat = __builtin_ctz(held);
        sum += c->cat_weight[cat] * ai_held_gain(c, t, cat, q, lasting);
    }
    return sum;
}

/* The most the utility of covert candidate t (its kind, target and terms)
 * can be, whatever its odds turn out (lazy_ok). */
int ai_bound(const struct ctx *c, const struct cand *t);

/* The exact utility of a lazy candidate (at most the bound it was added
 * with), its odds in n1 and guess; it is then LZ_EXACT. */
int ai_settle(struct ctx *c, struct cand *ch);

/* ai_reason.c: the reason of a chosen candidate, in words, into out. */
void ai_explain(const struct ctx *c, const struct cand *ch, struct ai_choice *out);

#endif
