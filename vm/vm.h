// The gos virtual machine: runs a compiled Program.
//
// Terms. A *slot* is 8 bytes of a frame; every value lives in one or more
// consecutive slots (see opcodes.def). A *frame* is the window of slots of
// one call, inside the goroutine's slot stack; a CallFrame record beside it
// remembers the function, the return address and the running closure. The
// slot stack is VM memory, never the C++ stack, so deep Go recursion cannot
// overflow the host; it and the call records live in RootBlocks (roots.h),
// outside the collected heap, scanned as roots. No pointer into a frame
// ever escapes it (a variable whose address is taken lives on the heap), so
// the stack can move when it grows. Together they may take Go's 1 GB
// stack limit (VMConfig::maxStackBytes), past which the program ends with
// Go's stack overflow report.
//
// Go calls Go without touching the C++ stack, and so do deferred calls:
// RUNDEFERS and a panic's unwinding push them as frames (FrameKind) that
// the same loop runs. Only natives that call back into Go (fmt calling a
// String method, sort calling a less function) nest the interpreter on a
// C++ stack: a fiber lent to the goroutine (sched.cpp), so that it can
// still be switched away; each such call checks the stack left
// (support/stack.h) and ends the program with the same report rather than
// overflow it. Goroutines take turns on this one loop (sched.cpp).
//
// Errors. A Go panic, a fatal error and os.Exit unwind the interpreter as
// C++ exceptions (GoPanic, GoFatal, GoExit) caught by run(), which prints
// what Go prints and returns the exit status. The library never writes to
// the process's streams itself: output goes through the VMConfig callbacks.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <gc/gc_allocator.h>

#include "support/stack.h"
#include "vm/program.h"
#include "vm/goroutine.h"
#include "vm/host_objects.h"
#include "vm/map_layout.h"
#include "vm/timers.h"
#include "vm/roots.h"
#include "vm/value.h"

namespace gos::vm {

// Steps (calls and backward jumps) a goroutine runs before the scheduler
// looks at the others and at the timers.
constexpr uint64_t kPreemptQuantum = 1 << 14;

struct VMConfig {
    std::function<void(std::string_view)> writeStdout;
    std::function<void(std::string_view)> writeStderr;
    std::vector<std::string> args;  // os.Args
    // Go's limit on a goroutine's stack, 1,000,000,000 bytes, counted here
    // as the memory gos's stack takes: 8 bytes a slot of the slot stack
    // plus one call record (CallFrame) per call it can hold. Running past
    // it ends the program as Go's stack overflow does. Recursion through
    // natives (a String method formatting its own receiver) is bounded by
    // the machine stack instead (support/stack.h) and reported the same way.
    size_t maxStackBytes = 1000000000;
    // When not 0, also the most calls that may be active at once.
    int64_t maxCallDepth = 0;
    // A debug knob: when not 0, a full collection runs before every Nth
    // allocation, so that a Go pointer kept only where the collector does
    // not look is freed and reused at once (the gos command reads it from
    // the environment variable GOSGCSTRESS).
    uint64_t gcStressEvery = 0;
    // When nothing can run until a timer, jump the VM's clock to it instead
    // of sleeping (a host that wants runs not to wait: the fuzzers).
    bool virtualTime = false;
    // Concurrent map misuse is reported whatever the schedule (race.h); the
    // gos command reads GOSMAPRACE=0 to turn it off.
    bool detectMapRaces = true;
    // Calls and backward jumps a run may execute before it stops with a
    // fatal error (0: no limit). Counting only those bounds the work done
    // between two checks without a test on every instruction.
    uint64_t maxSteps = 0;
    // A host's hold on a run: when *interrupt becomes true (from any
    // thread), or timeLimit has passed since run() began, the run stops
    // with a fatal error at its next check (every kPreemptQuantum steps,
    // and while it sleeps waiting for a timer).
    const std::atomic<bool>* interrupt = nullptr;
    std::chrono::nanoseconds timeLimit{0};
    // Goroutines that may exist at once, main's included (0: no limit); a
    // go statement beyond it ends the run.
    uint64_t maxGoroutines = 0;
    // Bytes of live Go memory the VM may hold (0: no limit), beyond what
    // the process held when it started: see VM::chargeHeap.
    uint64_t maxHeapBytes = 0;
    // The environment os.Getenv reads, as "KEY=value" entries; when unset,
    // the process's.
    std::optional<std::vector<std::string>> environment;
    // When not 0, the seed of every random choice the runtime makes (map
    // hash seeds and iteration starts, select among ready cases), so that
    // a run can be repeated exactly; 0 seeds from the system, as Go does.
    uint64_t seed = 0;
    // A session's VM: an interrupt, or a time or step limit, that stops the
    // main goroutine ends only the invoke it was running; the program's
    // state stays for the next (intact()).
    bool keepStateOnStop = false;
};

// How a run ended (VM::outcome): what a host is told.
struct Outcome {
    enum class Kind : uint8_t {
        Returned,     // main returned (status 0)
        Exited,       // os.Exit (status its code)
        Panicked,     // an uncaught panic (status 2)
        Fatal,        // a fatal error: deadlock, stack overflow, out of memory, ... (status 2)
        StepLimit,    // VMConfig::maxSteps
        TimeLimit,    // VMConfig::timeLimit
        GoroutineLimit,  // VMConfig::maxGoroutines
        StackLimit,   // a goroutine's stack passed VMConfig::maxStackBytes: Go's stack overflow
        HeapLimit,    // VMConfig::maxHeapBytes
        Interrupted,  // VMConfig::interrupt
    };
    Kind kind = Kind::Returned;
    int status = 0;
    std::string message;  // the first line of the report: "panic: ...", "fatal error: ..."
    std::string report;   // all the run wrote to standard error when it ended
};

// A panic still unwinding: thrown out of the interpreter once it has run
// the deferred calls of its own frames, so that a native between two
// interpreter levels (or run()) sees it; the panic itself is the newest of
// the goroutine's panics.
struct PanicUnwind {};

// A fatal error: run() prints `before`, "fatal error: " + message, then
// the goroutine's traceback (or `trace` when the thrower made its own:
// the deadlock report lists every goroutine).
struct GoFatal {
    explicit GoFatal(std::string m, Outcome::Kind k = Outcome::Kind::Fatal, std::string b = {},
                     std::optional<std::string> t = std::nullopt)
        : message(std::move(m)), kind(k), before(std::move(b)), trace(std::move(t)) {}
    std::string message;
    Outcome::Kind kind;         // Fatal, or a limit the host set
    std::string before;         // lines Go prints first ("runtime: ...")
    std::optional<std::string> trace;
};

struct GoExit {
    int code;
};

class VM {
public:
    VM(const Program& program, VMConfig config);
    ~VM();
    VM(const VM&) = delete;
    VM& operator=(const VM&) = delete;

    // Runs the program's entry (package initialisation, then main).
    // Returns the exit status: 0, 2 after a panic or fatal error, or the
    // code given to os.Exit.
    int run();
    // Calls F[function] on the main goroutine with the given parameter
    // slots, as run() calls the entry: the goroutines an earlier run or
    // call left running take turns with it. On return, results holds the
    // first result slots. Returns the exit status run() would.
    int invoke(int32_t function, std::span<const uint64_t> args, std::span<uint64_t> results);
    // How the last run ended.
    const Outcome& outcome() const { return outcome_; }
    // Whether the program's state survived the last run or invoke, so that
    // it can be invoked again: it returned, or a panic unwound the main
    // goroutine only. After os.Exit, a fatal error, a limit or a panic
    // that killed another goroutine, it is gone.
    bool intact() const { return intact_; }

    // ---- for natives ----
    const Program& program() const { return program_; }
    const VMConfig& config() const { return config_; }
    void writeStdout(std::string_view s) { config_.writeStdout(s); }
    void writeStderr(std::string_view s) {
        if (reporting_) outcome_.report += s;
        config_.writeStderr(s);
    }

    // Every allocation of Go memory goes through here. Memory is zeroed.
    void* allocate(size_t bytes, bool pointerFree);
    // Pointer-free memory the caller fills entirely (not zeroed).
    void* allocateUncleared(size_t bytes);
    GoString makeString(std::string_view s);

    // A runtime.Error panic: "runtime error: " + message. The value recover
    // returns is a runtime.errorString (runtime.boundsError when bounds).
    [[noreturn]] void runtimeError(std::string message, bool nilDeref = false, bool bounds = false);
    [[noreturn]] void panicWith(Iface value);
    // a runtime.Error of the given type (one of Program::runtimeErrors)
    // whose text is the whole message (no "runtime error: ")
    [[noreturn]] void panicRuntimeError(types::Type* type, std::string message);
    [[noreturn]] void fatal(std::string message);
    [[noreturn]] void exit(int code);
    // Go's "stack overflow" fatal error. Natives that recurse (fmt walking
    // a value, == on nested values) call guardNativeStack() at each level.
    [[noreturn]] void stackOverflow();
    // Go's fatal "out of memory", for an allocation of `bytes` that failed.
    [[noreturn]] void outOfMemory(size_t bytes);
    void guardNativeStack() {
        if (support::stackExhausted()) stackOverflow();
    }

    // Go's formatting of a panic value (printpanicval).
    std::string panicValueString(const Iface& v) const;

    // Calls the Go function F[index] from a native, on top of the running
    // frames: args are its parameter slots, and the first results.size()
    // slots it returns are copied into results. The stack may move, so a
    // native must re-read its own argument slots through nativeArgs()
    // afterwards. A panic inside propagates (with the callee's frames for
    // the traceback) unless caught is given: then the frames are unwound to
    // the native's, the panic is stored in *caught, and call returns false.
    //
    // Roots: args and results are memory the collector scans (a native's
    // own C++ locals, the slot stack): Go pointers never sit only in
    // malloc'd memory. The arguments are on the slot stack before anything
    // can allocate.
    bool call(int32_t index, std::span<const uint64_t> args, std::span<uint64_t> results, GoPanic* caught = nullptr);
    // The same for a func value (a closure: a Go func value is a Closure*;
    // a nil one panics as calling a nil func does).
    bool call(const Closure* fn, std::span<const uint64_t> args, std::span<uint64_t> results, GoPanic* caught = nullptr);
    // The argument (and result) slots of the running native.
    uint64_t* nativeArgs() const { return g_->stack + g_->nativeArgs; }
    // The native the current goroutine is calling (its CALLN), for a native
    // that reads Native::data.
    const Native& runningNative() const;

    // ---- the scheduler (sched.cpp), for natives that block ----
    // A native parks the running goroutine (it waits until someone calls
    // ready on it) or yields (others run first); either takes effect when
    // the native returns, and the goroutine then resumes after the call.
    Goroutine* current() const { return g_; }
    void park(const char* reason);
    void yield();
    // For a native that must wait in the middle (sync.Once.Do waiting for
    // the first call to finish): after park, waits right here until the
    // goroutine is readied. Only natives that run on a fiber
    // (Native::callsGo) can.
    void block();
    // runtime.Goexit: the current goroutine runs its deferred calls and ends.
    [[noreturn]] void goexit();
    void ready(Goroutine* g);
    // Go's semaphores (runtime/sema.go): goroutines parked on an address of
    // Go memory, woken first come first served. semaWait parks the current
    // goroutine; semaWake readies the longest waiting one (false: none).
    void semaWait(const void* addr, const char* reason);
    Goroutine* semaWake(const void* addr);
    size_t semaWaiters(const void* addr) const;
    // ---- timers (timers.cpp) ----
    // The VM's monotonic clock: nanoseconds since it started.
    int64_t nanotime() const;
    // Puts t on the timer heap with the deadline `when` (restarting it if
    // pending); stopTimer takes it off (false: it was not pending).
    void startTimer(Timer* t, int64_t when);
    bool stopTimer(Timer* t);
    // A new goroutine running fn() (AfterFunc).
    void go(const Closure* fn) { spawn(fn, nullptr, 0); }
    // make(chanType, size), panicking as Go's makechan does.
    Chan* makeChan(types::Type* chanType, int64_t size);
    // A send that never blocks (false: it would have): timers' sends.
    bool trySend(Chan* c, uint64_t* value);
    // close(c), panicking as Go's closechan does (context's cancel).
    void closeChan(Chan* c) { chanClose(c); }

    // ---- the collector (heap.cpp), for runtime.GC and ReadMemStats ----
    // The collector's heap is the process's: with several VMs in one
    // process, the byte counts are theirs together; allocations are this
    // VM's.
    struct HeapStats {
        uint64_t heapBytes;       // obtained from the system
        uint64_t freeBytes;       // of those, free
        uint64_t unmappedBytes;   // of those, returned to the system
        uint64_t totalAllocated;  // bytes allocated since the start
        uint64_t collections;
        uint64_t allocations;     // objects this VM allocated
    };
    HeapStats heapStats() const;
    // Objects the last collection found reachable (a walk of the heap).
    uint64_t reachableObjects();
    // A full collection (runtime.GC), charged to the step limit in
    // proportion to the heap it scans (a step for every 64 bytes in use),
    // so that a script calling it in a loop is bounded like any other.
    void collect();
    // Counts n steps of work an instruction or a native does on the
    // script's behalf (a step for every kBytesPerStep bytes it allocates,
    // copies, compares or scans), so that one instruction moving a
    // gigabyte counts as much as the loop that would, against
    // VMConfig::maxSteps and towards the next check of the host's limits.
    void chargeSteps(uint64_t n) {
        steps_ += n;
        if (steps_ >= checkAt_) [[unlikely]] workCheck();
    }
    void chargeBytes(uint64_t bytes) { chargeSteps(bytes / kBytesPerStep); }
    static constexpr uint64_t kBytesPerStep = 64;

    // ---- happens-before tracking for maps (race.cpp) ----
    bool raceOn() const { return raceOn_; }
    // the current goroutine releases into / acquires from the clock of a
    // synchronising object (a mutex, a wait group, an atomic word) at addr;
    // raceAcquire on behalf of g, which another goroutine's action woke
    void raceRelease(const void* addr);
    void raceAcquire(const void* addr, Goroutine* g);
    void raceAcquire(const void* addr) { raceAcquire(addr, g_); }
    enum class MapAccess { Read, Write, Iterate };
    // an access to a map by the current goroutine (fatal when unordered
    // with a conflicting one)
    void raceMap(MapRace* r, MapAccess access);

    // goroutines that have not ended (runtime.NumGoroutine)
    int64_t liveGoroutines() const { return live_; }
    // A pseudo-random number (select's choice among ready cases).
    uint64_t fastrand();
    // The environment variable key (VMConfig::environment), or nothing.
    std::optional<std::string> lookupEnv(std::string_view key) const;

    // The map code's cache of the last map type's layout (map.cpp).
    MapLayoutCache& mapLayoutCache() { return mapLayouts_; }

    // The zero value of t, read-only: what reading an absent map key gives.
    const void* zeroValue(const types::Type* t);

    // The storage of a standard library variable (os.Args, strconv.ErrRange,
    // ...), one per VM and key (an address the library owns): `bytes`
    // zeroed bytes that the collector scans and that live as long as the VM.
    // `fresh` is set when the caller must initialise them.
    void* libraryVariable(const void* key, size_t bytes, bool& fresh);
    // The host objects the script's values hold (a host package's handles).
    HostObjects& hostObjects() { return hostObjects_; }

private:
    void execute(const Function* fn, uint64_t* base, Closure* closure = nullptr);
    // ---- scheduling (sched.cpp) ----
    // GO: a new goroutine that calls fn with the given argument slots.
    void spawn(const Closure* fn, const uint64_t* args, uint32_t nargs);
    // The current goroutine stops running (parked, yielding, preempted or
    // ended): makes the next one current and returns it.
    Goroutine* schedule();
    // Runs a native that may call Go (Native::callsGo) on a fiber, so that
    // the goroutine can park inside the Go code it calls.
    void callOnFiber(NativeFn fn, uint64_t* args);
    support::Fiber* takeFiber();
    void releaseFiber(Goroutine* g);
    // A call or backward jump crossed checkAt_: enforces the step limit,
    // and tells whether the goroutine should let others run.
    bool stepCheck();
    // Stops the run if the host interrupted it or its time is up.
    void checkHost();
    // chargeSteps crossed checkAt_: the step limit and the host's checks
    // (the goroutine switch waits for the next call or backward jump).
    void workCheck();
    // The current goroutine's function returned: it ends.
    void goroutineExit();
    [[noreturn]] void deadlock();
    void runTimers(int64_t now);
    void sleepUntilTimer();
    void siftUp(size_t k);
    void siftDown(size_t k);
    // ---- channels (chan.cpp) ----
    // false: the goroutine parked; the instruction runs again when woken
    bool chanSend(Chan* c, uint64_t* value);
    bool chanRecv(Chan* c, uint64_t* dest, uint64_t* ok);
    void waitOn(Chan* c, uint64_t* slot, bool send);
    void chanClose(Chan* c);
    // SELECT with its n SELCASEs: the chosen case, kSelectDefault or
    // kSelectParked
    int32_t selectCases(uint64_t* R, const Instr* cases, uint32_t n, bool hasDefault);
    // A woken goroutine's instruction reads the outcome.
    void completeRecv(Chan* c, uint64_t* dest, uint64_t* ok);
    void raceSpawn(Goroutine* child);
    void raceChanRelease(Chan* c, Goroutine* g);
    void raceChanAcquire(Chan* c, Goroutine* g);
    void raceCheckSize(const VClock& c);
    void rendezvous(Chan* c, Goroutine* sender, Goroutine* receiver);
    void raceChanSync(Chan* c, Goroutine* g);
    // Wakes w's goroutine, whose operation is done (ok) or whose channel closed.
    void ready(Waiter* w, bool ok);
    [[noreturn]] void sendOnClosed();
    // defer, recover and unwinding (panic.cpp)
    void pushDefer(uint64_t* slots, uint32_t nargs);
    // Pushes the frame of deferred call d above the top frame (d is freed).
    void enterDeferred(DeferRecord* d, FrameKind kind);
    Iface recover();
    void startPanic(GoPanic&& p);
    // The next step of the newest panic's unwinding, at an interpreter
    // level whose first frame is frames[bottom - 1]: pushes the next
    // deferred call to run (true), or finds the level's frames all popped
    // (false).
    bool unwindNext(size_t bottom);
    // A deferred call run by a panic returned and recovered it: ends the
    // panics it settles and sets the frame that deferred it (the top frame)
    // to resume at its recovery epilogue.
    void finishRecovery();
    bool callFunction(const Function* fn, Closure* closure, std::span<const uint64_t> args, std::span<uint64_t> results,
                      GoPanic* caught);
    void growStack(size_t neededSlots);
    void growFrames();
    // Pops frames down to n, releasing what STACKCHARGE charged for them.
    void popFrames(size_t n) {
        for (size_t k = n; k < g_->frames.size(); ++k) {
            g_->stackCharge -= static_cast<size_t>(g_->frames[k].fn->stackBytes);
            if (g_->frames[k].kind != FrameKind::Call) --g_->deferFrames;
        }
        g_->frames.resize(n);
    }
    void updateFrameLimit();
    void adoptProgram();
    // Clears g's frames, freeing the deferred calls they still hold.
    void dropFrames(Goroutine* g);
    // VMConfig::maxHeapBytes: counts an allocation of `bytes`, and now and
    // then measures the heap (heap.cpp).
    void chargeHeap(size_t bytes);
    Traceback captureTraceback() const;
    static std::string formatTraceback(const Traceback& t);
    // The text Go prints for a panic's value (printpanicval), calling its
    // Error or String method as preprintpanics does.
    std::string panicText(const GoPanic& p);
    void reportPanic();

    const Program& program_;
    VMConfig config_;
    // The goroutines (goroutine.h, sched.cpp); g_ is the one running now.
    // The func value cache holds closures in C++ memory the collector scans.
    std::vector<std::unique_ptr<Goroutine>> goroutines_;  // every one made; [0] is main
    std::vector<Goroutine*> pool_;                        // ended ones, for reuse
    Goroutine* g_ = nullptr;
    // the run queue: runnext_ (the goroutine made ready last, run next, as
    // Go's P.runnext) and then a FIFO
    Goroutine* runnext_ = nullptr;
    Goroutine* runHead_ = nullptr;
    Goroutine* runTail_ = nullptr;
    int64_t nextGoid_ = 0;
    int64_t live_ = 1;
    uint64_t rng_ = 0;
    uint64_t checkAt_ = UINT64_MAX;     // steps_ at which stepCheck runs next
    bool watched_ = false;              // the host may interrupt or time the run (checkHost)
    uint64_t switches_ = 0;             // goroutine switches, for checkHost
    static constexpr uint64_t kHostCheckSwitches = 256;
    std::chrono::steady_clock::time_point deadline_;
    Outcome outcome_;
    bool intact_ = true;
    bool reporting_ = false;            // writeStderr also appends to outcome_.report
    std::unordered_map<const void*, std::deque<Goroutine*>> semaphores_;  // non-empty queues only
    MapLayoutCache mapLayouts_;
    bool mainGoexited_ = false;  // main ended by runtime.Goexit: the others run on
    bool raceOn_ = false;       // tracking (race.h)
    bool raceStarted_ = false;  // it started (and, if raceOn_ is false, stopped)
    std::unordered_map<const void*, VClock> syncClocks_;
    std::vector<std::unique_ptr<support::Fiber>> fibers_;  // every fiber made
    std::vector<support::Fiber*> idleFibers_;
    std::vector<Timer*, traceable_allocator<Timer*>> timers_;  // a min-heap (timers.h)
    uint64_t timerSeq_ = 0;
    int64_t startNanos_ = 0;
    int64_t skippedNanos_ = 0;  // VMConfig::virtualTime: the sleeps not slept
    void* globals_ = nullptr;            // the first globals area (GADDR)
    std::vector<void*> globalAreas_;     // every area (GADDRX), uncollectable: scanned, never moved
    std::vector<Closure*, traceable_allocator<Closure*>> funcValues_;  // each function's func value, made on first use
    uint64_t steps_ = 0;                // calls and backward jumps executed
    uint64_t gcStressEvery_ = 0;
    uint64_t allocations_ = 0;
    uint64_t stepLimit_ = UINT64_MAX;
    uint64_t heapBase_ = 0;          // the process's live heap when the VM started
    uint64_t heapUntilCheck_ = 0;    // bytes that may be allocated before the next measure
    std::unordered_map<const void*, void*> libraryVariables_;  // uncollectable cells
    HostObjects hostObjects_;
    std::unordered_map<const types::Type*, void*> bigZeros_;  // zero values over 1 KiB (uncollectable)
};

// Go's equality of two values of type t stored at a and b (== on
// comparable types; panics through vm for uncomparable interface contents).
bool valuesEqual(VM& vm, types::Type* t, const void* a, const void* b);

}  // namespace gos::vm
