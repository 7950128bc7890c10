#!/bin/sh
# schema.sh - issue 15: the JSON Schemas (assets/schema/) checked by
# Debian's python3-jsonschema against the shipped files, the fixtures, and
# `mandate validate` on broken files (tests/lib/schema_check.py). Debian's
# python (/usr/bin/python3), which python3-jsonschema installs into, not
# another python3 on PATH. Prints TAP lines.
name=schema
. "$(dirname "$0")/../lib/cli.sh"
py=/usr/bin/python3
if [ ! -x "$py" ]; then
    echo "ok - # SKIP $py is not installed"
    exit 0
fi
"$py" "$repo/tests/lib/schema_check.py" "$repo" "$BIN"
