#!/bin/sh
# run.sh TESTBIN... - runs every unit test binary (cmocka, TAP output) and
# every tests/cli/*.sh script, and ends with one line:
#     N passed, N failed, N skipped
# Each test prints TAP lines "ok ..." / "not ok ...". A line whose
# directive is "# SKIP" is a skip, whichever way it starts (cmocka writes
# "not ok 3 # SKIP name"): it is counted apart and named, never as a pass.
# A binary or script that crashes or exits non-zero without a "not ok"
# line counts as a failure.
#
# SCRIPTS names the folder of the scripts (default tests/cli).
#
# Under CI (CI=true) a skip is a failure: CI installs every test package
# (make test-deps) and has ../shared beside its clone, so a test that
# skips there lacks something CI itself provides. No skip is excepted.
: "${BIN:=./mandate}"
: "${BUILD:=build}"
: "${SCRIPTS:=tests/cli}"
export BIN BUILD
export CMOCKA_MESSAGE_OUTPUT=TAP
pass=0; fail=0; skip=0
out=$(mktemp); trap 'rm -f "$out"' EXIT
in_ci=0
[ "${CI:-}" = true ] && in_ci=1

# counts FILE: "PASSED FAILED SKIPPED" of its TAP lines.
counts() {
    awk '/^(not )?ok( |$)/ {
             if ($0 ~ /^[^#]*#[ \t]*[Ss][Kk][Ii][Pp]([^A-Za-z]|$)/) s++
             else if ($0 ~ /^not ok/) f++
             else p++
         }
         END { print p + 0, f + 0, s + 0 }' "$1"
}

# skips FILE: its skip lines, each as "SKIP NAME: LINE".
skips() {
    grep '^\(not \)\{0,1\}ok\( \|$\)' "$2" |
        grep '^[^#]*#[ 	]*[Ss][Kk][Ii][Pp]' | sed "s/^/SKIP $1: /"
}

run_one() {
    name=$1; shift
    "$@" >"$out" 2>&1
    rc=$?
    set -- $(counts "$out")
    p=$1 f=$2 s=$3
    if [ "$rc" != 0 ] && [ "$f" = 0 ]; then
        f=1
        echo "not ok - $name exited with status $rc" >>"$out"
    fi
    if [ "$s" != 0 ] && [ "$in_ci" = 1 ]; then
        skips "$name" "$out" | sed 's/^SKIP /not ok - skipped under CI (CI=true): /' >>"$out"
        f=$((f + s))
        s=0
    fi
    pass=$((pass + p)); fail=$((fail + f)); skip=$((skip + s))
    if [ "$f" != 0 ]; then
        echo "FAIL $name ($p passed, $f failed)"
        grep -v '^ok ' "$out" | tail -n 40
    else
        echo "ok   $name ($p passed$([ "$s" = 0 ] || echo ", $s skipped"))"
        skips "$name" "$out"
    fi
}
for t in "$@"; do
    run_one "$(basename "$t")" "$t"
done
for s in "$SCRIPTS"/*.sh; do
    [ -f "$s" ] || continue
    run_one "$(basename "$s")" sh "$s"
done
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" = 0 ]
