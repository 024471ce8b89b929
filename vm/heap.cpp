// The collector glue. Every Go allocation goes through VM::allocate:
//
//   - memory that holds no pointers (strings, numbers, arrays of them) is
//     allocated atomic (GC_MALLOC_ATOMIC), so the collector never scans it;
//   - everything else is allocated scanned (GC_MALLOC) and traced
//     conservatively;
//   - the roots are the slot stack and the globals, both allocated
//     uncollectable (scanned, never freed by the collector) and released when
//     the VM goes away.
//
// Boehm is initialised once per process, on the first VM.
#include <gc/gc.h>

#include <cstring>
#include <mutex>

#include "vm/vm.h"

namespace gos::vm {

namespace {

void initCollector() {
    static std::once_flag once;
    std::call_once(once, [] { GC_INIT(); });
}

}  // namespace

void* VM::allocate(size_t bytes, bool pointerFree) {
    if (bytes == 0) bytes = 1;
    void* p;
    if (pointerFree) {
        p = GC_MALLOC_ATOMIC(bytes);
        if (p) std::memset(p, 0, bytes);
    } else {
        p = GC_MALLOC(bytes);  // cleared by the collector
    }
    if (!p) fatal("runtime: out of memory");
    return p;
}

const void* VM::zeroValue(const types::Type* t) {
    alignas(16) static const uint8_t kZero[1024] = {};
    if (t->size <= static_cast<int64_t>(sizeof kZero)) return kZero;
    void*& z = bigZeros_[t];
    if (!z) {
        z = GC_MALLOC_ATOMIC_UNCOLLECTABLE(static_cast<size_t>(t->size));
        if (!z) fatal("runtime: out of memory");
        std::memset(z, 0, static_cast<size_t>(t->size));
    }
    return z;
}

GoString VM::makeString(std::string_view s) {
    if (s.empty()) return {nullptr, 0};
    char* p = static_cast<char*>(GC_MALLOC_ATOMIC(s.size()));
    if (!p) fatal("runtime: out of memory");
    std::memcpy(p, s.data(), s.size());
    return {p, static_cast<int64_t>(s.size())};
}

VM::VM(const Program& program, VMConfig config) : program_(program), config_(std::move(config)) {
    initCollector();
    stackSlots_ = 1 << 14;
    stack_ = static_cast<uint64_t*>(GC_MALLOC_UNCOLLECTABLE(stackSlots_ * sizeof(uint64_t)));
    globals_ = GC_MALLOC_UNCOLLECTABLE(program.globalsSize > 0 ? static_cast<size_t>(program.globalsSize) : 8);
    if (!stack_ || !globals_) throw std::bad_alloc();
    funcValues_.assign(program.functions.size(), nullptr);
    if (config_.maxSteps) stepLimit_ = config_.maxSteps;
    if (!config_.writeStdout) config_.writeStdout = [](std::string_view) {};
    if (!config_.writeStderr) config_.writeStderr = [](std::string_view) {};
}

VM::~VM() {
    GC_FREE(stack_);
    GC_FREE(globals_);
    for (auto& [t, z] : bigZeros_) GC_FREE(z);
    for (auto& [k, v] : libraryVariables_) GC_FREE(v);
}

void* VM::libraryVariable(const void* key, size_t bytes, bool& fresh) {
    void*& cell = libraryVariables_[key];
    fresh = cell == nullptr;
    if (fresh) {
        cell = GC_MALLOC_UNCOLLECTABLE(bytes);  // scanned, zeroed, never collected
        if (!cell) fatal("runtime: out of memory");
    }
    return cell;
}

// Moves the slot stack to a buffer with room for neededSlots more slots
// above the current frame. Frames hold absolute pointers; rebase them.
void VM::growStack(size_t neededSlots) {
    size_t used = static_cast<size_t>(frames_.empty() ? 0 : frames_.back().base - stack_);
    size_t want = stackSlots_ * 2;
    while (want < used + neededSlots) want *= 2;
    if (want * sizeof(uint64_t) > config_.maxStackBytes) {
        if (stackSlots_ * sizeof(uint64_t) >= config_.maxStackBytes || used + neededSlots > config_.maxStackBytes / 8) {
            writeStderr("runtime: goroutine stack exceeds 1000000000-byte limit\n");
            fatal("stack overflow");
        }
        want = config_.maxStackBytes / sizeof(uint64_t);
    }
    auto* grown = static_cast<uint64_t*>(GC_MALLOC_UNCOLLECTABLE(want * sizeof(uint64_t)));
    if (!grown) fatal("runtime: out of memory");
    std::memcpy(grown, stack_, stackSlots_ * sizeof(uint64_t));
    for (CallFrame& f : frames_) f.base = grown + (f.base - stack_);
    GC_FREE(stack_);
    stack_ = grown;
    stackSlots_ = want;
}

}  // namespace gos::vm
