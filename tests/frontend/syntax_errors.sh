#!/bin/sh
# syntax_errors.sh GOS — syntax errors where gc reports them.
#
# Go's test suite marks expected errors with // ERROR comments. Every file
# under $GOROOT/test for which gc (go tool compile) reports a syntax or
# lexical error is checked: `gos check --syntax` must report a positioned
# error, on the line of gc's first error, and must not crash.
# Exit 77 (skipped) when Go is not installed.
set -u
GOS=$1
command -v go >/dev/null 2>&1 || { echo "syntax_errors: go not installed; skipped"; exit 77; }
GOROOT=$(go env GOROOT)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

grep -rlZ --include='*.go' '// ERROR' "$GOROOT/test" >"$TMP/files"

# gc's verdict on each file, two at a time. (Never compile to -o /dev/null:
# gc removes its output file when compilation fails.)
(cd "$TMP" && xargs -0 -P2 -n1 sh -c 'h=$(echo "$1" | md5sum | cut -c1-32); go tool compile -o "$h.o" "$1" >"$h.gc" 2>&1; rm -f "$h.o"; true' sh) <"$TMP/files"

# gc's messages for syntax and lexical errors (it stops before type checking
# when there are any), anchored at the start of the message.
LEXICAL=': (syntax error|invalid character|newline in (string|rune literal)|(string|comment|rune literal) not terminated|invalid digit|.* must separate successive digits|.* exponent|exponent has no digits|hexadecimal mantissa|unknown escape|escape is invalid|octal escape|invalid character .* escape|.* literal has no digits|invalid radix point|empty rune literal|more than one character in rune literal|invalid BOM|invalid NUL|invalid UTF-8|identifier cannot begin)'
checked=0
bad=0
tr '\0' '\n' <"$TMP/files" | sort >"$TMP/list"
while read -r file; do
    gc="$TMP/$(echo "$file" | md5sum | cut -c1-32).gc"
    grep -Eq "$LEXICAL" "$gc" || continue
    checked=$((checked + 1))
    # first reported file:line (//line directives may rename the file)
    want=$(grep -m1 -E '^[^ ]+:[0-9]+:' "$gc" | cut -d: -f1,2)
    "$GOS" check --syntax "$file" >/dev/null 2>"$TMP/gos.err"
    status=$?
    got=$(grep -m1 -E '^[^ ]+:[0-9]+:' "$TMP/gos.err" | cut -d: -f1,2)
    if [ $status -ne 1 ] || [ "$got" != "$want" ]; then
        bad=$((bad + 1))
        echo "FAIL: $file: gc's first error is at $want; gos (exit $status) reports ${got:-none}"
        grep -m2 . "$gc" | sed 's/^/    gc:  /'
        head -2 "$TMP/gos.err" | sed 's/^/    gos: /'
    fi
done <"$TMP/list"

echo "syntax_errors: $((checked - bad)) of $checked files with syntax errors reported on gc's line"
echo "$((checked - bad)) passed, $bad failed"
[ $bad -eq 0 ]
