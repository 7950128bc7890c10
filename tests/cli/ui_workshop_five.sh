#!/bin/sh
# ui_workshop_five.sh - issue 12: a five-team workshop run from the
# commands alone, in one tmux session: `mandate serve` of lakeland with
# every seat human (its five contingents: five teams and no AI seat),
# the facilitator's console, the projector board at 120x40 and five
# `mandate join` windows at 80x24. Through all twelve weeks: in weeks 1,
# 6 and 12 every team gives a patrol and confirms; the others the
# facilitator resolves at once ("resolve now": the teams' seats, empty,
# get their AI's orders - lakeland's drift collapses a mission whose
# teams give a patrol each for two weeks running, and a week of five
# teams at the keys is the test's slowest part); the board counts the confirmations in and follows each
# week; after the end the facilitator steps the board through the hot
# wash; `mandate replay --verify` of the server's save passes. Nothing
# touches a JSON file. UI_CAPTURE=DIR keeps text captures of the screens
# (the README's). Prints TAP lines.
. "$(dirname "$0")/../tmux/lib.sh"

teams="kestria morvane lisselund sevrana garrovia"
weeks=12
hand_weeks=" 1 6 12 "     # the weeks the teams confirm at the keys

# name T: the seat's name as serve prints it (Kestria).
name() { echo "$1" | awk '{ print toupper(substr($0, 1, 1)) substr($0, 2) }'; }
# five_connected: the console's roster has five teams connected.
five_connected() { [ "$(wscreen fac | grep -c "not confirmed, connected")" = 5 ]; }
# at_brief T W: the team in window T has gone on to week W's brief
# (after week W-1's report when W > 1).
at_brief() {
    if [ "$2" -gt 1 ]; then
        wait_in "$1" "Report on week $(($2 - 1)) of $weeks" || return 1
        wkeys "$1" Enter
    fi
    wait_in "$1" "Week $2 of $weeks: the brief for"
}

serve_start --scenario lakeland --seed 11 --seats all --deadline 900 \
    --save-dir "'$tmp/saves'"
n=0
for t in $teams; do
    [ -n "$(token "$(name $t)")" ] && n=$((n + 1))
done
check "five: serve prints a line for each of the five teams" [ $n = 5 ]
[ -z "${UI_CAPTURE:-}" ] || { mkdir -p "$UI_CAPTURE" && cp "$tmp/serve.out" "$UI_CAPTURE/serve-out.txt"; }
console fac
projector board
t resize-window -t board -x 120 -y 40
for t in $teams; do
    join_team $t "$(name $t)"
done

tag="five week 1"
if wait_in fac "FACILITATOR - WHOLE TRUTH"; then
    ok "$tag: the console"
else
    notok "$tag: the console"
    sed 's/^/# the console'"'"'s stderr: /' "$tmp/fac.err"
fi
check "$tag: the board at 120x40, in big figures" wait_in board "MANDATE (average stability)"
check "$tag: no seat is the AI's: none confirmed yet" wait_in board "ORDERS IN: 0 of 5"
for t in $teams; do
    check "$tag: $(name $t)'s brief" wait_in $t "Week 1 of $weeks: the brief for $(name $t)"
done
snap team-brief kestria
wkeys fac 3
check "$tag: the roster has the five teams connected" wait_until five_connected
snap fac-roster-five fac
snap board-five-120 board
# a pause shows on the projector, in words and on the big clock
wkeys fac p
check "$tag: paused: the board says so" wait_in board "EXERCISE PAUSED"
check "$tag: paused: its big clock too" wait_in board "CLOCK - PAUSED"
check "$tag: paused: the teams' headers" wait_in garrovia "PAUSED"
snap board-five-paused board
wkeys fac p
ui_win=board
check "$tag: resumed: the board's PAUSED goes" wait_gone "PAUSED"
wkeys fac 4
check "$tag: the MSEL: lakeland's first inject is live" wait_in fac "LIVE     wk 1  Deployment complete"
snap fac-five-msel fac
# each team confirms in turn: the board counts them in
i=0
for t in $teams; do
    i=$((i + 1))
    [ $i = 5 ] && break
    confirm_in $t order
    check "$tag: $(name $t) confirmed: $i of 5 on the board" wait_in board "ORDERS IN: $i of 5"
    [ $i = 1 ] && wait_in kestria "Waiting for other teams" && snap team-waiting kestria
    check "$tag: the board marks $(name $t)" wait_until row_has board "$(name $t)" "CONFIRMED"
done
snap board-five-4of5 board
confirm_in garrovia order
check "$tag: the fifth confirmation ends the week: the board shows week 2" \
    wait_in board "Week 2 of $weeks"

week=2
while [ $week -le $weeks ]; do
    for t in $teams; do
        at_brief $t $week || break 2
    done
    case $hand_weeks in
    *" $week "*)
        for t in $teams; do
            confirm_in $t order || break 2
        done
        ;;
    *)
        wkeys fac n
        wait_in fac "Resolve this week now?" || break
        wkeys fac y
        check "five week $week: resolved now by the facilitator" \
            wait_in fac "Week $week resolved." || break
        ;;
    esac
    if [ $week -lt $weeks ]; then
        check "five week $week: the board moves on to week $((week + 1))" \
            wait_in board "Week $((week + 1)) of $weeks" || break
    fi
    week=$((week + 1))
done
check "five: all twelve weeks played" [ $week = 13 ]

tag="five end"
check "$tag: the board says the game is over" wait_in board "THE END"
snap board-five-end board
for t in $teams; do
    wait_in $t "Report on week $weeks of $weeks" && wkeys $t Enter
    check "$tag: $(name $t): the game has ended" wait_in $t "The game has ended"
done
snap team-ended kestria

tag="five hot wash"
wkeys fac 6
check "$tag: the console lists the debrief's pages" wait_in fac "1. Exercise overview"
wkeys fac Right
check "$tag: the board shows page 1" wait_in board "HOT WASH - the declassified debrief, page 1 of"
for page in "Declassified timeline - Turn 12" "Who spied on whom" "Charts - Trust over time"; do
    pick_page "$page"
    check "$tag: the board shows: $page" wait_in board "$page"
    snap "board-five-$(echo "$page" | tr -c 'a-zA-Z0-9\n' -)" board
done
# issue 12 (left at stop 19): the page was wrapped at 76 columns on every
# board, centred 22 columns in at 120x40; now at the board's width: the
# trust table in columns, from the left margin
trust_table() {
    wscreen board | grep -q '^ Turn  *Kestria  *Morvane  *Lisselund  *Sevrana  *Garrovia'
}
check "$tag: at 120x40 the page takes the board's width (the trust table in columns)" \
    wait_until trust_table
snap fac-five-projector fac
wkeys fac 5
check "five: the console's journal" wait_in fac "Controller's journal"
snap fac-five-journal fac

save=$(ls -t "$tmp/saves"/*.json 2>/dev/null | head -n 1)
"$BIN" replay --verify "$save" >"$tmp/replay.out" 2>&1
check "five: replay --verify of the server's save passes" \
    grep -q "^Verified: the checksums of all $weeks turns match" "$tmp/replay.out"
check "five: the journal has the pause and the resume" \
    sh -c 'grep -q "Paused the exercise" "$1" && grep -q "Resumed the exercise" "$1"' x "$tmp/replay.out"
check "five: the journal has the weeks resolved at once" \
    [ "$(grep -c "Resolved the week at once" "$tmp/replay.out")" = 9 ]
"$BIN" report "$save" >"$tmp/report.md" 2>"$tmp/report.err"
check "five: mandate report of the save has the controller's journal" \
    grep -q "Controller's journal" "$tmp/report.md"
[ -n "${UI_CAPTURE:-}" ] && cp "$tmp/report.md" "$UI_CAPTURE/report.md"
ui_done
