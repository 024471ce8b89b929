// Package time, shared between its files: the layout of Time and Location,
// the clock readings, and the calendar and formatting other packages use
// (context prints deadlines).
//
// A Time is Go's struct {wall uint64; ext int64; loc *Location} with Go's
// encoding (see time.cpp). A Location is one of three kinds: UTC (a Time
// holds it as a nil loc, as Go's does), a fixed zone (FixedZone, or the
// offset a parsed time carried), or Local, the zone the C library reports
// for the process (TZ, else /etc/localtime), asked instant by instant.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "stdlib/stdlib.h"
#include "vm/vm.h"

namespace gos::stdlib::timepkg {

constexpr uint64_t kHasMonotonic = uint64_t(1) << 63;
constexpr int kNsecShift = 30;
constexpr uint64_t kNsecMask = (uint64_t(1) << kNsecShift) - 1;
constexpr int64_t kSecondsPerDay = 86400;
// seconds from year 1 to 1885 (the monotonic encoding's base) and to 1970
constexpr int64_t kWallToInternal = (1884 * 365 + 1884 / 4 - 1884 / 100 + 1884 / 400) * kSecondsPerDay;
constexpr int64_t kUnixToInternal = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * kSecondsPerDay;

struct Location {
    vm::GoString name;  // String(); a fixed zone's abbreviation too
    int64_t offset;     // a fixed zone's seconds east of UTC
    int64_t local;      // 1: Local, asked of the C library
};

struct Time {
    uint64_t wall;
    int64_t ext;
    Location* loc;

    bool mono() const { return (wall & kHasMonotonic) != 0; }
    int64_t sec() const {
        if (mono()) return kWallToInternal + static_cast<int64_t>(wall << 1 >> (kNsecShift + 1));
        return ext;
    }
    int64_t nsec() const { return static_cast<int64_t>(wall & kNsecMask); }
    int64_t unixSec() const {  // wrapping, as Go's int arithmetic
        return static_cast<int64_t>(static_cast<uint64_t>(sec()) - static_cast<uint64_t>(kUnixToInternal));
    }
    void stripMono() {
        if (mono()) {
            ext = sec();
            wall &= kNsecMask;
        }
    }
    void addSec(int64_t d);
};
static_assert(sizeof(Time) == 24);

Time timeArg(const uint64_t* a, int slot);
// A method's receiver: slot 0 points to it.
Time receiverTime(const uint64_t* a);
void putTime(uint64_t* a, const Time& t);

// The time sec (seconds since 1970) + nsec in loc (Unix).
Time unixTime(int64_t sec, int64_t nsec, Location* loc);
// Now, with the monotonic reading `mono` of the VM's clock, in Local.
Time nowAt(vm::VM& vm, int64_t mono);
Time now(vm::VM& vm);
Time addDuration(Time t, int64_t d);
int64_t subTimes(const Time& t, const Time& u);
bool beforeTimes(const Time& t, const Time& u);
bool equalTimes(const Time& t, const Time& u);

// ---- locations and the calendar (calendar.cpp) ----
Location* utcLocation(vm::VM& vm);
Location* localLocation(vm::VM& vm);
// loc as a Time stores it: UTC becomes nil.
Location* storedLocation(vm::VM& vm, Location* loc);

// The zone in effect at t: its abbreviation and seconds east of UTC.
struct Zone {
    std::string name;
    int64_t offset;
};
Zone zoneOf(const Time& t);
// The offset in loc at the instant unix (seconds since 1970).
Zone zoneAt(const Location* loc, int64_t unix);

// A time's fields in its zone.
struct Civil {
    int64_t year;
    int month, day, yday;  // yday from 1
    int hour, min, sec;
    int weekday;  // Sunday 0
};
Civil civilOf(const Time& t, int64_t offset);
// Go's Date: the fields normalised (month 13 is January of the next year,
// and so on), in loc.
Time makeDate(int64_t year, int64_t month, int64_t day, int64_t hour, int64_t min, int64_t sec, int64_t nsec,
              Location* loc);
bool isLeap(int64_t year);
int daysIn(int month, int64_t year);

extern const char* const kLongMonthNames[12];
extern const char* const kLongDayNames[7];

// Duration.String: "1h2m3.5s" (duration.cpp)
std::string durationString(int64_t d);

// ---- formatting and parsing (format.cpp) ----
// time.ParseDuration: false with Go's error text in err.
bool parseDuration(std::string_view s, int64_t& out, std::string& err);
std::string formatTime(const Time& t, std::string_view layout);
// Time.String: the layout "2006-01-02 15:04:05.999999999 -0700 MST" and
// the monotonic reading as " m=+1.000000001".
std::string timeString(const Time& t);

}  // namespace gos::stdlib::timepkg

namespace gos::stdlib {
void declareTimeCalendar(PackageBuilder& b, types::Named* timeT, types::Named* duration, types::Named* location);
void declareTimeFormat(PackageBuilder& b, types::Named* timeT, types::Named* duration, types::Named* location);
}  // namespace gos::stdlib
