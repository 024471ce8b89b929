// Runtime support: strings, interfaces, equality, panics and their report.
//
// A panic report is what Go prints: "panic: " and the value (a runtime
// error as "runtime error: ..." ), for a nil dereference the signal line,
// then "goroutine 1 [running]:" and one entry per active call, innermost
// first, with the file and line of the call or of the failing instruction.
// The process exits with status 2.
#include "vm/runtime.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <new>
#include <stdexcept>
#include <vector>

#include "lexer/unicode.h"
#include "vm/goroutine.h"

namespace gos::vm {

const char* const kNilDeref = "invalid memory address or nil pointer dereference";

int compareStrings(uint64_t aData, uint64_t aLen, uint64_t bData, uint64_t bLen) {
    size_t n = aLen < bLen ? aLen : bLen;
    int c = n ? std::memcmp(reinterpret_cast<const void*>(aData), reinterpret_cast<const void*>(bData), n) : 0;
    if (c != 0) return c;
    return aLen < bLen ? -1 : aLen > bLen ? 1 : 0;
}

GoString concatStrings(VM& vm, GoString a, GoString b) {
    if (a.len == 0) return b;
    if (b.len == 0) return a;
    auto* p = static_cast<char*>(vm.allocateUncleared(static_cast<size_t>(a.len + b.len)));
    std::memcpy(p, a.data, static_cast<size_t>(a.len));
    std::memcpy(p + a.len, b.data, static_cast<size_t>(b.len));
    return {p, a.len + b.len};
}

GoString runeToString(VM& vm, int64_t rune) {
    std::string s;
    unicode::encode(s, rune < 0 || rune > unicode::kMaxRune ? unicode::kRuneError : static_cast<uint32_t>(rune));
    return vm.makeString(s);
}

int64_t decodeRuneAt(const char* s, int64_t len, int64_t i, uint32_t& rune) {
    return static_cast<int64_t>(unicode::decode(s + i, static_cast<size_t>(len - i), rune));
}

GoSlice stringToBytes(VM& vm, GoString s) {
    if (s.len == 0) {
        // Go gives a non-nil empty slice
        return {vm.allocate(1, true), 0, 0};
    }
    void* p = vm.allocateUncleared(static_cast<size_t>(s.len));
    std::memcpy(p, s.data, static_cast<size_t>(s.len));
    return {p, s.len, s.len};
}

GoSlice stringToRunes(VM& vm, GoString s) {
    std::vector<int32_t> runes;
    for (int64_t i = 0; i < s.len;) {
        uint32_t r;
        i += decodeRuneAt(s.data, s.len, i, r);
        runes.push_back(static_cast<int32_t>(r));
    }
    auto n = static_cast<int64_t>(runes.size());
    void* p = vm.allocate(runes.size() * 4 + 1, true);
    if (n) std::memcpy(p, runes.data(), runes.size() * 4);
    return {p, n, n};
}

GoString bytesToString(VM& vm, GoSlice b) {
    return vm.makeString(std::string_view(static_cast<const char*>(b.data), static_cast<size_t>(b.len)));
}

GoString runesToString(VM& vm, GoSlice r) {
    std::string out;
    for (int64_t k = 0; k < r.len; ++k) {
        int32_t c = static_cast<const int32_t*>(r.data)[k];
        unicode::encode(out, c < 0 ? unicode::kRuneError : static_cast<uint32_t>(c));
    }
    return vm.makeString(out);
}

const types::Method* findMethod(types::Type* t, const std::string& name) {
    if (!t) return nullptr;
    if (t->kind == types::Kind::Pointer) t = static_cast<types::Pointer*>(t)->elem;
    if (t->kind == types::Kind::Struct) return static_cast<types::Struct*>(t)->findPromoted(name);
    if (t->kind != types::Kind::Named) return nullptr;
    return static_cast<types::Named*>(t)->findAnyMethod(name);
}

bool implements(types::Type* t, const types::Interface* it, std::string* missing) {
    for (const types::InterfaceMethod& im : it->methods) {
        const types::Method* m = findMethod(t, im.name);
        if (!m || (m->pointerReceiver && t->kind != types::Kind::Pointer) || m->sig != im.sig) {
            if (missing) *missing = im.name;
            return false;
        }
    }
    return true;
}

void typeAssertionFailed(VM& vm, types::Type* dynamic, types::Type* iface, types::Type* asserted) {
    std::string as = types::typeString(asserted, true);
    std::string m = "interface conversion: ";
    if (types::underlying(asserted)->kind == types::Kind::Interface) {
        std::string missing;
        if (!dynamic) {
            m += "interface is nil, not " + as;
        } else {
            implements(dynamic, static_cast<types::Interface*>(types::underlying(asserted)), &missing);
            m += types::typeString(dynamic, true) + " is not " + as + ": missing method " + missing;
        }
    } else {
        std::string is = dynamic ? types::typeString(dynamic, true) : "nil";
        m += types::typeString(iface, true) + " is " + is + ", not " + as;
        // two types of one name: declared in two functions (gc's words)
        if (is == as) m += " (types from different scopes)";
    }
    vm.panicRuntimeError(vm.program().runtimeErrors.typeAssertionError, std::move(m));
}

const types::Method* stringMethod(types::Type* t, const std::string& name) {
    const types::Method* m = findMethod(t, name);
    if (!m || (m->pointerReceiver && t->kind != types::Kind::Pointer)) return nullptr;
    const types::Func* sig = m->sig;
    if (!sig->params.empty() || sig->results.size() != 1 || sig->results[0]->kind != types::Kind::String) return nullptr;
    return m;
}

const types::Method* methodInSet(types::Type* t, const std::string& name, const types::Type* sig) {
    const types::Method* m = t ? findMethod(t, name) : nullptr;
    if (!m || (m->pointerReceiver && t->kind != types::Kind::Pointer) || !types::identical(m->sig, sig)) return nullptr;
    return m;
}

bool callMethod(VM& vm, const Iface& v, const types::Method* m, std::span<const uint64_t> args,
                std::span<uint64_t> results, GoPanic* caught) {
    uint64_t buf[16];
    size_t need = std::max(args.size() + 1, results.size());
    if (need > std::size(buf)) vm.fatal("method " + m->name + " has too many slots to be called from a library function");
    buf[0] = reinterpret_cast<uint64_t>(v.data);
    std::copy(args.begin(), args.end(), buf + 1);
    if (m->native >= 0) {
        vm.program().natives[static_cast<size_t>(m->native)].fn(vm, buf);
        // a native method that parked (Mutex.Lock) waits here
        if (vm.current()->status != GStatus::Running) vm.block();
        std::copy(buf, buf + results.size(), results.begin());
        return true;
    }
    return vm.call(m->ifaceFunction, std::span<const uint64_t>(buf, args.size() + 1), results, caught);
}

bool callStringMethod(VM& vm, const Iface& v, const types::Method* m, std::string& out, GoPanic* caught) {
    uint64_t result[2];
    if (!callMethod(vm, v, m, {}, result, caught)) return false;
    GoString s;
    std::memcpy(&s, result, sizeof s);
    out.assign(s.view());
    return true;
}

Iface makeIface(VM& vm, types::Type* t, const void* value) {
    Iface out{t, nullptr};
    if (types::isPointerShaped(t)) {
        std::memcpy(&out.data, value, sizeof(void*));
    } else {
        out.data = vm.allocate(static_cast<size_t>(t->size), t->pointerFree);
        std::memcpy(out.data, value, static_cast<size_t>(t->size));
    }
    return out;
}

// The address of an interface's value: the data word itself when the value
// is pointer-shaped, else the box it points to.
static const void* ifaceValue(const Iface* v) {
    return types::isPointerShaped(v->type) ? static_cast<const void*>(&v->data) : v->data;
}

bool ifacesEqual(VM& vm, const Iface* a, const Iface* b) {
    if (a->type != b->type) return false;
    if (!a->type) return true;
    vm.guardNativeStack();  // values nest without bound only through interfaces
    if (!types::comparable(a->type)) {
        vm.runtimeError("comparing uncomparable type " + types::typeString(a->type, true));
    }
    return valuesEqual(vm, a->type, ifaceValue(a), ifaceValue(b));
}

bool valuesEqual(VM& vm, types::Type* t, const void* a, const void* b) {
    types::Type* u = types::underlying(t);
    switch (u->kind) {
        case types::Kind::Float32: {
            float x, y;
            std::memcpy(&x, a, 4);
            std::memcpy(&y, b, 4);
            return x == y;
        }
        case types::Kind::Float64: {
            double x, y;
            std::memcpy(&x, a, 8);
            std::memcpy(&y, b, 8);
            return x == y;
        }
        case types::Kind::Complex64: {
            float x[2], y[2];
            std::memcpy(x, a, 8);
            std::memcpy(y, b, 8);
            return x[0] == y[0] && x[1] == y[1];
        }
        case types::Kind::Complex128: {
            double x[2], y[2];
            std::memcpy(x, a, 16);
            std::memcpy(y, b, 16);
            return x[0] == y[0] && x[1] == y[1];
        }
        case types::Kind::String: {
            GoString x, y;
            std::memcpy(&x, a, sizeof x);
            std::memcpy(&y, b, sizeof y);
            return x.len == y.len && (x.len == 0 || std::memcmp(x.data, y.data, static_cast<size_t>(x.len)) == 0);
        }
        case types::Kind::Interface:
            return ifacesEqual(vm, static_cast<const Iface*>(a), static_cast<const Iface*>(b));
        case types::Kind::Struct:
            for (const types::Field& f : static_cast<types::Struct*>(u)->fields) {
                if (f.name == "_") continue;
                if (!valuesEqual(vm, f.type, static_cast<const char*>(a) + f.offset,
                                 static_cast<const char*>(b) + f.offset))
                    return false;
            }
            return true;
        case types::Kind::Array: {
            auto* arr = static_cast<types::Array*>(u);
            for (int64_t i = 0; i < arr->len; ++i) {
                int64_t off = i * arr->elem->size;
                if (!valuesEqual(vm, arr->elem, static_cast<const char*>(a) + off, static_cast<const char*>(b) + off))
                    return false;
            }
            return true;
        }
        default: return std::memcmp(a, b, static_cast<size_t>(u->size)) == 0;
    }
}

// Smith's algorithm, with the C99 corrections for infinities and zeros, as
// Go's runtime divides complex numbers.
void complexDivide(double a, double b, double c, double d, double& e, double& f) {
    if (std::fabs(c) >= std::fabs(d)) {
        double ratio = d / c, denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        double ratio = c / d, denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if (std::isnan(e) && std::isnan(f)) {
        const double inf = INFINITY;
        auto finite = [](double x) { return std::isfinite(x); };
        if (c == 0 && d == 0 && (!std::isnan(a) || !std::isnan(b))) {
            e = std::copysign(inf, c) * a;
            f = std::copysign(inf, c) * b;
        } else if ((std::isinf(a) || std::isinf(b)) && finite(c) && finite(d)) {
            a = std::copysign(std::isinf(a) ? 1.0 : 0.0, a);
            b = std::copysign(std::isinf(b) ? 1.0 : 0.0, b);
            e = inf * (a * c + b * d);
            f = inf * (b * c - a * d);
        } else if ((std::isinf(c) || std::isinf(d)) && finite(a) && finite(b)) {
            c = std::copysign(std::isinf(c) ? 1.0 : 0.0, c);
            d = std::copysign(std::isinf(d) ? 1.0 : 0.0, d);
            e = 0 * (a * c + b * d);
            f = 0 * (b * c - a * d);
        }
    }
}

// Go's boundsError: a negative signed index is shown alone, an unsigned
// one as the unsigned value it is.
void indexOutOfRange(VM& vm, int64_t index, int64_t length, bool isUnsigned) {
    std::string shown = isUnsigned ? std::to_string(static_cast<uint64_t>(index)) : std::to_string(index);
    if (index < 0 && !isUnsigned) vm.runtimeError("index out of range [" + shown + "]", false, true);
    vm.runtimeError("index out of range [" + shown + "] with length " + std::to_string(length), false, true);
}

void sliceConvertOutOfRange(VM& vm, int64_t length, int64_t n) {
    vm.runtimeError("cannot convert slice with length " + std::to_string(length) + " to pointer to array with length " +
                        std::to_string(n),
                    false, true);
}

void valueMethodOnNil(VM& vm, const Function* fn, types::Type* t) {
    vm.panicRuntimeError(vm.program().runtimeErrors.plainError,
                         "value method " + fn->name + " called using nil *" +
                             (t->kind == types::Kind::Named ? static_cast<types::Named*>(t)->name : types::typeString(t)) +
                             " pointer");
}

void sliceOutOfRange(VM& vm, SliceBound which, int64_t x, int64_t y) {
    std::string sx = std::to_string(x), sy = std::to_string(y);
    std::string m = "slice bounds out of range ";
    bool neg = x < 0;  // a negative operand is reported without the other one
    switch (which) {
        case SliceBound::ALen: m += neg ? "[:" + sx + "]" : "[:" + sx + "] with length " + sy; break;
        case SliceBound::ACap: m += neg ? "[:" + sx + "]" : "[:" + sx + "] with capacity " + sy; break;
        case SliceBound::B: m += neg ? "[" + sx + ":]" : "[" + sx + ":" + sy + "]"; break;
        case SliceBound::Slice3ALen: m += neg ? "[::" + sx + "]" : "[::" + sx + "] with length " + sy; break;
        case SliceBound::Slice3ACap: m += neg ? "[::" + sx + "]" : "[::" + sx + "] with capacity " + sy; break;
        case SliceBound::Slice3B: m += neg ? "[:" + sx + ":]" : "[:" + sx + ":" + sy + "]"; break;
        case SliceBound::Slice3C: m += neg ? "[" + sx + "::]" : "[" + sx + ":" + sy + ":]"; break;
    }
    vm.runtimeError(m, false, true);
}

void VM::stackOverflow() {
    throw GoFatal{"stack overflow", Outcome::Kind::StackLimit,
                  "runtime: goroutine stack exceeds " + std::to_string(config_.maxStackBytes) + "-byte limit\n",
                  std::nullopt};
}

// The print builtin writes floats as [+-]d.dddddde[+-]ddd: seven
// significant digits, rounded by adding half a unit of the last one.
std::string printFloat(double v) {
    if (v != v) return "NaN";
    if (v + v == v && v > 0) return "+Inf";
    if (v + v == v && v < 0) return "-Inf";
    constexpr int kDigits = 7;
    char buf[kDigits + 7];
    buf[0] = '+';
    int e = 0;
    if (v == 0) {
        if (std::signbit(v)) buf[0] = '-';
    } else {
        if (v < 0) {
            v = -v;
            buf[0] = '-';
        }
        while (v >= 10) {
            ++e;
            v /= 10;
        }
        while (v < 1) {
            --e;
            v *= 10;
        }
        double half = 5.0;
        for (int i = 0; i < kDigits; ++i) half /= 10;
        v += half;
        if (v >= 10) {
            ++e;
            v /= 10;
        }
    }
    for (int i = 0; i < kDigits; ++i) {
        int d = static_cast<int>(v);
        buf[i + 2] = static_cast<char>('0' + d);
        v -= d;
        v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';
    buf[kDigits + 2] = 'e';
    buf[kDigits + 3] = '+';
    if (e < 0) {
        e = -e;
        buf[kDigits + 3] = '-';
    }
    buf[kDigits + 4] = static_cast<char>('0' + e / 100);
    buf[kDigits + 5] = static_cast<char>('0' + (e / 10) % 10);
    buf[kDigits + 6] = static_cast<char>('0' + e % 10);
    return std::string(buf, sizeof buf);
}

std::string printPointer(uint64_t p) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(p));
    return buf;
}

// Go prints at most this many frames of a goroutine, then an elision line.
constexpr size_t kTracebackMaxFrames = 100;

// The frames Go would print, innermost first: the runtime's own and the
// compiler's wrappers are hidden. Costs O(kTracebackMaxFrames), not
// O(depth), so that a panic in deep recursion stays cheap.
Traceback VM::captureTraceback() const {
    Traceback t;
    t.goroutine = g_->id;
    t.createdBy = g_->createdBy;
    for (size_t k = g_->frames.size(); k-- > 0;) {
        const CallFrame& f = g_->frames[k];
        if (f.fn->wrapper || f.fn->name.rfind("runtime.", 0) == 0) continue;
        if (t.frames.size() == kTracebackMaxFrames) {
            t.elided = true;
            break;
        }
        t.frames.push_back({f.fn, f.pc});
    }
    return t;
}

std::string VM::formatTraceback(const Traceback& t) {
    auto where = [](const TraceFrame& f) {
        size_t pc = static_cast<size_t>(f.pc - f.fn->code.data());
        int line = pc < f.fn->lines.size() ? f.fn->lines[pc] : 0;
        return "\t" + f.fn->file + ":" + std::to_string(line) + "\n";
    };
    std::string out = "goroutine " + std::to_string(t.goroutine) + " [" + t.status + "]:\n";
    for (const TraceFrame& f : t.frames) out += f.fn->name + (f.fn->paramSlots > 0 ? "(...)" : "()") + "\n" + where(f);
    if (t.elided) out += "...additional frames elided...\n";
    if (t.createdBy.fn) out += "created by " + t.createdBy.fn->name + "\n" + where(t.createdBy);
    return out;
}

int VM::run() {
    if (program_.entry < 0) {
        outcome_ = {};
        return 0;
    }
    return invoke(program_.entry, {}, {});
}

const Native& VM::runningNative() const {
    if (g_->native < 0) throw GoFatal{"runningNative outside a native"};
    return program_.natives[static_cast<size_t>(g_->native)];
}

int VM::invoke(int32_t function, std::span<const uint64_t> args, std::span<uint64_t> results) {
    outcome_ = {};
    g_ = goroutines_[0].get();
    if (watched_) deadline_ = std::chrono::steady_clock::now() + config_.timeLimit;
    if (config_.maxSteps) {
        stepLimit_ = steps_ + config_.maxSteps;
        checkAt_ = std::min(checkAt_, stepLimit_);
    }
    int status = 0;
    try {
        try {
            adoptProgram();
            const Function* fn = program_.functions[static_cast<size_t>(function)].get();
            size_t need = std::max({static_cast<size_t>(fn->frameSlots), args.size(), results.size()});
            if (need > g_->stackSlots) growStack(need);
            std::copy(args.begin(), args.end(), g_->stack);
            execute(fn, g_->stack);
            std::copy(g_->stack, g_->stack + results.size(), results.begin());
        } catch (const PanicUnwind&) {
            outcome_.kind = Outcome::Kind::Panicked;
            // a panic that ended the main goroutine leaves the others as they were
            intact_ = g_ == goroutines_[0].get();
            reporting_ = true;  // what it writes from here on is the report
            reportPanic();  // may run Error methods, which may exit or fail
            status = 2;
        }
    } catch (const PanicUnwind&) {
        status = 2;  // cannot happen: reportPanic catches the panics it causes
        intact_ = false;
    } catch (const GoFatal& f) {
        outcome_.kind = f.kind;
        bool stop = f.kind == Outcome::Kind::Interrupted || f.kind == Outcome::Kind::TimeLimit ||
                    f.kind == Outcome::Kind::StepLimit;
        intact_ = config_.keepStateOnStop && stop && g_ == goroutines_[0].get();
        std::string report = f.before + "fatal error: " + f.message + "\n" +
                             (f.trace ? *f.trace : "\n" + formatTraceback(captureTraceback()));
        if (intact_) {
            outcome_.report = report;  // the session goes on: its host says what it likes
        } else {
            reporting_ = true;  // what it writes from here on is the report
            writeStderr(report);
        }
        status = 2;
    } catch (const GoExit& e) {
        outcome_.kind = Outcome::Kind::Exited;
        intact_ = false;
        status = e.code;
    } catch (const std::bad_alloc&) {
        // the C++ memory of a native (a huge formatted number, say) could not be had
        outcome_.kind = Outcome::Kind::Fatal;
        intact_ = false;
        reporting_ = true;  // what it writes from here on is the report
        writeStderr("fatal error: runtime: out of memory\n\n" + formatTraceback(captureTraceback()));
        status = 2;
    } catch (const std::length_error&) {
        outcome_.kind = Outcome::Kind::Fatal;
        intact_ = false;
        reporting_ = true;  // what it writes from here on is the report
        writeStderr("fatal error: runtime: out of memory\n\n" + formatTraceback(captureTraceback()));
        status = 2;
    }
    reporting_ = false;
    outcome_.status = status;
    if (outcome_.kind != Outcome::Kind::Returned && outcome_.kind != Outcome::Kind::Exited) {
        // the line that says what happened ("runtime: ..." lines may precede it)
        size_t at = outcome_.kind == Outcome::Kind::Panicked ? 0 : outcome_.report.find("fatal error: ");
        if (at == std::string::npos) at = 0;
        outcome_.message = outcome_.report.substr(at, outcome_.report.find('\n', at) - at);
    }
    dropFrames(g_);
    g_->stackCharge = 0;
    g_->deferFrames = 0;
    g_->panics.clear();
    return status;
}

}  // namespace gos::vm
