// Timers: what time.Sleep, time.After, tickers and AfterFunc wait on.
//
// A Timer is a collected object the library makes (its fire function says
// what happens when it goes off) and the VM keeps in a min-heap ordered by
// its deadline, then by the order timers were started, so that timers
// with one deadline fire in a fixed order. The heap lives in memory the
// collector scans, so a pending timer keeps what it refers to alive (its
// channel, its function), as a Go timer does.
//
// The scheduler runs the timers that are due whenever it picks the next
// goroutine and, while goroutines run, at every preemption check; when no
// goroutine can run and a timer is pending, the thread sleeps until its
// deadline (a sleeping program uses no CPU), and a deadlock is only
// reported when no timer is left.
#pragma once

#include <cstdint>

namespace gos::vm {

class VM;
struct Chan;
struct Closure;
struct Goroutine;

// Allocated zeroed by the library (VM::allocate), so every zero field is a
// valid state.
struct Timer {
    int64_t when = 0;     // deadline, on the VM's monotonic clock (VM::nanotime)
    int64_t period = 0;   // > 0: a ticker, started again at each firing
    uint64_t seq = 0;     // start order, among equal deadlines
    size_t heapSlot = 0;  // its index in the heap plus one; 0: not pending (the zeroed state)
    // Called when it goes off (already off the heap; a ticker is back on
    // it with its next deadline). now is the time it runs at.
    void (*fire)(VM& vm, Timer* t, int64_t now) = nullptr;
    Goroutine* g = nullptr;  // time.Sleep: the sleeper (not a collected object)
    Chan* c = nullptr;       // After, NewTimer, Tick, NewTicker: where the time is sent
    Closure* f = nullptr;    // AfterFunc: the function a new goroutine runs
};

}  // namespace gos::vm
