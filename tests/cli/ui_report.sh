#!/bin/sh
# ui_report.sh - issue 9, points 3 and 4, in a real terminal (tmux) at
# 80x24: the order dialog shows an estimate without a dossier as a range
# that says it is a guess, with words that match its number, and PgDn
# scrolls it; the week's report shows "What changed for us": each change
# to the seat's own numbers and the mission's, with its cause (our order,
# an inject), and each sector's net change with its main causes.
. "$(dirname "$0")/../tmux/lib.sh"

# The default scenario as Kestria, seed 5: comms security 80 at the start.
ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 $BIN new --seed 5"
check "brief of week 1" wait_for "Week 1 of 12: the brief for Kestria"
keys Escape
check "playing screen" wait_for "New order (n)"

# Harden communications: comms security +8, a change with a cause.
press n "New order: what?"
check "picker: harden communications" select_row "Harden communications"
check "harden: its dialog" press Enter "Cost 1 AP"
keys Enter
check "harden communications added" wait_for "Added: Harden communications"

# Intercept with no dossier: a guess, shown as a range.
press n "New order: what?"
check "picker: intercept" select_row "Intercept"
keys Enter
check "targets show a range marked as a guess" wait_for "a guess), seen"
keys Enter
check "odds dialog: a range and words for it" wait_for "Chance of success: ~"
s=$(screen)
check "odds dialog: says it is a guess" sh -c 'echo "$1" | grep -qF "A guess: we hold no fresh dossier"' x "$s"
check "odds dialog: words that match the number" sh -c '
    pct=$(echo "$1" | sed -n "s/.*Chance of success: ~\([0-9]*\).*/\1/p")
    words=$(echo "$1" | sed -n "s/.*a guess): \([a-z ]*\)\..*/\1/p")
    [ -n "$pct" ] || exit 1
    if [ "$pct" -ge 90 ]; then want="rarely fails"; elif [ "$pct" -ge 70 ]; then want="likely to work";
    elif [ "$pct" -ge 55 ]; then want="more likely than not"; elif [ "$pct" -ge 45 ]; then want="a coin toss";
    elif [ "$pct" -ge 30 ]; then want="likely to fail"; elif [ "$pct" -ge 10 ]; then want="unlikely to work";
    else want="rarely works"; fi
    [ "$words" = "$want" ] || { echo "# $pct%: \"$words\", wanted \"$want\""; exit 1; }' x "$s"
check "odds dialog: the sources are below the fold" sh -c '! echo "$1" | grep -qF "could be as low as"' x "$s"
keys PgDn
check "odds dialog: PgDn scrolls to the sources" wait_for "could be as low as"
keys Enter
check "intercept added" wait_for "Added: Intercept"

end_turn
check "report of week 1" wait_for "Report on week 1 of 12"
check "report: our operation's roll comes first" wait_for "needed under"
check "report: what changed for us" wait_for "What changed for us"
check "report: our comms security, start and end" wait_for "Our communications security: 80 -> 88"
check "report: its cause, our order" wait_for "+8  our Harden communications"
check "report: a mission number changed by an inject" scroll_to "the inject \"Deployment complete\""
check "report: the sectors' net change" scroll_to "The sectors this week"
check "report: a sector's main causes" scroll_to "drift and spoilers"
check "report: a sector line with start and end" sh -c 'echo "$1" | grep -qE "stability +[0-9]+ -> +[0-9]+ \([-+][0-9]+\)  threat [0-9]+ -> [0-9]+"' x "$(screen)"
keys q
wait_for "Quit"
keys y
check "exit status 0" [ "$(wait_exit)" = 0 ]
check "terminal restored" restored
ui_done
