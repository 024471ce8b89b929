// The collector glue. Every Go allocation goes through VM::allocate:
//
//   - memory that holds no pointers (strings, numbers, arrays of them) is
//     allocated atomic (GC_MALLOC_ATOMIC), so the collector never scans it;
//   - everything else is allocated scanned (GC_MALLOC) and traced
//     conservatively;
//   - the roots are the globals (allocated uncollectable: scanned, never
//     freed by the collector, released with the VM) and the slot stack and
//     call records, which live outside the collected heap in RootBlocks
//     (roots.h) so that a deep stack costs no collections.
//
// The stack's size is bounded by VMConfig::maxStackBytes, Go's 1 GB limit
// counted in gos's own stack memory; growStack and growFrames enforce it.
//
// Boehm is initialised once per process, on the first VM.
#include <gc/gc.h>
#include <gc/gc_mark.h>

#include <algorithm>
#include <cstring>
#include <mutex>

#include "support/collector.h"
#include "vm/map.h"
#include "vm/vm.h"

namespace gos::vm {

// The heap limit (VMConfig::maxHeapBytes). The collector's heap is the
// process's, shared by every VM and the host, and keeps no account of who
// allocated what; what a VM holds is measured instead. When it starts, a
// full collection gives the process's live bytes (the base); then every
// allocation is counted, and once the VM has allocated as much as the
// limit leaves room for (half of it, no less than a sixteenth of the
// limit), a full collection measures the live heap again: above base +
// limit, the run ends. A single allocation larger than the limit ends it
// at once. So the heap a VM can hold exceeds its limit by at most the
// allocations between two measures, and garbage costs a collection per
// limit/16 bytes only when the live heap is already near the limit.
// Stacks (bounded by maxStackBytes) and the C++ memory of natives are not
// Go memory and are not counted.
void VM::chargeHeap(size_t bytes) {
    const uint64_t limit = config_.maxHeapBytes;
    if (bytes > limit) throw GoFatal{"heap limit exceeded", Outcome::Kind::HeapLimit};
    if (bytes < heapUntilCheck_) {
        heapUntilCheck_ -= bytes;
        return;
    }
    GC_gcollect();
    uint64_t used = GC_get_memory_use();
    uint64_t mine = used > heapBase_ ? used - heapBase_ : 0;
    if (mine + bytes > limit) throw GoFatal{"heap limit exceeded", Outcome::Kind::HeapLimit};
    heapUntilCheck_ = std::max((limit - mine) / 2, limit / 16);
}

void* VM::allocate(size_t bytes, bool pointerFree) {
    if (!pointerFree) {
        if (bytes == 0) bytes = 1;
        if (config_.maxHeapBytes) chargeHeap(bytes);
        chargeBytes(bytes);
        ++allocations_;
        if (gcStressEvery_ && allocations_ % gcStressEvery_ == 0) GC_gcollect();  // see VMConfig::gcStressEvery
        void* p = GC_MALLOC(bytes);  // cleared by the collector
        if (!p) outOfMemory(bytes);
        return p;
    }
    void* p = allocateUncleared(bytes);
    std::memset(p, 0, bytes == 0 ? 1 : bytes);
    return p;
}

void* VM::allocateUncleared(size_t bytes) {
    if (bytes == 0) bytes = 1;
    if (config_.maxHeapBytes) chargeHeap(bytes);
    chargeBytes(bytes);
    ++allocations_;
    if (gcStressEvery_ && allocations_ % gcStressEvery_ == 0) GC_gcollect();
    void* p = GC_MALLOC_ATOMIC(bytes);
    if (!p) outOfMemory(bytes);
    return p;
}

VM::HeapStats VM::heapStats() const {
    GC_word heap = 0, free = 0, unmapped = 0, sinceGc = 0, total = 0;
    GC_get_heap_usage_safe(&heap, &free, &unmapped, &sinceGc, &total);
    return {heap, free, unmapped, total, static_cast<uint64_t>(GC_get_gc_no()), allocations_};
}

// Objects the last collection found reachable (the collector's mark bits
// stay until the next one), walking the heap: charged as collect() is.
uint64_t VM::reachableObjects() {
    chargeSteps((GC_get_heap_size() - GC_get_free_bytes()) / 64);
    uint64_t count = 0;
    GC_call_with_alloc_lock(
        [](void* c) -> void* {
            GC_enumerate_reachable_objects_inner([](void*, size_t, void* n) { ++*static_cast<uint64_t*>(n); }, c);
            return nullptr;
        },
        &count);
    return count;
}

void VM::collect() {
    chargeSteps((GC_get_heap_size() - GC_get_free_bytes()) / 64);
    GC_gcollect();
}

// Go's report when the heap cannot grow for an allocation (mheap.grow): the
// block it asked the system for, in whole 4 MB steps, and the heap in use.
void VM::outOfMemory(size_t bytes) {
    constexpr size_t kStep = size_t(4) << 20;
    size_t block = bytes > SIZE_MAX - kStep ? bytes : std::max(kStep, (bytes + kStep - 1) / kStep * kStep);
    size_t inUse = GC_get_heap_size() - GC_get_free_bytes();
    throw GoFatal{"out of memory", Outcome::Kind::Fatal,
                  "runtime: out of memory: cannot allocate " + std::to_string(block) + "-byte block (" +
                      std::to_string(inUse) + " in use)\n",
                  std::nullopt};
}

const void* VM::zeroValue(const types::Type* t) {
    alignas(16) static const uint8_t kZero[1024] = {};
    if (t->size <= static_cast<int64_t>(sizeof kZero)) return kZero;
    void*& z = bigZeros_[t];
    if (!z) {
        z = GC_MALLOC_ATOMIC_UNCOLLECTABLE(static_cast<size_t>(t->size));
        if (!z) outOfMemory(static_cast<size_t>(t->size));
        std::memset(z, 0, static_cast<size_t>(t->size));
    }
    return z;
}

GoString VM::makeString(std::string_view s) {
    if (s.empty()) return {nullptr, 0};
    char* p = static_cast<char*>(allocateUncleared(s.size()));
    std::memcpy(p, s.data(), s.size());
    return {p, static_cast<int64_t>(s.size())};
}

VM::VM(const Program& program, VMConfig config) : program_(program), config_(std::move(config)) {
    support::initCollector();
    goroutines_.push_back(std::make_unique<Goroutine>());
    g_ = goroutines_[0].get();
    g_->status = GStatus::Running;
    nextGoid_ = program.firstGoroutineId;
    g_->stackSlots = 1 << 14;
    if (!g_->slotStack.grow(g_->stackSlots * sizeof(uint64_t)) || !g_->frames.reserve(256)) throw std::bad_alloc();
    g_->stack = static_cast<uint64_t*>(g_->slotStack.data());
    adoptProgram();
    gcStressEvery_ = config_.gcStressEvery;
    updateFrameLimit();
    if (config_.maxSteps) stepLimit_ = config_.maxSteps;
    checkAt_ = stepLimit_;
    watched_ = config_.interrupt || config_.timeLimit.count() > 0;
    seedMapRandom(config_.seed);
    if (config_.seed) rng_ = (config_.seed * 0x9E3779B97F4A7C15ull) | 1;
    if (config_.maxHeapBytes) {
        GC_gcollect();
        heapBase_ = GC_get_memory_use();
        heapUntilCheck_ = config_.maxHeapBytes / 2;
    }
    if (watched_) checkAt_ = std::min(stepLimit_, kPreemptQuantum);
    startNanos_ = nanotime();
    if (!config_.writeStdout) config_.writeStdout = [](std::string_view) {};
    if (!config_.writeStderr) config_.writeStderr = [](std::string_view) {};
}

// What the program gained since the VM last looked (a session's input
// appends functions and a globals area): room for their func values, and
// the new areas, zeroed. Nothing the VM holds moves.
void VM::adoptProgram() {
    if (funcValues_.size() < program_.functions.size()) funcValues_.resize(program_.functions.size(), nullptr);
    while (globalAreas_.size() < program_.globalAreas.size()) {
        int64_t bytes = program_.globalAreas[globalAreas_.size()];
        size_t size = bytes > 0 ? static_cast<size_t>(bytes) : 8;
        void* area = GC_MALLOC_UNCOLLECTABLE(size);
        if (!area) {
            // a heap at its cap may hold only garbage (an earlier VM's)
            GC_gcollect();
            area = GC_MALLOC_UNCOLLECTABLE(size);
        }
        if (!area) throw std::bad_alloc();
        globalAreas_.push_back(area);
    }
    globals_ = globalAreas_[0];
}

// The deferred calls a goroutine's frames still hold (a run that ended in
// a fatal error or a limit never ran them), freed at once with the frames.
void VM::dropFrames(Goroutine* g) {
    for (size_t k = 0; k < g->frames.size(); ++k) {
        for (DeferRecord* d = g->frames[k].defers; d;) {
            DeferRecord* next = d->next;
            GC_FREE(d);
            d = next;
        }
    }
    g->frames.clear();
}

VM::~VM() {
    for (auto& g : goroutines_) dropFrames(g.get());
    for (void* area : globalAreas_) GC_FREE(area);
    for (auto& [t, z] : bigZeros_) GC_FREE(z);
    for (auto& [k, v] : libraryVariables_) GC_FREE(v);
}

void* VM::libraryVariable(const void* key, size_t bytes, bool& fresh) {
    void*& cell = libraryVariables_[key];
    fresh = cell == nullptr;
    if (fresh) {
        cell = GC_MALLOC_UNCOLLECTABLE(bytes);  // scanned, zeroed, never collected
        if (!cell) outOfMemory(bytes);
    }
    return cell;
}

// The stack's budget. The slot stack and the call records share
// config_.maxStackBytes: the frames' limit is what the slot stack leaves.
void VM::updateFrameLimit() {
    size_t used = g_->stackSlots * sizeof(uint64_t) + g_->stackCharge;
    size_t left = config_.maxStackBytes > used ? config_.maxStackBytes - used : 0;
    g_->frameLimit = left / sizeof(CallFrame);
    if (config_.maxCallDepth > 0) g_->frameLimit = std::min(g_->frameLimit, static_cast<size_t>(config_.maxCallDepth));
    g_->frameCheck = std::min(g_->frames.capacity(), g_->frameLimit);
}

// A call found g_->frames full: grow it within the budget, or overflow.
void VM::growFrames() {
    if (g_->frames.size() >= g_->frameLimit) stackOverflow();
    size_t want = std::max<size_t>(g_->frames.capacity() * 2, 64);
    if (!g_->frames.reserve(std::min(want, g_->frameLimit))) outOfMemory(std::min(want, g_->frameLimit) * sizeof(CallFrame));
    g_->frameCheck = std::min(g_->frames.capacity(), g_->frameLimit);
}

// Moves the slot stack to a buffer with room for neededSlots more slots
// above the current frame. Frames hold absolute pointers; rebase them.
void VM::growStack(size_t neededSlots) {
    size_t used = static_cast<size_t>(g_->frames.empty() ? 0 : g_->frames.back().base - g_->stack);
    size_t frameBytes = g_->frames.capacity() * sizeof(CallFrame) + g_->stackCharge;
    size_t maxSlots = (config_.maxStackBytes > frameBytes ? config_.maxStackBytes - frameBytes : 0) / sizeof(uint64_t);
    if (used + neededSlots > maxSlots) stackOverflow();
    size_t want = g_->stackSlots * 2;
    while (want < used + neededSlots) want *= 2;
    want = std::min(want, maxSlots);
    uint64_t* old = g_->stack;
    if (!g_->slotStack.grow(want * sizeof(uint64_t))) outOfMemory(want * sizeof(uint64_t));
    g_->stack = static_cast<uint64_t*>(g_->slotStack.data());
    for (CallFrame& f : g_->frames) f.base = g_->stack + (f.base - old);
    g_->stackSlots = want;
    updateFrameLimit();
}

}  // namespace gos::vm
