#!/bin/sh
# corpus.sh GOS — parses every non-generic .go file of the Go distribution.
#
# go/parser (tests/frontend/classify.go) picks the files Go accepts that use
# no type parameters; `gos check --syntax` must accept at least 99.5% of
# them, and every file it rejects must be one gc rejects too, with an error
# of gc's on the line of gos's first error (gc's parser checks a few things,
# such as receivers, that go/parser leaves to the type checker).
# Also reports the parsing speed in lines per second.
# Exit 77 (skipped) when Go is not installed.
set -u
GOS=$1
command -v go >/dev/null 2>&1 || { echo "corpus: go not installed; skipped"; exit 77; }
GOROOT=$(go env GOROOT)
HERE=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

(cd "$TMP" && GO111MODULE=off go run "$HERE/classify.go" "$GOROOT/src/" "$GOROOT/test/") >"$TMP/classes" || exit 1
awk -F'\t' '$1 == "valid" { print $3 }' "$TMP/classes" >"$TMP/valid"
total=$(wc -l <"$TMP/valid")
lines=$(awk -F'\t' '$1 == "valid" { s += $2 } END { print s }' "$TMP/classes")

start=$(date +%s%N)
xargs -d '\n' "$GOS" check --syntax <"$TMP/valid" >/dev/null 2>"$TMP/errors"
status=$?
end=$(date +%s%N)
if [ $status -gt 1 ] && [ $status -ne 123 ]; then
    echo "corpus: gos crashed (exit $status)"; tail -5 "$TMP/errors"; exit 1
fi
ms=$(( (end - start) / 1000000 ))
[ "$ms" -gt 0 ] || ms=1

# first error line of each rejected file
awk -F: '!seen[$1]++ { print $1 "\t" $2 }' "$TMP/errors" >"$TMP/rejected"
rejected=$(wc -l <"$TMP/rejected")
bad=0
while IFS="$(printf '\t')" read -r file line; do
    # (never -o /dev/null: gc removes its output file when compilation fails)
    if (cd "$TMP" && go tool compile -o "$TMP/out.o" "$file" 2>&1) | grep -q "^$file:$line:"; then
        echo "rejected, as gc does: $file:$line"
    else
        echo "FAIL: gos rejects $file at line $line, where gc reports no error"
        grep -F "$file:" "$TMP/errors" | head -3
        bad=$((bad + 1))
    fi
done <"$TMP/rejected"

accepted=$((total - rejected))
echo "corpus: accepted $accepted of $total non-generic files ($(awk -v a=$accepted -v t=$total 'BEGIN { printf "%.2f", 100 * a / t }')%)"
echo "corpus: $lines lines in $ms ms: $(awk -v l=$lines -v ms=$ms 'BEGIN { printf "%.0f", l / ms * 1000 }') lines/s (whole process, one core)"
awk -v a=$accepted -v t=$total 'BEGIN { exit !(a * 1000 >= t * 995) }' || { echo "corpus: below 99.5%"; exit 1; }
[ $bad -eq 0 ] || { echo "corpus: $bad file(s) rejected that gc accepts"; exit 1; }
echo "1 passed, 0 failed"
