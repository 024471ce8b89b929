// Fibers: C++ code on stacks of its own, suspended and resumed at will.
//
// The VM runs Go code on goroutine stacks it owns, never on the machine
// stack, except for one thing: a library function written in C++ that
// calls back into Go (fmt calling a String method, sort calling a less
// function) has C++ frames of its own between two stretches of Go code. If
// the goroutine blocks inside the callback (a channel receive in a String
// method), those frames must wait with it while other goroutines run. So
// such a function runs on a Fiber: a stack of its own, which the scheduler
// leaves (suspend) when the goroutine parks and comes back to (resume)
// when it is readied.
//
// A fiber's stack is reserved address space (kFiberStackBytes) whose pages
// the kernel commits only when used, with a guard page below; its top
// part is scanned by the collector like a thread stack:
//   - while a fiber runs, the collector is told its stack is the thread's
//     (GC_set_stackbottom), and the thread's own stack, left at the switch,
//     is scanned from where it was left;
//   - a suspended fiber's stack is scanned from where it was left, too.
// stackExhausted() (stack.h) knows the running fiber's bounds, so deep
// recursion through callbacks ends in Go's stack overflow on a fiber too.
//
// The switch saves the callee-saved registers on the stack it leaves (a few
// instructions on x86-64; the C library's ucontext elsewhere) and tells
// AddressSanitizer about it. Exceptions never cross a switch: the fiber's
// function catches everything and the resumer rethrows it.
//
// One thread at a time: fibers are made, run and destroyed by the thread
// that runs the VM; the collector's view is updated at each switch, before
// anything can allocate.
#pragma once

#include <cstddef>
#include <exception>
#include <memory>

#include "support/stack.h"

namespace gos::support {

// As deep as the thread the VM starts on (stack.h), so that recursion
// through callbacks goes as deep on a fiber as off it. Only address space:
// pages are committed as the stack reaches them; but under a limit on
// address space (ulimit -v), each goroutine parked inside a callback holds
// this much of it.
constexpr size_t kFiberStackBytes = kLargeStackBytes;
// The least a fiber gets: room for a few hundred levels of callbacks above
// stackExhausted's reserve.
constexpr size_t kMinFiberStackBytes = 4 * kStackReserve;

struct FiberContext;

class Fiber {
public:
    // A fiber with a stack of about `bytes` (no less than
    // kMinFiberStackBytes); with less address space left, a smaller one.
    explicit Fiber(size_t bytes = kFiberStackBytes);
    ~Fiber();
    Fiber(const Fiber&) = delete;
    Fiber& operator=(const Fiber&) = delete;

    // Whether the stack could be had (a fiber without one cannot run).
    bool ok() const;

    // Starts fn(arg) on this fiber (which must be idle) and runs it until
    // it returns (true) or suspends (false). An exception fn throws is
    // rethrown here.
    bool run(void (*fn)(void*), void* arg);
    // Continues a suspended fiber, with the same outcomes as run.
    bool resume();
    // From code running on this fiber: back to whoever ran or resumed it.
    void suspend();

    bool suspended() const { return suspended_; }

private:
    bool enter();
    static void main(Fiber* self);

    std::unique_ptr<FiberContext> self_;    // this fiber's saved state
    std::unique_ptr<FiberContext> caller_;  // the resumer's saved state
    void* stack_ = nullptr;                 // the mapping, guard page included
    size_t bytes_ = 0;
    void (*fn_)(void*) = nullptr;
    void* arg_ = nullptr;
    std::exception_ptr error_;
    bool suspended_ = false;
    bool finished_ = false;
    friend struct FiberSwitch;
};

}  // namespace gos::support
