#!/usr/bin/env bash
# maprace.sh GOS [RUNS] — concurrent map misuse is caught every time.
#
# Each program in tests/maprace says on its first line what it must do:
# `// want: fatal error: ...` (that first line of stderr, exit status 2) or
# `// want: TEXT` (that standard output, exit status 0). Each runs RUNS
# times (default 100): under Go the racy ones end either way depending on
# the schedule; under gos they must end the same way every time, which is
# what this checks. Then two_writers.go once more with GOSMAPRACE=0, which
# must let it finish. Exit status: 0 all good, 1 otherwise.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
GOS=${1:?usage: maprace.sh GOS [RUNS]}
GOS=$(cd "$(dirname "$GOS")" && pwd)/$(basename "$GOS")
RUNS=${2:-100}
fail=0
n=0
for f in "$ROOT"/tests/maprace/*.go; do
    n=$((n + 1))
    want=$(sed -n '1s|^// want: ||p' "$f")
    bad=0
    for ((k = 0; k < RUNS; k++)); do
        out=$(cd "$ROOT/tests/maprace" && timeout 20 "$GOS" run "$(basename "$f")" 2>/tmp/maprace.$$)
        status=$?
        first=$(head -n 1 /tmp/maprace.$$)
        case "$want" in
        "fatal error: "*) [ $status -eq 2 ] && [ "$first" = "$want" ] || bad=$((bad + 1)) ;;
        *) [ $status -eq 0 ] && [ "$out" = "$want" ] && [ -z "$first" ] || bad=$((bad + 1)) ;;
        esac
    done
    rm -f /tmp/maprace.$$
    if [ $bad -ne 0 ]; then
        echo "FAIL: maprace/$(basename "$f"): $bad of $RUNS runs did not end with: $want"
        fail=$((fail + 1))
    fi
done
# GOSMAPRACE=0 turns the detection off: the racy writers then finish
n=$((n + 1))
out=$(cd "$ROOT/tests/maprace" && GOSMAPRACE=0 timeout 20 "$GOS" run two_writers.go 2>&1)
if [ $? -ne 0 ] || [ "$out" != "1000" ]; then
    echo "FAIL: GOSMAPRACE=0 did not turn the detection off (got: $(echo "$out" | head -n 1))"
    fail=$((fail + 1))
fi
echo "$((n - fail)) passed, $fail failed ($RUNS runs each)"
[ $fail -eq 0 ]
