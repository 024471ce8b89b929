// Package errors (New), and the error values fmt.Errorf makes.
//
// An error made here is a pointer to a struct holding its message, of type
// *errors.errorString (or *fmt.wrapError when Errorf wrapped an error with
// %w), whose Error method is a native. Interface calls reach it through the
// method table like any other method.
#include <cstring>

#include "stdlib/errors/errors.h"
#include "stdlib/stdlib.h"
#include "vm/runtime.h"
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

// A method signature Is, As and Unwrap look for (declareErrors records
// them: the program's types are not changed while it runs).
types::Type* signature(vm::VM& vm, const char* key) { return vm.program().libraryTypes.at(key); }

bool isInterface(types::Type* t) { return types::underlying(t)->kind == types::Kind::Interface; }

// err's Unwrap(), or a nil error when it has none.
vm::Iface unwrap(vm::VM& vm, const vm::Iface& err) {
    const types::Method* m = vm::methodInSet(err.type, "Unwrap", signature(vm, "errors.unwrapSig"));
    if (!m) return {};
    uint64_t result[2];
    vm::callMethod(vm, err, m, {}, result);
    vm::Iface out;
    std::memcpy(&out, result, sizeof out);
    return out;
}

// The method name(arg) bool of err, called; false when it has none.
bool askMethod(vm::VM& vm, const vm::Iface& err, const char* name, types::Type* sig, const vm::Iface& arg) {
    const types::Method* m = vm::methodInSet(err.type, name, sig);
    if (!m) return false;
    uint64_t args[2], result[1];
    std::memcpy(args, &arg, sizeof arg);
    vm::callMethod(vm, err, m, args, result);
    return result[0] & 1;
}

void nUnwrap(vm::VM& vm, uint64_t* a) {
    vm::Iface out = unwrap(vm, ifaceArg(a, 0));
    setIface(ResultSlots(vm, a).get(vm), 0, out);
}

void nIs(vm::VM& vm, uint64_t* a) {
    ResultSlots results(vm, a);
    vm::Iface err = ifaceArg(a, 0), target = ifaceArg(a, 2);
    bool found = false;
    if (!target.type) {
        found = !err.type;
    } else {
        bool comparable = types::comparable(target.type);
        while (err.type) {
            if ((comparable && vm::ifacesEqual(vm, &err, &target)) || askMethod(vm, err, "Is", signature(vm, "errors.isSig"), target)) {
                found = true;
                break;
            }
            err = unwrap(vm, err);
        }
    }
    results.get(vm)[0] = found;
}

// Whether a value of the concrete type v may be assigned to a variable of
// type t (a dynamic type is never an untyped constant or nil).
bool assignable(types::Type* v, types::Type* t) {
    if (types::identical(v, t)) return true;
    if (isInterface(t)) return vm::implements(v, static_cast<const types::Interface*>(types::underlying(t)));
    return types::identical(types::underlying(v), types::underlying(t)) &&
           (v->kind != types::Kind::Named || t->kind != types::Kind::Named);
}

void nAs(vm::VM& vm, uint64_t* a) {
    ResultSlots results(vm, a);
    vm::Iface err = ifaceArg(a, 0), target = ifaceArg(a, 2);
    if (!target.type) panicString(vm, "errors: target cannot be nil");
    types::Type* pt = types::underlying(target.type);
    if (pt->kind != types::Kind::Pointer || !target.data) panicString(vm, "errors: target must be a non-nil pointer");
    types::Type* elem = static_cast<types::Pointer*>(pt)->elem;
    if (!isInterface(elem) && !vm::methodInSet(elem, "Error", signature(vm, "errors.errorSig")))
        panicString(vm, "errors: *target must be interface or implement error");
    bool found = false;
    while (err.type) {
        if (assignable(err.type, elem)) {
            if (isInterface(elem)) std::memcpy(target.data, &err, sizeof err);
            else if (types::isPointerShaped(elem)) std::memcpy(target.data, &err.data, sizeof(void*));
            else std::memcpy(target.data, err.data, static_cast<size_t>(elem->size));
            found = true;
            break;
        }
        if (askMethod(vm, err, "As", signature(vm, "errors.asSig"), target)) {
            found = true;
            break;
        }
        err = unwrap(vm, err);
    }
    results.get(vm)[0] = found;
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
    auto& tt = b.types();
    types::Type* err = tt.errorType();
    types::Type* boolT = b.basic(Kind::Bool);
    types::Type* any = tt.emptyInterface();
    b.func("New", tt.func({b.basic(Kind::String)}, {err}, false), nNew);
    b.func("Unwrap", tt.func({err}, {err}, false), nUnwrap);
    b.func("Is", tt.func({err, err}, {boolT}, false), nIs);
    b.func("As", tt.func({err, any}, {boolT}, false), nAs);
    b.program().libraryTypes["errors.errorSig"] = tt.func({}, {b.basic(Kind::String)}, false);
    b.program().libraryTypes["errors.unwrapSig"] = tt.func({}, {err}, false);
    b.program().libraryTypes["errors.isSig"] = tt.func({err}, {boolT}, false);
    b.program().libraryTypes["errors.asSig"] = tt.func({any}, {boolT}, false);
}

}  // namespace gos::stdlib
