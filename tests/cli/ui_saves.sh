#!/bin/sh
# ui_saves.sh - issue 9, saves in a real terminal (tmux, 80x24): a save
# that fails is shown in full, with what of the game is in no file, and
# offers retry, another folder (typed) or going on unsaved; quitting never
# claims a save that did not happen, and `mandate new` then exits 1.
# Continue and Load offer only Mandate saves, not a report beside them.
# A save folder that fails for root too: a file where the folder should be.
# Prints TAP lines.
. "$(dirname "$0")/../tmux/lib.sh"

saves=$tmp/saves

# week_done N: from the brief of week N, ends the turn with no orders.
week_done() {
    wait_for "Week $1 of 6: the brief for Alvar" || return 1
    keys Escape
    wait_for "New order (n)" || return 1
    end_turn
}

# break_folder DIR: a file where the folder was (writes fail, also as root).
break_folder() {
    rm -rf "$1" && printf 'not a folder\n' >"$1"
}

# count_saves DIR TURN: how many autosaves of TURN turns DIR holds.
count_saves() {
    ls "$1" 2>/dev/null | grep -c -- "^autosave-tutorial-.*-t0$2\.json$"
}

# --- a failed autosave: the dialog, retry, another folder, go on --------------
ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 $BIN new --scenario tutorial --seat alvar --seed 5"
week_done 1
check "autosave after week 1" wait_for "Report on week 1 of 6"
check "the autosave is in the saves folder" [ "$(count_saves "$saves" 1)" = 1 ]
cp "$saves"/autosave-tutorial-*-t01.json "$tmp/week1.json"
break_folder "$saves"
keys Enter
week_done 2
check "issue 9: a failed autosave opens a dialog" wait_for "The game is not saved"
check "issue 9: the reason is shown in full, wrapped" wait_for "not a folder"
check "issue 9: it says what is in no file" wait_for "Week 2 is in no file"
check "issue 9: it offers retry, another folder, going on" \
    wait_for "[ Retry ]  [ Another folder ]  [ Go on unsaved ]"
rm -f "$saves" && mkdir "$saves"
keys Enter
check "issue 9: Retry saves once the folder works again" wait_for "Report on week 2 of 6"
check "issue 9: the retried autosave is written" [ "$(count_saves "$saves" 2)" = 1 ]
break_folder "$saves"
keys Enter
week_done 3
wait_for "The game is not saved"
keys Right Enter
check "issue 9: Another folder asks for one" wait_for "Save in another folder"
keys BSpace BSpace BSpace BSpace BSpace
t send-keys -l "other/deep"
wait_for "other/deep_"
keys Enter
check "issue 9: saved in the folder typed" wait_for "Saved to $tmp/other/deep/"
check "issue 9: the file is there" [ "$(count_saves "$tmp/other/deep" 3)" = 1 ]
break_folder "$tmp/other/deep"
keys Enter
week_done 4
wait_for "The game is not saved"
check "issue 9: the dialog names the new folder" wait_for "other/deep: cannot use as the"
keys Right Right Enter
check "issue 9: going on unsaved says so" wait_for "Week 4 resolved, NOT saved"

# --- quitting with the game unsaved -------------------------------------------
keys q
check "issue 9: quit does not claim an autosave" wait_for "The last save failed"
keys y
check "issue 9: quitting tries again and asks" wait_for "[ Quit unsaved ]"
keys Escape
check "issue 9: Esc goes back to the game" wait_for "Report on week 4 of 6"
keys q
wait_for "The last save failed"
keys y
wait_for "[ Quit unsaved ]"
keys Right Right Enter
check "issue 9: quitting unsaved exits with status 1" [ "$(wait_exit)" = 1 ]
check "issue 9: and says what is lost" wait_for "the game was NOT saved"
check "issue 9: terminal restored" restored

# --- Continue and Load offer only saves ---------------------------------------
rm -rf "$saves" && mkdir "$saves"
cp "$tmp/week1.json" "$saves/game.json"
touch -d '2020-01-01 00:00' "$saves/game.json"
"$BIN" report "$saves/game.json" --format json -o "$saves/aar.json" 2>/dev/null
printf '{"format": "mandate-scenario"}\n' >"$saves/zz-notes.json"
ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 $BIN"
wait_for "Continue  (saved"
keys c
check "issue 9: Continue loads the newest save, not the report" \
    wait_for "Report on week 1 of 6"
ui_start 80 24 "TERM=xterm-256color LANG=C.UTF-8 $BIN"
wait_for "Load a saved game"
keys L
check "issue 9: Load lists the save" wait_for "game.json"
check "issue 9: Load leaves out the report and other files" \
    sh -c '! echo "$1" | grep -qF -e aar.json -e zz-notes.json' x "$(screen)"
ui_done
