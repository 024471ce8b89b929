#!/usr/bin/env bash
# examples.sh GOS — runs every script in examples/ with `GOS run`: each must
# exit 0 within 20 seconds and write nothing to standard error (their
# outputs were checked against Go when they were written; the golden tests
# hold the behaviours they rely on). Exit status: 0 all good, 1 otherwise.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
GOS=${1:?usage: examples.sh GOS}
GOS=$(cd "$(dirname "$GOS")" && pwd)/$(basename "$GOS")
fail=0
n=0
for f in "$ROOT"/examples/*.gs; do
    n=$((n + 1))
    err=$(cd "$ROOT/examples" && timeout 20 "$GOS" run "$(basename "$f")" 2>&1 >/dev/null)
    status=$?
    if [ $status -ne 0 ] || [ -n "$err" ]; then
        echo "FAIL: examples/$(basename "$f") (exit status $status)"
        [ -n "$err" ] && echo "$err" | head -5 | sed 's/^/    /'
        fail=$((fail + 1))
    fi
done
echo "$((n - fail)) passed, $fail failed"
[ $fail -eq 0 ]
