#!/bin/sh
# fuzz.sh [SECONDS] - runs each libFuzzer target of fuzz/ for SECONDS
# (default 60), seeded from the project's own files (the JSON seeds of
# fuzz/seeds, assets, fixtures, golden saves, past crashers) and, when it
# is beside the checkout, ../shared/corpus/json-test-suite. New inputs go
# to a scratch folder (build-fuzz/corpus/TARGET, listed first); a crash or
# leak leaves build-fuzz/crash-TARGET-* and fails: replay it with
# `build-fuzz/fuzz_TARGET FILE`, fix it, then keep it as a fixture in
# tests/fuzz-crashers/TARGET/ (tests/cli/fuzz_regress.sh replays them).
# Prints per target the seeds it started from, the edges reached (cov)
# and the inputs run.
set -u
cd "$(dirname "$0")/.."
secs=${1:-60}
if ! command -v "${FUZZ_CC:-clang}" >/dev/null 2>&1; then
    echo "fuzz: ${FUZZ_CC:-clang} not found (Debian: apt-get install clang)" >&2
    exit 1
fi
make -s fuzz-build || exit 1
. fuzz/targets.sh
suite=$fuzz_suite
if [ -n "$suite" ]; then
    nsuite=$(ls "$suite" | wc -l)
else
    echo "fuzz: ../shared/corpus/json-test-suite absent: its seeds are not used;" \
        "starting from the $(ls fuzz/seeds | wc -l) seeds of fuzz/seeds and the" \
        "project's files" >&2
    nsuite=0
fi

status=0
for src in fuzz/fuzz_*.c; do
    t=${src#fuzz/fuzz_}
    t=${t%.c}
    bin=build-fuzz/fuzz_$t
    mkdir -p "build-fuzz/corpus/$t" "tests/fuzz-crashers/$t"
    # libFuzzer takes folders: seed files are copied into one
    rm -rf "build-fuzz/seeds/$t"
    mkdir -p "build-fuzz/seeds/$t"
    dirs=""
    for s in $(fuzz_seeds "$t"); do
        [ -f "$s" ] && cp "$s" "build-fuzz/seeds/$t/"
        [ -d "$s" ] && dirs="$dirs $s"
    done
    # shellcheck disable=SC2086
    nseeds=$(find "build-fuzz/seeds/$t" "tests/fuzz-crashers/$t" $dirs -type f \
        ! -name .gitkeep | wc -l)
    echo "== fuzz_$t for ${secs}s, from $nseeds seeds of the project and $nsuite of the JSON test suite"
    # shellcheck disable=SC2086
    "$bin" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
        -max_len=80000 -dict=fuzz/json.dict -print_final_stats=1 \
        -artifact_prefix="build-fuzz/crash-$t-" \
        "build-fuzz/corpus/$t" "build-fuzz/seeds/$t" "tests/fuzz-crashers/$t" \
        $dirs $suite 2>"build-fuzz/fuzz_$t.log"
    rc=$?
    grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)' "build-fuzz/fuzz_$t.log" |
        sed 's/^#[0-9]*[[:space:]]*\([A-Z]*\)[[:space:]]*\(cov: [0-9]*\).*/  \1 \2 edges/'
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)' \
        "build-fuzz/fuzz_$t.log" | sed 's/^/  /'
    if [ $rc != 0 ]; then
        status=1
        echo "fuzz_$t FAILED (status $rc): see build-fuzz/fuzz_$t.log" >&2
        grep -E 'ERROR|SUMMARY|Test unit written' "build-fuzz/fuzz_$t.log" | head -n 5 >&2
    fi
done
exit $status
