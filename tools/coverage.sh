#!/bin/sh
# coverage.sh [BUILD_DIR] - line coverage of the engine (game/core/*.c)
# from the .gcda files a coverage build's tests left behind: `make coverage`
# runs `make COVERAGE=1 test`, then this with build-cov. Prints each file's
# lines executed, then one total line, and exits non-zero when the total is
# below COVERAGE_MIN per cent (default 85), or when there is nothing to
# measure. Uses gcc's gcov; writes nothing into the tree.
dir=${1:-build-cov}
min=${COVERAGE_MIN:-85}
obj=$dir/game/core
GCOV=${GCOV:-gcov}

if ! command -v "$GCOV" >/dev/null 2>&1; then
    echo "coverage: $GCOV not found (it comes with gcc)" >&2
    exit 2
fi
if ! ls "$obj"/*.gcno >/dev/null 2>&1; then
    echo "coverage: no coverage notes in $obj: run 'make COVERAGE=1 test' first" >&2
    exit 2
fi
if ! ls "$obj"/*.gcda >/dev/null 2>&1; then
    echo "coverage: no coverage data in $obj: did the tests run?" >&2
    exit 2
fi

tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

# gcov -t writes the annotated source to stdout: "COUNT: LINE: text" with
# COUNT "-" for no code, "#####" or "=====" for lines never run, else a
# number (maybe with "*" when some of the line's blocks did not run).
# Sections start with a "0:Source:" line; only the .c file itself counts
# (static inline helpers of headers are counted where they are defined).
for src in game/core/*.c; do
    base=$(basename "$src" .c)
    if [ ! -f "$obj/$base.gcno" ]; then
        echo "coverage: $src was not built with coverage ($obj/$base.gcno missing)" >&2
        exit 2
    fi
    "$GCOV" -t -o "$obj" "$src" 2>"$tmp/err" >"$tmp/$base.gcov"
    if [ ! -s "$tmp/$base.gcov" ]; then
        echo "coverage: gcov failed on $src:" >&2
        cat "$tmp/err" >&2
        exit 2
    fi
    awk -v want="$src" -v name="$src" '
        /^ *-: *0:Source:/ { sub(/^ *-: *0:Source:/, ""); cur = $0; next }
        cur != want { next }
        {
            split($0, f, ":")
            c = f[1]; gsub(/ /, "", c)
            if (c == "-") next
            total++
            if (c != "#####" && c != "=====") hit++
        }
        END { printf "%s %d %d\n", name, hit, total }
    ' "$tmp/$base.gcov" >>"$tmp/sum"
done

awk -v min="$min" '
    { hit[NR] = $2; tot[NR] = $3; name[NR] = $1; H += $2; T += $3 }
    END {
        for (i = 1; i <= NR; i++)
            printf "  %-24s %6.1f%% (%d/%d)\n", name[i],
                   tot[i] ? 100 * hit[i] / tot[i] : 0, hit[i], tot[i]
        if (T == 0) { print "coverage: no lines measured" > "/dev/stderr"; exit 2 }
        pct = 100 * H / T
        printf "game/core line coverage: %.1f%% (%d/%d)\n", pct, H, T
        if (pct < min) {
            printf "coverage: below the required %d%%\n", min > "/dev/stderr"
            exit 1
        }
    }
' "$tmp/sum"
