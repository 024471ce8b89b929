#!/usr/bin/env bash
# hostile.sh — the hostile-program suite (tests/hostile) and its runner.
#
#   scripts/hostile.sh regen          build every program with Go, run it under the limits, (re)write the expected files
#   scripts/hostile.sh verify         the same, but compare with the expected files (exit 77 when Go is missing)
#   scripts/hostile.sh check GOS      run every program with `GOS run FILE` under the limits, compare
#
# Further arguments restrict the run to the programs whose path below
# tests/hostile starts with one of them: `scripts/hostile.sh check build/gos
# nil oom/make_1_40.go`. Works from any directory. Exit status: 0 all good,
# 1 some program failed, 2 usage or set-up error, 77 verify without Go.
#
# What the suite is for: gos runs untrusted scripts, so no program may make it
# crash (signal, abort, uncaught C++ exception), hang, or eat unbounded
# memory. Every program must end under gos exactly as the Go-built binary
# ends: same exit status, same FIRST line of stderr, same stdout.
#
# Conventions (everything lives in tests/hostile/CATEGORY/):
#   NAME.go     a `package main` program abusing one thing, said in a comment
#               at its top. It runs in its own folder, without arguments or
#               input. It may be a program gc refuses to compile.
#   NAME.out    its standard output, byte for byte (always present, may be
#               empty; empty when it does not compile).
#   NAME.exit   its exit status when not 0: 2 for a panic or fatal error, N
#               for os.Exit(N), 1 when it does not compile.
#   NAME.err    the FIRST line of its standard error, when that is not empty.
#               For a program gc rejects, gc's first error, as NAME.go:L:C: msg.
#   tests/hostile/gen.py writes the programs too big to commit (over ~100 KB;
#               `gen.py --list` names them). Every run generates them into a
#               temporary folder (removed on exit) and treats them exactly
#               like the stored ones; their expected files are committed in
#               tests/hostile/CATEGORY/ under the generated NAME.
#
# The expected files are never written by hand, only by `regen`, from the
# real toolchain: each program is built with `go build -trimpath` (so that
# the build cache also serves the generated programs, whose folder changes at
# every run) and the binary run directly under the limits below (`go run`
# would turn every non-zero status into 1). A Go binary that times out is
# given a second run with three times the time (it is the reference, and a
# busy machine slows the OOM programs down). When `go build` fails, the
# expectation is gc's first error: the
# line after `# command-line-arguments`, or, when the go command refuses the
# file before compiling it (NUL bytes, no package clause...), the first line
# of `go tool compile` on it.
#
# Comparison. The first stderr line is normalised on both sides before it is
# compared or stored:
#   - DIR/NAME.go:L:C: msg     becomes NAME.go:L:C: msg (gos prints the path
#                              it was given, go build prints ./NAME.go);
#   - Go's report of a failed allocation under an address-space limit,
#     `runtime: out of memory: cannot allocate 1099511627776-byte block
#     (3964928 in use)`, keeps its words but not its numbers (they depend on
#     the limit and the heap's history): ...allocate N-byte block (N in use).
# Before that, AddressSanitizer's note that it did not unpoison a stack over
# 64 MiB deep when an exception left it (`==PID==WARNING: ASan is ignoring
# requested __asan_handle_no_return: ...` and its two lines of advice) is
# dropped: a sanitized gos prints it once when a stack overflow unwinds its
# 256 MiB machine stack, just before the report being checked.
# A gos run that ends by a signal (status >= 128 that Go did not give), a
# timeout, an abort or a sanitizer report always fails, with the reason
# spelled out ("SIGSEGV", "timeout after 20s", "std::bad_alloc", ...).
#
# tests/hostile/KNOWN_FAILURES lists programs whose output gos does not
# match yet, one path a line with the reason after a '#'. Such a program
# still runs: a crash, a timeout or a memory overrun fails it all the same,
# and one that passes is reported, so the list only ever shrinks.
#
# Limits, the same for the Go binary and for gos (not for `go build`):
#   HOSTILE_VMEM_KB        address-space limit (ulimit -v) in KiB; default
#                          4194304 (4 GiB). 0 means none (sanitizer builds
#                          reserve terabytes of shadow memory): the runner then
#                          watches the resident size instead and kills a run
#                          above HOSTILE_RSS_KB (default 4194304; 0 = never).
#   HOSTILE_TIMEOUT        seconds per run, default 20; three times that for
#                          oom/: gos zeroes the gigabytes such a program
#                          asks for (Go knows fresh memory is zero), and on a
#                          machine whose page faults are slow that takes time.
#   HOSTILE_BUILD_TIMEOUT  seconds per `go build`, default 600 (the biggest
#                          generated programs take gc about 20 s).
#   HOSTILE_JOBS           programs run at once, default 2 (the suite is meant
#                          for 2 cores; two OOM programs at once can map 8 GiB).
#   HOSTILE_VERBOSE=1      also print every program's time and result.
# Every run also gets `ulimit -c 0` (no core files) and `ulimit -f 65536` (a
# run writing more than 64 MiB is killed by SIGXFSZ).
set -u

ROOT=$(cd "$(dirname "$0")/.." && pwd)
HOSTILE=$ROOT/tests/hostile
VMEM_KB=${HOSTILE_VMEM_KB:-4194304}
RSS_KB=${HOSTILE_RSS_KB:-4194304}
TIMEOUT=${HOSTILE_TIMEOUT:-20}
BUILD_TIMEOUT=${HOSTILE_BUILD_TIMEOUT:-600}
JOBS=${HOSTILE_JOBS:-2}
VERBOSE=${HOSTILE_VERBOSE:-0}
FSIZE_KB=65536
TMP=$(mktemp -d "${TMPDIR:-/tmp}/hostile.XXXXXX")

cleanup() {
    local pids
    pids=$(jobs -p)
    # shellcheck disable=SC2086
    [ -n "$pids" ] && kill $pids 2>/dev/null && wait 2>/dev/null
    rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

usage() {
    sed -n '4,6p' "$0" | sed 's/^# *//' >&2
    exit 2
}

for v in VMEM_KB RSS_KB TIMEOUT BUILD_TIMEOUT JOBS VERBOSE; do
    case ${!v} in
    '' | *[!0-9]*) echo "hostile.sh: HOSTILE_$v must be a number, not '${!v}'" >&2; exit 2 ;;
    esac
done
[ "$TIMEOUT" -gt 0 ] && [ "$JOBS" -gt 0 ] || { echo "hostile.sh: HOSTILE_TIMEOUT and HOSTILE_JOBS must be positive" >&2; exit 2; }

mode=${1:-}
[ $# -gt 0 ] && shift
case $mode in
regen | verify)
    command -v go >/dev/null 2>&1 || { echo "hostile.sh: $mode needs Go (go not found); skipped" >&2; [ "$mode" = verify ] && exit 77; exit 2; } ;;
check)
    [ $# -ge 1 ] || usage
    GOS=$1
    shift
    case $GOS in
    /*) ;;
    */*) GOS=$PWD/$GOS ;;
    *) GOS=$(command -v "$GOS" || echo "$GOS") ;;
    esac
    [ -x "$GOS" ] || { echo "hostile.sh: $GOS is not an executable" >&2; exit 2; } ;;
*) usage ;;
esac
if [ "$mode" = regen ] && [ "$VMEM_KB" != 4194304 ]; then
    # The out-of-memory expectations depend on the limit: keep one.
    echo "hostile.sh: regen runs with the default HOSTILE_VMEM_KB (4194304) only" >&2
    exit 2
fi
command -v python3 >/dev/null 2>&1 || { echo "hostile.sh: python3 is needed to generate tests/hostile/gen.py's programs" >&2; exit 2; }
FILTERS=("$@")

# ---------------------------------------------------------------- the programs

GEN=$TMP/gen
python3 "$HOSTILE/gen.py" "$GEN" || { echo "hostile.sh: tests/hostile/gen.py failed" >&2; exit 2; }

# "REL<TAB>ROOT" for every program, sorted: REL is CATEGORY/NAME.go, ROOT the
# folder holding CATEGORY/ (tests/hostile, or $GEN for a generated one).
all_programs() {
    { (cd "$HOSTILE" && find . -mindepth 2 -type f -name '*.go') | sed "s|^\./||; s|\$|	$HOSTILE|"
      (cd "$GEN" && find . -mindepth 2 -type f -name '*.go') | sed "s|^\./||; s|\$|	$GEN|"; } |
        LC_ALL=C sort
}

selected() { # REL — is REL selected by the filters?
    local f
    [ ${#FILTERS[@]} = 0 ] && return 0
    for f in "${FILTERS[@]}"; do
        case $1 in "${f#./}"*) return 0 ;; esac
    done
    return 1
}

RELS=()
ROOTS=()
dups=$(all_programs | cut -f1 | uniq -d)
if [ -n "$dups" ]; then
    echo "hostile.sh: programs both stored and generated by gen.py:" $dups >&2
    exit 2
fi
while IFS=$'\t' read -r rel root; do
    selected "$rel" || continue
    RELS+=("$rel")
    ROOTS+=("$root")
done < <(all_programs)
if [ ${#RELS[@]} = 0 ]; then
    echo "hostile.sh: no program matches ${FILTERS[*]:-}" >&2
    exit 2
fi

# ---------------------------------------------------------------- helpers

# run_limited WORK DIR CMD... — run CMD in DIR under the limits, without
# input. Leaves WORK/stdout, WORK/stderr, STATUS, and KILLED ("timeout",
# "memory" or empty) for why the runner stopped it.
run_limited() {
    local work=$1 dir=$2 pid child rss start end
    shift 2
    KILLED=
    start=${EPOCHREALTIME//[!0-9]/}
    (
        ulimit -c 0
        ulimit -f "$FSIZE_KB"
        [ "$VMEM_KB" != 0 ] && ulimit -v "$VMEM_KB"
        cd "$dir" && exec timeout -k 5 "$TIMEOUT" "$@"
    ) </dev/null >"$work/stdout" 2>"$work/stderr" &
    pid=$!
    if [ "$VMEM_KB" = 0 ] && [ "$RSS_KB" != 0 ]; then
        # No address-space limit: watch the resident size of the program
        # (the child of timeout) instead.
        while kill -0 "$pid" 2>/dev/null; do
            for child in $(pgrep -P "$pid"); do
                rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$child/status" 2>/dev/null)
                if [ "${rss:-0}" -gt "$RSS_KB" ]; then
                    kill -KILL "$child" 2>/dev/null
                    KILLED=memory
                fi
            done
            [ -n "$KILLED" ] && break
            sleep 0.2
        done
    fi
    # (bash reports a job killed by a signal on its stderr: not wanted here)
    wait "$pid" 2>/dev/null
    STATUS=$?
    end=${EPOCHREALTIME//[!0-9]/}
    if [ -z "$KILLED" ]; then
        # timeout(1) says 124 when it stopped the program with SIGTERM, and
        # 137 when it had to follow up with SIGKILL.
        if [ "$STATUS" = 124 ] || { [ "$STATUS" = 137 ] && [ $((end - start)) -ge $((TIMEOUT * 1000000)) ]; }; then
            KILLED=timeout
        fi
    fi
}

# normalise NAME — the comparable form of a first stderr line (see the top),
# always ending with a newline.
normalise() {
    local name_re
    name_re=$(printf '%s' "$1" | sed 's/[.[\*^$]/\\&/g')
    LC_ALL=C sed -E \
        -e "s#^[^ ]*/(${name_re}:[0-9]+:[0-9]+: )#\\1#" \
        -e 's/^(runtime: out of memory: cannot allocate )[0-9]+(-byte block \()[0-9]+( in use\))$/\1N\2N\3/' \
        -e '$a\'
}

# first_err WORK NAME — WORK/stderr's normalised first line into WORK/got.err
# (no file when stderr is empty).
first_err() {
    rm -f "$1/got.err"
    [ -s "$1/stderr" ] || return 0
    LC_ALL=C grep -av -e '^==[0-9]*==WARNING: ASan is ignoring requested __asan_handle_no_return' \
        -e '^False positive error reports may follow$' -e '^For details see https://github.com/google/sanitizers/issues/189$' "$1/stderr" |
        head -n 1 | normalise "$2" >"$1/got.err"
    [ -s "$1/got.err" ] || rm -f "$1/got.err"
    return 0
}

# show — print stdin (at most 300 bytes of its first line) visibly, indented.
show() {
    head -n 1 | head -c 300 | LC_ALL=C cat -v | sed 's/^/        /'
}

# signal_name STATUS — SIGSEGV for 139, etc.
signal_name() {
    local s
    s=$(kill -l $(($1 - 128)) 2>/dev/null) || s="signal $(($1 - 128))"
    case $s in SIG*) echo "$s" ;; [0-9]*) echo "signal $s" ;; *) echo "SIG$s" ;; esac
}

# crash_reason WORK STATUS WANT_STATUS — why a gos run counts as a crash,
# whatever its output: "CLASS<TAB>reason", or nothing.
crash_reason() {
    local work=$1 st=$2 want=$3 what
    if [ "$KILLED" = timeout ]; then
        printf 'timeout\ttimeout after %ss\n' "$TIMEOUT"
        return
    fi
    if [ "$KILLED" = memory ]; then
        printf 'memory\tresident size above %s KB, killed (HOSTILE_RSS_KB)\n' "$RSS_KB"
        return
    fi
    if { [ "$st" = 126 ] || [ "$st" = 127 ]; } && grep -aq '^timeout: failed to run command' "$work/stderr"; then
        printf 'setup\tcould not run the command (status %s): %s\n' "$st" "$(head -n 1 "$work/stderr" | sed 's/^timeout: //')"
        return
    fi
    if grep -aq '^terminate called' "$work/stderr"; then
        what=$(grep -a -m1 -o 'what(): .*' "$work/stderr" | cut -c8-)
        [ -z "$what" ] && what=$(grep -a -m1 '^terminate called' "$work/stderr" | sed 's/^terminate called //')
        printf 'abort\tabort: uncaught C++ exception (%s), status %s\n' "$what" "$st"
        return
    fi
    if grep -aEq 'ERROR: (AddressSanitizer|LeakSanitizer|MemorySanitizer|ThreadSanitizer)|\.(c|cc|cpp|h|hpp):[0-9]+:[0-9]+: runtime error: ' "$work/stderr"; then
        what=$(grep -aE -m1 'ERROR: [A-Za-z]+Sanitizer|: runtime error: ' "$work/stderr" | head -c 200)
        printf 'sanitizer\tsanitizer report: %s\n' "$what"
        return
    fi
    if [ "$st" -ge 128 ] && [ "$st" != "$want" ]; then
        case $(signal_name "$st") in
        SIGXFSZ) printf 'signal\tSIGXFSZ: wrote more than %s KB\n' "$FSIZE_KB" ;;
        SIGABRT) printf 'signal\tSIGABRT (abort), status %s\n' "$st" ;;
        *) printf 'signal\t%s, status %s\n' "$(signal_name "$st")" "$st" ;;
        esac
    fi
}

# ---------------------------------------------------------------- Go as oracle

# oracle WORK DIR NAME — build and run one program with Go; leaves the
# expected files it would have in WORK/want.{out,exit,err} (absent ones
# removed). Prints a reason and fails if Go itself cannot give an answer.
oracle() {
    local work=$1 dir=$2 name=$3 st
    rm -f "$work/want.out" "$work/want.exit" "$work/want.err" "$work/prog"
    (cd "$dir" && exec timeout -k 5 "$BUILD_TIMEOUT" go build -trimpath -o "$work/prog" "$name") </dev/null >"$work/build" 2>&1
    st=$?
    if [ "$st" = 124 ] || [ "$st" = 137 ]; then
        echo "go build timed out after ${BUILD_TIMEOUT}s (HOSTILE_BUILD_TIMEOUT)"
        return 1
    fi
    if [ "$st" != 0 ]; then
        if head -n 1 "$work/build" | grep -q '^# '; then
            grep -av -m1 '^# ' "$work/build" >"$work/error"
        elif ! (cd "$dir" && exec timeout -k 5 "$BUILD_TIMEOUT" go tool compile -p main -complete -o "$work/compiled.o" "$name") </dev/null >"$work/compile" 2>&1; then
            head -n 1 "$work/compile" >"$work/error"
        else
            echo "go build fails, but gc compiles the file:"
            sed 's/^/    /' "$work/build" | head -n 5
            return 1
        fi
        [ -s "$work/error" ] || { echo "go build fails without a message"; return 1; }
        : >"$work/want.out"
        echo 1 >"$work/want.exit"
        normalise "$name" <"$work/error" >"$work/want.err"
        return 0
    fi
    run_limited "$work" "$dir" "$work/prog"
    if [ "$KILLED" = timeout ]; then
        # The Go binary is the reference, not under test: a busy machine can
        # push the slowest programs (OOM ones) past the limit, so give it a
        # second chance with three times the time.
        TIMEOUT=$((TIMEOUT * 3)) run_limited "$work" "$dir" "$work/prog"
    fi
    if [ "$KILLED" = timeout ]; then
        echo "the Go binary itself timed out after ${TIMEOUT}s, then $((TIMEOUT * 3))s"
        return 1
    fi
    if [ "$KILLED" = memory ]; then
        echo "the Go binary itself went above ${RSS_KB} KB resident"
        return 1
    fi
    cp "$work/stdout" "$work/want.out"
    [ "$STATUS" = 0 ] || echo "$STATUS" >"$work/want.exit"
    first_err "$work" "$name"
    [ -f "$work/got.err" ] && mv "$work/got.err" "$work/want.err"
    return 0
}

# ---------------------------------------------------------------- one program

# run_one IDX REL SRCROOT — run one program in the current mode (in the
# background). Writes $TMP/res/IDX.log (what to print), IDX.status ("pass"
# or "fail CLASS"), IDX.time (seconds) and finally IDX.done.
run_one() {
    local start=${EPOCHREALTIME//[!0-9]/} end
    run_one_body "$@" >"$TMP/res/$1.log" 2>&1
    end=${EPOCHREALTIME//[!0-9]/}
    echo $(((end - start) / 100000)) | sed 's/.$/.&/; s/^\./0./' >"$TMP/res/$1.time"
    touch "$TMP/res/$1.done"
}

run_one_body() {
    local idx=$1 rel=$2 src=$3 work dir name base reason ext bad want_status crash class diffs
    work=$TMP/work/$idx
    mkdir -p "$work"
    dir=$src/$(dirname "$rel")
    name=$(basename "$rel")
    base=$HOSTILE/${rel%.go}
    result() { echo "$1" >"$TMP/res/$idx.status"; }

    if [ "$mode" != check ]; then
        if ! reason=$(oracle "$work" "$dir" "$name"); then
            echo "FAIL: $rel ($(echo "$reason" | head -n 1))"
            echo "$reason" | tail -n +2
            result "fail go"
        elif [ "$mode" = regen ]; then
            mkdir -p "$(dirname "$base")"
            for ext in out exit err; do
                if [ -f "$work/want.$ext" ]; then cp "$work/want.$ext" "$base.$ext"; else rm -f "$base.$ext"; fi
            done
            result pass
        else
            bad=""
            for ext in out exit err; do
                if [ -f "$work/want.$ext" ] && [ -f "$base.$ext" ]; then
                    cmp -s "$work/want.$ext" "$base.$ext" || bad="$bad .$ext differs;"
                elif [ -f "$work/want.$ext" ]; then
                    bad="$bad .$ext missing;"
                elif [ -f "$base.$ext" ]; then
                    bad="$bad .$ext should not exist;"
                fi
            done
            if [ -z "$bad" ]; then
                result pass
            else
                echo "FAIL: $rel (Go disagrees with the expected files:${bad%;}; run scripts/hostile.sh regen)"
                for ext in exit err; do
                    if [ -f "$work/want.$ext" ] && ! cmp -s "$work/want.$ext" "$base.$ext" 2>/dev/null; then
                        echo "    Go's .$ext now:"; show <"$work/want.$ext"
                    fi
                done
                result "fail stale"
            fi
        fi
        return
    fi

    # check: gos against the expected files
    if [ ! -f "$base.out" ]; then
        echo "FAIL: $rel (no ${rel%.go}.out: run scripts/hostile.sh regen)"
        result "fail missing"
        return
    fi
    want_status=0
    [ -f "$base.exit" ] && want_status=$(cat "$base.exit")
    case $rel in
    oom/*) TIMEOUT=$((TIMEOUT * 3)) run_limited "$work" "$dir" "$GOS" run "$name" ;;
    *) run_limited "$work" "$dir" "$GOS" run "$name" ;;
    esac
    first_err "$work" "$name"
    crash=$(crash_reason "$work" "$STATUS" "$want_status")
    if [ -n "$crash" ]; then
        echo "FAIL: $rel (${crash#*	})"
        [ -s "$work/stderr" ] && { echo "    first stderr line:"; show <"$work/stderr"; }
        result "fail ${crash%%	*}"
        return
    fi
    class=""
    diffs=""
    if [ "$STATUS" != "$want_status" ]; then
        class=${class:-status}
        diffs="$diffs; exit status $STATUS, want $want_status"
    fi
    if [ -f "$base.err" ] && [ -f "$work/got.err" ]; then
        cmp -s "$base.err" "$work/got.err" || { class=${class:-stderr}; diffs="$diffs; first stderr line differs"; }
    elif [ -f "$base.err" ]; then
        class=${class:-stderr}
        diffs="$diffs; nothing on stderr"
    elif [ -f "$work/got.err" ]; then
        class=${class:-stderr}
        diffs="$diffs; unexpected stderr"
    fi
    cmp -s "$base.out" "$work/stdout" || { class=${class:-stdout}; diffs="$diffs; stdout differs"; }
    if [ -z "$class" ]; then
        result pass
        return
    fi
    echo "FAIL: $rel (${diffs#; })"
    case $diffs in *stderr*)
        echo "    stderr, got:"
        if [ -f "$work/got.err" ]; then show <"$work/got.err"; else echo "        (nothing)"; fi
        echo "    want:"
        if [ -f "$base.err" ]; then show <"$base.err"; else echo "        (nothing)"; fi ;;
    esac
    case $diffs in *stdout*)
        echo "    stdout (- want, + got):"
        diff -a "$base.out" "$work/stdout" | grep -a '^[<>]' | head -n 8 | sed 's/^</-/; s/^>/+/' | cut -c1-200 | LC_ALL=C cat -v | sed 's/^/        /' ;;
    esac
    result "fail $class"
}

# ---------------------------------------------------------------- main

mkdir -p "$TMP/res" "$TMP/work"
case $mode in
check) echo "hostile.sh: checking $GOS on ${#RELS[@]} programs" ;;
*) echo "hostile.sh: $mode: ${#RELS[@]} programs with $(go version | cut -d' ' -f3)" ;;
esac
if [ "$VMEM_KB" = 0 ]; then
    echo "hostile.sh: limits: no address-space limit, resident size ${RSS_KB} KB, ${TIMEOUT}s per run, $JOBS at once"
else
    echo "hostile.sh: limits: address space ${VMEM_KB} KB, ${TIMEOUT}s per run, $JOBS at once"
fi

pass=0
fail=0
known=0
KNOWN_FILE=$HOSTILE/KNOWN_FAILURES
declare -A causes=()
# is_known REL — listed in KNOWN_FAILURES (check mode only)
is_known() {
    [ "$mode" = check ] && [ -f "$KNOWN_FILE" ] && grep -q "^$1[[:space:]]" "$KNOWN_FILE"
}
next=0
# flush — print the results that are complete, in order.
flush() {
    local st
    while [ -f "$TMP/res/$next.done" ]; do
        st=$(cat "$TMP/res/$next.status")
        [ "$VERBOSE" = 1 ] && printf '%6ss  %-4s %s\n' "$(cat "$TMP/res/$next.time")" "${st%% *}" "${RELS[$next]}"
        if is_known "${RELS[$next]}"; then
            case $st in
            pass)
                st="fail fixed"
                echo "FAIL: ${RELS[$next]} (passes now: remove it from tests/hostile/KNOWN_FAILURES)" ;;
            "fail status" | "fail stderr" | "fail stdout")
                st=known ;;
            *) cat "$TMP/res/$next.log" ;;  # a crash is never a known failure
            esac
        else
            cat "$TMP/res/$next.log"
        fi
        if [ "$st" = pass ]; then
            pass=$((pass + 1))
        elif [ "$st" = known ]; then
            known=$((known + 1))
        else
            fail=$((fail + 1))
            st=${st#fail }
            causes[$st]=$((${causes[$st]:-0} + 1))
        fi
        rm -rf "$TMP/work/$next"
        next=$((next + 1))
    done
}

for i in "${!RELS[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do
        wait -n
        flush
    done
    run_one "$i" "${RELS[$i]}" "${ROOTS[$i]}" &
done
wait
flush

# Expected files whose program is gone (only when every program was run).
if [ ${#FILTERS[@]} = 0 ] && [ "$mode" != check ]; then
    while read -r f; do
        prog=${f%.*}.go
        [ -f "$HOSTILE/$prog" ] || [ -f "$GEN/$prog" ] && continue
        if [ "$mode" = regen ]; then
            rm -f "$HOSTILE/$f"
            echo "removed stale $f"
        else
            echo "FAIL: $f (no program $prog, stored or generated)"
            fail=$((fail + 1))
            causes[stale]=$((${causes[stale]:-0} + 1))
        fi
    done < <(cd "$HOSTILE" && find . -mindepth 2 -type f \( -name '*.out' -o -name '*.exit' -o -name '*.err' \) | sed 's|^\./||' | LC_ALL=C sort)
fi

summary="$pass passed, $fail failed"
[ "$known" -gt 0 ] && summary="$summary, $known known failures (tests/hostile/KNOWN_FAILURES)"
if [ $fail -gt 0 ]; then
    by=""
    for c in $(printf '%s\n' "${!causes[@]}" | LC_ALL=C sort); do
        by="$by, ${causes[$c]} $c"
    done
    summary="$summary (${by#, })"
fi
echo "$summary"
[ $fail = 0 ]
