#!/bin/sh
# report.sh - "mandate report" (issue 6): the after-action report of a
# simulated game in Markdown, HTML and JSON; bad input gives one line
# naming the file and status 1, a usage error status 2; -o writes
# atomically; and the HTML report renders in a real browser (headless
# Chromium, Debian's chromium package) to a PNG that is neither missing
# nor blank, and prints to several PDF pages. Prints TAP lines. $BIN is
# the mandate binary (default ./mandate). Needs POSIX sh, grep, od, wc.
name=report
. "$(dirname "$0")/../lib/cli.sh"

# check NAME WANT_RC PATTERN: status WANT_RC and exactly one stderr line
# matching PATTERN.
check_error() {
    name=$1 want=$2 pat=$3
    lines=$(wc -l <"$tmp/err")
    if [ "$rc" = "$want" ] && [ "$lines" = 1 ] && grep -q -- "$pat" "$tmp/err"; then
        ok "$name"
    else
        notok "$name (status $rc, $lines error lines)"
        show "$tmp/err"
    fi
}

save=$tmp/game.json
run simulate --games 1 --seed 11 --save "$save"
if [ "$rc" = 0 ] && [ -s "$save" ]; then ok "simulate --save writes a game"; else
    notok "simulate --save (status $rc)"; show "$tmp/err"; exit 1; fi

# --- Markdown to standard output --------------------------------------------
run report "$save"
if [ "$rc" = 0 ] && [ ! -s "$tmp/err" ] &&
   grep -q '^# After-Action Report / Improvement Plan' "$tmp/out" &&
   grep -q '^## 1. Exercise overview' "$tmp/out" &&
   grep -q '^## 2. Learning objectives' "$tmp/out" &&
   grep -q '^## 5. Improvement plan' "$tmp/out" &&
   grep -q '^## 6. Declassified timeline' "$tmp/out" &&
   grep -q '^## 11. Discussion questions' "$tmp/out" &&
   grep -q '| Seed | 11 |' "$tmp/out"; then
    ok "report FILE writes the Markdown report"
else
    notok "report FILE (status $rc)"; show "$tmp/err"; head -n 5 "$tmp/out" | show
fi
cp "$tmp/out" "$tmp/first.md"
run report "$save" --format md
if cmp -s "$tmp/out" "$tmp/first.md"; then ok "the report is deterministic"; else
    notok "two runs differ"; fi
# every objective row has a rating letter or "no"
rows=$(grep -cE '^\| [1-8] \| .* \| (yes \| \*\*[PSMU]\*\*|no \| -) ' "$tmp/first.md")
if [ "$rows" = 8 ]; then ok "all eight objectives are listed with a rating or as absent"; else
    notok "objective rows: $rows"; grep '^| [1-8] |' "$tmp/first.md" | show; fi

# --- HTML and JSON through -o -------------------------------------------------
run report "$save" --format html -o "$tmp/aar.html"
if [ "$rc" = 0 ] && [ ! -s "$tmp/out" ] && grep -q '<!DOCTYPE html>' "$tmp/aar.html" &&
   grep -q '</html>' "$tmp/aar.html" && grep -q '<svg' "$tmp/aar.html" &&
   grep -q '@media print' "$tmp/aar.html"; then
    ok "report --format html -o OUT writes one page"
else
    notok "report --format html (status $rc)"; show "$tmp/err"
fi
if grep -qiE '<script|src=|url\(|@import|<link' "$tmp/aar.html"; then
    notok "the HTML report fetches something"; grep -oiE '.{20}(<script|src=|url\(|@import|<link).{20}' "$tmp/aar.html" | show
else
    ok "the HTML report is self-contained"
fi
run report "$save" --format json -o "$tmp/aar.json"
if [ "$rc" = 0 ] && grep -q '"format":	"mandate-report"' "$tmp/aar.json" &&
   grep -q '"objectives":' "$tmp/aar.json" && grep -q '"timeline":' "$tmp/aar.json" &&
   grep -q '"improvement_plan":' "$tmp/aar.json" && grep -q '"series":' "$tmp/aar.json" &&
   [ "$(head -c 1 "$tmp/aar.json")" = "{" ] && [ "$(tail -c 2 "$tmp/aar.json")" = "}" ]; then
    ok "report --format json writes the documented keys"
else
    notok "report --format json (status $rc)"; show "$tmp/err"; head -n 5 "$tmp/aar.json" | show
fi
leftover=$(find "$tmp" -name '*.tmp*' | wc -l)
if [ "$leftover" = 0 ]; then ok "-o leaves no temporary file"; else notok "$leftover temporary files left"; fi
echo "old" >"$tmp/keep.md"
run report "$save" -o "$tmp/keep.md"
if [ "$rc" = 0 ] && cmp -s "$tmp/keep.md" "$tmp/first.md"; then ok "-o replaces an existing file"; else
    notok "-o over an existing file (status $rc)"; fi

# Only a regular file is replaced: a pipe (or a device) is written into,
# a symbolic link keeps pointing at the file that gets the report.
mkfifo "$tmp/pipe"
timeout 60 cat "$tmp/pipe" >"$tmp/from_pipe" &
reader=$!
run report "$save" -o "$tmp/pipe"
wait "$reader"
if [ "$rc" = 0 ] && [ -p "$tmp/pipe" ] && cmp -s "$tmp/from_pipe" "$tmp/first.md"; then
    ok "-o into a pipe writes through it and leaves the pipe"
else
    notok "-o into a pipe (status $rc)"; show "$tmp/err"
fi
echo "old" >"$tmp/target.md"
ln -s target.md "$tmp/link.md"
run report "$save" -o "$tmp/link.md"
if [ "$rc" = 0 ] && [ -L "$tmp/link.md" ] && cmp -s "$tmp/target.md" "$tmp/first.md"; then
    ok "-o through a symbolic link replaces the file it names"
else
    notok "-o through a symbolic link (status $rc)"; show "$tmp/err"
fi

# --- bad input and usage ------------------------------------------------------
run report "$tmp/missing.json"
check_error "a missing save is one line naming it, status 1" 1 "missing.json"
run report "$repo/tests/fixtures/saves/corrupted.json"
check_error "a corrupt save is one line naming it, status 1" 1 "corrupted.json"
run report "$repo/tests/fixtures/saves/truncated.json" --format html
check_error "a truncated save is one line naming it, status 1" 1 "truncated.json"
run report "$save" -o "$tmp/no/such/dir/aar.html"
check_error "an unwritable -o is one line naming it, status 1" 1 "aar.html"
run report "$save" --format pdf
if [ "$rc" = 2 ] && head -n 1 "$tmp/err" | grep -q 'format pdf'; then
    ok "an unknown format is a usage error"; else notok "--format pdf: status $rc"; show "$tmp/err"; fi
run report
if [ "$rc" = 2 ]; then ok "no file is a usage error"; else notok "no file: status $rc"; fi
run report "$save" --colour
if [ "$rc" = 2 ]; then ok "an unknown option is a usage error"; else notok "--colour: status $rc"; fi
run report "$save" -o
if [ "$rc" = 2 ]; then ok "-o without a value is a usage error"; else notok "-o: status $rc"; fi
run report --help
if [ "$rc" = 0 ] && grep -q 'usage: mandate report' "$tmp/out"; then ok "report --help"; else
    notok "report --help (status $rc)"; fi

# Issue 9: `report x.json -o x.json` overwrote the save with the report
# (status 0). OUT naming the save - by the same name, another spelling, a
# symbolic or a hard link - is refused in one line, status 2, the save
# left as it was.
cp "$save" "$tmp/kept.json"
ln -s kept.json "$tmp/kept-link.json"
ln "$tmp/kept.json" "$tmp/kept-hard.json"
cp "$tmp/kept.json" "$tmp/kept.orig"
bad=0
for o in "$tmp/kept.json" "$tmp/./kept.json" "$tmp/kept-link.json" "$tmp/kept-hard.json"; do
    run report "$tmp/kept.json" -o "$o"
    if [ "$rc" != 2 ] || [ "$(wc -l <"$tmp/err")" != 1 ] || ! grep -qF -- "-o $o: that is the save" "$tmp/err" ||
       ! cmp -s "$tmp/kept.json" "$tmp/kept.orig"; then
        echo "# -o $o: status $rc"; show "$tmp/err"
        bad=$((bad + 1))
    fi
done
if [ "$bad" = 0 ] && [ -L "$tmp/kept-link.json" ]; then
    ok "issue 9: -o naming the save itself (4 spellings) is refused and the save kept"
else
    notok "issue 9: -o onto the save: $bad spellings misbehave"
fi

# --- in a real browser --------------------------------------------------------
chrome=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chrome" ]; then
    notok "chromium missing (apt-get install -y chromium)"
    exit 0
fi
# shot URL PNG: a 1200x3000 screenshot of URL.
shot() {
    profile=$(mktemp -d "$tmp/profile.XXXXXX")
    timeout 120 "$chrome" --headless --no-sandbox --disable-gpu --disable-quic \
        --no-first-run --disable-background-networking --disable-component-update \
        --disable-sync --user-data-dir="$profile" --screenshot="$2" \
        --window-size=1200,3000 "$1" >"$tmp/chrome.log" 2>&1
}
# png_size PNG: "WIDTH HEIGHT" from the IHDR chunk.
png_size() {
    od -An -tu1 -j16 -N8 "$1" |
        awk '{ print ($1*16777216 + $2*65536 + $3*256 + $4), ($5*16777216 + $6*65536 + $7*256 + $8) }'
}
printf '<!DOCTYPE html><html><body style="background:#fff"></body></html>\n' >"$tmp/blank.html"
shot "file://$tmp/blank.html" "$tmp/blank.png"
shot "file://$tmp/aar.html" "$tmp/aar.png"
brc=$?
sig=$(od -An -c -N4 "$tmp/aar.png" 2>/dev/null | tr -d ' ')
size=$(wc -c <"$tmp/aar.png" 2>/dev/null || echo 0)
blank=$(wc -c <"$tmp/blank.png" 2>/dev/null || echo 0)
dims=$(png_size "$tmp/aar.png" 2>/dev/null)
if [ "$brc" = 0 ] && [ "$sig" = '211PNG' ] && [ "$dims" = "1200 3000" ]; then
    ok "chromium renders the HTML report to a 1200x3000 PNG"
else
    notok "chromium render (status $brc, signature '$sig', size '$dims')"; show "$tmp/chrome.log"
fi
# A page of one colour compresses to a few kilobytes whatever its size:
# the report must weigh many times the blank page, and over 100 KB.
if [ "$size" -gt 100000 ] && [ "$blank" -gt 0 ] && [ "$size" -gt $((blank * 5)) ]; then
    ok "the rendered report is not blank ($size bytes; a blank page $blank)"
else
    notok "the rendered report looks blank ($size bytes; a blank page $blank)"
fi
if grep -qiE 'Uncaught|SyntaxError|Failed to load|ERR_' "$tmp/chrome.log"; then
    notok "chromium reported an error"; grep -iE 'Uncaught|SyntaxError|Failed to load|ERR_' "$tmp/chrome.log" | show
else
    ok "chromium reports no rendering error"
fi
profile=$(mktemp -d "$tmp/profile.XXXXXX")
timeout 120 "$chrome" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --no-pdf-header-footer --print-to-pdf="$tmp/aar.pdf" \
    "file://$tmp/aar.html" >"$tmp/chrome.log" 2>&1
pages=$(grep -ac '/Type /Page$\|/Type /Page[^s]' "$tmp/aar.pdf" 2>/dev/null || echo 0)
if [ "$pages" -ge 4 ]; then ok "the HTML report prints to $pages pages"; else
    notok "printing gave $pages pages"; show "$tmp/chrome.log"; fi
exit 0
