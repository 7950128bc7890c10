#!/bin/sh
# fuzz_regress.sh - issue 5, fuzzing as a regression test: builds the
# libFuzzer targets (clang) and replays once, with -runs=0, every past
# crasher of tests/fuzz-crashers and every seed (json-test-suite, assets,
# fixtures, golden saves). Cheap; skipped when clang is absent. Prints TAP.
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
cd "$repo" || exit 1
if ! command -v "${FUZZ_CC:-clang}" >/dev/null 2>&1; then
    echo "ok - fuzz regression # SKIP ${FUZZ_CC:-clang} absent"
    exit 0
fi
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
if ! make -s --no-print-directory fuzz-build >"$tmp/build" 2>&1; then
    echo "not ok - fuzz regression: the fuzz targets do not build"
    sed 's/^/#   /' "$tmp/build" | tail -n 20
    exit 1
fi
suite=../shared/corpus/json-test-suite/test_parsing
[ -d "$suite" ] || suite=
for t in save scenario; do
    case $t in
    scenario) seeds="assets/scenarios tests/fixtures/bad" ;;
    save) seeds="tests/golden tests/fixtures/saves" ;;
    esac
    mkdir -p "$tmp/scratch-$t"
    # shellcheck disable=SC2086
    timeout 600 "build-fuzz/fuzz_$t" -runs=0 -timeout=10 -rss_limit_mb=2048 \
        -max_len=300000 -artifact_prefix="$tmp/crash-$t-" "$tmp/scratch-$t" \
        "tests/fuzz-crashers/$t" $seeds $suite >"$tmp/log-$t" 2>&1
    rc=$?
    n=$(sed -n 's/^INFO: seed corpus: files: \([0-9]*\).*/\1/p' "$tmp/log-$t" | head -n 1)
    if [ "$rc" = 0 ]; then
        echo "ok - fuzz regression: fuzz_$t replays ${n:-its} crashers and seeds cleanly"
    else
        echo "not ok - fuzz regression: fuzz_$t failed with status $rc"
        grep -E 'ERROR|SUMMARY|Running:|Test unit written' "$tmp/log-$t" | head -n 8 | sed 's/^/#   /'
    fi
done
