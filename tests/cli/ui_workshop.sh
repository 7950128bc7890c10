#!/bin/sh
# ui_workshop.sh - issue 12: a whole workshop in one tmux session: `mandate
# serve` (the coached tutorial, Alvar and Brenn human - Alvar's team named
# Eagles -, Corsa AI), the facilitator's console, the projector board and
# two `mandate join` windows, all at 80x24. serve's log names who joins
# and leaves; the roster names Alvar's team. A rewind within week 1
# reaches Alvar on its waiting screen at once. The facilitator pauses (PAUSED on both seats and
# the board, orders refused), sets the deadline and gives 30 s more (the
# board's clock and the seats' follow, standing still while paused),
# resumes, fires an inject (on Alvar's brief, its audience; not on
# Brenn's nor the board), holds another, reveals a text on the board, switches Brenn to its AI (the
# board marks it confirmed by its AI), rewinds from week 3 to week 2 (the
# board and the seats show week 2 again; the journal marks week 3's action
# undone), resolves a week at once; Alvar
# plays to the end; on the Projector page the facilitator steps the board
# through the hot wash and the board shows each chosen page's title.
# `mandate replay --verify` of the server's save reproduces the game with
# the facilitator's actions. The console's and the board's q ask first,
# in the facilitator's words. Also the console's bad input lines. (It
# holds every check of ui_facilitate.sh, which ran the console without a
# board, and is gone.)
# UI_CAPTURE=DIR keeps text captures of the screens (the README's).
# Prints TAP lines.
. "$(dirname "$0")/../tmux/lib.sh"

# shows W PATTERN: W's screen holds a match of the basic regular
# expression PATTERN (a clock's digits).
shows() { wscreen "$1" | grep -q -- "$2"; }
# a team's header clock at 10:30 or under
under_1030='\(10:[0-3][0-9]\|0[0-9]:[0-5][0-9]\) left'
# lacks W TEXT: W's screen does not hold TEXT.
lacks() { ! wscreen "$1" | grep -qF -- "$2"; }
# next_week W N: the team in W reads the report on week N-1 and goes on
# to week N's brief.
next_week() {
    wait_in "$1" "Report on week $(($2 - 1)) of 6" || return 1
    wkeys "$1" Enter
    wait_in "$1" "Week $2 of 6: the brief for"
}

serve_start --scenario tutorial --seed 42 --seats alvar,brenn --team alvar=Eagles \
    --deadline 3600 --save-dir "'$tmp/saves'"
check "workshop: serve prints the teams', the console's and the board's lines" \
    sh -c '[ -n "$1" ] && [ -n "$2" ] && [ -n "$3" ] && [ -n "$4" ]' x \
    "$(token Alvar)" "$(token Brenn)" "$(fac_token)" "$(board_token)"
console fac
projector board
join_team alvar Alvar
join_team brenn Brenn

tag="workshop week 1"
check "$tag: the console" wait_in fac "FACILITATOR - WHOLE TRUTH"
check "$tag: the board" wait_in board "Week 1 of 6   Deadline 59:"
check "$tag: Alvar's brief" wait_in alvar "Week 1 of 6: the brief for Alvar"
check "$tag: Brenn's brief" wait_in brenn "Week 1 of 6: the brief for Brenn"
check "$tag: the board marks Corsa's AI confirmed" \
    wait_until row_has board "Corsa" "CONFIRMED (AI)"
check "$tag: and the teams waiting, Alvar's by its name (serve --team)" \
    row_has board "Eagles" "waiting"
snap board-week1 board
wkeys fac 3
check "$tag: the roster has both teams connected" wait_in fac "not confirmed, connected"
check "$tag: the roster names Alvar's team (serve --team)" wait_in fac "team Eagles;"
snap fac-roster fac
# serve's log names who joined (issue 12, left at stop 19: "connection 3:
# seat Alvar")
log_has() { grep -qF -- "$1" "$tmp/serve.err"; }
check "$tag: serve's log: Alvar's team joined" log_has "mandate serve: alvar (Eagles) joined on the socket"
check "$tag: serve's log: Brenn's" log_has "mandate serve: brenn joined on the socket"
check "$tag: serve's log: the facilitator" log_has "mandate serve: the facilitator joined on the socket"
check "$tag: serve's log: the board" sh -c 'grep -q "mandate serve: a board (connection [0-9]*) joined on the socket" "$1"' x "$tmp/serve.err"

# issue 12: a rewind within the week reaches a team on its waiting
# screen at once, without a key
wkeys alvar Escape
wait_in alvar "New order (n)"
end_turn_in alvar
check "$tag: Alvar waits, confirmed" wait_in alvar "our orders are confirmed"
wkeys fac w
wait_in fac "Back to the start of week"
wkeys fac 1 Enter
wait_in fac "Restart the exercise at the start of week 1?"
wkeys fac y
check "$tag: rewound within the week" wait_in fac "Back at the start of week 1."
check "$tag: the waiting team is told at once" wait_in alvar "The facilitator reopened our orders"
check "$tag: and is back at the brief of week 1" wait_in alvar "Week 1 of 6: the brief for Alvar"

# issue 12: the console's quit question is the facilitator's, not a team's
wkeys fac q
check "$tag: q asks to leave the console" wait_in fac "Leave the console?"
check "$tag: the question says the game goes on" wait_in fac "The server and the game go on"
check "$tag: not a team's words" lacks fac "this team"
wkeys fac Escape
ui_win=fac
check "$tag: Esc stays in the console" wait_gone "Leave the console?"

# pause: both seats and the board say so; an order is refused
wkeys fac p
check "$tag: paused: the console" wait_in fac "EXERCISE PAUSED"
check "$tag: paused: the board" wait_in board "EXERCISE PAUSED"
check "$tag: paused: Alvar's header" wait_in alvar "PAUSED"
check "$tag: paused: Brenn's header" wait_in brenn "PAUSED"
snap board-paused board
wkeys alvar Escape
wait_in alvar "New order (n)"
end_turn_in alvar
check "$tag: Alvar cannot confirm while paused" \
    wait_in alvar "the exercise is paused by the facilitator"
# the deadline, while the clock stands still: 600 s a week, then 30 s
# more; the board's clock and the seats' follow
wkeys fac d
wait_in fac "Seconds every week"
wkeys fac 600 Enter
check "$tag: deadline set" wait_in fac "Deadline set."
check "$tag: the board's clock shows ten minutes" wait_in board "Deadline 10:00"
wkeys fac +
check "$tag: 30 s more" wait_in fac "Deadline: 30 s more."
check "$tag: the board's clock shows 10:30" wait_in board "Deadline 10:30"
wkeys fac p
check "$tag: resumed" wait_in fac "Resumed."
ui_win=board
check "$tag: resumed: the board's PAUSED goes" wait_gone "PAUSED"
check "$tag: resumed: the board's clock runs again" wait_gone "Deadline 10:30"
# (a paused team's header says PAUSED in place of its clock)
check "$tag: Alvar's clock counts down from 10:30, not 60 minutes" \
    wait_until shows alvar "$under_1030"
check "$tag: so does Brenn's" wait_until shows brenn "$under_1030"
ui_win=alvar
check "$tag: resumed: Alvar's goes" wait_gone "PAUSED"
ui_win=brenn
check "$tag: resumed: Brenn's goes" wait_gone "PAUSED"

# the MSEL: fire week 5's inject (to Alvar alone) now; hold the triggered one
wkeys fac 4
wait_in fac "MSEL  (f: fire now"
wkeys fac Down Down Down Down Down f
check "$tag: fired" wait_in fac "Fired: live this week"
check "$tag: the MSEL shows it live" wait_in fac "LIVE     wk 1  Week 5: a gift of radios"
wkeys alvar b
wait_in alvar "the brief for Alvar"
wkeys alvar PageDown
check "$tag: the fired inject is on Alvar's brief (its audience)" \
    wait_in alvar "Week 5: a gift of radios"
wkeys brenn PageDown
check "$tag: Brenn's brief shows its injects" wait_in brenn "Week 1: keeping the peace"
check "$tag: but not the fired one" lacks brenn "gift of radios"
check "$tag: nor on the board" lacks board "gift of radios"
wkeys fac Down Down h
check "$tag: held" wait_in fac "HELD           Things are getting worse"
snap fac-msel fac

# a text revealed on the board
wkeys fac v
wait_in fac "Reveal on the board"
wkeys fac -l "Convoy route agreed with the host government"
wkeys fac Enter
check "$tag: the board shows the revealed text" \
    wait_in board "Convoy route agreed with the host government"

# Alvar confirms (the board marks it), then Brenn goes to its AI: the week ends
wkeys alvar Escape
wait_in alvar "New order (n)"
ui_win=alvar
give_patrol
end_turn_in alvar
check "$tag: Alvar confirmed: the board marks it" \
    wait_until row_has board "Eagles" "CONFIRMED"
check "$tag: two of three in" wait_in board "ORDERS IN: 2 of 3"
check "$tag: never what Alvar ordered" lacks board "Patrol"
snap board-confirmed board
wkeys fac 3
wait_in fac "Seats  (a: human/AI"
wkeys fac Down Down a
check "$tag: Brenn is its AI's" wait_in fac "Brenn: played by its AI from now on."
check "$tag: the board moves to week 2" wait_in board "Week 2 of 6"

tag="workshop week 2"
check "$tag: the board marks Brenn confirmed by its AI" \
    wait_until row_has board "Brenn" "CONFIRMED (AI)"
check "$tag: Brenn's team sees week 2" wait_in brenn "Week 2 of 6"
check "$tag: Alvar's report, then its brief" next_week alvar 2
confirm_in alvar
check "$tag: Alvar's confirmation ends it: the board shows week 3" \
    wait_in board "Week 3 of 6"
check "$tag: Alvar reads week 2's report" wait_in alvar "Report on week 2 of 6"
check "$tag: Brenn's team sees week 3" wait_in brenn "Week 3 of 6"

# rewind from week 3 to week 2: the board and the seats show week 2 again,
# and week 3's action is undone
wkeys fac +
check "$tag: week 3 gets 30 s more" wait_in fac "Deadline: 30 s more."
wkeys fac w
wait_in fac "Back to the start of week"
wkeys fac 2 Enter
wait_in fac "Restart the exercise at the start of week 2?"
wkeys fac y
check "$tag: rewound" wait_in fac "Back at the start of week 2."
check "$tag: the board shows week 2 again" wait_in board "Week 2 of 6"
check "$tag: Alvar is back at week 2 (week 1's report first)" \
    wait_in alvar "Report on week 1 of 6"
ui_win=brenn
check "$tag: Brenn's team is back at week 2" wait_gone "Week 3 of 6"
check "$tag: Brenn's team shows week 2" wait_in brenn "Week 2 of 6"
check "$tag: Brenn stays its AI's (week 1's switch is kept)" \
    wait_until row_has board "Brenn" "CONFIRMED (AI)"
snap board-rewound board
wkeys fac 5
check "$tag: the journal keeps the rewind" wait_in fac "Rewound: back to the start of week 2"
check "$tag: and marks what it undid" wait_in fac "Deadline +30 s (undone by a rewind)"
snap fac-journal fac

# play on: weeks 2 and 3 confirmed by Alvar, week 4 resolved at once
check "workshop week 2 again: Alvar's brief" next_week alvar 2
confirm_in alvar
check "workshop week 3: Alvar's brief" next_week alvar 3
confirm_in alvar
check "workshop week 4: Alvar's brief" next_week alvar 4
snap alvar-week4 alvar
wkeys fac n
wait_in fac "Resolve this week now?"
wkeys fac y
check "workshop week 4: resolved now by the facilitator" wait_in fac "Week 4 resolved."
check "workshop week 4: the board moves to week 5" wait_in board "Week 5 of 6"
check "workshop week 5: Alvar's brief" next_week alvar 5
confirm_in alvar
check "workshop week 6: Alvar's brief" next_week alvar 6
confirm_in alvar

tag="workshop end"
check "$tag: the board says the game is over" wait_in board "Week 6 of 6 - THE END"
check "$tag: Alvar's last report" wait_in alvar "Report on week 6 of 6"
snap board-end board
wkeys alvar Enter
check "$tag: Alvar: the game has ended" wait_in alvar "The game has ended"

# the hot wash: the facilitator steps the board through chosen pages
tag="workshop hot wash"
wkeys fac 6
check "$tag: the console lists the debrief's pages" wait_in fac "1. Exercise overview"
wkeys fac Right
check "$tag: Right shows page 1 on the board" \
    wait_in board "HOT WASH - the declassified debrief, page 1 of"
check "$tag: with its title" wait_in board "Exercise overview"
check "$tag: the console marks it" wait_in fac "<- ON THE BOARD"
for page in "Declassified timeline - Turn 2" "Who spied on whom" "Charts - Trust over time"; do
    pick_page "$page"
    check "$tag: the board shows the chosen page: $page" wait_in board "$page"
    wait_in fac "On the board: page"
    snap "board-hotwash-$(echo "$page" | tr -c 'a-zA-Z0-9\n' -)" board
done
snap fac-projector fac
check "$tag: the board never shows the controller's journal" lacks board "Controller's journal"
wkeys fac x
check "$tag: x brings the board back to the final state" wait_in board "Week 6 of 6 - THE END"

# the server's save replays, with the facilitator's actions
tag="workshop replay"
save=$(ls -t "$tmp/saves"/*.json 2>/dev/null | head -n 1)
"$BIN" replay --verify "$save" >"$tmp/replay.out" 2>&1
check "$tag: replay --verify of the server's save passes" \
    grep -q "^Verified: the checksums of all 6 turns match" "$tmp/replay.out"
check "$tag: the save holds the actions" grep -q '"action":"fire"' "$save"
for line in "Paused the exercise" "Resumed the exercise" \
    'Fired the inject "Week 5: a gift of radios"' \
    'Held the inject "Things are getting worse"' "Deadline set to 600 s a week" \
    "Deadline +30 s" "Revealed on the board: Convoy route" \
    "Brenn played by its AI from now on" "Rewound: back to the start of week 1" \
    "Rewound: back to the start of week 2" \
    "Resolved the week at once"; do
    check "$tag: the journal has: $line" grep -qF -- "$line" "$tmp/replay.out"
done

# bad input, while the server is up: one line, status 1
out=$("$BIN" facilitate --socket "$sock" "$(token Alvar)" 2>&1)
check "facilitate: a team's token is refused in one line with status 1" \
    sh -c '[ "$1" = 1 ] && [ "$(echo "$2" | wc -l)" = 1 ] && echo "$2" | grep -q "not the facilitator"' \
    x "$?" "$out"
out=$("$BIN" facilitate --socket "$tmp/none.sock" 0123456789abcdef0123456789abcdef 2>&1)
check "facilitate: no server is one line with status 1" \
    sh -c '[ "$1" = 1 ] && [ "$(echo "$2" | wc -l)" = 1 ]' x "$?" "$out"

# after the end, q says what the boards keep
wkeys fac q
check "workshop: q asks to leave the console" wait_in fac "Leave the console? The game has ended"
wkeys fac y
check "workshop: q leaves the console with status 0" [ "$(wstatus fac)" = 0 ]
wkeys board q
wait_in board "Leave the board?"
wkeys board y
check "workshop: q, y leaves the board with status 0" [ "$(wstatus board)" = 0 ]
# serve's log names who left (issue 12)
log_ends() {
    tries=$ui_tries
    while [ "$tries" -gt 0 ] && ! grep -q -- "$1" "$tmp/serve.err"; do
        sleep 0.02
        tries=$((tries - 1))
    done
    grep -q -- "$1" "$tmp/serve.err"
}
check "workshop: serve's log: the facilitator left" log_ends "mandate serve: the facilitator left"
check "workshop: serve's log: the board left" \
    log_ends "mandate serve: a board (connection [0-9]*) left"
ui_done
