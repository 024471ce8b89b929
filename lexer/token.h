// The tokens of Go, as the lexer hands them to the parser.
#pragma once

#include <cstdint>
#include <string_view>

#include "lexer/source.h"

namespace gos {

// X(name, spelling). The spelling is what gc prints in "unexpected X".
#define GOS_TOKENS(X)                                                          \
    X(Eof, "EOF")                                                              \
    X(Ident, "name")                                                           \
    X(Int, "literal")                                                          \
    X(Float, "literal")                                                        \
    X(Imag, "literal")                                                         \
    X(Char, "literal")                                                         \
    X(String, "literal")                                                       \
    /* binary operators (also unary + - ^ * & and !) */                        \
    X(Add, "+") X(Sub, "-") X(Mul, "*") X(Quo, "/") X(Rem, "%")                \
    X(And, "&") X(Or, "|") X(Xor, "^") X(Shl, "<<") X(Shr, ">>")               \
    X(AndNot, "&^")                                                            \
    X(AddAssign, "+=") X(SubAssign, "-=") X(MulAssign, "*=")                   \
    X(QuoAssign, "/=") X(RemAssign, "%=") X(AndAssign, "&=")                   \
    X(OrAssign, "|=") X(XorAssign, "^=") X(ShlAssign, "<<=")                   \
    X(ShrAssign, ">>=") X(AndNotAssign, "&^=")                                 \
    X(LAnd, "&&") X(LOr, "||") X(Arrow, "<-") X(Inc, "++") X(Dec, "--")        \
    X(Eql, "==") X(Lss, "<") X(Gtr, ">") X(Assign, "=") X(Not, "!")            \
    X(Neq, "!=") X(Leq, "<=") X(Geq, ">=") X(Define, ":=")                     \
    X(Ellipsis, "...") X(Tilde, "~")                                           \
    X(LParen, "(") X(LBrack, "[") X(LBrace, "{") X(Comma, "comma")             \
    X(Period, ".") X(RParen, ")") X(RBrack, "]") X(RBrace, "}")                \
    X(Semicolon, "semicolon") X(Colon, ":")                                    \
    /* keywords */                                                             \
    X(Break, "break") X(Case, "case") X(Chan, "chan") X(Const, "const")        \
    X(Continue, "continue") X(Default, "default") X(Defer, "defer")            \
    X(Else, "else") X(Fallthrough, "fallthrough") X(For, "for")                \
    X(Func, "func") X(Go, "go") X(Goto, "goto") X(If, "if")                    \
    X(Import, "import") X(Interface, "interface") X(Map, "map")                \
    X(Package, "package") X(Range, "range") X(Return, "return")                \
    X(Select, "select") X(Struct, "struct") X(Switch, "switch")                \
    X(Type, "type") X(Var, "var")

enum class Tok : uint8_t {
#define GOS_TOKEN_ENUM(name, spelling) name,
    GOS_TOKENS(GOS_TOKEN_ENUM)
#undef GOS_TOKEN_ENUM
};

// The operator's own spelling ("+", "<<=", "func"), for printers.
std::string_view tokenSpelling(Tok t);

// What a semicolon token stood for, as gc words it in error messages.
enum class SemiKind : uint8_t { Explicit, Newline, Eof };

struct Token {
    Tok kind = Tok::Eof;
    SemiKind semi = SemiKind::Explicit;  // for Tok::Semicolon
    bool bad = false;                    // a malformed literal (already reported)
    Pos pos;                             // first byte
    Pos end;                             // just past the last byte
    std::string_view text;               // raw source text of the token
};

}  // namespace gos
