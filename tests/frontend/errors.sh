#!/bin/sh
# errors.sh GOS [--regen] — syntax error messages, word for word.
#
# Each tests/frontend/errors/NAME.go holds one mistake; NAME.err beside it
# is the first error gc reports for it (go tool compile), made by --regen.
# `gos check --syntax` must print exactly that line first. When Go is
# installed the stored .err files are also checked against gc, so they
# cannot drift from the oracle.
set -u
GOS=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
DIR=$(cd "$(dirname "$0")/errors" && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

gc_first_error() { # NAME.go -> first error line gc reports, path made relative
    (cd "$DIR" && go tool compile -o "$TMP/out.o" "$1" 2>&1 | grep -m1 -E '^[^ ]+:[0-9]+')
}

if [ "${2:-}" = "--regen" ]; then
    for f in "$DIR"/*.go; do
        name=$(basename "$f")
        gc_first_error "$name" >"${f%.go}.err"
        echo "$name: $(cat "${f%.go}.err")"
    done
    exit 0
fi

have_go=0
command -v go >/dev/null 2>&1 && have_go=1
pass=0
fail=0
for f in "$DIR"/*.go; do
    name=$(basename "$f")
    want=$(cat "${f%.go}.err")
    if [ $have_go = 1 ]; then
        oracle=$(gc_first_error "$name")
        if [ "$oracle" != "$want" ]; then
            echo "STALE: ${name%.go}.err says '$want' but gc says '$oracle' (run errors.sh GOS --regen)"
            fail=$((fail + 1))
            continue
        fi
    fi
    got=$(cd "$DIR" && "$GOS" check --syntax "$name" 2>&1 >/dev/null | head -1)
    if [ "$got" = "$want" ]; then
        pass=$((pass + 1))
    else
        echo "FAIL: $name"
        echo "    gc:  $want"
        echo "    gos: $got"
        fail=$((fail + 1))
    fi
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
