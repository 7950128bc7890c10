#!/bin/sh
# ui_join.sh - issue 11: networked play in a real terminal (tmux). One
# tmux session holds `mandate serve` (the tutorial, Alvar and Brenn
# human, Corsa AI) and two `mandate join` windows at 80x24; the teams
# play all six weeks to the end, each at its own terminal. Checks the
# waiting line, that each team's screen holds only its own secrets, that
# a covert order reaches the server and comes back in that team's report,
# the end; then that a killed server shows the lost connection on the
# client, which a restarted server (serve --load) brings back; and that
# a bye shows its reason and the terminal comes back clean. Also the bad
# input lines. Prints TAP lines.
. "$(dirname "$0")/../tmux/lib.sh"

# header_deadline W: W's top line counts the deadline down ("59:58 left").
header_deadline() { wscreen "$1" | head -n 1 | grep -q '[0-9][0-9]:[0-9][0-9] left'; }

# covert_in W: gives Observe in W (lib.sh's give_observe: the coached
# tutorial opens it in week 2); patrol_in W: a Patrol (open from week 1).
covert_in() {
    ui_win=$1
    give_observe
}
patrol_in() {
    ui_win=$1
    give_patrol
}

# --- a whole game, two teams at their own terminals -------------------------
tag="join 80x24"
if serve_start --scenario tutorial --seed 42 --seats alvar,brenn --deadline 3600 --save-dir "$tmp/saves" \
    && [ -n "$(token Alvar)" ] && [ -n "$(token Brenn)" ]; then
    ok "$tag: serve prints a join line per team"
else
    notok "$tag: serve prints a join line per team"
fi
join_team alvar Alvar
join_team brenn Brenn
check "$tag: Alvar's brief" wait_in alvar "Week 1 of 6: the brief for Alvar"
check "$tag: Brenn's brief" wait_in brenn "Week 1 of 6: the brief for Brenn"
check "$tag: Brenn's screen holds none of Alvar's objectives" \
    sh -c '! echo "$1" | grep -qF "Make River Ford safe"' x "$(wscreen brenn)"
week=1
while [ $week -le 6 ]; do
    for w in alvar brenn; do
        if [ $week -gt 1 ]; then
            wait_in $w "Report on week $((week - 1)) of 6" || break 2
            if [ $week = 3 ] && [ $w = alvar ]; then
                check "$tag: Alvar's report shows the roll of its covert order" \
                    wait_in alvar "needed under"
            fi
            if [ $week = 3 ] && [ $w = brenn ]; then
                check "$tag: Brenn's report has none of Alvar's operations" \
                    sh -c '! echo "$1" | grep -qF "needed under"' x "$(wscreen brenn)"
            fi
            wkeys $w Enter
        fi
        wait_in $w "the brief for" || break 2
        wkeys $w Escape
        wait_in $w "New order (n)" || break 2
        if [ $week = 1 ] && [ $w = alvar ]; then
            check "$tag: Alvar gives a patrol" patrol_in alvar
        fi
        if [ $week = 2 ] && [ $w = alvar ]; then
            check "$tag: Alvar gives a covert order" covert_in alvar
        fi
        end_turn_in $w || break 2
        if [ $week = 1 ] && [ $w = alvar ]; then
            check "$tag: Alvar waits for the other team" \
                wait_in alvar "Waiting for other teams: 1 of 2 confirmed"
            check "$tag: the waiting screen lists Alvar's order" \
                wait_in alvar "Patrol"
            check "$tag: Brenn is still deciding" wait_in alvar "Brenn: still deciding"
            check "$tag: the waiting line gives the deadline" \
                wait_in alvar "2 confirmed, deadline 59:"
            check "$tag: the header counts it down" wait_until header_deadline alvar
        fi
    done
    week=$((week + 1))
done
check "$tag: all six weeks played by both teams" [ $week = 7 ]
for w in alvar brenn; do
    check "$tag: $w: the last report" wait_in $w "Report on week 6 of 6"
    wkeys $w Enter
    check "$tag: $w: the game is over" wait_in $w "The game has ended"
    wkeys $w Enter
    check "$tag: $w: exit status 0" [ "$(wstatus $w)" = 0 ]
    check "$tag: $w: terminal restored" wrestored $w
done
ui_win=
check "$tag: the server ends with the game" [ "$(wait_exit)" = 0 ]

# --- the server is killed: the client says so, and comes back ---------------
tag="join: server killed"
serve_start --scenario tutorial --seed 7 --seats alvar,brenn --save-dir "$tmp/saves2"
save=$(sed -n 's/^Resume after a stop: mandate serve --load //p' "$tmp/serve.out")
join_team alvar Alvar
check "$tag: Alvar's brief" wait_in alvar "Week 1 of 6: the brief for Alvar"
wkeys alvar Escape
wait_in alvar "New order (n)"
check "$tag: Alvar drafts an order" patrol_in alvar
kill -9 "$(cat "$tmp/pid")"
check "$tag: the client shows the lost connection" wait_in alvar "Connection lost, reconnecting"
check "$tag: the team's screen and draft stay" wait_in alvar "Patrol"
cp "$tmp/serve.out" "$tmp/serve1.out"
rm -f "$sock"
cat >"$tmp/serve.sh" <<EOF
exec '$BIN' serve --socket '$sock' --load '$save' --save-dir '$tmp/saves2' >'$tmp/serve.out' 2>'$tmp/serve.err'
EOF
t new-window -d -n server2 "sh '$tmp/serve.sh'; exec sleep 3600"
tries=$ui_tries
while [ "$tries" -gt 0 ] && wscreen alvar | grep -qF "Connection lost"; do
    sleep 0.02
    tries=$((tries - 1))
done
check "$tag: the lost-connection line goes once the server is back" \
    sh -c '! echo "$1" | grep -qF "Connection lost"' x "$(wscreen alvar)"
check "$tag: Alvar can still end the turn" end_turn_in alvar
check "$tag: the resumed server takes the orders" \
    wait_in alvar "Waiting for other teams: 1 of 2 confirmed"
check "$tag: the draft kept through the drop is what was confirmed" \
    wait_in alvar "Patrol"
check "$tag: the resumed server saves in its --save-dir, not the checkout's saves/" \
    sh -c '[ -n "$(find "$1" -name "*.json" -newer "$2")" ]' x "$tmp/saves2" "$tmp/serve1.out"
# the same token from another terminal replaces this one: a bye, its reason
join_team alvar2 Alvar
check "$tag: a second terminal with the token gets the seat" \
    wait_in alvar2 "Waiting for other teams: 1 of 2 confirmed"
check "$tag: the first one exits with status 1" [ "$(wstatus alvar)" = 1 ]
check "$tag: it says why in one line" \
    grep -qx "mandate: another terminal joined the game with this team's token" "$tmp/alvar.err"
check "$tag: its terminal is restored" wrestored alvar
wkeys alvar2 q
wait_in alvar2 "Leave the game?"
wkeys alvar2 y
check "$tag: q leaves with status 0" [ "$(wstatus alvar2)" = 0 ]
check "$tag: and its terminal is restored" wrestored alvar2

# --- bad input: one line, status 1, before any terminal is taken ------------
out=$("$BIN" join --socket "$tmp/none.sock" 0123456789abcdef0123456789abcdef 2>&1)
check "join: no server is one line with status 1" \
    sh -c '[ "$1" = 1 ] && [ "$(echo "$2" | wc -l)" = 1 ] && echo "$2" | grep -q "no game server at"' \
    x "$?" "$out"
tok=$(token Brenn | tr 0-9a-f 1-9a-f0)
out=$("$BIN" join --socket "$sock" "$tok" 2>&1)
check "join: a wrong token is refused in one line with status 1" \
    sh -c '[ "$1" = 1 ] && [ "$(echo "$2" | wc -l)" = 1 ] && echo "$2" | grep -q "^mandate join: "' \
    x "$?" "$out"
out=$("$BIN" join --connect nonsense 0123456789abcdef0123456789abcdef 2>&1)
check "join: a nonsense address is one line with status 1" \
    sh -c '[ "$1" = 1 ] && echo "$2" | grep -q "is not HOST:PORT"' x "$?" "$out"

ui_done
