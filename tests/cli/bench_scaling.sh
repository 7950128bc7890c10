#!/bin/sh
# bench_scaling.sh - issue 14 (the cost of a turn against seats):
# "mandate bench --scaling" prints, beside the three fixtures' lines, the
# series with the scenario held fixed: the eight_seats fixture cut in
# memory to its first 2..8 contingents, each cut checked and played, a
# row per cut and two fits. Checks the shape only (no timing: speed is
# measured by the bench, never by a test): seven rows for 2..8 seats,
# each cut's injects and objectives as many as a cut of the fixture's
# JSON keeps, the two fit lines, 79 columns at most; and a fixture whose
# cut leaves a contingent without an objective gives lines saying so,
# not a crash. Prints TAP lines. $BIN is the mandate binary.
name=bench_scaling run_timeout=600
. "$(dirname "$0")/../lib/cli.sh"

# 1. The series runs: every cut plays to its end and replays unchanged.
run bench --scaling --games 6
if [ $rc -eq 0 ] && [ ! -s "$tmp/err" ] && ! grep -q "not measured" "$tmp/out"; then
    ok "bench --scaling ends with status 0, nothing on stderr, every figure measured"
else
    notok "bench --scaling ends with status 0, nothing on stderr, every figure measured (status $rc)"
    show "$tmp/out" "$tmp/err"
fi

# 2. The three fixtures' lines are still there.
n=$(grep -cE '^  (two_seats +2|lakeland +5|eight_seats +8) seats' "$tmp/out")
if [ "$n" -eq 3 ]; then ok "the two_seats, lakeland and eight_seats lines"; else
    notok "the two_seats, lakeland and eight_seats lines (got $n)"; show "$tmp/out"; fi

# 3. Seven rows after the series' header, seats 2..8 in order. The
# injects and objectives each cut keeps are those of the fixture's JSON
# cut to its first k contingents with every trust entry, objective and
# inject naming a cut contingent removed (counted on such files):
# injects 3 4 5 6 6 6 6, objectives (the contingents' and the injects'
# new ones) 5 9 11 12 13 16 20. Mean weeks played: 1 to 8.
sed -n '/^cost of a turn against seats alone/,/^simulate/p' "$tmp/out" >"$tmp/series"
awk '/^ +[0-9]+ +[0-9.]+ +[0-9]+ +[0-9]+ +[0-9]+ +[0-9]+$/' "$tmp/series" >"$tmp/rows"
got=$(awk '{ printf "%s%s:%s:%s", (NR > 1 ? " " : ""), $1, $3, $4 }' "$tmp/rows")
want="2:3:5 3:4:9 4:5:11 5:6:12 6:6:13 7:6:16 8:6:20"
if [ "$got" = "$want" ]; then
    ok "seven rows, 2..8 seats, each cut's injects and objectives"
else
    notok "seven rows, 2..8 seats, each cut's injects and objectives (got: $got)"
    show "$tmp/series"
fi
bad=$(awk '$2 < 1 || $2 > 8 || $5 <= 0 || $6 <= 0' "$tmp/rows")
if [ -s "$tmp/rows" ] && [ -z "$bad" ]; then
    ok "every cut played 1 to 8 weeks a game, with a cost for whole and engine"
else
    notok "every cut played 1 to 8 weeks a game, with a cost for whole and engine"
    show "$tmp/rows"
fi

# 4. Two fits, whole and engine, each with the S^2 term's share at 8 seats.
fit='fit -?[0-9]+\*S [-+][0-9]+\*S\^2 ns/turn; at 8 seats the S\^2 term is -?[0-9]+%$'
w=$(grep -cE "^  whole: +$fit" "$tmp/series")
e=$(grep -cE "^  engine: +$fit" "$tmp/series")
if [ "$w" -eq 1 ] && [ "$e" -eq 1 ]; then ok "the whole and the engine fits"; else
    notok "the whole and the engine fits (got $w and $e)"; show "$tmp/series"; fi

# 5. Readable at 80 columns.
long=$(awk 'length($0) > 79' "$tmp/out")
if [ -z "$long" ]; then ok "no line past 79 columns"; else
    notok "no line past 79 columns"; echo "$long" | sed 's/^/#   /'; fi

# 6. A cut that breaks the scenario is a line, not a crash: an assets
# folder whose eight_seats fixture gives Aurel only objectives on Hollis
# and Grenn (valid at 8 seats) leaves Aurel none at 2: two lines
# saying so (79 columns), status 0, no series.
mkdir -p "$tmp/assets" "$tmp/tests/fixtures"
for f in "$repo"/assets/*; do ln -s "$f" "$tmp/assets/"; done
cp "$repo/tests/fixtures/two_seats.json" "$tmp/tests/fixtures/"
sed -e 's/"id": "au_clean", "kind": "clean_hands"/"id": "au_clean", "kind": "dossiers_on", "target": "hollis", "value": 1/' \
    -e 's/"id": "au_birch", "kind": "sector_stable", "sector": "birch", "value": 60/"id": "au_birch", "kind": "dossiers_on", "target": "grenn", "value": 1/' \
    "$repo/tests/fixtures/eight_seats.json" >"$tmp/tests/fixtures/eight_seats.json"
if MANDATE_ASSETS="$tmp/assets" "$BIN" validate "$tmp/tests/fixtures/eight_seats.json" >"$tmp/vout" 2>&1 &&
   grep -q '"hollis", "value": 1' "$tmp/tests/fixtures/eight_seats.json"; then
    MANDATE_ASSETS="$tmp/assets" timeout 600 "$BIN" bench --scaling --games 3 >"$tmp/out2" 2>"$tmp/err2"
    rc=$?
    if [ $rc -eq 0 ] &&
       grep -qx "cost against seats alone: not measured; eight_seats cut to 2 seats:" "$tmp/out2" &&
       grep -qx "  a contingent has no objective left" "$tmp/out2" &&
       ! grep -q "^cost of a turn against seats alone" "$tmp/out2"; then
        ok "a cut that leaves a contingent no objective: said, status 0"
    else
        notok "a cut that leaves a contingent no objective: said, status 0 (status $rc)"
        show "$tmp/out2" "$tmp/err2"
    fi
else
    notok "the altered eight_seats fixture validates"
    show "$tmp/vout"
fi
long=$(awk 'length($0) > 79' "$tmp/out2")
if [ -z "$long" ]; then ok "no line past 79 columns when a cut fails"; else
    notok "no line past 79 columns when a cut fails"; echo "$long" | sed 's/^/#   /'; fi
