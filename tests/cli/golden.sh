#!/bin/sh
# golden.sh - issue 5, golden replays: each saved game of tests/golden
# replays to the same event log in the facilitator's voice (NAME.log) and
# verifies its checksums; and (issue 10) to the same log in one seat's
# voice (`replay --seat`: NAME.seat.log, whose header line "As told to ID"
# names the seat). When a rule or wording change moves one, the test names
# the first turn that differs; tools/regen-golden.sh regenerates them when
# the change is intended. Prints TAP lines. $BIN is the mandate binary.
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
: "${BIN:=$repo/mandate}"
golden="$repo/tests/golden"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

if [ ! -x "$BIN" ]; then
    echo "not ok - golden: $BIN is not built"
    exit 1
fi
# same NAME WHAT EXPECTED GOT: one TAP line, ok when the files are equal,
# else naming the first line and turn that differ.
same() {
    if cmp -s "$3" "$4"; then
        echo "ok - golden $1: $2 is unchanged"
        return
    fi
    line=$(diff "$3" "$4" | sed -n '1s/^\([0-9]*\).*/\1/p')
    want=$(sed -n "${line}p" "$3")
    got=$(sed -n "${line}p" "$4")
    turn=$(printf '%s\n%s\n' "$want" "$got" | sed -n 's/^T\([0-9]*\) .*/\1/p' | sort -n | head -n 1)
    echo "not ok - golden $1: $2 differs from turn ${turn:-?} (line $line)"
    echo "#   expected: $want"
    echo "#   got:      $got"
    echo "#   (if a rule or wording change is intended: sh tools/regen-golden.sh)"
}

n=0
for save in "$golden"/*.json; do
    [ -f "$save" ] || continue
    name=$(basename "$save" .json)
    n=$((n + 1))
    timeout 60 "$BIN" replay "$save" >"$tmp/log" 2>"$tmp/err"
    rc=$?
    if [ "$rc" != 0 ]; then
        echo "not ok - golden $name: replay failed with status $rc"
        sed 's/^/#   /' "$tmp/err" | head -n 5
        echo "#   (if a rule or format change is intended: sh tools/regen-golden.sh)"
        continue
    fi
    same "$name" "the event log" "$golden/$name.log" "$tmp/log"
    # one seat's voice
    seat=$(sed -n 's/^As told to \([a-z0-9_-]*\) (.*/\1/p' "$golden/$name.seat.log" 2>/dev/null)
    if [ -z "$seat" ]; then
        echo "not ok - golden $name: $name.seat.log is missing or names no seat (As told to ID)"
    elif ! timeout 60 "$BIN" replay --seat "$seat" "$save" >"$tmp/seat" 2>"$tmp/err"; then
        echo "not ok - golden $name: replay --seat $seat failed"
        sed 's/^/#   /' "$tmp/err" | head -n 5
    elif [ "$(grep -c '^T' "$tmp/seat")" -ge "$(grep -c '^T' "$tmp/log")" ] ||
         ! grep -q ' \[secret\]$' "$tmp/seat" || grep -q ' \[to ' "$tmp/seat"; then
        echo "not ok - golden $name: replay --seat $seat is not a seat's log (fewer events than the whole, its secrets marked [secret])"
    else
        same "$name" "$seat's event log" "$golden/$name.seat.log" "$tmp/seat"
    fi
    timeout 60 "$BIN" replay --verify "$save" >/dev/null 2>"$tmp/err"
    rc=$?
    if [ "$rc" = 0 ]; then
        echo "ok - golden $name: every turn's checksum verifies"
    else
        echo "not ok - golden $name: --verify: $(head -n 1 "$tmp/err")"
    fi
done
if [ "$n" -lt 4 ]; then
    echo "not ok - golden: $n golden saves in $golden, expected 4"
fi
