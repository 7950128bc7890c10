#!/bin/sh
# ui_facilitator.sh - `mandate new --facilitator` in a real terminal
# (tmux, 80x24; issue 12): the facilitator's console comes behind its own
# curtain at the start of each week, marked as the whole truth; it fires
# an inject, pauses (the teams cannot play until it resumes) and writes a
# note; the team's screens show nothing of it; the save holds the actions
# and replays to the same checksums; the journal is in the declassified
# report and in no team's. A finished game loaded with --facilitator has
# its hot wash on this screen (no board). Prints TAP lines.
. "$(dirname "$0")/../tmux/lib.sh"

ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 $BIN new --seed 5 --seat kestria --facilitator"
check "facilitator: its curtain comes first" wait_for "Pass the keyboard to the facilitator."
check "facilitator: everyone else is told to look away" \
    wait_for "look away: the facilitator's console shows every secret"
keys Enter
check "facilitator: the console says it is the whole truth" wait_for "FACILITATOR - WHOLE TRUTH"
check "facilitator: the board shows every contingent's state" wait_for "Contingents (score"
keys 4
check "facilitator: the MSEL lists the injects" wait_for "upcoming       A bargain on radios"
keys Down Down
press f "Fired: live this week."
check "facilitator: the fired inject is live in week 1" wait_for "LIVE     wk 1  A bargain on radios"
press p "PAUSED"
keys 3
check "facilitator: the roster says the exercise is paused" \
    wait_for "EXERCISE PAUSED: seats' orders are refused."
press c "The exercise is paused: p resumes it"
check "facilitator: the teams do not play while paused" \
    sh -c '! echo "$1" | grep -qF "Pass the keyboard to Kestria"' x "$(screen)"
press p "Resumed."
press j "A note in the journal"
keys -l "CANARY-NOTE-J the room is quiet"
press Enter "Noted."
keys 5
check "facilitator: the journal holds the fire, the pause and the note" \
    wait_for "Note: CANARY-NOTE-J the room is quiet"
check "facilitator: the journal names the inject fired" wait_for 'Fired the inject "A bargain on radios"'
press c "Pass the keyboard to Kestria."
check "facilitator: nothing of the console stays on the team's curtain" \
    sh -c '! echo "$1" | grep -qF -e FACILITATOR -e CANARY' x "$(t capture-pane -p -S -5000)"
keys Enter
check "facilitator: Kestria's brief" wait_for "Week 1 of 12: the brief for Kestria"
check "facilitator: Kestria's brief has not Lisselund's inject" \
    sh -c '! echo "$1" | grep -qF "A bargain on radios"' x "$(screen)"
keys Escape
wait_for "New order (n)" && end_turn
check "facilitator: week 2 begins with the facilitator" \
    wait_for "Pass the keyboard to the facilitator."
keys Enter
check "facilitator: week 2 in the console" wait_for "week 2/12"
# stop 19's note: the keys' box was 60 columns, each description wrapped
# back to its first column and the last keys fell off the screen
keys '?'
check "facilitator: ? lists the console's keys" wait_for "The facilitator's keys"
check "facilitator: a key's text on its own line" \
    wait_for "w          rewind to the start of an earlier week (asks first)"
check "facilitator: its continuation under the text, not the key" \
    wait_for "             projector"
check "facilitator: the keys end with what c does here" \
    wait_for "c          hand the keyboard back to the teams"
keys Escape
check "facilitator: Esc closes the keys" wait_gone "The facilitator's keys"
keys q
wait_for "Quit the game" && keys y
check "facilitator: quit, exit 0" [ "$(wait_exit)" = 0 ]
check "facilitator: terminal restored" restored

save=$(ls -t "$tmp"/saves/*.json 2>/dev/null | head -n 1)
check "facilitator: the game was saved" [ -s "$save" ]
check "facilitator: the save holds the fire" grep -qF '"action":"fire","inject":"vendor_radios"' "$save"
"$BIN" replay "$save" --verify --reveal >"$tmp/replay.txt" 2>&1
check "facilitator: replay --verify exits 0" [ $? = 0 ]
check "facilitator: the replay ends with the controller's journal" \
    grep -q 'week 1 .* Fired the inject "A bargain on radios"' "$tmp/replay.txt"
check "facilitator: with the note" grep -qF "Note: CANARY-NOTE-J" "$tmp/replay.txt"
"$BIN" replay "$save" --seat kestria >"$tmp/replay-k.txt" 2>&1
check "facilitator: Kestria's replay has no journal" \
    sh -c '! grep -qF -e CANARY -e "Controller" "$1"' x "$tmp/replay-k.txt"
"$BIN" report "$save" --reveal >"$tmp/all.md" 2>/dev/null
check "facilitator: the declassified report has the controller's journal" \
    grep -qF "Controller's journal" "$tmp/all.md"
check "facilitator: with the note" grep -qF "CANARY-NOTE-J" "$tmp/all.md"
"$BIN" report "$save" --seat kestria >"$tmp/kestria.md" 2>/dev/null
check "facilitator: Kestria's report is written" [ -s "$tmp/kestria.md" ]
check "facilitator: Kestria's report has no journal" \
    sh -c '! grep -qF -e CANARY -e "Controller" "$1"' x "$tmp/kestria.md"

# --- the hot wash of a local game (issue 12): no board, so this screen is
# the projector: from the result, f opens the console (behind its curtain)
# on its projector page; the page picked fills the screen with the same
# number and title as the networked board's; Right steps on; Esc comes
# back to the console, c to the result ---------------------------------------
"$BIN" simulate --scenario tutorial --games 1 --seed 5 --save "$tmp/done.json" >/dev/null 2>&1
ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 $BIN load $tmp/done.json --facilitator --save-dir $tmp/saves"
check "hot wash: the result offers it" wait_for "f hot wash (facilitator)"
keys f
check "hot wash: behind the facilitator's curtain" wait_for "Pass the keyboard to the facilitator."
keys Enter
check "hot wash: the console opens on its projector page" \
    wait_for "This game has no board: this screen is the"
check "hot wash: it lists the debrief's pages" wait_for "2. Exercise overview - Participants"
keys Down Down Enter
check "hot wash: page 2 fills the screen" \
    wait_for "HOT WASH - the declassified debrief, page 2 of"
check "hot wash: with its title" wait_for " Exercise overview - Participants"
check "hot wash: and its lines, a row a line" wait_for "- Alvar: Played by "
check "hot wash: nothing of the console on it" \
    sh -c '! echo "$1" | grep -qF -e "WHOLE TRUTH" -e "Roster"' x "$(screen)"
check "hot wash: the keys are said" wait_for "Esc back to the console"
keys Right
check "hot wash: Right shows page 3" wait_for "HOT WASH - the declassified debrief, page 3 of"
keys Escape
check "hot wash: Esc is back in the console" wait_for "3. Learning objectives   <- ON THE BOARD"
# issue 12 (left at stop 19): the footer said "c teams", the week's keys
check "hot wash: the console's footer says c goes back to the result" wait_for "c result  ? keys"
check "hot wash: and the hot wash's keys" wait_for "Left/Right page  Enter show picked"
check "hot wash: not the teams, nor the week's keys" \
    sh -c '! echo "$1" | grep -qF -e "c teams" -e "n resolve"' x "$(screen)"
keys c
check "hot wash: c is back at the result" wait_for "The end of the mandate"
keys q
wait_for "Close the debrief?" && keys y
check "hot wash: exit 0" [ "$(wait_exit)" = 0 ]
check "hot wash: terminal restored" restored
check "hot wash: the pages shown are saved, actions of the record" \
    grep -q '"action":"show","page":3' "$(ls -t "$tmp"/saves/*.json | head -n 1)"
ui_done
