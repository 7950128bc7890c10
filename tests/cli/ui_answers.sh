#!/bin/sh
# ui_answers.sh - answers to injects on the brief, in a real terminal
# (tmux, 80x24). Regression test for issue 9 (the answer trap): scrolling
# the brief with PgDn or End, then Enter, used to add an empty "Answer ?"
# order that the rules refuse, after which E could not end the turn. Now
# Enter on anything but an answer goes on to the orders, and an answer is
# only ever given to an inject addressed to this seat, with a choice.
# Prints TAP lines.
. "$(dirname "$0")/../tmux/lib.sh"

# orders_clean TAG: on the playing screen, no answer in the Orders panel.
orders_clean() {
    wait_for "New order (n)" || return 1
    if screen | grep -qF "Answer"; then
        echo "# an answer was added:"
        dump
        return 1
    fi
}

# ends_turn TEXT: E opens the end-turn question (which holds TEXT), and y
# ends the turn.
ends_turn() {
    keys E
    wait_for "Your orders are final once you confirm" || return 1
    screen | grep -qF -- "$1" || { echo "# the question lacks: $1"; dump; return 1; }
    keys y
}

# --- the tutorial, as in the issue ----------------------------------------------
ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 $BIN new --scenario tutorial --seat alvar --seed 1"
check "tutorial: week 1 brief" wait_for "Week 1 of 6: the brief for Alvar"
keys PgDn
wait_for "Our secret objectives"
keys Enter
check "issue 9: PgDn, Enter on the brief goes on to the orders" orders_clean
keys b
wait_for "Enter answer / continue"
keys End Enter
check "issue 9: End, Enter on the brief adds no answer" orders_clean
check "issue 9: E ends the turn (no refused order)" ends_turn "with 0 orders"
check "week 2 report" wait_for "Report on week 1 of 6"
# the coached tutorial offers the radios in week 5 (equipment)
for week in 2 3 4; do
    keys Enter
    wait_for "Week $week of 6: the brief for Alvar" || break
    # Enter on a brief without questions: straight to the orders
    keys Enter
    check "week $week: Enter on a brief without questions continues" orders_clean
    ends_turn "with 0 orders" || break
    wait_for "Report on week $week of 6" || break
done
keys Enter
wait_for "Week 5 of 6: the brief for Alvar"
keys PgDn                # the coach comes first
check "week 5: the brief asks about the radios" wait_for "Our answer (free"
keys End Enter
check "week 5: End, Enter continues without answering" orders_clean
keys b
wait_for "Enter answer / continue"
check "week 5: back on the brief, the question is selected" wait_for_selected "Accept Brenn's radios"
keys Down
check "week 5: Down selects the other choice" wait_for_selected "Politely refuse"
keys Enter
check "week 5: the answer moves the selection to Continue" wait_for_selected "Continue to our orders"
keys Enter
check "week 5: the answer is in the Orders panel" wait_for "Politely refuse"
check "week 5: E ends the turn with the answer" ends_turn "with 1 order "
check "week 5 resolved" wait_for "Report on week 5 of 6"

# --- the default scenario: a question of the seat's own ----------------------------
ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 $BIN new --seat lisselund --seed 3"
check "lakeland: week 1 brief" wait_for "Week 1 of 12: the brief for Lisselund"
keys PgDn Enter
check "lakeland: issue 9: PgDn, Enter adds no answer" orders_clean
check "lakeland: E ends week 1" ends_turn "with 0 orders"
wait_for "Report on week 1 of 12"
keys Enter
check "lakeland: week 2 asks about the radios" wait_for "A bargain on radios"
keys End Enter
check "lakeland: issue 9: End, Enter on a question adds no answer" orders_clean
check "lakeland: E ends week 2" ends_turn "with 0 orders"
check "lakeland: week 2 resolved" wait_for "Report on week 2 of 12"
keys q
wait_for "Quit the game?"
keys y
check "lakeland: exit status 0" [ "$(wait_exit)" = 0 ]
check "lakeland: terminal restored" restored

ui_done
