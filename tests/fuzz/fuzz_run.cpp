// fuzz_run — libFuzzer target for the whole runtime: the input is compiled
// as fuzz_check does (gos::compileSource on a file named fuzz.gs), and a
// program that compiles is run in a gos::vm::VM, with the standard library,
// under the Boehm collector — what `gos run fuzz.gs` does, minus the output.
//
// Every run must end in milliseconds whatever the program does, so the VM
// gets small limits:
//   - maxSteps = 200000: the VM counts calls and backward jumps, so any
//     loop or recursion stops with a Go fatal error after that many;
//   - maxStackBytes = 16 MB: deep Go recursion stops with Go's "stack
//     overflow" fatal error long before that;
//   - maxCallDepth = 100000, as a second bound on the frames;
//   - virtualTime: time.Sleep and the timers do not wait, the VM's clock
//     jumps to the next deadline instead;
//   - no map misuse detection (vm/race.h), whose cost grows with the
//     goroutines a program chains together;
//   - the collector's heap may not grow past 256 MB (GC_set_max_heap_size,
//     once for the process; GOS_FUZZ_MAX_HEAP_MB overrides it): a program
//     that allocates more gets gos's "fatal error: out of memory" at once,
//     instead of spending seconds zeroing gigabytes (make([]byte, 1<<31),
//     s += s forever) and ending as a libFuzzer timeout or OOM.
// Standard output and standard error are discarded; os.Args is {"fuzz"}.
// A panic, a fatal error or os.Exit is a normal end (an exit status).
//
// What is left to find is then the VM's own faults: a native or an
// instruction that crashes, reads out of bounds, hits undefined behaviour
// (UBSan is fatal in this build), throws a C++ exception nobody catches
// (std::bad_alloc on a huge make or strings.Repeat), or recurses on the C++
// stack (natives calling back into Go, printing of cyclic values), or
// work that no step counts (one instruction or native doing a lot) and
// ends as a libFuzzer timeout.
//
// The Boehm collector's heap is not malloc's, so leak detection must be off
// (ASAN_OPTIONS=detect_leaks=0 and -detect_leaks=0; scripts/fuzz.sh does it).
#include <gc/gc.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <string>
#include <string_view>

#include "api/pipeline.h"
#include "support/collector.h"
#include "vm/vm.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    size_t mb = 256;
    if (const char* env = std::getenv("GOS_FUZZ_MAX_HEAP_MB")) mb = std::strtoull(env, nullptr, 10);
    gos::support::initCollector();
    static gos::support::CollectorThread known;  // the VMs run on this thread
    if (mb) GC_set_max_heap_size(mb << 20);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    gos::SourceFile source("fuzz.gs", std::string(reinterpret_cast<const char*>(data), size));
    gos::Diagnostics diags(source.name());
    gos::Compilation c = gos::compileSource(source, diags);
    // -1: libFuzzer keeps no input that does not compile in this target's
    // corpus; those teach fuzz_run nothing that fuzz_check does not, and
    // would crowd out the programs that run.
    if (!c.ok) return -1;
    gos::vm::VMConfig config;
    config.writeStdout = [](std::string_view) {};
    config.writeStderr = [](std::string_view) {};
    config.args = {"fuzz"};
    config.maxSteps = 200000;
    config.virtualTime = true;  // a program that sleeps an hour is no hang
    // the map misuse detector's work grows with the goroutines a program
    // chains together (a prime sieve of hundreds); its own tests run it
    config.detectMapRaces = false;
    config.maxStackBytes = size_t(16) << 20;
    config.maxCallDepth = 100000;
    try {
        gos::vm::VM machine(*c.program, std::move(config));
        volatile int status = machine.run();  // any exit status is a normal end
        (void)status;
    } catch (const std::bad_alloc&) {
        // the heap (capped) had no room for the VM's own start: the API
        // reports it as Go's out of memory, a normal end
    }
    return 0;
}
