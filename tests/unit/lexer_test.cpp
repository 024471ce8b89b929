// Unit tests of the lexer: tokens, automatic semicolons, literals and the
// exact wording and position of lexical errors (checked against gc).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "lexer/lexer.h"
#include "lexer/literals.h"

using namespace gos;

namespace {

// Tokens of src, one word each: the spelling of operators and keywords,
// the text of names and literals, and ";" / "\n" / "EOF;" for the three
// kinds of semicolon.
std::string tokens(const std::string& src, std::string* errors = nullptr) {
    Diagnostics diags("x.go");
    Lexer lexer(src, diags);
    std::string out;
    for (;;) {
        Token t = lexer.next();
        if (t.kind == Tok::Eof) break;
        if (!out.empty()) out += ' ';
        if (t.kind == Tok::Semicolon) {
            out += t.semi == SemiKind::Newline ? "\\n" : t.semi == SemiKind::Eof ? "EOF;" : ";";
        } else if (t.kind == Tok::Ident || (t.kind >= Tok::Int && t.kind <= Tok::String)) {
            out += std::string(t.text);
        } else {
            out += std::string(tokenSpelling(t.kind));
        }
    }
    if (errors) *errors = diags.format();
    return out;
}

std::string errors(const std::string& src) {
    std::string e;
    tokens(src, &e);
    return e;
}

Token first(const std::string& src) {
    static Diagnostics diags("x.go");
    static std::string keep;
    keep = src;
    Lexer lexer(keep, diags);
    return lexer.next();
}

}  // namespace

TEST_CASE("operators and delimiters") {
    CHECK(tokens("+ - * / % & | ^ << >> &^") == "+ - * / % & | ^ << >> &^");
    CHECK(tokens("+= -= *= /= %= &= |= ^= <<= >>= &^=") == "+= -= *= /= %= &= |= ^= <<= >>= &^=");
    CHECK(tokens("&& || <- == < > = ! != <= >= := ... ~") == "&& || <- == < > = ! != <= >= := ... ~");
    CHECK(tokens("( [ { , . : ;") == "( [ { , . : ;");
    CHECK(tokens("a...b .5 x.y") == "a ... b .5 x . y EOF;");
    CHECK(tokens("a<-b a<=-b a&^=b a&&^b") == "a <- b a <= - b a &^= b a && ^ b EOF;");
}

TEST_CASE("keywords and identifiers") {
    CHECK(tokens("break case chan const continue default defer else fallthrough") ==
          "break case chan const continue default defer else fallthrough EOF;");
    CHECK(tokens("for func go goto if import interface map package range return") ==
          "for func go goto if import interface map package range return EOF;");
    CHECK(tokens("select struct switch type var") == "select struct switch type var");
    CHECK(first("funcs").kind == Tok::Ident);
    CHECK(first("_x9").kind == Tok::Ident);
    CHECK(first("chan").kind == Tok::Chan);
    CHECK(tokens("αβ ü_1 日本語") == "αβ ü_1 日本語 EOF;");
    CHECK(errors("αβ ü_1 日本語").empty());
}

TEST_CASE("automatic semicolons follow the spec") {
    CHECK(tokens("x\ny") == "x \\n y EOF;");
    CHECK(tokens("1\n'a'\n\"s\"\n`r`\n2.5\n3i\n") == "1 \\n 'a' \\n \"s\" \\n `r` \\n 2.5 \\n 3i \\n");
    CHECK(tokens("break\ncontinue\nfallthrough\nreturn\n") == "break \\n continue \\n fallthrough \\n return \\n");
    CHECK(tokens("x++\ny--\n)\n]\n}\n") == "x ++ \\n y -- \\n ) \\n ] \\n } \\n");
    // no semicolon after operators, opening brackets and other keywords
    CHECK(tokens("x +\ny") == "x + y EOF;");
    CHECK(tokens("f(\na,\n)") == "f ( a , ) EOF;");
    CHECK(tokens("if\nfor\nfunc\n") == "if for func");
    CHECK(tokens("x // comment\ny") == "x \\n y EOF;");
    CHECK(tokens("x /* one line */\ny") == "x \\n y EOF;");
    // a general comment spanning lines acts like a newline
    CHECK(tokens("x /* a\nb */ y") == "x \\n y EOF;");
    CHECK(tokens("x /* a */ y") == "x y EOF;");
    CHECK(tokens("+ /* a\nb */ y") == "+ y EOF;");
    CHECK(tokens("x") == "x EOF;");
    CHECK(tokens("x;y") == "x ; y EOF;");
}

TEST_CASE("semicolon positions are those of the newline and of EOF") {
    Diagnostics diags("x.go");
    std::string src = "ab\ncd";
    Lexer lexer(src, diags);
    Token a = lexer.next(), nl = lexer.next(), c = lexer.next(), eof = lexer.next();
    CHECK(a.pos == Pos{1, 1});
    CHECK(nl.kind == Tok::Semicolon);
    CHECK(nl.pos == Pos{1, 3});
    CHECK(c.pos == Pos{2, 1});
    CHECK(eof.semi == SemiKind::Eof);
    CHECK(eof.pos == Pos{2, 3});
}

TEST_CASE("integer literals") {
    for (const char* lit : {"0", "42", "0x1F", "0X_ff", "0o17", "0O7", "0b101", "0B_1", "017", "1_000_000", "0_7"}) {
        CAPTURE(lit);
        CHECK(first(lit).kind == Tok::Int);
        CHECK(errors(lit).empty());
    }
}

TEST_CASE("float and imaginary literals") {
    for (const char* lit : {"1.5", "1.", ".5", "1e10", "1E+2", "6.02e-23", "0x1p-2", "0x1.8p1", "0X.8P0", "1_0.2_5", "09.5", "08e1"}) {
        CAPTURE(lit);
        CHECK(first(lit).kind == Tok::Float);
        CHECK(errors(lit).empty());
    }
    for (const char* lit : {"1i", "0i", "1.5i", "1e3i", "0x1p2i", "0b1i", "089i"}) {
        CAPTURE(lit);
        CHECK(first(lit).kind == Tok::Imag);
        CHECK(errors(lit).empty());
    }
    CHECK(tokens("0xe-1") == "0xe - 1 EOF;");
}

TEST_CASE("malformed numbers get gc's messages") {
    CHECK(errors("08") == "x.go:1:2: invalid digit '8' in octal literal\n");
    CHECK(errors("0o19") == "x.go:1:4: invalid digit '9' in octal literal\n");
    CHECK(errors("0b102") == "x.go:1:5: invalid digit '2' in binary literal\n");
    CHECK(errors("0x") == "x.go:1:3: hexadecimal literal has no digits\n");
    CHECK(errors("1__0") == "x.go:1:3: '_' must separate successive digits\n");
    CHECK(errors("1_") == "x.go:1:2: '_' must separate successive digits\n");
    CHECK(errors("0x_1_") == "x.go:1:5: '_' must separate successive digits\n");
    CHECK(errors("1e") == "x.go:1:3: exponent has no digits\n");
    CHECK(errors("0x1.5") == "x.go:1:6: hexadecimal mantissa requires a 'p' exponent\n");
    CHECK(errors("0b1.0") == "x.go:1:4: invalid radix point in binary literal\n");
    CHECK(errors("0x1e3p") == "x.go:1:7: exponent has no digits\n");
    CHECK(errors("1p3") == "x.go:1:2: 'p' exponent requires hexadecimal mantissa\n");
    CHECK(errors("0o1e3") == "x.go:1:4: 'e' exponent requires decimal mantissa\n");
    CHECK(first("08").bad);
}

TEST_CASE("rune and string literals") {
    for (const char* lit : {"'a'", "'\\n'", "'\\''", "'\\x41'", "'\\101'", "'\\u00e9'", "'\\U0001F600'", "'é'", "'\\\\'"}) {
        CAPTURE(lit);
        CHECK(first(lit).kind == Tok::Char);
        CHECK(errors(lit).empty());
    }
    CHECK(first("\"a\\tb\\\"c\"").kind == Tok::String);
    CHECK(errors("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\\x00\\377\\u0041\\U00010000\"").empty());
    CHECK(first("`raw\nstring`").kind == Tok::String);
    CHECK(tokens("`a\nb` x") == "`a\nb` x EOF;");
}

TEST_CASE("malformed runes and strings get gc's messages") {
    CHECK(errors("''") == "x.go:1:2: empty rune literal or unescaped '\n");
    CHECK(errors("'ab'") == "x.go:1:1: more than one character in rune literal\n");
    CHECK(errors("'a\n'\n") == "x.go:1:3: newline in rune literal\nx.go:2:2: newline in rune literal\n");
    CHECK(errors("'a") == "x.go:1:1: rune literal not terminated\n");
    CHECK(errors("\"abc\n\"\n") == "x.go:1:5: newline in string\nx.go:2:2: newline in string\n");
    CHECK(errors("\"abc") == "x.go:1:1: string not terminated\n");
    CHECK(errors("`abc") == "x.go:1:1: string not terminated\n");
    CHECK(errors("\"\\q\"") == "x.go:1:3: unknown escape\n");
    CHECK(errors("'\\\"'") == "x.go:1:3: unknown escape\n");
    CHECK(errors("\"\\x4g\"") == "x.go:1:5: invalid character 'g' in hexadecimal escape\n");
    CHECK(errors("\"\\400\"") == "x.go:1:6: octal escape value 256 > 255\n");
    CHECK(errors("\"\\uD800\"") == "x.go:1:8: escape is invalid Unicode code point U+D800\n");
    CHECK(errors("\"\\U00110000\"") == "x.go:1:12: escape is invalid Unicode code point U+110000\n");
}

TEST_CASE("comments and invalid characters") {
    CHECK(errors("/* open") == "x.go:1:1: comment not terminated\n");
    CHECK(errors("x @ y") == "x.go:1:3: invalid character U+0040 '@'\n");
    CHECK(tokens("x @ y") == "x y EOF;");
    CHECK(errors("a·b") == "x.go:1:2: invalid character U+00B7 '·' in identifier\n");
    CHECK(errors("x := ١") == "x.go:1:6: identifier cannot begin with digit U+0661 '١'\n");
    CHECK(errors(std::string("a\0b", 3)) == "x.go:1:2: invalid NUL character\n");
    CHECK(errors("\"\xff\"") == "x.go:1:2: invalid UTF-8 encoding\n");
    CHECK(errors("\xEF\xBB\xBFx") == "");
    CHECK(errors("x\xEF\xBB\xBF") == "x.go:1:2: invalid BOM in the middle of the file\n");
}

TEST_CASE("//line directives rename positions") {
    Diagnostics diags("x.go");
    std::string src = "a\n//line other.go:10\n@\n//line :20:5\n @\n";
    Lexer lexer(src, diags);
    while (lexer.next().kind != Tok::Eof) {
    }
    CHECK(diags.format() == "other.go:10: invalid character U+0040 '@'\nx.go:20:6: invalid character U+0040 '@'\n");
}

TEST_CASE("literal values") {
    CHECK(decodeString("\"a\\tb\\x41\\101\\u00e9\"") == "a\tbAAé");
    CHECK(decodeString("\"\\xff\"") == "\xff");
    CHECK(decodeString("`a\r\nb`") == "a\nb");
    CHECK(decodeRune("'a'") == 'a');
    CHECK(decodeRune("'\\n'") == '\n');
    CHECK(decodeRune("'\\377'") == 255);
    CHECK(decodeRune("'\\U0001F600'") == 0x1F600);
    CHECK(decodeRune("'日'") == 0x65E5);
}
