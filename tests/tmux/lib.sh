# lib.sh - drives the real mandate binary in tmux for the terminal tests
# (tests/cli/ui_*.sh source it). A private tmux server for each ui_start
# (-S socket, -f /dev/null), a fixed size, send-keys, capture-pane, and
# waiting for text by polling every 20 ms - never fixed sleeps. Every wait
# gives up after $ui_tries polls (1500: 30 s idle, longer on a busy
# machine, where each poll takes longer; UI_TRIES overrides it): generous,
# since a terminal test must pass on a loaded machine (issue 9). Prints
# TAP lines; on a timeout it prints the screen as comments.

: "${BIN:=./mandate}"
repo=$(cd "$(dirname "$0")/../.." && pwd)
case $BIN in
/*) ;;
*) BIN=$repo/${BIN#./} ;;
esac
fails=0
ui_tries=${UI_TRIES:-1500}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/mandate-ui.XXXXXX")

# Each ui_start gets a tmux server on a socket of its own (sock1, sock2...):
# a server told to exit by kill-server lingers a moment, and a new session
# asked of the same socket then can reach the dying server and fail with
# "server exited unexpectedly" - under load, often enough to fail a run.
ui_n=0
t() { tmux -S "$tmp/sock$ui_n" -f /dev/null "$@"; }

# ui_stop: ends the tmux server and waits for the program, which
# autosaves on the hang-up.
ui_stop() {
    t kill-server 2>/dev/null
    if [ -s "$tmp/pid" ]; then
        tries=$ui_tries
        while [ "$tries" -gt 0 ] && kill -0 "$(cat "$tmp/pid")" 2>/dev/null; do
            sleep 0.02
            tries=$((tries - 1))
        done
    fi
}

ui_cleanup() {
    ui_stop
    rm -rf "$tmp"
}
trap ui_cleanup EXIT

ok() { echo "ok - $1"; }
notok() {
    echo "not ok - $1"
    fails=$((fails + 1))
}
# check NAME CONDITION...: runs the condition, prints ok or not ok.
check() {
    name=$1
    shift
    if "$@"; then ok "$name"; else notok "$name"; fi
}

if ! command -v tmux >/dev/null 2>&1; then
    echo "ok - # SKIP tmux is not installed"
    exit 0
fi
if [ ! -x "$BIN" ]; then
    notok "ui: $BIN is not built"
    exit 1
fi

# ui_start W H ENV_AND_ARGS: starts `env ENV_AND_ARGS` (e.g.
# "TERM=vt100 $BIN new --seed 1") in a fresh tmux server of W x H, in
# the folder UI_DIR (default: the checkout), with MANDATE_SAVE_DIR set to
# $tmp/saves unless UI_USER_SAVES=1 (then the game picks); its pid
# goes to $tmp/pid, its exit status to $tmp/status. The pane's shell stays
# after the program ends, so that tmux reads all it wrote (a pane whose
# process exits can lose its last output). The shell outlives a Ctrl-C
# meant for the program (a trap, which the program does not inherit).
ui_start() {
    w=$1
    h=$2
    shift 2
    ui_stop
    stuck=0
    rm -f "$tmp/status" "$tmp/pid"
    mkdir -p "$tmp/saves"
    saves_env="MANDATE_SAVE_DIR=$tmp/saves"
    [ "${UI_USER_SAVES:-0}" = 1 ] && saves_env="-u MANDATE_SAVE_DIR"
    cat >"$tmp/run.sh" <<RUN
cd '${UI_DIR:-$repo}'
ulimit -c 0
trap : INT
sh -c 'echo \$\$ > "$tmp/pid"; exec env $saves_env $*'
echo \$? > '$tmp/status'
exec sleep 3600
RUN
    ui_n=$((ui_n + 1))
    if ! t new-session -d -x "$w" -y "$h" "sh '$tmp/run.sh'" \; set -g escape-time 0 \
        2>"$tmp/tmux.err"; then
        echo "# tmux did not start: $(cat "$tmp/tmux.err")"
        stuck=1
        return 1
    fi
}

# The window the helpers below read and type into: ui_win (a window's
# name, for a session of several windows: tests/cli/ui_join.sh), else the
# session's active one.
ui_win=
screen() { t capture-pane -p ${ui_win:+-t "$ui_win"}; }
screen_attrs() { t capture-pane -p -e ${ui_win:+-t "$ui_win"}; }
dump() { screen | sed 's/^/# /'; }

# wait_for TEXT [TRIES]: 1 when TEXT does not show within TRIES polls
# (default $ui_tries).
# After one timeout the run is stuck: later waits fail at once, until the
# next ui_start, so that one failure costs one timeout.
stuck=0
wait_for() {
    [ $stuck = 0 ] || return 1
    tries=${2:-$ui_tries}
    while [ "$tries" -gt 0 ]; do
        if screen | grep -qF -- "$1"; then
            return 0
        fi
        sleep 0.02
        tries=$((tries - 1))
    done
    echo "# timed out waiting for: $1"
    dump
    stuck=1
    return 1
}

# wait_gone TEXT: waits until TEXT has left the screen.
wait_gone() {
    [ $stuck = 0 ] || return 1
    tries=$ui_tries
    while [ "$tries" -gt 0 ]; do
        if ! screen | grep -qF -- "$1"; then
            return 0
        fi
        sleep 0.02
        tries=$((tries - 1))
    done
    echo "# timed out waiting for this to go: $1"
    dump
    stuck=1
    return 1
}

# wait_exit: waits for the program's exit status; prints it.
wait_exit() {
    tries=$ui_tries
    [ $stuck = 0 ] || tries=50
    while [ "$tries" -gt 0 ] && [ ! -s "$tmp/status" ]; do
        sleep 0.02
        tries=$((tries - 1))
    done
    cat "$tmp/status" 2>/dev/null || echo none
}

keys() { t send-keys ${ui_win:+-t "$ui_win"} "$@"; }

# press KEY TEXT: sends KEY and waits for TEXT.
press() {
    keys "$1"
    wait_for "$2"
}

# selected_has TEXT: 1 unless a reverse-video line of the screen holds TEXT.
selected_has() {
    screen_attrs | grep -F -- "$1" | grep -q '\[7m\|;7m'
}

# wait_for_selected TEXT: waits until a reverse-video line holds TEXT.
wait_for_selected() {
    [ $stuck = 0 ] || return 1
    tries=$ui_tries
    while [ "$tries" -gt 0 ]; do
        selected_has "$1" && return 0
        sleep 0.02
        tries=$((tries - 1))
    done
    echo "# timed out waiting for a selected row with: $1"
    dump
    stuck=1
    return 1
}

# wait_until COMMAND [ARG...]: waits until COMMAND succeeds (quietly), for
# a check of the screen that is not one text; on a timeout runs it once
# more aloud and prints the screen.
wait_until() {
    [ $stuck = 0 ] || return 1
    tries=$ui_tries
    while [ "$tries" -gt 0 ]; do
        "$@" >/dev/null 2>&1 && return 0
        sleep 0.02
        tries=$((tries - 1))
    done
    echo "# timed out waiting until: $*"
    "$@"
    dump
    stuck=1
    return 1
}

# select_row TEXT: moves down (Down: in the order picker letters, j
# included, type a name) until the selected row holds TEXT. Each key is
# waited for before the next (a second one sent while a slow first one is
# on its way would pass TEXT by); a key that changes nothing is the end.
select_row() {
    [ $stuck = 0 ] || return 1
    n=0
    while [ $n -lt 60 ]; do
        if selected_has "$1"; then
            return 0
        fi
        key_and_change Down || break
        n=$((n + 1))
    done
    echo "# could not select: $1"
    dump
    return 1
}

# key_and_change KEY: sends KEY and waits until the screen, attributes
# included, differs from before it; fails when it never does.
key_and_change() {
    before=$(screen_attrs | md5sum)
    keys "$1"
    tries=$ui_tries
    while [ "$tries" -gt 0 ] && [ "$(screen_attrs | md5sum)" = "$before" ]; do
        sleep 0.02
        tries=$((tries - 1))
    done
    [ "$tries" -gt 0 ]
}

# scroll_to TEXT: scrolls a page down a line at a time until TEXT shows.
scroll_to() {
    [ $stuck = 0 ] || return 1
    n=0
    while ! screen | grep -qF -- "$1"; do
        n=$((n + 1))
        if [ $n -gt 120 ]; then
            echo "# scrolled to the end without: $1"
            dump
            return 1
        fi
        if ! key_and_change Down; then
            echo "# scrolled to the end without: $1"
            dump
            return 1
        fi
    done
}

# restored: the terminal is back to normal after the program ended (not on
# the alternate screen, cursor visible, keypad and mouse modes off).
# (tmux reads the program's last output asynchronously: poll)
restored() {
    tries=$ui_tries
    while [ "$tries" -gt 0 ]; do
        flags=$(t display -p ${ui_win:+-t "$ui_win"} \
            '#{alternate_on}#{cursor_flag}#{keypad_cursor_flag}#{mouse_any_flag}')
        [ "$flags" = "0100" ] && return 0
        sleep 0.02
        tries=$((tries - 1))
    done
    echo "# terminal modes after exit (alternate, cursor, keypad, mouse): $flags"
    return 1
}

# no_colour: the screen carries no colour, only attributes.
no_colour() {
    ! screen_attrs | grep -q '\[3[0-7]m\|\[38;\|\[4[0-7]m\|\[48;\|;3[0-7]m\|;4[0-7]m'
}

# has_colour: the screen carries colour.
has_colour() {
    screen_attrs | grep -q '\[3[0-7]m\|\[38;\|\[4[0-7]m\|\[48;\|;3[0-7]m\|;4[0-7]m'
}

ui_done() {
    [ "$fails" = 0 ]
}

# --- playing ---------------------------------------------------------------

# give_court: on the playing screen, gives the covert order "Court host
# government" through the dialogs and checks that its odds are shown.
give_court() {
    press n "New order: what?" || return 1
    keys c o u
    select_row "Court host government" || return 1
    press Enter "Chance of success" || return 1
    for want in "Chance of detection" "Where the estimate comes from" "base chance" \
        "Secret: only we know"; do
        wait_for "$want" || return 1
    done
    press Enter "Added: Court host government"
}

# give_observe: in a week whose orders include it (in the coached
# tutorial, week 2 on), gives the covert order "Observe" on the first
# contingent the dialog offers and checks that its odds are shown.
give_observe() {
    press n "New order: what?" || return 1
    keys o b s
    select_row "Observe" || return 1
    press Enter "Observe: which contingent?" || return 1
    press Enter "Chance of success" || return 1
    for want in "Chance of detection" "Where the estimate comes from" "base chance" \
        "Secret: only we know"; do
        wait_for "$want" || return 1
    done
    press Enter "Added: Observe"
}

# give_patrol: gives a Patrol (a mandate order, open every week) in the
# first sector the dialog offers.
give_patrol() {
    press n "New order: what?" || return 1
    keys p a t
    select_row "Patrol" || return 1
    press Enter "Patrol: which sector?" || return 1
    press Enter "Cost 1 AP" || return 1
    press Enter "Added: Patrol"
}

# end_turn: E, then yes.
end_turn() {
    press E "End turn" || return 1
    keys y
}

# newgame_tutorial [SEAT2]: from the title menu, opens the new-game screen,
# picks the tutorial scenario, makes the seat on row 2 human too when asked
# (hot-seat), and starts.
newgame_tutorial() {
    wait_for "New game" || return 1
    press n "Start the game" || return 1
    keys Home
    n=0
    while ! screen | grep -qF "Tutorial: The Harbour Mission"; do
        n=$((n + 1))
        [ $n -gt 10 ] && { dump; return 1; }
        before=$(screen | md5sum)
        keys Right
        tries=$ui_tries
        while [ "$tries" -gt 0 ] && [ "$(screen | md5sum)" = "$before" ]; do
            sleep 0.02
            tries=$((tries - 1))
        done
        [ "$tries" -gt 0 ] || { dump; return 1; }
    done
    if [ "$1" = hotseat ]; then
        keys Down Down
        press Enter "Hot-seat: the players share" || return 1
    fi
    # a fixed seed: the seed row is just above Start
    keys End Up BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace 4 2
    wait_for "42_" || return 1
    keys End Enter
}

# --- display columns ---------------------------------------------------------

# screen_cols: the screen with every character replaced so that its bytes
# count its display columns: a 4-byte UTF-8 character (emoji) and a CJK
# one (U+3000-U+9FFF) become "xx", any other non-ASCII character "x".
screen_cols() {
    screen | LC_ALL=C sed 's/[\xf0-\xf4][\x80-\xbf][\x80-\xbf][\x80-\xbf]/xx/g
        s/[\xe3-\xe9][\x80-\xbf][\x80-\xbf]/xx/g
        s/[\xc0-\xef][\x80-\xbf]*/x/g'
}

# same_width FIRST N: the N lines of screen_cols from the one holding
# FIRST on (a table) all end, trailing blanks aside, at the same column.
same_width() {
    widths=$(screen_cols | grep -A "$(($2 - 1))" -F -- "$1" | head -n "$2" |
        sed 's/ *$//' | awk '{ print length($0) }' | sort -u)
    [ "$(echo "$widths" | wc -l)" = 1 ] && [ -n "$widths" ] && return 0
    echo "# the rows from '$1' end at different columns: $(echo $widths)"
    dump
    return 1
}

# same_col TEXT FIRST N: of the N lines of screen_cols from the one holding
# FIRST on, the two or more that hold TEXT hold it at the same column.
same_col() {
    cols=$(screen_cols | grep -A "$(($3 - 1))" -F -- "$2" | head -n "$3" |
        awk -v t="$1" 'index($0, t) { print index($0, t) }')
    n=$(echo "$cols" | grep -c .)
    [ "$n" -ge 2 ] && [ "$(echo "$cols" | sort -u | wc -l)" = 1 ] && return 0
    echo "# '$1' in the rows from '$2' at columns: $(echo $cols)"
    dump
    return 1
}

# Several windows of one session (the networked tests): in window W, its
# screen, a wait for TEXT there, keys typed there, the terminal restored
# (the helpers above, pointed at W through ui_win); a window that writes
# its exit status to $tmp/W.status gives it through wstatus.
wscreen() { ui_win=$1; screen; }
wait_in() { ui_win=$1; wait_for "$2"; }
wkeys() { ui_win=$1; shift; keys "$@"; }
wrestored() { ui_win=$1; restored; }
# row_has W A B: a row of W's screen holds A and then B.
row_has() { wscreen "$1" | grep -q -- "$2.*$3"; }
# snap NAME W: with UI_CAPTURE set, W's screen goes to $UI_CAPTURE/NAME.txt
# (the README's captures).
snap() {
    [ -n "${UI_CAPTURE:-}" ] || return 0
    mkdir -p "$UI_CAPTURE" && wscreen "$2" >"$UI_CAPTURE/$1.txt"
}
# pick_page TITLE: on the console (window fac) after the end, the hot
# wash's page TITLE chosen from its list and shown on the board.
pick_page() {
    ui_win=fac
    select_row "$1" || return 1
    wkeys fac Enter
}
# wstatus W: W's exit status, once it has one (or "none").
wstatus() {
    tries=$ui_tries
    [ $stuck = 0 ] || tries=50
    while [ "$tries" -gt 0 ] && [ ! -s "$tmp/$1.status" ]; do
        sleep 0.02
        tries=$((tries - 1))
    done
    cat "$tmp/$1.status" 2>/dev/null || echo none
}

# --- a game server and its clients (the networked tests) --------------------

# serve_start ARGS...: a fresh tmux session of 80x24 whose first window runs
# `mandate serve --socket $sock ARGS` ($sock: $tmp/run/s.sock), its output
# in $tmp/serve.out and $tmp/serve.err; waits for serve's last line
# ("Resume after a stop"), by which it has printed every token. 1 (with
# serve.err shown) if that line never comes.
sock=$tmp/run/s.sock
serve_start() {
    mkdir -p "$tmp/run"
    rm -f "$tmp/serve.out"
    cat >"$tmp/serve.sh" <<SERVE
exec '$BIN' serve --socket '$sock' $* >'$tmp/serve.out' 2>'$tmp/serve.err'
SERVE
    ui_start 80 24 "sh $tmp/serve.sh" || return 1
    tries=$ui_tries
    while [ "$tries" -gt 0 ] && ! grep -q "^Resume after a stop" "$tmp/serve.out" 2>/dev/null; do
        sleep 0.02
        tries=$((tries - 1))
    done
    grep -q "^Resume after a stop" "$tmp/serve.out" 2>/dev/null && return 0
    echo "# serve did not print its lines:"
    sed 's/^/# /' "$tmp/serve.err"
    return 1
}

# token SEAT: the token of SEAT's join line (SEAT as serve names it: Alvar);
# fac_token, board_token: the facilitator's and the board's.
token() { grep "# $1\$" "$tmp/serve.out" | sed 's/.*--socket [^ ]* \([0-9a-f]*\) .*/\1/'; }
fac_token() { sed -n 's/^ *mandate facilitate --socket [^ ]* \([0-9a-f]*\)$/\1/p' "$tmp/serve.out"; }
board_token() { sed -n 's/^ *mandate board --socket [^ ]* \([0-9a-f]*\)$/\1/p' "$tmp/serve.out"; }

# client NAME ARGS...: a window NAME running `mandate ARGS` in a UTF-8
# locale (e.g. client alvar join --socket "$sock" TOKEN); its exit status
# goes to $tmp/NAME.status (read by wstatus), its stderr to $tmp/NAME.err;
# the window stays after it ends.
client() {
    name=$1
    shift
    rm -f "$tmp/$name.status"
    cat >"$tmp/$name.sh" <<CLIENT
trap : INT
env LANG=C.UTF-8 LC_ALL=C.UTF-8 '$BIN' $* 2>'$tmp/$name.err'
echo \$? >'$tmp/$name.status'
exec sleep 3600
CLIENT
    t new-window -d -n "$name" "sh '$tmp/$name.sh'"
}

# join_team W SEAT: window W joins as SEAT's team (`mandate join`);
# console W, projector W: window W runs the facilitator's console, the board.
join_team() { client "$1" join --socket "'$sock'" "$(token "$2")"; }
console() { client "$1" facilitate --socket "'$sock'" "$(fac_token)"; }
projector() { client "$1" board --socket "'$sock'" "$(board_token)"; }

# confirm_in W [order]: the team in W, on its brief, ends its turn (with
# a patrol first when asked: week 1 of the coached tutorial opens no
# covert order); end_turn_in W: E, then yes, from the orders screen.
end_turn_in() {
    wkeys "$1" E
    wait_in "$1" "End turn" || return 1
    wkeys "$1" y
}
confirm_in() {
    wait_in "$1" "the brief for" || return 1
    wkeys "$1" Escape
    wait_in "$1" "New order (n)" || return 1
    if [ "$2" = order ]; then
        give_patrol || return 1
    fi
    end_turn_in "$1"
}
