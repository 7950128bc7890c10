#!/bin/sh
# ui_facilitate.sh - issue 12: the facilitator's console over a socket, in
# a real terminal (tmux). One tmux session holds `mandate serve` (the
# tutorial, Alvar and Brenn human, Corsa AI), `mandate facilitate` and
# two `mandate join` windows at 80x24. The facilitator pauses (Alvar sees
# PAUSED and cannot confirm), resumes, fires an inject (Alvar's brief
# shows it), holds another, sets and moves the deadline (Alvar's clock
# follows), switches Brenn to its AI (Alvar's confirmation then ends the
# week), rewinds to week 1 (both teams are back at its brief), rewinds
# to week 1 again while Alvar waits confirmed (Alvar is back at the brief
# without a key) and reads
# the journal; `mandate replay --verify` of the server's save passes.
# Also the bad input lines. Prints TAP lines.
. "$(dirname "$0")/../tmux/lib.sh"

serve_start --scenario tutorial --seed 42 --seats alvar,brenn --team alvar=Eagles \
    --deadline 3600 --save-dir "'$tmp/saves'"
check "serve prints the facilitator's line" grep -q "mandate facilitate --socket" "$tmp/serve.out"
console fac
join_team alvar Alvar
join_team brenn Brenn

tag="facilitate 80x24"
check "$tag: the console shows the whole truth" wait_in fac "FACILITATOR - WHOLE TRUTH"
check "$tag: Alvar's brief" wait_in alvar "Week 1 of 6: the brief for Alvar"
check "$tag: Brenn's brief" wait_in brenn "Week 1 of 6: the brief for Brenn"
wkeys fac 3
check "$tag: the roster shows the teams connected" wait_in fac "not confirmed, connected"
check "$tag: the roster names Alvar's team (serve --team; issue 12)" wait_in fac "team Eagles;"

# pause: the teams see it, and orders are refused
wkeys fac p
check "$tag: the console says PAUSED" wait_in fac "EXERCISE PAUSED"
check "$tag: Alvar's header says PAUSED" wait_in alvar "PAUSED"
wkeys alvar Escape
wait_in alvar "New order (n)"
wkeys alvar E
wait_in alvar "End turn"
wkeys alvar y
check "$tag: Alvar cannot confirm while paused" \
    wait_in alvar "the exercise is paused by the facilitator"
wkeys fac p
check "$tag: resumed" wait_in fac "Resumed."
ui_win=alvar
check "$tag: Alvar's PAUSED goes" wait_gone "PAUSED"

# the MSEL: fire week 5's inject for Alvar now, hold the triggered one
wkeys fac 4
wait_in fac "MSEL  (f: fire now"
wkeys fac Down Down Down Down Down f
check "$tag: fired" wait_in fac "Fired: live this week"
check "$tag: the MSEL shows it live" wait_in fac "LIVE     wk 1  Week 5: a gift of radios"
wkeys alvar b
wait_in alvar "the brief for Alvar"
wkeys alvar PageDown
check "$tag: Alvar's brief has the fired inject" wait_in alvar "Week 5: a gift of radios"
check "$tag: Brenn's screen does not" \
    sh -c '! echo "$1" | grep -qF "gift of radios"' x "$(wscreen brenn)"
wkeys fac Down Down h
check "$tag: held" wait_in fac "HELD           Things are getting worse"

# the deadline: 600 s a week, then 30 s more; Alvar's clock follows
wkeys fac d
wait_in fac "Seconds every week"
wkeys fac 600 Enter
check "$tag: deadline set" wait_in fac "Deadline set."
check "$tag: Alvar's clock shows about ten minutes" wait_in alvar "09:5"
wkeys fac +
check "$tag: 30 s more" wait_in fac "Deadline: 30 s more."
check "$tag: Alvar's clock moves on" wait_in alvar "10:2"

# Brenn to its AI: Alvar's confirmation alone ends the week
wkeys fac 3
wait_in fac "Seats  (a: human/AI"
wkeys fac Down Down a
check "$tag: Brenn is its AI's" wait_in fac "Brenn: played by its AI from now on."
wkeys alvar Escape
wait_in alvar "New order (n)"
wkeys alvar E
wait_in alvar "End turn"
wkeys alvar y
check "$tag: Alvar's confirmation ends the week" wait_in alvar "Report on week 1 of 6"
check "$tag: Brenn's team sees week 2 (its AI's orders)" wait_in brenn "Week 2 of 6"

# rewind to week 1: both teams are back at its brief
wkeys fac w
wait_in fac "Back to the start of week"
wkeys fac 1 Enter
wait_in fac "Restart the exercise at the start of week 1?"
wkeys fac y
check "$tag: rewound" wait_in fac "Back at the start of week 1."
check "$tag: Alvar is back at week 1" wait_in alvar "Week 1 of 6: the brief for Alvar"
check "$tag: Brenn is back at week 1" wait_in brenn "Week 1 of 6: the brief for Brenn"

# issue 12: a rewind within the same week reaches a team on its waiting
# screen at once, without a key
wkeys alvar Escape
wait_in alvar "New order (n)"
wkeys alvar E
wait_in alvar "End turn"
wkeys alvar y
check "$tag: Alvar waits, confirmed" wait_in alvar "our orders are confirmed"
wkeys fac w
wait_in fac "Back to the start of week"
wkeys fac 1 Enter
wait_in fac "Restart the exercise at the start of week 1?"
wkeys fac y
check "$tag: the waiting team is told at once" wait_in alvar "The facilitator reopened our orders"
check "$tag: and is back at the brief of week 1" wait_in alvar "Week 1 of 6: the brief for Alvar"
wkeys fac 5
check "$tag: the journal marks what the rewind undid" wait_in fac "(undone by a rewind)"
check "$tag: and keeps the rewind" wait_in fac "Rewound: back to the start of week 1"

# the server's save replays, facilitator's actions and all
newest=$(ls -t "$tmp/saves"/*.json 2>/dev/null | head -n 1)
check "$tag: the server's save replays verified" \
    sh -c '"$1" replay --verify "$2" 2>/dev/null | grep -q "^Verified"' x "$BIN" "$newest"
check "$tag: the save holds the actions" grep -q '"action":"fire"' "$newest"

# issue 12: the console's quit question is the facilitator's, not a team's
wkeys fac q
check "$tag: q asks to leave the console" wait_in fac "Leave the console?"
check "$tag: the question says the game goes on" wait_in fac "The server and the game go on"
check "$tag: not a team's words" sh -c '! echo "$1" | grep -q "this team"' x "$(wscreen fac)"
wkeys fac y
check "$tag: q leaves the console with status 0" [ "$(wstatus fac)" = 0 ]

# --- bad input: one line, status 1 -----------------------------------------
out=$("$BIN" facilitate --socket "$sock" "$(token Alvar)" 2>&1)
check "facilitate: a team's token is refused in one line with status 1" \
    sh -c '[ "$1" = 1 ] && [ "$(echo "$2" | wc -l)" = 1 ] && echo "$2" | grep -q "not the facilitator"' \
    x "$?" "$out"
out=$("$BIN" facilitate --socket "$tmp/none.sock" 0123456789abcdef0123456789abcdef 2>&1)
check "facilitate: no server is one line with status 1" \
    sh -c '[ "$1" = 1 ] && [ "$(echo "$2" | wc -l)" = 1 ]' x "$?" "$out"

ui_done
