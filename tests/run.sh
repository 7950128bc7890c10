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
# TEST_JOBS tests run at once (default: the online cores). Every test
# works in a folder of its own (the terminal tests on a tmux server of
# their own), and each waits for text rather than for time, so they can
# share the machine. Each test's line is printed when it ends, with how
# long it took; the closing count is over all of them.
#
# Under CI (CI=true) a skip is a failure: CI installs every test package
# (make test-deps) and has ../shared beside its clone, so a test that
# skips there lacks something CI itself provides. No skip is excepted.
: "${BIN:=./mandate}"
: "${BUILD:=build}"
: "${SCRIPTS:=tests/cli}"
export BIN BUILD
export CMOCKA_MESSAGE_OUTPUT=TAP SCRIPTS
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

# run_one DIR "N PATH": runs test number N (a binary, or a script when
# PATH ends in .sh), leaves its counts in DIR/N.n and prints its report
# in one write, so that reports of tests running at once do not mix.
run_one() {
    dir=$1 n=${2%% *} t=${2#* }
    name=$(basename "$t")
    out=$dir/$n.out
    start=$(date +%s)
    case $t in
    *.sh) sh "$t" >"$out" 2>&1 ;;
    *) "$t" >"$out" 2>&1 ;;
    esac
    rc=$?
    secs=$(($(date +%s) - start))
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
    {
        if [ "$f" != 0 ]; then
            echo "FAIL $name ($p passed, $f failed; ${secs} s)"
            grep -v '^ok ' "$out" | tail -n 40
        else
            echo "ok   $name ($p passed$([ "$s" = 0 ] || echo ", $s skipped"); ${secs} s)"
            skips "$name" "$out"
        fi
    } >"$dir/$n.report"
    cat "$dir/$n.report"
    echo "$p $f $s $secs" >"$dir/$n.n"
}

if [ "${1:-}" = --one ]; then
    run_one "$2" "$3"
    exit 0
fi

jobs=${TEST_JOBS:-$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)}
case $jobs in
'' | *[!0-9]* | 0)
    echo "run.sh: TEST_JOBS=$jobs is not a count of jobs (1 or more)" >&2
    exit 2
    ;;
esac
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT

# The list, numbered: the scripts, then the unit test binaries. They
# start longest first, by the times of the last run kept in
# $BUILD/test-seconds (unknown ones first of all), so that the short ones
# fill the gaps at the end rather than a long one starting last.
list=$dir/list
times=$BUILD/test-seconds
n=0
for s in "$SCRIPTS"/*.sh; do
    [ -f "$s" ] || continue
    n=$((n + 1))
    echo "$n $s"
done >"$list"
for t in "$@"; do
    n=$((n + 1))
    echo "$n $t"
done >>"$list"
[ -f "$times" ] || : >"$times" 2>/dev/null
awk 'NR == FNR { secs[$1] = $2; next }
     { name = $2; sub(/.*\//, "", name)
       print (name in secs ? secs[name] : 999999), $0 }' "$times" "$list" 2>/dev/null |
    sort -k1,1nr -k2,2n | cut -d' ' -f2- >"$dir/order"
[ -s "$dir/order" ] || cp "$list" "$dir/order"

xargs -P "$jobs" -I{} sh "$0" --one "$dir" {} <"$dir/order"

pass=0; fail=0; skip=0
while read -r n t; do
    if [ -s "$dir/$n.n" ]; then
        read -r p f s secs <"$dir/$n.n"
        echo "$(basename "$t") $secs" >>"$dir/seconds"
    else
        echo "FAIL $(basename "$t") (its runner ended before counting it)"
        p=0 f=1 s=0
    fi
    pass=$((pass + p)); fail=$((fail + f)); skip=$((skip + s))
done <"$list"
[ ! -f "$dir/seconds" ] || cp "$dir/seconds" "$times" 2>/dev/null
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" = 0 ]
