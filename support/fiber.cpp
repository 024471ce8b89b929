#include "support/fiber.h"

#include "support/collector.h"

#define GC_THREADS
#include <gc/gc.h>
#include <gc/gc_mark.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>

#include "support/stack.h"

#if !defined(__x86_64__)
#include <ucontext.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define GOS_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GOS_ASAN 1
#endif
#endif

#ifdef GOS_ASAN
extern "C" void __sanitizer_start_switch_fiber(void** fake_stack_save, const void* bottom, size_t size);
extern "C" void __sanitizer_finish_switch_fiber(void* fake_stack_save, const void** bottom_old, size_t* size_old);
extern "C" void __asan_unpoison_memory_region(void const volatile* addr, size_t size);
#endif

namespace gos::support {

// A stack left at a switch: scanned by the collector from sp to hi while
// it is linked in the list of inactive stacks.
struct FiberContext {
    void* sp = nullptr;
    char* lo = nullptr;  // lowest usable address (null: the thread's own stack, see stack.h)
    char* hi = nullptr;  // the cold end (the collector's stack bottom)
    FiberContext* next = nullptr;
    FiberContext* prev = nullptr;
    bool linked = false;
    void* fakeStack = nullptr;  // AddressSanitizer's, while switched away
#if !defined(__x86_64__)
    ucontext_t uc;
#endif
};

#if defined(__x86_64__)
// gos_fiber_swap(save, load): pushes the callee-saved registers and the
// floating-point control words, stores the stack pointer in *save, loads
// `load` and pops the other side's. A new fiber's stack is laid out so
// that the pops land in gos_fiber_start with the fiber in r12 and its main
// function in r13.
extern "C" void gos_fiber_swap(void** save, void* load);
extern "C" void gos_fiber_start();
asm(R"(
    .text
    .globl gos_fiber_swap
    .type gos_fiber_swap, @function
gos_fiber_swap:
    .cfi_startproc
    pushq %rbp
    pushq %rbx
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    subq $8, %rsp
    stmxcsr (%rsp)
    fnstcw 4(%rsp)
    movq %rsp, (%rdi)
    movq %rsi, %rsp
    ldmxcsr (%rsp)
    fldcw 4(%rsp)
    addq $8, %rsp
    popq %r15
    popq %r14
    popq %r13
    popq %r12
    popq %rbx
    popq %rbp
    ret
    .cfi_endproc
    .size gos_fiber_swap, .-gos_fiber_swap

    .globl gos_fiber_start
    .type gos_fiber_start, @function
gos_fiber_start:
    .cfi_startproc
    .cfi_undefined rip
    movq %r12, %rdi
    call *%r13
    ud2
    .cfi_endproc
    .size gos_fiber_start, .-gos_fiber_start
)");
#endif

namespace {

// The inactive stacks, read by the collector's hook; changed only under
// the collector's allocation lock.
FiberContext* inactive = nullptr;
GC_push_other_roots_proc previousHook = nullptr;

void pushInactive() {
    if (previousHook) previousHook();
    for (FiberContext* c = inactive; c; c = c->next) {
        if (c->sp && c->hi > static_cast<char*>(c->sp)) GC_push_all_eager(c->sp, c->hi);
#if !defined(__x86_64__)
        GC_push_all_eager(&c->uc, reinterpret_cast<char*>(&c->uc) + sizeof c->uc);
#endif
    }
}

void link(FiberContext* c) {
    if (c->linked) return;
    c->prev = nullptr;
    c->next = inactive;
    if (inactive) inactive->prev = c;
    inactive = c;
    c->linked = true;
}

void unlink(FiberContext* c) {
    if (!c->linked) return;
    if (c->prev) c->prev->next = c->next;
    else inactive = c->next;
    if (c->next) c->next->prev = c->prev;
    c->next = c->prev = nullptr;
    c->linked = false;
}

// The thread's own stack, as the collector first knew it.
struct ThreadStack {
    void* handle = nullptr;
    GC_stack_base base{};
    bool known = false;
};
thread_local ThreadStack threadStack;
// The fiber context running on this thread (null: the thread's own stack).
thread_local FiberContext* running = nullptr;

struct Switch {
    FiberContext* from;
    FiberContext* to;
    bool fromEnds;  // from is a fiber that finished: nothing left to scan
};

// Called with the allocation lock held.
void prepareSwitch(Switch* s) {
    static bool hooked = false;
    if (!hooked) {
        previousHook = GC_get_push_other_roots();
        GC_set_push_other_roots(pushInactive);
        hooked = true;
    }
    if (s->fromEnds) unlink(s->from);
    else link(s->from);
    unlink(s->to);
    GC_stack_base sb{};
    sb.mem_base = s->to->hi;
    GC_set_stackbottom(threadStack.handle, &sb);
}

void* unlinkLocked(void* arg) {
    unlink(static_cast<FiberContext*>(arg));
    return nullptr;
}

}  // namespace

// Switches from the running context to `to` (the collector's view first).
//
// The allocation lock is held from before the collector is told of the new
// stack until execution is on it: every collection starts under that
// lock, so no thread can stop this one halfway, with the collector's idea
// of its stack already moved and its stack pointer not yet (a collection
// started then would scan a range that is neither stack, and miss the
// frames of both). Whoever arrives on a context releases the lock: the
// switch that left it, returning below, or a new fiber's first frame
// (Fiber::main).
struct FiberSwitch {
    static void go(FiberContext* from, FiberContext* to, bool fromEnds) {
        Switch s{from, to, fromEnds};
        GC_alloc_lock();
        prepareSwitch(&s);
        setFiberStackLimit(reinterpret_cast<uintptr_t>(to->lo));
#ifdef GOS_ASAN
        __sanitizer_start_switch_fiber(fromEnds ? nullptr : &from->fakeStack, to->lo, static_cast<size_t>(to->hi - to->lo));
#else
        (void)fromEnds;
#endif
#if defined(__x86_64__)
        gos_fiber_swap(&from->sp, to->sp);
#else
        char marker;
        from->sp = &marker;
        swapcontext(&from->uc, &to->uc);
#endif
        // back on `from`
#ifdef GOS_ASAN
        __sanitizer_finish_switch_fiber(from->fakeStack, nullptr, nullptr);
#endif
        GC_alloc_unlock();
    }
};

Fiber::Fiber(size_t bytes) : self_(std::make_unique<FiberContext>()), caller_(std::make_unique<FiberContext>()) {
    initCollector();  // the collector must know the thread before a switch tells it of stacks
    size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
    void* p = MAP_FAILED;
    for (size_t want = std::max(bytes, kMinFiberStackBytes); p == MAP_FAILED; want /= 4) {
        if (want < kMinFiberStackBytes) {
            bytes_ = 0;
            return;
        }
        bytes_ = want + page;
        p = mmap(nullptr, bytes_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    }
    mprotect(p, page, PROT_NONE);  // the guard page
    stack_ = p;
    self_->lo = static_cast<char*>(p) + page;
    self_->hi = static_cast<char*>(p) + bytes_;
}

Fiber::~Fiber() {
    GC_call_with_alloc_lock(unlinkLocked, self_.get());
    if (!stack_) return;
#ifdef GOS_ASAN
    // frames left on a fiber that never finished (its VM ended first) stay
    // poisoned in the shadow memory, which would outlive the mapping and
    // mark whatever the kernel maps there next
    __asan_unpoison_memory_region(stack_, bytes_);
#endif
    munmap(stack_, bytes_);
}

bool Fiber::ok() const { return stack_ != nullptr; }

void Fiber::main(Fiber* self) {
#ifdef GOS_ASAN
    __sanitizer_finish_switch_fiber(nullptr, nullptr, nullptr);
#endif
    GC_alloc_unlock();  // taken by the switch that started the fiber
    try {
        self->fn_(self->arg_);
    } catch (...) {
        self->error_ = std::current_exception();
    }
    self->fn_ = nullptr;
    self->arg_ = nullptr;
    self->finished_ = true;
    FiberSwitch::go(self->self_.get(), self->caller_.get(), true);
    __builtin_unreachable();
}

bool Fiber::run(void (*fn)(void*), void* arg) {
    fn_ = fn;
    arg_ = arg;
    finished_ = false;
    suspended_ = false;
    error_ = nullptr;
#if defined(__x86_64__)
    // the frame gos_fiber_swap pops: control words, r15, r14, r13 (main),
    // r12 (this), rbx, rbp, and the return address gos_fiber_start
    auto* top = reinterpret_cast<uint64_t*>(reinterpret_cast<uintptr_t>(self_->hi) & ~uintptr_t(15));
    uint64_t* sp = top - 8;
    sp[0] = 0x1F80 | (uint64_t(0x037F) << 32);
    sp[1] = 0;
    sp[2] = 0;
    sp[3] = reinterpret_cast<uint64_t>(&Fiber::main);
    sp[4] = reinterpret_cast<uint64_t>(this);
    sp[5] = 0;
    sp[6] = 0;
    sp[7] = reinterpret_cast<uint64_t>(&gos_fiber_start);
    self_->sp = sp;
#else
    getcontext(&self_->uc);
    self_->uc.uc_stack.ss_sp = self_->lo;
    self_->uc.uc_stack.ss_size = static_cast<size_t>(self_->hi - self_->lo);
    self_->uc.uc_link = nullptr;
    // makecontext passes int arguments: the pointer in two halves
    uintptr_t p = reinterpret_cast<uintptr_t>(this);
    makecontext(&self_->uc, reinterpret_cast<void (*)()>(+[](unsigned hi, unsigned lo) {
                    Fiber::main(reinterpret_cast<Fiber*>((uintptr_t(hi) << 32) | lo));
                }),
                2, static_cast<unsigned>(p >> 32), static_cast<unsigned>(p));
#endif
    return enter();
}

bool Fiber::resume() { return enter(); }

bool Fiber::enter() {
    suspended_ = false;
    if (!threadStack.known) {
        threadStack.handle = GC_get_my_stackbottom(&threadStack.base);
        threadStack.known = true;
    }
    // the resumer's stack: the thread's own, or the fiber running now
    FiberContext* outer = running;
    caller_->lo = outer ? outer->lo : nullptr;
    caller_->hi = outer ? outer->hi : static_cast<char*>(threadStack.base.mem_base);
    running = self_.get();
    FiberSwitch::go(caller_.get(), self_.get(), false);
    running = outer;
    if (finished_) {
        if (error_) {
            std::exception_ptr e = error_;
            error_ = nullptr;
            std::rethrow_exception(e);
        }
        return true;
    }
    return false;
}

void Fiber::suspend() {
    suspended_ = true;
    FiberSwitch::go(self_.get(), caller_.get(), false);
}

}  // namespace gos::support
