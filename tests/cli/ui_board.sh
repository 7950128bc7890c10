#!/bin/sh
# ui_board.sh - issue 12: the projector board in a real terminal (tmux).
# One tmux session holds `mandate serve` (the tutorial, Alvar and Brenn
# human, Corsa AI), `mandate board` with the board's token and a `mandate
# join` window for each team. At 80x24 the board shows the week, the
# sectors and who has confirmed: Corsa (its AI) at once, Alvar once its
# team confirms (with an order), and never what it ordered;
# Brenn's confirmation moves the board to week 2; Brenn's team name (serve
# --team) is on the board and on Alvar's waiting screen. At 120x40 the week,
# the clock and the mandate are big digits; below 80x24 it asks for a
# larger terminal; q asks whether to leave (the board's own words), y
# quits with the terminal restored. Also the bad input lines. Prints TAP lines.
. "$(dirname "$0")/../tmux/lib.sh"

serve_start --scenario tutorial --seed 5 --seats alvar,brenn --team brenn=Owls --deadline 3600 \
    --save-dir "'$tmp/saves'"
check "board: serve prints the board's line" grep -q "mandate board --socket" "$tmp/serve.out"

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
# issue 12: team names reach the networked clients (serve --team)
check "$tag: the board names Brenn's team" row_has board "Owls (Brenn)" "waiting"
check "$tag: Alvar's waiting screen names Brenn's team" \
    wait_in alvar "Owls (Brenn): still deciding"
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
check "board: q asks, in the board's own words" wait_in board "Leave the board?"
check "board: the game goes on, the same token comes back" \
    wait_in board "mandate board with the same token shows it again."
wkeys board n
check "board: any other key stays" wait_gone "Leave the board?"
wkeys board q
wait_in board "Leave the board?"
wkeys board y
check "board: q, y quits with status 0" [ "$(wstatus board)" = 0 ]
check "board: the terminal is restored" wrestored board
check "board: it says the game goes on at the server" \
    wait_in board "left the board; the game goes on at the server"
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

# serve --team refuses a hostile name as mandate new does: a control
# character, a bidirectional override, bytes that are not UTF-8, more than
# 39 columns - one line, status 2, the name never echoed
for bad in "$(printf 'x\033[31mred')" "$(printf 'a\342\200\256b')" "$(printf 'a\377b')" \
    "$(printf '%040d' 0)"; do
    out=$("$BIN" serve --socket "$tmp/run/bad.sock" --scenario tutorial --seats alvar \
        --team "alvar=$bad" 2>&1)
    check "serve --team: a hostile name is refused in one line with status 2" \
        sh -c '[ "$1" = 2 ] && [ "$(echo "$2" | wc -l)" = 1 ] &&
               echo "$2" | grep -q "the name is refused" && ! echo "$2" | grep -qF "$3"' \
        x "$?" "$out" "$bad"
done

ui_done
