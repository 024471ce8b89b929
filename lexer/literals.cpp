#include "lexer/literals.h"

#include <cstdio>

#include "lexer/unicode.h"

namespace gos {

namespace {

char lower(char c) { return static_cast<char>(c | 0x20); }
bool isDecimal(char c) { return c >= '0' && c <= '9'; }
bool isHex(char c) { return isDecimal(c) || (lower(c) >= 'a' && lower(c) <= 'f'); }

const char* baseName(int base) {
    switch (base) {
        case 2: return "binary";
        case 8: return "octal";
        case 10: return "decimal";
        default: return "hexadecimal";
    }
}

std::string quoteChar(char c) { return quoteRune(static_cast<unsigned char>(c)); }

// A cursor over one literal that records errors relative to its start.
struct Cursor {
    const char* start;
    const char* p;
    const char* end;
    LiteralScan out;

    bool atEnd() const { return p >= end; }
    char ch() const { return p < end ? *p : '\0'; }
    void error(const char* at, std::string message) {
        out.errors.push_back({static_cast<size_t>(at - start), std::move(message)});
    }
    void errorHere(std::string message) { error(p, std::move(message)); }
    // The rune at p (kRuneError for a bad byte), and its width.
    uint32_t rune(size_t* width) const {
        uint32_t r;
        *width = unicode::decode(p, static_cast<size_t>(end - p), r);
        return r;
    }
    void advanceRune() {
        uint32_t r;
        p += p < end ? unicode::decode(p, static_cast<size_t>(end - p), r) : 0;
    }
    LiteralScan finish() {
        out.length = static_cast<size_t>(p - start);
        return std::move(out);
    }
};

// Digits and '_' separators of the given base. Bit 0 of the result is set if
// a digit was seen, bit 1 if a separator was. For bases up to 10 every
// decimal digit is consumed; the first one too large is recorded in *invalid.
int digits(Cursor& c, int base, const char** invalid) {
    int digsep = 0;
    if (base <= 10) {
        char max = static_cast<char>('0' + base);
        while (isDecimal(c.ch()) || c.ch() == '_') {
            if (c.ch() == '_') {
                digsep |= 2;
            } else {
                digsep |= 1;
                if (c.ch() >= max && invalid && !*invalid) *invalid = c.p;
            }
            ++c.p;
        }
    } else {
        while (isHex(c.ch()) || c.ch() == '_') {
            digsep |= c.ch() == '_' ? 2 : 1;
            ++c.p;
        }
    }
    return digsep;
}

// Index of the first '_' in a number literal that does not stand between
// two digits (a base prefix counts as a digit), or -1.
long invalidSeparator(std::string_view x) {
    bool hex = false;
    char prev = '.';  // '0' after a digit, '_' after a separator, '.' otherwise
    size_t i = 0;
    if (x.size() >= 2 && x[0] == '0' && (lower(x[1]) == 'x' || lower(x[1]) == 'o' || lower(x[1]) == 'b')) {
        hex = lower(x[1]) == 'x';
        prev = '0';
        i = 2;
    }
    for (; i < x.size(); ++i) {
        char d = x[i];
        if (d == '_') {
            if (prev != '0') return static_cast<long>(i);
            prev = '_';
        } else if (isDecimal(d) || (hex && isHex(d))) {
            prev = '0';
        } else {
            if (prev == '_') return static_cast<long>(i) - 1;
            prev = '.';
        }
    }
    return prev == '_' ? static_cast<long>(x.size()) - 1 : -1;
}

// One escape sequence; c.p is just past the backslash.
bool escape(Cursor& c, char quote) {
    int n;
    uint32_t base, max;
    char e = c.ch();
    if (c.atEnd()) return true;  // the caller reports the missing terminator
    switch (e) {
        case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
            ++c.p;
            return true;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            n = 3, base = 8, max = 255;
            break;
        case 'x': ++c.p, n = 2, base = 16, max = 255; break;
        case 'u': ++c.p, n = 4, base = 16, max = unicode::kMaxRune; break;
        case 'U': ++c.p, n = 8, base = 16, max = unicode::kMaxRune; break;
        default:
            if (e == quote) {
                ++c.p;
                return true;
            }
            c.errorHere("unknown escape");
            return false;
    }
    uint32_t x = 0;
    for (int i = 0; i < n; ++i) {
        if (c.atEnd()) return true;
        char d = c.ch();
        uint32_t v = base;
        if (isDecimal(d)) v = static_cast<uint32_t>(d - '0');
        else if (lower(d) >= 'a' && lower(d) <= 'f') v = static_cast<uint32_t>(lower(d) - 'a' + 10);
        if (v >= base) {
            size_t w;
            uint32_t r = c.rune(&w);
            c.errorHere("invalid character " + quoteRune(r) + " in " + baseName(static_cast<int>(base)) + " escape");
            return false;
        }
        x = x * base + v;
        ++c.p;
    }
    if (x > max && base == 8) {
        c.errorHere("octal escape value " + std::to_string(x) + " > 255");
        return false;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        c.errorHere("escape is invalid Unicode code point " + formatRuneU(x));
        return false;
    }
    return true;
}

}  // namespace

LiteralScan scanNumber(const char* s, const char* end) {
    Cursor c{s, s, end, {}};
    bool ok = true;
    Tok kind = Tok::Int;
    int base = 10;
    char prefix = 0;  // 0 (decimal), '0' (legacy octal), 'x', 'o' or 'b'
    int digsep = 0;
    const char* invalid = nullptr;
    bool seenPoint = c.ch() == '.';

    if (seenPoint) {
        ++c.p;
    } else {
        if (c.ch() == '0') {
            ++c.p;
            switch (lower(c.ch())) {
                case 'x': ++c.p, base = 16, prefix = 'x'; break;
                case 'o': ++c.p, base = 8, prefix = 'o'; break;
                case 'b': ++c.p, base = 2, prefix = 'b'; break;
                default: base = 8, prefix = '0', digsep = 1;  // the leading 0 is a digit
            }
        }
        digsep |= digits(c, base, &invalid);
        if (c.ch() == '.') {
            if (prefix == 'o' || prefix == 'b') {
                c.errorHere(std::string("invalid radix point in ") + baseName(base) + " literal");
                ok = false;
            }
            ++c.p;
            seenPoint = true;
        }
    }
    if (seenPoint) {
        kind = Tok::Float;
        digsep |= digits(c, base, &invalid);
    }
    if (!(digsep & 1) && ok) {
        c.errorHere(std::string(baseName(base)) + " literal has no digits");
        ok = false;
    }
    char e = lower(c.ch());
    if (e == 'e' || e == 'p') {
        if (ok) {
            if (e == 'e' && prefix != 0 && prefix != '0') {
                c.errorHere(quoteChar(c.ch()) + " exponent requires decimal mantissa");
                ok = false;
            } else if (e == 'p' && prefix != 'x') {
                c.errorHere(quoteChar(c.ch()) + " exponent requires hexadecimal mantissa");
                ok = false;
            }
        }
        ++c.p;
        kind = Tok::Float;
        if (c.ch() == '+' || c.ch() == '-') ++c.p;
        digsep = digits(c, 10, nullptr) | (digsep & 2);
        if (!(digsep & 1) && ok) {
            c.errorHere("exponent has no digits");
            ok = false;
        }
    } else if (prefix == 'x' && kind == Tok::Float && ok) {
        c.errorHere("hexadecimal mantissa requires a 'p' exponent");
        ok = false;
    }
    if (c.ch() == 'i') {
        kind = Tok::Imag;
        ++c.p;
    }
    if (kind == Tok::Int && invalid && ok) {
        c.error(invalid, "invalid digit " + quoteChar(*invalid) + " in " + baseName(base) + " literal");
        ok = false;
    }
    if ((digsep & 2) && ok) {
        long i = invalidSeparator(std::string_view(s, static_cast<size_t>(c.p - s)));
        if (i >= 0) c.error(s + i, "'_' must separate successive digits");
    }
    c.out.kind = kind;
    return c.finish();
}

LiteralScan scanRuneLit(const char* s, const char* end) {
    Cursor c{s, s + 1, end, {}};
    c.out.kind = Tok::Char;
    bool ok = true;
    for (int n = 0;; ++n) {
        if (c.atEnd()) {
            if (ok) c.error(s, "rune literal not terminated");
            break;
        }
        char ch = c.ch();
        if (ch == '\'') {
            if (ok) {
                if (n == 0) c.errorHere("empty rune literal or unescaped '");
                else if (n != 1) c.error(s, "more than one character in rune literal");
            }
            ++c.p;
            break;
        }
        if (ch == '\\') {
            ++c.p;
            if (!escape(c, '\'')) ok = false;
            continue;
        }
        if (ch == '\n') {
            if (ok) c.errorHere("newline in rune literal");
            break;
        }
        c.advanceRune();
    }
    return c.finish();
}

LiteralScan scanStringLit(const char* s, const char* end) {
    Cursor c{s, s + 1, end, {}};
    c.out.kind = Tok::String;
    for (;;) {
        if (c.atEnd()) {
            c.error(s, "string not terminated");
            break;
        }
        char ch = c.ch();
        if (ch == '"') {
            ++c.p;
            break;
        }
        if (ch == '\\') {
            ++c.p;
            escape(c, '"');
            continue;
        }
        if (ch == '\n') {
            c.errorHere("newline in string");
            break;
        }
        ++c.p;
    }
    return c.finish();
}

namespace {

int hexValue(char d) { return isDecimal(d) ? d - '0' : lower(d) - 'a' + 10; }

// Decodes the escape at s[i] (just past the backslash) into out and returns
// the index after it. A \x or octal escape is one byte; \u and \U a rune.
size_t decodeEscape(std::string_view s, size_t i, std::string& out, uint32_t* rune) {
    char e = s[i++];
    uint32_t v = 0;
    int n = 0, base = 16;
    bool isByte = false;
    switch (e) {
        case 'a': v = '\a'; break;
        case 'b': v = '\b'; break;
        case 'f': v = '\f'; break;
        case 'n': v = '\n'; break;
        case 'r': v = '\r'; break;
        case 't': v = '\t'; break;
        case 'v': v = '\v'; break;
        case 'x': n = 2, isByte = true; break;
        case 'u': n = 4; break;
        case 'U': n = 8; break;
        default:
            if (e >= '0' && e <= '7') {
                --i, n = 3, base = 8, isByte = true;
            } else {
                v = static_cast<unsigned char>(e);  // \\ \' \"
            }
    }
    for (int k = 0; k < n && i < s.size(); ++k) v = v * static_cast<uint32_t>(base) + static_cast<uint32_t>(hexValue(s[i++]));
    if (rune) *rune = v;
    if (isByte) out += static_cast<char>(v);
    else unicode::encode(out, v);
    return i;
}

}  // namespace

std::string decodeString(std::string_view lit) {
    std::string out;
    if (lit.size() < 2) return out;
    std::string_view body = lit.substr(1, lit.size() - 2);
    if (lit[0] == '`') {
        for (char ch : body)
            if (ch != '\r') out += ch;
        return out;
    }
    out.reserve(body.size());
    for (size_t i = 0; i < body.size();) {
        if (body[i] == '\\' && i + 1 < body.size()) i = decodeEscape(body, i + 1, out, nullptr);
        else out += body[i++];
    }
    return out;
}

uint32_t decodeRune(std::string_view lit) {
    if (lit.size() < 3) return 0;
    std::string_view body = lit.substr(1, lit.size() - 2);
    uint32_t r = 0;
    if (body[0] == '\\') {
        std::string scratch;
        decodeEscape(body, 1, scratch, &r);
        return r;
    }
    unicode::decode(body.data(), body.size(), r);
    return r;
}

}  // namespace gos
