#!/usr/bin/env bash
# overflow.sh GOS — infinite recursion ends quickly and in bounded memory.
#
# Plain recursion, recursion through defer, through a String method that
# formats its own receiver, and in a goroutine other than main must each
# end with Go's stack overflow report (exit status 2, first line
# "runtime: goroutine stack exceeds 1000000000-byte limit") within
# OVERFLOW_SECONDS (default 5) under a 2 GB address-space limit.
# Exit status: 0 all good, 1 otherwise.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
GOS=${1:?usage: overflow.sh GOS}
GOS=$(cd "$(dirname "$GOS")" && pwd)/$(basename "$GOS")
SECONDS_LIMIT=${OVERFLOW_SECONDS:-5}
want="runtime: goroutine stack exceeds 1000000000-byte limit"
fail=0
n=0
for rel in recursion/self_call.go recursion/defer_self.go recursion/stringer_sprint.go goroutines/recursion_in_goroutine.go; do
    n=$((n + 1))
    f="$ROOT/tests/hostile/$rel"
    err=$(mktemp)
    (cd "$(dirname "$f")" && ulimit -v 2097152 && timeout "$SECONDS_LIMIT" "$GOS" run "$(basename "$f")" >/dev/null 2>"$err")
    status=$?
    first=$(head -n 1 "$err")
    rm -f "$err"
    if [ $status -ne 2 ] || [ "$first" != "$want" ]; then
        echo "FAIL: $rel (exit status $status, first line: $first)"
        fail=$((fail + 1))
    fi
done
echo "$((n - fail)) passed, $fail failed (${SECONDS_LIMIT}s, 2 GB of address space each)"
[ $fail -eq 0 ]
