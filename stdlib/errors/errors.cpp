// Package errors (New), and the error values fmt.Errorf makes.
//
// An error made here is a pointer to a struct holding its message, of type
// *errors.errorString (or *fmt.wrapError when Errorf wrapped an error with
// %w), whose Error method is a native. Interface calls reach it through the
// method table like any other method.
#include <cstring>

#include "stdlib/errors/errors.h"
#include "stdlib/stdlib.h"
#include "vm/vm.h"

namespace gos::stdlib {

using types::Kind;

namespace {

// Error(): the message is the struct's first field.
void nError(vm::VM&, uint64_t* a) {
    auto* msg = reinterpret_cast<const vm::GoString*>(a[0]);
    vm::GoString s = msg ? *msg : vm::GoString{nullptr, 0};
    std::memcpy(a, &s, sizeof s);
}

void nNew(vm::VM& vm, uint64_t* a) {
    vm::GoString text;
    std::memcpy(&text, a, sizeof text);
    vm::Iface err = makeError(vm, "errors.errorString", text.view());
    std::memcpy(a, &err, sizeof err);
}

}  // namespace

types::Named* declareErrorType(PackageBuilder& b, const char* pkg, const char* name, vm::Program& program) {
    auto& tt = b.types();
    std::string key = std::string(pkg) + "." + name;
    auto it = program.libraryTypes.find(key);
    if (it != program.libraryTypes.end())
        return static_cast<types::Named*>(static_cast<types::Pointer*>(it->second)->elem);
    types::Named* named = tt.named(name, pkg);
    tt.setUnderlying(named, tt.structType({{"s", b.basic(Kind::String), 0, false, ""}}));
    types::Method error;
    error.name = "Error";
    error.sig = tt.func({}, {b.basic(Kind::String)}, false);
    error.pointerReceiver = true;
    error.native = static_cast<int32_t>(program.natives.size());
    program.natives.push_back({key + ".Error", nError});
    named->methods.push_back(error);
    program.libraryTypes[key] = tt.pointer(named);
    return named;
}

vm::Iface makeError(vm::VM& vm, const std::string& typeKey, std::string_view message) {
    const auto& lib = vm.program().libraryTypes;
    auto it = lib.find(typeKey);
    auto* value = static_cast<vm::GoString*>(vm.allocate(sizeof(vm::GoString), false));
    *value = vm.makeString(message);
    return {it == lib.end() ? nullptr : it->second, value};
}

void declareErrors(PackageBuilder& b) {
    declareErrorType(b, "errors", "errorString", b.program());
    b.func("New", b.types().func({b.basic(Kind::String)}, {b.types().errorType()}, false), nNew);
}

}  // namespace gos::stdlib
