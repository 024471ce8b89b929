// A goroutine: the unit of execution of the VM.
//
// A goroutine owns everything a running Go function needs besides the
// program and the heap: its slot stack (the frames' slots), its call
// records (CallFrame, one per active call, deferred calls included), the
// calls each frame deferred (DeferRecord chains hanging off the frames)
// and its chain of panics in flight. The interpreter loop runs the
// goroutine the VM calls current; nothing of a goroutine's state lives in
// the loop's C++ locals between two instructions that may switch, so a
// goroutine can be suspended at such a point and resumed later.
//
// Invariants:
//   - frames[k].base points into stack; frame k's slots are
//     [base, base + fn->frameSlots), and a callee's frame starts inside
//     or just above its caller's (arguments are passed in place);
//   - stack and frames are RootBlocks (roots.h): scanned by the collector,
//     never collected, moved only by growth (the frames' bases are then
//     rebased);
//   - stackSlots * 8 + frames.capacity() * sizeof(CallFrame) + stackCharge
//     stays within VMConfig::maxStackBytes (Go's 1 GB stack limit);
//   - deferFrames counts the frames whose kind is not FrameKind::Call, so
//     that a return looks at its frame's kind only when there may be one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <gc/gc_allocator.h>

#include "support/fiber.h"
#include "vm/program.h"
#include "vm/race.h"
#include "vm/roots.h"
#include "vm/value.h"

namespace gos::vm {

// A deferred call waiting in its frame: the func value and the argument
// slots evaluated at the defer statement. Collector memory reachable from
// its frame (the call records are scanned), freed explicitly once run.
struct DeferRecord {
    DeferRecord* next;  // the one deferred before it
    Closure* fn;
    uint32_t nargs;
    uint64_t args[1];  // nargs of them
};

// Why a frame is on the stack. A deferred call is an ordinary frame the
// interpreter loop pushes above the frame that deferred it; its kind says
// what its return leads to.
enum class FrameKind : uint8_t {
    Call,            // returns to its caller's next instruction
    DeferAtReturn,   // run by RUNDEFERS: returns to RUNDEFERS, which runs the next one
    DeferInPanic,    // run by a panic: returns to the unwinding (recovered or not)
};

struct CallFrame {
    const Function* fn;
    const Instr* pc;  // the instruction being executed (saved before anything that may panic)
    uint64_t* base;
    Closure* closure;
    DeferRecord* defers = nullptr;  // most recent first
    FrameKind kind = FrameKind::Call;
};

// A Go panic in flight. Its value is printed only if the panic ends the
// program, and only then are its Error or String methods called, as Go
// calls them (VM::panicText).
struct GoPanic {
    Iface value{};
    bool runtimeError = false;  // raised by the runtime: message is its Error() text
    std::string message;        // runtime errors only
    bool nilDeref = false;
    bool goexit = false;  // runtime.Goexit: runs the deferred calls, recover cannot stop it
};

// Where a frame of a traceback was: its function and instruction.
struct TraceFrame {
    const Function* fn;
    const Instr* pc;
};

// The innermost frames of a goroutine, as many as Go prints (100), and
// whether there were more.
struct Traceback {
    int64_t goroutine = 1;  // its id
    const char* status = "running";          // Go's words: running, chan receive, select, ...
    TraceFrame createdBy{nullptr, nullptr};  // the go statement that started it (none for main)
    std::vector<TraceFrame> frames;
    bool elided = false;
};

// A panic in flight, oldest first in Goroutine::panics.
struct PanicRecord {
    GoPanic panic;
    Traceback trace;               // the goroutine's stack when it started
    bool recovered = false;
    size_t deferFrame = SIZE_MAX;  // frame index of the deferred call it runs
};

// What a panic in flight counts against the goroutine's stack limit, as
// Go's panic records live on the goroutine's stack: a recursion that
// panics and recovers at every level must overflow, not grow forever.
inline size_t stackBytesOf(const PanicRecord& r) {
    return sizeof(PanicRecord) + r.trace.frames.size() * sizeof(TraceFrame);
}

// How a goroutine stands with the scheduler (sched.cpp).
enum class GStatus : uint8_t {
    Runnable,  // in the run queue (or about to be)
    Running,   // the VM's current goroutine
    Waiting,   // parked: a channel, a select, a lock, a timer will ready it
    Dead,      // returned (or ended by Goexit); kept for reuse
};

struct Chan;
struct Goroutine;

// A goroutine's place in one channel's queue of senders or receivers (Go's
// sudog): one for a plain channel operation, one per case for a select.
// The value moves straight between the two goroutines' stacks: `slot` is
// the offset in the waiting goroutine's slot stack of the value it sends
// or of where the value it receives goes (its stack does not move while it
// waits, but an offset stays right if it did).
struct Waiter {
    Goroutine* g = nullptr;
    Chan* chan = nullptr;
    Waiter* next = nullptr;
    Waiter* prev = nullptr;
    size_t slot = 0;
    int32_t caseIndex = 0;  // the select case it stands for
    bool send = false;
};

struct Goroutine {
    int64_t id = 1;
    RootBlock slotStack;
    uint64_t* stack = nullptr;  // slotStack's memory
    size_t stackSlots = 0;
    RootStack<CallFrame> frames;
    size_t stackCharge = 0;  // bytes STACKCHARGE counts for the active frames
    size_t deferFrames = 0;  // active frames of deferred calls
    size_t frameLimit = 0;   // the most frames maxStackBytes (and maxCallDepth) allow
    size_t frameCheck = 0;   // min(frames.capacity(), frameLimit): a call at this depth grows frames
    size_t nativeArgs = 0;   // slot offset of the running native's arguments
    int32_t native = -1;     // the running native (Program::natives)
    std::vector<PanicRecord, traceable_allocator<PanicRecord>> panics;  // values stay reachable

    // ---- scheduling (sched.cpp) ----
    GStatus status = GStatus::Runnable;
    const char* waitReason = "";  // Go's words for what it waits on: "chan receive", "select"
    // Where it resumes: at frames.back().pc (an instruction that parked it
    // runs again, and finds its operation completed), or at the next one
    // (a native that parked it has done its part).
    bool resumeAfter = false;
    Goroutine* schedNext = nullptr;  // run queue link
    TraceFrame createdBy{nullptr, nullptr};  // the go statement that started it
    // the channel operations it waits in: waiters[0] for a plain one,
    // one per case for a select (never reallocated while linked)
    std::vector<Waiter> waiters;
    // set by whoever completes its wait: the case that went ahead, and
    // whether a receive got a sent value (false: the channel was closed)
    int32_t selected = -1;
    bool recvOk = false;
    bool woken = false;
    int nested = 0;  // interpreter levels nested on the machine stack for it (natives calling Go)
    // the fiber its running native (one that calls Go) runs on, while that
    // native runs; suspended while the goroutine is parked inside it
    support::Fiber* fiber = nullptr;
    // happens-before tracking (race.h): its own clock, and what it knows of
    // the others'
    uint64_t clock = 1;
    VClock vc;

    // The collector scans the slot stack up to the top frame's end: every
    // live value is in a frame (a native's arguments are in its caller's,
    // a callback's are copied in just before its frame is pushed, with no
    // allocation in between), and an ended goroutine's stack not at all.
    Goroutine() {
        slotStack.setExtent(
            [](const void* self) -> size_t {
                auto* g = static_cast<const Goroutine*>(self);
                if (g->frames.empty()) return 0;
                const CallFrame& top = g->frames.back();
                return static_cast<size_t>(top.base - g->stack + top.fn->frameSlots) * sizeof(uint64_t);
            },
            this);
    }
    Goroutine(const Goroutine&) = delete;
    Goroutine& operator=(const Goroutine&) = delete;
};

}  // namespace gos::vm
