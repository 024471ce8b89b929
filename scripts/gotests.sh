#!/usr/bin/env bash
# gotests.sh GOS [DIR...] — Go's own conformance tests, run with gos.
# gotests.sh GOS --expect FILE — the tests FILE lists must all pass.
#
# Runs every test of $(go env GOROOT)/test whose first line is `// run`
# (no flags, no arguments) with `GOS run FILE`, in the directories given
# (default: test, test/chan, test/ken, test/interface, test/fixedbugs), as
# Go's test driver judges them: standard output and standard error together
# must equal FILE's sibling .out file (nothing when there is none), and the
# exit status must be 0. Each run gets 10 seconds (GOTESTS_TIMEOUT). Prints
# one line per failing test with its reason, then the totals; with
# GOTESTS_VERBOSE=1 also the passing ones.
#
# With --expect, only the tests FILE names (paths under GOROOT, one a line,
# as `pass:` lines print them) run, each with 60 seconds: a test that passed
# once must go on passing (tests/gotests/passing.txt is the list `make test`
# holds gos to; regenerate it with
#   GOTESTS_VERBOSE=1 scripts/gotests.sh build/gos | sed -n 's/^pass: //p'
# once more tests pass).
#
# Exit status: 0 when all passed, 1 otherwise, 77 when Go's test directory
# is not installed.
set -u

GOS=${1:?usage: scripts/gotests.sh GOS [DIR...]}
shift
GOS=$(cd "$(dirname "$GOS")" && pwd)/$(basename "$GOS")
TIMEOUT=${GOTESTS_TIMEOUT:-10}
VERBOSE=${GOTESTS_VERBOSE:-0}
GOROOT=$(go env GOROOT 2>/dev/null) || GOROOT=
if [ -z "$GOROOT" ] || [ ! -d "$GOROOT/test" ]; then
    echo "gotests.sh: Go's test directory not found (apt-get install golang-go)" >&2
    exit 77
fi
EXPECT=
DIRS=(test test/chan test/ken test/interface test/fixedbugs)
if [ "${1:-}" = "--expect" ]; then
    EXPECT=${2:?usage: scripts/gotests.sh GOS --expect FILE}
    TIMEOUT=${GOTESTS_TIMEOUT:-60}
elif [ $# -gt 0 ]; then
    DIRS=("$@")
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

pass=0
fail=0
tests() {
    if [ -n "$EXPECT" ]; then
        grep -v '^#' "$EXPECT" | sed "s|^|$GOROOT/|"
        return
    fi
    for d in "${DIRS[@]}"; do
        for f in "$GOROOT/$d"/*.go; do
            [ "$(head -n 1 "$f")" = "// run" ] && echo "$f"
        done
    done
}

while IFS= read -r f; do
    rel=${f#"$GOROOT/"}
    expected=${f%.go}.out
    (cd "$(dirname "$f")" && exec timeout "$TIMEOUT" "$GOS" run "$(basename "$f")") </dev/null >"$TMP/out" 2>&1
    status=$?
    if [ -f "$expected" ]; then cp "$expected" "$TMP/want"; else : >"$TMP/want"; fi
    reason=
    if [ $status = 124 ]; then
        reason="timeout after ${TIMEOUT}s"
    elif [ $status != 0 ]; then
        reason="exit status $status: $(grep -m1 -v '^$' "$TMP/out" | cut -c1-160)"
    elif ! cmp -s "$TMP/out" "$TMP/want"; then
        reason="output differs"
    fi
    if [ -z "$reason" ]; then
        pass=$((pass + 1))
        [ "$VERBOSE" = 1 ] && echo "pass: $rel"
    else
        fail=$((fail + 1))
        echo "FAIL: $rel ($reason)"
    fi
done < <(tests)
echo "$pass passed, $fail failed"
[ $fail = 0 ]
