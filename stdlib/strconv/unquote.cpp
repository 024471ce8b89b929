// strconv: reading Go literals back (UnquoteChar, Unquote, QuotedPrefix).
//
// A literal is "..." or '...' with Go's escapes, or `...` taken raw (with
// carriage returns dropped, and no check that it is valid UTF-8). The rules
// are the Go spec's, with the details Go's strconv adds: a \x or octal
// escape is one byte, even above 0x7F; \u and \U must name a valid code
// point; a byte that is not valid UTF-8 inside a quoted string is not an
// error but becomes U+FFFD; an unescaped newline is an error; a '...' must
// hold exactly one character. Literals without any backslash or newline
// are checked and returned without rebuilding them, as Go does.
#include "lexer/unicode.h"
#include "stdlib/strconv/strconv.h"

namespace gos::strconv {

namespace {

bool unhex(char c, uint32_t& v) {
    if (c >= '0' && c <= '9') v = static_cast<uint32_t>(c - '0');
    else if (c >= 'a' && c <= 'f') v = static_cast<uint32_t>(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F') v = static_cast<uint32_t>(c - 'A' + 10);
    else return false;
    return true;
}

bool validRune(uint32_t r) { return r < 0xD800 || (r > 0xDFFF && r <= unicode::kMaxRune); }

bool validUTF8(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        uint32_t r;
        size_t w = unicode::decode(s.data() + i, s.size() - i, r);
        if (r == unicode::kRuneError && w == 1) return false;
        i += w;
    }
    return true;
}

// Go's unquote: the literal at the start of in. With unescape, out is its
// value; without, the literal itself. rest is what follows it.
bool unquoteLiteral(std::string_view in, bool unescape, std::string& out, std::string_view& literal,
                    std::string_view& rest) {
    if (in.size() < 2) return false;
    const char quote = in[0];
    size_t close = in.find(quote, 1);
    if (close == std::string_view::npos) return false;
    size_t end = close + 1;  // just past the closing quote, if no escape hides it
    if (quote == '`') {
        literal = in.substr(0, end);
        rest = in.substr(end);
        if (unescape) {
            out.clear();
            for (char c : in.substr(1, end - 2))
                if (c != '\r') out += c;
        }
        return true;
    }
    if (quote != '"' && quote != '\'') return false;
    std::string_view head = in.substr(0, end);
    if (head.find('\\') == std::string_view::npos && head.find('\n') == std::string_view::npos) {
        std::string_view body = in.substr(1, end - 2);
        bool valid;
        if (quote == '"') {
            valid = validUTF8(body);
        } else {
            uint32_t r = unicode::kRuneError;
            size_t w = body.empty() ? 0 : unicode::decode(body.data(), body.size(), r);
            valid = 1 + w + 1 == end && (r != unicode::kRuneError || w != 1);
        }
        if (valid) {
            literal = head;
            rest = in.substr(end);
            if (unescape) out.assign(body);
            return true;
        }
    }
    std::string_view s = in.substr(1);
    std::string buf;
    while (!s.empty() && s[0] != quote) {
        uint32_t r;
        bool multibyte;
        std::string_view tail;
        if (s[0] == '\n' || !unquoteChar(s, quote, r, multibyte, tail)) return false;
        s = tail;
        if (unescape) {
            if (r < 0x80 || !multibyte) buf += static_cast<char>(r);
            else unicode::encode(buf, r);
        }
        if (quote == '\'') break;  // one character only
    }
    if (s.empty() || s[0] != quote) return false;
    s.remove_prefix(1);
    literal = in.substr(0, in.size() - s.size());
    rest = s;
    if (unescape) out = std::move(buf);
    return true;
}

}  // namespace

bool unquoteChar(std::string_view s, char quote, uint32_t& value, bool& multibyte, std::string_view& tail) {
    value = 0;
    multibyte = false;
    tail = {};
    if (s.empty()) return false;
    auto c = static_cast<unsigned char>(s[0]);
    if (c == static_cast<unsigned char>(quote) && (quote == '\'' || quote == '"')) return false;
    if (c >= 0x80) {
        size_t w = unicode::decode(s.data(), s.size(), value);
        multibyte = true;
        tail = s.substr(w);
        return true;
    }
    if (c != '\\') {
        value = c;
        tail = s.substr(1);
        return true;
    }
    if (s.size() <= 1) return false;
    char e = s[1];
    s.remove_prefix(2);
    switch (e) {
        case 'a': value = '\a'; break;
        case 'b': value = '\b'; break;
        case 'f': value = '\f'; break;
        case 'n': value = '\n'; break;
        case 'r': value = '\r'; break;
        case 't': value = '\t'; break;
        case 'v': value = '\v'; break;
        case 'x':
        case 'u':
        case 'U': {
            size_t n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            if (s.size() < n) return false;
            uint32_t v = 0;
            for (size_t j = 0; j < n; ++j) {
                uint32_t d;
                if (!unhex(s[j], d)) return false;
                v = v << 4 | d;
            }
            s.remove_prefix(n);
            if (e != 'x') {
                if (!validRune(v)) return false;
                multibyte = true;
            }
            value = v;
            break;
        }
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
            uint32_t v = static_cast<uint32_t>(e - '0');
            if (s.size() < 2) return false;
            for (size_t j = 0; j < 2; ++j) {
                if (s[j] < '0' || s[j] > '7') return false;
                v = v << 3 | static_cast<uint32_t>(s[j] - '0');
            }
            s.remove_prefix(2);
            if (v > 255) return false;
            value = v;
            break;
        }
        case '\\': value = '\\'; break;
        case '\'':
        case '"':
            if (e != quote) return false;
            value = static_cast<unsigned char>(e);
            break;
        default: return false;
    }
    tail = s;
    return true;
}

bool unquote(std::string_view s, std::string& out) {
    std::string_view literal, rest;
    if (!unquoteLiteral(s, true, out, literal, rest) || !rest.empty()) {
        out.clear();
        return false;
    }
    return true;
}

bool quotedPrefix(std::string_view s, std::string_view& out) {
    std::string unused;
    std::string_view rest;
    out = {};
    return unquoteLiteral(s, false, unused, out, rest);
}

}  // namespace gos::strconv
