// Channels: Go's hchan, run by the scheduler.
//
// A channel is a collected object: its buffer (a ring of cap elements, each
// elemSlots slots as the value sits in a frame), the count of buffered
// values, and two queues of waiting goroutines, receivers and senders
// (Waiter, goroutine.h). A goroutine that cannot go ahead queues a waiter
// and parks; whoever makes its operation possible completes it on its
// behalf, moving the value straight from stack to stack (or through the
// buffer), records the outcome in the goroutine (woken, recvOk, selected)
// and readies it. The parked instruction then runs again and only reads
// that outcome. So, as in Go:
//   - an unbuffered send hands its value to a waiting receiver, or waits
//     for one; a buffered one fills the buffer first;
//   - a receive takes a waiting sender's value (through the buffer's head
//     when there is one, to keep the order), then the buffer, and on a
//     closed and drained channel gets the zero value and ok false;
//   - close wakes every receiver (zero, false) and every sender (which
//     panics: send on closed channel);
//   - a nil channel blocks forever; select skips its cases.
//
// Invariants (no two goroutines run at once, so no locks):
//   - recvq non-empty implies count == 0; sendq non-empty implies
//     count == cap;
//   - a waiter is linked in exactly one queue while its goroutine waits; a
//     select's other waiters are unlinked as soon as one of them fires.
#pragma once

#include <cstdint>

#include "vm/goroutine.h"
#include "vm/race.h"

namespace gos::vm {

struct WaitQueue {
    Waiter* first = nullptr;
    Waiter* last = nullptr;

    bool empty() const { return first == nullptr; }
    void push(Waiter* w) {
        w->next = nullptr;
        w->prev = last;
        if (last) last->next = w;
        else first = w;
        last = w;
    }
    void remove(Waiter* w) {
        if (w->prev) w->prev->next = w->next;
        else first = w->next;
        if (w->next) w->next->prev = w->prev;
        else last = w->prev;
        w->next = w->prev = nullptr;
    }
    Waiter* pop() {
        Waiter* w = first;
        if (w) remove(w);
        return w;
    }
};

struct Chan {
    int64_t cap = 0;
    int64_t count = 0;  // buffered values
    int64_t recvx = 0;  // the buffer's head (next to receive)
    int64_t sendx = 0;  // where the next buffered send goes
    uint32_t elemSlots = 0;
    bool closed = false;
    uint64_t* buf = nullptr;  // cap * elemSlots slots
    WaitQueue recvq, sendq;
    VClock* clock = nullptr;  // happens-before tracking (race.h)
};

// The outcome of a select: the case that went ahead, the default, or none
// yet (the goroutine parked).
constexpr int32_t kSelectDefault = -1;
constexpr int32_t kSelectParked = -2;

// SELCASE's c operand: bit 0 a send case; the rest, when not 0, the slot
// of a receive's ok plus one.
inline uint32_t selcaseFlags(bool send, int okSlot) {
    return (send ? 1u : 0u) | (okSlot >= 0 ? static_cast<uint32_t>(okSlot + 1) << 1 : 0u);
}

}  // namespace gos::vm
