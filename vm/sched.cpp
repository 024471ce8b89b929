// The scheduler: goroutines taking turns on one interpreter loop.
//
// Terms.
//   - The *current* goroutine (VM::g_) is the one the loop runs. Exactly one
//     goroutine is current while Go code runs; it has status Running.
//   - A goroutine *parks* when it cannot go on (a channel operation, a
//     select, a lock, a sleep): it queues itself where the event that will
//     wake it looks (a channel's wait queue, a mutex's) and becomes
//     Waiting. Whoever causes that event *readies* it: it becomes Runnable
//     and goes to the run queue.
//   - The *run queue* is Go's per-P queue with GOMAXPROCS=1: a goroutine
//     made ready goes to runnext_ and runs next, the one it displaces goes
//     to the tail of a FIFO; a goroutine that yields or is preempted goes
//     to the tail.
//   - A *switch* happens only at points the loop chooses: an instruction
//     that parks (it runs again when resumed, and reads the outcome the
//     waker recorded), a native that parks or yields (resumed after the
//     call), a goroutine's end, and preemption. Preemption is the step
//     counter's second use: every call and backward jump counts a step, and
//     every kPreemptQuantum steps the loop lets the next runnable goroutine
//     in, so a busy loop cannot starve the others.
//   - The loop keeps nothing of a goroutine in its C++ locals across a
//     switch: it saves the pc in the goroutine's top frame and reloads fn,
//     pc and R from the next one. Every goroutine's Go frames start at
//     frames[0]; when that frame returns, the goroutine ends (main's end
//     ends the program, as in Go). runtime.Goexit unwinds like a panic
//     that nothing recovers and ends the goroutine when its frames are
//     gone; after main's Goexit the others run on.
//
// Invariants:
//   - the current goroutine is in no queue; a Runnable one is in exactly
//     one place of the run queue; a Waiting one is reachable only from what
//     it waits on (or nothing: a nil channel, select {});
//   - live_ counts the goroutines not Dead; when none is Runnable, the
//     current one cannot go on and no timer is pending, no event can ever
//     ready one (there are no other threads): that is Go's "all goroutines
//     are asleep" deadlock.
//
// Timers (timers.h) are the one source of events from outside: the
// scheduler runs the due ones before it picks a goroutine and at every
// preemption check, and sleeps until the next one when nothing can run.
//
// Natives that call Go. A library function written in C++ that calls back
// into Go (fmt calling a String method, sort calling a less function) has
// C++ frames between two stretches of the goroutine's Go code, and the
// callback nests an interpreter level on the machine stack. Such a native
// (Native::callsGo, decided from its signature: a func or an interface
// among its operands) runs on a fiber (support/fiber.h), a C++ stack of
// its own lent to the goroutine until the native returns. When the
// goroutine parks, yields or is preempted inside the callback, the nested
// level's schedule() suspends the fiber: control comes back to the bottom
// level's loop, which goes on with another goroutine; when the scheduler
// picks this goroutine again it resumes the fiber, and when the native
// finally returns, the goroutine continues after the call. Fibers are
// pooled, and a native that calls another from inside a fiber just runs
// there.
//
// The other choice, making every such native a state machine the loop
// drives, would have to be redone for every library function that takes
// a callback. A fiber costs two stack switches per call, each telling the
// collector of the change under its lock: about 70 ns, measured on a
// million fmt.Sprintf calls (0.27 s without fibers, 0.34 s with them).
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <random>

#include "vm/chan.h"
#include "vm/runtime.h"
#include "vm/vm.h"

namespace gos::vm {

namespace {

// A new goroutine's slot stack and call records (Go starts a goroutine
// with 2 KB of stack); both grow on demand.
constexpr size_t kInitialSlots = 256;
constexpr size_t kInitialFrames = 16;

}  // namespace

std::optional<std::string> VM::lookupEnv(std::string_view key) const {
    if (!config_.environment) {
        // Go's syscall.Getenv: a key that is empty or holds a NUL names nothing
        if (key.empty() || key.find('\0') != std::string_view::npos) return std::nullopt;
        const char* value = std::getenv(std::string(key).c_str());
        return value ? std::optional<std::string>(value) : std::nullopt;
    }
    // a name ends at the first '=', so a key holding one names nothing;
    // as Go's syscall.Getenv, the first entry for a name counts
    if (key.empty() || key.find('=') != std::string_view::npos) return std::nullopt;
    for (const std::string& e : *config_.environment)
        if (e.size() > key.size() && e[key.size()] == '=' && e.compare(0, key.size(), key) == 0)
            return e.substr(key.size() + 1);
    return std::nullopt;
}

uint64_t VM::fastrand() {
    if (rng_ == 0) rng_ = (static_cast<uint64_t>(std::random_device{}()) << 32 | std::random_device{}()) | 1;
    // xorshift64*
    rng_ ^= rng_ >> 12;
    rng_ ^= rng_ << 25;
    rng_ ^= rng_ >> 27;
    return rng_ * 0x2545F4914F6CDD1DULL;
}

void VM::ready(Goroutine* g) {
    g->status = GStatus::Runnable;
    g->schedNext = nullptr;
    if (Goroutine* old = runnext_) {
        if (runTail_) runTail_->schedNext = old;
        else runHead_ = old;
        runTail_ = old;
    }
    runnext_ = g;
    checkAt_ = std::min(checkAt_, steps_ + kPreemptQuantum);
}

void VM::park(const char* reason) {
    g_->status = GStatus::Waiting;
    g_->waitReason = reason;
}

void VM::yield() { g_->status = GStatus::Runnable; }

void VM::block() {
    Goroutine* g = g_;
    if (!g->fiber || g->fiber->suspended()) fatal("a goroutine cannot block here (" + std::string(g->waitReason) + ")");
    schedule();
}

void VM::semaWait(const void* addr, const char* reason) {
    semaphores_[addr].push_back(g_);
    park(reason);
}

Goroutine* VM::semaWake(const void* addr) {
    auto it = semaphores_.find(addr);
    if (it == semaphores_.end()) return nullptr;
    Goroutine* g = it->second.front();
    it->second.pop_front();
    if (it->second.empty()) semaphores_.erase(it);
    ready(g);
    return g;
}

size_t VM::semaWaiters(const void* addr) const {
    auto it = semaphores_.find(addr);
    return it == semaphores_.end() ? 0 : it->second.size();
}

void VM::spawn(const Closure* fn, const uint64_t* args, uint32_t nargs) {
    if (!fn) runtimeError(kNilDeref, true);  // go of a nil func value
    if (config_.maxGoroutines && static_cast<uint64_t>(live_) >= config_.maxGoroutines)
        throw GoFatal{"goroutine limit exceeded", Outcome::Kind::GoroutineLimit};
    const Function* callee = fn->fn;
    Goroutine* g;
    if (!pool_.empty()) {
        g = pool_.back();
        pool_.pop_back();
    } else {
        goroutines_.push_back(std::make_unique<Goroutine>());
        g = goroutines_.back().get();
    }
    size_t need = std::max<size_t>(static_cast<size_t>(callee->frameSlots), nargs);
    size_t slots = std::max(kInitialSlots, need);
    if (g->stackSlots < slots) {
        if (!g->slotStack.grow(slots * sizeof(uint64_t))) outOfMemory(slots * sizeof(uint64_t));
        g->stack = static_cast<uint64_t*>(g->slotStack.data());
        g->stackSlots = g->slotStack.bytes() / sizeof(uint64_t);
    }
    if (!g->frames.reserve(kInitialFrames)) outOfMemory(kInitialFrames * sizeof(CallFrame));
    if (nargs > 0) std::memcpy(g->stack, args, nargs * sizeof(uint64_t));
    g->id = nextGoid_++;
    g->frames.push_back({callee, callee->code.data(), g->stack, const_cast<Closure*>(fn)});
    g->resumeAfter = false;
    g->createdBy = {g_->frames.back().fn, g_->frames.back().pc};
    g->clock = 1;
    g->vc.e.clear();
    raceSpawn(g);
    Goroutine* creator = g_;
    g_ = g;  // the limits are computed for the goroutine g_
    updateFrameLimit();
    g_ = creator;
    ++live_;
    ready(g);
}

void VM::goroutineExit() {
    Goroutine* g = g_;
    g->status = GStatus::Dead;
    --live_;
    g->frames.clear();
    g->stackCharge = 0;
    g->deferFrames = 0;
    g->panics.clear();
    // nothing it held may stay reachable through its stack
    if (g->slotStack.bytes() >= RootBlock::kSmallBytes) {
        g->slotStack.release();
        g->stack = nullptr;
        g->stackSlots = 0;
    } else if (g->stack) {
        std::memset(g->stack, 0, g->stackSlots * sizeof(uint64_t));
    }
    if (g != goroutines_[0].get()) pool_.push_back(g);  // main (after Goexit) is never reused
}

void VM::checkHost() {
    if (config_.interrupt && config_.interrupt->load(std::memory_order_relaxed))
        throw GoFatal{"interrupted by the host", Outcome::Kind::Interrupted};
    if (config_.timeLimit.count() > 0 && std::chrono::steady_clock::now() >= deadline_)
        throw GoFatal{"time limit exceeded", Outcome::Kind::TimeLimit};
}

void VM::workCheck() {
    if (steps_ > stepLimit_) throw GoFatal{"instruction limit exceeded", Outcome::Kind::StepLimit};
    if (watched_) checkHost();
}

bool VM::stepCheck() {
    if (steps_ > stepLimit_) throw GoFatal{"instruction limit exceeded", Outcome::Kind::StepLimit};
    if (watched_) checkHost();
    checkAt_ = std::min(stepLimit_, steps_ + kPreemptQuantum);
    if (!timers_.empty() && timers_[0]->when <= nanotime()) runTimers(nanotime());
    // others are waiting for a turn, and this goroutine can give it here
    return (g_->nested == 0 || g_->fiber) && (runnext_ || runHead_);
}

Goroutine* VM::schedule() {
    Goroutine* cur = g_;
    if (cur->fiber ? !cur->fiber->suspended() : cur->nested > 0) {
        if (cur->fiber) {
            // running inside a native (or its callback): leave the fiber;
            // the bottom level queues the goroutine (a preempted one as
            // yielding)
            if (cur->status == GStatus::Running) cur->status = GStatus::Runnable;
            bool after = cur->resumeAfter;  // the bottom level sets its own
            cur->fiber->suspend();
            cur->resumeAfter = after;
            return cur;  // resumed by the bottom level, current again
        }
        // a native called Go outside any fiber (the runtime's own calls
        // at the program's end): it cannot be switched away
        if (cur->status == GStatus::Waiting)
            fatal("a goroutine cannot block here (" + std::string(cur->waitReason) + ")");
        cur->status = GStatus::Running;
        return cur;
    }
    // the bottom level: cur stopped (or stopped inside a native's fiber)
    for (;;) {
        if (cur->status == GStatus::Running || cur->status == GStatus::Runnable) {
            // preempted or yielding: to the tail
            cur->status = GStatus::Runnable;
            cur->schedNext = nullptr;
            if (runTail_) runTail_->schedNext = cur;
            else runHead_ = cur;
            runTail_ = cur;
        }
        Goroutine* next = nullptr;
        for (;;) {
            if (!timers_.empty()) runTimers(nanotime());
            if ((next = runnext_)) {
                runnext_ = nullptr;
                break;
            }
            if ((next = runHead_)) {
                runHead_ = next->schedNext;
                if (!runHead_) runTail_ = nullptr;
                break;
            }
            // nothing can run: wait for the next timer, if there is one
            if (timers_.empty()) deadlock();
            sleepUntilTimer();
        }
        // goroutines switching often may never run a quantum out: the
        // host's checks come every kHostCheckSwitches switches too
        if (watched_ && ++switches_ % kHostCheckSwitches == 0) checkHost();
        next->schedNext = nullptr;
        next->status = GStatus::Running;
        g_ = next;
        checkAt_ = std::min(stepLimit_, steps_ + kPreemptQuantum);
        if (!next->fiber) return next;
        // parked inside a native's callback: continue there
        bool done;
        try {
            done = next->fiber->resume();
        } catch (...) {
            releaseFiber(next);  // the native ended in a panic or a fatal error
            throw;
        }
        if (done) {
            releaseFiber(next);
            next->resumeAfter = true;  // after the native's call
            return next;
        }
        cur = next;  // it stopped inside again
    }
}

support::Fiber* VM::takeFiber() {
    if (!idleFibers_.empty()) {
        support::Fiber* f = idleFibers_.back();
        idleFibers_.pop_back();
        return f;
    }
    // A goroutine holds a fiber only while inside a native that calls Go,
    // and keeps it only if it blocks there: the first few get the full
    // depth (kFiberStackBytes), so deep recursion through callbacks goes
    // as deep as on the VM's thread; past them, goroutines blocked inside
    // callbacks by the thousand each get the least (kMinFiberStackBytes).
    constexpr size_t kDeepFibers = 4;
    auto f = std::make_unique<support::Fiber>(fibers_.size() < kDeepFibers ? support::kFiberStackBytes
                                                                            : support::kMinFiberStackBytes);
    if (!f->ok()) return nullptr;
    fibers_.push_back(std::move(f));
    return fibers_.back().get();
}

void VM::releaseFiber(Goroutine* g) {
    idleFibers_.push_back(g->fiber);
    g->fiber = nullptr;
}

void VM::callOnFiber(NativeFn fn, uint64_t* args) {
    Goroutine* g = g_;
    support::Fiber* f = g->fiber ? nullptr : takeFiber();
    if (!f) {
        // already on its fiber (a native inside a callback), or no stack
        // could be had: run it here, where it cannot park
        fn(*this, args);
        return;
    }
    g->fiber = f;
    struct Call {
        VM* vm;
        NativeFn fn;
        Goroutine* g;
        size_t offset;  // of the arguments: the stack may move before the fiber starts
        static void run(void* p) {
            auto* c = static_cast<Call*>(p);
            c->fn(*c->vm, c->g->stack + c->offset);
        }
    } call{this, fn, g, static_cast<size_t>(args - g->stack)};
    bool done;
    try {
        done = f->run(Call::run, &call);
    } catch (...) {
        releaseFiber(g);
        throw;
    }
    if (done) releaseFiber(g);
    // else the goroutine stopped inside (its status says how): the loop
    // switches away, and schedule() resumes the fiber when it runs again
}

void VM::goexit() {
    GoPanic p;
    p.goexit = true;
    throw p;
}

void VM::deadlock() {
    if (mainGoexited_ && live_ == 0) {
        throw GoFatal{"no goroutines (main called runtime.Goexit) - deadlock!", Outcome::Kind::Fatal, "", ""};
    }
    // Go's report: every goroutine's stack, main first
    std::vector<Goroutine*> all;
    for (auto& g : goroutines_)
        if (g->status != GStatus::Dead) all.push_back(g.get());
    std::sort(all.begin(), all.end(), [](Goroutine* a, Goroutine* b) { return a->id < b->id; });
    std::string out;
    for (Goroutine* g : all) {
        Goroutine* saved = g_;
        g_ = g;
        Traceback t = captureTraceback();
        g_ = saved;
        t.status = g->waitReason;
        out += "\n" + formatTraceback(t);
    }
    throw GoFatal{"all goroutines are asleep - deadlock!", Outcome::Kind::Fatal, "", out};
}

}  // namespace gos::vm
