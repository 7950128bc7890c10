#!/bin/sh
# fuzz.sh [SECONDS] - runs each libFuzzer target of fuzz/ for SECONDS
# (default 60), seeded from ../shared/corpus/json-test-suite and the
# project's own files (assets, fixtures, golden saves, past crashers). New
# inputs go to a scratch folder (build-fuzz/corpus/TARGET, listed first);
# a crash or leak leaves build-fuzz/crash-TARGET-* and fails: replay it with
# `build-fuzz/fuzz_TARGET FILE`, fix it, then keep it as a fixture in
# tests/fuzz-crashers/TARGET/ (tests/cli/fuzz_regress.sh replays them).
set -u
cd "$(dirname "$0")/.."
secs=${1:-60}
if ! command -v "${FUZZ_CC:-clang}" >/dev/null 2>&1; then
    echo "fuzz: ${FUZZ_CC:-clang} not found (Debian: apt-get install clang)" >&2
    exit 1
fi
make -s fuzz-build || exit 1
suite=../shared/corpus/json-test-suite/test_parsing
[ -d "$suite" ] || suite=
status=0
for bin in build-fuzz/fuzz_*; do
    [ -x "$bin" ] || continue
    t=${bin#build-fuzz/fuzz_}
    case $t in
    scenario) seeds="assets/scenarios tests/fixtures/bad tests/fixtures/minimal.json" ;;
    save) seeds="tests/golden tests/fixtures/saves" ;;
    *) seeds="tests/fixtures" ;;
    esac
    mkdir -p "build-fuzz/corpus/$t" "tests/fuzz-crashers/$t"
    # A seed list of files and folders: libFuzzer takes folders, so files
    # are copied into one.
    mkdir -p "build-fuzz/seeds/$t"
    for s in $seeds; do
        [ -f "$s" ] && cp "$s" "build-fuzz/seeds/$t/"
    done
    dirs=""
    for s in $seeds; do [ -d "$s" ] && dirs="$dirs $s"; done
    echo "== fuzz_$t for ${secs}s"
    # shellcheck disable=SC2086
    "$bin" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
        -max_len=80000 -dict=fuzz/json.dict -print_final_stats=1 \
        -artifact_prefix="build-fuzz/crash-$t-" \
        "build-fuzz/corpus/$t" "build-fuzz/seeds/$t" "tests/fuzz-crashers/$t" \
        $dirs $suite 2>"build-fuzz/fuzz_$t.log"
    rc=$?
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done|INFO: Running with entropic)' \
        "build-fuzz/fuzz_$t.log" | sed 's/^/  /'
    if [ $rc != 0 ]; then
        status=1
        echo "fuzz_$t FAILED (status $rc): see build-fuzz/fuzz_$t.log" >&2
        grep -E 'ERROR|SUMMARY|Test unit written' "build-fuzz/fuzz_$t.log" | head -n 5 >&2
    fi
done
exit $status
