// Go's constant values: exact arithmetic on untyped constants, as gc does it.
//
// Go's constant expressions are evaluated exactly, at compile time, with no
// overflow and no rounding: 1 << 100 >> 98 is 4, 1.0 / 3 * 3 is exactly 1,
// 1e300 * 1e300 / 1e300 is 1e300. The gc compiler (through types2) does this
// with the go/constant package; this module is its C++ counterpart and
// follows it case for case, because the values it computes are observable:
// they decide which programs compile, which error a program gets, and what
// it prints.
//
// Representation. A Value is a small handle (32 bytes, cheap to copy) of
// one of six kinds: Unknown (the result of an erroneous or unrepresentable
// operation; it silently propagates so a checker reports an error once),
// Bool, String, Int, Float and Complex. Inside, numbers take the form
// go/constant gives them, because the form is observable too:
//   - Int: an int64 held inline (no allocation: constants such as 1, 'a' or
//     1 << 20 never touch the heap, and their arithmetic runs on machine
//     integers with overflow checks), else an arbitrary-precision integer.
//   - Float: an exact rational num/den in lowest terms, as long as both
//     numerator and denominator have fewer than 4096 bits. That covers
//     every float constant a program normally writes: 0.1, 1e1000 and
//     1.0 / 3 are all exact. A result whose fraction would grow beyond
//     that, and a literal of magnitude about 2^4096 or more (1e1300) or
//     2^-4096 or less, becomes a binary floating-point number with a
//     512-bit mantissa and an exponent between -2^31 and 2^31 (like
//     math/big.Float), rounded to nearest-even after each operation; an
//     operation on such a number gives such a number again. Beyond that
//     range a value underflows to 0 or overflows to Unknown (the literal
//     1e+1000000000 is "malformed" in gc for that reason).
//   - Complex: a pair of Int or Float values (an imaginary literal 2i has
//     the Int real part 0). Arithmetic is done on the parts.
//   - String: the bytes, exactly (not necessarily valid UTF-8).
// Ints and Floats mix as Go mixes them: an operation on an Int and a Float
// converts the Int; one on a rational and a binary float rounds the
// rational to 512 bits first; anything with a Complex is done on Complex.
//
// What is exact and what rounds. Int arithmetic is always exact (bounding
// untyped integers to kIntPrecision bits is the checker's job: gc reports
// "constant multiplication overflow" and the like, see bitLen). `/` on two
// Ints (Op::Quo) gives the exact quotient, a Float; Op::IntQuo truncates
// toward zero, as Go's `/` does when both operands are integers, and Op::Rem
// takes the sign of the dividend. Bitwise operators treat negative Ints as
// infinite two's complement, as Go does: -6 & 3 == 2, ^5 == -6. Rounding
// to a machine type happens only when the checker asks: representable()
// says whether a constant fits a typed basic type, and gives the value it
// rounds to (float32(0.1) is 13421773/134217728).
//
// Faithful to gc, quirks included. Go 1.19's go/constant computes
// -9223372036854775808 / -1 with a machine division, which wraps around;
// gc therefore believes the quotient is -9223372036854775808, and a Go
// program can print it. IntQuo does the same. Conversions to float64 and
// float32 round once, correctly (to nearest, ties to even, with subnormals)
// from the exact rational; a binary float or an Int of more than 512 bits
// is first rounded to 512 bits, as in Go (and a binary float as tiny as
// 2^-2147483649 becomes infinite, as in Go). A float literal far out of
// the fraction range is parsed as math/big parses it for gc (10^n as 2^n
// times an approximated 5^n), so even its 512th bit is gc's.
//
// Errors. The operations never throw and never abort: given operands they
// do not apply to (a String minus a Bool, a shift of a Float), they return
// Unknown; binaryOp also says why, so the checker can report "division by
// zero". Operations on Unknown give Unknown without an error, so one error
// is reported once.
//
// Text. toString formats a constant the way gc's messages show it (1.5,
// 1e+1000, 1267650600228229401496703205376, "abc", (1 + 2i)): exactly
// go/constant's String(), which types2 uses in every message about a
// constant. exactString is go/constant's ExactString (1/3, 0x.8p+5001).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace gos::constant {

// The kind of a constant value.
enum class Kind : uint8_t { Unknown, Bool, String, Int, Float, Complex };

namespace detail {
struct Rep;     // the heap part of a Value (big Int, Float, String, Complex)
struct Access;  // constant.cpp's view of a Value's insides
}  // namespace detail

// A constant value. Default-constructed, it is Unknown. Values are
// immutable; copies share their heap part (if any).
class Value {
public:
    Value() = default;

    Kind kind() const { return kind_; }
    bool isUnknown() const { return kind_ == Kind::Unknown; }
    // Int, Float or Complex.
    bool isNumeric() const { return kind_ == Kind::Int || kind_ == Kind::Float || kind_ == Kind::Complex; }

private:
    friend struct detail::Access;
    Kind kind_ = Kind::Unknown;
    uint8_t form_ = 0;    // which of the internal representations (constant.cpp)
    int64_t small_ = 0;   // a Bool, or an Int that fits in int64
    std::shared_ptr<const detail::Rep> rep_;
};

// Untyped integer constants may not exceed this many bits (bitLen) after an
// operation: beyond, gc reports "constant multiplication overflow" and the
// like. That check is the checker's (types2 makes it after each operation).
inline constexpr int kIntPrecision = 512;

// ---- Making values ----------------------------------------------------------

Value makeUnknown();
Value makeBool(bool b);
// Any bytes; no UTF-8 validity is required.
Value makeString(std::string s);
Value makeInt64(int64_t x);
Value makeUint64(uint64_t x);
// The exact value of x, a Float (also for integral x); -0 gives 0; an
// infinity or NaN gives Unknown.
Value makeFloat64(double x);
// The Complex value x*i for an Int or Float x; Unknown gives Unknown.
Value makeImag(const Value& x);
// The Complex value re + im*i for Int or Float parts (kept as they are);
// Unknown if either part is Unknown or not a number.
Value makeComplex(const Value& re, const Value& im);

// The token kind of a literal for fromLiteral.
enum class LitKind : uint8_t { IntLit, FloatLit, ImagLit, CharLit, StringLit };

// The value of a literal token's text, which must be lexically valid Go:
//   IntLit     42, 0x2A, 0o52, 0b101010, 052 (legacy octal), 1_000  -> Int
//   FloatLit   1.5, .5, 1e-10, 1_000.5, 017.5 (decimal), 0x1.8p3   -> Float
//   ImagLit    2i, 1.5e3i, 0x1p2i, 0123i (decimal 123i), 0b101i     -> Complex
//   CharLit    'a', '\n', '\x41', '\377', '\u00e9', '\U0001F600'    -> Int
//   StringLit  "..." with every escape (\x and octal escapes give bytes,
//              \u and \U give UTF-8), or `...` (carriage returns dropped)
// Floats are exact rationals unless their magnitude is beyond 2^±4096 (see
// above). A float literal that underflows even a binary float is 0
// (1e-1000000000); text that is not valid, and a float literal whose
// binary exponent is beyond int32 or whose exponent is beyond int64
// (1e+1000000000, 0x1p-3000000000: gc's "malformed constant"), give Unknown.
Value fromLiteral(LitKind kind, std::string_view text);

// ---- Reading values ---------------------------------------------------------

// The value of a Bool; false for anything else.
bool boolVal(const Value& x);
// The bytes of a String; empty for anything else.
const std::string& stringVal(const Value& x);
// The value of an Int if it fits in int64 (*exact = true), else its low 64
// bits in two's complement (*exact = false). Not an Int: 0, not exact.
int64_t int64Val(const Value& x, bool* exact = nullptr);
// The value of an Int if it fits in uint64 (*exact = true), else the low 64
// bits of x (of |x| if |x| >= 2^64, as Go's) with *exact = false. Not an
// Int: 0, not exact.
uint64_t uint64Val(const Value& x, bool* exact = nullptr);
// The float64 nearest to an Int or Float (correctly rounded: to nearest,
// ties to even, gradual underflow to subnormals and to ±0). *exact says
// whether no rounding happened. A value too large gives ±Inf with
// *overflow = true (and *exact = false). Complex, Unknown and the rest: 0,
// not exact.
double toFloat64(const Value& x, bool* exact = nullptr, bool* overflow = nullptr);
// Like toFloat64 for float32, rounded once from the exact value (never
// through a double).
float toFloat32(const Value& x, bool* exact = nullptr, bool* overflow = nullptr);
// -1, 0 or 1 as a number is negative, zero or positive; for a Complex, 0
// if it is zero, nonzero otherwise. Unknown gives 1 (so that an erroneous
// divisor does not also cause a "division by zero"); Bool and String 0.
int sign(const Value& x);
// The number of bits of |x| for an Int (0 for 0); 0 for anything else.
int64_t bitLen(const Value& x);
// The real and imaginary parts of a number (the imaginary part of an Int
// or Float is the Int 0). Unknown (and a non-number) gives Unknown.
Value real(const Value& x);
Value imag(const Value& x);

// ---- Conversions between kinds -------------------------------------------------

// x as an Int: an Int itself; a Float or Complex whose value is an integer
// (a binary float off an integer by rounding noise in its last few bits
// counts as that integer, as in Go). Otherwise Unknown.
Value toInt(const Value& x);
// x as a Float: an Int or a Float; a Complex with a zero imaginary part.
// Otherwise Unknown.
Value toFloat(const Value& x);
// x as a Complex: any number (with imaginary part Int 0). Otherwise Unknown.
Value toComplex(const Value& x);

// ---- Operations ---------------------------------------------------------------

enum class Op : uint8_t {
    // binaryOp
    Add,     // +   numbers; string concatenation
    Sub,     // -
    Mul,     // *
    Quo,     // /   exact quotient: a Float for two Ints
    IntQuo,  // /   of two Ints, truncated toward zero (Go's `/` on integer operands)
    Rem,     // %   of two Ints, with the sign of the dividend
    And,     // &   of two Ints (infinite two's complement)
    Or,      // |
    Xor,     // ^   binary xor; unary bitwise complement
    AndNot,  // &^
    LAnd,    // &&  of two Bools
    LOr,     // ||
    // unaryOp: Add, Sub, Xor and
    Not,  // !   of a Bool
    // compare
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
    // shift
    Shl,
    Shr,
};

// Why binaryOp gave Unknown (None when it did not, or when an operand was
// Unknown already).
enum class OpError : uint8_t {
    None,
    DivisionByZero,  // gc: "invalid operation: division by zero"
    Invalid,         // the operator does not apply to these operands
};

// op x, for op Add (+x), Sub (-x), Xor (^x, bitwise complement of an Int)
// or Not (!x). For ^x, prec > 0 is the size in bits of an unsigned type:
// the result is masked to that many bits (^uint8(1) is 254, not -2); 0
// means no mask, as for signed and untyped integers. Unknown gives Unknown,
// as do operands the operator does not apply to.
Value unaryOp(Op op, const Value& x, unsigned prec = 0);

// x op y for the arithmetic, bitwise and logical operators (Add .. LOr).
// The operands are first brought to the same kind: Int with Float gives
// Float, any number with Complex gives Complex. Int and Float results are
// exact (see the header comment for the 512-bit binary floats). A zero
// divisor of Quo, IntQuo or Rem, or a complex divisor whose squared parts
// both underflow to zero, gives Unknown with OpError::DivisionByZero (even
// if x is Unknown, as types2 checks the divisor first). If an operand is
// Unknown the result is Unknown with OpError::None.
Value binaryOp(const Value& x, Op op, const Value& y, OpError* err = nullptr);

// x << s or x >> s (op Shl or Shr) for an Int x: exact; >> rounds toward
// negative infinity (an arithmetic shift). Anything but an Int gives
// Unknown, as does a left shift by more than 2^24 bits (types2 rejects
// counts above 1074 long before: "invalid shift count").
Value shift(const Value& x, Op op, uint64_t s);

// x op y for the comparison operators Eql .. Geq: numbers exactly (Complex
// only == and !=), Strings bytewise, Bools by == and !=. False if either
// operand is Unknown or the comparison does not apply.
bool compare(const Value& x, Op op, const Value& y);

// ---- Representability (typed constants) ----------------------------------------

// The basic types a constant may be converted to; sizes are amd64's (int,
// uint and uintptr are 64 bits). Mirrors types::Kind's names.
enum class BasicKind : uint8_t {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
};

// Whether x can be a constant of the basic type `target`, per the spec and
// types2's representableConst:
//   - integer types: x must have an integer value (an integral Float or
//     Complex is fine, 1.5 is not) within the type's range;
//   - float32/float64: x must be an Int or Float, or a Complex with a zero
//     imaginary part; it is rounded to the type, and is representable
//     unless that overflows to infinity (a tiny value rounding to 0 is
//     fine); complex64/complex128: each part likewise;
//   - untyped numeric kinds: x converts to that kind (an integral value for
//     UntypedInt/UntypedRune, no imaginary part for UntypedFloat);
//   - string and bool types: x must be a String, a Bool.
// An Unknown x is representable (to avoid follow-up errors). If `rounded`
// is not null and x is representable, *rounded receives the value as the
// type holds it: an Int for integer types; a Float (or Complex of Floats)
// rounded to float32/float64 precision for the float and complex types;
// for the other targets (untyped float and complex, string, bool) *rounded
// is left alone.
bool representable(const Value& x, BasicKind target, Value* rounded = nullptr);

// ---- Text -------------------------------------------------------------------

// The constant as gc's messages show it (go/constant's String):
//   Bool: true/false; Int: decimal (-1, 1267650600228229401496703205376);
//   Float: Go's %.6g of the nearest float64 (1.5, 1000, 0.333333, 1e+39),
//     and for values beyond float64's range a 6-digit mantissa with a
//     decimal exponent (1e+1000, 1e-400);
//   Complex: "(re + imi)" with the parts so formatted: (1 + 2i), (0 + -1.5i);
//   String: quoted as Go's strconv.Quote does ("a\tb\xff\u2028"), and if
//     the quoted form is longer than 72 characters (runes), its first 69
//     followed by "..." (the closing quote is dropped);
//   Unknown: "unknown".
std::string toString(const Value& x);

// The constant written exactly (go/constant's ExactString): Floats as
// fractions (1/3, 5/2, 7 for an integral Float), binary floats as
// "0x.<hex mantissa>p<exponent>" (0x.8p+5001), Strings quoted in full;
// otherwise as toString.
std::string exactString(const Value& x);

}  // namespace gos::constant
