// Go values in a VM's memory, copied to and from gos::Value (values.h).
//
// Both directions walk the Go type: the layout of every value is Go's
// (types/types.h), so a struct's fields are read at their offsets, a
// slice's elements one elem->size after another, a map through the
// iterator the range statement uses. Values nest without bound only
// through pointers and interfaces (a list whose nodes point to each other,
// a cycle), so the walk is bounded in depth: a structure deeper than
// kMaxDepth is refused with an error rather than overflowing the stack.
#include "api/values.h"

#include <gos/bind.hpp>

#include <cstring>
#include <limits>

#include "stdlib/errors/errors.h"
#include "vm/map.h"
#include "vm/runtime.h"
#include "vm/slice.h"

namespace gos::api {

namespace {

using types::Kind;

constexpr int kMaxDepth = 1000;

[[noreturn]] void refuse(const types::Type* t, const std::string& why) {
    throw ConversionError("cannot convert to " + goTypeName(t) + ": " + why);
}

const void* ifaceValue(const vm::Iface& v) {
    return types::isPointerShaped(v.type) ? static_cast<const void*>(&v.data) : v.data;
}

Value read(vm::VM& vm, types::Type* t, const void* p, int depth);

// The handle type t points to (a host package's opaque type), or null.
types::Named* handleTarget(types::Type* t) {
    types::Type* u = types::underlying(t);
    if (u->kind != Kind::Pointer) return nullptr;
    types::Type* elem = static_cast<types::Pointer*>(u)->elem;
    if (elem->kind != Kind::Named) return nullptr;
    auto* n = static_cast<types::Named*>(elem);
    return n->hostHandle.empty() ? nullptr : n;
}

// A *pkg.Name the script holds, as the host object it stands for.
Value readHandle(vm::VM& vm, types::Named* n, const void* target) {
    if (!target) return Value();
    std::shared_ptr<void> object = vm.hostObjects().unwrap(n, target);
    if (!object) throw ConversionError("cannot convert *" + goTypeName(n) + ": it is not a handle the host made");
    return Value::handle(std::move(object), n->hostHandle);
}

// The host object v as a *pkg.Name of the handle type n.
void writeHandle(vm::VM& vm, types::Type* t, types::Named* n, const Value& v, void* p) {
    if (v.isNil()) return;
    if (v.kind() != Value::Kind::Handle || v.text() != n->hostHandle)
        refuse(t, v.toString() + " is not a handle of this type");
    *static_cast<void**>(p) = vm.hostObjects().wrap(vm, n, v.object());
}

// Whether the method set of t has every method of interface i.
bool implements(types::Type* t, const types::Interface* i) {
    for (const types::InterfaceMethod& m : i->methods) {
        types::Lookup l = types::lookupFieldOrMethod(t, m.name);
        if (!l.method || !types::identical(l.method->sig, m.sig)) return false;
    }
    return true;
}

// The Error() text of an error value, as fmt would print it.
std::string errorText(vm::VM& vm, const vm::Iface& v, const types::Method* m) {
    std::string text;
    vm::GoPanic caught;
    if (!vm::callStringMethod(vm, v, m, text, &caught)) return "(Error method panicked)";
    return text;
}

Value readInterface(vm::VM& vm, const vm::Iface& v, int depth) {
    if (!v.type) return Value();
    if (const types::Method* m = vm::stringMethod(v.type, "Error")) {
        Value e = Value::error(errorText(vm, v, m));
        e.setGoType(goTypeName(v.type));
        return e;
    }
    Value x = read(vm, v.type, ifaceValue(v), depth + 1);
    x.setGoType(goTypeName(v.type));
    return x;
}

Value read(vm::VM& vm, types::Type* t, const void* p, int depth) {
    if (depth > kMaxDepth) throw ConversionError("the value is nested too deeply (a cycle?)");
    types::Type* u = types::underlying(t);
    switch (u->kind) {
        case Kind::Bool: return Value::boolean(*static_cast<const uint8_t*>(p) != 0);
        case Kind::Int8: return Value::integer(*static_cast<const int8_t*>(p));
        case Kind::Int16: return Value::integer(*static_cast<const int16_t*>(p));
        case Kind::Int32: return Value::integer(*static_cast<const int32_t*>(p));
        case Kind::Int:
        case Kind::Int64: return Value::integer(*static_cast<const int64_t*>(p));
        case Kind::Uint8: return Value::unsignedInteger(*static_cast<const uint8_t*>(p));
        case Kind::Uint16: return Value::unsignedInteger(*static_cast<const uint16_t*>(p));
        case Kind::Uint32: return Value::unsignedInteger(*static_cast<const uint32_t*>(p));
        case Kind::Uint:
        case Kind::Uint64:
        case Kind::Uintptr: return Value::unsignedInteger(*static_cast<const uint64_t*>(p));
        case Kind::Float32: return Value::floating(*static_cast<const float*>(p));
        case Kind::Float64: return Value::floating(*static_cast<const double*>(p));
        case Kind::String: return Value::string(std::string(static_cast<const vm::GoString*>(p)->view()));
        case Kind::Slice: {
            auto* st = static_cast<types::Slice*>(u);
            auto* s = static_cast<const vm::GoSlice*>(p);
            if (!s->data) return Value();
            std::vector<Value> out;
            out.reserve(static_cast<size_t>(s->len));
            for (int64_t k = 0; k < s->len; ++k)
                out.push_back(read(vm, st->elem, static_cast<const char*>(s->data) + k * st->elem->size, depth + 1));
            return Value::slice(std::move(out));
        }
        case Kind::Array: {
            auto* at = static_cast<types::Array*>(u);
            std::vector<Value> out;
            out.reserve(static_cast<size_t>(at->len));
            for (int64_t k = 0; k < at->len; ++k)
                out.push_back(read(vm, at->elem, static_cast<const char*>(p) + k * at->elem->size, depth + 1));
            return Value::slice(std::move(out));
        }
        case Kind::Map: {
            auto* mt = static_cast<types::Map*>(u);
            auto* m = *static_cast<vm::HMap* const*>(p);
            if (!m) return Value();
            std::vector<std::pair<Value, Value>> out;
            auto* it = static_cast<vm::MapIter*>(vm.allocate(sizeof(vm::MapIter), false));
            for (vm::mapIterInit(vm, mt, m, it); it->key; vm::mapIterNext(vm, it))
                out.emplace_back(read(vm, mt->key, it->key, depth + 1), read(vm, mt->elem, it->elem, depth + 1));
            return Value::map(std::move(out));
        }
        case Kind::Struct: {
            if (t->kind == Kind::Named && !static_cast<types::Named*>(t)->hostHandle.empty())
                throw ConversionError("a " + goTypeName(t) + " goes to the host only by pointer");
            auto* st = static_cast<types::Struct*>(u);
            std::vector<std::pair<std::string, Value>> out;
            for (const types::Field& f : st->fields)
                out.emplace_back(f.name, read(vm, f.type, static_cast<const char*>(p) + f.offset, depth + 1));
            Value v = Value::structure(std::move(out));
            v.setGoType(goTypeName(t));
            return v;
        }
        case Kind::Pointer: {
            const void* target = *static_cast<const void* const*>(p);
            if (types::Named* n = handleTarget(t)) return readHandle(vm, n, target);
            if (!target) return Value();
            return read(vm, static_cast<types::Pointer*>(u)->elem, target, depth + 1);
        }
        case Kind::Interface: return readInterface(vm, *static_cast<const vm::Iface*>(p), depth);
        default: throw ConversionError("a value of type " + goTypeName(t) + " cannot be passed to the host");
    }
}

template <class T>
void storeSigned(const types::Type* t, const Value& v, void* p) {
    int64_t x;
    if (v.kind() == Value::Kind::Int) x = v.toInt();
    else if (v.kind() == Value::Kind::Uint && v.toUint() <= static_cast<uint64_t>(INT64_MAX)) x = static_cast<int64_t>(v.toUint());
    else if (v.kind() == Value::Kind::Uint) refuse(t, std::to_string(v.toUint()) + " overflows it");
    else refuse(t, v.toString() + " is not an integer");
    if (x < std::numeric_limits<T>::min() || x > std::numeric_limits<T>::max())
        refuse(t, std::to_string(x) + " overflows it");
    T y = static_cast<T>(x);
    std::memcpy(p, &y, sizeof y);
}

template <class T>
void storeUnsigned(const types::Type* t, const Value& v, void* p) {
    uint64_t x;
    if (v.kind() == Value::Kind::Uint) x = v.toUint();
    else if (v.kind() == Value::Kind::Int && v.toInt() >= 0) x = static_cast<uint64_t>(v.toInt());
    else if (v.kind() == Value::Kind::Int) refuse(t, std::to_string(v.toInt()) + " is negative");
    else refuse(t, v.toString() + " is not an integer");
    if (x > std::numeric_limits<T>::max()) refuse(t, std::to_string(x) + " overflows it");
    T y = static_cast<T>(x);
    std::memcpy(p, &y, sizeof y);
}

double floatOf(const types::Type* t, const Value& v) {
    switch (v.kind()) {
        case Value::Kind::Float: return v.toFloat();
        case Value::Kind::Int: return static_cast<double>(v.toInt());
        case Value::Kind::Uint: return static_cast<double>(v.toUint());
        default: refuse(t, v.toString() + " is not a number");
    }
}

void write(vm::VM& vm, types::Type* t, const Value& v, void* p, int depth);

// v boxed in an interface: a dynamic type chosen from v's kind.
void writeInterface(vm::VM& vm, types::Type* t, const Value& v, void* p) {
    auto* out = static_cast<vm::Iface*>(p);
    if (v.isNil()) return;
    if (v.kind() == Value::Kind::Error) {
        const auto& lib = vm.program().libraryTypes;
        if (!lib.count("errors.errorString")) refuse(t, "the script has no error type to make (it does not use errors)");
        *out = stdlib::makeError(vm, "errors.errorString", v.text());
        return;
    }
    auto* ui = static_cast<types::Interface*>(types::underlying(t));
    if (v.kind() == Value::Kind::Handle) {
        auto it = vm.program().hostHandles.find(v.text());
        if (it == vm.program().hostHandles.end()) refuse(t, "the script knows no handle type of this host object");
        if (!implements(it->second, ui)) refuse(t, "*" + goTypeName(static_cast<types::Pointer*>(it->second)->elem) +
                                                       " does not implement it");
        void* box = nullptr;
        writeHandle(vm, it->second, handleTarget(it->second), v, &box);
        *out = {it->second, box};
        return;
    }
    if (!ui->methods.empty()) refuse(t, v.toString() + " does not implement it");
    const types::TypeTable& tt = *vm.program().types;
    types::Type* dynamic = nullptr;
    switch (v.kind()) {
        case Value::Kind::Bool: dynamic = tt.basic(Kind::Bool); break;
        case Value::Kind::Int: dynamic = tt.basic(Kind::Int); break;
        case Value::Kind::Uint: dynamic = tt.basic(Kind::Uint); break;
        case Value::Kind::Float: dynamic = tt.basic(Kind::Float64); break;
        case Value::Kind::String: dynamic = tt.basic(Kind::String); break;
        default: refuse(t, "only a bool, number, string or error goes into an interface");
    }
    void* box = vm.allocate(static_cast<size_t>(dynamic->size), dynamic->pointerFree);
    write(vm, dynamic, v, box, 0);
    *out = {dynamic, box};
}

void write(vm::VM& vm, types::Type* t, const Value& v, void* p, int depth) {
    if (depth > kMaxDepth) throw ConversionError("the value is nested too deeply");
    types::Type* u = types::underlying(t);
    switch (u->kind) {
        case Kind::Bool:
            if (v.kind() != Value::Kind::Bool) refuse(t, v.toString() + " is not a bool");
            *static_cast<uint8_t*>(p) = v.toBool() ? 1 : 0;
            return;
        case Kind::Int8: return storeSigned<int8_t>(t, v, p);
        case Kind::Int16: return storeSigned<int16_t>(t, v, p);
        case Kind::Int32: return storeSigned<int32_t>(t, v, p);
        case Kind::Int:
        case Kind::Int64: return storeSigned<int64_t>(t, v, p);
        case Kind::Uint8: return storeUnsigned<uint8_t>(t, v, p);
        case Kind::Uint16: return storeUnsigned<uint16_t>(t, v, p);
        case Kind::Uint32: return storeUnsigned<uint32_t>(t, v, p);
        case Kind::Uint:
        case Kind::Uint64:
        case Kind::Uintptr: return storeUnsigned<uint64_t>(t, v, p);
        case Kind::Float32: {
            auto f = static_cast<float>(floatOf(t, v));
            std::memcpy(p, &f, sizeof f);
            return;
        }
        case Kind::Float64: {
            double f = floatOf(t, v);
            std::memcpy(p, &f, sizeof f);
            return;
        }
        case Kind::String:
            if (v.kind() != Value::Kind::String) refuse(t, v.toString() + " is not a string");
            *static_cast<vm::GoString*>(p) = vm.makeString(v.text());
            return;
        case Kind::Slice: {
            if (v.isNil()) return;
            if (v.kind() != Value::Kind::Slice) refuse(t, v.toString() + " is not a slice");
            auto* st = static_cast<types::Slice*>(u);
            auto n = static_cast<int64_t>(v.elements().size());
            auto* s = static_cast<vm::GoSlice*>(p);
            *s = vm::makeSlice(vm, st->elem, n, n);  // reachable from p before anything else allocates
            for (int64_t k = 0; k < n; ++k)
                write(vm, st->elem, v.elements()[static_cast<size_t>(k)], static_cast<char*>(s->data) + k * st->elem->size,
                      depth + 1);
            return;
        }
        case Kind::Array: {
            auto* at = static_cast<types::Array*>(u);
            if (v.kind() != Value::Kind::Slice) refuse(t, v.toString() + " is not a list of elements");
            if (static_cast<int64_t>(v.elements().size()) > at->len) refuse(t, "too many elements");
            for (size_t k = 0; k < v.elements().size(); ++k)
                write(vm, at->elem, v.elements()[k], static_cast<char*>(p) + static_cast<int64_t>(k) * at->elem->size,
                      depth + 1);
            return;
        }
        case Kind::Map: {
            if (v.isNil()) return;
            if (v.kind() != Value::Kind::Map) refuse(t, v.toString() + " is not a map");
            auto* mt = static_cast<types::Map*>(u);
            vm::HMap* m = vm::makeMap(vm, mt, static_cast<int64_t>(v.entries().size()));
            *static_cast<vm::HMap**>(p) = m;
            for (const auto& [key, elem] : v.entries()) {
                void* k = vm.allocate(static_cast<size_t>(std::max<int64_t>(mt->key->size, 1)), mt->key->pointerFree);
                write(vm, mt->key, key, k, depth + 1);
                void* e = vm.allocate(static_cast<size_t>(std::max<int64_t>(mt->elem->size, 1)), mt->elem->pointerFree);
                write(vm, mt->elem, elem, e, depth + 1);
                std::memcpy(vm::mapAssign(vm, mt, m, k), e, static_cast<size_t>(mt->elem->size));
            }
            return;
        }
        case Kind::Struct: {
            if (t->kind == Kind::Named && !static_cast<types::Named*>(t)->hostHandle.empty())
                refuse(t, "the host gives one only by pointer");
            if (v.kind() != Value::Kind::Struct) refuse(t, v.toString() + " is not a struct");
            auto* st = static_cast<types::Struct*>(u);
            for (const auto& [name, x] : v.fields()) {
                const types::Field* f = nullptr;
                for (const types::Field& g : st->fields)
                    if (g.name == name) f = &g;
                if (!f) refuse(t, "it has no field " + name);
                write(vm, f->type, x, static_cast<char*>(p) + f->offset, depth + 1);
            }
            return;
        }
        case Kind::Pointer: {
            if (types::Named* n = handleTarget(t)) return writeHandle(vm, t, n, v, p);
            if (v.isNil()) return;
            types::Type* elem = static_cast<types::Pointer*>(u)->elem;
            void* target = vm.allocate(static_cast<size_t>(std::max<int64_t>(elem->size, 1)), elem->pointerFree);
            *static_cast<void**>(p) = target;
            write(vm, elem, v, target, depth + 1);
            return;
        }
        case Kind::Interface: return writeInterface(vm, t, v, p);
        default: refuse(t, "the host cannot make values of this type");
    }
}

}  // namespace

std::string goTypeName(const types::Type* t) { return types::typeString(t, true); }

Value readValue(vm::VM& vm, types::Type* t, const void* p) {
    Value v = read(vm, t, p, 0);
    if (v.goType().empty()) v.setGoType(goTypeName(t));
    return v;
}

void writeValue(vm::VM& vm, types::Type* t, const Value& v, void* p) { write(vm, t, v, p, 0); }

Value readSlots(vm::VM& vm, types::Type* t, const uint64_t* slots) { return readValue(vm, t, slots); }

void writeSlots(vm::VM& vm, types::Type* t, const Value& v, uint64_t* slots) {
    write(vm, t, v, slots, 0);
    // integers narrower than a slot are held sign-extended
    switch (types::underlying(t)->kind) {
        case Kind::Int8: slots[0] = static_cast<uint64_t>(static_cast<int64_t>(static_cast<int8_t>(slots[0]))); break;
        case Kind::Int16: slots[0] = static_cast<uint64_t>(static_cast<int64_t>(static_cast<int16_t>(slots[0]))); break;
        case Kind::Int32: slots[0] = static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(slots[0]))); break;
        default: break;
    }
}

}  // namespace gos::api
