#!/bin/sh
# validate.sh - "mandate validate": every file of the JSON test suite ends
# with status 0 or 1 and at most one error line, in bounded time; usage
# errors give 2; --help works; a valid and a broken fixture are told apart.
# Prints TAP lines. $BIN is the mandate binary (default ./mandate).
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
: "${BIN:=$repo/mandate}"
corpus="$repo/../shared/corpus/json-test-suite/test_parsing"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

ok() { echo "ok - $1"; }
notok() { echo "not ok - $1"; }

if [ ! -x "$BIN" ]; then
    notok "validate: $BIN is not built"
    exit 1
fi

# Runs BIN validate ARGS...; sets rc, out and err (files).
run() {
    timeout 5 "$BIN" validate "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
}

# 1. The JSON test suite: never a crash, a hang or more than one line per
# file. All files go to one run (bounded by timeout); each file must give
# exactly one line: "FILE: ok" on stdout or one error on stderr. When that
# fails, each file is run alone to name the culprits.
per_file() {
    for f in "$corpus"/*.json; do
        run "$f"
        lines=$(wc -l <"$tmp/err")
        if [ "$rc" -gt 1 ] || [ "$lines" -gt 1 ]; then
            echo "# $(basename "$f"): status $rc, $lines stderr lines"
            head -n 3 "$tmp/err" | sed 's/^/#   /'
        fi
    done
}
if [ ! -d "$corpus" ]; then
    ok "validate: json-test-suite corpus # SKIP $corpus absent"
else
    total=$(ls "$corpus" | grep -c '\.json$')
    run "$corpus"/*.json
    nok=$(grep -c ': ok$' "$tmp/out")
    nerr=$(wc -l <"$tmp/err")
    dups=$(sed 's/\.json:.*$/.json/' "$tmp/err" | sort | uniq -d | wc -l)
    strays=$(grep -cv "^$corpus/" "$tmp/err")
    if [ "$total" -gt 0 ] && [ "$rc" -le 1 ] && [ "$dups" = 0 ] &&
       [ "$strays" = 0 ] && [ $((nok + nerr)) = "$total" ]; then
        ok "validate: $total json-test-suite files end 0 or 1 with at most one line each"
    else
        notok "validate: json-test-suite: status $rc, $nok ok + $nerr error lines for $total files"
        per_file
    fi
fi

# 2. Usage.
run
if [ "$rc" = 2 ] && [ -s "$tmp/err" ]; then ok "validate: no file gives status 2"
else notok "validate: no file gave status $rc"; fi

run --frobnicate "$repo/tests/fixtures/minimal.json"
if [ "$rc" = 2 ]; then ok "validate: an unknown option gives status 2"
else notok "validate: an unknown option gave status $rc"; fi

run --help
if [ "$rc" = 0 ] && grep -q '^usage: mandate validate' "$tmp/out"; then
    ok "validate: --help prints the usage and exits 0"
else
    notok "validate: --help gave status $rc"
fi

# 3. A valid file, a broken one, a missing one, all in one call.
good="$repo/tests/fixtures/minimal.json"
broken="$repo/tests/fixtures/bad/many_errors.json"
run "$good" "$broken" "$tmp/missing.json"
if [ "$rc" = 1 ] && grep -qx "$good: ok" "$tmp/out" &&
   [ "$(grep -c "^$broken: " "$tmp/err")" = 5 ] &&
   grep -q "^$tmp/missing.json: cannot open" "$tmp/err" &&
   ! grep -q "many_errors.json: ok" "$tmp/out"; then
    ok "validate: lists every error of each bad file and passes the good one"
else
    notok "validate: mixed files gave status $rc"
    sed 's/^/#   /' "$tmp/out" "$tmp/err"
fi

run "$good"
if [ "$rc" = 0 ] && [ ! -s "$tmp/err" ]; then ok "validate: a valid file gives status 0"
else notok "validate: a valid file gave status $rc"; fi

run "$repo/tests/fixtures/bad/syntax.json"
if [ "$rc" = 1 ] && grep -q 'syntax.json:5:3: syntax error' "$tmp/err"; then
    ok "validate: a syntax error names its line and column"
else
    notok "validate: syntax error gave status $rc"
fi

# Every shipped data file validates, the debrief's objectives included.
run "$repo"/assets/scenarios/*.json "$repo/assets/orders.json" "$repo"/assets/ai/*.json \
    "$repo/assets/objectives.json"
if [ "$rc" = 0 ] && [ ! -s "$tmp/err" ]; then ok "validate: every shipped asset is valid"
else notok "validate: shipped assets gave status $rc"; sed 's/^/#   /' "$tmp/err" | head; fi
printf '{"format": "mandate-objectives", "version": 1, "objectives": []}\n' >"$tmp/obj.json"
run "$tmp/obj.json"
if [ "$rc" = 1 ] && grep -q 'obj.json: objectives: expected 8-8 items' "$tmp/err"; then
    ok "validate: a learning-objectives file is checked too"
else
    notok "validate: objectives file gave status $rc"
fi

# issue 9: C1 control characters (U+0080-U+009F; U+009B is CSI) are refused
# like C0, raw or escaped, with the file and the JSON path; and nothing of
# them reaches the output: neither stream carries a raw C1 byte pair.
c1=$(printf '\302[\200-\237]')
c1raw="$repo/tests/fixtures/bad/c1_raw.json"
c1esc="$repo/tests/fixtures/bad/c1_escaped.json"
run "$c1raw" "$c1esc"
if [ "$rc" = 1 ] && [ "$(wc -l <"$tmp/err")" = 2 ] && [ ! -s "$tmp/out" ] &&
   grep -qx "$c1raw: host: control character U+009B in one-line text" "$tmp/err" &&
   grep -qx "$c1esc: injects\[0\].text: control character U+0085 in text" "$tmp/err" &&
   ! LC_ALL=C grep -q "$c1" "$tmp/out" "$tmp/err"; then
    ok "validate: C1 control characters are refused like C0, naming file and path (issue 9)"
else
    notok "validate: C1 control characters gave status $rc"; sed 's/^/#   /' "$tmp/err"
fi
