// Package time: Duration, an int64 count of nanoseconds.
//
// Duration (time.cpp has the clock, Time and the timers): the unit
// constants, String (Go's "1h2m3.5s" form, µs spelled with U+00B5), the
// conversions to float hours, minutes and seconds, the integer
// milliseconds and microseconds, Round and Truncate (saturating at the
// extremes as Go's do), and Abs.
#include <cstdint>
#include <cstring>
#include <string>

#include "stdlib/stdlib.h"
#include "stdlib/time/time.h"

namespace gos::stdlib {

namespace {

using types::Kind;

constexpr int64_t kMicrosecond = 1000;
constexpr int64_t kMillisecond = 1000 * kMicrosecond;
constexpr int64_t kSecond = 1000 * kMillisecond;
constexpr int64_t kMinute = 60 * kSecond;
constexpr int64_t kHour = 60 * kMinute;

// v as a decimal with `digits` fractional digits, trailing zeros (and a
// bare point) dropped: 1500 with 3 digits is "1.5".
std::string decimal(uint64_t v, int digits) {
    uint64_t scale = 1;
    for (int k = 0; k < digits; ++k) scale *= 10;
    std::string out = std::to_string(v / scale);
    uint64_t frac = v % scale;
    if (frac == 0) return out;
    std::string f = std::to_string(frac);
    f.insert(0, static_cast<size_t>(digits) - f.size(), '0');
    while (f.back() == '0') f.pop_back();
    return out + "." + f;
}


}  // namespace

namespace timepkg {

std::string durationString(int64_t d) {
    if (d == 0) return "0s";
    bool negative = d < 0;
    uint64_t u = negative ? uint64_t(0) - static_cast<uint64_t>(d) : static_cast<uint64_t>(d);
    std::string out;
    if (u < static_cast<uint64_t>(kSecond)) {
        // under a second: the largest unit that keeps the integer part
        if (u < static_cast<uint64_t>(kMicrosecond)) out = std::to_string(u) + "ns";
        else if (u < static_cast<uint64_t>(kMillisecond)) out = decimal(u, 3) + "\u00b5s";
        else out = decimal(u, 6) + "ms";
    } else {
        out = decimal(u % static_cast<uint64_t>(kMinute), 9) + "s";
        uint64_t minutes = u / static_cast<uint64_t>(kMinute);
        if (minutes > 0) {
            out = std::to_string(minutes % 60) + "m" + out;
            uint64_t hours = minutes / 60;
            if (hours > 0) out = std::to_string(hours) + "h" + out;
        }
    }
    return negative ? "-" + out : out;
}

}  // namespace timepkg

namespace {

using timepkg::durationString;

int64_t arg(const uint64_t* a, int slot) { return static_cast<int64_t>(a[slot]); }

// A native value method gets its receiver as an interface holds it: an
// int64 is not pointer-shaped, so slot 0 points to the Duration.
int64_t receiver(const uint64_t* a) {
    int64_t d;
    std::memcpy(&d, reinterpret_cast<const void*>(a[0]), sizeof d);
    return d;
}

void nString(vm::VM& vm, uint64_t* a) { setString(a, 0, vm.makeString(durationString(receiver(a)))); }

// whole units plus the rest as a fraction, as Go computes them (exact for
// the whole part, however large)
double inUnits(int64_t d, int64_t unit) {
    return static_cast<double>(d / unit) + static_cast<double>(d % unit) / static_cast<double>(unit);
}

void store(uint64_t* a, double v) { std::memcpy(a, &v, sizeof v); }
void nHours(vm::VM&, uint64_t* a) { store(a, inUnits(receiver(a), kHour)); }
void nMinutes(vm::VM&, uint64_t* a) { store(a, inUnits(receiver(a), kMinute)); }
void nSeconds(vm::VM&, uint64_t* a) { store(a, inUnits(receiver(a), kSecond)); }
void nMilliseconds(vm::VM&, uint64_t* a) { a[0] = static_cast<uint64_t>(receiver(a) / kMillisecond); }
void nMicroseconds(vm::VM&, uint64_t* a) { a[0] = static_cast<uint64_t>(receiver(a) / kMicrosecond); }
void nNanoseconds(vm::VM&, uint64_t* a) { a[0] = static_cast<uint64_t>(receiver(a)); }

void nTruncate(vm::VM&, uint64_t* a) {
    int64_t d = receiver(a), m = arg(a, 1);
    a[0] = static_cast<uint64_t>(m <= 0 ? d : d - d % m);
}

// x < y/2 without overflow
bool lessThanHalf(int64_t x, int64_t y) { return static_cast<uint64_t>(x) + static_cast<uint64_t>(x) < static_cast<uint64_t>(y); }

// halfway values away from zero; a result past the int64 range saturates
int64_t roundDuration(int64_t d, int64_t m) {
    if (m <= 0) return d;
    int64_t r = d % m;
    if (d < 0) {
        r = -r;
        if (lessThanHalf(r, m)) return d + r;
        if (d >= INT64_MIN + (m - r)) return d - m + r;
        return INT64_MIN;
    }
    if (lessThanHalf(r, m)) return d - r;
    if (d <= INT64_MAX - (m - r)) return d + m - r;
    return INT64_MAX;
}

void nRound(vm::VM&, uint64_t* a) { a[0] = static_cast<uint64_t>(roundDuration(receiver(a), arg(a, 1))); }

void nAbs(vm::VM&, uint64_t* a) {
    int64_t d = receiver(a);
    a[0] = static_cast<uint64_t>(d >= 0 ? d : d == INT64_MIN ? INT64_MAX : -d);
}

}  // namespace

void declareTime(PackageBuilder& b) {
    auto& tt = b.types();
    types::Named* duration = tt.named("Duration", "time");
    tt.setUnderlying(duration, b.basic(Kind::Int64));
    types::Type* f64 = b.basic(Kind::Float64);
    types::Type* i64 = b.basic(Kind::Int64);
    b.method(duration, "String", tt.func({}, {b.basic(Kind::String)}, false), false, nString);
    b.method(duration, "Hours", tt.func({}, {f64}, false), false, nHours);
    b.method(duration, "Minutes", tt.func({}, {f64}, false), false, nMinutes);
    b.method(duration, "Seconds", tt.func({}, {f64}, false), false, nSeconds);
    b.method(duration, "Milliseconds", tt.func({}, {i64}, false), false, nMilliseconds);
    b.method(duration, "Microseconds", tt.func({}, {i64}, false), false, nMicroseconds);
    b.method(duration, "Nanoseconds", tt.func({}, {i64}, false), false, nNanoseconds);
    b.method(duration, "Truncate", tt.func({duration}, {duration}, false), false, nTruncate);
    b.method(duration, "Round", tt.func({duration}, {duration}, false), false, nRound);
    b.method(duration, "Abs", tt.func({}, {duration}, false), false, nAbs);
    b.typeName("Duration", duration);
    const struct {
        const char* name;
        int64_t value;
    } units[] = {{"Nanosecond", 1},        {"Microsecond", kMicrosecond}, {"Millisecond", kMillisecond},
                 {"Second", kSecond},      {"Minute", kMinute},           {"Hour", kHour}};
    for (const auto& u : units) b.constant(u.name, duration, constant::makeInt64(u.value));
    declareTimeClock(b, duration);
}

}  // namespace gos::stdlib
