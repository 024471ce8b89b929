// Package math: the constants, and the functions as natives. The functions
// themselves live in gomath_*.cpp, which computes them bit for bit as Go
// 1.19 does on amd64 (see gomath.h); this file only moves float64 arguments
// and results between the VM's slots and those functions.
#include <cstring>

#include "stdlib/math/gomath.h"
#include "stdlib/stdlib.h"
#include "vm/vm.h"

namespace gos::stdlib {

using types::Kind;

namespace {

namespace gm = gomath;

double arg(const uint64_t* a, int i) {
    double d;
    std::memcpy(&d, &a[i], 8);
    return d;
}

void ret(uint64_t* a, double d) { std::memcpy(&a[0], &d, 8); }
void ret2(uint64_t* a, double d0, double d1) {
    std::memcpy(&a[0], &d0, 8);
    std::memcpy(&a[1], &d1, 8);
}

#define MATH1(name)                                \
    void n##name(vm::VM&, uint64_t* a) {           \
        ret(a, gm::name(arg(a, 0)));               \
    }
#define MATH2(name)                                \
    void n##name(vm::VM&, uint64_t* a) {           \
        ret(a, gm::name(arg(a, 0), arg(a, 1)));    \
    }

MATH1(Sqrt)
MATH1(Floor)
MATH1(Ceil)
MATH1(Trunc)
MATH1(Round)
MATH1(Log)
MATH1(Log2)
MATH1(Log10)
MATH1(Log1p)
MATH1(Exp)
MATH1(Exp2)
MATH1(Expm1)
MATH1(Sin)
MATH1(Cos)
MATH1(Tan)
MATH1(Asin)
MATH1(Acos)
MATH1(Atan)
MATH1(Sinh)
MATH1(Cosh)
MATH1(Tanh)
MATH1(Cbrt)
MATH2(Dim)
MATH2(Max)
MATH2(Min)
MATH2(Remainder)
MATH2(Pow)
MATH2(Mod)
MATH2(Hypot)
MATH2(Atan2)

#undef MATH1
#undef MATH2

void nAbs(vm::VM&, uint64_t* a) { a[0] &= ~gm::kSignBit; }

void nCopysign(vm::VM&, uint64_t* a) { a[0] = (a[0] & ~gm::kSignBit) | (a[1] & gm::kSignBit); }

void nInf(vm::VM&, uint64_t* a) {
    int64_t sign = static_cast<int64_t>(a[0]);
    a[0] = sign >= 0 ? gm::kPosInfBits : gm::kNegInfBits;
}

void nNaN(vm::VM&, uint64_t* a) { a[0] = gm::kGoNaNBits; }

void nIsNaN(vm::VM&, uint64_t* a) { a[0] = gm::isNaN(arg(a, 0)) ? 1 : 0; }

void nIsInf(vm::VM&, uint64_t* a) {
    uint64_t bits = a[0];
    int64_t sign = static_cast<int64_t>(a[1]);
    a[0] = (sign >= 0 && bits == gm::kPosInfBits) || (sign <= 0 && bits == gm::kNegInfBits);
}

void nSignbit(vm::VM&, uint64_t* a) { a[0] = (a[0] & gm::kSignBit) ? 1 : 0; }

void nFloat64bits(vm::VM&, uint64_t*) {}  // the bits are the value
void nFloat64frombits(vm::VM&, uint64_t*) {}
void nFloat32bits(vm::VM&, uint64_t* a) { a[0] &= 0xFFFFFFFFu; }  // float32 bits are the low word
void nFloat32frombits(vm::VM&, uint64_t* a) { a[0] &= 0xFFFFFFFFu; }

// Frexp: (frac, exp) in a[0], a[1].
void nFrexp(vm::VM&, uint64_t* a) {
    gm::FracExp r = gm::Frexp(arg(a, 0));
    std::memcpy(&a[0], &r.frac, 8);
    a[1] = static_cast<uint64_t>(r.exp);
}

void nLdexp(vm::VM&, uint64_t* a) { ret(a, gm::Ldexp(arg(a, 0), static_cast<int64_t>(a[1]))); }

// Modf: (int, frac) in a[0], a[1].
void nModf(vm::VM&, uint64_t* a) {
    gm::IntFrac r = gm::Modf(arg(a, 0));
    ret2(a, r.ipart, r.fpart);
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
