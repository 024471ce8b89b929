// gomath, part 2: exponentials, logarithms, powers, hyperbolic functions and
// the cube root, as Go 1.19 computes them on amd64 (gomath.h says why gos
// does not simply call libm).
//
// Two of these are assembly in Go and the rest is Go code built on them, so
// the assembly's rounding leaks into Pow, Sinh, Cosh, Tanh, Log2 and Log10:
//
// * Exp is not the FreeBSD algorithm of exp.go but a short routine from
//   Shibata's SLEEF: k = round-to-nearest(x/ln2) converted to int32 (so an
//   out-of-range value becomes INT32_MIN, which the routine then treats as
//   an underflow), x reduced by k*ln2 in two parts, divided by 16, a degree-8
//   Taylor polynomial for e^r - 1, squared back up four times through
//   (e^r-1)(e^r+1) = e^2r - 1, and a final scaling by 2**k done as one or two
//   multiplications. On CPUs with AVX and FMA (Go checks at start-up) the
//   reduction, the polynomial and the last step use fused multiply-adds and
//   round differently, so this file makes the same check and uses std::fma
//   there; std::fma is exact whatever instruction implements it.
// * Log is FreeBSD's algorithm written in assembly, with two differences
//   from log.go that show in the bits: the mantissa is split off with masks
//   and no normalisation, so subnormal arguments give Go's (inaccurate)
//   answer, and the "f < sqrt(2)/2" test is really "f <= sqrt(2)/2".
//
// Exp2, Expm1 and Log1p are FreeBSD msun's algorithms (via Go); Pow is Go's
// own repeated-squaring scheme on Frexp'd mantissas; Sinh and Tanh are Cephes
// rational approximations near zero and formulas in Exp elsewhere; Cbrt is
// FreeBSD's bit-trick estimate plus one Newton step. The constants are the
// published coefficients of those libraries, and each expression keeps the
// operand order and grouping of Go's source, since that decides the rounding.
#include <cmath>

#include "stdlib/math/gomath.h"

namespace gos::stdlib::gomath {

namespace {

constexpr double kLn2Hi = 6.93147180369123816490e-01;  // high bits of ln 2, 0x3fe62e42fee00000
constexpr double kLn2Lo = 1.90821492927058770002e-10;  // ln 2 - kLn2Hi
constexpr double kInvLn2 = 0x1.71547652b82fep0;        // 1/ln 2 rounded once
constexpr double kInvLn10 = 0x1.bcb7b1526e50ep-2;      // 1/ln 10 rounded once

// Go's internal/cpu: X86.HasAVX && X86.HasFMA, both including OS support.
bool expUsesFMA() {
#if defined(__x86_64__) || defined(__i386__)
    static const bool has = [] {
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
    }();
    return has;
#else
    return false;
#endif
}

// CVTSD2SL: round to nearest even under the default rounding mode; values
// that do not fit in int32 give the "integer indefinite" INT32_MIN.
int32_t roundToInt32(double t) {
    double r = std::nearbyint(t);
    if (r >= -2147483648.0 && r <= 2147483647.0) return static_cast<int32_t>(r);
    return INT32_MIN;
}

// 2**e for a biased exponent field 1..0x7FE.
double powerOfTwoField(uint32_t field) { return fromBits(static_cast<uint64_t>(field) << 52); }

// exp(hi - lo) * 2**k, the core shared by Exp2 (FreeBSD's __exp kernel):
// a rational Remez approximation R(r) of r*(e^r+1)/(e^r-1).
double scaledExpKernel(double hi, double lo, int64_t k) {
    constexpr double P1 = 1.66666666666666657415e-01;
    constexpr double P2 = -2.77777777770155933842e-03;
    constexpr double P3 = 6.61375632143793436117e-05;
    constexpr double P4 = -1.65339022054652515390e-06;
    constexpr double P5 = 4.13813679705723846039e-08;
    double r = hi - lo;
    double rr = r * r;
    double c = r - rr * (P1 + rr * (P2 + rr * (P3 + rr * (P4 + rr * P5))));
    double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
    return Ldexp(y, k);
}

}  // namespace

double Exp(double x) {
    constexpr double kLog2e = 1.4426950408889634073599246810018920;
    constexpr double kLn2Upper = 0.69314718055966295651160180568695068359375;  // 0x1.62e42fefa3p-1
    constexpr double kLn2Lower = 0.28235290563031577122588448175013436025525412068e-12;
    constexpr double kOverflow = 7.09782712893384e+02;
    // Taylor coefficients 1/n! for n = 8 down to 3 (then 1/2! and 1/1!).
    constexpr double I8 = 2.4801587301587301587e-5;
    constexpr double I7 = 1.9841269841269841270e-4;
    constexpr double I6 = 1.3888888888888888889e-3;
    constexpr double I5 = 8.3333333333333333333e-3;
    constexpr double I4 = 4.1666666666666666667e-2;
    constexpr double I3 = 1.6666666666666666667e-1;

    uint64_t b = bitsOf(x);
    if ((b & ~kSignBit) >= kPosInfBits) {
        if (b == kNegInfBits) return 0;
        return x;  // +Inf, or a NaN exactly as it came (not even quieted)
    }
    if (x > kOverflow) return posInf();

    int32_t k = roundToInt32(kLog2e * x);
    double kf = k;
    double r;
    if (expUsesFMA()) {
        r = std::fma(-kf, kLn2Upper, x);
        r = std::fma(-kf, kLn2Lower, r);
        r *= 0.0625;
        double p = std::fma(I8, r, I7);
        p = std::fma(p, r, I6);
        p = std::fma(p, r, I5);
        p = std::fma(p, r, I4);
        p = std::fma(p, r, I3);
        p = std::fma(p, r, 0.5);
        p = std::fma(p, r, 1.0);
        r = r * p;  // e^(r) - 1 for the reduced r
        for (int i = 0; i < 3; i++) r = r * (r + 2.0);
        r = std::fma(r, r + 2.0, 1.0);
    } else {
        r = x - kf * kLn2Upper;
        r = r - kf * kLn2Lower;
        r *= 0.0625;
        double p = I8 * r + I7;
        p = p * r + I6;
        p = p * r + I5;
        p = p * r + I4;
        p = p * r + I3;
        p = p * r + 0.5;
        p = p * r + 1.0;
        r = r * p;
        for (int i = 0; i < 4; i++) r = r * (2.0 + r);
        r = r + 1.0;
    }

    // Scale by 2**k. The sum is 32-bit, as in the assembly.
    int32_t field = static_cast<int32_t>(static_cast<uint32_t>(k) + 0x3FFu);
    if (field <= 0) {
        if (field < -52) return 0;
        // Subnormal result: first 2**(k+1022) (exact), then 2**-1022 (rounds).
        r *= powerOfTwoField(static_cast<uint32_t>(field + 0x3FE));
        field = 1;
    } else if (field >= 0x7FF) {
        return posInf();
    }
    return r * powerOfTwoField(static_cast<uint32_t>(field));
}

double Exp2(double x) {
    constexpr double kOverflow = 1.0239999999999999e+03;
    constexpr double kUnderflow = -1.0740e+03;
    if (isNaN(x) || x == posInf()) return x;
    if (x == negInf()) return 0;
    if (x > kOverflow) return posInf();
    if (x < kUnderflow) return 0;
    // Nearest integer k (halves away from zero), then 2**x = 2**k * e^(t ln2).
    int64_t k = 0;
    if (x > 0) k = static_cast<int64_t>(x + 0.5);
    else if (x < 0) k = static_cast<int64_t>(x - 0.5);
    double t = x - static_cast<double>(k);
    double hi = t * kLn2Hi;
    double lo = -t * kLn2Lo;
    return scaledExpKernel(hi, lo, k);
}

double Expm1(double x) {
    constexpr double kOverflowAt = 7.09782712893383973096e+02;
    constexpr double k56Ln2 = 3.88162421113569373274e+01;
    constexpr double kThreeHalvesLn2 = 1.03972077083991796413e+00;
    constexpr double kHalfLn2 = 3.46573590279972654709e-01;
    constexpr double kTiny = 0x1p-54;
    // Remez coefficients of the rational approximation on [0, 0.5 ln2].
    constexpr double Q1 = -3.33333333333331316428e-02;
    constexpr double Q2 = 1.58730158725481460165e-03;
    constexpr double Q3 = -7.93650757867487942473e-05;
    constexpr double Q4 = 4.00821782732936239552e-06;
    constexpr double Q5 = -2.01099218183624371326e-07;

    if (x == posInf() || isNaN(x)) return x;
    if (x == negInf()) return -1;

    bool negative = x < 0;
    double ax = negative ? -x : x;
    if (ax >= k56Ln2) {
        if (negative) return -1;  // e^x is below half an ulp of 1
        if (ax >= kOverflowAt) return posInf();
    }

    // Reduce: x = k ln2 + r, with the rounding error of r kept in c.
    double c = 0;
    int64_t k = 0;
    if (ax > kHalfLn2) {
        double hi, lo;
        if (ax < kThreeHalvesLn2) {
            if (negative) {
                hi = x + kLn2Hi;
                lo = -kLn2Lo;
                k = -1;
            } else {
                hi = x - kLn2Hi;
                lo = kLn2Lo;
                k = 1;
            }
        } else {
            k = static_cast<int64_t>(negative ? kInvLn2 * x - 0.5 : kInvLn2 * x + 0.5);
            double kf = static_cast<double>(k);
            hi = x - kf * kLn2Hi;  // exact: kLn2Hi has trailing zero bits
            lo = kf * kLn2Lo;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if (ax < kTiny) {
        return x;
    }

    double halfX = 0.5 * x;
    double hxs = x * halfX;
    double r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    double t = 3 - r1 * halfX;
    double e = hxs * ((r1 - t) / (6.0 - x * t));
    if (k == 0) return x - (x * e - hxs);

    e = (x * (e - c) - c);
    e -= hxs;
    if (k == -1) return 0.5 * (x - e) - 0.5;
    if (k == 1) {
        if (x < -0.25) return -2 * (e - (x + 0.5));
        return 1 + 2 * (x - e);
    }
    // Put k into the exponent field by integer addition.
    auto addToExponent = [k](double y) { return fromBits(bitsOf(y) + (static_cast<uint64_t>(k) << 52)); };
    if (k <= -2 || k > 56) {
        double y = 1 - (e - x);
        return addToExponent(y) - 1;
    }
    if (k < 20) {
        double oneMinus = fromBits(0x3ff0000000000000 - (0x20000000000000 >> k));  // 1 - 2**-k
        double y = oneMinus - (e - x);
        return addToExponent(y);
    }
    double tiny = fromBits(static_cast<uint64_t>(0x3ff - k) << 52);  // 2**-k
    double y = x - (e + tiny);
    y += 1;
    return addToExponent(y);
}

double Log(double x) {
    constexpr double kHalfSqrt2 = 7.07106781186547524401e-01;
    // FreeBSD's Remez coefficients for log((1+s)/(1-s)) = 2s + s*R(s^2).
    constexpr double L1 = 6.666666666666735130e-01;
    constexpr double L2 = 3.999999999940941908e-01;
    constexpr double L3 = 2.857142874366239149e-01;
    constexpr double L4 = 2.222219843214978396e-01;
    constexpr double L5 = 1.818357216161805012e-01;
    constexpr double L6 = 1.531383769920937332e-01;
    constexpr double L7 = 1.479819860511658591e-01;

    uint64_t b = bitsOf(x);
    if ((b & ~kSignBit) == 0) return negInf();
    if (b & kSignBit) return goNaN();  // every negative, -Inf and -NaN too
    if (b >= kPosInfBits) return x;    // +Inf or +NaN, untouched

    // Mantissa forced into [0.5, 1) and raw exponent, without normalising
    // subnormals (as the assembly does).
    double m = fromBits((b & kFracMask) | 0x3FE0000000000000);
    double k = static_cast<double>(static_cast<int32_t>((b >> 52) & 0x7FF) - 0x3FE);
    if (!(kHalfSqrt2 < m)) {
        k -= 1.0;
        m *= 2.0;
    }
    double f = m - 1.0;
    double s = f / (2.0 + f);
    double s2 = s * s;
    double s4 = s2 * s2;
    double odd = s2 * (((L7 * s4 + L5) * s4 + L3) * s4 + L1);
    double even = s4 * ((L6 * s4 + L4) * s4 + L2);
    double R = odd + even;
    double hfsq = 0.5 * f * f;
    return k * kLn2Hi - ((hfsq - (s * (R + hfsq) + k * kLn2Lo)) - f);
}

double Log10(double x) { return Log(x) * kInvLn10; }

double Log2(double x) {
    FracExp fe = Frexp(x);
    // Exact powers of two get an exact answer.
    if (fe.frac == 0.5) return static_cast<double>(fe.exp - 1);
    return Log(fe.frac) * kInvLn2 + static_cast<double>(fe.exp);
}

double Log1p(double x) {
    constexpr double kSqrt2Minus1 = 4.142135623730950488017e-01;
    constexpr double kHalfSqrt2Minus1 = -2.928932188134524755992e-01;
    constexpr double kSmall = 0x1p-29;
    constexpr double kTiny = 0x1p-54;
    constexpr double kTwo53 = 0x1p53;
    constexpr double Lp1 = 6.666666666666735130e-01;
    constexpr double Lp2 = 3.999999999940941908e-01;
    constexpr double Lp3 = 2.857142874366239149e-01;
    constexpr double Lp4 = 2.222219843214978396e-01;
    constexpr double Lp5 = 1.818357216161805012e-01;
    constexpr double Lp6 = 1.531383769920937332e-01;
    constexpr double Lp7 = 1.479819860511658591e-01;

    if (x < -1 || isNaN(x)) return goNaN();
    if (x == -1) return negInf();
    if (x == posInf()) return posInf();

    double ax = absBits(x);
    double f = 0;
    uint64_t mant = 0;  // high mantissa bits of 1+x; 0 flags |f| tiny
    int64_t k = 1;
    if (ax < kSqrt2Minus1) {
        if (ax < kSmall) {
            if (ax < kTiny) return x;
            return x - x * x * 0.5;
        }
        if (x > kHalfSqrt2Minus1) {
            // 1+x within [sqrt(2)/2, sqrt(2)]: use f = x directly.
            k = 0;
            f = x;
            mant = 1;
        }
    }
    double c = 0;  // rounding error of 1+x, relative to it
    if (k != 0) {
        double u;
        if (ax < kTwo53) {
            u = 1.0 + x;
            mant = bitsOf(u);
            k = static_cast<int64_t>((mant >> 52) - 1023);
            c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
            c /= u;
        } else {
            u = x;
            mant = bitsOf(u);
            k = static_cast<int64_t>((mant >> 52) - 1023);
            c = 0;
        }
        mant &= kFracMask;
        if (mant < 0x0006a09e667f3bcd) {  // below the mantissa of sqrt(2)
            u = fromBits(mant | 0x3ff0000000000000);
        } else {
            k++;
            u = fromBits(mant | 0x3fe0000000000000);
            mant = (0x0010000000000000 - mant) >> 2;
        }
        f = u - 1.0;
    }
    double hfsq = 0.5 * f * f;
    double kf = static_cast<double>(k);
    if (mant == 0) {
        if (f == 0) {
            if (k == 0) return 0;
            c += kf * kLn2Lo;
            return kf * kLn2Hi + c;
        }
        double R = hfsq * (1.0 - 0.66666666666666666 * f);
        if (k == 0) return f - R;
        return kf * kLn2Hi - ((R - (kf * kLn2Lo + c)) - f);
    }
    double s = f / (2.0 + f);
    double z = s * s;
    double R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
    if (k == 0) return f - (hfsq - s * (hfsq + R));
    return kf * kLn2Hi - ((hfsq - (s * (hfsq + R) + (kf * kLn2Lo + c))) - f);
}

namespace {

// An integer-valued y with odd integer part (only ever true below 2**53).
bool isOddInteger(double y) {
    IntFrac m = Modf(y);
    if (m.fpart != 0) return false;
    // Go converts with int64(...), whose out-of-range result is even.
    if (!(absBits(m.ipart) < 0x1p63)) return false;
    return (static_cast<int64_t>(m.ipart) & 1) == 1;
}

}  // namespace

double Pow(double x, double y) {
    if (y == 0 || x == 1) return 1;
    if (y == 1) return x;
    if (isNaN(x) || isNaN(y)) return goNaN();
    if (x == 0) {
        if (y < 0) return isOddInteger(y) ? copySign(posInf(), x) : posInf();
        if (y > 0) return isOddInteger(y) ? x : 0;
    } else if (isInf(y)) {
        if (x == -1) return 1;
        if ((absBits(x) < 1) == (y > 0)) return 0;
        return posInf();
    } else if (isInf(x)) {
        if (x < 0) return Pow(1 / x, -y);  // through -0
        if (y < 0) return 0;
        if (y > 0) return posInf();
    } else if (y == 0.5) {
        return Sqrt(x);
    } else if (y == -0.5) {
        return 1 / Sqrt(x);
    }

    IntFrac yparts = Modf(absBits(y));
    double yi = yparts.ipart, yf = yparts.fpart;
    if (yf != 0 && x < 0) return goNaN();
    if (yi >= 0x1p63) {
        // |y| so large that only |x| vs 1 matters.
        if (x == -1) return 1;
        if ((absBits(x) < 1) == (y > 0)) return 0;
        return posInf();
    }

    // x**|y| = x**yf * x**yi; the fractional power by Exp(Log), with yf
    // moved into [-0.5, 0.5]; the integer power by squaring a Frexp'd
    // mantissa while tracking the binary exponent separately.
    double acc = 1.0;
    int64_t accExp = 0;
    if (yf != 0) {
        if (yf > 0.5) {
            yf--;
            yi++;
        }
        acc = Exp(yf * Log(x));
    }
    FracExp xm = Frexp(x);
    double sq = xm.frac;
    int64_t sqExp = xm.exp;
    for (int64_t i = static_cast<int64_t>(yi); i != 0; i >>= 1) {
        if (sqExp < -(1 << 12) || (1 << 12) < sqExp) {
            // Certain overflow or underflow; Ldexp will saturate.
            accExp += sqExp;
            break;
        }
        if (i & 1) {
            acc *= sq;
            accExp += sqExp;
        }
        sq *= sq;
        sqExp <<= 1;
        if (sq < .5) {
            sq += sq;
            sqExp--;
        }
    }
    if (y < 0) {
        acc = 1 / acc;
        accExp = -accExp;
    }
    return Ldexp(acc, accExp);
}

double Sinh(double x) {
    // Cephes: a rational function in x^2 for |x| <= 0.5.
    constexpr double P0 = -0.6307673640497716991184787251e+6;
    constexpr double P1 = -0.8991272022039509355398013511e+5;
    constexpr double P2 = -0.2894211355989563807284660366e+4;
    constexpr double P3 = -0.2630563213397497062819489e+2;
    constexpr double Q0 = -0.6307673640497716991212077277e+6;
    constexpr double Q1 = 0.1521517378790019070696485176e+5;
    constexpr double Q2 = -0.173678953558233699533450911e+3;

    bool negative = false;
    if (x < 0) {
        x = -x;
        negative = true;
    }
    double r;
    if (x > 21) {
        r = Exp(x) * 0.5;  // e^-x is negligible
    } else if (x > 0.5) {
        double ex = Exp(x);
        r = (ex - 1 / ex) * 0.5;
    } else {
        double x2 = x * x;
        r = (((P3 * x2 + P2) * x2 + P1) * x2 + P0) * x;
        r = r / (((x2 + Q2) * x2 + Q1) * x2 + Q0);
    }
    return negative ? -r : r;
}

double Cosh(double x) {
    x = absBits(x);
    if (x > 21) return Exp(x) * 0.5;
    double ex = Exp(x);
    return (ex + 1 / ex) * 0.5;
}

double Tanh(double x) {
    constexpr double kMaxLog = 8.8029691931113054295988e+01;  // ln(2**127)
    // Cephes coefficients for |x| < 0.625.
    constexpr double P0 = -9.64399179425052238628e-1;
    constexpr double P1 = -9.92877231001918586564e1;
    constexpr double P2 = -1.61468768441708447952e3;
    constexpr double Q0 = 1.12811678491632931402e2;
    constexpr double Q1 = 2.23548839060100448583e3;
    constexpr double Q2 = 4.84406305325125486048e3;

    double z = absBits(x);
    if (z > 0.5 * kMaxLog) return x < 0 ? -1 : 1;
    if (z >= 0.625) {
        double s = Exp(2 * z);
        z = 1 - 2 / (s + 1);
        return x < 0 ? -z : z;
    }
    if (x == 0) return x;
    double s = x * x;
    return x + x * s * ((P0 * s + P1) * s + P2) / (((s + Q0) * s + Q1) * s + Q2);
}

double Cbrt(double x) {
    constexpr uint64_t B1 = 715094163;  // bias tweak for the first estimate
    constexpr uint64_t B2 = 696219795;  // the same, after scaling a subnormal by 2**54
    constexpr double C = 5.42857142857142815906e-01;
    constexpr double D = -7.05306122448979611050e-01;
    constexpr double E = 1.41428571428571436819e+00;
    constexpr double F = 1.60714285714285720630e+00;
    constexpr double G = 3.57142857142857150787e-01;
    constexpr double kMinNormal = 0x1p-1022;

    if (x == 0 || isNaN(x) || isInf(x)) return x;
    bool negative = false;
    if (x < 0) {
        x = -x;
        negative = true;
    }
    // About 5 correct bits from dividing the exponent (and mantissa) by 3.
    double t = fromBits(bitsOf(x) / 3 + (B1 << 32));
    if (x < kMinNormal) {
        t = 0x1p54;
        t *= x;
        t = fromBits(bitsOf(t) / 3 + (B2 << 32));
    }
    // A rational correction to about 23 bits.
    double r = t * t / x;
    double s = C + r * t;
    t *= G + F / (s + E + D / s);
    // Round to 22 bits so that t*t is exact, then one Newton-like step.
    t = fromBits((bitsOf(t) & (uint64_t{0xFFFFFFFFC} << 28)) + (uint64_t{1} << 30));
    s = t * t;
    r = x / s;
    double w = t + t;
    r = (r - t) / (w + r);
    t = t + t * r;
    return negative ? -t : t;
}

}  // namespace gos::stdlib::gomath
