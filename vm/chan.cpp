// Channel operations and select (see chan.h for the model).
#include <cstring>
#include <vector>

#include "vm/chan.h"
#include "vm/vm.h"

namespace gos::vm {

namespace {

uint64_t* slotOf(const Waiter* w) { return w->g->stack + w->slot; }

void copySlots(uint64_t* to, const uint64_t* from, uint32_t n) {
    if (n > 0) std::memcpy(to, from, n * sizeof(uint64_t));
}

uint64_t* bufAt(Chan* c, int64_t index) { return c->buf + static_cast<size_t>(index) * c->elemSlots; }

// Unlinks every waiter of w's goroutine but w (a select's other cases).
void unlinkOthers(Waiter* w) {
    for (Waiter& o : w->g->waiters) {
        if (&o == w || !o.chan) continue;
        (o.send ? o.chan->sendq : o.chan->recvq).remove(&o);
        o.chan = nullptr;
    }
}

}  // namespace

// Every completed channel operation both acquires from and releases into
// the channel's clock. That orders a little more than Go's memory model
// does (its rule for buffered channels, the kth receive before the k+Cth
// send, and an unbuffered send meeting its receive, each before the
// other's completion, are all covered), so a race may be missed but none
// is invented.
void VM::raceChanSync(Chan* c, Goroutine* g) {
    if (!raceOn_) return;
    raceChanAcquire(c, g);
    raceChanRelease(c, g);
}

void VM::rendezvous(Chan* c, Goroutine* sender, Goroutine* receiver) {
    if (!raceOn_) return;
    raceChanSync(c, sender);
    raceChanSync(c, receiver);
    raceChanSync(c, sender);
}

Chan* VM::makeChan(types::Type* chanType, int64_t size) {
    auto* t = static_cast<types::Chan*>(types::underlying(chanType));
    uint32_t slots = static_cast<uint32_t>(types::slotsOf(t->elem));
    // Go's limit: the buffer must be allocatable
    constexpr int64_t kMaxAlloc = int64_t(1) << 47;
    if (size < 0 || (slots > 0 && size > kMaxAlloc / (static_cast<int64_t>(slots) * 8)))
        panicRuntimeError(program_.runtimeErrors.plainError, "makechan: size out of range");
    auto* c = static_cast<Chan*>(allocate(sizeof(Chan), false));
    c->cap = size;
    c->elemSlots = slots;
    if (size > 0 && slots > 0)
        c->buf = static_cast<uint64_t*>(allocate(static_cast<size_t>(size) * slots * 8, t->elem->pointerFree));
    return c;
}

// Wakes the goroutine of w, which left its queue: its operation is done
// (ok: a receive got a value; a send's value was taken), or the channel
// closed under it (ok false).
void VM::ready(Waiter* w, bool ok) {
    Goroutine* g = w->g;
    if (g->waiters.size() > 1) unlinkOthers(w);
    w->chan = nullptr;
    g->selected = w->caseIndex;
    g->recvOk = ok;
    g->woken = true;
    ready(g);
}

// The current goroutine parks in c's queue of senders or receivers, its
// value (or the place for one) at `slot` of its stack.
void VM::waitOn(Chan* c, uint64_t* slot, bool send) {
    Goroutine* g = g_;
    g->waiters.resize(1);
    Waiter& w = g->waiters[0];
    w = Waiter{g, c, nullptr, nullptr, static_cast<size_t>(slot - g->stack), 0, send};
    (send ? c->sendq : c->recvq).push(&w);
    park(send ? "chan send" : "chan receive");
}

bool VM::chanSend(Chan* c, uint64_t* value) {
    if (!c) {
        park("chan send (nil chan)");
        return false;
    }
    if (c->closed) sendOnClosed();
    if (Waiter* r = c->recvq.pop()) {
        copySlots(slotOf(r), value, c->elemSlots);
        rendezvous(c, g_, r->g);
        ready(r, true);
        return true;
    }
    if (c->count < c->cap) {
        raceChanSync(c, g_);
        copySlots(bufAt(c, c->sendx), value, c->elemSlots);
        if (++c->sendx == c->cap) c->sendx = 0;
        ++c->count;
        return true;
    }
    waitOn(c, value, true);
    return false;
}

bool VM::chanRecv(Chan* c, uint64_t* dest, uint64_t* ok) {
    if (!c) {
        park("chan receive (nil chan)");
        return false;
    }
    if (Waiter* s = c->sendq.pop()) {
        if (c->cap == 0) {
            copySlots(dest, slotOf(s), c->elemSlots);
            rendezvous(c, s->g, g_);
        } else {
            // the buffer is full: take its head, and put the sender's value at its tail
            raceChanSync(c, g_);
            raceChanSync(c, s->g);
            copySlots(dest, bufAt(c, c->recvx), c->elemSlots);
            copySlots(bufAt(c, c->recvx), slotOf(s), c->elemSlots);
            if (++c->recvx == c->cap) c->recvx = 0;
            c->sendx = c->recvx;
        }
        ready(s, true);
        if (ok) *ok = 1;
        return true;
    }
    if (c->count > 0) {
        raceChanSync(c, g_);
        uint64_t* at = bufAt(c, c->recvx);
        copySlots(dest, at, c->elemSlots);
        if (c->elemSlots) std::memset(at, 0, c->elemSlots * sizeof(uint64_t));
        if (++c->recvx == c->cap) c->recvx = 0;
        --c->count;
        if (ok) *ok = 1;
        return true;
    }
    if (c->closed) {
        raceChanSync(c, g_);
        if (c->elemSlots) std::memset(dest, 0, c->elemSlots * sizeof(uint64_t));
        if (ok) *ok = 0;
        return true;
    }
    waitOn(c, dest, false);
    return false;
}

bool VM::trySend(Chan* c, uint64_t* value) {
    if (!c || c->closed || (c->recvq.empty() && c->count >= c->cap)) return false;
    return chanSend(c, value);
}

void VM::completeRecv(Chan* c, uint64_t* dest, uint64_t* ok) {
    Goroutine* g = g_;
    g->woken = false;
    if (!g->recvOk && c && c->elemSlots) std::memset(dest, 0, c->elemSlots * sizeof(uint64_t));
    if (ok) *ok = g->recvOk ? 1 : 0;
}

void VM::chanClose(Chan* c) {
    if (!c) panicRuntimeError(program_.runtimeErrors.plainError, "close of nil channel");
    if (c->closed) panicRuntimeError(program_.runtimeErrors.plainError, "close of closed channel");
    c->closed = true;
    raceChanSync(c, g_);
    while (Waiter* r = c->recvq.pop()) {
        raceChanSync(c, r->g);
        ready(r, false);
    }
    while (Waiter* s = c->sendq.pop()) ready(s, false);
}

void VM::sendOnClosed() { panicRuntimeError(program_.runtimeErrors.plainError, "send on closed channel"); }

int32_t VM::selectCases(uint64_t* R, const Instr* cases, uint32_t n, bool hasDefault) {
    Goroutine* g = g_;
    // a woken select: the case that went ahead
    if (g->woken) {
        g->woken = false;
        int32_t k = g->selected;
        const Instr& sc = cases[k];
        if (sc.c & 1) {
            if (!g->recvOk) sendOnClosed();
        } else {
            uint32_t okSlot = sc.c >> 1;
            completeRecv(reinterpret_cast<Chan*>(R[sc.a]), &R[sc.b], okSlot ? &R[okSlot - 1] : nullptr);
        }
        return k;
    }
    // poll in a random order: the first ready case is a uniform choice
    uint32_t order[64];
    std::vector<uint32_t> big;
    uint32_t* perm = order;
    if (n > 64) {
        big.resize(n);
        perm = big.data();
    }
    for (uint32_t k = 0; k < n; ++k) {
        uint32_t j = static_cast<uint32_t>(fastrand() % (k + 1));
        perm[k] = perm[j];
        perm[j] = k;
    }
    for (uint32_t p = 0; p < n; ++p) {
        uint32_t k = perm[p];
        const Instr& sc = cases[k];
        auto* c = reinterpret_cast<Chan*>(R[sc.a]);
        if (!c) continue;
        if (sc.c & 1) {
            if (c->closed) sendOnClosed();
            if (!c->recvq.empty() || c->count < c->cap) {
                chanSend(c, &R[sc.b]);
                return static_cast<int32_t>(k);
            }
        } else if (!c->sendq.empty() || c->count > 0 || c->closed) {
            uint32_t okSlot = sc.c >> 1;
            chanRecv(c, &R[sc.b], okSlot ? &R[okSlot - 1] : nullptr);
            return static_cast<int32_t>(k);
        }
    }
    if (hasDefault) return kSelectDefault;
    // wait on every case (nil channels never fire)
    g->waiters.assign(n, Waiter{});
    bool any = false;
    for (uint32_t k = 0; k < n; ++k) {
        const Instr& sc = cases[k];
        auto* c = reinterpret_cast<Chan*>(R[sc.a]);
        if (!c) continue;
        bool send = (sc.c & 1) != 0;
        Waiter& w = g->waiters[k];
        w = Waiter{g, c, nullptr, nullptr, static_cast<size_t>(&R[sc.b] - g->stack), static_cast<int32_t>(k), send};
        (send ? c->sendq : c->recvq).push(&w);
        any = true;
    }
    park(any ? "select" : "select (no cases)");
    return kSelectParked;
}

}  // namespace gos::vm
