#!/bin/sh
# check-layers.sh - fails when a file of game/ reaches a layer it may not.
#
# Every .c and .h file under game/ is run through the preprocessor
# ($CC -MM -H with the project's flags: LAYER_FLAGS, given by `make
# check-layers`), which lists every header the file depends on, directly
# or through other headers, as a tree. Each header of the tree is checked
# against the tables below, so a header that drags core/game.h into ui is
# caught as surely as a direct include.
#
#   - A file of a layer may include directly only its own layer, config.h
#     and the layers its RULES row names.
#   - Through other headers it may reach what those layers may reach,
#     except cJSON and curses: they never pass through a header into a
#     layer whose row does not name them.
#   - It may never reach a header FORBIDDEN to its layer, by any path.
#
# A violation is blamed on the last file of the offending layer on the
# path (the one whose include brings the forbidden header) and printed as
#     check-layers: FILE: reaches HEADER (through VIA): WHY
# Violations listed in KNOWN (the tree's state before issue 10 is done)
# are printed as "known, to be removed" and counted; anything else fails.
#
# Then the engine (game/core) is checked for what it may not call: no
# printing, no exit, no clock, no libc randomness, no standard streams.
#
# Usage: sh tools/check-layers.sh (from the checkout: `make check-layers`).
# Exit status 0 when nothing but KNOWN violations was found, 1 otherwise.

# The layers, bottom up. A row: the layer (a folder of game/; game/main.c
# is cli) and what its files may include directly besides their own layer
# and game/config.h (the limits and versions, which include nothing). cjson
# and curses are the libraries' headers.
RULES='
core     core
data     core cjson
text     core
ai       core
master   core ai
session  core data ai master text
report   core data text session
store    core data text report session cjson
ui       core text report session data curses
net      core data session text
cli      core data text ai master session report store ui net
config
'

# Headers (under game/) a layer may not reach, directly or through others.
FORBIDDEN='
ai       core/game.h
ui       core/game.h
net      core/game.h
'

# Violations of today's tree that later parts of issue 10 remove: the file
# to blame and the header it reaches. Remove a line when its file is
# fixed (a line that no longer matches is reported, to be removed).
KNOWN='
'

: "${CC:=cc}"
: "${LAYER_FLAGS:=-std=c11 $(pkg-config --cflags ncursesw libcjson 2>/dev/null) -D_XOPEN_SOURCE=600 -D_DEFAULT_SOURCE}"
bad=0
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

# 1. The include trees: "@ FILE" then the -H lines of each file.
files=$(find game -name '*.c' -o -name '*.h' | LC_ALL=C sort)
for f in $files; do
    echo "@ $f"
    # shellcheck disable=SC2086
    if ! $CC $LAYER_FLAGS -MM -MF /dev/null -H "$f" 2>"$tmp/err"; then
        echo "check-layers: $f: the preprocessor failed:" >&2
        sed 's/^/    /' "$tmp/err" | grep -v '^    \.' >&2
        bad=1
    fi
    grep '^\.' "$tmp/err"
done >"$tmp/trees"

# 2. The check: one line per violation, "FILE|HEADER|VIA|WHY" (VIA empty
# for a direct include), or "ERROR|message".
awk -v rules="$RULES" -v forbidden="$FORBIDDEN" '
function norm(p,   q) {
    while ((q = p) != "") {
        sub(/\/\.\//, "/", p)
        sub(/[^\/.][^\/]*\/\.\.\//, "", p)
        if (p == q) break
    }
    return p
}
# The layer of a path: a folder of game/, "config", "cjson", "curses",
# or "" for the C library.
function layer(p,   a) {
    if (p == "game/main.c") return "cli"
    if (p == "game/config.h") return "config"
    if (p ~ /^game\//) { split(p, a, "/"); return a[2] }
    if (p ~ /(^|\/)cjson\/|(^|\/)cJSON[^\/]*\.h$/) return "cjson"
    if (p ~ /(^|\/)(ncursesw?\/)?(n?curses|term|panel|menu|form|unctrl|eti|termcap|ncurses_dll)\.h$/)
        return "curses"
    return ""
}
function short(p) {
    if (p ~ /^game\//) return substr(p, 6)
    sub(/.*\//, "", p)
    return p
}
function may_include(from, to) {
    return to == from || to == "config" || to == "" || ((from SUBSEP to) in direct)
}
function may_reach(from, to) {
    return to == from || to == "config" || to == "" || ((from SUBSEP to) in reach)
}
# One line per file to blame and header reached (the first path found).
function report(who, what, via, why) {
    if ((who, what) in said) return
    said[who, what] = 1
    print who "|" short(what) "|" (via == "" ? "" : short(via)) "|" why
}
BEGIN {
    n = split(rules, row, "\n")
    for (i = 1; i <= n; i++) {
        k = split(row[i], w, " ")
        if (k == 0) continue
        layers[w[1]] = 1
        names[w[1]] = "itself"
        for (j = 2; j <= k; j++) {
            direct[w[1], w[j]] = 1; reach[w[1], w[j]] = 1
            if (w[j] != w[1]) names[w[1]] = names[w[1]] ", " w[j]
        }
    }
    # what a layer reaches: the closure of its rows, cjson and curses
    # only where its own row names them
    do {
        grew = 0
        for (ab in reach) {
            split(ab, p, SUBSEP)
            for (bc in direct) {
                split(bc, q, SUBSEP)
                if (q[1] != p[2] || q[2] == "cjson" || q[2] == "curses") continue
                if (!((p[1], q[2]) in reach)) { reach[p[1], q[2]] = 1; grew = 1 }
            }
        }
    } while (grew)
    n = split(forbidden, row, "\n")
    for (i = 1; i <= n; i++)
        if (split(row[i], w, " ") == 2) banned[w[1], "game/" w[2]] = 1
}
/^@ / {
    file = $2; own = layer(file); top = 0; skip = 0
    if (!(own in layers)) print "ERROR|" file ": folder " own " is in no row of RULES"
    chain[0] = file
    next
}
{
    match($0, /^\.+/)
    d = RLENGTH
    if (skip && d > skip) next
    skip = 0
    h = norm(substr($0, d + 2))
    chain[d] = h
    to = layer(h)
    if (to != "config" && to != "" && !(to in layers) && to != "cjson" && to != "curses") {
        print "ERROR|" h ": folder " to " is in no row of RULES"
        next
    }
    parent = chain[d - 1]; from = layer(parent)
    if (!may_include(from, to)) {
        report(parent, h, "", from " may include only " names[from] " (and config.h)")
        skip = d; next
    }
    if (may_reach(own, to) && !((own, h) in banned)) next
    # the last file of the layer on the path, and the header it includes
    for (k = d - 1; k > 0 && layer(chain[k]) != own; k--) ;
    why = own " may not reach " (((own, h) in banned) ? short(h) : to)
    report(chain[k], h, k + 1 < d ? chain[k + 1] : "", why)
    skip = d
}
' "$tmp/trees" | LC_ALL=C sort -u >"$tmp/found"

# 3. Known or not.
known_n=0 new_n=0
while IFS='|' read -r who what via why; do
    if [ "$who" = ERROR ]; then
        echo "check-layers: $what" >&2; bad=1; continue
    fi
    at=${via:+ (through $via)}
    if printf '%s\n' "$KNOWN" | grep -q "^$who  *$what\$"; then
        echo "check-layers: known, to be removed: $who: reaches $what$at"
        known_n=$((known_n + 1))
        echo "$who $what" >>"$tmp/seen"
    else
        echo "check-layers: $who: reaches $what$at: $why" >&2
        new_n=$((new_n + 1)); bad=1
    fi
done <"$tmp/found"
printf '%s\n' "$KNOWN" | while read -r who what; do
    [ -n "$who" ] || continue
    grep -qx "$who $what" "$tmp/seen" 2>/dev/null ||
        echo "check-layers: KNOWN lists $who $what, which is no longer found: remove the line"
done

# 4. The engine never reaches up: no printing, no exit, no clock, no libc
# randomness, no standard streams.
if grep -rnE '\b(rand|srand|random|time|clock|clock_gettime|exit|abort|printf|fprintf|puts|fputs|putchar|getch|getenv)\s*\(' game/core >&2; then
    echo "check-layers: game/core calls a forbidden function (see above)" >&2; bad=1
fi
if grep -rnE '\b(stdout|stderr|stdin)\b' game/core >&2; then
    echo "check-layers: game/core touches a standard stream" >&2; bad=1
fi

nfiles=$(printf '%s\n' "$files" | grep -c .)
if [ $bad = 0 ]; then
    echo "check-layers: ok: $nfiles files, $known_n known violations to be removed"
else
    echo "check-layers: FAILED: $new_n violations ($known_n known, to be removed)" >&2
fi
exit $bad
