# targets.sh - sourced by tools/fuzz.sh and tests/cli/fuzz_regress.sh (from
# the checkout's root): what seeds each libFuzzer target of fuzz/.
#
# fuzz_suite: the JSON test suite's folder when it is beside the checkout,
# else empty.
fuzz_suite=../shared/corpus/json-test-suite/test_parsing
[ -d "$fuzz_suite" ] || fuzz_suite=

# fuzz_seeds TARGET: the project's seed files and folders of a target
# (besides tests/fuzz-crashers/TARGET): fuzz/seeds holds small JSON files
# of every kind a parser meets, so that fuzzing has a corpus without the
# JSON test suite.
fuzz_seeds() {
    case $1 in
    scenario) echo "fuzz/seeds assets/scenarios tests/fixtures/bad tests/fixtures/minimal.json" ;;
    save | report) echo "fuzz/seeds tests/golden tests/fixtures/saves" ;;
    wire) echo "fuzz/seeds tests/fixtures/wire" ;;
    proto) echo "tests/fixtures/proto" ;;
    *) echo "fuzz/seeds tests/fixtures" ;;
    esac
}

# fuzz_modes TARGET: the values of FUZZ_SAVE_STRICT the target is
# replayed under by the regression test (see fuzz/fuzz_save.c).
fuzz_modes() {
    case $1 in
    save | report) echo "0 1" ;;
    *) echo "0" ;;
    esac
}
