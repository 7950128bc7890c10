#!/bin/sh
# ui_basics.sh - the terminal game's behaviour at the edges, in a real
# terminal (tmux): no terminal or an unknown TERM, a terminal too small,
# resizes mid-dialog, the help overlay, quitting (q, SIGTERM, SIGINT)
# with an autosave and the terminal restored, monochrome and ASCII
# fallbacks, Continue and load, and no busy-waiting. Prints TAP lines.
. "$(dirname "$0")/../tmux/lib.sh"

# --- no terminal, no TERM ----------------------------------------------------
out=$("$BIN" new </dev/null 2>&1 >/dev/null)
rc=$?
check "stdin not a terminal: exit 1" [ $rc = 1 ]
check "stdin not a terminal: one line saying so" \
    sh -c '[ "$(echo "$1" | wc -l)" = 1 ] && echo "$1" | grep -q "needs a terminal"' x "$out"

ui_start 80 24 "TERM= $BIN new --seed 1"
check "TERM unset: exit 1" [ "$(wait_exit)" = 1 ]
check "TERM unset: a clear message" wait_for "TERM is not set"
ui_start 80 24 "TERM=no-such-terminal $BIN new --seed 1"
check "unknown TERM: exit 1" [ "$(wait_exit)" = 1 ]
check "unknown TERM: a clear message" wait_for "cannot use terminal type 'no-such-terminal'"

# --- too small, resizes ---------------------------------------------------------
ui_start 60 20 "TERM=xterm-256color LANG=C.UTF-8 $BIN new --seed 1"
check "too small: asks to enlarge" wait_for "Please enlarge the terminal"
check "too small: says the size needed" wait_for "needs 80x24; this one is 60x20"
t resize-window -x 80 -y 24
check "enlarged: the game appears" wait_for "Week 1 of 12: the brief for Kestria"
keys Escape
wait_for "New order (n)"
keys n
check "dialog open" wait_for "New order: what?"
t resize-window -x 120 -y 40
check "resized mid-dialog: wide layout, dialog kept" wait_for "New order: what?"
check "wide layout shows every panel" wait_for "6 Log"
t resize-window -x 70 -y 20
check "shrunk mid-dialog: asks to enlarge" wait_for "Please enlarge the terminal"
t resize-window -x 80 -y 24
check "back to 80x24: dialog still open" wait_for "New order: what?"
keys Escape
check "Esc closes the dialog" wait_gone "New order: what?"

# --- help ----------------------------------------------------------------------
keys '?'
check "help overlay opens" wait_for "Help: keys and rules"
for k in "end your turn" "save the game" "quit" "next, previous panel" "withdraw" "new order"; do
    check "help lists: $k" wait_for "$k"
done
keys End
check "help scrolls to the end of the rules" wait_for "THE DEBRIEF"
keys Escape
check "help closes" wait_gone "Help: keys and rules"

# --- idle: no busy-waiting -------------------------------------------------------
pid=$(cat "$tmp/pid")
a=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null)
sleep 1
b=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null)
check "idle for 1 s: no CPU used (ticks $a -> $b)" [ -n "$a" ] && [ $((b - a)) -le 1 ]

# --- quit with q ----------------------------------------------------------------------
keys q
check "q asks to confirm" wait_for "Quit the game?"
keys n
check "n keeps playing" wait_gone "Quit the game?"
keys q
wait_for "Quit the game?"
keys y
check "q, y: exit status 0" [ "$(wait_exit)" = 0 ]
check "q: says where the game was saved" wait_for "game saved to"
check "q: an autosave was written" sh -c 'ls "$1"/saves/autosave-*.json >/dev/null 2>&1' x "$tmp"
check "q: terminal restored" restored

# --- SIGTERM and SIGINT ----------------------------------------------------------
rm -f "$tmp"/saves/*
ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 $BIN new --seed 2"
wait_for "the brief for Kestria"
keys Escape
wait_for "New order (n)"
end_turn
wait_for "Report on week 1 of 12"
kill -TERM "$(cat "$tmp/pid")"
check "SIGTERM: exit status 143" [ "$(wait_exit)" = 143 ]
check "SIGTERM: autosaved after week 1" sh -c 'ls "$1"/saves/autosave-*t01.json >/dev/null 2>&1' x "$tmp"
check "SIGTERM: terminal restored" restored

ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 $BIN new --seed 2 --save-dir $tmp/other"
wait_for "the brief for Kestria"
keys C-c
check "Ctrl-C (SIGINT): exit status 130" [ "$(wait_exit)" = 130 ]
check "SIGINT: terminal restored" restored

ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 $BIN new --seed 2 --save-dir $tmp/other"
wait_for "the brief for Kestria"
kill -HUP "$(cat "$tmp/pid")"
check "SIGHUP: exit status 129" [ "$(wait_exit)" = 129 ]
check "SIGHUP: terminal restored" restored

ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 $BIN new --seed 2 --save-dir $tmp/other"
wait_for "the brief for Kestria"
kill -ABRT "$(cat "$tmp/pid")"
check "a crash (SIGABRT): exit status 134" [ "$(wait_exit)" = 134 ]
check "a crash: terminal restored" restored
check "a crash: says so" wait_for "mandate: crashed"

# --- Continue and load ------------------------------------------------------------
ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 $BIN"
check "title: Continue names the newest save" wait_for "Continue  (saved"
keys c
check "Continue resumes week 2" wait_for "Report on week 1 of 12"
keys q
wait_for "Quit the game?" && keys y
wait_exit >/dev/null
f=$(ls "$tmp"/saves/autosave-*t01.json | head -n 1)
ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 $BIN load $f"
check "mandate load FILE resumes it" wait_for "Report on week 1 of 12"
keys S
check "S saves" wait_for "Saved to"
keys q
wait_for "Quit the game?" && keys y
check "load: exit 0" [ "$(wait_exit)" = 0 ]
out=$("$BIN" load "$tmp/no-such-save.json" 2>&1 </dev/null)
check "load of a missing file: exit 1" [ $? = 1 ]

# --- the mouse (SGR reports, as xterm sends them) ----------------------------
click() { t send-keys -l "$(printf '\033[<0;%d;%dM\033[<0;%d;%dm' "$1" "$2" "$1" "$2")"; }
ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 $BIN"
wait_for "Load a saved game"
help_row() { screen | grep -q 'Help$'; }
wait_until help_row
row=$(screen | grep -n 'Help$' | cut -d: -f1)
col=$(screen | grep 'Help$' | awk '{ print index($0, "Help") }')
click "$col" "$row"
check "mouse: a click selects a menu row" wait_for_selected "Help"
click "$col" "$row"
check "mouse: a second click opens it" wait_for "Help: keys and rules"
keys Escape q
check "mouse: exit 0" [ "$(wait_exit)" = 0 ]
check "mouse: reporting off after exit" restored

# --- colour, monochrome, ASCII -------------------------------------------------
ui_start 80 24 "TERM=xterm-256color NO_COLOR=1 LANG=C.UTF-8 $BIN new --seed 3"
wait_for "the brief for Kestria" && keys Escape
wait_for "New order (n)"
check "NO_COLOR: monochrome" no_colour
# issue 9: this was one capture, which fails on a blank screen (as when
# tmux failed to start under load, see lib.sh) and otherwise matched the
# title bar, always reversed: now it waits for the selected row itself.
check "NO_COLOR: selection still shown (reverse video)" wait_for_selected "New order (n)"
ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 $BIN new --seed 3"
wait_for "the brief for Kestria" && keys Escape
wait_for "New order (n)"
check "xterm-256color: colour" wait_until has_colour
check "UTF-8 locale: line drawing" wait_for "┌─ 1 Sectors"
ui_start 80 24 "TERM=vt100 LANG=C LC_ALL=C $BIN new --seed 3"
wait_for "the brief for Kestria" && keys Escape
check "C locale: ASCII line drawing" wait_for "+- 1 Sectors"
check "C locale: no UTF-8 on screen" sh -c '! printf "%s" "$1" | LC_ALL=C grep -q "[^ -~]"' x "$(screen)"
check "vt100: monochrome" no_colour
keys q
wait_for "Quit the game?" && keys y
check "vt100: exit 0" [ "$(wait_exit)" = 0 ]
ui_done
