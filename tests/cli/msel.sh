#!/bin/sh
# msel.sh - issue 15: `mandate msel export` and `mandate msel import` as a
# planner uses them: the spreadsheet's shape (BOM, CRLF, one row a week's
# inject), a round trip through files, usage errors (status 2), bad input
# and unwritable output (status 1, one line each), then a scenario whose
# events were written in a spreadsheet, imported and played in the
# terminal (tmux, 80x24): its injects show in the weekly brief. Prints
# TAP lines.
. "$(dirname "$0")/../tmux/lib.sh"
cd "$tmp" || exit 1
M=$BIN

# --- export ------------------------------------------------------------------
"$M" msel export lakeland -o lake.csv
check "export -o: status 0" [ $? = 0 ]
check "export: UTF-8 byte order mark, then the headings" \
    sh -c 'head -c 3 lake.csv | od -An -tx1 | grep -q "ef bb bf" && head -n 1 lake.csv | grep -q "Event,ID,Week,Trigger,Audience,Title,Text,Expected action / discussion question,Facilitator notes,Effects,Choices"'
check "export: CRLF line ends" sh -c '[ "$(head -n 1 lake.csv | tail -c 2 | od -An -tx1 | tr -d " ")" = 0d0a ]'
"$M" msel export lakeland >lake-stdout.csv
check "export to standard output: the same bytes" cmp -s lake.csv lake-stdout.csv
"$M" msel import lake.csv --scenario lakeland -o lake.json
check "import -o: status 0" [ $? = 0 ]
check "the imported scenario validates" sh -c '"$1" validate lake.json >/dev/null' x "$M"
"$M" msel export lake.json -o again.csv
check "export -> import -> export: the same sheet" cmp -s lake.csv again.csv
"$M" simulate --scenario "$PWD/lake.json" --games 3 --seed 9 >a.txt 2>&1
"$M" simulate --scenario lakeland --games 3 --seed 9 >b.txt 2>&1
check "the imported scenario plays the same games as the original" cmp -s a.txt b.txt

# --- errors ------------------------------------------------------------------
usage() {
    "$M" msel "$@" >out.txt 2>err.txt
    rc=$?
    [ $rc = 2 ] && [ "$(wc -l <err.txt)" = 1 ] && grep -q "see mandate msel --help" err.txt
}
check "msel with no verb: usage error" usage
check "msel frobnicate: usage error" usage frobnicate
check "export without a scenario: usage error" usage export
check "import without --scenario: usage error" usage import lake.csv
check "import with an unknown option: usage error" usage import lake.csv --scenario lakeland --x
check "export -o without a file: usage error" usage export lakeland -o
"$M" msel export lakeland -o /nonexistent/dir/x.csv 2>err.txt
check "unwritable -o: status 1, one line naming it" \
    sh -c '[ $1 = 1 ] && [ "$(wc -l <err.txt)" = 1 ] && grep -q "/nonexistent/dir/x.csv: cannot write" err.txt' x $?
"$M" msel export no_such_scenario 2>err.txt
check "unknown scenario: status 1, the file named" \
    sh -c '[ $1 = 1 ] && grep -q "scenarios/no_such_scenario.json: cannot open" err.txt' x $?
printf 'Week,Title,Text\r\n1,"unclosed,Text\r\n' >broken.csv
"$M" msel import broken.csv --scenario tutorial -o never.json 2>err.txt
check "broken CSV: status 1, FILE.csv:ROW:COLUMN" \
    sh -c '[ $1 = 1 ] && grep -q "^broken.csv:2:2: a quoted cell never closed" err.txt && [ ! -e never.json ]' x $?
cp lake.json keep.json
printf 'Week,Title,Text\r\n1,Ok,Fine\r\n99,Late,Too late\r\n' >late.csv
"$M" msel import late.csv --scenario lakeland -o keep.json 2>err.txt
check "a week past the end: status 1, the cell named, the old file kept" \
    sh -c '[ $1 = 1 ] && grep -q "^late.csv:3:1: Week: expected an integer 1-12, got 99" err.txt && cmp -s lake.json keep.json' x $?

# --- a spreadsheet-written scenario, played ------------------------------------
# As LibreOffice Calc saves a sheet typed by a planner: no ids, a heading
# row in its own words, quoted cells with commas, quotes and line breaks.
printf '%s\r\n' \
    'Event #,Week,Title,Text,Expected action / discussion question,Facilitator notes,Audience,Trigger,Effects,Choices' \
    '1,1,Bridge at River Ford,"The River Ford bridge is down, ""again"".' \
    'Engineers are needed.",Who repairs it first?,Start here.,,,stability -3 sector=ford,' \
    '2,2,Café owners protest,"Owners of the Café Médina close their shutters, in protest.",,,alvar,,,"Meet them => stability +4 sector=harbour' \
    'Ignore them => pool +2"' \
    '3,3,港口罢工,码头工人罢工了。,,,,,threat +1 sector=harbour,' >sheet.csv
"$M" msel import sheet.csv --scenario tutorial -o workshop.json 2>err.txt
check "the planner's sheet imports" sh -c '[ $1 = 0 ] && [ ! -s err.txt ]' x $?
sed 's/^/#   /' err.txt
check "its events are in the scenario" sh -c 'grep -q "\"id\": \"event_2\"" workshop.json && grep -q "Café Médina" workshop.json'

UI_DIR=$tmp
export UI_DIR
ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 $M new --scenario ./workshop.json --seat alvar --seed 5"
# page_to TEXT: PgDn on the brief (the tutorial's coach comes first) until
# TEXT shows.
page_to() {
    n=0
    while ! screen | grep -qF -- "$1" && [ $n -lt 4 ]; do
        key_and_change PgDn || break
        n=$((n + 1))
    done
    wait_for "$1"
}
wait_for "The coach, week 1 of 6"
check "week 1: the sheet's first event in the brief" page_to "Bridge at River Ford"
check "week 1: its text, with its quotes" wait_for 'The River Ford bridge is down, "again".'
keys Escape
wait_for "New order (n)"
end_turn
wait_for "Report on week 1 of 6"
keys Enter
check "week 2: the event for Alvar" wait_for "Café owners protest"
keys PageDown                    # past the coach's lesson, to the event's choices
check "week 2: its choices" wait_for "Meet them"
keys Escape
wait_for "New order (n)"
end_turn
wait_for "Report on week 2 of 6"
keys Enter
wait_for "The coach, week 3 of 6"
check "week 3: the event in Chinese" page_to "港口罢工"
keys Escape
wait_for "New order (n)"
keys q
wait_for "Quit the game?" && keys y
check "quit: status 0" [ "$(wait_exit)" = 0 ]
ui_done
