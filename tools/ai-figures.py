#!/usr/bin/env python3
"""ai-figures.py - the AI's play figures of the default scenario, from
`mandate simulate` runs (issue 14, point 5). Re-run after any change to the
AI, its personalities or the scenario's data:

    python3 tools/ai-figures.py [--bin ./mandate] [--games 2000] [--seed 1]
                                [--explain-games 200] [--scenario lakeland]
                                [--parts 1,2,3,5,6]

Prints, each with the goal it is held to:
  1. each seat's win rate and mean score over the games (8%..45%);
  2. for each covert order, the share of games in which each personality
     used it at least once (the best personality at least 10%);
  3. the wary guardian's counter-intelligence and retaliation, the
     steadfast partner's covert operations, from the decisions' reasons;
  4. repeats of an operation against a contingent on an unchanged
     estimate: the same seat giving the same order with the same stated
     odds three weeks running (operations on mission HQ and the host,
     whose figures are public, are not counted), and how many of those
     rested on odds its reason calls guessed (stale: the goal is none);
  5. each personality against the random baseline in every seat;
  6. the expert level against the novice in every seat (+10% or more).
Seeds S..S+N-1 (--seed S, default 1); game i of a batch uses seed S+i-1, as
`simulate --seed S` does.
"""
import argparse
import json
import re
import subprocess
import sys

COVERT = ["observe", "intercept", "cultivate_insider", "intrude_network",
          "backdoor_equipment", "retain_surveillance", "court_host", "false_flag"]


def run(bin_, args):
    out = subprocess.run([bin_, "simulate"] + args, check=True,
                         stdout=subprocess.PIPE, universal_newlines=True).stdout
    return out


def batch(a, extra):
    return json.loads(run(a.bin, ["--scenario", a.scenario, "--games", str(a.games),
                                  "--seed", str(a.seed), "--json"] + extra))


def per_game(a):
    """One `simulate --games 1` per seed: what each seat did in each game."""
    games = []
    for s in range(a.seed, a.seed + a.games):
        games.append(json.loads(run(a.bin, ["--scenario", a.scenario, "--games", "1",
                                            "--seed", str(s), "--json"])))
        if a.progress and len(games) % 100 == 0:
            print("  %d games" % len(games), file=sys.stderr)
    return games


def check(ok):
    return "ok" if ok else "MISSED"


def balance(games):
    seats = [c["id"] for c in games[0]["contingents"]]
    pers = [c["personality"] for c in games[0]["contingents"]]
    n = len(games)
    print("1. Win rates, %d games (goal: every seat 8%%..45%%)" % n)
    print("   %-10s %-22s %6s %8s %6s" % ("seat", "personality", "wins", "win %", "mean"))
    allok = True
    for i, sid in enumerate(seats):
        wins = sum(g["contingents"][i]["wins"] for g in games)
        mean = sum(g["contingents"][i]["mean_score"] for g in games) / n
        pct = 100.0 * wins / n
        ok = 8 <= pct <= 45
        allok &= ok
        print("   %-10s %-22s %6d %7.1f%% %6.2f %s" % (sid, pers[i], wins, pct, mean, check(ok)))
    return seats, pers, allok


def usage(games, pers):
    n = len(games)
    print("\n2. Covert orders: % of games a personality used each (goal: best >= 10%)")
    print("   %-20s" % "order" + "".join("%12.10s" % p for p in pers) + "   best")
    allok = True
    for k in COVERT:
        row = []
        for i, _ in enumerate(pers):
            used = sum(1 for g in games if g["personalities"][pers[i]]["covert"][k] > 0)
            row.append(100.0 * used / n)
        ok = max(row) >= 10
        allok &= ok
        print("   %-20s" % k + "".join("%11.1f%%" % r for r in row)
              + "   %s" % check(ok))
    return allok


AGAINST_SEAT = ("observe ", "intercept ", "approach an insider", "develop our insider",
                "plant a false flag")
LINE = re.compile(r"^  (\S+)\s+(.*) - rule (\d+) \(([^)]*)\) of the (.*)$")
ODDS = re.compile(r"\((\d+)%( to succeed)?\)")


def explain(a, seats, pers):
    n = a.explain_games
    guardian = [s for s, p in zip(seats, pers) if p == "wary_guardian"]
    partner = [s for s, p in zip(seats, pers) if p == "steadfast_partner"]
    g_ci = g_ret = g_cov = p_cov = 0
    p_betrayed = 0
    repeats = stale = 0
    worst = None
    covert_words = ("observe ", "intercept ", "approach an insider", "develop our insider",
                    "reassure our insider", "intrude ", "backdoor ", "keep our patrols'",
                    "plant a false flag", "court the host")
    for s in range(a.seed, a.seed + n):
        out = run(a.bin, ["--scenario", a.scenario, "--games", "1", "--seed", str(s),
                          "--explain"])
        turn = 0
        seen = {}        # (seat, text) -> (first turn, last turn) of the current run
        flags = {"gci": 0, "gret": 0, "gcov": 0, "pcov": 0, "pbet": 0}
        for line in out.splitlines():
            if line.startswith("Turn "):
                turn = int(line.split()[1])
                continue
            m = LINE.match(line)
            if not m:
                continue
            seat, text, rule = m.group(1), m.group(2), int(m.group(3))
            covert = text.startswith(covert_words)
            if seat in guardian:
                if text.startswith(("counter-intelligence sweep", "seed a canary",
                                    "routine counter-intelligence", "audit ")):
                    flags["gci"] = 1
                if rule == 2 or (covert and "we owe it one" in text):
                    flags["gret"] = 1
                if covert:
                    flags["gcov"] = 1
            if seat in partner and covert:
                flags["pcov"] = 1
                if "we owe it one" in text or "betray" in text:
                    flags["pbet"] = 1
            # against a contingent: the odds rest on what we know of it
            if covert and ODDS.search(text) and text.startswith(AGAINST_SEAT):
                key = (seat, text)
                first, last = seen.get(key, (turn, turn - 1))
                if last != turn - 1:
                    first = turn
                seen[key] = (first, turn)
                if turn - first == 2:        # a third week running
                    repeats += 1
                    stale += "odds guessed" in text
                    if worst is None or ("odds guessed" in text and "odds guessed" not in worst):
                        worst = "seed %d, weeks %d-%d: %s %s" % (s, first, turn, seat, text)
        g_ci += flags["gci"]
        g_ret += flags["gret"]
        g_cov += flags["gcov"]
        p_cov += flags["pcov"]
        p_betrayed += flags["pbet"]
    print("\n3. From the reasons of %d games" % n)
    print("   wary guardian: counter-intelligence in %.0f%% of games, retaliation in %.0f%%,"
          " covert operations in %.0f%%" % (100.0 * g_ci / n, 100.0 * g_ret / n, 100.0 * g_cov / n))
    print("   steadfast partner: covert operations in %.0f%% of games (%.0f%% after a betrayal)"
          % (100.0 * p_cov / n, 100.0 * p_betrayed / n))
    print("\n4. Same operation, same stated odds, 3 weeks running: %d times in %d games,"
          " %d of them on odds the reason calls guessed (goal: 0) %s"
          % (repeats, n, stale, check(stale == 0)))
    if worst:
        print("   e.g. %s" % worst)
    return g_ci > 0 and g_ret > 0 and p_cov > 0 and stale == 0


def baseline(a, seats, pers):
    print("\n5. Mean score in each seat against the random baseline (%d games each)" % a.games)
    rnd = [batch(a, ["--ai", "%d=random" % (i + 1)])["contingents"][i]["mean_score"]
           for i in range(len(seats))]
    print("   %-22s" % "personality" + "".join("%10s" % s for s in seats) + "   seats won")
    print("   %-22s" % "random" + "".join("%10.2f" % r for r in rnd))
    allok = True
    for p in sorted(set(pers)):
        row = [batch(a, ["--ai", "%d=%s" % (i + 1, p)])["contingents"][i]["mean_score"]
               for i in range(len(seats))]
        won = sum(1 for x, r in zip(row, rnd) if x > r)
        allok &= won == len(seats)
        print("   %-22s" % p + "".join("%10.2f" % x for x in row)
              + "   %d of %d %s" % (won, len(seats), check(won == len(seats))))
    return allok


def levels(a, seats, pers):
    print("\n6. Expert against novice in each seat, others standard (goal: +10% in every seat)")
    print("   %-10s %-22s %8s %8s %8s" % ("seat", "personality", "novice", "expert", "margin"))
    allok = True
    for i, sid in enumerate(seats):
        nov = batch(a, ["--ai", "%d=%s:novice" % (i + 1, pers[i])])["contingents"][i]["mean_score"]
        exp = batch(a, ["--ai", "%d=%s:expert" % (i + 1, pers[i])])["contingents"][i]["mean_score"]
        margin = 100.0 * (exp - nov) / nov if nov > 0 else 0.0
        ok = margin >= 10
        allok &= ok
        print("   %-10s %-22s %8.2f %8.2f %+7.1f%% %s" % (sid, pers[i], nov, exp, margin, check(ok)))
    return allok


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default="./mandate")
    ap.add_argument("--scenario", default="lakeland")
    ap.add_argument("--games", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1, help="the first game's seed")
    ap.add_argument("--explain-games", type=int, default=200)
    ap.add_argument("--progress", action="store_true")
    ap.add_argument("--parts", default="1,2,3,5,6",
                    help="which figures to print (1,2 share one pass; 4 comes with 3)")
    a = ap.parse_args()
    parts = set(a.parts.split(","))
    ok = True
    first = json.loads(run(a.bin, ["--scenario", a.scenario, "--games", "1", "--seed",
                                   str(a.seed), "--json"]))
    seats = [c["id"] for c in first["contingents"]]
    pers = [c["personality"] for c in first["contingents"]]
    if parts & {"1", "2"}:
        games = per_game(a)
        if "1" in parts:
            ok &= balance(games)[2]
        if "2" in parts:
            ok &= usage(games, pers)
    if parts & {"3", "4"}:
        ok &= explain(a, seats, pers)
    if "5" in parts:
        ok &= baseline(a, seats, pers)
    if "6" in parts:
        ok &= levels(a, seats, pers)
    print("\nall goals met" if ok else "\nsome goals missed")


if __name__ == "__main__":
    main()
