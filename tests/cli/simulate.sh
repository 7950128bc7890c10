#!/bin/sh
# simulate.sh - "mandate simulate" and the program's own options: the same
# seed gives byte-identical output and another seed another; the JSON
# summary has every documented key; bad arguments give status 2 and one
# error line, a missing scenario status 1 and one line naming it; the
# fixtures play to the end; --ai and --explain work; a closed pipe ends
# the program without a signal. Prints TAP lines. $BIN is the mandate
# binary (default ./mandate). Issue 14: --jobs, --shard and --merge give
# the bytes of one run, nonsense is refused, progress shows only on a
# terminal (script(1) makes one), the summary has balance bars. Needs
# POSIX sh, grep, sed and awk; script(1) for the terminal (else skipped).
name=simulate
. "$(dirname "$0")/../lib/cli.sh"
fix="$repo/tests/fixtures"

# Flattens one JSON document on stdin into lines PATH=VALUE, one per
# scalar: contingents[0].id="kestria", mandate.success=3. Prints
# "ERROR at N" and stops at anything that is not JSON.
flatten() {
    awk '
    { buf = buf $0 "\n" }
    function path(   p, d) {
        p = ""
        for (d = 1; d <= depth; d++)
            if (type[d] == "o") p = p (p == "" ? "" : ".") key[d]
            else p = p "[" idx[d] "]"
        return p
    }
    function bad() { print "ERROR at " i; err = 1; exit 1 }
    END {
        if (err) exit 1
        n = length(buf); i = 1; depth = 0; want = "value"; done = 0
        while (i <= n) {
            c = substr(buf, i, 1)
            if (c == " " || c == "\n" || c == "\t" || c == "\r") { i++; continue }
            if (done) bad()
            if (c == "{" || c == "[") {
                if (want != "value") bad()
                depth++; type[depth] = (c == "{") ? "o" : "a"; idx[depth] = 0
                want = (c == "{") ? "key" : "value"; fresh = 1; i++
                continue
            }
            if (c == "}" || c == "]") {
                if (depth == 0 || (c == "}") != (type[depth] == "o")) bad()
                if (want != "after" && !fresh) bad()
                depth--; i++; fresh = 0
                want = "after"; if (depth == 0) done = 1
                continue
            }
            fresh = 0
            if (c == ":") { if (want != "colon") bad(); want = "value"; i++; continue }
            if (c == ",") {
                if (want != "after" || depth == 0) bad()
                if (type[depth] == "a") { idx[depth]++; want = "value" } else want = "key"
                i++
                continue
            }
            if (c == "\"") {
                j = i + 1
                while (j <= n && substr(buf, j, 1) != "\"") {
                    if (substr(buf, j, 1) == "\\") j++
                    j++
                }
                if (j > n) bad()
                s = substr(buf, i, j - i + 1); i = j + 1
                if (want == "key") { key[depth] = substr(s, 2, length(s) - 2); want = "colon"; continue }
                if (want != "value") bad()
                print path() "=" s; want = "after"; if (depth == 0) done = 1
                continue
            }
            if (want != "value") bad()
            j = i
            while (j <= n && substr(buf, j, 1) ~ /[-+0-9.eEa-z]/) j++
            if (j == i) bad()
            print path() "=" substr(buf, i, j - i); i = j
            want = "after"; if (depth == 0) done = 1
        }
        if (!done) bad()
    }'
}

# 1. The same seed gives the same bytes; another seed another game.
run simulate --games 20 --seed 5 --json
cp "$tmp/out" "$tmp/a"; rc_a=$rc
run simulate --games 20 --seed 5 --json
cp "$tmp/out" "$tmp/b"; rc_b=$rc
run simulate --games 20 --seed 6 --json
cp "$tmp/out" "$tmp/c"; rc_c=$rc
if [ "$rc_a" = 0 ] && [ "$rc_b" = 0 ] && [ -s "$tmp/a" ] && cmp -s "$tmp/a" "$tmp/b"; then
    ok "simulate: the same seed twice gives byte-identical JSON"
else
    notok "simulate: the same seed twice: status $rc_a, $rc_b, outputs differ or are empty"
fi
if [ "$rc_c" = 0 ] && ! cmp -s "$tmp/a" "$tmp/c"; then
    ok "simulate: seeds 5 and 6 give different summaries"
else
    notok "simulate: seeds 5 and 6 give the same summary (status $rc_c)"
fi

# 2. The JSON summary: well formed, with every documented key.
flatten <"$tmp/a" >"$tmp/flat"
if [ $? = 0 ] && ! grep -q '^ERROR' "$tmp/flat"; then
    ok "simulate: --json prints one well-formed JSON object"
else
    notok "simulate: --json output is not JSON ($(grep '^ERROR' "$tmp/flat"))"
    head -c 300 "$tmp/a" | show
fi

num='-\{0,1\}[0-9][0-9]*'
dec='-\{0,1\}[0-9][0-9]*\.[0-9][0-9]'
missing=""
need() {   # need PATH-REGEX: some line PATH=VALUE matches ^REGEX$
    grep -q "^$1\$" "$tmp/flat" || missing="$missing $1"
}
need 'scenario="lakeland"'
need 'games=20'
need 'seed=5'
for k in success partial failure; do need "mandate\\.$k=$num"; done
need "detections=$num"
for k in right wrong unknown; do need "attribution\\.$k=$num"; done
need "mean_final_stability=$dec"
# every covert order of the engine's list, by its JSON id
covert_ids=$(sed -n 's/.*X(ORD_[A-Z_]*, "\([a-z_]*\)", FAM_COVERT.*/\1/p' "$repo/game/core/defs.h")
[ -n "$covert_ids" ] || missing="$missing (no covert orders found in defs.h)"
for id in $covert_ids; do need "covert\\.$id=$num"; done
# every contingent of the scenario, each with its four keys
nseats=$(grep -c '^contingents\[[0-9]*\]\.id=' "$tmp/flat")
[ "$nseats" -ge 2 ] || missing="$missing contingents[].id"
k=0
while [ "$k" -lt "$nseats" ]; do
    need "contingents\\[$k\\]\\.id=\"[a-z_0-9]*\""
    need "contingents\\[$k\\]\\.personality=\"[a-z_0-9]*\""
    need "contingents\\[$k\\]\\.mean_score=$dec"
    need "contingents\\[$k\\]\\.wins=$num"
    k=$((k + 1))
done
if [ -z "$missing" ]; then
    ok "simulate: the JSON has scenario, games, seed, mandate, contingents, covert, detections, attribution, mean_final_stability"
else
    notok "simulate: the JSON lacks:$missing"
fi

# The mandate outcomes add up to the games played, and the wins to at most
# one a game.
val() { sed -n "s/^$1=//p" "$tmp/flat"; }
total=$(( $(val 'mandate\.success') + $(val 'mandate\.partial') + $(val 'mandate\.failure') ))
wins=0
k=0
while [ "$k" -lt "$nseats" ]; do
    wins=$((wins + $(val "contingents\\[$k\\]\\.wins")))
    k=$((k + 1))
done
if [ "$total" = 20 ] && [ "$wins" -le 20 ]; then
    ok "simulate: mandate outcomes add up to the 20 games ($wins wins)"
else
    notok "simulate: mandate outcomes add up to $total of 20 games, $wins wins"
fi

# 3. Usage errors: status 2, one line on stderr, nothing on stdout.
usage_error() {   # usage_error NAME ARGS...
    name=$1; shift
    run "$@"
    lines=$(wc -l <"$tmp/err")
    if [ "$rc" = 2 ] && [ "$lines" = 1 ] && [ ! -s "$tmp/out" ]; then
        ok "simulate: $name gives status 2 and one error line"
    else
        notok "simulate: $name gave status $rc with $lines stderr lines"
        show "$tmp/err"
    fi
}
usage_error "--games 0" simulate --games 0
usage_error "--games x" simulate --games x
usage_error "--seed -1" simulate --seed -1
usage_error "an unknown option" simulate --frobnicate
usage_error "a missing value" simulate --games
usage_error "--ai without a personality" simulate --ai 1
usage_error "--ai with an unknown personality" simulate --ai 1=nobody
usage_error "--ai with an unknown level" simulate --ai 1=random:godlike

# 4. A missing scenario: status 1 and one line naming the file.
run simulate --scenario nonexistent --games 1
if [ "$rc" = 1 ] && [ "$(wc -l <"$tmp/err")" = 1 ] && grep -q 'nonexistent' "$tmp/err"; then
    ok "simulate: --scenario nonexistent gives status 1 and one line naming the file"
else
    notok "simulate: --scenario nonexistent gave status $rc"
    show "$tmp/err"
fi

# 5. The fixtures play to the end.
for f in two_seats eight_seats; do
    run simulate --scenario "$fix/$f.json" --games 10 --seed 3 --json
    flatten <"$tmp/out" >"$tmp/flat"
    total=$(( $(val 'mandate\.success') + $(val 'mandate\.partial') + $(val 'mandate\.failure') ))
    if [ "$rc" = 0 ] && grep -q "^scenario=\"$f\"\$" "$tmp/flat" && [ "$total" = 10 ]; then
        ok "simulate: the $f fixture plays 10 games to the end"
    else
        notok "simulate: the $f fixture: status $rc, $total of 10 games ended"
        show "$tmp/err"
    fi
done

# 6. --ai sets a seat's personality and level, by number.
run simulate --games 5 --json --ai 1=random --ai 2=shadow_broker:expert
flatten <"$tmp/out" >"$tmp/flat"
if [ "$rc" = 0 ] && grep -q '^contingents\[0\]\.personality="random"$' "$tmp/flat" &&
   grep -q '^contingents\[1\]\.personality="shadow_broker"$' "$tmp/flat" &&
   grep -q '^contingents\[1\]\.level="expert"$' "$tmp/flat" &&
   grep -q '^personalities\.random\.seat_games=5$' "$tmp/flat"; then
    ok "simulate: --ai 1=random --ai 2=shadow_broker:expert shows in the JSON"
else
    notok "simulate: --ai gave status $rc"
    grep '^contingents\[[01]\]' "$tmp/flat" | show
    show "$tmp/err"
fi

# 7. --explain prints the AI's reasons, each naming its rule.
run simulate --explain --games 1
reasons=$(grep -c 'rule' "$tmp/out")
if [ "$rc" = 0 ] && [ "$reasons" -ge 5 ]; then
    ok "simulate: --explain --games 1 prints $reasons reasons naming their rule"
else
    notok "simulate: --explain gave status $rc and $reasons reasons"
    show "$tmp/out" "$tmp/err"
fi

# 7b. Issue 9: the readable summary says what its detection columns count
# (the seat's operations that were detected, and the detections it made),
# and the covert line ends without a comma.
run simulate --games 3 --seed 2
if [ "$rc" = 0 ] && grep -q '^contingent .* covert  *exposed  *caught  *attributed$' "$tmp/out" &&
    grep -q 'exposed: its operations detected' "$tmp/out" &&
    grep -q 'caught: operations' "$tmp/out" && grep -q 'against it that it detected' "$tmp/out"; then
    ok "simulate: columns exposed (its operations detected) and caught (its detections), explained"
else
    notok "simulate: the detection columns are not both shown and explained (status $rc)"
    show "$tmp/out"
fi
covert_line=$(grep '^Covert operations:' "$tmp/out")
case $covert_line in
"Covert operations: "*[0-9]) ok "simulate: the covert line ends with its last count, no comma" ;;
*) notok "simulate: covert line '$covert_line'" ;;
esac
run simulate --games 3 --seed 2 --json
flatten <"$tmp/out" >"$tmp/flat"
if [ "$(grep -c '^contingents\[[0-9]*\]\.operations_exposed=[0-9]' "$tmp/flat")" = 5 ] &&
    [ "$(grep -c '^contingents\[[0-9]*\]\.detections_made=[0-9]' "$tmp/flat")" = 5 ]; then
    ok "simulate: --json gives each contingent operations_exposed and detections_made"
else
    notok "simulate: --json lacks operations_exposed or detections_made"
    grep '^contingents\[0\]' "$tmp/flat" | show
fi

# 7c. Issue 9: --explain gives the reason an order really fired for. Before
# any attack (turn 1) nothing is "rule 3 (defend after an attack)", and
# sharing less is never "rule 8 (contribute to the mission)".
: >"$tmp/why"
for seed in 1 2 3 4 5; do
    run simulate --games 1 --explain --seed "$seed"
    cat "$tmp/out" >>"$tmp/why"
done
turn1=$(awk '/^Turn 1$/ { t = 1; next } /^Turn / { t = 0 } t' "$tmp/why")
if [ -n "$turn1" ] && ! echo "$turn1" | grep -q 'rule 3 (defend after an attack)'; then
    ok "simulate --explain: no 'defend after an attack' on turn 1 (5 games)"
else
    notok "simulate --explain: turn 1 before any attack:"
    echo "$turn1" | grep 'rule 3' | show
fi
if grep -q 'cut intelligence sharing from [a-z]* to none' "$tmp/why" &&
    ! grep -E 'shar[a-z]* (intelligence )?(at|from [a-z]+ to) none.*rule 8 ' "$tmp/why" >/dev/null; then
    ok "simulate --explain: cutting intelligence sharing is not 'contribute to the mission'"
else
    notok "simulate --explain: sharing less given as a contribution (or never seen)"
    grep -i 'shar' "$tmp/why" | head -n 5 | show
fi

# 8. Help and version: status 0 and text on stdout; an unknown command 2.
for args in "--help" "--version" "simulate --help" "validate --help" "bench --help"; do
    # shellcheck disable=SC2086
    run $args
    if [ "$rc" = 0 ] && [ -s "$tmp/out" ]; then
        ok "mandate $args exits 0"
    else
        notok "mandate $args gave status $rc"
        show "$tmp/err"
    fi
done
run nonsense
if [ "$rc" = 2 ] && [ "$(wc -l <"$tmp/err")" = 1 ]; then
    ok "mandate nonsense gives status 2 and one error line"
else
    notok "mandate nonsense gave status $rc"
    show "$tmp/err"
fi

# 9. A closed pipe is a write error, never a signal or a core dump: the
# status is 0 (all written before the reader left) or 1 (write error).
closed_pipe() {   # closed_pipe NAME READER
    name=$1; reader=$2
    rm -f "$tmp/status"
    ( timeout 60 "$BIN" simulate --games 200 --explain 2>"$tmp/err"; echo $? >"$tmp/status" ) |
        $reader >/dev/null
    st=$(cat "$tmp/status" 2>/dev/null)
    if [ -n "$st" ] && [ "$st" -le 1 ]; then
        ok "simulate: output into $name ends with status $st"
    else
        notok "simulate: output into $name ended with status ${st:-?}"
        show "$tmp/err"
    fi
}
closed_pipe "head -c 10" "head -c 10"
closed_pipe "a reader that never reads" "true"

# 10. The seed's scenario (issue 13): a few veldara games play to the end,
# every contingent of its file is in the summary, and the same seed gives
# the same bytes.
vfile="$repo/assets/scenarios/veldara.json"
run simulate --scenario veldara --games 6 --seed 11 --json
cp "$tmp/out" "$tmp/v1"; rc_v1=$rc
run simulate --scenario veldara --games 6 --seed 11 --json
rc_v2=$rc
flatten <"$tmp/v1" >"$tmp/flat"
vs=$(val 'mandate\.success'); vp=$(val 'mandate\.partial'); vf=$(val 'mandate\.failure')
total=$(( ${vs:-0} + ${vp:-0} + ${vf:-0} ))
want=$(flatten <"$vfile" | sed -n 's/^contingents\[[0-9]*\]\.id="\([a-z0-9_]*\)"$/\1/p')
nwant=$(echo "$want" | grep -c .)
nseats=$(grep -c '^contingents\[[0-9]*\]\.id=' "$tmp/flat")
absent=""
for id in $want; do
    grep -q "^contingents\[[0-9]*\]\.id=\"$id\"\$" "$tmp/flat" || absent="$absent $id"
done
if [ "$rc_v1" = 0 ] && [ "$total" = 6 ] && [ "$nwant" -ge 6 ] && [ "$nseats" = "$nwant" ] &&
   [ -z "$absent" ]; then
    ok "simulate: veldara plays 6 games to the end with all $nwant contingents"
else
    notok "simulate: veldara: status $rc_v1, $total of 6 games, $nseats of $nwant contingents, absent:$absent"
    show "$tmp/err"
fi
if [ "$rc_v2" = 0 ] && cmp -s "$tmp/v1" "$tmp/out"; then
    ok "simulate: veldara with the same seed twice gives byte-identical JSON"
else
    notok "simulate: veldara with the same seed twice: status $rc_v2, outputs differ"
fi

# 11. Issue 14: --jobs N splits the games across threads with the same
# output, byte for byte, as --jobs 1 (each game's seed is S+i whichever
# thread plays it; the threads' sums are added in the order of games).
for scen in lakeland "$fix/eight_seats.json"; do
    run simulate --scenario "$scen" --games 40 --seed 9 --json --jobs 1
    cp "$tmp/out" "$tmp/j1"; rc1=$rc
    run simulate --scenario "$scen" --games 40 --seed 9 --json --jobs 2
    cp "$tmp/out" "$tmp/j2"; rc2=$rc
    run simulate --scenario "$scen" --games 40 --seed 9 --json --jobs 7
    if [ "$rc1" = 0 ] && [ "$rc2" = 0 ] && [ "$rc" = 0 ] && [ -s "$tmp/j1" ] &&
       cmp -s "$tmp/j1" "$tmp/j2" && cmp -s "$tmp/j1" "$tmp/out"; then
        ok "simulate --jobs 1, 2 and 7 give byte-identical JSON ($(basename "$scen" .json))"
    else
        notok "simulate --jobs 1/2/7 differ or failed ($(basename "$scen" .json)): status $rc1 $rc2 $rc"
        show "$tmp/err"
    fi
done
run simulate --games 30 --seed 4 --jobs 1 --explain
cp "$tmp/out" "$tmp/e1"
run simulate --games 30 --seed 4 --jobs 2 --explain
if [ "$rc" = 0 ] && grep -q '^Decisions of game 1 (seed 4):' "$tmp/out" && cmp -s "$tmp/e1" "$tmp/out"; then
    ok "simulate --explain: the same text with --jobs 1 and --jobs 2"
else
    notok "simulate --explain with --jobs 2 differs from --jobs 1 (status $rc)"
fi

# 12. Issue 14: the shards of a batch, merged (given in any order), are the
# JSON and the text of the whole batch, byte for byte.
run simulate --games 41 --seed 12 --json
cp "$tmp/out" "$tmp/whole"
run simulate --games 41 --seed 12
cp "$tmp/out" "$tmp/whole.txt"
for k in 1 2 3; do
    run simulate --games 41 --seed 12 --json --shard "$k/3" --jobs 2
    cp "$tmp/out" "$tmp/shard$k.json"
done
run simulate --merge "$tmp/shard3.json" "$tmp/shard1.json" "$tmp/shard2.json" --json
if [ "$rc" = 0 ] && [ -s "$tmp/whole" ] && cmp -s "$tmp/whole" "$tmp/out"; then
    ok "simulate --merge of 3 shards gives the JSON of one run, byte for byte"
else
    notok "simulate --merge of 3 shards differs from one run (status $rc)"
    show "$tmp/err"
fi
run simulate --merge "$tmp/shard1.json" "$tmp/shard2.json" "$tmp/shard3.json"
if [ "$rc" = 0 ] && cmp -s "$tmp/whole.txt" "$tmp/out"; then
    ok "simulate --merge of 3 shards gives the readable summary of one run"
else
    notok "simulate --merge: readable summary differs from one run (status $rc)"
fi
run simulate --games 41 --seed 12 --json --shard 2/2
cp "$tmp/out" "$tmp/half2.json"
run simulate --games 41 --seed 12 --json --shard 1/2
cp "$tmp/out" "$tmp/half1.json"
run simulate --merge "$tmp/half1.json" "$tmp/half2.json" --json
if [ "$rc" = 0 ] && cmp -s "$tmp/whole" "$tmp/out"; then
    ok "simulate --merge of 2 shards gives the JSON of one run, byte for byte"
else
    notok "simulate --merge of 2 shards differs from one run (status $rc)"
fi

# 13. Issue 14: nonsense is refused in one line naming the argument or file.
usage_error "--jobs 0" simulate --jobs 0
usage_error "--shard 3/2" simulate --shard 3/2
usage_error "--shard 2" simulate --shard 2
usage_error "--shard with more shards than games" simulate --games 3 --shard 1/4
usage_error "--merge without files" simulate --merge
usage_error "--merge with --seed" simulate --merge --seed 3 "$tmp/half1.json"
refused() {   # refused NAME WORD ARGS...: status 1, one line with WORD
    what=$1; word=$2; shift 2
    run "$@"
    if [ "$rc" = 1 ] && [ "$(wc -l <"$tmp/err")" = 1 ] && grep -q -- "$word" "$tmp/err" &&
       [ ! -s "$tmp/out" ]; then
        ok "simulate --merge refuses $what in one line naming $word"
    else
        notok "simulate --merge of $what: status $rc"
        show "$tmp/err"
    fi
}
run simulate --games 41 --seed 13 --json --shard 2/2
cp "$tmp/out" "$tmp/seed13.json"
refused "shards of another seed" seed13.json simulate --merge "$tmp/half1.json" "$tmp/seed13.json"
run simulate --scenario "$fix/two_seats.json" --games 41 --seed 12 --json --shard 2/2
cp "$tmp/out" "$tmp/two.json"
refused "shards of another scenario" two.json simulate --merge "$tmp/half1.json" "$tmp/two.json"
# issue 14: shards played with another --think are another batch
run simulate --games 41 --seed 12 --json --shard 2/2 --think 3
cp "$tmp/out" "$tmp/think3.json"
refused "shards of another --think" think3.json simulate --merge "$tmp/half1.json" "$tmp/think3.json"
if grep -q -- "(its --think differs)" "$tmp/err"; then
    ok "simulate --merge says the shards' --think differs"
else
    notok "simulate --merge of another --think does not say so"
fi
refused "a shard twice" half1.json simulate --merge "$tmp/half1.json" "$tmp/half1.json"
refused "a missing shard" "shard 3 of 3 is missing" simulate --merge "$tmp/shard1.json" "$tmp/shard2.json"
refused "a summary that is no shard" whole simulate --merge "$tmp/whole"
printf '{"scenario": "lakeland",' >"$tmp/cut.json"
refused "a cut file" 'cut.json:1:' simulate --merge "$tmp/cut.json"
run simulate --scenario "$fix/two_seats.json" --games 41 --seed 12 --json --shard 1/2
cp "$tmp/out" "$tmp/two1.json"
run simulate --merge --scenario "$fix/two_seats.json" "$tmp/two1.json" "$tmp/two.json" --json
run simulate --scenario "$fix/two_seats.json" --games 41 --seed 12 --json
cp "$tmp/out" "$tmp/twowhole"
run simulate --merge --scenario "$fix/two_seats.json" "$tmp/two1.json" "$tmp/two.json" --json
if [ "$rc" = 0 ] && cmp -s "$tmp/twowhole" "$tmp/out"; then
    ok "simulate --merge --scenario FILE merges the shards of a scenario file"
else
    notok "simulate --merge --scenario FILE: status $rc or output differs"
    show "$tmp/err"
fi

# 14. Issue 14: progress on stderr only when it is a terminal: nothing in a
# file (nor with --quiet), 'N of M games' under a pty (script(1)).
run simulate --games 200 --seed 2 --json
if [ "$rc" = 0 ] && [ ! -s "$tmp/err" ]; then
    ok "simulate: no progress when stderr is not a terminal"
else
    notok "simulate: stderr not a terminal, yet it has:"
    show "$tmp/err"
fi
cp "$tmp/out" "$tmp/plain"
if command -v script >/dev/null 2>&1; then
    timeout 120 script -qfec "'$BIN' simulate --games 200 --seed 2 --json >'$tmp/pty.out'" \
        "$tmp/pty.log" >/dev/null 2>&1
    st=$?
    if [ "$st" = 0 ] && grep -q 'simulate: 0 of 200 games' "$tmp/pty.log" &&
       cmp -s "$tmp/plain" "$tmp/pty.out"; then
        ok "simulate: progress 'N of 200 games' on a terminal's stderr, stdout unchanged"
    else
        notok "simulate under a pty: status $st, no progress line or stdout differs"
        show "$tmp/pty.log"
    fi
    timeout 120 script -qfec "'$BIN' simulate --games 200 --seed 2 --json --quiet >'$tmp/pty.out'" \
        "$tmp/pty.log" >/dev/null 2>&1
    st=$?
    if [ "$st" = 0 ] && ! grep -q 'simulate: [0-9]* of' "$tmp/pty.log" &&
       cmp -s "$tmp/plain" "$tmp/pty.out"; then
        ok "simulate --quiet: no progress on a terminal"
    else
        notok "simulate --quiet under a pty: status $st, or a progress line"
        show "$tmp/pty.log"
    fi
else
    echo "ok - # SKIP script(1) is not installed: progress on a terminal not tested"
    echo "ok - # SKIP script(1) is not installed: --quiet on a terminal not tested"
fi

# 15. Issue 14: the readable summary draws win rate and mean score as bars,
# '#' in the C locale, block characters in a UTF-8 one.
LC_ALL=C run simulate --games 20 --seed 5
bars=$(grep -c '^[a-z_0-9]*  *[0-9.]*% #* *  *-\{0,1\}[0-9.]*  *#' "$tmp/out")
if [ "$rc" = 0 ] && grep -q '^Balance' "$tmp/out" && [ "$bars" -ge 1 ]; then
    ok "simulate: balance bars of '#' in the C locale ($bars contingents with both bars)"
else
    notok "simulate: no balance bars in the C locale (status $rc)"
    show "$tmp/out"
fi
if locale -a 2>/dev/null | grep -qi '^c\.utf-\{0,1\}8$'; then
    LC_ALL=C.UTF-8 run simulate --games 20 --seed 5
    if [ "$rc" = 0 ] && grep -q "$(printf '\342\226\210')" "$tmp/out" && ! grep -q '% #' "$tmp/out"; then
        ok "simulate: balance bars of block characters in a UTF-8 locale"
    else
        notok "simulate: no block-character bars under C.UTF-8 (status $rc)"
    fi
else
    echo "ok - # SKIP no C.UTF-8 locale: the UTF-8 bars not tested"
fi
exit 0
