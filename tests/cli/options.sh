#!/bin/sh
# options.sh - issue 10: every command parses its options as GNU tools do
# (getopt_long): --opt=value, --opt value, unambiguous abbreviations, an
# ambiguous one refused naming the candidates, -- before a FILE that
# starts with '-', options after FILEs (even under POSIXLY_CORRECT), FILEs
# kept in their order; usage errors are one line "mandate CMD: ..." with
# status 2 and nothing on stdout; every command of `mandate --help` has an
# example and its own --help. Prints TAP lines.
name=options
. "$(dirname "$0")/../lib/cli.sh"
save="$repo/tests/golden/seed1.json"

# usage_error NAME ARGS...: status 2, one line "mandate CMD: ..." on stderr
# holding $want (a grep pattern), nothing on stdout. CMD is ARGS' first,
# or $who when set ("msel export").
usage_error() {
    label=$1; shift
    run "$@"
    lines=$(wc -l <"$tmp/err")
    if [ "$rc" = 2 ] && [ "$lines" = 1 ] && [ ! -s "$tmp/out" ] &&
        grep -q "^mandate ${who:-$1}: .*$want" "$tmp/err"; then
        ok "$label: status 2, one line: $(cat "$tmp/err")"
    else
        notok "$label: status $rc, $lines lines on stderr (want /$want/)"
        show "$tmp/err"
    fi
}

# 1. --opt=value and abbreviations give the same bytes as --opt value.
run simulate --games 3 --seed 4 --json
cp "$tmp/out" "$tmp/plain"
run simulate --games=3 --seed=4 --json
if [ "$rc" = 0 ] && [ -s "$tmp/plain" ] && cmp -s "$tmp/out" "$tmp/plain"; then
    ok "simulate --games=3 --seed=4 is --games 3 --seed 4"
else
    notok "simulate --games=3 --seed=4: status $rc, or other output"
    show "$tmp/err"
fi
run simulate --gam 3 --se=4 --js
if [ "$rc" = 0 ] && cmp -s "$tmp/out" "$tmp/plain"; then
    ok "simulate --gam 3 --se=4 --js is --games 3 --seed 4 --json"
else
    notok "simulate --gam 3 --se=4 --js: status $rc, or other output"
    show "$tmp/err"
fi
run replay "$save" --ver
if [ "$rc" = 0 ] && grep -q '^Verified: ' "$tmp/out"; then
    ok "replay FILE --ver is --verify"
else
    notok "replay FILE --ver: status $rc"
    show "$tmp/err"
fi
run report "$save" --form=json --se 2
if [ "$rc" = 0 ] && grep -q '"view":	"morvane"' "$tmp/out"; then
    ok "report FILE --form=json --se 2: seat 2's JSON report"
else
    notok "report FILE --form=json --se 2: status $rc"
    show "$tmp/err"
fi

# 2. Ambiguous abbreviations are refused, naming the candidates, before
# anything runs (new would start the game).
want='--s: ambiguous option: --scenario, --seed, --save'
usage_error "simulate --s 3" simulate --s 3
want='--se: ambiguous option: --seat, --seed'
usage_error "new --se 5" new --se 5

# 3. A missing value, a value given to an option that takes none, an
# unknown option, a stray argument.
want='--format needs a value'
usage_error "report FILE --format" report "$save" --format
want='-o needs a value'
usage_error "report FILE -o" report "$save" -o
want='--verify takes no value'
usage_error "replay FILE --verify=yes" replay "$save" --verify=yes
want='--frobnicate: unknown option'
usage_error "replay --frobnicate" replay --frobnicate "$save"
want='extra: unexpected argument'
usage_error "bench extra" bench extra
want='--games x: expected a number'
usage_error "bench --games=x" bench --games=x
want='--odds takes no value'
usage_error "bench --odds=yes" bench --odds=yes

# 4. -- before FILEs that start with '-'; without it such a FILE is an
# option (and refused).
cp "$save" "$tmp/-game.json"
cp "$repo/assets/orders.json" "$tmp/-orders.json"
(cd "$tmp" && "$BIN" replay --verify -- -game.json) >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ "$rc" = 0 ] && grep -q '^Verified: ' "$tmp/out"; then
    ok "replay --verify -- -game.json replays the file"
else
    notok "replay --verify -- -game.json: status $rc"
    show "$tmp/err"
fi
(cd "$tmp" && "$BIN" report --format json -- -game.json) >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ "$rc" = 0 ] && grep -q '"format":	"mandate-report"' "$tmp/out"; then
    ok "report --format json -- -game.json reports the file"
else
    notok "report --format json -- -game.json: status $rc"
    show "$tmp/err"
fi
(cd "$tmp" && "$BIN" validate -- -orders.json) >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ "$rc" = 0 ] && grep -qx -- '-orders.json: ok' "$tmp/out"; then
    ok "validate -- -orders.json checks the file"
else
    notok "validate -- -orders.json: status $rc"
    show "$tmp/out" "$tmp/err"
fi
want='-g: unknown option'
(cd "$tmp" && "$BIN" replay -game.json) >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ "$rc" = 2 ] && [ "$(wc -l <"$tmp/err")" = 1 ] && grep -q "^mandate replay: $want" "$tmp/err"; then
    ok "replay -game.json without --: an unknown option, status 2"
else
    notok "replay -game.json without --: status $rc"
    show "$tmp/err"
fi

# 5. Options after FILEs, also under POSIXLY_CORRECT; FILEs in order.
POSIXLY_CORRECT=1 timeout 60 "$BIN" replay "$save" --verify >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ "$rc" = 0 ] && grep -q '^Verified: ' "$tmp/out"; then
    ok "replay FILE --verify under POSIXLY_CORRECT still takes --verify"
else
    notok "replay FILE --verify under POSIXLY_CORRECT: status $rc"
    show "$tmp/err"
fi
cp "$repo/assets/orders.json" "$tmp/b.json"
cp "$repo/assets/orders.json" "$tmp/a.json"
run validate "$tmp/b.json" "$tmp/a.json" -- "$tmp/-orders.json"
if [ "$rc" = 0 ] && [ "$(cat "$tmp/out")" = "$(printf '%s: ok\n' "$tmp/b.json" "$tmp/a.json" "$tmp/-orders.json")" ]; then
    ok "validate B A -- -C checks B, A and -C in that order"
else
    notok "validate B A -- -C: status $rc"
    show "$tmp/out" "$tmp/err"
fi
want='--verify: one file at a time'
usage_error "replay FILE -- --verify" replay "$save" -- --verify

# 6. new parses its options before it needs a terminal: valid ones get as
# far as the terminal check (status 1), a bad one is a usage error.
timeout 60 "$BIN" new --seed=5 --sea 1 --hot </dev/null >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ "$rc" = 1 ] && grep -q 'needs a terminal' "$tmp/err"; then
    ok "new --seed=5 --sea 1 --hot: parsed, then refused for want of a terminal"
else
    notok "new --seed=5 --sea 1 --hot: status $rc"
    show "$tmp/err"
fi

# 7. msel: the verb first, then its own options (export: -o; import:
# --scenario and -o), with the same getopt rules; errors name the verb.
run msel export lakeland
cp "$tmp/out" "$tmp/sheet"
run msel export -o"$tmp/a.csv" -- lakeland
if [ "$rc" = 0 ] && [ -s "$tmp/sheet" ] && cmp -s "$tmp/a.csv" "$tmp/sheet"; then
    ok "msel export -oFILE -- lakeland writes what msel export lakeland prints"
else
    notok "msel export -oFILE -- lakeland: status $rc, or other bytes"
    show "$tmp/err"
fi
run msel import "$tmp/a.csv" --sc=lakeland -o "$tmp/lake.json"
if [ "$rc" = 0 ] && grep -q '"id": "lakeland"' "$tmp/lake.json"; then
    ok "msel import FILE --sc=lakeland -o OUT: --sc is --scenario"
else
    notok "msel import FILE --sc=lakeland -o OUT: status $rc"
    show "$tmp/err"
fi
who="msel export" want='--scenario: unknown option (see mandate msel --help)$'
usage_error "msel export --scenario (import's option)" msel export --scenario lakeland lakeland
who="msel import" want='--scenario needs a value'
usage_error "msel import FILE --scenario" msel import "$tmp/a.csv" --scenario
who="msel export" want='tutorial: one file at a time'
usage_error "msel export lakeland tutorial" msel export lakeland tutorial
who="" want='frobnicate: expected export or import'
usage_error "msel frobnicate" msel frobnicate

# 8. complete, the words of the bash completion: in the table, left out of
# mandate --help (players never type it), parsed like the others.
run --help
if [ "$rc" = 0 ] && ! grep -q complete "$tmp/out"; then
    ok "mandate --help leaves out complete"
else
    notok "mandate --help lists complete"
fi
run complete seats -- tutorial
if [ "$rc" = 0 ] && [ "$(tr '\n' ' ' <"$tmp/out")" = "alvar brenn corsa " ]; then
    ok "complete seats -- tutorial: its seat ids"
else
    notok "complete seats -- tutorial: status $rc"
    show "$tmp/out" "$tmp/err"
fi
run complete --help
if [ "$rc" = 0 ] && grep -q "^usage: mandate complete " "$tmp/out"; then
    ok "mandate complete --help"
else
    notok "mandate complete --help: status $rc"
fi
want='--bogus: unknown option (see mandate complete --help)$'
usage_error "complete --bogus" complete --bogus scenarios
want='seats: which scenario'
usage_error "complete seats" complete seats
want='x: unexpected argument'
usage_error "complete scenarios x" complete scenarios x

# 9. The table: every command of mandate --help has an example naming it,
# its own --help (status 0, its usage on stdout) and refuses an unknown
# option in one line.
run --help
cmds=$(help_commands "$tmp/out")
[ -n "$cmds" ] || notok "mandate --help lists no commands"
cp "$tmp/out" "$tmp/help"
for c in $cmds; do
    if grep -A1 "^  $c\\b" "$tmp/help" | grep -q "^    *mandate $c\\b"; then
        ok "mandate --help: $c has an example"
    else
        notok "mandate --help: $c has no example line 'mandate $c ...'"
    fi
    run "$c" --help
    if [ "$rc" = 0 ] && grep -q "^usage: mandate $c\\b" "$tmp/out" && [ ! -s "$tmp/err" ]; then
        ok "mandate $c --help"
    else
        notok "mandate $c --help: status $rc"
        show "$tmp/out" "$tmp/err"
    fi
    want='--bogus: unknown option (see mandate '"$c"' --help)$'
    usage_error "$c --bogus" "$c" --bogus
done
exit 0
