#!/bin/sh
# secrets.sh - issue 9, point 9: a hot-seat game's secrets do not leak
# through `report` and `replay`. The save of a game in progress (two human
# seats, three AI, four of twelve turns, as `q` at the hand-over screen
# leaves it) gives only the public record without --reveal, with one line
# on stderr saying what was withheld; --reveal gives everything; --seat ID
# gives what that seat knew; a finished game's report and replay stay
# declassified. The game is played under a catalogue (assets copied to a
# scratch folder) in which no operation is ever detected, swept, audited
# or blown, so that no public event may name a covert or counter-
# intelligence order: any such name in the public record is a leak.
# Prints TAP lines.
name=secrets
. "$(dirname "$0")/../lib/cli.sh"

# Every covert and counter-intelligence order but the public audit, by id
# or display name; and what a report writes for them.
secret='observe|intercept|cultivate|intrude|backdoor|retain|court.host|false.flag|harden|sweep|compartment|canary'
# leaks FILE...: the lines naming a secret order (none expected).
leaks() { grep -ihE "$secret" "$@"; }
# section JSON KEY: the lines of the top-level array KEY of a pretty JSON report.
section() {
    awk -v key="	\"$2\":" 'index($0, key) == 1 { on = 1; print; next }
        on && /^	"/ { on = 0 } on' "$1"
}
# withheld: stderr is the one line saying what was withheld and how to see it.
withheld() {
    [ "$(wc -l <"$tmp/err")" = 1 ] && grep -q 'the game is not over' "$tmp/err" &&
        grep -q 'withheld' "$tmp/err" && grep -q -- '--reveal' "$tmp/err" &&
        grep -q -- '--seat ID' "$tmp/err"
}

cp -R "$repo/assets" "$tmp/assets"
sed -E 's/"(detect_base|detect_per_ci|detect_failed|detect_min|detect_max|sweep_base|sweep_per_ci|sweep_per_exposure|sweep_detect|audit_base|audit_per_security|insider_exposure|insider_fail_exposure)": *[0-9]+/"\1": 0/' \
    "$repo/assets/orders.json" >"$tmp/assets/orders.json"
if [ "$(grep -cE '"(detect_max|sweep_base|audit_base)": 0,' "$tmp/assets/orders.json")" != 3 ]; then
    notok "the scratch catalogue was not made"; exit 1
fi
MANDATE_ASSETS=$tmp/assets
export MANDATE_ASSETS
run simulate --games 1 --seed 5 --save "$tmp/full.json"
unset MANDATE_ASSETS
if [ "$rc" != 0 ]; then notok "simulate --save (status $rc)"; show "$tmp/err"; exit 1; fi
# The same game cut after turn 4, kestria and morvane played by humans.
awk -v keep=4 '
    /^    \{"turn": [0-9]+,/ { n = $0; sub(/^    \{"turn": /, "", n); sub(/,.*/, "", n); skip = (n + 0 > keep) }
    skip && /^  \]/ { skip = 0; sub(/,$/, "", prev) }
    skip { next }
    { if (have) print prev; prev = $0; have = 1 }
    END { print prev }' "$tmp/full.json" |
    sed -e '/"id": "kestria"/s/"human": false/"human": true/' \
        -e '/"id": "morvane"/s/"human": false/"human": true/' >"$tmp/game.json"
save=$tmp/game.json
run replay --verify --reveal "$save"
if [ "$rc" = 0 ] && grep -q '^Goes on at turn 5' "$tmp/out" && grep -q 'kestria *human' "$tmp/out" &&
   grep -q 'morvane *human' "$tmp/out"; then
    ok "a hot-seat game in progress (4 of 12 turns, two human seats) replays and verifies"
else
    notok "the cut save (status $rc)"; show "$tmp/err"; exit 1
fi

# --- --reveal: everything, so the checks below can see a leak -------------------
run report "$save" --reveal --format json
cp "$tmp/out" "$tmp/all.json"
ops=$(section "$tmp/all.json" timeline | grep -c '"seat":')
mops=$(section "$tmp/all.json" timeline | grep -c '"seat":	"morvane"')
kops=$(section "$tmp/all.json" timeline | grep -c '"seat":	"kestria"')
section "$tmp/all.json" reasons | sed -n 's/^			"text":	\(".*"\)$/\1/p' >"$tmp/reasons"
run report "$save" --reveal
if [ "$rc" = 0 ] && [ ! -s "$tmp/err" ] && [ "$ops" -gt 10 ] && [ "$mops" -gt 0 ] &&
   [ "$kops" -gt 0 ] && [ -s "$tmp/reasons" ] &&
   [ "$(leaks "$tmp/out" | wc -l)" -gt 10 ] && grep -q '^## 6. Declassified timeline' "$tmp/out"; then
    ok "report --reveal: the declassified debrief of a game in progress ($ops hidden orders)"
else
    notok "report --reveal (status $rc, $ops orders, $mops of morvane, $kops of kestria)"
    show "$tmp/err"
fi

# --- without --reveal: the public record only -------------------------------------
bad=0
for fmt in md html json; do
    run report "$save" --format $fmt
    cp "$tmp/out" "$tmp/public.$fmt"
    if [ "$rc" != 0 ] || ! withheld || leaks "$tmp/out" >"$tmp/leaks"; then
        echo "# report --format $fmt: status $rc"; show "$tmp/err" "$tmp/leaks"
        bad=$((bad + 1))
    fi
done
# no AI reason, in the form the JSON writer gives it
if grep -qF -f "$tmp/reasons" "$tmp/public.json" ||
   [ "$(section "$tmp/public.json" timeline | grep -c '"seat":')" != 0 ] ||
   ! grep -q '"view":	"public"' "$tmp/public.json" || ! grep -q '^# The public record' "$tmp/public.md"; then
    echo "# the public JSON holds hidden orders or AI reasons"; bad=$((bad + 1))
fi
if [ "$bad" = 0 ]; then
    ok "report of a game in progress: the public record only, in all three formats, said on stderr (issue 9)"
else
    notok "report of a game in progress lets secrets out (issue 9)"
fi
run replay "$save"
if [ "$rc" = 0 ] && withheld && ! grep -q '\[to ' "$tmp/out" && ! grep -q ' covert: ' "$tmp/out" &&
   ! leaks "$tmp/out" >"$tmp/leaks" && grep -q 'seed withheld' "$tmp/out" &&
   grep -q '^Goes on at turn 5' "$tmp/out"; then
    ok "replay of a game in progress: only the public events, said on stderr (issue 9)"
else
    notok "replay of a game in progress lets secrets out (status $rc; issue 9)"; show "$tmp/err" "$tmp/leaks"
fi

# --- --seat: what one seat knew ----------------------------------------------------
run report "$save" --seat kestria --format json
cp "$tmp/out" "$tmp/kestria.json"
kown=$(section "$tmp/kestria.json" timeline | grep -c '"seat":	"kestria"')
kall=$(section "$tmp/kestria.json" timeline | grep -c '"seat":')
run report "$save" --seat kestria
if [ "$rc" = 0 ] && [ ! -s "$tmp/err" ] && [ "$kown" = "$kops" ] && [ "$kall" = "$kops" ] &&
   grep -q '^# Kestria.s own report' "$tmp/out" && ! grep -iE "^\| Morvane \| ($secret)" "$tmp/out" &&
   grep -qE '^\| Kestria \| ' "$tmp/out" && ! grep -qF -f "$tmp/reasons" "$tmp/kestria.json"; then
    ok "report --seat kestria: its own $kops hidden orders, none of morvane's $mops (issue 9)"
else
    notok "report --seat kestria (status $rc, $kown own of $kall, expected $kops)"; show "$tmp/err"
fi
# An AI seat with reasons in the record (AI seats think again on replay;
# those whose decisions came out as recorded keep their reasons).
ai=$(section "$tmp/all.json" reasons | sed -n 's/^			"seat":	"\(.*\)",$/\1/p' | head -n 1)
run report "$save" --seat "$ai" --format json
others=$(section "$tmp/out" reasons | grep '"seat":' | grep -vc "\"seat\":	\"$ai\"")
mine=$(section "$tmp/out" reasons | grep -c "\"seat\":	\"$ai\"")
want=$(section "$tmp/all.json" reasons | grep -c "\"seat\":	\"$ai\"")
if [ -n "$ai" ] && [ "$rc" = 0 ] && [ "$others" = 0 ] && [ "$mine" = "$want" ]; then
    ok "report --seat of an AI seat ($ai): its own $mine reasons, no other seat's"
else
    notok "report --seat $ai: $mine own reasons of $want, $others of others (status $rc)"
fi
# in morvane's voice (issue 10): its own operations are "ours", its
# secrets marked [secret], and nobody else's covert line or audience
run replay "$save" --seat 2
if [ "$rc" = 0 ] && [ ! -s "$tmp/err" ] && grep -q '^As told to morvane (Morvane)' "$tmp/out" &&
   grep -q "^T[0-9]* covert: Our .* \[secret\]$" "$tmp/out" &&
   [ "$(grep -c '^T[0-9]* covert: ' "$tmp/out")" = "$(grep -c '^T[0-9]* covert: Our ' "$tmp/out")" ] &&
   ! grep -q '\[to ' "$tmp/out"; then
    ok "replay --seat 2: morvane's own events and the public ones, in its voice"
else
    notok "replay --seat 2 (status $rc)"; show "$tmp/err"
fi

# --- a finished game stays declassified; usage ----------------------------------
run report "$tmp/full.json"
if [ "$rc" = 0 ] && [ ! -s "$tmp/err" ] && grep -q '^## 6. Declassified timeline' "$tmp/out" &&
   grep -q '^## 10. The AI.s reasons' "$tmp/out" && [ "$(leaks "$tmp/out" | wc -l)" -gt 10 ]; then
    ok "report of a finished game: the full declassified debrief, no note"
else
    notok "report of a finished game (status $rc)"; show "$tmp/err"
fi
run replay "$tmp/full.json"
if [ "$rc" = 0 ] && [ ! -s "$tmp/err" ] && grep -q ' covert: ' "$tmp/out"; then
    ok "replay of a finished game: every event, no note"
else
    notok "replay of a finished game (status $rc)"; show "$tmp/err"
fi
run report "$save" --seat atlantis
if [ "$rc" = 2 ] && [ "$(wc -l <"$tmp/err")" = 1 ] &&
   grep -q -- "--seat atlantis: no such contingent in $save (kestria, morvane" "$tmp/err"; then
    ok "report --seat with an unknown seat: one line listing the seats, status 2"
else
    notok "report --seat atlantis (status $rc)"; show "$tmp/err"
fi
run replay "$save" --seat kestria --reveal
if [ "$rc" = 2 ] && [ "$(wc -l <"$tmp/err")" = 1 ] && [ ! -s "$tmp/out" ]; then
    ok "--seat with --reveal is a usage error"
else
    notok "replay --seat --reveal (status $rc)"; show "$tmp/err"
fi
