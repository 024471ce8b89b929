// Package runtime: what a Go program asks of the scheduler and the
// collector.
//
// gos runs goroutines as Go does with GOMAXPROCS=1 (see vm/sched.cpp), so
// GOMAXPROCS reports 1 and cannot be raised.
//
// The collector is Boehm's, not Go's: runtime.GC runs a full collection,
// and ReadMemStats fills the MemStats fields the collector can answer —
// Alloc and HeapAlloc (bytes in the heap not free: live objects plus
// garbage not yet swept), TotalAlloc, Sys and HeapSys (bytes obtained from
// the system), HeapIdle, HeapInuse, HeapReleased, Mallocs (objects this
// program allocated), NumGC, EnableGC, and HeapObjects as the objects the
// last collection found reachable (before the first, Mallocs). The others
// (Frees, the pause history, the size classes, ...) are 0: the collector
// does not count them. MemProfileRate is kept and has no effect.
#include <cstring>
#include <stdexcept>
#include <thread>
#include <vector>

#include "stdlib/stdlib.h"
#include "vm/runtime.h"

namespace gos::stdlib {

namespace {

using types::Kind;

void nGosched(vm::VM& vm, uint64_t*) { vm.yield(); }

void nGoexit(vm::VM& vm, uint64_t*) { vm.goexit(); }

void nNumGoroutine(vm::VM& vm, uint64_t* a) { a[0] = static_cast<uint64_t>(vm.liveGoroutines()); }

void nGOMAXPROCS(vm::VM&, uint64_t* a) { a[0] = 1; }

void nNumCPU(vm::VM&, uint64_t* a) {
    unsigned n = std::thread::hardware_concurrency();
    a[0] = n > 0 ? n : 1;
}

void nGC(vm::VM& vm, uint64_t*) { vm.collect(); }

// runtime.MemStats, as Go lays it out.
struct MemStats {
    uint64_t alloc, totalAlloc, sys, lookups, mallocs, frees;
    uint64_t heapAlloc, heapSys, heapIdle, heapInuse, heapReleased, heapObjects;
    uint64_t stackInuse, stackSys, mspanInuse, mspanSys, mcacheInuse, mcacheSys;
    uint64_t buckHashSys, gcSys, otherSys, nextGC, lastGC, pauseTotalNs;
    uint64_t pauseNs[256], pauseEnd[256];
    uint32_t numGC, numForcedGC;
    double gcCPUFraction;
    bool enableGC, debugGC;
    struct {
        uint32_t size;
        uint64_t mallocs, frees;
    } bySize[61];
};

void nReadMemStats(vm::VM& vm, uint64_t* a) {
    auto* m = reinterpret_cast<MemStats*>(a[0]);
    if (!m) vm.runtimeError(vm::kNilDeref, true);
    vm::VM::HeapStats h = vm.heapStats();
    std::memset(m, 0, sizeof *m);
    uint64_t inUse = h.heapBytes - h.freeBytes;
    m->alloc = m->heapAlloc = m->heapInuse = inUse;
    m->totalAlloc = h.totalAllocated;
    m->sys = m->heapSys = h.heapBytes;
    m->heapIdle = h.freeBytes;
    m->heapReleased = h.unmappedBytes;
    m->mallocs = h.allocations;
    m->numGC = static_cast<uint32_t>(h.collections);
    m->heapObjects = h.collections > 0 ? vm.reachableObjects() : h.allocations;
    m->enableGC = true;
}

const char kMemProfileRateKey = 0;

void nMemProfileRate(vm::VM& vm, uint64_t* a) {
    bool fresh;
    auto* rate = static_cast<int64_t*>(vm.libraryVariable(&kMemProfileRateKey, sizeof(int64_t), fresh));
    // Go starts it at 512 KiB, and its linker sets it to 0 in programs that
    // never read a memory profile: every program gos runs
    (void)fresh;
    a[0] = reinterpret_cast<uint64_t>(rate);
}

}  // namespace

void declareRuntime(PackageBuilder& b) {
    types::TypeTable& tt = b.types();
    types::Type* intT = b.basic(Kind::Int);
    b.func("Gosched", tt.func({}, {}, false), nGosched);
    b.func("Goexit", tt.func({}, {}, false), nGoexit);
    b.func("NumGoroutine", tt.func({}, {intT}, false), nNumGoroutine);
    b.func("GOMAXPROCS", tt.func({intT}, {intT}, false), nGOMAXPROCS);
    b.func("NumCPU", tt.func({}, {intT}, false), nNumCPU);
    b.func("GC", tt.func({}, {}, false), nGC);
    // type Error interface { error; RuntimeError() }: what every runtime
    // panic's value is (vm/panic.cpp declares their types)
    types::Named* errorT = tt.named("Error", "runtime");
    tt.setUnderlying(errorT, tt.interfaceType({{"Error", tt.func({}, {b.basic(Kind::String)}, false)},
                                               {"RuntimeError", tt.func({}, {}, false)}}));
    b.typeName("Error", errorT);
    b.typeName("TypeAssertionError",
               static_cast<types::Pointer*>(b.program().runtimeErrors.typeAssertionError)->elem);
    // the toolchain whose behaviour gos reproduces
    b.constant("Compiler", b.basic(Kind::String), constant::makeString("gc"));
    b.var("MemProfileRate", intT, nMemProfileRate);

    types::Type* u64 = b.basic(Kind::Uint64);
    types::Type* u32 = b.basic(Kind::Uint32);
    std::vector<types::Field> fields;
    for (const char* name : {"Alloc", "TotalAlloc", "Sys", "Lookups", "Mallocs", "Frees", "HeapAlloc", "HeapSys",
                             "HeapIdle", "HeapInuse", "HeapReleased", "HeapObjects", "StackInuse", "StackSys",
                             "MSpanInuse", "MSpanSys", "MCacheInuse", "MCacheSys", "BuckHashSys", "GCSys", "OtherSys",
                             "NextGC", "LastGC", "PauseTotalNs"})
        fields.push_back({name, u64, 0, false, ""});
    fields.push_back({"PauseNs", tt.array(256, u64), 0, false, ""});
    fields.push_back({"PauseEnd", tt.array(256, u64), 0, false, ""});
    fields.push_back({"NumGC", u32, 0, false, ""});
    fields.push_back({"NumForcedGC", u32, 0, false, ""});
    fields.push_back({"GCCPUFraction", b.basic(Kind::Float64), 0, false, ""});
    fields.push_back({"EnableGC", b.basic(Kind::Bool), 0, false, ""});
    fields.push_back({"DebugGC", b.basic(Kind::Bool), 0, false, ""});
    types::Type* sizeClass = tt.structType(
        {{"Size", u32, 0, false, ""}, {"Mallocs", u64, 0, false, ""}, {"Frees", u64, 0, false, ""}});
    fields.push_back({"BySize", tt.array(61, sizeClass), 0, false, ""});
    types::Named* memStats = tt.named("MemStats", "runtime");
    tt.setUnderlying(memStats, tt.structType(fields));
    if (memStats->size != static_cast<int64_t>(sizeof(MemStats))) throw std::logic_error("runtime.MemStats layout");
    b.typeName("MemStats", memStats);
    b.func("ReadMemStats", tt.func({tt.pointer(memStats)}, {}, false), nReadMemStats);
#if defined(__APPLE__)
    b.constant("GOOS", b.basic(Kind::String), constant::makeString("darwin"));
#else
    b.constant("GOOS", b.basic(Kind::String), constant::makeString("linux"));
#endif
#if defined(__x86_64__)
    b.constant("GOARCH", b.basic(Kind::String), constant::makeString("amd64"));
#elif defined(__aarch64__)
    b.constant("GOARCH", b.basic(Kind::String), constant::makeString("arm64"));
#endif
}

}  // namespace gos::stdlib
