#!/bin/sh
# ui_hotseat.sh - whole two-seat hot-seat games in a real terminal (tmux),
# from the title menu to the result: Alvar and Brenn human, Corsa AI, at
# 80x24 and 160x48, in colour and monochrome. Checks that the hand-over
# curtain shows nothing of the previous seat, on screen or in scroll-back,
# and that a seat never sees the other's secrets. Prints TAP lines.
. "$(dirname "$0")/../tmux/lib.sh"

# only_curtain: the screen holds the curtain's lines and nothing else.
only_curtain() {
    rest=$(screen | grep -v '^ *$' | grep -vF -e 'M A N D A T E' -e 'Pass the keyboard to' \
        -e 'MANDATE  hand-over' -e 'The mandate is over. Gather everyone.' \
        -e 'The result and the debrief declassify' \
        -e 'Press Enter when ready' -e 'Everyone else: look away' -e 'Enter ready')
    [ -z "$rest" ] || { echo "# left on the curtain:"; echo "$rest" | sed 's/^/# /'; return 1; }
}

# nothing_of_alvar: neither the screen nor the scroll-back holds Alvar's
# secrets (its objective, its covert order, its status line).
nothing_of_alvar() {
    all=$(t capture-pane -p -S -5000)
    for secret in "Make River Ford safe" "Observe Brenn" "Added:" "AP 3 of 4"; do
        if echo "$all" | grep -qF -- "$secret"; then
            echo "# found on screen or in scroll-back: $secret"
            return 1
        fi
    done
}

hotseat() {
    w=$1 h=$2 term=$3
    tag="hot-seat ${w}x$h $term"
    ui_start "$w" "$h" "TERM=$term LANG=C.UTF-8 LC_ALL=C.UTF-8 $BIN"
    check "$tag: new-game screen with two humans" newgame_tutorial hotseat
    week=1
    while [ $week -le 6 ]; do
        for seat in Alvar Brenn; do
            wait_for "Pass the keyboard to $seat." || break 2
            if [ $week = 2 ] && [ $seat = Brenn ]; then
                check "$tag: the curtain shows only itself" wait_until only_curtain
                check "$tag: nothing of Alvar on the curtain or in scroll-back" nothing_of_alvar
            fi
            keys Enter
            if [ $week -gt 1 ]; then
                wait_for "Report on week $((week - 1)) of 6" || break 2
                if [ $week = 3 ] && [ $seat = Brenn ]; then
                    check "$tag: Brenn's report has none of Alvar's operations" \
                        sh -c '! echo "$1" | grep -qF "needed under"' x "$(screen)"
                fi
                if [ $week = 3 ] && [ $seat = Alvar ]; then
                    check "$tag: Alvar's report shows its roll" wait_for "needed under"
                fi
                keys Enter
            fi
            wait_for "Week $week of 6: the brief for $seat" || break 2
            if [ $seat = Brenn ]; then
                [ $week = 1 ] && check "$tag: Brenn's brief has none of Alvar's objectives" \
                    sh -c '! echo "$1" | grep -qF "Make River Ford safe"' x "$(screen)"
            fi
            keys Escape
            wait_for "New order (n)" || break 2
            # the coached tutorial opens covert orders in week 2
            if [ $week = 2 ] && [ $seat = Alvar ]; then
                check "$tag: Alvar gives a covert order" give_observe
            fi
            end_turn || break 2
        done
        week=$((week + 1))
    done
    check "$tag: all six weeks played by both seats" [ $week = 7 ]
    for seat in Alvar Brenn; do
        wait_for "Pass the keyboard to $seat." && keys Enter
        wait_for "Report on week 6 of 6" && keys Enter
    done
    check "$tag: everyone gathers for the result" wait_for "Gather everyone"
    check "$tag: the gathering curtain shows only itself" wait_until only_curtain
    keys Enter
    check "$tag: result screen" wait_for "The end of the mandate"
    check "$tag: winner named" wait_for "Winner:"
    keys Enter
    check "$tag: debrief" wait_for "Declassified timeline"
    keys q
    wait_for "Close the debrief?"
    keys y
    wait_for "Load a saved game"
    keys q
    check "$tag: exit status 0" [ "$(wait_exit)" = 0 ]
    check "$tag: terminal restored" restored
}

hotseat 80 24 vt100
hotseat 160 48 xterm-256color

# a two-seat fixture started directly, both seats human
ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 $BIN new --scenario tests/fixtures/two_seats.json --hotseat --seed 5"
check "two_seats: curtain for the first seat" wait_for "Pass the keyboard to Amber."
keys Enter
wait_for "the brief for Amber" && keys Escape
wait_for "New order (n)" && end_turn
check "two_seats: curtain for the second seat" wait_for "Pass the keyboard to Basalt."
check "two_seats: the curtain shows only itself" wait_until only_curtain
keys q
wait_for "Quit the game" && keys y
check "two_seats: quit from the curtain, exit 0" [ "$(wait_exit)" = 0 ]
check "two_seats: terminal restored" restored
ui_done
