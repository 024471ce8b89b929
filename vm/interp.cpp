// The interpreter loop.
//
// Rules of the loop:
//   - R is the base of the current frame, pc the next instruction; both are
//     locals and are written back to the CallFrame record (SAVE_PC) before
//     anything that may panic, allocate, call or grow the stack, so that a
//     panic's traceback and a moved stack see the truth.
//   - Dispatch is a computed goto over the table generated from
//     opcodes.def (a switch where the compiler lacks labels as values).
//   - Instructions are typed: no handler tests the type of a value. Slow
//     paths (string building, runtime errors, printing) are functions in
//     runtime.cpp, out of the loop.
//   - Every call and every backward jump counts one step (steps_), checked
//     against the configured limit: the hook for limits and preemption.
#include <algorithm>
#include <cmath>
#include <complex>
#include <cstring>

#include "vm/chan.h"
#include "vm/map.h"
#include "vm/runtime.h"
#include "vm/slice.h"
#include "vm/vm.h"

namespace gos::vm {

namespace {

template <class T>
T bitsAs(uint64_t v) {
    T out;
    std::memcpy(&out, &v, sizeof(T));
    return out;
}

template <class T>
uint64_t asBits(T v) {
    uint64_t out = 0;
    std::memcpy(&out, &v, sizeof(T));
    return out;
}

inline double f64(uint64_t v) { return bitsAs<double>(v); }
inline float f32(uint64_t v) { return bitsAs<float>(v); }

struct C64 {
    float re, im;
};

inline C64 c64(uint64_t v) { return bitsAs<C64>(v); }

// Go's float-to-integer conversions as amd64 performs them: out-of-range
// values and NaN give the "integer indefinite" value (0x8000000000000000,
// or 0x80000000 for the 32-bit conversion).
inline int64_t floatToInt64(double d) {
    if (!(d > -9223372036854775809.0 && d < 9223372036854775808.0)) return INT64_MIN;
    return static_cast<int64_t>(d);
}

inline int32_t floatToInt32(double d) {
    if (!(d > -2147483649.0 && d < 2147483648.0)) return INT32_MIN;
    return static_cast<int32_t>(d);
}

// gc's sequence: x < 2^63 ? int64(x) : int64(x - 2^63) | 1<<63
template <class F>
inline uint64_t floatToUint64(F x) {
    const F two63 = static_cast<F>(9223372036854775808.0);
    if (x < two63) return static_cast<uint64_t>(floatToInt64(x));
    return static_cast<uint64_t>(floatToInt64(x - two63)) | (uint64_t(1) << 63);
}

}  // namespace

bool VM::call(int32_t index, std::span<const uint64_t> args, std::span<uint64_t> results, GoPanic* caught) {
    return callFunction(program_.functions[static_cast<size_t>(index)].get(), nullptr, args, results, caught);
}

bool VM::call(const Closure* fn, std::span<const uint64_t> args, std::span<uint64_t> results, GoPanic* caught) {
    return callFunction(fn ? fn->fn : nullptr, const_cast<Closure*>(fn), args, results, caught);
}

bool VM::callFunction(const Function* callee, Closure* closure, std::span<const uint64_t> args,
                      std::span<uint64_t> results, GoPanic* caught) {
    const size_t savedFrames = g_->frames.size();
    const size_t savedArgs = g_->nativeArgs;
    const int32_t savedNative = g_->native;
    try {
        if (!callee) runtimeError(kNilDeref, true);  // a nil func value
        // the callee's frame goes above the whole frame of the native's caller
        size_t above = g_->frames.empty() ? 0 : static_cast<size_t>(g_->frames.back().fn->frameSlots);
        size_t base = g_->frames.empty() ? 0 : static_cast<size_t>(g_->frames.back().base - g_->stack) + above;
        size_t need = std::max<size_t>(static_cast<size_t>(callee->frameSlots), args.size());
        if (base + need > g_->stackSlots) growStack(above + need);
        // a Go call nested in a native nests the interpreter on the machine stack
        guardNativeStack();
        if (!args.empty()) std::memcpy(g_->stack + base, args.data(), args.size() * 8);
        struct Nest {
            Goroutine* g;
            explicit Nest(Goroutine* g) : g(g) { ++g->nested; }
            ~Nest() { --g->nested; }
        } nest(g_);
        execute(callee, g_->stack + base, closure);
        g_->nativeArgs = savedArgs;
        g_->native = savedNative;
        if (!results.empty()) std::memcpy(results.data(), g_->stack + base, results.size() * 8);
        return true;
    } catch (GoPanic& p) {
        // raised here, before the callee ran
        if (!caught) throw;
        *caught = std::move(p);
    } catch (PanicUnwind&) {
        if (!caught || g_->panics.back().panic.goexit) throw;  // nothing stops a Goexit
        *caught = std::move(g_->panics.back().panic);
        g_->stackCharge -= stackBytesOf(g_->panics.back());
        g_->panics.pop_back();
    }
    popFrames(savedFrames);
    g_->nativeArgs = savedArgs;
    g_->native = savedNative;
    return false;
}

void VM::execute(const Function* entry, uint64_t* entryBase, Closure* closure) {
    static const void* const kLabels[] = {
#define X(name, format, doc) &&op_##name,
#include "vm/opcodes.def"
#undef X
    };

    Goroutine* G = g_;
    if (G->frames.size() >= G->frameCheck) growFrames();
    G->frames.push_back({entry, entry->code.data(), entryBase, closure});
    const size_t bottom = G->frames.size();

    const Function* fn = entry;
    const Instr* pc = entry->code.data();
    uint64_t* R = entryBase;
    Instr i;

#define DISPATCH()                                            \
    do {                                                      \
        i = *pc++;                                            \
        goto* kLabels[static_cast<size_t>(i.op)];             \
    } while (0)
#define SAVE_PC() (G->frames.back().pc = pc - 1)
// The current goroutine stops here (its pc saved, resumeAfter set): the
// loop goes on with the goroutine the scheduler makes current.
#define SWITCH()                                                       \
    do {                                                               \
        G = schedule();                                                \
        fn = G->frames.back().fn;                                      \
        pc = G->frames.back().pc + (G->resumeAfter ? 1 : 0);           \
        R = G->frames.back().base;                                     \
    } while (0)
// A parked instruction: it runs again when the goroutine resumes.
#define PARK()                    \
    do {                          \
        G->resumeAfter = false;   \
        SWITCH();                 \
        DISPATCH();               \
    } while (0)
// After a call entered its callee (frames.back() is the callee's, at its
// first instruction): counts a step, and may let another goroutine run.
#define CALL_STEP()                                          \
    do {                                                     \
        if (++steps_ > checkAt_ && stepCheck()) goto preempt; \
    } while (0)
// After a native returned: it may have parked or yielded the goroutine.
#define AFTER_NATIVE()                                           \
    do {                                                         \
        if (G->status != GStatus::Running) [[unlikely]] goto parked; \
    } while (0)
// Makes room for callee's frame at R + i.a (the stack may move) and counts
// the call; the caller then pushes the CallFrame and jumps in.
#define ENTER_FRAME(callee)                                               \
    uint64_t* base = R + i.a;                                             \
    if (base + (callee)->frameSlots > G->stack + G->stackSlots) {             \
        size_t off_ = static_cast<size_t>(R - G->stack);                    \
        growStack(static_cast<size_t>(i.a + (callee)->frameSlots));       \
        R = G->stack + off_;                                                \
        base = R + i.a;                                                   \
    }                                                                     \
    if (G->frames.size() >= G->frameCheck) growFrames()
#define BRANCH(off)                                          \
    do {                                                     \
        int32_t o_ = (off);                                  \
        pc += o_;                                            \
        if (o_ < 0 && ++steps_ > checkAt_) {                  \
            G->frames.back().pc = pc;                        \
            if (stepCheck()) goto preempt;                   \
        }                                                    \
    } while (0)

    // A panic thrown below is caught at the end of this loop, which pushes
    // the deferred calls of this level's frames one by one (panic.cpp) and
    // runs them here like any other frame.
    for (;;) {
    try {
    DISPATCH();

    // ---- moves and constants ----
op_NOP:
    DISPATCH();
op_MOV:
    R[i.a] = R[i.b];
    DISPATCH();
op_MOVN:
    std::memmove(&R[i.a], &R[i.b], size_t(i.c) * 8);
    DISPATCH();
op_ZERO:
    std::memset(&R[i.a], 0, size_t(i.b) * 8);
    DISPATCH();
op_LOADI:
    R[i.a] = static_cast<uint64_t>(static_cast<int64_t>(i.sbx()));
    DISPATCH();
op_LOADK:
    R[i.a] = fn->constants[i.bx()];
    DISPATCH();
op_LOADKN:
    std::memcpy(&R[i.a], &fn->constants[i.b], size_t(i.c) * 8);
    DISPATCH();

    // ---- integers ----
op_ADD_I64:
    R[i.a] = R[i.b] + R[i.c];
    DISPATCH();
op_SUB_I64:
    R[i.a] = R[i.b] - R[i.c];
    DISPATCH();
op_MUL_I64:
    R[i.a] = R[i.b] * R[i.c];
    DISPATCH();
op_ADDI_I64:
    R[i.a] = R[i.b] + static_cast<uint64_t>(static_cast<int64_t>(i.sc()));
    DISPATCH();
op_ADDK_I64:
    R[i.a] = R[i.b] + fn->constants[i.c];
    DISPATCH();
op_DIV_I64: {
    int64_t d = static_cast<int64_t>(R[i.c]);
    if (d == 0) {
        SAVE_PC();
        runtimeError("integer divide by zero");
    }
    // MinInt64 / -1 overflows in C++; in Go it wraps to MinInt64.
    R[i.a] = d == -1 ? 0 - R[i.b] : static_cast<uint64_t>(static_cast<int64_t>(R[i.b]) / d);
    DISPATCH();
}
op_DIV_U64:
    if (R[i.c] == 0) {
        SAVE_PC();
        runtimeError("integer divide by zero");
    }
    R[i.a] = R[i.b] / R[i.c];
    DISPATCH();
op_REM_I64: {
    int64_t d = static_cast<int64_t>(R[i.c]);
    if (d == 0) {
        SAVE_PC();
        runtimeError("integer divide by zero");
    }
    R[i.a] = d == -1 ? 0 : static_cast<uint64_t>(static_cast<int64_t>(R[i.b]) % d);
    DISPATCH();
}
op_REM_U64:
    if (R[i.c] == 0) {
        SAVE_PC();
        runtimeError("integer divide by zero");
    }
    R[i.a] = R[i.b] % R[i.c];
    DISPATCH();
op_AND_I64:
    R[i.a] = R[i.b] & R[i.c];
    DISPATCH();
op_OR_I64:
    R[i.a] = R[i.b] | R[i.c];
    DISPATCH();
op_XOR_I64:
    R[i.a] = R[i.b] ^ R[i.c];
    DISPATCH();
op_ANDNOT_I64:
    R[i.a] = R[i.b] & ~R[i.c];
    DISPATCH();
op_SHL_I64:
    R[i.a] = R[i.c] >= 64 ? 0 : R[i.b] << R[i.c];
    DISPATCH();
op_SHR_I64: {
    int64_t v = static_cast<int64_t>(R[i.b]);
    R[i.a] = static_cast<uint64_t>(R[i.c] >= 64 ? (v < 0 ? -1 : 0) : v >> R[i.c]);
    DISPATCH();
}
op_SHR_U64:
    R[i.a] = R[i.c] >= 64 ? 0 : R[i.b] >> R[i.c];
    DISPATCH();
op_SHIFTCHK:
    if (static_cast<int64_t>(R[i.a]) < 0) {
        SAVE_PC();
        runtimeError("negative shift amount");
    }
    DISPATCH();
op_NEG_I64:
    R[i.a] = 0 - R[i.b];
    DISPATCH();
op_COM_I64:
    R[i.a] = ~R[i.b];
    DISPATCH();
op_EXT_I8:
    R[i.a] = static_cast<uint64_t>(static_cast<int64_t>(static_cast<int8_t>(R[i.b])));
    DISPATCH();
op_EXT_I16:
    R[i.a] = static_cast<uint64_t>(static_cast<int64_t>(static_cast<int16_t>(R[i.b])));
    DISPATCH();
op_EXT_I32:
    R[i.a] = static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(R[i.b])));
    DISPATCH();
op_EXT_U8:
    R[i.a] = R[i.b] & 0xFF;
    DISPATCH();
op_EXT_U16:
    R[i.a] = R[i.b] & 0xFFFF;
    DISPATCH();
op_EXT_U32:
    R[i.a] = R[i.b] & 0xFFFFFFFFu;
    DISPATCH();

    // ---- floats and complex numbers ----
op_ADD_F64:
    R[i.a] = asBits(f64(R[i.b]) + f64(R[i.c]));
    DISPATCH();
op_SUB_F64:
    R[i.a] = asBits(f64(R[i.b]) - f64(R[i.c]));
    DISPATCH();
op_MUL_F64:
    R[i.a] = asBits(f64(R[i.b]) * f64(R[i.c]));
    DISPATCH();
op_DIV_F64:
    R[i.a] = asBits(f64(R[i.b]) / f64(R[i.c]));
    DISPATCH();
op_NEG_F64:
    R[i.a] = R[i.b] ^ (uint64_t(1) << 63);
    DISPATCH();
op_ADD_F32:
    R[i.a] = asBits(f32(R[i.b]) + f32(R[i.c]));
    DISPATCH();
op_SUB_F32:
    R[i.a] = asBits(f32(R[i.b]) - f32(R[i.c]));
    DISPATCH();
op_MUL_F32:
    R[i.a] = asBits(f32(R[i.b]) * f32(R[i.c]));
    DISPATCH();
op_DIV_F32:
    R[i.a] = asBits(f32(R[i.b]) / f32(R[i.c]));
    DISPATCH();
op_NEG_F32:
    R[i.a] = R[i.b] ^ (uint64_t(1) << 31);
    DISPATCH();
op_ADD_C128: {
    double re = f64(R[i.b]) + f64(R[i.c]), im = f64(R[i.b + 1]) + f64(R[i.c + 1]);
    R[i.a] = asBits(re);
    R[i.a + 1] = asBits(im);
    DISPATCH();
}
op_SUB_C128: {
    double re = f64(R[i.b]) - f64(R[i.c]), im = f64(R[i.b + 1]) - f64(R[i.c + 1]);
    R[i.a] = asBits(re);
    R[i.a + 1] = asBits(im);
    DISPATCH();
}
op_MUL_C128: {
    double a = f64(R[i.b]), b = f64(R[i.b + 1]), c = f64(R[i.c]), d = f64(R[i.c + 1]);
    R[i.a] = asBits(a * c - b * d);
    R[i.a + 1] = asBits(a * d + b * c);
    DISPATCH();
}
op_DIV_C128: {
    double re, im;
    complexDivide(f64(R[i.b]), f64(R[i.b + 1]), f64(R[i.c]), f64(R[i.c + 1]), re, im);
    R[i.a] = asBits(re);
    R[i.a + 1] = asBits(im);
    DISPATCH();
}
op_NEG_C128:
    R[i.a] = R[i.b] ^ (uint64_t(1) << 63);
    R[i.a + 1] = R[i.b + 1] ^ (uint64_t(1) << 63);
    DISPATCH();
op_ADD_C64: {
    C64 x = c64(R[i.b]), y = c64(R[i.c]);
    R[i.a] = asBits(C64{x.re + y.re, x.im + y.im});
    DISPATCH();
}
op_SUB_C64: {
    C64 x = c64(R[i.b]), y = c64(R[i.c]);
    R[i.a] = asBits(C64{x.re - y.re, x.im - y.im});
    DISPATCH();
}
op_MUL_C64: {
    C64 x = c64(R[i.b]), y = c64(R[i.c]);
    R[i.a] = asBits(C64{x.re * y.re - x.im * y.im, x.re * y.im + x.im * y.re});
    DISPATCH();
}
op_DIV_C64: {
    C64 x = c64(R[i.b]), y = c64(R[i.c]);
    double re, im;
    complexDivide(x.re, x.im, y.re, y.im, re, im);
    R[i.a] = asBits(C64{static_cast<float>(re), static_cast<float>(im)});
    DISPATCH();
}
op_NEG_C64: {
    C64 x = c64(R[i.b]);
    R[i.a] = asBits(C64{-x.re, -x.im});
    DISPATCH();
}
op_MKC64:
    R[i.a] = asBits(C64{f32(R[i.b]), f32(R[i.c])});
    DISPATCH();
op_REAL_C64:
    R[i.a] = asBits(c64(R[i.b]).re);
    DISPATCH();
op_IMAG_C64:
    R[i.a] = asBits(c64(R[i.b]).im);
    DISPATCH();

    // ---- conversions ----
op_CVT_I64_F64:
    R[i.a] = asBits(static_cast<double>(static_cast<int64_t>(R[i.b])));
    DISPATCH();
op_CVT_U64_F64:
    R[i.a] = asBits(static_cast<double>(R[i.b]));
    DISPATCH();
op_CVT_F64_I64:
    R[i.a] = static_cast<uint64_t>(floatToInt64(f64(R[i.b])));
    DISPATCH();
op_CVT_F64_U64:
    R[i.a] = floatToUint64(f64(R[i.b]));
    DISPATCH();
op_CVT_F64_I32:
    R[i.a] = static_cast<uint64_t>(static_cast<int64_t>(floatToInt32(f64(R[i.b]))));
    DISPATCH();
op_CVT_F32_I32:
    R[i.a] = static_cast<uint64_t>(static_cast<int64_t>(floatToInt32(f32(R[i.b]))));
    DISPATCH();
op_CVT_I64_F32:
    R[i.a] = asBits(static_cast<float>(static_cast<int64_t>(R[i.b])));
    DISPATCH();
op_CVT_U64_F32:
    R[i.a] = asBits(static_cast<float>(R[i.b]));
    DISPATCH();
op_CVT_F32_I64:
    R[i.a] = static_cast<uint64_t>(floatToInt64(f32(R[i.b])));
    DISPATCH();
op_CVT_F32_U64:
    R[i.a] = floatToUint64(f32(R[i.b]));
    DISPATCH();
op_CVT_F64_F32:
    R[i.a] = asBits(static_cast<float>(f64(R[i.b])));
    DISPATCH();
op_CVT_F32_F64:
    R[i.a] = asBits(static_cast<double>(f32(R[i.b])));
    DISPATCH();
op_CVT_C64_C128: {
    C64 x = c64(R[i.b]);
    R[i.a] = asBits(static_cast<double>(x.re));
    R[i.a + 1] = asBits(static_cast<double>(x.im));
    DISPATCH();
}
op_CVT_C128_C64:
    R[i.a] = asBits(C64{static_cast<float>(f64(R[i.b])), static_cast<float>(f64(R[i.b + 1]))});
    DISPATCH();

    // ---- comparisons ----
op_EQ_I64:
    R[i.a] = R[i.b] == R[i.c];
    DISPATCH();
op_NE_I64:
    R[i.a] = R[i.b] != R[i.c];
    DISPATCH();
op_LT_I64:
    R[i.a] = static_cast<int64_t>(R[i.b]) < static_cast<int64_t>(R[i.c]);
    DISPATCH();
op_LE_I64:
    R[i.a] = static_cast<int64_t>(R[i.b]) <= static_cast<int64_t>(R[i.c]);
    DISPATCH();
op_LT_U64:
    R[i.a] = R[i.b] < R[i.c];
    DISPATCH();
op_LE_U64:
    R[i.a] = R[i.b] <= R[i.c];
    DISPATCH();
op_EQ_F64:
    R[i.a] = f64(R[i.b]) == f64(R[i.c]);
    DISPATCH();
op_NE_F64:
    R[i.a] = f64(R[i.b]) != f64(R[i.c]);
    DISPATCH();
op_LT_F64:
    R[i.a] = f64(R[i.b]) < f64(R[i.c]);
    DISPATCH();
op_LE_F64:
    R[i.a] = f64(R[i.b]) <= f64(R[i.c]);
    DISPATCH();
op_EQ_F32:
    R[i.a] = f32(R[i.b]) == f32(R[i.c]);
    DISPATCH();
op_NE_F32:
    R[i.a] = f32(R[i.b]) != f32(R[i.c]);
    DISPATCH();
op_LT_F32:
    R[i.a] = f32(R[i.b]) < f32(R[i.c]);
    DISPATCH();
op_LE_F32:
    R[i.a] = f32(R[i.b]) <= f32(R[i.c]);
    DISPATCH();
op_EQ_C128:
    R[i.a] = f64(R[i.b]) == f64(R[i.c]) && f64(R[i.b + 1]) == f64(R[i.c + 1]);
    DISPATCH();
op_EQ_C64: {
    C64 x = c64(R[i.b]), y = c64(R[i.c]);
    R[i.a] = x.re == y.re && x.im == y.im;
    DISPATCH();
}
op_EQ_STR:
    if (R[i.b + 1] == R[i.c + 1] && R[i.b + 1] >= kBytesPerStep) [[unlikely]] {
        SAVE_PC();
        chargeBytes(R[i.b + 1]);
    }
    R[i.a] = R[i.b + 1] == R[i.c + 1] &&
             (R[i.b + 1] == 0 || R[i.b] == R[i.c] || std::memcmp(reinterpret_cast<const void*>(R[i.b]),
                                              reinterpret_cast<const void*>(R[i.c]), R[i.b + 1]) == 0);
    DISPATCH();
op_LT_STR:
    if (std::min(R[i.b + 1], R[i.c + 1]) >= kBytesPerStep) [[unlikely]] {
        SAVE_PC();
        chargeBytes(std::min(R[i.b + 1], R[i.c + 1]));
    }
    R[i.a] = compareStrings(R[i.b], R[i.b + 1], R[i.c], R[i.c + 1]) < 0;
    DISPATCH();
op_LE_STR:
    if (std::min(R[i.b + 1], R[i.c + 1]) >= kBytesPerStep) [[unlikely]] {
        SAVE_PC();
        chargeBytes(std::min(R[i.b + 1], R[i.c + 1]));
    }
    R[i.a] = compareStrings(R[i.b], R[i.b + 1], R[i.c], R[i.c + 1]) <= 0;
    DISPATCH();
op_EQ_IFACE:
    SAVE_PC();
    R[i.a] = ifacesEqual(*this, reinterpret_cast<const Iface*>(&R[i.b]), reinterpret_cast<const Iface*>(&R[i.c]));
    DISPATCH();
op_EQ_VAL:
    SAVE_PC();
    R[i.a] = valuesEqual(*this, program_.runtimeTypes[R[i.a]], &R[i.b], &R[i.c]);
    DISPATCH();
op_NOT:
    R[i.a] = !R[i.b];
    DISPATCH();

    // ---- jumps ----
op_JMP:
    BRANCH(i.sbx());
    DISPATCH();
op_JT:
    if (R[i.a]) BRANCH(i.sbx());
    DISPATCH();
op_JF:
    if (!R[i.a]) BRANCH(i.sbx());
    DISPATCH();
op_JEQ_I64:
    if (R[i.a] == R[i.b]) BRANCH(i.sc());
    DISPATCH();
op_JNE_I64:
    if (R[i.a] != R[i.b]) BRANCH(i.sc());
    DISPATCH();
op_JLT_I64:
    if (static_cast<int64_t>(R[i.a]) < static_cast<int64_t>(R[i.b])) BRANCH(i.sc());
    DISPATCH();
op_JLE_I64:
    if (static_cast<int64_t>(R[i.a]) <= static_cast<int64_t>(R[i.b])) BRANCH(i.sc());
    DISPATCH();
op_JLT_U64:
    if (R[i.a] < R[i.b]) BRANCH(i.sc());
    DISPATCH();
op_JLE_U64:
    if (R[i.a] <= R[i.b]) BRANCH(i.sc());
    DISPATCH();
op_JEQI_I64:
    if (static_cast<int64_t>(R[i.a]) == i.sb()) BRANCH(i.sc());
    DISPATCH();
op_JNEI_I64:
    if (static_cast<int64_t>(R[i.a]) != i.sb()) BRANCH(i.sc());
    DISPATCH();
op_JLTI_I64:
    if (static_cast<int64_t>(R[i.a]) < i.sb()) BRANCH(i.sc());
    DISPATCH();
op_JLEI_I64:
    if (static_cast<int64_t>(R[i.a]) <= i.sb()) BRANCH(i.sc());
    DISPATCH();
op_JGTI_I64:
    if (static_cast<int64_t>(R[i.a]) > i.sb()) BRANCH(i.sc());
    DISPATCH();
op_JGEI_I64:
    if (static_cast<int64_t>(R[i.a]) >= i.sb()) BRANCH(i.sc());
    DISPATCH();

    // ---- strings ----
op_CONCAT: {
    SAVE_PC();
    GoString s = concatStrings(*this, {reinterpret_cast<const char*>(R[i.b]), static_cast<int64_t>(R[i.b + 1])},
                               {reinterpret_cast<const char*>(R[i.c]), static_cast<int64_t>(R[i.c + 1])});
    R[i.a] = reinterpret_cast<uint64_t>(s.data);
    R[i.a + 1] = static_cast<uint64_t>(s.len);
    DISPATCH();
}
op_INDEX_STR: {
    uint64_t idx = R[i.c], len = R[i.b + 1];
    if (idx >= len) {
        SAVE_PC();
        indexOutOfRange(*this, static_cast<int64_t>(idx), static_cast<int64_t>(len));
    }
    R[i.a] = reinterpret_cast<const uint8_t*>(R[i.b])[idx];
    DISPATCH();
}
op_STR_RUNE: {
    SAVE_PC();
    GoString s = runeToString(*this, static_cast<int64_t>(R[i.b]));
    R[i.a] = reinterpret_cast<uint64_t>(s.data);
    R[i.a + 1] = static_cast<uint64_t>(s.len);
    DISPATCH();
}
op_RANGE_STR: {
    uint32_t rune;
    int64_t width = decodeRuneAt(reinterpret_cast<const char*>(R[i.b]), static_cast<int64_t>(R[i.b + 1]),
                                 static_cast<int64_t>(R[i.c]), rune);
    R[i.a] = rune;
    R[i.a + 1] = static_cast<uint64_t>(width);
    DISPATCH();
}

op_STR_BYTES:
op_STR_RUNES: {
    SAVE_PC();
    GoString str{reinterpret_cast<const char*>(R[i.b]), static_cast<int64_t>(R[i.b + 1])};
    GoSlice out = i.op == Op::STR_BYTES ? stringToBytes(*this, str) : stringToRunes(*this, str);
    std::memcpy(&R[i.a], &out, sizeof out);
    DISPATCH();
}
op_BYTES_STR:
op_RUNES_STR: {
    SAVE_PC();
    GoSlice in;
    std::memcpy(&in, &R[i.b], sizeof in);
    GoString out = i.op == Op::BYTES_STR ? bytesToString(*this, in) : runesToString(*this, in);
    R[i.a] = reinterpret_cast<uint64_t>(out.data);
    R[i.a + 1] = static_cast<uint64_t>(out.len);
    DISPATCH();
}

    // ---- memory ----
#define NIL_CHECK(p)                                 \
    if (!(p)) {                                      \
        SAVE_PC();                                   \
        runtimeError(kNilDeref, true);               \
    }
#define LOAD(T)                                                           \
    {                                                                     \
        NIL_CHECK(R[i.b]);                                                \
        T v;                                                              \
        std::memcpy(&v, reinterpret_cast<const char*>(R[i.b]) + i.c, sizeof(T)); \
        R[i.a] = static_cast<uint64_t>(v);                                \
        DISPATCH();                                                       \
    }
op_LOAD_I8:
    LOAD(int8_t)
op_LOAD_U8:
    LOAD(uint8_t)
op_LOAD_I16:
    LOAD(int16_t)
op_LOAD_U16:
    LOAD(uint16_t)
op_LOAD_I32:
    LOAD(int32_t)
op_LOAD_U32:
    LOAD(uint32_t)
op_LOAD_64:
    LOAD(uint64_t)
op_LOADN:
    NIL_CHECK(R[i.b]);
    std::memcpy(&R[i.a], reinterpret_cast<const void*>(R[i.b]), i.c);
    DISPATCH();
#define STORE(T)                                                           \
    {                                                                      \
        NIL_CHECK(R[i.a]);                                                 \
        T v = static_cast<T>(R[i.b]);                                      \
        std::memcpy(reinterpret_cast<char*>(R[i.a]) + i.c, &v, sizeof(T)); \
        DISPATCH();                                                        \
    }
op_STORE_8:
    STORE(uint8_t)
op_STORE_16:
    STORE(uint16_t)
op_STORE_32:
    STORE(uint32_t)
op_STORE_64:
    STORE(uint64_t)
op_STOREN:
    NIL_CHECK(R[i.a]);
    std::memmove(reinterpret_cast<void*>(R[i.a]), &R[i.b], i.c);
    DISPATCH();
#define FLOAD(T)                                                          \
    {                                                                     \
        T v;                                                              \
        std::memcpy(&v, reinterpret_cast<const char*>(&R[i.b]) + i.c, sizeof(T)); \
        R[i.a] = static_cast<uint64_t>(v);                                \
        DISPATCH();                                                       \
    }
op_FLOAD_I8:
    FLOAD(int8_t)
op_FLOAD_U8:
    FLOAD(uint8_t)
op_FLOAD_I16:
    FLOAD(int16_t)
op_FLOAD_U16:
    FLOAD(uint16_t)
op_FLOAD_I32:
    FLOAD(int32_t)
op_FLOAD_U32:
    FLOAD(uint32_t)
#define FSTORE(T)                                                          \
    {                                                                      \
        T v = static_cast<T>(R[i.b]);                                      \
        std::memcpy(reinterpret_cast<char*>(&R[i.a]) + i.c, &v, sizeof(T)); \
        DISPATCH();                                                        \
    }
op_FSTORE_8:
    FSTORE(uint8_t)
op_FSTORE_16:
    FSTORE(uint16_t)
op_FSTORE_32:
    FSTORE(uint32_t)
op_GADDR:
    R[i.a] = reinterpret_cast<uint64_t>(static_cast<char*>(globals_) + i.bx());
    DISPATCH();
op_GADDRX:
    R[i.a] = reinterpret_cast<uint64_t>(static_cast<char*>(globalAreas_[i.c]) + i.b);
    DISPATCH();
op_NEW: {
    SAVE_PC();
    const types::Type* t = program_.runtimeTypes[i.bx()];
    R[i.a] = reinterpret_cast<uint64_t>(allocate(static_cast<size_t>(t->size), t->pointerFree));
    DISPATCH();
}
op_DEFER:
    SAVE_PC();
    pushDefer(&R[i.a], i.b);
    DISPATCH();
op_RUNDEFERS: {
    // one deferred call at a time: its frame returns here, to run the next
    DeferRecord* d = G->frames.back().defers;
    if (!d) DISPATCH();
    SAVE_PC();
    G->frames.back().defers = d->next;
    enterDeferred(d, FrameKind::DeferAtReturn);
    fn = G->frames.back().fn;
    pc = fn->code.data();
    R = G->frames.back().base;
    DISPATCH();
}
op_RECOVER: {
    Iface v = recover();
    std::memcpy(&R[i.a], &v, sizeof v);
    DISPATCH();
}
op_ISTYPE:
    R[i.a] = R[i.b] == reinterpret_cast<uint64_t>(program_.runtimeTypes[i.c]);
    DISPATCH();
op_IMPLEMENTS: {
    auto* dyn = reinterpret_cast<types::Type*>(R[i.b]);
    const auto* it = static_cast<const types::Interface*>(types::underlying(program_.runtimeTypes[i.c]));
    R[i.a] = dyn && implements(dyn, it);
    DISPATCH();
}
op_ASSERTFAIL:
    SAVE_PC();
    typeAssertionFailed(*this, reinterpret_cast<types::Type*>(R[i.a]), program_.runtimeTypes[i.b], program_.runtimeTypes[i.c]);
op_MAKEMAP:
    SAVE_PC();
    R[i.a] = reinterpret_cast<uint64_t>(
        makeMap(*this, static_cast<const types::Map*>(types::underlying(program_.runtimeTypes[i.c])), static_cast<int64_t>(R[i.b])));
    DISPATCH();
op_MAPACCESS:
op_MAPACCESS2: {
    SAVE_PC();
    auto* mt = static_cast<const types::Map*>(types::underlying(program_.runtimeTypes[i.c]));
    const void* e = mapAccess(*this, mt, reinterpret_cast<HMap*>(R[i.b]), &R[i.b + 1]);
    if (i.op == Op::MAPACCESS2) R[i.a + 1] = e != nullptr;
    R[i.a] = reinterpret_cast<uint64_t>(e ? e : zeroValue(mt->elem));
    DISPATCH();
}
op_MAPASSIGN: {
    SAVE_PC();
    auto* mt = static_cast<const types::Map*>(types::underlying(program_.runtimeTypes[i.c]));
    R[i.a] = reinterpret_cast<uint64_t>(mapAssign(*this, mt, reinterpret_cast<HMap*>(R[i.b]), &R[i.b + 1]));
    DISPATCH();
}
op_MAPDELETE: {
    SAVE_PC();
    auto* mt = static_cast<const types::Map*>(types::underlying(program_.runtimeTypes[i.c]));
    mapDelete(*this, mt, reinterpret_cast<HMap*>(R[i.a]), &R[i.a + 1]);
    DISPATCH();
}
op_MAPLEN:
    R[i.a] = static_cast<uint64_t>(mapLen(reinterpret_cast<const HMap*>(R[i.b])));
    DISPATCH();
op_MAPITER: {
    SAVE_PC();
    auto* it = static_cast<MapIter*>(allocate(sizeof(MapIter), false));
    mapIterInit(*this, static_cast<const types::Map*>(types::underlying(program_.runtimeTypes[i.c])),
                reinterpret_cast<HMap*>(R[i.b]), it);
    R[i.a] = reinterpret_cast<uint64_t>(it);
    DISPATCH();
}
op_MAPKEY: {
    auto* it = reinterpret_cast<const MapIter*>(R[i.b]);
    R[i.a] = reinterpret_cast<uint64_t>(it->key);
    R[i.a + 1] = reinterpret_cast<uint64_t>(it->elem);
    DISPATCH();
}
op_MAPNEXT:
    SAVE_PC();
    mapIterNext(*this, reinterpret_cast<MapIter*>(R[i.a]));
    DISPATCH();
op_MAKESLICE: {
    SAVE_PC();
    GoSlice s = makeSlice(*this, program_.runtimeTypes[i.c], static_cast<int64_t>(R[i.b]), static_cast<int64_t>(R[i.b + 1]));
    std::memcpy(&R[i.a], &s, sizeof s);
    DISPATCH();
}
op_GROWSLICE: {
    // unsigned: a needed length that wrapped negative grows (and panics)
    if (R[i.b] > R[i.a + 2]) {
        SAVE_PC();
        GoSlice s;
        std::memcpy(&s, &R[i.a], sizeof s);
        s = growSlice(*this, program_.runtimeTypes[i.c], s, static_cast<int64_t>(R[i.b]));
        std::memcpy(&R[i.a], &s, sizeof s);
    }
    DISPATCH();
}
op_COPY: {
    uint64_t n = std::min(R[i.b + 1], R[i.c + 1]);
    if (n * R[i.a] >= kBytesPerStep) {
        SAVE_PC();
        chargeBytes(n * R[i.a]);
    }
    if (n > 0) std::memmove(reinterpret_cast<void*>(R[i.b]), reinterpret_cast<const void*>(R[i.c]), n * R[i.a]);
    R[i.a] = n;
    DISPATCH();
}
op_NILCHK:
    NIL_CHECK(R[i.a]);
    DISPATCH();
op_NILWRAP:
    if (!R[i.a]) {
        SAVE_PC();
        valueMethodOnNil(*this, fn, program_.runtimeTypes[i.bx()]);
    }
    DISPATCH();
op_ADDR:
    NIL_CHECK(R[i.b]);
    R[i.a] = R[i.b] + i.c;
    DISPATCH();
op_BOUNDS:
    if (R[i.a] >= R[i.b]) {
        SAVE_PC();
        indexOutOfRange(*this, static_cast<int64_t>(R[i.a]), static_cast<int64_t>(R[i.b]), i.c != 0);
    }
    DISPATCH();
op_SLICE2ARR:
    if (R[i.b] > R[i.a + 1]) {
        SAVE_PC();
        sliceConvertOutOfRange(*this, static_cast<int64_t>(R[i.a + 1]), static_cast<int64_t>(R[i.b]));
    }
    DISPATCH();
op_BOUNDS_SLICE:
    if (R[i.a] > R[i.b]) {
        SAVE_PC();
        sliceOutOfRange(*this, static_cast<SliceBound>(i.c), static_cast<int64_t>(R[i.a]), static_cast<int64_t>(R[i.b]));
    }
    DISPATCH();
op_BOUNDSK:
    if (R[i.a] >= i.b) {
        SAVE_PC();
        indexOutOfRange(*this, static_cast<int64_t>(R[i.a]), static_cast<int64_t>(i.b), i.c != 0);
    }
    DISPATCH();

    // ---- calls ----
op_CALL: {
    const Function* callee = program_.functions[i.bx()].get();
    SAVE_PC();
    ENTER_FRAME(callee);
    G->frames.push_back({callee, callee->code.data(), base, nullptr});
    fn = callee;
    R = base;
    pc = callee->code.data();
    CALL_STEP();
    DISPATCH();
}
op_CALLC: {
    auto* closure = reinterpret_cast<Closure*>(R[i.b]);
    SAVE_PC();
    if (!closure) runtimeError(kNilDeref, true);
    const Function* callee = closure->fn;
    ENTER_FRAME(callee);
    G->frames.push_back({callee, callee->code.data(), base, closure});
    fn = callee;
    R = base;
    pc = callee->code.data();
    CALL_STEP();
    DISPATCH();
}
op_CALLN: {
    SAVE_PC();
    size_t off = static_cast<size_t>(R - G->stack);
    G->nativeArgs = off + i.a;
    G->native = static_cast<int32_t>(i.bx());
    if (const Native& n = program_.natives[i.bx()]; n.callsGo) callOnFiber(n.fn, R + i.a);
    else n.fn(*this, R + i.a);
    R = G->stack + off;  // a native may have grown the stack
    AFTER_NATIVE();
    DISPATCH();
}
op_CALLI: {
    SAVE_PC();
    Iface v;
    std::memcpy(&v, &R[i.b], sizeof v);
    const types::Method* m = findMethod(v.type, program_.methodNames[i.c]);
    if (!m) runtimeError(kNilDeref, true);
    R[i.a] = reinterpret_cast<uint64_t>(v.data);
    if (m->native >= 0) {
        size_t off = static_cast<size_t>(R - G->stack);
        G->nativeArgs = off + i.a;
        G->native = m->native;
        if (const Native& n = program_.natives[static_cast<size_t>(m->native)]; n.callsGo) callOnFiber(n.fn, R + i.a);
        else n.fn(*this, R + i.a);
        R = G->stack + off;
        AFTER_NATIVE();
        DISPATCH();
    }
    const Function* callee = program_.functions[static_cast<size_t>(m->ifaceFunction)].get();
    ENTER_FRAME(callee);
    G->frames.push_back({callee, callee->code.data(), base, nullptr});
    fn = callee;
    R = base;
    pc = callee->code.data();
    CALL_STEP();
    DISPATCH();
}
op_STACKCHARGE:
    G->stackCharge += static_cast<size_t>(fn->stackBytes);
    if (G->stackCharge + G->stackSlots * sizeof(uint64_t) + G->frames.capacity() * sizeof(CallFrame) > config_.maxStackBytes) {
        SAVE_PC();
        stackOverflow();
    }
    DISPATCH();
op_RETC:
    G->stackCharge -= static_cast<size_t>(fn->stackBytes);
    goto op_RET;
op_RET: {
    if (i.a != 0) std::memmove(R, &R[i.a], size_t(i.b) * 8);
    if (G->deferFrames != 0) [[unlikely]] {
        FrameKind kind = G->frames.back().kind;
        if (kind != FrameKind::Call) {
            --G->deferFrames;
            G->frames.pop_back();
            const CallFrame& deferrer = G->frames.back();
            fn = deferrer.fn;
            R = deferrer.base;
            if (kind == FrameKind::DeferAtReturn) {
                pc = deferrer.pc;  // back to RUNDEFERS, for the next one
                DISPATCH();
            }
            // a deferred call a panic ran
            if (!G->panics.back().recovered) goto unwinding;
            finishRecovery();
            pc = G->frames.back().pc;
            DISPATCH();
        }
    }
    G->frames.pop_back();
    if (G->frames.size() < bottom) [[unlikely]] {
        // a nested level's call, or main, returned; or a goroutine ended
        if (G->nested > 0 || G == goroutines_[0].get()) return;
        goroutineExit();
        SWITCH();
        DISPATCH();
    }
    const CallFrame& caller = G->frames.back();
    fn = caller.fn;
    pc = caller.pc + 1;
    R = caller.base;
    DISPATCH();
}
op_FUNC: {
    Closure*& c = funcValues_[i.bx()];
    if (!c) {
        SAVE_PC();
        // made once, like Go's static func values: not one of the
        // program's allocations (runtime.MemStats.Mallocs)
        c = static_cast<Closure*>(allocate(sizeof(Closure), false));
        --allocations_;
        c->fn = program_.functions[i.bx()].get();
    }
    R[i.a] = reinterpret_cast<uint64_t>(c);
    DISPATCH();
}
op_CLOSURE: {
    SAVE_PC();
    const Function* target = program_.functions[i.b].get();
    size_t n = static_cast<size_t>(target->captures);
    auto* c = static_cast<Closure*>(allocate(sizeof(Closure) + (n > 0 ? n - 1 : 0) * sizeof(void*), false));
    c->fn = target;
    std::memcpy(c->captures, &R[i.c], n * sizeof(void*));
    R[i.a] = reinterpret_cast<uint64_t>(c);
    DISPATCH();
}
op_UPVAL:
    R[i.a] = reinterpret_cast<uint64_t>(G->frames.back().closure->captures[i.b]);
    DISPATCH();

    // ---- goroutines and channels ----
op_GO:
    SAVE_PC();
    spawn(reinterpret_cast<Closure*>(R[i.a]), &R[i.a + 1], i.b);
    DISPATCH();
op_MAKECHAN:
    SAVE_PC();
    R[i.a] = reinterpret_cast<uint64_t>(makeChan(program_.runtimeTypes[i.c], static_cast<int64_t>(R[i.b])));
    DISPATCH();
op_SEND:
    SAVE_PC();
    if (G->woken) [[unlikely]] {
        G->woken = false;
        if (!G->recvOk) sendOnClosed();
        DISPATCH();
    }
    if (!chanSend(reinterpret_cast<Chan*>(R[i.a]), &R[i.b])) PARK();
    DISPATCH();
op_RECV:
    SAVE_PC();
    if (G->woken) [[unlikely]] {
        completeRecv(reinterpret_cast<Chan*>(R[i.b]), &R[i.a], nullptr);
        DISPATCH();
    }
    if (!chanRecv(reinterpret_cast<Chan*>(R[i.b]), &R[i.a], nullptr)) PARK();
    DISPATCH();
op_RECVOK:
    SAVE_PC();
    if (G->woken) [[unlikely]] {
        completeRecv(reinterpret_cast<Chan*>(R[i.b]), &R[i.a], &R[i.c]);
        DISPATCH();
    }
    if (!chanRecv(reinterpret_cast<Chan*>(R[i.b]), &R[i.a], &R[i.c])) PARK();
    DISPATCH();
op_CLOSE:
    SAVE_PC();
    chanClose(reinterpret_cast<Chan*>(R[i.a]));
    DISPATCH();
op_CHANLEN: {
    auto* c = reinterpret_cast<Chan*>(R[i.b]);
    R[i.a] = c ? static_cast<uint64_t>(c->count) : 0;
    DISPATCH();
}
op_CHANCAP: {
    auto* c = reinterpret_cast<Chan*>(R[i.b]);
    R[i.a] = c ? static_cast<uint64_t>(c->cap) : 0;
    DISPATCH();
}
op_SELECT: {
    SAVE_PC();
    int32_t k = selectCases(R, pc, i.b, i.c != 0);
    if (k == kSelectParked) PARK();
    R[i.a] = static_cast<uint64_t>(static_cast<int64_t>(k));
    pc += i.b;
    DISPATCH();
}
op_SELCASE:
    DISPATCH();
    // the current goroutine lets another run: resumed at frames.back().pc
preempt:
    G->resumeAfter = false;
    SWITCH();
    DISPATCH();
    // a native parked the current goroutine or yielded: resumed after the call
parked:
    G->resumeAfter = true;
    SWITCH();
    DISPATCH();

    // ---- interfaces and panics ----
op_MKIFACE: {
    SAVE_PC();
    types::Type* t = program_.runtimeTypes[i.c];
    Iface v = makeIface(*this, t, &R[i.b]);
    std::memcpy(&R[i.a], &v, sizeof v);
    DISPATCH();
}
op_PANIC: {
    SAVE_PC();
    Iface v;
    std::memcpy(&v, &R[i.a], sizeof v);
    panicWith(v);
}
op_UNREACHABLE:
    SAVE_PC();
    fatal("unreachable code reached (missing return)");

    // ---- print builtins ----
op_PRINT_I64:
    writeStderr(std::to_string(static_cast<int64_t>(R[i.a])));
    DISPATCH();
op_PRINT_U64:
    writeStderr(std::to_string(R[i.a]));
    DISPATCH();
op_PRINT_F64:
    writeStderr(printFloat(f64(R[i.a])));
    DISPATCH();
op_PRINT_C128:
    writeStderr("(" + printFloat(f64(R[i.a])) + printFloat(f64(R[i.a + 1])) + "i)");
    DISPATCH();
op_PRINT_BOOL:
    writeStderr(R[i.a] ? "true" : "false");
    DISPATCH();
op_PRINT_STR:
    writeStderr(std::string_view(reinterpret_cast<const char*>(R[i.a]), R[i.a + 1]));
    DISPATCH();
op_PRINT_PTR:
    writeStderr(printPointer(R[i.a]));
    DISPATCH();
op_PRINT_SLICE:
    writeStderr("[" + std::to_string(static_cast<int64_t>(R[i.a + 1])) + "/" + std::to_string(static_cast<int64_t>(R[i.a + 2])) +
                "]" + printPointer(R[i.a]));
    DISPATCH();
op_PRINT_IFACE:
    writeStderr("(" + printPointer(R[i.a]) + "," + printPointer(R[i.a + 1]) + ")");
    DISPATCH();
op_PRINT_SP:
    writeStderr(" ");
    DISPATCH();
op_PRINT_NL:
    writeStderr("\n");
    DISPATCH();
    } catch (GoPanic& p) {
        startPanic(std::move(p));
    } catch (PanicUnwind&) {
        // a panic from a nested call (a native's callback) continues here
    }
unwinding:
    G = g_;  // a panic out of a resumed fiber's native is the goroutine schedule() made current
    if (!unwindNext(bottom)) {
        if (G->nested == 0 && !G->panics.empty() && G->panics.back().panic.goexit) {
            // runtime.Goexit ran every deferred call: the goroutine ends
            if (G == goroutines_[0].get()) mainGoexited_ = true;
            goroutineExit();
            SWITCH();
            continue;
        }
        throw PanicUnwind{};
    }
    fn = G->frames.back().fn;
    pc = G->frames.back().pc;
    R = G->frames.back().base;
    }

#undef DISPATCH
#undef SAVE_PC
#undef BRANCH
#undef SWITCH
#undef PARK
#undef CALL_STEP
#undef AFTER_NATIVE
#undef ENTER_FRAME
#undef NIL_CHECK
#undef LOAD
#undef STORE
#undef FLOAD
#undef FSTORE
}

}  // namespace gos::vm
