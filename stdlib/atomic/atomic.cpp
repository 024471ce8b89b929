// Package sync/atomic: the functions for int32, int64, uint32, uint64 and
// uintptr, and the types Bool, Int32, Int64, Uint32, Uint64, Uintptr and
// Value.
//
// Goroutines take turns on one thread and a native runs to its end before
// another goroutine can run, so each operation is atomic by construction:
// plain loads and stores of Go memory. A nil address panics as Go's do.
// Each type has Go's layout ({v T}, Value {v any}), so it embeds in a
// struct as Go's does, and its zero value is ready to use.
#include <cstdint>
#include <cstring>
#include <string>
#include <type_traits>

#include "stdlib/stdlib.h"
#include "vm/runtime.h"

namespace gos::stdlib {

namespace {

using types::Kind;

// The word an operation works on; every operation synchronises through it
// (sequentially consistent, as Go's atomics: vm/race.h).
template <class T>
T* address(vm::VM& vm, const uint64_t* a) {
    auto* p = reinterpret_cast<T*>(a[0]);
    if (!p) vm.runtimeError(vm::kNilDeref, true);
    if (vm.raceOn()) {
        vm.raceAcquire(p);
        vm.raceRelease(p);
    }
    return p;
}

// A value of T as it sits in a slot (sign- or zero-extended).
template <class T>
uint64_t slot(T v) {
    if constexpr (sizeof(T) == 1) return v ? 1 : 0;
    else if constexpr (std::is_signed_v<T>) return static_cast<uint64_t>(static_cast<int64_t>(v));
    else return static_cast<uint64_t>(v);
}

template <class T>
T arg(const uint64_t* a, int k) {
    if constexpr (sizeof(T) == 1) return a[k] != 0;
    else return static_cast<T>(a[k]);
}

template <class T>
void nAdd(vm::VM& vm, uint64_t* a) {
    T* p = address<T>(vm, a);
    using U = std::make_unsigned_t<T>;
    *p = static_cast<T>(static_cast<U>(*p) + static_cast<U>(arg<T>(a, 1)));  // wraps, as Go's
    a[0] = slot(*p);
}

template <class T>
void nLoad(vm::VM& vm, uint64_t* a) {
    a[0] = slot(*address<T>(vm, a));
}

template <class T>
void nStore(vm::VM& vm, uint64_t* a) {
    *address<T>(vm, a) = arg<T>(a, 1);
}

template <class T>
void nSwap(vm::VM& vm, uint64_t* a) {
    T* p = address<T>(vm, a);
    T old = *p;
    *p = arg<T>(a, 1);
    a[0] = slot(old);
}

template <class T>
void nCompareAndSwap(vm::VM& vm, uint64_t* a) {
    T* p = address<T>(vm, a);
    bool swapped = *p == arg<T>(a, 1);
    if (swapped) *p = arg<T>(a, 2);
    a[0] = swapped;
}

// ---- Value ----

void nValueLoad(vm::VM& vm, uint64_t* a) {
    auto* v = address<vm::Iface>(vm, a);
    std::memcpy(a, v, sizeof *v);
}

vm::Iface checkedValue(vm::VM& vm, const vm::Iface* stored, const uint64_t* a, int k, const char* what) {
    vm::Iface nv;
    std::memcpy(&nv, a + k, sizeof nv);
    if (!nv.type) panicString(vm, std::string("sync/atomic: ") + what + " of nil value into Value");
    if (stored->type && stored->type != nv.type)
        panicString(vm, std::string("sync/atomic: ") + what + " of inconsistently typed value into Value");
    return nv;
}

void nValueStore(vm::VM& vm, uint64_t* a) {
    auto* v = address<vm::Iface>(vm, a);
    *v = checkedValue(vm, v, a, 1, "store");
}

void nValueSwap(vm::VM& vm, uint64_t* a) {
    auto* v = address<vm::Iface>(vm, a);
    vm::Iface nv = checkedValue(vm, v, a, 1, "swap");
    vm::Iface old = *v;
    *v = nv;
    std::memcpy(a, &old, sizeof old);
}

void nValueCompareAndSwap(vm::VM& vm, uint64_t* a) {
    auto* v = address<vm::Iface>(vm, a);
    vm::Iface old;
    std::memcpy(&old, a + 1, sizeof old);
    vm::Iface nv = checkedValue(vm, v, a, 3, "compare and swap");
    if (old.type && old.type != nv.type)
        panicString(vm, "sync/atomic: compare and swap of inconsistently typed values");
    types::Type* any = vm.program().types->emptyInterface();
    bool swapped = vm::valuesEqual(vm, any, v, &old);
    if (swapped) *v = nv;
    a[0] = swapped;
}

template <class T>
void declareFuncs(PackageBuilder& b, const char* suffix, types::Type* t) {
    types::TypeTable& tt = b.types();
    types::Type* p = tt.pointer(t);
    std::string s = suffix;
    auto name = [&](const char* op) { return std::string(op) + s; };
    if constexpr (sizeof(T) > 1) b.func(name("Add").c_str(), tt.func({p, t}, {t}, false), nAdd<T>);
    b.func(name("Load").c_str(), tt.func({p}, {t}, false), nLoad<T>);
    b.func(name("Store").c_str(), tt.func({p, t}, {}, false), nStore<T>);
    b.func(name("Swap").c_str(), tt.func({p, t}, {t}, false), nSwap<T>);
    b.func(name("CompareAndSwap").c_str(), tt.func({p, t, t}, {b.basic(Kind::Bool)}, false), nCompareAndSwap<T>);
}

// The type atomic.<name>: {v T} with methods on *it.
template <class T>
void declareType(PackageBuilder& b, const char* name, types::Type* t) {
    types::TypeTable& tt = b.types();
    types::Named* n = tt.named(name, "atomic");
    tt.setUnderlying(n, tt.structType({{"v", t, 0, false, ""}}));
    types::Type* boolT = b.basic(Kind::Bool);
    if constexpr (sizeof(T) > 1) b.method(n, "Add", tt.func({t}, {t}, false), true, nAdd<T>);
    b.method(n, "Load", tt.func({}, {t}, false), true, nLoad<T>);
    b.method(n, "Store", tt.func({t}, {}, false), true, nStore<T>);
    b.method(n, "Swap", tt.func({t}, {t}, false), true, nSwap<T>);
    b.method(n, "CompareAndSwap", tt.func({t, t}, {boolT}, false), true, nCompareAndSwap<T>);
    b.typeName(name, n);
}

}  // namespace

void declareAtomic(PackageBuilder& b) {
    types::TypeTable& tt = b.types();
    types::Type* i32 = b.basic(Kind::Int32);
    types::Type* i64 = b.basic(Kind::Int64);
    types::Type* u32 = b.basic(Kind::Uint32);
    types::Type* u64 = b.basic(Kind::Uint64);
    types::Type* uptr = b.basic(Kind::Uintptr);
    declareFuncs<int32_t>(b, "Int32", i32);
    declareFuncs<int64_t>(b, "Int64", i64);
    declareFuncs<uint32_t>(b, "Uint32", u32);
    declareFuncs<uint64_t>(b, "Uint64", u64);
    declareFuncs<uint64_t>(b, "Uintptr", uptr);
    declareType<int32_t>(b, "Int32", i32);
    declareType<int64_t>(b, "Int64", i64);
    declareType<uint32_t>(b, "Uint32", u32);
    declareType<uint64_t>(b, "Uint64", u64);
    declareType<uint64_t>(b, "Uintptr", uptr);
    declareType<bool>(b, "Bool", b.basic(Kind::Bool));

    types::Type* any = tt.emptyInterface();
    types::Named* value = tt.named("Value", "atomic");
    tt.setUnderlying(value, tt.structType({{"v", any, 0, false, ""}}));
    b.method(value, "Load", tt.func({}, {any}, false), true, nValueLoad);
    b.method(value, "Store", tt.func({any}, {}, false), true, nValueStore);
    b.method(value, "Swap", tt.func({any}, {any}, false), true, nValueSwap);
    b.method(value, "CompareAndSwap", tt.func({any, any}, {b.basic(Kind::Bool)}, false), true, nValueCompareAndSwap);
    b.typeName("Value", value);
}

}  // namespace gos::stdlib
