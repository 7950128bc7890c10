#!/bin/sh
# install.sh - issue 15: `make install` and `make uninstall` as a user and a
# packager use them. Installs with PREFIX into a temporary folder and runs
# the installed mandate from another folder, with nothing of the checkout:
# it finds its assets by the path compiled in (or $MANDATE_ASSETS), keeps
# saves per user under $XDG_DATA_HOME (a new game in tmux, quit, autosave),
# simulates and reports as the checkout's build does; the man page is found
# by man and renders without a warning; bash-completion finds the
# completion. Then installs with DESTDIR (a staging root, as a Debian
# package is built) and uninstalls both, leaving nothing behind. Prints
# TAP lines.
. "$(dirname "$0")/../tmux/lib.sh"

# the make that runs the tests must not lend its job server to this one
unset MAKEFLAGS MFLAGS MAKELEVEL
mk() { make -C "$repo" --no-print-directory -j2 "$@" >"$tmp/make.log" 2>&1; }
# same FILE...: each file exists
exists() { for f in "$@"; do [ -f "$f" ] || { echo "# missing: $f"; return 1; }; done; }

prefix=$tmp/usr
home=$tmp/home
away=$tmp/elsewhere
mkdir -p "$home" "$away"

# --- make install PREFIX=... ---------------------------------------------------
if mk install PREFIX="$prefix"; then ok "make install PREFIX=$prefix"; else
    notok "make install PREFIX=$prefix"; show "$tmp/make.log"; exit 1; fi
ibin=$prefix/bin/mandate
check "installed: binary, man page, completion, assets, schemas" exists "$ibin" \
    "$prefix/share/man/man6/mandate.6" "$prefix/share/bash-completion/completions/mandate" \
    "$prefix/share/mandate/scenarios/lakeland.json" "$prefix/share/mandate/orders.json" \
    "$prefix/share/mandate/ai/shadow_broker.json" "$prefix/share/mandate/help.txt" \
    "$prefix/share/mandate/objectives.json" "$prefix/share/mandate/FORMAT.md"
check "installed binary is executable, data files are not" \
    sh -c '[ -x "$1" ] && [ ! -x "$2" ]' x "$ibin" "$prefix/share/mandate/orders.json"

# the installed mandate, run from another folder with a clean environment
inst() {
    (cd "$away" && env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 "$@" \
        >"$tmp/out" 2>"$tmp/err")
}
inst "$ibin" simulate --games 3 --seed 5
rc=$?
"$BIN" simulate --games 3 --seed 5 >"$tmp/want" 2>&1
check "installed, from elsewhere: simulate works (status $rc)" [ $rc = 0 ]
check "installed: the same games as the checkout's build" cmp -s "$tmp/out" "$tmp/want"
inst "$ibin" simulate --games 1 --seed 11 --save game.json
inst "$ibin" report game.json --format md -o aar.md
check "installed: report of a saved game" \
    sh -c '[ $1 = 0 ] && grep -q "Exercise overview" "$2"' x $? "$away/aar.md"
inst "$ibin" validate "$prefix/share/mandate/scenarios/tutorial.json"
check "installed: validate finds the personalities" grep -q ": ok" "$tmp/out"
# a scenario an administrator adds to the installed assets (not to the
# checkout's) is offered: the compiled-in path is PREFIX's
cp "$repo/assets/scenarios/tutorial.json" "$prefix/share/mandate/scenarios/ours.json"
inst "$ibin" complete scenarios
check "installed: scenarios from PREFIX/share/mandate" \
    [ "$(tr '\n' ' ' <"$tmp/out")" = "$( (cd "$repo/assets/scenarios" && ls ./*.json; echo ./ours.json) |
        sed 's|^\./||; s|\.json$||' | sort | tr '\n' ' ')" ]

# MANDATE_ASSETS overrides the compiled-in path
mkdir -p "$tmp/other/scenarios"
cp -R "$repo/assets/ai" "$repo/assets/orders.json" "$tmp/other/"
cp "$repo/assets/scenarios/tutorial.json" "$tmp/other/scenarios/only.json"
inst env MANDATE_ASSETS="$tmp/other" "$ibin" complete scenarios
check "MANDATE_ASSETS overrides the compiled-in assets" [ "$(cat "$tmp/out")" = only ]

# a new game in tmux from elsewhere: saves go to ~/.local/share/mandate/saves
UI_DIR=$away UI_USER_SAVES=1
export UI_DIR UI_USER_SAVES
ui_start 80 24 "-u XDG_DATA_HOME -u XDG_CONFIG_HOME HOME=$home TERM=xterm-256color LANG=C.UTF-8 $ibin new --scenario tutorial --seed 4"
check "installed: a new game starts in the terminal" wait_for "Week 1 of 6: the brief for Alvar"
keys Escape
wait_for "New order (n)"
keys q
wait_for "Quit the game?" && keys y
check "installed: quit, exit status 0" [ "$(wait_exit)" = 0 ]
check "installed: autosave in ~/.local/share/mandate/saves" \
    sh -c 'ls "$1"/.local/share/mandate/saves/autosave-*.json >/dev/null 2>&1' x "$home"
check "installed: nothing written in the folder it ran from" \
    sh -c '[ -z "$(ls -A "$1" | grep -v "^game.json$\|^aar.md$")" ]' x "$away"
inst "$ibin" replay "$(ls "$home"/.local/share/mandate/saves/autosave-*.json | head -n 1)" --verify
check "installed: the autosave replays" [ $? = 0 ]

# $XDG_DATA_HOME moves them
ui_start 80 24 "XDG_DATA_HOME=$tmp/xdg HOME=$home TERM=xterm-256color LANG=C.UTF-8 $ibin new --scenario tutorial --seed 4"
wait_for "Week 1 of 6: the brief for Alvar"
keys Escape
wait_for "New order (n)"
keys q
wait_for "Quit the game?" && keys y
wait_exit >/dev/null
check "XDG_DATA_HOME: autosave in \$XDG_DATA_HOME/mandate/saves" \
    sh -c 'ls "$1"/xdg/mandate/saves/autosave-*.json >/dev/null 2>&1' x "$tmp"
ui_stop
unset UI_DIR UI_USER_SAVES

# the man page, found through MANPATH and rendered without a warning
if command -v man >/dev/null 2>&1; then
    MANPATH=$prefix/share/man MANWIDTH=80 man 6 mandate >"$tmp/man.txt" 2>"$tmp/man.err"
    check "man 6 mandate finds the installed page" grep -q "mandate - a terminal tabletop exercise" "$tmp/man.txt"
    check "man renders it without a warning" [ ! -s "$tmp/man.err" ]
else
    echo "ok - # SKIP man is not installed"
fi

# bash-completion loads the installed completion on demand
bc=/usr/share/bash-completion/bash_completion
if [ -r "$bc" ] && command -v bash >/dev/null 2>&1; then
    out=$(env -i PATH="$prefix/bin:/usr/bin:/bin" HOME="$home" XDG_DATA_DIRS="$prefix/share" \
        bash --norc --noprofile -c '
            . '"$bc"'
            __load_completion mandate || exit 1
            complete -p mandate
            COMP_LINE="mandate new --scenario tutorial --seat "
            COMP_POINT=${#COMP_LINE}
            _mandate
            echo "seats: ${COMPREPLY[*]}"' 2>&1)
    check "bash-completion finds the installed completion" \
        sh -c 'echo "$1" | grep -q "complete -o default -F _mandate mandate"' x "$out"
    check "installed completion: the seats of the tutorial" \
        sh -c 'echo "$1" | grep -q "seats: alvar brenn corsa"' x "$out"
else
    echo "ok - # SKIP bash-completion is not installed"
fi

# --- make uninstall -------------------------------------------------------------
mk uninstall PREFIX="$prefix"
check "make uninstall: status 0" [ $? = 0 ]
check "uninstall removes what install put there" \
    sh -c '[ "$(find "$1" -type f)" = "$1/share/mandate/scenarios/ours.json" ]' x "$prefix"
rm -f "$prefix/share/mandate/scenarios/ours.json"

# --- DESTDIR: a staging root ------------------------------------------------------
stage=$tmp/stage
if mk install DESTDIR="$stage" PREFIX=/usr; then ok "make install DESTDIR=... PREFIX=/usr"; else
    notok "make install DESTDIR=... PREFIX=/usr"; show "$tmp/make.log"; fi
check "DESTDIR: every file under the staging root" exists "$stage/usr/bin/mandate" \
    "$stage/usr/share/man/man6/mandate.6" "$stage/usr/share/bash-completion/completions/mandate" \
    "$stage/usr/share/mandate/scenarios/lakeland.json"
check "DESTDIR: the binary looks for /usr/share/mandate, not the staging root" \
    sh -c 'grep -q /usr/share/mandate "$1" && ! grep -q "$2" "$1"' x "$stage/usr/bin/mandate" "$stage"
if [ ! -e /usr/share/mandate ]; then
    inst "$stage/usr/bin/mandate" simulate --games 1
    check "DESTDIR build without its assets: status 1, one line naming the file" \
        sh -c '[ $1 = 1 ] && [ "$(wc -l <"$2")" -ge 1 ] && grep -q "/usr/share/mandate/" "$2"' x $? "$tmp/err"
fi
inst env MANDATE_ASSETS="$stage/usr/share/mandate" "$stage/usr/bin/mandate" simulate --games 3 --seed 5
check "DESTDIR build with MANDATE_ASSETS: the same games" cmp -s "$tmp/out" "$tmp/want"
mk uninstall DESTDIR="$stage" PREFIX=/usr
check "DESTDIR uninstall leaves no file" sh -c '[ -z "$(find "$1" -type f)" ]' x "$stage"

ui_done
