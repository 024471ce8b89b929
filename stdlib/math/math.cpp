// Package math: the constants, and the functions as natives over C's libm
// (which rounds as Go's pure-Go and assembly versions do for the functions
// given here).
#include <cmath>
#include <cstring>
#include <limits>

#include "stdlib/stdlib.h"
#include "vm/vm.h"

namespace gos::stdlib {

using types::Kind;

namespace {

double arg(const uint64_t* a, int i) {
    double d;
    std::memcpy(&d, &a[i], 8);
    return d;
}

void ret(uint64_t* a, double d) { std::memcpy(&a[0], &d, 8); }

#define MATH1(name, expr)                          \
    void n##name(vm::VM&, uint64_t* a) {           \
        double x = arg(a, 0);                      \
        ret(a, (expr));                            \
    }
#define MATH2(name, expr)                          \
    void n##name(vm::VM&, uint64_t* a) {           \
        double x = arg(a, 0), y = arg(a, 1);       \
        ret(a, (expr));                            \
    }

MATH1(Sqrt, std::sqrt(x))
MATH1(Floor, std::floor(x))
MATH1(Ceil, std::ceil(x))
MATH1(Trunc, std::trunc(x))
MATH1(Abs, std::fabs(x))
MATH1(Log, std::log(x))
MATH1(Log2, std::log2(x))
MATH1(Log10, std::log10(x))
MATH1(Exp, std::exp(x))
MATH1(Sin, std::sin(x))
MATH1(Cos, std::cos(x))
MATH1(Tan, std::tan(x))
MATH1(Atan, std::atan(x))
MATH1(Cbrt, std::cbrt(x))
MATH1(Round, std::round(x))
MATH1(Asin, std::asin(x))
MATH1(Acos, std::acos(x))
MATH1(Sinh, std::sinh(x))
MATH1(Cosh, std::cosh(x))
MATH1(Tanh, std::tanh(x))
MATH1(Exp2, std::exp2(x))
MATH1(Log1p, std::log1p(x))
MATH1(Expm1, std::expm1(x))
MATH2(Dim, x - y <= 0 ? 0 : x - y)
MATH2(Remainder, std::remainder(x, y))
MATH2(Pow, std::pow(x, y))
MATH2(Mod, std::fmod(x, y))
MATH2(Hypot, std::hypot(x, y))
MATH2(Atan2, std::atan2(x, y))
MATH2(Copysign, std::copysign(x, y))

// Go's Max and Min: NaN wins over everything but the infinities rule; -0 < +0.
void nMax(vm::VM&, uint64_t* a) {
    double x = arg(a, 0), y = arg(a, 1);
    double r;
    if (std::isinf(x) && x > 0) r = x;
    else if (std::isinf(y) && y > 0) r = y;
    else if (std::isnan(x) || std::isnan(y)) r = std::numeric_limits<double>::quiet_NaN();
    else if (x == 0 && x == y) r = std::signbit(x) ? y : x;
    else r = x > y ? x : y;
    ret(a, r);
}

void nMin(vm::VM&, uint64_t* a) {
    double x = arg(a, 0), y = arg(a, 1);
    double r;
    if (std::isinf(x) && x < 0) r = x;
    else if (std::isinf(y) && y < 0) r = y;
    else if (std::isnan(x) || std::isnan(y)) r = std::numeric_limits<double>::quiet_NaN();
    else if (x == 0 && x == y) r = std::signbit(x) ? x : y;
    else r = x < y ? x : y;
    ret(a, r);
}

void nInf(vm::VM&, uint64_t* a) {
    int64_t sign = static_cast<int64_t>(a[0]);
    ret(a, sign >= 0 ? INFINITY : -INFINITY);
}

void nNaN(vm::VM&, uint64_t* a) { ret(a, std::numeric_limits<double>::quiet_NaN()); }

void nIsNaN(vm::VM&, uint64_t* a) { a[0] = std::isnan(arg(a, 0)) ? 1 : 0; }

void nIsInf(vm::VM&, uint64_t* a) {
    double x = arg(a, 0);
    int64_t sign = static_cast<int64_t>(a[1]);
    a[0] = (sign >= 0 && x == INFINITY) || (sign <= 0 && x == -INFINITY);
}

void nSignbit(vm::VM&, uint64_t* a) { a[0] = std::signbit(arg(a, 0)) ? 1 : 0; }

void nFloat64bits(vm::VM&, uint64_t*) {}  // the bits are the value
void nFloat64frombits(vm::VM&, uint64_t*) {}
void nFloat32bits(vm::VM&, uint64_t* a) { a[0] &= 0xFFFFFFFFu; }  // float32 bits are the low word
void nFloat32frombits(vm::VM&, uint64_t* a) { a[0] &= 0xFFFFFFFFu; }

// Frexp: frac in [0.5, 1) and exp with f == frac * 2**exp; ±0, ±Inf and NaN give (f, 0).
void nFrexp(vm::VM&, uint64_t* a) {
    double x = arg(a, 0);
    int e = 0;
    double frac = x;
    if (x != 0 && std::isfinite(x)) frac = std::frexp(x, &e);
    std::memcpy(&a[0], &frac, 8);
    a[1] = static_cast<uint64_t>(static_cast<int64_t>(e));
}

void nLdexp(vm::VM&, uint64_t* a) { ret(a, std::ldexp(arg(a, 0), static_cast<int>(static_cast<int64_t>(a[1])))); }

// Modf: integer and fractional parts with the sign of x.
void nModf(vm::VM&, uint64_t* a) {
    double x = arg(a, 0), ip;
    double frac = std::modf(x, &ip);
    std::memcpy(&a[0], &ip, 8);
    std::memcpy(&a[1], &frac, 8);
}

}  // namespace

void declareMath(PackageBuilder& b) {
    auto& tt = b.types();
    types::Type* f64 = b.basic(Kind::Float64);
    types::Type* intT = b.basic(Kind::Int);
    types::Type* boolT = b.basic(Kind::Bool);
    types::Type* uf = b.basic(Kind::UntypedFloat);
    types::Type* ui = b.basic(Kind::UntypedInt);
    auto* f1 = tt.func({f64}, {f64}, false);
    auto* f2 = tt.func({f64, f64}, {f64}, false);
    b.func("Sqrt", f1, nSqrt);
    b.func("Floor", f1, nFloor);
    b.func("Ceil", f1, nCeil);
    b.func("Trunc", f1, nTrunc);
    b.func("Abs", f1, nAbs);
    b.func("Log", f1, nLog);
    b.func("Log2", f1, nLog2);
    b.func("Log10", f1, nLog10);
    b.func("Exp", f1, nExp);
    b.func("Sin", f1, nSin);
    b.func("Cos", f1, nCos);
    b.func("Tan", f1, nTan);
    b.func("Atan", f1, nAtan);
    b.func("Cbrt", f1, nCbrt);
    b.func("Round", f1, nRound);
    b.func("Pow", f2, nPow);
    b.func("Mod", f2, nMod);
    b.func("Hypot", f2, nHypot);
    b.func("Atan2", f2, nAtan2);
    b.func("Copysign", f2, nCopysign);
    b.func("Max", f2, nMax);
    b.func("Asin", f1, nAsin);
    b.func("Acos", f1, nAcos);
    b.func("Sinh", f1, nSinh);
    b.func("Cosh", f1, nCosh);
    b.func("Tanh", f1, nTanh);
    b.func("Exp2", f1, nExp2);
    b.func("Log1p", f1, nLog1p);
    b.func("Expm1", f1, nExpm1);
    b.func("Dim", f2, nDim);
    b.func("Remainder", f2, nRemainder);
    b.func("Modf", tt.func({f64}, {f64, f64}, false), nModf);
    b.func("Frexp", tt.func({f64}, {f64, intT}, false), nFrexp);
    b.func("Ldexp", tt.func({f64, intT}, {f64}, false), nLdexp);
    b.func("Float32bits", tt.func({b.basic(Kind::Float32)}, {b.basic(Kind::Uint32)}, false), nFloat32bits);
    b.func("Float32frombits", tt.func({b.basic(Kind::Uint32)}, {b.basic(Kind::Float32)}, false), nFloat32frombits);
    b.func("Min", f2, nMin);
    b.func("Inf", tt.func({intT}, {f64}, false), nInf);
    b.func("NaN", tt.func({}, {f64}, false), nNaN);
    b.func("IsNaN", tt.func({f64}, {boolT}, false), nIsNaN);
    b.func("IsInf", tt.func({f64, intT}, {boolT}, false), nIsInf);
    b.func("Signbit", tt.func({f64}, {boolT}, false), nSignbit);
    b.func("Float64bits", tt.func({f64}, {b.basic(Kind::Uint64)}, false), nFloat64bits);
    b.func("Float64frombits", tt.func({b.basic(Kind::Uint64)}, {f64}, false), nFloat64frombits);

    using constant::fromLiteral;
    using constant::LitKind;
    b.constant("Pi", uf, fromLiteral(LitKind::FloatLit, "3.14159265358979323846264338327950288419716939937510582097494459"));
    b.constant("E", uf, fromLiteral(LitKind::FloatLit, "2.71828182845904523536028747135266249775724709369995957496696763"));
    b.constant("Sqrt2", uf, fromLiteral(LitKind::FloatLit, "1.41421356237309504880168872420969807856967187537694807317667974"));
    b.constant("Ln2", uf, fromLiteral(LitKind::FloatLit, "0.693147180559945309417232121458176568075500134360255254120680009"));
    b.constant("Phi", uf, fromLiteral(LitKind::FloatLit, "1.61803398874989484820458683436563811772030917980576286213544862"));
    b.constant("SmallestNonzeroFloat64", uf, fromLiteral(LitKind::FloatLit, "0x1p-1074"));
    b.constant("SmallestNonzeroFloat32", uf, fromLiteral(LitKind::FloatLit, "0x1p-149"));
    auto shl = [](int64_t base, int n) { return constant::shift(constant::makeInt64(base), constant::Op::Shl, static_cast<uint64_t>(n)); };
    auto sub1 = [](const constant::Value& v) { return constant::binaryOp(v, constant::Op::Sub, constant::makeInt64(1)); };
    auto neg = [](const constant::Value& v) { return constant::unaryOp(constant::Op::Sub, v); };
    // MaxFloat64 = 0x1p1023 * (1 + (1 - 0x1p-52)); MaxFloat32 likewise
    b.constant("MaxFloat64", uf, constant::binaryOp(fromLiteral(LitKind::FloatLit, "0x1p1023"), constant::Op::Mul,
                                                    fromLiteral(LitKind::FloatLit, "0x1.fffffffffffffp0")));
    b.constant("MaxFloat32", uf, constant::binaryOp(fromLiteral(LitKind::FloatLit, "0x1p127"), constant::Op::Mul,
                                                    fromLiteral(LitKind::FloatLit, "0x1.fffffep0")));
    b.constant("MaxInt", ui, sub1(shl(1, 63)));
    b.constant("MinInt", ui, neg(shl(1, 63)));
    b.constant("MaxInt8", ui, constant::makeInt64(127));
    b.constant("MinInt8", ui, constant::makeInt64(-128));
    b.constant("MaxInt16", ui, constant::makeInt64(32767));
    b.constant("MinInt16", ui, constant::makeInt64(-32768));
    b.constant("MaxInt32", ui, constant::makeInt64(2147483647));
    b.constant("MinInt32", ui, constant::makeInt64(-2147483648LL));
    b.constant("MaxInt64", ui, sub1(shl(1, 63)));
    b.constant("MinInt64", ui, neg(shl(1, 63)));
    b.constant("MaxUint", ui, sub1(shl(1, 64)));
    b.constant("MaxUint8", ui, constant::makeInt64(255));
    b.constant("MaxUint16", ui, constant::makeInt64(65535));
    b.constant("MaxUint32", ui, constant::makeInt64(4294967295LL));
    b.constant("MaxUint64", ui, sub1(shl(1, 64)));
}

}  // namespace gos::stdlib
