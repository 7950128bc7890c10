#!/bin/sh
# regen-golden.sh - regenerates the golden replays of tests/golden: four
# AI games of the default scenario saved by `mandate simulate --save`
# (NAME.json), each with the event log `mandate replay` prints for it in
# the facilitator's voice (NAME.log) and the one it prints for one seat,
# in that seat's voice (`replay --seat`: NAME.seat.log, whose header names
# the seat), which tests/cli/golden.sh compares; and voices.txt, every
# kind of event of those games in every voice, which
# tests/unit/test_voices.c compares. Also regenerates the
# broken saves of tests/fixtures/saves (with python3), which embed the
# scenario and catalogue too, and the wire documents of tests/fixtures/wire
# (the wire fuzz target's seeds).
#
# Run it after a change meant to move them: rules, balance numbers, the
# AI, the scenario or catalogue format, the event texts. Then read
# `git diff tests/golden/*.log` before committing: it shows what moved.
set -eu
cd "$(dirname "$0")/.."
make -s all
BIN=./mandate
out=tests/golden
mkdir -p "$out"

# gen NAME SEAT SIMULATE-OPTIONS...: SEAT is the contingent whose voice
# NAME.seat.log pins.
gen() {
    name=$1 seat=$2; shift 2
    "$BIN" simulate --games 1 "$@" --save "$out/$name.json" >/dev/null
    "$BIN" replay "$out/$name.json" >"$out/$name.log"
    "$BIN" replay --seat "$seat" "$out/$name.json" >"$out/$name.seat.log"
    "$BIN" replay --verify "$out/$name.json" >/dev/null
    echo "$out/$name.json: $(grep -c '^T' "$out/$name.log") events ($(grep -c '^T' \
        "$out/$name.seat.log") told to $seat), $(tail -n 1 "$out/$name.log")"
}

gen seed1 kestria --seed 1
gen seed7_random morvane --seed 7 --ai 1=random:novice
gen seed42_levels sevrana --seed 42 --ai 2=shadow_broker:expert --ai 4=wary_guardian:novice
# three random seats beside a broker and a guardian: the one game with the
# kinds of event the others lack (an insider network cultivated and blown,
# an implant and a backdoor found, orders read)
gen seed187_mixed sevrana --seed 187 --ai 2=random:novice --ai 3=random:novice --ai 5=random:novice

# every kind of event in every voice, the first of each kind in the games
# above (tests/unit/test_voices.c)
make -s build/tests/test_voices
MANDATE_VOICES_WRITE=$out/voices.txt build/tests/test_voices >/dev/null
echo "$out/voices.txt: $(grep -c '^== ' "$out/voices.txt") kinds of event in every voice"

# the wire codec's fuzz seeds: one document of each kind (tests/unit/test_wire.c)
make -s build/tests/test_wire
MANDATE_WIRE_SEEDS=tests/fixtures/wire build/tests/test_wire >/dev/null
echo "tests/fixtures/wire: $(ls tests/fixtures/wire/*.json | wc -l) wire documents"
# the protocol's fuzz seeds: one frame of each message (tests/unit/test_proto.c)
make -s build/tests/test_proto
MANDATE_PROTO_SEEDS=tests/fixtures/proto build/tests/test_proto >/dev/null
echo "tests/fixtures/proto: $(ls tests/fixtures/proto/*.frame | wc -l) frames"

if command -v python3 >/dev/null 2>&1; then
    python3 tools/save-fixtures.py "$BIN"
    echo "tests/fixtures/saves: $(ls tests/fixtures/saves/*.json | wc -l) broken saves"
else
    echo "regen-golden: python3 absent: tests/fixtures/saves not regenerated" >&2
fi
