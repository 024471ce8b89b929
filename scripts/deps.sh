#!/bin/sh
# Installs the Debian packages gos needs to build and test, if any is missing,
# and the packages named as arguments (make sanitize adds clang's).
# Idempotent: does nothing (and needs no network) when all are present.
set -eu

# golang-go is the test oracle; python3 and procps serve the hostile suite and
# the REPL's terminal test; libedit-dev is the REPL's line editing
PACKAGES="g++ cmake make re2c bison libgc-dev libedit-dev doctest-dev golang-go python3 procps pkg-config $*"

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

echo "deps: installing$missing"
if [ "$(id -u)" = 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "deps: missing packages:$missing (run as root, or install them)" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
