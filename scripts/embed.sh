#!/usr/bin/env bash
# embed.sh BUILD — installs the gos built in BUILD into a temporary prefix,
# then builds the example hosts of examples/embed against it as a user
# would (CMake's find_package(gos), and pkg-config for a C host) and runs
# them: the shared and the static library, the C++ and the C API.
# Exit status: 0 all good, 1 a step failed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="$(cd "${1:?usage: embed.sh BUILD}" && pwd)"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

fail() {
    echo "embed.sh: $*" >&2
    exit 1
}

cmake --install "$BUILD" --prefix "$TMP/prefix" > "$TMP/install.log" || fail "install failed: $(cat "$TMP/install.log")"
for f in bin/gos include/gos/gos.hpp include/gos/gos.h lib/libgos.a lib/cmake/gos/gosConfig.cmake lib/pkgconfig/gos.pc; do
    [[ -e "$TMP/prefix/$f" || -e "$TMP/prefix/${f/lib\//lib/x86_64-linux-gnu/}" ]] || fail "not installed: $f"
done
# no internal header is reachable from the installed ones
while read -r header; do
    [[ -e "$TMP/prefix/include/$header" ]] || fail "an installed header includes $header, which is not installed"
done < <(grep -ho '#include <gos/[^>]*>' "$TMP/prefix/include/gos/"* | sed 's/#include <\(.*\)>/\1/' | sort -u)
if grep -h '#include' "$TMP/prefix/include/gos/"* | grep -v '<[a-z_]*\(\.h\)\?>' | grep -v '<gos/[a-z_]*\.hp*>'; then
    fail "an installed header includes something that is not installed"
fi

LIBDIR=$(dirname "$(find "$TMP/prefix" -name libgos.a | head -1)")
cmake -S "$ROOT/examples/embed" -B "$TMP/hosts" -DCMAKE_PREFIX_PATH="$TMP/prefix" > "$TMP/configure.log" 2>&1 ||
    fail "configuring the example hosts failed: $(cat "$TMP/configure.log")"
cmake --build "$TMP/hosts" -j"${JOBS:-2}" > "$TMP/build.log" 2>&1 || fail "building the example hosts failed: $(cat "$TMP/build.log")"

HELLO="$ROOT/examples/embed/hello.gs"
printf 'panic("from the script")\n' > "$TMP/boom.gs"
printf 'for {}\n' > "$TMP/spin.gs"

expect() {  # expect NAME WANT COMMAND...: COMMAND's stdout must equal WANT
    local name="$1" want="$2" got
    shift 2
    got=$("$@" 2>/dev/null) || true
    [[ "$got" == "$want" ]] || fail "$name: got [$got], want [$want]"
}

want_cpp="[$HELLO] hello from a script, 1 argument(s)
$TMP/boom.gs: panic: from the script (exit status 2)
gos 0.1.0: 1 of 2 scripts ran"
expect "host (libgos.so)" "$want_cpp" "$TMP/hosts/host" "$HELLO" "$TMP/boom.gs"
expect "host (libgos.a)" "$want_cpp" "$TMP/hosts/host_static" "$HELLO" "$TMP/boom.gs"
expect "host_c" "hello from a script, 1 argument(s)" "$TMP/hosts/host_c" "$HELLO"
expect "rules" "order 1: approved, discount 0.10; gold customer
order 2: refused, discount 0.00; total 2500.00 over the limit
order 3: approved, discount 0.05; bulk order
approved: 2
refused: 1
log: order 2 refused" "$TMP/hosts/rules" "$ROOT/examples/embed/rules.gs"
expect "host_c, a step limit" "$TMP/spin.gs: fatal error: instruction limit exceeded" "$TMP/hosts/host_c" "$TMP/spin.gs"

# pkg-config, as a C host's build would use it
if command -v pkg-config > /dev/null; then
    export PKG_CONFIG_PATH="$LIBDIR/pkgconfig"
    # shellcheck disable=SC2046
    cc -o "$TMP/host_pc" "$ROOT/examples/embed/host.c" $(pkg-config --cflags --libs gos) 2> "$TMP/pc.log" ||
        fail "building with pkg-config failed: $(cat "$TMP/pc.log")"
    expect "host_c (pkg-config)" "hello from a script, 1 argument(s)" env LD_LIBRARY_PATH="$LIBDIR" "$TMP/host_pc" "$HELLO"
else
    echo "embed.sh: pkg-config not installed, its check skipped" >&2
fi
echo "embed.sh: installed; 5 hosts built against it (CMake, pkg-config; shared, static; C++, C; a rules engine) ran as expected"
