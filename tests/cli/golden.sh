#!/bin/sh
# golden.sh - issue 5, golden replays: each saved game of tests/golden
# replays to the same event log (NAME.log) and verifies its checksums.
# When a rule change moves one, the test names the first turn that
# differs; tools/regen-golden.sh regenerates them when the change is
# intended. Prints TAP lines. $BIN is the mandate binary.
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
    if cmp -s "$tmp/log" "$golden/$name.log"; then
        echo "ok - golden $name: the event log is unchanged"
    else
        # the first differing line, and its turn
        line=$(diff "$golden/$name.log" "$tmp/log" | sed -n '1s/^\([0-9]*\).*/\1/p')
        want=$(sed -n "${line}p" "$golden/$name.log")
        got=$(sed -n "${line}p" "$tmp/log")
        turn=$(printf '%s\n%s\n' "$want" "$got" | sed -n 's/^T\([0-9]*\) .*/\1/p' | sort -n | head -n 1)
        echo "not ok - golden $name: the event log differs from turn ${turn:-?} (line $line)"
        echo "#   expected: $want"
        echo "#   got:      $got"
        echo "#   (if a rule change is intended: sh tools/regen-golden.sh)"
    fi
    timeout 60 "$BIN" replay --verify "$save" >/dev/null 2>"$tmp/err"
    rc=$?
    if [ "$rc" = 0 ]; then
        echo "ok - golden $name: every turn's checksum verifies"
    else
        echo "not ok - golden $name: --verify: $(head -n 1 "$tmp/err")"
    fi
done
if [ "$n" -lt 3 ]; then
    echo "not ok - golden: $n golden saves in $golden, expected 3"
fi
