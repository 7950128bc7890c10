#!/bin/sh
# hostile_text.sh - issue 9, points 10 and 11: what a save or a scenario
# holds reaches no output unescaped. A game of tests/fixtures/
# hostile_text.json (names and texts with <script>, <img onerror>, |,
# backticks, Markdown specials, line breaks), its save's game_version,
# started_at and saved_at made hostile too, gives a Markdown report whose
# every table row keeps its header's cell count and in which no raw tag
# appears, an HTML report without raw tags, and a JSON report that keeps
# the text; a role brief (handout) of that scenario escapes every text
# too (issue 13). C1 control characters (U+0080-U+009F) are refused by every
# command that loads a file, and no output of any command carries a raw
# C1 byte pair. Prints TAP lines.
name=hostile_text
. "$(dirname "$0")/../lib/cli.sh"

c1=$(printf '\302[\200-\237]')
# no_c1 FILE...: 0 when no file holds a C1 control (bytes C2 80-9F).
no_c1() { ! LC_ALL=C grep -q "$c1" "$@"; }
# tables FILE: prints the Markdown table rows whose count of cell pipes
# (not escaped) differs from their table's header row; 0 when none.
tables() {
    awk '
        /^\|/ {
            row = $0
            gsub(/\\\\/, "", row)
            gsub(/\\\|/, "", row)
            n = gsub(/\|/, "", row)
            if (want == "") want = n
            else if (n != want) { print "# line " NR ": " n " pipes, header " want ": " $0; bad = 1 }
            next
        }
        { want = "" }
        END { exit bad }' "$1"
}

save=$tmp/hostile.json
run simulate --scenario "$repo/tests/fixtures/hostile_text.json" --games 1 --seed 3 --save "$save"
if [ "$rc" != 0 ] || [ ! -s "$save" ]; then
    notok "simulate --save of the hostile scenario (status $rc)"; show "$tmp/err"; exit 1
fi
no_c1 "$tmp/out" && simulate_clean=1
sed -e 's|^  "game_version": .*|  "game_version": "<script>alert(1)</script>\|`v`",|' \
    -e 's|^  "started_at": .*|  "started_at": "<img src=x onerror=alert(2)>\|",|' \
    -e 's|^  "saved_at": .*|  "saved_at": "2030-01-02T03:04:05Z\|`*x*`",|' "$save" >"$tmp/h.json"
if ! grep -q 'onerror=alert(2)' "$tmp/h.json"; then notok "the save's header was not patched"; exit 1; fi

# --- Markdown -----------------------------------------------------------------
run report "$tmp/h.json"
cp "$tmp/out" "$tmp/h.md"
rows=$(grep -c '^|' "$tmp/h.md")
if [ "$rc" = 0 ] && [ "$rows" -gt 40 ] && tables "$tmp/h.md" >"$tmp/bad_rows"; then
    ok "Markdown: every table row keeps its header's cells ($rows rows; issue 9)"
else
    notok "Markdown: table rows broken (status $rc, $rows rows; issue 9)"; show "$tmp/bad_rows" "$tmp/err"
fi
if [ "$rc" = 0 ] && ! grep -qiE '<script|<img|<b>' "$tmp/h.md" &&
   grep -qF '(saved by mandate &lt;script>alert(1)&lt;/script>\|\`v\`)' "$tmp/h.md" &&
   grep -qF 'started &lt;img src=x onerror=alert(2)>\|, saved 2030-01-02 03:04 UTC' "$tmp/h.md" &&
   [ "$(grep -c '^# ' "$tmp/h.md")" = 1 ] && ! grep -q '^    code' "$tmp/h.md"; then
    ok "Markdown: no raw tag, no line break, the header fields escaped (issue 9)"
else
    notok "Markdown: raw text got through (issue 9)"
    grep -niE '<script|<img|<b>|^# |^    code|Date of play|saved by' "$tmp/h.md" | show
fi

# --- HTML and JSON ------------------------------------------------------------
run report "$tmp/h.json" --format html
if [ "$rc" = 0 ] && ! grep -qiE '<script|<img|<b>' "$tmp/out" &&
   grep -qF 'saved by mandate &lt;script&gt;alert(1)&lt;/script&gt;|`v`' "$tmp/out"; then
    ok "HTML: every text escaped (issue 9)"
else
    notok "HTML: raw text got through (status $rc; issue 9)"
    grep -oiE '.{30}(<script|<img|<b>).{30}' "$tmp/out" | show
fi
cp "$tmp/out" "$tmp/h.html"
run report "$tmp/h.json" --format json
if [ "$rc" = 0 ] && grep -qF '"game_version":	"<script>alert(1)</script>|`v`"' "$tmp/out" &&
   grep -qF '"text":	"What now?\n# Heading\n| a | b |\n<script>alert(4)</script>\n    code\n- item"' "$tmp/out"; then
    ok "JSON: texts kept, escaped by cJSON"
else
    notok "JSON: texts (status $rc)"; grep -n 'game_version\|What now' "$tmp/out" | show
fi
cp "$tmp/out" "$tmp/h.out.json"
run replay "$tmp/h.json"
cp "$tmp/out" "$tmp/h.log"
if [ "$simulate_clean" = 1 ] && no_c1 "$tmp/h.md" "$tmp/h.html" "$tmp/h.out.json" "$tmp/h.log"; then
    ok "no output of simulate, report or replay carries a C1 control (issue 9)"
else
    notok "a C1 control in an output (issue 9)"
fi

# --- a role brief of the hostile scenario (issue 13) ---------------------------------
bad=0
for seat in 1 2; do
    run handout --scenario "$repo/tests/fixtures/hostile_text.json" --seat "$seat"
    if [ "$rc" != 0 ] || grep -qiE '<script|<img|<b>' "$tmp/out" ||
       [ "$(grep -c '^# ' "$tmp/out")" != 1 ] || grep -q '^    ' "$tmp/out"; then
        echo "# handout --seat $seat: status $rc"; grep -niE '<script|<img|<b>|^# |^    ' "$tmp/out" | show
        bad=$((bad + 1))
    fi
    run handout --scenario "$repo/tests/fixtures/hostile_text.json" --seat "$seat" --format html
    if [ "$rc" != 0 ] || grep -qiE '<script|<img|<b>' "$tmp/out"; then
        echo "# handout --seat $seat --format html: status $rc"; bad=$((bad + 1))
    fi
done
if [ "$bad" = 0 ]; then
    ok "handout: every text of a hostile scenario escaped, in Markdown and HTML (issue 13)"
else
    notok "handout: raw text got through (issue 13)"
fi

# --- C1 controls are refused wherever a file is loaded -----------------------------
bad=0
for cmd in "validate $repo/tests/fixtures/bad/c1_raw.json" \
           "validate $repo/tests/fixtures/bad/c1_escaped.json" \
           "simulate --games 1 --scenario $repo/tests/fixtures/bad/c1_raw.json" \
           "simulate --games 1 --scenario $repo/tests/fixtures/bad/c1_escaped.json" \
           "replay $repo/tests/fixtures/saves/c1_started_at.json" \
           "report $repo/tests/fixtures/saves/c1_started_at.json" \
           "report --format html $repo/tests/fixtures/saves/c1_embedded.json" \
           "handout --seat 1 --scenario $repo/tests/fixtures/bad/c1_raw.json" \
           "replay $repo/tests/fixtures/saves/c1_embedded.json"; do
    # shellcheck disable=SC2086
    run $cmd
    if [ "$rc" != 1 ] || [ "$(wc -l <"$tmp/err")" != 1 ] ||
       ! grep -q 'control character U+00[89]' "$tmp/err" || ! no_c1 "$tmp/out" "$tmp/err"; then
        echo "# mandate $cmd: status $rc"; show "$tmp/err"
        bad=$((bad + 1))
    fi
done
if [ "$bad" = 0 ]; then
    ok "validate, simulate, replay, report and handout refuse C1 controls in one line, printing none (issue 9)"
else
    notok "$bad commands let a C1 control through (issue 9)"
fi
