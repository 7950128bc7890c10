# cli.sh - what the command-line test scripts share. Source it after
# setting `name` (the prefix of failure lines) and, if the default 60 s is
# wrong for the script, `run_timeout`:
#     name=save run_timeout=20
#     . "$(dirname "$0")/../lib/cli.sh"
# It sets repo (the checkout), BIN (the mandate binary, absolute; default
# the checkout's ./mandate) and tmp (a scratch folder removed on exit),
# and defines ok, notok, show, run and help_commands. Stops at once if BIN is not built.
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
: "${BIN:=$repo/mandate}"
case $BIN in /*) ;; *) BIN=$(pwd)/$BIN ;; esac
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

ok() { echo "ok - $1"; }
notok() { echo "not ok - $1"; }
# Shows a file, indented, after a failure.
show() { sed 's/^/#   /' "$@" | head -n 20; }

if [ ! -x "$BIN" ]; then
    notok "$name: $BIN is not built"
    exit 1
fi

# Runs BIN ARGS... with a time limit; sets rc; output in $tmp/out, $tmp/err.
run() {
    timeout "${run_timeout:-60}" "$BIN" "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
}

# The commands `mandate --help` (saved in file $1) lists, one a line: the
# lines "  NAME [OPERANDS]  summary" (not the examples under them, nor
# (none), --help, --version).
help_commands() {
    sed -n 's/^  \([a-z][a-z]*\)\( [^ ]*\)\{0,1\}  .*/\1/p' "$1"
}
