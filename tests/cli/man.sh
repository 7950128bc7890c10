#!/bin/sh
# man.sh - issue 15: the manual page assets/man/mandate.6 is clean under both
# roff checkers Debian has (mandoc -T lint, groff -ww), renders through
# man -l without a warning, and names every command of `mandate --help`
# and every option of each command's --help. Prints TAP lines.
name=man
. "$(dirname "$0")/../lib/cli.sh"
page=$repo/assets/man/mandate.6

if command -v mandoc >/dev/null 2>&1; then
    mandoc -T lint -W all "$page" >"$tmp/lint" 2>&1
    rc=$?
    if [ $rc = 0 ] && [ ! -s "$tmp/lint" ]; then ok "mandoc -T lint -W all: clean"; else
        notok "mandoc -T lint -W all: clean (status $rc)"; show "$tmp/lint"; fi
else
    echo "ok - # SKIP mandoc is not installed"
fi
if command -v groff >/dev/null 2>&1; then
    groff -ww -man -z "$page" >"$tmp/groff" 2>&1
    rc=$?
    if [ $rc = 0 ] && [ ! -s "$tmp/groff" ]; then ok "groff -ww -man: no warning"; else
        notok "groff -ww -man: no warning (status $rc)"; show "$tmp/groff"; fi
else
    echo "ok - # SKIP groff is not installed"
fi
if command -v man >/dev/null 2>&1; then
    MANWIDTH=80 man -l "$page" >"$tmp/page" 2>"$tmp/man.err"
    if [ $? = 0 ] && [ ! -s "$tmp/man.err" ] && grep -q "EXIT STATUS" "$tmp/page"; then
        ok "man -l renders it without a warning"
    else
        notok "man -l renders it without a warning"; show "$tmp/man.err"
    fi
    # every line fits 80 columns
    wide=$(awk 'length($0) > 80' "$tmp/page" | head -n 3)
    if [ -z "$wide" ]; then ok "man -l at 80 columns: no line wider"; else
        notok "man -l at 80 columns: no line wider"; echo "$wide" | sed 's/^/#   /'; fi
else
    echo "ok - # SKIP man is not installed"
fi

# the commands of `mandate --help` and the options of each command's --help
"$BIN" --help >"$tmp/help"
cmds=$(help_commands "$tmp/help")
[ -n "$cmds" ] || { notok "mandate --help lists commands"; exit 1; }
missing=""
for c in $cmds; do
    grep -q "^\.B[IR]* \"*$c\b\|^\.B mandate $c\b\|^\.BI \"$c\|^\.BI $c\b" "$page" || missing="$missing $c"
done
if [ -z "$missing" ]; then ok "man page has every command: $(echo $cmds)"; else
    notok "man page lacks the commands:$missing"; fi
for c in $cmds; do
    case $c in msel) sub="msel export msel import" ;; *) sub=$c ;; esac
    for s in $(echo "$sub" | sed 's/msel /msel_/g'); do
        s=$(echo "$s" | tr _ ' ')
        # shellcheck disable=SC2086
        "$BIN" $s --help 2>&1 | sed 's/simulate --save//' >"$tmp/chelp"   # prose
        missing=""
        for o in $(grep -o -- '\(^\|[^a-zA-Z0-9-]\)--\?[a-z][a-z-]*' "$tmp/chelp" |
            sed 's/^[^-]*//' | sort -u); do
            esc=$(echo "$o" | sed 's/-/\\\\-/g')
            grep -q -- "$esc\b" "$page" || missing="$missing $o"
        done
        if [ -z "$missing" ]; then ok "man page has every option of $s"; else
            notok "man page lacks options of $s:$missing"; fi
    done
done
