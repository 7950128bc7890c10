#!/bin/sh
# fuzz_regress.sh - issue 5, fuzzing as a regression test: builds the
# libFuzzer targets (clang) and replays once, with -runs=0, every past
# crasher of tests/fuzz-crashers and every seed (fuzz/seeds, assets,
# fixtures, golden saves, and the JSON test suite when it is beside the
# checkout) through every target of fuzz/ - the save targets both with
# their scenario hash recomputed and strictly (FUZZ_SAVE_STRICT=1). Cheap;
# skipped when clang is absent; the JSON test suite's absence is a skip
# of its own (issue 9). Prints TAP.
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
. fuzz/targets.sh
if [ -z "$fuzz_suite" ]; then
    echo "ok - fuzz regression: the JSON test suite's seeds # SKIP" \
        "../shared/corpus/json-test-suite absent"
fi
for src in fuzz/fuzz_*.c; do
    t=${src#fuzz/fuzz_}
    t=${t%.c}
    mkdir -p "$tmp/scratch-$t" "$tmp/seeds-$t"
    dirs=""
    for s in $(fuzz_seeds "$t"); do
        [ -f "$s" ] && cp "$s" "$tmp/seeds-$t/"
        [ -d "$s" ] && dirs="$dirs $s"
    done
    for strict in $(fuzz_modes "$t"); do
        mode=""
        [ "$strict" = 1 ] && mode=" (FUZZ_SAVE_STRICT=1)"
        # shellcheck disable=SC2086
        FUZZ_SAVE_STRICT=$strict timeout 600 "build-fuzz/fuzz_$t" -runs=0 -timeout=10 \
            -rss_limit_mb=2048 -max_len=300000 -artifact_prefix="$tmp/crash-$t-" \
            "$tmp/scratch-$t" "tests/fuzz-crashers/$t" "$tmp/seeds-$t" $dirs $fuzz_suite \
            >"$tmp/log-$t" 2>&1
        rc=$?
        n=$(sed -n 's/^INFO: seed corpus: files: \([0-9]*\).*/\1/p' "$tmp/log-$t" | head -n 1)
        if [ "$rc" = 0 ] && [ "${n:-0}" -gt 0 ]; then
            echo "ok - fuzz regression: fuzz_$t$mode replays $n crashers and seeds cleanly"
        else
            echo "not ok - fuzz regression: fuzz_$t$mode failed with status $rc (${n:-no} seeds)"
            grep -E 'ERROR|SUMMARY|Running:|Test unit written' "$tmp/log-$t" | head -n 8 |
                sed 's/^/#   /'
        fi
    done
done
