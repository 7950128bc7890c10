#!/bin/sh
# ui_tutorial.sh - a beginner's run of the coached tutorial in a real
# terminal (tmux, 80x24), issue 13: `mandate new --scenario tutorial`,
# then each week what the coach asks - read its idea, try the order it
# names, read next week what the try did - to the result and the debrief.
# Every step is checked: the week's idea, the orders it opens (and that
# orders not taught yet are not offered), "You tried X: here is what it
# did". The run counts its keypresses and screens and prints them, with
# the words on those screens, as a TAP comment (the README's teaching
# section quotes them). A second, short game checks that c skips the coach
# and brings it back, and that an idea not tried is said so.
# Prints TAP lines.
. "$(dirname "$0")/../tmux/lib.sh"

# Every key sent through lib.sh's helpers is counted.
nkeys=0
keys() {
    nkeys=$((nkeys + $#))
    t send-keys ${ui_win:+-t "$ui_win"} "$@"
}

# screen_is TEXT: waits for a new screen (TEXT identifies it), counts it
# and keeps its text for the word count.
nscreens=0
screen_is() {
    wait_for "$1" || return 1
    nscreens=$((nscreens + 1))
    screen >>"$tmp/screens.txt"
}

# pick LETTERS NAME: opens the picker, types LETTERS, waits until NAME is
# selected (the picker's screen is counted).
pick() {
    keys n
    screen_is "New order: what?" || return 1
    for c in $(echo "$1" | sed 's/./& /g'); do
        keys "$c"
    done
    wait_for_selected "$2"
}

# confirm NAME: Enter on the order's odds gives it.
confirm() {
    screen_is "Enter give the order" || return 1
    keys Enter
    wait_for "Added: $1"
}

# week_end: E and y.
week_end() {
    keys E
    screen_is "End turn" || return 1
    keys y
}

# coach_week N IDEA TRY: the brief of week N shows the coach's idea and
# what to try; Enter goes on to the orders.
coach_week() {
    screen_is "Week $1 of 6: the brief for Alvar" || return 1
    wait_for "The coach, week $1 of 6: $2" || return 1
    wait_for "Try this week: $3" || return 1
}

# tried N ORDER: the report on week N says the coach's try was tried and
# shows what it did (a line under it).
tried() {
    screen_is "Report on week $1 of 6" || return 1
    wait_for "The coach on week $1:" || return 1
    wait_for "You tried $2: here is what it did." || return 1
    screen | grep -A1 -F "You tried $2: here is what it did." | tail -n 1 | grep -q '[•◆]' ||
        { echo "# no line of what $2 did"; dump; return 1; }
}

tag="tutorial"
ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 $BIN new --scenario tutorial --seat alvar --seed 12"

# week 1: the mandate
check "$tag: week 1: the coach introduces the mandate" \
    coach_week 1 "The mandate" "Give one mandate order"
check "$tag: week 1: it opens the mandate orders" wait_for "Open from this week: Patrol, Escort"
keys Enter
check "$tag: week 1: Enter goes on to the orders" screen_is "New order (n)"
check "$tag: week 1: the picker opens on Patrol" pick "" "Patrol"
check "$tag: week 1: covert orders are not offered yet" \
    sh -c '! echo "$1" | grep -qF -e "Covert operations" -e "Observe"' x "$(screen)"
keys Enter
screen_is "Patrol: which sector?"
keys Enter
check "$tag: week 1: the patrol given" confirm "Patrol"
check "$tag: week 1: ends" week_end

# week 2: collection by proximity
check "$tag: week 2: the report says what the patrol did" tried 1 "Patrol"
keys Enter
check "$tag: week 2: the coach introduces collection by proximity" \
    coach_week 2 "Collection by proximity" "Observe a contingent"
check "$tag: week 2: it opens Observe and Intercept" wait_for "Open from this week: Observe and Intercept."
keys Enter
screen_is "New order (n)"
check "$tag: week 2: Observe is offered now" pick "obs" "Observe"
keys Enter
screen_is "Observe: which contingent?"
keys Enter
check "$tag: week 2: its odds shown before it is given" wait_for "Chance of success"
check "$tag: week 2: Observe given" confirm "Observe"
check "$tag: week 2: ends" week_end

# week 3: counter-intelligence
check "$tag: week 3: the report says what Observe did" tried 2 "Observe"
keys Enter
check "$tag: week 3: the coach introduces counter-intelligence" \
    coach_week 3 "Counter-intelligence" "Protect yourself"
keys Enter
screen_is "New order (n)"
check "$tag: week 3: Harden communications is offered" pick "har" "Harden communications"
keys Enter
check "$tag: week 3: hardened" confirm "Harden communications"
check "$tag: week 3: ends" week_end

# week 4: the mission network
check "$tag: week 4: the report says what hardening did" tried 3 "Harden communications"
keys Enter
check "$tag: week 4: the coach introduces the mission network" \
    coach_week 4 "The mission network" "Share intelligence"
keys Enter
screen_is "New order (n)"
check "$tag: week 4: Share intelligence is offered" pick "sha" "Share intelligence"
keys Enter
screen_is "Share intelligence: what level?"
check "$tag: week 4: broad chosen" select_row "Broad"
keys Enter
check "$tag: week 4: shared" confirm "Share intelligence"
check "$tag: week 4: ends" week_end

# week 5: equipment, and a gift of radios
check "$tag: week 5: the report says what sharing did" tried 4 "Share intelligence"
keys Enter
check "$tag: week 5: the coach introduces equipment" \
    coach_week 5 "Equipment" "Contribute equipment"
# the gift's question is below the coach: Enter at the top does not
# answer it unseen (the answer trap), it brings it into view
keys Enter
check "$tag: week 5: Enter gives no answer unseen" wait_for "A question for us"
check "$tag: week 5: the question comes into view" wait_for "Our answer (free"
# page down, up to the answer
keys PgDn
check "$tag: week 5: the gift's question" wait_for "Our answer (free"
n=0
while ! selected_has "Accept Brenn's radios" && [ $n -lt 4 ]; do
    key_and_change Up || break
    n=$((n + 1))
done
check "$tag: week 5: the question is selected" wait_for_selected "Accept Brenn's radios"
keys Enter
check "$tag: week 5: answered, on to Continue" wait_for_selected "Continue to our orders"
keys Enter
screen_is "New order (n)"
check "$tag: week 5: Contribute equipment is offered" pick "con" "Contribute equipment"
keys Enter
check "$tag: week 5: contributed" confirm "Contribute equipment"
check "$tag: week 5: a sweep, as the coach suggests for a gift" pick "coun" "Counter-intelligence sweep"
keys Enter
check "$tag: week 5: swept" confirm "Counter-intelligence sweep"
check "$tag: week 5: ends" week_end

# week 6: insiders
check "$tag: week 6: the report says what the contribution did" tried 5 "Contribute equipment"
keys Enter
check "$tag: week 6: the coach introduces insiders" coach_week 6 "Insiders" "Cultivate an insider"
keys Enter
screen_is "New order (n)"
check "$tag: week 6: Cultivate insider is offered" pick "cul" "Cultivate insider"
keys Enter
screen_is "Cultivate insider: which contingent?"
keys Enter
check "$tag: week 6: an insider approached" confirm "Cultivate insider"
check "$tag: week 6: ends" week_end

# the end
check "$tag: the last report says what the insider did" tried 6 "Cultivate insider"
keys Enter
check "$tag: the result" screen_is "The end of the mandate"
check "$tag: the result names the team" wait_for "Alvar: Alvar (human team)"
keys Enter
check "$tag: the debrief" screen_is "Declassified timeline"
keys q
screen_is "Close the debrief?"
keys y
check "$tag: exit status 0" [ "$(wait_exit)" = 0 ]
check "$tag: terminal restored" restored

words=$(sort -u "$tmp/screens.txt" | wc -w)
echo "# the beginner's run: $nkeys keypresses, $nscreens screens, $words words on them"
check "$tag: the run is counted" [ "$nkeys" -gt 0 ] && [ "$nscreens" -gt 0 ]

# --- c skips the coach; an idea not tried is said so --------------------------
tag="tutorial: skip"
ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 $BIN new --scenario tutorial --seat alvar --seed 3"
wait_for "The coach, week 1 of 6: The mandate"
keys c
check "$tag: c says the coach is skipped, and which key brings it back" \
    wait_for "Coach skipped for Alvar: c on the brief or the report brings it"
check "$tag: the brief says so in place of the coach" \
    wait_for "The coach is skipped: c brings it back."
check "$tag: the coach's words are gone" \
    sh -c '! echo "$1" | grep -qF "Try this week"' x "$(screen)"
keys c
check "$tag: c again brings it back" wait_for "The coach is back for Alvar."
check "$tag: the coach's words are back" wait_for "Try this week:"
keys Enter
wait_for "New order (n)"
keys E
wait_for "End turn"
keys y
check "$tag: an idea not tried is said so" wait_for "You did not try Patrol, Escort convoy"
ui_stop

ui_done
