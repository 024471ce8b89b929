// gomath: the float64 functions of Go's math package, computed the way Go
// 1.19 computes them on linux/amd64, so that a gos program and the same
// program built with gc print the same bits.
//
// Why not C's libm. libm and Go agree on what sin or log should approximate,
// not on how: glibc uses its own correctly-rounded-most-of-the-time
// algorithms, Go uses Cephes and FreeBSD msun polynomials (and, on amd64, a
// few hand-written assembly routines). The two differ in the last bit for a
// large share of inputs, and they produce different NaNs: Go's NaN() is
// 0x7FF8000000000001 while libm hands back the processor's default NaN
// 0xFFF8000000000000. A script that prints math.Sin(1) with %v or compares
// hashes of results would then behave differently under gos and under Go.
// So gos carries its own implementation whose only specification is "what
// gc's binary does": the same algorithms, the same constants, and the same
// sequence of IEEE-754 double operations, each rounded once, in the same
// order. Where amd64 Go runs assembly (Exp, Log, Hypot, Floor/Ceil/Trunc
// through SSE4.1, Sqrt through SQRTSD, Max/Min) gos follows that assembly,
// quirks included (Log's raw treatment of subnormals, Exp's rounding
// conversion to int32, Exp's fused multiply-adds on CPUs that have FMA).
//
// What this demands of the C++ compiler: no contraction of a*b+c into an
// FMA (the build gives these files -ffp-contract=off), no -ffast-math, and
// SSE2 arithmetic without excess precision; the sources refuse to compile
// otherwise. NaN payloads follow x86 rules: an operation with one NaN operand
// returns it quieted, and invalid operations (Inf-Inf, sqrt(-1), 0*Inf)
// return the default NaN with the sign bit set. The code relies on that only
// where Go's results depend on it, and spells it out there.
//
// The files: gomath_bits.cpp (representation-level functions: Frexp, Ldexp,
// Modf, rounding, Sqrt, Hypot, Max/Min/Dim, Mod, Remainder),
// gomath_explog.cpp (Exp, Exp2, Expm1, Log, Log2, Log10, Log1p, Pow, the
// hyperbolic functions, Cbrt) and gomath_trig.cpp (Sin, Cos, Tan with the
// Payne-Hanek reduction for huge arguments, Atan, Asin, Acos, Atan2).
#pragma once

#include <bit>
#include <cstdint>

#if defined(__FAST_MATH__)
#error "gomath needs IEEE-754 semantics: do not build it with -ffast-math"
#endif
#if defined(__FLT_EVAL_METHOD__) && __FLT_EVAL_METHOD__ != 0
#error "gomath needs double arithmetic without excess precision (SSE2, not x87)"
#endif

namespace gos::stdlib::gomath {

// ---- IEEE-754 double layout, shared by the three implementation files ----
inline constexpr uint64_t kSignBit = uint64_t{1} << 63;
inline constexpr uint64_t kExpMask = uint64_t{0x7FF} << 52;
inline constexpr uint64_t kFracMask = (uint64_t{1} << 52) - 1;
inline constexpr uint64_t kQuietBit = uint64_t{1} << 51;
inline constexpr uint64_t kPosInfBits = 0x7FF0000000000000;
inline constexpr uint64_t kNegInfBits = 0xFFF0000000000000;
inline constexpr uint64_t kGoNaNBits = 0x7FF8000000000001;       // math.NaN()
inline constexpr uint64_t kDefaultNaNBits = 0xFFF8000000000000;  // x86's "invalid" result
inline constexpr uint64_t kOneBits = 0x3FF0000000000000;
inline constexpr int kExpBias = 1023;

inline uint64_t bitsOf(double x) { return std::bit_cast<uint64_t>(x); }
inline double fromBits(uint64_t b) { return std::bit_cast<double>(b); }
inline double goNaN() { return fromBits(kGoNaNBits); }
inline double quieted(double nan) { return fromBits(bitsOf(nan) | kQuietBit); }
inline double posInf() { return fromBits(kPosInfBits); }
inline double negInf() { return fromBits(kNegInfBits); }
inline bool isNaN(double x) { return x != x; }
inline bool isInf(double x) { return (bitsOf(x) & ~kSignBit) == kPosInfBits; }
inline double absBits(double x) { return fromBits(bitsOf(x) & ~kSignBit); }
inline double copySign(double mag, double sgn) {
    return fromBits((bitsOf(mag) & ~kSignBit) | (bitsOf(sgn) & kSignBit));
}

// ---- gomath_bits.cpp ----
struct FracExp {
    double frac;
    int64_t exp;
};
struct IntFrac {
    double ipart;
    double fpart;
};
FracExp Frexp(double x);
double Ldexp(double frac, int64_t exp);
IntFrac Modf(double x);
double Floor(double x);
double Ceil(double x);
double Trunc(double x);
double Round(double x);
double Sqrt(double x);
double Hypot(double p, double q);
double Dim(double x, double y);
double Max(double x, double y);
double Min(double x, double y);
double Mod(double x, double y);
double Remainder(double x, double y);

// ---- gomath_explog.cpp ----
double Exp(double x);
double Exp2(double x);
double Expm1(double x);
double Log(double x);
double Log2(double x);
double Log10(double x);
double Log1p(double x);
double Pow(double x, double y);
double Sinh(double x);
double Cosh(double x);
double Tanh(double x);
double Cbrt(double x);

// ---- gomath_trig.cpp ----
double Sin(double x);
double Cos(double x);
double Tan(double x);
double Atan(double x);
double Asin(double x);
double Acos(double x);
double Atan2(double y, double x);

}  // namespace gos::stdlib::gomath
