#include "lexer/unicode.h"

#include "lexer/rune_tables.h"

namespace gos::unicode {

namespace {

#include "lexer/unicode_tables.inc"

}  // namespace

uint32_t toUpper(uint32_t r) {
    if (r < 0x80) return r >= 'a' && r <= 'z' ? r - 32 : r;
    return mapCase(kUpperRanges, r);
}

uint32_t toLower(uint32_t r) {
    if (r < 0x80) return r >= 'A' && r <= 'Z' ? r + 32 : r;
    return mapCase(kLowerRanges, r);
}

size_t decode(const char* str, size_t n, uint32_t& rune) {
    const auto* s = reinterpret_cast<const unsigned char*>(str);
    rune = kRuneError;
    if (n == 0) return 0;
    unsigned char c = s[0];
    if (c < 0x80) {
        rune = c;
        return 1;
    }
    auto cont = [&](size_t i) { return i < n && (s[i] & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF) {
        if (!cont(1)) return 1;
        rune = ((c & 0x1Fu) << 6) | (s[1] & 0x3Fu);
        return 2;
    }
    if (c >= 0xE0 && c <= 0xEF) {
        if (!cont(1) || !cont(2)) return 1;
        uint32_t r = ((c & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
        if (r < 0x800 || (r >= 0xD800 && r <= 0xDFFF)) return 1;
        rune = r;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3)) return 1;
        uint32_t r = ((c & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
        if (r < 0x10000 || r > kMaxRune) return 1;
        rune = r;
        return 4;
    }
    return 1;
}

size_t encodedLength(uint32_t r) {
    if (r < 0x80) return 1;
    if (r < 0x800) return 2;
    if (r > kMaxRune || (r >= 0xD800 && r <= 0xDFFF)) return 3;  // kRuneError
    if (r < 0x10000) return 3;
    return 4;
}

void encode(std::string& out, uint32_t r) {
    if (r > kMaxRune || (r >= 0xD800 && r <= 0xDFFF)) r = kRuneError;
    if (r < 0x80) {
        out += char(r);
    } else if (r < 0x800) {
        out += char(0xC0 | (r >> 6));
        out += char(0x80 | (r & 0x3F));
    } else if (r < 0x10000) {
        out += char(0xE0 | (r >> 12));
        out += char(0x80 | ((r >> 6) & 0x3F));
        out += char(0x80 | (r & 0x3F));
    } else {
        out += char(0xF0 | (r >> 18));
        out += char(0x80 | ((r >> 12) & 0x3F));
        out += char(0x80 | ((r >> 6) & 0x3F));
        out += char(0x80 | (r & 0x3F));
    }
}

bool isLetter(uint32_t r) {
    if (r < 0x80) return (r | 0x20) - 'a' < 26 || r == '_';
    return inTable(kLetterRanges, r);
}

bool isDigit(uint32_t r) {
    if (r < 0x80) return r - '0' < 10;
    return inTable(kDigitRanges, r);
}

bool isPrint(uint32_t r) {
    if (r < 0x80) return r >= 0x20 && r < 0x7F;
    if (r > kMaxRune || (r >= 0xD800 && r <= 0xDFFF)) return false;
    if (r == 0xFEFF || (r >= 0x80 && r < 0xA0) || r == 0xAD) return false;
    return true;
}

bool isExported(const std::string& name) {
    uint32_t r = 0;
    decode(name.data(), name.size(), r);
    return toLower(r) != r;
}

}  // namespace gos::unicode
