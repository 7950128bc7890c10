#!/bin/sh
# run.sh TESTBIN... - runs every unit test binary (cmocka, TAP output) and
# every tests/cli/*.sh script, and ends with one line: N passed, N failed.
# Each test prints TAP lines "ok ..." / "not ok ..."; a binary or script
# that crashes or exits non-zero without a "not ok" line counts as a failure.
: "${BIN:=./mandate}"
: "${BUILD:=build}"
export BIN BUILD
export CMOCKA_MESSAGE_OUTPUT=TAP
pass=0; fail=0
out=$(mktemp); trap 'rm -f "$out"' EXIT
run_one() {
    name=$1; shift
    "$@" >"$out" 2>&1
    rc=$?
    p=$(grep -c '^ok ' "$out")
    f=$(grep -c '^not ok ' "$out")
    if [ "$rc" != 0 ] && [ "$f" = 0 ]; then
        f=1
        echo "not ok - $name exited with status $rc" >>"$out"
    fi
    pass=$((pass + p)); fail=$((fail + f))
    if [ "$f" != 0 ]; then
        echo "FAIL $name ($p passed, $f failed)"
        grep -v '^ok ' "$out" | tail -n 40
    else
        echo "ok   $name ($p passed)"
    fi
}
for t in "$@"; do
    run_one "$(basename "$t")" "$t"
done
for s in tests/cli/*.sh; do
    [ -f "$s" ] || continue
    run_one "$(basename "$s")" sh "$s"
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
