// gos: values crossing between a host and its scripts.
//
// A Value is a Go value copied out of a script (a call's results, a
// bound function's arguments) or made by the host to go in (a call's
// arguments, a bound function's results). It owns its contents: nothing in
// it points into the script's memory, so it stays valid after the run.
//
// A Type describes the Go type of the values a host exchanges with a
// script: the parameters and results of the functions it binds, the
// fields of the structs it declares. The templates of gos/bind.hpp derive
// both from C++ types; a host may also build them by hand.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#ifndef GOS_API
#if defined(_WIN32)
#define GOS_API __declspec(dllexport)
#else
#define GOS_API __attribute__((visibility("default")))
#endif
#endif

namespace gos {

struct Type;
using TypeRef = std::shared_ptr<const Type>;

// A Go type, as a host names it.
struct Type {
    enum class Kind : uint8_t {
        Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Float32, Float64, String,
        Slice,   // []elem
        Map,     // map[key]elem
        Struct,  // a struct: a named type of a host package when the package declares it (Package::type)
        Error,   // error
        Any,     // any (interface{}): a Value of whatever the script passes
        Handle,  // *pkg.Name: a pointer to a host object of an opaque type a package declares (Package::handle)
    };
    Kind kind = Kind::Int;
    TypeRef elem, key;
    // Struct: the fields in order. Struct and Handle: the identity the
    // package's declaration of a named type is found by (the C++ type's
    // name, or any name the host gives a handle type).
    std::vector<std::pair<std::string, TypeRef>> fields;
    std::string identity;
    // Struct: no fields of its own, it stands for the named struct of this
    // identity a package declares (how a recursive struct refers to itself).
    bool reference = false;

    static TypeRef basic(Kind k) {
        auto t = std::make_shared<Type>();
        t->kind = k;
        return t;
    }
    static TypeRef sliceOf(TypeRef elem) {
        auto t = std::make_shared<Type>();
        t->kind = Kind::Slice;
        t->elem = std::move(elem);
        return t;
    }
    static TypeRef mapOf(TypeRef key, TypeRef elem) {
        auto t = std::make_shared<Type>();
        t->kind = Kind::Map;
        t->key = std::move(key);
        t->elem = std::move(elem);
        return t;
    }
    static TypeRef handle(std::string identity) {
        auto t = std::make_shared<Type>();
        t->kind = Kind::Handle;
        t->identity = std::move(identity);
        return t;
    }
    static TypeRef structReference(std::string identity) {
        auto t = std::make_shared<Type>();
        t->kind = Kind::Struct;
        t->identity = std::move(identity);
        t->reference = true;
        return t;
    }
    static TypeRef structOf(std::string identity, std::vector<std::pair<std::string, TypeRef>> fields) {
        auto t = std::make_shared<Type>();
        t->kind = Kind::Struct;
        t->identity = std::move(identity);
        t->fields = std::move(fields);
        return t;
    }
};

class GOS_API Value {
public:
    enum class Kind : uint8_t {
        Nil,     // a nil pointer, slice, map, interface or error
        Bool, Int, Uint, Float, String,
        Slice,   // elements()
        Map,     // entries(), in the order the script's range gave them
        Struct,  // fields(), in declaration order
        Error,   // a non-nil error: text() is its Error()
        Handle,  // a host object held by the script as a *pkg.Name: object(); text() is the type's identity
    };

    Value() = default;  // nil
    static Value boolean(bool b);
    static Value integer(int64_t i);
    static Value unsignedInteger(uint64_t u);
    static Value floating(double f);
    static Value string(std::string s);
    static Value slice(std::vector<Value> elements);
    static Value map(std::vector<std::pair<Value, Value>> entries);
    static Value structure(std::vector<std::pair<std::string, Value>> fields);
    static Value error(std::string message);
    // A host object, as a value of the handle type with this identity
    // (Type::handle); a null object is nil.
    static Value handle(std::shared_ptr<void> object, std::string identity);

    Kind kind() const { return kind_; }
    bool isNil() const { return kind_ == Kind::Nil; }
    bool toBool() const { return scalar_.b; }
    int64_t toInt() const { return scalar_.i; }
    uint64_t toUint() const { return scalar_.u; }
    double toFloat() const { return scalar_.f; }
    // String: the bytes; Error: the message; Handle: the type's identity.
    const std::string& text() const { return text_; }
    // Handle: the host object.
    const std::shared_ptr<void>& object() const { return object_; }
    const std::vector<Value>& elements() const { return elements_; }
    const std::vector<std::pair<Value, Value>>& entries() const { return entries_; }
    const std::vector<std::pair<std::string, Value>>& fields() const { return fields_; }
    // A struct's field by name, or null.
    const Value* field(std::string_view name) const;
    // The Go type the value had in the script, as %T prints it ("int",
    // "[]string", "main.Order"); empty for a value the host made.
    const std::string& goType() const { return goType_; }
    void setGoType(std::string t) { goType_ = std::move(t); }

    // The value as fmt's %v prints it (map entries in the order held).
    std::string toString() const;

    friend GOS_API bool operator==(const Value& a, const Value& b);

private:
    Kind kind_ = Kind::Nil;
    union {
        bool b;
        int64_t i;
        uint64_t u;
        double f;
    } scalar_{};
    std::string text_;
    std::string goType_;
    std::vector<Value> elements_;
    std::vector<std::pair<Value, Value>> entries_;
    std::vector<std::pair<std::string, Value>> fields_;
    std::shared_ptr<void> object_;
};

}  // namespace gos
