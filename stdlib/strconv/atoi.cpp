// strconv: reading integers and booleans (ParseUint, ParseInt, ParseBool).
//
// What a caller sees of a failed parse is which error it got and the value
// that came with it, so both follow Go's order of checks exactly: an empty
// string is a syntax error before the base is looked at; a bad base before
// a bad bit size; digits are read left to right and the first problem wins,
// which is why "99999999999999999999x" is out of range rather than a syntax
// error, and why misplaced underscores (checked only once all digits were
// read, and only for base 0) lose to an overflow. A value out of range comes
// back as the largest magnitude of its bit size, signed like the input.
#include "stdlib/strconv/strconv.h"

namespace gos::strconv {

namespace {

// c's lower-case letter if c is a letter (and garbage otherwise), as Go's lower().
unsigned char lower(unsigned char c) { return c | ('x' - 'X'); }

// Go's underscoreOK: underscores only between digits, or between a base
// prefix and a digit.
bool underscoresOK(std::string_view s) {
    char saw = '^';  // ^ start, 0 digit or prefix, _ underscore, ! other
    size_t i = 0;
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
    bool hex = false;
    if (s.size() >= 2 && s[0] == '0') {
        unsigned char p = lower(static_cast<unsigned char>(s[1]));
        if (p == 'b' || p == 'o' || p == 'x') {
            i = 2;
            saw = '0';
            hex = p == 'x';
        }
    }
    for (; i < s.size(); ++i) {
        auto c = static_cast<unsigned char>(s[i]);
        if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
            saw = '0';
            continue;
        }
        if (c == '_') {
            if (saw != '0') return false;
            saw = '_';
            continue;
        }
        if (saw == '_') return false;
        saw = '!';
    }
    return saw != '_';
}

}  // namespace

// The float reader (atof.cpp) applies the same rule.
bool underscoreOK(std::string_view s) { return underscoresOK(s); }

ParseError parseUint(std::string_view s, int64_t base, int64_t bitSize, uint64_t& out) {
    out = 0;
    if (s.empty()) return ParseError::Syntax;
    const bool base0 = base == 0;
    const std::string_view whole = s;
    if (base == 0) {
        base = 10;
        if (s[0] == '0') {
            unsigned char p = s.size() >= 3 ? lower(static_cast<unsigned char>(s[1])) : 0;
            if (p == 'b') base = 2;
            else if (p == 'o') base = 8;
            else if (p == 'x') base = 16;
            else base = 8;
            s.remove_prefix(base == 8 && p != 'o' ? 1 : 2);
        }
    } else if (base < 2 || base > 36) {
        return ParseError::Base;
    }
    if (bitSize == 0) bitSize = 64;
    else if (bitSize < 0 || bitSize > 64) return ParseError::BitSize;

    const auto b = static_cast<uint64_t>(base);
    const uint64_t cutoff = UINT64_MAX / b + 1;  // the smallest n with n*base overflowing
    const uint64_t maxVal = bitSize == 64 ? UINT64_MAX : (uint64_t(1) << bitSize) - 1;
    bool underscores = false;
    uint64_t n = 0;
    for (unsigned char c : s) {
        uint64_t d;
        if (c == '_' && base0) {
            underscores = true;
            continue;
        } else if (c >= '0' && c <= '9') {
            d = c - '0';
        } else if (lower(c) >= 'a' && lower(c) <= 'z') {
            d = lower(c) - 'a' + 10u;
        } else {
            return ParseError::Syntax;
        }
        if (d >= b) return ParseError::Syntax;
        if (n >= cutoff) {
            out = maxVal;
            return ParseError::Range;
        }
        n *= b;
        uint64_t next = n + d;
        if (next < n || next > maxVal) {
            out = maxVal;
            return ParseError::Range;
        }
        n = next;
    }
    if (underscores && !underscoresOK(whole)) return ParseError::Syntax;
    out = n;
    return ParseError::None;
}

ParseError parseInt(std::string_view s, int64_t base, int64_t bitSize, int64_t& out) {
    out = 0;
    if (s.empty()) return ParseError::Syntax;
    bool neg = false;
    if (s[0] == '+' || s[0] == '-') {
        neg = s[0] == '-';
        s.remove_prefix(1);
    }
    uint64_t u = 0;
    ParseError err = parseUint(s, base, bitSize, u);
    if (err != ParseError::None && err != ParseError::Range) return err;
    if (bitSize == 0) bitSize = 64;
    const uint64_t cutoff = uint64_t(1) << (bitSize - 1);
    if (!neg && u >= cutoff) {
        out = static_cast<int64_t>(cutoff - 1);
        return ParseError::Range;
    }
    if (neg && u > cutoff) {
        out = static_cast<int64_t>(0 - cutoff);
        return ParseError::Range;
    }
    out = neg ? static_cast<int64_t>(0 - u) : static_cast<int64_t>(u);
    return ParseError::None;
}

ParseError parseBool(std::string_view s, bool& out) {
    out = false;
    if (s == "1" || s == "t" || s == "T" || s == "true" || s == "TRUE" || s == "True") {
        out = true;
        return ParseError::None;
    }
    if (s == "0" || s == "f" || s == "F" || s == "false" || s == "FALSE" || s == "False") return ParseError::None;
    return ParseError::Syntax;
}

}  // namespace gos::strconv
