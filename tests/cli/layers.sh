#!/bin/sh
# layers.sh - issue 10: `make check-layers` passes on the real tree and
# fails, naming the file and the header, on a scratch copy with forbidden
# includes added: direct (ai including core/game.h, core including cJSON,
# data including ui, text including session, cli including curses) and
# through another header (a ui file dragging core/game.h in through
# report/debrief.h, a session file getting cJSON through
# data/json_util.h), a folder the table does not
# know, and printing in the engine. Prints TAP lines.
name=layers run_timeout=300
. "$(dirname "$0")/../lib/cli.sh"
: "${CC:=cc}"
export CC

# check DIR CMD...: runs CMD in DIR (outside any make of the caller: no
# jobserver note); sets rc, $tmp/out, $tmp/err.
check() {
    (cd "$1" && shift && unset MAKEFLAGS MFLAGS MAKELEVEL && timeout "$run_timeout" "$@") \
        >"$tmp/out" 2>"$tmp/err"
    rc=$?
}

# 1. The real tree, as make test runs it.
check "$repo" make -s check-layers
if [ "$rc" = 0 ] && grep -q '^check-layers: ok: [0-9]* files, [0-9]* known violations' "$tmp/out" &&
    [ ! -s "$tmp/err" ]; then
    ok "check-layers passes on the tree ($(sed -n 's/^check-layers: ok: //p' "$tmp/out"))"
else
    notok "check-layers on the tree: status $rc"
    show "$tmp/err"
fi

# 2. A scratch copy with one forbidden include of each kind.
copy="$tmp/tree"
mkdir -p "$copy/tools" && cp -R "$repo/game" "$copy/" && cp "$repo/Makefile" "$copy/" &&
    cp "$repo/tools/check-layers.sh" "$copy/tools/" || exit 1
echo '#include "../core/game.h"' >>"$copy/game/ai/ai.c"
echo '#include <cJSON.h>' >>"$copy/game/core/rng.c"
printf '#include "../report/debrief.h"\n' >"$copy/game/ui/zz_drag.c"
printf '#include "../data/json_util.h"\n' >"$copy/game/session/zz_json.c"
printf '#include <curses.h>\n' >"$copy/game/cli/zz_curses.c"
printf '#include "../ui/ui.h"\n' >"$copy/game/data/zz_up.c"
printf '#include "../session/session.h"\n' >"$copy/game/text/zz_up.c"
printf '#include <curses.h>\n' >"$copy/game/net/zz_curses.c"
printf '#include "../session/session.h"\n' >"$copy/game/net/zz_game.c"
mkdir -p "$copy/game/web" && printf 'int zz_web;\n' >"$copy/game/web/zz.c"
printf '#include <stdio.h>\nvoid zz_say(void);\nvoid zz_say(void) { printf("hi"); }\n' \
    >"$copy/game/core/zz_say.c"
check "$copy" sh tools/check-layers.sh
if [ "$rc" = 1 ]; then
    ok "check-layers fails on the copy with forbidden includes"
else
    notok "check-layers on the copy with forbidden includes: status $rc"
fi
named() {   # named WHAT REGEX: one stderr line matches REGEX
    if grep -q "$2" "$tmp/err"; then
        ok "check-layers names $1"
    else
        notok "check-layers does not name $1"
        show "$tmp/err"
    fi
}
named "ai including core/game.h" \
    '^check-layers: game/ai/ai.c: reaches core/game.h: ai may not reach core/game.h$'
named "core including cJSON" '^check-layers: game/core/rng.c: reaches cJSON.h: core may include only'
named "ui reaching core/game.h through report/debrief.h" \
    '^check-layers: game/ui/zz_drag.c: reaches core/game.h (through report/debrief.h): ui may not'
named "session reaching cJSON through data/json_util.h" \
    '^check-layers: game/session/zz_json.c: reaches cJSON.h (through data/json_util.h): session may not reach cjson$'
named "cli including curses" '^check-layers: game/cli/zz_curses.c: reaches curses.h: cli may include only'
named "data including ui" '^check-layers: game/data/zz_up.c: reaches ui/ui.h: data may include only'
named "text including session" '^check-layers: game/text/zz_up.c: reaches session/session.h: text may include only'
named "net including curses (issue 11)" '^check-layers: game/net/zz_curses.c: reaches curses.h: net may include only'
named "net reaching core/game.h (issue 11)" \
    '^check-layers: game/net/zz_game.c: reaches core/game.h (through session/session.h): net may not reach core/game.h$'
named "a folder the table does not know" '^check-layers: game/web/zz.c: folder web is in no row of RULES$'
named "printing in the engine" '^game/core/zz_say.c:3:.*printf'
if grep -q '^check-layers: FAILED: 9 violations ([0-9]* known, to be removed)$' "$tmp/err"; then
    ok "check-layers counts the 9 violations apart from the known ones"
else
    notok "check-layers' count: $(grep FAILED "$tmp/err")"
fi
# nothing but the planted ones is reported as new (the tree's known
# violations, if any are left, are shown as known)
known=$(grep -c '^check-layers: known, to be removed: ' "$tmp/out")
if ! grep -v 'zz_\|rng.c\|ai/ai.c\|web/\|FAILED\|see above' "$tmp/err" | grep -q .; then
    ok "check-layers reports only the planted violations ($known known ones apart)"
else
    notok "check-layers reports more than the planted violations"
    show "$tmp/err"
fi
exit 0
