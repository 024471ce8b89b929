#!/usr/bin/env bash
# sanitize.sh BUILD_DIR [FUZZ_SECONDS] — gos under AddressSanitizer and UBSan.
#
# Builds everything in BUILD_DIR with clang, -DGOS_SANITIZE=ON (ASan and
# UBSan, undefined behaviour fatal) and -DGOS_FUZZ=ON (the libFuzzer targets
# of tests/fuzz), then runs, in that build:
#   - the unit tests (gos_unit);
#   - the golden programs (scripts/golden.sh check), with 60 s a run
#     rather than 10: instrumented code is several times slower;
#   - the hostile programs (scripts/hostile.sh check) without the address
#     space limit, which ASan's shadow memory cannot live with: the runner
#     watches the resident size (4 GiB) instead, and the collector's heap is
#     capped at 3 GiB through Boehm's GC_MAXIMUM_HEAP_SIZE, leaving room for
#     ASan's own memory, so the out-of-memory programs still end in gos's
#     out-of-memory report; 60 s a run;
#   - the REPL through a pseudo-terminal (tests/repl), its timings only
#     reported;
#   - each fuzz target for FUZZ_SECONDS (default 30; 0 skips them), seeded
#     from the golden and hostile programs and Go's test suite.
# Any sanitizer report, crash or failing test fails the run (exit 1).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:?usage: scripts/sanitize.sh BUILD_DIR [FUZZ_SECONDS]}
FUZZ_SECONDS=${2:-30}
JOBS=${JOBS:-2}

if [ ! -f "$BUILD/CMakeCache.txt" ]; then
    # -O1 -g1: ASan's advice, with line tables for the reports, and a build
    # that takes minutes rather than tens of them
    CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=None \
        -DCMAKE_CXX_FLAGS="-O1 -g1" -DGOS_SANITIZE=ON -DGOS_FUZZ=ON >/dev/null
fi
cmake --build "$BUILD" -j"$JOBS"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:detect_stack_use_after_return=0:allocator_may_return_null=1:handle_abort=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export GC_MAXIMUM_HEAP_SIZE=${GC_MAXIMUM_HEAP_SIZE:-3221225472}

status=0
step() {
    echo "== sanitize: $*"
    "$@" || status=1
}
step env GOS_SOURCE_DIR="$ROOT" "$BUILD/gos_unit"
step env GOLDEN_TIMEOUT=60 "$ROOT/scripts/golden.sh" check "$BUILD/gos"
step env HOSTILE_VMEM_KB=0 HOSTILE_TIMEOUT=60 "$ROOT/scripts/hostile.sh" check "$BUILD/gos"
step env REPL_TIMING=0 python3 "$ROOT/tests/repl/repl_test.py" "$BUILD/gos"
if [ "$FUZZ_SECONDS" -gt 0 ]; then
    step "$ROOT/scripts/fuzz.sh" run "$BUILD" "$FUZZ_SECONDS"
fi
[ $status = 0 ] && echo "== sanitize: all clean" || echo "== sanitize: FAILED"
exit $status
