// Package time: Format and Parse with Go's reference layout.
//
// A layout is the reference time Mon Jan 2 15:04:05 MST 2006 written the
// way the result should look. It is read left to right as Go reads it:
// the first element found at each point ("January" before "Jan", "2006"
// before "2", "15" before "1", "-07:00" before "-07", ".000" or ",999"
// only when no digit follows) stands for a field, and everything between
// elements is copied (Format) or must match (Parse; a run of spaces
// matches any run of spaces). Parse builds the time with Date, in UTC
// unless the value named a zone or an offset, and reports failures as a
// *time.ParseError whose Error text is Go's ("parsing time "x" as "y":
// cannot parse "z" as "w"", ": month out of range", ": extra text: ...").
#include <cstring>

#include "stdlib/errors/errors.h"
#include "stdlib/stdlib.h"
#include "stdlib/time/time.h"
#include "vm/runtime.h"

namespace gos::stdlib::timepkg {

namespace {

enum class Std : uint8_t {
    None,
    LongMonth,     // January
    Month,         // Jan
    NumMonth,      // 1
    ZeroMonth,     // 01
    LongWeekDay,   // Monday
    WeekDay,       // Mon
    Day,           // 2
    UnderDay,      // _2
    ZeroDay,       // 02
    UnderYearDay,  // __2
    ZeroYearDay,   // 002
    Hour,          // 15
    Hour12,        // 3
    ZeroHour12,    // 03
    Minute,        // 4
    ZeroMinute,    // 04
    Second,        // 5
    ZeroSecond,    // 05
    LongYear,      // 2006
    Year,          // 06
    PM,            // PM
    pm,            // pm
    TZ,            // MST
    ISO8601TZ,              // Z0700
    ISO8601SecondsTZ,       // Z070000
    ISO8601ShortTZ,         // Z07
    ISO8601ColonTZ,         // Z07:00
    ISO8601ColonSecondsTZ,  // Z07:00:00
    NumTZ,                  // -0700
    NumSecondsTZ,           // -070000
    NumShortTZ,             // -07
    NumColonTZ,             // -07:00
    NumColonSecondsTZ,      // -07:00:00
    FracSecond0,            // .0, .00, ... (or with a comma)
    FracSecond9,            // .9, .99, ...
};

// One step through a layout: the literal text before the element, the
// element, and its text in the layout.
struct Chunk {
    std::string_view prefix;
    Std std = Std::None;
    std::string_view elem;
    std::string_view suffix;
    int digits = 0;      // FracSecond: how many
    char separator = 0;  // FracSecond: '.' or ','
};

// The numeric zone elements after their lead character (- or Z), in the
// order Go tries them.
struct ZoneShape {
    std::string_view tail;
    Std num, iso;
};
constexpr ZoneShape kZoneShapes[] = {
    {"070000", Std::NumSecondsTZ, Std::ISO8601SecondsTZ},
    {"07:00:00", Std::NumColonSecondsTZ, Std::ISO8601ColonSecondsTZ},
    {"0700", Std::NumTZ, Std::ISO8601TZ},
    {"07:00", Std::NumColonTZ, Std::ISO8601ColonTZ},
    {"07", Std::NumShortTZ, Std::ISO8601ShortTZ},
};

bool startsWithLower(std::string_view s) { return !s.empty() && s[0] >= 'a' && s[0] <= 'z'; }
bool isDigitAt(std::string_view s, size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }
bool has(std::string_view s, size_t i, std::string_view what) { return s.substr(i, what.size()) == what; }

Chunk nextChunk(std::string_view layout) {
    auto found = [&](size_t i, Std std, size_t len) {
        Chunk c;
        c.prefix = layout.substr(0, i);
        c.std = std;
        c.elem = layout.substr(i, len);
        c.suffix = layout.substr(i + len);
        return c;
    };
    static const Std kZeroX[6] = {Std::ZeroMonth, Std::ZeroDay, Std::ZeroHour12, Std::ZeroMinute, Std::ZeroSecond, Std::Year};
    for (size_t i = 0; i < layout.size(); ++i) {
        switch (layout[i]) {
            case 'J':
                if (has(layout, i, "Jan")) {
                    if (has(layout, i, "January")) return found(i, Std::LongMonth, 7);
                    if (!startsWithLower(layout.substr(i + 3))) return found(i, Std::Month, 3);
                }
                break;
            case 'M':
                if (has(layout, i, "Mon")) {
                    if (has(layout, i, "Monday")) return found(i, Std::LongWeekDay, 6);
                    if (!startsWithLower(layout.substr(i + 3))) return found(i, Std::WeekDay, 3);
                }
                if (has(layout, i, "MST")) return found(i, Std::TZ, 3);
                break;
            case '0':
                if (i + 1 < layout.size() && layout[i + 1] >= '1' && layout[i + 1] <= '6')
                    return found(i, kZeroX[layout[i + 1] - '1'], 2);
                if (has(layout, i, "002")) return found(i, Std::ZeroYearDay, 3);
                break;
            case '1':
                if (has(layout, i, "15")) return found(i, Std::Hour, 2);
                return found(i, Std::NumMonth, 1);
            case '2':
                if (has(layout, i, "2006")) return found(i, Std::LongYear, 4);
                return found(i, Std::Day, 1);
            case '_':
                if (has(layout, i, "_2")) {
                    // _2006 is an underscore, then the year
                    if (has(layout, i + 1, "2006")) return found(i + 1, Std::LongYear, 4);
                    return found(i, Std::UnderDay, 2);
                }
                if (has(layout, i, "__2")) return found(i, Std::UnderYearDay, 3);
                break;
            case '3': return found(i, Std::Hour12, 1);
            case '4': return found(i, Std::Minute, 1);
            case '5': return found(i, Std::Second, 1);
            case 'P':
                if (has(layout, i, "PM")) return found(i, Std::PM, 2);
                break;
            case 'p':
                if (has(layout, i, "pm")) return found(i, Std::pm, 2);
                break;
            case '-':
            case 'Z':
                // the numeric zones, longest first: -070000 before -0700 before -07
                for (const ZoneShape& z : kZoneShapes)
                    if (layout.substr(i + 1, z.tail.size()) == z.tail)
                        return found(i, layout[i] == '-' ? z.num : z.iso, z.tail.size() + 1);
                break;
            case '.':
            case ',':
                if (i + 1 < layout.size() && (layout[i + 1] == '0' || layout[i + 1] == '9')) {
                    char ch = layout[i + 1];
                    size_t j = i + 1;
                    while (j < layout.size() && layout[j] == ch) ++j;
                    if (!isDigitAt(layout, j)) {
                        Chunk c = found(i, ch == '0' ? Std::FracSecond0 : Std::FracSecond9, j - i);
                        c.digits = static_cast<int>(j - (i + 1));
                        c.separator = layout[i];
                        return c;
                    }
                }
                break;
            default: break;
        }
    }
    Chunk c;
    c.prefix = layout;
    return c;
}

void appendInt(std::string& b, int64_t x, int width) {
    uint64_t u = static_cast<uint64_t>(x);
    if (x < 0) {
        b += '-';
        u = 0 - u;
    }
    std::string digits = std::to_string(u);
    for (int w = static_cast<int>(digits.size()); w < width; ++w) b += '0';
    b += digits;
}

bool isZoneElem(Std s) { return s >= Std::ISO8601TZ && s <= Std::NumColonSecondsTZ; }
bool isISO(Std s) { return s >= Std::ISO8601TZ && s <= Std::ISO8601ColonSecondsTZ; }

void appendZone(std::string& b, Std std, int64_t offset) {
    if (offset == 0 && isISO(std)) {
        b += 'Z';
        return;
    }
    int64_t zone = offset / 60, abs = offset;
    if (zone < 0) {
        b += '-';
        zone = -zone;
        abs = -abs;
    } else {
        b += '+';
    }
    appendInt(b, zone / 60, 2);
    bool colon = std == Std::ISO8601ColonTZ || std == Std::NumColonTZ || std == Std::ISO8601ColonSecondsTZ ||
                 std == Std::NumColonSecondsTZ;
    if (colon) b += ':';
    if (std != Std::NumShortTZ && std != Std::ISO8601ShortTZ) appendInt(b, zone % 60, 2);
    if (std == Std::ISO8601SecondsTZ || std == Std::NumSecondsTZ || std == Std::NumColonSecondsTZ ||
        std == Std::ISO8601ColonSecondsTZ) {
        if (colon) b += ':';
        appendInt(b, abs % 60, 2);
    }
}

}  // namespace

std::string formatTime(const Time& t, std::string_view layout) {
    Zone zone = zoneOf(t);
    Civil c{};
    bool haveFields = false;
    std::string b;
    while (!layout.empty()) {
        Chunk ch = nextChunk(layout);
        b += ch.prefix;
        if (ch.std == Std::None) break;
        layout = ch.suffix;
        if (!haveFields) {
            c = civilOf(t, zone.offset);
            haveFields = true;
        }
        switch (ch.std) {
            case Std::Year: {
                uint64_t y = c.year < 0 ? 0 - static_cast<uint64_t>(c.year) : static_cast<uint64_t>(c.year);
                appendInt(b, static_cast<int64_t>(y % 100), 2);
                break;
            }
            case Std::LongYear: appendInt(b, c.year, 4); break;
            case Std::Month: b.append(kLongMonthNames[c.month - 1], 3); break;
            case Std::LongMonth: b += kLongMonthNames[c.month - 1]; break;
            case Std::NumMonth: appendInt(b, c.month, 0); break;
            case Std::ZeroMonth: appendInt(b, c.month, 2); break;
            case Std::WeekDay: b.append(kLongDayNames[c.weekday], 3); break;
            case Std::LongWeekDay: b += kLongDayNames[c.weekday]; break;
            case Std::Day: appendInt(b, c.day, 0); break;
            case Std::UnderDay:
                if (c.day < 10) b += ' ';
                appendInt(b, c.day, 0);
                break;
            case Std::ZeroDay: appendInt(b, c.day, 2); break;
            case Std::UnderYearDay:
                if (c.yday < 100) b += c.yday < 10 ? "  " : " ";
                appendInt(b, c.yday, 0);
                break;
            case Std::ZeroYearDay: appendInt(b, c.yday, 3); break;
            case Std::Hour: appendInt(b, c.hour, 2); break;
            case Std::Hour12:
            case Std::ZeroHour12: appendInt(b, c.hour % 12 == 0 ? 12 : c.hour % 12, ch.std == Std::ZeroHour12 ? 2 : 0); break;
            case Std::Minute: appendInt(b, c.min, 0); break;
            case Std::ZeroMinute: appendInt(b, c.min, 2); break;
            case Std::Second: appendInt(b, c.sec, 0); break;
            case Std::ZeroSecond: appendInt(b, c.sec, 2); break;
            case Std::PM: b += c.hour >= 12 ? "PM" : "AM"; break;
            case Std::pm: b += c.hour >= 12 ? "pm" : "am"; break;
            case Std::TZ:
                if (!zone.name.empty()) {
                    b += zone.name;
                } else {
                    int64_t z = zone.offset / 60;
                    b += z < 0 ? '-' : '+';
                    if (z < 0) z = -z;
                    appendInt(b, z / 60, 2);
                    appendInt(b, z % 60, 2);
                }
                break;
            case Std::FracSecond0:
            case Std::FracSecond9: {
                char digits[9];
                int64_t u = t.nsec();
                for (int k = 8; k >= 0; --k, u /= 10) digits[k] = static_cast<char>('0' + u % 10);
                int n = ch.digits > 9 ? 9 : ch.digits;
                if (ch.std == Std::FracSecond9) {
                    while (n > 0 && digits[n - 1] == '0') --n;
                    if (n == 0) break;
                }
                b += ch.separator;
                b.append(digits, static_cast<size_t>(n));
                break;
            }
            default:
                if (isZoneElem(ch.std)) appendZone(b, ch.std, zone.offset);
                break;
        }
    }
    return b;
}

std::string timeString(const Time& t) {
    std::string s = formatTime(t, "2006-01-02 15:04:05.999999999 -0700 MST");
    if (t.mono()) {
        uint64_t m2 = static_cast<uint64_t>(t.ext);
        char sign = '+';
        if (t.ext < 0) {
            sign = '-';
            m2 = 0 - m2;
        }
        uint64_t m1 = m2 / 1000000000, m0;
        m2 %= 1000000000;
        m0 = m1 / 1000000000;
        m1 %= 1000000000;
        s += " m=";
        s += sign;
        int width = 0;
        if (m0 != 0) {
            appendInt(s, static_cast<int64_t>(m0), 0);
            width = 9;
        }
        appendInt(s, static_cast<int64_t>(m1), width);
        s += '.';
        appendInt(s, static_cast<int64_t>(m2), 9);
    }
    return s;
}

// ---- Parse ----

namespace {

// Go's quote for ParseError: bytes that are not printable ASCII as \x..
std::string quote(std::string_view s) {
    static const char kHex[] = "0123456789abcdef";
    std::string out = "\"";
    size_t i = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80 || c < ' ') {
            // a whole UTF-8 sequence (or one bad byte), byte by byte
            size_t width = 1;
            if (c >= 0xC0) {
                size_t want = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
                size_t k = 1;
                while (k < want && i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80) ++k;
                if (k == want) width = want;
            }
            for (size_t j = 0; j < width; ++j) {
                unsigned char x = static_cast<unsigned char>(s[i + j]);
                out += "\\x";
                out += kHex[x >> 4];
                out += kHex[x & 15];
            }
            i += width;
            continue;
        }
        if (c == '"' || c == '\\') out += '\\';
        out += static_cast<char>(c);
        ++i;
    }
    return out + "\"";
}

struct Failure {
    std::string_view layoutElem, valueElem;
    std::string message;  // set: replaces the "cannot parse" text
};

// leading decimal digits of s as a number; false when it overflows
bool leadingInt(std::string_view s, uint64_t& x, std::string_view& rest) {
    x = 0;
    size_t i = 0;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
        if (x > (uint64_t(1) << 63) / 10) return false;
        x = x * 10 + static_cast<uint64_t>(s[i] - '0');
        if (x > uint64_t(1) << 63) return false;
    }
    rest = s.substr(i);
    return true;
}

bool atoi(std::string_view s, int64_t& x) {
    bool neg = false;
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
        neg = s[0] == '-';
        s.remove_prefix(1);
    }
    uint64_t q;
    std::string_view rest;
    if (!leadingInt(s, q, rest) || !rest.empty()) return false;
    x = neg ? static_cast<int64_t>(0 - q) : static_cast<int64_t>(q);
    return true;
}

bool getnum(std::string_view& s, bool fixed, int64_t& n) {
    if (!isDigitAt(s, 0)) return false;
    if (!isDigitAt(s, 1)) {
        if (fixed) return false;
        n = s[0] - '0';
        s.remove_prefix(1);
        return true;
    }
    n = (s[0] - '0') * 10 + (s[1] - '0');
    s.remove_prefix(2);
    return true;
}

bool getnum3(std::string_view& s, bool fixed, int64_t& n) {
    n = 0;
    size_t i = 0;
    for (; i < 3 && isDigitAt(s, i); ++i) n = n * 10 + (s[i] - '0');
    if (i == 0 || (fixed && i != 3)) return false;
    s.remove_prefix(i);
    return true;
}

bool matchFold(std::string_view a, std::string_view b) {
    for (size_t i = 0; i < a.size(); ++i) {
        char c1 = a[i], c2 = b[i];
        if (c1 != c2) {
            c1 |= 'a' - 'A';
            c2 |= 'a' - 'A';
            if (c1 != c2 || c1 < 'a' || c1 > 'z') return false;
        }
    }
    return true;
}

// the index of the name in tab that value starts with (any case), or -1
int lookupName(const char* const* tab, int n, size_t len, std::string_view& value) {
    for (int k = 0; k < n; ++k) {
        std::string_view name = len ? std::string_view(tab[k], len) : std::string_view(tab[k]);
        if (value.size() >= name.size() && matchFold(value.substr(0, name.size()), name)) {
            value.remove_prefix(name.size());
            return k;
        }
    }
    return -1;
}

bool skipPrefix(std::string_view& value, std::string_view prefix) {
    while (!prefix.empty()) {
        if (prefix[0] == ' ') {
            if (!value.empty() && value[0] != ' ') return false;
            while (!prefix.empty() && prefix[0] == ' ') prefix.remove_prefix(1);
            while (!value.empty() && value[0] == ' ') value.remove_prefix(1);
            continue;
        }
        if (value.empty() || value[0] != prefix[0]) return false;
        prefix.remove_prefix(1);
        value.remove_prefix(1);
    }
    return true;
}

bool commaOrPeriod(char c) { return c == '.' || c == ','; }

// value[0] is the separator, then nbytes-1 digits: the nanoseconds
bool parseNanoseconds(std::string_view value, size_t nbytes, int64_t& ns, std::string& rangeErr) {
    if (!commaOrPeriod(value[0])) return false;
    if (nbytes > 10) nbytes = 10;
    if (!atoi(value.substr(1, nbytes - 1), ns)) return false;
    if (ns < 0) {
        rangeErr = "fractional second";
        return true;
    }
    for (size_t i = nbytes; i < 10; ++i) ns *= 10;
    return true;
}

size_t parseSignedOffset(std::string_view value) {
    if (value[0] != '-' && value[0] != '+') return 0;
    uint64_t x;
    std::string_view rest;
    if (!leadingInt(value.substr(1), x, rest) || rest.size() == value.size() - 1 || x > 23) return 0;
    return value.size() - rest.size();
}

// the length of a zone abbreviation at the start of value (0: none)
size_t parseTimeZone(std::string_view value) {
    if (value.size() < 3) return 0;
    if (has(value, 0, "ChST") || has(value, 0, "MeST")) return 4;
    if (has(value, 0, "GMT")) return value.size() == 3 ? 3 : 3 + parseSignedOffset(value.substr(3));
    if (value[0] == '+' || value[0] == '-') return parseSignedOffset(value);
    size_t upper = 0;
    while (upper < 6 && upper < value.size() && value[upper] >= 'A' && value[upper] <= 'Z') ++upper;
    switch (upper) {
        case 5: return value[4] == 'T' ? 5 : 0;
        case 4: return value[3] == 'T' || has(value, 0, "WITA") ? 4 : 0;
        case 3: return 3;
        default: return 0;
    }
}

}  // namespace

// Go's parse; on failure returns false with *fail set.
bool parseTime(vm::VM& vm, std::string_view layout, std::string_view value, Location* defaultLoc, Location* local,
               Time& out, Failure& fail) {
    static const char* const kShortDay[7] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    std::string rangeErr;
    bool amSet = false, pmSet = false;
    int64_t year = 0, month = -1, day = -1, yday = -1, hour = 0, min = 0, sec = 0, nsec = 0;
    bool zIsUTC = false;
    int64_t zoneOffset = -1;
    std::string_view zoneName;

    for (;;) {
        Chunk ch = nextChunk(layout);
        if (!skipPrefix(value, ch.prefix)) {
            fail = {ch.prefix, value, ""};
            return false;
        }
        if (ch.std == Std::None) {
            if (!value.empty()) {
                fail = {"", value, ": extra text: " + quote(value)};
                return false;
            }
            break;
        }
        layout = ch.suffix;
        bool ok = true;
        std::string_view hold = value;
        switch (ch.std) {
            case Std::Year:
                if (value.size() < 2) {
                    ok = false;
                    break;
                }
                if ((ok = atoi(value.substr(0, 2), year))) {
                    value.remove_prefix(2);
                    year += year >= 69 ? 1900 : 2000;
                }
                break;
            case Std::LongYear:
                if (value.size() < 4 || !isDigitAt(value, 0)) {
                    ok = false;
                    break;
                }
                ok = atoi(value.substr(0, 4), year);
                value.remove_prefix(4);
                break;
            case Std::Month:
            case Std::LongMonth:
                month = lookupName(kLongMonthNames, 12, ch.std == Std::Month ? 3 : 0, value) + 1;
                ok = month > 0;
                break;
            case Std::NumMonth:
            case Std::ZeroMonth:
                ok = getnum(value, ch.std == Std::ZeroMonth, month);
                if (ok && (month <= 0 || month > 12)) rangeErr = "month";
                break;
            case Std::WeekDay: ok = lookupName(kShortDay, 7, 0, value) >= 0; break;
            case Std::LongWeekDay: ok = lookupName(kLongDayNames, 7, 0, value) >= 0; break;
            case Std::Day:
            case Std::UnderDay:
            case Std::ZeroDay:
                if (ch.std == Std::UnderDay && !value.empty() && value[0] == ' ') value.remove_prefix(1);
                ok = getnum(value, ch.std == Std::ZeroDay, day);
                break;
            case Std::UnderYearDay:
            case Std::ZeroYearDay:
                for (int k = 0; k < 2; ++k)
                    if (ch.std == Std::UnderYearDay && !value.empty() && value[0] == ' ') value.remove_prefix(1);
                ok = getnum3(value, ch.std == Std::ZeroYearDay, yday);
                break;
            case Std::Hour:
                ok = getnum(value, false, hour);
                if (hour < 0 || hour >= 24) rangeErr = "hour";
                break;
            case Std::Hour12:
            case Std::ZeroHour12:
                ok = getnum(value, ch.std == Std::ZeroHour12, hour);
                if (hour < 0 || hour > 12) rangeErr = "hour";
                break;
            case Std::Minute:
            case Std::ZeroMinute:
                ok = getnum(value, ch.std == Std::ZeroMinute, min);
                if (min < 0 || min >= 60) rangeErr = "minute";
                break;
            case Std::Second:
            case Std::ZeroSecond: {
                ok = getnum(value, ch.std == Std::ZeroSecond, sec);
                if (sec < 0 || sec >= 60) {
                    rangeErr = "second";
                    break;
                }
                // a fraction after the seconds the layout does not ask for
                if (ok && value.size() >= 2 && commaOrPeriod(value[0]) && isDigitAt(value, 1)) {
                    Std next = nextChunk(layout).std;
                    if (next == Std::FracSecond0 || next == Std::FracSecond9) break;
                    size_t n = 2;
                    while (n < value.size() && isDigitAt(value, n)) ++n;
                    ok = parseNanoseconds(value, n, nsec, rangeErr);
                    value.remove_prefix(n);
                }
                break;
            }
            case Std::PM:
            case Std::pm: {
                if (value.size() < 2) {
                    ok = false;
                    break;
                }
                std::string_view p = value.substr(0, 2);
                value.remove_prefix(2);
                bool upper = ch.std == Std::PM;
                if (p == (upper ? "PM" : "pm")) pmSet = true;
                else if (p == (upper ? "AM" : "am")) amSet = true;
                else ok = false;
                break;
            }
            case Std::TZ: {
                if (has(value, 0, "UTC")) {
                    zIsUTC = true;
                    value.remove_prefix(3);
                    break;
                }
                size_t n = parseTimeZone(value);
                if (n == 0) {
                    ok = false;
                    break;
                }
                zoneName = value.substr(0, n);
                value.remove_prefix(n);
                break;
            }
            case Std::FracSecond0: {
                size_t ndigit = 1 + static_cast<size_t>(ch.digits);
                if (value.size() < ndigit) {
                    ok = false;
                    break;
                }
                ok = parseNanoseconds(value, ndigit, nsec, rangeErr);
                value.remove_prefix(ndigit);
                break;
            }
            case Std::FracSecond9: {
                if (value.size() < 2 || !commaOrPeriod(value[0]) || !isDigitAt(value, 1)) break;
                size_t i = 0;
                while (i < 9 && i + 1 < value.size() && isDigitAt(value, i + 1)) ++i;
                ok = parseNanoseconds(value, 1 + i, nsec, rangeErr);
                value.remove_prefix(1 + i);
                break;
            }
            default: {  // the numeric zones
                if ((ch.std == Std::ISO8601TZ || ch.std == Std::ISO8601ShortTZ || ch.std == Std::ISO8601ColonTZ) &&
                    !value.empty() && value[0] == 'Z') {
                    value.remove_prefix(1);
                    zIsUTC = true;
                    break;
                }
                std::string_view sign, hh, mm, ss = "00";
                bool colon = ch.std == Std::ISO8601ColonTZ || ch.std == Std::NumColonTZ;
                bool shortForm = ch.std == Std::NumShortTZ || ch.std == Std::ISO8601ShortTZ;
                bool colonSeconds = ch.std == Std::ISO8601ColonSecondsTZ || ch.std == Std::NumColonSecondsTZ;
                bool seconds = ch.std == Std::ISO8601SecondsTZ || ch.std == Std::NumSecondsTZ;
                size_t need = colon ? 6 : shortForm ? 3 : colonSeconds ? 9 : seconds ? 7 : 5;
                if (value.size() < need || (colon && value[3] != ':') ||
                    (colonSeconds && (value[3] != ':' || value[6] != ':'))) {
                    ok = false;
                    break;
                }
                sign = value.substr(0, 1);
                hh = value.substr(1, 2);
                if (colon) mm = value.substr(4, 2);
                else if (shortForm) mm = "00";
                else if (colonSeconds) mm = value.substr(4, 2), ss = value.substr(7, 2);
                else if (seconds) mm = value.substr(3, 2), ss = value.substr(5, 2);
                else mm = value.substr(3, 2);
                value.remove_prefix(need);
                int64_t hr = 0, m = 0, s = 0;
                ok = atoi(hh, hr) && atoi(mm, m) && atoi(ss, s);
                zoneOffset = (hr * 60 + m) * 60 + s;
                if (sign[0] == '-') zoneOffset = -zoneOffset;
                else if (sign[0] != '+') ok = false;
                break;
            }
        }
        if (!ok && ch.std == Std::Year) value = hold;
        if (!rangeErr.empty()) {
            fail = {ch.elem, value, ": " + rangeErr + " out of range"};
            return false;
        }
        if (!ok) {
            fail = {ch.elem, value, ""};
            return false;
        }
    }
    if (pmSet && hour < 12) hour += 12;
    else if (amSet && hour == 12) hour = 0;

    if (yday >= 0) {
        static const int kDaysBefore[13] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};
        int64_t d = 0, m = 0;
        if (isLeap(year)) {
            if (yday == 31 + 29) {
                m = 2;
                d = 29;
            } else if (yday > 31 + 29) {
                --yday;
            }
        }
        if (yday < 1 || yday > 365) {
            fail = {"", value, ": day-of-year out of range"};
            return false;
        }
        if (m == 0) {
            m = (yday - 1) / 31 + 1;
            if (kDaysBefore[m] < yday) ++m;
            d = yday - kDaysBefore[m - 1];
        }
        if (month >= 0 && month != m) {
            fail = {"", value, ": day-of-year does not match month"};
            return false;
        }
        month = m;
        if (day >= 0 && day != d) {
            fail = {"", value, ": day-of-year does not match day"};
            return false;
        }
        day = d;
    } else {
        if (month < 0) month = 1;
        if (day < 0) day = 1;
    }
    if (day < 1 || day > daysIn(static_cast<int>(month), year)) {
        fail = {"", value, ": day out of range"};
        return false;
    }

    auto fixedZone = [&](std::string_view name, int64_t offset) {
        auto* loc = static_cast<Location*>(vm.allocate(sizeof(Location), false));
        loc->name = vm.makeString(name);
        loc->offset = offset;
        return loc;
    };
    if (zIsUTC) {
        out = makeDate(year, month, day, hour, min, sec, nsec, nullptr);
        out.loc = nullptr;
        return true;
    }
    if (zoneOffset != -1) {
        out = makeDate(year, month, day, hour, min, sec, nsec, nullptr);
        out.addSec(-zoneOffset);
        Zone zl = zoneAt(local, out.unixSec());
        if (zl.offset == zoneOffset && (zoneName.empty() || zl.name == zoneName)) out.loc = storedLocation(vm, local);
        else out.loc = fixedZone(zoneName, zoneOffset);
        return true;
    }
    if (!zoneName.empty()) {
        out = makeDate(year, month, day, hour, min, sec, nsec, nullptr);
        // the offset the local zone has under that name at about that time
        int64_t unix = out.unixSec();
        Zone guess = zoneAt(local, unix);
        Zone at = zoneAt(local, unix - guess.offset);
        if (at.name == zoneName || guess.name == zoneName) {
            int64_t offset = at.name == zoneName ? at.offset : guess.offset;
            out.addSec(-offset);
            out.loc = storedLocation(vm, local);
            return true;
        }
        int64_t offset = 0;
        if (zoneName.size() > 3 && has(zoneName, 0, "GMT")) {
            atoi(zoneName.substr(3), offset);
            offset *= 3600;
        }
        out.loc = fixedZone(zoneName, offset);
        return true;
    }
    out = makeDate(year, month, day, hour, min, sec, nsec, defaultLoc);
    out.loc = storedLocation(vm, defaultLoc);
    return true;
}

bool parseDuration(std::string_view s, int64_t& out, std::string& err) {
    const std::string_view orig = s;
    auto invalid = [&] {
        err = "time: invalid duration " + quote(orig);
        return false;
    };
    uint64_t d = 0;
    bool neg = false;
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
        neg = s[0] == '-';
        s.remove_prefix(1);
    }
    if (s == "0") {
        out = 0;
        return true;
    }
    if (s.empty()) return invalid();
    while (!s.empty()) {
        if (!(s[0] == '.' || isDigitAt(s, 0))) return invalid();
        size_t before = s.size();
        uint64_t v;
        std::string_view rest;
        if (!leadingInt(s, v, rest)) return invalid();
        s = rest;
        bool pre = before != s.size();
        // the fraction: digits beyond what fits are dropped
        uint64_t f = 0;
        double scale = 1;
        bool post = false;
        if (!s.empty() && s[0] == '.') {
            s.remove_prefix(1);
            size_t i = 0;
            bool overflow = false;
            for (; i < s.size() && isDigitAt(s, i); ++i) {
                if (overflow) continue;
                if (f > static_cast<uint64_t>(INT64_MAX) / 10) {
                    overflow = true;
                    continue;
                }
                uint64_t y = f * 10 + static_cast<uint64_t>(s[i] - '0');
                if (y > uint64_t(1) << 63) {
                    overflow = true;
                    continue;
                }
                f = y;
                scale *= 10;
            }
            post = i > 0;
            s.remove_prefix(i);
        }
        if (!pre && !post) return invalid();
        size_t i = 0;
        while (i < s.size() && s[i] != '.' && !isDigitAt(s, i)) ++i;
        if (i == 0) {
            err = "time: missing unit in duration " + quote(orig);
            return false;
        }
        std::string_view u = s.substr(0, i);
        s.remove_prefix(i);
        uint64_t unit = u == "ns" ? 1
                        : u == "us" || u == "\u00b5s" || u == "\u03bcs" ? 1000
                        : u == "ms" ? 1000000
                        : u == "s"  ? 1000000000
                        : u == "m"  ? 60000000000
                        : u == "h"  ? 3600000000000
                                    : 0;
        if (unit == 0) {
            err = "time: unknown unit " + quote(u) + " in duration " + quote(orig);
            return false;
        }
        if (v > (uint64_t(1) << 63) / unit) return invalid();
        v *= unit;
        if (f > 0) {
            v += static_cast<uint64_t>(static_cast<double>(f) * (static_cast<double>(unit) / scale));
            if (v > uint64_t(1) << 63) return invalid();
        }
        d += v;
        if (d > uint64_t(1) << 63) return invalid();
    }
    if (neg) {
        out = static_cast<int64_t>(0 - d);
        return true;
    }
    if (d > uint64_t(INT64_MAX)) return invalid();
    out = static_cast<int64_t>(d);
    return true;
}

}  // namespace gos::stdlib::timepkg

namespace gos::stdlib {

namespace {

using namespace timepkg;
using types::Kind;

struct ParseError {
    vm::GoString layout, value, layoutElem, valueElem, message;
};

void nFormat(vm::VM& vm, uint64_t* a) {
    Time t = receiverTime(a);
    std::string s = formatTime(t, stringArg(a, 1));
    setString(a, 0, vm.makeString(s));
}

void nTimeString(vm::VM& vm, uint64_t* a) { setString(a, 0, vm.makeString(timeString(receiverTime(a)))); }

void parseInto(vm::VM& vm, uint64_t* a, Location* defaultLoc, Location* local) {
    std::string_view layout = stringArg(a, 0), value = stringArg(a, 2);
    Time t{};
    Failure f;
    if (parseTime(vm, layout, value, defaultLoc, local, t, f)) {
        putTime(a, t);
        setIface(a, 3, {});
        return;
    }
    auto* e = static_cast<ParseError*>(vm.allocate(sizeof(ParseError), false));
    // the elements are views into layout and value: Go strings share bytes
    e->layout = viewString(layout);
    e->value = viewString(value);
    e->layoutElem = viewString(f.layoutElem);
    e->valueElem = viewString(f.valueElem);
    e->message = vm.makeString(f.message);
    putTime(a, Time{});
    setIface(a, 3, {vm.program().libraryTypes.at("time.ParseError"), e});
}

void nParseDuration(vm::VM& vm, uint64_t* a) {
    int64_t d = 0;
    std::string err;
    if (parseDuration(stringArg(a, 0), d, err)) {
        a[0] = static_cast<uint64_t>(d);
        setIface(a, 1, {});
    } else {
        a[0] = 0;
        setIface(a, 1, makeError(vm, "errors.errorString", err));
    }
}

void nParse(vm::VM& vm, uint64_t* a) { parseInto(vm, a, utcLocation(vm), localLocation(vm)); }

void nParseInLocation(vm::VM& vm, uint64_t* a) {
    auto* loc = reinterpret_cast<Location*>(a[4]);
    if (!loc) panicString(vm, "time: missing Location in call to ParseInLocation");
    parseInto(vm, a, loc, loc);
}

void nParseErrorError(vm::VM& vm, uint64_t* a) {
    auto* e = reinterpret_cast<const ParseError*>(a[0]);
    if (!e) vm.runtimeError(vm::kNilDeref, true);
    std::string s;
    if (e->message.len == 0)
        s = "parsing time " + quote(e->value.view()) + " as " + quote(e->layout.view()) + ": cannot parse " +
            quote(e->valueElem.view()) + " as " + quote(e->layoutElem.view());
    else
        s = "parsing time " + quote(e->value.view()) + std::string(e->message.view());
    setString(a, 0, vm.makeString(s));
}

}  // namespace

void declareTimeFormat(PackageBuilder& b, types::Named* timeT, types::Named* duration, types::Named* location) {
    types::TypeTable& tt = b.types();
    types::Type* str = b.basic(Kind::String);
    types::Type* errorT = tt.errorType();
    types::Type* locPtr = tt.pointer(location);

    b.method(timeT, "Format", tt.func({str}, {str}, false), false, nFormat);
    b.method(timeT, "String", tt.func({}, {str}, false), false, nTimeString);

    types::Named* parseError = tt.named("ParseError", "time");
    tt.setUnderlying(parseError, tt.structType({{"Layout", str, 0, false, ""},
                                                {"Value", str, 0, false, ""},
                                                {"LayoutElem", str, 0, false, ""},
                                                {"ValueElem", str, 0, false, ""},
                                                {"Message", str, 0, false, ""}}));
    b.method(parseError, "Error", tt.func({}, {str}, false), true, nParseErrorError);
    b.typeName("ParseError", parseError);
    b.program().libraryTypes["time.ParseError"] = tt.pointer(parseError);
    b.func("Parse", tt.func({str, str}, {timeT, errorT}, false), nParse);
    b.func("ParseDuration", tt.func({str}, {duration, errorT}, false), nParseDuration);
    declareErrorType(b, "errors", "errorString", b.program());
    b.func("ParseInLocation", tt.func({str, str, locPtr}, {timeT, errorT}, false), nParseInLocation);

    const struct {
        const char* name;
        const char* layout;
    } layouts[] = {
        {"Layout", "01/02 03:04:05PM '06 -0700"},
        {"ANSIC", "Mon Jan _2 15:04:05 2006"},
        {"UnixDate", "Mon Jan _2 15:04:05 MST 2006"},
        {"RubyDate", "Mon Jan 02 15:04:05 -0700 2006"},
        {"RFC822", "02 Jan 06 15:04 MST"},
        {"RFC822Z", "02 Jan 06 15:04 -0700"},
        {"RFC850", "Monday, 02-Jan-06 15:04:05 MST"},
        {"RFC1123", "Mon, 02 Jan 2006 15:04:05 MST"},
        {"RFC1123Z", "Mon, 02 Jan 2006 15:04:05 -0700"},
        {"RFC3339", "2006-01-02T15:04:05Z07:00"},
        {"RFC3339Nano", "2006-01-02T15:04:05.999999999Z07:00"},
        {"Kitchen", "3:04PM"},
        {"Stamp", "Jan _2 15:04:05"},
        {"StampMilli", "Jan _2 15:04:05.000"},
        {"StampMicro", "Jan _2 15:04:05.000000"},
        {"StampNano", "Jan _2 15:04:05.000000000"},
    };
    for (const auto& l : layouts) b.constant(l.name, b.basic(Kind::UntypedString), constant::makeString(l.layout));
}

}  // namespace gos::stdlib
