#!/bin/sh
# ui_fit.sh - what the screens show at 80x24, in a real terminal (tmux).
# Regression tests for issue 9's papercuts: letters in the order picker
# (h j k l included) type a name; q closes the game on the last report;
# counts are worded in the singular when they are 1; the sector board's
# heading stays readable ("StabThr" before); text cut at 80x24 ends in an
# ellipsis, and the selected order shows in full; names in CJK and emoji
# keep the score tables of the result and the debrief aligned (display
# columns, not bytes); every `mandate new` example of --help works.
# Prints TAP lines.
. "$(dirname "$0")/../tmux/lib.sh"

wide=tests/fixtures/wide_names.json

# header_whole_words: the title bar shows the scenario's name whole, or
# cut after a word with an ellipsis.
header_whole_words() {
    whole=$1
    shown=$(screen | head -n 1 | sed 's/^ MANDATE  //; s/  .*//')
    case $whole in
    "$shown") return 0 ;;
    esac
    base=${shown%…}
    if [ "$base" != "$shown" ]; then
        case $whole in
        "$base "*) return 0 ;;
        esac
    fi
    echo "# title bar shows '$shown' for '$whole'"
    return 1
}

# --- lakeland: the title bar, the board, the picker, the orders panel -------------
ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 $BIN new --seed 1"
wait_for "Week 1 of 12: the brief for Kestria"
keys Escape
check "playing screen" wait_for "New order (n)"
check "issue 9: the title bar cuts the scenario's name after a word" \
    header_whole_words "Lakeland Stabilisation Mission"
check "issue 9: the sector line, cut, ends in an ellipsis" wait_for "we are here, mission…"
keys n
wait_for "New order: what?"
keys j o
check "issue 9: j types in the picker (jo: Joint operation)" wait_for_selected "Joint operation"
keys Escape n b a c k
check "issue 9: k types in the picker (back: Backdoor equipment)" \
    wait_for_selected "Backdoor equipment"
keys Escape
wait_gone "New order: what?"
give_court
keys Up
check "issue 9: the selected order in full below the list" \
    wait_for "Court host government (1 AP)"
keys '?'
wait_for "Help: keys and rules"
keys PgDn
check "help: the picker's rule" wait_for "type the start of an order's name (h j k l"
keys Escape
keys E
check "End turn: AP left, plural" wait_for "4 AP stay "
keys n

# --- eight seats: no room for the stability bars ----------------------------------
ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 $BIN new --scenario tests/fixtures/eight_seats.json --seed 1"
wait_for "the brief for"
keys Escape
check "eight seats: playing screen" wait_for "New order (n)"
check "issue 9: without stability bars the board's heading reads Stab. Thr" \
    wait_for "Stab. Thr Forces"
check "issue 9: no StabThr" sh -c '! echo "$1" | grep -qF StabThr' x "$(screen)"

# --- CJK and emoji names, one action point -------------------------------------------
ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 $BIN new --scenario $wide --seed 5"
check "wide names: week 1 brief" wait_for "Week 1 of 4: the brief for 琥珀共和国"
keys End
check "issue 9: 1 action point, singular" wait_for "We have 1 action point this week."
keys Escape
wait_for "New order (n)"
check "wide names: the title bar in whole words" header_whole_words "Fixture: 琥珀と玄武岩 Wide Names"
keys E
check "issue 9: End turn: 1 AP left, singular" wait_for "stays unused"
keys y
week=2
while [ $week -le 4 ]; do
    wait_for "Report on week $((week - 1)) of 4" || break
    keys Enter
    wait_for "the brief for 琥珀共和国" || break
    keys Escape
    wait_for "New order (n)" || break
    end_turn || break
    week=$((week + 1))
done
check "wide names: four weeks played" wait_for "Report on week 4 of 4"
keys q
check "issue 9: q on the last report asks to close" \
    wait_for "Close the game before the result and the debrief?"
keys n
wait_gone "Close the game before"
keys Enter
check "wide names: the result" wait_for "National scores"
check "issue 9: result: the score table aligned" same_width "contingent" 3
check "result: a cut name ends in an ellipsis" wait_for "Basalt 🐻 Bri…"
keys Enter
check "wide names: the debrief" wait_for "Declassified timeline"
check "issue 9: timeline: a space after the cut name" wait_for "Basalt 🐻 Bri… Observe"
keys 2
wait_for "Who spied on whom"
check "debrief: the spying matrix aligned" same_width "by" 4
keys 4
wait_for "The national score, part by part"
check "debrief: the score table aligned" same_width "intel   infl" 3
check "debrief: side by side aligned" same_col "%" "mandate share" 3
keys q
wait_for "Close the debrief?"
keys y
check "wide names: exit status 0" [ "$(wait_exit)" = 0 ]
check "wide names: says where the game is" wait_for "the game is in"

# the finished game again: q on the last report closes it
save=$(t capture-pane -p -J | sed -n 's/.*the game is in \([^ ]*\) .*/\1/p' | head -n 1)
ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 $BIN load $save"
check "loaded: the last report" wait_for "Report on week 4 of 4"
check "the last report's hints offer q" wait_for "q close"
keys q
wait_for "Close the game before the result and the debrief?"
keys y
check "issue 9: q, y on the last report: exit status 0" [ "$(wait_exit)" = 0 ]
check "q, y on the last report: says where the game is" wait_for "the game is in"
check "q, y on the last report: terminal restored" restored

# --- every `mandate new` example of --help ---------------------------------------------
examples=$({ "$BIN" --help; "$BIN" new --help; } | grep -o 'mandate new [^:]*' |
    grep -vF '[' | sed 's/  .*//; s/ *$//' | sort -u)
check "help: examples of mandate new found" [ -n "$examples" ]
# a loop of this shell (not a pipeline's subshell), so that the last
# example's tmux server is the one ui_cleanup ends
while read -r ex; do
    args=$(echo "${ex#mandate }" | sed "s|/tmp/workshop|$tmp/workshop|")
    ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 $BIN $args"
    if wait_for "Press Enter when ready" 250 2>/dev/null >/dev/null; then
        keys Enter
    fi
    stuck=0
    case $ex in
    *--facilitator*)             # the facilitator's console first, then the team's curtain
        wait_for "FACILITATOR - WHOLE TRUTH" && keys c
        wait_for "Pass the keyboard to" && keys Enter
        ;;
    esac
    check "issue 9: the --help example works: $ex" wait_for "the brief for"
    keys q
    wait_for "Quit the game?"
    keys y
    check "the --help example quits: $ex" [ "$(wait_exit)" = 0 ]
done <<EXAMPLES
$examples
EXAMPLES

ui_done
