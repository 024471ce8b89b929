// The primitive layer of Go's fmt package: how one integer, float, complex,
// bool, string or byte slice is printed under a verb and its flags (Go's
// fmt/format.go, plus the per-type verb switches of print.go), and the
// parser of Printf format strings (print.go's doPrintf).
//
// The value walker (the code that looks at an argument's dynamic type,
// calls Format/Error/String methods and recurses into structs, slices, maps
// and pointers) sits on top of this and is not here. How it drives this
// layer, in brief:
//
//   std::string out;
//   Formatter f(out);
//   PrintfScanner scan(format, numArgs, [&](int i) { return intValue(args[i]); });
//   PrintfDirective d;
//   while (scan.next(out, d)) {      // literal text and %%, %!(BADWIDTH)...
//       f.setFlags(d.flags);         // are already in out
//       printArg(args[d.argIndex], d.verb);   // the walker's own function
//   }
//   if (int k = scan.extraArgsBegin(); k >= 0) {
//       f.clearFlags();
//       out += kExtraString;                   // "%!(EXTRA "
//       for (int i = k; i < numArgs; ++i) {
//           if (i > k) out += ", ";
//           // "<nil>" for a nil interface, else  type "=" printArg(args[i], 'v')
//       }
//       out += ')';
//   }
//
// and printArg, for a value of basic type, calls one of the print* methods
// below (printInteger for every integer type, printFloat for float32 with
// size 32 and float64 with 64, printComplex with 64 or 128, printString,
// printBytes for []byte, printBool). Each returns false when the verb does
// not apply; the walker then writes Go's bad-verb form itself:
//   "%!" verb "(" type "=" printArg(arg, 'v') ")"
// keeping the current flags (Go does), or for printBytes, prints the slice
// element by element as for any other slice. %T and %p are the walker's too.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace gos::fmt {

// Digit sets for fmtInteger and fmtSbx; index 16 is the letter of the 0x prefix.
inline constexpr const char* kLowerDigits = "0123456789abcdefx";
inline constexpr const char* kUpperDigits = "0123456789ABCDEFX";

// The text print.go writes around bad directives and extra arguments.
inline constexpr std::string_view kPercentBangString = "%!";
inline constexpr std::string_view kMissingString = "(MISSING)";
inline constexpr std::string_view kBadIndexString = "(BADINDEX)";
inline constexpr std::string_view kExtraString = "%!(EXTRA ";
inline constexpr std::string_view kBadWidthString = "%!(BADWIDTH)";
inline constexpr std::string_view kBadPrecString = "%!(BADPREC)";
inline constexpr std::string_view kNoVerbString = "%!(NOVERB)";
inline constexpr std::string_view kNilAngleString = "<nil>";

// Appends the UTF-8 encoding of r (U+FFFD if r is not a valid rune).
void appendRune(std::string& out, char32_t r);

// The options of one directive, as Go's fmt struct keeps them.
// For %v, the scanner moves '#' into sharpV and '+' into plusV (Go syntax
// and field names) and clears sharp and plus, as Go does.
struct FormatFlags {
    bool widPresent = false;
    bool precPresent = false;
    bool minus = false;  // pad on the right
    bool plus = false;   // always print a sign; %+q: ASCII only
    bool sharp = false;  // alternate format
    bool space = false;  // leave a space for the sign; % x: spaces between bytes
    bool zero = false;   // pad with leading zeros
    bool plusV = false;  // %+v
    bool sharpV = false; // %#v
    int wid = 0;         // meaningful when widPresent; never negative
    int prec = 0;        // meaningful when precPresent; never negative
};

// Go's fmt: formats one primitive value at a time into a caller's buffer,
// using the flags it holds (set them with setFlags before each directive).
// The fmt* methods are format.go's; the print* methods are the verb switches
// of print.go for the basic types.
class Formatter : public FormatFlags {
public:
    explicit Formatter(std::string& buf) : buf_(buf) {}

    std::string& buf() { return buf_; }
    // As Go's fmt, a directive without a width or precision leaves the
    // previous values in place (only "present" changes): a Format method
    // sees them through fmt.State.
    void setFlags(const FormatFlags& flags) {
        int w = wid, p = prec;
        static_cast<FormatFlags&>(*this) = flags;
        if (!widPresent) wid = w;
        if (!precPresent) prec = p;
    }
    void clearFlags() { setFlags(FormatFlags{}); }

    // ---- format.go --------------------------------------------------------

    // n bytes of padding: '0' with the zero flag, else ' '.
    void writePadding(int n);
    // Appends s padded to wid runes (on the left, or on the right with minus).
    // pad and padString are the same thing here (Go has one for []byte).
    void pad(std::string_view s);
    void padString(std::string_view s) { pad(s); }

    void fmtBoolean(bool v);
    // %U: "U+0078"; with sharp and a printable rune, "U+0078 'x'". The
    // precision sets the minimum number of hex digits (at least 4).
    void fmtUnicode(uint64_t u);
    // An integer in base 2, 8, 10 or 16 (u is the value's bits; isSigned
    // says whether to read it as int64). Handles precision (minimum digits;
    // %.0d of 0 prints nothing), zero padding, + and space, # prefixes
    // (0b, 0, 0x/0X per digits[16]) and verb 'O' (0o prefix).
    void fmtInteger(uint64_t u, int base, bool isSigned, char32_t verb, const char* digits);
    // %s: s truncated to prec runes, padded.
    void fmtS(std::string_view s);
    // %s of a []byte: the same as fmtS.
    void fmtBs(std::string_view b) { fmtS(b); }
    // %x %X of a string or []byte: two hex digits a byte, at most prec bytes;
    // space puts a space between bytes, sharp adds 0x (before each byte when
    // combined with space).
    void fmtSbx(std::string_view s, const char* digits);
    // %q of a string: strconv.Quote, %+q QuoteToASCII, %#q a raw `string`
    // when strconv.CanBackquote allows. Truncated to prec runes first.
    void fmtQ(std::string_view s);
    // %c: the rune c (U+FFFD when invalid), padded.
    void fmtC(uint64_t c);
    // %q of an integer: strconv.QuoteRune (QuoteRuneToASCII with plus).
    void fmtQc(uint64_t c);
    // A float64 (size 64) or float32 (size 32) under a strconv verb
    // ('e' 'E' 'f' 'g' 'G' 'x' 'X' 'b'); defaultPrec is used unless a
    // precision is present (-1: shortest). Handles the sign
    // flags, zero padding after the sign, NaN and Inf (never zero padded,
    // NaN unsigned unless + or space), and # (keep the point and, for
    // g/G/x, trailing zeros).
    void fmtFloat(double v, int size, char verb, int defaultPrec);
    // (re+imi) with size 64 (complex64) or 128 (complex128), each part as
    // printFloat prints it, the imaginary one always signed. verb must be one
    // of v b g G x X f F e E (printComplex checks).
    void fmtComplex(double re, double im, int size, char verb);

    // ---- print.go, one function per basic type ------------------------------
    // Each returns false, writing nothing, when the verb is not one of the
    // type's verbs.

    // t v
    bool printBool(bool v, char32_t verb);
    // v d b o O x X c q U; %#v of an unsigned value prints 0x-hex.
    bool printInteger(uint64_t v, bool isSigned, char32_t verb);
    // v (shortest %g) b g G x X (shortest) f e E F (precision 6).
    bool printFloat(double v, int size, char32_t verb);
    // the verbs of printFloat, for a complex64 (size 64) or complex128 (128).
    bool printComplex(double re, double im, int size, char32_t verb);
    // v (%#v quotes) s x X q
    bool printString(std::string_view s, char32_t verb);
    // A []byte: s x X q as for strings; v and d print "[1 2 3]", or with
    // %#v  typeString "{0x1, 0x2}" (typeString "(nil)" when isNil). Go's
    // typeString is "[]byte" for an argument of type []byte itself and the
    // type's name (%T) for other byte slices and arrays, e.g. "main.Bytes".
    // Other verbs return false: print the value as an ordinary slice.
    bool printBytes(std::string_view b, bool isNil, char32_t verb, std::string_view typeString);
    // v in hex, with a 0x prefix if leading0x (for pointers: %p, %v).
    void fmt0x64(uint64_t v, bool leading0x);

private:
    std::string& buf_;
};

// One directive of a Printf format string that consumes an argument.
struct PrintfDirective {
    FormatFlags flags;
    char32_t verb = 0;  // U+FFFD for an invalid UTF-8 byte
    int argIndex = 0;   // the argument to print, 0-based, < numArgs
};

// Walks a Printf format string as Go's doPrintf does. Width and precision
// given as '*' take their value from an argument, so the scanner asks for
// it through intArg(i), which must return the argument's value when its
// dynamic type is an integer kind (int..int64, uint..uintptr, named or not)
// and the value fits in int64, and nullopt otherwise (a missing intArg
// treats every argument as a non-integer).
//
// next() appends to out the literal text up to the next directive that
// consumes an argument, together with everything the directives on the way
// print by themselves: "%" for %%, "%!(BADWIDTH)" and "%!(BADPREC)" (written
// before the directive's own output, which still follows), "%!v(BADINDEX)",
// "%!v(MISSING)" and "%!(NOVERB)". It then fills the directive and returns
// true, or returns false at the end of the format. The caller prints
// argument d.argIndex under d.verb with d.flags, then calls next() again.
//
// After next() has returned false, extraArgsBegin() is the index of the
// first argument no directive used when Go reports extra arguments
// ("%!(EXTRA type=value, ...)"), or -1 when it does not: all were used, or
// the format used explicit indexes like %[2]d.
class PrintfScanner {
public:
    using IntArg = std::function<std::optional<int64_t>(int argIndex)>;

    PrintfScanner(std::string_view format, int numArgs, IntArg intArg = {});

    bool next(std::string& out, PrintfDirective& directive);
    int extraArgsBegin() const;
    // Whether the format used an explicit argument index [n] so far.
    bool reordered() const { return reordered_; }

private:
    struct ArgNumber {
        int argNum;
        bool found;
    };
    ArgNumber argNumber(int argNum);
    std::optional<int> intFromArg(int& argNum);
    std::optional<int> parseNumber(size_t& i);

    std::string_view format_;
    size_t pos_ = 0;
    int numArgs_;
    IntArg intArg_;
    int argNum_ = 0;
    bool reordered_ = false;
    bool goodArgNum_ = true;
    bool done_ = false;
};

}  // namespace gos::fmt
