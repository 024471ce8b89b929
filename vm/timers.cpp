// The timer heap (see timers.h).
#include <chrono>
#include <thread>

#include "vm/timers.h"
#include "vm/vm.h"

namespace gos::vm {

namespace {

bool earlier(const Timer* a, const Timer* b) { return a->when != b->when ? a->when < b->when : a->seq < b->seq; }

}  // namespace

int64_t VM::nanotime() const {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count() -
           startNanos_ + skippedNanos_;
}

void VM::siftUp(size_t k) {
    Timer* t = timers_[k];
    while (k > 0) {
        size_t parent = (k - 1) / 2;
        if (!earlier(t, timers_[parent])) break;
        timers_[k] = timers_[parent];
        timers_[k]->heapSlot = k + 1;
        k = parent;
    }
    timers_[k] = t;
    t->heapSlot = k + 1;
}

void VM::siftDown(size_t k) {
    Timer* t = timers_[k];
    size_t n = timers_.size();
    for (;;) {
        size_t child = 2 * k + 1;
        if (child >= n) break;
        if (child + 1 < n && earlier(timers_[child + 1], timers_[child])) ++child;
        if (!earlier(timers_[child], t)) break;
        timers_[k] = timers_[child];
        timers_[k]->heapSlot = k + 1;
        k = child;
    }
    timers_[k] = t;
    t->heapSlot = k + 1;
}

void VM::startTimer(Timer* t, int64_t when) {
    if (t->heapSlot) stopTimer(t);
    t->when = when;
    t->seq = timerSeq_++;
    timers_.push_back(t);
    siftUp(timers_.size() - 1);
    // the preemption check looks at the clock from now on
    checkAt_ = std::min(checkAt_, steps_ + kPreemptQuantum);
}

bool VM::stopTimer(Timer* t) {
    if (!t->heapSlot) return false;
    size_t k = t->heapSlot - 1;
    Timer* last = timers_.back();
    timers_.pop_back();
    t->heapSlot = 0;
    if (last != t) {
        timers_[k] = last;
        last->heapSlot = k + 1;
        siftDown(k);
        siftUp(last->heapSlot - 1);
    }
    return true;
}

void VM::runTimers(int64_t now) {
    while (!timers_.empty() && timers_[0]->when <= now) {
        Timer* t = timers_[0];
        if (t->period > 0) {
            // a ticker: its next deadline, skipping the ticks it missed
            int64_t next = t->when + t->period * (1 + (now - t->when) / t->period);
            t->when = next;
            t->seq = timerSeq_++;
            siftDown(0);
        } else {
            stopTimer(t);
        }
        t->fire(*this, t, now);
        // a timer's firing is work done for the script: with virtual time,
        // a ticker nobody reads would otherwise keep an idle program going
        // forever without a step
        chargeSteps(1);
    }
}

void VM::sleepUntilTimer() {
    int64_t wait = timers_[0]->when - nanotime();
    if (wait <= 0) return;
    if (config_.virtualTime) {
        skippedNanos_ += wait;
    } else if (!watched_) {
        std::this_thread::sleep_for(std::chrono::nanoseconds(wait));
    } else {
        // a host may interrupt the sleep or its time may end: look every 10 ms
        constexpr int64_t kSlice = 10000000;
        for (; wait > 0; wait = timers_[0]->when - nanotime()) {
            checkHost();
            std::this_thread::sleep_for(std::chrono::nanoseconds(std::min(wait, kSlice)));
        }
        checkHost();
    }
}

}  // namespace gos::vm
