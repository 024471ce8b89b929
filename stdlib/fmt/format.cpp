// The primitive formatting layer of gos's fmt package.
//
// Go's fmt is two layers. The lower one (format.go, type fmt) knows nothing
// about types: it formats an integer given as 64 bits plus a signedness, a
// float64 plus the size it came from, a string, and pads the result
// according to the flags of the current directive. The upper one (print.go,
// type pp) walks the arguments with reflection, dispatches on their dynamic
// type and verb, and parses the format string. gos keeps that split: this
// file is the lower layer in full, the per-type verb switches of the upper
// layer for the basic types (the print* methods), and the format-string
// parser; the walker that knows gos values lives with the VM.
//
// Formatter is Go's fmt struct: the flags of one directive (FormatFlags,
// copied in by the caller for each directive) and a reference to the output
// buffer. The methods follow format.go closely in behaviour, because every
// odd corner is observable from Go programs: zero padding applies to strings
// too; the zero flag is ignored for integers once a precision is given; %x
// on floats counts the "x" of "0x" as a digit under '#'; NaN and Inf are
// padded with spaces even under the zero flag, and NaN loses its sign unless
// '+' or ' ' asks for one. Widths count runes, not bytes.
//
// The numbers themselves come from gos::strconv, whose FormatFloat and Quote
// are exact. Each method builds its text in a local string and then pads it,
// rather than formatting right to left into a fixed array as Go does; the
// results are the same, and no state is kept between calls except what the
// caller sets.
//
// PrintfScanner is doPrintf's parsing loop turned inside out: instead of
// calling printArg itself, it stops at each directive that consumes an
// argument and hands it to the caller. Everything else doPrintf writes on
// its own (literal text, %%, the BADWIDTH / BADPREC / BADINDEX / MISSING /
// NOVERB diagnostics) the scanner writes to the output directly, so that
// the caller gets Go's exact interleaving for free. Width and precision
// taken from arguments ('*') depend on the arguments' types, which the
// scanner learns through a callback.
#include "stdlib/fmt/format.h"

#include "lexer/unicode.h"
#include "stdlib/strconv/strconv.h"

namespace gos::fmt {

namespace {

constexpr uint32_t kMaxRune = unicode::kMaxRune;

size_t runeCount(std::string_view s) {
    size_t n = 0;
    for (size_t i = 0; i < s.size(); ++n) {
        uint32_t r;
        i += unicode::decode(s.data() + i, s.size() - i, r);
    }
    return n;
}

// s cut to at most prec runes when a precision is present.
std::string_view truncateToPrecision(std::string_view s, const FormatFlags& flags) {
    if (!flags.precPresent) return s;
    int left = flags.prec;
    for (size_t i = 0; i < s.size();) {
        if (--left < 0) return s.substr(0, i);
        uint32_t r;
        i += unicode::decode(s.data() + i, s.size() - i, r);
    }
    return s;
}

// A rune from the 64 bits of an integer, as %c and %q see it.
uint32_t runeOf(uint64_t c) { return c > kMaxRune ? unicode::kRuneError : static_cast<uint32_t>(c); }

// Restores the zero flag when a formatting step that must not pad with
// zeros is done.
class ZeroFlagOff {
public:
    explicit ZeroFlagOff(FormatFlags& flags) : flags_(flags), saved_(flags.zero) { flags_.zero = false; }
    ~ZeroFlagOff() { flags_.zero = saved_; }
    ZeroFlagOff(const ZeroFlagOff&) = delete;
    ZeroFlagOff& operator=(const ZeroFlagOff&) = delete;

private:
    FormatFlags& flags_;
    bool saved_;
};

// print.go's tooLarge: widths, precisions and argument indexes beyond a
// million are rejected.
bool tooLarge(int64_t x) {
    constexpr int64_t kMax = 1000000;
    return x > kMax || x < -kMax;
}

}  // namespace

void appendRune(std::string& out, char32_t r) { unicode::encode(out, static_cast<uint32_t>(r)); }

// ---- format.go -------------------------------------------------------------------------

void Formatter::writePadding(int n) {
    if (n <= 0) return;
    buf_.append(static_cast<size_t>(n), zero ? '0' : ' ');
}

void Formatter::pad(std::string_view s) {
    if (!widPresent || wid == 0) {
        buf_ += s;
        return;
    }
    int width = wid - static_cast<int>(runeCount(s));
    if (minus) {
        buf_ += s;
        writePadding(width);
    } else {
        writePadding(width);
        buf_ += s;
    }
}

void Formatter::fmtBoolean(bool v) { pad(v ? "true" : "false"); }

void Formatter::fmtUnicode(uint64_t u) {
    int minDigits = precPresent && prec > 4 ? prec : 4;
    std::string hex = strconv::formatUint(u, 16);
    for (char& c : hex) c = kUpperDigits[c <= '9' ? c - '0' : c - 'a' + 10];
    std::string text = "U+";
    if (static_cast<int>(hex.size()) < minDigits) text.append(static_cast<size_t>(minDigits) - hex.size(), '0');
    text += hex;
    if (sharp && u <= kMaxRune && strconv::isPrint(static_cast<uint32_t>(u))) {
        text += " '";
        unicode::encode(text, static_cast<uint32_t>(u));
        text += '\'';
    }
    ZeroFlagOff noZeros(*this);
    pad(text);
}

void Formatter::fmtInteger(uint64_t u, int base, bool isSigned, char32_t verb, const char* digits) {
    const bool negative = isSigned && static_cast<int64_t>(u) < 0;
    if (negative) u = 0 - u;

    // Leading zeros come from the precision (%.3d) or, without one, from
    // the zero flag and the width (%03d), leaving room for a sign.
    int minDigits = 0;
    if (precPresent) {
        minDigits = prec;
        if (prec == 0 && u == 0) {  // %.0d of 0 prints nothing but padding
            ZeroFlagOff noZeros(*this);
            writePadding(wid);
            return;
        }
    } else if (zero && widPresent) {
        minDigits = wid;
        if (negative || plus || space) --minDigits;
    }

    char tmp[64];
    char* end = tmp + sizeof tmp;
    char* p = end;
    const auto b = static_cast<uint64_t>(base);
    do {
        *--p = digits[u % b];
        u /= b;
    } while (u != 0);
    const auto numDigits = static_cast<int>(end - p);

    std::string text;
    if (verb == 'O') text += "0o";
    if (sharp) {
        switch (base) {
        case 2: text += "0b"; break;
        case 8:
            if (*p != '0' && numDigits >= minDigits) text += '0';
            break;
        case 16:
            text += '0';
            text += digits[16];
            break;
        default: break;
        }
    }
    if (numDigits < minDigits) text.append(static_cast<size_t>(minDigits - numDigits), '0');
    text.append(p, end);

    char sign = negative ? '-' : plus ? '+' : space ? ' ' : '\0';
    if (sign != '\0') text.insert(text.begin(), sign);

    // Zero padding, if any, was done above as precision.
    ZeroFlagOff noZeros(*this);
    pad(text);
}

void Formatter::fmtS(std::string_view s) { pad(truncateToPrecision(s, *this)); }

void Formatter::fmtSbx(std::string_view s, const char* digits) {
    size_t length = s.size();
    if (precPresent && static_cast<size_t>(prec) < length) length = static_cast<size_t>(prec);
    if (length == 0) {
        if (widPresent) writePadding(wid);
        return;
    }
    // The width of the encoding, for padding.
    size_t width = 2 * length;
    if (space) {
        if (sharp) width *= 2;  // 0x before every byte
        width += length - 1;    // and spaces between them
    } else if (sharp) {
        width += 2;  // one 0x for all
    }
    const bool padded = widPresent && static_cast<size_t>(wid) > width;
    if (padded && !minus) writePadding(wid - static_cast<int>(width));
    if (sharp) {
        buf_ += '0';
        buf_ += digits[16];
    }
    for (size_t i = 0; i < length; ++i) {
        if (space && i > 0) {
            buf_ += ' ';
            if (sharp) {
                buf_ += '0';
                buf_ += digits[16];
            }
        }
        auto c = static_cast<unsigned char>(s[i]);
        buf_ += digits[c >> 4];
        buf_ += digits[c & 0xF];
    }
    if (padded && minus) writePadding(wid - static_cast<int>(width));
}

void Formatter::fmtQ(std::string_view s) {
    s = truncateToPrecision(s, *this);
    std::string text;
    if (sharp && strconv::canBackquote(s)) {
        text.reserve(s.size() + 2);
        text += '`';
        text += s;
        text += '`';
    } else if (plus) {
        strconv::appendQuoteToASCII(text, s);
    } else {
        strconv::appendQuote(text, s);
    }
    pad(text);
}

void Formatter::fmtC(uint64_t c) {
    std::string text;
    unicode::encode(text, runeOf(c));
    pad(text);
}

void Formatter::fmtQc(uint64_t c) {
    std::string text;
    if (plus) {
        strconv::appendQuoteRuneToASCII(text, runeOf(c));
    } else {
        strconv::appendQuoteRune(text, runeOf(c));
    }
    pad(text);
}

void Formatter::fmtFloat(double v, int size, char verb, int defaultPrec) {
    const int precision = precPresent ? prec : defaultPrec;
    // num is the number with a sign always in front: '+', '-' or ' '.
    std::string num = "+";
    strconv::appendFloat(num, v, verb, precision, size);
    if (num[1] == '-' || num[1] == '+') num.erase(0, 1);
    if (space && num[0] == '+' && !plus) num[0] = ' ';

    // Infinities and NaN do not look like numbers: no zero padding, and
    // NaN gets a sign only when one was asked for.
    if (num[1] == 'I' || num[1] == 'N') {
        ZeroFlagOff noZeros(*this);
        std::string_view text = num;
        if (num[1] == 'N' && !space && !plus) text.remove_prefix(1);
        pad(text);
        return;
    }

    // '#' keeps the decimal point and, for %g %G %x (and %v), the trailing
    // zeros up to the precision (6 by default). Go counts every byte after
    // the first nonzero one as a digit, "x" of the hex prefix included.
    if (sharp && verb != 'b') {
        int digits = 0;
        if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') digits = precision == -1 ? 6 : precision;
        std::string tail;  // the exponent, put back at the end
        bool hasPoint = false;
        bool sawNonzero = false;
        for (size_t i = 1; i < num.size(); ++i) {
            char c = num[i];
            if (c == '.') {
                hasPoint = true;
                continue;
            }
            bool exponent = c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X');
            if (exponent) {
                tail.assign(num, i);
                num.resize(i);
                break;
            }
            if (c != '0') sawNonzero = true;
            if (sawNonzero) --digits;
        }
        if (!hasPoint) {
            if (num.size() == 2 && num[1] == '0') --digits;  // a lone 0 is a digit too
            num += '.';
        }
        if (digits > 0) num.append(static_cast<size_t>(digits), '0');
        num += tail;
    }

    if (plus || num[0] != '+') {
        // Zero padding goes between the sign and the digits.
        if (zero && widPresent && wid > static_cast<int>(num.size())) {
            buf_ += num[0];
            writePadding(wid - static_cast<int>(num.size()));
            buf_.append(num, 1);
            return;
        }
        pad(num);
        return;
    }
    pad(std::string_view(num).substr(1));
}

void Formatter::fmtComplex(double re, double im, int size, char verb) {
    const bool savedPlus = plus;
    buf_ += '(';
    printFloat(re, size / 2, static_cast<unsigned char>(verb));
    plus = true;  // the imaginary part always has a sign
    printFloat(im, size / 2, static_cast<unsigned char>(verb));
    buf_ += "i)";
    plus = savedPlus;
}

// ---- print.go ------------------------------------------------------------------------------

bool Formatter::printBool(bool v, char32_t verb) {
    if (verb != 't' && verb != 'v') return false;
    fmtBoolean(v);
    return true;
}

void Formatter::fmt0x64(uint64_t v, bool leading0x) {
    const bool savedSharp = sharp;
    sharp = leading0x;
    fmtInteger(v, 16, false, 'v', kLowerDigits);
    sharp = savedSharp;
}

bool Formatter::printInteger(uint64_t v, bool isSigned, char32_t verb) {
    switch (verb) {
    case 'v':
        if (sharpV && !isSigned) {
            fmt0x64(v, true);
        } else {
            fmtInteger(v, 10, isSigned, verb, kLowerDigits);
        }
        return true;
    case 'd': fmtInteger(v, 10, isSigned, verb, kLowerDigits); return true;
    case 'b': fmtInteger(v, 2, isSigned, verb, kLowerDigits); return true;
    case 'o':
    case 'O': fmtInteger(v, 8, isSigned, verb, kLowerDigits); return true;
    case 'x': fmtInteger(v, 16, isSigned, verb, kLowerDigits); return true;
    case 'X': fmtInteger(v, 16, isSigned, verb, kUpperDigits); return true;
    case 'c': fmtC(v); return true;
    case 'q': fmtQc(v); return true;
    case 'U': fmtUnicode(v); return true;
    default: return false;
    }
}

bool Formatter::printFloat(double v, int size, char32_t verb) {
    switch (verb) {
    case 'v': fmtFloat(v, size, 'g', -1); return true;
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X': fmtFloat(v, size, static_cast<char>(verb), -1); return true;
    case 'f':
    case 'e':
    case 'E': fmtFloat(v, size, static_cast<char>(verb), 6); return true;
    case 'F': fmtFloat(v, size, 'f', 6); return true;
    default: return false;
    }
}

bool Formatter::printComplex(double re, double im, int size, char32_t verb) {
    switch (verb) {
    case 'v':
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X':
    case 'f':
    case 'F':
    case 'e':
    case 'E': fmtComplex(re, im, size, static_cast<char>(verb)); return true;
    default: return false;
    }
}

bool Formatter::printString(std::string_view s, char32_t verb) {
    switch (verb) {
    case 'v':
        if (sharpV) {
            fmtQ(s);
        } else {
            fmtS(s);
        }
        return true;
    case 's': fmtS(s); return true;
    case 'x': fmtSbx(s, kLowerDigits); return true;
    case 'X': fmtSbx(s, kUpperDigits); return true;
    case 'q': fmtQ(s); return true;
    default: return false;
    }
}

bool Formatter::printBytes(std::string_view b, bool isNil, char32_t verb, std::string_view typeString) {
    switch (verb) {
    case 'v':
    case 'd':
        if (sharpV) {
            buf_ += typeString;
            if (isNil) {
                buf_ += "(nil)";
                return true;
            }
            buf_ += '{';
            for (size_t i = 0; i < b.size(); ++i) {
                if (i > 0) buf_ += ", ";
                fmt0x64(static_cast<unsigned char>(b[i]), true);
            }
            buf_ += '}';
        } else {
            buf_ += '[';
            for (size_t i = 0; i < b.size(); ++i) {
                if (i > 0) buf_ += ' ';
                fmtInteger(static_cast<unsigned char>(b[i]), 10, false, verb, kLowerDigits);
            }
            buf_ += ']';
        }
        return true;
    case 's': fmtBs(b); return true;
    case 'x': fmtSbx(b, kLowerDigits); return true;
    case 'X': fmtSbx(b, kUpperDigits); return true;
    case 'q': fmtQ(b); return true;
    default: return false;
    }
}

// ---- doPrintf's parser -----------------------------------------------------------------------

PrintfScanner::PrintfScanner(std::string_view format, int numArgs, IntArg intArg)
    : format_(format), numArgs_(numArgs), intArg_(std::move(intArg)) {}

// print.go's parsenum: a decimal number at pos_, or nullopt (pos_ left
// alone) when there is none. An absurdly long number is no number, and
// swallows the rest of the format.
std::optional<int> PrintfScanner::parseNumber(size_t& i) {
    const size_t end = format_.size();
    if (i >= end) return std::nullopt;
    int64_t num = 0;
    bool isNum = false;
    for (; i < end && format_[i] >= '0' && format_[i] <= '9'; ++i) {
        if (tooLarge(num)) {
            i = end;
            return std::nullopt;
        }
        num = num * 10 + (format_[i] - '0');
        isNum = true;
    }
    if (!isNum) return std::nullopt;
    return static_cast<int>(num);
}

// print.go's argNumber: an explicit index "[n]" at pos_ selects argument
// n-1. A malformed or out-of-range index marks the directive bad; found is
// true only when a well-formed [n] was read.
PrintfScanner::ArgNumber PrintfScanner::argNumber(int argNum) {
    if (pos_ >= format_.size() || format_[pos_] != '[') return {argNum, false};
    reordered_ = true;
    std::string_view rest = format_.substr(pos_);
    // Needs at least "[n]"; on failure only the '[' is consumed, or up to a
    // closing bracket if there is one.
    if (rest.size() >= 3) {
        size_t close = rest.find(']', 1);
        if (close != std::string_view::npos) {
            size_t i = pos_ + 1;
            std::optional<int> n = parseNumber(i);
            pos_ += close + 1;
            if (n && i == pos_ - 1) {
                int index = *n - 1;
                if (index >= 0 && index < numArgs_) return {index, true};
                goodArgNum_ = false;
                return {argNum, true};
            }
            goodArgNum_ = false;
            return {argNum, false};
        }
    }
    pos_ += 1;
    goodArgNum_ = false;
    return {argNum, false};
}

// print.go's intFromArg: the width or precision taken from argument argNum,
// which is consumed if it exists.
std::optional<int> PrintfScanner::intFromArg(int& argNum) {
    if (argNum >= numArgs_) return std::nullopt;
    std::optional<int64_t> value = intArg_ ? intArg_(argNum) : std::nullopt;
    ++argNum;
    if (!value || tooLarge(*value)) return std::nullopt;
    return static_cast<int>(*value);
}

bool PrintfScanner::next(std::string& out, PrintfDirective& directive) {
    const size_t end = format_.size();
    while (!done_) {
        goodArgNum_ = true;
        size_t percent = format_.find('%', pos_);
        if (percent == std::string_view::npos) percent = end;
        out += format_.substr(pos_, percent - pos_);
        pos_ = percent;
        if (pos_ >= end) break;
        ++pos_;

        // Flags.
        FormatFlags f;
        for (bool isFlag = true; isFlag && pos_ < end; pos_ += isFlag ? 1 : 0) {
            switch (format_[pos_]) {
            case '#': f.sharp = true; break;
            case '0': f.zero = !f.minus; break;  // zero padding only on the left
            case '+': f.plus = true; break;
            case '-':
                f.minus = true;
                f.zero = false;
                break;
            case ' ': f.space = true; break;
            default: isFlag = false; break;
            }
        }

        // Argument index, then width.
        ArgNumber an = argNumber(argNum_);
        argNum_ = an.argNum;
        bool afterIndex = an.found;
        if (pos_ < end && format_[pos_] == '*') {
            ++pos_;
            std::optional<int> w = intFromArg(argNum_);
            f.widPresent = w.has_value();
            f.wid = w.value_or(0);
            if (!f.widPresent) out += kBadWidthString;
            if (f.wid < 0) {  // a negative width means left-justify
                f.wid = -f.wid;
                f.minus = true;
                f.zero = false;
            }
            afterIndex = false;
        } else {
            std::optional<int> w = parseNumber(pos_);
            f.widPresent = w.has_value();
            f.wid = w.value_or(0);
            if (afterIndex && f.widPresent) goodArgNum_ = false;  // "%[3]2d"
        }

        // Precision.
        if (pos_ + 1 < end && format_[pos_] == '.') {
            ++pos_;
            if (afterIndex) goodArgNum_ = false;  // "%[3].2d"
            an = argNumber(argNum_);
            argNum_ = an.argNum;
            afterIndex = an.found;
            if (pos_ < end && format_[pos_] == '*') {
                ++pos_;
                std::optional<int> p = intFromArg(argNum_);
                f.precPresent = p.has_value() && *p >= 0;
                f.prec = f.precPresent ? *p : 0;
                if (!f.precPresent) out += kBadPrecString;
                afterIndex = false;
            } else {
                std::optional<int> p = parseNumber(pos_);
                f.precPresent = true;  // "%.d" means precision 0
                f.prec = p.value_or(0);
            }
        }

        if (!afterIndex) {
            an = argNumber(argNum_);
            argNum_ = an.argNum;
        }

        if (pos_ >= end) {
            out += kNoVerbString;
            break;
        }

        uint32_t verb = static_cast<unsigned char>(format_[pos_]);
        size_t size = 1;
        if (verb >= 0x80) size = unicode::decode(format_.data() + pos_, end - pos_, verb);
        pos_ += size;

        if (verb == '%') {  // %% prints a percent and uses no argument
            out += '%';
        } else if (!goodArgNum_) {
            out += kPercentBangString;
            appendRune(out, verb);
            out += kBadIndexString;
        } else if (argNum_ >= numArgs_) {
            out += kPercentBangString;
            appendRune(out, verb);
            out += kMissingString;
        } else {
            if (verb == 'v') {  // %#v is Go syntax, %+v adds field names
                f.sharpV = f.sharp;
                f.sharp = false;
                f.plusV = f.plus;
                f.plus = false;
            }
            directive.flags = f;
            directive.verb = verb;
            directive.argIndex = argNum_++;
            return true;
        }
    }
    done_ = true;
    return false;
}

int PrintfScanner::extraArgsBegin() const { return !reordered_ && argNum_ < numArgs_ ? argNum_ : -1; }

}  // namespace gos::fmt
