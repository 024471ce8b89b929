// The standard library as gos provides it: Go packages whose functions are
// natives (C++), declared to the checker with Go types.
//
// A package is built on demand for one program: its types come from the
// program's TypeTable (so they are identical to the program's own), and its
// natives are appended to the program's native table, where the code
// generator finds them by the index recorded in each function's Object.
#pragma once

#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/checker.h"
#include "vm/program.h"
#include "vm/vm.h"

namespace gos::stdlib {

// A PackageLoader for the checker: "fmt", "math", "os", ... or null.
check::PackageLoader loader(vm::Program& program, check::Info& info);
// The path of the standard package a loader request names (a path, or in
// a script a package's name: "utf8"), or empty.
std::string_view packagePath(std::string_view request);
// The paths of every standard package, for completion.
std::vector<std::string_view> packagePaths();

// A session's show native (vm::Program::showNative): formats a value as
// fmt's %v does and hands the text, with its type's name, to *sink (which
// must outlive the program's runs).
using ShowSink = std::function<void(std::string value, std::string type)>;
int32_t addShowNative(vm::Program& program, const ShowSink* sink);

// Helpers the packages share while declaring their members.
class PackageBuilder {
public:
    PackageBuilder(check::Package* pkg, vm::Program& program, check::Info& info)
        : pkg_(pkg), program_(program), info_(info), tt_(*program.types) {}

    types::TypeTable& types() { return tt_; }
    vm::Program& program() { return program_; }
    types::Type* basic(types::Kind k) { return tt_.basic(k); }
    types::Type* anySlice() { return tt_.slice(tt_.emptyInterface()); }

    // callsGo: the native calls Go functions its parameters do not lead to
    // (a package variable holding a func): it must run on a fiber too.
    // data: Native::data, for a native serving several functions.
    void func(const char* name, types::Func* sig, vm::NativeFn fn, bool callsGo = false, const void* data = nullptr);
    void var(const char* name, types::Type* type, vm::NativeFn addressOf, const void* data = nullptr);
    void constant(const char* name, types::Type* type, constant::Value value);
    void typeName(const char* name, types::Type* type);
    // A method of a library type, implemented by a native. A native method
    // gets the receiver in slot 0 as an interface call passes it: the
    // pointer for a pointer receiver, and for a value receiver the
    // interface's data word (the value itself when pointer-shaped, else a
    // pointer to it).
    void method(types::Named* recv, const char* name, types::Func* sig, bool pointerReceiver, vm::NativeFn fn,
                const void* data = nullptr);
    // Another standard package, for the types this one's declarations use
    // (context's time.Time). Null if there is none by that path.
    check::Package* import(std::string_view path);
    // A native no Go name refers to, called by bytecode the package makes.
    int32_t native(const std::string& name, vm::NativeFn fn, bool callsGo);
    // A Go function, named `name` in tracebacks, whose closures capture one
    // pointer: calling one calls fn with the captured pointer in slot 0 and
    // the closure's parameters after it (`paramSlots` of them), and returns
    // fn's first `resultSlots` slots. A native makes the closures (the
    // CancelFunc that context.WithCancel returns) with makeClosure.
    int32_t closureFunction(const std::string& name, int paramSlots, int resultSlots, vm::NativeFn fn, bool callsGo);

private:
    check::Object* add(const char* name);

    check::Package* pkg_;
    vm::Program& program_;
    check::Info& info_;
    types::TypeTable& tt_;
};

void declareFmt(PackageBuilder& b);
void declareMath(PackageBuilder& b);
void declareOs(PackageBuilder& b);
void declareStrings(PackageBuilder& b);
void declareErrors(PackageBuilder& b);
void declareStrconv(PackageBuilder& b);
void declareSort(PackageBuilder& b);
void declareUnicode(PackageBuilder& b);
void declareUtf8(PackageBuilder& b);
void declareTime(PackageBuilder& b);
void declareTimeClock(PackageBuilder& b, types::Named* duration);
void declareRuntime(PackageBuilder& b);
void declareSync(PackageBuilder& b);
void declareAtomic(PackageBuilder& b);
void declareContext(PackageBuilder& b);
void declareHeap(PackageBuilder& b);
void declareRing(PackageBuilder& b);
void declareFlag(PackageBuilder& b);
void declareInspect(PackageBuilder& b);  // gos/inspect: gos's own

// ---- what natives share -------------------------------------------------------
//
// A native reads its arguments from slots and writes its results over them
// from slot 0 (vm/program.h). A string is two slots {data, len}, a slice
// three {data, len, cap}, an interface two {type, data}. Results may
// overwrite arguments, so a native reads every argument it needs before it
// writes a result.

inline std::string_view stringArg(const uint64_t* a, int slot) {
    return {reinterpret_cast<const char*>(a[slot]), static_cast<size_t>(a[slot + 1])};
}
inline vm::GoSlice sliceArg(const uint64_t* a, int slot) {
    vm::GoSlice s;
    std::memcpy(&s, a + slot, sizeof s);
    return s;
}
inline vm::Iface ifaceArg(const uint64_t* a, int slot) {
    vm::Iface v;
    std::memcpy(&v, a + slot, sizeof v);
    return v;
}
inline void setString(uint64_t* a, int slot, vm::GoString s) { std::memcpy(a + slot, &s, sizeof s); }
inline void setSlice(uint64_t* a, int slot, vm::GoSlice s) { std::memcpy(a + slot, &s, sizeof s); }
inline void setIface(uint64_t* a, int slot, vm::Iface v) { std::memcpy(a + slot, &v, sizeof v); }
// A substring of an argument as a Go string: no copy, Go strings share bytes.
inline vm::GoString viewString(std::string_view s) {
    return {s.empty() ? nullptr : s.data(), static_cast<int64_t>(s.size())};
}

// A closure of the function F[function] (PackageBuilder::closureFunction)
// capturing `captured`.
vm::Closure* makeClosure(vm::VM& vm, int32_t function, void* captured);

// panic(message): a Go panic whose value is the string message, as library
// code written in Go panics ("strings: negative Repeat count").
[[noreturn]] void panicString(vm::VM& vm, std::string_view message);

// Where a native that calls back into the VM (vm.call) writes its results.
// Called by a CALLN or an interface call, its slots are on the VM stack,
// which may move during the callback: the results then go through
// vm.nativeArgs(). Called directly by another native (fmt calling an Error
// method), its slots are that native's buffer, which never moves.
class ResultSlots {
public:
    ResultSlots(vm::VM& vm, uint64_t* a) : onStack_(a == vm.nativeArgs()), a_(a) {}
    uint64_t* get(vm::VM& vm) const { return onStack_ ? vm.nativeArgs() : a_; }

private:
    bool onStack_;
    uint64_t* a_;
};

}  // namespace gos::stdlib
