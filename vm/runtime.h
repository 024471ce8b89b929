// The slow paths of the interpreter loop: strings, interfaces, runtime
// errors and the print builtins. Kept out of interp.cpp so the loop stays
// small.
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "vm/vm.h"

namespace gos::vm {

extern const char* const kNilDeref;  // "invalid memory address or nil pointer dereference"

int compareStrings(uint64_t aData, uint64_t aLen, uint64_t bData, uint64_t bLen);
GoString concatStrings(VM& vm, GoString a, GoString b);
GoString runeToString(VM& vm, int64_t rune);
// Decodes the rune at byte i of s (U+FFFD and width 1 for a bad encoding).
int64_t decodeRuneAt(const char* s, int64_t len, int64_t i, uint32_t& rune);

GoSlice stringToBytes(VM& vm, GoString s);
GoSlice stringToRunes(VM& vm, GoString s);
GoString bytesToString(VM& vm, GoSlice b);
GoString runesToString(VM& vm, GoSlice r);

Iface makeIface(VM& vm, types::Type* t, const void* value);
// The method of the dynamic type t (a named type or a pointer to one) an
// interface call with this name runs, or null (a nil interface).
const types::Method* findMethod(types::Type* t, const std::string& name);
bool ifacesEqual(VM& vm, const Iface* a, const Iface* b);

// Whether a value of dynamic type t (not null) has every method of
// interface it, in t's method set, with identical signatures; if not,
// *missing (when given) names the first one that it lacks.
bool implements(types::Type* t, const types::Interface* it, std::string* missing = nullptr);
// x.(T) failed: Go's *runtime.TypeAssertionError, as a panic.
[[noreturn]] void typeAssertionFailed(VM& vm, types::Type* dynamic, types::Type* iface, types::Type* asserted);

// The method `name() string` in the method set of the dynamic type t (so a
// pointer-receiver method counts only when t is the pointer), or null: what
// fmt and panic look for when they call Error and String.
const types::Method* stringMethod(types::Type* t, const std::string& name);
// The method `name` with signature sig (identical) in the method set of
// the dynamic type t, or null: what a type assertion to an interface such
// as interface{ Unwrap() error } finds.
const types::Method* methodInSet(types::Type* t, const std::string& name, const types::Type* sig);
// Calls the method m of the dynamic value v from a native: args are the
// slots after the receiver; the first results.size() result slots are
// copied out. A native method that parks waits for its wake-up here, so
// the caller must run on a fiber (Native::callsGo) when m may park. A
// panic propagates, or with caught given, lands there (false).
bool callMethod(VM& vm, const Iface& v, const types::Method* m, std::span<const uint64_t> args,
                std::span<uint64_t> results, GoPanic* caught = nullptr);
// Runs such a method on the dynamic value v and stores its result in out.
// A panic inside propagates, or, when caught is given, unwinds to the
// caller, lands in *caught, and the result is false.
bool callStringMethod(VM& vm, const Iface& v, const types::Method* m, std::string& out, GoPanic* caught = nullptr);

void complexDivide(double a, double b, double c, double d, double& re, double& im);

[[noreturn]] void indexOutOfRange(VM& vm, int64_t index, int64_t length, bool isUnsigned = false);
// Go's panicwrap: the compiler-made wrapper fn of a value method was
// called with a nil *T.
[[noreturn]] void valueMethodOnNil(VM& vm, const Function* fn, types::Type* t);

[[noreturn]] void sliceOutOfRange(VM& vm, SliceBound which, int64_t x, int64_t y);
// (*[n]T)(s) with len(s) < n.
[[noreturn]] void sliceConvertOutOfRange(VM& vm, int64_t length, int64_t n);

// The print builtin's formats: +1.000000e+000 for floats, 0x... for pointers.
std::string printFloat(double v);
std::string printPointer(uint64_t p);

}  // namespace gos::vm
