#!/bin/sh
# ui_scripts.sh - issue 15: a scenario written in other scripts (Chinese,
# Japanese, Korean, Greek, Cyrillic, accented Latin, a combining accent;
# tests/fixtures/cjk.json, whose names the old byte limits refused) played
# at 80x24: on every screen of a whole game - the brief, the playing
# screen with each panel, the order dialogs, a choice, the report, help -
# no line is wider than the terminal and every box keeps its borders
# (tests/tmux/borders.py). Prints TAP lines.
. "$(dirname "$0")/../tmux/lib.sh"
py=/usr/bin/python3
if ! "$py" -c 'import unicodedata' 2>/dev/null; then
    echo "ok - # SKIP $py is not installed"
    exit 0
fi
fixture=$repo/tests/fixtures/cjk.json

# aligned WHAT: the screen's boxes are whole (a TAP line).
aligned() {
    if screen | "$py" "$repo/tests/tmux/borders.py" 80 >"$tmp/borders"; then
        ok "80x24, $1: $(cat "$tmp/borders")"
    else
        notok "80x24, $1: borders"
        sed 's/^/#   /' "$tmp/borders"
        dump
    fi
}

# the checker itself sees a border pushed by a character counted wrong
printf '┌─ x ─┐\n│港湾 │\n│ab   │\n└─────┘\n' >"$tmp/good"
printf '┌─ x ─┐\n│港湾  │\n│ab   │\n└─────┘\n' >"$tmp/bad"
check "borders.py passes whole boxes" sh -c '"$1" "$2" 80 <"$3" >/dev/null' x "$py" "$repo/tests/tmux/borders.py" "$tmp/good"
check "borders.py catches a shifted border" sh -c '! "$1" "$2" 80 <"$3" >/dev/null' x "$py" "$repo/tests/tmux/borders.py" "$tmp/bad"

check "the fixture is valid" sh -c '"$1" validate "$2" >/dev/null' x "$BIN" "$fixture"

ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 $BIN new --scenario $fixture --seed 3"
check "the brief names the contingent in Japanese" wait_for "the brief for アルヴァル国際平和協力隊"
check "an inject title of 19 CJK characters, whole" wait_for "港口燃料危机：国际部队的补给线被切断了"
aligned "brief"
keys Escape
wait_for "New order (n)"
check "sector names in four scripts" sh -c 'for n in 港湾镇中心区 "Märkthügel Höhe" "Río Vado Ñandú" Северный; do echo "$1" | grep -qF "$n" || exit 1; done' x "$(screen)"
aligned "playing screen"
for p in 3 4 5 6; do
    keys "$p"
    case $p in 3) w="Dossiers on" ;; 4) w="Mandate" ;; 5) w="Trust in" ;; 6) w="Week 1" ;; esac
    wait_for "$w"
    aligned "panel $p"
done
keys 1
press n "New order: what?"
aligned "order dialog"
keys p a t
select_row "Patrol"
keys Enter
wait_for "Märkthügel Höhe"
aligned "choosing a sector"
keys Escape Escape Escape
wait_gone "New order: what?"
keys '?'
wait_for "Help: keys and rules"
aligned "help"
keys Escape
wait_gone "Help: keys and rules"

week=1
while [ $week -le 6 ]; do
    if [ $week -gt 1 ]; then
        wait_for "Report on week $((week - 1)) of 6" || break
        aligned "report on week $((week - 1))"
        keys Enter
        wait_for "Week $week of 6: the brief for アルヴァル" || break
        aligned "brief of week $week"
        if [ $week = 4 ]; then
            check "a choice labelled in Chinese" wait_for "接受电台，并感谢对方的慷慨"
        fi
        keys Escape
    fi
    wait_for "New order (n)" || break
    end_turn || break
    week=$((week + 1))
done
check "six weeks played" [ $week = 7 ]
wait_for "Report on week 6 of 6"
aligned "report on week 6"
keys Enter
wait_for "The end of the mandate"
keys Enter
wait_for "Declassified timeline"
keys q
wait_for "Close the debrief?" && keys y
check "exit status 0" [ "$(wait_exit)" = 0 ]
check "terminal restored" restored
ui_done
