#!/usr/bin/env bash
# gotests.sh GOS [DIR...] — Go's own conformance tests, run with gos.
#
# Runs every test of $(go env GOROOT)/test whose first line is `// run`
# (no flags, no arguments) with `GOS run FILE`, in the directories given
# (default: test, test/chan, test/ken), as Go's test driver judges them:
# standard output and standard error together must equal FILE's sibling
# .out file (nothing when there is none), and the exit status must be 0.
# Each run gets 10 seconds (GOTESTS_TIMEOUT). Prints one line per failing
# test with its reason, then the totals; with GOTESTS_VERBOSE=1 also the
# passing ones. Exit status: 0 when all passed, 1 otherwise, 77 when Go's
# test directory is not installed.
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
DIRS=("$@")
[ ${#DIRS[@]} -gt 0 ] || DIRS=(test test/chan test/ken)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

pass=0
fail=0
for d in "${DIRS[@]}"; do
    for f in "$GOROOT/$d"/*.go; do
        [ "$(head -n 1 "$f")" = "// run" ] || continue
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
    done
done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
