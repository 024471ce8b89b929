// Unit tests of types/constant: Go's constant values and their exact
// arithmetic, checked against Go 1.19.
//
// The big table (kCases) holds Go constant expressions with the results Go
// gives for them: their type, go/constant's String() (what gc shows in its
// messages) and ExactString(), and their float64 and float32 values
// (constant.Float64Val/Float32Val, as bits, "~" marking an inexact one; the
// few underflows to 0 that math/big calls exact are marked inexact), or,
// for an expression gc rejects, the kind of error. The rows were printed by
// the Go program at the end of this file, from go/types' own evaluation
// (types.Eval), never written by hand. A tiny evaluator below drives the
// gos::constant API over the same expressions the way types2 drives
// go/constant. The other tests call the API directly; their expected values
// were printed by Go programs calling go/constant likewise, or are gc's
// error messages.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include "types/constant.h"

using namespace gos::constant;

namespace {

// ---- A tiny evaluator of Go constant expressions ---------------------------------
//
// Literals, conversions T(x) to basic types, complex/real/imag, unary and
// binary operators with Go's precedence, and types2's rules: the type of a
// mixed untyped operation is the larger kind, an untyped operand takes the
// type of a typed one, `/` on integers truncates, typed results must be
// representable (and are rounded), untyped integers may not exceed 512 bits.

struct Operand {
    Value v;
    std::string type;  // "untyped int", "uint8", ...
};

struct EvalError {
    std::string what;
};

struct TypeInfo {
    const char* name;
    BasicKind kind;
    int bits;  // of integers
    bool isInteger;
    bool isUnsigned;
};

const TypeInfo kTypes[] = {
    {"bool", BasicKind::Bool, 0, false, false},
    {"int", BasicKind::Int, 64, true, false},
    {"int8", BasicKind::Int8, 8, true, false},
    {"int16", BasicKind::Int16, 16, true, false},
    {"int32", BasicKind::Int32, 32, true, false},
    {"int64", BasicKind::Int64, 64, true, false},
    {"uint", BasicKind::Uint, 64, true, true},
    {"uint8", BasicKind::Uint8, 8, true, true},
    {"uint16", BasicKind::Uint16, 16, true, true},
    {"uint32", BasicKind::Uint32, 32, true, true},
    {"uint64", BasicKind::Uint64, 64, true, true},
    {"uintptr", BasicKind::Uintptr, 64, true, true},
    {"float32", BasicKind::Float32, 0, false, false},
    {"float64", BasicKind::Float64, 0, false, false},
    {"complex64", BasicKind::Complex64, 0, false, false},
    {"complex128", BasicKind::Complex128, 0, false, false},
    {"string", BasicKind::String, 0, false, false},
    {"untyped bool", BasicKind::UntypedBool, 0, false, false},
    {"untyped int", BasicKind::UntypedInt, 0, true, false},
    {"untyped rune", BasicKind::UntypedRune, 0, true, false},
    {"untyped float", BasicKind::UntypedFloat, 0, false, false},
    {"untyped complex", BasicKind::UntypedComplex, 0, false, false},
    {"untyped string", BasicKind::UntypedString, 0, false, false},
};

const TypeInfo& typeInfo(const std::string& name) {
    for (const TypeInfo& t : kTypes)
        if (name == t.name) return t;
    throw EvalError{"unknown type " + name};
}

bool isUntyped(const std::string& type) { return type.rfind("untyped ", 0) == 0; }

int untypedRank(const std::string& type) {
    if (type == "untyped int") return 1;
    if (type == "untyped rune") return 2;
    if (type == "untyped float") return 3;
    if (type == "untyped complex") return 4;
    return 0;
}

class Evaluator {
public:
    explicit Evaluator(std::string_view src) : s_(src) {}

    Operand run() {
        next();
        Operand x = binary(1);
        if (kind_ != Tok::End) throw EvalError{"syntax error at " + text_};
        return x;
    }

private:
    enum class Tok { End, Lit, Ident, Op };

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }
    static bool isLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
    char at(size_t i) const { return i < s_.size() ? s_[i] : '\0'; }

    void next() {
        while (at(pos_) == ' ') pos_++;
        size_t start = pos_;
        char c = at(pos_);
        if (c == '\0') {
            kind_ = Tok::End;
            text_.clear();
            return;
        }
        if (isDigit(c) || (c == '.' && isDigit(at(pos_ + 1)))) {
            char p = static_cast<char>(at(pos_ + 1) | 0x20);
            bool hex = c == '0' && p == 'x', binOct = c == '0' && (p == 'b' || p == 'o');
            if (hex || binOct) pos_ += 2;
            for (;;) {
                char d = at(pos_);
                if (!(isDigit(d) || isLetter(d) || d == '.')) break;
                bool exponent = hex ? (d | 0x20) == 'p' : !binOct && (d | 0x20) == 'e';
                pos_++;
                if (exponent && (at(pos_) == '+' || at(pos_) == '-')) pos_++;
            }
            text_ = std::string(s_.substr(start, pos_ - start));
            kind_ = Tok::Lit;
            bool dotOrExp = text_.find('.') != std::string::npos ||
                            text_.find_first_of(hex ? "pP" : binOct ? "" : "eE") != std::string::npos;
            lit_ = text_.back() == 'i' ? LitKind::ImagLit : dotOrExp ? LitKind::FloatLit : LitKind::IntLit;
            return;
        }
        if (c == '\'' || c == '"' || c == '`') {
            pos_++;
            while (at(pos_) != c) pos_ += (c != '`' && at(pos_) == '\\') ? 2 : 1;
            pos_++;
            text_ = std::string(s_.substr(start, pos_ - start));
            kind_ = Tok::Lit;
            lit_ = c == '\'' ? LitKind::CharLit : LitKind::StringLit;
            return;
        }
        if (isLetter(c)) {
            while (isLetter(at(pos_)) || isDigit(at(pos_))) pos_++;
            text_ = std::string(s_.substr(start, pos_ - start));
            kind_ = Tok::Ident;
            return;
        }
        static const char* const two[] = {"&&", "||", "<<", ">>", "&^", "==", "!=", "<=", ">="};
        kind_ = Tok::Op;
        for (const char* t : two) {
            if (s_.substr(pos_, 2) == t) {
                text_ = t;
                pos_ += 2;
                return;
            }
        }
        text_ = std::string(1, c);
        pos_++;
    }

    static int precedence(const std::string& op) {
        if (op == "||") return 1;
        if (op == "&&") return 2;
        if (op == "==" || op == "!=" || op == "<" || op == "<=" || op == ">" || op == ">=") return 3;
        if (op == "+" || op == "-" || op == "|" || op == "^") return 4;
        if (op == "*" || op == "/" || op == "%" || op == "<<" || op == ">>" || op == "&" || op == "&^") return 5;
        return 0;
    }

    void expect(const char* op) {
        if (kind_ != Tok::Op || text_ != op) throw EvalError{std::string("expected ") + op};
        next();
    }

    // types2's overflow check after an operation.
    static Operand checked(Operand x) {
        if (x.v.isUnknown()) throw EvalError{"not representable"};
        if (!isUntyped(x.type)) {
            Value r = x.v;
            if (!representable(x.v, typeInfo(x.type).kind, &r)) throw EvalError{"overflows"};
            x.v = r;
        } else if (x.v.kind() == Kind::Int && bitLen(x.v) > kIntPrecision) {
            throw EvalError{"overflow"};
        }
        return x;
    }

    static Operand convert(const Operand& x, const std::string& type) {
        Value r = x.v;
        if (!representable(x.v, typeInfo(type).kind, &r)) throw EvalError{"cannot convert"};
        return {r, type};
    }

    // An untyped operand taking the type of the other operand.
    static Operand implicit(const Operand& x, const std::string& type) {
        Value r = x.v;
        if (!representable(x.v, typeInfo(type).kind, &r)) {
            bool truncated = !typeInfo(x.type).isInteger && typeInfo(type).isInteger;
            throw EvalError{truncated ? "truncated" : "overflows"};
        }
        return {r, type};
    }

    Operand binary(int prec) {
        Operand x = unary();
        while (kind_ == Tok::Op && precedence(text_) >= prec) {
            std::string op = text_;
            next();
            Operand y = binary(precedence(op) + 1);
            x = apply(x, op, y);
        }
        return x;
    }

    static Operand apply(Operand x, const std::string& op, Operand y) {
        if (op == "<<" || op == ">>") {
            Value count = toInt(y.v);
            bool ok;
            uint64_t s = uint64Val(count, &ok);
            if (!ok || s > 1074) throw EvalError{"invalid shift count"};
            if (isUntyped(x.type) && !typeInfo(x.type).isInteger) {
                x.v = toInt(x.v);
                if (x.v.isUnknown()) throw EvalError{"must be integer"};
                x.type = "untyped int";
            }
            return checked({shift(x.v, op == "<<" ? Op::Shl : Op::Shr, s), x.type});
        }
        // Both operands get one type.
        std::string type = x.type;
        if (isUntyped(x.type) && isUntyped(y.type)) {
            if (untypedRank(y.type) > untypedRank(x.type)) type = y.type;
        } else if (isUntyped(x.type)) {
            type = y.type;
            x = implicit(x, type);
        } else if (isUntyped(y.type)) {
            y = implicit(y, type);
        }
        static const struct {
            const char* text;
            Op op;
        } ops[] = {{"+", Op::Add},    {"-", Op::Sub},   {"*", Op::Mul},   {"/", Op::Quo},  {"%", Op::Rem},
                   {"&", Op::And},    {"|", Op::Or},    {"^", Op::Xor},   {"&^", Op::AndNot}, {"&&", Op::LAnd},
                   {"||", Op::LOr},   {"==", Op::Eql},  {"!=", Op::Neq},  {"<", Op::Lss},  {"<=", Op::Leq},
                   {">", Op::Gtr},    {">=", Op::Geq}};
        for (const auto& o : ops) {
            if (op != o.text) continue;
            if (o.op >= Op::Eql) return {makeBool(compare(x.v, o.op, y.v)), "untyped bool"};
            Op code = o.op == Op::Quo && typeInfo(type).isInteger ? Op::IntQuo : o.op;
            OpError err;
            Value v = binaryOp(x.v, code, y.v, &err);
            if (err == OpError::DivisionByZero) throw EvalError{"division by zero"};
            if (o.op == Op::LAnd || o.op == Op::LOr) return {v, "untyped bool"};
            return checked({v, type});
        }
        throw EvalError{"unknown operator " + op};
    }

    Operand unary() {
        if (kind_ == Tok::Op && (text_ == "+" || text_ == "-" || text_ == "^" || text_ == "!")) {
            std::string op = text_;
            next();
            Operand x = unary();
            if (op == "+") return x;
            if (op == "!") return {unaryOp(Op::Not, x.v), x.type};
            if (op == "-") return checked({unaryOp(Op::Sub, x.v), x.type});
            const TypeInfo& t = typeInfo(x.type);
            return checked({unaryOp(Op::Xor, x.v, t.isUnsigned ? unsigned(t.bits) : 0), x.type});
        }
        return primary();
    }

    Operand primary() {
        if (kind_ == Tok::Lit) {
            Value v = fromLiteral(lit_, text_);
            if (v.isUnknown()) throw EvalError{"malformed constant"};
            static const char* const types[] = {"untyped int", "untyped float", "untyped complex", "untyped rune",
                                                "untyped string"};
            Operand x{v, types[static_cast<int>(lit_)]};
            next();
            return x;
        }
        if (kind_ == Tok::Op && text_ == "(") {
            next();
            Operand x = binary(1);
            expect(")");
            return x;
        }
        if (kind_ != Tok::Ident) throw EvalError{"unexpected " + text_};
        std::string name = text_;
        next();
        if (name == "true" || name == "false") return {makeBool(name == "true"), "untyped bool"};
        expect("(");
        Operand x = binary(1);
        Operand y;
        if (kind_ == Tok::Op && text_ == ",") {
            next();
            y = binary(1);
        }
        expect(")");
        if (name == "complex") return {binaryOp(toFloat(x.v), Op::Add, makeImag(toFloat(y.v))), "untyped complex"};
        if (name == "real") return {real(x.v), "untyped float"};
        if (name == "imag") return {imag(x.v), "untyped float"};
        return convert(x, name);
    }

    std::string_view s_;
    size_t pos_ = 0;
    Tok kind_ = Tok::End;
    std::string text_;
    LitKind lit_ = LitKind::IntLit;
};

// The type and value of a constant expression, or "error" and what kind.
Operand eval(std::string_view src) {
    try {
        return Evaluator(src).run();
    } catch (const EvalError& e) {
        return {makeString(e.what), "error"};
    }
}

// Exact forms longer than 120 bytes are compared by length and FNV-1a hash.
std::string digest(const std::string& s) {
    if (s.size() <= 120) return s;
    uint64_t h = 0xcbf29ce484222325u;
    for (unsigned char c : s) {
        h ^= c;
        h *= 0x100000001b3u;
    }
    char buf[48];
    std::snprintf(buf, sizeof buf, "#%zu:%016llx", s.size(), static_cast<unsigned long long>(h));
    return buf;
}

std::string f64Bits(const Value& v) {
    bool exact;
    double d = toFloat64(v, &exact);
    uint64_t b;
    std::memcpy(&b, &d, sizeof b);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%016llx%s", static_cast<unsigned long long>(b), exact ? "" : "~");
    return buf;
}

std::string f32Bits(const Value& v) {
    bool exact;
    float f = toFloat32(v, &exact);
    uint32_t b;
    std::memcpy(&b, &f, sizeof b);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%08x%s", unsigned(b), exact ? "" : "~");
    return buf;
}

struct Case {
    const char* expr;
    const char* type;   // or "error"
    const char* str;    // toString, or the kind of error
    const char* exact;  // exactString (digest)
    const char* f64;    // toFloat64 bits ("~": inexact), for Int and Float
    const char* f32;
};

// Printed by the Go program at the end of this file.
const Case kCases[] = {
    {R"~(1 + 2)~", "untyped int", R"~(3)~", R"~(3)~", "4008000000000000", "40400000"},
    {R"~(1<<100 >> 98)~", "untyped int", R"~(4)~", R"~(4)~", "4010000000000000", "40800000"},
    {R"~(1<<100)~", "untyped int", R"~(1267650600228229401496703205376)~", R"~(1267650600228229401496703205376)~", "4630000000000000", "71800000"},
    {R"~(-(1<<100))~", "untyped int", R"~(-1267650600228229401496703205376)~", R"~(-1267650600228229401496703205376)~", "c630000000000000", "f1800000"},
    {R"~(1<<511 - 1 + (1<<511))~", "untyped int", R"~(13407807929942597099574024998205846127479365820592393377723561443721764030073546976801874298166903427690031858186486050853753882811946569946433649006084095)~", R"~(#155:51cd5ae3c30f32e9)~", "5ff0000000000000~", "7f800000~"},
    {R"~(9223372036854775807 + 1)~", "untyped int", R"~(9223372036854775808)~", R"~(9223372036854775808)~", "43e0000000000000", "5f000000"},
    {R"~(-9223372036854775808 - 1)~", "untyped int", R"~(-9223372036854775809)~", R"~(-9223372036854775809)~", "c3e0000000000000~", "df000000~"},
    {R"~(-9223372036854775807 - 1)~", "untyped int", R"~(-9223372036854775808)~", R"~(-9223372036854775808)~", "c3e0000000000000", "df000000"},
    {R"~(9223372036854775807 * 2)~", "untyped int", R"~(18446744073709551614)~", R"~(18446744073709551614)~", "43f0000000000000~", "5f800000~"},
    {R"~(3037000500 * 3037000500)~", "untyped int", R"~(9223372037000250000)~", R"~(9223372037000250000)~", "43e0000000011578~", "5f000000~"},
    {R"~(-3037000500 * 3037000500)~", "untyped int", R"~(-9223372037000250000)~", R"~(-9223372037000250000)~", "c3e0000000011578~", "df000000~"},
    {R"~(18446744073709551615 * 18446744073709551615)~", "untyped int", R"~(340282366920938463426481119284349108225)~", R"~(340282366920938463426481119284349108225)~", "47f0000000000000~", "7f800000~"},
    {R"~((1<<100) * (1<<100) / (1<<150))~", "untyped int", R"~(1125899906842624)~", R"~(1125899906842624)~", "4310000000000000", "58800000"},
    {R"~((1<<100 + 12345) - (1<<100))~", "untyped int", R"~(12345)~", R"~(12345)~", "40c81c8000000000", "4640e400"},
    {R"~(0x7fffffffffffffff + 0x7fffffffffffffff)~", "untyped int", R"~(18446744073709551614)~", R"~(18446744073709551614)~", "43f0000000000000~", "5f800000~"},
    {R"~(7 / 2)~", "untyped int", R"~(3)~", R"~(3)~", "4008000000000000", "40400000"},
    {R"~(-7 / 2)~", "untyped int", R"~(-3)~", R"~(-3)~", "c008000000000000", "c0400000"},
    {R"~(7 / -2)~", "untyped int", R"~(-3)~", R"~(-3)~", "c008000000000000", "c0400000"},
    {R"~(-7 / -2)~", "untyped int", R"~(3)~", R"~(3)~", "4008000000000000", "40400000"},
    {R"~(7 % 2)~", "untyped int", R"~(1)~", R"~(1)~", "3ff0000000000000", "3f800000"},
    {R"~(-7 % 2)~", "untyped int", R"~(-1)~", R"~(-1)~", "bff0000000000000", "bf800000"},
    {R"~(7 % -2)~", "untyped int", R"~(1)~", R"~(1)~", "3ff0000000000000", "3f800000"},
    {R"~(-7 % -2)~", "untyped int", R"~(-1)~", R"~(-1)~", "bff0000000000000", "bf800000"},
    {R"~((1<<100 + 7) / -(1<<50))~", "untyped int", R"~(-1125899906842624)~", R"~(-1125899906842624)~", "c310000000000000", "d8800000"},
    {R"~(-(1<<100 + 7) % (1<<50))~", "untyped int", R"~(-7)~", R"~(-7)~", "c01c000000000000", "c0e00000"},
    {R"~(-(1<<100) % 3)~", "untyped int", R"~(-1)~", R"~(-1)~", "bff0000000000000", "bf800000"},
    {R"~(-(1<<100) / 3)~", "untyped int", R"~(-422550200076076467165567735125)~", R"~(-422550200076076467165567735125)~", "c615555555555555~", "f0aaaaab~"},
    {R"~((1<<200) / (1<<100 + 1))~", "untyped int", R"~(1267650600228229401496703205375)~", R"~(1267650600228229401496703205375)~", "4630000000000000~", "71800000~"},
    {R"~((1<<200) % (1<<100 + 1))~", "untyped int", R"~(1)~", R"~(1)~", "3ff0000000000000", "3f800000"},
    {R"~(-(1<<200) / -(1<<100 - 1))~", "untyped int", R"~(1267650600228229401496703205377)~", R"~(1267650600228229401496703205377)~", "4630000000000000~", "71800000~"},
    {R"~((1<<300 + 1<<150 + 1) / (1<<150 + 1))~", "untyped int", R"~(1427247692705959881058285969449495136382746624)~", R"~(1427247692705959881058285969449495136382746624)~", "4950000000000000", "7f800000~"},
    {R"~((1<<300 + 1<<150 + 1) % (1<<150 + 1))~", "untyped int", R"~(1)~", R"~(1)~", "3ff0000000000000", "3f800000"},
    {R"~(-9223372036854775808 / -1)~", "untyped int", R"~(-9223372036854775808)~", R"~(-9223372036854775808)~", "c3e0000000000000", "df000000"},
    {R"~(-9223372036854775808 % -1)~", "untyped int", R"~(0)~", R"~(0)~", "0000000000000000", "00000000"},
    {R"~(-(1<<64) / -1)~", "untyped int", R"~(18446744073709551616)~", R"~(18446744073709551616)~", "43f0000000000000", "5f800000"},
    {R"~('a' / 2)~", "untyped rune", R"~(48)~", R"~(48)~", "4048000000000000", "42400000"},
    {R"~(-6 & 3)~", "untyped int", R"~(2)~", R"~(2)~", "4000000000000000", "40000000"},
    {R"~(-6 | 3)~", "untyped int", R"~(-5)~", R"~(-5)~", "c014000000000000", "c0a00000"},
    {R"~(-6 ^ 3)~", "untyped int", R"~(-7)~", R"~(-7)~", "c01c000000000000", "c0e00000"},
    {R"~(-6 &^ 3)~", "untyped int", R"~(-8)~", R"~(-8)~", "c020000000000000", "c1000000"},
    {R"~(6 &^ -3)~", "untyped int", R"~(2)~", R"~(2)~", "4000000000000000", "40000000"},
    {R"~(-6 &^ -3)~", "untyped int", R"~(2)~", R"~(2)~", "4000000000000000", "40000000"},
    {R"~(^5)~", "untyped int", R"~(-6)~", R"~(-6)~", "c018000000000000", "c0c00000"},
    {R"~(^-1)~", "untyped int", R"~(0)~", R"~(0)~", "0000000000000000", "00000000"},
    {R"~(^0)~", "untyped int", R"~(-1)~", R"~(-1)~", "bff0000000000000", "bf800000"},
    {R"~(-(1<<70) & (1<<70 - 1))~", "untyped int", R"~(0)~", R"~(0)~", "0000000000000000", "00000000"},
    {R"~(-(1<<70) & -(1<<69))~", "untyped int", R"~(-1180591620717411303424)~", R"~(-1180591620717411303424)~", "c450000000000000", "e2800000"},
    {R"~(-(1<<70) | 5)~", "untyped int", R"~(-1180591620717411303419)~", R"~(-1180591620717411303419)~", "c450000000000000~", "e2800000~"},
    {R"~((1<<70) ^ -1)~", "untyped int", R"~(-1180591620717411303425)~", R"~(-1180591620717411303425)~", "c450000000000000~", "e2800000~"},
    {R"~(-(1<<64) &^ -(1<<65))~", "untyped int", R"~(18446744073709551616)~", R"~(18446744073709551616)~", "43f0000000000000", "5f800000"},
    {R"~(^(1<<80))~", "untyped int", R"~(-1208925819614629174706177)~", R"~(-1208925819614629174706177)~", "c4f0000000000000~", "e7800000~"},
    {R"~(-(1<<80) >> 3)~", "untyped int", R"~(-151115727451828646838272)~", R"~(-151115727451828646838272)~", "c4c0000000000000", "e6000000"},
    {R"~(-(1<<80) >> 200)~", "untyped int", R"~(-1)~", R"~(-1)~", "bff0000000000000", "bf800000"},
    {R"~(-(1<<80 + 1) >> 80)~", "untyped int", R"~(-2)~", R"~(-2)~", "c000000000000000", "c0000000"},
    {R"~(-1 >> 100)~", "untyped int", R"~(-1)~", R"~(-1)~", "bff0000000000000", "bf800000"},
    {R"~(-7 >> 1)~", "untyped int", R"~(-4)~", R"~(-4)~", "c010000000000000", "c0800000"},
    {R"~(-9223372036854775808 >> 63)~", "untyped int", R"~(-1)~", R"~(-1)~", "bff0000000000000", "bf800000"},
    {R"~((1<<80 + 1) >> 79)~", "untyped int", R"~(2)~", R"~(2)~", "4000000000000000", "40000000"},
    {R"~(1 << 0)~", "untyped int", R"~(1)~", R"~(1)~", "3ff0000000000000", "3f800000"},
    {R"~(-1 << 63)~", "untyped int", R"~(-9223372036854775808)~", R"~(-9223372036854775808)~", "c3e0000000000000", "df000000"},
    {R"~(-1 << 64)~", "untyped int", R"~(-18446744073709551616)~", R"~(-18446744073709551616)~", "c3f0000000000000", "df800000"},
    {R"~(3 << 62)~", "untyped int", R"~(13835058055282163712)~", R"~(13835058055282163712)~", "43e8000000000000", "5f400000"},
    {R"~(1 << 1074 >> 1074)~", "error", "overflow", "", "", ""},
    {R"~(1<<511)~", "untyped int", R"~(6703903964971298549787012499102923063739682910296196688861780721860882015036773488400937149083451713845015929093243025426876941405973284973216824503042048)~", R"~(#154:91f4dee2f0d10448)~", "5fe0000000000000", "7f800000~"},
    {R"~(1<<512)~", "error", "overflow", "", "", ""},
    {R"~((1<<511) * 2)~", "error", "overflow", "", "", ""},
    {R"~(-(1<<511) * 2)~", "error", "overflow", "", "", ""},
    {R"~(1 << 1075)~", "error", "invalid shift count", "", "", ""},
    {R"~(^uint8(1))~", "uint8", R"~(254)~", R"~(254)~", "406fc00000000000", "437e0000"},
    {R"~(^uint(0))~", "uint", R"~(18446744073709551615)~", R"~(18446744073709551615)~", "43f0000000000000~", "5f800000~"},
    {R"~(^uint64(1<<63))~", "uint64", R"~(9223372036854775807)~", R"~(9223372036854775807)~", "43e0000000000000~", "5f000000~"},
    {R"~(^uint16(0x1234))~", "uint16", R"~(60875)~", R"~(60875)~", "40edb96000000000", "476dcb00"},
    {R"~(^int8(5))~", "int8", R"~(-6)~", R"~(-6)~", "c018000000000000", "c0c00000"},
    {R"~(^uint32(0))~", "uint32", R"~(4294967295)~", R"~(4294967295)~", "41efffffffe00000", "4f800000~"},
    {R"~(^uint8(255))~", "uint8", R"~(0)~", R"~(0)~", "0000000000000000", "00000000"},
    {R"~(uint8(200) + 100)~", "error", "overflows", "", "", ""},
    {R"~(int8(-128) - 1)~", "error", "overflows", "", "", ""},
    {R"~(int8(127) + 0)~", "int8", R"~(127)~", R"~(127)~", "405fc00000000000", "42fe0000"},
    {R"~(uint(0) - 1)~", "error", "overflows", "", "", ""},
    {R"~(int64(9223372036854775807) + 1)~", "error", "overflows", "", "", ""},
    {R"~(int32(1) << 31)~", "error", "overflows", "", "", ""},
    {R"~(uint32(1) << 31)~", "uint32", R"~(2147483648)~", R"~(2147483648)~", "41e0000000000000", "4f000000"},
    {R"~(int8(100) * 2)~", "error", "overflows", "", "", ""},
    {R"~(int8(-7) / 2)~", "int8", R"~(-3)~", R"~(-3)~", "c008000000000000", "c0400000"},
    {R"~(uint8(7) % 3)~", "uint8", R"~(1)~", R"~(1)~", "3ff0000000000000", "3f800000"},
    {R"~(1.0 / 3 * 3 == 1)~", "untyped bool", R"~(true)~", R"~(true)~", "", ""},
    {R"~(1.0 / 3 * 3)~", "untyped float", R"~(1)~", R"~(1)~", "3ff0000000000000", "3f800000"},
    {R"~(1.0/3)~", "untyped float", R"~(0.333333)~", R"~(1/3)~", "3fd5555555555555~", "3eaaaaab~"},
    {R"~(2.0/3)~", "untyped float", R"~(0.666667)~", R"~(2/3)~", "3fe5555555555555~", "3f2aaaab~"},
    {R"~(-2.0/3)~", "untyped float", R"~(-0.666667)~", R"~(-2/3)~", "bfe5555555555555~", "bf2aaaab~"},
    {R"~(1e300 * 1e300 / 1e300)~", "untyped float", R"~(1e+300)~", R"~(#301:779b51bc476d81fc)~", "7e37e43c8800759c~", "7f800000~"},
    {R"~(1e300 * 1e300)~", "untyped float", R"~(1e+600)~", R"~(#601:9ef9e70ed087b8fc)~", "7ff0000000000000~", "7f800000~"},
    {R"~(1e1000)~", "untyped float", R"~(1e+1000)~", R"~(#1001:73c98c66f34c0cfc)~", "7ff0000000000000~", "7f800000~"},
    {R"~(1e-1000)~", "untyped float", R"~(1e-1000)~", R"~(#1003:0313b779884361a8)~", "0000000000000000~", "00000000~"},
    {R"~(-1e1000)~", "untyped float", R"~(-1e+1000)~", R"~(#1002:99ad8aceb8d8c30b)~", "fff0000000000000~", "ff800000~"},
    {R"~(1e1000 / 7)~", "untyped float", R"~(1.42857e+999)~", R"~(#1003:cf29f3d1803380da)~", "7ff0000000000000~", "7f800000~"},
    {R"~(0.1 + 0.2)~", "untyped float", R"~(0.3)~", R"~(3/10)~", "3fd3333333333333~", "3e99999a~"},
    {R"~(0.1 + 0.2 == 0.3)~", "untyped bool", R"~(true)~", R"~(true)~", "", ""},
    {R"~(1e1300)~", "untyped float", R"~(1e+1300)~", R"~(#137:a69c7c7d4a8f7d1c)~", "7ff0000000000000~", "7f800000~"},
    {R"~(-1e1300)~", "untyped float", R"~(-1e+1300)~", R"~(#138:44174187dd017a33)~", "fff0000000000000~", "ff800000~"},
    {R"~(1e-1300)~", "untyped float", R"~(1e-1300)~", R"~(#137:e67ae046f2f7a0f8)~", "0000000000000000~", "00000000~"},
    {R"~(1e1300 * 1e-1300)~", "untyped float", R"~(1)~", R"~(0x.8p+1)~", "3ff0000000000000", "3f800000"},
    {R"~(1e1300 / 1e1299)~", "untyped float", R"~(10)~", R"~(0x.ap+4)~", "4024000000000000", "41200000"},
    {R"~(1e-5000*1e4675)~", "untyped float", R"~(1e-325)~", R"~(#137:9f5c6532ca0ef58f)~", "0000000000000000~", "00000000~"},
    {R"~(1e5000)~", "untyped float", R"~(1e+5000)~", R"~(#137:d0715ddbc23490c0)~", "7ff0000000000000~", "7f800000~"},
    {R"~(1e4932)~", "untyped float", R"~(1e+4932)~", R"~(#138:b2657c0c1adf4655)~", "7ff0000000000000~", "7f800000~"},
    {R"~(1e1300 * 1e1300 * 1e1300 * 1e1300 * 1e1300 * 1e1300 * 1e1300)~", "untyped float", R"~(1e+9100)~", R"~(#138:4ee7b447e5d55f61)~", "7ff0000000000000~", "7f800000~"},
    {R"~(1e300000000*1e300000000*1e300000000*1e300000000*1e300000000*1e300000000*1e300000000*1e300000000)~", "error", "not representable", "", "", ""},
    {R"~(0x1p5000)~", "untyped float", R"~(1.41247e+1505)~", R"~(0x.8p+5001)~", "7ff0000000000000~", "7f800000~"},
    {R"~(-0x1p5000)~", "untyped float", R"~(-1.41247e+1505)~", R"~(-0x.8p+5001)~", "fff0000000000000~", "ff800000~"},
    {R"~(0x1p-5000)~", "untyped float", R"~(0.707981e-1505)~", R"~(0x.8p-4999)~", "0000000000000000~", "00000000~"},
    {R"~(0x1p4095)~", "untyped float", R"~(5.22194e+1232)~", R"~(0x.8p+4096)~", "7ff0000000000000~", "7f800000~"},
    {R"~(0x1p4094)~", "untyped float", R"~(2.61097e+1232)~", R"~(#1233:5f5c91a030ec5802)~", "7ff0000000000000~", "7f800000~"},
    {R"~(0x1p-4095)~", "untyped float", R"~(1.915e-1233)~", R"~(#1235:9601fb9900fbfe45)~", "0000000000000000~", "00000000~"},
    {R"~(0x1p-4096)~", "untyped float", R"~(0.957498e-1233)~", R"~(#1236:b5bded0d8feed138)~", "0000000000000000~", "00000000~"},
    {R"~(0x1p-4097)~", "untyped float", R"~(4.78749e-1234)~", R"~(0x.8p-4096)~", "0000000000000000~", "00000000~"},
    {R"~(0x1.8p3)~", "untyped float", R"~(12)~", R"~(12)~", "4028000000000000", "41400000"},
    {R"~(0x.8p1)~", "untyped float", R"~(1)~", R"~(1)~", "3ff0000000000000", "3f800000"},
    {R"~(0X1P-2)~", "untyped float", R"~(0.25)~", R"~(1/4)~", "3fd0000000000000", "3e800000"},
    {R"~(0x1_0p0)~", "untyped float", R"~(16)~", R"~(16)~", "4030000000000000", "41800000"},
    {R"~(0x_1p-2)~", "untyped float", R"~(0.25)~", R"~(1/4)~", "3fd0000000000000", "3e800000"},
    {R"~(0xAbC.dEfp-10)~", "untyped float", R"~(2.68444)~", R"~(11259375/4194304)~", "400579bde0000000", "402bcdef"},
    {R"~(1_000.5)~", "untyped float", R"~(1000.5)~", R"~(2001/2)~", "408f440000000000", "447a2000"},
    {R"~(.5)~", "untyped float", R"~(0.5)~", R"~(1/2)~", "3fe0000000000000", "3f000000"},
    {R"~(5.)~", "untyped float", R"~(5)~", R"~(5)~", "4014000000000000", "40a00000"},
    {R"~(0.)~", "untyped float", R"~(0)~", R"~(0)~", "0000000000000000", "00000000"},
    {R"~(00.5)~", "untyped float", R"~(0.5)~", R"~(1/2)~", "3fe0000000000000", "3f000000"},
    {R"~(1e+2)~", "untyped float", R"~(100)~", R"~(100)~", "4059000000000000", "42c80000"},
    {R"~(1E-2)~", "untyped float", R"~(0.01)~", R"~(1/100)~", "3f847ae147ae147b~", "3c23d70a~"},
    {R"~(017.5)~", "untyped float", R"~(17.5)~", R"~(35/2)~", "4031800000000000", "418c0000"},
    {R"~(017e2)~", "untyped float", R"~(1700)~", R"~(1700)~", "409a900000000000", "44d48000"},
    {R"~(1.5e-10)~", "untyped float", R"~(1.5e-10)~", R"~(3/20000000000)~", "3de49da7e361ce4c~", "2f24ed3f~"},
    {R"~(123456789e-20)~", "untyped float", R"~(1.23457e-12)~", R"~(123456789/100000000000000000000)~", "3d75b7ffde890274~", "2badbfff~"},
    {R"~(0.000001234)~", "untyped float", R"~(1.234e-06)~", R"~(617/500000000)~", "3eb4b3fd5942cd96~", "35a59feb~"},
    {R"~(6e5518446744)~", "error", "malformed constant", "", "", ""},
    {R"~(1e1000000000)~", "error", "malformed constant", "", "", ""},
    {R"~(1e-1000000000)~", "untyped float", R"~(0)~", R"~(0)~", "0000000000000000", "00000000"},
    {R"~(1e+1000000000)~", "error", "malformed constant", "", "", ""},
    {R"~(6.02214076e23)~", "untyped float", R"~(6.02214e+23)~", R"~(602214076000000000000000)~", "44dfe185ca57c517~", "66ff0c2e~"},
    {R"~(1.7976931348623157e308)~", "untyped float", R"~(1.79769e+308)~", R"~(#309:75120dfbb295d01d)~", "7fefffffffffffff~", "7f800000~"},
    {R"~(1.7976931348623158e308)~", "untyped float", R"~(1.79769e+308)~", R"~(#309:e0a0126dd62895d0)~", "7fefffffffffffff~", "7f800000~"},
    {R"~(1.7976931348623159e308)~", "untyped float", R"~(1.79769e+308)~", R"~(#309:5412c1f8d8c8cab3)~", "7ff0000000000000~", "7f800000~"},
    {R"~(4.9406564584124654e-324)~", "untyped float", R"~(4.94066e-324)~", R"~(#358:c660eda36b42931a)~", "0000000000000001~", "00000000~"},
    {R"~(2.4703282292062327e-324)~", "untyped float", R"~(2.47033e-324)~", R"~(#359:2cac06e19785162a)~", "0000000000000000~", "00000000~"},
    {R"~(2.4703282292062328e-324)~", "untyped float", R"~(4.94066e-324)~", R"~(#357:664b4f3fdcf3779b)~", "0000000000000001~", "00000000~"},
    {R"~(0x1p-1075)~", "untyped float", R"~(2.47033e-324)~", R"~(#326:b1b244c349ad51d2)~", "0000000000000000~", "00000000~"},
    {R"~(0x1.0000000000001p-1075)~", "untyped float", R"~(4.94066e-324)~", R"~(#357:c2793a0d8e08ba2f)~", "0000000000000001~", "00000000~"},
    {R"~(0x1p-1074)~", "untyped float", R"~(4.94066e-324)~", R"~(#326:c3aa5efe41a4631b)~", "0000000000000001", "00000000~"},
    {R"~(0x1.8p-1074)~", "untyped float", R"~(9.88131e-324)~", R"~(#326:c2514da2d9f81cbc)~", "0000000000000002~", "00000000~"},
    {R"~(0x1.4p-1073)~", "untyped float", R"~(9.88131e-324)~", R"~(#326:9d2de0ff9acbacce)~", "0000000000000002~", "00000000~"},
    {R"~(0x1.fffffffffffff8p1023)~", "untyped float", R"~(1.79769e+308)~", R"~(#309:2616e356fb9568e6)~", "7ff0000000000000~", "7f800000~"},
    {R"~(0x1.fffffffffffff7ffp1023)~", "untyped float", R"~(1.79769e+308)~", R"~(#309:30df9e4cb5fa9d61)~", "7fefffffffffffff~", "7f800000~"},
    {R"~(0x1p-1022)~", "untyped float", R"~(2.22507e-308)~", R"~(#310:62569d2e18657c71)~", "0010000000000000", "00000000~"},
    {R"~(0x0.fffffffffffff8p-1022)~", "untyped float", R"~(2.22507e-308)~", R"~(#341:d611095225465d5f)~", "0010000000000000~", "00000000~"},
    {R"~(0x1p-150)~", "untyped float", R"~(7.00649e-46)~", R"~(1/1427247692705959881058285969449495136382746624)~", "3690000000000000", "00000000~"},
    {R"~(0x1.000002p-150)~", "untyped float", R"~(7.00649e-46)~", R"~(8388609/11972621413014756705924586149611790497021399392059392)~", "3690000020000000", "00000001~"},
    {R"~(0x1p-149)~", "untyped float", R"~(1.4013e-45)~", R"~(1/713623846352979940529142984724747568191373312)~", "36a0000000000000", "00000001"},
    {R"~(0x1.8p-149)~", "untyped float", R"~(2.10195e-45)~", R"~(3/1427247692705959881058285969449495136382746624)~", "36a8000000000000", "00000002~"},
    {R"~(0x1.fffffefp127)~", "untyped float", R"~(3.40282e+38)~", R"~(340282356145908361523424694709790965760)~", "47efffffef000000", "7f7fffff~"},
    {R"~(0x1.ffffffp127)~", "untyped float", R"~(3.40282e+38)~", R"~(340282356779733661637539395458142568448)~", "47effffff0000000", "7f800000~"},
    {R"~(3.4028235677973366e38)~", "untyped float", R"~(3.40282e+38)~", R"~(340282356779733660000000000000000000000)~", "47effffff0000000~", "7f7fffff~"},
    {R"~(3.4028235677973362e38)~", "untyped float", R"~(3.40282e+38)~", R"~(340282356779733620000000000000000000000)~", "47efffffefffffff~", "7f7fffff~"},
    {R"~(1.17549435e-38)~", "untyped float", R"~(1.17549e-38)~", R"~(23509887/2000000000000000000000000000000000000000000000)~", "380fffffff9fdba8~", "00800000~"},
    {R"~(1.4e-45)~", "untyped float", R"~(1.4e-45)~", R"~(7/5000000000000000000000000000000000000000000000)~", "369ff868bf4d956a~", "00000001~"},
    {R"~(0.1)~", "untyped float", R"~(0.1)~", R"~(1/10)~", "3fb999999999999a~", "3dcccccd~"},
    {R"~(0.2)~", "untyped float", R"~(0.2)~", R"~(1/5)~", "3fc999999999999a~", "3e4ccccd~"},
    {R"~(0.3)~", "untyped float", R"~(0.3)~", R"~(3/10)~", "3fd3333333333333~", "3e99999a~"},
    {R"~(1.0)~", "untyped float", R"~(1)~", R"~(1)~", "3ff0000000000000", "3f800000"},
    {R"~(16777217)~", "untyped int", R"~(16777217)~", R"~(16777217)~", "4170000010000000", "4b800000~"},
    {R"~(16777219)~", "untyped int", R"~(16777219)~", R"~(16777219)~", "4170000030000000", "4b800002~"},
    {R"~(9007199254740993)~", "untyped int", R"~(9007199254740993)~", R"~(9007199254740993)~", "4340000000000000~", "5a000000~"},
    {R"~(9007199254740995)~", "untyped int", R"~(9007199254740995)~", R"~(9007199254740995)~", "4340000000000002~", "5a000000~"},
    {R"~(9223372036854775807)~", "untyped int", R"~(9223372036854775807)~", R"~(9223372036854775807)~", "43e0000000000000~", "5f000000~"},
    {R"~(-9223372036854775808)~", "untyped int", R"~(-9223372036854775808)~", R"~(-9223372036854775808)~", "c3e0000000000000", "df000000"},
    {R"~(1<<64)~", "untyped int", R"~(18446744073709551616)~", R"~(18446744073709551616)~", "43f0000000000000", "5f800000"},
    {R"~(1<<1023 * 2)~", "error", "overflow", "", "", ""},
    {R"~(-(1<<1024) + 1)~", "error", "overflow", "", "", ""},
    {R"~(1e6)~", "untyped float", R"~(1e+06)~", R"~(1000000)~", "412e848000000000", "49742400"},
    {R"~(100000.0)~", "untyped float", R"~(100000)~", R"~(100000)~", "40f86a0000000000", "47c35000"},
    {R"~(123456.7)~", "untyped float", R"~(123457)~", R"~(1234567/10)~", "40fe240b33333333~", "47f1205a~"},
    {R"~(1234567.0)~", "untyped float", R"~(1.23457e+06)~", R"~(1234567)~", "4132d68700000000", "4996b438"},
    {R"~(0.0001)~", "untyped float", R"~(0.0001)~", R"~(1/10000)~", "3f1a36e2eb1c432d~", "38d1b717~"},
    {R"~(0.00001)~", "untyped float", R"~(1e-05)~", R"~(1/100000)~", "3ee4f8b588e368f1~", "3727c5ac~"},
    {R"~(-0.5)~", "untyped float", R"~(-0.5)~", R"~(-1/2)~", "bfe0000000000000", "bf000000"},
    {R"~(1e20)~", "untyped float", R"~(1e+20)~", R"~(100000000000000000000)~", "4415af1d78b58c40", "60ad78ec~"},
    {R"~(123456789.0)~", "untyped float", R"~(1.23457e+08)~", R"~(123456789)~", "419d6f3454000000", "4ceb79a3~"},
    {R"~(1234565.0)~", "untyped float", R"~(1.23456e+06)~", R"~(1234565)~", "4132d68500000000", "4996b428"},
    {R"~(1234575.0)~", "untyped float", R"~(1.23458e+06)~", R"~(1234575)~", "4132d68f00000000", "4996b478"},
    {R"~(999999.5)~", "untyped float", R"~(1e+06)~", R"~(1999999/2)~", "412e847f00000000", "497423f8"},
    {R"~(999999.4)~", "untyped float", R"~(999999)~", R"~(4999997/5)~", "412e847ecccccccd~", "497423f6~"},
    {R"~(-1e-7)~", "untyped float", R"~(-1e-07)~", R"~(-1/10000000)~", "be7ad7f29abcaf48~", "b3d6bf95~"},
    {R"~(0.000123456789)~", "untyped float", R"~(0.000123457)~", R"~(123456789/1000000000000)~", "3f202e85be111841~", "3901742e~"},
    {R"~(3.141592653589793)~", "untyped float", R"~(3.14159)~", R"~(3141592653589793/1000000000000000)~", "400921fb54442d18~", "40490fdb~"},
    {R"~(2.718281828459045e100)~", "untyped float", R"~(2.71828e+100)~", R"~(27182818284590450000000000000000000000000000000000000000000000000000000000000000000000000000000000000)~", "54c8db0ed1476826~", "7f800000~"},
    {R"~(1e-320)~", "untyped float", R"~(9.99989e-321)~", R"~(#323:064835eb62265ca8)~", "00000000000007e8~", "00000000~"},
    {R"~(-1e-400)~", "untyped float", R"~(-1e-400)~", R"~(#404:b4dcb2851d2430a7)~", "8000000000000000~", "80000000~"},
    {R"~(1e-5000)~", "untyped float", R"~(1e-5000)~", R"~(#138:fa6490bc69f92076)~", "0000000000000000~", "00000000~"},
    {R"~(uint8(255))~", "uint8", R"~(255)~", R"~(255)~", "406fe00000000000", "437f0000"},
    {R"~(uint8(256))~", "error", "cannot convert", "", "", ""},
    {R"~(uint(-1))~", "error", "cannot convert", "", "", ""},
    {R"~(int(1.5))~", "error", "cannot convert", "", "", ""},
    {R"~(int(1e3))~", "int", R"~(1000)~", R"~(1000)~", "408f400000000000", "447a0000"},
    {R"~(int(-1e3))~", "int", R"~(-1000)~", R"~(-1000)~", "c08f400000000000", "c47a0000"},
    {R"~(int8(-128))~", "int8", R"~(-128)~", R"~(-128)~", "c060000000000000", "c3000000"},
    {R"~(int8(-129))~", "error", "cannot convert", "", "", ""},
    {R"~(int8(127))~", "int8", R"~(127)~", R"~(127)~", "405fc00000000000", "42fe0000"},
    {R"~(int8(128))~", "error", "cannot convert", "", "", ""},
    {R"~(int16(32767))~", "int16", R"~(32767)~", R"~(32767)~", "40dfffc000000000", "46fffe00"},
    {R"~(int16(32768))~", "error", "cannot convert", "", "", ""},
    {R"~(int16(-32768))~", "int16", R"~(-32768)~", R"~(-32768)~", "c0e0000000000000", "c7000000"},
    {R"~(int32(-2147483648))~", "int32", R"~(-2147483648)~", R"~(-2147483648)~", "c1e0000000000000", "cf000000"},
    {R"~(int32(2147483648))~", "error", "cannot convert", "", "", ""},
    {R"~(uint16(65535))~", "uint16", R"~(65535)~", R"~(65535)~", "40efffe000000000", "477fff00"},
    {R"~(uint16(65536))~", "error", "cannot convert", "", "", ""},
    {R"~(uint32(4294967295))~", "uint32", R"~(4294967295)~", R"~(4294967295)~", "41efffffffe00000", "4f800000~"},
    {R"~(uint32(4294967296))~", "error", "cannot convert", "", "", ""},
    {R"~(int64(9223372036854775807))~", "int64", R"~(9223372036854775807)~", R"~(9223372036854775807)~", "43e0000000000000~", "5f000000~"},
    {R"~(int64(9223372036854775808))~", "error", "cannot convert", "", "", ""},
    {R"~(int64(-9223372036854775808))~", "int64", R"~(-9223372036854775808)~", R"~(-9223372036854775808)~", "c3e0000000000000", "df000000"},
    {R"~(int(9223372036854775807))~", "int", R"~(9223372036854775807)~", R"~(9223372036854775807)~", "43e0000000000000~", "5f000000~"},
    {R"~(int(-9223372036854775809))~", "error", "cannot convert", "", "", ""},
    {R"~(uint64(18446744073709551615))~", "uint64", R"~(18446744073709551615)~", R"~(18446744073709551615)~", "43f0000000000000~", "5f800000~"},
    {R"~(uint64(18446744073709551616))~", "error", "cannot convert", "", "", ""},
    {R"~(uint(1<<64 - 1))~", "uint", R"~(18446744073709551615)~", R"~(18446744073709551615)~", "43f0000000000000~", "5f800000~"},
    {R"~(uintptr(1<<64 - 1))~", "uintptr", R"~(18446744073709551615)~", R"~(18446744073709551615)~", "43f0000000000000~", "5f800000~"},
    {R"~(uintptr(1<<64))~", "error", "cannot convert", "", "", ""},
    {R"~(int(1e18))~", "int", R"~(1000000000000000000)~", R"~(1000000000000000000)~", "43abc16d674ec800", "5d5e0b6b~"},
    {R"~(int(1e19))~", "error", "cannot convert", "", "", ""},
    {R"~(uint64(1e19))~", "uint64", R"~(10000000000000000000)~", R"~(10000000000000000000)~", "43e158e460913d00", "5f0ac723~"},
    {R"~(uint64(-1e19))~", "error", "cannot convert", "", "", ""},
    {R"~(int(2.0))~", "int", R"~(2)~", R"~(2)~", "4000000000000000", "40000000"},
    {R"~(int(-0.0))~", "int", R"~(0)~", R"~(0)~", "0000000000000000", "00000000"},
    {R"~(int(1+0i))~", "int", R"~(1)~", R"~(1)~", "3ff0000000000000", "3f800000"},
    {R"~(int(1+1i))~", "error", "cannot convert", "", "", ""},
    {R"~(int(1e100))~", "error", "cannot convert", "", "", ""},
    {R"~(int(1e-5000 * 1e5000))~", "int", R"~(1)~", R"~(1)~", "3ff0000000000000", "3f800000"},
    {R"~(int(1e1300 / 1e1299))~", "int", R"~(10)~", R"~(10)~", "4024000000000000", "41200000"},
    {R"~(int(10.000000000000000000000000000000000001))~", "error", "cannot convert", "", "", ""},
    {R"~(uint8('a'))~", "uint8", R"~(97)~", R"~(97)~", "4058400000000000", "42c20000"},
    {R"~(uint8('é'))~", "uint8", R"~(233)~", R"~(233)~", "406d200000000000", "43690000"},
    {R"~(int32('\U0010ffff'))~", "int32", R"~(1114111)~", R"~(1114111)~", "4130ffff00000000", "4987fff8"},
    {R"~(float32(1e39))~", "error", "cannot convert", "", "", ""},
    {R"~(float32(-1e39))~", "error", "cannot convert", "", "", ""},
    {R"~(float32(1e38))~", "float32", R"~(1e+38)~", R"~(99999996802856924650656260769173209088)~", "47d2ced320000000", "7e967699"},
    {R"~(float32(1e-50))~", "float32", R"~(0)~", R"~(0)~", "0000000000000000", "00000000"},
    {R"~(float32(-1e-50))~", "float32", R"~(0)~", R"~(0)~", "0000000000000000", "00000000"},
    {R"~(float32(0.1))~", "float32", R"~(0.1)~", R"~(13421773/134217728)~", "3fb99999a0000000", "3dcccccd"},
    {R"~(float32(1.0/3))~", "float32", R"~(0.333333)~", R"~(11184811/33554432)~", "3fd5555560000000", "3eaaaaab"},
    {R"~(float32(16777217))~", "float32", R"~(1.67772e+07)~", R"~(16777216)~", "4170000000000000", "4b800000"},
    {R"~(float32(1<<100))~", "float32", R"~(1.26765e+30)~", R"~(1267650600228229401496703205376)~", "4630000000000000", "71800000"},
    {R"~(float32(3.4028235677973366e38))~", "float32", R"~(3.40282e+38)~", R"~(340282346638528859811704183484516925440)~", "47efffffe0000000", "7f7fffff"},
    {R"~(float32(3.4028235677973362e38))~", "float32", R"~(3.40282e+38)~", R"~(340282346638528859811704183484516925440)~", "47efffffe0000000", "7f7fffff"},
    {R"~(float32(0x1p-150))~", "float32", R"~(0)~", R"~(0)~", "0000000000000000", "00000000"},
    {R"~(float32(0x1.000002p-150))~", "float32", R"~(1.4013e-45)~", R"~(1/713623846352979940529142984724747568191373312)~", "36a0000000000000", "00000001"},
    {R"~(float32(1e1300))~", "error", "cannot convert", "", "", ""},
    {R"~(float64(0.1))~", "float64", R"~(0.1)~", R"~(3602879701896397/36028797018963968)~", "3fb999999999999a", "3dcccccd~"},
    {R"~(float64(1.0/3))~", "float64", R"~(0.333333)~", R"~(6004799503160661/18014398509481984)~", "3fd5555555555555", "3eaaaaab~"},
    {R"~(float64(1e309))~", "error", "cannot convert", "", "", ""},
    {R"~(float64(1e-400))~", "float64", R"~(0)~", R"~(0)~", "0000000000000000", "00000000"},
    {R"~(float64(1<<1023 * 2))~", "error", "overflow", "", "", ""},
    {R"~(float64(1<<1024 - 1<<970))~", "error", "overflow", "", "", ""},
    {R"~(float64(1<<1024 - 1<<971))~", "error", "overflow", "", "", ""},
    {R"~(float64(1+0i))~", "float64", R"~(1)~", R"~(1)~", "3ff0000000000000", "3f800000"},
    {R"~(float64(1+1i))~", "error", "cannot convert", "", "", ""},
    {R"~(float64(9007199254740993))~", "float64", R"~(9.0072e+15)~", R"~(9007199254740992)~", "4340000000000000", "5a000000"},
    {R"~(float64(1e-5000))~", "float64", R"~(0)~", R"~(0)~", "0000000000000000", "00000000"},
    {R"~(float64(1e5000))~", "error", "cannot convert", "", "", ""},
    {R"~(complex64(1e39))~", "error", "cannot convert", "", "", ""},
    {R"~(complex64(1+1e39i))~", "error", "cannot convert", "", "", ""},
    {R"~(complex128(1e-400 + 2i))~", "complex128", R"~((0 + 2i))~", R"~((0 + 2i))~", "", ""},
    {R"~(complex64(0.1 + 0.2i))~", "complex64", R"~((0.1 + 0.2i))~", R"~((13421773/134217728 + 13421773/67108864i))~", "", ""},
    {R"~(complex128(0.1 + 0.2i))~", "complex128", R"~((0.1 + 0.2i))~", R"~((3602879701896397/36028797018963968 + 3602879701896397/18014398509481984i))~", "", ""},
    {R"~(complex128(1))~", "complex128", R"~((1 + 0i))~", R"~((1 + 0i))~", "", ""},
    {R"~((1 + 2i) * (3 - 4i))~", "untyped complex", R"~((11 + 2i))~", R"~((11 + 2i))~", "", ""},
    {R"~((1 + 2i) / (3 - 4i))~", "untyped complex", R"~((-0.2 + 0.4i))~", R"~((-1/5 + 2/5i))~", "", ""},
    {R"~(1 / 1i)~", "untyped complex", R"~((0 + -1i))~", R"~((0 + -1i))~", "", ""},
    {R"~(1i * 1i)~", "untyped complex", R"~((-1 + 0i))~", R"~((-1 + 0i))~", "", ""},
    {R"~((1+2i) == (1+2i))~", "untyped bool", R"~(true)~", R"~(true)~", "", ""},
    {R"~((1+2i) != (1+2.5i))~", "untyped bool", R"~(true)~", R"~(true)~", "", ""},
    {R"~(1<<100 + 0i)~", "untyped complex", R"~((1267650600228229401496703205376 + 0i))~", R"~((1267650600228229401496703205376 + 0i))~", "", ""},
    {R"~(-(1 + 2i))~", "untyped complex", R"~((-1 + -2i))~", R"~((-1 + -2i))~", "", ""},
    {R"~(-(1.5 - 2.5i))~", "untyped complex", R"~((-1.5 + 2.5i))~", R"~((-3/2 + 5/2i))~", "", ""},
    {R"~(2i)~", "untyped complex", R"~((0 + 2i))~", R"~((0 + 2i))~", "", ""},
    {R"~(2.5i)~", "untyped complex", R"~((0 + 2.5i))~", R"~((0 + 5/2i))~", "", ""},
    {R"~(0x1p2i)~", "untyped complex", R"~((0 + 4i))~", R"~((0 + 4i))~", "", ""},
    {R"~(1.5e3i)~", "untyped complex", R"~((0 + 1500i))~", R"~((0 + 1500i))~", "", ""},
    {R"~(0123i)~", "untyped complex", R"~((0 + 123i))~", R"~((0 + 123i))~", "", ""},
    {R"~(0b101i)~", "untyped complex", R"~((0 + 5i))~", R"~((0 + 5i))~", "", ""},
    {R"~(0o17i)~", "untyped complex", R"~((0 + 15i))~", R"~((0 + 15i))~", "", ""},
    {R"~(0x10i)~", "untyped complex", R"~((0 + 16i))~", R"~((0 + 16i))~", "", ""},
    {R"~(1_0i)~", "untyped complex", R"~((0 + 10i))~", R"~((0 + 10i))~", "", ""},
    {R"~(0.i)~", "untyped complex", R"~((0 + 0i))~", R"~((0 + 0i))~", "", ""},
    {R"~(1e1300i)~", "untyped complex", R"~((0 + 1e+1300i))~", R"~(#144:4528507df2d905c9)~", "", ""},
    {R"~(1 / 1e-600000000i)~", "error", "division by zero", "", "", ""},
    {R"~(1i / 1e-600000000)~", "error", "division by zero", "", "", ""},
    {R"~(1i / 1e-600000000i)~", "error", "division by zero", "", "", ""},
    {R"~(1 / (1e-600000000 + 1e-600000000i))~", "error", "division by zero", "", "", ""},
    {R"~(1i / (1e-600000000 + 1e-600000000i))~", "error", "division by zero", "", "", ""},
    {R"~(1 / (0 + 0i))~", "error", "division by zero", "", "", ""},
    {R"~(1i / 0)~", "error", "division by zero", "", "", ""},
    {R"~(complex(1, 2))~", "untyped complex", R"~((1 + 2i))~", R"~((1 + 2i))~", "", ""},
    {R"~(complex(1.5, -2))~", "untyped complex", R"~((1.5 + -2i))~", R"~((3/2 + -2i))~", "", ""},
    {R"~(complex(1, 0))~", "untyped complex", R"~((1 + 0i))~", R"~((1 + 0i))~", "", ""},
    {R"~(real(3 + 4i))~", "untyped float", R"~(3)~", R"~(3)~", "4008000000000000", "40400000"},
    {R"~(imag(3 + 4i))~", "untyped float", R"~(4)~", R"~(4)~", "4010000000000000", "40800000"},
    {R"~(real(2.5))~", "untyped float", R"~(2.5)~", R"~(5/2)~", "4004000000000000", "40200000"},
    {R"~(imag(2.5))~", "untyped float", R"~(0)~", R"~(0)~", "0000000000000000", "00000000"},
    {R"~(imag(7))~", "untyped float", R"~(0)~", R"~(0)~", "0000000000000000", "00000000"},
    {R"~((1e1000 + 1i) * 2)~", "untyped complex", R"~((2e+1000 + 2i))~", R"~(#1008:07dfe37582131922)~", "", ""},
    {R"~((1 + 1i) * (1 - 1i))~", "untyped complex", R"~((2 + 0i))~", R"~((2 + 0i))~", "", ""},
    {R"~((1.0/3 + 2.0/3i) * 3)~", "untyped complex", R"~((1 + -2i))~", R"~((1 + -2i))~", "", ""},
    {R"~(1 / 0)~", "error", "division by zero", "", "", ""},
    {R"~(1.0 / 0)~", "error", "division by zero", "", "", ""},
    {R"~(1 % 0)~", "error", "division by zero", "", "", ""},
    {R"~(1.0 / 0.0)~", "error", "division by zero", "", "", ""},
    {R"~((1<<100) / 0)~", "error", "division by zero", "", "", ""},
    {R"~(1 / (1 - 1))~", "error", "division by zero", "", "", ""},
    {R"~(1.0 / (0.1 - 0.1))~", "error", "division by zero", "", "", ""},
    {R"~("abc")~", "untyped string", R"~("abc")~", R"~("abc")~", "", ""},
    {R"~("a" + "b")~", "untyped string", R"~("ab")~", R"~("ab")~", "", ""},
    {R"~("héllo\x00\n\t\u2028\U0001F600\xff")~", "untyped string", R"~("héllo\x00\n\t\u2028😀\xff")~", R"~("héllo\x00\n\t\u2028😀\xff")~", "", ""},
    {R"~("\a\b\f\r\v\\\"")~", "untyped string", R"~("\a\b\f\r\v\\\"")~", R"~("\a\b\f\r\v\\\"")~", "", ""},
    {R"~("\x7f")~", "untyped string", R"~("\x7f")~", R"~("\x7f")~", "", ""},
    {R"~("\u00ad")~", "untyped string", R"~("\u00ad")~", R"~("\u00ad")~", "", ""},
    {R"~("\u0378")~", "untyped string", R"~("\u0378")~", R"~("\u0378")~", "", ""},
    {R"~("\U0010ffff")~", "untyped string", R"~("\U0010ffff")~", R"~("\U0010ffff")~", "", ""},
    {R"~("\ufeff")~", "untyped string", R"~("\ufeff")~", R"~("\ufeff")~", "", ""},
    {R"~("\xef\xbf\xbd")~", "untyped string", R"~("�")~", R"~("�")~", "", ""},
    {R"~("\xed\xa0\x80")~", "untyped string", R"~("\xed\xa0\x80")~", R"~("\xed\xa0\x80")~", "", ""},
    {R"~("\xc0\x80")~", "untyped string", R"~("\xc0\x80")~", R"~("\xc0\x80")~", "", ""},
    {R"~("\xf4\x90\x80\x80")~", "untyped string", R"~("\xf4\x90\x80\x80")~", R"~("\xf4\x90\x80\x80")~", "", ""},
    {R"~("\xe2\x82")~", "untyped string", R"~("\xe2\x82")~", R"~("\xe2\x82")~", "", ""},
    {R"~("\377\000")~", "untyped string", R"~("\xff\x00")~", R"~("\xff\x00")~", "", ""},
    {R"~("'")~", "untyped string", R"~("'")~", R"~("'")~", "", ""},
    {R"~("0123456789012345678901234567890123456789012345678901234567890123456789")~", "untyped string", R"~("0123456789012345678901234567890123456789012345678901234567890123456789")~", R"~("0123456789012345678901234567890123456789012345678901234567890123456789")~", "", ""},
    {R"~("01234567890123456789012345678901234567890123456789012345678901234567890")~", "untyped string", R"~("01234567890123456789012345678901234567890123456789012345678901234567...)~", R"~("01234567890123456789012345678901234567890123456789012345678901234567890")~", "", ""},
    {R"~("012345678901234567890123456789012345678901234567890123456789012345678901")~", "untyped string", R"~("01234567890123456789012345678901234567890123456789012345678901234567...)~", R"~("012345678901234567890123456789012345678901234567890123456789012345678901")~", "", ""},
    {R"~("0123456789012345678901234567890123456789012345678901234567890123456789\n")~", "untyped string", R"~("01234567890123456789012345678901234567890123456789012345678901234567...)~", R"~("0123456789012345678901234567890123456789012345678901234567890123456789\n")~", "", ""},
    {R"~("ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé")~", "untyped string", R"~("éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé...)~", R"~(#160:c8e6e47be36402c1)~", "", ""},
    {R"~("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12")~", "untyped string", R"~("\x00\x01\x02\x03\x04\x05\x06\a\b\t\n\v\f\r\x0e\x0f\x10\x11\x12")~", R"~("\x00\x01\x02\x03\x04\x05\x06\a\b\t\n\v\f\r\x0e\x0f\x10\x11\x12")~", "", ""},
    {R"~(`a\nb`)~", "untyped string", R"~("a\\nb")~", R"~("a\\nb")~", "", ""},
    {R"~(`"quoted"`)~", "untyped string", R"~("\"quoted\"")~", R"~("\"quoted\"")~", "", ""},
    {R"~(`é\`)~", "untyped string", R"~("é\\")~", R"~("é\\")~", "", ""},
    {R"~('a')~", "untyped rune", R"~(97)~", R"~(97)~", "4058400000000000", "42c20000"},
    {R"~('\n')~", "untyped rune", R"~(10)~", R"~(10)~", "4024000000000000", "41200000"},
    {R"~('\x41')~", "untyped rune", R"~(65)~", R"~(65)~", "4050400000000000", "42820000"},
    {R"~('\u00e9')~", "untyped rune", R"~(233)~", R"~(233)~", "406d200000000000", "43690000"},
    {R"~('\377')~", "untyped rune", R"~(255)~", R"~(255)~", "406fe00000000000", "437f0000"},
    {R"~('\000')~", "untyped rune", R"~(0)~", R"~(0)~", "0000000000000000", "00000000"},
    {R"~('\U0001F600')~", "untyped rune", R"~(128512)~", R"~(128512)~", "40ff600000000000", "47fb0000"},
    {R"~('é')~", "untyped rune", R"~(233)~", R"~(233)~", "406d200000000000", "43690000"},
    {R"~('\'')~", "untyped rune", R"~(39)~", R"~(39)~", "4043800000000000", "421c0000"},
    {R"~('"')~", "untyped rune", R"~(34)~", R"~(34)~", "4041000000000000", "42080000"},
    {R"~('\\')~", "untyped rune", R"~(92)~", R"~(92)~", "4057000000000000", "42b80000"},
    {R"~('\a' + '\b' + '\f' + '\r' + '\t' + '\v')~", "untyped rune", R"~(60)~", R"~(60)~", "404e000000000000", "42700000"},
    {R"~('a' * 3)~", "untyped rune", R"~(291)~", R"~(291)~", "4072300000000000", "43918000"},
    {R"~("a" < "b")~", "untyped bool", R"~(true)~", R"~(true)~", "", ""},
    {R"~("abc" < "abd")~", "untyped bool", R"~(true)~", R"~(true)~", "", ""},
    {R"~("abc" < "ab")~", "untyped bool", R"~(false)~", R"~(false)~", "", ""},
    {R"~("\xff" > "a")~", "untyped bool", R"~(true)~", R"~(true)~", "", ""},
    {R"~("" == "")~", "untyped bool", R"~(true)~", R"~(true)~", "", ""},
    {R"~(1 < 2.5)~", "untyped bool", R"~(true)~", R"~(true)~", "", ""},
    {R"~(1<<100 > 1e30)~", "untyped bool", R"~(true)~", R"~(true)~", "", ""},
    {R"~((1<<100) == 1267650600228229401496703205376.0)~", "untyped bool", R"~(true)~", R"~(true)~", "", ""},
    {R"~(0.1 == 1.0/10)~", "untyped bool", R"~(true)~", R"~(true)~", "", ""},
    {R"~(1e1300 > 1e1299)~", "untyped bool", R"~(true)~", R"~(true)~", "", ""},
    {R"~(1e-1300 < 1e-1299)~", "untyped bool", R"~(true)~", R"~(true)~", "", ""},
    {R"~(1e-1300 > 0)~", "untyped bool", R"~(true)~", R"~(true)~", "", ""},
    {R"~(-1e1300 < 1)~", "untyped bool", R"~(true)~", R"~(true)~", "", ""},
    {R"~(true == false)~", "untyped bool", R"~(false)~", R"~(false)~", "", ""},
    {R"~(true != false)~", "untyped bool", R"~(true)~", R"~(true)~", "", ""},
    {R"~(!true)~", "untyped bool", R"~(false)~", R"~(false)~", "", ""},
    {R"~(true && false)~", "untyped bool", R"~(false)~", R"~(false)~", "", ""},
    {R"~(true || false)~", "untyped bool", R"~(true)~", R"~(true)~", "", ""},
    {R"~(2 >= 2)~", "untyped bool", R"~(true)~", R"~(true)~", "", ""},
    {R"~(2 > 2)~", "untyped bool", R"~(false)~", R"~(false)~", "", ""},
    {R"~(1.5 <= 1.5)~", "untyped bool", R"~(true)~", R"~(true)~", "", ""},
    {R"~(1e-3000000000)~", "error", "malformed constant", "", "", ""},
    {R"~(0x1p-3000000000)~", "error", "malformed constant", "", "", ""},
    {R"~(0e99999999999999999999)~", "error", "malformed constant", "", "", ""},
    {R"~(0e-5000000000)~", "untyped float", R"~(0)~", R"~(0)~", "0000000000000000", "00000000"},
    {R"~(1e99999999999999999999)~", "error", "malformed constant", "", "", ""},
    {R"~(0x1p2147483647)~", "error", "malformed constant", "", "", ""},
    {R"~(0x1p2147483646)~", "untyped float", R"~(4.40403e+646456992)~", R"~(0x.8p+2147483647)~", "7ff0000000000000~", "7f800000~"},
    {R"~(-0x1p2147483646)~", "untyped float", R"~(-4.40403e+646456992)~", R"~(-0x.8p+2147483647)~", "fff0000000000000~", "ff800000~"},
    {R"~(0x1.ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffp2147483646)~", "error", "malformed constant", "", "", ""},
    {R"~(0x1p-2147483647)~", "untyped float", R"~(1.13532e-646456993)~", R"~(0x.8p-2147483646)~", "0000000000000000~", "00000000~"},
    {R"~(0x1p-2147483648)~", "untyped float", R"~(0.567662e-646456993)~", R"~(0x.8p-2147483647)~", "0000000000000000~", "00000000~"},
    {R"~(0x1p-2147483649)~", "untyped float", R"~(2.83831e-646456994)~", R"~(0x.8p-2147483648)~", "7ff0000000000000~", "7f800000~"},
    {R"~(-0x1p-2147483649)~", "untyped float", R"~(-2.83831e-646456994)~", R"~(-0x.8p-2147483648)~", "fff0000000000000~", "ff800000~"},
    {R"~(1e-646456990)~", "untyped float", R"~(1e-646456990)~", R"~(#143:ed659ffbb5a17ae8)~", "0000000000000000~", "00000000~"},
    {R"~(1e646456990)~", "untyped float", R"~(1e+646456990)~", R"~(#143:9d97fdf19ba16e7c)~", "7ff0000000000000~", "7f800000~"},
    {R"~(2e646456992)~", "untyped float", R"~(2e+646456992)~", R"~(#143:c3f4937f83f33c22)~", "7ff0000000000000~", "7f800000~"},
    {R"~(1e925000000)~", "error", "malformed constant", "", "", ""},
    {R"~(1e-925000000)~", "untyped float", R"~(0)~", R"~(0)~", "0000000000000000", "00000000"},
    {R"~(1e-930000000)~", "untyped float", R"~(0)~", R"~(0)~", "0000000000000000", "00000000"},
    {R"~(1e600000000 * 1e-600000000)~", "untyped float", R"~(1)~", R"~(#134:cfec4b3a50cd8ad8)~", "3ff0000000000000~", "3f800000~"},
    {R"~(1e1240)~", "untyped float", R"~(1e+1240)~", R"~(#137:28fcb6bdbc54c041)~", "7ff0000000000000~", "7f800000~"},
    {R"~(1e-1240)~", "untyped float", R"~(1e-1240)~", R"~(#137:5e1ce0f70e1dcd0d)~", "0000000000000000~", "00000000~"},
    {R"~(1e1233)~", "untyped float", R"~(1e+1233)~", R"~(#137:fc013b4f8b2ef819)~", "7ff0000000000000~", "7f800000~"},
    {R"~(1e-1233)~", "untyped float", R"~(1e-1233)~", R"~(#1236:40f224e21ffb8c48)~", "0000000000000000~", "00000000~"},
    {R"~(1e1234)~", "untyped float", R"~(1e+1234)~", R"~(#137:121578b1d37b3a58)~", "7ff0000000000000~", "7f800000~"},
    {R"~(1e-1234)~", "untyped float", R"~(1e-1234)~", R"~(#137:30dcd238fc46892f)~", "0000000000000000~", "00000000~"},
    {R"~(1e3)~", "untyped float", R"~(1000)~", R"~(1000)~", "408f400000000000", "447a0000"},
    {R"~(int64(-9223372036854775808) / -1)~", "int64", R"~(-9223372036854775808)~", R"~(-9223372036854775808)~", "c3e0000000000000", "df000000"},
    {R"~(int8(-128) / -1)~", "error", "overflows", "", "", ""},
    {R"~(float32(0.1) * 3)~", "float32", R"~(0.3)~", R"~(5033165/16777216)~", "3fd3333340000000", "3e99999a"},
    {R"~(float32(1) / 3 + float32(2) / 3)~", "float32", R"~(1)~", R"~(1)~", "3ff0000000000000", "3f800000"},
    {R"~(float64(1) / 3 * 3)~", "float64", R"~(1)~", R"~(1)~", "3ff0000000000000", "3f800000"},
    {R"~(complex64(1 + 2i) * 0.1)~", "complex64", R"~((0.1 + 0.2i))~", R"~((13421773/134217728 + 13421773/67108864i))~", "", ""},
    {R"~(uint8(200) + 0.5)~", "error", "truncated", "", "", ""},
    {R"~(uint8(200) + 1e3)~", "error", "truncated", "", "", ""},
    {R"~(uint16(65535) * 2)~", "error", "overflows", "", "", ""},
    {R"~(^uint16(1) & 0xff)~", "uint16", R"~(254)~", R"~(254)~", "406fc00000000000", "437e0000"},
    {R"~(uint32(1) << 31 >> 30)~", "uint32", R"~(2)~", R"~(2)~", "4000000000000000", "40000000"},
    {R"~(float32(1e38) * 10)~", "error", "overflows", "", "", ""},
};

}  // namespace

TEST_CASE("constant expressions evaluate as Go evaluates them") {
    for (const Case& c : kCases) {
        INFO("expression: " << std::string(c.expr));
        Operand x = eval(c.expr);
        if (std::string_view(c.type) == "error") {
            CHECK(x.type == "error");
            CHECK(stringVal(x.v) == std::string(c.str));
            continue;
        }
        CHECK(x.type == std::string(c.type));
        if (x.type == "error") {
            INFO("error: " << stringVal(x.v));
            CHECK(false);
            continue;
        }
        CHECK(toString(x.v) == std::string(c.str));
        CHECK(digest(exactString(x.v)) == std::string(c.exact));
        if (*c.f64) {
            CHECK(f64Bits(x.v) == std::string(c.f64));
            CHECK(f32Bits(x.v) == std::string(c.f32));
        } else {
            CHECK((x.v.kind() != Kind::Int && x.v.kind() != Kind::Float));
        }
    }
}

// The expected values below were printed by Go programs calling
// go/constant (MakeFromLiteral, BinaryOp, UnaryOp, ...) directly.

namespace {

Value lit(LitKind k, std::string_view text) { return fromLiteral(k, text); }
Value intLit(std::string_view text) { return fromLiteral(LitKind::IntLit, text); }
Value floatLit(std::string_view text) { return fromLiteral(LitKind::FloatLit, text); }

}  // namespace

TEST_CASE("Quo of two Ints is exact, IntQuo truncates") {
    Value q = binaryOp(makeInt64(7), Op::Quo, makeInt64(2));
    CHECK(q.kind() == Kind::Float);
    CHECK(toString(q) == "3.5");
    CHECK(exactString(q) == "7/2");
    q = binaryOp(makeInt64(6), Op::Quo, makeInt64(3));
    CHECK(q.kind() == Kind::Float);
    CHECK(exactString(q) == "2");
    CHECK(exactString(binaryOp(makeInt64(-7), Op::Quo, makeInt64(2))) == "-7/2");
    Value big = shift(makeInt64(1), Op::Shl, 100);
    q = binaryOp(big, Op::Quo, makeInt64(3));
    CHECK(toString(q) == "4.2255e+29");
    CHECK(exactString(q) == "1267650600228229401496703205376/3");
    CHECK(exactString(binaryOp(big, Op::Quo, shift(makeInt64(1), Op::Shl, 98))) == "4");
    q = binaryOp(makeInt64(7), Op::IntQuo, makeInt64(2));
    CHECK(q.kind() == Kind::Int);
    CHECK(toString(q) == "3");
}

TEST_CASE("bitwise complement with a precision") {
    CHECK(toString(unaryOp(Op::Xor, makeInt64(-1), 8)) == "0");
    CHECK(toString(unaryOp(Op::Xor, makeInt64(1), 64)) == "18446744073709551614");
    CHECK(toString(unaryOp(Op::Xor, makeInt64(-256), 8)) == "255");
    CHECK(toString(unaryOp(Op::Xor, shift(makeInt64(1), Op::Shl, 70), 64)) == "18446744073709551615");
    CHECK(toString(unaryOp(Op::Xor, makeInt64(5), 3)) == "2");
    CHECK(toString(unaryOp(Op::Xor, makeInt64(0), 63)) == "9223372036854775807");
    CHECK(toString(unaryOp(Op::Xor, makeInt64(0), 100)) == "1267650600228229401496703205375");
    CHECK(toString(unaryOp(Op::Xor, makeInt64(5))) == "-6");
}

TEST_CASE("literals") {
    CHECK(toString(intLit("0755")) == "493");
    CHECK(toString(intLit("0_755")) == "493");
    CHECK(toString(intLit("0")) == "0");
    CHECK(toString(intLit("0xFFFF_FFFF_FFFF_FFFF_F")) == "295147905179352825855");
    CHECK(toString(intLit("0B1010")) == "10");
    CHECK(toString(intLit("0O17")) == "15");
    CHECK(toString(intLit("170141183460469231731687303715884105727")) == "170141183460469231731687303715884105727");
    CHECK(toString(lit(LitKind::CharLit, "'\\u2028'")) == "8232");

    Value s = lit(LitKind::StringLit, "\"\\u00e9\\U0001F600\\xe9\\351\\a\"");
    CHECK(stringVal(s) == "\xc3\xa9\xf0\x9f\x98\x80\xe9\xe9\x07");
    CHECK(toString(s) == "\"\xc3\xa9\xf0\x9f\x98\x80\\xe9\\xe9\\a\"");
    // Raw strings lose their carriage returns.
    Value raw = lit(LitKind::StringLit, "`a\r\nb\r`");
    CHECK(stringVal(raw) == "a\nb");
    CHECK(toString(raw) == "\"a\\nb\"");

    // Lexically invalid text does not crash: it is Unknown.
    CHECK(intLit("0x").isUnknown());
    CHECK(intLit("12a").isUnknown());
    CHECK(floatLit("1e").isUnknown());
    CHECK(lit(LitKind::CharLit, "'ab'").isUnknown());
    CHECK(lit(LitKind::StringLit, "\"\\q\"").isUnknown());
    CHECK(lit(LitKind::ImagLit, "12").isUnknown());

    // A float literal far beyond 2^±4096 is a binary float; far beyond
    // 2^±2^31 it underflows to 0 or is malformed (Unknown), as is one whose
    // exponent does not fit in int64. It takes no time.
    CHECK(exactString(floatLit("1e-1000000000")) == "0");
    CHECK(floatLit("1e+1000000000").isUnknown());
    CHECK(floatLit("1e99999999999999999999999").isUnknown());
    CHECK(floatLit("1e-99999999999999999999999").isUnknown());
    CHECK(toString(floatLit("1e300000000")) == "1e+300000000");

    // Long literals (types2 allows 10000 characters).
    std::string digits(9999, '7');
    Value big = intLit(digits);
    CHECK(toString(big) == digits);
    CHECK(bitLen(big) == 33216);
    Value third = floatLit("0." + std::string(5000, '3'));
    CHECK(toString(third) == "0.333333");
}

TEST_CASE("making values") {
    Value f = makeFloat64(0.1);
    CHECK(f.kind() == Kind::Float);
    CHECK(toString(f) == "0.1");
    CHECK(exactString(f) == "3602879701896397/36028797018963968");
    CHECK(exactString(makeFloat64(-0.0)) == "0");
    CHECK(sign(makeFloat64(-0.0)) == 0);
    CHECK(makeFloat64(INFINITY).isUnknown());
    CHECK(makeFloat64(NAN).isUnknown());
    CHECK(toString(makeFloat64(5e-324)) == "4.94066e-324");
    CHECK(exactString(makeFloat64(-1.5)) == "-3/2");
    CHECK(toString(makeUint64(UINT64_MAX)) == "18446744073709551615");
    CHECK(toString(makeImag(makeInt64(3))) == "(0 + 3i)");
    Value c = makeComplex(makeInt64(1), floatLit("2.5"));
    CHECK(toString(c) == "(1 + 2.5i)");
    CHECK(exactString(c) == "(1 + 5/2i)");
    CHECK(makeComplex(makeInt64(1), makeString("x")).isUnknown());
    CHECK(makeComplex(Value(), makeInt64(1)).isUnknown());
    CHECK(toString(makeBool(true)) == "true");
    CHECK(toString(Value()) == "unknown");
    CHECK(Value().kind() == Kind::Unknown);
}

TEST_CASE("reading values") {
    bool exact;
    Value two64 = shift(makeInt64(1), Op::Shl, 64);
    CHECK(int64Val(two64, &exact) == 0);
    CHECK(!exact);
    Value m = binaryOp(unaryOp(Op::Sub, two64), Op::Sub, makeInt64(1));  // -(1<<64)-1
    CHECK(int64Val(m, &exact) == -1);
    CHECK(!exact);
    CHECK(uint64Val(m, &exact) == 1);
    CHECK(!exact);
    CHECK(uint64Val(makeInt64(-1), &exact) == UINT64_MAX);
    CHECK(!exact);
    CHECK(uint64Val(makeUint64(UINT64_MAX), &exact) == UINT64_MAX);
    CHECK(exact);
    CHECK(int64Val(makeInt64(INT64_MIN), &exact) == INT64_MIN);
    CHECK(exact);

    CHECK(sign(Value()) == 1);
    CHECK(sign(makeImag(makeInt64(-2))) == -1);
    CHECK(sign(makeInt64(0)) == 0);
    CHECK(bitLen(unaryOp(Op::Sub, shift(makeInt64(1), Op::Shl, 100))) == 101);
    CHECK(bitLen(makeInt64(0)) == 0);
    CHECK(bitLen(makeInt64(-1)) == 1);
    CHECK(bitLen(makeInt64(INT64_MIN)) == 64);

    bool overflow;
    Value e = floatLit("1e1000");
    double d = toFloat64(e, &exact, &overflow);
    CHECK(std::isinf(d));
    CHECK(d > 0);
    CHECK(!exact);
    CHECK(overflow);
    d = toFloat64(unaryOp(Op::Sub, e), &exact, &overflow);
    CHECK(std::isinf(d));
    CHECK(d < 0);
    CHECK(overflow);
    d = toFloat64(unaryOp(Op::Sub, floatLit("1e-400")), &exact, &overflow);
    CHECK(d == 0);
    CHECK(std::signbit(d));
    CHECK(!exact);
    CHECK(!overflow);
    float f = toFloat32(floatLit("0.1"), &exact, &overflow);
    uint32_t bits;
    std::memcpy(&bits, &f, sizeof bits);
    CHECK(bits == 0x3dcccccdu);
    CHECK(!exact);
    CHECK(!overflow);
    CHECK(toFloat64(makeString("x"), &exact) == 0);
    CHECK(!exact);

    CHECK(boolVal(makeBool(true)));
    CHECK(!boolVal(makeInt64(1)));
    CHECK(stringVal(makeInt64(1)).empty());
}

TEST_CASE("conversions between kinds") {
    CHECK(imag(makeInt64(5)).kind() == Kind::Int);
    CHECK(toString(imag(makeInt64(5))) == "0");
    Value twoI = lit(LitKind::ImagLit, "2i");
    CHECK(real(twoI).kind() == Kind::Int);
    CHECK(toString(real(twoI)) == "0");
    CHECK(toString(toInt(floatLit("2.0"))) == "2");
    CHECK(toInt(floatLit("2.0")).kind() == Kind::Int);
    CHECK(toInt(floatLit("2.5")).isUnknown());
    CHECK(toString(toInt(toComplex(makeInt64(3)))) == "3");
    CHECK(toFloat(makeInt64(3)).kind() == Kind::Float);
    CHECK(toFloat(twoI).isUnknown());
    CHECK(toString(toComplex(floatLit("1.5"))) == "(1.5 + 0i)");
    CHECK(exactString(toComplex(floatLit("1.5"))) == "(3/2 + 0i)");
    CHECK(toInt(floatLit("1e1300")).isUnknown());  // a binary float too large for a fraction
    Value p = toInt(floatLit("0x1p4094"));
    CHECK(p.kind() == Kind::Int);
    CHECK(bitLen(p) == 4095);
    CHECK(toInt(makeString("1")).isUnknown());
    CHECK(toFloat(makeBool(true)).isUnknown());
    CHECK(toComplex(Value()).isUnknown());
    CHECK(real(makeString("x")).isUnknown());
}

TEST_CASE("binary floats beyond fractions") {
    Value tiny = floatLit("1e-5000"), huge = floatLit("1e5000");
    Value one = binaryOp(tiny, Op::Mul, huge);
    CHECK(toString(one) == "1");
    CHECK(exactString(one) == "0x.8p+1");
    CHECK(toString(toInt(one)) == "1");
    CHECK(exactString(binaryOp(tiny, Op::Add, makeInt64(1))) == "0x.8p+1");
    CHECK(exactString(binaryOp(huge, Op::Sub, huge)) == "0");
    Value almost = binaryOp(makeInt64(1), Op::Sub, tiny);
    CHECK(exactString(almost) == "0x.8p+1");
    CHECK(compare(almost, Op::Eql, makeInt64(1)));
    CHECK(!compare(almost, Op::Lss, makeInt64(1)));
}

TEST_CASE("errors and Unknown") {
    OpError err;
    CHECK(binaryOp(makeString("a"), Op::Sub, makeString("b"), &err).isUnknown());
    CHECK(err == OpError::Invalid);
    CHECK(binaryOp(makeBool(true), Op::Add, makeInt64(1), &err).isUnknown());
    CHECK(err == OpError::Invalid);
    CHECK(binaryOp(floatLit("1.5"), Op::Rem, makeInt64(1), &err).isUnknown());
    CHECK(err == OpError::Invalid);
    CHECK(binaryOp(floatLit("1.5"), Op::IntQuo, makeInt64(1), &err).isUnknown());
    CHECK(err == OpError::Invalid);
    CHECK(binaryOp(Value(), Op::Add, makeInt64(1), &err).isUnknown());
    CHECK(err == OpError::None);
    // The divisor is checked first, as types2 does.
    CHECK(binaryOp(Value(), Op::Quo, makeInt64(0), &err).isUnknown());
    CHECK(err == OpError::DivisionByZero);
    CHECK(binaryOp(makeInt64(1), Op::Quo, Value(), &err).isUnknown());
    CHECK(err == OpError::None);
    CHECK(binaryOp(makeInt64(1), Op::Rem, makeInt64(0), &err).isUnknown());
    CHECK(err == OpError::DivisionByZero);
    CHECK(binaryOp(makeInt64(1), Op::IntQuo, makeInt64(0), &err).isUnknown());
    CHECK(err == OpError::DivisionByZero);
    CHECK(binaryOp(makeInt64(7), Op::Add, makeInt64(1), &err).kind() == Kind::Int);
    CHECK(err == OpError::None);

    CHECK(!compare(Value(), Op::Eql, Value()));
    CHECK(!compare(makeInt64(1), Op::Eql, Value()));
    CHECK(!compare(makeInt64(1), Op::Eql, makeString("1")));
    CHECK(!compare(makeImag(makeInt64(1)), Op::Lss, makeImag(makeInt64(2))));
    CHECK(unaryOp(Op::Not, makeInt64(1)).isUnknown());
    CHECK(unaryOp(Op::Xor, floatLit("1.0")).isUnknown());
    CHECK(unaryOp(Op::Sub, makeString("x")).isUnknown());
    CHECK(unaryOp(Op::Sub, Value()).isUnknown());
    CHECK(shift(floatLit("1.0"), Op::Shl, 1).isUnknown());
    CHECK(shift(makeInt64(1), Op::Add, 1).isUnknown());
    CHECK(shift(makeInt64(1), Op::Shl, uint64_t(1) << 40).isUnknown());
    CHECK(toString(shift(makeInt64(-5), Op::Shr, uint64_t(1) << 40)) == "-1");
}

TEST_CASE("representable: integers") {
    Value r;
    CHECK(representable(makeInt64(255), BasicKind::Uint8, &r));
    CHECK(toString(r) == "255");
    CHECK(!representable(makeInt64(256), BasicKind::Uint8));
    CHECK(!representable(makeInt64(-1), BasicKind::Uint));
    CHECK(representable(makeInt64(-128), BasicKind::Int8));
    CHECK(!representable(makeInt64(-129), BasicKind::Int8));
    CHECK(representable(makeUint64(UINT64_MAX), BasicKind::Uint64));
    CHECK(representable(makeUint64(UINT64_MAX), BasicKind::Uintptr));
    CHECK(!representable(makeUint64(UINT64_MAX), BasicKind::Int64));
    CHECK(!representable(shift(makeInt64(1), Op::Shl, 64), BasicKind::Uint64));
    CHECK(!representable(floatLit("1.5"), BasicKind::Int));
    r = Value();
    CHECK(representable(floatLit("1e3"), BasicKind::Int, &r));
    CHECK(r.kind() == Kind::Int);
    CHECK(toString(r) == "1000");
    CHECK(!representable(floatLit("1e3"), BasicKind::Uint8));
    CHECK(representable(lit(LitKind::ImagLit, "0i"), BasicKind::Int32, &r));
    CHECK(r.kind() == Kind::Int);
    CHECK(!representable(makeString("1"), BasicKind::Int));
    CHECK(representable(shift(makeInt64(1), Op::Shl, 500), BasicKind::UntypedInt));
    CHECK(representable(floatLit("2.0"), BasicKind::UntypedRune, &r));
    CHECK(r.kind() == Kind::Int);
    CHECK(!representable(floatLit("2.5"), BasicKind::UntypedInt));
    // Unknown is representable (no follow-up errors), and left alone.
    r = makeInt64(7);
    CHECK(representable(Value(), BasicKind::Int8, &r));
    CHECK(toString(r) == "7");
}

TEST_CASE("representable: floats and complex numbers") {
    Value r;
    CHECK(representable(floatLit("0.1"), BasicKind::Float32, &r));
    CHECK(r.kind() == Kind::Float);
    CHECK(exactString(r) == "13421773/134217728");
    CHECK(representable(floatLit("0.1"), BasicKind::Float64, &r));
    CHECK(exactString(r) == "3602879701896397/36028797018963968");
    CHECK(!representable(floatLit("1e39"), BasicKind::Float32));
    CHECK(representable(floatLit("1e39"), BasicKind::Float64));
    CHECK(representable(floatLit("1e-50"), BasicKind::Float32, &r));  // rounds to 0: fine
    CHECK(exactString(r) == "0");
    CHECK(!representable(floatLit("1e309"), BasicKind::Float64));
    CHECK(representable(makeInt64(16777217), BasicKind::Float32, &r));
    CHECK(r.kind() == Kind::Float);
    CHECK(toString(r) == "1.67772e+07");
    CHECK(exactString(r) == "16777216");
    CHECK(!representable(lit(LitKind::ImagLit, "1i"), BasicKind::Float64));
    Value c = binaryOp(makeInt64(1), Op::Add, lit(LitKind::ImagLit, "0i"));
    CHECK(representable(c, BasicKind::Float64, &r));
    CHECK(exactString(r) == "1");
    CHECK(!representable(makeString("x"), BasicKind::Float64));
    // An untyped target leaves the value alone.
    r = Value();
    CHECK(representable(makeInt64(3), BasicKind::UntypedFloat, &r));
    CHECK(r.isUnknown());

    Value z = binaryOp(floatLit("0.1"), Op::Add, lit(LitKind::ImagLit, "0.2i"));
    CHECK(representable(z, BasicKind::Complex64, &r));
    CHECK(r.kind() == Kind::Complex);
    CHECK(exactString(r) == "(13421773/134217728 + 13421773/67108864i)");
    CHECK(representable(makeInt64(1), BasicKind::Complex128, &r));
    CHECK(toString(r) == "(1 + 0i)");
    CHECK(!representable(binaryOp(makeInt64(1), Op::Add, lit(LitKind::ImagLit, "1e39i")), BasicKind::Complex64));
    CHECK(representable(binaryOp(makeInt64(1), Op::Add, lit(LitKind::ImagLit, "1e39i")), BasicKind::Complex128));
    CHECK(representable(z, BasicKind::UntypedComplex));
    CHECK(!representable(makeBool(true), BasicKind::Complex128));

    CHECK(representable(makeString("x"), BasicKind::String));
    CHECK(!representable(makeInt64(65), BasicKind::String));
    CHECK(representable(makeBool(false), BasicKind::Bool));
    CHECK(representable(makeBool(false), BasicKind::UntypedBool));
    CHECK(!representable(makeString(""), BasicKind::Bool));
}

TEST_CASE("values are cheap handles") {
    CHECK(sizeof(Value) <= 32);
    Value a = shift(makeInt64(1), Op::Shl, 200);
    Value b = a;
    CHECK(compare(a, Op::Eql, b));
    b = binaryOp(b, Op::Add, makeInt64(1));
    CHECK(compare(a, Op::Lss, b));
    CHECK(toString(a) == "1606938044258990275541962092341162602522202993782792835301376");
}

TEST_CASE("constants look as in gc's messages") {
    // e.g. `var x int = 1.5`:
    // cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)
    CHECK(toString(floatLit("1.5")) == "1.5");
    // `var b byte = 1e3`: cannot use 1e3 (untyped float constant 1000) as byte value ...
    CHECK(toString(floatLit("1e3")) == "1000");
    // `var f float32 = 1e39`: cannot use 1e39 (untyped float constant 1e+39) as float32 value ...
    CHECK(toString(floatLit("1e39")) == "1e+39");
    // `var f float32 = 3.4028236e38`: ... (untyped float constant 3.40282e+38) ...
    CHECK(toString(floatLit("3.4028236e38")) == "3.40282e+38");
    // `var f float64 = 1e1000`: ... (untyped float constant 1e+1000) ...
    CHECK(toString(floatLit("1e1000")) == "1e+1000");
    // `const huge = 1e1300`: ... (untyped float constant 1e+1300) ...
    CHECK(toString(floatLit("1e1300")) == "1e+1300");
    // `const tiny = 1e-400`: ... (untyped float constant 1e-400) ...
    CHECK(toString(floatLit("1e-400")) == "1e-400");
    // `const third = 1.0 / 3`: ... (untyped float constant 0.333333) ...
    CHECK(toString(binaryOp(floatLit("1.0"), Op::Quo, intLit("3"))) == "0.333333");
    // `const m = 0.000001234`: ... (untyped float constant 1.234e-06) ...
    CHECK(toString(floatLit("0.000001234")) == "1.234e-06");
    // `1e-7 * 3`: ... (untyped float constant 3e-07) ...
    CHECK(toString(binaryOp(floatLit("1e-7"), Op::Mul, intLit("3"))) == "3e-07");
    // `1234567.0 * 10.5`: ... (untyped float constant 1.2963e+07) ...
    CHECK(toString(binaryOp(floatLit("1234567.0"), Op::Mul, floatLit("10.5"))) == "1.2963e+07");
    // `const big = 1 << 100`: ... (untyped int constant 1267650600228229401496703205376) ...
    CHECK(toString(shift(intLit("1"), Op::Shl, 100)) == "1267650600228229401496703205376");
    // `const n = -1 << 70`: ... (untyped int constant -1180591620717411303424) ...
    CHECK(toString(shift(makeInt64(-1), Op::Shl, 70)) == "-1180591620717411303424");
    // `const r = 'x' * 1000`: ... (untyped rune constant 120000) ...
    CHECK(toString(binaryOp(lit(LitKind::CharLit, "'x'"), Op::Mul, intLit("1000"))) == "120000");
    // `uint8(200) + 100 (constant 300 of type uint8) overflows uint8`
    CHECK(toString(binaryOp(intLit("200"), Op::Add, intLit("100"))) == "300");
    // `var cc int = 1 + 2i`: ... (untyped complex constant (1 + 2i)) ...
    CHECK(toString(binaryOp(intLit("1"), Op::Add, lit(LitKind::ImagLit, "2i"))) == "(1 + 2i)");
    // `const z = (1 + 2i) / (3 - 4i)`: ... (untyped complex constant (-0.2 + 0.4i)) ...
    Value z = binaryOp(binaryOp(intLit("1"), Op::Add, lit(LitKind::ImagLit, "2i")), Op::Quo,
                       binaryOp(intLit("3"), Op::Sub, lit(LitKind::ImagLit, "4i")));
    CHECK(toString(z) == "(-0.2 + 0.4i)");
    // `const s = "tab\there\x00\u2028é" + "more"`:
    // ... (untyped string constant "tab\there\x00\u2028émore") ...
    Value s = binaryOp(lit(LitKind::StringLit, "\"tab\\there\\x00\\u2028\xc3\xa9\""), Op::Add,
                       lit(LitKind::StringLit, "\"more\""));
    CHECK(toString(s) == "\"tab\\there\\x00\\u2028\xc3\xa9more\"");
    // A 91-character constant `long`:
    // ... (untyped string constant "01234567890123456789012345678901234567890123456789012345678901234567...) ...
    Value l = lit(LitKind::StringLit,
                  "\"0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890\"");
    CHECK(toString(l) == "\"01234567890123456789012345678901234567890123456789012345678901234567...");
}

// The program that printed kCases (go run main.go < expressions.txt, with
// the expressions of kCases one a line):
//
// package main
//
// import (
// 	"bufio"
// 	"fmt"
// 	"go/constant"
// 	"go/token"
// 	"go/types"
// 	"math"
// 	"os"
// 	"strings"
// )
//
// func category(msg string) string {
// 	for _, c := range []struct{ sub, cat string }{
// 		{"division by zero", "division by zero"},
// 		{"malformed constant", "malformed constant"},
// 		{"invalid shift count", "invalid shift count"},
// 		{"cannot convert", "cannot convert"},
// 		{"truncated", "truncated"},
// 		{"must be integer", "must be integer"},
// 		{"not representable", "not representable"},
// 		{"overflows", "overflows"},
// 		{"overflow", "overflow"},
// 	} {
// 		if strings.Contains(msg, c.sub) {
// 			return c.cat
// 		}
// 	}
// 	return "?? " + msg
// }
//
// // Long exact forms are kept as their length and FNV-1a hash.
// func digest(s string) string {
// 	if len(s) <= 120 {
// 		return s
// 	}
// 	h := uint64(0xcbf29ce484222325)
// 	for i := 0; i < len(s); i++ {
// 		h ^= uint64(s[i])
// 		h *= 0x100000001b3
// 	}
// 	return fmt.Sprintf("#%d:%016x", len(s), h)
// }
//
// func main() {
// 	sc := bufio.NewScanner(os.Stdin)
// 	for sc.Scan() {
// 		e := sc.Text()
// 		q := func(s string) string { return `R"~(` + s + `)~"` }
// 		tv, err := types.Eval(token.NewFileSet(), nil, token.NoPos, e)
// 		if err != nil {
// 			fmt.Printf("    {%s, \"error\", \"%s\", \"\", \"\", \"\"},\n", q(e), category(err.Error()))
// 			continue
// 		}
// 		v := tv.Value
// 		f64, f32 := "", ""
// 		if v.Kind() == constant.Int || v.Kind() == constant.Float {
// 			// big.Rat reports some underflows to 0 as exact (values
// 			// below half the smallest subnormal); gos does not.
// 			nonzero := constant.Sign(v) != 0
// 			d, ok := constant.Float64Val(v)
// 			f64 = fmt.Sprintf("%016x", math.Float64bits(d))
// 			if !ok || d == 0 && nonzero {
// 				f64 += "~"
// 			}
// 			f, ok := constant.Float32Val(v)
// 			f32 = fmt.Sprintf("%08x", math.Float32bits(f))
// 			if !ok || f == 0 && nonzero {
// 				f32 += "~"
// 			}
// 		}
// 		fmt.Printf("    {%s, \"%s\", %s, %s, \"%s\", \"%s\"},\n", q(e), tv.Type, q(v.String()),
// 			q(digest(v.ExactString())), f64, f32)
// 	}
// }
