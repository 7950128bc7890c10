#!/bin/sh
# ui_board.sh - issue 12: the projector board in a real terminal (tmux).
# One tmux session holds `mandate serve` (the tutorial, Alvar and Brenn
# human, Corsa AI), `mandate board` with the board's token and a `mandate
# join` window for each team. At 80x24 the board shows the week, the
# sectors and who has confirmed: Corsa (its AI) at once, Alvar once its
# team confirms (with an order), and never what it ordered;
# Brenn's confirmation moves the board to week 2. At 120x40 the week,
# the clock and the mandate are big digits; below 80x24 it asks for a
# larger terminal; q quits with the terminal restored. Also the bad input lines. Prints TAP lines.
. "$(dirname "$0")/../tmux/lib.sh"

serve_start --scenario tutorial --seed 5 --seats alvar,brenn --deadline 3600 \
    --save-dir "'$tmp/saves'"
check "board: serve prints the board's line" grep -q "mandate board --socket" "$tmp/serve.out"

# row_has W A B: a row of W's screen holds A and then B.
row_has() { wscreen "$1" | grep -q -- "$2.*$3"; }
# big_blocks: the board's screen holds big digits.
big_blocks() { wscreen board | grep -q "███ "; }

tag="board 80x24"
projector board
check "$tag: the week and its deadline" wait_in board "Week 1 of 6   Deadline 59:"
check "$tag: the sectors" wait_in board "Harbour Town"
check "$tag: every sector's stability and threat" wait_in board "North Post"
check "$tag: the mandate's gauge" wait_in board "Mandate "
check "$tag: Corsa's AI has confirmed" wait_until row_has board "Corsa" "CONFIRMED"
check "$tag: Alvar has not" row_has board "Alvar" "waiting"
check "$tag: one of three" wait_in board "ORDERS IN: 1 of 3"
check "$tag: the whole board fits" sh -c '[ "$(echo "$1" | wc -l)" -le 24 ]' x "$(wscreen board)"
join_team alvar Alvar
check "$tag: Alvar joins, gives an order and confirms" confirm_in alvar order
check "$tag: the board shows Alvar confirmed" wait_until row_has board "Alvar" "CONFIRMED"
check "$tag: two of three" wait_in board "ORDERS IN: 2 of 3"
check "$tag: never what Alvar ordered" sh -c '! echo "$1" | grep -q "Patrol"' x "$(wscreen board)"
check "$tag: Brenn is still waiting" row_has board "Brenn" "waiting"
# Brenn confirms over the protocol itself: the week resolves
join_team brenn Brenn
check "$tag: Brenn confirms" confirm_in brenn
check "$tag: the board moves to week 2" wait_in board "Week 2 of 6"
check "$tag: nobody has confirmed week 2 but the AI" wait_in board "ORDERS IN: 1 of 3"
check "$tag: the public bulletin" wait_in board "PUBLIC BULLETIN"

tag="board 120x40"
t resize-window -t board -x 120 -y 40
check "$tag: the week, the clock and the mandate in big figures" \
    wait_in board "MANDATE (average stability)"
check "$tag: drawn in blocks" wait_until big_blocks
check "$tag: and still every sector" wait_in board "North Post"
t resize-window -t board -x 70 -y 20
check "board 70x20: asks for a larger terminal" wait_in board "Please enlarge the terminal"
t resize-window -t board -x 80 -y 24
check "board: back at 80x24" wait_in board "Week 2 of 6"
wkeys board q
check "board: q quits with status 0" [ "$(wstatus board)" = 0 ]
check "board: the terminal is restored" wrestored board
ui_win=

# --- bad input: one line, status 1, before any terminal is taken ------------
out=$("$BIN" board --socket "$sock" "$(token Brenn)" 2>&1)
check "board: a team's token is refused in one line with status 1" \
    sh -c '[ "$1" = 1 ] && [ "$(echo "$2" | wc -l)" = 1 ] && echo "$2" | grep -q "not the board'"'"'s"' \
    x "$?" "$out"
out=$("$BIN" board --socket "$tmp/none.sock" 0123456789abcdef0123456789abcdef 2>&1)
check "board: no server is one line with status 1" \
    sh -c '[ "$1" = 1 ] && [ "$(echo "$2" | wc -l)" = 1 ]' x "$?" "$out"
"$BIN" board >/dev/null 2>&1
check "board: no token is a usage error" [ $? = 2 ]

ui_done
