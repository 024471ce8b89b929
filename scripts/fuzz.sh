#!/usr/bin/env bash
# fuzz.sh — build and run the libFuzzer targets of tests/fuzz.
#
#   scripts/fuzz.sh build BUILD_DIR
#       configure BUILD_DIR with clang, -DGOS_SANITIZE=ON (ASan + UBSan;
#       FUZZ_SANITIZERS=undefined leaves ASan out, for long runs several
#       times faster) and -DGOS_FUZZ=ON, and build fuzz_parse, fuzz_check,
#       fuzz_run and fuzz_session.
#   scripts/fuzz.sh corpus DIR
#       build the seed corpora DIR/<target>/ from tests/golden/**/*.go and
#       *.gs, tests/hostile/**/*.go (if present), tests/fuzz/crashes/ (every
#       input that once crashed a target), tests/frontend/errors/*.go,
#       examples/*.gs and Go's own test suite $(go env GOROOT)/test/*.go (files
#       under 64 KB), deduplicated by content (each file is named by its
#       SHA-1). All four targets get the same seeds.
#   scripts/fuzz.sh run BUILD_DIR SECONDS [TARGET...]
#       fuzz each TARGET (default: all four), one after the other, for
#       SECONDS each, with tests/fuzz/go.dict, -rss_limit_mb=4096,
#       -timeout=10, -max_len=65536 (FUZZ_MAX_LEN), -entropic=0 and the seed
#       corpus. (libFuzzer's entropic schedule kept fuzz_run, with its 100k
#       and more coverage features, half its time in
#       InputCorpus::UpdateFeatureFrequency; without it fuzz_run ran 2,000
#       inputs a second on two workers instead of 590.) New inputs go to
#       BUILD_DIR/fuzz-corpus/<target>/ (the seeds are never written to),
#       crash, timeout and OOM inputs to CRASH_DIR/<target>/ (default
#       BUILD_DIR/crashes), logs to BUILD_DIR/fuzz-logs/<target>.log. Each
#       new artifact is replayed and reported with the sanitizer's one-line
#       summary (also appended to CRASH_DIR/<target>/SUMMARY.txt). Exits 1
#       if any target wrote an artifact in this run (a new one, or a known
#       one found again: seeds that still crash count).
#   scripts/fuzz.sh repro BUILD_DIR TARGET FILE...
#       replay inputs on a target and print the full report.
#   scripts/fuzz.sh minimize BUILD_DIR TARGET FILE [SECONDS]
#       shrink a crashing input (libFuzzer -minimize_crash=1) to FILE.min.
#
# Environment:
#   SEEDS=DIR        seed corpus root for `run` (default BUILD_DIR/seeds,
#                    built with `corpus` when missing)
#   CRASH_DIR=DIR    where artifacts go (default BUILD_DIR/crashes)
#   FUZZ_FORK=N      run libFuzzer in fork mode with N worker processes and
#                    keep going after crashes, timeouts and OOMs so a single
#                    run collects many distinct crashes (default 1); 0 runs
#                    in-process and stops at the first crash.
#   FUZZ_MAX_LEN=N   the largest input libFuzzer makes (default 65536;
#                    seeds are cut to it)
#   FUZZ_ARGS="..."  extra libFuzzer flags
#   GOS_FUZZ_MAX_HEAP_MB=N  fuzz_run's cap on the collector's heap (default
#                    256; 0: none): past it a program ends with gos's "out of
#                    memory" fatal error instead of a libFuzzer timeout
#
# The sanitizer settings: LeakSanitizer is off (-detect_leaks=0 and
# ASAN_OPTIONS=detect_leaks=0) because the Boehm collector's heap is not
# malloc's, so every Go object reachable only from it would look leaked;
# UBSan stops at the first report (it is also compiled with
# -fno-sanitize-recover=undefined) and prints a stack trace.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TARGETS=(fuzz_parse fuzz_check fuzz_run fuzz_session)
DICT="$ROOT/tests/fuzz/go.dict"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:symbolize=1:handle_abort=1:detect_stack_use_after_return=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:symbolize=1}"

usage() {
    sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -n 's/^# \{0,1\}//p' >&2
    exit 2
}

die() {
    echo "fuzz.sh: $*" >&2
    exit 2
}

abspath() { (mkdir -p "$1" && cd "$1" && pwd); }

cmd_build() {
    [[ $# -eq 1 ]] || usage
    local build="$1"
    command -v clang++ >/dev/null || die "clang++ not found (apt-get install -y clang libclang-rt-14-dev)"
    # -O1 -g without -DNDEBUG: assertions stay on, and reports name lines
    CC=clang CXX=clang++ cmake -S "$ROOT" -B "$build" \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g -fno-omit-frame-pointer" \
        -DGOS_SANITIZE=ON "-DGOS_SANITIZERS=${FUZZ_SANITIZERS:-address,undefined}" -DGOS_FUZZ=ON -DBUILD_TESTING=OFF
    cmake --build "$build" -j"${JOBS:-2}" --target "${TARGETS[@]}"
}

# copies FILE into DIR under its SHA-1 (so equal files are stored once)
add_seed() {
    local file="$1" dir="$2" sum
    sum=$(sha1sum "$file" | cut -c1-40)
    [[ -e "$dir/$sum" ]] || cp "$file" "$dir/$sum"
}

cmd_corpus() {
    [[ $# -eq 1 ]] || usage
    local out="$1" tmp goroot f n
    tmp=$(mktemp -d)
    # (a RETURN trap outlives the function that sets it: this one removes
    # itself)
    trap 'rm -rf "$tmp"; trap - RETURN' RETURN
    n=0
    while IFS= read -r -d '' f; do add_seed "$f" "$tmp"; n=$((n + 1)); done < <(
        find "$ROOT/tests/golden" -type f \( -name '*.go' -o -name '*.gs' \) -print0
        [[ -d "$ROOT/tests/hostile" ]] && find "$ROOT/tests/hostile" -type f -name '*.go' -print0
        [[ -d "$ROOT/tests/frontend/errors" ]] && find "$ROOT/tests/frontend/errors" -type f -name '*.go' -print0
        [[ -d "$ROOT/examples" ]] && find "$ROOT/examples" -type f -name '*.gs' -print0
        # every input that once crashed a target: each run replays them
        find "$ROOT/tests/fuzz/crashes" -type f \( -name '*.go' -o -name '*.gs' \) -print0
        if command -v go >/dev/null && goroot=$(go env GOROOT 2>/dev/null) && [[ -d "$goroot/test" ]]; then
            find -L "$goroot/test/" -maxdepth 1 -type f -name '*.go' -size -64k -print0
        else
            echo "fuzz.sh: go not installed, Go's test suite not in the seeds" >&2
        fi
        true
    )
    for t in "${TARGETS[@]}"; do
        mkdir -p "$out/$t"
        cp -n "$tmp"/* "$out/$t"/
    done
    echo "fuzz.sh: $n files, $(find "$tmp" -type f | wc -l) distinct seeds in $out/{$(IFS=,; echo "${TARGETS[*]}")}"
}

# the one-line reason of a libFuzzer/sanitizer report
reason_of() {
    grep -m1 -E '^SUMMARY: |ERROR: libFuzzer: |^==[0-9]+== ?ERROR: |runtime error: ' "$1" |
        sed -E 's/^==[0-9]+==ERROR: //' || echo "(no sanitizer report; see $1)"
}

# replays ARTIFACT on BIN, prints "ARTIFACT: reason" and the top gos frames
report_artifact() {
    local bin="$1" artifact="$2" summary="$3" log
    log=$(mktemp)
    timeout 60 "$bin" -runs=1 -rss_limit_mb=4096 -timeout=10 -detect_leaks=0 "$artifact" >"$log" 2>&1 || true
    local reason frames
    reason=$(reason_of "$log")
    frames=$(grep -E '^ +#[0-9]+ ' "$log" | grep -E "$ROOT/(lexer|parser|compiler|types|vm|stdlib|cli)/|/(lexer|go_parser[a-z_]*)\.cpp" |
        head -3 | sed -E 's/^ +#[0-9]+ 0x[0-9a-f]+ in /    /; s@'"$ROOT"'/@@' || true)
    printf '%s: %s\n%s\n' "$artifact" "$reason" "$frames" | tee -a "$summary"
    rm -f "$log"
}

cmd_run() {
    [[ $# -ge 2 ]] || usage
    local build seconds
    build=$(abspath "$1")
    seconds="$2"
    shift 2
    [[ "$seconds" =~ ^[0-9]+$ ]] || die "SECONDS must be a number"
    local targets=("$@")
    [[ ${#targets[@]} -gt 0 ]] || targets=("${TARGETS[@]}")
    local seeds="${SEEDS:-$build/seeds}"
    local crashdir="${CRASH_DIR:-$build/crashes}"
    [[ -d "$seeds" ]] || cmd_corpus "$seeds"
    mkdir -p "$crashdir" "$build/fuzz-logs"
    crashdir=$(abspath "$crashdir")

    local fork="${FUZZ_FORK:-1}" failed=()
    for t in "${targets[@]}"; do
        local bin="$build/tests/fuzz/$t"
        [[ -x "$bin" ]] || die "$bin not built (scripts/fuzz.sh build $build)"
        local work="$build/fuzz-corpus/$t" arts="$crashdir/$t" log="$build/fuzz-logs/$t.log"
        mkdir -p "$work" "$arts" "$seeds/$t"
        # libFuzzer names an artifact by the input's SHA-1 and rewrites it
        # when the same input fails again: what this run wrote is what is
        # newer than the marker
        local marker="$arts/.run-start"
        touch "$marker"
        sleep 1
        local flags=(-dict="$DICT" -rss_limit_mb=4096 -timeout=10 -max_len="${FUZZ_MAX_LEN:-65536}" -entropic=0
                     -max_total_time="$seconds" -detect_leaks=0 -print_final_stats=1
                     -artifact_prefix="$arts/")
        if [[ "$fork" != 0 ]]; then
            flags+=(-fork="$fork" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
        fi
        # shellcheck disable=SC2206
        flags+=(${FUZZ_ARGS:-})
        echo "== $t: ${seconds}s, log $log"
        local rc=0
        (cd "$arts" && "$bin" "${flags[@]}" "$work" "$seeds/$t") >"$log" 2>&1 || rc=$?
        # the last status line: total executions, exec/s, coverage, corpus
        grep -E '^#[0-9]+' "$log" | tail -1 || true
        grep -E '^stat::(number_of_executed_units|average_exec_per_sec)' "$log" || true
        local new=()
        mapfile -t new < <(find "$arts" -maxdepth 1 -type f -newer "$marker" \
            \( -name 'crash-*' -o -name 'oom-*' -o -name 'timeout-*' -o -name 'leak-*' -o -name 'slow-unit-*' \) \
            -printf '%f\n' | sort)
        if [[ ${#new[@]} -gt 0 ]]; then
            echo "!! $t: ${#new[@]} artifact(s) written by this run in $arts:"
            for a in "${new[@]}"; do report_artifact "$bin" "$arts/$a" "$arts/SUMMARY.txt"; done
            failed+=("$t")
        elif [[ $rc -ne 0 ]]; then
            echo "!! $t: libFuzzer exited with status $rc (see $log)"
            failed+=("$t")
        else
            echo "   $t: no crash"
        fi
    done
    if [[ ${#failed[@]} -gt 0 ]]; then
        echo "fuzz.sh: crashes in: ${failed[*]} (artifacts under $crashdir)"
        return 1
    fi
    echo "fuzz.sh: no crashes"
}

cmd_repro() {
    [[ $# -ge 3 ]] || usage
    local build="$1" t="$2"
    shift 2
    local bin="$build/tests/fuzz/$t"
    [[ -x "$bin" ]] || die "$bin not built"
    "$bin" -runs=1 -rss_limit_mb=4096 -timeout=10 -detect_leaks=0 "$@"
}

cmd_minimize() {
    [[ $# -ge 3 ]] || usage
    local build="$1" t="$2" file="$3" secs="${4:-60}"
    local bin="$build/tests/fuzz/$t"
    [[ -x "$bin" ]] || die "$bin not built"
    "$bin" -minimize_crash=1 -max_total_time="$secs" -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 \
        -exact_artifact_path="$file.min" "$file"
    echo "fuzz.sh: minimised $file ($(wc -c <"$file") bytes) to $file.min ($(wc -c <"$file.min") bytes)"
}

[[ $# -ge 1 ]] || usage
cmd="$1"
shift
case "$cmd" in
    build) cmd_build "$@" ;;
    corpus) cmd_corpus "$@" ;;
    run) cmd_run "$@" ;;
    repro) cmd_repro "$@" ;;
    minimize) cmd_minimize "$@" ;;
    -h | --help | help) usage ;;
    *) usage ;;
esac
