#!/bin/sh
# deps.sh PKG... - installs the missing Debian packages when run as root;
# otherwise prints the exact command and fails.
# Not a Debian system: nothing to check here; the compiler will say.
command -v dpkg >/dev/null 2>&1 || exit 0
missing=""
for p in "$@"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
    echo "mandate: missing packages:$missing (install them with your package manager)" >&2
    exit 1
fi
if [ "$(id -u)" = 0 ]; then
    echo "mandate: installing$missing" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing) >&2 || {
        echo "mandate: apt-get failed; run: apt-get update && apt-get install -y$missing" >&2
        exit 1
    }
else
    echo "mandate: missing packages; run: sudo apt-get update && sudo apt-get install -y$missing" >&2
    exit 1
fi
