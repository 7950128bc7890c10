#!/bin/sh
# ui_solo.sh - whole solo games in a real terminal (tmux): from the title
# menu to the result and the debrief on the tutorial scenario, at 80x24
# with TERM=xterm-256color and at 160x48 with a monochrome TERM (vt100),
# and the default scenario through `mandate new`; the three games share a
# saves folder and each keeps its final save (issue 9). Prints TAP lines.
. "$(dirname "$0")/../tmux/lib.sh"

# solo W H TERM: one tutorial game as Alvar against two AI contingents.
solo() {
    w=$1 h=$2 term=$3
    tag="solo ${w}x$h $term"
    ui_start "$w" "$h" "TERM=$term LANG=C.UTF-8 LC_ALL=C.UTF-8 $BIN"
    check "$tag: title menu" wait_for "Load a saved game"
    check "$tag: new-game screen starts the tutorial" newgame_tutorial
    check "$tag: week 1 brief" wait_for "Week 1 of 6: the brief for Alvar"
    if [ "$term" = vt100 ]; then
        check "$tag: monochrome (no colour on screen)" no_colour
    else
        check "$tag: colour on screen" wait_until has_colour
    fi
    week=1
    while [ $week -le 6 ]; do
        if [ $week -gt 1 ]; then
            wait_for "Report on week $((week - 1)) of 6" || break
            if [ $week = 3 ]; then
                check "$tag: report shows the roll against the odds" wait_for "needed under"
                keys End
                check "$tag: report shows the public bulletin" wait_for "The public bulletin"
                keys Home
            fi
            keys Enter
        fi
        wait_for "Week $week of 6: the brief for Alvar" || break
        keys Escape
        wait_for "New order (n)" || break
        if [ $week = 1 ]; then
            check "$tag: playing screen shows the sector board" wait_for "River Ford"
            check "$tag: playing screen shows the header" wait_for "Week 1 of 6"
        fi
        # the coached tutorial opens covert orders in week 2
        if [ $week = 2 ]; then
            check "$tag: order with its odds" give_observe
        fi
        end_turn || break
        week=$((week + 1))
    done
    check "$tag: all six weeks played" [ $week = 7 ]
    check "$tag: last report" wait_for "Report on week 6 of 6"
    keys Enter
    check "$tag: result screen" wait_for "The end of the mandate"
    for want in "National scores" "Winner:" "Alvar" "Brenn" "Corsa" "The mission:"; do
        check "$tag: result shows $want" wait_for "$want"
    done
    keys Enter
    check "$tag: debrief opens on the declassified timeline" wait_for "Declassified timeline"
    check "$tag: debrief shows our operation" wait_for "Observe"
    keys q
    check "$tag: closing the debrief asks" wait_for "Close the debrief?"
    check "$tag: issue 9: it names the game's final save" \
        sh -c 'echo "$1" | tr -d " \n│|" | grep -q -- "-final\.json"' x "$(screen)"
    keys y
    check "$tag: back at the title menu" wait_for "Load a saved game"
    check "$tag: Continue offers the autosave" wait_for "Continue  (saved"
    keys q
    check "$tag: exit status 0" [ "$(wait_exit)" = 0 ]
    check "$tag: terminal restored" restored
}

solo 80 24 xterm-256color
solo 160 48 vt100

# the default scenario, started directly
ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 $BIN new --seed 11"
week=1
while [ $week -le 12 ]; do
    if [ $week -gt 1 ]; then
        wait_for "Report on week $((week - 1)) of 12" || break
        keys Enter
    fi
    wait_for "Week $week of 12: the brief for Kestria" || break
    keys Escape
    wait_for "New order (n)" || break
    end_turn || break
    week=$((week + 1))
done
check "lakeland: twelve weeks played" [ $week = 13 ]
check "lakeland: last report" wait_for "Report on week 12 of 12"
keys Enter
check "lakeland: result screen" wait_for "The end of the mandate"
shows_all() { for c in "$@"; do wait_for "$c" || return 1; done; }
check "lakeland: every contingent scored" shows_all Kestria Morvane Lisselund Sevrana Garrovia
keys Enter
wait_for "Declassified timeline"
keys q
wait_for "Close the debrief?"
keys y
check "lakeland: exit status 0" [ "$(wait_exit)" = 0 ]
check "lakeland: terminal restored" restored

# Issue 9: the three games above shared one saves folder, and autosave
# kept the 5 newest files of all games: each next game deleted the one
# before's final save. Each finished game keeps its final save, whole.
for f in "$tmp/saves"/*-final.json; do
    [ -f "$f" ] && "$BIN" replay --verify "$f" 2>&1 | sed -n 's/^Verified: the checksums of all \([0-9]*\) turns match$/\1/p'
done | sort -n | tr '\n' ' ' >"$tmp/finals"
check "issue 9: each of the three games keeps its final save (turns: $(cat "$tmp/finals"))" \
    [ "$(cat "$tmp/finals")" = "6 6 12 " ]
ui_done
