#!/bin/sh
# ui_small.sh - a terminal smaller than the game needs, in a real terminal
# (tmux resize-window). Regression tests for issue 9: keys typed as the
# terminal shrank were taken for keys of the screen before ("n Enter"
# opened the order dialog behind "Please enlarge the terminal"), and no
# key but Ctrl-C worked there (now q, then y, quits). Prints TAP lines.
. "$(dirname "$0")/../tmux/lib.sh"

# --- keys typed as the terminal shrinks ------------------------------------------
# pane_size ROWS COLS: waits until the pane's terminal (not only tmux's
# idea of it) has that size.
pane_size() {
    tty=$(t display -p '#{pane_tty}')
    tries=500
    while [ "$tries" -gt 0 ]; do
        [ "$(stty -F "$tty" size 2>/dev/null)" = "$1 $2" ] && return 0
        sleep 0.02
        tries=$((tries - 1))
    done
    echo "# the pane's terminal never became $2x$1"
    return 1
}

ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 $BIN new --seed 1"
wait_for "Week 1 of 12: the brief for Kestria"
keys Escape
check "playing screen" wait_for "New order (n)"
pid=$(cat "$tmp/pid")
round=1
while [ $round -le 3 ]; do
    # n Enter wait unread while the terminal shrinks: the program, held
    # still, reads them only once the terminal is too small
    kill -STOP "$pid"
    keys n Enter
    t resize-window -x 60 -y 20
    pane_size 20 60
    kill -CONT "$pid"
    wait_for "Please enlarge the terminal"
    t resize-window -x 80 -y 24
    wait_for "AP 5 of 5 left"
    # S saves on the playing screen; in the order dialog it would not
    keys S
    check "issue 9: round $round: n Enter typed as it shrank opened nothing" \
        wait_for "Saved to"
    check "issue 9: round $round: no order dialog" \
        sh -c '! echo "$1" | grep -qF "New order:" && ! echo "$1" | grep -qF "which sector"' \
        x "$(screen)"
    round=$((round + 1))
done

# --- q in a terminal too small -----------------------------------------------------
ui_start 60 20 "TERM=xterm-256color LANG=C.UTF-8 $BIN new --seed 1"
check "too small: asks to enlarge" wait_for "Please enlarge the terminal"
check "too small: says that q quits" wait_for "Until then keys do nothing, but q quits."
keys n Enter Escape
keys q
check "issue 9: too small: q asks whether to quit" wait_for "Quit Mandate? y: quit"
keys x
check "too small: another key goes on waiting" wait_for "Until then keys do nothing, but q quits."
keys q
wait_for "Quit Mandate?"
t resize-window -x 80 -y 24
check "enlarged while asking: the game appears" wait_for "Week 1 of 12: the brief for Kestria"
check "enlarged while asking: n Enter typed while small did nothing" \
    sh -c '! echo "$1" | grep -qF "New order:"' x "$(screen)"
keys Escape
check "enlarged: keys work again" wait_for "New order (n)"
t resize-window -x 70 -y 22
check "shrunk again: no question left over" wait_for "Until then keys do nothing, but q quits."
keys q
wait_for "Quit Mandate?"
keys y
check "issue 9: too small: q, y: exit status 0" [ "$(wait_exit)" = 0 ]
check "too small: q, y: the game was saved" wait_for "game saved to"
check "too small: q, y: terminal restored" restored

# the title menu too
ui_start 60 20 "TERM=xterm-256color LANG=C.UTF-8 $BIN"
wait_for "Please enlarge the terminal"
keys q
wait_for "Quit Mandate?"
keys y
check "title menu too small: q, y: exit status 0" [ "$(wait_exit)" = 0 ]
check "title menu too small: terminal restored" restored

ui_done
