#!/bin/sh
# check-layers.sh - fails when the engine (game/core) reaches up into the
# terminal or JSON, prints, exits, reads the clock or uses libc randomness.
bad=0
if grep -rnE '#include *[<"](n?curses|ncursesw/|term\.h|cjson/|cJSON)' game/core; then
    echo "check-layers: game/core includes curses or cJSON" >&2; bad=1
fi
if grep -rnE '\b(rand|srand|random|time|clock|clock_gettime|exit|abort|printf|fprintf|puts|fputs|putchar|getch|getenv)\s*\(' game/core; then
    echo "check-layers: game/core calls a forbidden function (see above)" >&2; bad=1
fi
if grep -rnE '\b(stdout|stderr|stdin)\b' game/core; then
    echo "check-layers: game/core touches a standard stream" >&2; bad=1
fi
if grep -rlE '#include *[<"](cJSON|cjson/)' game | grep -v '^game/data/'; then
    echo "check-layers: only game/data may include cJSON" >&2; bad=1
fi
if grep -rlE '#include *[<"](n?curses|ncursesw/)' game | grep -v '^game/ui/'; then
    echo "check-layers: only game/ui may include curses" >&2; bad=1
fi
[ $bad = 0 ] && echo "check-layers: ok"
exit $bad
