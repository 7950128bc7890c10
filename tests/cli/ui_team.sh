#!/bin/sh
# ui_team.sh - human teams' names (issue 13: human teams appeared only as
# "Human"): mandate new --team SEAT=NAME, and the new-game screen's team
# cell; the name on the hot-seat curtain and in the save, the report (text
# and JSON) and the result; hostile names refused with a clear line that
# never echoes them. Prints TAP lines.
. "$(dirname "$0")/../tmux/lib.sh"

# refused WHAT WANT ARGS...: mandate new ARGS exits 2 with the line WANT
# on stderr, and nothing but printable text there.
refused() {
    what=$1 want=$2
    shift 2
    "$BIN" new "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
    status=$?
    if [ "$status" != 2 ] || ! grep -qxF -- "$want" "$tmp/err"; then
        echo "# status $status, stderr:"
        sed 's/^/#   /' "$tmp/err"
        notok "$what"
        return
    fi
    if LC_ALL=C grep -q "$(printf '[\001-\010\013-\037\177]')" "$tmp/err"; then
        notok "$what: a control character reached the terminal"
        return
    fi
    ok "$what"
}

tut="--scenario tutorial --seat alvar,brenn"
refused "--team: an AI seat" \
    "mandate new: --team corsa=...: corsa is played by the AI; teams name human seats (--seat) (see mandate new --help)" \
    $tut --team corsa=Foxes
refused "--team: an escape sequence is refused, not echoed" \
    "mandate new: --team alvar=...: the name is refused: a control character (U+001B) at character 1 (see mandate new --help)" \
    $tut --team "alvar=$(printf '\033[2J')Wiped"
refused "--team: not UTF-8" \
    "mandate new: --team alvar=...: the name is refused: not valid UTF-8 (byte 0xff at character 3) (see mandate new --help)" \
    $tut --team "alvar=ab$(printf '\377')"
refused "--team: too long" \
    "mandate new: --team alvar=...: the name is refused: 43 columns long: a team name fits in 39 (see mandate new --help)" \
    $tut --team "alvar=The Very Long Name Of A Team Of Peacekeeper"
refused "--team: an unknown seat, its text made printable" \
    "mandate new: --team z?rk=...: no contingent 'z?rk' in tutorial (it has: alvar, brenn, corsa) (see mandate new --help)" \
    $tut --team "z$(printf '\033')rk=Foxes"
refused "--team: no name" \
    "mandate new: --team: expected SEAT=NAME (e.g. --team alvar=Eagles) (see mandate new --help)" \
    $tut --team alvar
refused "--team: twice for one seat" \
    "mandate new: --team alvar: given twice (see mandate new --help)" \
    $tut --team alvar=Eagles --team 1=Owls

# newest_save: the newest save in the game's folder.
newest_save() { ls -t "$tmp"/saves/*.json 2>/dev/null | head -n 1; }

# --- two named teams, hot-seat -------------------------------------------------
tag="team: hot-seat"
ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 $BIN new $tut --team alvar=Eagles --team brenn=Owls --seed 4"
check "$tag: the curtain names the team and its contingent" \
    wait_for "Pass the keyboard to Eagles (Alvar)."
keys Enter
wait_for "Week 1 of 6: the brief for Alvar"
keys Escape
wait_for "New order (n)"
end_turn
check "$tag: the second team's name" wait_for "Pass the keyboard to Owls (Brenn)."
keys Enter
wait_for "Week 1 of 6: the brief for Brenn"
keys Escape
wait_for "New order (n)"
end_turn
check "$tag: week 2 starts with the first team" wait_for "Pass the keyboard to Eagles (Alvar)."
keys q
wait_for "Quit the game?"
keys y
wait_exit >/dev/null
save=$(newest_save)
check "$tag: the save keeps the names" \
    sh -c 'grep -qF "\"team\": \"Eagles\"" "$1" && grep -qF "\"team\": \"Owls\"" "$1"' x "$save"
"$BIN" report "$save" >"$tmp/report.md" 2>"$tmp/report.err"
check "$tag: the report names the teams instead of Human" \
    sh -c 'grep -qF "Eagles (human team)" "$1" && grep -qF "Owls (human team)" "$1" &&
        ! grep -w "Human" "$1" | sed "s/^/# /" | grep .' x "$tmp/report.md"
"$BIN" report "$save" --format json >"$tmp/report.json" 2>>"$tmp/report.err"
check "$tag: the JSON report has each human seat's team" \
    python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["seats"]; sys.exit(not (s[0]["team"]=="Eagles" and s[1]["team"]=="Owls" and "team" not in s[2]))' "$tmp/report.json"
ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 $BIN load '$save'"
check "$tag: a loaded game keeps the names" wait_for "Pass the keyboard to Eagles (Alvar)."
keys q
wait_for "Quit the game?"
keys y
wait_exit >/dev/null

# --- the new-game screen's team cell ---------------------------------------------
tag="team: new-game screen"
rm -f "$tmp"/saves/*.json
ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 $BIN"
wait_for "Load a saved game"
press n "Start the game"
keys Home
n=0
while ! screen | grep -qF "Tutorial: The Harbour Mission" && [ $n -lt 10 ]; do
    key_and_change Right
    n=$((n + 1))
done
check "$tag: the tutorial chosen" wait_for "Tutorial: The Harbour Mission"
keys Home Down
check "$tag: a human seat's team cell" wait_for "Team: (name it)"
keys Right Enter
check "$tag: Enter on it asks the name" wait_for "The team playing Alvar"
keys -l "Les Aigles ☃"
keys Enter
check "$tag: the cell shows the name" wait_for "Team: Les Aigles ☃"
keys End Enter
wait_for "Week 1 of 6: the brief for Alvar"
keys Escape
wait_for "New order (n)"
end_turn
wait_for "Report on week 1 of 6"
keys q
wait_for "Quit the game?"
keys y
check "$tag: quit, saved" [ "$(wait_exit)" = 0 ]
"$BIN" report "$(newest_save)" >"$tmp/report2.md" 2>&1
check "$tag: the report names it" grep -qF "Les Aigles ☃ (human team)" "$tmp/report2.md"

ui_done
