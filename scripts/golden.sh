#!/usr/bin/env bash
# golden.sh — the golden test corpus (tests/golden) and its runner.
#
#   scripts/golden.sh regen         run Go on every test, (re)write the expected files
#   scripts/golden.sh verify        run Go on every test, compare with the expected files
#   scripts/golden.sh check GOS     run every test with the gos binary GOS, compare
#   scripts/golden.sh stress GOS    the same with the collector stress mode on
#                                   (GOSGCSTRESS=1: a collection before every
#                                   allocation), runnable tests only
#
# Further arguments restrict the run to the tests whose path below tests/golden
# starts with one of them: `scripts/golden.sh check build/gos ints fmt/verbs_d.go`.
# Works from any directory. Exit status: 0 all good, 1 some test failed, 2 usage.
#
# Conventions (everything lives in tests/golden/FEATURE/):
#   NAME.go        a Go program (package main) testing one behaviour. It runs
#                  in its own folder with the arguments `a b` (os.Args[1:] is
#                  [a b]; os.Args[0] differs between Go and gos, never print it).
#   NAME.out       its standard output, byte for byte (always present).
#   NAME.exit      its exit status, only when it is not 0 (2 for an uncaught
#                  panic, N for os.Exit(N)).
#   NAME.err       its standard error, only when that is not empty: just the
#                  first line (`panic: ...`) when the status is 2, since the
#                  stack trace that follows differs; all of it otherwise
#                  (println, fmt.Fprintln(os.Stderr, ...)). A test without a
#                  .err file must write nothing to standard error.
#   scripts/NAME.gs  a script (no package clause, implicit imports), with a
#                  sibling scripts/NAME.go holding the same program as plain Go.
#                  The .go is the oracle; `check` runs both the .gs and the .go
#                  with gos against the same expected files.
#   inspect/NAME.gs  a script using gos/inspect (gos's own window on maps and
#                  slices), with a sibling inspect/NAME.go: a Go program that
#                  reads the same numbers out of Go's runtime with unsafe. The
#                  .go is the oracle (regen and verify run it with Go); `check`
#                  runs only the .gs, since gos has no unsafe.
#   traps/         is examples/traps (a link): one script per trap of Go's
#                  maps and slices, each NAME.gs with its NAME.go oracle as
#                  in inspect/.
#   errors/NAME.go a program that must fail to compile. Each line on which the
#                  compiler reports an error ends with `// ERROR "re"` (one
#                  "re" per error when there are several), as in $GOROOT/test.
#                  Every re must match the message (the text after
#                  FILE:LINE:COL: ) of an error reported on its line, and every
#                  reported error must be matched by an re of its line. The
#                  regexes are POSIX extended (grep -E): avoid \d, \w, \s;
#                  like Go's, they cannot contain a double quote (write . ).
#                  There are no expected files; the comments are the expectation.
#   GOLDEN_TIMEOUT (environment) is the seconds each run may take (default
#   10; 60 in the stress run).
#   A line `// golden:requires-cpu FLAG` in a test skips it on a CPU whose
#   /proc/cpuinfo flags lack FLAG (Go's own results differ there).
#   A line `// golden:no-gcstress REASON` keeps a test out of the stress
#   run (one that allocates so much that a collection per allocation takes
#   minutes).
#
# The expected files are never written by hand, only by `regen`, from the real
# toolchain: each program is built with `go build` and the binary run directly
# (`go run` would turn every non-zero status into 1 and append "exit status N"
# to stderr), with GOMAXPROCS=1: gos runs goroutines as Go does on one P.
# regen and verify also require `go vet` to accept every runnable test, and
# check the errors/ files against `go tool compile` (gc).
set -u

ROOT=$(cd "$(dirname "$0")/.." && pwd)
GOLDEN=$ROOT/tests/golden
TIMEOUT=${GOLDEN_TIMEOUT:-10}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

usage() {
    sed -n '4,9p' "$0" | sed 's/^# *//' >&2
    exit 2
}

mode=${1:-}
[ $# -gt 0 ] && shift
case $mode in
regen | verify)
    command -v go >/dev/null 2>&1 || { echo "golden.sh: $mode needs Go (go not found); skipped" >&2; [ "$mode" = verify ] && exit 77; exit 2; } ;;
check | stress)
    [ $# -ge 1 ] || usage
    GOS=$1
    shift
    case $GOS in
    /*) ;;
    */*) GOS=$PWD/$GOS ;;
    *) GOS=$(command -v "$GOS" || echo "$GOS") ;;
    esac
    [ -x "$GOS" ] || { echo "golden.sh: $GOS is not an executable" >&2; exit 2; } ;;
*) usage ;;
esac
FILTERS=("$@")

# ---------------------------------------------------------------- helpers

# The tests to run, as paths below tests/golden. regen and verify take the
# .go files only (a script's oracle is its .go sibling); check also takes .gs.
list_tests() {
    (cd "$GOLDEN" && find -L . -type f \( -name '*.go' -o -name '*.gs' \) | sed 's|^\./||' | LC_ALL=C sort) |
        while read -r rel; do
            case $mode in check | stress) ;; *) [ "${rel##*.}" = gs ] && continue ;; esac
            case $mode:$rel in check:inspect/*.go | stress:inspect/*.go | check:traps/*.go | stress:traps/*.go) continue ;; esac
            if [ "$mode" = stress ]; then
                case $rel in errors/*) continue ;; esac
                grep -q '^// golden:no-gcstress' "$GOLDEN/$rel" && continue
            fi
            if [ ${#FILTERS[@]} -gt 0 ]; then
                keep=0
                for f in "${FILTERS[@]}"; do
                    case $rel in "${f#./}"*) keep=1 ;; esac
                done
                [ $keep = 1 ] || continue
            fi
            # a test whose results depend on a CPU feature (a line
            # `// golden:requires-cpu FLAG`) only runs where /proc/cpuinfo has it
            need=$(sed -n 's|^// golden:requires-cpu \([a-z0-9_]*\)$|\1|p' "$GOLDEN/$rel" | head -1)
            if [ -n "$need" ] && ! grep -qw "$need" /proc/cpuinfo 2>/dev/null; then
                echo "golden.sh: skipped $rel: this CPU lacks $need" >&2
                continue
            fi
            echo "$rel"
        done
}

# run DIR CMD... — run CMD in DIR with a time limit and no input; leaves
# $TMP/stdout, $TMP/stderr and STATUS (124 on timeout).
run() {
    local dir=$1
    shift
    (cd "$dir" && exec timeout "$TIMEOUT" "$@" </dev/null >"$TMP/stdout" 2>"$TMP/stderr")
    STATUS=$?
}

# stderr_view STATUS FILE — the part of stderr that is compared.
stderr_view() {
    if [ "$1" = 2 ]; then head -n 1 "$2"; else cat "$2"; fi
}

# indent [N] — show at most N lines (default 12) of stdin, indented.
indent() {
    head -n "${1:-12}" | sed 's/^/    /'
}

# ERROR expectations of a source file: "LINE<TAB>REGEX" per quoted regex.
error_expectations() {
    awk '{
        i = index($0, "// ERROR ")
        if (i == 0) next
        rest = substr($0, i + 9)
        while (match(rest, /"[^"]*"/)) {
            print NR "\t" substr(rest, RSTART + 1, RLENGTH - 2)
            rest = substr(rest, RSTART + RLENGTH)
        }
    }' "$1"
}

# Errors a compiler reported about NAME: "LINE<TAB>MESSAGE" for each line of
# the form [DIR/]NAME:LINE:COL: MESSAGE; "too many errors" is kept as LINE 0.
reported_errors() { # NAME OUTPUT-FILE
    awk -v name="$1" '{
        line = $0
        sub(/^[^ :]*\//, "", line)
        if (substr(line, 1, length(name) + 1) != name ":") next
        rest = substr(line, length(name) + 2)
        if (!match(rest, /^[0-9]+:[0-9]+: /)) next
        msg = substr(rest, RLENGTH + 1)
        split(rest, pos, ":")
        print (msg == "too many errors" ? 0 : pos[1]) "\t" msg
    }' "$2"
}

# match_errors SOURCE OUTPUT-FILE — compare the errors in OUTPUT-FILE with
# the ERROR comments of SOURCE; print one line per mismatch, fail if any.
match_errors() {
    local src=$1 name ok=0 ln re gl msg found
    name=$(basename "$src")
    error_expectations "$src" >"$TMP/want_errors"
    reported_errors "$name" "$2" >"$TMP/got_errors"
    if [ ! -s "$TMP/want_errors" ]; then
        echo "no // ERROR comment in the file"
        ok=1
    fi
    while IFS=$'\t' read -r ln re; do
        found=0
        while IFS=$'\t' read -r gl msg; do
            [ "$gl" = "$ln" ] || continue
            if printf '%s\n' "$msg" | grep -Eq -- "$re"; then found=1; break; fi
        done <"$TMP/got_errors"
        [ $found = 1 ] || { echo "line $ln: no error matching \"$re\""; ok=1; }
    done <"$TMP/want_errors"
    while IFS=$'\t' read -r gl msg; do
        if [ "$gl" = 0 ]; then echo "too many errors (gc stops at 10): split the file"; ok=1; continue; fi
        found=0
        while IFS=$'\t' read -r ln re; do
            [ "$ln" = "$gl" ] || continue
            if printf '%s\n' "$msg" | grep -Eq -- "$re"; then found=1; break; fi
        done <"$TMP/want_errors"
        [ $found = 1 ] || { echo "line $gl: unexpected error: $msg"; ok=1; }
    done <"$TMP/got_errors"
    return $ok
}

pass=0
fail=0
failed() { # REL REASON — details, if any, are printed by the caller after it
    echo "FAIL: $1 ($2)"
    fail=$((fail + 1))
}

# ---------------------------------------------------------------- Go as oracle

# oracle REL — vet, build and run a runnable test with Go; leaves the expected
# files it would have in $TMP/want.{out,exit,err} (absent ones removed).
# Prints a reason and fails if Go itself cannot handle the test.
oracle() {
    local rel=$1 dir name
    dir=$GOLDEN/$(dirname "$rel")
    name=$(basename "$rel")
    rm -f "$TMP/want.out" "$TMP/want.exit" "$TMP/want.err" "$TMP/prog"
    if ! (cd "$dir" && go vet "$name") >"$TMP/vet" 2>&1; then
        echo "go vet rejects it"
        indent <"$TMP/vet"
        return 1
    fi
    if ! (cd "$dir" && go build -o "$TMP/prog" "$name") >"$TMP/build" 2>&1; then
        echo "go build fails"
        indent <"$TMP/build"
        return 1
    fi
    # on one P, as gos schedules goroutines: Go's interleavings are then its
    # own deterministic ones, not those of a busy machine's threads
    GOMAXPROCS=1 run "$dir" "$TMP/prog" a b
    if [ "$STATUS" = 124 ]; then
        echo "timed out under Go"
        return 1
    fi
    cp "$TMP/stdout" "$TMP/want.out"
    [ "$STATUS" = 0 ] || echo "$STATUS" >"$TMP/want.exit"
    [ -s "$TMP/stderr" ] && stderr_view "$STATUS" "$TMP/stderr" >"$TMP/want.err"
    return 0
}

# oracle_errors REL — gc must reject an errors/ test exactly as its comments say.
oracle_errors() {
    local rel=$1 dir name
    dir=$GOLDEN/$(dirname "$rel")
    name=$(basename "$rel")
    if (cd "$dir" && go tool compile -o "$TMP/compiled.o" "$name") >"$TMP/compile" 2>&1; then
        echo "gc compiles it"
        return 1
    fi
    match_errors "$GOLDEN/$rel" "$TMP/compile" || { echo "gc said:"; indent 20 <"$TMP/compile"; return 1; }
}

# The sibling files a test must have (scripts/ and inspect/ pairs).
check_sibling() { # REL
    case $1 in
    scripts/*.go | inspect/*.go | traps/*.go) [ -f "$GOLDEN/${1%.go}.gs" ] || { echo "no sibling ${1%.go}.gs"; return 1; } ;;
    esac
    return 0
}

regen_or_verify() {
    local rel base reason ext
    for rel in $(list_tests); do
        base=$GOLDEN/${rel%.*}
        if ! reason=$(check_sibling "$rel"); then failed "$rel" "$reason"; continue; fi
        case $rel in
        errors/*)
            if reason=$(oracle_errors "$rel"); then
                pass=$((pass + 1))
            else
                failed "$rel" "$(echo "$reason" | head -n 1)"
                echo "$reason" | tail -n +2
            fi
            continue ;;
        esac
        if ! reason=$(oracle "$rel"); then
            failed "$rel" "$(echo "$reason" | head -n 1)"
            echo "$reason" | tail -n +2
            continue
        fi
        if [ "$mode" = regen ]; then
            for ext in out exit err; do
                if [ -f "$TMP/want.$ext" ]; then cp "$TMP/want.$ext" "$base.$ext"; else rm -f "$base.$ext"; fi
            done
            pass=$((pass + 1))
        else
            local bad=""
            for ext in out exit err; do
                if [ -f "$TMP/want.$ext" ] && [ -f "$base.$ext" ]; then
                    cmp -s "$TMP/want.$ext" "$base.$ext" || bad="$bad .$ext differs;"
                elif [ -f "$TMP/want.$ext" ]; then
                    bad="$bad .$ext missing;"
                elif [ -f "$base.$ext" ]; then
                    bad="$bad .$ext should not exist;"
                fi
            done
            if [ -z "$bad" ]; then
                pass=$((pass + 1))
            else
                failed "$rel" "stale expected files:${bad%;}; run scripts/golden.sh regen"
            fi
        fi
    done
    # Expected files or scripts whose program is gone.
    if [ ${#FILTERS[@]} = 0 ]; then
        for f in $(cd "$GOLDEN" && find -L . -type f \( -name '*.out' -o -name '*.exit' -o -name '*.err' -o -name '*.gs' \) | sed 's|^\./||' | LC_ALL=C sort); do
            [ -f "$GOLDEN/${f%.*}.go" ] && continue
            if [ "$mode" = regen ] && [ "${f##*.}" != gs ]; then
                rm -f "$GOLDEN/$f"
                echo "removed stale $f"
            else
                failed "$f" "no ${f%.*}.go beside it"
            fi
        done
    fi
}

# ---------------------------------------------------------------- gos

check_one() { # REL
    local rel=$1 dir name base want_status
    dir=$GOLDEN/$(dirname "$rel")
    name=$(basename "$rel")
    base=$GOLDEN/${rel%.*}
    case $rel in
    errors/*)
        run "$dir" "$GOS" check "$name"
        cat "$TMP/stdout" "$TMP/stderr" >"$TMP/output"
        if [ "$STATUS" = 124 ]; then failed "$rel" "timeout"; return; fi
        if [ "$STATUS" != 1 ]; then
            failed "$rel" "gos check exit status $STATUS, want 1"
            indent 6 <"$TMP/output"
            return
        fi
        if ! match_errors "$GOLDEN/$rel" "$TMP/output" >"$TMP/mismatch"; then
            failed "$rel" "$(head -n 1 "$TMP/mismatch")"
            tail -n +2 "$TMP/mismatch" | indent 10
            return
        fi
        pass=$((pass + 1))
        return ;;
    esac
    if [ ! -f "$base.out" ]; then failed "$rel" "no ${rel%.*}.out: run scripts/golden.sh regen"; return; fi
    run "$dir" "$GOS" run "$name" a b
    if [ "$STATUS" = 124 ]; then failed "$rel" "timeout after ${TIMEOUT}s"; return; fi
    want_status=0
    [ -f "$base.exit" ] && want_status=$(cat "$base.exit")
    if [ "$STATUS" != "$want_status" ]; then
        failed "$rel" "exit status $STATUS, want $want_status"
        indent 3 <"$TMP/stderr"
        return
    fi
    if ! cmp -s "$base.out" "$TMP/stdout"; then
        failed "$rel" "stdout differs"
        diff "$base.out" "$TMP/stdout" | indent
        return
    fi
    stderr_view "$want_status" "$TMP/stderr" >"$TMP/got_err"
    if [ -f "$base.err" ]; then
        if ! cmp -s "$base.err" "$TMP/got_err"; then
            failed "$rel" "stderr differs"
            diff "$base.err" "$TMP/got_err" | indent
            return
        fi
    elif [ -s "$TMP/got_err" ]; then
        failed "$rel" "unexpected stderr"
        indent 3 <"$TMP/got_err"
        return
    fi
    pass=$((pass + 1))
}

# ---------------------------------------------------------------- main

case $mode in
regen | verify) regen_or_verify ;;
check | stress)
    if [ "$mode" = stress ]; then
        export GOSGCSTRESS=1
        # a collection per allocation: seconds where a run takes milliseconds
        TIMEOUT=${GOLDEN_TIMEOUT:-60}
    fi
    # tests/golden/KNOWN_FAILURES lists tests gos does not pass yet, one
    # path a line with the reason after a '#'. They must still fail: one that
    # passes is reported, so the list only ever shrinks.
    KNOWN="$GOLDEN/KNOWN_FAILURES"
    known=0
    for rel in $(list_tests); do
        if [ -f "$KNOWN" ] && grep -q "^$rel[[:space:]]" "$KNOWN"; then
            before=$fail
            check_one "$rel" >"$TMP/known.log"
            if [ $fail -gt $before ]; then
                fail=$before
                known=$((known + 1))
            else
                pass=$((pass - 1))
                failed "$rel" "passes now: remove it from tests/golden/KNOWN_FAILURES"
            fi
        else
            check_one "$rel"
        fi
    done ;;
esac
if [ $((pass + fail + ${known:-0})) = 0 ]; then
    echo "golden.sh: no test matches ${FILTERS[*]:-}" >&2
    exit 2
fi
if [ "$mode" = check ] || [ "$mode" = stress ]; then
    [ "$known" -gt 0 ] && echo "($known known failures listed in tests/golden/KNOWN_FAILURES, not counted)"
    echo "$pass passed, $fail failed, $known skipped"
else
    echo "$pass passed, $fail failed"
fi
[ $fail = 0 ]
