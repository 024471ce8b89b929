// Go's constant values (see constant.h for the rules). The file has four
// layers: magnitudes (vectors of 32-bit limbs) and signed big integers;
// exact rationals and 512-bit binary floats with the one rounding routine
// they share with float64/float32 conversion; Values and the operations on
// them, mirroring go/constant; and text (literals in, gc's format out).
#include "types/constant.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace gos::constant {

namespace {

// ============================================================================
// Magnitudes: little-endian vectors of 32-bit limbs without leading zero
// limbs; zero is the empty vector.

using Limb = uint32_t;
using Mag = std::vector<Limb>;

void trim(Mag& a) {
    while (!a.empty() && a.back() == 0) a.pop_back();
}

Mag magFromU64(uint64_t x) {
    Mag m;
    if (x != 0) m.push_back(static_cast<Limb>(x));
    if (x >> 32) m.push_back(static_cast<Limb>(x >> 32));
    return m;
}

// The low 64 bits.
uint64_t magLow64(const Mag& a) {
    uint64_t v = 0;
    if (!a.empty()) v = a[0];
    if (a.size() > 1) v |= uint64_t(a[1]) << 32;
    return v;
}

int64_t magBitLen(const Mag& a) {
    if (a.empty()) return 0;
    return int64_t(a.size() - 1) * 32 + (32 - __builtin_clz(a.back()));
}

bool magTestBit(const Mag& a, int64_t i) {
    if (i < 0 || uint64_t(i) / 32 >= a.size()) return false;
    return (a[size_t(i / 32)] >> (i % 32)) & 1;
}

// Whether any of the bits 0 .. n-1 is set.
bool magLowBitsNonZero(const Mag& a, int64_t n) {
    if (n <= 0) return false;
    size_t full = size_t(std::min<int64_t>(n / 32, int64_t(a.size())));
    for (size_t i = 0; i < full; i++)
        if (a[i] != 0) return true;
    if (full < a.size() && n % 32 != 0 && uint64_t(n / 32) == full) {
        if (a[full] & ((Limb(1) << (n % 32)) - 1)) return true;
    }
    return false;
}

int64_t magTrailingZeros(const Mag& a) {  // a != 0
    size_t i = 0;
    while (a[i] == 0) i++;
    return int64_t(i) * 32 + __builtin_ctz(a[i]);
}

int magCmp(const Mag& a, const Mag& b) {
    if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
    for (size_t i = a.size(); i-- > 0;) {
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

Mag magAdd(const Mag& a, const Mag& b) {
    const Mag& x = a.size() >= b.size() ? a : b;
    const Mag& y = a.size() >= b.size() ? b : a;
    Mag r(x.size() + 1);
    uint64_t carry = 0;
    for (size_t i = 0; i < x.size(); i++) {
        uint64_t s = uint64_t(x[i]) + (i < y.size() ? y[i] : 0) + carry;
        r[i] = static_cast<Limb>(s);
        carry = s >> 32;
    }
    r[x.size()] = static_cast<Limb>(carry);
    trim(r);
    return r;
}

// a - b, for a >= b.
Mag magSub(const Mag& a, const Mag& b) {
    Mag r(a.size());
    int64_t borrow = 0;
    for (size_t i = 0; i < a.size(); i++) {
        int64_t d = int64_t(a[i]) - (i < b.size() ? int64_t(b[i]) : 0) - borrow;
        borrow = d < 0;
        r[i] = static_cast<Limb>(d + (borrow << 32));
    }
    trim(r);
    return r;
}

Mag magMul(const Mag& a, const Mag& b) {
    if (a.empty() || b.empty()) return {};
    Mag r(a.size() + b.size());
    for (size_t i = 0; i < a.size(); i++) {
        uint64_t carry = 0;
        for (size_t j = 0; j < b.size(); j++) {
            uint64_t t = uint64_t(a[i]) * b[j] + r[i + j] + carry;
            r[i + j] = static_cast<Limb>(t);
            carry = t >> 32;
        }
        r[i + b.size()] = static_cast<Limb>(carry);
    }
    trim(r);
    return r;
}

Mag magMulSmall(const Mag& a, Limb m, Limb add) {
    Mag r(a.size() + 1);
    uint64_t carry = add;
    for (size_t i = 0; i < a.size(); i++) {
        uint64_t t = uint64_t(a[i]) * m + carry;
        r[i] = static_cast<Limb>(t);
        carry = t >> 32;
    }
    r[a.size()] = static_cast<Limb>(carry);
    trim(r);
    return r;
}

// a / d, returning the remainder.
Limb magDivSmall(Mag& a, Limb d) {
    uint64_t rem = 0;
    for (size_t i = a.size(); i-- > 0;) {
        uint64_t cur = (rem << 32) | a[i];
        a[i] = static_cast<Limb>(cur / d);
        rem = cur % d;
    }
    trim(a);
    return static_cast<Limb>(rem);
}

Mag magShl(const Mag& a, int64_t s) {
    if (a.empty() || s == 0) return a;
    size_t limbs = size_t(s / 32);
    unsigned bits = unsigned(s % 32);
    Mag r(a.size() + limbs + 1, 0);
    for (size_t i = 0; i < a.size(); i++) {
        uint64_t v = uint64_t(a[i]) << bits;
        r[i + limbs] |= static_cast<Limb>(v);
        r[i + limbs + 1] |= static_cast<Limb>(v >> 32);
    }
    trim(r);
    return r;
}

Mag magShr(const Mag& a, int64_t s) {
    if (s <= 0) return a;
    if (uint64_t(s / 32) >= a.size()) return {};
    size_t limbs = size_t(s / 32);
    unsigned bits = unsigned(s % 32);
    Mag r(a.size() - limbs);
    for (size_t i = 0; i < r.size(); i++) {
        uint64_t v = a[i + limbs];
        if (i + limbs + 1 < a.size()) v |= uint64_t(a[i + limbs + 1]) << 32;
        r[i] = static_cast<Limb>(v >> bits);
    }
    trim(r);
    return r;
}

// Quotient and remainder of u / v (v != 0), Knuth's algorithm D.
void magDivMod(const Mag& u, const Mag& v, Mag* q, Mag* r) {
    if (magCmp(u, v) < 0) {
        if (q) q->clear();
        if (r) *r = u;
        return;
    }
    if (v.size() == 1) {
        Mag quo = u;
        Limb rem = magDivSmall(quo, v[0]);
        if (q) *q = std::move(quo);
        if (r) *r = magFromU64(rem);
        return;
    }
    unsigned s = __builtin_clz(v.back());
    Mag vn = magShl(v, s);
    Mag un = magShl(u, s);
    un.resize(u.size() + 1, 0);  // one limb more than u, possibly zero
    size_t n = vn.size(), m = un.size() - n;
    Mag quo(m, 0);
    const uint64_t base = uint64_t(1) << 32;
    for (size_t j = m; j-- > 0;) {
        uint64_t num = (uint64_t(un[j + n]) << 32) | un[j + n - 1];
        uint64_t qhat = num / vn[n - 1];
        uint64_t rhat = num % vn[n - 1];
        while (qhat >= base || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
            qhat--;
            rhat += vn[n - 1];
            if (rhat >= base) break;
        }
        int64_t k = 0, t = 0;
        for (size_t i = 0; i < n; i++) {
            uint64_t p = qhat * vn[i];
            t = int64_t(un[i + j]) - k - int64_t(p & 0xFFFFFFFFu);
            un[i + j] = static_cast<Limb>(t);
            k = int64_t(p >> 32) - (t >> 32);
        }
        t = int64_t(un[j + n]) - k;
        un[j + n] = static_cast<Limb>(t);
        if (t < 0) {  // qhat was one too large: add v back
            qhat--;
            uint64_t c = 0;
            for (size_t i = 0; i < n; i++) {
                uint64_t sum = uint64_t(un[i + j]) + vn[i] + c;
                un[i + j] = static_cast<Limb>(sum);
                c = sum >> 32;
            }
            un[j + n] = static_cast<Limb>(un[j + n] + c);
        }
        quo[j] = static_cast<Limb>(qhat);
    }
    trim(quo);
    if (q) *q = std::move(quo);
    if (r) {
        un.resize(n);
        trim(un);
        *r = magShr(un, s);
    }
}

Mag magGcd(Mag a, Mag b) {
    while (!b.empty()) {
        Mag r;
        magDivMod(a, b, nullptr, &r);
        a = std::move(b);
        b = std::move(r);
    }
    return a;
}

std::string magToDecimal(Mag a) {
    if (a.empty()) return "0";
    std::vector<Limb> chunks;  // base 10^9, least significant first
    while (!a.empty()) chunks.push_back(magDivSmall(a, 1000000000u));
    std::string s = std::to_string(chunks.back());
    char buf[16];
    for (size_t i = chunks.size() - 1; i-- > 0;) {
        std::snprintf(buf, sizeof buf, "%09u", unsigned(chunks[i]));
        s += buf;
    }
    return s;
}

Mag magPow(Limb base, uint64_t e) {
    Mag r = magFromU64(1), b = magFromU64(base);
    while (e) {
        if (e & 1) r = magMul(r, b);
        e >>= 1;
        if (e) b = magMul(b, b);
    }
    return r;
}

// ============================================================================
// Signed big integers. Zero is never negative.

struct BigInt {
    bool neg = false;
    Mag mag;

    BigInt() = default;
    BigInt(bool n, Mag m) : neg(n), mag(std::move(m)) {
        trim(mag);
        if (mag.empty()) neg = false;
    }
    static BigInt fromI64(int64_t x) {
        uint64_t u = x < 0 ? uint64_t(0) - uint64_t(x) : uint64_t(x);
        return BigInt(x < 0, magFromU64(u));
    }
    static BigInt fromU64(uint64_t x) { return BigInt(false, magFromU64(x)); }

    bool isZero() const { return mag.empty(); }
    int sign() const { return mag.empty() ? 0 : neg ? -1 : 1; }
    bool fitsI64() const {
        if (mag.size() > 2) return false;
        uint64_t u = magLow64(mag);
        return neg ? u <= (uint64_t(1) << 63) : u < (uint64_t(1) << 63);
    }
    // The low 64 bits in two's complement.
    int64_t lowI64() const {
        uint64_t u = magLow64(mag);
        return static_cast<int64_t>(neg ? uint64_t(0) - u : u);
    }
    bool fitsU64() const { return !neg && mag.size() <= 2; }
    bool isOne() const { return !neg && mag.size() == 1 && mag[0] == 1; }
};

BigInt neg(BigInt x) {
    if (!x.isZero()) x.neg = !x.neg;
    return x;
}

int cmp(const BigInt& a, const BigInt& b) {
    if (a.neg != b.neg) return a.neg ? -1 : 1;
    int c = magCmp(a.mag, b.mag);
    return a.neg ? -c : c;
}

BigInt add(const BigInt& a, const BigInt& b) {
    if (a.neg == b.neg) return BigInt(a.neg, magAdd(a.mag, b.mag));
    int c = magCmp(a.mag, b.mag);
    if (c == 0) return BigInt();
    if (c > 0) return BigInt(a.neg, magSub(a.mag, b.mag));
    return BigInt(b.neg, magSub(b.mag, a.mag));
}

BigInt sub(const BigInt& a, const BigInt& b) { return add(a, neg(b)); }

BigInt mul(const BigInt& a, const BigInt& b) { return BigInt(a.neg != b.neg, magMul(a.mag, b.mag)); }

// Truncated division: q = a/b rounded toward zero, r = a - q*b (sign of a).
void quoRem(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
    Mag qm, rm;
    magDivMod(a.mag, b.mag, &qm, &rm);
    if (q) *q = BigInt(a.neg != b.neg, std::move(qm));
    if (r) *r = BigInt(a.neg, std::move(rm));
}

BigInt shl(const BigInt& a, int64_t s) { return BigInt(a.neg, magShl(a.mag, s)); }

// Arithmetic shift: floor(a / 2^s).
BigInt shr(const BigInt& a, int64_t s) {
    if (!a.neg) return BigInt(false, magShr(a.mag, s));
    // -((|a| - 1) >> s) - 1
    Mag m = magSub(a.mag, magFromU64(1));
    m = magShr(m, s);
    return BigInt(true, magAdd(m, magFromU64(1)));
}

// Bitwise operations in infinite two's complement: both operands are
// written in n+1 limbs (enough for a sign limb), combined, and read back.
enum class BitOp { And, Or, Xor, AndNot };

Mag twos(const BigInt& a, size_t n) {
    Mag t = a.mag;
    t.resize(n, 0);
    if (a.neg) {  // ~(|a| - 1)
        for (size_t i = 0; i < n; i++) {
            if (t[i]-- != 0) break;
        }
        for (auto& l : t) l = ~l;
    }
    return t;
}

BigInt fromTwos(Mag t) {
    bool negative = !t.empty() && (t.back() >> 31);
    if (negative) {  // -(~t + 1)
        for (auto& l : t) l = ~l;
        for (size_t i = 0; i < t.size(); i++) {
            if (++t[i] != 0) break;
        }
    }
    return BigInt(negative, std::move(t));
}

BigInt bitOp(const BigInt& a, BitOp op, const BigInt& b) {
    size_t n = std::max(a.mag.size(), b.mag.size()) + 1;
    Mag x = twos(a, n), y = twos(b, n);
    for (size_t i = 0; i < n; i++) {
        switch (op) {
        case BitOp::And: x[i] &= y[i]; break;
        case BitOp::Or: x[i] |= y[i]; break;
        case BitOp::Xor: x[i] ^= y[i]; break;
        case BitOp::AndNot: x[i] &= ~y[i]; break;
        }
    }
    return fromTwos(std::move(x));
}

BigInt bitNot(const BigInt& a) { return sub(neg(a), BigInt::fromI64(1)); }  // ^a == -a - 1

std::string toDecimal(const BigInt& a) {
    std::string s = a.neg ? "-" : "";
    s += magToDecimal(a.mag);
    return s;
}

// ============================================================================
// Exact rationals: num/den in lowest terms, den > 0; zero is 0/1.

struct Rat {
    BigInt num;
    Mag den = magFromU64(1);

    bool isInt() const { return den.size() == 1 && den[0] == 1; }
};

Rat makeRatio(BigInt num, Mag den) {  // den != 0
    Rat r;
    if (num.isZero()) return r;
    Mag g = magGcd(num.mag, den);
    if (!(g.size() == 1 && g[0] == 1)) {
        magDivMod(num.mag, g, &num.mag, nullptr);
        magDivMod(den, g, &den, nullptr);
    }
    r.num = std::move(num);
    r.den = std::move(den);
    return r;
}

Rat ratFromInt(BigInt x) {
    Rat r;
    r.num = std::move(x);
    return r;
}

Rat ratAdd(const Rat& a, const Rat& b) {
    return makeRatio(add(mul(a.num, BigInt(false, b.den)), mul(b.num, BigInt(false, a.den))), magMul(a.den, b.den));
}

Rat ratNeg(Rat a) {
    a.num = neg(std::move(a.num));
    return a;
}

Rat ratMul(const Rat& a, const Rat& b) { return makeRatio(mul(a.num, b.num), magMul(a.den, b.den)); }

Rat ratQuo(const Rat& a, const Rat& b) {  // b != 0
    BigInt num = mul(a.num, BigInt(false, b.den));
    num.neg = a.num.neg != b.num.neg && !num.isZero();
    return makeRatio(std::move(num), magMul(a.den, b.num.mag));
}

int ratCmp(const Rat& a, const Rat& b) {
    return cmp(mul(a.num, BigInt(false, b.den)), mul(b.num, BigInt(false, a.den)));
}

// ============================================================================
// Rounding. Every conversion from an exact value to a binary floating-point
// number goes through roundRatio: the 512-bit floats, float64 and float32.

constexpr int64_t kNoMinLsb = -(int64_t(1) << 62);

struct Rounded {
    Mag m;        // the rounded mantissa (may be 2^prec after rounding up, or 0)
    int64_t lsb;       // the value is m * 2^lsb
    bool inexact;
    int64_t exactTop;  // the exact value is in [2^(exactTop-1), 2^exactTop)
};

// Rounds num/den * 2^scale (num, den > 0) to nearest, ties to even, to a
// number m * 2^lsb with at most `prec` significant bits and lsb >= minLsb
// (the subnormal limit of an IEEE format; kNoMinLsb for none).
Rounded roundRatio(const Mag& num, const Mag& den, int64_t scale, int64_t prec, int64_t minLsb) {
    int64_t s = prec + 3 - (magBitLen(num) - magBitLen(den));
    Mag q;
    bool sticky;
    bool denIsOne = den.size() == 1 && den[0] == 1;
    if (denIsOne) {
        if (s >= 0) {
            q = magShl(num, s);
            sticky = false;
        } else {
            q = magShr(num, -s);
            sticky = magLowBitsNonZero(num, -s);
        }
    } else {
        Mag r;
        if (s >= 0) {
            magDivMod(magShl(num, s), den, &q, &r);
        } else {
            magDivMod(num, magShl(den, -s), &q, &r);
        }
        sticky = !r.empty();
    }
    // q has at least prec+2 bits; the value is (q + sticky fraction) * 2^(scale-s).
    int64_t unit = scale - s;
    int64_t top = magBitLen(q) + unit;
    int64_t lsb = std::max(top - prec, minLsb);
    int64_t drop = lsb - unit;  // >= 2
    Rounded res;
    res.m = magShr(q, drop);
    bool half = magTestBit(q, drop - 1);
    bool rest = sticky || magLowBitsNonZero(q, drop - 1);
    if (half && (rest || (!res.m.empty() && (res.m[0] & 1)))) res.m = magAdd(res.m, magFromU64(1));
    res.lsb = lsb;
    res.inexact = half || rest;
    res.exactTop = top;
    return res;
}

// IEEE binary formats for toFloat64/toFloat32.
struct IEEEFormat {
    int64_t prec;    // significand bits, with the hidden one
    int64_t minLsb;  // exponent of the smallest subnormal
    int64_t maxTop;  // values must be below 2^maxTop
};
constexpr IEEEFormat kFloat64{53, -1074, 1024};
constexpr IEEEFormat kFloat32{24, -149, 128};

// The nearest value of the format to num/den * 2^scale (num > 0), as a
// double (exact for both formats); overflow gives +Inf.
double roundIEEE(const Mag& num, const Mag& den, int64_t scale, const IEEEFormat& f, bool* exact, bool* overflow) {
    Rounded r = roundRatio(num, den, scale, f.prec, f.minLsb);
    *exact = !r.inexact;
    *overflow = false;
    if (r.m.empty()) return 0.0;
    if (magBitLen(r.m) + r.lsb > f.maxTop) {
        *exact = false;
        *overflow = true;
        return std::numeric_limits<double>::infinity();
    }
    return std::ldexp(static_cast<double>(magLow64(r.m)), static_cast<int>(r.lsb));
}

// ============================================================================
// Binary floats: the form of Float values too large or too small for a
// fraction, like math/big.Float with 512 bits of precision and an
// exponent range of int32. The value is ±mant * 2^lsb, mant odd (or empty
// for zero).

constexpr int64_t kFloatPrec = 512;
// big.Float's exponent limits, for the exponent e with x = m * 2^e, 0.5 <= m < 1.
constexpr int64_t kMaxExp = std::numeric_limits<int32_t>::max();
constexpr int64_t kMinExp = std::numeric_limits<int32_t>::min();

struct Flt {
    bool neg = false;
    Mag mant;
    int64_t lsb = 0;

    bool isZero() const { return mant.empty(); }
    // The exponent e with |x| = m * 2^e and 0.5 <= m < 1 (big.Float's MantExp).
    int64_t exp() const { return mant.empty() ? 0 : magBitLen(mant) + lsb; }
};

enum class FltStatus { Ok, Overflow };

Flt normalizeFlt(bool negative, Mag m, int64_t lsb) {
    Flt f;
    if (m.empty()) return f;
    int64_t tz = magTrailingZeros(m);
    f.neg = negative;
    f.mant = magShr(m, tz);
    f.lsb = lsb + tz;
    return f;
}

// Rounds ±num/den * 2^scale to `prec` bits, with big.Float's exponent
// range: underflow (judged before rounding, as big.Float does) gives 0,
// overflow (after rounding) gives status Overflow. With checkRange false,
// exponents are not limited (for intermediate results).
Flt roundFlt(bool negative, const Mag& num, const Mag& den, int64_t scale, FltStatus* status,
             int64_t prec = kFloatPrec, bool checkRange = true) {
    *status = FltStatus::Ok;
    if (num.empty()) return Flt();
    Rounded r = roundRatio(num, den, scale, prec, kNoMinLsb);
    if (checkRange && r.exactTop < kMinExp) return Flt();
    Flt f = normalizeFlt(negative, std::move(r.m), r.lsb);
    if (checkRange && f.exp() > kMaxExp) {
        *status = FltStatus::Overflow;
        return Flt();
    }
    return f;
}

Flt fltFromInt(const BigInt& x, FltStatus* st) { return roundFlt(x.neg, x.mag, magFromU64(1), 0, st); }

Flt fltFromRat(const Rat& x, FltStatus* st) { return roundFlt(x.num.neg, x.num.mag, x.den, 0, st); }

Flt fltNeg(Flt f) {
    if (!f.isZero()) f.neg = !f.neg;
    return f;
}

Flt fltAdd(const Flt& a, const Flt& b, FltStatus* st) {
    *st = FltStatus::Ok;
    if (a.isZero()) return b;
    if (b.isZero()) return a;
    const Flt* big = &a;
    const Flt* small = &b;
    if (b.exp() > a.exp()) std::swap(big, small);
    // An operand far below the other's last bit only matters as a sticky
    // bit: replace it by a tiny value that rounds the same way (see below),
    // so the exact sum stays small.
    int64_t p = std::min(big->exp() - kFloatPrec - 3, big->lsb);
    Flt tiny;
    if (small->exp() <= p) {
        // |small| < 2^p, below every bit of big and at least two bits below
        // the result's last bit: any value in (0, 2^p) with the same sign
        // gives the same rounded sum. Use 2^(p-1).
        tiny.neg = small->neg;
        tiny.mant = magFromU64(1);
        tiny.lsb = p - 1;
        small = &tiny;
    }
    int64_t lsb = std::min(big->lsb, small->lsb);
    BigInt x(big->neg, magShl(big->mant, big->lsb - lsb));
    BigInt y(small->neg, magShl(small->mant, small->lsb - lsb));
    BigInt s = add(x, y);
    if (s.isZero()) return Flt();
    return roundFlt(s.neg, s.mag, magFromU64(1), lsb, st);
}

Flt fltMul(const Flt& a, const Flt& b, FltStatus* st, int64_t prec = kFloatPrec, bool checkRange = true) {
    *st = FltStatus::Ok;
    if (a.isZero() || b.isZero()) return Flt();
    return roundFlt(a.neg != b.neg, magMul(a.mant, b.mant), magFromU64(1), a.lsb + b.lsb, st, prec, checkRange);
}

Flt fltQuo(const Flt& a, const Flt& b, FltStatus* st, int64_t prec = kFloatPrec, bool checkRange = true) {
    *st = FltStatus::Ok;  // b != 0
    if (a.isZero()) return Flt();
    return roundFlt(a.neg != b.neg, a.mant, b.mant, a.lsb - b.lsb, st, prec, checkRange);
}

int fltCmp(const Flt& a, const Flt& b) {
    int sa = a.isZero() ? 0 : a.neg ? -1 : 1;
    int sb = b.isZero() ? 0 : b.neg ? -1 : 1;
    if (sa != sb) return sa < sb ? -1 : 1;
    if (sa == 0) return 0;
    int c;
    if (a.exp() != b.exp()) {
        c = a.exp() < b.exp() ? -1 : 1;
    } else {
        int64_t lsb = std::min(a.lsb, b.lsb);
        c = magCmp(magShl(a.mant, a.lsb - lsb), magShl(b.mant, b.lsb - lsb));
    }
    return sa < 0 ? -c : c;
}

// Whether f is an integer, and that integer.
bool fltIsInt(const Flt& f) { return f.isZero() || f.lsb >= 0; }

BigInt fltToInt(const Flt& f) { return BigInt(f.neg, magShl(f.mant, f.lsb)); }

}  // namespace

// ============================================================================
// Values. The form says which representation a Value uses; Ints that fit in
// int64 and Bools live inline, the rest behind rep_.

namespace detail {

struct Rep {};

enum Form : uint8_t { kUnknown, kBool, kString, kSmall, kBig, kRat, kFloat, kComplex };

struct BigRep : Rep {
    BigInt v;
    explicit BigRep(BigInt x) : v(std::move(x)) {}
};
struct RatRep : Rep {
    Rat v;
    explicit RatRep(Rat x) : v(std::move(x)) {}
};
struct FltRep : Rep {
    Flt v;
    explicit FltRep(Flt x) : v(std::move(x)) {}
};
struct StrRep : Rep {
    std::string s;
    explicit StrRep(std::string x) : s(std::move(x)) {}
};
struct CplxRep : Rep {
    Value re, im;
    CplxRep(Value r, Value i) : re(std::move(r)), im(std::move(i)) {}
};

struct Access {
    static Value make(Kind k, Form f, int64_t small, std::shared_ptr<const Rep> rep) {
        Value v;
        v.kind_ = k;
        v.form_ = f;
        v.small_ = small;
        v.rep_ = std::move(rep);
        return v;
    }
    static Form form(const Value& v) { return static_cast<Form>(v.form_); }
    static int64_t small(const Value& v) { return v.small_; }
    template <class R>
    static const R& rep(const Value& v) {
        return *static_cast<const R*>(v.rep_.get());
    }
};

}  // namespace detail

namespace {

using detail::Access;
using detail::Form;

// Fractions whose numerator or denominator reach this many bits become
// binary floats (go/constant's maxExp); so do literals whose exponent
// reaches it.
constexpr int64_t kMaxRatBits = 4096;

Form formOf(const Value& v) { return Access::form(v); }
int64_t smallOf(const Value& v) { return Access::small(v); }

Value vSmall(int64_t x) { return Access::make(Kind::Int, detail::kSmall, x, nullptr); }

Value vInt(BigInt x) {
    if (x.fitsI64()) return vSmall(x.lowI64());
    return Access::make(Kind::Int, detail::kBig, 0, std::make_shared<detail::BigRep>(std::move(x)));
}

// A Float as a fraction, whatever its size (literals keep their fraction).
Value vRatRaw(Rat r) {
    return Access::make(Kind::Float, detail::kRat, 0, std::make_shared<detail::RatRep>(std::move(r)));
}

Value vFlt(Flt f, FltStatus st) {
    if (st == FltStatus::Overflow) return Value();
    if (f.isZero()) f = Flt();  // -0 is 0
    return Access::make(Kind::Float, detail::kFloat, 0, std::make_shared<detail::FltRep>(std::move(f)));
}

// go/constant's makeRat: a fraction while its parts are reasonably small.
Value vRat(Rat r) {
    if (magBitLen(r.num.mag) < kMaxRatBits && magBitLen(r.den) < kMaxRatBits) return vRatRaw(std::move(r));
    FltStatus st;
    Flt f = fltFromRat(r, &st);
    return vFlt(std::move(f), st);
}

Value vComplex(Value re, Value im) {
    auto rep = std::make_shared<detail::CplxRep>(std::move(re), std::move(im));
    return Access::make(Kind::Complex, detail::kComplex, 0, std::move(rep));
}

BigInt bigOf(const Value& v) {  // an Int
    if (formOf(v) == detail::kSmall) return BigInt::fromI64(smallOf(v));
    return Access::rep<detail::BigRep>(v).v;
}

Rat ratOf(const Value& v) {  // an Int or a fraction
    if (formOf(v) == detail::kRat) return Access::rep<detail::RatRep>(v).v;
    return ratFromInt(bigOf(v));
}

Flt fltOf(const Value& v) {  // an Int or Float (as go/constant's i64tof/itof/rtof)
    FltStatus st;
    switch (formOf(v)) {
    case detail::kFloat: return Access::rep<detail::FltRep>(v).v;
    case detail::kRat: return fltFromRat(Access::rep<detail::RatRep>(v).v, &st);
    default: return fltFromInt(bigOf(v), &st);
    }
}

const Value& cplxRe(const Value& v) { return Access::rep<detail::CplxRep>(v).re; }
const Value& cplxIm(const Value& v) { return Access::rep<detail::CplxRep>(v).im; }

bool isIntOrFloat(const Value& v) { return v.kind() == Kind::Int || v.kind() == Kind::Float; }

void setErr(OpError* err, OpError e) {
    if (err) *err = e;
}

int cmpResult(int c, Op op, bool* ok) {
    *ok = true;
    switch (op) {
    case Op::Eql: return c == 0;
    case Op::Neq: return c != 0;
    case Op::Lss: return c < 0;
    case Op::Leq: return c <= 0;
    case Op::Gtr: return c > 0;
    case Op::Geq: return c >= 0;
    default: *ok = false; return 0;
    }
}

// Compares two Ints or Floats exactly (after go/constant's matching: a
// fraction compared with a binary float is rounded to 512 bits first).
int numCmp(const Value& x, const Value& y) {
    Form fx = formOf(x), fy = formOf(y);
    if (fx == detail::kSmall && fy == detail::kSmall) {
        int64_t a = smallOf(x), b = smallOf(y);
        return a < b ? -1 : a > b ? 1 : 0;
    }
    if (x.kind() == Kind::Int && y.kind() == Kind::Int) return cmp(bigOf(x), bigOf(y));
    if (fx == detail::kFloat || fy == detail::kFloat) return fltCmp(fltOf(x), fltOf(y));
    return ratCmp(ratOf(x), ratOf(y));
}

Value intOp(const Value& x, Op op, const Value& y, OpError* err) {
    if (formOf(x) == detail::kSmall && formOf(y) == detail::kSmall) {
        int64_t a = smallOf(x), b = smallOf(y), c;
        switch (op) {
        case Op::Add:
            if (!__builtin_add_overflow(a, b, &c)) return vSmall(c);
            break;
        case Op::Sub:
            if (!__builtin_sub_overflow(a, b, &c)) return vSmall(c);
            break;
        case Op::Mul:
            if (!__builtin_mul_overflow(a, b, &c)) return vSmall(c);
            break;
        case Op::Quo: break;
        case Op::IntQuo:
            // Go 1.19's go/constant divides int64s with Go's `/`, where
            // MinInt64 / -1 wraps around to MinInt64; gc inherits that.
            if (b == -1) return vSmall(static_cast<int64_t>(uint64_t(0) - uint64_t(a)));
            return vSmall(a / b);
        case Op::Rem:
            if (b == -1) return vSmall(0);
            return vSmall(a % b);
        case Op::And: return vSmall(a & b);
        case Op::Or: return vSmall(a | b);
        case Op::Xor: return vSmall(a ^ b);
        case Op::AndNot: return vSmall(a & ~b);
        default: setErr(err, OpError::Invalid); return Value();
        }
    }
    BigInt a = bigOf(x), b = bigOf(y), q, r;
    switch (op) {
    case Op::Add: return vInt(add(a, b));
    case Op::Sub: return vInt(sub(a, b));
    case Op::Mul: return vInt(mul(a, b));
    case Op::Quo: {
        bool negative = a.neg != b.neg;
        a.neg = negative && !a.isZero();
        return vRat(makeRatio(std::move(a), std::move(b.mag)));
    }
    case Op::IntQuo: quoRem(a, b, &q, nullptr); return vInt(std::move(q));
    case Op::Rem: quoRem(a, b, nullptr, &r); return vInt(std::move(r));
    case Op::And: return vInt(bitOp(a, BitOp::And, b));
    case Op::Or: return vInt(bitOp(a, BitOp::Or, b));
    case Op::Xor: return vInt(bitOp(a, BitOp::Xor, b));
    case Op::AndNot: return vInt(bitOp(a, BitOp::AndNot, b));
    default: setErr(err, OpError::Invalid); return Value();
    }
}

Value floatOp(const Value& x, Op op, const Value& y, OpError* err) {
    if (op != Op::Add && op != Op::Sub && op != Op::Mul && op != Op::Quo) {
        setErr(err, OpError::Invalid);
        return Value();
    }
    if (formOf(x) == detail::kFloat || formOf(y) == detail::kFloat) {
        Flt a = fltOf(x), b = fltOf(y), c;
        FltStatus st;
        switch (op) {
        case Op::Add: c = fltAdd(a, b, &st); break;
        case Op::Sub: c = fltAdd(a, fltNeg(b), &st); break;
        case Op::Mul: c = fltMul(a, b, &st); break;
        default: c = fltQuo(a, b, &st); break;
        }
        return vFlt(std::move(c), st);
    }
    Rat a = ratOf(x), b = ratOf(y);
    switch (op) {
    case Op::Add: return vRat(ratAdd(a, b));
    case Op::Sub: return vRat(ratAdd(a, ratNeg(b)));
    case Op::Mul: return vRat(ratMul(a, b));
    default: return vRat(ratQuo(a, b));
    }
}

}  // namespace

// ---- Making values ----------------------------------------------------------

Value makeUnknown() { return Value(); }

Value makeBool(bool b) { return Access::make(Kind::Bool, detail::kBool, b ? 1 : 0, nullptr); }

Value makeString(std::string s) {
    return Access::make(Kind::String, detail::kString, 0, std::make_shared<detail::StrRep>(std::move(s)));
}

Value makeInt64(int64_t x) { return vSmall(x); }

Value makeUint64(uint64_t x) { return vInt(BigInt::fromU64(x)); }

Value makeFloat64(double x) {
    if (!std::isfinite(x)) return Value();
    Rat r;
    if (x != 0) {
        int e;
        double m = std::frexp(std::fabs(x), &e);  // |x| = m * 2^e, 0.5 <= m < 1
        uint64_t mant = static_cast<uint64_t>(std::ldexp(m, 53));
        int64_t lsb = int64_t(e) - 53;
        int tz = __builtin_ctzll(mant);
        mant >>= tz;
        lsb += tz;
        r.num = BigInt(x < 0, magShl(magFromU64(mant), std::max<int64_t>(lsb, 0)));
        r.den = magShl(magFromU64(1), std::max<int64_t>(-lsb, 0));
    }
    return vRatRaw(std::move(r));
}

Value makeImag(const Value& x) {
    if (!isIntOrFloat(x)) return Value();
    return vComplex(vSmall(0), x);
}

Value makeComplex(const Value& re, const Value& im) {
    if (!isIntOrFloat(re) || !isIntOrFloat(im)) return Value();
    return vComplex(re, im);
}

// ---- Reading values ---------------------------------------------------------

bool boolVal(const Value& x) { return x.kind() == Kind::Bool && smallOf(x) != 0; }

const std::string& stringVal(const Value& x) {
    static const std::string empty;
    if (x.kind() != Kind::String) return empty;
    return Access::rep<detail::StrRep>(x).s;
}

int64_t int64Val(const Value& x, bool* exact) {
    bool ok = false;
    int64_t v = 0;
    if (formOf(x) == detail::kSmall) {
        ok = true;
        v = smallOf(x);
    } else if (formOf(x) == detail::kBig) {
        v = Access::rep<detail::BigRep>(x).v.lowI64();
    }
    if (exact) *exact = ok;
    return v;
}

uint64_t uint64Val(const Value& x, bool* exact) {
    bool ok = false;
    uint64_t v = 0;
    if (formOf(x) == detail::kSmall) {
        v = static_cast<uint64_t>(smallOf(x));
        ok = smallOf(x) >= 0;
    } else if (formOf(x) == detail::kBig) {
        const BigInt& b = Access::rep<detail::BigRep>(x).v;
        v = magLow64(b.mag);  // of |x|, as big.Int's Uint64
        ok = b.fitsU64();
    }
    if (exact) *exact = ok;
    return v;
}

namespace {

// go/constant's Float64Val and Float32Val.
double toIEEE(const Value& x, const IEEEFormat& fmt, bool* exactOut, bool* overflowOut) {
    bool exact = false, overflow = false;
    double d = 0;
    bool negative = false;
    switch (formOf(x)) {
    case detail::kSmall: {
        int64_t a = smallOf(x);
        if (fmt.prec == kFloat32.prec) {
            float f = static_cast<float>(a);  // correctly rounded
            d = f;
        } else {
            d = static_cast<double>(a);  // correctly rounded
        }
        exact = d >= -0x1p63 && d < 0x1p63 && static_cast<int64_t>(d) == a;
        break;
    }
    case detail::kBig: {
        // Through a 512-bit big.Float, as go/constant does; exactness is
        // that of the last rounding only (as there).
        const BigInt& b = Access::rep<detail::BigRep>(x).v;
        negative = b.neg;
        if (magBitLen(b.mag) > kFloatPrec) {
            Rounded r = roundRatio(b.mag, magFromU64(1), 0, kFloatPrec, kNoMinLsb);
            d = roundIEEE(r.m, magFromU64(1), r.lsb, fmt, &exact, &overflow);
        } else {
            d = roundIEEE(b.mag, magFromU64(1), 0, fmt, &exact, &overflow);
        }
        break;
    }
    case detail::kRat: {
        const Rat& r = Access::rep<detail::RatRep>(x).v;
        negative = r.num.neg;
        if (r.num.isZero()) {
            exact = true;
        } else {
            d = roundIEEE(r.num.mag, r.den, 0, fmt, &exact, &overflow);
        }
        break;
    }
    case detail::kFloat: {
        const Flt& f = Access::rep<detail::FltRep>(x).v;
        negative = f.neg;
        if (f.isZero()) {
            exact = true;
        } else if (f.exp() == kMinExp) {
            // big.Float's Float64/Float32 compute the exponent minus one in
            // int32, which wraps around at the smallest exponent: Go 1.19
            // rounds these values (about 2^-2147483649) to infinity.
            d = std::numeric_limits<double>::infinity();
            overflow = true;
        } else {
            d = roundIEEE(f.mant, magFromU64(1), f.lsb, fmt, &exact, &overflow);
        }
        break;
    }
    default: break;
    }
    if (negative) d = -d;
    if (exactOut) *exactOut = exact;
    if (overflowOut) *overflowOut = overflow;
    return d;
}

}  // namespace

double toFloat64(const Value& x, bool* exact, bool* overflow) { return toIEEE(x, kFloat64, exact, overflow); }

float toFloat32(const Value& x, bool* exact, bool* overflow) {
    return static_cast<float>(toIEEE(x, kFloat32, exact, overflow));
}

int sign(const Value& x) {
    switch (formOf(x)) {
    case detail::kUnknown: return 1;
    case detail::kSmall: return smallOf(x) < 0 ? -1 : smallOf(x) > 0 ? 1 : 0;
    case detail::kBig: return Access::rep<detail::BigRep>(x).v.sign();
    case detail::kRat: return Access::rep<detail::RatRep>(x).v.num.sign();
    case detail::kFloat: {
        const Flt& f = Access::rep<detail::FltRep>(x).v;
        return f.isZero() ? 0 : f.neg ? -1 : 1;
    }
    case detail::kComplex: return sign(cplxRe(x)) | sign(cplxIm(x));
    default: return 0;
    }
}

int64_t bitLen(const Value& x) {
    if (formOf(x) == detail::kSmall) {
        int64_t a = smallOf(x);
        uint64_t u = a < 0 ? uint64_t(0) - uint64_t(a) : uint64_t(a);
        return u == 0 ? 0 : 64 - __builtin_clzll(u);
    }
    if (formOf(x) == detail::kBig) return magBitLen(Access::rep<detail::BigRep>(x).v.mag);
    return 0;
}

Value real(const Value& x) {
    if (x.kind() == Kind::Complex) return cplxRe(x);
    return isIntOrFloat(x) ? x : Value();
}

Value imag(const Value& x) {
    if (x.kind() == Kind::Complex) return cplxIm(x);
    return isIntOrFloat(x) ? vSmall(0) : Value();
}

// ---- Conversions between kinds -------------------------------------------------

Value toInt(const Value& x) {
    switch (formOf(x)) {
    case detail::kSmall:
    case detail::kBig: return x;
    case detail::kRat: {
        const Rat& r = Access::rep<detail::RatRep>(x).v;
        if (r.isInt()) return vInt(r.num);
        return Value();
    }
    case detail::kFloat: {
        const Flt& f = Access::rep<detail::FltRep>(x).v;
        // Only for values that could be fractions (no huge integers).
        if (!(f.exp() > -kMaxRatBits && f.exp() < kMaxRatBits)) return Value();
        if (fltIsInt(f)) return vInt(fltToInt(f));
        // A value an integer by rounding a little down or up (to 4 bits
        // less) is taken as that integer: the difference is assumed to be
        // rounding noise of earlier operations (as in go/constant).
        constexpr int64_t prec = kFloatPrec - 4;
        int64_t bl = magBitLen(f.mant);
        if (bl <= prec) return Value();  // no rounding at that precision: not an integer
        int64_t drop = bl - prec;
        Mag down = magShr(f.mant, drop);
        for (int away = 0; away < 2; away++) {
            Mag m = away ? magAdd(down, magFromU64(1)) : down;  // the dropped bits are nonzero (odd mantissa)
            Flt g = normalizeFlt(f.neg, std::move(m), f.lsb + drop);
            if (fltIsInt(g)) return vInt(fltToInt(g));
        }
        return Value();
    }
    case detail::kComplex: {
        Value re = toFloat(x);
        if (re.kind() == Kind::Float) return toInt(re);
        return Value();
    }
    default: return Value();
    }
}

Value toFloat(const Value& x) {
    switch (formOf(x)) {
    case detail::kSmall: return vRatRaw(ratFromInt(bigOf(x)));
    case detail::kBig: {
        const BigInt& b = Access::rep<detail::BigRep>(x).v;
        if (magBitLen(b.mag) < kMaxRatBits) return vRatRaw(ratFromInt(b));
        FltStatus st;
        Flt f = fltFromInt(b, &st);
        return vFlt(std::move(f), st);
    }
    case detail::kRat:
    case detail::kFloat: return x;
    case detail::kComplex:
        if (sign(cplxIm(x)) == 0) return toFloat(cplxRe(x));
        return Value();
    default: return Value();
    }
}

Value toComplex(const Value& x) {
    if (x.kind() == Kind::Complex) return x;
    if (isIntOrFloat(x)) return vComplex(x, vSmall(0));
    return Value();
}

// ---- Operations ---------------------------------------------------------------

Value unaryOp(Op op, const Value& x, unsigned prec) {
    if (x.isUnknown()) return x;
    switch (op) {
    case Op::Add:
        if (x.isNumeric()) return x;
        break;
    case Op::Sub:
        switch (formOf(x)) {
        case detail::kSmall:
            if (smallOf(x) != std::numeric_limits<int64_t>::min()) return vSmall(-smallOf(x));
            return vInt(neg(bigOf(x)));
        case detail::kBig: return vInt(neg(bigOf(x)));
        case detail::kRat: return vRat(ratNeg(ratOf(x)));
        case detail::kFloat: return vFlt(fltNeg(fltOf(x)), FltStatus::Ok);
        case detail::kComplex: {
            Value re = unaryOp(Op::Sub, cplxRe(x), 0), im = unaryOp(Op::Sub, cplxIm(x), 0);
            if (re.isUnknown() || im.isUnknown()) return Value();
            return vComplex(std::move(re), std::move(im));
        }
        default: break;
        }
        break;
    case Op::Xor: {
        if (x.kind() != Kind::Int) break;
        if (formOf(x) == detail::kSmall) {
            int64_t r = ~smallOf(x);
            if (prec == 0 || (prec >= 64 && r >= 0)) return vSmall(r);
            if (prec < 64) return vSmall(r & static_cast<int64_t>((uint64_t(1) << prec) - 1));
        }
        BigInt r = bitNot(bigOf(x));
        if (prec > 0) {  // r &^= -1 << prec, i.e. keep the low prec bits
            BigInt mask = sub(shl(BigInt::fromI64(1), prec), BigInt::fromI64(1));
            r = bitOp(r, BitOp::And, mask);
        }
        return vInt(std::move(r));
    }
    case Op::Not:
        if (x.kind() == Kind::Bool) return makeBool(!boolVal(x));
        break;
    default: break;
    }
    return Value();
}

Value binaryOp(const Value& x, Op op, const Value& y, OpError* err) {
    setErr(err, OpError::None);
    // types2 checks the divisor before anything else, Unknown dividends too.
    if ((op == Op::Quo || op == Op::IntQuo || op == Op::Rem) && y.isNumeric()) {
        bool zero = sign(y) == 0;
        if (!zero && op == Op::Quo && (x.kind() == Kind::Complex || y.kind() == Kind::Complex)) {
            // A complex divisor whose parts' squares both underflow to 0
            // (1e-600000000i) would divide by zero (Go issue 20227).
            Value re = real(y), im = imag(y);
            zero = sign(binaryOp(re, Op::Mul, re)) == 0 && sign(binaryOp(im, Op::Mul, im)) == 0;
        }
        if (zero) {
            setErr(err, OpError::DivisionByZero);
            return Value();
        }
    }
    if (x.isUnknown() || y.isUnknown()) return Value();
    if (x.kind() == Kind::Bool && y.kind() == Kind::Bool) {
        if (op == Op::LAnd) return makeBool(boolVal(x) && boolVal(y));
        if (op == Op::LOr) return makeBool(boolVal(x) || boolVal(y));
    } else if (x.kind() == Kind::String && y.kind() == Kind::String) {
        if (op == Op::Add) return makeString(stringVal(x) + stringVal(y));
    } else if (x.isNumeric() && y.isNumeric()) {
        if (x.kind() == Kind::Complex || y.kind() == Kind::Complex) {
            Value cx = toComplex(x), cy = toComplex(y);
            const Value &a = cplxRe(cx), &b = cplxIm(cx), &c = cplxRe(cy), &d = cplxIm(cy);
            Value re, im;
            switch (op) {
            case Op::Add:
                re = binaryOp(a, Op::Add, c);
                im = binaryOp(b, Op::Add, d);
                break;
            case Op::Sub:
                re = binaryOp(a, Op::Sub, c);
                im = binaryOp(b, Op::Sub, d);
                break;
            case Op::Mul:  // (ac - bd) + i(bc + ad)
                re = binaryOp(binaryOp(a, Op::Mul, c), Op::Sub, binaryOp(b, Op::Mul, d));
                im = binaryOp(binaryOp(b, Op::Mul, c), Op::Add, binaryOp(a, Op::Mul, d));
                break;
            case Op::Quo: {  // (ac + bd)/s + i(bc - ad)/s, s = cc + dd
                Value s = binaryOp(binaryOp(c, Op::Mul, c), Op::Add, binaryOp(d, Op::Mul, d));
                if (sign(s) == 0) {
                    setErr(err, OpError::DivisionByZero);
                    return Value();
                }
                re = binaryOp(binaryOp(binaryOp(a, Op::Mul, c), Op::Add, binaryOp(b, Op::Mul, d)), Op::Quo, s);
                im = binaryOp(binaryOp(binaryOp(b, Op::Mul, c), Op::Sub, binaryOp(a, Op::Mul, d)), Op::Quo, s);
                break;
            }
            default: setErr(err, OpError::Invalid); return Value();
            }
            if (re.isUnknown() || im.isUnknown()) return Value();
            return vComplex(std::move(re), std::move(im));
        }
        if (x.kind() == Kind::Int && y.kind() == Kind::Int) return intOp(x, op, y, err);
        return floatOp(x, op, y, err);
    }
    setErr(err, OpError::Invalid);
    return Value();
}

Value shift(const Value& x, Op op, uint64_t s) {
    if (x.isUnknown()) return x;
    if (x.kind() != Kind::Int || (op != Op::Shl && op != Op::Shr)) return Value();
    if (s == 0) return x;
    if (op == Op::Shr) {
        if (formOf(x) == detail::kSmall) {
            int64_t a = smallOf(x);
            return vSmall(s >= 64 ? (a < 0 ? -1 : 0) : a >> s);
        }
        return vInt(shr(bigOf(x), static_cast<int64_t>(std::min<uint64_t>(s, uint64_t(1) << 40))));
    }
    if (s > (uint64_t(1) << 24)) return Value();
    if (formOf(x) == detail::kSmall && s < 63) {
        int64_t a = smallOf(x), limit = int64_t(1) << (63 - s);
        if (a >= -limit && a < limit) return vSmall(static_cast<int64_t>(uint64_t(a) << s));
    }
    return vInt(shl(bigOf(x), static_cast<int64_t>(s)));
}

bool compare(const Value& x, Op op, const Value& y) {
    bool ok;
    if (x.isUnknown() || y.isUnknown()) return false;
    if (x.kind() == Kind::Bool && y.kind() == Kind::Bool) {
        if (op == Op::Eql) return boolVal(x) == boolVal(y);
        if (op == Op::Neq) return boolVal(x) != boolVal(y);
        return false;
    }
    if (x.kind() == Kind::String && y.kind() == Kind::String) {
        int c = stringVal(x).compare(stringVal(y));
        return cmpResult(c, op, &ok);
    }
    if (x.isNumeric() && y.isNumeric()) {
        if (x.kind() == Kind::Complex || y.kind() == Kind::Complex) {
            if (op != Op::Eql && op != Op::Neq) return false;
            Value cx = toComplex(x), cy = toComplex(y);
            bool eq = numCmp(cplxRe(cx), cplxRe(cy)) == 0 && numCmp(cplxIm(cx), cplxIm(cy)) == 0;
            return op == Op::Eql ? eq : !eq;
        }
        return cmpResult(numCmp(x, y), op, &ok);
    }
    return false;
}

// ---- Representability ---------------------------------------------------------

namespace {

// types2's roundFloat32/roundFloat64: the value rounded to the format as
// a Float, or Unknown if it overflows.
Value roundFloat(const Value& x, const IEEEFormat& fmt) {
    bool overflow;
    double d = toIEEE(x, fmt, nullptr, &overflow);
    if (overflow) return Value();
    return makeFloat64(d);
}

}  // namespace

bool representable(const Value& x, BasicKind target, Value* rounded) {
    if (x.isUnknown()) return true;
    switch (target) {
    case BasicKind::Int:
    case BasicKind::Int8:
    case BasicKind::Int16:
    case BasicKind::Int32:
    case BasicKind::Int64:
    case BasicKind::Uint:
    case BasicKind::Uint8:
    case BasicKind::Uint16:
    case BasicKind::Uint32:
    case BasicKind::Uint64:
    case BasicKind::Uintptr:
    case BasicKind::UntypedInt:
    case BasicKind::UntypedRune: {
        Value i = toInt(x);
        if (i.kind() != Kind::Int) return false;
        if (rounded) *rounded = i;
        if (target == BasicKind::UntypedInt || target == BasicKind::UntypedRune) return true;
        bool exact;
        int64_t v = int64Val(i, &exact);
        if (!exact) {  // beyond int64: only the 64-bit unsigned types may hold it
            bool isU64 = target == BasicKind::Uint || target == BasicKind::Uint64 || target == BasicKind::Uintptr;
            return isU64 && sign(i) >= 0 && bitLen(i) <= 64;
        }
        switch (target) {
        case BasicKind::Int8: return v >= -128 && v <= 127;
        case BasicKind::Int16: return v >= -32768 && v <= 32767;
        case BasicKind::Int32: return v >= INT32_MIN && v <= INT32_MAX;
        case BasicKind::Int:
        case BasicKind::Int64: return true;
        case BasicKind::Uint8: return v >= 0 && v <= 255;
        case BasicKind::Uint16: return v >= 0 && v <= 65535;
        case BasicKind::Uint32: return v >= 0 && v <= int64_t(UINT32_MAX);
        default: return v >= 0;  // Uint, Uint64, Uintptr
        }
    }
    case BasicKind::Float32:
    case BasicKind::Float64:
    case BasicKind::UntypedFloat: {
        Value f = toFloat(x);
        if (f.kind() != Kind::Float) return false;
        if (target == BasicKind::UntypedFloat) return true;
        Value r = roundFloat(f, target == BasicKind::Float32 ? kFloat32 : kFloat64);
        if (r.isUnknown()) return false;
        if (rounded) *rounded = std::move(r);
        return true;
    }
    case BasicKind::Complex64:
    case BasicKind::Complex128:
    case BasicKind::UntypedComplex: {
        Value c = toComplex(x);
        if (c.kind() != Kind::Complex) return false;
        if (target == BasicKind::UntypedComplex) return true;
        const IEEEFormat& fmt = target == BasicKind::Complex64 ? kFloat32 : kFloat64;
        Value re = roundFloat(cplxRe(c), fmt), im = roundFloat(cplxIm(c), fmt);
        if (re.isUnknown() || im.isUnknown()) return false;
        if (rounded) *rounded = vComplex(std::move(re), std::move(im));
        return true;
    }
    case BasicKind::String:
    case BasicKind::UntypedString: return x.kind() == Kind::String;
    case BasicKind::Bool:
    case BasicKind::UntypedBool: return x.kind() == Kind::Bool;
    }
    return false;
}

// ============================================================================
// Text: literals in, gc's format out.

namespace {

// ---- UTF-8, as Go's unicode/utf8 decodes and encodes it ----

constexpr uint32_t kRuneError = 0xFFFD;

// Decodes the rune at s[i]; an invalid or truncated encoding (overlong
// forms and surrogates included) gives (kRuneError, 1).
size_t decodeRune(std::string_view s, size_t i, uint32_t* r) {
    auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
    size_t n = s.size() - i;
    unsigned c0 = b(0);
    *r = kRuneError;
    if (c0 < 0x80) {
        *r = c0;
        return 1;
    }
    auto cont = [&](size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) { return k < n && b(k) >= lo && b(k) <= hi; };
    if (c0 >= 0xC2 && c0 <= 0xDF) {
        if (!cont(1)) return 1;
        *r = ((c0 & 0x1F) << 6) | (b(1) & 0x3F);
        return 2;
    }
    if (c0 >= 0xE0 && c0 <= 0xEF) {
        unsigned lo = c0 == 0xE0 ? 0xA0 : 0x80, hi = c0 == 0xED ? 0x9F : 0xBF;
        if (!cont(1, lo, hi) || !cont(2)) return 1;
        *r = ((c0 & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
        return 3;
    }
    if (c0 >= 0xF0 && c0 <= 0xF4) {
        unsigned lo = c0 == 0xF0 ? 0x90 : 0x80, hi = c0 == 0xF4 ? 0x8F : 0xBF;
        if (!cont(1, lo, hi) || !cont(2) || !cont(3)) return 1;
        *r = ((c0 & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
        return 4;
    }
    return 1;
}

// Appends r in UTF-8; a surrogate or a value beyond U+10FFFF becomes U+FFFD.
void encodeRune(std::string& out, uint32_t r) {
    if ((r >= 0xD800 && r <= 0xDFFF) || r > 0x10FFFF) r = kRuneError;
    if (r < 0x80) {
        out += static_cast<char>(r);
    } else if (r < 0x800) {
        out += static_cast<char>(0xC0 | (r >> 6));
        out += static_cast<char>(0x80 | (r & 0x3F));
    } else if (r < 0x10000) {
        out += static_cast<char>(0xE0 | (r >> 12));
        out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (r & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (r >> 18));
        out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (r & 0x3F));
    }
}

// ---- Literals ----

int digitVal(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return 99;
}

std::string withoutUnderscores(std::string_view t) {
    std::string s;
    s.reserve(t.size());
    for (char c : t)
        if (c != '_') s += c;
    return s;
}

// The magnitude of a string of digits in base 2, 8, 10 or 16, ignoring
// underscores; false if another character is not such a digit.
bool parseDigits(std::string_view digits, unsigned base, Mag* out) {
    Mag m;
    uint64_t chunk = 0, scale = 1;
    for (char c : digits) {
        if (c == '_') continue;
        unsigned d = static_cast<unsigned>(digitVal(c));
        if (d >= base) return false;
        chunk = chunk * base + d;
        scale *= base;
        if (scale * base > 0xFFFFFFFFu) {
            m = magMulSmall(m, static_cast<Limb>(scale), static_cast<Limb>(chunk));
            chunk = 0;
            scale = 1;
        }
    }
    if (scale > 1) m = magMulSmall(m, static_cast<Limb>(scale), static_cast<Limb>(chunk));
    *out = std::move(m);
    return true;
}

Value parseIntLit(std::string_view text) {
    unsigned base = 10;
    std::string_view digits = text;  // with underscores, which the parsers skip
    if (text.size() >= 2 && text[0] == '0') {
        char p = static_cast<char>(text[1] | 0x20);
        if (p == 'x' || p == 'b' || p == 'o') {
            base = p == 'x' ? 16 : p == 'b' ? 2 : 8;
            digits.remove_prefix(2);
        } else {
            base = 8;  // legacy octal: 0755
            digits.remove_prefix(1);
        }
    }
    if (digits.find_first_not_of('_') == std::string_view::npos) return Value();
    uint64_t small = 0;  // the common case, without allocation
    bool fits = true;
    for (char c : digits) {
        if (c == '_') continue;
        unsigned d = static_cast<unsigned>(digitVal(c));
        if (d >= base) return Value();
        if (__builtin_mul_overflow(small, base, &small) || __builtin_add_overflow(small, d, &small)) {
            fits = false;
            break;
        }
    }
    if (fits && small <= uint64_t(INT64_MAX)) return vSmall(static_cast<int64_t>(small));
    Mag m;
    if (!parseDigits(digits, base, &m)) return Value();
    return vInt(BigInt(false, std::move(m)));
}

// A literal's exponent: false if it does not fit in int64 (big.Float's
// parser then fails, and go/constant calls the literal malformed).
bool parseExponent(std::string_view s, int64_t* out) {
    bool negative = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    if (s.empty()) return false;
    uint64_t e = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        if (e > (uint64_t(INT64_MAX) - 9) / 10) return false;
        e = e * 10 + uint64_t(c - '0');
    }
    *out = negative ? -int64_t(e) : int64_t(e);
    return true;
}

// A binary float that may be infinite, for the steps of big.Float's parser.
struct InfFlt {
    Flt f;
    bool inf = false;
};

InfFlt infMul(const InfFlt& a, const InfFlt& b, int64_t prec) {
    if (a.inf || b.inf) return {Flt(), true};
    FltStatus st;
    Flt f = fltMul(a.f, b.f, &st, prec);
    return {f, st == FltStatus::Overflow};
}

// 5^n as big.Float's pow5 computes it for its parser: by repeated squaring
// in 576 bits (the squares in 640), overflowing to infinity.
InfFlt goPow5(uint64_t n) {
    constexpr uint64_t m = 27;  // 5^27 is the largest power of 5 in a uint64
    uint64_t p5 = 1;
    for (uint64_t i = 0; i < std::min(n, m); i++) p5 *= 5;
    InfFlt z{normalizeFlt(false, magFromU64(p5), 0)};
    if (n <= m) return z;
    n -= m;
    InfFlt f{normalizeFlt(false, magFromU64(5), 0)};
    for (; n > 0; n >>= 1) {
        if (n & 1) z = infMul(z, f, kFloatPrec + 64);
        f = infMul(f, f, kFloatPrec + 128);
    }
    return z;
}

// The value of a float literal m * base^e (base 10 or 2) as go/constant's
// makeFloatFromLiteral makes it: big.Float parses the literal to 512 bits
// (failing if the binary exponent before rounding is beyond int32, and
// computing powers of 10 as 2^e * 5^e, the latter approximately); if that
// value's exponent is within ±4096 the literal is parsed again as an exact
// fraction, else the binary float is the value (Unknown if infinite).
Value literalFloat(Mag m, bool decimal, int64_t e) {
    if (m.empty()) return vRatRaw(Rat());
    int64_t exp2;
    if (__builtin_add_overflow(magBitLen(m), e, &exp2) || exp2 < kMinExp || exp2 > kMaxExp) return Value();
    FltStatus st;
    Flt f;
    if (!decimal || e == 0) {
        f = roundFlt(false, m, magFromU64(1), e, &st);
    } else {
        InfFlt p = goPow5(uint64_t(e < 0 ? -e : e));
        if (p.inf) {
            if (e > 0) return Value();  // x * Inf
            return vRatRaw(Rat());      // x / Inf
        }
        if (e > 0) {
            f = roundFlt(false, magMul(m, p.f.mant), magFromU64(1), e + p.f.lsb, &st);
        } else {
            f = roundFlt(false, m, p.f.mant, e - p.f.lsb, &st);
        }
    }
    if (st == FltStatus::Overflow) return Value();
    if (f.isZero()) return vRatRaw(Rat());  // underflow
    if (!(f.exp() > -kMaxRatBits && f.exp() < kMaxRatBits)) return vFlt(std::move(f), st);
    // Small enough for an exact fraction.
    uint64_t n = uint64_t(e < 0 ? -e : e);
    Mag scale = decimal ? magPow(10, n) : magShl(magFromU64(1), int64_t(n));
    if (e >= 0) return vRatRaw(ratFromInt(BigInt(false, magMul(m, scale))));
    return vRatRaw(makeRatio(BigInt(false, std::move(m)), std::move(scale)));
}

// A float literal, or an imaginary literal without its 'i' (which may also
// be an integer in any base; a leading 0 is then decimal, not octal).
Value parseFloatLit(std::string_view text) {
    std::string t = withoutUnderscores(text);
    std::string_view s = t;
    unsigned base = 10;
    if (s.size() >= 2 && s[0] == '0') {
        char p = static_cast<char>(s[1] | 0x20);
        if (p == 'x' || p == 'b' || p == 'o') {
            base = p == 'x' ? 16 : p == 'b' ? 2 : 8;
            s.remove_prefix(2);
        }
    }
    char expChar = base == 10 ? 'e' : 'p';
    size_t expPos = std::string_view::npos;
    for (size_t i = 0; i < s.size(); i++) {
        if ((s[i] | 0x20) == expChar && base != 8 && base != 2) {
            expPos = i;
            break;
        }
    }
    std::string_view mant = s.substr(0, expPos);
    int64_t exp = 0;
    if (expPos != std::string_view::npos && !parseExponent(s.substr(expPos + 1), &exp)) return Value();
    std::string digits;
    int64_t fracDigits = 0;
    bool dot = false;
    for (char c : mant) {
        if (c == '.') {
            if (dot) return Value();
            dot = true;
        } else {
            digits += c;
            if (dot) fracDigits++;
        }
    }
    Mag m;
    if (digits.empty() || !parseDigits(digits, base, &m)) return Value();
    int64_t digitExp = base == 10 ? 1 : base == 16 ? 4 : base == 8 ? 3 : 1;
    int64_t e;
    if (__builtin_mul_overflow(digitExp, fracDigits, &e) || __builtin_sub_overflow(exp, e, &e)) return Value();
    return literalFloat(std::move(m), base == 10, e);
}

// The escape at s[i] (a backslash) in a literal quoted with `quote`:
// advances i past it. \x and octal escapes set *isByte.
bool parseEscape(std::string_view s, size_t& i, char quote, uint32_t* value, bool* isByte) {
    *isByte = false;
    if (i + 1 >= s.size()) return false;
    char c = s[i + 1];
    i += 2;
    switch (c) {
    case 'a': *value = 7; return true;
    case 'b': *value = 8; return true;
    case 'f': *value = 12; return true;
    case 'n': *value = 10; return true;
    case 'r': *value = 13; return true;
    case 't': *value = 9; return true;
    case 'v': *value = 11; return true;
    case '\\': *value = '\\'; return true;
    case '\'':
    case '"': *value = static_cast<unsigned char>(c); return c == quote;
    case 'x':
    case 'u':
    case 'U': {
        size_t n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        if (i + n > s.size()) return false;
        uint32_t v = 0;
        for (size_t k = 0; k < n; k++) {
            int d = digitVal(s[i + k]);
            if (d > 15) return false;
            v = v * 16 + static_cast<uint32_t>(d);
        }
        i += n;
        *value = v;
        *isByte = c == 'x';
        return c == 'x' || (v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF));
    }
    default:
        if (c >= '0' && c <= '7') {
            if (i + 2 > s.size()) return false;
            uint32_t v = static_cast<uint32_t>(c - '0');
            for (size_t k = 0; k < 2; k++) {
                char d = s[i + k];
                if (d < '0' || d > '7') return false;
                v = v * 8 + static_cast<uint32_t>(d - '0');
            }
            i += 2;
            *value = v;
            *isByte = true;
            return v <= 255;
        }
        return false;
    }
}

Value parseCharLit(std::string_view text) {
    if (text.size() < 3 || text.front() != '\'' || text.back() != '\'') return Value();
    std::string_view s = text.substr(1, text.size() - 2);
    size_t i = 0;
    uint32_t r;
    if (s[0] == '\\') {
        bool isByte;
        if (!parseEscape(s, i, '\'', &r, &isByte)) return Value();
    } else {
        i = decodeRune(s, 0, &r);
    }
    if (i != s.size()) return Value();
    return vSmall(r);
}

Value parseStringLit(std::string_view text) {
    if (text.size() < 2 || text.front() != text.back()) return Value();
    std::string_view s = text.substr(1, text.size() - 2);
    std::string out;
    out.reserve(s.size());
    if (text.front() == '`') {
        for (char c : s)
            if (c != '\r') out += c;
        return makeString(std::move(out));
    }
    if (text.front() != '"') return Value();
    for (size_t i = 0; i < s.size();) {
        if (s[i] != '\\') {
            out += s[i++];
            continue;
        }
        uint32_t v;
        bool isByte;
        if (!parseEscape(s, i, '"', &v, &isByte)) return Value();
        if (isByte) {
            out += static_cast<char>(v);
        } else {
            encodeRune(out, v);
        }
    }
    return makeString(std::move(out));
}

// ---- Formatting ----

// The runes strconv.IsPrint accepts: letters, marks, numbers, punctuation,
// symbols and the ASCII space. Generated from Go 1.19 with a program that
// calls strconv.IsPrint on every rune and prints the maximal ranges.
const uint32_t kPrintRanges[][2] = {
    {0x0020, 0x007e}, {0x00a1, 0x00ac}, {0x00ae, 0x0377}, {0x037a, 0x037f}, {0x0384, 0x038a},
    {0x038c, 0x038c}, {0x038e, 0x03a1}, {0x03a3, 0x052f}, {0x0531, 0x0556}, {0x0559, 0x058a},
    {0x058d, 0x058f}, {0x0591, 0x05c7}, {0x05d0, 0x05ea}, {0x05ef, 0x05f4}, {0x0606, 0x061b},
    {0x061e, 0x06dc}, {0x06de, 0x070d}, {0x0710, 0x074a}, {0x074d, 0x07b1}, {0x07c0, 0x07fa},
    {0x07fd, 0x082d}, {0x0830, 0x083e}, {0x0840, 0x085b}, {0x085e, 0x085e}, {0x0860, 0x086a},
    {0x08a0, 0x08b4}, {0x08b6, 0x08c7}, {0x08d3, 0x08e1}, {0x08e3, 0x0983}, {0x0985, 0x098c},
    {0x098f, 0x0990}, {0x0993, 0x09a8}, {0x09aa, 0x09b0}, {0x09b2, 0x09b2}, {0x09b6, 0x09b9},
    {0x09bc, 0x09c4}, {0x09c7, 0x09c8}, {0x09cb, 0x09ce}, {0x09d7, 0x09d7}, {0x09dc, 0x09dd},
    {0x09df, 0x09e3}, {0x09e6, 0x09fe}, {0x0a01, 0x0a03}, {0x0a05, 0x0a0a}, {0x0a0f, 0x0a10},
    {0x0a13, 0x0a28}, {0x0a2a, 0x0a30}, {0x0a32, 0x0a33}, {0x0a35, 0x0a36}, {0x0a38, 0x0a39},
    {0x0a3c, 0x0a3c}, {0x0a3e, 0x0a42}, {0x0a47, 0x0a48}, {0x0a4b, 0x0a4d}, {0x0a51, 0x0a51},
    {0x0a59, 0x0a5c}, {0x0a5e, 0x0a5e}, {0x0a66, 0x0a76}, {0x0a81, 0x0a83}, {0x0a85, 0x0a8d},
    {0x0a8f, 0x0a91}, {0x0a93, 0x0aa8}, {0x0aaa, 0x0ab0}, {0x0ab2, 0x0ab3}, {0x0ab5, 0x0ab9},
    {0x0abc, 0x0ac5}, {0x0ac7, 0x0ac9}, {0x0acb, 0x0acd}, {0x0ad0, 0x0ad0}, {0x0ae0, 0x0ae3},
    {0x0ae6, 0x0af1}, {0x0af9, 0x0aff}, {0x0b01, 0x0b03}, {0x0b05, 0x0b0c}, {0x0b0f, 0x0b10},
    {0x0b13, 0x0b28}, {0x0b2a, 0x0b30}, {0x0b32, 0x0b33}, {0x0b35, 0x0b39}, {0x0b3c, 0x0b44},
    {0x0b47, 0x0b48}, {0x0b4b, 0x0b4d}, {0x0b55, 0x0b57}, {0x0b5c, 0x0b5d}, {0x0b5f, 0x0b63},
    {0x0b66, 0x0b77}, {0x0b82, 0x0b83}, {0x0b85, 0x0b8a}, {0x0b8e, 0x0b90}, {0x0b92, 0x0b95},
    {0x0b99, 0x0b9a}, {0x0b9c, 0x0b9c}, {0x0b9e, 0x0b9f}, {0x0ba3, 0x0ba4}, {0x0ba8, 0x0baa},
    {0x0bae, 0x0bb9}, {0x0bbe, 0x0bc2}, {0x0bc6, 0x0bc8}, {0x0bca, 0x0bcd}, {0x0bd0, 0x0bd0},
    {0x0bd7, 0x0bd7}, {0x0be6, 0x0bfa}, {0x0c00, 0x0c0c}, {0x0c0e, 0x0c10}, {0x0c12, 0x0c28},
    {0x0c2a, 0x0c39}, {0x0c3d, 0x0c44}, {0x0c46, 0x0c48}, {0x0c4a, 0x0c4d}, {0x0c55, 0x0c56},
    {0x0c58, 0x0c5a}, {0x0c60, 0x0c63}, {0x0c66, 0x0c6f}, {0x0c77, 0x0c8c}, {0x0c8e, 0x0c90},
    {0x0c92, 0x0ca8}, {0x0caa, 0x0cb3}, {0x0cb5, 0x0cb9}, {0x0cbc, 0x0cc4}, {0x0cc6, 0x0cc8},
    {0x0cca, 0x0ccd}, {0x0cd5, 0x0cd6}, {0x0cde, 0x0cde}, {0x0ce0, 0x0ce3}, {0x0ce6, 0x0cef},
    {0x0cf1, 0x0cf2}, {0x0d00, 0x0d0c}, {0x0d0e, 0x0d10}, {0x0d12, 0x0d44}, {0x0d46, 0x0d48},
    {0x0d4a, 0x0d4f}, {0x0d54, 0x0d63}, {0x0d66, 0x0d7f}, {0x0d81, 0x0d83}, {0x0d85, 0x0d96},
    {0x0d9a, 0x0db1}, {0x0db3, 0x0dbb}, {0x0dbd, 0x0dbd}, {0x0dc0, 0x0dc6}, {0x0dca, 0x0dca},
    {0x0dcf, 0x0dd4}, {0x0dd6, 0x0dd6}, {0x0dd8, 0x0ddf}, {0x0de6, 0x0def}, {0x0df2, 0x0df4},
    {0x0e01, 0x0e3a}, {0x0e3f, 0x0e5b}, {0x0e81, 0x0e82}, {0x0e84, 0x0e84}, {0x0e86, 0x0e8a},
    {0x0e8c, 0x0ea3}, {0x0ea5, 0x0ea5}, {0x0ea7, 0x0ebd}, {0x0ec0, 0x0ec4}, {0x0ec6, 0x0ec6},
    {0x0ec8, 0x0ecd}, {0x0ed0, 0x0ed9}, {0x0edc, 0x0edf}, {0x0f00, 0x0f47}, {0x0f49, 0x0f6c},
    {0x0f71, 0x0f97}, {0x0f99, 0x0fbc}, {0x0fbe, 0x0fcc}, {0x0fce, 0x0fda}, {0x1000, 0x10c5},
    {0x10c7, 0x10c7}, {0x10cd, 0x10cd}, {0x10d0, 0x1248}, {0x124a, 0x124d}, {0x1250, 0x1256},
    {0x1258, 0x1258}, {0x125a, 0x125d}, {0x1260, 0x1288}, {0x128a, 0x128d}, {0x1290, 0x12b0},
    {0x12b2, 0x12b5}, {0x12b8, 0x12be}, {0x12c0, 0x12c0}, {0x12c2, 0x12c5}, {0x12c8, 0x12d6},
    {0x12d8, 0x1310}, {0x1312, 0x1315}, {0x1318, 0x135a}, {0x135d, 0x137c}, {0x1380, 0x1399},
    {0x13a0, 0x13f5}, {0x13f8, 0x13fd}, {0x1400, 0x167f}, {0x1681, 0x169c}, {0x16a0, 0x16f8},
    {0x1700, 0x170c}, {0x170e, 0x1714}, {0x1720, 0x1736}, {0x1740, 0x1753}, {0x1760, 0x176c},
    {0x176e, 0x1770}, {0x1772, 0x1773}, {0x1780, 0x17dd}, {0x17e0, 0x17e9}, {0x17f0, 0x17f9},
    {0x1800, 0x180d}, {0x1810, 0x1819}, {0x1820, 0x1878}, {0x1880, 0x18aa}, {0x18b0, 0x18f5},
    {0x1900, 0x191e}, {0x1920, 0x192b}, {0x1930, 0x193b}, {0x1940, 0x1940}, {0x1944, 0x196d},
    {0x1970, 0x1974}, {0x1980, 0x19ab}, {0x19b0, 0x19c9}, {0x19d0, 0x19da}, {0x19de, 0x1a1b},
    {0x1a1e, 0x1a5e}, {0x1a60, 0x1a7c}, {0x1a7f, 0x1a89}, {0x1a90, 0x1a99}, {0x1aa0, 0x1aad},
    {0x1ab0, 0x1ac0}, {0x1b00, 0x1b4b}, {0x1b50, 0x1b7c}, {0x1b80, 0x1bf3}, {0x1bfc, 0x1c37},
    {0x1c3b, 0x1c49}, {0x1c4d, 0x1c88}, {0x1c90, 0x1cba}, {0x1cbd, 0x1cc7}, {0x1cd0, 0x1cfa},
    {0x1d00, 0x1df9}, {0x1dfb, 0x1f15}, {0x1f18, 0x1f1d}, {0x1f20, 0x1f45}, {0x1f48, 0x1f4d},
    {0x1f50, 0x1f57}, {0x1f59, 0x1f59}, {0x1f5b, 0x1f5b}, {0x1f5d, 0x1f5d}, {0x1f5f, 0x1f7d},
    {0x1f80, 0x1fb4}, {0x1fb6, 0x1fc4}, {0x1fc6, 0x1fd3}, {0x1fd6, 0x1fdb}, {0x1fdd, 0x1fef},
    {0x1ff2, 0x1ff4}, {0x1ff6, 0x1ffe}, {0x2010, 0x2027}, {0x2030, 0x205e}, {0x2070, 0x2071},
    {0x2074, 0x208e}, {0x2090, 0x209c}, {0x20a0, 0x20bf}, {0x20d0, 0x20f0}, {0x2100, 0x218b},
    {0x2190, 0x2426}, {0x2440, 0x244a}, {0x2460, 0x2b73}, {0x2b76, 0x2b95}, {0x2b97, 0x2c2e},
    {0x2c30, 0x2c5e}, {0x2c60, 0x2cf3}, {0x2cf9, 0x2d25}, {0x2d27, 0x2d27}, {0x2d2d, 0x2d2d},
    {0x2d30, 0x2d67}, {0x2d6f, 0x2d70}, {0x2d7f, 0x2d96}, {0x2da0, 0x2da6}, {0x2da8, 0x2dae},
    {0x2db0, 0x2db6}, {0x2db8, 0x2dbe}, {0x2dc0, 0x2dc6}, {0x2dc8, 0x2dce}, {0x2dd0, 0x2dd6},
    {0x2dd8, 0x2dde}, {0x2de0, 0x2e52}, {0x2e80, 0x2e99}, {0x2e9b, 0x2ef3}, {0x2f00, 0x2fd5},
    {0x2ff0, 0x2ffb}, {0x3001, 0x303f}, {0x3041, 0x3096}, {0x3099, 0x30ff}, {0x3105, 0x312f},
    {0x3131, 0x318e}, {0x3190, 0x31e3}, {0x31f0, 0x321e}, {0x3220, 0x9ffc}, {0xa000, 0xa48c},
    {0xa490, 0xa4c6}, {0xa4d0, 0xa62b}, {0xa640, 0xa6f7}, {0xa700, 0xa7bf}, {0xa7c2, 0xa7ca},
    {0xa7f5, 0xa82c}, {0xa830, 0xa839}, {0xa840, 0xa877}, {0xa880, 0xa8c5}, {0xa8ce, 0xa8d9},
    {0xa8e0, 0xa953}, {0xa95f, 0xa97c}, {0xa980, 0xa9cd}, {0xa9cf, 0xa9d9}, {0xa9de, 0xa9fe},
    {0xaa00, 0xaa36}, {0xaa40, 0xaa4d}, {0xaa50, 0xaa59}, {0xaa5c, 0xaac2}, {0xaadb, 0xaaf6},
    {0xab01, 0xab06}, {0xab09, 0xab0e}, {0xab11, 0xab16}, {0xab20, 0xab26}, {0xab28, 0xab2e},
    {0xab30, 0xab6b}, {0xab70, 0xabed}, {0xabf0, 0xabf9}, {0xac00, 0xd7a3}, {0xd7b0, 0xd7c6},
    {0xd7cb, 0xd7fb}, {0xf900, 0xfa6d}, {0xfa70, 0xfad9}, {0xfb00, 0xfb06}, {0xfb13, 0xfb17},
    {0xfb1d, 0xfb36}, {0xfb38, 0xfb3c}, {0xfb3e, 0xfb3e}, {0xfb40, 0xfb41}, {0xfb43, 0xfb44},
    {0xfb46, 0xfbc1}, {0xfbd3, 0xfd3f}, {0xfd50, 0xfd8f}, {0xfd92, 0xfdc7}, {0xfdf0, 0xfdfd},
    {0xfe00, 0xfe19}, {0xfe20, 0xfe52}, {0xfe54, 0xfe66}, {0xfe68, 0xfe6b}, {0xfe70, 0xfe74},
    {0xfe76, 0xfefc}, {0xff01, 0xffbe}, {0xffc2, 0xffc7}, {0xffca, 0xffcf}, {0xffd2, 0xffd7},
    {0xffda, 0xffdc}, {0xffe0, 0xffe6}, {0xffe8, 0xffee}, {0xfffc, 0xfffd}, {0x10000, 0x1000b},
    {0x1000d, 0x10026}, {0x10028, 0x1003a}, {0x1003c, 0x1003d}, {0x1003f, 0x1004d}, {0x10050, 0x1005d},
    {0x10080, 0x100fa}, {0x10100, 0x10102}, {0x10107, 0x10133}, {0x10137, 0x1018e}, {0x10190, 0x1019c},
    {0x101a0, 0x101a0}, {0x101d0, 0x101fd}, {0x10280, 0x1029c}, {0x102a0, 0x102d0}, {0x102e0, 0x102fb},
    {0x10300, 0x10323}, {0x1032d, 0x1034a}, {0x10350, 0x1037a}, {0x10380, 0x1039d}, {0x1039f, 0x103c3},
    {0x103c8, 0x103d5}, {0x10400, 0x1049d}, {0x104a0, 0x104a9}, {0x104b0, 0x104d3}, {0x104d8, 0x104fb},
    {0x10500, 0x10527}, {0x10530, 0x10563}, {0x1056f, 0x1056f}, {0x10600, 0x10736}, {0x10740, 0x10755},
    {0x10760, 0x10767}, {0x10800, 0x10805}, {0x10808, 0x10808}, {0x1080a, 0x10835}, {0x10837, 0x10838},
    {0x1083c, 0x1083c}, {0x1083f, 0x10855}, {0x10857, 0x1089e}, {0x108a7, 0x108af}, {0x108e0, 0x108f2},
    {0x108f4, 0x108f5}, {0x108fb, 0x1091b}, {0x1091f, 0x10939}, {0x1093f, 0x1093f}, {0x10980, 0x109b7},
    {0x109bc, 0x109cf}, {0x109d2, 0x10a03}, {0x10a05, 0x10a06}, {0x10a0c, 0x10a13}, {0x10a15, 0x10a17},
    {0x10a19, 0x10a35}, {0x10a38, 0x10a3a}, {0x10a3f, 0x10a48}, {0x10a50, 0x10a58}, {0x10a60, 0x10a9f},
    {0x10ac0, 0x10ae6}, {0x10aeb, 0x10af6}, {0x10b00, 0x10b35}, {0x10b39, 0x10b55}, {0x10b58, 0x10b72},
    {0x10b78, 0x10b91}, {0x10b99, 0x10b9c}, {0x10ba9, 0x10baf}, {0x10c00, 0x10c48}, {0x10c80, 0x10cb2},
    {0x10cc0, 0x10cf2}, {0x10cfa, 0x10d27}, {0x10d30, 0x10d39}, {0x10e60, 0x10e7e}, {0x10e80, 0x10ea9},
    {0x10eab, 0x10ead}, {0x10eb0, 0x10eb1}, {0x10f00, 0x10f27}, {0x10f30, 0x10f59}, {0x10fb0, 0x10fcb},
    {0x10fe0, 0x10ff6}, {0x11000, 0x1104d}, {0x11052, 0x1106f}, {0x1107f, 0x110bc}, {0x110be, 0x110c1},
    {0x110d0, 0x110e8}, {0x110f0, 0x110f9}, {0x11100, 0x11134}, {0x11136, 0x11147}, {0x11150, 0x11176},
    {0x11180, 0x111df}, {0x111e1, 0x111f4}, {0x11200, 0x11211}, {0x11213, 0x1123e}, {0x11280, 0x11286},
    {0x11288, 0x11288}, {0x1128a, 0x1128d}, {0x1128f, 0x1129d}, {0x1129f, 0x112a9}, {0x112b0, 0x112ea},
    {0x112f0, 0x112f9}, {0x11300, 0x11303}, {0x11305, 0x1130c}, {0x1130f, 0x11310}, {0x11313, 0x11328},
    {0x1132a, 0x11330}, {0x11332, 0x11333}, {0x11335, 0x11339}, {0x1133b, 0x11344}, {0x11347, 0x11348},
    {0x1134b, 0x1134d}, {0x11350, 0x11350}, {0x11357, 0x11357}, {0x1135d, 0x11363}, {0x11366, 0x1136c},
    {0x11370, 0x11374}, {0x11400, 0x1145b}, {0x1145d, 0x11461}, {0x11480, 0x114c7}, {0x114d0, 0x114d9},
    {0x11580, 0x115b5}, {0x115b8, 0x115dd}, {0x11600, 0x11644}, {0x11650, 0x11659}, {0x11660, 0x1166c},
    {0x11680, 0x116b8}, {0x116c0, 0x116c9}, {0x11700, 0x1171a}, {0x1171d, 0x1172b}, {0x11730, 0x1173f},
    {0x11800, 0x1183b}, {0x118a0, 0x118f2}, {0x118ff, 0x11906}, {0x11909, 0x11909}, {0x1190c, 0x11913},
    {0x11915, 0x11916}, {0x11918, 0x11935}, {0x11937, 0x11938}, {0x1193b, 0x11946}, {0x11950, 0x11959},
    {0x119a0, 0x119a7}, {0x119aa, 0x119d7}, {0x119da, 0x119e4}, {0x11a00, 0x11a47}, {0x11a50, 0x11aa2},
    {0x11ac0, 0x11af8}, {0x11c00, 0x11c08}, {0x11c0a, 0x11c36}, {0x11c38, 0x11c45}, {0x11c50, 0x11c6c},
    {0x11c70, 0x11c8f}, {0x11c92, 0x11ca7}, {0x11ca9, 0x11cb6}, {0x11d00, 0x11d06}, {0x11d08, 0x11d09},
    {0x11d0b, 0x11d36}, {0x11d3a, 0x11d3a}, {0x11d3c, 0x11d3d}, {0x11d3f, 0x11d47}, {0x11d50, 0x11d59},
    {0x11d60, 0x11d65}, {0x11d67, 0x11d68}, {0x11d6a, 0x11d8e}, {0x11d90, 0x11d91}, {0x11d93, 0x11d98},
    {0x11da0, 0x11da9}, {0x11ee0, 0x11ef8}, {0x11fb0, 0x11fb0}, {0x11fc0, 0x11ff1}, {0x11fff, 0x12399},
    {0x12400, 0x1246e}, {0x12470, 0x12474}, {0x12480, 0x12543}, {0x13000, 0x1342e}, {0x14400, 0x14646},
    {0x16800, 0x16a38}, {0x16a40, 0x16a5e}, {0x16a60, 0x16a69}, {0x16a6e, 0x16a6f}, {0x16ad0, 0x16aed},
    {0x16af0, 0x16af5}, {0x16b00, 0x16b45}, {0x16b50, 0x16b59}, {0x16b5b, 0x16b61}, {0x16b63, 0x16b77},
    {0x16b7d, 0x16b8f}, {0x16e40, 0x16e9a}, {0x16f00, 0x16f4a}, {0x16f4f, 0x16f87}, {0x16f8f, 0x16f9f},
    {0x16fe0, 0x16fe4}, {0x16ff0, 0x16ff1}, {0x17000, 0x187f7}, {0x18800, 0x18cd5}, {0x18d00, 0x18d08},
    {0x1b000, 0x1b11e}, {0x1b150, 0x1b152}, {0x1b164, 0x1b167}, {0x1b170, 0x1b2fb}, {0x1bc00, 0x1bc6a},
    {0x1bc70, 0x1bc7c}, {0x1bc80, 0x1bc88}, {0x1bc90, 0x1bc99}, {0x1bc9c, 0x1bc9f}, {0x1d000, 0x1d0f5},
    {0x1d100, 0x1d126}, {0x1d129, 0x1d172}, {0x1d17b, 0x1d1e8}, {0x1d200, 0x1d245}, {0x1d2e0, 0x1d2f3},
    {0x1d300, 0x1d356}, {0x1d360, 0x1d378}, {0x1d400, 0x1d454}, {0x1d456, 0x1d49c}, {0x1d49e, 0x1d49f},
    {0x1d4a2, 0x1d4a2}, {0x1d4a5, 0x1d4a6}, {0x1d4a9, 0x1d4ac}, {0x1d4ae, 0x1d4b9}, {0x1d4bb, 0x1d4bb},
    {0x1d4bd, 0x1d4c3}, {0x1d4c5, 0x1d505}, {0x1d507, 0x1d50a}, {0x1d50d, 0x1d514}, {0x1d516, 0x1d51c},
    {0x1d51e, 0x1d539}, {0x1d53b, 0x1d53e}, {0x1d540, 0x1d544}, {0x1d546, 0x1d546}, {0x1d54a, 0x1d550},
    {0x1d552, 0x1d6a5}, {0x1d6a8, 0x1d7cb}, {0x1d7ce, 0x1da8b}, {0x1da9b, 0x1da9f}, {0x1daa1, 0x1daaf},
    {0x1e000, 0x1e006}, {0x1e008, 0x1e018}, {0x1e01b, 0x1e021}, {0x1e023, 0x1e024}, {0x1e026, 0x1e02a},
    {0x1e100, 0x1e12c}, {0x1e130, 0x1e13d}, {0x1e140, 0x1e149}, {0x1e14e, 0x1e14f}, {0x1e2c0, 0x1e2f9},
    {0x1e2ff, 0x1e2ff}, {0x1e800, 0x1e8c4}, {0x1e8c7, 0x1e8d6}, {0x1e900, 0x1e94b}, {0x1e950, 0x1e959},
    {0x1e95e, 0x1e95f}, {0x1ec71, 0x1ecb4}, {0x1ed01, 0x1ed3d}, {0x1ee00, 0x1ee03}, {0x1ee05, 0x1ee1f},
    {0x1ee21, 0x1ee22}, {0x1ee24, 0x1ee24}, {0x1ee27, 0x1ee27}, {0x1ee29, 0x1ee32}, {0x1ee34, 0x1ee37},
    {0x1ee39, 0x1ee39}, {0x1ee3b, 0x1ee3b}, {0x1ee42, 0x1ee42}, {0x1ee47, 0x1ee47}, {0x1ee49, 0x1ee49},
    {0x1ee4b, 0x1ee4b}, {0x1ee4d, 0x1ee4f}, {0x1ee51, 0x1ee52}, {0x1ee54, 0x1ee54}, {0x1ee57, 0x1ee57},
    {0x1ee59, 0x1ee59}, {0x1ee5b, 0x1ee5b}, {0x1ee5d, 0x1ee5d}, {0x1ee5f, 0x1ee5f}, {0x1ee61, 0x1ee62},
    {0x1ee64, 0x1ee64}, {0x1ee67, 0x1ee6a}, {0x1ee6c, 0x1ee72}, {0x1ee74, 0x1ee77}, {0x1ee79, 0x1ee7c},
    {0x1ee7e, 0x1ee7e}, {0x1ee80, 0x1ee89}, {0x1ee8b, 0x1ee9b}, {0x1eea1, 0x1eea3}, {0x1eea5, 0x1eea9},
    {0x1eeab, 0x1eebb}, {0x1eef0, 0x1eef1}, {0x1f000, 0x1f02b}, {0x1f030, 0x1f093}, {0x1f0a0, 0x1f0ae},
    {0x1f0b1, 0x1f0bf}, {0x1f0c1, 0x1f0cf}, {0x1f0d1, 0x1f0f5}, {0x1f100, 0x1f1ad}, {0x1f1e6, 0x1f202},
    {0x1f210, 0x1f23b}, {0x1f240, 0x1f248}, {0x1f250, 0x1f251}, {0x1f260, 0x1f265}, {0x1f300, 0x1f6d7},
    {0x1f6e0, 0x1f6ec}, {0x1f6f0, 0x1f6fc}, {0x1f700, 0x1f773}, {0x1f780, 0x1f7d8}, {0x1f7e0, 0x1f7eb},
    {0x1f800, 0x1f80b}, {0x1f810, 0x1f847}, {0x1f850, 0x1f859}, {0x1f860, 0x1f887}, {0x1f890, 0x1f8ad},
    {0x1f8b0, 0x1f8b1}, {0x1f900, 0x1f978}, {0x1f97a, 0x1f9cb}, {0x1f9cd, 0x1fa53}, {0x1fa60, 0x1fa6d},
    {0x1fa70, 0x1fa74}, {0x1fa78, 0x1fa7a}, {0x1fa80, 0x1fa86}, {0x1fa90, 0x1faa8}, {0x1fab0, 0x1fab6},
    {0x1fac0, 0x1fac2}, {0x1fad0, 0x1fad6}, {0x1fb00, 0x1fb92}, {0x1fb94, 0x1fbca}, {0x1fbf0, 0x1fbf9},
    {0x20000, 0x2a6dd}, {0x2a700, 0x2b734}, {0x2b740, 0x2b81d}, {0x2b820, 0x2cea1}, {0x2ceb0, 0x2ebe0},
    {0x2f800, 0x2fa1d}, {0x30000, 0x3134a}, {0xe0100, 0xe01ef},
};

bool isPrint(uint32_t r) {
    size_t lo = 0, hi = sizeof kPrintRanges / sizeof kPrintRanges[0];
    while (lo < hi) {  // the first range ending at or after r
        size_t mid = (lo + hi) / 2;
        if (kPrintRanges[mid][1] < r) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo < sizeof kPrintRanges / sizeof kPrintRanges[0] && kPrintRanges[lo][0] <= r;
}

void appendHex(std::string& out, uint32_t v, int digits) {
    static const char hex[] = "0123456789abcdef";
    for (int k = digits - 1; k >= 0; k--) out += hex[(v >> (4 * k)) & 0xF];
}

// Go's strconv.Quote.
std::string quote(std::string_view s) {
    std::string out = "\"";
    for (size_t i = 0; i < s.size();) {
        uint32_t r;
        size_t w = decodeRune(s, i, &r);
        if (w == 1 && r == kRuneError) {
            out += "\\x";
            appendHex(out, static_cast<unsigned char>(s[i]), 2);
            i++;
            continue;
        }
        i += w;
        if (r == '"' || r == '\\') {
            out += '\\';
            out += static_cast<char>(r);
            continue;
        }
        if (isPrint(r)) {
            encodeRune(out, r);
            continue;
        }
        switch (r) {
        case 7: out += "\\a"; break;
        case 8: out += "\\b"; break;
        case 12: out += "\\f"; break;
        case 10: out += "\\n"; break;
        case 13: out += "\\r"; break;
        case 9: out += "\\t"; break;
        case 11: out += "\\v"; break;
        default:
            if (r < ' ' || r == 0x7F) {
                out += "\\x";
                appendHex(out, r, 2);
            } else if (r < 0x10000) {
                out += "\\u";
                appendHex(out, r, 4);
            } else {
                out += "\\U";
                appendHex(out, r, 8);
            }
        }
    }
    out += '"';
    return out;
}

// go/constant's String of a String: the quoted form, cut to its first 69
// runes and "..." if it has more than 72.
std::string shortQuote(std::string_view s) {
    constexpr size_t maxLen = 72;
    std::string q = quote(s);
    size_t runes = 0, cut = 0;
    for (size_t i = 0; i < q.size(); i++) {
        if ((static_cast<unsigned char>(q[i]) & 0xC0) == 0x80) continue;  // (q is valid UTF-8)
        if (runes == maxLen - 3) cut = i;
        runes++;
    }
    if (runes > maxLen) return q.substr(0, cut) + "...";
    return q;
}

// Go's fmt %.6g (strconv.FormatFloat(v, 'g', 6, 64)): the exact decimal
// value of v rounded to 6 significant digits, ties to even.
std::string formatG6(double v) {
    constexpr int prec = 6;
    if (v == 0) return std::signbit(v) ? "-0" : "0";
    std::string out = v < 0 ? "-" : "";
    int e;
    double fr = std::frexp(std::fabs(v), &e);
    Mag mant = magFromU64(static_cast<uint64_t>(std::ldexp(fr, 53)));
    int64_t e2 = int64_t(e) - 53;
    std::string digits;
    int64_t dp;  // the decimal point is after dp digits
    if (e2 >= 0) {
        digits = magToDecimal(magShl(mant, e2));
        dp = int64_t(digits.size());
    } else {
        digits = magToDecimal(magMul(mant, magPow(5, uint64_t(-e2))));
        dp = int64_t(digits.size()) + e2;
    }
    if (digits.size() > size_t(prec)) {
        char next = digits[prec];
        bool rest = digits.find_first_not_of('0', prec + 1) != std::string::npos;
        bool up = next > '5' || (next == '5' && (rest || (digits[prec - 1] - '0') % 2 == 1));
        digits.resize(prec);
        if (up) {
            int i = prec - 1;
            while (i >= 0 && digits[i] == '9') digits[i--] = '0';
            if (i < 0) {
                digits.insert(digits.begin(), '1');
                digits.pop_back();
                dp++;
            } else {
                digits[i]++;
            }
        }
    }
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    int64_t nd = int64_t(digits.size());
    int64_t eprec = prec;
    if (eprec > nd && nd >= dp) eprec = nd;
    int64_t exp = dp - 1;
    if (exp < -4 || exp >= eprec) {  // %e
        int64_t p = std::min<int64_t>(prec, nd);
        out += digits[0];
        if (p > 1) {
            out += '.';
            out += digits.substr(1, size_t(p - 1));
        }
        out += exp < 0 ? "e-" : "e+";
        int64_t a = exp < 0 ? -exp : exp;
        if (a < 10) out += '0';
        out += std::to_string(a);
        return out;
    }
    int64_t p = prec;  // %f
    if (p > dp) p = nd;
    int64_t decimals = std::max<int64_t>(p - dp, 0);
    if (dp > 0) {
        int64_t m = std::min(nd, dp);
        out += digits.substr(0, size_t(m));
        out.append(size_t(dp - m), '0');
    } else {
        out += '0';
    }
    if (decimals > 0) {
        out += '.';
        for (int64_t i = 1; i <= decimals; i++) {
            int64_t j = dp + i - 1;
            out += (j >= 0 && j < nd) ? digits[size_t(j)] : '0';
        }
    }
    return out;
}

// go/constant's String of a Float: %.6g of the nearest float64 (of its
// 512-bit rounding), or, beyond float64's range, an approximate decimal
// mantissa and exponent computed as go/constant does.
std::string floatString(const Value& x) {
    Flt f = fltOf(x);
    if (f.isZero()) return "0";
    bool exact, overflow;
    double d = roundIEEE(f.mant, magFromU64(1), f.lsb, kFloat64, &exact, &overflow);
    if (f.neg) d = -d;
    if (d != 0 && !overflow) return formatG6(d);
    int64_t bl = magBitLen(f.mant);
    double m = roundIEEE(f.mant, magFromU64(1), -bl, kFloat64, &exact, &overflow);  // in [0.5, 1]
    if (f.neg) m = -m;
    double dd = double(f.exp()) * 0.30102999566398119521373889472449302676818988146210854131;  // log10(2)
    int64_t e = static_cast<int64_t>(dd);
    m *= std::pow(10.0, dd - double(e));
    double am = std::fabs(m);
    if (am < 0.9999995) {
        m *= 10;
        e--;
    } else if (am >= 10) {
        m /= 10;
        e++;
    }
    std::string s = formatG6(m);
    s += e < 0 ? "e-" : "e+";
    s += std::to_string(e < 0 ? -e : e);
    return s;
}

// big.Float's Text('p', 0): 0x.<hex mantissa>p<binary exponent>.
std::string pText(const Flt& f) {
    if (f.isZero()) return "0";
    int64_t bl = magBitLen(f.mant);
    Mag m = magShl(f.mant, (4 - bl % 4) % 4);
    std::string hex;
    for (int64_t i = magBitLen(m) / 4; i-- > 0;) {
        uint32_t nib = (m[size_t(i / 8)] >> (4 * (i % 8))) & 0xF;
        appendHex(hex, nib, 1);
    }
    while (hex.size() > 1 && hex.back() == '0') hex.pop_back();
    int64_t e = f.exp();
    std::string s = f.neg ? "-0x." : "0x.";
    s += hex;
    s += e >= 0 ? "p+" : "p";
    s += std::to_string(e);
    return s;
}

}  // namespace

Value fromLiteral(LitKind kind, std::string_view text) {
    switch (kind) {
    case LitKind::IntLit: return parseIntLit(text);
    case LitKind::FloatLit: return parseFloatLit(text);
    case LitKind::ImagLit: {
        if (text.empty() || text.back() != 'i') return Value();
        Value im = parseFloatLit(text.substr(0, text.size() - 1));
        if (im.isUnknown()) return im;
        return vComplex(vSmall(0), std::move(im));
    }
    case LitKind::CharLit: return parseCharLit(text);
    case LitKind::StringLit: return parseStringLit(text);
    }
    return Value();
}

std::string toString(const Value& x) {
    switch (x.kind()) {
    case Kind::Unknown: return "unknown";
    case Kind::Bool: return boolVal(x) ? "true" : "false";
    case Kind::String: return shortQuote(stringVal(x));
    case Kind::Int:
        if (formOf(x) == detail::kSmall) return std::to_string(smallOf(x));
        return toDecimal(Access::rep<detail::BigRep>(x).v);
    case Kind::Float: return floatString(x);
    case Kind::Complex: {
        std::string s = "(";
        s += toString(cplxRe(x));
        s += " + ";
        s += toString(cplxIm(x));
        s += "i)";
        return s;
    }
    }
    return "unknown";
}

std::string exactString(const Value& x) {
    switch (formOf(x)) {
    case detail::kString: return quote(stringVal(x));
    case detail::kRat: {
        const Rat& r = Access::rep<detail::RatRep>(x).v;
        if (r.isInt()) return toDecimal(r.num);
        std::string s = toDecimal(r.num);
        s += '/';
        s += magToDecimal(r.den);
        return s;
    }
    case detail::kFloat: return pText(Access::rep<detail::FltRep>(x).v);
    case detail::kComplex: {
        std::string s = "(";
        s += exactString(cplxRe(x));
        s += " + ";
        s += exactString(cplxIm(x));
        s += "i)";
        return s;
    }
    default: return toString(x);
    }
}

}  // namespace gos::constant
