// Panics, defer and recover.
//
// A Go panic is a C++ exception inside the VM: an instruction that fails
// (or the panic builtin) throws GoPanic. The interpreter loop catches it,
// records it as the newest entry of g_->panics (the goroutine's chain of
// panics in flight, oldest first) and unwinds its own frames, newest first:
// each frame's deferred calls run, most recent first, each as a frame the
// loop pushes on top of the stack (FrameKind::DeferInPanic), exactly where
// Go runs them: on top of the panicking goroutine. No deferred call nests
// the interpreter on the machine stack, at a return (RUNDEFERS pushes
// FrameKind::DeferAtReturn frames one at a time) or in a panic.
//
//   - recover() called directly by the deferred call the newest panic is
//     running (compiler-made wrappers in between do not count) marks the
//     panic recovered and returns its value. When that deferred call
//     returns, the frame that deferred it stops unwinding: it resumes at its
//     recovery epilogue (Function::recoverPc), which runs its remaining
//     deferred calls and returns its named results, or zeros.
//   - A panic raised inside a deferred call and not recovered there
//     unwinds that call's frames and then continues the older unwinding as
//     the newest panic; the older one stays in the chain (Go prints both).
//   - A panic that unwinds every frame of one interpreter level leaves it
//     as PanicUnwind: through the native that called back into the VM (fmt
//     calling a String method, which may catch it) to the next level, and
//     at the bottom to run(), which prints the chain as Go does:
//     `panic: A [recovered]` / `\tpanic: B`, then the stack of the newest.
//
// Runtime errors carry values too, so that recover() returns something
// that prints as Go's: a runtime.errorString, a runtime.boundsError or a
// *runtime.TypeAssertionError, each an error whose Error() is the message
// and a runtime.Error (it has the RuntimeError() method too).
// (runtime.plainError for a few, such as assignment to a nil map's entry,
// which print without the prefix). Their types are declared with every
// program.
#include <algorithm>
#include <cstring>

#include "vm/runtime.h"
#include "vm/vm.h"

namespace gos::vm {

// ---- the types of runtime panics' values -------------------------------------------

namespace {

// Error() of every runtime error: the receiver word points to its message.
void nRuntimeErrorMessage(VM& vm, uint64_t* a) {
    GoString s;
    std::memcpy(&s, reinterpret_cast<const void*>(a[0]), sizeof s);
    std::memcpy(a, &s, sizeof s);
    (void)vm;
}

types::Named* declareRuntimeError(Program& program, const char* name, bool pointerReceiver) {
    types::TypeTable& tt = *program.types;
    types::Named* n = tt.named(name, "runtime");
    tt.setUnderlying(n, tt.basic(types::Kind::String));
    types::Method m;
    m.name = "Error";
    m.sig = tt.func({}, {tt.basic(types::Kind::String)}, false);
    m.pointerReceiver = pointerReceiver;
    m.native = static_cast<int32_t>(program.natives.size());
    program.natives.push_back({std::string("runtime.") + name + ".Error", nRuntimeErrorMessage});
    n->methods.push_back(m);
    // RuntimeError(), which makes it a runtime.Error
    m.name = "RuntimeError";
    m.sig = tt.func({}, {}, false);
    m.native = static_cast<int32_t>(program.natives.size());
    program.natives.push_back({std::string("runtime.") + name + ".RuntimeError", [](VM&, uint64_t*) {}});
    n->methods.push_back(m);
    return n;
}

}  // namespace

Program::Program() {
    runtimeErrors.errorString = declareRuntimeError(*this, "errorString", false);
    runtimeErrors.boundsError = declareRuntimeError(*this, "boundsError", false);
    runtimeErrors.typeAssertionError = types->pointer(declareRuntimeError(*this, "TypeAssertionError", true));
    runtimeErrors.plainError = declareRuntimeError(*this, "plainError", false);
}

// ---- raising ----------------------------------------------------------------------------

namespace {

// A runtime error value: its type, and a box holding the whole message.
Iface runtimeErrorValue(VM& vm, types::Type* t, const std::string& message) {
    auto* box = static_cast<GoString*>(vm.allocate(sizeof(GoString), false));
    *box = vm.makeString(message);
    return {t, box};
}

}  // namespace

void VM::runtimeError(std::string message, bool nilDeref, bool bounds) {
    std::string text = "runtime error: " + message;
    types::Type* t = bounds ? program_.runtimeErrors.boundsError : program_.runtimeErrors.errorString;
    throw GoPanic{runtimeErrorValue(*this, t, text), true, text, nilDeref};
}

void VM::panicRuntimeError(types::Type* type, std::string message) {
    Iface v = runtimeErrorValue(*this, type, message);
    throw GoPanic{v, true, std::move(message), false};
}

void VM::panicWith(Iface value) { throw GoPanic{value, false, {}, false}; }

// What Go prints after "panic: " for p: a runtime error's message; else,
// as preprintpanics and printpanicval do, the value's Error() or String()
// when it has one, or the value itself. A panic inside that method is
// Go's fatal error "panic while printing panic value".
std::string VM::panicText(const GoPanic& p) {
    if (p.runtimeError) return p.message;
    const Iface& v = p.value;
    const types::Method* m = v.type ? stringMethod(v.type, "Error") : nullptr;
    if (!m && v.type) m = stringMethod(v.type, "String");
    if (!m) return panicValueString(v);
    std::string text;
    GoPanic inner;
    if (callStringMethod(*this, v, m, text, &inner)) return text;
    std::string what;
    if (inner.value.type && types::underlying(inner.value.type)->kind == types::Kind::String && !inner.runtimeError) {
        GoString s;
        std::memcpy(&s, types::isPointerShaped(inner.value.type) ? &inner.value.data : inner.value.data, sizeof s);
        what = std::string(s.view());
    } else {
        types::Type* t = inner.value.type;
        what = "type " + (t ? types::typeString(t, true) : std::string("nil"));
    }
    fatal("panic while printing panic value: " + what);
}

void VM::fatal(std::string message) { throw GoFatal{std::move(message)}; }

void VM::exit(int code) { throw GoExit{code}; }

// printpanicval for values without Error or String methods: basic values
// as print prints them, strings bare, values of other named basic types as
// main.T(v), anything else by type and address.
std::string VM::panicValueString(const Iface& v) const {
    if (!v.type) return "nil";
    types::Type* u = types::underlying(v.type);
    const void* p = types::isPointerShaped(v.type) ? static_cast<const void*>(&v.data) : v.data;
    std::string s;
    auto i64 = [&](size_t n, bool sign) {
        int64_t x = 0;
        uint64_t ux = 0;
        std::memcpy(&ux, p, n);
        if (sign) {
            int shift = 64 - static_cast<int>(n) * 8;
            x = static_cast<int64_t>(ux << shift) >> shift;
            return std::to_string(x);
        }
        return std::to_string(ux);
    };
    switch (u->kind) {
        case types::Kind::Bool: s = *static_cast<const uint8_t*>(p) ? "true" : "false"; break;
        case types::Kind::Int:
        case types::Kind::Int64: s = i64(8, true); break;
        case types::Kind::Int32: s = i64(4, true); break;
        case types::Kind::Int16: s = i64(2, true); break;
        case types::Kind::Int8: s = i64(1, true); break;
        case types::Kind::Uint:
        case types::Kind::Uint64:
        case types::Kind::Uintptr: s = i64(8, false); break;
        case types::Kind::Uint32: s = i64(4, false); break;
        case types::Kind::Uint16: s = i64(2, false); break;
        case types::Kind::Uint8: s = i64(1, false); break;
        case types::Kind::Float64: {
            double d;
            std::memcpy(&d, p, 8);
            s = printFloat(d);
            break;
        }
        case types::Kind::Float32: {
            float f;
            std::memcpy(&f, p, 4);
            s = printFloat(f);
            break;
        }
        case types::Kind::Complex128: {
            double d[2];
            std::memcpy(d, p, 16);
            s = "(" + printFloat(d[0]) + printFloat(d[1]) + "i)";
            break;
        }
        case types::Kind::Complex64: {
            float f[2];
            std::memcpy(f, p, 8);
            s = "(" + printFloat(f[0]) + printFloat(f[1]) + "i)";
            break;
        }
        case types::Kind::String: {
            GoString str;
            std::memcpy(&str, p, sizeof str);
            s = std::string(str.view());
            if (v.type->kind == types::Kind::Named) s = "\"" + s + "\"";
            break;
        }
        default:
            return "(" + types::typeString(v.type, true) + ") " + printPointer(reinterpret_cast<uint64_t>(v.data));
    }
    if (v.type->kind == types::Kind::Named) return types::typeString(v.type, true) + "(" + s + ")";
    return s;
}

// ---- defer --------------------------------------------------------------------------------

// DEFER: slots[0] is the func value, slots[1..nargs] its arguments.
void VM::pushDefer(uint64_t* slots, uint32_t nargs) {
    size_t bytes = sizeof(DeferRecord) + (nargs > 0 ? nargs - 1 : 0) * sizeof(uint64_t);
    if (config_.maxHeapBytes) chargeHeap(bytes);  // Go's defer records in a loop are heap memory
    auto* d = static_cast<DeferRecord*>(GC_MALLOC(bytes));  // reachable from the frame (scanned)
    if (!d) outOfMemory(bytes);
    d->fn = reinterpret_cast<Closure*>(slots[0]);
    d->nargs = nargs;
    if (nargs > 0) std::memcpy(d->args, slots + 1, nargs * sizeof(uint64_t));
    CallFrame& f = g_->frames.back();
    d->next = f.defers;
    f.defers = d;
}

// Copies d's arguments into a new frame above the top frame and pushes it:
// the interpreter loop runs it next. Deferring a nil func value panics
// here, when the call would be made, as in Go.
void VM::enterDeferred(DeferRecord* d, FrameKind kind) {
    // the record holds the arguments until they are on the stack; it is
    // freed at once rather than left to the collector
    struct Release {
        DeferRecord* d;
        ~Release() { GC_FREE(d); }
    } release{d};
    Closure* closure = d->fn;
    if (!closure) runtimeError(kNilDeref, true);
    const Function* callee = closure->fn;
    const CallFrame& top = g_->frames.back();
    size_t above = static_cast<size_t>(top.fn->frameSlots);
    size_t base = static_cast<size_t>(top.base - g_->stack) + above;
    size_t need = std::max<size_t>(static_cast<size_t>(callee->frameSlots), d->nargs);
    if (base + need > g_->stackSlots) growStack(above + need);
    if (g_->frames.size() >= g_->frameCheck) growFrames();
    if (++steps_ > stepLimit_) fatal("instruction limit exceeded");
    if (d->nargs > 0) std::memcpy(g_->stack + base, d->args, d->nargs * sizeof(uint64_t));
    g_->frames.push_back({callee, callee->code.data(), g_->stack + base, closure, nullptr, kind});
    ++g_->deferFrames;
}

// RECOVER: the newest panic's value, when the running function is the
// deferred call that panic is running (wrappers in between are skipped).
Iface VM::recover() {
    if (g_->panics.empty()) return {};
    PanicRecord& p = g_->panics.back();
    size_t top = g_->frames.size() - 1;
    if (p.recovered || p.deferFrame > top || p.panic.goexit) return {};
    for (size_t k = p.deferFrame; k < top; ++k)
        if (!g_->frames[k].fn->wrapper) return {};
    p.recovered = true;
    return p.panic.value;
}

// ---- unwinding -----------------------------------------------------------------------------

void VM::startPanic(GoPanic&& p) {
    PanicRecord r{std::move(p), captureTraceback()};
    g_->stackCharge += stackBytesOf(r);
    g_->panics.push_back(std::move(r));
    if (g_->stackCharge + g_->stackSlots * sizeof(uint64_t) + g_->frames.capacity() * sizeof(CallFrame) > config_.maxStackBytes)
        stackOverflow();
}

// Unwinding runs the deferred calls of this interpreter level's frames,
// newest frame first, each as a DeferInPanic frame the loop runs like any
// other; when one returns, the loop comes back here (or, if it recovered,
// to finishRecovery). A frame with nothing left to run is popped.
bool VM::unwindNext(size_t bottom) {
    while (g_->frames.size() >= bottom) {
        CallFrame& f = g_->frames.back();
        if (DeferRecord* d = f.defers) {
            f.defers = d->next;
            g_->panics.back().deferFrame = g_->frames.size();
            try {
                enterDeferred(d, FrameKind::DeferInPanic);
                return true;
            } catch (GoPanic& p) {
                startPanic(std::move(p));  // a nil deferred func: the newer panic unwinds on
            }
            continue;
        }
        popFrames(g_->frames.size() - 1);
    }
    return false;
}

void VM::finishRecovery() {
    size_t index = g_->frames.size() - 1;
    // the recovered panic, and those it interrupted, are over
    while (!g_->panics.empty() && g_->panics.back().deferFrame > index) {
        g_->stackCharge -= stackBytesOf(g_->panics.back());
        g_->panics.pop_back();
    }
    const Function* fn = g_->frames[index].fn;
    g_->frames[index].pc = fn->code.data() + fn->recoverPc;
}

void VM::reportPanic() {
    // the values' texts first, newest panic first, as preprintpanics does;
    // a runtime.Goexit a panic interrupted is no panic to print
    std::vector<std::string> texts(g_->panics.size());
    for (size_t k = g_->panics.size(); k-- > 0;)
        if (!g_->panics[k].panic.goexit) texts[k] = panicText(g_->panics[k].panic);
    std::string out;
    bool signal = false;
    for (size_t k = 0; k < g_->panics.size(); ++k) {
        const PanicRecord& r = g_->panics[k];
        if (r.panic.goexit) continue;
        if (!out.empty()) out += '\t';
        out += "panic: " + texts[k];
        if (r.recovered) out += " [recovered]";
        out += '\n';
        signal = signal || r.panic.nilDeref;
    }
    if (signal) out += "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n";
    out += '\n';
    out += formatTraceback(g_->panics.empty() ? captureTraceback() : g_->panics.back().trace);
    writeStderr(out);
}

}  // namespace gos::vm
