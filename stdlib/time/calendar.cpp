// Package time: the calendar and the locations.
//
// The proleptic Gregorian calendar as Go's: a Time's fields (Date, Clock,
// Weekday, YearDay, ISOWeek) in the zone of its location, Date building a
// Time from fields that may be out of range (they are normalised: month 13
// is January of the next year, second -1 the last second of the previous
// minute), AddDate, and Truncate and Round counted from the zero Time.
//
// The days are converted with the civil-from-days algorithm on days since
// 1970 (whole 400-year eras, then the year of the era starting in March,
// so the leap day ends a year). Arithmetic on fields a script gives is
// done in 128 bits and wraps to 64 as Go's int arithmetic does: no input
// is undefined behaviour.
//
// Locations: UTC (held by a Time as a nil loc), fixed zones (FixedZone),
// and Local, whose offset and abbreviation at each instant come from the C
// library (localtime_r: the TZ variable, else /etc/localtime), which reads
// the same zone files Go's runtime does. UTC and Local are per VM, so
// every program sees its own time.UTC and time.Local variables.
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <ctime>

#include "stdlib/stdlib.h"
#include "stdlib/time/time.h"
#include "vm/runtime.h"

namespace gos::stdlib::timepkg {

const char* const kLongMonthNames[12] = {"January", "February", "March",     "April",   "May",      "June",
                                         "July",    "August",   "September", "October", "November", "December"};
const char* const kLongDayNames[7] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

namespace {

using i128 = __int128;

constexpr int64_t kDaysFromYear1To1970 = kUnixToInternal / kSecondsPerDay;

i128 floorDiv(i128 a, i128 b) {
    i128 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}

int64_t wrap(i128 v) { return static_cast<int64_t>(static_cast<uint64_t>(static_cast<unsigned __int128>(v))); }

// days since 1970-01-01 of year-month-day (month 1..12, any day)
i128 daysFromCivil(i128 y, int m, i128 d) {
    y -= m <= 2;
    i128 era = floorDiv(y, 400);
    i128 yoe = y - era * 400;
    i128 doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    i128 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

// (year, month, day) of days since 1970-01-01
void civilFromDays(i128 z, int64_t& year, int& month, int& day) {
    z += 719468;
    i128 era = floorDiv(z, 146097);
    i128 doe = z - era * 146097;
    i128 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    i128 y = yoe + era * 400;
    i128 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    i128 mp = (5 * doy + 2) / 153;
    day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    year = wrap(y + (month <= 2));
}

// hi, lo normalised so that 0 <= lo < base (Go's norm)
void norm(i128& hi, i128& lo, i128 base) {
    i128 n = floorDiv(lo, base);
    hi += n;
    lo -= n * base;
}

// The per-VM UTC and Local: the variable (what time.UTC holds, which a
// script may change) and the location it starts out pointing to.
struct LocationVar {
    Location* var;
    Location loc;
};
const char kUtcKey = 0;
const char kLocalKey = 0;

bool readable(const std::string& path) { return access(path.c_str(), R_OK) == 0; }

// Local's name as Go's initLocal gives it: "Local" for /etc/localtime,
// the TZ variable when it names a zone, else "UTC" (and then the C
// library's zone is UTC too).
std::string localName() {
    const char* env = std::getenv("TZ");
    if (!env) return readable("/etc/localtime") ? "Local" : "UTC";
    std::string tz = env;
    if (!tz.empty() && tz[0] == ':') tz.erase(0, 1);
    if (tz.empty() || tz == "UTC") return "UTC";
    if (tz[0] == '/') return !readable(tz) ? "UTC" : tz == "/etc/localtime" ? "Local" : tz;
    return tz.find("..") == std::string::npos && readable("/usr/share/zoneinfo/" + tz) ? tz : "UTC";
}

LocationVar* locationVar(vm::VM& vm, const char* key) {
    bool fresh;
    auto* v = static_cast<LocationVar*>(vm.libraryVariable(key, sizeof(LocationVar), fresh));
    if (fresh) {
        bool local = key == &kLocalKey;
        std::string name = local ? localName() : "UTC";
        v->loc.name = vm.makeString(name);
        v->loc.local = local && name != "UTC";  // else a zone the C library does not know: UTC
        v->var = &v->loc;
    }
    return v;
}

}  // namespace

Location* utcLocation(vm::VM& vm) { return &locationVar(vm, &kUtcKey)->loc; }
Location* localLocation(vm::VM& vm) { return &locationVar(vm, &kLocalKey)->loc; }
Location* storedLocation(vm::VM& vm, Location* loc) { return loc == utcLocation(vm) ? nullptr : loc; }

bool isLeap(int64_t year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

int daysIn(int month, int64_t year) {
    static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && isLeap(year)) return 29;
    return kDays[month - 1];
}

Zone zoneAt(const Location* loc, int64_t unix) {
    if (!loc) return {"UTC", 0};
    if (!loc->local) return {std::string(loc->name.view()), loc->offset};
    time_t t = static_cast<time_t>(unix);
    struct tm tm;
    if (static_cast<int64_t>(t) != unix || !localtime_r(&t, &tm)) return {"UTC", 0};
    return {tm.tm_zone ? tm.tm_zone : "", tm.tm_gmtoff};
}

Zone zoneOf(const Time& t) { return zoneAt(t.loc, t.unixSec()); }

Civil civilOf(const Time& t, int64_t offset) {
    i128 abs = static_cast<i128>(t.sec()) + offset;
    i128 days = floorDiv(abs, kSecondsPerDay);
    int64_t secOfDay = static_cast<int64_t>(abs - days * kSecondsPerDay);
    i128 unixDays = days - kDaysFromYear1To1970;
    Civil c;
    civilFromDays(unixDays, c.year, c.month, c.day);
    c.yday = static_cast<int>(unixDays - daysFromCivil(c.year, 1, 1)) + 1;
    c.hour = static_cast<int>(secOfDay / 3600);
    c.min = static_cast<int>(secOfDay / 60 % 60);
    c.sec = static_cast<int>(secOfDay % 60);
    i128 wd = (unixDays + 4) % 7;  // 1970-01-01 was a Thursday
    c.weekday = static_cast<int>(wd < 0 ? wd + 7 : wd);
    return c;
}

Time makeDate(int64_t year, int64_t month, int64_t day, int64_t hour, int64_t min, int64_t sec, int64_t nsec,
              Location* loc) {
    i128 y = year, m = static_cast<i128>(month) - 1, d = day, h = hour, mi = min, s = sec, ns = nsec;
    norm(y, m, 12);
    norm(s, ns, 1000000000);
    norm(mi, s, 60);
    norm(h, mi, 60);
    norm(d, h, 24);
    i128 days = daysFromCivil(y, static_cast<int>(m) + 1, 1) + d - 1;
    int64_t unix = wrap(days * kSecondsPerDay + h * 3600 + mi * 60 + s);
    // the offset in effect at that wall time: looked up as if it were UTC,
    // then again at the instant that gives when the zone differs there
    int64_t offset = zoneAt(loc, unix).offset;
    if (offset != 0) {
        int64_t again = zoneAt(loc, wrap(static_cast<i128>(unix) - offset)).offset;
        if (again != offset) offset = again;
        unix = wrap(static_cast<i128>(unix) - offset);
    }
    return unixTime(unix, static_cast<int64_t>(ns), loc);
}

}  // namespace gos::stdlib::timepkg

namespace gos::stdlib {

namespace {

using namespace timepkg;
using types::Kind;

void putInt(uint64_t* a, int slot, int64_t v) { a[slot] = static_cast<uint64_t>(v); }

Civil fields(const uint64_t* a) {
    Time t = receiverTime(a);
    return civilOf(t, zoneOf(t).offset);
}

void nMonthString(vm::VM& vm, uint64_t* a) {
    int64_t m;
    std::memcpy(&m, reinterpret_cast<const void*>(a[0]), sizeof m);
    std::string s = m >= 1 && m <= 12 ? kLongMonthNames[m - 1] : "%!Month(" + std::to_string(static_cast<uint64_t>(m)) + ")";
    setString(a, 0, vm.makeString(s));
}

void nWeekdayString(vm::VM& vm, uint64_t* a) {
    int64_t d;
    std::memcpy(&d, reinterpret_cast<const void*>(a[0]), sizeof d);
    std::string s = d >= 0 && d <= 6 ? kLongDayNames[d] : "%!Weekday(" + std::to_string(static_cast<uint64_t>(d)) + ")";
    setString(a, 0, vm.makeString(s));
}

void nDate(vm::VM&, uint64_t* a) {
    Civil c = fields(a);
    putInt(a, 0, c.year);
    putInt(a, 1, c.month);
    putInt(a, 2, c.day);
}
void nYear(vm::VM&, uint64_t* a) { putInt(a, 0, fields(a).year); }
void nMonth(vm::VM&, uint64_t* a) { putInt(a, 0, fields(a).month); }
void nDay(vm::VM&, uint64_t* a) { putInt(a, 0, fields(a).day); }
void nWeekday(vm::VM&, uint64_t* a) { putInt(a, 0, fields(a).weekday); }
void nYearDay(vm::VM&, uint64_t* a) { putInt(a, 0, fields(a).yday); }
void nHour(vm::VM&, uint64_t* a) { putInt(a, 0, fields(a).hour); }
void nMinute(vm::VM&, uint64_t* a) { putInt(a, 0, fields(a).min); }
void nSecond(vm::VM&, uint64_t* a) { putInt(a, 0, fields(a).sec); }
void nClock(vm::VM&, uint64_t* a) {
    Civil c = fields(a);
    putInt(a, 0, c.hour);
    putInt(a, 1, c.min);
    putInt(a, 2, c.sec);
}

// ISO 8601: the week (Monday first) belongs to the year of its Thursday.
void nISOWeek(vm::VM&, uint64_t* a) {
    Time t = receiverTime(a);
    int64_t offset = zoneOf(t).offset;
    Civil c = civilOf(t, offset);
    int shift = 4 - c.weekday;
    if (shift == 4) shift = -3;  // Sunday ends the week
    t.stripMono();
    t.addSec(static_cast<int64_t>(shift) * kSecondsPerDay);
    Civil th = civilOf(t, offset);
    putInt(a, 0, th.year);
    putInt(a, 1, (th.yday - 1) / 7 + 1);
}

Location* locationArg(vm::VM& vm, const uint64_t* a, int slot, const char* caller) {
    auto* loc = reinterpret_cast<Location*>(a[slot]);
    if (!loc) panicString(vm, std::string("time: missing Location in call to ") + caller);
    return loc;
}

void nLocation(vm::VM& vm, uint64_t* a) {
    Time t = receiverTime(a);
    a[0] = reinterpret_cast<uint64_t>(t.loc ? t.loc : utcLocation(vm));
}

void nZone(vm::VM& vm, uint64_t* a) {
    Zone z = zoneOf(receiverTime(a));
    setString(a, 0, vm.makeString(z.name));
    putInt(a, 2, z.offset);
}

void nIn(vm::VM& vm, uint64_t* a) {
    Location* loc = locationArg(vm, a, 1, "Time.In");
    Time t = receiverTime(a);
    t.loc = storedLocation(vm, loc);
    putTime(a, t);
}

void nUTC(vm::VM&, uint64_t* a) {
    Time t = receiverTime(a);
    t.loc = nullptr;
    putTime(a, t);
}

void nLocal(vm::VM& vm, uint64_t* a) {
    Time t = receiverTime(a);
    t.loc = localLocation(vm);
    putTime(a, t);
}

void nAddDate(vm::VM& vm, uint64_t* a) {
    Time t = receiverTime(a);
    Civil c = civilOf(t, zoneOf(t).offset);
    Location* loc = t.loc ? t.loc : utcLocation(vm);
    i128 y = static_cast<i128>(c.year) + static_cast<int64_t>(a[1]);
    i128 m = static_cast<i128>(c.month) + static_cast<int64_t>(a[2]);
    i128 d = static_cast<i128>(c.day) + static_cast<int64_t>(a[3]);
    Time r = makeDate(wrap(y), wrap(m), wrap(d), c.hour, c.min, c.sec, t.nsec(), loc);
    r.loc = storedLocation(vm, loc);
    putTime(a, r);
}

void nDateFunc(vm::VM& vm, uint64_t* a) {
    Location* loc = locationArg(vm, a, 7, "Date");
    auto arg = [&](int k) { return static_cast<int64_t>(a[k]); };
    Time t = makeDate(arg(0), arg(1), arg(2), arg(3), arg(4), arg(5), arg(6), loc);
    t.loc = storedLocation(vm, loc);
    putTime(a, t);
}

// The remainder of t since the zero Time divided by d (> 0), in [0, d).
int64_t remainder(const Time& t, int64_t d) {
    i128 total = static_cast<i128>(t.sec()) * 1000000000 + t.nsec();
    i128 r = total % d;
    if (r < 0) r += d;
    return static_cast<int64_t>(r);
}

void nTruncateTime(vm::VM&, uint64_t* a) {
    Time t = receiverTime(a);
    int64_t d = static_cast<int64_t>(a[1]);
    t.stripMono();
    if (d > 0) t = addDuration(t, -remainder(t, d));
    putTime(a, t);
}

void nRoundTime(vm::VM&, uint64_t* a) {
    Time t = receiverTime(a);
    int64_t d = static_cast<int64_t>(a[1]);
    t.stripMono();
    if (d > 0) {
        int64_t r = remainder(t, d);
        bool lessThanHalf = static_cast<uint64_t>(r) + static_cast<uint64_t>(r) < static_cast<uint64_t>(d);
        t = addDuration(t, lessThanHalf ? -r : d - r);
    }
    putTime(a, t);
}

void nFixedZone(vm::VM& vm, uint64_t* a) {
    auto* loc = static_cast<Location*>(vm.allocate(sizeof(Location), false));
    std::memcpy(&loc->name, a, sizeof loc->name);
    loc->offset = static_cast<int64_t>(a[2]);
    a[0] = reinterpret_cast<uint64_t>(loc);
}

void nLocationString(vm::VM& vm, uint64_t* a) {
    auto* loc = reinterpret_cast<Location*>(a[0]);
    // a nil *Location is UTC, as Go's get() makes it
    setString(a, 0, loc ? loc->name : vm.makeString("UTC"));
}

void nUTCVar(vm::VM& vm, uint64_t* a) { a[0] = reinterpret_cast<uint64_t>(&locationVar(vm, &kUtcKey)->var); }
void nLocalVar(vm::VM& vm, uint64_t* a) { a[0] = reinterpret_cast<uint64_t>(&locationVar(vm, &kLocalKey)->var); }

}  // namespace

void declareTimeCalendar(PackageBuilder& b, types::Named* timeT, types::Named* duration, types::Named* location) {
    types::TypeTable& tt = b.types();
    types::Type* intT = b.basic(Kind::Int);
    types::Type* str = b.basic(Kind::String);
    types::Type* locPtr = tt.pointer(location);

    types::Named* month = tt.named("Month", "time");
    tt.setUnderlying(month, intT);
    b.method(month, "String", tt.func({}, {str}, false), false, nMonthString);
    b.typeName("Month", month);
    for (int k = 0; k < 12; ++k) b.constant(kLongMonthNames[k], month, constant::makeInt64(k + 1));
    types::Named* weekday = tt.named("Weekday", "time");
    tt.setUnderlying(weekday, intT);
    b.method(weekday, "String", tt.func({}, {str}, false), false, nWeekdayString);
    b.typeName("Weekday", weekday);
    for (int k = 0; k < 7; ++k) b.constant(kLongDayNames[k], weekday, constant::makeInt64(k));

    b.method(timeT, "Date", tt.func({}, {intT, month, intT}, false), false, nDate);
    b.method(timeT, "Year", tt.func({}, {intT}, false), false, nYear);
    b.method(timeT, "Month", tt.func({}, {month}, false), false, nMonth);
    b.method(timeT, "Day", tt.func({}, {intT}, false), false, nDay);
    b.method(timeT, "Weekday", tt.func({}, {weekday}, false), false, nWeekday);
    b.method(timeT, "YearDay", tt.func({}, {intT}, false), false, nYearDay);
    b.method(timeT, "Hour", tt.func({}, {intT}, false), false, nHour);
    b.method(timeT, "Minute", tt.func({}, {intT}, false), false, nMinute);
    b.method(timeT, "Second", tt.func({}, {intT}, false), false, nSecond);
    b.method(timeT, "Clock", tt.func({}, {intT, intT, intT}, false), false, nClock);
    b.method(timeT, "ISOWeek", tt.func({}, {intT, intT}, false), false, nISOWeek);
    b.method(timeT, "Location", tt.func({}, {locPtr}, false), false, nLocation);
    b.method(timeT, "Zone", tt.func({}, {str, intT}, false), false, nZone);
    b.method(timeT, "In", tt.func({locPtr}, {timeT}, false), false, nIn);
    b.method(timeT, "UTC", tt.func({}, {timeT}, false), false, nUTC);
    b.method(timeT, "Local", tt.func({}, {timeT}, false), false, nLocal);
    b.method(timeT, "AddDate", tt.func({intT, intT, intT}, {timeT}, false), false, nAddDate);
    b.method(timeT, "Truncate", tt.func({duration}, {timeT}, false), false, nTruncateTime);
    b.method(timeT, "Round", tt.func({duration}, {timeT}, false), false, nRoundTime);
    b.method(location, "String", tt.func({}, {str}, false), true, nLocationString);

    b.func("Date", tt.func({intT, month, intT, intT, intT, intT, intT, locPtr}, {timeT}, false), nDateFunc);
    b.func("FixedZone", tt.func({str, intT}, {locPtr}, false), nFixedZone);
    b.var("UTC", locPtr, nUTCVar);
    b.var("Local", locPtr, nLocalVar);
}

}  // namespace gos::stdlib
