// The machine stack: how much of it is left, and running code on a big one.
//
// Some of gos recurses on the C++ stack by nature: the checker and the code
// generator walk the syntax tree, fmt and == walk values, a native that
// calls back into Go (a String method, a sort.Slice less function) nests
// the interpreter. Go's own compiler and runtime grow their stacks up to
// 1 GB, so the programs Go accepts may nest deeply (a 30,000-branch else-if
// chain, a callback 10,000 calls deep), and the programs it rejects at run
// time end with "fatal error: stack overflow". gos matches both:
//
//   - runOnLargeStack runs compilation and execution on a thread of their
//     own whose stack is kLargeStackBytes: reserved address space whose
//     pages the kernel commits only when the stack reaches them, so a small
//     program pays nothing for it;
//   - every recursive path asks stackExhausted() before it goes deeper.
//     With less than kStackReserve bytes left, the compiler reports the
//     construct as too deeply nested and the VM ends the program with Go's
//     stack-overflow report; neither ever runs into the guard page.
//
// stackExhausted works on any thread (it learns the thread's stack bounds
// once), so code that runs on a host's own small stack is just as safe,
// only able to nest less deeply.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>

namespace gos::support {

constexpr size_t kLargeStackBytes = size_t(256) << 20;

#if defined(__SANITIZE_ADDRESS__)
constexpr size_t kStackReserve = size_t(2) << 20;  // sanitized frames are several times larger
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr size_t kStackReserve = size_t(2) << 20;
#else
constexpr size_t kStackReserve = size_t(256) << 10;
#endif
#else
constexpr size_t kStackReserve = size_t(256) << 10;
#endif

// Whether the calling thread has less than kStackReserve bytes of stack
// left (of the running fiber's stack, on a fiber).
bool stackExhausted();

// The lowest usable address of the fiber this thread now runs on (0: its
// own stack). Set by the fibers' switch (fiber.h).
void setFiberStackLimit(uintptr_t limit);

// What code that reports rather than crashes (the compiler) throws when
// the stack runs low: the position of the construct nested too deeply.
struct NestingTooDeep {
    uint32_t line, col;
};

// Runs fn on a new thread with a stack of `bytes`, registered with the
// collector, and waits for it; an exception fn throws is rethrown here.
// When no such thread can be made, fn runs on the calling thread.
void runOnLargeStack(const std::function<void()>& fn, size_t bytes = kLargeStackBytes);

// A thread of its own with a stack of `bytes`, registered with the
// collector, that runs the jobs it is given one at a time, for as long as
// the object lives: what a runtime that keeps a program's state between
// calls runs on, so that the state's fibers are only ever switched on one
// thread. Made when the first job comes; joined by the destructor.
class StackThread {
public:
    explicit StackThread(size_t bytes = kLargeStackBytes);
    ~StackThread();
    StackThread(const StackThread&) = delete;
    StackThread& operator=(const StackThread&) = delete;

    // Runs fn on the thread and waits; an exception fn throws is rethrown
    // here. When the thread cannot be made, fn runs on the calling thread.
    void run(const std::function<void()>& fn);

private:
    struct State;
    State* state_;
};

}  // namespace gos::support
