#!/bin/sh
# tree.sh - the checked-in tree itself: no merge left half-done (conflict
# markers in a tracked file), no file under saves/ but its placeholder.
name=tree
. "$(dirname "$0")/../lib/cli.sh"
cd "$repo" || exit 1
if ! command -v git >/dev/null 2>&1 || ! git rev-parse --git-dir >/dev/null 2>&1; then
    echo "ok - # SKIP not a git checkout"
    exit 0
fi
git ls-files -z | xargs -0 grep -nIE '^(<<<<<<< |>>>>>>> |=======$)' >"$tmp/markers" 2>/dev/null
if [ -s "$tmp/markers" ]; then
    notok "no conflict markers in tracked files"
    show "$tmp/markers"
else
    ok "no conflict markers in tracked files"
fi
git ls-files saves | grep -v -E '(^|/)\.gitkeep$' >"$tmp/saves"
if [ -s "$tmp/saves" ]; then
    notok "nothing tracked under saves/ but .gitkeep"
    show "$tmp/saves"
else
    ok "nothing tracked under saves/ but .gitkeep"
fi
