#!/bin/sh
# run_counts.sh - issue 10 (honest counts): tests/run.sh counts a skip as a
# skip, never as a pass - "ok - x # SKIP why" and cmocka's "not ok 2 #
# SKIP name" alike - names each skip, ends with "N passed, N failed, N
# skipped", and under CI (CI=true) counts a skip as a failure. Runs the
# runner on made-up tests in a scratch folder. Prints TAP lines.
# A runner that ignored SCRIPTS would run this script again: it stops.
[ -z "${RUN_COUNTS_INNER:-}" ] || exit 0
export RUN_COUNTS_INNER=1
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
ok() { echo "ok - $1"; }
notok() { echo "not ok - $1"; }
show() { sed 's/^/#   /' "$@" | head -n 20; }

# A unit test binary in cmocka's TAP form, with one skip.
cat >"$tmp/unit" <<'EOF'
#!/bin/sh
echo "1..3"
echo "ok 1 - reads"
echo "# /nowhere/corpus absent"
echo "not ok 2 # SKIP every_corpus_file"
echo "ok 3 - writes"
EOF
mkdir "$tmp/cli"
cat >"$tmp/cli/a.sh" <<'EOF'
echo "ok - one"
echo "ok - corpus # SKIP ../shared/corpus absent"
echo "ok - two # skip lower case"
echo "ok - a hash # in the name is no skip"
EOF
chmod +x "$tmp/unit"

runner() {   # runner ENV... : runs tests/run.sh on the made-up tests
    (cd "$repo" && env SCRIPTS="$tmp/cli" BUILD="$tmp" "$@" sh tests/run.sh "$tmp/unit") >"$tmp/out" 2>&1
    rc=$?
}

runner CI=
last=$(tail -n 1 "$tmp/out")
if [ "$rc" = 0 ] && [ "$last" = "4 passed, 0 failed, 3 skipped" ]; then
    ok "run.sh: skips are counted as skipped, not passed ($last)"
else
    notok "run.sh: status $rc, closing line '$last' (want '4 passed, 0 failed, 3 skipped')"
    show "$tmp/out"
fi
if grep -q '^SKIP unit: not ok 2 # SKIP every_corpus_file$' "$tmp/out" &&
    grep -q '^SKIP a.sh: ok - corpus # SKIP ../shared/corpus absent$' "$tmp/out"; then
    ok "run.sh: each skip is listed with its file and its name"
else
    notok "run.sh: the skips are not listed by name"
    show "$tmp/out"
fi
if echo "$last" | grep -q '^[0-9][0-9]* passed, [0-9][0-9]* failed, [0-9][0-9]* skipped$'; then
    ok "run.sh: the closing line is 'N passed, N failed' followed by ', N skipped'"
else
    notok "run.sh: closing line '$last'"
fi

runner CI=true
last=$(tail -n 1 "$tmp/out")
if [ "$rc" != 0 ] && [ "$last" = "4 passed, 3 failed, 0 skipped" ] &&
    grep -q 'not ok - skipped under CI (CI=true): a.sh: ok - corpus # SKIP' "$tmp/out"; then
    ok "run.sh: under CI=true a skip is a failure, named ($last)"
else
    notok "run.sh under CI=true: status $rc, closing line '$last'"
    show "$tmp/out"
fi

# A test that prints nothing but exits non-zero still fails.
printf 'exit 3\n' >"$tmp/cli/b.sh"
runner CI=
last=$(tail -n 1 "$tmp/out")
if [ "$rc" != 0 ] && [ "$last" = "4 passed, 1 failed, 3 skipped" ]; then
    ok "run.sh: a script exiting 3 without TAP is a failure"
else
    notok "run.sh: a silent script exiting 3: status $rc, '$last'"
    show "$tmp/out"
fi
exit 0
