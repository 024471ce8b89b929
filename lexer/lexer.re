// The token rules of Go, compiled into a DFA by re2c (see lexer.h).
//
// The DFA recognises operators, keywords, identifiers, comments, white
// space and the first byte of every literal; number, rune and interpreted
// string literals are then finished by literals.cpp, whose hand-written
// loops give gc's exact message for each malformed literal. Any byte >= 0x80
// may continue an identifier here; identifier() decodes those runes and
// rejects the ones that are not letters or digits, as gc does.
#include <algorithm>
#include <cstring>

#include "lexer/lexer.h"
#include "lexer/literals.h"
#include "lexer/unicode.h"

namespace gos {

Lexer::Lexer(std::string_view text, Diagnostics& diags)
    : source_(text.data()), begin_(text.data()), cur_(text.data()), limit_(text.data() + text.size()),
      lineStart_(text.data()), diags_(diags) {
    // A byte order mark is allowed only as the very first character.
    if (text.size() >= 3 && std::memcmp(text.data(), "\xEF\xBB\xBF", 3) == 0) {
        cur_ += 3;
        lineStart_ += 3;
    }
    checkEncoding();
}

// Reports NUL bytes, invalid UTF-8 and byte order marks past the start,
// and when there are any, makes clean_: the text without them.
// Such bytes are rare, so the scan skips eight plain ASCII bytes at a time
// and works out a position only when it has something to report.
void Lexer::checkEncoding() {
    uint32_t line = 1;
    const char* lineStart = begin_;
    const char* counted = begin_;
    auto posAt = [&](const char* p) {
        for (; counted < p; ++counted) {
            if (*counted == '\n') {
                ++line;
                lineStart = counted + 1;
            }
        }
        return Pos{line, static_cast<uint32_t>(p - lineStart + 1)};
    };
    std::vector<std::pair<const char*, size_t>> bad;  // skipped bytes: where, how many
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
    for (const char* p = cur_; p < limit_;) {
        if (limit_ - p >= 8) {
            uint64_t w;
            std::memcpy(&w, p, 8);
            bool hasZero = ((w - kOnes) & ~w & kHighs) != 0;
            if (!hasZero && (w & kHighs) == 0) {
                p += 8;
                continue;
            }
        }
        unsigned char c = static_cast<unsigned char>(*p);
        if (c == 0) {
            diags_.error(posAt(p), "invalid NUL character");
            bad.push_back({p, 1});
            ++p;
            continue;
        }
        if (c < 0x80) {
            ++p;
            continue;
        }
        uint32_t r;
        size_t w = unicode::decode(p, static_cast<size_t>(limit_ - p), r);
        if (r == unicode::kRuneError && w == 1) {
            diags_.error(posAt(p), "invalid UTF-8 encoding");
            bad.push_back({p, 1});
        } else if (r == 0xFEFF) {
            diags_.error(posAt(p), "invalid BOM in the middle of the file");
            bad.push_back({p, w});
        }
        p += w;
    }
    if (bad.empty()) return;
    const char* from = cur_;
    clean_.reserve(static_cast<size_t>(limit_ - cur_));
    for (auto [at, n] : bad) {
        clean_.append(from, at);
        for (size_t k = 0; k < n; ++k) skips_.push_back(clean_.size());
        from = at + n;
    }
    clean_.append(from, limit_);
    source_ = cur_;  // sourceOf maps clean_'s offsets from here
    begin_ = cur_ = lineStart_ = clean_.data();  // std::string keeps the NUL sentinel
    limit_ = clean_.data() + clean_.size();
}

const char* Lexer::sourceOf(const char* p) const {
    if (clean_.empty() && skips_.empty()) return p;
    size_t k = static_cast<size_t>(p - begin_);
    // the skipped bytes that stood before (or at) the byte now at k
    size_t before = static_cast<size_t>(std::upper_bound(skips_.begin(), skips_.end(), k) - skips_.begin());
    return source_ + k + before;
}

// In a text with skipped bytes, a token's text is always the source's (the
// tree keeps views of it), skipped bytes included; a keyword broken by them
// is an identifier, as in gc.
void Lexer::skipped(Token& t, const char* start) {
    std::string_view text = sourceText(start);
    bool spans = text.size() != static_cast<size_t>(cur_ - start);
    t.text = text;
    if (spans && t.kind >= Tok::Break && t.kind <= Tok::Var) {
        t.kind = Tok::Ident;
        nlsemi_ = true;
    }
}

// `//line file:line` or `//line file:line:col` at the start of a line: the
// next line is reported as that position. The file name may contain colons;
// numbers are taken from the right. A malformed directive is ignored.
void Lexer::lineDirective(std::string_view text) {
    while (!text.empty() && (text.back() == '\r' || text.back() == ' ')) text.remove_suffix(1);
    auto number = [](std::string_view s, uint32_t& n) {
        if (s.empty() || s.size() > 9) return false;
        n = 0;
        for (char c : s) {
            if (c < '0' || c > '9') return false;
            n = n * 10 + static_cast<uint32_t>(c - '0');
        }
        return n > 0;
    };
    size_t i = text.rfind(':');
    uint32_t a, b;
    if (i == std::string_view::npos || !number(text.substr(i + 1), a)) return;
    size_t j = text.rfind(':', i - 1);
    if (i > 0 && j != std::string_view::npos && number(text.substr(j + 1, i - j - 1), b)) {
        diags_.lineDirective(line_ + 1, std::string(text.substr(0, j)), b, a);
    } else {
        diags_.lineDirective(line_ + 1, std::string(text.substr(0, i)), a, 0);
    }
}

void Lexer::countLines(const char* from, const char* to) {
    while (const void* nl = std::memchr(from, '\n', static_cast<size_t>(to - from))) {
        from = static_cast<const char*>(nl) + 1;
        ++line_;
        lineStart_ = from;
    }
}

void Lexer::literalErrors(const char* start, const LiteralScan& scan) {
    for (const LiteralError& e : scan.errors) diags_.error(posOf(start + e.offset), e.message);
}

// Checks the non-ASCII runes of the identifier in t.text.
void Lexer::identifier(Token& t) {
    const char* s = t.text.data();
    const char* end = s + t.text.size();
    for (const char* p = s; p < end;) {
        if (static_cast<unsigned char>(*p) < 0x80) {
            ++p;
            continue;
        }
        uint32_t r;
        size_t w = unicode::decode(p, static_cast<size_t>(end - p), r);
        if (!unicode::isLetter(r)) {
            if (unicode::isDigit(r)) {
                if (p == s) diags_.error(posOf(p), "identifier cannot begin with digit " + formatRuneU(r));
            } else if (!(r == unicode::kRuneError && w == 1) && r != 0xFEFF) {
                // (bad encodings and stray BOMs were reported by checkEncoding)
                diags_.error(posOf(p), "invalid character " + formatRuneU(r) + " in identifier");
            }
        }
        p += w;
    }
}

Token Lexer::next() {
    Token t;
    const char* YYMARKER = nullptr;
    bool nlsemi = nlsemi_;
    nlsemi_ = false;

#define TOKEN(kind_) \
    do { \
        t.kind = Tok::kind_; \
        goto done; \
    } while (0)
#define TOKEN_NLSEMI(kind_) \
    do { \
        nlsemi_ = true; \
        TOKEN(kind_); \
    } while (0)

    const char* start;
    for (;;) {
        start = cur_;
        t.pos = posOf(start);
        /*!re2c
            re2c:api:style = free-form;
            re2c:define:YYCTYPE = "unsigned char";
            re2c:define:YYCURSOR = "cur_";
            re2c:define:YYLIMIT = "limit_";
            re2c:define:YYPEEK = "static_cast<unsigned char>(*cur_)";
            re2c:define:YYSKIP = "++cur_;";
            re2c:define:YYBACKUP = "YYMARKER = cur_;";
            re2c:define:YYRESTORE = "cur_ = YYMARKER;";
            re2c:define:YYLESSTHAN = "cur_ >= limit_";
            re2c:yyfill:enable = 0;
            re2c:eof = 0;

            letter = [a-zA-Z_\x80-\xff];
            digit = [0-9];

            $ {
                cur_ = limit_;
                t.pos = posOf(limit_);
                t.end = t.pos;
                if (nlsemi) {
                    t.kind = Tok::Semicolon;
                    t.semi = SemiKind::Eof;
                    return t;
                }
                t.kind = Tok::Eof;
                return t;
            }

            [ \t\r]+ { continue; }

            "\n" {
                if (nlsemi) {
                    t.kind = Tok::Semicolon;
                    t.semi = SemiKind::Newline;
                    t.text = "\n";
                    t.end = {t.pos.line, t.pos.col + 1};
                    ++line_;
                    lineStart_ = cur_;
                    return t;
                }
                ++line_;
                lineStart_ = cur_;
                continue;
            }

            "//" [^\n]* {
                if (start == lineStart_ && cur_ - start > 7 && std::memcmp(start, "//line ", 7) == 0) {
                    lineDirective(std::string_view(start + 7, static_cast<size_t>(cur_ - start - 7)));
                }
                continue;
            }

            "/*" {
                const char* close = nullptr;
                for (const char* p = cur_; p + 1 < limit_; ++p) {
                    p = static_cast<const char*>(std::memchr(p, '*', static_cast<size_t>(limit_ - p)));
                    if (!p || p + 1 >= limit_) break;
                    if (p[1] == '/') {
                        close = p + 2;
                        break;
                    }
                }
                uint32_t line = line_;
                if (!close) {
                    diags_.error(t.pos, "comment not terminated");
                    close = limit_;
                }
                cur_ = close;
                countLines(start, close);
                if (line_ != line && nlsemi) {
                    // A comment spanning lines acts like a newline.
                    t.kind = Tok::Semicolon;
                    t.semi = SemiKind::Newline;
                    t.end = posOf(cur_);
                    return t;
                }
                continue;
            }

            // Keywords come before identifiers: equal-length matches go to the first rule.
            "break"       { TOKEN_NLSEMI(Break); }
            "continue"    { TOKEN_NLSEMI(Continue); }
            "fallthrough" { TOKEN_NLSEMI(Fallthrough); }
            "return"      { TOKEN_NLSEMI(Return); }
            "case"        { TOKEN(Case); }
            "chan"        { TOKEN(Chan); }
            "const"       { TOKEN(Const); }
            "default"     { TOKEN(Default); }
            "defer"       { TOKEN(Defer); }
            "else"        { TOKEN(Else); }
            "for"         { TOKEN(For); }
            "func"        { TOKEN(Func); }
            "go"          { TOKEN(Go); }
            "goto"        { TOKEN(Goto); }
            "if"          { TOKEN(If); }
            "import"      { TOKEN(Import); }
            "interface"   { TOKEN(Interface); }
            "map"         { TOKEN(Map); }
            "package"     { TOKEN(Package); }
            "range"       { TOKEN(Range); }
            "select"      { TOKEN(Select); }
            "struct"      { TOKEN(Struct); }
            "switch"      { TOKEN(Switch); }
            "type"        { TOKEN(Type); }
            "var"         { TOKEN(Var); }

            [a-zA-Z_] [a-zA-Z_0-9]* { TOKEN_NLSEMI(Ident); }

            letter (letter | digit)* {
                // (not only ASCII: the longer match wins over the rule above)
                t.text = std::string_view(start, static_cast<size_t>(cur_ - start));
                identifier(t);
                TOKEN_NLSEMI(Ident);
            }

            digit | "." digit {
                LiteralScan scan = scanNumber(start, limit_);
                cur_ = start + scan.length;
                literalErrors(start, scan);
                t.kind = scan.kind;
                t.bad = !scan.errors.empty();
                nlsemi_ = true;
                goto done;
            }

            ['"] {
                LiteralScan scan = start[0] == '"' ? scanStringLit(start, limit_) : scanRuneLit(start, limit_);
                cur_ = start + scan.length;
                literalErrors(start, scan);
                t.kind = scan.kind;
                t.bad = !scan.errors.empty();
                nlsemi_ = true;
                goto done;
            }

            "`" {
                const void* close = std::memchr(cur_, '`', static_cast<size_t>(limit_ - cur_));
                cur_ = close ? static_cast<const char*>(close) + 1 : limit_;
                if (!close) {
                    diags_.error(t.pos, "string not terminated");
                    t.bad = true;
                }
                t.kind = Tok::String;
                t.text = std::string_view(start, static_cast<size_t>(cur_ - start));
                countLines(start, cur_);
                t.end = posOf(cur_);
                nlsemi_ = true;
                if (!skips_.empty()) skipped(t, start);
                return t;
            }

            "+"   { TOKEN(Add); }
            "-"   { TOKEN(Sub); }
            "*"   { TOKEN(Mul); }
            "/"   { TOKEN(Quo); }
            "%"   { TOKEN(Rem); }
            "&"   { TOKEN(And); }
            "|"   { TOKEN(Or); }
            "^"   { TOKEN(Xor); }
            "<<"  { TOKEN(Shl); }
            ">>"  { TOKEN(Shr); }
            "&^"  { TOKEN(AndNot); }
            "+="  { TOKEN(AddAssign); }
            "-="  { TOKEN(SubAssign); }
            "*="  { TOKEN(MulAssign); }
            "/="  { TOKEN(QuoAssign); }
            "%="  { TOKEN(RemAssign); }
            "&="  { TOKEN(AndAssign); }
            "|="  { TOKEN(OrAssign); }
            "^="  { TOKEN(XorAssign); }
            "<<=" { TOKEN(ShlAssign); }
            ">>=" { TOKEN(ShrAssign); }
            "&^=" { TOKEN(AndNotAssign); }
            "&&"  { TOKEN(LAnd); }
            "||"  { TOKEN(LOr); }
            "<-"  { TOKEN(Arrow); }
            "++"  { TOKEN_NLSEMI(Inc); }
            "--"  { TOKEN_NLSEMI(Dec); }
            "=="  { TOKEN(Eql); }
            "<"   { TOKEN(Lss); }
            ">"   { TOKEN(Gtr); }
            "="   { TOKEN(Assign); }
            "!"   { TOKEN(Not); }
            "!="  { TOKEN(Neq); }
            "<="  { TOKEN(Leq); }
            ">="  { TOKEN(Geq); }
            ":="  { TOKEN(Define); }
            "..." { TOKEN(Ellipsis); }
            "~"   { TOKEN(Tilde); }
            "("   { TOKEN(LParen); }
            "["   { TOKEN(LBrack); }
            "{"   { TOKEN(LBrace); }
            ","   { TOKEN(Comma); }
            "."   { TOKEN(Period); }
            ")"   { TOKEN_NLSEMI(RParen); }
            "]"   { TOKEN_NLSEMI(RBrack); }
            "}"   { TOKEN_NLSEMI(RBrace); }
            ";"   { TOKEN(Semicolon); }
            ":"   { TOKEN(Colon); }

            * {
                // NUL bytes were reported by checkEncoding; anything else here is
                // a stray ASCII character such as '@', '#', '$' or '?'.
                unsigned char c = static_cast<unsigned char>(*start);
                if (c != 0) diags_.error(t.pos, "invalid character " + formatRuneU(c));
                continue;
            }
        */
    }

done:
    t.text = std::string_view(start, static_cast<size_t>(cur_ - start));
    t.end = posOf(cur_);
    if (!skips_.empty()) skipped(t, start);
    return t;
#undef TOKEN
#undef TOKEN_NLSEMI
}

}  // namespace gos
