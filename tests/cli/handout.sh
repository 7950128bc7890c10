#!/bin/sh
# handout.sh - "mandate handout" (issue 13) as a teacher runs it: a seat's
# brief in Markdown and HTML, written atomically with -o; Alvar's brief
# holds Alvar's secret objectives and no objective of Brenn's or Corsa's
# (read from the scenario file); a bad seat, scenario, format or missing
# --seat is one line on stderr and a non-zero status, writing nothing.
# Prints TAP lines. $BIN is the mandate binary (default ./mandate).
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
: "${BIN:=$repo/mandate}"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

ok() { echo "ok - $1"; }
notok() { echo "not ok - $1"; }
# check NAME CMD...: ok when CMD succeeds.
check() {
    name=$1
    shift
    if "$@"; then ok "$name"; else notok "$name"; fi
}

if [ ! -x "$BIN" ]; then
    notok "handout: $BIN is not built"
    exit 1
fi

# Runs BIN handout ARGS...; sets rc (out and err are files).
run() {
    timeout 10 "$BIN" handout "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
}

# 1. A brief on stdout, and the secrets: the tutorial's objective texts by
# owner, straight from the scenario file.
run --scenario tutorial --seat alvar
check "handout: Markdown on stdout, status 0, nothing on stderr" \
    sh -c '[ "$1" = 0 ] && [ ! -s "$2" ] && grep -q "^# .* - role brief for Alvar$" "$3"' \
    x "$rc" "$tmp/err" "$tmp/out"
if command -v python3 >/dev/null 2>&1; then
    python3 - "$repo/assets/scenarios/tutorial.json" "$tmp/out" alvar >"$tmp/secrets" <<'EOF'
import json, sys
sc = json.load(open(sys.argv[1]))
doc = open(sys.argv[2]).read()
for c in sc["contingents"]:
    for o in c["objectives"]:
        mine = c["id"] == sys.argv[3]
        print("%s %s %s" % ("own" if mine else "other", "in" if o["text"] in doc else "out", c["id"]))
EOF
    check "handout: every objective of Alvar's is in its brief" \
        sh -c 'grep -q "^own" "$1" && ! grep -q "^own out" "$1"' x "$tmp/secrets"
    check "handout: no objective of Brenn's or Corsa's is in Alvar's brief" \
        sh -c 'grep -q "^other out brenn" "$1" && grep -q "^other out corsa" "$1" &&
               ! grep -q "^other in" "$1"' x "$tmp/secrets"
else
    ok "handout: secrets checked against the scenario # SKIP python3 missing"
fi

# 2. -o writes the whole HTML page atomically; a seat by number.
run --scenario veldara --seat 6 --format html -o "$tmp/sundara.html"
check "handout: -o FILE, HTML, status 0, stdout empty" \
    sh -c '[ "$1" = 0 ] && [ ! -s "$2" ] && grep -q "role brief for Sundara" "$3" &&
           tail -n 1 "$3" | grep -q "</html>"' x "$rc" "$tmp/out" "$tmp/sundara.html"
check "handout: no temporary file left beside FILE" \
    sh -c '[ "$(ls -A "$1" | grep -c tmp)" = 0 ]' x "$tmp"

# 3. Errors: one line naming what is wrong; status 2 for usage, 1 for a
# scenario that cannot load; no output file.
one_line() { [ "$(wc -l <"$tmp/err")" = 1 ] && grep -q "^mandate handout: $1" "$tmp/err"; }
run --scenario tutorial --seat nobody -o "$tmp/x.md"
check "handout: unknown seat: one line naming it and the seats, status 2, no file" \
    sh -c '[ "$1" = 2 ] && [ ! -e "$2" ]' x "$rc" "$tmp/x.md"
check "handout: unknown seat: the line" one_line "--seat nobody: no contingent 'nobody' in tutorial (it has: alvar, brenn, corsa)"
run --scenario no_such_scenario --seat 1 -o "$tmp/x.md"
check "handout: missing scenario: status 1, no file" \
    sh -c '[ "$1" = 1 ] && [ ! -e "$2" ]' x "$rc" "$tmp/x.md"
check "handout: missing scenario: one line naming the file" one_line ".*no_such_scenario.json: "
printf '{"format": "mandate-scenario", ' >"$tmp/broken.json"
run --scenario "$tmp/broken.json" --seat 1
check "handout: broken scenario: status 1, one line with its place" \
    sh -c '[ "$1" = 1 ] && grep -q "broken.json:1:" "$2"' x "$rc" "$tmp/err"
check "handout: broken scenario: the line" one_line ".*broken.json"
run --scenario tutorial
check "handout: no --seat: status 2" sh -c '[ "$1" = 2 ]' x "$rc"
check "handout: no --seat: the line" one_line "--seat ID is needed"
run --seat 1 --format pdf
check "handout: --format pdf: status 2, one line" sh -c '[ "$1" = 2 ]' x "$rc"
run --help
check "handout: --help on stdout, status 0" \
    sh -c '[ "$1" = 0 ] && grep -q "^usage: mandate handout" "$2"' x "$rc" "$tmp/out"
"$BIN" --help >"$tmp/help"
check "handout: listed in mandate --help" grep -q "^  handout " "$tmp/help"
