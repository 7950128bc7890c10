#!/usr/bin/env python3
"""master-figures.py - the master level against the expert (issue 14,
point 6), from `mandate simulate` runs of the default scenario:

    python3 tools/master-figures.py [--bin ./mandate] [--games 2000]
                                    [--scenario lakeland] [--think MS]
                                    [--seed 1] [--jobs N]

Every seat plays its scenario personality at the expert level; then, one
seat at a time, that seat plays the same personality at the master level
over the same seeds. Prints each seat's win rate and mean score both ways,
the difference in win rate with its standard error (the two rates'
binomial errors combined, as if the batches were independent: the same
seeds make the true error smaller), and the goal: the master wins more
games than the expert in at least 4 of the 5 seats. The time of a master
decision is `mandate bench`'s "us per master decision".
"""
import argparse
import json
import math
import subprocess


def batch(a, seats, pers, master=None):
    args = [a.bin, "simulate", "--scenario", a.scenario, "--games", str(a.games),
            "--seed", str(a.seed), "--json", "--quiet"]
    if a.jobs:
        args += ["--jobs", str(a.jobs)]
    if a.think:
        args += ["--think", str(a.think)]
    for i, sid in enumerate(seats):
        level = "master" if i == master else "expert"
        args += ["--ai", "%s=%s:%s" % (sid, pers[i], level)]
    out = subprocess.run(args, check=True, stdout=subprocess.PIPE,
                         universal_newlines=True).stdout
    return json.loads(out)["contingents"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default="./mandate")
    ap.add_argument("--scenario", default="lakeland")
    ap.add_argument("--games", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--think", type=int, default=0, help="ms per master decision (0: default)")
    ap.add_argument("--jobs", type=int, default=0, help="threads (0: simulate's default)")
    a = ap.parse_args()
    first = json.loads(subprocess.run(
        [a.bin, "simulate", "--scenario", a.scenario, "--games", "1", "--json", "--quiet"],
        check=True, stdout=subprocess.PIPE, universal_newlines=True).stdout)["contingents"]
    seats = [c["id"] for c in first]
    pers = [c["personality"] for c in first]
    expert = batch(a, seats, pers)
    n = a.games
    print("Master against expert, %d games of %s per seat (seeds %d-%d), the others expert"
          % (n, a.scenario, a.seed, a.seed + n - 1))
    print("   %-10s %-22s %14s %14s %9s %14s" % ("seat", "personality", "expert wins",
                                                 "master wins", "score", "wins +- SE"))
    better = beyond = 0
    for i, sid in enumerate(seats):
        m = batch(a, seats, pers, master=i)[i]
        e = expert[i]
        won = m["wins"] > e["wins"]
        better += won
        pe, pm = e["wins"] / n, m["wins"] / n
        se = 100.0 * math.sqrt((pe * (1 - pe) + pm * (1 - pm)) / n)
        d = 100.0 * (pm - pe)
        beyond += d > se
        print("   %-10s %-22s %5.1f%% %7.2f %5.1f%% %7.2f %+8.2f %+6.1f +- %.1f %s" % (
            sid, pers[i], 100.0 * pe, e["mean_score"], 100.0 * pm, m["mean_score"],
            m["mean_score"] - e["mean_score"], d, se, "better" if won else "not better"))
    goal = better >= min(4, len(seats))
    print("\nthe master wins more than the expert in %d of %d seats (goal: 4): %s;"
          " by more than one standard error in %d" % (better, len(seats),
                                                      "met" if goal else "MISSED", beyond))


if __name__ == "__main__":
    main()
