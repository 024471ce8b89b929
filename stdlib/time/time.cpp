// Package time: Time, the clock, Sleep, timers and tickers.
//
// A Time is Go's struct {wall uint64; ext int64; loc *Location} with Go's
// encoding (time.h): a Time read from the clock carries a monotonic reading (the
// hasMonotonic bit of wall, with the seconds since 1885 in its next 33
// bits and the nanoseconds in the low 30, and the VM's monotonic clock in
// ext); any other has its nanoseconds in wall and its seconds since year 1
// in ext. Sub, Before, After, Equal and Since use the monotonic readings
// when both sides have one, as Go's do, so they never see the wall clock
// jump. The calendar and the locations are in calendar.cpp, Format and
// Parse in format.cpp.
//
// Sleep and the timers are the VM's (vm/timers.h): Sleep parks the
// goroutine until its timer readies it; After, NewTimer, Tick and
// NewTicker send the time on a channel with a buffer of one, dropping a
// tick nobody took; AfterFunc starts a goroutine. A Timer or Ticker is
// {C <-chan Time; r *runtimeTimer}, r the VM's timer record.
#include <chrono>
#include <climits>
#include <cstring>

#include "stdlib/stdlib.h"
#include "stdlib/time/time.h"
#include "vm/chan.h"
#include "vm/runtime.h"
#include "vm/timers.h"

namespace gos::stdlib {

namespace {

using types::Kind;

constexpr int64_t kMaxDuration = INT64_MAX;
constexpr int64_t kMinDuration = INT64_MIN;

}  // namespace

namespace timepkg {

void Time::addSec(int64_t d) {
    if (mono()) {
        int64_t s = static_cast<int64_t>(wall << 1 >> (kNsecShift + 1));
        int64_t ds = s + d;
        if (ds >= 0 && ds <= (int64_t(1) << 33) - 1) {
            wall = (wall & kNsecMask) | static_cast<uint64_t>(ds) << kNsecShift | kHasMonotonic;
            return;
        }
        stripMono();
    }
    int64_t sum;
    if (__builtin_add_overflow(ext, d, &sum)) sum = d > 0 ? INT64_MAX : -INT64_MAX;  // Go saturates so
    ext = sum;
}

Time timeArg(const uint64_t* a, int slot) {
    Time t;
    std::memcpy(&t, a + slot, sizeof t);
    return t;
}

Time receiverTime(const uint64_t* a) {
    Time t;
    std::memcpy(&t, reinterpret_cast<const void*>(a[0]), sizeof t);
    return t;
}

void putTime(uint64_t* a, const Time& t) { std::memcpy(a, &t, sizeof t); }

Time nowAt(vm::VM& vm, int64_t mono) {
    auto wall = std::chrono::system_clock::now().time_since_epoch();
    int64_t ns = std::chrono::duration_cast<std::chrono::nanoseconds>(wall).count();
    int64_t sec = ns / 1000000000, nsec = ns % 1000000000;
    if (nsec < 0) {
        nsec += 1000000000;
        --sec;
    }
    int64_t s = sec + kUnixToInternal - kWallToInternal;
    Location* local = localLocation(vm);
    if (static_cast<uint64_t>(s) >> 33 == 0)
        return {kHasMonotonic | static_cast<uint64_t>(s) << kNsecShift | static_cast<uint64_t>(nsec), mono, local};
    return {static_cast<uint64_t>(nsec), sec + kUnixToInternal, local};
}

// Go's monotonic readings start at 1, never 0.
Time now(vm::VM& vm) { return nowAt(vm, vm.nanotime() + 1); }

Time unixTime(int64_t sec, int64_t nsec, Location* loc) {
    // Go's int arithmetic wraps: so does this, in unsigned
    auto wrapAdd = [](int64_t x, int64_t y) {
        return static_cast<int64_t>(static_cast<uint64_t>(x) + static_cast<uint64_t>(y));
    };
    if (nsec < 0 || nsec >= 1000000000) {
        int64_t n = nsec / 1000000000;
        sec = wrapAdd(sec, n);
        nsec -= n * 1000000000;
        if (nsec < 0) {
            nsec += 1000000000;
            sec = wrapAdd(sec, -1);
        }
    }
    return {static_cast<uint64_t>(nsec), wrapAdd(sec, kUnixToInternal), loc};
}

Time addDuration(Time t, int64_t d) {
    int64_t dsec = d / 1000000000;
    int64_t nsec = t.nsec() + d % 1000000000;
    if (nsec >= 1000000000) {
        ++dsec;
        nsec -= 1000000000;
    } else if (nsec < 0) {
        --dsec;
        nsec += 1000000000;
    }
    t.wall = (t.wall & ~kNsecMask) | static_cast<uint64_t>(nsec);
    t.addSec(dsec);
    if (t.mono()) {
        int64_t te;
        if (__builtin_add_overflow(t.ext, d, &te)) t.stripMono();
        else t.ext = te;
    }
    return t;
}

bool equalTimes(const Time& t, const Time& u) {
    if (t.mono() && u.mono()) return t.ext == u.ext;
    return t.sec() == u.sec() && t.nsec() == u.nsec();
}

int64_t subTimes(const Time& t, const Time& u) {
    if (t.mono() && u.mono()) {
        int64_t d;
        if (__builtin_sub_overflow(t.ext, u.ext, &d)) return t.ext > u.ext ? kMaxDuration : kMinDuration;
        return d;
    }
    int64_t ds, d;
    if (!__builtin_sub_overflow(t.sec(), u.sec(), &ds) && !__builtin_mul_overflow(ds, int64_t(1000000000), &d) &&
        !__builtin_add_overflow(d, t.nsec() - u.nsec(), &d) && equalTimes(addDuration(u, d), t))
        return d;
    // overflow: the extreme with the right sign
    bool before = t.sec() < u.sec() || (t.sec() == u.sec() && t.nsec() < u.nsec());
    return before ? kMinDuration : kMaxDuration;
}

bool beforeTimes(const Time& t, const Time& u) {
    if (t.mono() && u.mono()) return t.ext < u.ext;
    return t.sec() < u.sec() || (t.sec() == u.sec() && t.nsec() < u.nsec());
}

}  // namespace timepkg

namespace {

using namespace timepkg;

void nNow(vm::VM& vm, uint64_t* a) { putTime(a, now(vm)); }

void nSince(vm::VM& vm, uint64_t* a) {
    Time t = timeArg(a, 0);
    a[0] = static_cast<uint64_t>(t.mono() ? vm.nanotime() + 1 - t.ext : subTimes(now(vm), t));
}

void nUntil(vm::VM& vm, uint64_t* a) {
    Time t = timeArg(a, 0);
    a[0] = static_cast<uint64_t>(t.mono() ? t.ext - (vm.nanotime() + 1) : subTimes(t, now(vm)));
}

void nUnixTime(vm::VM& vm, uint64_t* a) {
    putTime(a, unixTime(static_cast<int64_t>(a[0]), static_cast<int64_t>(a[1]), localLocation(vm)));
}

void nUnixMilliTime(vm::VM& vm, uint64_t* a) {
    int64_t ms = static_cast<int64_t>(a[0]);
    putTime(a, unixTime(ms / 1000, (ms % 1000) * 1000000, localLocation(vm)));
}

void nUnixMicroTime(vm::VM& vm, uint64_t* a) {
    int64_t us = static_cast<int64_t>(a[0]);
    putTime(a, unixTime(us / 1000000, (us % 1000000) * 1000, localLocation(vm)));
}

void nTimeSub(vm::VM&, uint64_t* a) { a[0] = static_cast<uint64_t>(subTimes(receiverTime(a), timeArg(a, 1))); }
void nTimeAdd(vm::VM&, uint64_t* a) { putTime(a, addDuration(receiverTime(a), static_cast<int64_t>(a[1]))); }
void nTimeBefore(vm::VM&, uint64_t* a) { a[0] = beforeTimes(receiverTime(a), timeArg(a, 1)); }
void nTimeAfter(vm::VM&, uint64_t* a) { a[0] = beforeTimes(timeArg(a, 1), receiverTime(a)); }
void nTimeEqual(vm::VM&, uint64_t* a) { a[0] = equalTimes(receiverTime(a), timeArg(a, 1)); }
void nTimeIsZero(vm::VM&, uint64_t* a) {
    Time t = receiverTime(a);
    a[0] = t.sec() == 0 && t.nsec() == 0;
}
void nTimeUnix(vm::VM&, uint64_t* a) { a[0] = static_cast<uint64_t>(receiverTime(a).unixSec()); }
void nTimeUnixNano(vm::VM&, uint64_t* a) {
    Time t = receiverTime(a);
    a[0] = static_cast<uint64_t>(t.unixSec()) * 1000000000u + static_cast<uint64_t>(t.nsec());  // wraps as Go
}
void nTimeUnixMilli(vm::VM&, uint64_t* a) {
    Time t = receiverTime(a);
    a[0] = static_cast<uint64_t>(t.unixSec()) * 1000u + static_cast<uint64_t>(t.nsec() / 1000000);
}
void nTimeUnixMicro(vm::VM&, uint64_t* a) {
    Time t = receiverTime(a);
    a[0] = static_cast<uint64_t>(t.unixSec()) * 1000000u + static_cast<uint64_t>(t.nsec() / 1000);
}
void nTimeNanosecond(vm::VM&, uint64_t* a) { a[0] = static_cast<uint64_t>(receiverTime(a).nsec()); }

// ---- sleeping and timers ----

// The deadline d from now on the VM's clock (Go's `when`).
int64_t deadline(vm::VM& vm, int64_t d) {
    int64_t t = vm.nanotime();
    if (d <= 0) return t;
    int64_t w;
    if (__builtin_add_overflow(t, d, &w)) return INT64_MAX;
    return w;
}

vm::Timer* newTimer(vm::VM& vm) { return static_cast<vm::Timer*>(vm.allocate(sizeof(vm::Timer), false)); }

void wakeSleeper(vm::VM& vm, vm::Timer* t, int64_t) { vm.ready(t->g); }

void sendTime(vm::VM& vm, vm::Timer* t, int64_t now) {
    uint64_t slots[3];
    putTime(slots, nowAt(vm, now + 1));
    vm.trySend(t->c, slots);  // a tick nobody took is dropped
}

void goFunc(vm::VM& vm, vm::Timer* t, int64_t) { vm.go(t->f); }

void nSleep(vm::VM& vm, uint64_t* a) {
    int64_t d = static_cast<int64_t>(a[0]);
    if (d <= 0) return;
    vm::Timer* t = newTimer(vm);
    t->fire = wakeSleeper;
    t->g = vm.current();
    vm.startTimer(t, deadline(vm, d));
    vm.park("sleep");
}

// {C, r} of a Timer or Ticker whose channel gets the time.
struct TimerValue {
    vm::Chan* c;
    vm::Timer* r;
};

TimerValue startChanTimer(vm::VM& vm, int64_t d, int64_t period) {
    types::Type* chanType = vm.program().libraryTypes.at("time.chanTime");
    vm::Chan* c = vm.makeChan(chanType, 1);
    vm::Timer* t = newTimer(vm);
    t->fire = sendTime;
    t->c = c;
    t->period = period;
    vm.startTimer(t, deadline(vm, d));
    return {c, t};
}

void* boxTimer(vm::VM& vm, const TimerValue& v) {
    auto* p = static_cast<TimerValue*>(vm.allocate(sizeof(TimerValue), false));
    *p = v;
    return p;
}

void nAfter(vm::VM& vm, uint64_t* a) { a[0] = reinterpret_cast<uint64_t>(startChanTimer(vm, static_cast<int64_t>(a[0]), 0).c); }

void nNewTimer(vm::VM& vm, uint64_t* a) {
    a[0] = reinterpret_cast<uint64_t>(boxTimer(vm, startChanTimer(vm, static_cast<int64_t>(a[0]), 0)));
}

void nAfterFunc(vm::VM& vm, uint64_t* a) {
    int64_t d = static_cast<int64_t>(a[0]);
    auto* f = reinterpret_cast<vm::Closure*>(a[1]);
    vm::Timer* t = newTimer(vm);
    t->fire = goFunc;
    t->f = f;
    vm.startTimer(t, deadline(vm, d));
    a[0] = reinterpret_cast<uint64_t>(boxTimer(vm, {nullptr, t}));
}

TimerValue* timerReceiver(vm::VM& vm, const uint64_t* a, const char* method) {
    auto* v = reinterpret_cast<TimerValue*>(a[0]);
    if (!v) vm.runtimeError(vm::kNilDeref, true);
    if (!v->r) panicString(vm, std::string("time: ") + method + " called on uninitialized Timer");
    return v;
}

void nTimerStop(vm::VM& vm, uint64_t* a) { a[0] = vm.stopTimer(timerReceiver(vm, a, "Stop")->r); }

void nTimerReset(vm::VM& vm, uint64_t* a) {
    TimerValue* v = timerReceiver(vm, a, "Reset");
    bool active = vm.stopTimer(v->r);
    vm.startTimer(v->r, deadline(vm, static_cast<int64_t>(a[1])));
    a[0] = active;
}

void nNewTicker(vm::VM& vm, uint64_t* a) {
    int64_t d = static_cast<int64_t>(a[0]);
    if (d <= 0) panicString(vm, "non-positive interval for NewTicker");
    a[0] = reinterpret_cast<uint64_t>(boxTimer(vm, startChanTimer(vm, d, d)));
}

void nTick(vm::VM& vm, uint64_t* a) {
    int64_t d = static_cast<int64_t>(a[0]);
    a[0] = d <= 0 ? 0 : reinterpret_cast<uint64_t>(startChanTimer(vm, d, d).c);
}

void nTickerStop(vm::VM& vm, uint64_t* a) {
    auto* v = reinterpret_cast<TimerValue*>(a[0]);
    if (!v) vm.runtimeError(vm::kNilDeref, true);
    if (v->r) vm.stopTimer(v->r);
}

void nTickerReset(vm::VM& vm, uint64_t* a) {
    auto* v = reinterpret_cast<TimerValue*>(a[0]);
    if (!v) vm.runtimeError(vm::kNilDeref, true);
    int64_t d = static_cast<int64_t>(a[1]);
    if (d <= 0) panicString(vm, "non-positive interval for Ticker.Reset");
    if (!v->r) panicString(vm, "time: Reset called on uninitialized Ticker");
    v->r->period = d;
    vm.startTimer(v->r, deadline(vm, d));
}

}  // namespace

void declareTimeClock(PackageBuilder& b, types::Named* duration) {
    types::TypeTable& tt = b.types();
    types::Type* boolT = b.basic(Kind::Bool);
    types::Type* i64 = b.basic(Kind::Int64);
    types::Type* u64 = b.basic(Kind::Uint64);

    types::Named* location = tt.named("Location", "time");
    tt.setUnderlying(location, tt.structType({{"name", b.basic(Kind::String), 0, false, ""},
                                              {"offset", i64, 0, false, ""},
                                              {"local", i64, 0, false, ""}}));
    b.typeName("Location", location);

    types::Named* timeT = tt.named("Time", "time");
    tt.setUnderlying(timeT, tt.structType({{"wall", u64, 0, false, ""},
                                           {"ext", i64, 0, false, ""},
                                           {"loc", tt.pointer(location), 0, false, ""}}));
    b.method(timeT, "Sub", tt.func({timeT}, {duration}, false), false, nTimeSub);
    b.method(timeT, "Add", tt.func({duration}, {timeT}, false), false, nTimeAdd);
    b.method(timeT, "Before", tt.func({timeT}, {boolT}, false), false, nTimeBefore);
    b.method(timeT, "After", tt.func({timeT}, {boolT}, false), false, nTimeAfter);
    b.method(timeT, "Equal", tt.func({timeT}, {boolT}, false), false, nTimeEqual);
    b.method(timeT, "IsZero", tt.func({}, {boolT}, false), false, nTimeIsZero);
    b.method(timeT, "Unix", tt.func({}, {i64}, false), false, nTimeUnix);
    b.method(timeT, "UnixNano", tt.func({}, {i64}, false), false, nTimeUnixNano);
    b.method(timeT, "UnixMilli", tt.func({}, {i64}, false), false, nTimeUnixMilli);
    b.method(timeT, "UnixMicro", tt.func({}, {i64}, false), false, nTimeUnixMicro);
    b.method(timeT, "Nanosecond", tt.func({}, {b.basic(Kind::Int)}, false), false, nTimeNanosecond);
    b.typeName("Time", timeT);
    b.func("Now", tt.func({}, {timeT}, false), nNow);
    b.func("Since", tt.func({timeT}, {duration}, false), nSince);
    b.func("Until", tt.func({timeT}, {duration}, false), nUntil);
    b.func("Unix", tt.func({i64, i64}, {timeT}, false), nUnixTime);
    b.func("UnixMilli", tt.func({i64}, {timeT}, false), nUnixMilliTime);
    b.func("UnixMicro", tt.func({i64}, {timeT}, false), nUnixMicroTime);
    declareTimeCalendar(b, timeT, duration, location);
    declareTimeFormat(b, timeT, duration, location);

    types::Type* recvChan = tt.chan(types::ChanDir::Recv, timeT);
    b.program().libraryTypes["time.chanTime"] = tt.chan(types::ChanDir::Both, timeT);
    types::Named* runtimeTimer = tt.named("runtimeTimer", "time");
    tt.setUnderlying(runtimeTimer, tt.structType({{"when", i64, 0, false, ""}}));
    auto timerStruct = [&] {
        return tt.structType({{"C", recvChan, 0, false, ""}, {"r", tt.pointer(runtimeTimer), 0, false, ""}});
    };
    types::Named* timer = tt.named("Timer", "time");
    tt.setUnderlying(timer, timerStruct());
    b.method(timer, "Stop", tt.func({}, {boolT}, false), true, nTimerStop);
    b.method(timer, "Reset", tt.func({duration}, {boolT}, false), true, nTimerReset);
    b.typeName("Timer", timer);
    types::Named* ticker = tt.named("Ticker", "time");
    tt.setUnderlying(ticker, timerStruct());
    b.method(ticker, "Stop", tt.func({}, {}, false), true, nTickerStop);
    b.method(ticker, "Reset", tt.func({duration}, {}, false), true, nTickerReset);
    b.typeName("Ticker", ticker);

    b.func("Sleep", tt.func({duration}, {}, false), nSleep);
    b.func("After", tt.func({duration}, {recvChan}, false), nAfter);
    b.func("Tick", tt.func({duration}, {recvChan}, false), nTick);
    b.func("NewTimer", tt.func({duration}, {tt.pointer(timer)}, false), nNewTimer);
    b.func("NewTicker", tt.func({duration}, {tt.pointer(ticker)}, false), nNewTicker);
    b.func("AfterFunc", tt.func({duration, tt.func({}, {}, false)}, {tt.pointer(timer)}, false), nAfterFunc);
}

}  // namespace gos::stdlib
