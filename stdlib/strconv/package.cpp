// Package strconv, as scripts see it: the natives over gos::strconv, and the
// errors Go's strconv returns.
//
// A failed parse returns a *strconv.NumError, Go's struct
// { Func, Num string; Err error }, with the same field names and layout, so
// it prints, compares and unpacks (err.(*strconv.NumError)) as Go's does.
// Its Error and Unwrap methods are natives; Error asks Err for its message
// through Err's own Error method, which may be a Go method if a program
// stored its own error there. Err is ErrSyntax or ErrRange (the values of
// the package variables at the time of the call, so err.Err ==
// strconv.ErrRange holds), or a fresh "invalid base N" / "invalid bit size N"
// error as Go makes them. Unquote reports ErrSyntax itself, not a NumError,
// as Go does.
//
// The two variables live in per-VM cells allocated uncollectable (a few
// bytes per VM, never freed): the VM keeps per-VM library data in C++
// memory the collector does not scan, and the errors the cells hold must
// stay alive as long as the VM may hand them out.
//
// Function names in errors follow Go's: Atoi reports "Atoi" even where Go
// goes through ParseInt, ParseInt reports the whole input with its sign.
// Invalid arguments to the Format functions panic with Go's messages.
// The Append functions grow the byte slice as Go's append would, piece by
// piece where Go appends piece by piece, so cap() of the result is Go's.
#include <gc/gc.h>

#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

#include "lexer/unicode.h"
#include "stdlib/errors/errors.h"
#include "stdlib/stdlib.h"
#include "stdlib/strconv/strconv.h"
#include "vm/runtime.h"
#include "vm/slice.h"
#include "vm/slice.h"

namespace gos::stdlib {

using strconv::ParseError;
using types::Kind;

namespace {

// The layout of *strconv.NumError's target.
struct NumError {
    vm::GoString func;
    vm::GoString num;
    vm::Iface err;
};
static_assert(sizeof(NumError) == 48);

const char kErrRangeKey = 0;
const char kErrSyntaxKey = 0;

// The cell of the package variable ErrRange or ErrSyntax.
vm::Iface* errorVar(vm::VM& vm, const char* key) {
    bool fresh;
    auto* v = static_cast<vm::Iface*>(vm.libraryVariable(key, sizeof(vm::Iface), fresh));
    if (fresh) *v = makeError(vm, "errors.errorString", key == &kErrRangeKey ? "value out of range" : "invalid syntax");
    return v;
}

void nErrRange(vm::VM& vm, uint64_t* a) { a[0] = reinterpret_cast<uint64_t>(errorVar(vm, &kErrRangeKey)); }
void nErrSyntax(vm::VM& vm, uint64_t* a) { a[0] = reinterpret_cast<uint64_t>(errorVar(vm, &kErrSyntaxKey)); }

// &NumError{fn, num, reason} as an error.
vm::Iface numError(vm::VM& vm, const char* fn, std::string_view num, ParseError why, int64_t arg) {
    vm::Iface reason;
    switch (why) {
        case ParseError::Range: reason = *errorVar(vm, &kErrRangeKey); break;
        case ParseError::Base: reason = makeError(vm, "errors.errorString", "invalid base " + std::to_string(arg)); break;
        case ParseError::BitSize:
            reason = makeError(vm, "errors.errorString", "invalid bit size " + std::to_string(arg));
            break;
        default: reason = *errorVar(vm, &kErrSyntaxKey); break;
    }
    auto* e = static_cast<NumError*>(vm.allocate(sizeof(NumError), false));
    e->func = {fn, static_cast<int64_t>(std::strlen(fn))};
    e->num = vm.makeString(num);
    e->err = reason;
    const auto& lib = vm.program().libraryTypes;
    return {lib.at("strconv.NumError"), e};
}

// The error result of a parse: nil, or a NumError.
void setParseError(vm::VM& vm, uint64_t* a, int slot, const char* fn, std::string_view num, ParseError why,
                   int64_t arg = 0) {
    setIface(a, slot, why == ParseError::None ? vm::Iface{} : numError(vm, fn, num, why, arg));
}

// ---- NumError's methods ----------------------------------------------------------

NumError* numErrorReceiver(vm::VM& vm, uint64_t* a) {
    auto* e = reinterpret_cast<NumError*>(a[0]);
    if (!e) vm.runtimeError(vm::kNilDeref, true);
    return e;
}

// "strconv." + e.Func + ": parsing " + Quote(e.Num) + ": " + e.Err.Error()
void nNumErrorError(vm::VM& vm, uint64_t* a) {
    ResultSlots results(vm, a);
    NumError* e = numErrorReceiver(vm, a);
    std::string text = "strconv.";
    text += e->func.view();
    text += ": parsing ";
    strconv::appendQuote(text, e->num.view());
    text += ": ";
    vm::Iface reason = e->err;
    const types::Method* m = vm::findMethod(reason.type, "Error");
    if (!m) vm.runtimeError(vm::kNilDeref, true);  // a nil Err
    std::string message;
    vm::callStringMethod(vm, reason, m, message);  // may run Go code
    text += message;
    setString(results.get(vm), 0, vm.makeString(text));
}

void nNumErrorUnwrap(vm::VM& vm, uint64_t* a) { setIface(a, 0, numErrorReceiver(vm, a)->err); }

// ---- formatting ---------------------------------------------------------------------

void retString(vm::VM& vm, uint64_t* a, const std::string& s) { setString(a, 0, vm.makeString(s)); }

// The C++ formatters throw std::invalid_argument carrying Go's panic message.
template <class F>
void orPanic(vm::VM& vm, F&& f) {
    std::string message;
    try {
        f();
        return;
    } catch (const std::invalid_argument& e) {
        message = e.what();
    }
    panicString(vm, message);
}

// A base as the C++ formatter takes it; any invalid one becomes 0, which it
// rejects with Go's panic message.
int baseArg(uint64_t slot) {
    auto base = static_cast<int64_t>(slot);
    return base < 2 || base > 36 ? 0 : static_cast<int>(base);
}

void nItoa(vm::VM& vm, uint64_t* a) { retString(vm, a, strconv::itoa(static_cast<int64_t>(a[0]))); }
void nFormatInt(vm::VM& vm, uint64_t* a) {
    orPanic(vm, [&] { retString(vm, a, strconv::formatInt(static_cast<int64_t>(a[0]), baseArg(a[1]))); });
}
void nFormatUint(vm::VM& vm, uint64_t* a) {
    orPanic(vm, [&] { retString(vm, a, strconv::formatUint(a[0], baseArg(a[1]))); });
}
void nFormatBool(vm::VM&, uint64_t* a) {
    bool b = (a[0] & 0xFF) != 0;
    setString(a, 0, b ? vm::GoString{"true", 4} : vm::GoString{"false", 5});
}
// A precision as the C++ formatter takes it: any negative one means
// "shortest", as in Go; beyond 2^30 digits no allocation would succeed.
int clampPrecision(int64_t prec) { return static_cast<int>(prec < -1 ? -1 : prec > (1 << 30) ? (1 << 30) : prec); }

// FormatFloat(f float64, fmt byte, prec, bitSize int)
void nFormatFloat(vm::VM& vm, uint64_t* a) {
    double f;
    std::memcpy(&f, a, sizeof f);
    auto fmt = static_cast<char>(a[1]);
    auto prec = static_cast<int64_t>(a[2]);
    auto bitSize = static_cast<int64_t>(a[3]);
    orPanic(vm, [&] {
        if (bitSize != 32 && bitSize != 64) throw std::invalid_argument("strconv: illegal AppendFloat/FormatFloat bitSize");
        // Go starts with make([]byte, 0, max(prec+4, 24)): a precision the
        // heap cannot hold fails there, as Go's out-of-memory error
        if (prec > (1 << 20)) vm::makeSlice(vm, vm.program().types->basic(types::Kind::Uint8), 0, prec + 4);
        retString(vm, a, strconv::formatFloat(f, fmt, clampPrecision(prec), static_cast<int>(bitSize)));
    });
}

// ---- parsing -------------------------------------------------------------------------

// Atoi(s string) (int, error)
void nAtoi(vm::VM& vm, uint64_t* a) {
    std::string_view s = stringArg(a, 0);
    int64_t v;
    ParseError why = strconv::parseInt(s, 10, 0, v);
    setParseError(vm, a, 1, "Atoi", s, why);
    a[0] = static_cast<uint64_t>(v);
}
// ParseInt(s string, base int, bitSize int) (int64, error)
void nParseInt(vm::VM& vm, uint64_t* a) {
    std::string_view s = stringArg(a, 0);
    auto base = static_cast<int64_t>(a[2]), bitSize = static_cast<int64_t>(a[3]);
    int64_t v;
    ParseError why = strconv::parseInt(s, base, bitSize, v);
    setParseError(vm, a, 1, "ParseInt", s, why, why == ParseError::Base ? base : bitSize);
    a[0] = static_cast<uint64_t>(v);
}
// ParseUint(s string, base int, bitSize int) (uint64, error)
void nParseUint(vm::VM& vm, uint64_t* a) {
    std::string_view s = stringArg(a, 0);
    auto base = static_cast<int64_t>(a[2]), bitSize = static_cast<int64_t>(a[3]);
    uint64_t v;
    ParseError why = strconv::parseUint(s, base, bitSize, v);
    setParseError(vm, a, 1, "ParseUint", s, why, why == ParseError::Base ? base : bitSize);
    a[0] = v;
}
// ParseFloat(s string, bitSize int) (float64, error)
void nParseFloat(vm::VM& vm, uint64_t* a) {
    std::string_view s = stringArg(a, 0);
    double v;
    ParseError why = strconv::parseFloat(s, static_cast<int64_t>(a[2]), v);
    setParseError(vm, a, 1, "ParseFloat", s, why);
    std::memcpy(a, &v, sizeof v);
}
// ParseBool(str string) (bool, error)
void nParseBool(vm::VM& vm, uint64_t* a) {
    std::string_view s = stringArg(a, 0);
    bool v;
    ParseError why = strconv::parseBool(s, v);
    setParseError(vm, a, 1, "ParseBool", s, why);
    a[0] = v;
}

// ---- quoting -----------------------------------------------------------------------

int32_t runeArg(const uint64_t* a, int slot) { return static_cast<int32_t>(a[slot]); }

void nQuote(vm::VM& vm, uint64_t* a) { retString(vm, a, strconv::quote(stringArg(a, 0))); }
void nQuoteToASCII(vm::VM& vm, uint64_t* a) { retString(vm, a, strconv::quoteToASCII(stringArg(a, 0))); }
void nQuoteRune(vm::VM& vm, uint64_t* a) { retString(vm, a, strconv::quoteRune(static_cast<uint32_t>(runeArg(a, 0)))); }
void nQuoteRuneToASCII(vm::VM& vm, uint64_t* a) {
    retString(vm, a, strconv::quoteRuneToASCII(static_cast<uint32_t>(runeArg(a, 0))));
}
void nCanBackquote(vm::VM&, uint64_t* a) { a[0] = strconv::canBackquote(stringArg(a, 0)); }
void nIsPrint(vm::VM&, uint64_t* a) {
    int32_t r = runeArg(a, 0);
    a[0] = r >= 0 && strconv::isPrint(static_cast<uint32_t>(r));
}

// Unquote(s string) (string, error)
void nUnquote(vm::VM& vm, uint64_t* a) {
    std::string out;
    bool ok = strconv::unquote(stringArg(a, 0), out);
    setString(a, 0, vm.makeString(out));
    setIface(a, 2, ok ? vm::Iface{} : *errorVar(vm, &kErrSyntaxKey));
}
// QuotedPrefix(s string) (string, error)
void nQuotedPrefix(vm::VM& vm, uint64_t* a) {
    std::string_view out;
    bool ok = strconv::quotedPrefix(stringArg(a, 0), out);
    setString(a, 0, viewString(out));
    setIface(a, 2, ok ? vm::Iface{} : *errorVar(vm, &kErrSyntaxKey));
}
// UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error)
void nUnquoteChar(vm::VM& vm, uint64_t* a) {
    std::string_view s = stringArg(a, 0);
    auto quote = static_cast<char>(a[2]);
    uint32_t value;
    bool multibyte;
    std::string_view tail;
    bool ok = strconv::unquoteChar(s, quote, value, multibyte, tail);
    a[0] = static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(value)));
    a[1] = multibyte;
    setString(a, 2, viewString(tail));
    setIface(a, 4, ok ? vm::Iface{} : *errorVar(vm, &kErrSyntaxKey));
}

// ---- appending -----------------------------------------------------------------------

// A []byte growing by Go's append, one append call at a time.
class ByteAppender {
public:
    ByteAppender(vm::VM& vm, vm::GoSlice s) : vm_(vm), s_(s) {}
    void append(const char* p, int64_t n) {
        if (n == 0) return;
        s_ = vm::growSlice(vm_, vm_.program().types->basic(Kind::Uint8), s_, s_.len + n);
        std::memcpy(static_cast<char*>(s_.data) + s_.len, p, static_cast<size_t>(n));
        s_.len += n;
    }
    void append(std::string_view s) { append(s.data(), static_cast<int64_t>(s.size())); }
    // make([]byte, len, c) and copy, as Go's quoting does to make room
    void reserveExactly(int64_t c) {
        vm::GoSlice fresh = vm::makeSlice(vm_, vm_.program().types->basic(Kind::Uint8), s_.len, c);
        if (s_.len) std::memcpy(fresh.data, s_.data, static_cast<size_t>(s_.len));
        s_ = fresh;
    }
    vm::GoSlice slice() const { return s_; }

private:
    vm::VM& vm_;
    vm::GoSlice s_;
};

// Appends a quoted literal the way Go's appendQuotedWith and
// appendEscapedRune append it: the quotes, each printable rune and each
// \c escape as one append, a \x \u \U escape as the two bytes of its
// introducer and then one append per digit (and \\ or \" as two appends).
// The literal's text tells which piece is which.
void appendQuotedPieces(ByteAppender& out, std::string_view quoted) {
    size_t i = 0;
    while (i < quoted.size()) {
        if (quoted[i] != '\\' || i + 1 == quoted.size()) {
            uint32_t r;
            size_t w = unicode::decode(quoted.data() + i, quoted.size() - i, r);
            out.append(quoted.data() + i, static_cast<int64_t>(w));
            i += w;
            continue;
        }
        char kind = quoted[i + 1];
        size_t digits = kind == 'x' ? 2 : kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
        if (digits > 0) {
            out.append(quoted.data() + i, 2);
            for (size_t k = 0; k < digits; ++k) out.append(quoted.data() + i + 2 + k, 1);
            i += 2 + digits;
        } else if (kind == '\\' || kind == '"' || kind == '\'') {
            out.append(quoted.data() + i, 1);
            out.append(quoted.data() + i + 1, 1);
            i += 2;
        } else {
            out.append(quoted.data() + i, 2);
            i += 2;
        }
    }
}

// AppendQuote(dst []byte, s string) []byte, and the ASCII variant
void appendQuoteString(vm::VM& vm, uint64_t* a, bool ascii) {
    ByteAppender out(vm, sliceArg(a, 0));
    std::string_view s = stringArg(a, 3);
    vm::GoSlice dst = out.slice();
    if (dst.cap - dst.len < static_cast<int64_t>(s.size())) out.reserveExactly(dst.len + 1 + static_cast<int64_t>(s.size()) + 1);
    std::string quoted = ascii ? strconv::quoteToASCII(s) : strconv::quote(s);
    out.append(quoted.data(), 1);
    appendQuotedPieces(out, std::string_view(quoted).substr(1, quoted.size() - 2));
    out.append(quoted.data() + quoted.size() - 1, 1);
    setSlice(a, 0, out.slice());
}
void nAppendQuote(vm::VM& vm, uint64_t* a) { appendQuoteString(vm, a, false); }
void nAppendQuoteToASCII(vm::VM& vm, uint64_t* a) { appendQuoteString(vm, a, true); }

// AppendQuoteRune(dst []byte, r rune) []byte, and the ASCII variant
void appendQuoteRune(vm::VM& vm, uint64_t* a, bool ascii) {
    ByteAppender out(vm, sliceArg(a, 0));
    auto r = static_cast<uint32_t>(runeArg(a, 3));
    std::string quoted = ascii ? strconv::quoteRuneToASCII(r) : strconv::quoteRune(r);
    out.append(quoted.data(), 1);
    appendQuotedPieces(out, std::string_view(quoted).substr(1, quoted.size() - 2));
    out.append(quoted.data() + quoted.size() - 1, 1);
    setSlice(a, 0, out.slice());
}
void nAppendQuoteRune(vm::VM& vm, uint64_t* a) { appendQuoteRune(vm, a, false); }
void nAppendQuoteRuneToASCII(vm::VM& vm, uint64_t* a) { appendQuoteRune(vm, a, true); }

// AppendInt(dst []byte, i int64, base int) []byte: one append
void nAppendInt(vm::VM& vm, uint64_t* a) {
    orPanic(vm, [&] {
        std::string digits = strconv::formatInt(static_cast<int64_t>(a[3]), baseArg(a[4]));
        ByteAppender out(vm, sliceArg(a, 0));
        out.append(digits);
        setSlice(a, 0, out.slice());
    });
}
void nAppendUint(vm::VM& vm, uint64_t* a) {
    orPanic(vm, [&] {
        std::string digits = strconv::formatUint(a[3], baseArg(a[4]));
        ByteAppender out(vm, sliceArg(a, 0));
        out.append(digits);
        setSlice(a, 0, out.slice());
    });
}
// AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte:
// the text's pieces appended one by one, as Go's formatting appends them
void nAppendFloat(vm::VM& vm, uint64_t* a) {
    double f;
    std::memcpy(&f, a + 3, sizeof f);
    auto fmt = static_cast<char>(a[4]);
    auto prec = static_cast<int64_t>(a[5]);
    auto bitSize = static_cast<int64_t>(a[6]);
    orPanic(vm, [&] {
        if (bitSize != 32 && bitSize != 64) throw std::invalid_argument("strconv: illegal AppendFloat/FormatFloat bitSize");
        std::string text;
        std::vector<uint32_t> pieces;
        strconv::appendFloat(text, f, fmt, clampPrecision(prec), static_cast<int>(bitSize), &pieces);
        ByteAppender out(vm, sliceArg(a, 0));
        size_t at = 0;
        for (uint32_t n : pieces) {
            out.append(text.data() + at, n);
            at += n;
        }
        setSlice(a, 0, out.slice());
    });
}
// AppendBool(dst []byte, b bool) []byte
void nAppendBool(vm::VM& vm, uint64_t* a) {
    ByteAppender out(vm, sliceArg(a, 0));
    out.append((a[3] & 0xFF) ? "true" : "false");
    setSlice(a, 0, out.slice());
}

}  // namespace

void declareStrconv(PackageBuilder& b) {
    auto& tt = b.types();
    vm::Program& program = b.program();
    types::Type* s = b.basic(Kind::String);
    types::Type* intT = b.basic(Kind::Int);
    types::Type* boolT = b.basic(Kind::Bool);
    types::Type* i64 = b.basic(Kind::Int64);
    types::Type* u64 = b.basic(Kind::Uint64);
    types::Type* f64 = b.basic(Kind::Float64);
    types::Type* byteT = tt.byteType();
    types::Type* rune = tt.runeType();
    types::Type* bytes = tt.slice(byteT);
    types::Type* err = tt.errorType();

    declareErrorType(b, "errors", "errorString", program);  // ErrRange, ErrSyntax, "invalid base"

    types::Named* numError = tt.named("NumError", "strconv");
    tt.setUnderlying(numError, tt.structType({{"Func", s, 0, false, ""}, {"Num", s, 0, false, ""}, {"Err", err, 0, false, ""}}));
    b.method(numError, "Error", tt.func({}, {s}, false), true, nNumErrorError);
    b.method(numError, "Unwrap", tt.func({}, {err}, false), true, nNumErrorUnwrap);
    program.libraryTypes["strconv.NumError"] = tt.pointer(numError);
    b.typeName("NumError", numError);

    b.var("ErrRange", err, nErrRange);
    b.var("ErrSyntax", err, nErrSyntax);
    b.constant("IntSize", b.basic(Kind::UntypedInt), constant::makeInt64(64));

    b.func("Itoa", tt.func({intT}, {s}, false), nItoa);
    b.func("FormatInt", tt.func({i64, intT}, {s}, false), nFormatInt);
    b.func("FormatUint", tt.func({u64, intT}, {s}, false), nFormatUint);
    b.func("FormatBool", tt.func({boolT}, {s}, false), nFormatBool);
    b.func("FormatFloat", tt.func({f64, byteT, intT, intT}, {s}, false), nFormatFloat);

    b.func("Atoi", tt.func({s}, {intT, err}, false), nAtoi);
    b.func("ParseInt", tt.func({s, intT, intT}, {i64, err}, false), nParseInt);
    b.func("ParseUint", tt.func({s, intT, intT}, {u64, err}, false), nParseUint);
    b.func("ParseFloat", tt.func({s, intT}, {f64, err}, false), nParseFloat);
    b.func("ParseBool", tt.func({s}, {boolT, err}, false), nParseBool);

    b.func("Quote", tt.func({s}, {s}, false), nQuote);
    b.func("QuoteToASCII", tt.func({s}, {s}, false), nQuoteToASCII);
    b.func("QuoteRune", tt.func({rune}, {s}, false), nQuoteRune);
    b.func("QuoteRuneToASCII", tt.func({rune}, {s}, false), nQuoteRuneToASCII);
    b.func("CanBackquote", tt.func({s}, {boolT}, false), nCanBackquote);
    b.func("IsPrint", tt.func({rune}, {boolT}, false), nIsPrint);
    b.func("Unquote", tt.func({s}, {s, err}, false), nUnquote);
    b.func("UnquoteChar", tt.func({s, byteT}, {rune, boolT, s, err}, false), nUnquoteChar);
    b.func("QuotedPrefix", tt.func({s}, {s, err}, false), nQuotedPrefix);

    b.func("AppendInt", tt.func({bytes, i64, intT}, {bytes}, false), nAppendInt);
    b.func("AppendUint", tt.func({bytes, u64, intT}, {bytes}, false), nAppendUint);
    b.func("AppendFloat", tt.func({bytes, f64, byteT, intT, intT}, {bytes}, false), nAppendFloat);
    b.func("AppendBool", tt.func({bytes, boolT}, {bytes}, false), nAppendBool);
    b.func("AppendQuote", tt.func({bytes, s}, {bytes}, false), nAppendQuote);
    b.func("AppendQuoteToASCII", tt.func({bytes, s}, {bytes}, false), nAppendQuoteToASCII);
    b.func("AppendQuoteRune", tt.func({bytes, rune}, {bytes}, false), nAppendQuoteRune);
    b.func("AppendQuoteRuneToASCII", tt.func({bytes, rune}, {bytes}, false), nAppendQuoteRuneToASCII);
}

}  // namespace gos::stdlib
