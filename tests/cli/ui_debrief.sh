#!/bin/sh
# ui_debrief.sh - the debrief in a real terminal (tmux): a short tutorial
# game played to its end at 80x24, every page of the debrief flipped
# through and checked for its title and real content (the timeline's
# rolls, the spy matrix, the charts' axes, both scores, rated objectives,
# the plan, the AI's reasons), the keys that move between and within
# pages, help, back to the result and in again; then the same pages after
# a resize to 160x48; then a finished save loaded under LANG=C on a
# monochrome vt100 (ASCII charts, the AI's reasons rebuilt by replay).
# Prints TAP lines.
. "$(dirname "$0")/../tmux/lib.sh"

# has_re REGEX: the screen holds a line matching it (now, no waiting).
has_re() { screen | grep -qE -- "$1"; }
# wait_re REGEX: waits (as wait_for) for a line matching REGEX.
wait_re() {
    [ $stuck = 0 ] || return 1
    tries=$ui_tries
    while [ "$tries" -gt 0 ]; do
        has_re "$1" && return 0
        sleep 0.02
        tries=$((tries - 1))
    done
    echo "# timed out waiting for a line matching: $1"
    dump
    stuck=1
    return 1
}
# go KEY TEXT: presses KEY, waits for TEXT.
go() {
    keys "$1"
    wait_for "$2"
}
# settle: waits until two captures 20 ms apart agree (a frame is drawn).
settle() {
    a=$(screen)
    tries=100
    while [ "$tries" -gt 0 ]; do
        sleep 0.02
        b=$(screen)
        [ "$a" = "$b" ] && return 0
        a=$b
        tries=$((tries - 1))
    done
    return 0
}
# page_text: reads the current debrief page from its top, a screen at a
# time with Space, into $tmp/page. The title row says which rows are
# shown: "FIRST-LAST/ROWS  page N of 7".
page_text() {
    : >"$tmp/page"
    keys Home
    wait_re ' 1-[0-9]+/[0-9]+  page [1-7] of 7' || return 1
    settle
    n=0
    while [ $n -lt 80 ]; do
        screen >>"$tmp/page"
        pos=$(screen | grep -oE ' [0-9]+-[0-9]+/[0-9]+  page' | head -n 1)
        last=${pos#*-}
        last=${last%%/*}
        rows=${pos#*/}
        rows=${rows%% *}
        [ "$last" -ge "$rows" ] && return 0
        keys Space
        wait_gone "$pos" || return 1
        settle
        n=$((n + 1))
    done
    return 1
}
in_page() { grep -qF -- "$1" "$tmp/page"; }
in_page_re() { grep -qE -- "$1" "$tmp/page"; }

# pages TAG ASCII: from page 1, reads every page of the debrief, flipping
# with each page key, and checks its title and its content.
pages() {
    tag=$1 ascii=$2
    if [ "$ascii" = 1 ]; then axis='100 \+' matrix='by \ on'; else axis='100 ┤' matrix='by ↓  on →'; fi
    check "$tag: 1 timeline: title" wait_for "Declassified timeline: every hidden order by week"
    check "$tag: 1 timeline: read through" page_text
    check "$tag: 1 timeline: week headings" sh -c 'grep -q "Week 1 of 6" "$1" && grep -q "Week 6 of 6" "$1"' x "$tmp/page"
    check "$tag: 1 timeline: a roll against the odds" \
        in_page_re '(SUCCEEDED|FAILED) roll [0-9]+\.[0-9] vs [0-9]+\.[0-9]%'
    check "$tag: 1 timeline: detection roll" in_page_re '(unseen|DETECTED) roll [0-9]+\.[0-9] vs'
    check "$tag: 1 timeline: tally of detections and blame" \
        in_page_re 'covert operations: [0-9]+ succeeded; [0-9]+ detected'
    check "$tag: Right: 2 spy matrix" go Right "Who spied on whom"
    check "$tag: 2 spy: read through" page_text
    check "$tag: 2 spy: matrix header" in_page "$matrix"
    check "$tag: 2 spy: a row per contingent" \
        sh -c 'for c in Alvar Brenn Corsa; do grep -qE "^ +$c +[0-9.x/×·]" "$1" || exit 1; done' x "$tmp/page"
    check "$tag: 2 spy: mission HQ column and totals" in_page_re 'HQ +all'
    check "$tag: 2 spy: who blamed whom" in_page "Who blamed whom"
    check "$tag: l: 3 charts" go l "Trust and stability over time"
    check "$tag: 3 charts: read through" page_text
    check "$tag: 3 charts: stability chart" in_page "The mandate: stability per week"
    check "$tag: 3 charts: y axis label" in_page_re "$axis"
    check "$tag: 3 charts: x axis label" in_page_re '^ *week +S +1 +2 +3'
    check "$tag: 3 charts: values under the bars" in_page_re '^ *avg +[0-9]+ +[0-9]+'
    check "$tag: 3 charts: trust pair by pair" in_page "Trust between contingents, week by week"
    check "$tag: PgDn: 4 scores" go PgDn "Both scores: the mandate and the capitals"
    check "$tag: 4 scores: read through" page_text
    check "$tag: 4 scores: side by side" in_page "national score"
    check "$tag: 4 scores: the winner" in_page "highest"
    check "$tag: 4 scores: components" \
        in_page_re 'intel +infl +object +reput +penal +raw +factor +TOTAL'
    check "$tag: Tab: 5 objectives" go Tab "Learning objectives that came up"
    check "$tag: 5 objectives: read through" page_text
    check "$tag: 5 objectives: how many came up" \
        in_page_re '[1-8] of the 8 learning objectives came up'
    check "$tag: 5 objectives: a rating letter with an objective's title" \
        in_page_re '^ +[1-8] [PSMU]  [A-Z][a-z]+ .*\(week [0-9]+\)'
    check "$tag: 5 objectives: its rating in words" \
        in_page_re 'Rating: +([PSM] +performed (without|with some|with major)|U +unable)'
    check "$tag: 5 objectives: precedent and questions" \
        sh -c 'grep -q "Precedent:" "$1" && grep -q "Discussion questions:" "$1"' x "$tmp/page"
    check "$tag: 5 objectives: a precedent's source (issue 13)" in_page "Source:"
    keys Home
    keys ']'
    check "$tag: ] jumps to the first objective that came up" wait_re '^ *Objective [1-8]: [A-Z]'
    check "$tag: Right: 6 plan" go Right "Strengths, areas for improvement, improvement plan"
    check "$tag: 6 plan: read through" page_text
    check "$tag: 6 plan: strengths and the plan" \
        sh -c 'grep -q "Strengths" "$1" && grep -q "Improvement plan" "$1"' x "$tmp/page"
    check "$tag: 6 plan: how to hand it out" in_page "mandate report"
    check "$tag: Right: 7 AI reasons" go Right "The AI's reasons for its key decisions"
    check "$tag: 7 reasons: read through" page_text
    check "$tag: 7 reasons: who played" in_page_re '(Brenn|Corsa): AI - [A-Z]'
    check "$tag: 7 reasons: reasons by week naming their rule" \
        sh -c 'grep -qE "^ *Week [0-9]+" "$1" && grep -qE "rule [0-9]+ \(" "$1"' x "$tmp/page"
    keys Right
    check "$tag: Right on the last page stays" wait_for "page 7 of 7"
    check "$tag: Left: back to 6" go Left "page 6 of 7"
    check "$tag: h: back to 5" go h "page 5 of 7"
    check "$tag: PgUp: back to 4" go PgUp "page 4 of 7"
    check "$tag: 1: straight to the timeline" go 1 "page 1 of 7"
}

# --- a short game played to the end, 80x24 then 160x48 --------------------
ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 $BIN new --scenario tutorial --seed 42"
week=1
while [ $week -le 6 ]; do
    if [ $week -gt 1 ]; then
        wait_for "Report on week $((week - 1)) of 6" || break
        keys Enter
    fi
    wait_for "Week $week of 6: the brief for Alvar" || break
    keys Escape
    wait_for "New order (n)" || break
    if [ $week = 2 ]; then
        check "game: a covert order in week 2 (the coach opens them)" give_observe
    fi
    end_turn || break
    week=$((week + 1))
done
check "game: six weeks played" [ $week = 7 ]
wait_for "Report on week 6 of 6" && keys Enter
check "game: result screen" wait_for "The end of the mandate"
check "result: says what Enter opens" wait_for "Enter the debrief"
keys Enter
pages "80x24" 0
keys Home
check "80x24: the timeline shows our covert order" wait_for "Observe"
keys End
check "80x24: End scrolls to the last week" wait_for "Week 6 of 6"
check "80x24: a scroll mark shows there is more above" wait_re '▲ *$'
keys Home
check "80x24: Home back to the top" wait_for "Every covert and counter-intelligence order"
keys j
check "80x24: j scrolls a line" wait_gone "Every covert and counter-intelligence order"
keys '?'
check "80x24: ? opens the debrief's help" wait_for "Help: the debrief"
check "80x24: help lists the pages" wait_for "THE PAGES"
keys End
check "80x24: help explains the ratings" wait_for "HOW OBJECTIVES ARE RATED"
keys Escape
check "80x24: Esc closes the help" wait_gone "Help: the debrief"
keys 3
wait_for "page 3 of 7"
keys Escape
check "80x24: Esc back to the result" wait_for "The end of the mandate"
keys Enter
check "80x24: Enter again: the debrief where it was" wait_for "page 3 of 7"

t resize-window -x 160 -y 48
check "160x48: resized: wide tabs" wait_for "1 Declassified timeline   2 Who spied on whom"
check "160x48: charts side by side" wait_for "Reputation: trust held in each"
keys 1
pages "160x48" 0
t resize-window -x 80 -y 24
check "back to 80x24: still the debrief" wait_for "page 1 of 7"
keys q
check "q asks to close, naming the save" wait_for "Close the debrief?"
check "the question names the report command" wait_for "mandate report"
keys n
check "n: stays in the debrief" wait_gone "Close the debrief?"
keys q
wait_for "Close the debrief?"
keys y
check "closed: exit status 0" [ "$(wait_exit)" = 0 ]
check "closed: terminal restored" restored
check "closed: says where the game is for the report" wait_for "after-action report: mandate report"

# --- a finished save loaded under LANG=C on a monochrome terminal ------------
"$BIN" simulate --scenario tutorial --games 1 --seed 5 --save "$tmp/done.json" >/dev/null 2>&1
check "load: a finished all-AI save written" [ -s "$tmp/done.json" ]
ui_start 80 24 "TERM=vt100 LANG=C LC_ALL=C $BIN load $tmp/done.json"
check "load: straight to the result" wait_for "The end of the mandate"
keys Enter
pages "ASCII 80x24" 1
page_text
check "ASCII: the timeline has the AI's reasons, rebuilt by replay" in_page "why: "
check "ASCII: nothing but ASCII on screen" sh -c '! echo "$1" | LC_ALL=C grep -q "[^ -~]"' x "$(screen)"
check "ASCII: monochrome (no colour on screen)" no_colour
keys 3
wait_for "page 3 of 7"
keys Home
check "ASCII: bars drawn with #" wait_re '\+.*###|\|.*###'
keys End
check "ASCII: ASCII sparklines" wait_re '^ *pool +[ .:=+*#-]+ +[0-9]+ -> +[0-9]+'
keys Escape
wait_for "The end of the mandate"
keys q
wait_for "Close the debrief?"
keys y
check "load: exit status 0" [ "$(wait_exit)" = 0 ]
check "load: terminal restored" restored
ui_done
